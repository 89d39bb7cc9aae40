"""Convert: a folder of generated pages with --jobs 2 against --jobs 1, side by side; and the
peak memory of converting one large input.

    python benchmarks/convert.py [--pages 2000] [--rounds 3] [--mb 100]

Target: --jobs 2 at least 1.6 times as fast as --jobs 1 on a two-core machine; peak memory
of a 1 GB input under 200 MB (measure it with --mb 1000).
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import page, write_corpus
from startup import timed

HERE = Path(__file__).resolve().parent
NEWSWIRE = str(Path(sys.executable).parent / "newswire")
NOW = "2026-02-01T09:00:00+01:00"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--mb", type=int, default=100)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="newswire-convert-"))
    try:
        rng = random.Random(1)
        folder = work / "pages"
        for i in range(args.pages):
            sub = folder / f"{i // 100:02d}"
            sub.mkdir(parents=True, exist_ok=True)
            (sub / f"page-{i:05d}.txt").write_text(page(rng), encoding="utf-8")
        times: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(args.rounds):
            for jobs in (1, 2):
                out = work / f"out-{jobs}"
                shutil.rmtree(out, ignore_errors=True)
                times[jobs].append(timed([NEWSWIRE, "convert", str(folder), "-o", f"{out}/",
                                          "--jobs", str(jobs), "--now", NOW, "--quiet"]))
        one, two = min(times[1]), min(times[2])
        print(f"{args.pages} pages   --jobs 1 {one:6.2f} s   --jobs 2 {two:6.2f} s   "
              f"speed-up {one / two:.2f}x   target >= 1.6x")

        big = write_corpus(HERE / "data" / f"corpus-{args.mb}mb.txt", args.mb * 1_000_000)
        start = time.perf_counter()
        subprocess.run([NEWSWIRE, "convert", str(big), "--now", NOW, "--quiet", "--jobs", "1"],
                       check=True, stdout=subprocess.DEVNULL)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"one {args.mb} MB input   {seconds:6.1f} s   peak memory {peak:.0f} MB   "
              f"target < 200 MB for 1 GB")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
