"""The table of wire services: complete rows, codes that name one agency each."""

from __future__ import annotations

import re

import pytest

from newswire.agencies import AGENCIES, AgencyInfo, closest_code, lookup_agency, slip_of


def test_at_least_forty_wire_services() -> None:
    assert len({a.name for a in AGENCIES}) >= 40


@pytest.mark.parametrize("agency", AGENCIES, ids=lambda a: a.name)
def test_row_is_complete(agency: AgencyInfo) -> None:
    name, country, codes, url = agency
    assert name and codes
    assert re.fullmatch(r"[A-Z]{2}", country)
    assert url is None or re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}", url)


def test_every_code_names_one_agency() -> None:
    owners: dict[str, set[str]] = {}
    for agency in AGENCIES:
        for code in agency.codes:
            owners.setdefault(code.casefold(), set()).add(agency.name)
    assert {code: names for code, names in owners.items() if len(names) > 1} == {}


@pytest.mark.parametrize(
    ("code", "name", "country"),
    [
        ("ANP", "ANP", "NL"),
        ("RTR", "Reuters", "GB"),
        ("Reuter", "Reuters", "GB"),
        ("dpa", "Deutsche Presse-Agentur", "DE"),
        ("DPA", "Deutsche Presse-Agentur", "DE"),
        ("lno", "dpa Landesdienst Nord", "DE"),
        ("lni", "dpa Landesdienst Nord", "DE"),  # Niedersachsen and Bremen
        ("lmv", "dpa Landesdienst Nord", "DE"),  # Mecklenburg-Vorpommern
        ("lsn", "dpa Landesdienst Ost", "DE"),  # Sachsen
        ("lsa", "dpa Landesdienst Ost", "DE"),  # Sachsen-Anhalt
        ("BELGA", "Belga", "BE"),
        ("EFE", "Agencia EFE", "ES"),
        ("Xinhua", "Xinhua", "CN"),
        ("ITAR-TASS", "TASS", "RU"),
        ("ATS", "Keystone-SDA", "CH"),
        ("CTK", "Česká tisková kancelář", "CZ"),
    ],
)
def test_lookup(code: str, name: str, country: str) -> None:
    info = lookup_agency(code)
    assert info is not None
    assert (info.name, info.country) == (name, country)


@pytest.mark.parametrize("code", ["AF", "NATO", "corona", "XYZ", ""])
def test_unknown_code(code: str) -> None:
    assert lookup_agency(code) is None


@pytest.mark.parametrize(
    ("code", "closest"),
    [
        ("AF", "AFP"),  # truncated
        ("BLOOMBER", "Bloomberg"),
        ("Reuteres", "Reuters"),  # misspelt
        ("Xinhu", "Xinhua"),
        ("ANPP", "ANP"),
        ("XYZQW", None),
    ],
)
def test_closest_code(code: str, closest: str | None) -> None:
    assert closest_code(code) == closest


@pytest.mark.parametrize(
    ("code", "slip"),
    [
        ("BELG", "Belga"),  # its last letter left off
        ("XINHU", "Xinhua"),
        ("RTRS", "RTR"),  # a letter added
        ("Reuterss", "Reuters"),
        ("APF", "AFP"),  # two letters swapped
        ("REUTRES", "Reuters"),
        ("REUTURS", "Reuters"),  # one letter changed, in a code of four or more
        ("AF", None),  # two letters: as often a name
        ("SP", None),
        ("CDA", None),  # one letter changed in three: CNA, but a party
        ("CIA", None),
        ("EU", None),
        ("NATO", None),
        ("AFP", None),  # known already
        ("XAFP", None),  # the first letter is never the slip
    ],
)
def test_slip_of_a_known_code(code: str, slip: str | None) -> None:
    assert slip_of(code) == slip
