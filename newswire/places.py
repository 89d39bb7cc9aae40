"""Dateline places normalised offline: ``MOSKOU`` → Moscow, RU, GeoNames 524901, 55.75 37.62.

The gazetteer (``newswire/data/``, built by ``scripts/make_places.py`` from GeoNames, CC BY
4.0) holds every city of at least 15,000 people and every capital under its own name, and
cities of at least 100,000 people and capitals also under their other names in Latin script
(exonyms: Moskou, Moskau, Moscou, Moscú). Its files are sorted, read on first use and
searched by bisection, so importing newswire costs nothing and a lookup a few microseconds.

When a name fits several places, a qualifier (``SAN ANTONIO, Texas``) or the text around it
(``in de Amerikaanse staat Texas``: a region's name in the text) picks among them; then size,
a place counting ten times its size under its own name (PEKÍN is Beijing, not Pekin in
Illinois, whose own name it is).
"""

from __future__ import annotations

import math
import mmap
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

# The tables ship inside the package; a plain path rather than importlib.resources, whose
# import alone costs more than every lookup of a page.
_DATA = Path(__file__).parent / "data"


class PlaceInfo(NamedTuple):
    """What the gazetteer knows of a place."""

    canonical: str
    """The English name (``Moscow``)."""
    country: str
    """ISO 3166-1 alpha-2 country code."""
    geonames_id: int | None
    """None for a country named alone (``BAHRAIN``): the tables hold no id for it."""
    lat: float | None
    lon: float | None
    population: int
    admin1: str
    """First-level administrative code: the state, for the US (``TX``)."""


