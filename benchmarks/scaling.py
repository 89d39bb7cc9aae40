"""Parsing scales linearly: inputs of 0.5, 1, 2 and 4 MB of prose and of hostile shapes
(capitals and parentheses, agencies without end, dates and dashes, runs of "geleden",
digits, clock times), as one line and as many, side by side.

    python benchmarks/scaling.py [--sizes 500000 1000000 2000000 4000000] [--rounds 5]

Prints seconds per size and the ratio of each doubling (2.0 is linear; within 20% is the
target), and each input's time against prose of the same size (a line of glued times and
datelines is thousands of items, each built and kept: it costs more per character, and as
linearly).
"""

from __future__ import annotations

import argparse
import gc
import time
from datetime import datetime
from itertools import pairwise

from newswire import parse_all

SHAPES = {
    "prose": "De minister zei dinsdag dat het kabinet de plannen steunt. ",
    "prose, lines": "De minister zei dinsdag dat het kabinet de plannen steunt.\n",
    "capitals and parentheses": "MOSKOU (ANP/AFP) (NATO) DEN HAAG ",
    "capitals, lines": "MOSKOU (ANP/AFP) (NATO) DEN HAAG\n",
    "agencies without end": "MOSKOU (ANP/AFP/RTR/DPA/",
    "dates and dashes": "WASHINGTON, Jan 5 - NEW YORK, March 3 -- ",
    "runs of geleden": "geleden geleden 10 minuten geleden ",
    "geleden, lines": "10 minuten geleden\n",
    "digits": "0123456789 12.05 11:40 2026-11-28 ",
    "clock lines": "Buitenland 11:40 Kop\n",
    "glued times": "10 minuten geledenSAN ANTONIO (ANP) - ",
    "commas and a dash": "Nevertheless, international negotiations, unfortunately "
                         "complicated, were stalled - as expected.\n",
    # One paragraph wrapped over every line: the lines are joined, once each.
    "wrapped lines": "the minister said on tuesday that the cabinet backs the plans and\n",
}
SIZES = [500_000, 1_000_000, 2_000_000, 4_000_000]
NOW = datetime(2026, 2, 1, 9, 0)


def timed(texts: list[str], rounds: int) -> list[float]:
    """The best time of each text over ``rounds`` rounds, the texts taking turns within a
    round so that the machine's slow spells fall on every size alike. The collector is off
    (as timeit has it): the parser makes millions of objects and no cycles, and a
    collection's timing would blur the doubling."""
    best = [float("inf")] * len(texts)
    gc.disable()
    try:
        for _ in range(rounds):
            for k, text in enumerate(texts):
                start = time.perf_counter()
                list(parse_all(text, now=NOW))
                best[k] = min(best[k], time.perf_counter() - start)
    finally:
        gc.enable()
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES)
    parser.add_argument("--rounds", type=int, default=5, help="best of this many runs")
    parser.add_argument("--shapes", nargs="+", choices=SHAPES, default=list(SHAPES))
    args = parser.parse_args()
    sizes = args.sizes
    for unit in SHAPES.values():  # compile every pattern before anything is timed
        list(parse_all(unit * 20, now=NOW))
    prose: dict[int, float] = {}
    worst = 0.0
    if "prose" not in args.shapes:
        args.shapes.insert(0, "prose")
    for name in args.shapes:
        unit = SHAPES[name]
        times = timed([(unit * (size // len(unit) + 1))[:size] for size in sizes], args.rounds)
        if name == "prose":
            prose = dict(zip(sizes, times, strict=True))
        ratios = [b / a for a, b in pairwise(times)]
        worst = max(worst, *(abs(r / 2 - 1) for r in ratios))
        doublings = "  ".join(f"{r:4.2f}" for r in ratios)
        against = "  ".join(f"{t / prose[s]:6.2f}" for s, t in zip(sizes, times, strict=True))
        print(f"{name:26} " + "  ".join(f"{t:6.3f}s" for t in times))
        print(f"{'':26} doubling ratios {doublings}   against prose {against}")
    print(f"largest departure of a doubling from 2x: {worst:.0%}   target <= 20%")


if __name__ == "__main__":
    main()
