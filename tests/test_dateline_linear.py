"""Datelines cost the same on hostile lines as on prose: no pattern backtracks without bound.

Timed with a generous bound (20 times), so that a noisy machine cannot fail it but a pattern
that backtracks over the line (thousands of times slower on a 1 MB line) does.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

import pytest

from newswire import parse_all, parse_dateline

SIZE = 1_000_000
PROSE = ("De minister zei dinsdag dat het kabinet de plannen steunt. " * 20_000)[:SIZE]
HOSTILE = {
    "capitals and parentheses": ("MOSKOU (ANP/AFP) (NATO) DEN HAAG " * 40_000)[:SIZE],
    "capitals": ("SAN ANTONIO NEW YORK TEL AVIV " * 40_000)[:SIZE],
    "agencies without end": ("MOSKOU (ANP/AFP/RTR/DPA/" * 50_000)[:SIZE],
    "dates and dashes": ("WASHINGTON, Jan 5 - NEW YORK, March 3 -- " * 30_000)[:SIZE],
    "slashes": ("A/B/C/D/E/F/G/H " * 70_000)[:SIZE],
    # A capitalised word, commas, long words, a dash: read as a place and its qualifier, once
    # a second or more per line (each long word could be split dozens of ways).
    "prose with commas and a dash": (
        "Nevertheless, international negotiations, unfortunately complicated, were stalled "
        "- as expected.\n" * 11_000
    )[:SIZE],
    "qualifier words": ("PARIS, Abcdefghijkl Abcdefghijkl Abcdefghijkl, Abcdefghijkl x\n"
                        * 17_000)[:SIZE],
}


def best_of(f: Callable[[], object], n: int = 3) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return min(times)


@pytest.mark.parametrize("kind", HOSTILE)
def test_parse_dateline_on_a_hostile_line(kind: str) -> None:
    line = HOSTILE[kind]
    prose = best_of(lambda: [parse_dateline(PROSE, i) for i in range(0, SIZE, 10_000)])
    hostile = best_of(lambda: [parse_dateline(line, i) for i in range(0, SIZE, 10_000)])
    assert hostile < 20 * prose + 0.05


@pytest.mark.parametrize("kind", HOSTILE)
def test_parse_on_a_hostile_line(kind: str) -> None:
    now = datetime(2026, 2, 1, 9, 0)
    line = HOSTILE[kind]
    prose = best_of(lambda: list(parse_all(PROSE, now=now)), n=1)
    hostile = best_of(lambda: list(parse_all(line, now=now)), n=1)
    assert hostile < 20 * prose + 0.5
