"""Whole-text clean-up that keeps every offset traceable to the input.

The parser reads a normalised copy of the input:

- odd spaces (NBSP, tabs, thin spaces, form feed) become plain spaces, one for one, so
  offsets do not move;
- a lone CR (old Mac line ends), NEL and Unicode's line and paragraph separators become LF,
  one for one; in CRLF the CR stays and reads as trailing space;
- invisible characters (BOM, zero-width space and joiners, word joiner, soft hyphen) are
  dropped, an accent written apart from its letter (decomposed, NFD) is joined to it, and
  mojibake (``OekraÃ¯ne``, see :mod:`newswire.mojibake`) is read as the character it stands
  for; :meth:`Normalised.original` maps an offset back to the input.
- HTML character references are decoded (one that stands for a line end, ``&#13;``, as
  LF) and markup tags taken out.

Form feeds, and BOMs after the start of the text (files appended to one another), are kept as
page breaks. Each step runs only when the text needs it, and each is one C-level pass.
"""

from __future__ import annotations

import io
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import mojibake

if TYPE_CHECKING:
    from .mojibake import Repair

INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\u00ad"
"""The invisible characters dropped from the text: BOM, zero-width space and joiners, word
joiner, soft hyphen."""
_ODD_SPACES = (
    "\t\x0b\x0c\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u202f\u205f\u3000"
)
# Line ends besides CR and LF: NEL, and Unicode's line and paragraph separators (text from
# JavaScript strings and word processors). Each is one line end, read as LF.
LINE_ENDS = "\x85\u2028\u2029"
# Pattern sources, compiled by re (and cached there) the first time a text needs them.
_INVISIBLE_RE = f"[{INVISIBLE}]"
_ODD_SPACE_RE = f"[{_ODD_SPACES}]"
_LONE_CR = r"\r(?!\n)"
_OTHER_LINE_END_RE = f"[{LINE_ENDS}]"
# Combining diacritical marks: an accent written after its letter.
_COMBINING_RE = "[\u0300-\u036f]"
# The accents Latin letters take, looked for first: a regex scan of 100 MB takes a second,
# these few substring tests a tenth of it (and none at all in text without such characters).
_COMMON_ACCENTS = (
    "\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u030a\u030b\u030c\u0327\u0328"
)
# What scrapers leave of HTML: character references, and tags of text markup. Bounded pieces,
# so a scan is linear; "AT&T" and "a < b" match neither.
_ENTITY_RE = r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
_TAG_RE = (
    r"(?i)</?(?:p|br|div|span|a|b|i|u|em|strong|small|sup|sub|li|ul|ol|h[1-6]|blockquote|"
    r"figure|figcaption|img|section|article|header|footer|font|table|tr|td|th)"
    r"(?:\s[^<>]{0,300})?/?>"
)
_MULTI_SPACE = r"  +"



class Normalised:
    """The normalised text, and how to get from its offsets back to the input's."""

    __slots__ = (
        "attached", "breaks", "dropped_through", "hidden", "html", "repairs", "shifted", "text"
    )

    def __init__(
        self, text: str, breaks: tuple[int, ...], shifted: Sequence[int],
        html: tuple[tuple[int, int], ...] = (), repairs: tuple[Repair, ...] = (),
        attached: tuple[int, ...] = (), dropped_through: Sequence[int] = (),
    ) -> None:
        self.text = text
        self.attached = attached
        """Input offsets of dropped characters that belong to the character before them."""
        self.html = html
        """Input spans of the HTML character references decoded and tags removed, sorted."""
        self.repairs = repairs
        """The mojibake sequences read as what they stand for (input offsets), sorted."""
        self.hidden = tuple(sorted(
            [*html, *((r.start, r.end) for r in repairs if not r.char or r.char.isspace())]
        ))
        """Input spans of visible characters read as nothing or as a space (tags, a garbled
        byte-order mark or no-break space): a record next to one widens over it, so they
        fall in no gap between records."""
        self.breaks = breaks
        """Offsets (in :attr:`text`) of page breaks: form feeds and BOMs after the start."""
        self.shifted = shifted
        """For each run of dropped characters, where it was in :attr:`text` coordinates
        (strictly increasing): runs, not characters, so a page of tags costs a few numbers
        per tag, not per character."""
        self.dropped_through = dropped_through
        """For each run in :attr:`shifted`, how many characters were dropped up to its end."""

    def original(self, i: int) -> int:
        """The input offset of the character at ``i`` (``i == len(text)`` allowed)."""
        if not self.shifted:
            return i
        k = bisect_right(self.shifted, i)
        return i + self.dropped_through[k - 1] if k else i

    def original_end(self, i: int) -> int:
        """The input offset just past the character before ``i`` (an exclusive end), and past
        what was written after it as part of it (an accent written apart, the rest of a
        mojibake sequence)."""
        if not self.shifted or i == 0:
            return i
        end = self.original(i - 1) + 1
        attached = self.attached
        k = bisect_left(attached, end)
        while k < len(attached) and attached[k] == end:
            end += 1
            k += 1
        return end


