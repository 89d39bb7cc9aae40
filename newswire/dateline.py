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

from newswire.agencies import lookup_agency, slip_of
from newswire.lang import LANGUAGES
from newswire.places import GAZETTEER

_WORD = r"['’]?[^\W\d_]++(?:[-'’.][^\W\d_]++){0,4}\.?"
_CODE = r"[^\W\d_][^\W_]{0,14}(?:-[^\W_]{1,12})?(?:[ ][^\W\d_]{2,12})?"
_DAY = r"\d{1,2}(?:st|nd|rd|th|er)?"  # Feb 1st; AFP's "1er février", every month's first
_DATE = (  # Jan 5, 5. Januar, maybe a year: 31 janv. 2026, Jan 5, 2026
    rf"(?:[^\W\d_]{{3,9}}\.?[ ]{{1,2}}{_DAY}|{_DAY}\.?[ ]{{1,2}}[^\W\d_]{{3,9}}\.?)"
    r"(?:,?[ ]{1,2}\d{4}(?!\d))?"
    # The day alone after a comma, right before the agencies, as Europa Press writes it; not
    # after a word read as a qualifier ("WASHINGTON, Jan 5" is a month and day).
    r"|(?:(?<=,[ ])|(?<=,))\d{1,2}(?=[ ]?\()"
)
# A state, province or country after the place: Texas, N.J., British Columbia.
# Possessive letter runs, and abbreviation letters only after a dot (N.J., B.W.I.): a word
# splits one way, where optional dots let "Nevertheless" split thousands of ways.
_QUALIFIER_WORD = r"[^\W\d_]{1,20}+(?:-[^\W\d_]{1,20}+){0,2}(?:\.[^\W\d_]{1,3}+){0,3}\.?"
_QUALIFIER = (
    rf"{_QUALIFIER_WORD}(?:\ {_QUALIFIER_WORD}){{0,2}}"  # British Columbia
    rf"(?:,\ {{0,2}}{_QUALIFIER_WORD}(?:\ {_QUALIFIER_WORD}){{0,2}})?"  # Grand Cayman, B.W.I.
)
_AGENCIES = rf"\(\ ?(?P<agencies>(?:{_CODE}\ ?[/,]\ ?){{0,5}}{_CODE})\ ?\)"
_SEPARATOR = r"(?:--|-|–|—|_|\.-|:)"
_PLACES = rf"""
    (?P<places>(?:{_WORD}(?:\ {{1,2}}|\ ?/\ ?)){{0,29}}{_WORD})   # MOSKOU, TEHERAN/JERUZALEM
    (?:\ ?,\ {{0,2}}(?P<qualifier>{_QUALIFIER}))?            # , Texas
    (?:(?:\ ?,\ {{0,2}}|(?(qualifier)|(?<=\.))\ {{1,2}})(?P<date>{_DATE})\.?,?)?  # , Jan 5
"""

_DATELINE = re.compile(
    rf"""
    {_PLACES}
    (?:\ {{0,2}}{_AGENCIES}\ {{0,2}}{_SEPARATOR}                # (ANP/AFP) -
    |\ /(?P<slashed>{_CODE})/\.                              # /TASS/.
    |\ {{0,2}}(?P<bare>{_SEPARATOR}))                         # - (no agency)
    (?:\ ++|$)                                               # then the body, or nothing yet
    """,
    re.VERBOSE,
)
# The agency first: "(ANSA) - ROMA, 22 MAR - ". Compiled by re on first use: few pages
# write it, and every start of newswire would pay for it.
_AGENCY_FIRST = rf"""
    {_AGENCIES}\ {{0,2}}{_SEPARATOR}\ {{1,2}}
    {_PLACES}
    \ {{0,2}}{_SEPARATOR}(?:\ ++|$)
"""

