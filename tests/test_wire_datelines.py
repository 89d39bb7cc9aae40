"""Wire-service datelines from Reuters, AP, AFP, dpa, EFE, ANSA, TASS, Xinhua, Belga and others.

Complements ``test_dateline.py`` (the Dutch ANP house style): here the English, German, French,
Spanish and Italian wire styles, with dates (``Jan 5``, ``10 abr``, ``22 MAR``), qualifiers
(``Texas``, ``N.J.``, ``Grand Cayman, British West Indies``), agencies written first or between
slashes, and datelines without an agency, whose evidence is a date or a long dash.

Every expected value below was worked out by hand from the dateline rules (places, qualifier,
date, agencies, separator, evidence); none was copied from running the parser. The offsets are
the length of the dateline as written plus the spaces after its separator. The sentences and
their openings are invented.
"""

from __future__ import annotations

import pytest

from newswire import parse_dateline

Places = tuple[tuple[str, str | None], ...]

# Canonical name and country of every known code used below (from newswire/agencies.py).
KNOWN_AGENCIES: dict[str, tuple[str, str]] = {
    "Reuters": ("Reuters", "GB"),
    "Reuter": ("Reuters", "GB"),
    "RTR": ("Reuters", "GB"),
    "AP": ("Associated Press", "US"),
    "UPI": ("United Press International", "US"),
    "CP": ("The Canadian Press", "CA"),
    "AFP": ("Agence France-Presse", "FR"),
    "dpa": ("Deutsche Presse-Agentur", "DE"),
    "lno": ("dpa Landesdienst Nord", "DE"),
    "lby": ("dpa Landesdienst Bayern", "DE"),
    "lsw": ("dpa Landesdienst Südwest", "DE"),
    "lnw": ("dpa Landesdienst West", "DE"),
    "bb": ("dpa Landesdienst Berlin/Brandenburg", "DE"),
    "lth": ("dpa Landesdienst Ost", "DE"),
    "EFE": ("Agencia EFE", "ES"),
    "Europa Press": ("Europa Press", "ES"),
    "ANSA": ("ANSA", "IT"),
    "TASS": ("TASS", "RU"),
    "Xinhua": ("Xinhua", "CN"),
    "BELGA": ("Belga", "BE"),
    "Belga": ("Belga", "BE"),
    "Yonhap": ("Yonhap", "KR"),
    "Kyodo": ("Kyodo News", "JP"),
    "PA": ("PA Media", "GB"),
    "AAP": ("Australian Associated Press", "AU"),
    "APA": ("Austria Presse Agentur", "AT"),
    "ATS": ("Keystone-SDA", "CH"),
    "Keystone-SDA": ("Keystone-SDA", "CH"),
    "PAP": ("Polska Agencja Prasowa", "PL"),
    "CTK": ("Česká tisková kancelář", "CZ"),
    "MTI": ("Magyar Távirati Iroda", "HU"),
    "Anadolu": ("Anadolu Agency", "TR"),
    "IRNA": ("Islamic Republic News Agency", "IR"),
    "PTI": ("Press Trust of India", "IN"),
    "Lusa": ("Lusa", "PT"),
    "Bloomberg": ("Bloomberg", "US"),
    "Dow Jones": ("Dow Jones Newswires", "US"),
}
# Codes credited below that newswire does not know: kept, but no evidence.
UNKNOWN_AGENCIES = frozenset({"Sputnik"})

