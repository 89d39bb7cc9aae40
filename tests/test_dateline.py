"""Datelines at the start of a paragraph: ``MOSKOU (ANP/AFP/BLOOMBERG) - `` and its kin.

Every expected value below was worked out by hand from the dateline rules (shape, evidence,
separators, offsets); none was copied from running the parser. The sentences are invented.
"""

from __future__ import annotations

import pytest

from newswire import parse_dateline

# (text, places, agency codes): the Dutch ANP house style, places in capitals.
ANP_DATELINES = [
    ("AMSTERDAM (ANP) - De gemeente wil meer", ("AMSTERDAM",), ("ANP",)),
    ("DEN HAAG (ANP) - Het kabinet komt vrijdag", ("DEN HAAG",), ("ANP",)),
    ("ROTTERDAM (ANP) - In de haven is een", ("ROTTERDAM",), ("ANP",)),
    ("MOSKOU (ANP/AFP/BLOOMBERG) - De regering", ("MOSKOU",), ("ANP", "AFP", "BLOOMBERG")),
    ("WASHINGTON (ANP/AFP/RTR) - Het Congres stemt", ("WASHINGTON",), ("ANP", "AFP", "RTR")),
    ("BRUSSEL (ANP/BELGA) - De Belgische premier", ("BRUSSEL",), ("ANP", "BELGA")),
    ("KIEV (ANP/RTR) - Oekraïne meldt nieuwe", ("KIEV",), ("ANP", "RTR")),
    ("TEL AVIV (ANP/AFP) - Het leger zegt", ("TEL AVIV",), ("ANP", "AFP")),
    ("NEW YORK (ANP/BLOOMBERG) - De beurs opende", ("NEW YORK",), ("ANP", "BLOOMBERG")),
    ("BUENOS AIRES (ANP/EFE) - De peso zakte", ("BUENOS AIRES",), ("ANP", "EFE")),
    ("ABU DHABI (ANP/AFP) - Het emiraat", ("ABU DHABI",), ("ANP", "AFP")),
    ("PEKING (ANP/XINHUA) - China heeft", ("PEKING",), ("ANP", "XINHUA")),
    ("TOKIO (ANP/KYODO) - Een aardbeving", ("TOKIO",), ("ANP", "KYODO")),
    ("LONDEN (ANP/PA) - Het Lagerhuis", ("LONDEN",), ("ANP", "PA")),
    ("ROME (ANP/ANSA) - De Italiaanse", ("ROME",), ("ANP", "ANSA")),
    ("LISSABON (ANP/LUSA) - Portugal", ("LISSABON",), ("ANP", "LUSA")),
    ("WENEN (ANP/APA) - De Oostenrijkse", ("WENEN",), ("ANP", "APA")),
    ("WARSCHAU (ANP/PAP) - Polen wil", ("WARSCHAU",), ("ANP", "PAP")),
    ("TEHERAN (ANP/IRNA) - Iran zegt", ("TEHERAN",), ("ANP", "IRNA")),
    ("NEW DELHI (ANP/PTI) - India", ("NEW DELHI",), ("ANP", "PTI")),
    ("SYDNEY (ANP/AAP) - Bosbranden", ("SYDNEY",), ("ANP", "AAP")),
    ("HAMBURG (ANP/DPA) - De haven", ("HAMBURG",), ("ANP", "DPA")),
    ("UTRECHT (NOVUM/ANP) - De politie", ("UTRECHT",), ("NOVUM", "ANP")),
    ("PARIJS (AFP/ANP) - Frankrijk", ("PARIJS",), ("AFP", "ANP")),
    ("BERLIJN (DPA/ANP/RTR) - Duitsland", ("BERLIJN",), ("DPA", "ANP", "RTR")),
    ("STOCKHOLM (RTR/AFP/ANP) - Zweden", ("STOCKHOLM",), ("RTR", "AFP", "ANP")),
    ("CARACAS (ANP/AFP/RTR/EFE) - De oppositie", ("CARACAS",), ("ANP", "AFP", "RTR", "EFE")),
    ("JERUZALEM (RTR/ANP/AP/AFP) - Het", ("JERUZALEM",), ("RTR", "ANP", "AP", "AFP")),
    ("PARIJS (anp/afp) - Een staking", ("PARIJS",), ("anp", "afp")),
    ("KAAPSTAD (ANP, AFP) - Zuid-Afrika", ("KAAPSTAD",), ("ANP", "AFP")),
    ("SION (ANP/AF) - Bij een lawine", ("SION",), ("ANP", "AF")),
    ("SAN JUAN DE LOS LAGOS (ANP/EFE) - In", ("SAN JUAN DE LOS LAGOS",), ("ANP", "EFE")),
    ("TEHERAN/JERUZALEM (ANP/RTR) - Beide", ("TEHERAN", "JERUZALEM"), ("ANP", "RTR")),
    ("KIEV/MOSKOU (ANP/AFP/RTR) - De", ("KIEV", "MOSKOU"), ("ANP", "AFP", "RTR")),
    ("GAZA-STAD/TEL AVIV (ANP/AFP) - Het", ("GAZA-STAD", "TEL AVIV"), ("ANP", "AFP")),
    ("BRUSSEL / LUXEMBURG (ANP) - De EU", ("BRUSSEL", "LUXEMBURG"), ("ANP",)),
    ("WASHINGTON/PEKING/MOSKOU (ANP/AFP) - De", ("WASHINGTON", "PEKING", "MOSKOU"), ("ANP", "AFP")),
    ("EDE/EPE/OSS/ELST/BEEK/LITH (ANP) -", ("EDE", "EPE", "OSS", "ELST", "BEEK", "LITH"), ("ANP",)),
]

