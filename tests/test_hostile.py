"""Hostile and messy inputs: one table row per case, with its exact expected outcome.

Every row was worked out by hand from the rules in README.md ("Nothing is lost", "How pages are
read", "Decoding") and the tables of tests/test_segmentation.py; the texts are invented. No row
may raise or, through the command, print a traceback.

Library rows give ``(name, text, expected)``; ``expected`` lists the summaries of the records
and skips in input order, ``kind|headline|section|dateline|time|body`` for a record (``-`` for
none) and ``skip:reason:text`` for a skip, as in tests/test_segmentation.py. Each row also
checks that every span slices back to its text in the input and that nothing is lost.

Command rows give the file's bytes, the arguments (``{f}`` is the file), the exit code, a
regex every stderr line must match (``None``: stderr is empty) and the number of JSON lines
on stdout.
"""

from __future__ import annotations

import codecs
import html
import json
import os
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from newswire import Record, Skipped, parse_all
from tests.helpers import PAGE, newswire_command, summary, through_head

NOW = datetime(2026, 2, 1, 9, 0)
NOW_ISO = "2026-02-01T09:00:00+01:00"

# "Blank" as README.md's "Nothing is lost" defines it: whitespace and the dropped invisibles.
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\u00ad"
_NOT_BLANK = re.compile(f"[^\\s{_INVISIBLE}]")


# The mojibake sequences the rows use, each worked out by hand from the UTF-8 bytes of the
# character read as Windows-1252 (Ü is C3 9C: Ã œ) or, for the C1 bytes, Latin-1.
MOJIBAKE = {
    "Ã¯": "ï", "Ãœ": "Ü", "Ã©": "é", "â€˜": "‘", "â€™": "’", "â\x80\x99": "’", "â‚¬": "€",
    "ï»¿": "", "ðŸ”¥": "🔥", "È˜": "Ș", "Ã\xa0": "à", "Â\xa0": "\xa0",
}


def fold(s: str, mojibake: bool = True) -> str:
    """``s`` as the parser reads it, spaces left out: mojibake read (if the record says it
    was), tags out, character references decoded, invisibles dropped, accents joined to their
    letters (NFC)."""
    for garbled, meant in MOJIBAKE.items() if mojibake else ():
        s = s.replace(garbled, meant)
    s = html.unescape(re.sub(r"<[^<>]*>", " ", s))
    return unicodedata.normalize("NFC", "".join(re.sub(f"[{_INVISIBLE}]", "", s).split()))


def check_spans(text: str, outputs: list[Record | Skipped]) -> None:
    """Each span is a tight slice of the input holding its output's text; together the spans
    cover every non-blank character of the input."""
    spans: list[tuple[int, int]] = []
    for r in outputs:
        start, end = r.source.start, r.source.end
        assert 0 <= start < end <= len(text), (summary(r)[:80], start, end)
        piece = text[start:end]
        # A span may end in a garbled no-break space (Â + NBSP), which it takes whole.
        assert _NOT_BLANK.match(piece[0]), repr(piece[:80])
        assert _NOT_BLANK.match(piece[-1]) or piece.endswith("Â\xa0"), repr(piece[-80:])
        repaired = isinstance(r, Record) and any(w.code == "mojibake" for w in r.warnings)
        folded = fold(piece, repaired)
        if isinstance(r, Skipped):
            assert fold(r.text, repaired) == folded, (r.text[:80], piece[:80])
        else:
            parts = [r.headline or "", r.dateline.text if r.dateline else ""]
            for paragraph in r.body.split("\n\n"):
                parts += [paragraph[:20], paragraph[-20:]]
            for part in parts:
                assert fold(part, repaired) in folded, (part[:80], piece[:80])
        spans.append((start, end))
    pos = 0
    for start, end in sorted(spans):
        lost = _NOT_BLANK.search(text, pos, max(pos, start))
        assert lost is None, f"lost {text[lost.start() : lost.start() + 40]!r} at {lost.start()}"
        pos = max(pos, end)
    lost = _NOT_BLANK.search(text, pos)
    assert lost is None, f"lost {text[lost.start() : lost.start() + 40]!r} at {lost.start()}"


def times(*lines: str) -> str:
    return "\n".join(lines)