# (text, places as ((name, qualifier), ...), agency codes, date_text, end).
WIRE_DATELINES: list[object] = [
    # Reuters, agency credited.
    ("WASHINGTON, Jan 5 (Reuters) - The", (("WASHINGTON", None),), ("Reuters",), "Jan 5", 30),
    (
        "NEW YORK/LONDON, March 3 (Reuters) - Stocks",
        (("NEW YORK", None), ("LONDON", None)), ("Reuters",), "March 3", 37,
    ),
    (
        "NEW YORK/LONDON/TOKYO, March 3 (Reuters) - Bond",
        (("NEW YORK", None), ("LONDON", None), ("TOKYO", None)), ("Reuters",), "March 3", 43,
    ),
    (
        "NEW YORK / LONDON, March 3 (Reuters) - The",
        (("NEW YORK", None), ("LONDON", None)), ("Reuters",), "March 3", 39,
    ),
    (
        "BEIJING/SHANGHAI, Jan 5 (Reuters) - Factory",
        (("BEIJING", None), ("SHANGHAI", None)), ("Reuters",), "Jan 5", 36,
    ),
    (
        "TEL AVIV/GAZA, Jan 5 (Reuters) - Sirens",
        (("TEL AVIV", None), ("GAZA", None)), ("Reuters",), "Jan 5", 33,
    ),
    ("LONDON, 2 March (Reuters) - British", (("LONDON", None),), ("Reuters",), "2 March", 28),
    ("FRANKFURT, March 3 (Reuters) - German", (("FRANKFURT", None),), ("Reuters",), "March 3", 31),
    ("SYDNEY, Feb. 26 (Reuters) - Iron", (("SYDNEY", None),), ("Reuters",), "Feb. 26", 28),
    ("HONG KONG, Oct 9 (Reuters) - Property", (("HONG KONG", None),), ("Reuters",), "Oct 9", 29),
    ("SAO PAULO, Nov 30 (Reuters) - Coffee", (("SAO PAULO", None),), ("Reuters",), "Nov 30", 30),
    ("SINGAPORE, Dec 1 (Reuters) -- Palm", (("SINGAPORE", None),), ("Reuters",), "Dec 1", 30),
    ("MEXICO CITY, Sept 15 (Reuters) - The", (("MEXICO CITY", None),), ("Reuters",), "Sept 15", 33),
    ("ST. LOUIS, Aug 3 (Reuters) - A", (("ST. LOUIS", None),), ("Reuters",), "Aug 3", 29),
    ("SAN FRANCISCO, Jan 31 (Reuters) - A", (("SAN FRANCISCO", None),), ("Reuters",), "Jan 31", 34),
    ("DETROIT, July 1 (Reuters) - Carmakers", (("DETROIT", None),), ("Reuters",), "July 1", 28),
    ("TORONTO, May 1 (Reuters) - Canadian", (("TORONTO", None),), ("Reuters",), "May 1", 27),
    ("BRUSSELS, April 7 (Reuters) - European", (("BRUSSELS", None),), ("Reuters",), "April 7", 30),
    (
        "WASHINGTON, D.C., Jan 5 (Reuters) - City",
        (("WASHINGTON", "D.C."),), ("Reuters",), "Jan 5", 36,
    ),
    (
        "WINNIPEG, Manitoba, March 4 (Reuters) - Canola",
        (("WINNIPEG", "Manitoba"),), ("Reuters",), "March 4", 40,
    ),
    (
        "WASHINGTON, Jan 05 (Reuters) - Lawmakers",
        (("WASHINGTON", None),), ("Reuters",), "Jan 05", 31,
    ),
    ("Washington, Jan 5 (Reuters) - Lawmakers", (("Washington", None),), ("Reuters",), "Jan 5", 30),
    (
        "Rio de Janeiro, March 3 (Reuters) - Carnival",
        (("Rio de Janeiro", None),), ("Reuters",), "March 3", 36,
    ),
    ("GAZA (Reuters/Sputnik) - Residents", (("GAZA", None),), ("Reuters", "Sputnik"), None, 25),
    ("WASHINGTON (Reuters/AP) - The", (("WASHINGTON", None),), ("Reuters", "AP"), None, 26),
    (
        "NEW YORK/LONDON/PARIS/TOKYO/SYDNEY/MUMBAI (Reuters) - Markets",
        (
            ("NEW YORK", None),
            ("LONDON", None),
            ("PARIS", None),
            ("TOKYO", None),
            ("SYDNEY", None),
            ("MUMBAI", None),
        ),
        ("Reuters",), None, 54,
    ),
    ("LONDON (Reuter) - Shares", (("LONDON", None),), ("Reuter",), None, 18),
    ("LONDON (RTR) - Shares", (("LONDON", None),), ("RTR",), None, 15),
    # Reuters: spacing and separators.
    ("WASHINGTON, Jan 5 (Reuters)- The", (("WASHINGTON", None),), ("Reuters",), "Jan 5", 29),
    ("WASHINGTON, Jan 5(Reuters) - The", (("WASHINGTON", None),), ("Reuters",), "Jan 5", 29),
    ("WASHINGTON , Jan 5 (Reuters) - The", (("WASHINGTON", None),), ("Reuters",), "Jan 5", 31),
    ("WASHINGTON,Jan 5 (Reuters) - The", (("WASHINGTON", None),), ("Reuters",), "Jan 5", 29),
    ("NEW YORK,  March  3  (Reuters)  -  Oil", (("NEW YORK", None),), ("Reuters",), "March 3", 35),
    ("LONDON, March 3 (Reuters)  -  Gilts", (("LONDON", None),), ("Reuters",), "March 3", 30),
    ("LONDON, March 3 (Reuters) — Gilts", (("LONDON", None),), ("Reuters",), "March 3", 28),
    ("LONDON, March 3 (Reuters) – Gilts", (("LONDON", None),), ("Reuters",), "March 3", 28),
    ("LONDON, March 3 (Reuters) _ Gilts", (("LONDON", None),), ("Reuters",), "March 3", 28),
    ("LONDON, March 3 (Reuters) .- Gilts", (("LONDON", None),), ("Reuters",), "March 3", 29),
    ("LONDON (Reuters) : Gilts", (("LONDON", None),), ("Reuters",), None, 19),
    ("LONDON (Reuters): Gilts", (("LONDON", None),), ("Reuters",), None, 18),
    ("LONDON, March 3 (Reuters) -", (("LONDON", None),), ("Reuters",), "March 3", 27),
    ("LONDON, March 3 (Reuters) - ", (("LONDON", None),), ("Reuters",), "March 3", 28),
    ("LONDON (Reuters) -   Gilts", (("LONDON", None),), ("Reuters",), None, 21),
    # 1987-style Reuters: no agency, the date is the evidence.
    ("SALVADOR, Feb 26 - Brazil's", (("SALVADOR", None),), (), "Feb 26", 19),
    ("BAHIA BLANCA, Argentina, Feb 26 - Grain", (("BAHIA BLANCA", "Argentina"),), (), "Feb 26", 34),
    ("NEWARK, N.J., March 2 - A", (("NEWARK", "N.J."),), (), "March 2", 24),
    ("MIAMI, Fla, March 2 - A", (("MIAMI", "Fla"),), (), "March 2", 22),
    ("TAMPA, Fla., March 2 - A", (("TAMPA", "Fla."),), (), "March 2", 23),
    ("BOSTON, Mass., March 2 - A", (("BOSTON", "Mass."),), (), "March 2", 25),
    ("BALTIMORE, Md, Feb 26 - A", (("BALTIMORE", "Md"),), (), "Feb 26", 24),
    (
        "VANCOUVER, British Columbia, March 4 - A",
        (("VANCOUVER", "British Columbia"),), (), "March 4", 39,
    ),
    ("CALGARY, Alberta, March 4 - An", (("CALGARY", "Alberta"),), (), "March 4", 28),
    ("HOUSTON, Texas, Feb 26 - A", (("HOUSTON", "Texas"),), (), "Feb 26", 25),
    (
        "GEORGE TOWN, Grand Cayman, British West Indies, Feb 26 - A",
        (("GEORGE TOWN", "Grand Cayman, British West Indies"),), (), "Feb 26", 57,
    ),
    ("FARMINGTON Conn., March 9 - An", (("FARMINGTON", "Conn."),), (), "March 9", 28),
    ("FARMINGTON Conn. March 9 - An", (("FARMINGTON", "Conn."),), (), "March 9", 27),
    (
        "VICTORIA British Columbia, March 4 - A",
        (("VICTORIA", "British Columbia"),), (), "March 4", 37,
    ),
    ("AUSTIN, Texas March 3 - A", (("AUSTIN", "Texas"),), (), "March 3", 24),
    ("CHICAGO, FEB 26 - Soybean", (("CHICAGO", None),), (), "FEB 26", 18),
    ("CHICAGO, march 4 - Wheat", (("CHICAGO", None),), (), "march 4", 19),
    ("TOKYO, March 2. - The", (("TOKYO", None),), (), "March 2", 18),
    ("OTTAWA, March 3, - Canada's", (("OTTAWA", None),), (), "March 3", 19),
    ("LONDON, March 3 - Tin", (("LONDON", None),), (), "March 3", 18),
    ("LONDON, March 3 -- Tin", (("LONDON", None),), (), "March 3", 19),
    ("LONDON, 2  March - Tin", (("LONDON", None),), (), "2 March", 19),
    ("PARIS, 2 March - French", (("PARIS", None),), (), "2 March", 17),
    ("NEW YORK/LONDON, 3 March - Gold", (("NEW YORK", None), ("LONDON", None)), (), "3 March", 27),
    ("NEW YORK, Jan 31 - Gold", (("NEW YORK", None),), (), "Jan 31", 19),
    ("Chicago, March 5 - Cattle", (("Chicago", None),), (), "March 5", 19),
    ("Rio de Janeiro, 5 March - Brazil's", (("Rio de Janeiro", None),), (), "5 March", 26),
    ("Austin, Texas, March 3 - A", (("Austin", "Texas"),), (), "March 3", 25),
    ("WASHINGTON, Jan 5: The", (("WASHINGTON", None),), (), "Jan 5", 19),
    (
        "SAN JUAN DE LOS LAGOS, 3 March - Pilgrims",
        (("SAN JUAN DE LOS LAGOS", None),), (), "3 March", 33,
    ),
    # AP.
    ("AUSTIN, Texas (AP) — The", (("AUSTIN", "Texas"),), ("AP",), None, 21),
    ("WASHINGTON (AP) _ The", (("WASHINGTON", None),), ("AP",), None, 18),
    ("KANSAS CITY, Mo. (AP) - A", (("KANSAS CITY", "Mo."),), ("AP",), None, 24),
    ("NEW ORLEANS (AP) — Floodwaters", (("NEW ORLEANS", None),), ("AP",), None, 19),
    (
        "MINNEAPOLIS/ST. PAUL, Minn. (AP) — Snow",
        (("MINNEAPOLIS", None), ("ST. PAUL", "Minn.")), ("AP",), None, 35,
    ),
    ("BOISE, Idaho (AP) — Wildfires", (("BOISE", "Idaho"),), ("AP",), None, 20),
    ("SALT LAKE CITY (AP) _ A", (("SALT LAKE CITY", None),), ("AP",), None, 22),
    ("HONOLULU (AP) -- A", (("HONOLULU", None),), ("AP",), None, 17),
    ("LOS ANGELES (AP) —", (("LOS ANGELES", None),), ("AP",), None, 18),
    ("MINNEAPOLIS/ST. PAUL Minn. (AP) — Snow",
        (("MINNEAPOLIS", None), ("ST. PAUL", "Minn.")), ("AP",), None, 34),
    ("HARTFORD Conn. (AP) - Lawmakers", (("HARTFORD", "Conn."),), ("AP",), None, 22),
    ("CHARLESTON, W.Va. (AP) — Coal", (("CHARLESTON", "W.Va."),), ("AP",), None, 25),
    ("PORTLAND, Ore. (AP) — A", (("PORTLAND", "Ore."),), ("AP",), None, 22),
    ("SPRINGFIELD, Ill. (AP) — Lawmakers", (("SPRINGFIELD", "Ill."),), ("AP",), None, 25),
    ("ALBUQUERQUE, N.M. (AP) — A", (("ALBUQUERQUE", "N.M."),), ("AP",), None, 25),
    ("UNITED NATIONS (AP) — Diplomats", (("UNITED NATIONS", None),), ("AP",), None, 22),
    ("Washington (AP) — The", (("Washington", None),), ("AP",), None, 18),
    ("WASHINGTON, March 4 (AP) — The", (("WASHINGTON", None),), ("AP",), "March 4", 27),
    ("WASHINGTON(AP) — The", (("WASHINGTON", None),), ("AP",), None, 17),
    ("Kansas City, Mo. (AP) — A", (("Kansas City", "Mo."),), ("AP",), None, 24),
    ("MONTREAL, Québec (CP) — Hydro", (("MONTREAL", "Québec"),), ("CP",), None, 24),
    # AFP.
    ("PARIS, Jan 1 (AFP) - Fireworks", (("PARIS", None),), ("AFP",), "Jan 1", 21),
    ("Paris (AFP) - Le", (("Paris", None),), ("AFP",), None, 14),
    ("GENEVA, March 3 (AFP) - Negotiators", (("GENEVA", None),), ("AFP",), "March 3", 24),
    ("Nairobi (AFP) - Kenyan", (("Nairobi", None),), ("AFP",), None, 16),
    ("PARIS, 3 mars (AFP) - Les", (("PARIS", None),), ("AFP",), "3 mars", 22),
    ("Marseille, 5 mai (AFP) - Un", (("Marseille", None),), ("AFP",), "5 mai", 25),
    ("ABIDJAN, 1 août (AFP) - Le", (("ABIDJAN", None),), ("AFP",), "1 août", 24),
    ("Dakar (AFP) — Des", (("Dakar", None),), ("AFP",), None, 14),
    # dpa and its regional services.
    ("Berlin (dpa) - Die", (("Berlin", None),), ("dpa",), None, 15),
    ("Hamburg (dpa/lno) – Ein", (("Hamburg", None),), ("dpa", "lno"), None, 20),
    ("München (dpa/lby) - Die", (("München", None),), ("dpa", "lby"), None, 20),
    ("Stuttgart (dpa/lsw) - Der", (("Stuttgart", None),), ("dpa", "lsw"), None, 22),
    ("Düsseldorf (dpa/lnw) – Die", (("Düsseldorf", None),), ("dpa", "lnw"), None, 23),
    ("Potsdam (dpa/bb) - Die", (("Potsdam", None),), ("dpa", "bb"), None, 19),
    ("Erfurt (dpa/lth) - Der", (("Erfurt", None),), ("dpa", "lth"), None, 19),
    (
        "Frankfurt am Main, 3 März (dpa) - Die",
        (("Frankfurt am Main", None),), ("dpa",), "3 März", 34,
    ),
    ("Bonn, 28 Nov (dpa) - Die", (("Bonn", None),), ("dpa",), "28 Nov", 21),
    (
        "BERLIN/PARIS, 28 nov (dpa) - Beide",
        (("BERLIN", None), ("PARIS", None)), ("dpa",), "28 nov", 29,
    ),
    (
        "Berlin/Brüssel, 3 März (dpa) - Die",
        (("Berlin", None), ("Brüssel", None)), ("dpa",), "3 März", 31,
    ),
    ("KIEL, Schleswig-Holstein (dpa) - Der",
        (("KIEL", "Schleswig-Holstein"),), ("dpa",), None, 33),
    # EFE.
    ("Madrid, 10 abr (EFE).- El", (("Madrid", None),), ("EFE",), "10 abr", 23),
    ("BOGOTÁ, 5 ene (EFE).- La", (("BOGOTÁ", None),), ("EFE",), "5 ene", 22),
    ("Lima, 28 nov (EFE).- El", (("Lima", None),), ("EFE",), "28 nov", 21),
    ("MÉXICO, 7 jul (EFE).- El", (("MÉXICO", None),), ("EFE",), "7 jul", 22),
    ("Sevilla (EFE).- Miles", (("Sevilla", None),), ("EFE",), None, 16),
    ("La Habana, 2 sep (EFE).- El", (("La Habana", None),), ("EFE",), "2 sep", 25),
    (
        "Santa Cruz de la Sierra (EFE) - Miles",
        (("Santa Cruz de la Sierra", None),), ("EFE",), None, 32,
    ),
    ("Buenos Aires, 9 ago (EFE) - La", (("Buenos Aires", None),), ("EFE",), "9 ago", 28),
    (
        "SAN JUAN DE LOS LAGOS / GUADALAJARA, 3 mayo (EFE) - Miles",
        (("SAN JUAN DE LOS LAGOS", None), ("GUADALAJARA", None)), ("EFE",), "3 mayo", 52,
    ),
    (
        "MONTERREY / SAN JUAN DE LOS LAGOS (EFE) - Miles",
        (("MONTERREY", None), ("SAN JUAN DE LOS LAGOS", None)), ("EFE",), None, 42,
    ),
    # ANSA, agency first.
    ("(ANSA) - ROMA, 22 MAR - Il", (("ROMA", None),), ("ANSA",), "22 MAR", 24),
    ("(ANSA) - NAPOLI - La", (("NAPOLI", None),), ("ANSA",), None, 18),
    ("(ANSA) - ROMA, 22 MAR -", (("ROMA", None),), ("ANSA",), "22 MAR", 23),
    ("(ANSA) – FIRENZE, 5 APR – Il", (("FIRENZE", None),), ("ANSA",), "5 APR", 26),
    (
        "(ANSA) - MILANO/TORINO, 2 MAR - Le",
        (("MILANO", None), ("TORINO", None)), ("ANSA",), "2 MAR", 32,
    ),
    ("(dpa) - Berlin - Die", (("Berlin", None),), ("dpa",), None, 17),
    ("(AP) - AUSTIN, Texas — The", (("AUSTIN", "Texas"),), ("AP",), None, 23),
    ("(AFP) - PARIS, 3 March - French", (("PARIS", None),), ("AFP",), "3 March", 25),
    # TASS, the agency between slashes.
    ("MOSCOW, March 3 /TASS/. The", (("MOSCOW", None),), ("TASS",), "March 3", 24),
    ("ST. PETERSBURG, May 5 /TASS/. A", (("ST. PETERSBURG", None),), ("TASS",), "May 5", 30),
    ("Moscow, March 3 /TASS/. The", (("Moscow", None),), ("TASS",), "March 3", 24),
    ("MOSCOW /TASS/. The", (("MOSCOW", None),), ("TASS",), None, 15),
    ("VLADIVOSTOK, 5 March /TASS/.", (("VLADIVOSTOK", None),), ("TASS",), "5 March", 28),
    # Xinhua.
    ("BEIJING, March 31 (Xinhua) -- China's", (("BEIJING", None),), ("Xinhua",), "March 31", 30),
    ("SHANGHAI, Jan 5 (Xinhua) -- Port", (("SHANGHAI", None),), ("Xinhua",), "Jan 5", 28),
    ("Beijing (Xinhua) - China's", (("Beijing", None),), ("Xinhua",), None, 19),
    ("NAIROBI, Feb 2 (Xinhua) -- Kenya's", (("NAIROBI", None),), ("Xinhua",), "Feb 2", 27),
    # Belga.
    ("BRUSSEL (BELGA) - De", (("BRUSSEL", None),), ("BELGA",), None, 18),
    ("ANTWERPEN (BELGA) - De", (("ANTWERPEN", None),), ("BELGA",), None, 20),
    ("Gent (Belga) - De", (("Gent", None),), ("Belga",), None, 15),
    # Other wire services.
    ("SEOUL, Jan 5 (Yonhap) - North", (("SEOUL", None),), ("Yonhap",), "Jan 5", 24),
    ("TOKYO (Kyodo) - Japan's", (("TOKYO", None),), ("Kyodo",), None, 16),
    ("LONDON (PA) - MPs", (("LONDON", None),), ("PA",), None, 14),
    ("WASHINGTON (UPI) — The", (("WASHINGTON", None),), ("UPI",), None, 19),
    ("SYDNEY (AAP) - Bushfires", (("SYDNEY", None),), ("AAP",), None, 15),
    ("OTTAWA (CP) — MPs", (("OTTAWA", None),), ("CP",), None, 14),
    ("VIENNA (APA) - The", (("VIENNA", None),), ("APA",), None, 15),
    ("Genève (ATS) - Les", (("Genève", None),), ("ATS",), None, 15),
    ("BERN (Keystone-SDA) - Der", (("BERN", None),), ("Keystone-SDA",), None, 22),
    ("WARSAW (PAP) - Poland's", (("WARSAW", None),), ("PAP",), None, 15),
    ("PRAGUE (CTK) - Czech", (("PRAGUE", None),), ("CTK",), None, 15),
    ("BUDAPEST (MTI) - Hungary's", (("BUDAPEST", None),), ("MTI",), None, 17),
    ("ANKARA (Anadolu) - Turkey's", (("ANKARA", None),), ("Anadolu",), None, 19),
    ("TEHRAN (IRNA) - Iran's", (("TEHRAN", None),), ("IRNA",), None, 16),
    ("NEW DELHI (PTI) - India's", (("NEW DELHI", None),), ("PTI",), None, 18),
    ("Lisboa (Lusa) - O", (("Lisboa", None),), ("Lusa",), None, 16),
    ("LISBOA, 3 março (Lusa) - O", (("LISBOA", None),), ("Lusa",), "3 março", 25),
    ("BRUSSELS (Bloomberg) - European", (("BRUSSELS", None),), ("Bloomberg",), None, 23),
    ("MADRID (Europa Press) - El", (("MADRID", None),), ("Europa Press",), None, 24),
    ("NEW YORK (Dow Jones) - Stocks", (("NEW YORK", None),), ("Dow Jones",), None, 23),
    # No agency, no date: capitals and a long dash or a double hyphen.
    ("WASHINGTON — The", (("WASHINGTON", None),), (), None, 13),
    ("WASHINGTON -- The", (("WASHINGTON", None),), (), None, 14),
    ("NEW YORK — Subway", (("NEW YORK", None),), (), None, 11),
    ("WASHINGTON— The", (("WASHINGTON", None),), (), None, 12),
    ("WASHINGTON  — The", (("WASHINGTON", None),), (), None, 14),
    ("WASHINGTON —   The", (("WASHINGTON", None),), (), None, 15),
    ("AUSTIN, Texas — The", (("AUSTIN", "Texas"),), (), None, 16),
    ("LOS ANGELES —", (("LOS ANGELES", None),), (), None, 13),
    ("WASHINGTON --", (("WASHINGTON", None),), (), None, 13),
    ("NEW YORK/WASHINGTON — Lawmakers", (("NEW YORK", None), ("WASHINGTON", None)), (), None, 22),
    ("SAN JUAN DE LOS LAGOS — Pilgrims", (("SAN JUAN DE LOS LAGOS", None),), (), None, 24),
    # Dates in the other language tables, no agency.
    ("AMSTERDAM, 28 nov - De", (("AMSTERDAM", None),), (), "28 nov", 20),
    ("MÜNCHEN, 3 März - Die", (("MÜNCHEN", None),), (), "3 März", 18),
    ("PARIS, 12 févr. - Les", (("PARIS", None),), (), "12 févr.", 18),
    ("MADRID, 5 ene - El", (("MADRID", None),), (), "5 ene", 16),
    ("ROTTERDAM, 2 mrt - De", (("ROTTERDAM", None),), (), "2 mrt", 19),
    ("GENT, 14 okt - De", (("GENT", None),), (), "14 okt", 15),
    ("WIEN, 1 Jänner - Der", (("WIEN", None),), (), "1 Jänner", 17),
    ("SEVILLA, 9 ago - Miles", (("SEVILLA", None),), (), "9 ago", 17),
    ("LYON, 1 août - Un", (("LYON", None),), (), "1 août", 15),
    ("Berlin, 3 März - Die", (("Berlin", None),), (), "3 März", 17),
    ("Utrecht, 30 dec - De", (("Utrecht", None),), (), "30 dec", 18),
]

