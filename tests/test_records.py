"""Records: built by the parser's fast path, they are Records in every respect."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from newswire import Record
from newswire.records import ReferenceTime, Source, new_record

FIELDS = (
    "5f1c0e4b9a2d3e11", "teaser", "Kop", "Buitenland", "nl", None, "Tekst.", None, (), None,
    ReferenceTime(datetime(2026, 2, 1, 9), "option"), Source("a.txt", 0, 6, 1, 1, 1), (),
)


def test_new_record_is_the_record_the_constructor_gives() -> None:
    fast, plain = new_record(*FIELDS), Record(*FIELDS)
    assert type(fast) is Record
    assert fast == plain
    assert hash(fast) == hash(plain)
    assert fast.to_dict() == plain.to_dict()
    assert repr(fast) == repr(plain)


def test_new_record_is_frozen_and_replaceable() -> None:
    record = new_record(*FIELDS)
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.body = "other"  # type: ignore[misc]
    changed = dataclasses.replace(record, body="Andere tekst.")
    assert (changed.body, changed.id, record.body) == ("Andere tekst.", record.id, "Tekst.")
    assert not hasattr(record, "__dict__")
