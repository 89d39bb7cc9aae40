"""Datelines: ``MOSKOU (ANP/AFP/BLOOMBERG) - `` and their kin at the start of a paragraph.

A dateline is one or more places (``TEHERAN/JERUZALEM``), an optional date (``Jan 5``), the
agencies in parentheses (``(ANP/RTR)``) and a separator dash. Precision matters as much as
recall, so besides the shape a dateline needs evidence: places in capitals, or capitalised
places signed by an agency we know (``Berlin (dpa) -``). ``De NAVO (NATO) - zo zei`` is no
dateline: mixed case, and NATO is no wire service.

The pattern is a fixed sequence of bounded pieces (at most 30 place words, each pattern
written once so it compiles fast; at most 6 agencies), so a match attempt costs a bounded
number of steps whatever follows.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newswire.agencies import lookup_agency

_WORD = r"['’]?[^\W\d_]++(?:[-'’.][^\W\d_]++){0,4}\.?"
_CODE = r"[^\W\d_][^\W_]{0,14}(?:-[^\W_]{1,12})?(?:[ ][^\W\d_]{2,12})?"
_DATE = r"[^\W\d_]{3,9}\.?[ ]\d{1,2}|\d{1,2}[ ][^\W\d_]{3,9}\.?"

_DATELINE = re.compile(
    rf"""
    (?P<places>(?:{_WORD}(?:\ {{1,2}}|\ ?/\ ?)){{0,29}}{_WORD})   # MOSKOU, TEHERAN/JERUZALEM
    (?:,\ ?(?P<date>{_DATE}))?                           # , Jan 5
    \ {{0,2}}\(\ ?(?P<agencies>(?:{_CODE}\ ?[/,]\ ?){{0,5}}{_CODE})\ ?\)   # (ANP/AFP)
    \ {{0,2}}(?:--|-|–|—|_|\.-|:)                        # the separator
    (?:\ ++|$)                                           # then the body, or nothing yet
    """,
    re.VERBOSE,
)

# Lowercase words allowed inside a capitalised place name: Rio de Janeiro, Frankfurt am Main.
_PARTICLES = frozenset(
    "de del della di da do dos das du des la le les el van von der den am an aan op upon sur "
    "on en es lès im bei ob y bij ter ten".split()
)


class Place(NamedTuple):
    """A place named in a dateline."""

    name: str
    """The name as written (``MOSKOU``, ``'S-HERTOGENBOSCH``)."""

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name}


class Agency(NamedTuple):
    """A wire service credited in a dateline."""

    code: str
    """The code as written (``ANP``, ``RTR``, ``dpa``)."""
    name: str | None = None
    """Canonical name, or None for a code newswire does not know."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of the agency's home country, or None."""

    @property
    def known(self) -> bool:
        return self.name is not None

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "name": self.name, "country": self.country}


class Dateline(NamedTuple):
    """A dateline found at the start of a text."""

    text: str
    """The dateline as written, separator included (``MOSKOU (ANP/AFP/BLOOMBERG) -``)."""
    places: tuple[Place, ...]
    agencies: tuple[Agency, ...]
    date_text: str | None
    """The date part as written (``Jan 5``), or None."""
    span: tuple[int, int]
    """Start and end offsets of :attr:`text` in the text searched."""
    end: int
    """Offset where the body starts (after the separator and its spaces)."""

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "places": [p.to_dict() for p in self.places],
            "agencies": [a.to_dict() for a in self.agencies],
            "date_text": self.date_text,
        }


def _agency(code: str) -> Agency:
    info = lookup_agency(code)
    if info is None:
        return Agency(code)
    return Agency(code, info.name, info.country)


def _capitalised(part: str) -> bool:
    """``Berlin``; Dutch IJ is one capital (``IJmuiden``); Mc/Mac names keep theirs."""
    if part.startswith("IJ"):
        return len(part) == 2 or part[2:].islower()
    rest = part[1:]
    if part.startswith(("Mc", "Mac")):
        h = 2 if part[1] == "c" else 3
        if part[h : h + 1].isupper():
            rest = part[h + 1 :]
    return part[0].isupper() and (not rest or rest.islower())


def _titled(word: str) -> bool:
    """``Berlin``, ``Saint-Étienne``, ``L'Aquila``: capitalised parts, or a lowercase particle."""
    if word.lower() in _PARTICLES:
        return True
    for n, part in enumerate(re.split(r"[-'’]", word)):
        # Inner parts of a compound may be lowercase links: Aix-en-Provence, Mar-a-Lago.
        if not part or part.isupper() or (n and part.islower()):
            continue
        if not _capitalised(part):
            return False
    return word[0].isupper() or word[0] in "'’"


def _looks_like_places(places: str, agencies: tuple[Agency, ...]) -> bool:
    if places.isupper():
        return True
    # Capitalised places only with a wire service we know: "Berlin (dpa) -", "Paris (AFP) -".
    if not any(a.known for a in agencies):
        return False
    return all(_titled(word) for word in re.split(r"[ /]+", places.strip()) if word)


match_dateline = _DATELINE.match
"""The dateline pattern's match at a position, before any check of its evidence."""


def parse_dateline(text: str, pos: int = 0) -> Dateline | None:
    """The dateline at ``pos`` in ``text`` (leading spaces allowed), or None.

    Needs at least one agency we know among those credited: ``(ANP/AF)`` is a dateline with
    an unknown code ``AF``; ``(NATO)`` alone is not.
    """
    while pos < len(text) and text[pos].isspace():
        pos += 1
    m = _DATELINE.match(text, pos)
    if m is None:
        return None
    agencies = tuple(_agency(code.strip()) for code in re.split(r"[/,]", m["agencies"]))
    if not any(a.known for a in agencies):
        return None
    if not _looks_like_places(m["places"], agencies):
        return None
    names = [name.strip() for name in m["places"].split("/")]
    # At most six places of at most five words: longer runs of capitals are a headline.
    if len(names) > 6 or any(name.count(" ") - name.count("  ") > 4 for name in names):
        return None
    places = tuple(Place(name) for name in names)
    stripped = m.group().rstrip()
    return Dateline(
        text=stripped,
        places=places,
        agencies=agencies,
        date_text=m["date"],
        span=(m.start(), m.start() + len(stripped)),
        end=m.end(),
    )


__all__ = ["Agency", "Dateline", "Place", "parse_dateline"]