# A small page and its records, reused by the rows that vary its layout.
LIST = (
    "Kop\nROME (ANP) - Een.\nMeer uit Buitenland\nPARIJS (ANP) - A.\n"
    "10 minuten geledenMADRID (ANP) - B.\n4 uur geleden\n"
)
LIST_OUT = [
    "article|Kop|Buitenland|ROME (ANP) -|-|Een.",
    "skip:section-header:Meer uit Buitenland",
    "teaser|-|Buitenland|PARIJS (ANP) -|10 minuten geleden|A.",
    "teaser|-|Buitenland|MADRID (ANP) -|4 uur geleden|B.",
]
HEAD = "Kop\nROME (ANP) - Een.\nMeer uit Buitenland\nPARIJS (ANP) - A.\n"
HEAD_OUT = LIST_OUT[:2]

PROSE = "Het regent al dagen. " * 9524  # 200,004 characters
CAPITALS = "REGEN " * 33334
AGENCIES = "(ANP) - " * 25000
RELATIVE = "10 minuten geleden" * 11112
RELATIVE_SPACED = "10 minuten geleden " * 10527

Row = tuple[str, str, list[str]]

LINE_ENDS: list[Row] = [
    ("crlf-list", LIST.replace("\n", "\r\n"), LIST_OUT),
    ("lone-cr-list", LIST.replace("\n", "\r"), LIST_OUT),
    ("mixed-line-ends", "Kop\r\nROME (ANP) - Een.\rTwee.\nDrie.",
     ["article|Kop|-|ROME (ANP) -|-|Een.\n\nTwee.\n\nDrie."]),
    ("cr-cr-lf", "Kop\r\r\nROME (ANP) - Een.\r\r\n", ["article|Kop|-|ROME (ANP) -|-|Een."]),
    ("only-line-ends", "\r\r\r\n\r\n\n\r", []),
    ("crlf-times-open-items",
     "Kop\r\nROME (ANP) - Een.\r\nMeer uit Sport\r\n10 minuten geledenPARIJS (ANP) - A.\r\n"
     "4 uur geledenMADRID (ANP) - B.",
     ["article|Kop|Sport|ROME (ANP) -|-|Een.", "skip:section-header:Meer uit Sport",
      "teaser|-|Sport|PARIJS (ANP) -|10 minuten geleden|A.",
      "teaser|-|Sport|MADRID (ANP) -|4 uur geleden|B."]),
]

SPACES: list[Row] = [
    ("nbsp-in-dateline", "Kop\nDEN\u00a0HAAG\u00a0(ANP)\u00a0-\u00a0Een\u00a0zin.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een zin."]),
    ("thin-and-wide-spaces", "Kop\u3000\nROME\u2009(ANP)\u202f-\u2003Een\u2005zin.",
     ["article|Kop|-|ROME (ANP) -|-|Een zin."]),
    ("nbsp-only-lines", "Kop\n\u00a0\nROME (ANP) - Een.\n\u00a0\u00a0\nTwee.",
     ["article|Kop|-|ROME (ANP) -|-|Een.\n\nTwee."]),
    ("nbsp-in-times",
     LIST.replace("10 minuten geleden", "10\u00a0minuten\u00a0geleden").replace(
         "4 uur geleden", "4\u202fuur geleden"),
     LIST_OUT),
    # U+2028, NEL and VT are among the odd spaces README.md reads as plain spaces.
    # Line ends: a paragraph of its own, as after LF.
    ("line-separator", "Kop\nROME (ANP) - Een.\u2028Twee.",
     ["article|Kop|-|ROME (ANP) -|-|Een.\n\nTwee."]),
    ("next-line-char", "Kop\nROME (ANP) - Een.\x85Twee.",
     ["article|Kop|-|ROME (ANP) -|-|Een.\n\nTwee."]),
    ("vertical-tab", "Kop\nROME (ANP) - Een.\x0bTwee.",
     ["article|Kop|-|ROME (ANP) -|-|Een. Twee."]),
    ("trailing-spaces-and-blank-lines", "Kop   \n\n\n\n   ROME (ANP) -    Een   zin.   \n\n\n",
     ["article|Kop|-|ROME (ANP) -|-|Een zin."]),
]