# (text, places, agency codes): accents, hyphens, apostrophes and dots inside place names.
PUNCTUATED_PLACES = [
    ("'S-HERTOGENBOSCH (ANP) - De rechtbank", ("'S-HERTOGENBOSCH",), ("ANP",)),
    ("’S-GRAVENHAGE (ANP) - De raad", ("’S-GRAVENHAGE",), ("ANP",)),
    ("’T HARDE (ANP) - Op de kazerne", ("’T HARDE",), ("ANP",)),
    ("MAR-A-LAGO (ANP/AFP) - De president", ("MAR-A-LAGO",), ("ANP", "AFP")),
    ("ST. LOUIS (ANP/AP) - Een tornado", ("ST. LOUIS",), ("ANP", "AP")),
    ("WASHINGTON D.C. (ANP/AP) - In de", ("WASHINGTON D.C.",), ("ANP", "AP")),
    ("SÃO PAULO (ANP/AFP) - Braziliaanse", ("SÃO PAULO",), ("ANP", "AFP")),
    ("BOGOTÁ (ANP/EFE) - Colombia", ("BOGOTÁ",), ("ANP", "EFE")),
    ("ZÜRICH (ANP/SDA) - De Zwitserse", ("ZÜRICH",), ("ANP", "SDA")),
    ("KÖLN (ANP/DPA) - Het carnaval", ("KÖLN",), ("ANP", "DPA")),
    ("GENÈVE (ANP/AFP) - De onderhandelaars", ("GENÈVE",), ("ANP", "AFP")),
    ("AIX-EN-PROVENCE (ANP/AFP) - Een", ("AIX-EN-PROVENCE",), ("ANP", "AFP")),
    ("L'AQUILA (ANP/ANSA) - Een beving", ("L'AQUILA",), ("ANP", "ANSA")),
    ("N’DJAMENA (ANP/AFP) - Tsjaad", ("N’DJAMENA",), ("ANP", "AFP")),
    ("ŁÓDŹ (ANP/PAP) - In de Poolse", ("ŁÓDŹ",), ("ANP", "PAP")),
    ("REYKJAVÍK (ANP) - Een vulkaan", ("REYKJAVÍK",), ("ANP",)),
    ("STRATFORD-UPON-AVON (ANP/PA) - Het", ("STRATFORD-UPON-AVON",), ("ANP", "PA")),
    ("TROMSØ (ANP/NTB) - Noorderlicht", ("TROMSØ",), ("ANP", "NTB")),
    ("IJMUIDEN (ANP) - Een vissersboot", ("IJMUIDEN",), ("ANP",)),
    ("BADEN-BADEN (ANP/DPA) - Het casino", ("BADEN-BADEN",), ("ANP", "DPA")),
    ("SINT-NIKLAAS (ANP/BELGA) - De", ("SINT-NIKLAAS",), ("ANP", "BELGA")),
    ("MÜNCHEN/ZÜRICH (ANP/DPA) - Beide", ("MÜNCHEN", "ZÜRICH"), ("ANP", "DPA")),
]

