"""Time expressions on news pages, resolved to instants.

Forms, in every language table: relative times (``10 minuten geleden``, ``vor 3 Stunden``,
``il y a une heure``, ``in 2 days``), "just now" words, day words with an optional clock time
(``gisteren om 14.05 uur``, ``heute, 14:05 Uhr``), weekdays (``zaterdag 14:05``: the most
recent such day), ``last week`` and kin, written and numeric dates (``28 november 2026``,
``Nov. 28, 2026 2:05 p.m.``, ``28.11.2026``), ISO 8601, and clock times (``14:05``, ``4 uur``).

Semantics: seconds, minutes and hours are elapsed time, so they are subtracted on the UTC time
line; days and longer are calendar steps taken on the wall clock of ``now``'s zone. Across a DST
change ``3 uur geleden`` at 04:30 CEST is therefore 00:30 CET, and ``1 dag geleden`` keeps the
clock time. Dates, day words and clock times are wall times in ``now``'s zone; a date or time
without its year or day is the most recent one not after ``now``. A naive ``now`` gives naive
results in the same frame, an aware one aware results (an ISO time with its own offset is
always aware).

Every pattern is a fixed sequence of bounded pieces (``\\s{1,3}``, ``\\d{1,4}``, alternations of
literal words) with no nested repetition, so a match attempt costs a bounded number of steps
and a scan is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import NamedTuple

from newswire.lang import LANGUAGES, Language, get_language

PRECISIONS = ("second", "minute", "hour", "day", "week", "month", "year")
"""Precisions from finest to coarsest; a result is as precise as its smallest unit."""


class Timestamp(NamedTuple):
    """A time expression found in text, and the instant it stands for."""

    value: datetime
    """The instant; naive or aware like the ``now`` it was resolved against."""
    text: str
    """The expression as written."""
    span: tuple[int, int]
    """Start and end offsets of :attr:`text` in the text searched."""
    precision: str
    """How exact :attr:`value` is: one of :data:`PRECISIONS` (``4 uur geleden`` is ``hour``)."""
    lang: str
    """The code of the language whose words matched."""

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "value": self.value.isoformat(), "precision": self.precision}


# Not followed by a letter: "nov" in "nov." or "nov 28", never in "novel".
_WORD_END = r"(?![^\W\d_])"


def _any_of(words: Iterable[str], *, tree_of_prefixes: bool = True) -> str:
    """A regex that matches any of ``words`` (case-folded), the longest possible first.

    The words are laid out as a tree of shared prefixes (``min(?:uten|uut|\\.)?``): a failing
    attempt then costs one test per distinct first letter, not one per word. A flat list
    (``tree_of_prefixes=False``) compiles in half the time, for patterns that run seldom. A
    space in a phrase (``il y a``) matches one to three spaces.
    """
    if not tree_of_prefixes:
        ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in ordered)
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends = "" in node
    parts = [
        (r"\s{1,3}" if ch == " " else re.escape(ch)) + _branches(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 and not ends else "(?:" + "|".join(parts) + ")"
    # Optional parts are greedy: the longer word is tried before the shorter one.
    return body + "?" if ends else body


def _key(words: str) -> str:
    """A matched phrase as its table key: lower case, single spaces."""
    return " ".join(words.lower().split())


class _Grammar:
    """One language's time patterns, compiled when first used (start-up stays fast)."""

    __slots__ = (
        "_any_case",
        "_pattern",
        "_tail",
        "calendar_groups",
        "closers",
        "language",
        "last_words",
        "signs",
        "weekdays",
    )

    def __init__(self, language: Language) -> None:
        self.language = language
        lang = language
        # The direction each word before a quantity gives: "vor" -1, "in" +1.
        self.signs = {
            **{_key(w): -1 for w in lang.past_before}, **{_key(w): 1 for w in lang.future_before}
        }
        self.weekdays = {**lang.weekdays, **lang.weekday_abbreviations}
        self._pattern: re.Pattern[str] | None = None
        self.calendar_groups: tuple[int, ...] = ()
        self._tail: re.Pattern[str] | None = None
        self._any_case: re.Pattern[str] | None = None
        # How item times end on a page: the past word after the quantity, or else the unit
        # itself ("vor 3 Stunden", "vor 5 Std.", "il y a 1 an"), or a just-now word. A unit of
        # one letter ("h") is left out: it ends too many words to be worth a look.
        closers = [*lang.past_after, *lang.just_now]
        if lang.past_before:
            closers += [u for u in lang.units if len(u) > 1]
        self.last_words = frozenset(w.split()[-1].lower() for w in closers)
        # The same words in lower case, to find where a time glued to a dateline ends.
        self.closers = tuple(w.lower() for w in closers)

    def _sources(self, *, tree_of_prefixes: bool = True) -> tuple[str, str]:
        """The full pattern and the tail pattern, as regex sources."""
        lang = self.language

        def any_of(words: Iterable[str]) -> str:
            return _any_of(words, tree_of_prefixes=tree_of_prefixes)

        units = any_of(lang.units)
        numbers = any_of(lang.numbers)
        # In a page's lines a unit ends at its own dot ("min.") or where the word ends ("min"
        # but not "mint"). The full pattern reads lower-cased text, where the next item's
        # dateline ("vor 3 StundenBERLIN") looks like more of the word: there what follows
        # is checked after the match, against the text as written (see _ends_clean).
        line_unit = rf"(?:{units})(?:(?<=\.)|{_WORD_END})"
        any_unit = rf"(?:{units})"

        def part(n: int, unit: str) -> str:
            # Digits may touch their unit ("4u"); a number word may not ("tienminuten").
            return rf"(?:(?P<q{n}>\d{{1,4}})\s{{0,2}}|(?P<w{n}>{numbers})\s{{1,2}})(?P<u{n}>{unit})"

        joiner = rf"\s{{0,2}},?\s{{1,3}}(?:(?:{any_of(lang.conjunctions)})\s{{1,3}})?"
        after = (
            rf"\s{{1,3}}(?P<after>{any_of(lang.past_after)})"
            if lang.past_after else "(?!)"
        )

        def relative(befores: tuple[str, ...], unit: str) -> str:
            before = (
                rf"(?:(?P<before>{any_of(befores)})\s{{1,3}})?"
                if befores else "(?P<before>(?!))?"
            )
            quantity = rf"{part(1, unit)}(?:{joiner}{part(2, unit)})?"
            # A word before the quantity ("vor", "in") or a past word after it ("geleden");
            # or, in English, a letter's unit touching its number, alone ("3h").
            return rf"(?P<rel>{before}{quantity}(?(before)|(?:{after}{alone})))"

        letters = "".join(lang.past_alone)
        alone = (  # a number of one or two digits: "45m", not "100m" (a race)
            rf"|(?:(?<=(?<!\d)\d[{letters}])|(?<=(?<!\d)\d\d[{letters}]))(?=\s{{0,3}}\Z)"
            if letters else ""
        )

        # Past and just-now words may touch the next item's dateline ("geledenSAN ANTONIO"):
        # what may follow a match is checked after it (see _ends_clean).
        just_now = any_of(lang.just_now)
        if lang.just_now_alone:
            # "net", "now": everyday words, so a time only when nothing follows.
            just_now += rf"|(?:{any_of(lang.just_now_alone)})(?=\s{{0,3}}\Z)"
        last = rf"(?P<last>{any_of(lang.last)}){_WORD_END}"
        iso = (
            r"(?P<iso>\d{4}-\d{2}-\d{2}"
            r"(?:[t ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?(?:z|[+-]\d{2}(?::?\d{2})?)?)?)(?!\d)"
        )
        weekday_words = self.weekdays
        months = any_of(lang.months)
        of = (
            rf"(?:(?:{any_of(lang.date_particles)})\s{{1,3}})?"
            if lang.date_particles else ""
        )
        ordinal = r"(?:st|nd|rd|th|er|e|º)?"
        day_month = (
            rf"(?P<d>\d{{1,2}}){ordinal}\.?\s{{1,3}}{of}(?P<mon>{months})(?:\.|{_WORD_END})"
            rf"(?:,?\s{{1,3}}{of}(?P<y>\d{{4}})(?!\d))?"
        )
        month_day = (
            rf"|(?P<mon2>{months})(?:\.|{_WORD_END})\s{{0,3}}(?P<d2>\d{{1,2}}){ordinal}(?!\d)"
            rf"(?:,?\s{{1,3}}(?P<y2>\d{{4}})(?!\d))?"
            if lang.month_first else ""
        )
        numeric = r"(?P<n1>\d{1,2})(?P<nsep>[-./])(?P<n2>\d{1,2})(?P=nsep)(?P<n3>\d{4})(?!\d)"
        month_year = rf"(?P<mon3>{months})(?:\.|{_WORD_END})\s{{1,3}}{of}(?P<y3>\d{{4}})(?!\d)"
        weekday_prefix = (
            rf"(?:(?P<wd>{any_of(weekday_words)})(?:\.|{_WORD_END}),?\s{{1,3}})?"
        )
        date_part = (
            rf"{weekday_prefix}(?:{day_month}{month_day}|{numeric})"
            rf"|(?P<day>{any_of(lang.days)}){_WORD_END}"
            rf"|(?P<wd2>{any_of(lang.weekdays)}){_WORD_END}"
            rf"|{month_year}"
        )
        at = any_of(lang.at)
        markers = [*lang.meridiem, *lang.clock_suffixes]
        marker_ahead = (
            rf"|(?=\s{{0,2}}(?:{any_of(markers)})(?:(?<=\.)|{_WORD_END}))"
            if markers else ""
        )
        clock = (
            r"(?P<h>\d{1,2})"
            r"(?:(?P<csep>[:.])(?P<m>\d{2})(?::(?P<s>\d{2}))?(?!\d)"
            rf"|\s?h\s?(?P<hm>\d{{2}})?{_WORD_END}(?!\d){marker_ahead})"
        )
        if lang.meridiem:
            clock += (
                rf"(?:\s{{0,2}}(?P<ampm>{any_of(lang.meridiem)})(?:(?<=\.)|{_WORD_END}))?"
            )
        if lang.clock_suffixes:
            clock += rf"(?:\s{{0,2}}(?P<suffix>{any_of(lang.clock_suffixes)}){_WORD_END})?"
        separator = r"(?:\s{0,3}[,|]\s{0,3}|\s{1,3}[-–]\s{1,3}|\s{0,3})"
        # A date, a clock time, or both; the resolver turns down an empty match.
        calendar = (
            rf"(?P<cal>(?P<date>{date_part})?"
            rf"(?:{separator}(?:(?P<at>{at})\s{{1,3}})?{clock})?)"
        )
        return (
            rf"{relative((*lang.past_before, *lang.future_before), any_unit)}"
            rf"|(?P<now>{just_now})|{last}|{iso}|{calendar}",
            # A past time or "just now" that ends exactly where the searched text ends: the
            # page parser finds a closing word first and looks back from it over a short window.
            rf"(?<![^\W_])(?:{relative(lang.past_before, line_unit)}"
            rf"|(?P<now>{any_of(lang.just_now)}))\Z",
        )

    @property
    def pattern(self) -> re.Pattern[str]:
        """Any time expression this language writes, in lower-cased text. Matching
        lower-cased text case-sensitively is nearly twice as fast as ignoring case."""
        if self._pattern is None:
            self._pattern = re.compile(self._sources()[0])
            self.calendar_groups = _indices(self._pattern, _CALENDAR_GROUPS)
        return self._pattern

    @property
    def any_case(self) -> re.Pattern[str]:
        """The same, ignoring case: for text whose lower-case form differs in length."""
        if self._any_case is None:
            self._any_case = re.compile(self._sources()[0], re.IGNORECASE)
            # The same groups as :attr:`pattern`'s, which may not be compiled yet.
            self.calendar_groups = _indices(self._any_case, _CALENDAR_GROUPS)
        return self._any_case

    @property
    def tail(self) -> re.Pattern[str]:
        """A past time or "just now" ending where the searched text ends."""
        if self._tail is None:
            # Flat word lists: the tail is compiled for every page parsed, and runs seldom.
            self._tail = re.compile(self._sources(tree_of_prefixes=False)[1], re.IGNORECASE)
        return self._tail