INVISIBLES: list[Row] = [
    ("zwsp-in-place", "Kop\nMOS\u200bKOU (ANP) - Een.", ["article|Kop|-|MOSKOU (ANP) -|-|Een."]),
    ("soft-hyphen-in-place", "Kop\nROT\u00adTERDAM (ANP) - Een.",
     ["article|Kop|-|ROTTERDAM (ANP) -|-|Een."]),
    ("soft-hyphens-in-word",
     "Kop\nROME (ANP) - Een ver\u00adkie\u00adzings\u00adcam\u00adpag\u00adne.",
     ["article|Kop|-|ROME (ANP) -|-|Een verkiezingscampagne."]),
    ("joiners-in-headline", "K\u2060o\u200dp\u200c\nROME (ANP) - Een.",
     ["article|Kop|-|ROME (ANP) -|-|Een."]),
    ("zwsp-in-agency", "Kop\nROME (A\u200bNP) - Een.", ["article|Kop|-|ROME (ANP) -|-|Een."]),
    ("zwsp-in-glued-time", LIST.replace("10 minuten geledenMADRID",
                                        "10 minuten gel\u200beden\u200bMADRID"), LIST_OUT),
    ("only-invisibles", "\u200b\u00ad\u2060\n\u200b\ufeff", []),
    ("zwsp-opens-dateline-line", "Kop\n\u200bROME (ANP) - Een.",
     ["article|Kop|-|ROME (ANP) -|-|Een."]),
]

BOMS: list[Row] = [
    ("bom-at-start", "\ufeffKop\nROME (ANP) - Een.", ["article|Kop|-|ROME (ANP) -|-|Een."]),
    # Not at a line's start: no page break, just dropped.
    ("bom-mid-line", "Kop\nROME (ANP) - Een\ufeff zin.", ["article|Kop|-|ROME (ANP) -|-|Een zin."]),
    ("boms-with-crlf",
     "\ufeffKop een\r\nROME (ANP) - Een.\r\n\ufeffKop twee\r\nPARIJS (ANP) - Twee.\r\n",
     ["article|Kop een|-|ROME (ANP) -|-|Een.", "article|Kop twee|-|PARIJS (ANP) -|-|Twee."]),
    # A BOM at a line's start is a new page, even inside a list.
    ("bom-inside-list",
     "Meer uit Buitenland\nPARIJS (ANP) - A.\n1 uur geleden\n\ufeffMADRID (ANP) - B.\n"
     "2 uur geleden",
     ["skip:section-header:Meer uit Buitenland",
      "teaser|-|Buitenland|PARIJS (ANP) -|1 uur geleden|A.",
      "article|-|-|MADRID (ANP) -|2 uur geleden|B."]),
    ("only-boms", "\ufeff\ufeff\n\ufeff", []),
]

TABS_AND_QUOTES: list[Row] = [
    ("tabs-everywhere", "\tKop\t\n\tROME\t(ANP)\t-\tEen\t\tzin.",
     ["article|Kop|-|ROME (ANP) -|-|Een zin."]),
    ("tabs-in-clock-list", "Net binnen\nBuitenland\t11:40\tRusland valt aan",
     ["skip:section-header:Net binnen", "teaser|Rusland valt aan|Buitenland|-|11:40|"]),
    ("curly-apostrophe-place", "Kop\n’S-HERTOGENBOSCH (ANP) - Een.",
     ["article|Kop|-|’S-HERTOGENBOSCH (ANP) -|-|Een."]),
    ("straight-apostrophe-place-crlf", "Kop\r\n'S-HERTOGENBOSCH (ANP) - Een.\r\n",
     ["article|Kop|-|'S-HERTOGENBOSCH (ANP) -|-|Een."]),
    ("curly-quotes-in-headline-and-body", "“Dit is oorlog”\nROME (ANP) - ‘Een’, zei hij.",
     ["article|“Dit is oorlog”|-|ROME (ANP) -|-|‘Een’, zei hij."]),
    # A closing quote ends the sentence the glued time follows.
    ("straight-quote-before-glued-time",
     'Meer uit X\nPARIJS (ANP) - Hij zei: "Nee."10 minuten geledenMADRID (ANP) - B.\n'
     "4 uur geleden",
     ["skip:section-header:Meer uit X",
      'teaser|-|X|PARIJS (ANP) -|10 minuten geleden|Hij zei: "Nee."',
      "teaser|-|X|MADRID (ANP) -|4 uur geleden|B."]),
    ("curly-quote-before-glued-time",
     "Meer uit X\nPARIJS (ANP) - Hij zei: ‘Nee.’10 minuten geledenMADRID (ANP) - B.\n"
     "4 uur geleden",
     ["skip:section-header:Meer uit X",
      "teaser|-|X|PARIJS (ANP) -|10 minuten geleden|Hij zei: ‘Nee.’",
      "teaser|-|X|MADRID (ANP) -|4 uur geleden|B."]),
]

