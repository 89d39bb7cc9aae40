"""Start-up: `newswire parse` of the seed page against a bare typer app with the same options.

The bare app takes the same arguments and does nothing, so the ratio is what newswire's own
imports and work add to a typer command. newswire's script imports with the cyclic collector
off (see newswire/__main__.py), which speeds up typer's imports too; so the bare app is also
timed started that way, and the last line gives newswire's own share against it. All run as
scripts of the same interpreter, with byte code compiled beforehand, interleaved so that load
on the machine hits them alike.

    python benchmarks/startup.py [--runs 40]

Target: ratio at most 1.15.
"""

from __future__ import annotations

import argparse
import compileall
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "anp_buitenland.txt"
ARGS = ["parse", "--now", "2026-02-01T09:00:00+01:00", str(SEED)]

BARE_APP = '''
from typing import Annotated, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False)


@app.callback()
def root(version: Annotated[bool, typer.Option("--version", is_eager=True)] = False) -> None:
    """Bare root."""


@app.command()
def parse(
    files: Annotated[list[str], typer.Argument(metavar="FILE...")],
    now: Annotated[Optional[str], typer.Option()] = None,
    tz: Annotated[Optional[str], typer.Option()] = None,
    lang: Annotated[Optional[str], typer.Option()] = None,
    output_format: Annotated[Optional[str], typer.Option("--format", "-f")] = None,
    include_skipped: Annotated[bool, typer.Option()] = False,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j")] = None,
    encoding: Annotated[Optional[str], typer.Option()] = None,
) -> None:
    """Does nothing."""
'''

LAUNCHER = "from {module} import {name}\n{name}()\n"
# The bare app started as newswire's script starts (collector off while importing, then
# the imports frozen): what remains against it is newswire's own imports and work.
LAUNCHER_FROZEN = (
    "import gc\ngc.disable()\nfrom {module} import {name}\ngc.freeze()\ngc.enable()\n{name}()\n"
)


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=40)
    runs = parser.parse_args().runs

    compileall.compile_dir(str(ROOT / "newswire"), quiet=1)
    work = Path(tempfile.mkdtemp(prefix="newswire-startup-"))
    try:
        (work / "bare_app.py").write_text(BARE_APP, encoding="utf-8")
        compileall.compile_file(str(work / "bare_app.py"), quiet=1)
        (work / "bare.py").write_text(LAUNCHER.format(module="bare_app", name="app"), "utf-8")
        (work / "frozen.py").write_text(
            LAUNCHER_FROZEN.format(module="bare_app", name="app"), "utf-8"
        )
        (work / "full.py").write_text(LAUNCHER.format(module="newswire.__main__", name="run"),
                                       "utf-8")
        bare = [sys.executable, str(work / "bare.py"), *ARGS]
        frozen = [sys.executable, str(work / "frozen.py"), *ARGS]
        full = [sys.executable, str(work / "full.py"), *ARGS]
        for _ in range(3):  # warm the file cache
            timed(bare)
            timed(frozen)
            timed(full)
        bare_times, frozen_times, full_times = [], [], []
        for _ in range(runs):
            bare_times.append(timed(bare))
            frozen_times.append(timed(frozen))
            full_times.append(timed(full))
    finally:
        shutil.rmtree(work)
    b, z, f = (statistics.median(t) for t in (bare_times, frozen_times, full_times))
    print(f"bare typer app   median {b * 1000:7.1f} ms  (min {min(bare_times) * 1000:.1f})")
    print(f"  same, started as newswire starts  median {z * 1000:7.1f} ms  "
          f"(min {min(frozen_times) * 1000:.1f})")
    print(f"newswire parse   median {f * 1000:7.1f} ms  (min {min(full_times) * 1000:.1f})")
    print(f"ratio (medians)  {f / b:.3f}   ratio (minima) {min(full_times) / min(bare_times):.3f}"
          f"   target <= 1.15")
    print(f"newswire's own share: against the bare app started alike, medians "
          f"{f / z:.3f}, minima {min(full_times) / min(frozen_times):.3f}")


if __name__ == "__main__":
    main()
