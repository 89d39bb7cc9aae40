"""Records written back as wire text parse into the same records: parse(render(records)).

Compared field by field but for ``source`` (the spans point into another text), the warnings
about what the clean text no longer holds (markup, mojibake), and, for records read from a
file, ``reference_time`` (the same ``now`` is given again)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from newswire import parse
from newswire.render import wire_text
from tests.strategies import Page, pages

NOW = datetime(2026, 2, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


# Warnings about what the wire text no longer holds: markup, mojibake, bytes not UTF-8.
CLEANED = {"html", "mojibake", "decoding"}


def without_spans(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records but for their spans and the warnings about what was cleaned."""
    return [
        {k: v for k, v in r.items() if k != "source"}
        | {"warnings": [w for w in r["warnings"] if w["code"] not in CLEANED]}
        for r in records
    ]


def reparsed(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r.to_dict() for r in parse(wire_text(records), now=NOW)]


@settings(max_examples=150)
@given(pages())
def test_generated_pages_round_trip(page: Page) -> None:
    records = [r.to_dict() for r in parse(page.text, now=NOW)]
    assert without_spans(reparsed(records)) == without_spans(records)


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.jsonl")), ids=lambda p: p.stem)
def test_golden_records_round_trip(sample: Path) -> None:
    records = [json.loads(line) for line in sample.read_text("utf-8").splitlines()]
    again = reparsed(records)
    for r in [*records, *again]:
        r.pop("reference_time")
    assert without_spans(again) == without_spans(records)


# (name, page text, the wire text its records give): each rendering worked out by hand.
ROWS = [
    ("article-only", "Kop\nROME (ANP) - Een.\n\nTwee.",
     "Kop\nROME (ANP) - Een.\n\nTwee.\n"),
    ("odd-spaces-and-markup-cleaned", "Kop\u00a0 &amp; meer\nROME (ANP) -\tEen <b>vet</b>.",
     "Kop & meer\nROME (ANP) - Een vet.\n"),
    ("mojibake-repaired", "OekraÃ¯ne\nKIEV (ANP) - Koud.", "Oekraïne\nKIEV (ANP) - Koud.\n"),
    ("english-credits",
     "Headline\nLONDON (Reuters) - Text.\n(Reporting by Jane Doe and John Roe; Editing by Max Poe)",
     "Headline\nLONDON (Reuters) - Text.\n\n"
     "Reporting by Jane Doe and John Roe; Editing by Max Poe\n"),
    ("dutch-source-and-byline",
     "Kop\nDoor Jan Smit\nROME (ANP) - Een.\nBron: ANP",
     "Kop\nDoor Jan Smit\nROME (ANP) - Een.\n\nBron: ANP\n"),
    ("closing-agency", "Überschrift\nBERLIN - Text hier. (dpa)",
     "Überschrift\nBERLIN - Text hier. (dpa)\n"),
    ("two-pages",
     "Kop een\nROME (ANP) - Een.\n=====\nKop twee\nPARIJS (ANP) - Twee.",
     "Kop een\nROME (ANP) - Een.\n=====\nKop twee\nPARIJS (ANP) - Twee.\n"),
    ("list-with-times",
     "Kop\nROME (ANP) - Een.\nMeer uit Buitenland\nPARIJS (ANP) - Twee.\n"
     "10 minuten geledenMADRID (ANP) - Drie.\n2 uur geleden",
     "Kop\nROME (ANP) - Een.\nMeer uit Buitenland\nPARIJS (ANP) - Twee.\n10 minuten geleden\n"
     "MADRID (ANP) - Drie.\n2 uur geleden\n"),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_wire_text(text: str, expected: str) -> None:
    records = [r.to_dict() for r in parse(text, now=NOW)]
    assert wire_text(records) == expected
    assert without_spans(reparsed(records)) == without_spans(records)


def test_hostile_rows_round_trip() -> None:
    from tests.test_hostile import LIBRARY_ROWS

    for name, text, _ in LIBRARY_ROWS:
        records = [r.to_dict() for r in parse(text, now=NOW)]
        assert without_spans(reparsed(records)) == without_spans(records), name


def test_skips_are_left_out_and_nothing_gives_nothing() -> None:
    assert wire_text([]) == ""
    skip = {"kind": "skipped", "reason": "preamble", "text": "Menu",
            "source": {"name": None, "start": 0, "end": 4, "line_start": 1, "line_end": 1,
                       "page": 1}}
    assert wire_text([skip]) == ""
