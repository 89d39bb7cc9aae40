"""Time expressions (``10 minuten geleden``, ``2 hours ago``, ``zojuist``) resolved to instants.

Semantics: seconds, minutes and hours are elapsed time, so they are subtracted on the UTC time
line; days and longer are calendar steps taken on the wall clock of ``now``'s zone. Across a DST
change ``3 uur geleden`` at 04:30 CEST is therefore 00:30 CET, and ``1 dag geleden`` keeps the
clock time. A naive ``now`` gives naive results in the same frame, an aware one aware results.

Every pattern is a fixed sequence of bounded pieces (``\\s{1,3}``, ``\\d{1,4}``, alternations of
literal words), so a match attempt costs a bounded number of steps and a scan is linear.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from newswire.lang import LANGUAGES, Language, get_language

PRECISIONS = ("second", "minute", "hour", "day", "week", "month", "year")
"""Precisions from finest to coarsest; a result is as precise as its smallest unit."""

_ELAPSED = {"second", "minute", "hour"}


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


def _alternation(words: object) -> str:
    """A regex alternation of literal words, longest first so no word shadows a longer one."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


class _Grammar:
    """One language's time patterns, compiled when first used (start-up stays fast)."""

    __slots__ = ("_pattern", "_tail", "closers", "endings", "language", "sources")

    def __init__(self, language: Language) -> None:
        self.language = language
        numbers = _alternation(language.numbers)
        units = _alternation(language.units)
        # A unit ends at its own dot ("min.") or where the word ends ("min" but not "mint").
        unit = rf"(?:{units})(?:(?<=\.)|(?![^\W\d_]))"

        def part(n: int) -> str:
            # Digits may touch their unit ("4u"); a number word may not ("tienminuten").
            return rf"(?:(?P<q{n}>\d{{1,4}})\s{{0,2}}|(?P<w{n}>{numbers})\s{{1,2}})(?P<u{n}>{unit})"

        joiner = rf"\s{{0,2}},?\s{{1,3}}(?:(?:{_alternation(language.conjunctions)})\s{{1,3}})?"
        relative = (
            rf"(?:(?P<future>{_alternation(language.future_before)})\s{{1,3}})?"
            rf"{part(1)}(?:{joiner}{part(2)})?"
            rf"(?(future)|\s{{1,3}}(?P<past>{_alternation(language.past_after)}))"
        )
        just_now = rf"(?P<now>{_alternation(language.just_now)})"
        # A past time or "just now" that ends exactly where the searched text ends: the parser
        # finds a closing word ("geleden") first and looks back from it over a short window.
        past = (
            rf"(?P<future>(?!))?{part(1)}(?:{joiner}{part(2)})?"
            rf"\s{{1,3}}(?P<past>{_alternation(language.past_after)})"
        )
        self.sources = (
            rf"(?<![^\W_])(?:{relative}|{just_now})",
            rf"(?<![^\W_])(?:{past}|{just_now})\Z",
        )
        self._pattern: re.Pattern[str] | None = None
        self._tail: re.Pattern[str] | None = None
        # How item times end, as written in running text (a capital only starts a line).
        closers = [*language.past_after, *language.just_now]
        self.endings = tuple({w for c in closers for w in (c, c.capitalize(), c.upper())})
        # The same words in lower case, to find where a time glued to a dateline ends.
        self.closers = tuple(w.lower() for w in closers)

    @property
    def pattern(self) -> re.Pattern[str]:
        """Any time expression: past, future or "just now"."""
        if self._pattern is None:
            self._pattern = re.compile(self.sources[0], re.IGNORECASE)
        return self._pattern

    @property
    def tail(self) -> re.Pattern[str]:
        if self._tail is None:
            self._tail = re.compile(self.sources[1], re.IGNORECASE)
        return self._tail


def _ends_clean(text: str, end: int) -> bool:
    # "geleden" may be glued to the next item's capitalised dateline, never to a lowercase word.
    if end >= len(text):
        return True
    ch = text[end]
    return not (ch.islower() or ch.isdigit())


_GRAMMARS = {code: _Grammar(language) for code, language in LANGUAGES.items()}


def resolve(match: re.Match[str], grammar: _Grammar, now: datetime) -> Timestamp | None:
    """The instant a pattern match stands for, or None if it falls outside the calendar."""
    language = grammar.language
    if match.group("now"):
        amounts: dict[str, int] = {}
        precision = "minute"
    else:
        amounts = {}
        for n in (1, 2):
            q = match.group(f"q{n}")
            w = match.group(f"w{n}")
            if q is None and w is None:
                continue
            quantity = int(q) if q is not None else language.numbers[w.lower()]
            unit = language.units[match.group(f"u{n}").lower()]
            amounts[unit] = amounts.get(unit, 0) + quantity
        precision = min(amounts, key=PRECISIONS.index)
    sign = 1 if match.group("future") else -1
    try:
        value = shift(now, amounts, sign)
    except (OverflowError, ValueError):
        return None
    return Timestamp(
        value=value,
        text=match.group(),
        span=match.span(),
        precision=precision,
        lang=language.code,
    )


def shift(now: datetime, amounts: dict[str, int], sign: int) -> datetime:
    """``now`` moved by ``amounts`` (unit → count) in direction ``sign``, per the module rules."""
    value = now
    if "day" in amounts or "week" in amounts or "month" in amounts or "year" in amounts:
        # Imported here: most pages only say minutes and hours, and start-up counts.
        from dateutil.relativedelta import relativedelta

        calendar = relativedelta(
            days=amounts.get("day", 0),
            weeks=amounts.get("week", 0),
            months=amounts.get("month", 0),
            years=amounts.get("year", 0),
        )
        value = value + calendar * sign
        if value.tzinfo is not None:
            # A wall time can fall in a DST gap; the round trip gives the real instant.
            value = value.astimezone(UTC).astimezone(value.tzinfo)
    elapsed = timedelta(
        seconds=amounts.get("second", 0),
        minutes=amounts.get("minute", 0),
        hours=amounts.get("hour", 0),
    )
    if elapsed:
        if value.tzinfo is not None:
            value = (value.astimezone(UTC) + elapsed * sign).astimezone(value.tzinfo)
        else:
            value = value + elapsed * sign
    return value


def parse_timestamp(text: str, *, now: datetime, lang: str | None = None) -> Timestamp | None:
    """The time expression at the start of ``text`` (after any spaces), resolved to an instant.

    ``lang`` picks one language's words; None tries every known language. Returns None when the
    text does not start with an expression understood exactly; it never guesses.
    """
    pos = len(text) - len(text.lstrip())
    codes = [get_language(lang).code] if lang else list(_GRAMMARS)
    for code in codes:
        g = _GRAMMARS[code]
        m = g.pattern.match(text, pos)
        if m and _ends_clean(text, m.end()):
            return resolve(m, g, now)
    return None


__all__ = ["PRECISIONS", "Timestamp", "parse_timestamp"]