def _ends_clean(text: str, end: int) -> bool:
    # "geleden" may be glued to the next item's capitalised dateline, never to a lowercase word.
    if end >= len(text):
        return True
    ch = text[end]
    return not (ch.islower() or ch.isdigit())


_GRAMMARS = {code: _Grammar(language) for code, language in LANGUAGES.items()}
_ALL_GRAMMARS = tuple(_GRAMMARS.values())
# A number touching a letter's unit, alone ("3h"): a past time in the languages that write it
# so, and in others maybe a clock ("18h" is six in the evening in French).
_ALONE_LETTERS = "".join(sorted({c for g in _ALL_GRAMMARS for c in g.language.past_alone}))
_ALONE = rf"\d{{1,2}}[{_ALONE_LETTERS}]" if _ALONE_LETTERS else "(?!)"  # compiled by re, on use


def is_alone(text: str) -> bool:
    """Whether ``text`` is a number touching a letter's unit and nothing else (``3h``)."""
    return re.fullmatch(_ALONE, text.strip()) is not None

_new_tuple = tuple.__new__
_RELATIVE_GROUPS = ("q1", "w1", "u1", "q2", "w2", "u2", "before")
_CALENDAR_GROUPS = (
    "date", "d", "mon", "y", "d2", "mon2", "y2", "n1", "n2", "n3", "mon3", "y3", "day", "wd",
    "wd2", "h", "csep", "m", "s", "hm", "ampm", "suffix", "at",
)
# The longest expression is well under this many characters.
_WINDOW = 120
_SECONDS = {"second": 1, "minute": 60, "hour": 3600}


