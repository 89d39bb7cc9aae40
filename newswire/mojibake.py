"""Mojibake: UTF-8 text that was once decoded as Windows-1252 or Latin-1 and saved again.

Each character of UTF-8 then shows as two to four: ``ï`` as ``Ã¯``, ``’`` as ``â€™``, ``€``
as ``â‚¬``, an emoji as ``ðŸ˜€``. :func:`find` finds such sequences and what they stand for,
so the parser can read the repaired text while every record still points into the input.

Why not ftfy, which repairs more (double encodings, MacRoman, Cyrillic code pages): it
rewrites a whole text and does not say where, and records must keep their offsets into the
input. The case scraped Western European text shows is this one, and it is a pattern of a
lead character and one to three continuation characters, checked here one by one.

What is repaired, and why only that: a sequence is taken only when it decodes as UTF-8 into a
character such text holds (Latin letters with accents, punctuation, currency, the byte-order
mark, emoji). ``CAFÉ»`` or ``SÃO`` stay as written: ``É»`` would decode, but into a letter
no French headline has, and ``ÃO`` is no UTF-8 at all. Cyrillic mojibake (``ÐœÐ¾Ñ``) is left
alone, because the same two-character shapes occur in Spanish (``AÑO»``).
"""

from __future__ import annotations

import contextlib
import functools
import re
from typing import NamedTuple


@functools.cache
def _sequence() -> re.Pattern[str]:
    """Lead character, then continuation characters: the characters a UTF-8 continuation
    byte (0x80–0xBF) shows as in Windows-1252 or, for the five bytes it leaves undefined and
    for C1 controls, Latin-1. Leads: Â Ã (U+0080–U+00FF), Ä Å (Latin Extended-A: ł ő š ž…),
    È (Romanian ș ț), â (punctuation, currency, ™), ï (only the byte-order mark), ð (emoji).
    Fixed-length alternatives: one pass, no backtracking beyond four characters. Compiled on
    first use: most texts hold no lead at all."""
    chars = {chr(b) for b in range(0x80, 0xC0)}  # Latin-1
    for b in range(0x80, 0xC0):
        with contextlib.suppress(UnicodeDecodeError):  # the five bytes it leaves undefined
            chars.add(bytes([b]).decode("cp1252"))
    tail = "".join(sorted(chars))
    return re.compile(
        f"[\u00c2\u00c3\u00c4\u00c5\u00c8][{tail}]|[\u00e2\u00ef][{tail}]{{2}}"
        f"|\u00f0[{tail}]{{3}}"
    )


LEADS = "\u00c2\u00c3\u00c4\u00c5\u00c8\u00e2\u00ef\u00f0"
"""Characters one of which every mojibake sequence starts with: a cheap test before a scan."""


class Repair(NamedTuple):
    """One mojibake sequence: where it is in the text, as written, and the character it
    stands for (empty for a byte-order mark, which is dropped)."""

    start: int
    end: int
    was: str
    char: str

    def __str__(self) -> str:
        meant = repr(self.char) if self.char else "a byte-order mark"
        return f"{self.was!r} as {meant}"


def _byte(char: str) -> int:
    code = ord(char)
    return code if code < 0x100 else char.encode("cp1252")[0]


def _wanted(char: str, lead: str, second: str) -> bool:
    """Whether ``char``, decoded from a sequence starting ``lead`` ``second``, is a character
    the text is likely to hold (see the module docstring)."""
    code = ord(char)
    if second == "\u00a0" and lead not in "\u00c2\u00c3":
        return False  # a letter before a no-break space is more likely than Ġ or Ƞ
    if lead == "\u00c2":
        return code >= 0xA0  # Â + 0x80–0x9F would be a C1 control
    if lead == "\u00c8":
        return 0x218 <= code <= 0x21B  # ș ț Ș Ț
    if lead == "\u00e2":
        return 0x2000 <= code <= 0x206F or 0x20A0 <= code <= 0x20CF or 0x2100 <= code <= 0x214F
    if lead == "\u00ef":
        return code == 0xFEFF
    if lead == "\u00f0":
        return 0x1F000 <= code <= 0x1FAFF
    return True  # Ã Ä Å: Latin-1 letters and Latin Extended-A, all European letters


def find(text: str) -> list[Repair]:
    """The mojibake sequences in ``text``, in order."""
    out = []
    # Each lead is looked for by substring search, and the pattern tried only where one is:
    # a regex scan would cost 40 ns a character on every text with an ï or â in it.
    for lead in LEADS:
        i = text.find(lead)
        if i < 0:
            continue
        sequence = _sequence()
        while i >= 0:
            m = sequence.match(text, i)
            i = text.find(lead, i + 1)
            if m is None:
                continue
            seq = m.group()
            try:
                char = bytes(_byte(c) for c in seq).decode("utf-8")
            except UnicodeDecodeError:
                continue
            if _wanted(char, seq[0], seq[1]):
                out.append(Repair(m.start(), m.end(), seq, "" if char == "\ufeff" else char))
    out.sort()
    return out
