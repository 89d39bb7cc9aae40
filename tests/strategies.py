"""Hypothesis strategies that build wire pages in the shapes real sites use.

A generated page is returned with what it should give (items, their times), so properties can
check the parser against the generator's own bookkeeping rather than against the parser.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

PLACES = [
    "MOSKOU", "DEN HAAG", "'S-HERTOGENBOSCH", "GENÈVE", "MAR-A-LAGO", "SAN ANTONIO",
    "BUENOS AIRES", "CAÏRO", "TEHERAN", "PARIJS", "ST. LOUIS", "KAAPSTAD",
]
AGENCIES = ["ANP", "AFP", "RTR", "DPA", "BLOOMBERG", "BELGA", "AP", "EFE"]
WORDS = (
    "de het een kabinet minister zei dinsdag volgens rechter president Amerikaanse staat "
    "gesprekken oorlog verkiezing haven brand politie 15 en 16 september Boeing 737 (SSO) "
    "NAVO (NATO) geleden nederlaag uur 4 Oekraïne café naïef"
).split()
TIMES = ["10 minuten geleden", "1 minuut geleden", "een uur geleden", "4 uur geleden",
         "3 dagen geleden", "zojuist", "4u geleden", "1 uur en 20 minuten geleden"]
# Other languages' times, whose word may run on into a glued place ("StundeSAN"): for the
# tests of what a page gives; a page of Dutch text with them is of no one language.
FOREIGN_TIMES = ["vor einer Stunde", "vor 1 Tag", "vor 5 Std.", "il y a une heure",
                 "hace 1 día"]
SPACES = [" ", " ", " ", "\u00a0", "\t"]


@dataclass(frozen=True)
class Item:
    dateline: str
    paragraphs: tuple[str, ...]
    time: str | None


@dataclass(frozen=True)
class Page:
    text: str
    headline: str
    lead: Item
    section: str | None
    teasers: tuple[Item, ...]
    order: str  # "close" or "open"


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=14))
    space = draw(st.sampled_from(SPACES))
    return words[0].capitalize() + space + space.join(words[1:]) + "."


@st.composite
def datelines(draw: st.DrawFn) -> str:
    places = draw(st.lists(st.sampled_from(PLACES), min_size=1, max_size=3, unique=True))
    agencies = draw(st.lists(st.sampled_from(AGENCIES), min_size=1, max_size=4, unique=True))
    return f"{'/'.join(places)} ({'/'.join(agencies)}) -"


@st.composite
def items(
    draw: st.DrawFn, *, timed: bool, max_paragraphs: int = 1, times: list[str] = TIMES
) -> Item:
    paras = draw(st.lists(sentences(), min_size=1, max_size=max_paragraphs))
    time = draw(st.sampled_from(times)) if timed else None
    return Item(draw(datelines()), tuple(paras), time)


@st.composite
def pages(draw: st.DrawFn, *, times: list[str] = TIMES) -> Page:
    """A headline, a lead article, and maybe a section list whose times close or open items."""
    headline = draw(st.sampled_from(["Kabinet valt", "Brand in haven onder controle",
                                     "Poetin en Xi ontmoeten elkaar", "Storm trekt over land"]))
    lead = draw(items(timed=False, max_paragraphs=4))
    section = draw(st.one_of(st.none(), st.sampled_from(["Buitenland", "Economie", "Sport"])))
    teasers: list[Item] = []
    order = draw(st.sampled_from(["close", "open"]))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    glue = draw(st.booleans())
    blank = draw(st.booleans())
    lines = [headline, f"{lead.dateline} {lead.paragraphs[0]}"]
    for p in lead.paragraphs[1:]:
        lines.extend([""] * blank + [p])
    if section is not None:
        teasers = draw(st.lists(items(timed=True, times=times), min_size=1, max_size=6))
        lines.append(f"Meer uit {section}")
        for item in teasers:
            body = f"{item.dateline} {item.paragraphs[0]}"
            assert item.time is not None
            if order == "open":
                lines.extend([item.time, body])
            elif glue and lines[-1] in times:
                lines[-1] = lines[-1] + body
            else:
                lines.append(body)
            if order == "close":
                lines.append(item.time)
    text = newline.join(lines) + draw(st.sampled_from(["", newline, newline + newline]))
    if draw(st.booleans()):
        text = "\ufeff" + text
    return Page(text, headline, lead, section, tuple(teasers), order)