def _indices(pattern: re.Pattern[str], names: tuple[str, ...]) -> tuple[int, ...]:
    """Group numbers for ``names``, fetched in one ``match.group`` call. A group this language
    lacks (a 12-hour clock, month-first dates) maps to ``rel``, which is always empty when a
    date or clock matched."""
    index = pattern.groupindex
    return tuple(index.get(name, index["rel"]) for name in names)


def resolve(
    match: re.Match[str], grammar: _Grammar, now: datetime, text: str | None = None
) -> Timestamp | None:
    """The instant a pattern match stands for, or None if it is no real date or time.
    ``text`` is the text as written, when the match was made in a lower-cased copy."""
    kind = match.lastgroup
    found: tuple[datetime, str] | None
    try:
        if kind == "rel":
            found = _relative(match, grammar, now)
        elif kind == "now":
            found = now, "minute"
        elif kind == "last":
            phrase = match.group("last")
            last = grammar.language.last
            unit = last.get(phrase) or last[_key(phrase)]
            found = shift(now, {unit: 1}, -1), unit
        elif kind == "iso":
            found = _iso(match.group("iso"), now)
        else:
            found = _calendar(match, grammar, now)
    except (OverflowError, ValueError):
        return None
    if found is None:
        return None
    start, end = match.span()
    written = match.string[start:end] if text is None else text[start:end]
    # tuple.__new__ directly: a third of the cost of the named tuple's own __new__.
    return _new_tuple(
        Timestamp, (found[0], written, (start, end), found[1], grammar.language.code)
    )


