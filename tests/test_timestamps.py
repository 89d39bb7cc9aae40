"""Relative time expressions (``10 minuten geleden``, ``2 hours ago``) resolved against ``now``.

Every expected value below was worked out by hand from the rules: seconds, minutes and hours
are elapsed time on the UTC line; days, weeks, months and years are calendar steps on the wall
clock of ``now``'s zone (dateutil relativedelta). None was copied from running the parser.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newswire import parse_timestamp

AMS = ZoneInfo("Europe/Amsterdam")
NY = ZoneInfo("America/New_York")

NOW_NL = datetime(2026, 5, 14, 15, 30, tzinfo=AMS)  # a Thursday afternoon, CEST (+02:00)
NOW_EN = datetime(2026, 5, 14, 9, 30, tzinfo=NY)  # the same Thursday morning, EDT (-04:00)

# (text, expected wall time in Amsterdam) with now = NOW_NL.
DUTCH_RELATIVE = [
    ("10 minuten geleden", "2026-05-14 15:20"),
    ("1 minuut geleden", "2026-05-14 15:29"),
    ("een minuut geleden", "2026-05-14 15:29"),
    ("5 min geleden", "2026-05-14 15:25"),
    ("5 min. geleden", "2026-05-14 15:25"),
    ("30 seconden geleden", "2026-05-14 15:29:30"),
    ("1 seconde geleden", "2026-05-14 15:29:59"),
    ("45 sec geleden", "2026-05-14 15:29:15"),
    ("45 sec. geleden", "2026-05-14 15:29:15"),
    ("4 uur geleden", "2026-05-14 11:30"),
    ("4u geleden", "2026-05-14 11:30"),
    ("4 u geleden", "2026-05-14 11:30"),
    ("4u. geleden", "2026-05-14 11:30"),
    ("3 uren geleden", "2026-05-14 12:30"),
    ("16 uur geleden", "2026-05-13 23:30"),
    ("één uur geleden", "2026-05-14 14:30"),
    ("Een uur geleden", "2026-05-14 14:30"),
    ("twee uur geleden", "2026-05-14 13:30"),
    ("1 dag geleden", "2026-05-13 15:30"),
    ("2 dagen geleden", "2026-05-12 15:30"),
    ("drie dagen geleden", "2026-05-11 15:30"),
    ("1 week geleden", "2026-05-07 15:30"),
    ("een week geleden", "2026-05-07 15:30"),
    ("2 weken geleden", "2026-04-30 15:30"),
    ("vier weken geleden", "2026-04-16 15:30"),
    ("1 maand geleden", "2026-04-14 15:30"),
    ("vijf maanden geleden", "2025-12-14 15:30"),
    ("1 jaar geleden", "2025-05-14 15:30"),
    ("3 jaren geleden", "2023-05-14 15:30"),
    ("zes jaar geleden", "2020-05-14 15:30"),
    ("zeven minuten geleden", "2026-05-14 15:23"),
    ("acht seconden geleden", "2026-05-14 15:29:52"),
    ("negen uur geleden", "2026-05-14 06:30"),
    ("tien minuten geleden", "2026-05-14 15:20"),
    ("elf dagen geleden", "2026-05-03 15:30"),
    ("twaalf maanden geleden", "2025-05-14 15:30"),
    ("1440 minuten geleden", "2026-05-13 15:30"),
    ("9999 seconden geleden", "2026-05-14 12:43:21"),
    ("over 5 minuten", "2026-05-14 15:35"),
    ("over 2 uur", "2026-05-14 17:30"),
    ("over drie dagen", "2026-05-17 15:30"),
    ("over een week", "2026-05-21 15:30"),
    ("over 1 maand", "2026-06-14 15:30"),
    ("over 1 uur en 30 minuten", "2026-05-14 17:00"),
    ("1 uur en 20 minuten geleden", "2026-05-14 14:10"),
    ("1 uur, 20 minuten geleden", "2026-05-14 14:10"),
    ("1 uur, en 20 minuten geleden", "2026-05-14 14:10"),
    ("2 uur 15 minuten geleden", "2026-05-14 13:15"),
    ("1 dag en 3 uur geleden", "2026-05-13 12:30"),
    ("2 weken en 3 dagen geleden", "2026-04-27 15:30"),
    ("1 jaar en 2 maanden geleden", "2025-03-14 15:30"),
    ("zojuist", "2026-05-14 15:30"),
    ("Zojuist", "2026-05-14 15:30"),
    ("zo-even", "2026-05-14 15:30"),
    ("zoeven", "2026-05-14 15:30"),
    ("10 MINUTEN GELEDEN", "2026-05-14 15:20"),
    ("10 minuten geleden.", "2026-05-14 15:20"),
    ("10 minuten geledenSAN ANTONIO (ANP) - De", "2026-05-14 15:20"),
    ("4 uur geledenBAGDAD (ANP/AFP) - Het", "2026-05-14 11:30"),
    ("  5 minuten geleden", "2026-05-14 15:25"),
    ("4 uur geleden | Buitenland", "2026-05-14 11:30"),
]

# (text, expected wall time in New York) with now = NOW_EN.
ENGLISH_RELATIVE = [
    ("10 minutes ago", "2026-05-14 09:20"),
    ("1 minute ago", "2026-05-14 09:29"),
    ("a minute ago", "2026-05-14 09:29"),
    ("eleven minutes ago", "2026-05-14 09:19"),
    ("5 mins ago", "2026-05-14 09:25"),
    ("5 min ago", "2026-05-14 09:25"),
    ("1 h 20 min ago", "2026-05-14 08:10"),  # not "1 h 20" read as the clock 01:20
    ("5m ago", "2026-05-14 09:25"),
    ("1h 20m ago", "2026-05-14 08:10"),
    ("3d ago", "2026-05-11 09:30"),
    # A number touching its letter, alone, as lists write it ("3h" is read in turn, and
    # Dutch takes it for three o'clock first: see the test below).
    ("45m", "2026-05-14 08:45"),
    ("2d", "2026-05-12 09:30"),
    ("30 seconds ago", "2026-05-14 09:29:30"),
    ("1 second ago", "2026-05-14 09:29:59"),
    ("20 secs ago", "2026-05-14 09:29:40"),
    ("1 sec ago", "2026-05-14 09:29:59"),
    ("2 hours ago", "2026-05-14 07:30"),
    ("an hour ago", "2026-05-14 08:30"),
    ("one hour ago", "2026-05-14 08:30"),
    ("nine hours ago", "2026-05-14 00:30"),
    ("15 hours ago", "2026-05-13 18:30"),
    ("3 hrs ago", "2026-05-14 06:30"),
    ("1 hr ago", "2026-05-14 08:30"),
    ("2h ago", "2026-05-14 07:30"),
    ("2 h ago", "2026-05-14 07:30"),
    ("a day ago", "2026-05-13 09:30"),
    ("three days ago", "2026-05-11 09:30"),
    ("four days ago.", "2026-05-10 09:30"),
    ("a week ago", "2026-05-07 09:30"),
    ("two weeks ago", "2026-04-30 09:30"),
    ("a month ago", "2026-04-14 09:30"),
    ("six months ago", "2025-11-14 09:30"),
    ("a year ago", "2025-05-14 09:30"),
    ("twelve years ago", "2014-05-14 09:30"),
    ("in 5 minutes", "2026-05-14 09:35"),
    ("in an hour", "2026-05-14 10:30"),
    ("in 3 days", "2026-05-17 09:30"),
    ("in two weeks", "2026-05-28 09:30"),
    ("2 hours 5 minutes ago", "2026-05-14 07:25"),
    ("2 hours and 5 minutes ago", "2026-05-14 07:25"),
    ("1 day and 2 hours ago", "2026-05-13 07:30"),
    ("just now", "2026-05-14 09:30"),
    ("Just now", "2026-05-14 09:30"),
    ("moments ago", "2026-05-14 09:30"),
    ("10 MINUTES AGO", "2026-05-14 09:20"),
    ("5 hours agoWASHINGTON (AP) - The", "2026-05-14 04:30"),
    ("   7 minutes ago", "2026-05-14 09:23"),
]

# (text, now, zone, expected): across the 2026 DST changes. Elapsed units move the instant
# (and so may change the offset); calendar units keep the wall clock time.
# Europe/Amsterdam: Mar 29 02:00 CET -> 03:00 CEST; Oct 25 03:00 CEST -> 02:00 CET.
# America/New_York: Mar 8 02:00 EST -> 03:00 EDT; Nov 1 02:00 EDT -> 01:00 EST.
DST = [
    ("3 uur geleden", "2026-03-29T04:30+02:00", "Europe/Amsterdam", "2026-03-29T00:30+01:00"),
    ("1 dag geleden", "2026-03-29T04:30+02:00", "Europe/Amsterdam", "2026-03-28T04:30+01:00"),
    ("24 uur geleden", "2026-03-29T04:30+02:00", "Europe/Amsterdam", "2026-03-28T03:30+01:00"),
    ("30 minuten geleden", "2026-03-29T03:10+02:00", "Europe/Amsterdam", "2026-03-29T01:40+01:00"),
    ("over 2 uur", "2026-03-29T01:30+01:00", "Europe/Amsterdam", "2026-03-29T04:30+02:00"),
    ("1 week geleden", "2026-04-02T12:00+02:00", "Europe/Amsterdam", "2026-03-26T12:00+01:00"),
    ("1 maand geleden", "2026-04-15T10:00+02:00", "Europe/Amsterdam", "2026-03-15T10:00+01:00"),
    ("2 uur geleden", "2026-10-25T03:30+01:00", "Europe/Amsterdam", "2026-10-25T02:30+02:00"),
    ("1 uur geleden", "2026-10-25T02:30+01:00", "Europe/Amsterdam", "2026-10-25T02:30+02:00"),
    ("1 dag geleden", "2026-10-25T12:00+01:00", "Europe/Amsterdam", "2026-10-24T12:00+02:00"),
    ("24 uur geleden", "2026-10-25T12:00+01:00", "Europe/Amsterdam", "2026-10-24T13:00+02:00"),
    ("over 1 dag", "2026-10-24T12:00+02:00", "Europe/Amsterdam", "2026-10-25T12:00+01:00"),
    ("2 hours ago", "2026-03-08T03:30-04:00", "America/New_York", "2026-03-08T00:30-05:00"),
    ("1 day ago", "2026-03-08T12:00-04:00", "America/New_York", "2026-03-07T12:00-05:00"),
    ("24 hours ago", "2026-03-08T12:00-04:00", "America/New_York", "2026-03-07T11:00-05:00"),
    ("in 2 days", "2026-03-07T09:00-05:00", "America/New_York", "2026-03-09T09:00-04:00"),
    ("1 hour ago", "2026-11-01T01:30-05:00", "America/New_York", "2026-11-01T01:30-04:00"),
    ("in 1 hour", "2026-11-01T01:30-04:00", "America/New_York", "2026-11-01T01:30-05:00"),
    ("3 hours ago", "2026-11-01T03:00-05:00", "America/New_York", "2026-11-01T01:00-04:00"),
    ("1 week ago", "2026-11-05T09:00-05:00", "America/New_York", "2026-10-29T09:00-04:00"),
]

# (text, naive now, naive expected): no zone, so no DST; month and year ends clamp.
NAIVE = [
    ("3 uur geleden", "2026-03-29 04:30", "2026-03-29 01:30"),
    ("2 hours ago", "2026-03-08 03:30", "2026-03-08 01:30"),
    ("10 minuten geleden", "2026-01-01 00:05", "2025-12-31 23:55"),
    ("90 seconds ago", "2026-05-14 00:00:30", "2026-05-13 23:59:00"),
    ("1 maand geleden", "2026-03-31 10:00", "2026-02-28 10:00"),
    ("1 maand geleden", "2024-03-31 10:00", "2024-02-29 10:00"),
    ("6 maanden geleden", "2026-08-31 12:00", "2026-02-28 12:00"),
    ("1 maand en 2 dagen geleden", "2026-03-31 10:00", "2026-02-26 10:00"),
    ("1 month ago", "2026-05-31 18:00", "2026-04-30 18:00"),
    ("over 1 maand", "2026-01-31 09:00", "2026-02-28 09:00"),
    ("1 jaar geleden", "2024-02-29 08:00", "2023-02-28 08:00"),
    ("in 1 year", "2028-02-29 00:00", "2029-02-28 00:00"),
    ("1 dag geleden", "2026-03-01 12:00", "2026-02-28 12:00"),
    ("1 day ago", "2024-03-01 12:00", "2024-02-29 12:00"),
    ("2 weken geleden", "2026-01-10 06:00", "2025-12-27 06:00"),
    ("over 36 uur", "2026-12-31 20:00", "2027-01-02 08:00"),
    ("zojuist", "2026-05-14 12:34:56", "2026-05-14 12:34:56"),
    ("just now", "2026-05-14 12:34:56", "2026-05-14 12:34:56"),
]

# (text,): no time expression at the start, or one not understood exactly.
NOT_TIMESTAMPS = [
    ("Boeing 737",),
    ("15 en 16 september",),
    ("over",),
    ("geleden",),
    ("4 uur geledenheid",),
    ("4 uur lang",),
    ("14.05",),
    # A clock time in a named zone is not read in now's zone (newswire does not convert it).
    ("14:05 GMT",),
    ("today 2:05 pm EST",),
    ("2:05 pm EST",),  # not 02:05 read by a language without a 12-hour clock
    ("28 november 2026 14:05 CET",),
    ("heute, 14:05 Uhr MEZ",),
    ("14:05 Uhr GMT",),  # the zone after another language's clock word
    ("14:05 h GMT",),
    ("14:05 (GMT)",),
    # More of a time than is read: not the part that is ("1h" is no clock here).
    ("1u 20m geleden",),
    # A letter is a unit only in the past: "in 3D" is no date.
    ("in 3D printing",),
    ("3h later",),
    ("in 3h",),
    ("in 100 m hurdles",),
    ("1h20 ago",),
    ("il y a 1 h 20",),
    ("hace 1h 20m",),
    ("1 mint geleden",),
    ("zei hij 10 minuten geleden",),
    ("",),
    ("   ",),
    ("5 minuten",),
    ("over 5",),
    ("minuten geleden",),
    ("10 minuten geleden2",),
    ("12345 minuten geleden",),
    ("dertien minuten geleden",),
    ("anderhalf uur geleden",),
    ("een kwartier geleden",),
    ("een paar minuten geleden",),
    ("over 2 uurtjes",),
    ("2 uur ago",),
    ("2 hours geleden",),
    ("2 hours agony",),
    ("in 2015 the company",),
    ("a few minutes ago",),
    ("thirteen minutes ago",),
    ("hours ago",),
    ("just nowhere",),
    ("zojuistje",),
    ("It happened 2 hours ago",),
]

# (text, matched text, span, precision, lang) with now = NOW_NL.
DETAILS = [
    ("10 minuten geleden", "10 minuten geleden", (0, 18), "minute", "nl"),
    ("   4u geleden, meldt de politie", "4u geleden", (3, 13), "hour", "nl"),
    ("10 minuten geledenSAN ANTONIO (ANP) -", "10 minuten geleden", (0, 18), "minute", "nl"),
    ("30 sec. geleden", "30 sec. geleden", (0, 15), "second", "nl"),
    ("3 weken geleden", "3 weken geleden", (0, 15), "week", "nl"),
    ("over 3 dagen", "over 3 dagen", (0, 12), "day", "nl"),
    ("1 jaar en 2 maanden geleden", "1 jaar en 2 maanden geleden", (0, 27), "month", "nl"),
    (" 1 dag en 3 uur geleden", "1 dag en 3 uur geleden", (1, 23), "hour", "nl"),
    ("5 jaar geleden werd", "5 jaar geleden", (0, 14), "year", "nl"),
    ("Zojuist", "Zojuist", (0, 7), "minute", "nl"),
    ("2 hours and 5 minutes ago.", "2 hours and 5 minutes ago", (0, 25), "minute", "en"),
    ("in 2 hrs", "in 2 hrs", (0, 8), "hour", "en"),
    ("a year ago", "a year ago", (0, 10), "year", "en"),
    ("  two weeks ago", "two weeks ago", (2, 15), "week", "en"),
    ("just now", "just now", (0, 8), "minute", "en"),
    ("Moments ago", "Moments ago", (0, 11), "minute", "en"),
    # Without lang: Dutch reads a clock, but not "pm"; English reads all of it.
    ("2:05 pm Oil prices rise", "2:05 pm", (0, 7), "minute", "en"),
    ("9:30 a.m. Markets open", "9:30 a.m.", (0, 9), "minute", "en"),
    ("14:05 am Rhein", "14:05", (0, 5), "minute", "nl"),  # no 12-hour clock: German "am"
    ("10:15 Am Montag", "10:15", (0, 5), "minute", "nl"),  # "Am", capitalised: German
]

# (text, lang, expected language or None): lang restricts the words tried.
LANG_ARGUMENT = [
    ("2 uur geleden", "nl", "nl"),
    ("2 uur geleden", "NL", "nl"),
    ("2 uur geleden", "nl-BE", "nl"),
    ("2 uur geleden", "en", None),
    ("2 hours ago", "en", "en"),
    ("2 hours ago", "en-GB", "en"),
    ("2 hours ago", "nl", None),
    ("3h", "fr", "fr"),  # three o'clock
    ("45m", "nl", None),
    ("zojuist", "en", None),
    ("just now", "nl", None),
    ("in 5 minuten", "nl", None),
    ("in 5 Minuten", "de", "de"),
    ("vor 5 Minuten", "en", None),
    ("hier", "fr", "fr"),
    ("hier", "nl", None),
    ("2:05 pm", "nl", None),  # not 02:05: Dutch has no 12-hour clock
    ("2:05 pm", "en", "en"),
]


def _assert_same_moment(value: datetime, expected: datetime) -> None:
    """Same instant and same UTC offset (aware == alone ignores fold within one zone)."""
    assert value.astimezone(UTC) == expected.astimezone(UTC)
    assert value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("text", "expected"), DUTCH_RELATIVE)
def test_dutch_relative(text: str, expected: str) -> None:
    ts = parse_timestamp(text, now=NOW_NL)
    assert ts is not None
    assert ts.lang == "nl"
    assert ts.value.tzinfo is AMS
    _assert_same_moment(ts.value, datetime.fromisoformat(expected).replace(tzinfo=AMS))


# (text, lang, expected wall time in New York or None) with now = NOW_EN: "3h" alone is
# three hours ago in English and three o'clock in French; two digits at most.
ALONE = [
    ("3h", "en", "2026-05-14 06:30"),
    ("12h", "en", "2026-05-13 21:30"),
    ("3h", "fr", "2026-05-14 03:00"),
    ("18h", "fr", "2026-05-13 18:00"),
    ("100m", "en", None),
    ("3h later", "en", None),
    ("in 3h", "en", None),
    ("3 h", "en", "2026-05-14 03:00"),  # apart, the h of a clock
]


@pytest.mark.parametrize(("text", "lang", "expected"), ALONE)
def test_a_number_touching_its_letter_alone(text: str, lang: str, expected: str | None) -> None:
    ts = parse_timestamp(text, now=NOW_EN, lang=lang)
    if expected is None:
        assert ts is None
        return
    assert ts is not None
    _assert_same_moment(ts.value, datetime.fromisoformat(expected).replace(tzinfo=NY))


@pytest.mark.parametrize(("text", "expected"), ENGLISH_RELATIVE)
def test_english_relative(text: str, expected: str) -> None:
    ts = parse_timestamp(text, now=NOW_EN)
    assert ts is not None
    assert ts.lang == "en"
    assert ts.value.tzinfo is NY
    _assert_same_moment(ts.value, datetime.fromisoformat(expected).replace(tzinfo=NY))


@pytest.mark.parametrize(("text", "now", "zone", "expected"), DST)
def test_dst(text: str, now: str, zone: str, expected: str) -> None:
    tz = ZoneInfo(zone)
    ts = parse_timestamp(text, now=datetime.fromisoformat(now).astimezone(tz))
    assert ts is not None
    assert ts.value.tzinfo is tz
    _assert_same_moment(ts.value, datetime.fromisoformat(expected))


@pytest.mark.parametrize(("text", "now", "expected"), NAIVE)
def test_naive(text: str, now: str, expected: str) -> None:
    ts = parse_timestamp(text, now=datetime.fromisoformat(now))
    assert ts is not None
    assert ts.value.tzinfo is None
    assert ts.value == datetime.fromisoformat(expected)


@pytest.mark.parametrize(("text",), NOT_TIMESTAMPS)
def test_not_a_timestamp(text: str) -> None:
    assert parse_timestamp(text, now=NOW_NL) is None


@pytest.mark.parametrize(("text", "matched", "span", "precision", "lang"), DETAILS)
def test_details(
    text: str, matched: str, span: tuple[int, int], precision: str, lang: str
) -> None:
    ts = parse_timestamp(text, now=NOW_NL)
    assert ts is not None
    assert ts.text == matched
    assert ts.span == span
    assert text[span[0] : span[1]] == matched
    assert ts.precision == precision
    assert ts.lang == lang


@pytest.mark.parametrize(("text", "lang", "expected"), LANG_ARGUMENT)
def test_lang_argument(text: str, lang: str, expected: str | None) -> None:
    ts = parse_timestamp(text, now=NOW_NL, lang=lang)
    assert (ts.lang if ts is not None else None) == expected


# Any aware moment in 2000-2040 in a zone with DST, including ambiguous and skipped wall times.
aware_nows = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2040, 12, 31, 23, 59, 59),
    timezones=st.sampled_from([AMS, NY]),
)
counts = st.integers(min_value=1, max_value=500)


@given(now=aware_nows, n=counts)
def test_hours_ago_is_elapsed_time(now: datetime, n: int) -> None:
    for text in (f"{n} uur geleden", f"{n} hours ago"):
        ts = parse_timestamp(text, now=now)
        assert ts is not None
        assert ts.precision == "hour"
        assert ts.value.tzinfo is now.tzinfo
        assert ts.value.astimezone(UTC) == now.astimezone(UTC) - timedelta(hours=n)


@given(now=aware_nows, n=counts)
def test_minutes_ago_is_elapsed_time(now: datetime, n: int) -> None:
    for text in (f"{n} minuten geleden", f"{n} minutes ago"):
        ts = parse_timestamp(text, now=now)
        assert ts is not None
        assert ts.precision == "minute"
        assert ts.value.tzinfo is now.tzinfo
        assert ts.value.astimezone(UTC) == now.astimezone(UTC) - timedelta(minutes=n)


def test_a_match_of_the_any_case_pattern_resolves_before_the_other_is_compiled() -> None:
    # The scanner matches short lines with any_case alone; resolve() reads the match's
    # groups, which compiling the lower-case pattern used to be the only thing to set.
    from newswire.lang import LANGUAGES
    from newswire.timestamps import _Grammar, resolve

    grammar = _Grammar(LANGUAGES["de"])
    match = grammar.any_case.match("HEUTE 14:05")
    assert match is not None
    found = resolve(match, grammar, datetime(2026, 2, 1, 9))
    assert found is not None and found.value == datetime(2026, 2, 1, 14, 5)
