"""Bylines and credit lines: kept out of the body, into ``byline`` and ``credits``.

One row per shape wires and sites use; every expectation worked out by hand, the names and
sentences invented.
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from newswire import Record, parse_all
from newswire.credits import byline_name, is_byline, take_credits

Credits = tuple[tuple[str, str], ...]

# (paragraphs, paragraphs kept, credits as (name, role))
CREDIT_LINES: list[tuple[list[str], list[str], Credits]] = [
    (["Prijzen stegen.", "(Reporting by Jane Doe; Editing by John Roe)"], ["Prijzen stegen."],
     (("Jane Doe", "reporting"), ("John Roe", "editing"))),
    (["Prices rose.", "Reporting by Jane Doe in Brussels; Writing by Phil Smit"], ["Prices rose."],
     (("Jane Doe", "reporting"), ("Phil Smit", "writing"))),
    (["Prices rose.", "(Reporting by Jane Doe and Bob Roe; Additional reporting by Ann Lee; "
      "Editing by Mark Heinz)"], ["Prices rose."],
     (("Jane Doe", "reporting"), ("Bob Roe", "reporting"), ("Ann Lee", "reporting"),
      ("Mark Heinz", "editing"))),
    (["Prices rose.", "(Reporting by Jane Doe in London and John Roe in Paris; Editing by "
      "Mark Heinz)"], ["Prices rose."],
     (("Jane Doe", "reporting"), ("John Roe", "reporting"), ("Mark Heinz", "editing"))),
    (["Prices rose.", "(Compiled by Lena Park, Tom Berg)"], ["Prices rose."],
     (("Lena Park", "compiling"), ("Tom Berg", "compiling"))),
    (["Het regent.", "© ANP 2026"], ["Het regent."], (("ANP", "copyright"),)),
    (["Het regent.", "(c) ANP, 2026"], ["Het regent."], (("ANP", "copyright"),)),
    (["Es regnet.", "Copyright dpa"], ["Es regnet."], (("dpa", "copyright"),)),
    # The holder alone: no more marks, years or "All rights reserved".
    (["It rained.", "Copyright 2026 The Associated Press. All Rights Reserved."],
     ["It rained."], (("The Associated Press", "copyright"),)),
    (["It rained.", "Copyright © 2026 Reuters. All rights reserved."], ["It rained."],
     (("Reuters", "copyright"),)),
    (["It rained.", "© Copyright Thomson Reuters 2026"], ["It rained."],
     (("Thomson Reuters", "copyright"),)),
    (["Il pleut.", "© 2026 AFP"], ["Il pleut."], (("AFP", "copyright"),)),
    (["Il pleut.", "© 2026 AFP. Tous droits réservés."], ["Il pleut."], (("AFP", "copyright"),)),
    (["It rained.", "©2026 Bloomberg L.P."], ["It rained."], (("Bloomberg L.P.", "copyright"),)),
    (["Het regent.", "© 2020-2026 ANP"], ["Het regent."], (("ANP", "copyright"),)),
    (["It rained.", "Copyright 2026"], ["It rained.", "Copyright 2026"], ()),  # no holder
    (["Het regent.", "Bron: ANP"], ["Het regent."], (("ANP", "source"),)),
    (["Het regent.", "Tekst: Jan Smit; Foto: Els de Vries"], ["Het regent."],
     (("Jan Smit", "text"), ("Els de Vries", "photo"))),
    (["Es regnet.", "Text: dpa"], ["Es regnet."], (("dpa", "text"),)),
    (["Es regnet.", "Quelle: Reuters"], ["Es regnet."], (("Reuters", "source"),)),
    (["Il pleut.", "Source : AFP"], ["Il pleut."], (("AFP", "source"),)),
    (["Llueve.", "Fuente: EFE"], ["Llueve."], (("EFE", "source"),)),
    (["Il pleut.", "Édité par Paul Martin"], ["Il pleut."], (("Paul Martin", "editing"),)),
    (["Het regent.", "Met medewerking van Ad Pool"], ["Het regent."],
     (("Ad Pool", "contribution"),)),
    # An agency's mark closing the last paragraph.
    (["De premier trad af. (Belga)"], ["De premier trad af."], (("Belga", "agency"),)),
    (["Der Kanzler sprach.", "Er ging. (dpa)"], ["Der Kanzler sprach.", "Er ging."],
     (("dpa", "agency"),)),
    (["Hij zei niets. (ANP)", "Bron: ANP"], ["Hij zei niets."],
     (("ANP", "agency"), ("ANP", "source"))),
    # Not credits.
    (["Het regent (hard)."], ["Het regent (hard)."], ()),
    (["Het regent. (NAVO)"], ["Het regent. (NAVO)"], ()),
    (["(ANP)"], ["(ANP)"], ()),
    (["Hij zei: goed zo."], ["Hij zei: goed zo."], ()),
    (["Bron: het kabinet wil niet"], ["Bron: het kabinet wil niet"], ()),
    (["The plan was backed by most members."], ["The plan was backed by most members."], ()),
    (["Reporting by the agency was poor; critics said so."],
     ["Reporting by the agency was poor; critics said so."], ()),
    (["Prices rose.", "(Reporting by Jane Doe) " + "x" * 400],
     ["Prices rose.", "(Reporting by Jane Doe) " + "x" * 400], ()),
]


@pytest.mark.parametrize(("paragraphs", "kept", "credits"), CREDIT_LINES)
def test_credit_lines(paragraphs: list[str], kept: list[str], credits: Credits) -> None:
    left, found = take_credits(paragraphs)
    assert left == kept
    assert tuple((c.name, c.role) for c in found) == credits


BYLINES = [
    ("By Jane Doe", "Jane Doe"),
    ("By JANE DOE", "JANE DOE"),
    ("Door onze correspondent Jan Smit", "Jan Smit"),
    ("Door Jan van der Berg", "Jan van der Berg"),
    ("Van onze verslaggever Els Bakker", "Els Bakker"),
    ("Von Anna Schmidt", "Anna Schmidt"),
    ("Par Marie Dupont", "Marie Dupont"),
    ("Por Ana García", "Ana García"),
    # Several names, names' small words, a place, an agency.
    ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
    ("Por María de la Cruz", "María de la Cruz"),
    ("Door Jan de Vries en Piet Jansen", "Jan de Vries en Piet Jansen"),
    ("Von Anna Schmidt und Max Weber", "Anna Schmidt und Max Weber"),
    ("Par Marie Dupont et Paul Roy", "Marie Dupont et Paul Roy"),
    ("By Jane Doe in London", "Jane Doe in London"),
    ("By Jane Doe | Reuters", "Jane Doe | Reuters"),
    ("Von Anna Schmidt, dpa", "Anna Schmidt, dpa"),
    # A note of whose copy the writer used, as Le Monde adds it.
    ("Par Jean Dupont (avec AFP)", "Jean Dupont (avec AFP)"),
    ("By Jane Doe (with Reuters)", "Jane Doe (with Reuters)"),
]
NOT_BYLINES = [
    "By the way, nothing happened",
    "By 2030 the plan ends",
    "Door de regen vielen treinen uit",
    "By Jane Doe.",
    "Jane Doe",
    "Von " + "Anna Schmidt Und " * 5,
    "By Christmas the Fed will act",
    "Von Berlin nach Paris",
    "By Jane Doe and",
    "Door Rutte en Kaag bekritiseerd",
    "By The Numbers: Storm Eunice in Charts",
    "By The Numbers",
    "Por Madrid y Por España",
    "Door Het Parool",
    "Par Jean Dupont (avec des amis)",  # a note, but not an agency's
    "Par (avec AFP)",
]


@pytest.mark.parametrize(("line", "name"), BYLINES)
def test_byline(line: str, name: str) -> None:
    assert is_byline(line)
    assert byline_name(line) == name


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_not_a_byline(line: str) -> None:
    assert not is_byline(line)


NOW = datetime(2026, 2, 1, 9, 0)

# (page, headline, byline, body, credits) of the page's first record.
PAGES = [
    ("Senate passes budget\nBy Jane Doe\nWASHINGTON (Reuters) - The Senate voted.\n"
     "(Reporting by Jane Doe; Editing by John Roe)\n",
     "Senate passes budget", "Jane Doe", "The Senate voted.",
     (("Jane Doe", "reporting"), ("John Roe", "editing"))),
    ("Kabinet valt\nDoor onze correspondent Jan Smit\nDEN HAAG (ANP) - Het kabinet is gevallen.\n"
     "© ANP 2026\n",
     "Kabinet valt", "Jan Smit", "Het kabinet is gevallen.", (("ANP", "copyright"),)),
    ("Premier treedt af\nBRUSSEL (BELGA) - De premier trad af. (Belga)\n",
     "Premier treedt af", None, "De premier trad af.", (("Belga", "agency"),)),
    ("Senate passes budget\nBy Jane Doe and John Roe\nWASHINGTON (Reuters) - The Senate voted.\n",
     "Senate passes budget", "Jane Doe and John Roe", "The Senate voted.", ()),
    # A byline closing the item, as AP's pages put it; not a paragraph of one alone.
    ("Floods kill 12\nAUSTIN, Texas (AP) — The toll rose.\nRivers crested.\n"
     "By JIM VERTUNO and JAMIE STENGLE Associated Press\n",
     "Floods kill 12", "JIM VERTUNO and JAMIE STENGLE Associated Press",
     "The toll rose.\n\nRivers crested.", ()),
    ("Storm\nDoor Jan Smit\n", "Storm", None, "Door Jan Smit", ()),
    # A headline without a byline: nothing taken.
    ("Storm\nDEN HAAG (ANP) - Het stormt.\n", "Storm", None, "Het stormt.", ()),
    # An item without dateline: headline, byline, text.
    ("Storm op komst\nDoor Els Bakker\nHet gaat stormen.\nBron: KNMI\n",
     "Storm op komst", "Els Bakker", "Het gaat stormen.", (("KNMI", "source"),)),
]


def test_a_credit_after_a_lists_closing_time_goes_to_its_last_item() -> None:
    # Before, "(c) Agencia EFE" stood as a teaser of no text and no dateline, and the list,
    # no longer ending on a time, had its order guessed.
    text = ("Titular\nMADRID (EFE).- Uno.\nMás noticias de España\nSEVILLA (EFE).- Dos.\n"
            "hace 2 horas\nBILBAO (EFE).- Tres.\nayer a las 23:15\n(c) Agencia EFE\n")
    records = [r for r in parse_all(text, now=NOW) if isinstance(r, Record)]
    assert [r.body for r in records] == ["Uno.", "Dos.", "Tres."]
    last = records[-1]
    assert [(c.name, c.role) for c in last.credits] == [("Agencia EFE", "copyright")]
    assert last.source.end == len(text) - 1 and last.source.line_end == 8
    assert not any(w.code == "time-order-guessed" for r in records for w in r.warnings)
    # Any credit line ending the list goes there; before another item it may open that one.
    text = text.replace("(c) Agencia EFE", "Foto: EFE / Ana Ruiz")
    records = [r for r in parse_all(text, now=NOW) if isinstance(r, Record)]
    assert [(c.name, c.role) for c in records[-1].credits] == [("EFE / Ana Ruiz", "photo")]
    assert len(records) == 3
    # Boilerplate after it ends the list as well.
    records = [r for r in parse_all(text + "Publicidad\n", now=NOW) if isinstance(r, Record)]
    assert len(records) == 3
    assert [(c.name, c.role) for c in records[-1].credits] == [("EFE / Ana Ruiz", "photo")]


@pytest.mark.parametrize(("text", "headline", "byline", "body", "credits"), PAGES)
def test_bylines_and_credits_in_pages(
    text: str, headline: str, byline: str | None, body: str, credits: Credits
) -> None:
    items = list(parse_all(text, now=NOW))
    records = [r for r in items if isinstance(r, Record)]
    first = records[0]
    assert (first.headline, first.byline, first.body) == (headline, byline, body)
    assert tuple((c.name, c.role) for c in first.credits) == credits
    # Nothing lost: the byline and credit lines lie inside the record's span.
    start, end = first.source.start, first.source.end
    for line in text.splitlines():
        if line and (line == f"By {byline}" or re.search(r"©|Bron:|Reporting", line)):
            assert text.index(line) >= start and text.index(line) + len(line) <= end
