"""Datelines scale linearly: parse one line of 0.5, 1, 2 and 4 MB of prose and of hostile
shapes (capitals and parentheses, agencies without end, dates and dashes), side by side.

    python benchmarks/dateline_scaling.py

Prints seconds per size and the ratio of each doubling (2.0 is linear), and each line's time
against prose of the same size (a line of glued times and datelines is thousands of items,
each built and kept: it costs more per character, and as linearly).
"""

from __future__ import annotations

import time
from datetime import datetime
from itertools import pairwise

from newswire import parse_all

SHAPES = {
    "prose": "De minister zei dinsdag dat het kabinet de plannen steunt. ",
    "capitals and parentheses": "MOSKOU (ANP/AFP) (NATO) DEN HAAG ",
    "agencies without end": "MOSKOU (ANP/AFP/RTR/DPA/",
    "dates and dashes": "WASHINGTON, Jan 5 - NEW YORK, March 3 -- ",
    "glued times": "10 minuten geledenSAN ANTONIO (ANP) - ",
}
SIZES = [500_000, 1_000_000, 2_000_000, 4_000_000]
NOW = datetime(2026, 2, 1, 9, 0)


def timed(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        list(parse_all(text, now=NOW))
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    prose: dict[int, float] = {}
    for name, unit in SHAPES.items():
        times = [timed((unit * (size // len(unit) + 1))[:size]) for size in SIZES]
        if name == "prose":
            prose = dict(zip(SIZES, times, strict=True))
        doublings = "  ".join(f"{b / a:4.2f}" for a, b in pairwise(times))
        against = "  ".join(f"{t / prose[s]:5.2f}" for s, t in zip(SIZES, times, strict=True))
        print(f"{name:26} " + "  ".join(f"{t:6.3f}s" for t in times))
        print(f"{'':26} doubling ratios {doublings}   against prose {against}")


if __name__ == "__main__":
    main()
