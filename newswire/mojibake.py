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
no French headline has, and ``ÃO`` is no UTF-8 at all. A capital Ã, Ä or Å at a word's end
before punctuation (``AMANHÃ»``, ``PÅ…``) is taken only when the text holds surer mojibake.
Cyrillic mojibake (``ÐœÐ¾Ñ``) is left alone, because the same two-character shapes occur in
Spanish (``AÑO»``).
"""

from __future__ import annotations

import contextlib
import functools
from typing import NamedTuple


@functools.cache
def _continuations() -> frozenset[str]:
    """The characters a UTF-8 continuation byte (0x80–0xBF) shows as, in Windows-1252 or,
    for the five bytes it leaves undefined and for C1 controls, Latin-1. Built on first use:
    most texts hold no lead at all."""
    chars = {chr(b) for b in range(0x80, 0xC0)}  # Latin-1
    for b in range(0x80, 0xC0):
        with contextlib.suppress(UnicodeDecodeError):  # the five bytes it leaves undefined
            chars.add(bytes([b]).decode("cp1252"))
    return frozenset(chars)


# How many continuation characters follow each lead: Â Ã (U+0080–U+00FF), Ä Å (Latin
# Extended-A: ł ő š ž…), È (Romanian ș ț) take one; â (punctuation, currency, ™) and ï (only
# the byte-order mark) two; ð (emoji) three.
_LENGTHS = {"\u00c2": 1, "\u00c3": 1, "\u00c4": 1, "\u00c5": 1, "\u00c8": 1,
            "\u00e2": 2, "\u00ef": 2, "\u00f0": 3}
_LETTER_LEADS = "\u00c3\u00c4\u00c5"  # leads of letters: their sequences may be real text


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


def _sure(text: str, at: int, end: int, char: str) -> bool:
    """Whether a two-character sequence of a letter lead (Ã Ä Å) is mojibake without other
    evidence: it decodes to a small letter followed by one (``Å¡koda``), or it follows a
    letter of the case it decodes to and either decodes to a small letter (``CafÃ©``,
    ``siÄ™``) or goes on into a letter (``MÃœNCHEN``). At a word's edge it
    may be a real capital before punctuation (``AMANHÃ»``, ``PÅ…``, ``«NÅ»``)."""
    before = text[at - 1] if at else ""
    after = text[end] if end < len(text) else ""
    if char.islower() and after.islower():
        return True  # inside or opening a small word: Å¡koda, Ã©tÃ©
    if not before.isalpha() or before.isupper() != char.isupper():
        return False
    return char.islower() or after.isalpha()


def find(text: str) -> list[Repair]:
    """The mojibake sequences in ``text``, in order.

    Sequences of three or four characters (``â€™``, ``ï»¿``, ``ðŸ”¥``) and those of ``Â`` and
    ``È`` are taken as they are. A two-character sequence of ``Ã``, ``Ä`` or ``Å`` at a word's
    edge is taken only if the text holds surer mojibake too (see :func:`_sure`): Portuguese
    and Scandinavian capitals before punctuation look the same.
    """
    out = []
    doubtful = []
    # Each lead is looked for by substring search and the characters after it checked one by
    # one: no pattern to compile, and no scan of texts that hold no lead.
    for lead in _LENGTHS:
        # ï stands only for a byte-order mark here, and is common in Dutch (Oekraïne): a
        # search for the pair stops at every ï, one for » alone runs at memory speed.
        if lead == "\u00ef" and "\u00bb" not in text:
            continue
        start = "\u00ef\u00bb" if lead == "\u00ef" else lead
        i = text.find(start)
        if i < 0:
            continue
        tail = _continuations()
        size = _LENGTHS[lead]
        while i >= 0:
            seq = text[i : i + 1 + size]
            at = i
            i = text.find(start, i + 1)
            if len(seq) <= size or not all(c in tail for c in seq[1:]):
                continue
            try:
                char = bytes(_byte(c) for c in seq).decode("utf-8")
            except UnicodeDecodeError:
                continue
            if not _wanted(char, seq[0], seq[1]):
                continue
            repair = Repair(at, at + len(seq), seq, "" if char == "\ufeff" else char)
            if lead in _LETTER_LEADS and not _sure(text, at, repair.end, char):
                doubtful.append(repair)
            else:
                out.append(repair)
    if out:
        out.extend(doubtful)
    out.sort()
    return out
