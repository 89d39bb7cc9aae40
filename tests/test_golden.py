"""Golden files: each ``samples/*.txt`` beside the ``samples/*.jsonl`` it must give.

The expected files were checked by hand. ``pytest --update-golden`` rewrites them from the
parser's output; review that diff before committing it.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from newswire import parse, parse_all

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
# The reference time the golden files were made with: newswire parse --now 2026-02-01T09:00:00+01:00
NOW = datetime.fromisoformat("2026-02-01T09:00:00+01:00")


def render(path: Path) -> list[dict[str, object]]:
    text = path.read_bytes().decode("utf-8")
    name = f"samples/{path.name}"
    return [r.to_dict() for r in parse(text, now=NOW, source=name, now_source="option")]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_golden(path: Path, update_golden: bool) -> None:
    expected_path = path.with_suffix(".jsonl")
    got = render(path)
    if update_golden:
        lines = [json.dumps(d, ensure_ascii=False) for d in got]
        expected_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = [json.loads(line) for line in expected_path.read_text("utf-8").splitlines()]
    assert got == expected


def test_every_sample_has_a_golden_file() -> None:
    assert SAMPLES
    for path in SAMPLES:
        assert path.with_suffix(".jsonl").exists(), path


def test_seed_page_facts() -> None:
    """The acceptance facts of the seed page, stated by hand rather than read off a file."""
    records = parse((ROOT / "samples/anp_buitenland.txt").read_text("utf-8"), now=NOW)
    assert len(records) == 8
    lead, *teasers = records
    assert lead.kind == "article"
    assert lead.headline == "Poetin en Xi hebben eerste persoonlijke ontmoeting sinds invasie"
    assert lead.dateline is not None
    assert [p.name for p in lead.dateline.places] == ["MOSKOU"]
    assert [a.code for a in lead.dateline.agencies] == ["ANP", "AFP", "BLOOMBERG"]
    assert len(lead.body.split("\n\n")) == 4
    assert lead.body.startswith("De Russische president Vladimir Poetin ontmoet")
    assert lead.body.endswith('"Zowel over bilaterale kwesties als internationale problemen."')
    assert lead.published is None
    assert lead.section == "Buitenland"
    assert lead.language == "nl"
    places = [t.dateline.places[0].name for t in teasers if t.dateline]
    assert places == [
        "FORT WORTH", "SAN ANTONIO", "BAGDAD", "TEHERAN", "MIAMI", "MINNEAPOLIS", "PARIJS",
    ]
    assert {t.kind for t in teasers} == {"teaser"}
    assert {t.section for t in teasers} == {"Buitenland"}
    times = [t.published.text if t.published else None for t in teasers]
    assert times == [
        "10 minuten geleden", "4 uur geleden", "11 uur geleden", "12 uur geleden",
        "13 uur geleden", "14 uur geleden", "15 uur geleden",
    ]
    first, last = teasers[0].published, teasers[-1].published
    assert first is not None and last is not None
    assert first.value.isoformat() == "2026-02-01T08:50:00+01:00"
    assert last.value.isoformat() == "2026-01-31T18:00:00+01:00"
    assert [a.code for a in teasers[1].dateline.agencies] == ["ANP", "RTR", "DPA"]  # type: ignore[union-attr]
    # "nederlaag geleden" (suffered a defeat) is Dutch prose and stays; no item time does.
    assert "politieke nederlaag geleden." in teasers[0].body
    assert not any(re.search(r"\d+ (uur|minuten) geleden", t.body) for t in teasers)
    assert all(t.body.endswith(".") for t in teasers)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_nothing_lost_in_samples(path: Path) -> None:
    """Every character of a sample but whitespace lies in a record's span or a skip's."""
    text = path.read_bytes().decode("utf-8")
    covered = bytearray(len(text))
    for item in parse_all(text, now=NOW):
        covered[item.source.start : item.source.end] = b"\x01" * (
            item.source.end - item.source.start
        )
    lost = [i for i, ch in enumerate(text) if not covered[i] and not ch.isspace()]
    assert lost == [], repr(text[lost[0] : lost[0] + 40]) if lost else ""
