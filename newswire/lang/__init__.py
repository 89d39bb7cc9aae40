"""The language tables newswire knows, and language detection over them.

Each language is one data module (``nl.py``, ``en.py``, ``de.py``, ``fr.py``, ``es.py``);
adding a language is adding a module with the same names and listing it in ``_MODULES`` below.
"""

from __future__ import annotations

from types import ModuleType

from newswire.lang import de, en, es, fr, nl

_MODULES: tuple[ModuleType, ...] = (nl, en, de, fr, es)


class Language:
    """One language's table, as read from its data module (see ``nl.py`` for each name)."""

    __slots__ = (
        "at", "boilerplate", "byline_joiners", "byline_openers", "clock_suffixes", "code",
        "conjunctions", "credit_roles", "date_particles", "days", "future_before", "just_now",
        "just_now_alone", "last", "meridiem", "month_first", "months", "numbers",
        "numeric_order", "past_after", "past_alone", "past_before", "rights_reserved",
        "section_headers", "stopwords", "time_labels", "units", "weekday_abbreviations",
        "weekdays",
    )

    def __init__(self, module: ModuleType) -> None:
        self.code: str = module.CODE
        self.units: dict[str, str] = dict(module.UNITS)
        self.numbers: dict[str, int] = dict(module.NUMBERS)
        self.past_after: tuple[str, ...] = tuple(module.PAST_AFTER)
        self.past_before: tuple[str, ...] = tuple(module.PAST_BEFORE)
        self.past_alone: tuple[str, ...] = tuple(module.PAST_ALONE)
        self.future_before: tuple[str, ...] = tuple(module.FUTURE_BEFORE)
        self.conjunctions: tuple[str, ...] = tuple(module.AND)
        self.just_now: tuple[str, ...] = tuple(module.JUST_NOW)
        self.just_now_alone: tuple[str, ...] = tuple(module.JUST_NOW_ALONE)
        self.days: dict[str, int] = dict(module.DAYS)
        self.last: dict[str, str] = dict(module.LAST)
        self.weekdays: dict[str, int] = dict(module.WEEKDAYS)
        self.weekday_abbreviations: dict[str, int] = dict(module.WEEKDAY_ABBREVIATIONS)
        self.months: dict[str, int] = dict(module.MONTHS)
        self.date_particles: tuple[str, ...] = tuple(module.DATE_PARTICLES)
        self.month_first: bool = module.MONTH_FIRST
        self.numeric_order: str = module.NUMERIC_ORDER
        self.at: tuple[str, ...] = tuple(module.AT)
        self.clock_suffixes: tuple[str, ...] = tuple(module.CLOCK_SUFFIXES)
        self.meridiem: dict[str, int] = dict(module.MERIDIEM)
        self.section_headers: tuple[str, ...] = tuple(module.SECTION_HEADERS)
        self.boilerplate: tuple[str, ...] = tuple(module.BOILERPLATE)
        self.time_labels: tuple[str, ...] = tuple(module.TIME_LABELS)
        self.byline_openers: tuple[str, ...] = tuple(module.BYLINE_OPENERS)
        self.byline_joiners: tuple[str, ...] = tuple(module.BYLINE_JOINERS)
        self.credit_roles: dict[str, str] = dict(module.CREDIT_ROLES)
        self.rights_reserved: tuple[str, ...] = tuple(module.RIGHTS_RESERVED)
        self.stopwords: frozenset[str] = frozenset(module.STOPWORDS)

    def __repr__(self) -> str:
        return f"Language({self.code!r})"


LANGUAGES: dict[str, Language] = {m.CODE: Language(m) for m in _MODULES}
"""Every known language by its ISO 639-1 code, in detection-preference order."""

_PUNCTUATION = ".,;:!?\"'()[]«»“”‘’–—-…/"


def get_language(code: str) -> Language:
    """The table for ``code`` (``"nl"``, ``"EN"``, ``"nl-BE"``); ``ValueError`` if unknown."""
    key = code.strip().lower().split("-")[0].split("_")[0]
    try:
        return LANGUAGES[key]
    except KeyError:
        known = ", ".join(LANGUAGES)
        raise ValueError(f"unknown language {code!r} (known: {known})") from None


def detect_language(
    text: str, *, sample: int = 4000, evidence: dict[str, int] | None = None
) -> str | None:
    """The code of the language whose frequent words are most common in ``text``, or None.

    Only the first ``sample`` characters are read, so the cost does not grow with the text.
    ``evidence`` adds votes per language code from elsewhere (time words, section headers the
    parser matched). The winner needs two votes and more than any other language: one word
    alone is too little to go on.
    """
    votes = dict.fromkeys(LANGUAGES, 0)
    for code, n in (evidence or {}).items():
        votes[code] += n
    # Split on spaces and strip punctuation: several times faster than a Unicode word regex.
    words = [w.strip(_PUNCTUATION) for w in text[:sample].lower().split()]
    for language in LANGUAGES.values():
        votes[language.code] += sum(map(language.stopwords.__contains__, words))
    ranked = sorted(votes.items(), key=lambda kv: kv[1], reverse=True)
    best, best_votes = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best_votes >= 2 and best_votes > runner_up:
        return best
    return None