# (text, places, agency codes): capitalised places, credited to a known wire service.
CAPITALISED_DATELINES = [
    ("Berlin (dpa) - Die Bundesregierung will", ("Berlin",), ("dpa",)),
    ("Rio de Janeiro (AFP) - Heavy rain", ("Rio de Janeiro",), ("AFP",)),
    ("Frankfurt am Main (dpa) - Die Börse", ("Frankfurt am Main",), ("dpa",)),
    ("Den Haag (ANP) - Het kabinet", ("Den Haag",), ("ANP",)),
    ("Hamburg (lno) - Ein Frachter", ("Hamburg",), ("lno",)),
    ("München (lby) - Die Polizei", ("München",), ("lby",)),
    ("Paris (AFP) - Le gouvernement", ("Paris",), ("AFP",)),
    ("Genf (SDA) - Die Gespräche", ("Genf",), ("SDA",)),
    ("Wien (APA) - Der Nationalrat", ("Wien",), ("APA",)),
    ("Lissabon (Lusa) - De regering", ("Lissabon",), ("Lusa",)),
    ("Peking (Xinhua) - China meldt", ("Peking",), ("Xinhua",)),
    ("Tokio (Kyodo) - Japan wil", ("Tokio",), ("Kyodo",)),
    ("London (Reuters) - Britain's economy", ("London",), ("Reuters",)),
    ("Londen (Reuter) - De Britse", ("Londen",), ("Reuter",)),
    ("Brussel (Belga) - De federale", ("Brussel",), ("Belga",)),
    ("Rome (ANSA) - Il governo", ("Rome",), ("ANSA",)),
    ("Utrecht (Novum) - Een fietser", ("Utrecht",), ("Novum",)),
    ("Oslo (NTB) - Regjeringen", ("Oslo",), ("NTB",)),
    ("Ankara (Anadolu) - Turkey said", ("Ankara",), ("Anadolu",)),
    ("Seoul (Yonhap) - North Korea", ("Seoul",), ("Yonhap",)),
    ("Bergen op Zoom (ANP) - De brandweer", ("Bergen op Zoom",), ("ANP",)),
    ("Alphen aan den Rijn (ANP) - Een", ("Alphen aan den Rijn",), ("ANP",)),
    ("Halle an der Saale (dpa) - Die", ("Halle an der Saale",), ("dpa",)),
    ("La Paz (EFE) - El gobierno", ("La Paz",), ("EFE",)),
    ("Santiago de Compostela (EFE) - Miles", ("Santiago de Compostela",), ("EFE",)),
    ("St. Louis (AP) - A tornado", ("St. Louis",), ("AP",)),
    ("Aix-en-Provence (AFP) - Un incendie", ("Aix-en-Provence",), ("AFP",)),
    ("Mar-a-Lago (AP) - The former", ("Mar-a-Lago",), ("AP",)),
    ("Berlin/Brüssel (dpa) - Die EU", ("Berlin", "Brüssel"), ("dpa",)),
    ("Rio de Janeiro/São Paulo (Reuters) - Brazil", ("Rio de Janeiro", "São Paulo"), ("Reuters",)),
    ("Kiel (lno/dpa) - Der Landtag", ("Kiel",), ("lno", "dpa")),
    ("Washington (AP, Reuters) - The Senate", ("Washington",), ("AP", "Reuters")),
    ("Frankfurt (dpa-AFX) - Der Dax", ("Frankfurt",), ("dpa-AFX",)),
    ("Moskou (ITAR-TASS) - Het Kremlin", ("Moskou",), ("ITAR-TASS",)),
    ("Madrid (Europa Press) - El Congreso", ("Madrid",), ("Europa Press",)),
    ("ROTTERDAM/Schiedam (ANP) - Twee", ("ROTTERDAM", "Schiedam"), ("ANP",)),
    ("'s-Hertogenbosch (ANP) - De rechtbank", ("'s-Hertogenbosch",), ("ANP",)),
    pytest.param("IJmuiden (ANP) - Een", ("IJmuiden",), ("ANP",)),
    pytest.param(
        "Capelle aan den IJssel (ANP) - De", ("Capelle aan den IJssel",), ("ANP",),
    ),
    pytest.param("McAllen (AP) - Border agents", ("McAllen",), ("AP",)),
    pytest.param(
        "Dar es Salaam (AFP) - Tanzania", ("Dar es Salaam",), ("AFP",)
    ),
    pytest.param(
        "Wijk bij Duurstede (ANP) - De", ("Wijk bij Duurstede",), ("ANP",)
    ),
]