def _relative(
    match: re.Match[str], grammar: _Grammar, now: datetime
) -> tuple[datetime, str] | None:
    language = grammar.language
    q1, w1, u1, q2, w2, u2, before = match.group(*_RELATIVE_GROUPS)
    unit = language.units[u1.lower()]
    n1 = int(q1) if q1 is not None else language.numbers[w1.lower()]
    sign = -1 if before is None else grammar.signs.get(before) or grammar.signs[_key(before)]
    if sign > 0 and (len(u1) == 1 or (u2 is not None and len(u2) == 1)):
        return None  # "in 3D printing", "in 100 m hurdles": a letter is a unit only in the past
    factor = _SECONDS.get(unit)
    if u2 is None and factor is not None:
        # The common case, "10 minuten geleden", without building a table of amounts.
        elapsed = timedelta(0, n1 * factor * sign)
        if now.tzinfo is None:
            return now + elapsed, unit
        return (now.astimezone(UTC) + elapsed).astimezone(now.tzinfo), unit
    amounts = {unit: n1}
    if u2 is not None:
        unit2 = language.units[u2.lower()]
        n = int(q2) if q2 is not None else language.numbers[w2.lower()]
        amounts[unit2] = amounts.get(unit2, 0) + n
        if PRECISIONS.index(unit2) < PRECISIONS.index(unit):
            unit = unit2
    return shift(now, amounts, sign), unit