def _has_any(text: str, chars: str) -> bool:
    # One fast substring search per character beats a regex character-class scan by ~10x.
    return any(ch in text for ch in chars)


def _repaired(
    text: str, letters: dict[int, str], removed: list[int]
) -> tuple[Repair, ...]:
    """Mojibake read as the characters it stands for, recorded as letters to replace and
    characters to drop."""
    repairs = mojibake.find(text)
    for r in repairs:
        if r.char:
            letters[r.start] = r.char
            removed.extend(range(r.start + 1, r.end))
        else:
            removed.extend(range(r.start, r.end))
    return tuple(repairs)


def _composed(
    text: str, letters: dict[int, str], taken: list[int]
) -> list[int]:
    """Combining accents written apart (``BOGOTA`` + U+0301, as macOS writes names) joined
    to their letter: the letters to replace go into ``letters``; returns the accents to
    drop. A letter already dropped (in ``taken``) keeps its accent apart."""
    import unicodedata

    marks: list[int] = []
    dropped = set(taken)
    for m in re.finditer(_COMBINING_RE, text):
        i = m.start()
        base = i - 1
        while marks and base == marks[-1]:  # several accents on one letter
            base -= 1
        if base < 0 or base in dropped:
            continue
        joined = unicodedata.normalize("NFC", letters.get(base, text[base]) + text[i])
        if len(joined) == 1:
            letters[base] = joined
            marks.append(i)
    return marks


