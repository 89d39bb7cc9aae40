"""Wire services and the codes they sign datelines with.

Data: one row per agency (canonical name, ISO 3166-1 country of its head office, the codes
and spellings seen in datelines, website). Codes are matched case-insensitively; a dateline
keeps the code as written. Regional services of an agency (dpa's ``lno``, ``lby``) are rows
of their own.
"""

from __future__ import annotations

from typing import NamedTuple


class AgencyInfo(NamedTuple):
    """What is known about a wire service."""

    name: str
    country: str
    codes: tuple[str, ...]
    url: str | None
    """The agency's website; None for one that closed (SAPA, 2015)."""


AGENCIES: tuple[AgencyInfo, ...] = (
    AgencyInfo("ANP", "NL", ("ANP",), 'https://www.anp.nl'),
    AgencyInfo("Agence France-Presse", "FR", ("AFP",), 'https://www.afp.com'),
    AgencyInfo("Reuters", "GB", ("Reuters", "Reuter", "RTR"), 'https://www.reuters.com'),
    AgencyInfo("Associated Press", "US", ("AP",), 'https://apnews.com'),
    AgencyInfo("Deutsche Presse-Agentur", "DE", ("dpa", "DPA"), 'https://www.dpa.com'),
    AgencyInfo("dpa-AFX", "DE", ("dpa-AFX", "AFX"), 'https://www.dpa-afx.de'),
    AgencyInfo("dpa Landesdienst Nord", "DE", ("lno", "lni", "lmv"), 'https://www.dpa.com'),
    AgencyInfo("dpa Landesdienst Bayern", "DE", ("lby",), 'https://www.dpa.com'),
    AgencyInfo("dpa Landesdienst Berlin/Brandenburg", "DE", ("bb",), 'https://www.dpa.com'),
    AgencyInfo("dpa Landesdienst Südwest", "DE", ("lsw",), 'https://www.dpa.com'),
    AgencyInfo("dpa Landesdienst West", "DE", ("lnw",), 'https://www.dpa.com'),
    AgencyInfo("dpa Landesdienst Ost", "DE", ("lsc", "lsn", "lsa", "lth"), 'https://www.dpa.com'),
    AgencyInfo("dpa Landesdienst Mitte", "DE", ("lhe", "lrs"), 'https://www.dpa.com'),
    AgencyInfo("Bloomberg", "US", ("Bloomberg",), 'https://www.bloomberg.com'),
    AgencyInfo("Belga", "BE", ("Belga",), 'https://www.belga.be'),
    AgencyInfo("Agencia EFE", "ES", ("EFE",), 'https://www.efe.com'),
    AgencyInfo("Europa Press", "ES", ("EP", "Europa Press"), 'https://www.europapress.es'),
    AgencyInfo("ANSA", "IT", ("ANSA",), 'https://www.ansa.it'),
    AgencyInfo("Adnkronos", "IT", ("Adnkronos", "AKI"), 'https://www.adnkronos.com'),
    AgencyInfo("TASS", "RU", ("TASS", "ITAR-TASS"), 'https://tass.com'),
    AgencyInfo("RIA Novosti", "RU", ("RIA", "RIA Novosti"), 'https://ria.ru'),
    AgencyInfo("Interfax", "RU", ("Interfax",), 'https://www.interfax.ru'),
    AgencyInfo("Xinhua", "CN", ("Xinhua",), 'https://www.news.cn'),
    AgencyInfo("Kyodo News", "JP", ("Kyodo",), 'https://english.kyodonews.net'),
    AgencyInfo("Jiji Press", "JP", ("Jiji",), 'https://www.jiji.com'),
    AgencyInfo("Yonhap", "KR", ("Yonhap",), 'https://en.yna.co.kr'),
    AgencyInfo("PA Media", "GB", ("PA",), 'https://pa.media'),
    AgencyInfo("United Press International", "US", ("UPI",), 'https://www.upi.com'),
    AgencyInfo("Australian Associated Press", "AU", ("AAP",), 'https://www.aap.com.au'),
    AgencyInfo("The Canadian Press", "CA", ("CP",), 'https://www.thecanadianpress.com'),
    AgencyInfo("Austria Presse Agentur", "AT", ("APA",), 'https://www.apa.at'),
    AgencyInfo("Keystone-SDA", "CH", ("Keystone-SDA", "SDA", "ATS", "Keystone-ATS"), 'https://www.keystone-sda.ch'),
    AgencyInfo("Polska Agencja Prasowa", "PL", ("PAP",), 'https://www.pap.pl'),
    AgencyInfo("Česká tisková kancelář", "CZ", ("ČTK", "CTK"), 'https://www.ctk.cz'),
    AgencyInfo("Magyar Távirati Iroda", "HU", ("MTI",), 'https://mti.hu'),
    AgencyInfo("Novum", "NL", ("Novum",), 'https://www.novum.nu'),
    AgencyInfo("Anadolu Agency", "TR", ("AA", "Anadolu"), 'https://www.aa.com.tr'),
    AgencyInfo("Islamic Republic News Agency", "IR", ("IRNA",), 'https://www.irna.ir'),
    AgencyInfo("Press Trust of India", "IN", ("PTI",), 'https://www.ptinews.com'),
    AgencyInfo("Lusa", "PT", ("Lusa",), 'https://www.lusa.pt'),
    AgencyInfo("NTB", "NO", ("NTB",), 'https://www.ntb.no'),
    AgencyInfo("TT Nyhetsbyrån", "SE", ("TT",), 'https://tt.se'),
    AgencyInfo("STT-Info", "FI", ("STT",), 'https://stt.fi'),
    AgencyInfo("Ritzau", "DK", ("Ritzau",), 'https://ritzau.com'),
    AgencyInfo("Evangelischer Pressedienst", "DE", ("epd",), 'https://www.epd.de'),
    AgencyInfo("Katholische Nachrichten-Agentur", "DE", ("KNA",), 'https://www.kna.de'),
    AgencyInfo("Athens News Agency", "GR", ("ANA", "ANA-MPA"), 'https://www.amna.gr'),
    AgencyInfo("Agerpres", "RO", ("Agerpres",), 'https://www.agerpres.ro'),
    AgencyInfo("Ukrinform", "UA", ("Ukrinform",), 'https://www.ukrinform.net'),
    AgencyInfo("Kuwait News Agency", "KW", ("KUNA",), 'https://www.kuna.net.kw'),
    AgencyInfo("Middle East News Agency", "EG", ("MENA",), 'https://www.mena.org.eg'),
    AgencyInfo("Saudi Press Agency", "SA", ("SPA",), 'https://www.spa.gov.sa'),
    AgencyInfo("Wafa", "PS", ("WAFA",), 'https://www.wafa.ps'),
    AgencyInfo("Agência Brasil", "BR", ("ABr",), 'https://agenciabrasil.ebc.com.br'),
    AgencyInfo("Notimex", "MX", ("Notimex",), 'https://www.notimex.gob.mx'),
    AgencyInfo("Prensa Latina", "CU", ("Prensa Latina",), 'https://www.prensa-latina.cu'),
    AgencyInfo("Telam", "AR", ("Télam", "Telam"), 'https://www.telam.com.ar'),
    AgencyInfo("Bernama", "MY", ("Bernama",), 'https://www.bernama.com'),
    AgencyInfo("Antara", "ID", ("Antara",), 'https://www.antaranews.com'),
    AgencyInfo("Central News Agency", "TW", ("CNA",), 'https://www.cna.com.tw'),
    AgencyInfo("Vietnam News Agency", "VN", ("VNA",), 'https://www.vnanet.vn'),
    AgencyInfo("South African Press Association", "ZA", ("SAPA",), None),
    AgencyInfo("Dow Jones Newswires", "US", ("Dow Jones", "DJ"), 'https://www.dowjones.com'),
)