LONG_LINES: list[Row] = [
    ("200k-prose", "Kop\nROME (ANP) - " + PROSE,
     [f"article|Kop|-|ROME (ANP) -|-|{PROSE.rstrip()}"]),
    ("200k-capitals", CAPITALS, [f"article|-|-|-|-|{CAPITALS.rstrip()}"]),
    # No place before the parentheses: no dateline, just text.
    ("200k-agency-repeats", AGENCIES, [f"article|-|-|-|-|{AGENCIES.rstrip()}"]),
    # Each time is followed directly by a digit, so none is read.
    ("200k-glued-relative-times", RELATIVE, [f"article|-|-|-|-|{RELATIVE}"]),
    # Inside a line and not after a sentence's end: prose.
    ("200k-spaced-relative-times", RELATIVE_SPACED,
     [f"article|-|-|-|-|{RELATIVE_SPACED.rstrip()}"]),
    ("200k-prose-in-teaser", HEAD.replace("A.", PROSE) + "1 uur geleden",
     [*HEAD_OUT[:2], f"teaser|-|Buitenland|PARIJS (ANP) -|1 uur geleden|{PROSE.rstrip()}"]),
]

CUT_PAGES: list[Row] = [
    # "MADRID (AN" is no dateline, so the time before it is no item time: it stays prose.
    ("cut-inside-dateline", HEAD + "10 minuten geledenMADRID (AN",
     [*HEAD_OUT, "teaser|-|Buitenland|PARIJS (ANP) -|-|A.\n\n10 minuten geledenMADRID (AN"]),
    # No time before the first item or after the last: times close items, by guess.
    ("cut-after-dateline", HEAD + "10 minuten geledenMADRID (ANP) -",
     [*HEAD_OUT, "teaser|-|Buitenland|PARIJS (ANP) -|10 minuten geleden|A.",
      "teaser|-|Buitenland|MADRID (ANP) -|-|"]),
    ("cut-inside-glued-time", HEAD + "10 minuten gel",
     [*HEAD_OUT, "teaser|-|Buitenland|PARIJS (ANP) -|-|A.\n\n10 minuten gel"]),
    ("cut-mid-sentence", "Kop\nROME (ANP) - Een zin die midden in",
     ["article|Kop|-|ROME (ANP) -|-|Een zin die midden in"]),
    ("cut-after-lead-dateline", "Kop\nROME (ANP) - ", ["article|Kop|-|ROME (ANP) -|-|"]),
    ("cut-inside-agencies", "Kop\nROME (ANP/AF", ["article|Kop|-|-|-|ROME (ANP/AF"]),
    ("items-without-body",
     "Meer uit Buitenland\nPARIJS (ANP) -\n1 uur geleden\nMADRID (ANP) -\n2 uur geleden",
     ["skip:section-header:Meer uit Buitenland",
      "teaser|-|Buitenland|PARIJS (ANP) -|1 uur geleden|",
      "teaser|-|Buitenland|MADRID (ANP) -|2 uur geleden|"]),
]

ODD_PAGES: list[Row] = [
    ("only-timestamps", "10 minuten geleden\n4 uur geleden\n1 dag geleden",
     ["skip:orphan-time:10 minuten geleden", "skip:orphan-time:4 uur geleden",
      "skip:orphan-time:1 dag geleden"]),
    ("only-english-timestamps-crlf", "2 hours ago\r\n5 hours ago\r\n",
     ["skip:orphan-time:2 hours ago", "skip:orphan-time:5 hours ago"]),
    # Followed directly by a digit: not read, so the line is prose.
    ("two-glued-timestamps", "10 minuten geleden4 uur geleden",
     ["article|-|-|-|-|10 minuten geleden4 uur geleden"]),
    ("page-three-times", LIST * 3, LIST_OUT * 3),
    ("page-three-times-separated", "=====\n".join([LIST] * 3),
     [*LIST_OUT, "skip:page-separator:=====", *LIST_OUT, "skip:page-separator:=====",
      *LIST_OUT]),
    ("page-three-times-with-boms", "\ufeff" + LIST + "\ufeff" + LIST + "\ufeff" + LIST,
     LIST_OUT * 3),
    ("page-three-times-form-feeds", "\f".join([LIST] * 3), LIST_OUT * 3),
    # A form feed is a page break wherever it stands: here it ends the lead's line.
    ("form-feed-mid-line", "Kop een\nROME (ANP) - Een.\fKop twee\nPARIJS (ANP) - Twee.",
     ["article|Kop een|-|ROME (ANP) -|-|Een.", "article|Kop twee|-|PARIJS (ANP) -|-|Twee."]),
]