# (text,): openings that look a bit like a wire dateline but are not one.
NOT_DATELINES: list[object] = [
    # A single dash, an en dash, an underscore, ".-" or a colon: no evidence without an agency
    # or a date.
    ("WASHINGTON - The",),
    ("WASHINGTON – The",),
    ("WASHINGTON _ The",),
    ("WASHINGTON: The",),
    ("WASHINGTON .- The",),
    ("AUSTIN, Texas - The",),
    ("NEW YORK/LONDON - Stocks",),
    # Mixed case without a known agency and without a date.
    ("Washington — The",),
    ("Washington -- The",),
    ("Rio de Janeiro — Heavy",),
    ("Austin, Texas — The",),
    ("Chicago (XYZ) - Cattle",),
    ("Berlin (Bild) - Die",),
    ("Reuters - The",),
    # Labels in capitals, not places.
    ("BREAKING — Markets",),
    ("BREAKING NEWS — The",),
    ("LIVE — Follow",),
    ("UPDATE -- Adds",),
    ("EXCLUSIVE — A",),
    ("ANALYSIS — Why",),
    ("VIDEO — Watch",),
    ("FACTBOX -- What",),
    ("EXPLAINER — How",),
    ("NEWS ANALYSIS -- The",),
    ("LIVE/UPDATE — Markets",),
    ("BREAKING: The",),
    # A qualifier is a name; at most three words, at most two qualifiers.
    ("PARIS, yesterday (AFP) - Le",),
    ("LONDON, on Monday (Reuters) - Shares",),
    ("AUSTIN, texas (AP) — The",),
    ("GEORGE TOWN, Grand cayman (AP) - A",),
    ("BALTIMORE, United States Of America (AP) - The",),
    ("SPRINGFIELD, Sangamon County, Illinois, United States (AP) - A",),
    # A word or a sentence and a parenthesis: no wire service, no separator or no place name.
    ("The UN (NATO) - he said",),
    ("US (Reuters) said on Monday",),
    ("NATO (Reuters) said on Monday",),
    ("THE UN (NATO) - The",),
    ("EU (OPEC) - Oil",),
    ("COVID-19 (corona) - Cases",),
    ("AT&T (Reuters) - The",),
    ("S&P 500 (Reuters) - The",),
    ("Q3 (Reuters) - Profits",),
    ("Paris said (AFP) - Le",),
    ("The senate (AP) - It",),
    ("Prices (Reuters) rose - The",),
    # Headlines in capitals: no evidence, or a place of six words.
    ("STOCKS TUMBLE AS RATES RISE - Investors",),
    ("OIL HITS RECORD HIGH",),
    ("SENATE PASSES BUDGET AFTER LONG NIGHT — The",),
    ("SENATE PASSES BUDGET AFTER LONG NIGHT (Reuters) - The",),
    ("FLOOD WATERS RISE IN THE CITY, March 4 - The",),
    # Places: more than six, six words, lowercase, an empty place around a slash.
    ("LONDON/PARIS/BERLIN/ROME/MADRID/VIENNA/PRAGUE (Reuters) - European",),
    ("LONDON/PARIS/BERLIN/ROME/MADRID/VIENNA/PRAGUE, March 3 - European",),
    ("Santa Cruz de la Sierra Norte (EFE) - El",),
    ("berlin (dpa) - die",),
    ("berlin, 3 März - die",),
    ("moscow, march 3 /TASS/. the",),
    ("NEW YORK/ (Reuters) - The",),
    ("/LONDON (Reuters) - The",),
    ("NEW YORK//LONDON (Reuters) - The",),
    # Without an agency, the date must be a real one: a month of a language table, day 1-31.
    ("NEW YORK, Narch 2 - The",),
    ("NEW YORK, Jan 0 - The",),
    ("NEW YORK, Jan 32 - The",),
    ("LONDON, 0 March - The",),
    ("LONDON, 32 March - The",),
    ("LONDON, 3 Marchh - The",),
    ("LONDON, Monday 3 - The",),
    ("LONDON, 2024 - The",),
    ("Chicago, Narch 5 - Cattle",),
    ("Berlin, 0 März - Die",),
    ("Berlin, 0. März - Die",),
    ("BERLIN, 5. Lenz - Die",),
    ("TEHRAN, 5 Farvardin - Iran's",),
    ("RIO DE JANEIRO, 3 março - O",),
    ("WASHINGTON, Jan 5 Reuters - The",),
    # Unknown agencies only: no evidence, even with a date.
    ("LONDON, March 3 (XYZ) - The",),
    ("Berlin, 3 März (XYZ) - Die",),
    ("MOSCOW /XYZ/. The",),
    ("(XYZ) - ROMA, 22 MAR - Il",),
    # Agency first, malformed.
    ("(ANSA) - roma, 22 mar - il",),
    ("(ANSA) - ROMA il governo",),
    ("(ANSA) - ROMA, 22 MAR -Il",),
    ("(AP) — The Senate",),
    # Separators and spacing.
    ("WASHINGTON (Reuters) The",),
    ("WASHINGTON (Reuters) -The",),
    ("WASHINGTON (Reuters)   - The",),
    ("WASHINGTON,Jan 5(Reuters)-The",),
    ("WASHINGTON —The",),
    ("WASHINGTON (Reuters) / The",),
    ("WASHINGTON [Reuters] - The",),
    ("WASHINGTON (Reuters - The",),
    ("WASHINGTON (Reuters)",),
    ("WASHINGTON (Reuters/AP/AFP/DPA/EFE/ANSA/PA) - The",),
    ("MOSCOW /TASS/ The",),
    ("MOSCOW /TASS/.The",),
    # Something before the dateline.
    ("- WASHINGTON (Reuters) - The",),
    ("* WASHINGTON (Reuters) - The",),
    ("3 WASHINGTON (Reuters) - The",),
    ("Earlier: WASHINGTON — The",),
    # Prose with a date and a dash.
    ("Prices rose, March 4 - analysts said",),
    ("Sales fell, 3 March - the company said",),
    ("Analysts said, March 4 - prices",),
    ("Profits rose sharply in March - the bank said",),
    # Table rows.
    ("| WASHINGTON | Jan 5 | - |",),
    ("WASHINGTON\tJan 5\t-\t3.2",),
    ("GERMANY 12 MAR - 4.5 pct",),
    ("Jan 5 - 3.4 - 2.1",),
    ("USA 4.5 - 3.2",),
]

