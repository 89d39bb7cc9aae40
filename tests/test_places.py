"""Dateline places normalised with the bundled GeoNames gazetteer.

Expected places were checked by hand against GeoNames (www.geonames.org): ids, English
names and countries; coordinates to two decimals.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from newswire.places import GAZETTEER, fold

# (name as written, qualifier, context, English name, country, GeoNames id, lat, lon)
PLACES = [
    # The seed page's places.
    ("MOSKOU", None, "", "Moscow", "RU", 524901, 55.75, 37.62),
    ("FORT WORTH", None, "", "Fort Worth", "US", 4691930, 32.73, -97.32),
    ("SAN ANTONIO", None, "", "San Antonio", "US", 4726206, 29.42, -98.49),
    ("BAGDAD", None, "", "Baghdad", "IQ", 98182, 33.34, 44.40),
    ("TEHERAN", None, "", "Tehran", "IR", 112931, 35.69, 51.42),
    ("MIAMI", None, "", "Miami", "US", 4164138, 25.77, -80.19),
    ("MINNEAPOLIS", None, "", "Minneapolis", "US", 5037649, 44.98, -93.26),
    ("PARIJS", None, "", "Paris", "FR", 2988507, 48.85, 2.35),
    # Exonyms in Dutch, German, French, Spanish.
    ("PEKING", None, "", "Beijing", "CN", 1816670, 39.91, 116.40),
    ("KAAPSTAD", None, "", "Cape Town", "ZA", 3369157, -33.93, 18.42),
    ("MÜNCHEN", None, "", "Munich", "DE", 2867714, 48.14, 11.58),
    ("MUNCHEN", None, "", "Munich", "DE", 2867714, 48.14, 11.58),
    ("LONDRES", None, "", "London", "GB", 2643743, 51.51, -0.13),
    ("Londres", None, "", "London", "GB", 2643743, 51.51, -0.13),
    ("MOSKAU", None, "", "Moscow", "RU", 524901, 55.75, 37.62),
    ("MOSCOU", None, "", "Moscow", "RU", 524901, 55.75, 37.62),
    ("DEN HAAG", None, "", "The Hague", "NL", 2747373, 52.08, 4.30),
    ("BRUSSEL", None, "", "Brussels", "BE", 2800866, 50.85, 4.35),
    ("GENÈVE", None, "", "Geneva", "CH", 2660646, 46.20, 6.15),
    ("CAÏRO", None, "", "Cairo", "EG", 360630, 30.06, 31.25),
    ("'S-HERTOGENBOSCH", None, "", "'s-Hertogenbosch", "NL", 2747351, 51.70, 5.30),
    ("KIEV", None, "", "Kyiv", "UA", 703448, 50.45, 30.52),
    # Another place's own name, far smaller: the exonym wins (Pekin, Illinois; Vienne, Isère).
    ("PEKÍN", None, "", "Beijing", "CN", 1816670, 39.91, 116.40),
    ("VIENNE", None, "", "Vienna", "AT", 2761369, 48.21, 16.37),
    ("KEULEN", None, "", "Köln", "DE", 2886242, 50.93, 6.95),
    ("RIJSEL", None, "", "Lille", "FR", 2998324, 50.63, 3.06),
    ("LUIK", None, "", "Liège", "BE", 2792413, 50.63, 5.57),
    ("GINEBRA", None, "", "Geneva", "CH", 2660646, 46.20, 6.15),
    ("LE CAIRE", None, "", "Cairo", "EG", 360630, 30.06, 31.25),
    ("KAPSTADT", None, "", "Cape Town", "ZA", 3369157, -33.93, 18.42),
    # A qualifier picks the place: a US state (AP abbreviations too) or a country.
    ("AUSTIN", "Texas", "", "Austin", "US", 4671654, 30.27, -97.74),
    ("PARIS", "Texas", "", "Paris", "US", 4717560, 33.66, -95.56),
    ("BAHIA BLANCA", "Argentina", "", "Bahía Blanca", "AR", 3865086, -38.72, -62.27),
    ("SECAUCUS", "N.J.", "", "Secaucus", "US", 5104504, 40.79, -74.06),
    # The text around it picks the place.
    ("SAN ANTONIO", None, "In de Chileense havenstad (Chile) zijn", "San Antonio", "CL", 3872395,
     -33.59, -71.61),
    ("SAN ANTONIO", None, "in de Amerikaanse staat Texas", "San Antonio", "US", 4726206, 29.42,
     -98.49),
    # A place of its own name beside a bigger one that also goes by it: New Delhi, not Delhi
    # (11 million people, 4 km away); DELHI alone is Delhi.
    ("NEW DELHI", None, "", "New Delhi", "IN", 1261481, 28.62, 77.21),
    ("DELHI", None, "", "Delhi", "IN", 1273294, 28.65, 77.23),
    # A town and its river, as dpa writes them: not Halle in Belgium, nor a place "Main".
    ("Frankfurt/Main", None, "", "Frankfurt am Main", "DE", 2925533, 50.12, 8.68),
    ("Halle/Saale", None, "", "Halle (Saale)", "DE", 2911522, 51.48, 11.98),
    ("Frankfurt/Oder", None, "", "Frankfurt (Oder)", "DE", 2925535, 52.35, 14.55),
]

# More towns and their rivers or regions, checked by name and place on the map (to a tenth
# of a degree) rather than by GeoNames id.
RIVER_TOWNS = [
    ("KEMPTEN/ALLGÄU", "Kempten (Allgäu)", 47.7, 10.3),
    # LECH is also another name of Lecco, a small town: no reason to read two places.
    ("LANDSBERG/LECH", "Landsberg am Lech", 48.0, 10.9),
    ("LINDAU/BODENSEE", "Lindau", 47.5, 9.7),  # filed as "Lindau Bodensee": no small word
]


@pytest.mark.parametrize(("name", "canonical", "lat", "lon"), RIVER_TOWNS)
def test_river_town(name: str, canonical: str, lat: float, lon: float) -> None:
    info = GAZETTEER.lookup(name)
    assert info is not None and info.lat is not None and info.lon is not None
    assert (info.canonical, info.country) == (canonical, "DE")
    assert (round(info.lat, 1), round(info.lon, 1)) == (lat, lon)

UNKNOWN = [
    ("MAR-A-LAGO", None),  # an estate, not a city
    ("NARNIA", None),
    ("LONDON", "Ontario"),  # a region the gazetteer cannot place, among several Londons
    ("AUSTIN", "Norway"),  # no Austin in Norway
    ("GEORGIA", None),  # a country and a US state
    ("TEXAS", None),  # a US state alone says too little
    ("BAHRAIN", "Texas"),  # a country does not lie in a state
    ("UNITED NATIONS", None),
    ("TEHERAN/JERUZALEM", None),  # two places, not a town and its river
    # Two cities, though the gazetteer has a name that starts with one and ends with the
    # other ("Santiago de León de Caracas"): the second is a place of its own.
    ("SANTIAGO/CARACAS", None),
    ("SAO PAULO/LUANDA", None),
    ("MADRID/RIO", None),  # Rio is Rio de Janeiro, though "Madrid Río" is a name too
    ("PARIS/LUXEMBOURG", None),
    ("SAN JOSE/GUATEMALA", None),
]


@pytest.mark.parametrize(
    ("name", "qualifier", "context", "canonical", "country", "geonames_id", "lat", "lon"), PLACES
)
def test_place(
    name: str, qualifier: str | None, context: str, canonical: str, country: str,
    geonames_id: int, lat: float, lon: float,
) -> None:
    info = GAZETTEER.lookup(name, qualifier, context)
    assert info is not None
    assert (info.canonical, info.country, info.geonames_id) == (canonical, country, geonames_id)
    assert info.lat is not None and info.lon is not None
    assert (round(info.lat, 2), round(info.lon, 2)) == (lat, lon)


# A country named alone, where no city goes by its name: the country, with no id or place.
COUNTRIES = [
    ("BAHRAIN", "Bahrain", "BH"),
    ("Qatar", "Qatar", "QA"),
    ("ISRAEL", "Israel", "IL"),
    ("SINGAPORE", "Singapore", "SG"),  # a city too: the city, with its id (below)
    ("KUWAIT", "Kuwait City", "KW"),  # the capital goes by the country's name
]


@pytest.mark.parametrize(("name", "canonical", "country"), COUNTRIES)
def test_country_named_alone(name: str, canonical: str, country: str) -> None:
    info = GAZETTEER.lookup(name)
    assert info is not None
    assert (info.canonical, info.country) == (canonical, country)
    city = info.canonical in ("Singapore", "Kuwait City")
    assert (info.geonames_id is not None, info.lat is not None) == (city, city)


@pytest.mark.parametrize(("name", "qualifier"), UNKNOWN)
def test_unknown_place(name: str, qualifier: str | None) -> None:
    assert GAZETTEER.lookup(name, qualifier) is None


@pytest.mark.parametrize(
    ("written", "folded"),
    [("MÜNCHEN", "munchen"), ("'S-HERTOGENBOSCH", "'s hertogenbosch"), ("’s-Gravenhage",
     "'s gravenhage"), ("N.J.", "n j"), ("  São  Paulo ", "sao paulo"), ("Caïro", "cairo")],
)
def test_fold(written: str, folded: str) -> None:
    assert fold(written) == folded


def test_a_comparable_place_elsewhere_is_reported() -> None:
    # Two Valencias of some size: Spain's (0.8 million) and Venezuela's (1.4 million).
    info, others = GAZETTEER.resolve("VALENCIA")
    assert info is not None
    assert {info.country, *(o.country for o in others)} >= {"ES", "VE"}


def test_gazetteer_is_not_read_at_import() -> None:
    code = "import newswire.places as p; print(p.GAZETTEER._names is None)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