CONTROL: list[Row] = [
    ("nul-in-body", "Kop\nROME (ANP) - Een\x00 zin.",
     ["article|Kop|-|ROME (ANP) -|-|Een\x00 zin."]),
    ("nul-in-headline", "K\x00op\nROME (ANP) - Een.", ["article|K\x00op|-|ROME (ANP) -|-|Een."]),
    ("nul-line-between-paragraphs", "Kop\nROME (ANP) - Een.\n\x00\nTwee.",
     ["article|Kop|-|ROME (ANP) -|-|Een.\n\n\x00\n\nTwee."]),
    ("nuls-around-list", "\x00\x00\n" + LIST + "\x00",
     ["skip:preamble:\x00\x00", *LIST_OUT[:3],
      "teaser|-|Buitenland|MADRID (ANP) -|4 uur geleden|B.", "teaser|-|Buitenland|-|-|\x00"]),
    ("bell-and-delete", "Kop\x07\nROME (ANP) - Een\x7f zin.",
     ["article|Kop\x07|-|ROME (ANP) -|-|Een\x7f zin."]),
    ("ansi-escapes", "Kop\nROME (ANP) - \x1b[31mRood\x1b[0m.",
     ["article|Kop|-|ROME (ANP) -|-|\x1b[31mRood\x1b[0m."]),
    # \x1c-\x1f are whitespace to Python's str methods, but no line breaks here.
    ("record-separators", "Kop\x1c\nROME (ANP) - Een.\x1eTwee.",
     ["article|Kop|-|ROME (ANP) -|-|Een.\x1eTwee."]),
]

HTML: list[Row] = [
    # Character references are decoded (&nbsp; is a space); a tag that breaks text (<br>,
    # <p>) leaves a space, an inline one (<b>) nothing.
    ("html-entities", "Kop &amp; meer\nROME (ANP) - Een &amp; twee&nbsp;drie.",
     ["article|Kop & meer|-|ROME (ANP) -|-|Een & twee drie."]),
    ("html-br", "Kop<br>\nROME (ANP) - Een.<br>Twee.<br>",
     ["article|Kop|-|ROME (ANP) -|-|Een. Twee."]),
    ("html-nbsp-line", "Kop\n&nbsp;\nROME (ANP) - Een.",
     ["article|Kop|-|ROME (ANP) -|-|Een."]),
    ("html-paragraph-tags", "Kop\n<p>ROME (ANP) - Een <b>vet</b>.</p>",
     ["article|Kop|-|ROME (ANP) -|-|Een vet."]),
]

