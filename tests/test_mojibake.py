"""Mojibake read as what it stands for: one row per sequence shape, worked out by hand from the
UTF-8 bytes of the meant character read as Windows-1252 (or, for C1 bytes, Latin-1)."""

from __future__ import annotations

from datetime import datetime

import pytest

from newswire import parse
from newswire.mojibake import find
from newswire.text import normalise

# (text, [(garbled, meant), ...]) in order; meant "" for a byte-order mark.
ROWS: list[tuple[str, list[tuple[str, str]]]] = [
    ("OekraÃ¯ne", [("Ã¯", "ï")]),
    ("CafÃ©", [("Ã©", "é")]),
    ("MÃœNCHEN", [("Ãœ", "Ü")]),
    # A sequence at a word's edge counts when the text holds surer mojibake.
    ("CafÃ© Ã‰TÃ‰", [("Ã©", "é"), ("Ã‰", "É"), ("Ã‰", "É")]),
    ("CafÃ©, Ã\xa0 la carte", [("Ã©", "é"), ("Ã\xa0", "à")]),
    ("prijs: Â£ 5", [("Â£", "£")]),
    ("20Â°C", [("Â°", "°")]),
    ("een\xc2\xa0spatie", [("Â\xa0", "\xa0")]),
    # Ł is C5 81, and 81 is one of the bytes Windows-1252 leaves undefined.
    ("Å\x81Ã³dÅº", [("Å\x81", "Ł"), ("Ã³", "ó"), ("Åº", "ź")]),
    ("Å¡koda", [("Å¡", "š")]),
    ("BucureÈ™ti", [("È™", "ș")]),
    ("TimiÈ˜oara", [("È˜", "Ș")]),
    ("â€œjaâ€\x9d", [("â€œ", "“"), ("â€\x9d", "”")]),
    ("isnâ€™t", [("â€™", "’")]),
    ("isnâ\x80\x99t", [("â\x80\x99", "’")]),
    ("2010â€“2020", [("â€“", "–")]),
    ("oorlogâ€”vrede", [("â€”", "—")]),
    ("enâ€¦", [("â€¦", "…")]),
    ("â‚¬ 10", [("â‚¬", "€")]),
    ("Coca-Colaâ„¢", [("â„¢", "™")]),
    ("ï»¿Kop", [("ï»¿", "")]),
    ("vuur ðŸ”¥", [("ðŸ”¥", "🔥")]),
    # Left alone: what would decode into a letter such text never holds, and what is no UTF-8.
    ("CAFÉ»", []),
    # At a word's edge, with no surer mojibake in the text: real capitals before punctuation.
    ("Ã‰TÃ‰", []),
    ("Ã\xa0 la carte", []),
    ("O governo disse «AMANHÃ» e depois AMANHÃ… nada.", []),
    ("«NÅ» og «GÅ»", []),
    ("VI SES PÅ…", []),
    ("”KOM PÅ”", []),
    ("PÄIVÄ…", []),
    ("AMANHÃ\xa0NOVO", []),
    ("5 Å²", []),
    ("«CAFÉ\xa0»", []),
    ("SÃO PAULO", []),
    ("PÅ\xa0 vei", []),
    ("Ä\xa0", []),
    ("Â\x80", []),
    ("MÃ", []),
    ("ÐœÐ¾Ñ\x81ÐºÐ²Ð°", []),
    ("È»", []),
    ("â€", []),
    ("plain ASCII text", []),
    ("Oekraïne, café, „quotes”", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_find(text: str, expected: list[tuple[str, str]]) -> None:
    repairs = find(text)
    assert [(r.was, r.char) for r in repairs] == expected
    for r in repairs:
        assert text[r.start : r.end] == r.was


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_normalised_text_reads_the_meant_characters(
    text: str, expected: list[tuple[str, str]]
) -> None:
    meant = text
    for garbled, char in expected:
        meant = meant.replace(garbled, char, 1)
    norm = normalise(text)
    assert norm.text == meant.replace("\xa0", " ")
    # Each character of the normalised text maps back to where it was written.
    for i, ch in enumerate(norm.text):
        at = norm.original(i)
        written = text[at]
        assert written == ch or (ch == " " and written == "\xa0") or any(
            r.start == at and r.char.replace("\xa0", " ") == ch for r in norm.repairs
        )


def test_records_name_what_was_read_how() -> None:
    text = "OekraÃ¯ne valt aan\nKIEV (ANP) - Het isnâ€™t koud in OekraÃ¯ne.\n"
    [record] = parse(text, now=datetime(2026, 2, 1, 9, 0))
    assert record.headline == "Oekraïne valt aan"
    assert record.body == "Het isn’t koud in Oekraïne."
    assert [(w.code, w.message) for w in record.warnings] == [
        ("mojibake", "mojibake read as what it stands for: 'Ã¯' as 'ï', 'â€™' as '’'"),
    ]
    assert (record.source.start, record.source.end) == (0, len(text) - 1)


def test_only_records_with_mojibake_are_warned() -> None:
    text = (
        "Kop\nROME (ANP) - Een.\n\nMeer uit Buitenland\n"
        "PARIJS (ANP) - CafÃ© dicht.\n10 minuten geleden"
        "MADRID (ANP) - Niets.\n5 minuten geleden"
    )
    records = parse(text, now=datetime(2026, 2, 1, 9, 0))
    assert [[w.code for w in r.warnings] for r in records] == [[], ["mojibake"], []]
    assert records[1].body == "Café dicht."


def test_a_garbled_byte_order_mark_is_in_the_first_record() -> None:
    [record] = parse("ï»¿Kop\nROME (ANP) - Een.", now=datetime(2026, 2, 1, 9, 0))
    assert record.headline == "Kop"
    assert record.source.start == 0
    assert [w.message for w in record.warnings] == [
        "mojibake read as what it stands for: 'ï»¿' as a byte-order mark"
    ]
