"""Attribution beyond the dateline: bylines over an item and credit lines under it.

Credit lines are read off the end of an item's paragraphs, in every form the language tables
name, and in the forms all wires share:

- ``(Reporting by Jane Doe; Editing by John Roe)``, ``Reporting by … in Brussels; Writing
  by …``: parts separated by ``;``, each a role's words and names joined by ``and``/``,``;
- ``Bron: ANP``, ``Text: dpa``: a role word, a colon, a name;
- ``© ANP 2026``: a copyright holder;
- ``(Belga)``, ``(dpa)`` closing the last paragraph: a wire service newswire knows.

A byline is a short line opening with the language's words for "by" and a capitalised name
(``By Jane Doe``, ``Door onze correspondent Jan Smit``), with no sentence end.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newswire.agencies import lookup_agency
from newswire.lang import LANGUAGES


class Credit(NamedTuple):
    """Someone credited for an item, and for what."""

    name: str
    role: str
    """``reporting``, ``writing``, ``editing``, ``source``, ``text``, ``photo``,
    ``copyright``, ``agency``, …"""

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "role": self.role}


# Every language's role words, longest first, so that "additional reporting by" wins.
_ROLES = {
    words: role for language in LANGUAGES.values() for words, role in language.credit_roles.items()
}
_ROLE_WORDS = sorted(_ROLES, key=len, reverse=True)
_BY = frozenset({"by", "par", "door", "von", "van", "por"})
_BYLINE_OPENERS = tuple(
    sorted({o for language in LANGUAGES.values() for o in language.byline_openers},
           key=len, reverse=True)
)
BYLINE_FIRST = frozenset(o[0] for o in _BYLINE_OPENERS)
"""The letters a byline opens with: a cheap test before :func:`is_byline`."""
# Articles and such, which open no name ("The", "Le", "Het"): the languages' short stopwords.
_SMALL_WORDS = frozenset(
    w for language in LANGUAGES.values() for w in language.stopwords if len(w) <= 3
)
# Names' small words, and what stands between names or before an agency ("| Reuters").
_BYLINE_JOINERS = frozenset(
    {w for language in LANGUAGES.values() for w in language.byline_joiners} | set("|&/-–—")
)
# Compiled on first use, by re's own cache: most runs never read a credit line.
_JOINERS = r",\s{0,3}|\s{1,3}(?:and|en|und|et|y)\s{1,3}"
_TRAILING_AGENCY = r"\s{0,3}\(([^\W\d_][\w/-]{1,20})\)\Z"
_MARKS = r"(?i:©|\(c\)|copyright)\s{0,3}"
_COPYRIGHT = rf"{_MARKS}(.+?)\Z"
_YEARS = r"\d{4}(?:\s{0,2}[-–]\s{0,2}\d{4})?"
_RESERVED = "|".join(
    re.escape(words) for language in LANGUAGES.values() for words in language.rights_reserved
)
# "… in Brussels", "… in New York City": where the reporting was done, not a name.
_PLACE_AFTER = r"\s{1,3}in\s{1,3}[A-Z][\w.-]{0,40}(?: [\w.-]{1,40}){0,4}\Z"
# Every repeat above is bounded, so no pattern here can take more than a few steps per
# character tried; credit lines are also short (_LONGEST) and their spaces single.
_LONGEST = 300  # a credit line is short; a longer paragraph is text
_TAIL = 64  # longer than any "(agency)" at a paragraph's end, with the space before it


def _holder(text: str) -> str:
    """A copyright line's holder, without more marks, years and "All rights reserved":
    ``© 2026 The Associated Press. All Rights Reserved.`` → ``The Associated Press``."""
    text = re.sub(rf"\A(?:{_MARKS})+", "", text.strip())
    if _RESERVED:
        text = re.sub(rf"[.,;]?\s{{0,3}}(?i:{_RESERVED})\.?\Z", "", text)
    text = re.sub(rf"\A{_YEARS}(?:\s{{1,3}}|\Z)|,?\s{{1,3}}{_YEARS}\.?\Z", "", text).strip()
    last = text.rsplit(" ", 1)[-1]
    if text.endswith(".") and "." not in last[:-1]:  # "ANP." but "Bloomberg L.P."
        text = text[:-1]
    return text.strip(" ,;")


def _names(text: str) -> list[str]:
    """``Jane Doe and John Roe in Brussels`` → ``["Jane Doe", "John Roe"]``; each name's
    place goes too (``Jane Doe in London and John Roe in Paris``)."""
    text = re.sub(_PLACE_AFTER, "", text.strip().rstrip(".")).strip()
    names = (re.sub(_PLACE_AFTER, "", n.strip()).strip() for n in re.split(_JOINERS, text))
    return [n for n in names if n]


def _credit_line(line: str) -> list[Credit] | None:
    """The credits a whole paragraph gives, or None if it is not a credit line."""
    if len(line) > _LONGEST:
        return None
    text = line.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    m = re.match(_COPYRIGHT, text)
    if m is not None:
        holder = _holder(m.group(1))
        return [Credit(holder, "copyright")] if holder else None
    credits: list[Credit] = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        lowered = part.lower()
        for words in _ROLE_WORDS:
            if lowered.startswith(words):
                rest = part[len(words) :]
                # "Reporting by Jane Doe", else a colon: "Bron: ANP".
                if words.rsplit(" ", 1)[-1] in _BY or rest.lstrip().startswith(":"):
                    break
        else:
            return None
        names = _names(rest.lstrip(" :"))
        if not names or not all(
            n[0].isupper() or n[0].isdigit() or lookup_agency(n) is not None for n in names
        ):
            return None
        credits += [Credit(name, _ROLES[words]) for name in names]
    return credits or None


_COPYRIGHT_OPENERS = ("(c)", "copyright")
_COPYRIGHT_FIRST = frozenset("(cC")


def may_credit(paragraph: str) -> bool:
    """Whether a last paragraph may hold credits: a cheap test before reading it."""
    return (
        paragraph.endswith(")")
        or "©" in paragraph
        or paragraph.find(":", 0, 24) >= 0
        or paragraph.find(" by ", 0, 60) >= 0
        or (
            paragraph[:1] in _COPYRIGHT_FIRST
            and paragraph[:9].lower().startswith(_COPYRIGHT_OPENERS)
        )
    )


def credit_line(paragraph: str) -> list[Credit] | None:
    """The credits ``paragraph`` gives if it is a credit line and nothing else (``Bron:
    ANP``, ``(c) Agencia EFE``), else None."""
    return _credit_line(paragraph) if may_credit(paragraph) else None


def is_credit_line(paragraph: str) -> bool:
    """Whether ``paragraph`` holds credits and nothing else (``Bron: ANP``)."""
    return credit_line(paragraph) is not None


def take_credits(paragraphs: list[str]) -> tuple[list[str], tuple[Credit, ...]]:
    """``paragraphs`` without the credit lines that end them, and those credits in order."""
    found: list[Credit] = []
    end = len(paragraphs)
    while end > 0:
        credits = _credit_line(paragraphs[end - 1])
        if credits is None:
            break
        found[:0] = credits
        end -= 1
    kept = paragraphs[:end]
    if kept and kept[-1].endswith(")"):
        # Only the paragraph's end can hold it: searching a whole long paragraph for an
        # anchored end would try every parenthesis in it.
        last = kept[-1]
        tail = max(0, len(last) - _TAIL)
        m = re.search(_TRAILING_AGENCY, last[tail:])
        if m is not None and lookup_agency(m.group(1)) is not None and tail + m.start() > 0:
            kept = [*kept[:-1], last[: tail + m.start()]]
            found.insert(0, Credit(m.group(1), "agency"))
    return kept, tuple(found)


def _without_agency_note(names: str) -> str:
    """``Jean Dupont (avec AFP)`` → ``Jean Dupont``: a note in parentheses that ends with
    an agency's code says whose copy the writer used, and is no part of the names."""
    if names.endswith(")"):
        opening = names.rfind("(")
        note = names[opening + 1 : -1].split()
        if opening > 0 and note and lookup_agency(note[-1]) is not None:
            return names[:opening].rstrip()
    return names