MOJIBAKE_AND_SCRIPTS: list[Row] = [
    ("mojibake-words", "OekraÃ¯ne valt aan\nKIEV (ANP) - In OekraÃ¯ne is het koud.",
     ["article|Oekraïne valt aan|-|KIEV (ANP) -|-|In Oekraïne is het koud."]),
    ("mojibake-place", "Kop\nMÃœNCHEN (dpa) - Es regnet.",
     ["article|Kop|-|MÜNCHEN (dpa) -|-|Es regnet."]),
    ("mojibake-quotes-euro", "Prijs stijgt\nBRUSSEL (ANP) - â€˜Duurâ€™, zegt hij: â‚¬ 5.",
     ["article|Prijs stijgt|-|BRUSSEL (ANP) -|-|‘Duur’, zegt hij: € 5."]),
    # Read as Latin-1 rather than Windows-1252, the quote's bytes 80 and 99 are C1 controls.
    ("mojibake-latin1-quote", "Kop\nROME (ANP) - Het isnâ\x80\x99t zo.",
     ["article|Kop|-|ROME (ANP) -|-|Het isn’t zo."]),
    ("mojibake-bom", "ï»¿Kop\nROME (ANP) - Een.", ["article|Kop|-|ROME (ANP) -|-|Een."]),
    ("mojibake-emoji", "Kop ðŸ”¥\nROME (ANP) - Vuur.", ["article|Kop 🔥|-|ROME (ANP) -|-|Vuur."]),
    ("mojibake-romanian-place", "Kop\nBUCUREÈ˜TI (ANP) - Een.",
     ["article|Kop|-|BUCUREȘTI (ANP) -|-|Een."]),
    ("mojibake-a-grave-nbsp", "Kop\nPARIJS (ANP) - CafÃ© Ã\xa0 la carte.",
     ["article|Kop|-|PARIJS (ANP) -|-|Café à la carte."]),
    # The same sequence with no surer mojibake in the text: left as written.
    ("a-grave-nbsp-alone", "Kop\nPARIJS (ANP) - Ã\xa0 la carte.",
     ["article|Kop|-|PARIJS (ANP) -|-|Ã la carte."]),
    ("portuguese-capital-before-quote", "Kop\nLISBOA (Lusa) - Disse «AMANHÃ» e AMANHÃ… nada.",
     ["article|Kop|-|LISBOA (Lusa) -|-|Disse «AMANHÃ» e AMANHÃ… nada."]),
    # A sequence or an accent written apart that ends the text: the span takes all of it.
    ("mojibake-last", "Kop\nROME (ANP) - Een CafÃ©", ["article|Kop|-|ROME (ANP) -|-|Een Café"]),
    ("accent-apart-last", "Kop\nROME (ANP) - Een cafe\u0301",
     ["article|Kop|-|ROME (ANP) -|-|Een café"]),
    ("garbled-nbsp-last", "Kop\nROME (ANP) - Een.Â\xa0", ["article|Kop|-|ROME (ANP) -|-|Een."]),
    # Shapes that would decode, but into letters such text never holds: left as written.
    ("not-mojibake", "CAFÉ» IN SÃO PAULO\nROME (ANP) - «CAFÉ» en SÃO, PÅ\xa0x.",
     ["article|CAFÉ» IN SÃO PAULO|-|ROME (ANP) -|-|«CAFÉ» en SÃO, PÅ x."]),
    ("emoji", "🔥 Brand in Rome 🔥\nROME (ANP) - Het vuur 🚒 is geblust.",
     ["article|🔥 Brand in Rome 🔥|-|ROME (ANP) -|-|Het vuur 🚒 is geblust."]),
    # The ZWJ inside the family emoji is one of the dropped invisibles.
    ("emoji-zwj-sequence", "Kop\nROME (ANP) - Familie \U0001f468\u200d\U0001f469\u200d\U0001f467.",
     ["article|Kop|-|ROME (ANP) -|-|Familie \U0001f468\U0001f469\U0001f467."]),
    ("emoji-in-list",
     "Meer uit X\nPARIJS (ANP) - Goed nieuws 🎉\n10 minuten geledenMADRID (ANP) - B 🙂\n"
     "4 uur geleden",
     ["skip:section-header:Meer uit X",
      "teaser|-|X|PARIJS (ANP) -|10 minuten geleden|Goed nieuws 🎉",
      "teaser|-|X|MADRID (ANP) -|4 uur geleden|B 🙂"]),
    ("arabic", "عنوان الخبر\nROME (ANP) - قال الوزير إن الوضع هادئ.",
     ["article|عنوان الخبر|-|ROME (ANP) -|-|قال الوزير إن الوضع هادئ."]),
    ("hebrew-with-direction-marks", "Kop\nROME (ANP) - \u200fשלום עולם\u200e.",
     ["article|Kop|-|ROME (ANP) -|-|\u200fשלום עולם\u200e."]),
    # An accent written apart from its letter (NFD, as macOS writes names) is joined to it
    # (NFC); marks that compose with nothing stay as written.
    ("combining-accent-in-place", "Kop\nBOGOTA\u0301 (EFE) - Llueve.",
     ["article|Kop|-|BOGOT\u00c1 (EFE) -|-|Llueve."]),
    ("combining-marks-in-body", "Kop\nROME (ANP) - Cafe\u0301 e\u0308n Z\u0336\u0353alg\u0489o.",
     ["article|Kop|-|ROME (ANP) -|-|Caf\u00e9 \u00ebn Z\u0336\u0353alg\u0489o."]),
]

TINY: list[Row] = [
    ("only-whitespace", " \t\u00a0\u3000\r\n\u2028\x0b\x0c \n", []),
    ("single-letter", "x", ["article|-|-|-|-|x"]),
    ("single-dot", ".", ["article|-|-|-|-|."]),
    ("single-dash", "-", ["article|-|-|-|-|-"]),
    ("shortest-separator", "===", ["skip:page-separator:==="]),
    ("single-paren", "(", ["article|-|-|-|-|("]),
    ("lone-dateline", "ROME (ANP) -", ["article|-|-|ROME (ANP) -|-|"]),
    ("lone-dated-dateline", "WASHINGTON, Jan 5 (Reuters) -",
     ["article|-|-|WASHINGTON, Jan 5 (Reuters) -|Jan 5|"]),
    ("lone-english-header-crlf", "More from World\r\n\r\n",
     ["skip:section-header:More from World"]),
    ("lone-clock-list-header", "Net binnen", ["skip:section-header:Net binnen"]),
]

