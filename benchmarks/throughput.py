"""Throughput: `newswire parse` of a generated 100 MB corpus into JSON Lines, against merely
reading the same file line by line in Python, measured side by side in one run.

    python benchmarks/throughput.py [--mb 100] [--rounds 3] [--jobs N]

The corpus (benchmarks/corpus.py) is written once to benchmarks/data/ and reused. Each round
times both commands in fresh processes, back to back. Printed: the ratio of the best times,
and the median of the rounds' own ratios. On a shared machine the second is the steadier:
reading takes a fifth of a second, parsing seconds, and the best of the short runs catches
quiet moments that a run of seconds cannot. Target: at most 20x (goal 10x).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path
from statistics import median

from corpus import write_corpus

HERE = Path(__file__).resolve().parent
READ = """import sys
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        pass
"""


def timed(command: list[str], out: Path) -> float:
    # Opened before the clock starts: opening truncates the last parse's 150 MB of output,
    # which costs a third of a read's time and is neither command's work.
    with out.open("wb") as sink:
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=sink)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--mb", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args()

    corpus = write_corpus(HERE / "data" / f"corpus-{args.mb}mb.txt", args.mb * 1_000_000)
    out = HERE / "data" / "out.jsonl"
    newswire = Path(sys.executable).parent / "newswire"
    parse = [str(newswire), "parse", "--now", "2026-02-01T09:00:00+01:00", str(corpus)]
    if args.jobs is not None:
        parse[2:2] = ["--jobs", str(args.jobs)]
    read = [sys.executable, "-c", READ, str(corpus)]
    reads, parses = [], []
    for _ in range(args.rounds):
        reads.append(timed(read, out))
        parses.append(timed(parse, out))
    records = sum(1 for _ in out.open("rb"))
    size = corpus.stat().st_size / 1e6
    print(f"corpus            {size:.0f} MB, {records} records")
    print(f"read line by line best {min(reads):7.2f} s")
    print(f"newswire parse    best {min(parses):7.2f} s  ({size / min(parses):.1f} MB/s)")
    paired = sorted(p / r for p, r in zip(parses, reads, strict=True))
    print(f"ratio of bests    {min(parses) / min(reads):.1f}x   target <= 20x (goal 10x)")
    print(f"median of rounds  {median(paired):.1f}x   (each round's parse against its read)")


if __name__ == "__main__":
    main()
