"""Output formats: the fast JSON encoder agrees with json.dumps of to_dict, byte for byte."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given, settings

from newswire import parse_all
from newswire.formats import JsonArrayWriter, JsonEncoder, write_jsonl
from tests.strategies import Page, pages

NOW = datetime(2026, 2, 1, 9, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
EXTRA = '\nSION (ANP/AF) - "Quoted" \\ back\\slash\tand ünïcode.\n15 uur geleden\nLos tekstje'


@settings(max_examples=150)
@given(pages())
def test_encoder_matches_json_dumps(page: Page) -> None:
    encoder = JsonEncoder()
    for now in (NOW, NOW.replace(tzinfo=None), NOW.astimezone(timezone(timedelta(hours=-5)))):
        for item in parse_all(page.text + EXTRA, now=now, source='dir/"odd" name.txt'):
            assert encoder.encode(item) == json.dumps(item.to_dict(), ensure_ascii=False)


def test_jsonl_is_one_object_per_line() -> None:
    items = list(parse_all("Kop\nROME (ANP) - Een.\nMeer uit X\nOSLO (ANP) - Twee.\n1 uur geleden",
                           now=NOW))
    out = io.StringIO()
    assert write_jsonl(items, out) == 3
    lines = out.getvalue().split("\n")
    assert lines[-1] == ""
    assert [json.loads(line)["kind"] for line in lines[:-1]] == ["article", "skipped", "teaser"]
    assert [json.loads(line) for line in lines[:-1]] == [i.to_dict() for i in items]


def test_json_array_is_valid_when_empty_and_full() -> None:
    out = io.StringIO()
    writer = JsonArrayWriter(out)
    writer.close()
    assert json.loads(out.getvalue()) == []
    out = io.StringIO()
    writer = JsonArrayWriter(out)
    items = list(parse_all("Kop\nROME (ANP) - Een.", now=NOW))
    writer.write(items)
    writer.write(items)
    writer.close()
    assert json.loads(out.getvalue()) == [i.to_dict() for i in items] * 2
