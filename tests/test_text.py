"""Whole-text clean-up: what the parser reads, and offsets that still lead back to the input.

Expected texts and spans were worked out by hand.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from newswire import Record, parse_all
from newswire.text import normalise

# (input, text the parser reads, input spans of the HTML cleaned)
ROWS = [
    ("Een &amp; twee", "Een & twee", ((4, 9),)),
    ("Caf&eacute; &#233; &#xE9;", "Café é é", ((3, 11), (12, 18), (19, 25))),
    ("Een&nbsp;twee", "Een twee", ((3, 9),)),
    ("Een<br>twee<br/>drie", "Een twee drie", ((3, 7), (11, 16))),
    ("<p>Een <b>vet</b> woord.</p>", " Een vet woord. ", ((0, 3), (7, 10), (13, 17), (24, 28))),
    ('<a href="x">link</a>', "link", ((0, 12), (16, 20))),
    # Not HTML: left as written.
    ("AT&T en a < b > c", "AT&T en a < b > c", ()),
    ("&unknown een", "&unknown een", ()),
    ("<script>x</script>", "<script>x</script>", ()),
    # An accent written apart from its letter is joined to it.
    ("BOGOTA\u0301", "BOGOT\u00c1", ()),
    ("e\u0308e\u0301", "\u00eb\u00e9", ()),
]


@pytest.mark.parametrize(("raw", "text", "html"), ROWS)
def test_normalise(raw: str, text: str, html: tuple[tuple[int, int], ...]) -> None:
    norm = normalise(raw)
    assert norm.text == text
    assert norm.html == html
    # Every kept character leads back to an input character it stands for.
    for i, ch in enumerate(norm.text):
        j = norm.original(i)
        assert raw[j] == ch or raw[j] in "&<" or ch in "\u00c1\u00e9\u00eb ", (i, j)
    assert norm.original(len(norm.text)) <= len(raw)


def test_html_warning_marks_the_records_it_touched() -> None:
    page = (
        "Kop &amp; co\nROME (ANP) - Een<br>twee.\nMeer uit Buitenland\n"
        "PARIJS (ANP) - Schoon.\n5 minuten geleden\n"
    )
    records = [r for r in parse_all(page, now=datetime(2026, 2, 1, 9, 0))
               if isinstance(r, Record)]
    assert [(r.headline, r.body) for r in records] == [("Kop & co", "Een twee."),
                                                        (None, "Schoon.")]
    assert [[w.code for w in r.warnings] for r in records] == [["html"], []]


def test_markup_taken_out_is_kept_as_runs_not_characters() -> None:
    # A page of tags keeps a few numbers per tag, not per character: 18 MB of HTML took
    # 1.3 GB when every dropped character had its own entry.
    text = "<p>Een &amp; twee</p>\n" * 1000
    norm = normalise(text)
    assert norm.text == " Een & twee \n" * 1000
    assert len(norm.shifted) == len(norm.dropped_through) == 3000  # <p>, &amp; and </p>
    assert [norm.original(i) for i in (0, 1, 5, 13)] == [0, 3, 7, 22]