# Words in capitals that label a story rather than place it ("BREAKING NEWS — ", "LIVE — ").
_LABELS = frozenset(
    "BREAKING NEWS LIVE UPDATE UPDATED UPDATES EXCLUSIVE ANALYSIS OPINION COMMENT VIDEO WATCH "
    "PHOTOS FACTBOX EXPLAINER CORRECTED CORRECTION REFILE INSIGHT FEATURE INTERVIEW EDITORIAL "
    "ALERT URGENT FLASH BULLETIN NIEUWS LIVEBLOG ACHTERGROND EILMELDUNG".split()
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
    qualifier: str | None = None
    """The state, province or country written after it (``Texas``, ``N.J.``), or None."""
    canonical: str | None = None
    """The English name (``Moscow`` for ``MOSKOU``), once normalised; None if unknown."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of its country, or None."""
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "qualifier": self.qualifier,
            "canonical": self.canonical,
            "country": self.country,
            "geonames_id": self.geonames_id,
            "lat": self.lat,
            "lon": self.lon,
        }


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
    return _all_titled(places)


def _misspelt_agencies(places: str, agencies: tuple[Agency, ...]) -> bool:
    """Whether unknown codes after known places are likely a known agency's, misspelt or cut
    short (``PARIJS (RTRS) -``), rather than a name in parentheses (``DEN HAAG (CDA) -``)."""
    if not places.isupper() or not all(slip_of(a.code) for a in agencies):
        return False
    return all(GAZETTEER.lookup(name.strip()) is not None for name in places.split("/"))


def match_dateline(text: str, pos: int = 0) -> re.Match[str] | None:
    """The dateline patterns' match at ``pos``, before any check of its evidence."""
    if text.startswith("(", pos):
        return re.compile(_AGENCY_FIRST, re.VERBOSE).match(text, pos)
    return _DATELINE.match(text, pos)


# Month names and abbreviations of every language table: the evidence a date gives.
_MONTHS = frozenset(m for language in LANGUAGES.values() for m in language.months)


def _is_date(date: str) -> bool:
    """``Feb 26``, ``2 March``, ``10 abr.``: a month any language table knows, and a day
    (``Jan 5, 2026``: and a year)."""
    if date.isdigit():  # "MADRID, 31 (EUROPA PRESS) -": the day of the current month
        return 1 <= int(date) <= 31
    first, last = date.split()[:2]
    last = last.rstrip(",")
    first = first.rstrip(".") if first[0].isdigit() else first  # the German "5. Januar"
    word, day = (last, first) if first[0].isdigit() else (first, last)
    day = day.rstrip("stndrhe")  # an ordinal's letters: 1st, 2nd, 3rd, 4th, 1er
    return word.rstrip(".").lower() in _MONTHS and day.isdigit() and 1 <= int(day) <= 31


def _split_qualifier(places: str) -> tuple[str, str | None]:
    """``FARMINGTON Conn.`` → (``FARMINGTON``, ``Conn.``): a place in capitals followed by a
    qualifier written without the comma (after the last of several places, too)."""
    head, slash, last = places.rpartition("/")
    if slash:
        name, qualifier = _split_qualifier(last.strip())
        return (f"{head}/{name}" if qualifier else places), qualifier
    words = places.split(" ")
    k = 0
    while k < len(words) and (words[k].isupper() or not words[k]):
        k += 1
    if 0 < k < len(words) and "/" not in places and all(_titled(w) for w in words[k:] if w):
        return " ".join(words[:k]).strip(), " ".join(w for w in words[k:] if w)
    return places, None