# (text, pos, places, agency codes, date_text, span, end): parsing at an offset; leading
# spaces at pos are skipped.
AT_POS: list[object] = [
    (
        "Earlier story. WASHINGTON, Jan 5 (Reuters) - The",
        15, (("WASHINGTON", None),), ("Reuters",), "Jan 5", (15, 44), 45,
    ),
    (
        "Earlier story. WASHINGTON, Jan 5 (Reuters) - The",
        14, (("WASHINGTON", None),), ("Reuters",), "Jan 5", (15, 44), 45,
    ),
    ("x\n\nAUSTIN, Texas (AP) — The", 3, (("AUSTIN", "Texas"),), ("AP",), None, (3, 23), 24),
    ("1) (ANSA) - ROMA, 22 MAR - Il", 3, (("ROMA", None),), ("ANSA",), "22 MAR", (3, 26), 27),
    (
        "Previous.  MOSCOW, March 3 /TASS/. The",
        9, (("MOSCOW", None),), ("TASS",), "March 3", (11, 34), 35,
    ),
    (
        "WASHINGTON — The Senate. NEW YORK — Subway",
        25, (("NEW YORK", None),), (), None, (25, 35), 36,
    ),
    ("Summary:  CHICAGO, FEB 26 -  Soy", 8, (("CHICAGO", None),), (), "FEB 26", (10, 27), 29),
]