_BY_CODE: dict[str, AgencyInfo] = {
    code.casefold(): info for info in AGENCIES for code in info.codes
}


def lookup_agency(code: str) -> AgencyInfo | None:
    """The agency that signs with ``code`` (any case), or None if the code is unknown."""
    return _BY_CODE.get(code.casefold())


def slip_of(code: str) -> str | None:
    """The known code ``code`` is one slip away from, keeping its first letter: its last
    letter left off or one added (``BELG`` for ``BELGA``, ``RTRS`` for ``RTR``), two letters
    swapped (``APF`` for ``AFP``), or in a code of four letters or more one changed
    (``REUTRRS``); None if there is none, or if ``code`` is shorter than three letters.
    Stricter than :func:`closest_code`, which only suggests: short names in parentheses
    (``CDA``, ``CIA``, ``SP``, ``EU``) are one slip from some agency's code just as often."""
    folded = code.casefold()
    if len(folded) < 3 or lookup_agency(code) is not None:
        return None
    for known in sorted(_BY_CODE):
        if known[0] != folded[0]:
            continue
        if len(known) == len(folded) + 1 and known.startswith(folded):
            return _as_written(known)
        if len(folded) == len(known) + 1 and folded.startswith(known) and len(known) >= 3:
            return _as_written(known)
        if len(known) == len(folded):
            differ = [i for i, (a, b) in enumerate(zip(known, folded, strict=True)) if a != b]
            swapped = (
                len(differ) == 2 and differ[1] == differ[0] + 1
                and known[differ[0]] == folded[differ[1]] and known[differ[1]] == folded[differ[0]]
            )
            if swapped or (len(differ) == 1 and len(known) >= 4):
                return _as_written(known)
    return None


def _as_written(folded: str) -> str:
    info = _BY_CODE[folded]
    return next(c for c in info.codes if c.casefold() == folded)


def closest_code(code: str) -> str | None:
    """The known code most like ``code`` (``AFP`` for a truncated ``AF``), or None."""
    folded = code.casefold()
    # A truncated code first: the agencies whose code starts with it, the shortest first.
    longer = sorted((c for c in _BY_CODE if c.startswith(folded) and c != folded), key=len)
    if longer and folded:
        best = longer[0]
    else:
        from difflib import get_close_matches  # only when a code is unknown

        close = get_close_matches(folded, list(_BY_CODE), n=1, cutoff=0.6)
        if not close:
            return None
        best = close[0]
    return _as_written(best)