def parse_dateline(text: str, pos: int = 0) -> Dateline | None:
    """The dateline at ``pos`` in ``text`` (leading spaces allowed), or None.

    A dateline needs evidence besides its shape, one of:

    - an agency we know among those credited: ``(ANP/AF)`` is a dateline with an unknown
      code ``AF``; ``(NATO)`` alone is not;
    - without one, places in capitals that the gazetteer knows, and codes each one slip
      from a known one (:func:`~newswire.agencies.slip_of`): ``PARIJS (RTRS) -``;
    - without an agency, a date: ``SALVADOR, Feb 26 -``, ``Chicago, March 5 -``;
    - without agency or date, places in capitals and a dash of two strokes or a long one:
      ``WASHINGTON — ``, ``WASHINGTON -- ``.
    """
    while pos < len(text) and text[pos].isspace():
        pos += 1
    m = match_dateline(text, pos)
    if m is None:
        return None
    groups = m.groupdict()
    codes = groups["agencies"] or groups.get("slashed")
    agencies = tuple(_agency(c.strip()) for c in re.split(r"[/,]", codes)) if codes else ()
    places_text, qualifier, date = groups["places"], groups["qualifier"], groups["date"]
    if qualifier is None and not places_text.isupper():
        places_text, qualifier = _split_qualifier(places_text)
    elif qualifier is not None and not all(w[0].isupper() for w in qualifier.split()):
        return None  # "PARIJS, gisteren (ANP) -": a qualifier is a name
    if agencies:
        if date is not None and date.isdigit() and not (
            _is_date(date) and places_text.isupper()
        ):
            return None  # "MADRID, 32 (EP) -"; "Barcelona, 3 (EFE) - Sevilla, 1": scores
        if not any(a.known for a in agencies):
            if not _misspelt_agencies(places_text, agencies):
                return None
        elif not _looks_like_places(places_text, agencies):
            return None
    elif date is not None:
        if not _is_date(date) or not (places_text.isupper() or _all_titled(places_text)):
            return None
        if any(part.isdigit() and len(part) == 4 for part in date.split()):
            # "Berlijn, 9 november 1989 - De Muur valt.": a timeline's entry; wires that
            # write the year write their agency too.
            return None
    elif (
        groups.get("bare") not in ("—", "--")
        or not places_text.isupper()
        or not _LABELS.isdisjoint(re.split(r"[ /]+", places_text))
    ):
        return None  # "BREAKING NEWS — ": a label in capitals, no place
    names = _with_rivers([name.strip() for name in places_text.split("/")])
    # At most six places of at most five words: longer runs of capitals are a headline.
    if len(names) > 6 or any(name.count(" ") - name.count("  ") > 4 for name in names):
        return None
    qualifiers = [None] * (len(names) - 1) + [qualifier]
    places = tuple(_place(name, q) for name, q in zip(names, qualifiers, strict=True))
    stripped = m.group().rstrip()
    return Dateline(
        text=stripped,
        places=places,
        agencies=agencies,
        date_text=" ".join(date.split()) if date is not None else None,
        span=(m.start(), m.start() + len(stripped)),
        end=m.end(),
    )


def _with_rivers(names: list[str]) -> list[str]:
    """The places, a town and its river (or region) joined again as dpa writes them
    (``Frankfurt/Main``, ``Halle/Saale``) where the gazetteer knows the pair as one place."""
    if len(names) == 1:
        return names
    out = [names[0]]
    for name in names[1:]:
        if "/" not in out[-1] and GAZETTEER.lookup(f"{out[-1]}/{name}") is not None:
            out[-1] = f"{out[-1]}/{name}"
        else:
            out.append(name)
    return out


def _place(name: str, qualifier: str | None) -> Place:
    """A place as written, normalised with the gazetteer where it knows the name (read on
    first use; see :mod:`newswire.places`). A name that fits places in several countries is
    read here by size; a record reads it again against its own text."""
    info = GAZETTEER.lookup(name, qualifier)
    if info is None:
        return Place(name, qualifier)
    return Place(name, qualifier, info.canonical, info.country, info.geonames_id, info.lat,
                 info.lon)


def _all_titled(places: str) -> bool:
    return all(_titled(word) for word in re.split(r"[ /]+", places.strip()) if word)


__all__ = ["Agency", "Dateline", "Place", "parse_dateline"]