def is_byline(line: str) -> bool:
    """``By Jane Doe``, ``Door onze correspondent Jan Smit``: a short line opening with a
    language's word for "by" and a capitalised name, no sentence."""
    if len(line) > 80 or line.endswith((".", "!", "?")) or ":" in line or any(
        c.isdigit() for c in line
    ):
        return False  # "By The Numbers: Storm Eunice in Charts" is a headline
    for opener in _BYLINE_OPENERS:
        if line.startswith(opener + " "):
            rest = _without_agency_note(line[len(opener) + 1 :]).split()
            if not 0 < len(rest) <= 10 or not rest[0][0].isupper():
                return False
            if (len(rest[0]) <= 3 and rest[0].lower() in _SMALL_WORDS) or opener in rest:
                return False  # "By The Numbers", "Por Madrid y Por España"
            *names, last = rest
            return all(w[0].isupper() or w.rstrip(",") in _BYLINE_JOINERS for w in names) and (
                last[0].isupper() or lookup_agency(last.strip("()")) is not None  # ", dpa"
            )
    return False


def byline_name(line: str) -> str:
    """The line without its opener: the name (and role) it credits."""
    for opener in _BYLINE_OPENERS:
        if line.startswith(opener + " "):
            return line[len(opener) + 1 :].strip()
    return line