def _iso(text: str, now: datetime) -> tuple[datetime, str]:
    value = datetime.fromisoformat(text.upper().replace(",", "."))
    if len(text) == 10:
        precision = "day"
    else:
        precision = "minute" if len(text) <= 16 or text[16] != ":" else "second"
    if value.tzinfo is None:
        return _wall(now, value.date(), value.hour, value.minute, value.second), precision
    if now.tzinfo is not None:
        value = value.astimezone(now.tzinfo)
    return value, precision


def _calendar(
    match: re.Match[str], grammar: _Grammar, now: datetime
) -> tuple[datetime, str] | None:
    (
        date_part, d, mon, y, d2, mon2, y2, n1, n2, n3, mon3, y3, day_word, wd, wd2,
        h, csep, m, s, hm, ampm, suffix, at,
    ) = match.group(*grammar.calendar_groups)
    language = grammar.language
    if h is None:
        if date_part is None:
            return None
        hms = None
        precision = "day"
    else:
        hour, minute, second = int(h), int(m or hm or 0), int(s or 0)
        if ampm:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm[0] in "pP" else 0)
        if hour > 23 or minute > 59 or second > 59:
            return None
        if _zone_after(match):
            return None  # "14:05 GMT" is no wall time in now's zone: not understood
        hms = hour, minute, second
        precision = "second" if s else "minute"
    if d is not None or d2 is not None or n1 is not None:
        if n1 is not None:
            a, b = int(n1), int(n2)
            day, month = (a, b) if language.numeric_order == "dmy" else (b, a)
            years: Sequence[int] = (int(n3),)
        else:
            day = int(d or d2)
            month = language.months[(mon or mon2).lower()]
            written = y or y2
            # Without a year: the most recent such date, looking back past February 29ths.
            years = (int(written),) if written else range(now.year, now.year - 9, -1)
        zone = now.tzinfo
        hour, minute, second = hms or (0, 0, 0)
        for year in years:
            try:
                value = datetime(year, month, day, hour, minute, second, 0, zone)
            except ValueError:
                continue
            if zone is not None:
                value = value.astimezone(UTC).astimezone(zone)  # out of a DST gap
            if len(years) == 1 or value <= now:
                break
        else:
            return None
        if wd is not None and grammar.weekdays[wd.lower()] != value.weekday():
            return None  # "za 28 nov. 2026" on a Friday: one of the two is wrong
        return value, precision
    if mon3 is not None:
        if hms:
            return None
        return _wall(now, date(int(y3), language.months[mon3.lower()], 1), 0, 0, 0), "month"
    if day_word is not None:
        offset = language.days.get(day_word)
        if offset is None:
            offset = language.days[_key(day_word)]
        if hms is None:
            return shift(now, {"day": abs(offset)}, 1 if offset > 0 else -1), "day"
        return _wall(now, now.date() + timedelta(offset), *hms), precision
    today = now.date()
    if wd2 is not None:
        back = (today.weekday() - language.weekdays[wd2.lower()]) % 7
        if hms is None:
            return shift(now, {"day": back}, -1), "day"
        value = _wall(now, today - timedelta(back), *hms)
        if value > now:
            value = _wall(now, today - timedelta(back + 7), *hms)
        return value, precision
    if hms is None:
        return None
    if at is None:
        if csep == "." and not suffix:
            return None  # "14.05" alone is as likely a number as a time
        if m is None and hm is None and _next_word(match):
            return None  # "4 uur lang", "2 uur ago": a duration, or not understood
    value = _wall(now, today, *hms)
    if value > now:
        value = _wall(now, today - timedelta(1), *hms)
    return value, precision


