"""Wire services and the codes they sign datelines with.

Data: one row per agency (the codes and spellings seen in datelines, canonical name, ISO 3166-1
country of its head office). Codes are matched case-insensitively; a dateline keeps the code as
written. Regional services of an agency (dpa's ``lno``, ``lby``) are rows of their own.
"""

from __future__ import annotations

from typing import NamedTuple


class AgencyInfo(NamedTuple):
    """What is known about a wire service."""

    name: str
    country: str
    codes: tuple[str, ...]


AGENCIES: tuple[AgencyInfo, ...] = (
    AgencyInfo("ANP", "NL", ("ANP",)),
    AgencyInfo("Agence France-Presse", "FR", ("AFP",)),
    AgencyInfo("Reuters", "GB", ("Reuters", "Reuter", "RTR")),
    AgencyInfo("Associated Press", "US", ("AP",)),
    AgencyInfo("Deutsche Presse-Agentur", "DE", ("dpa", "DPA")),
    AgencyInfo("dpa-AFX", "DE", ("dpa-AFX", "AFX")),
    AgencyInfo("dpa Landesdienst Nord", "DE", ("lno",)),
    AgencyInfo("dpa Landesdienst Bayern", "DE", ("lby",)),
    AgencyInfo("dpa Landesdienst Berlin/Brandenburg", "DE", ("bb",)),
    AgencyInfo("dpa Landesdienst Südwest", "DE", ("lsw",)),
    AgencyInfo("dpa Landesdienst West", "DE", ("lnw",)),
    AgencyInfo("dpa Landesdienst Ost", "DE", ("lsc", "lth")),
    AgencyInfo("dpa Landesdienst Mitte", "DE", ("lhe", "lrs")),
    AgencyInfo("Bloomberg", "US", ("Bloomberg",)),
    AgencyInfo("Belga", "BE", ("Belga",)),
    AgencyInfo("Agencia EFE", "ES", ("EFE",)),
    AgencyInfo("Europa Press", "ES", ("EP", "Europa Press")),
    AgencyInfo("ANSA", "IT", ("ANSA",)),
    AgencyInfo("Adnkronos", "IT", ("Adnkronos", "AKI")),
    AgencyInfo("TASS", "RU", ("TASS", "ITAR-TASS")),
    AgencyInfo("RIA Novosti", "RU", ("RIA", "RIA Novosti")),
    AgencyInfo("Interfax", "RU", ("Interfax",)),
    AgencyInfo("Xinhua", "CN", ("Xinhua",)),
    AgencyInfo("Kyodo News", "JP", ("Kyodo",)),
    AgencyInfo("Jiji Press", "JP", ("Jiji",)),
    AgencyInfo("Yonhap", "KR", ("Yonhap",)),
    AgencyInfo("PA Media", "GB", ("PA",)),
    AgencyInfo("United Press International", "US", ("UPI",)),
    AgencyInfo("Australian Associated Press", "AU", ("AAP",)),
    AgencyInfo("The Canadian Press", "CA", ("CP",)),
    AgencyInfo("Austria Presse Agentur", "AT", ("APA",)),
    AgencyInfo("Keystone-SDA", "CH", ("Keystone-SDA", "SDA", "ATS", "Keystone-ATS")),
    AgencyInfo("Polska Agencja Prasowa", "PL", ("PAP",)),
    AgencyInfo("Česká tisková kancelář", "CZ", ("ČTK", "CTK")),
    AgencyInfo("Magyar Távirati Iroda", "HU", ("MTI",)),
    AgencyInfo("Novum", "NL", ("Novum",)),
    AgencyInfo("Anadolu Agency", "TR", ("AA", "Anadolu")),
    AgencyInfo("Islamic Republic News Agency", "IR", ("IRNA",)),
    AgencyInfo("Press Trust of India", "IN", ("PTI",)),
    AgencyInfo("Lusa", "PT", ("Lusa",)),
    AgencyInfo("NTB", "NO", ("NTB",)),
    AgencyInfo("TT Nyhetsbyrån", "SE", ("TT",)),
    AgencyInfo("STT-Info", "FI", ("STT",)),
    AgencyInfo("Ritzau", "DK", ("Ritzau",)),
    AgencyInfo("Evangelischer Pressedienst", "DE", ("epd",)),
    AgencyInfo("Katholische Nachrichten-Agentur", "DE", ("KNA",)),
    AgencyInfo("Athens News Agency", "GR", ("ANA", "ANA-MPA")),
    AgencyInfo("Agerpres", "RO", ("Agerpres",)),
    AgencyInfo("Ukrinform", "UA", ("Ukrinform",)),
    AgencyInfo("Kuwait News Agency", "KW", ("KUNA",)),
    AgencyInfo("Middle East News Agency", "EG", ("MENA",)),
    AgencyInfo("Saudi Press Agency", "SA", ("SPA",)),
    AgencyInfo("Wafa", "PS", ("WAFA",)),
    AgencyInfo("Agência Brasil", "BR", ("ABr",)),
    AgencyInfo("Notimex", "MX", ("Notimex",)),
    AgencyInfo("Prensa Latina", "CU", ("Prensa Latina",)),
    AgencyInfo("Telam", "AR", ("Télam", "Telam")),
    AgencyInfo("Bernama", "MY", ("Bernama",)),
    AgencyInfo("Antara", "ID", ("Antara",)),
    AgencyInfo("Central News Agency", "TW", ("CNA",)),
    AgencyInfo("Vietnam News Agency", "VN", ("VNA",)),
    AgencyInfo("South African Press Association", "ZA", ("SAPA",)),
    AgencyInfo("Dow Jones Newswires", "US", ("Dow Jones", "DJ")),
)

_BY_CODE: dict[str, AgencyInfo] = {
    code.casefold(): info for info in AGENCIES for code in info.codes
}


def lookup_agency(code: str) -> AgencyInfo | None:
    """The agency that signs with ``code`` (any case), or None if the code is unknown."""
    return _BY_CODE.get(code.casefold())