def _html(
    text: str, letters: dict[int, str], removed: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Character references decoded (``&amp;`` is ``&``) and markup tags taken out (a tag
    that breaks text, ``<br>`` or ``<p>``, leaves a space), recorded as letters to replace
    and runs of characters to drop; returns where each one was."""
    import html

    found = []
    for m in re.finditer(_ENTITY_RE, text):
        decoded = html.unescape(m.group())
        if len(decoded) == 1 and decoded != m.group():
            # "&#13;", "&#x2028;": a line end, as LF (records count lines in the input).
            letters[m.start()] = "\n" if decoded in _BREAKING else decoded
            removed.append((m.start() + 1, m.end()))
            found.append(m.span())
    for m in re.finditer(_TAG_RE, text):
        if tag_name(m.group()) in _INLINE:
            removed.append(m.span())
        else:
            letters[m.start()] = " "
            removed.append((m.start() + 1, m.end()))
        found.append(m.span())
    return sorted(found)


_BREAKING = f"\r{LINE_ENDS}"
_INLINE = frozenset("span a b i u em strong small sup sub font".split())
_VOID = frozenset(("br", "img"))  # elements with no content and no closing tag


def tag_name(tag: str) -> str:
    """``p`` for ``<p class="x">``, ``</P>`` or ``<p/>``."""
    return tag[1:].lstrip("/").split(None, 1)[0].rstrip("/>").lower()


AFTER, BEFORE, OWN = 1, -1, 0


def markup_side(taken: str) -> int:
    """Which text markup taken out of the input belongs to, when a span is next to it:
    ``AFTER`` for a tag that opens an element (``<p>``) or a garbled byte-order mark (of a
    file appended); ``BEFORE`` for a closing or empty tag (``</p>``, ``<br>``), or a
    reference or garbled no-break space read as a space; ``OWN`` for a reference read as a
    visible character, which is text of its own (``&amp;``)."""
    if taken.startswith("<"):
        if taken.startswith("</") or taken.endswith("/>") or tag_name(taken) in _VOID:
            return BEFORE
        return AFTER
    if taken == "\u00ef\u00bb\u00bf":
        return AFTER
    if taken.startswith("&"):
        import html

        return BEFORE if html.unescape(taken).isspace() else OWN
    return BEFORE


def _without(
    text: str, letters: dict[int, str], starts: array[int], ends: array[int]
) -> str:
    """``text`` with the letters at some offsets replaced and the runs from ``starts`` to
    ``ends`` (sorted, apart) dropped; a letter in a dropped run is dropped too."""
    out = io.StringIO()
    start = 0
    k = 0
    for i in sorted(letters):
        while k < len(starts) and starts[k] <= i:
            out.write(text[start : starts[k]])
            start = max(start, ends[k])
            k += 1
        if i >= start:
            out.write(text[start:i])
            out.write(letters[i])
            start = i + 1
    for a, b in zip(starts[k:], ends[k:], strict=True):
        out.write(text[start:a])
        start = b
    out.write(text[start:])
    return out.getvalue()


def _runs(singles: list[int], spans: list[tuple[int, int]]) -> tuple[array[int], array[int]]:
    """The characters at ``singles`` and in ``spans``, as sorted runs that neither overlap
    nor touch: their starts and ends, in arrays (a page of tags makes hundreds of
    thousands)."""
    starts, ends = array("q"), array("q")
    spans.extend((i, i + 1) for i in singles)
    spans.sort()
    for a, b in spans:
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def normalise(text: str) -> Normalised:
    """``text`` ready for parsing: see the module docstring for what changes."""
    if "\r" in text:
        # Before anything is taken out: "\r</b>\n" is two line ends, as the input has them.
        text = re.sub(_LONE_CR, "\n", text)
    breaks: list[int] = []
    if "\x0c" in text:
        breaks.extend(m.start() for m in re.finditer("\x0c", text))
    letters: dict[int, str] = {}
    dropped: list[int] = []
    # No test for a lead first: find() looks for each lead once, as that test would.
    repairs = _repaired(text, letters, dropped)
    if _has_any(text, _COMMON_ACCENTS):
        dropped.extend(_composed(text, letters, dropped))
    gone = set(dropped)
    attached = tuple(sorted(i for i in gone if i - 1 in letters or i - 1 in gone))
    html: list[tuple[int, int]] = []
    tags: list[tuple[int, int]] = []  # runs of characters of tags and references, to drop
    if ("&" in text and re.search(_ENTITY_RE, text)) or ("<" in text and re.search(_TAG_RE, text)):
        html = _html(text, letters, tags)
    shifted, through = array("q"), array("q")
    if dropped or tags or _has_any(text, INVISIBLE):
        invisible = [m.start() for m in re.finditer(_INVISIBLE_RE, text)]
        boms = [i for i in invisible if i > 0 and text[i] == "\ufeff" and text[i - 1] in "\r\n"]
        rewrite = bool(letters or dropped or tags)
        starts, ends = _runs([*invisible, *dropped], tags)
        total = 0
        for a, b in zip(starts, ends, strict=True):
            shifted.append(a - total)
            total += b - a
            through.append(total)

        def moved(i: int) -> int:  # where the text without the runs has offset ``i``
            k = bisect_right(ends, i)  # the runs before it
            before = through[k - 1] if k else 0
            if k < len(starts) and starts[k] <= i:  # in a run (a BOM): the part before it
                before += i - starts[k]
            return i - before

        breaks = sorted([moved(b) for b in breaks] + [moved(b) for b in boms])
        text = (
            _without(text, letters, starts, ends) if rewrite
            else re.sub(_INVISIBLE_RE, "", text)
        )
    if _has_any(text, LINE_ENDS):
        text = re.sub(_OTHER_LINE_END_RE, "\n", text)
    if _has_any(text, _ODD_SPACES):
        text = re.sub(_ODD_SPACE_RE, " ", text)
    return Normalised(text, tuple(breaks), shifted, tuple(html), repairs, attached, through)


_LINE_END = rf"\r\n|[\r\n{LINE_ENDS}]"


def count_line_ends(text: str, start: int = 0, end: int | None = None) -> int:
    """Line ends in ``text[start:end]``, each counted once as :class:`Lines` counts them:
    CRLF, LF, lone CR, NEL, U+2028 and U+2029."""
    stop = len(text) if end is None else end
    return sum(text.count(c, start, stop) for c in f"\n\r{LINE_ENDS}") - text.count(
        "\r\n", start, stop
    )


class Lines:
    """Offsets of one text to 1-based lines and columns, counting CRLF, LF and a lone CR as
    one line end each, as the parser does."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer(_LINE_END, text)]

    def at(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


_TEXT = rf"[^\s{INVISIBLE}]"  # one character that is not blank; compiled on first use


def is_blank(text: str) -> bool:
    """Whether ``text`` holds nothing but spaces and invisible characters (``INVISIBLE``):
    the blanks that count as nothing, in a file or between a span and markup."""
    stripped = text.lstrip()
    if stripped and stripped[0] not in INVISIBLE:
        return False  # the usual case, decided without compiling a pattern
    return re.search(_TEXT, text) is None


def squash_spaces(text: str) -> str:
    """``text`` with runs of spaces made one."""
    return re.sub(_MULTI_SPACE, " ", text) if "  " in text else text
