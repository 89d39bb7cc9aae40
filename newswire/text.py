"""Lines of the input with their offsets, and the whitespace clean-up every line gets.

The parser never edits the input: each :class:`Line` keeps where it sits in the text, and a
cleaned copy for matching. Cleaning maps every odd space (NBSP, tabs, thin spaces) to a plain
space one-for-one and drops invisible characters (BOM, zero-width, soft hyphen); offsets in the
cleaned copy map back to the input through :meth:`Line.offset`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Characters read as a plain space: tab, vertical tab, form feed, NBSP, the Unicode spaces.
_SPACES = (
    "\t\x0b\x0c\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# Characters with no visible width: BOM, zero-width space/joiners, word joiner, soft hyphen.
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\u00ad"

_TO_SPACE = str.maketrans(dict.fromkeys(_SPACES, " "))
_has_invisible = re.compile("[" + _INVISIBLE + "]").search
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_MULTI_SPACE = re.compile(r"  +")


class Line:
    """One line of the input: where it is, and its cleaned text."""

    __slots__ = ("_lead", "_map", "end", "number", "page_break", "start", "text")

    number: int
    """1-based line number."""
    start: int
    """Offset of the line's first character in the input."""
    end: int
    """Offset just past the line's last character (line break excluded)."""
    text: str
    """The line with odd spaces made plain, invisible characters dropped, ends stripped."""
    page_break: bool
    """Whether the line starts a new page: it holds a form feed, or a BOM after the first line
    (files appended to one another)."""

    def __init__(self, number: int, start: int, raw: str) -> None:
        self.number = number
        self.start = start
        self.end = start + len(raw)
        self.page_break = "\x0c" in raw or (start > 0 and raw.startswith("\ufeff"))
        cleaned = raw.translate(_TO_SPACE)
        self._map: list[int] | None = None
        if _has_invisible(cleaned):
            keep = [i for i, ch in enumerate(cleaned) if ch not in _INVISIBLE]
            cleaned = "".join(cleaned[i] for i in keep)
            self._map = keep
        stripped = cleaned.lstrip(" ")
        self._lead = len(cleaned) - len(stripped)
        self.text = stripped.rstrip(" ")

    def offset(self, i: int) -> int:
        """Offset in the input of position ``i`` of :attr:`text` (``i == len(text)`` allowed)."""
        j = self._lead + i
        if self._map is None:
            return self.start + j
        if j < len(self._map):
            return self.start + self._map[j]
        return self.start + self._map[-1] + 1 if self._map else self.start

    def __repr__(self) -> str:
        return f"Line({self.number}, {self.start}, {self.text!r})"


def split_lines(text: str) -> Iterator[Line]:
    """Every line of ``text``; CRLF, LF and lone CR all end a line."""
    if "\r" not in text:
        start = 0
        for number, raw in enumerate(text.split("\n"), 1):
            yield Line(number, start, raw)
            start += len(raw) + 1
        return
    start = 0
    number = 1
    for brk in _LINE_BREAK.finditer(text):
        yield Line(number, start, text[start : brk.start()])
        start = brk.end()
        number += 1
    yield Line(number, start, text[start:])


def squash_spaces(text: str) -> str:
    """``text`` with runs of spaces made one."""
    return _MULTI_SPACE.sub(" ", text) if "  " in text else text