# Zone names written after a clock time. Reading such a time in now's zone would be wrong;
# newswire does not convert them (yet), so it gives no answer rather than a wrong one.
ZONES = frozenset(
    "gmt utc z cet cest met mest mez mesz wet west eet eest bst ist est edt cst cdt mst mdt "
    "pst pdt et pt ct akst hst jst kst aest aedt msk".split()
)


# am or pm after a clock, in one case throughout: "Am" after a clock is the German "am"
# ("14:05 Am Rhein"). Clock-list lines use it too (newswire.segment).
MERIDIEM = r"(?:[ap]m|[AP]M|[ap]\.m\.|[AP]\.M\.)(?![^\W\d_])"
_HALF_DAY = rf" {{0,3}}{MERIDIEM}"


def _half_day_after(text: str, end: int) -> bool:
    """Whether ``am`` or ``pm`` (``a.m.``, ``PM``) follows ``end`` in ``text``."""
    return re.compile(_HALF_DAY).match(text, end) is not None


_ZONE_WORD = r"\(?([^\W\d_]{1,5})(?:[+-]\d{1,2}(?::?\d{2})?)?\)?[,.;]?"  # compiled by re


def is_zone(word: str, *, capitals: bool = False) -> bool:
    """Whether ``word`` names a time zone as pages write it after a time: ``GMT``, ``(MEZ)``,
    ``EST,``, ``GMT+1``, ``UTC-05:00``; with ``capitals``, only written in capitals, of two
    letters or more (``Met``, ``West-Vlaanderen`` and ``Z`` are no zones there)."""
    if capitals and not word.isupper():  # most words of a headline: no pattern tried
        return False
    m = re.fullmatch(_ZONE_WORD, word)
    if m is None:
        return False
    name = m.group(1)
    return name.lower() in ZONES and (not capitals or (len(name) > 1 and name.isupper()))


# Words a clock time may be written with after it, in any language ("14:05 Uhr GMT"), and
# the units and past words a longer expression goes on with ("1h 20m ago").
_CLOCK_WORDS = frozenset(w for lang in LANGUAGES.values() for w in lang.clock_suffixes)
_GOES_ON = frozenset(
    w for lang in LANGUAGES.values() for w in (*lang.units, *lang.past_after) if " " not in w
)


def _zone_after(match: re.Match[str]) -> bool:
    """Whether a zone's name follows the match, maybe after a clock word or in parentheses:
    ``14:05 GMT``, ``14:05 Uhr MESZ``, ``14:05 (GMT)``."""
    text, i = match.string, match.end()
    for _ in range(2):
        while i < len(text) and text[i] in " (":
            i += 1
        j = i
        while j < len(text) and text[j].isalpha():
            j += 1
        word = text[i:j].lower()
        if word in ZONES:
            return True
        if word not in _CLOCK_WORDS:
            return False
        i = j
    return False


def _goes_on(text: str, end: int) -> bool:
    """Whether the expression read up to ``end`` goes on with more of a time than was read:
    a number, a unit or a past word (``1h 20m ago``, read as far as ``1h``)."""
    i = end
    while i < len(text) and text[i] == " ":
        i += 1
    if i < len(text) and text[i].isdigit():
        return True
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    return i > end and text[i:j].lower() in _GOES_ON