# (text, places, date_text, agency codes, end): a date between the places and the agencies.
DATED_DATELINES = [
    ("WASHINGTON, Jan 5 (Reuters) - The", ("WASHINGTON",), "Jan 5", ("Reuters",), 30),
    ("LONDON, March 3 (Reuters) - Shares", ("LONDON",), "March 3", ("Reuters",), 28),
    ("NEW YORK, Dec 12 (Reuters) - Oil", ("NEW YORK",), "Dec 12", ("Reuters",), 29),
    ("TOKYO, Oct 31 (Reuters) – The yen", ("TOKYO",), "Oct 31", ("Reuters",), 26),
    ("MADRID, 10 abr (EFE) - El Gobierno", ("MADRID",), "10 abr", ("EFE",), 23),
    ("BOGOTÁ, 3 mayo (EFE) - La policía", ("BOGOTÁ",), "3 mayo", ("EFE",), 23),
    ("BUENOS AIRES, 28 dic (EFE) - El", ("BUENOS AIRES",), "28 dic", ("EFE",), 29),
    ("FRANKFURT, 14 März (dpa) - Die", ("FRANKFURT",), "14 März", ("dpa",), 27),
    ("PARIJS, 2 juni (ANP/AFP) - De", ("PARIJS",), "2 juni", ("ANP", "AFP"), 27),
    ("MOSKOU, 9 mei (ANP/AFP) - Op", ("MOSKOU",), "9 mei", ("ANP", "AFP"), 26),
    ("OSLO/BERGEN, Feb 9 (Reuters) - A", ("OSLO", "BERGEN"), "Feb 9", ("Reuters",), 31),
    ("Washington, Jan 5 (Reuters) - The", ("Washington",), "Jan 5", ("Reuters",), 30),
    ("Berlin, 7 Mai (dpa) - Die", ("Berlin",), "7 Mai", ("dpa",), 22),
    ("Paris, 12 juin (AFP) - Le", ("Paris",), "12 juin", ("AFP",), 23),
    # German writes the day with a dot.
    ("BERLIN, 5. Januar (dpa) - Der", ("BERLIN",), "5. Januar", ("dpa",), 26),
    # A town and its river is one place.
    ("Frankfurt/Main (dpa) - Die", ("Frankfurt/Main",), None, ("dpa",), 23),
    ("Berlin/Halle/Saale (dpa) - Die", ("Berlin", "Halle/Saale"), None, ("dpa",), 27),
    ("SANTIAGO/CARACAS (EFE) - El", ("SANTIAGO", "CARACAS"), None, ("EFE",), 25),
    # With the year, as AFP and EFE write it.
    ("Paris, 31 jan 2026 (AFP) - Le", ("Paris",), "31 jan 2026", ("AFP",), 27),
    ("LONDON, Jan 5, 2026 (Reuters) - The", ("LONDON",), "Jan 5, 2026", ("Reuters",), 32),
    ("MADRID, 31 ene 2026 (EFE).- El", ("MADRID",), "31 ene 2026", ("EFE",), 28),
    ("PARIS, 31 janv. 2026 (AFP) - Le", ("PARIS",), "31 janv. 2026", ("AFP",), 29),
    ("Hamburg, 12. Mai (dpa/lno) - Die", ("Hamburg",), "12. Mai", ("dpa", "lno"), 29),
    # Ordinal days: AFP writes every month's first "1er", English writers "1st".
    ("KIEV, 1er février (AFP) - Les", ("KIEV",), "1er février", ("AFP",), 26),
    ("PARIS, 1er février 2026 (AFP) - Le", ("PARIS",), "1er février 2026", ("AFP",), 32),
    ("WASHINGTON, Feb 1st (Reuters) - The", ("WASHINGTON",), "Feb 1st", ("Reuters",), 32),
    ("WASHINGTON, Feb 22nd, 2026 (Reuters) - A", ("WASHINGTON",), "Feb 22nd, 2026",
     ("Reuters",), 39),
    ("LONDON, 3rd March (Reuters) - The", ("LONDON",), "3rd March", ("Reuters",), 30),
    # The day alone, as Europa Press writes it.
    ("MADRID, 31 (EUROPA PRESS) - El", ("MADRID",), "31", ("EUROPA PRESS",), 28),
    ("SEVILLA, 5 (EP) - La", ("SEVILLA",), "5", ("EP",), 18),
]

