"""Output matches the documented schema, newswire/record.schema.json."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings

from newswire import parse_all
from tests.strategies import Page, pages

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "newswire/record.schema.json").read_text("utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
NOW = datetime.fromisoformat("2026-02-01T09:00:00+01:00")


def test_schema_is_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", sorted((ROOT / "samples").glob("*.txt")), ids=lambda p: p.name)
def test_samples_match_schema(path: Path) -> None:
    for item in parse_all(path.read_text("utf-8"), now=NOW, source=path.name):
        VALIDATOR.validate(item.to_dict())


# Pages of the shapes the generated ones do not take: datelines without an agency or with a
# date, bylines and credits, clock lists, markup, times read or not.
SHAPES = [
    "Storm hits coast\nSALVADOR, Feb 26 - Rain fell.",
    "Storm hits coast\nWASHINGTON — The Senate voted.",
    "Talks end\nMOSCOW, Jan 21. /TASS/. Talks ended.",
    "Talks end\nLONDON, Jan 5, 2026 (Reuters) - One.\n(Reporting by Jane Doe; Editing by Jo Roe)",
    "Kop\nDoor Jan de Vries\nDEN HAAG (ANP) - Een.\n© ANP 2026",
    "Net binnen\nBuitenland 11:40 Rusland valt aan\ngisteren 23:15 Olie stijgt",
    "<p>Kop</p>\n<p>ROME (ANP) - Een &amp; twee.</p>",
    "Kop\nUpdated 14:05 GMT\nROME (ANP) - Een.",
    "Home | World | Business\nKop\nROME (ANP) - Een.\n=====\n15 uur geleden",
]


@pytest.mark.parametrize("text", SHAPES)
def test_other_shapes_match_schema(text: str) -> None:
    items = list(parse_all(text, now=NOW))
    assert items
    for item in items:
        VALIDATOR.validate(item.to_dict())


@settings(max_examples=100)
@given(pages())
def test_generated_pages_match_schema(page: Page) -> None:
    for item in parse_all(page.text + "\n15 uur geleden\nSION (ANP/AF) - x.", now=NOW):
        VALIDATOR.validate(item.to_dict())


def test_schema_rejects_a_wrong_record() -> None:
    item = next(iter(parse_all("Kop\nROME (ANP) - Een.", now=NOW))).to_dict()
    item["kind"] = "story"
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(item)