PARENS_AND_SLASHES: list[Row] = [
    ("unclosed-agency", "Kop\nROME (ANP - Een.", ["article|Kop|-|-|-|ROME (ANP - Een."]),
    ("unopened-agency", "Kop\nROME ANP) - Een.", ["article|Kop|-|-|-|ROME ANP) - Een."]),
    ("unbalanced-body", "Kop\nROME (ANP) - Een (twee (drie.",
     ["article|Kop|-|ROME (ANP) -|-|Een (twee (drie."]),
    ("parens-noise", "))))((((" * 1000, ["article|-|-|-|-|" + "))))((((" * 1000]),
    ("thousand-slashes", "/" * 1000, ["article|-|-|-|-|" + "/" * 1000]),
    ("slashes-as-agencies", "ROME (" + "/" * 1000 + ") - Een.",
     ["article|-|-|-|-|ROME (" + "/" * 1000 + ") - Een."]),
]

LIBRARY_ROWS = (
    LINE_ENDS + SPACES + INVISIBLES + BOMS + TABS_AND_QUOTES + LONG_LINES + CUT_PAGES + ODD_PAGES
    + CONTROL + HTML + MOJIBAKE_AND_SCRIPTS + TINY + PARENS_AND_SLASHES
)


# Rows where the parser is believed wrong: the expectation stands, the row is a strict xfail.
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            text, expected, id=name,
            marks=[pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else [],
        )
        for name, text, expected in LIBRARY_ROWS
    ],
)
def test_hostile_text(text: str, expected: list[str]) -> None:
    outputs = list(parse_all(text, now=NOW))
    assert [summary(r) for r in outputs] == expected
    check_spans(text, outputs)


# --------------------------------------------------------------------------- the command

GOOD = PAGE.encode("utf-8")


def decoding_warning(name: str, line: int) -> str:
    return rf"^newswire: warning: {re.escape(name)}:{line}: not valid UTF-8"


@dataclass(frozen=True)
class CliRow:
    name: str
    data: bytes | None  # None: the input is a directory
    args: tuple[str, ...]
    code: int
    stderr: str | None  # a regex each stderr line must match; None: no stderr at all
    lines: int
    file: str = "in.txt"
    xfail: str | None = None


PARSE = ("parse", "--now", NOW_ISO, "{f}")
BIG = ("Het regent al dagen in de hele stad. " * 141000).encode("utf-8")  # 5.2 MB, one line