# (text, dateline text, end): every separator, with one, several or no spaces after it.
SEPARATORS = [
    ("PARIJS (ANP) - Het", "PARIJS (ANP) -", 15),
    ("PARIJS (ANP) -- Het", "PARIJS (ANP) --", 16),
    ("PARIJS (ANP) – Het", "PARIJS (ANP) –", 15),
    ("PARIJS (ANP) — Het", "PARIJS (ANP) —", 15),
    ("PARIJS (ANP) _ Het", "PARIJS (ANP) _", 15),
    ("PARIJS (ANP) .- Het", "PARIJS (ANP) .-", 16),
    ("PARIJS (ANP): Het", "PARIJS (ANP):", 14),
    ("PARIJS (ANP) : Het", "PARIJS (ANP) :", 15),
    ("PARIJS (ANP) -", "PARIJS (ANP) -", 14),
    ("PARIJS (ANP) --", "PARIJS (ANP) --", 15),
    ("PARIJS (ANP) —", "PARIJS (ANP) —", 14),
    ("PARIJS (ANP):", "PARIJS (ANP):", 13),
    ("PARIJS (ANP) -  Het", "PARIJS (ANP) -", 16),
    ("PARIJS (ANP) -   Het", "PARIJS (ANP) -", 17),
    ("Berlin (dpa) – Die", "Berlin (dpa) –", 15),
    ("WASHINGTON (Reuters) — The", "WASHINGTON (Reuters) —", 23),
    pytest.param("PARIJS (ANP) -    Het", "PARIJS (ANP) -", 18),
]

# (text, pos, span, end): leading spaces and a start offset inside a longer text.
OFFSETS = [
    ("PARIJS (ANP) - Het", 0, (0, 14), 15),
    ("   PARIJS (ANP) - Het", 0, (3, 17), 18),
    ("  Berlin (dpa) - Die", 0, (2, 16), 17),
    ("PARIJS (ANP) -", 0, (0, 14), 14),
    ("WASHINGTON, Jan 5 (Reuters) - The", 0, (0, 29), 30),
    ("BRUSSEL/LUXEMBURG (ANP/BELGA) -- De", 0, (0, 32), 33),
    ("Vorige alinea. PARIJS (ANP) - Het", 15, (15, 29), 30),
    ("Vorige alinea.  PARIJS (ANP) - Het", 14, (16, 30), 31),
    ("x\n\nLONDEN (ANP/RTR) - De", 3, (3, 21), 22),
    ("1. LONDEN (ANP) - Het", 3, (3, 17), 18),
    ("1.  LONDEN (ANP) - Het", 2, (4, 18), 19),
]