def fold(name: str) -> str:
    """A name as the gazetteer files it: lower case, no accents or dots, hyphens as spaces."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(bare.replace("-", " ").replace(".", " ").split()).replace(" ' ", " '")


class _Table:
    """One data file, its lines sorted, searched in place by the text before a tab: a
    bisection over the file mapped into memory, so only the pages a lookup touches are read,
    and nothing is decoded or split until asked for."""

    __slots__ = ("data",)

    def __init__(self, name: str) -> None:
        with open(_DATA / name, "rb") as f:
            self.data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)

    def rows(self, key: str) -> list[list[str]]:
        """The fields after the key of every line filed under ``key``."""
        return [fields[1:] for fields in self.rows_from(key + "\t")]

    def rows_from(
        self, prefix: str, endings: tuple[str, ...] = ("",), most: int = 1 << 30
    ) -> list[list[str]]:
        """The fields, key first, of every line that starts with ``prefix`` and whose key
        ends with one of ``endings`` (lines are split only then); none if more than ``most``
        lines start with ``prefix``."""
        data = self.data
        prefix_bytes = prefix.encode("utf-8")
        ending_bytes = tuple(ending.encode("utf-8") for ending in endings)
        lo, hi = 0, len(data)  # both at line starts: the first line >= prefix is in between
        while lo < hi:
            start = data.rfind(b"\n", lo, (lo + hi) // 2) + 1 or lo
            end = data.find(b"\n", start)
            if data[start:end] < prefix_bytes:
                lo = end + 1
            else:
                hi = start
        out = []
        while data[lo : lo + len(prefix_bytes)] == prefix_bytes:
            most -= 1
            if most < 0:
                return []
            end = data.find(b"\n", lo)
            if data[lo : data.find(b"\t", lo, end)].endswith(ending_bytes):
                out.append(data[lo:end].decode("utf-8").split("\t"))
            lo = end + 1
        return out

    def lines(self) -> list[str]:
        return self.data[:].decode("utf-8").splitlines()


_Found = tuple[PlaceInfo | None, tuple[PlaceInfo, ...]]


class Gazetteer:
    """The place tables, read on first use."""

    __slots__ = ("_known", "_names", "_places", "_region_names", "_regions")

    def __init__(self) -> None:
        # Answers already found without context: a corpus names the same places again and
        # again. The tables never change, so neither do the answers; bounded all the same.
        self._known: dict[tuple[str, str | None], _Found] = {}
        self._region_names: dict[tuple[str, str], list[str]] | None = None
        self._names: _Table | None = None
        self._places: _Table | None = None
        self._regions: _Table | None = None

    def _load(self) -> tuple[_Table, _Table, _Table]:
        if self._names is None or self._places is None or self._regions is None:
            self._names = _Table("place_names.tsv")
            self._places = _Table("places.tsv")
            self._regions = _Table("regions.tsv")
        return self._names, self._places, self._regions

    def candidates(self, name: str) -> list[tuple[PlaceInfo, bool]]:
        """Every place ``name`` may stand for, with whether it is the place's own name."""
        names, _, _ = self._load()
        return self._places_of(names.rows(fold(name)))

    def _on_river(self, name: str) -> list[tuple[PlaceInfo, bool]]:
        """The places ``Frankfurt/Main`` or ``Halle/Saale`` may stand for, as dpa writes a
        town and its river (or region): a name the gazetteer files as the town's, one or two
        small words, then the river's (``Frankfurt am Main``, ``Halle an der Saale``), or
        the river in parentheses (``Frankfurt (Oder)``). Never when the river is a place of
        its own: ``SANTIAGO/CARACAS`` names two cities."""
        town, _, river = (fold(part) for part in name.partition("/"))
        if not town or not river or "/" in river:
            return []
        if self._country(river) is not None or any(
            own or info.population >= 100_000 for info, own in self.candidates(river)
        ):
            return []  # a place of its own (RIO is Rio de Janeiro; LECH, small Lecco's alias)
        names, _, _ = self._load()
        # A town of a river has a few names that start with its own ("frankfurt am main",
        # "frankfurt (oder)"); "san" starts over a thousand, "new" 160: none of those.
        rows = names.rows_from(f"{town} ", (river, f"({river})"), most=100)
        return self._places_of(
            row[1:] for row in rows if _joins(row[0][len(town) + 1 :], river)
        )

    def _places_of(self, rows: Iterable[list[str]]) -> list[tuple[PlaceInfo, bool]]:
        _, places, _ = self._load()
        out = []
        for geonames_id, kind in rows:
            for row in places.rows(geonames_id):
                canonical, country, lat, lon, population, admin1 = row
                info = PlaceInfo(
                    canonical, country, int(geonames_id), float(lat), float(lon),
                    int(population), admin1,
                )
                out.append((info, kind == "p"))
        return out

    def regions(self, name: str) -> list[tuple[str, str]]:
        """(country, admin1) of the countries or US states called ``name``."""
        _, _, regions = self._load()
        return [(country, admin1) for _, country, admin1 in regions.rows(fold(name))]

    def lookup(
        self, name: str, qualifier: str | None = None, context: str = ""
    ) -> PlaceInfo | None:
        """The place ``name`` stands for, or None if the gazetteer does not know it, or the
        qualifier names a region none of its places lie in, or one the gazetteer cannot place
        while the name fits several places."""
        return self.resolve(name, qualifier, context)[0]

    def resolve(
        self, name: str, qualifier: str | None = None, context: str = ""
    ) -> tuple[PlaceInfo | None, tuple[PlaceInfo, ...]]:
        """Like :meth:`lookup`, with the places in other countries the name could also be
        when neither the qualifier nor the context told them apart (the choice then went by
        own name and size: say so to the user)."""
        if not context:
            key = (name, qualifier)
            known = self._known.get(key)
            if known is None:
                if len(self._known) > 100_000:
                    self._known.clear()
                known = self._known[key] = self._resolve(name, qualifier, "")
            return known
        return self._resolve(name, qualifier, context)

    def _resolve(
        self, name: str, qualifier: str | None, context: str
    ) -> tuple[PlaceInfo | None, tuple[PlaceInfo, ...]]:
        found = self.candidates(name) or ("/" in name and self._on_river(name)) or []
        if not found:
            return (self._country(name) if qualifier is None else None), ()
        if qualifier is not None:
            wanted = self.regions(qualifier)
            if wanted:
                found = [
                    (info, own) for info, own in found
                    if any(info.country == c and (not a or info.admin1 == a) for c, a in wanted)
                ]
            elif len({info.geonames_id for info, _ in found}) > 1:
                return None, ()  # "LONDON, Ontario": a region we cannot place, among several
            if not found:
                return None, ()
        if len(found) > 1 and context:
            named = [(info, own) for info, own in found if self._named_in(info, context)]
            found = named or found
        # A place's own name counts ten times its size: SAN ANTONIO is the Texan city rather
        # than Soyo (once Santo António), and PEKÍN still Beijing, not the Pekin in Illinois
        # (33,000 people) whose own name it is.
        best, best_own = max(found, key=lambda pair: pair[0].population * (10 if pair[1] else 1))
        if not best_own:
            # A place of its own name next to the one that also goes by it (New Delhi within
            # Delhi) is the one meant, however much smaller.
            beside = [
                pair for pair in found
                if pair[1] and pair[0].country == best.country and _near(pair[0], best)
            ]
            if beside:
                best, best_own = max(beside, key=lambda pair: pair[0].population)
        # Worth a word: another country's place of a size to compare (not Paris, Texas),
        # going by its own name if the chosen one does (not Soyo, once San Antonio do Zaire).
        others = tuple(
            info for info, own in found
            if info.country != best.country
            and info.population * 10 > best.population
            and (own or not best_own)
        )
        return best, others

    def _country(self, name: str) -> PlaceInfo | None:
        """The country ``name`` is, when no city goes by it: wires date a story from a
        country whose capital they do not name (``BAHRAIN``), or cannot."""
        rows = self._load()[2].rows(fold(name))
        if len(rows) != 1 or rows[0][2]:  # a US state, or both (``GEORGIA``): cannot tell
            return None
        written, country, _ = rows[0]
        return PlaceInfo(written.strip(), country, None, None, None, 0, "")

    def _named_in(self, info: PlaceInfo, context: str) -> bool:
        """Whether ``context`` names the country or US state ``info`` lies in."""
        if self._region_names is None:
            _, _, regions = self._load()
            names: dict[tuple[str, str], list[str]] = {}
            for line in regions.lines():
                _, written, country, admin1 = line.split("\t")
                if len(written) > 3:  # "Ga", "Md": too short to look for in running text
                    names.setdefault((country, admin1), []).append(written)
            self._region_names = names
        wanted = (
            *self._region_names.get((info.country, ""), ()),
            *self._region_names.get((info.country, info.admin1), ()),
        )
        return any(written in context for written in wanted)


def _joins(rest: str, river: str) -> bool:
    """Whether ``rest``, a name after its town's, is the river's, maybe with one or two small
    words before it (``am main``, ``an der saale``, ``bodensee``), or the river in
    parentheses (``(oder)``)."""
    if rest == f"({river})":
        return True
    words, size = rest.split(), len(river.split())
    small = words[:-size]
    return " ".join(words[-size:]) == river and len(small) <= 2 and all(
        w.isalpha() and len(w) <= 4 for w in small
    )


def _near(a: PlaceInfo, b: PlaceInfo, km: float = 50) -> bool:
    """Whether two places lie within ``km`` of each other (a flat-earth estimate, good at
    such distances)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    dy = (a.lat - b.lat) * 111.2
    dx = (a.lon - b.lon) * 111.2 * math.cos(math.radians((a.lat + b.lat) / 2))
    return dx * dx + dy * dy <= km * km


GAZETTEER = Gazetteer()
"""The gazetteer shipped with newswire; its tables are read on first use."""