CLI_ROWS = [
    CliRow("cp1252-in-headline", GOOD.replace(b"Storm", b"St\xf6rm"), PARSE, 0,
           decoding_warning("in.txt", 1), 3),
    CliRow("cp1252-curly-quote-last-line", GOOD.replace(b"nieuwe brug", b"nieuwe \x93brug\x94"),
           PARSE, 0, decoding_warning("in.txt", 6), 3),
    CliRow("cp1252-in-place", GOOD.replace(b"MOSKOU", b"M\xd6SKOU"), PARSE, 0,
           decoding_warning("in.txt", 2), 3),
    CliRow("truncated-utf8-sequence", GOOD.replace(b"de stad.", b"de stad\xc3."), PARSE, 0,
           decoding_warning("in.txt", 2), 3),
    CliRow("undefined-cp1252-byte", GOOD.replace(b"natste", b"nat\x81ste"), PARSE, 0,
           decoding_warning("in.txt", 3), 3),
    CliRow("encoded-surrogate", GOOD.replace(b"trein", b"tr\xed\xa0\x80ein"), PARSE, 0,
           decoding_warning("in.txt", 5), 3),
    CliRow("latin1-throughout", PAGE.replace("natste", "natte, ijzige").replace(
        "stad.", "stad in Oekraïne, zegt één bron.").encode("latin-1"), PARSE, 0,
           decoding_warning("in.txt", 2), 3),
    CliRow("bom-then-bad-byte", codecs.BOM_UTF8 + GOOD.replace(b"natste", b"n\xe4tste"), PARSE, 0,
           decoding_warning("in.txt", 3), 3),
    CliRow("bad-byte-in-odd-name", GOOD.replace(b"Storm", b"St\xf6rm"), PARSE, 0,
           decoding_warning("naïeve pagina.txt", 1), 3, file="naïeve pagina.txt"),
    CliRow("bad-byte-through-convert", GOOD.replace(b"natste", b"n\xe4tste"),
           ("convert", "--now", NOW_ISO, "--quiet", "{f}"), 0, decoding_warning("in.txt", 3), 3),
    CliRow("utf16le-bom-astral", codecs.BOM_UTF16_LE
           + PAGE.replace("kust", "kust \U0001f30a").encode("utf-16-le"), PARSE, 0, None, 3),
    CliRow("utf16be-bom-crlf", codecs.BOM_UTF16_BE
           + PAGE.replace("\n", "\r\n").encode("utf-16-be"), PARSE, 0, None, 3),
    CliRow("utf16-bom-odd-length", codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le")[:-1], PARSE, 1,
           r"^newswire: error: in\.txt: UTF-16 byte-order mark, but not valid UTF-16", 0),
    CliRow("utf16le-without-bom", PAGE.encode("utf-16-le"), PARSE, 1,
           r"^newswire: error: in\.txt:1: binary data", 0),
    CliRow("utf16be-without-bom", PAGE.encode("utf-16-be"), PARSE, 1,
           r"^newswire: error: in\.txt:1: binary data", 0),
    CliRow("only-nuls", b"\x00" * 4096, PARSE, 1, r"^newswire: error: in\.txt:1: binary data", 0),
    CliRow("only-utf8-bom", codecs.BOM_UTF8, PARSE, 1, r"^newswire: error: in\.txt: empty file", 0),
    CliRow("only-utf16-bom", codecs.BOM_UTF16_LE, PARSE, 1,
           r"^newswire: error: in\.txt: empty file", 0),
    CliRow("nul-in-good-text", GOOD.replace(b"de stad", b"de\x00stad"), PARSE, 0, None, 3),
    CliRow("5mb-single-line", BIG, PARSE, 0, None, 1),
    CliRow("directory-validated", None, ("validate", "--format", "jsonl", "{f}"), 1,
           r"^newswire: 1 file", 1, file="adir"),
    CliRow("empty-file-validated", b"", ("validate", "--format", "jsonl", "{f}"), 1,
           r"^newswire: 1 file", 1),
    CliRow("directory-converted", None, ("convert", "--quiet", "--to", "jsonl", "{f}/x.txt"), 1,
           r"^newswire: error: adir/x\.txt", 0, file="adir"),
]


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(
            r, id=r.name,
            marks=[pytest.mark.xfail(strict=True, reason=r.xfail)] if r.xfail else [],
        )
        for r in CLI_ROWS
    ],
)
def test_hostile_file(tmp_path: Path, row: CliRow) -> None:
    path = tmp_path / row.file
    if row.data is None:
        path.mkdir()
    else:
        path.write_bytes(row.data)
    args = [a.replace("{f}", row.file) for a in row.args]
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    proc = subprocess.run(
        [*newswire_command(), *args], cwd=tmp_path, capture_output=True, env=env, timeout=120,
        check=False,
    )
    err = proc.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in err, err
    assert proc.returncode == row.code, err
    if row.stderr is None:
        assert err == ""
    else:
        assert err, "expected a message on stderr"
        for line in err.splitlines():
            assert re.search(row.stderr, line), line
    lines = proc.stdout.decode("utf-8").splitlines()
    assert len(lines) == row.lines, lines[:3]
    for line in lines:
        record = json.loads(line)
        assert isinstance(record, dict)
        if row.stderr is not None and "not valid UTF-8" in row.stderr:
            assert "decoding" in [w["code"] for w in record["warnings"]], record["warnings"]


def test_closed_pipe_through_shell(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"=====\n".join([GOOD] * 3000))
    out, err, status = through_head(tmp_path, f"parse --now {NOW_ISO} big.txt")
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert err == ""
    assert status == "0"
    (line,) = out.decode("utf-8").splitlines()
    assert json.loads(line)["kind"] == "article"


def test_closed_pipe_under_a_table(tmp_path: Path) -> None:
    # rich ends the process with exit 1 when its reader goes; the reader going is no error.
    (tmp_path / "big.txt").write_bytes(b"=====\n".join([GOOD] * 3000))
    _, err, status = through_head(tmp_path, f"parse --now {NOW_ISO} -f table big.txt big.txt")
    assert (err, status) == ("", "0")