# (text, index, code, name, country, known): what each credited agency resolves to.
AGENCY_DETAILS = [
    ("SION (ANP/AF) - Bij", 0, "ANP", "ANP", "NL", True),
    ("SION (ANP/AF) - Bij", 1, "AF", None, None, False),
    ("MOSKOU (ANP/AFP/BLOOMBERG) - De", 1, "AFP", "Agence France-Presse", "FR", True),
    ("MOSKOU (ANP/AFP/BLOOMBERG) - De", 2, "BLOOMBERG", "Bloomberg", "US", True),
    ("LONDEN (ANP/RTR) - De", 1, "RTR", "Reuters", "GB", True),
    ("London (Reuter) - The", 0, "Reuter", "Reuters", "GB", True),
    ("Berlin (dpa) - Die", 0, "dpa", "Deutsche Presse-Agentur", "DE", True),
    ("Hamburg (lno) - Der", 0, "lno", "dpa Landesdienst Nord", "DE", True),
    ("PEKING (anp/xinhua) - De", 1, "xinhua", "Xinhua", "CN", True),
    ("BERN (SDA/ANP) - De", 0, "SDA", "Keystone-SDA", "CH", True),
    ("GAZA (ANP/WAFA/MAAN) - De", 2, "MAAN", None, None, False),
    ("MINSK (BELTA/ANP) - De", 0, "BELTA", None, None, False),
    ("Frankfurt (dpa-AFX) - Der", 0, "dpa-AFX", "dpa-AFX", "DE", True),
    ("TOKIO (ANP/KYODO) - De", 1, "KYODO", "Kyodo News", "JP", True),
    ("WASHINGTON (ANP/AP) - De", 1, "AP", "Associated Press", "US", True),
    ("CANBERRA (ANP/AAP) - De", 1, "AAP", "Australian Associated Press", "AU", True),
    # No known code, but known places in capitals and a code one slip from a known one.
    ("BRUSSEL (BELG) - De", 0, "BELG", None, None, False),  # BELGA cut short
    ("LONDEN/PARIJS (RTRS) - De", 0, "RTRS", None, None, False),  # RTR, a letter added
    ("PARIJS (APF) - De", 0, "APF", None, None, False),  # AFP, two letters swapped
    ("PEKING (XINHU) - De", 0, "XINHU", None, None, False),
]

# (text,): paragraph openings that look a bit like a dateline but are not one.
NOT_DATELINES = [
    # A place, a date with its year and a dash, no agency: a timeline's entry.
    ("Berlijn, 9 november 1989 - De Muur valt.",),
    ("Berlin, Nov. 9, 1989 - The Wall falls.",),
    ("De NAVO (NATO) - zo zei de woordvoerder",),
    ("COVID-19 (corona) - de cijfers stijgen",),
    ("VS (ANP) zei dat de sancties blijven",),
    ("Het kabinet (ANP) - De ministers zijn",),
    ("De minister van Financiën (ANP) - Er komt",),
    ("KABINET VALT OVER STIKSTOF - De coalitie",),
    ("KABINET VALT OVER STIKSTOF",),
    ("Volgens de krant PARIJS (ANP) - Het",),
    ("zei hij. MOSKOU (ANP) - Het",),
    ("Het nieuws: PARIJS (ANP) - Het",),
    ("A2 (ANP) - Op de snelweg",),
    ("MH17 (ANP/RTR) - De nabestaanden",),
    ("F16 (ANP) - Een straaljager",),
    ("PARIJS (NATO) - De bondgenoten",),
    ("PARIJS (XYZ/ABC) - De",),
    ("PARIJS (RTRS/NATO) - De",),  # one code like no agency's
    ("Parijs (RTRS) - De",),  # places not in capitals
    ("HET KABINET (RTRS) - De",),  # no place the gazetteer knows
    ("PARIJS/KABINET (RTRS) - De",),
    # Short names in parentheses, though one change from an agency's code (CNA, SPA, AFP).
    ("DEN HAAG (CDA) - Het CDA wil",),
    ("WASHINGTON (CIA) - De dienst",),
    ("DEN HAAG (SP) - De SP wil",),
    ("BRUSSEL (EU) - De Unie",),
    ("PARIJS (AF) - Tekst",),
    ("Rutte (VVD) - De premier",),
    ("Schiphol (KLM) - De luchtvaartmaatschappij",),
    ("PARIJS () - Het",),
    ("PARIJS - Het kabinet",),
    ("PARIJS (ANP)",),
    ("PARIJS (ANP) Het kabinet",),
    ("PARIJS (ANP) -Het kabinet",),
    ("PARIJS (ANP), zei de minister",),
    ("PARIJS (ANP) ... Het",),
    ("PARIJS (ANP) / Het",),
    ("PARIJS [ANP] - Het",),
    ("PARIJS (ANP - Het",),
    ("parijs (anp) - het",),
    ("PARIJS, 2026 (ANP) - Het",),
    ("PARIJS, gisteren (ANP) - Het",),
    ("WASHINGTON, Jan 123 (Reuters) - The",),
    ("WASHINGTON, Jan 5abc (Reuters) - The",),
    ("MADRID, 32 (EUROPA PRESS) - El",),
    ("Barcelona, 3 (EFE) - Sevilla, 1 (EP)",),  # a score: the day alone wants capitals
    ("Madrid, 31 - El",),
    ("BOEING, 737 (AP) - The",),
    ("KABINET WIL MEER GELD VOOR DEFENSIE (ANP) - Het",),
    ("EDE/EPE/OSS/ELST/BEEK/LITH/UDEN (ANP) - In",),
    ("PARIJS (ANP/AFP/RTR/DPA/AP/EFE/ANSA) - De",),
    ("(ANP) - Het kabinet",),
    ("- PARIJS (ANP) - Het",),
    ("• PARIJS (ANP) - Het",),
    ("2 PARIJS (ANP) - Het",),
    ("",),
    ("   ",),
]