# (text, pos): no dateline at pos, wherever else one may be.
NOT_AT_POS: list[object] = [
    ("Earlier: WASHINGTON — The", 0),
    ("WASHINGTON — The Senate", 13),
    ("WASHINGTON, Jan 5 (Reuters) - The", 30),
    ("1) (ANSA) - ROMA, 22 MAR - Il", 0),
    ("Earlier story.", 14),
]



@pytest.mark.parametrize(("text", "places", "agencies", "date_text", "end"), WIRE_DATELINES)
def test_wire_dateline(
    text: str, places: Places, agencies: tuple[str, ...], date_text: str | None, end: int
) -> None:
    dateline = parse_dateline(text)
    assert dateline is not None
    assert tuple((place.name, place.qualifier) for place in dateline.places) == places
    assert tuple(agency.code for agency in dateline.agencies) == agencies
    for agency in dateline.agencies:
        assert agency.code in KNOWN_AGENCIES or agency.code in UNKNOWN_AGENCIES
        assert (agency.name, agency.country) == KNOWN_AGENCIES.get(agency.code, (None, None))
        assert agency.known is (agency.code in KNOWN_AGENCIES)
    if agencies:
        assert any(agency.known for agency in dateline.agencies)
    assert dateline.date_text == date_text
    assert dateline.end == end
    assert dateline.text == text[:end].rstrip()
    assert dateline.span == (0, len(dateline.text))
    assert text[dateline.span[0] : dateline.span[1]] == dateline.text


@pytest.mark.parametrize(("text",), NOT_DATELINES)
def test_not_a_wire_dateline(text: str) -> None:
    assert parse_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "pos", "places", "agencies", "date_text", "span", "end"), AT_POS
)
def test_wire_dateline_at_pos(
    text: str,
    pos: int,
    places: Places,
    agencies: tuple[str, ...],
    date_text: str | None,
    span: tuple[int, int],
    end: int,
) -> None:
    dateline = parse_dateline(text, pos)
    assert dateline is not None
    assert tuple((place.name, place.qualifier) for place in dateline.places) == places
    assert tuple(agency.code for agency in dateline.agencies) == agencies
    assert dateline.date_text == date_text
    assert dateline.span == span
    assert dateline.end == end
    assert text[span[0] : span[1]] == dateline.text
    assert dateline.text == text[span[0] : end].rstrip()


@pytest.mark.parametrize(("text", "pos"), NOT_AT_POS)
def test_no_wire_dateline_at_pos(text: str, pos: int) -> None:
    assert parse_dateline(text, pos) is None