def _next_word(match: re.Match[str]) -> str:
    """The word right after a match, lower case ("" if none)."""
    text, i = match.string, match.end()
    while i < len(text) and text[i] == " ":
        i += 1
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:j].lower()


def _wall(now: datetime, on: date, hour: int, minute: int, second: int) -> datetime:
    """The instant a wall clock in ``now``'s zone shows ``on`` at the given time."""
    zone = now.tzinfo
    wall = datetime(on.year, on.month, on.day, hour, minute, second, 0, zone)
    if zone is None:
        return wall
    # A wall time in a DST gap does not exist; the round trip gives the instant it stands for.
    return wall.astimezone(UTC).astimezone(zone)


def shift(now: datetime, amounts: dict[str, int], sign: int) -> datetime:
    """``now`` moved by ``amounts`` (unit → count) in direction ``sign``, per the module rules."""
    seconds = days = months = 0
    for unit, n in amounts.items():
        factor = _SECONDS.get(unit)
        if factor is not None:
            seconds += n * factor
        elif unit == "day":
            days += n
        elif unit == "week":
            days += 7 * n
        else:
            months += n if unit == "month" else 12 * n
    value = now
    # Adding to an aware datetime moves its wall clock and keeps its zone: a calendar step.
    # (Timedeltas are built from positional arguments: keywords cost twice as much.)
    if months:
        # Imported here: most pages only say minutes and hours, and start-up counts.
        from dateutil.relativedelta import relativedelta

        value = value + relativedelta(months=months * sign)
    if days:
        value = value + timedelta(days * sign)
    zone = value.tzinfo
    if zone is not None and (days or months):
        # A wall time in a DST gap does not exist; the round trip gives its instant.
        value = value.astimezone(UTC).astimezone(zone)
    if seconds:
        elapsed = timedelta(0, seconds * sign)
        if zone is None:
            value = value + elapsed
        else:
            value = (value.astimezone(UTC) + elapsed).astimezone(zone)
    return value


def _zone(tz: tzinfo | str) -> tzinfo:
    if isinstance(tz, tzinfo):
        return tz
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {tz!r}") from None


def parse_timestamp(
    text: str, *, now: datetime, lang: str | None = None, tz: tzinfo | str | None = None
) -> Timestamp | None:
    """The time expression at the start of ``text`` (after any spaces), resolved to an instant.

    ``lang`` picks one language's words; None tries every known language in turn. ``tz`` (a
    tzinfo or an IANA name) is the zone whose wall clock dates and calendar steps are read on:
    a naive ``now`` is taken to be in it, an aware one converted to it. Returns None when the
    text does not start with an expression understood exactly; it never guesses.
    """
    if tz is not None:
        zone = _zone(tz)
        now = now.replace(tzinfo=zone) if now.tzinfo is None else now.astimezone(zone)
    pos = len(text) - len(text.lstrip()) if text[:1].isspace() else 0
    # Expressions are short: only a window is read, so the cost does not grow with the text.
    window = text[pos : pos + _WINDOW]
    if lang is None:
        grammars = _ALL_GRAMMARS
    else:
        grammar = _GRAMMARS.get(lang)
        grammars = (grammar if grammar is not None else _GRAMMARS[get_language(lang).code],)
    lower = window.lower()
    same_length = len(lower) == len(window)
    for g in grammars:
        m = (g._pattern or g.pattern).match(lower) if same_length else g.any_case.match(window)
        if m is None:
            continue
        end = pos + m.end()
        if end > pos and (end == len(text) or _ends_clean(text, end)) and not _goes_on(
            window, m.end()
        ):
            found = resolve(m, g, now, window)
            if found is not None and not (
                # "2:05 pm" read as 02:05 by a language without a 12-hour clock: English
                # reads all of it.
                found.precision in ("minute", "second") and 1 <= found.value.hour <= 12
                and _half_day_after(window, m.end())
            ):
                return found._replace(span=(pos, end)) if pos else found
    return None


__all__ = ["PRECISIONS", "Timestamp", "parse_timestamp"]