# (text, pos): a dateline elsewhere in the text is not one at pos.
NOT_DATELINES_AT_POS = [
    ("Eerder: PARIJS (ANP) - Het", 0),
    ("Eerder: PARIJS (ANP) - Het", 6),
    ("1. LONDEN (ANP) - Het", 0),
    ("x\n\nLONDEN (ANP/RTR) - De", 0),
    ("PARIJS (ANP) - Het kabinet", 15),
]


@pytest.mark.parametrize(
    ("text", "places", "agencies"), [*ANP_DATELINES, *PUNCTUATED_PLACES, *CAPITALISED_DATELINES]
)
def test_dateline_places_and_agencies(
    text: str, places: tuple[str, ...], agencies: tuple[str, ...]
) -> None:
    dateline = parse_dateline(text)
    assert dateline is not None
    assert tuple(place.name for place in dateline.places) == places
    assert tuple(agency.code for agency in dateline.agencies) == agencies
    assert dateline.date_text is None
    assert any(agency.known for agency in dateline.agencies)
    assert text[dateline.span[0] : dateline.span[1]] == dateline.text


@pytest.mark.parametrize(("text", "places", "date_text", "agencies", "end"), DATED_DATELINES)
def test_dateline_with_date(
    text: str, places: tuple[str, ...], date_text: str, agencies: tuple[str, ...], end: int
) -> None:
    dateline = parse_dateline(text)
    assert dateline is not None
    assert tuple(place.name for place in dateline.places) == places
    assert dateline.date_text == date_text
    assert tuple(agency.code for agency in dateline.agencies) == agencies
    assert dateline.end == end
    assert dateline.text == text[:end].rstrip()


@pytest.mark.parametrize(("text", "line", "end"), SEPARATORS)
def test_dateline_separator(text: str, line: str, end: int) -> None:
    dateline = parse_dateline(text)
    assert dateline is not None
    assert dateline.text == line
    assert dateline.span == (0, len(line))
    assert dateline.end == end


@pytest.mark.parametrize(("text", "pos", "span", "end"), OFFSETS)
def test_dateline_offsets(text: str, pos: int, span: tuple[int, int], end: int) -> None:
    dateline = parse_dateline(text, pos)
    assert dateline is not None
    assert dateline.span == span
    assert dateline.end == end
    assert text[span[0] : span[1]] == dateline.text


@pytest.mark.parametrize(
    ("text", "index", "code", "name", "country", "known"), AGENCY_DETAILS
)
def test_dateline_agency_details(
    text: str, index: int, code: str, name: str | None, country: str | None, known: bool
) -> None:
    dateline = parse_dateline(text)
    assert dateline is not None
    agency = dateline.agencies[index]
    assert agency.code == code
    assert agency.name == name
    assert agency.country == country
    assert agency.known is known


@pytest.mark.parametrize(("text",), NOT_DATELINES)
def test_not_a_dateline(text: str) -> None:
    assert parse_dateline(text) is None


@pytest.mark.parametrize(("text", "pos"), NOT_DATELINES_AT_POS)
def test_not_a_dateline_at_pos(text: str, pos: int) -> None:
    assert parse_dateline(text, pos) is None
