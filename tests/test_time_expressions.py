"""Time expressions in every language table: relative times, just-now words, day words,
weekdays, ``last week``, written, numeric and ISO dates, and clock times.

Every expected value below was worked out by hand from the documented rules and the calendar;
none was copied from running the parser. The rules:

- seconds, minutes and hours are elapsed time on the UTC line; days, weeks, months and years
  are calendar steps on the wall clock of ``now``'s zone (month steps clamp the day);
- just-now words are ``now``, minute-precise;
- a day word alone moves ``now`` by whole calendar days (day-precise); with a clock time it is
  that wall time on that day (minute-precise);
- a weekday is the most recent such day, today included; with a clock time later than ``now``
  on today's weekday it is the same weekday one week earlier;
- a date alone is midnight (day), with a clock minute-precise (second with seconds); without a
  year it is the most recent such date not after ``now``; ``november 2026`` is its first day;
- a clock time alone is the most recent such wall time not after ``now``;
- wall times are read in ``now``'s zone; a naive ``now`` gives naive results.

Calendar facts used: 2026-11-28 is a Saturday, so the week before it runs Sunday 22 (back 6),
Monday 23 (back 5), Tuesday 24, Wednesday 25, Thursday 26, Friday 27. Europe/Amsterdam is CET
(+01:00) from 2026-10-25 03:00 and CEST (+02:00) from 2026-03-29 02:00; America/New_York goes
EST -> EDT on 2026-03-08 and back on 2026-11-01 (02:00 EDT -> 01:00 EST, i.e. 06:00 UTC).
2026-03-29 and 2026-11-01 are Sundays; 2028-02-29 is a Tuesday, 2028-03-01 a Wednesday.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newswire import parse_timestamp

AMS = ZoneInfo("Europe/Amsterdam")
NY = ZoneInfo("America/New_York")

# Saturday afternoon, CET (+01:00) = 13:30 UTC. Every row of ROWS is resolved against it, and
# expected values are wall times in Amsterdam.
NOW = datetime(2026, 11, 28, 14, 30, tzinfo=AMS)


# (lang, text, expected wall time in Amsterdam or None, precision); now = NOW.
DUTCH: list[object] = [
    # Relative: abbreviations, future, combinations, elapsed hours across the October change.
    ("nl", "over 10 min.", "2026-11-28 14:40", "minute"),
    ("nl", "2 u. geleden", "2026-11-28 12:30", "hour"),
    ("nl", "20 sec. geleden", "2026-11-28 14:29:40", "second"),
    ("nl", "over twee uur en 15 minuten", "2026-11-28 16:45", "minute"),
    ("nl", "over 3 weken", "2026-12-19 14:30", "week"),
    ("nl", "2 maanden geleden", "2026-09-28 14:30", "month"),  # calendar step: CEST, 14:30
    ("nl", "900 uur geleden", "2026-10-22 03:30", "hour"),  # 37 d 12 h before 13:30 UTC
    # Just now.
    ("nl", "zonet", "2026-11-28 14:30", "minute"),
    # Day words, alone and with a clock time.
    ("nl", "vandaag", "2026-11-28 14:30", "day"),
    ("nl", "gisteren", "2026-11-27 14:30", "day"),
    ("nl", "eergisteren", "2026-11-26 14:30", "day"),
    ("nl", "morgen", "2026-11-29 14:30", "day"),
    ("nl", "overmorgen", "2026-11-30 14:30", "day"),
    ("nl", "Gisteren", "2026-11-27 14:30", "day"),
    ("nl", "gisteren om 14.05 uur", "2026-11-27 14:05", "minute"),
    ("nl", "Gisteren, 09:15", "2026-11-27 09:15", "minute"),
    ("nl", "vandaag om 16:00 uur", "2026-11-28 16:00", "minute"),  # later today: still today
    ("nl", "eergisteren om 23.59 uur", "2026-11-26 23:59", "minute"),
    ("nl", "morgen om 9 uur", "2026-11-29 09:00", "minute"),
    # Weekdays: today included; a clock later than now on today's weekday goes back a week.
    ("nl", "zaterdag", "2026-11-28 14:30", "day"),
    ("nl", "vrijdag", "2026-11-27 14:30", "day"),
    ("nl", "zondag", "2026-11-22 14:30", "day"),
    ("nl", "Maandag", "2026-11-23 14:30", "day"),
    ("nl", "zaterdag 14:05", "2026-11-28 14:05", "minute"),
    ("nl", "zaterdag om 15.00 uur", "2026-11-21 15:00", "minute"),
    ("nl", "woensdag om 20.30 uur", "2026-11-25 20:30", "minute"),
    # Last week, month, year.
    ("nl", "vorige week", "2026-11-21 14:30", "week"),
    ("nl", "afgelopen week", "2026-11-21 14:30", "week"),
    ("nl", "Vorige maand", "2026-10-28 14:30", "month"),
    ("nl", "vorig jaar", "2025-11-28 14:30", "year"),
    # Dates.
    ("nl", "28 november 2026", "2026-11-28 00:00", "day"),
    ("nl", "28 November 2026", "2026-11-28 00:00", "day"),
    ("nl", "28 nov. 2026", "2026-11-28 00:00", "day"),
    ("nl", "za 28 nov. 2026, 14:05", "2026-11-28 14:05", "minute"),
    ("nl", "zo 22 nov. 2026", "2026-11-22 00:00", "day"),
    ("nl", "28-11-2026 14:05", "2026-11-28 14:05", "minute"),
    ("nl", "28-11-2026 14:05:30", "2026-11-28 14:05:30", "second"),
    ("nl", "28-11-2026", "2026-11-28 00:00", "day"),
    ("nl", "1 oktober 2026 om 8.00 uur", "2026-10-01 08:00", "minute"),  # CEST
    ("nl", "28 november", "2026-11-28 00:00", "day"),  # midnight today is not after now
    ("nl", "3 december", "2025-12-03 00:00", "day"),  # 2026-12-03 is still to come
    ("nl", "28 november 15:00", "2025-11-28 15:00", "minute"),  # today 15:00 is after now
    ("nl", "november 2026", "2026-11-01 00:00", "month"),
    # ISO 8601.
    ("nl", "2026-11-28", "2026-11-28 00:00", "day"),
    ("nl", "2026-11-28T14:05", "2026-11-28 14:05", "minute"),
    ("nl", "2026-11-28T14:05:30.250+01:00", "2026-11-28 14:05:30.250", "second"),
    ("nl", "2026-11-28T14:05+02:00", "2026-11-28 13:05", "minute"),
    # Clock times alone: today, or yesterday if that is after now.
    ("nl", "14:05", "2026-11-28 14:05", "minute"),
    ("nl", "14:30", "2026-11-28 14:30", "minute"),  # exactly now is not after now
    ("nl", "15:00", "2026-11-27 15:00", "minute"),
    ("nl", "14.05 uur", "2026-11-28 14:05", "minute"),
    ("nl", "om 14.05", "2026-11-28 14:05", "minute"),
    ("nl", "4 uur", "2026-11-28 04:00", "minute"),
    ("nl", "20 uur", "2026-11-27 20:00", "minute"),
    ("nl", "00:00", "2026-11-28 00:00", "minute"),
    ("nl", "   gisteren", "2026-11-27 14:30", "day"),
    # Not timestamps.
    ("nl", "14.05", None, None),
    ("nl", "4 uur lang", None, None),
    ("nl", "15 en 16 september", None, None),
    ("nl", "Boeing 737", None, None),
    ("nl", "gisterenavond", None, None),
    ("nl", "zaterdagmiddag", None, None),
    ("nl", "afgelopen weekend", None, None),
    ("nl", "vr 28 nov. 2026", None, None),  # 2026-11-28 is a Saturday
    ("nl", "31 februari 2026", None, None),
    ("nl", "25:00", None, None),
    ("nl", "gisteren2", None, None),
    ("nl", "2 hours ago", None, None),
    ("nl", "vor 3 Stunden", None, None),
]

ENGLISH: list[object] = [
    # Relative: abbreviations, future, combinations.
    ("en", "5 mins ago", "2026-11-28 14:25", "minute"),
    ("en", "in 10 mins", "2026-11-28 14:40", "minute"),
    ("en", "3 hrs ago", "2026-11-28 11:30", "hour"),
    ("en", "in 2 hrs", "2026-11-28 16:30", "hour"),
    ("en", "2h ago", "2026-11-28 12:30", "hour"),
    ("en", "in an hour and 15 minutes", "2026-11-28 15:45", "minute"),
    ("en", "in 2 months", "2027-01-28 14:30", "month"),
    ("en", "1 day and 2 hours ago", "2026-11-27 12:30", "hour"),
    ("en", "900 hours ago", "2026-10-22 03:30", "hour"),
    ("en", "Just now", "2026-11-28 14:30", "minute"),
    # Day words.
    ("en", "today", "2026-11-28 14:30", "day"),
    ("en", "yesterday", "2026-11-27 14:30", "day"),
    ("en", "tomorrow", "2026-11-29 14:30", "day"),
    ("en", "the day before yesterday", "2026-11-26 14:30", "day"),
    ("en", "the day after tomorrow", "2026-11-30 14:30", "day"),
    ("en", "TODAY", "2026-11-28 14:30", "day"),
    ("en", "Yesterday at 14:05", "2026-11-27 14:05", "minute"),
    ("en", "yesterday at 9:15 a.m.", "2026-11-27 09:15", "minute"),
    ("en", "today 2:05 pm", "2026-11-28 14:05", "minute"),
    ("en", "today at 4 pm", "2026-11-28 16:00", "minute"),
    ("en", "tomorrow at 8 am", "2026-11-29 08:00", "minute"),
    # Weekdays.
    ("en", "Saturday", "2026-11-28 14:30", "day"),
    ("en", "Friday", "2026-11-27 14:30", "day"),
    ("en", "Sunday", "2026-11-22 14:30", "day"),
    ("en", "Saturday 2:05 pm", "2026-11-28 14:05", "minute"),
    ("en", "Saturday at 3 pm", "2026-11-21 15:00", "minute"),
    ("en", "Monday at 10:00", "2026-11-23 10:00", "minute"),
    # Last week, month, year.
    ("en", "last week", "2026-11-21 14:30", "week"),
    ("en", "Last month", "2026-10-28 14:30", "month"),
    ("en", "last year", "2025-11-28 14:30", "year"),
    # Dates: month first, numeric month-day-year.
    ("en", "Nov. 28, 2026 2:05 p.m.", "2026-11-28 14:05", "minute"),
    ("en", "Nov. 28, 2026, 2:05 p.m.", "2026-11-28 14:05", "minute"),
    ("en", "Nov. 28, 2026 2:05:30 p.m.", "2026-11-28 14:05:30", "second"),
    ("en", "November 28, 2026", "2026-11-28 00:00", "day"),
    ("en", "28 November 2026", "2026-11-28 00:00", "day"),
    ("en", "Nov 28", "2026-11-28 00:00", "day"),
    ("en", "Nov. 28th", "2026-11-28 00:00", "day"),
    ("en", "Dec. 3", "2025-12-03 00:00", "day"),
    ("en", "Nov. 28, 3 p.m.", "2025-11-28 15:00", "minute"),
    ("en", "Sat, Nov 28, 2026", "2026-11-28 00:00", "day"),
    ("en", "Mon, Dec 1", "2025-12-01 00:00", "day"),  # the most recent Dec 1 is a Monday
    ("en", "11/28/2026", "2026-11-28 00:00", "day"),
    ("en", "11/28/2026 2:05 pm", "2026-11-28 14:05", "minute"),
    ("en", "November 2026", "2026-11-01 00:00", "month"),
    # ISO 8601.
    ("en", "2026-11-28T13:05:00Z", "2026-11-28 14:05:00", "second"),
    ("en", "2026-11-28 14:05", "2026-11-28 14:05", "minute"),
    # Clock times.
    ("en", "2:05 pm", "2026-11-28 14:05", "minute"),
    ("en", "3 pm", "2026-11-27 15:00", "minute"),
    ("en", "11:59 PM", "2026-11-27 23:59", "minute"),
    ("en", "12:30 am", "2026-11-28 00:30", "minute"),
    ("en", "12 pm", "2026-11-28 12:00", "minute"),
    ("en", "at 14:05", "2026-11-28 14:05", "minute"),
    # Not timestamps.
    ("en", "todays", None, None),
    ("en", "Fridays", None, None),
    ("en", "last weekend", None, None),
    ("en", "13 pm", None, None),
    ("en", "Fri, Nov 28, 2026", None, None),
    ("en", "Tue, Dec 1", None, None),  # the most recent Dec 1 (2025) is a Monday
    ("en", "28/11/2026", None, None),  # month 28
    ("en", "Boeing 737", None, None),
    ("en", "4 hours long", None, None),
    ("en", "14.05", None, None),
    ("en", "2 uur geleden", None, None),
    ("en", "il y a 2 heures", None, None),
]

GERMAN: list[object] = [
    # Relative past, digits.
    ("de", "vor 10 Minuten", "2026-11-28 14:20", "minute"),
    ("de", "vor 3 Stunden", "2026-11-28 11:30", "hour"),
    ("de", "vor 30 Sekunden", "2026-11-28 14:29:30", "second"),
    ("de", "vor 2 Tagen", "2026-11-26 14:30", "day"),
    ("de", "vor 3 Wochen", "2026-11-07 14:30", "week"),
    ("de", "vor 2 Monaten", "2026-09-28 14:30", "month"),
    ("de", "vor 5 Jahren", "2021-11-28 14:30", "year"),
    ("de", "vor 900 Stunden", "2026-10-22 03:30", "hour"),
    # Relative past, number words.
    ("de", "vor einer Stunde", "2026-11-28 13:30", "hour"),
    ("de", "vor zwei Tagen", "2026-11-26 14:30", "day"),
    ("de", "vor einer Woche", "2026-11-21 14:30", "week"),
    ("de", "vor einem Monat", "2026-10-28 14:30", "month"),
    ("de", "vor einem Jahr", "2025-11-28 14:30", "year"),
    ("de", "vor zwölf Minuten", "2026-11-28 14:18", "minute"),
    ("de", "Vor fünf Stunden", "2026-11-28 09:30", "hour"),
    # Future.
    ("de", "in 2 Tagen", "2026-11-30 14:30", "day"),
    ("de", "in 10 Minuten", "2026-11-28 14:40", "minute"),
    ("de", "in einer Stunde", "2026-11-28 15:30", "hour"),
    ("de", "in drei Wochen", "2026-12-19 14:30", "week"),
    # Combinations.
    ("de", "vor 1 Stunde und 20 Minuten", "2026-11-28 13:10", "minute"),
    ("de", "vor 2 Stunden, 5 Minuten", "2026-11-28 12:25", "minute"),
    ("de", "vor einem Tag und 3 Stunden", "2026-11-27 11:30", "hour"),
    # Abbreviations.
    ("de", "vor 5 Min.", "2026-11-28 14:25", "minute"),
    ("de", "vor 3 Std.", "2026-11-28 11:30", "hour"),
    ("de", "vor 4 Std", "2026-11-28 10:30", "hour"),
    ("de", "vor 20 Sek.", "2026-11-28 14:29:40", "second"),
    # Just now.
    ("de", "gerade eben", "2026-11-28 14:30", "minute"),
    ("de", "Gerade eben", "2026-11-28 14:30", "minute"),
    ("de", "soeben", "2026-11-28 14:30", "minute"),
    ("de", "Soeben", "2026-11-28 14:30", "minute"),
    ("de", "vor wenigen Sekunden", "2026-11-28 14:30", "minute"),
    # Day words.
    ("de", "heute", "2026-11-28 14:30", "day"),
    ("de", "gestern", "2026-11-27 14:30", "day"),
    ("de", "vorgestern", "2026-11-26 14:30", "day"),
    ("de", "morgen", "2026-11-29 14:30", "day"),
    ("de", "übermorgen", "2026-11-30 14:30", "day"),
    ("de", "GESTERN", "2026-11-27 14:30", "day"),
    ("de", "heute, 14:05 Uhr", "2026-11-28 14:05", "minute"),
    ("de", "Gestern, 09:15 Uhr", "2026-11-27 09:15", "minute"),
    ("de", "gestern um 18 Uhr", "2026-11-27 18:00", "minute"),
    ("de", "heute um 16:00 Uhr", "2026-11-28 16:00", "minute"),
    ("de", "Vorgestern, 23:59 Uhr", "2026-11-26 23:59", "minute"),
    ("de", "morgen um 9 Uhr", "2026-11-29 09:00", "minute"),
    # Weekdays.
    ("de", "Samstag", "2026-11-28 14:30", "day"),
    ("de", "Sonnabend", "2026-11-28 14:30", "day"),
    ("de", "Freitag", "2026-11-27 14:30", "day"),
    ("de", "Sonntag", "2026-11-22 14:30", "day"),
    ("de", "Samstag, 14:05 Uhr", "2026-11-28 14:05", "minute"),
    ("de", "Samstag, 15:00 Uhr", "2026-11-21 15:00", "minute"),
    ("de", "Montag um 10 Uhr", "2026-11-23 10:00", "minute"),
    # Last week, month, year.
    ("de", "letzte Woche", "2026-11-21 14:30", "week"),
    ("de", "Vergangene Woche", "2026-11-21 14:30", "week"),
    ("de", "letzten Monat", "2026-10-28 14:30", "month"),
    ("de", "letztes Jahr", "2025-11-28 14:30", "year"),
    # Dates.
    ("de", "28. November 2026", "2026-11-28 00:00", "day"),
    ("de", "28. Nov. 2026", "2026-11-28 00:00", "day"),
    ("de", "28.11.2026", "2026-11-28 00:00", "day"),
    ("de", "28.11.2026, 14:05 Uhr", "2026-11-28 14:05", "minute"),
    ("de", "Sa, 28.11.2026, 14:05 Uhr", "2026-11-28 14:05", "minute"),
    ("de", "Mo., 23.11.2026", "2026-11-23 00:00", "day"),
    ("de", "Samstag, 28. November 2026", "2026-11-28 00:00", "day"),
    ("de", "1. Oktober 2026 um 8:00 Uhr", "2026-10-01 08:00", "minute"),
    ("de", "3. Dezember", "2025-12-03 00:00", "day"),
    ("de", "28. November, 15:00 Uhr", "2025-11-28 15:00", "minute"),
    ("de", "November 2026", "2026-11-01 00:00", "month"),
    ("de", "3. März 2026", "2026-03-03 00:00", "day"),
    # ISO 8601.
    ("de", "2026-11-28T14:05:30", "2026-11-28 14:05:30", "second"),
    ("de", "2026-11-28T12:05Z", "2026-11-28 13:05", "minute"),
    # Clock times.
    ("de", "14:05 Uhr", "2026-11-28 14:05", "minute"),
    ("de", "14.05 Uhr", "2026-11-28 14:05", "minute"),
    ("de", "18 Uhr", "2026-11-27 18:00", "minute"),
    ("de", "um 9:30 Uhr", "2026-11-28 09:30", "minute"),
    ("de", "  vor 3 Stunden", "2026-11-28 11:30", "hour"),
    # Not timestamps.
    ("de", "14.05", None, None),
    ("de", "Morgenstern", None, None),
    ("de", "Samstagabend", None, None),
    ("de", "montags", None, None),
    ("de", "4 Stunden lang", None, None),
    ("de", "Fr, 28.11.2026", None, None),
    ("de", "32.11.2026", None, None),
    ("de", "in 2015 wurde", None, None),
    ("de", "Boeing 737", None, None),
    ("de", "3 hours ago", None, None),
    ("de", "Aktualisiert vor 3 Stunden", None, None),
    ("de", "hace 3 horas", None, None),
]

FRENCH: list[object] = [
    # Relative past, digits.
    ("fr", "il y a 3 heures", "2026-11-28 11:30", "hour"),
    ("fr", "il y a 10 minutes", "2026-11-28 14:20", "minute"),
    ("fr", "il y a 30 secondes", "2026-11-28 14:29:30", "second"),
    ("fr", "il y a 2 jours", "2026-11-26 14:30", "day"),
    ("fr", "il y a 3 semaines", "2026-11-07 14:30", "week"),
    ("fr", "il y a 2 mois", "2026-09-28 14:30", "month"),
    ("fr", "il y a 5 ans", "2021-11-28 14:30", "year"),
    ("fr", "il y a environ 2 heures", "2026-11-28 12:30", "hour"),
    ("fr", "Il y a 900 heures", "2026-10-22 03:30", "hour"),
    # Relative past, number words.
    ("fr", "il y a une heure", "2026-11-28 13:30", "hour"),
    ("fr", "il y a deux jours", "2026-11-26 14:30", "day"),
    ("fr", "il y a un mois", "2026-10-28 14:30", "month"),
    ("fr", "il y a un an", "2025-11-28 14:30", "year"),
    ("fr", "il y a douze minutes", "2026-11-28 14:18", "minute"),
    # Future.
    ("fr", "dans 2 jours", "2026-11-30 14:30", "day"),
    ("fr", "dans 10 minutes", "2026-11-28 14:40", "minute"),
    ("fr", "dans une heure", "2026-11-28 15:30", "hour"),
    ("fr", "dans trois semaines", "2026-12-19 14:30", "week"),
    # Combinations.
    ("fr", "il y a 1 heure et 20 minutes", "2026-11-28 13:10", "minute"),
    ("fr", "il y a 2 jours et 3 heures", "2026-11-26 11:30", "hour"),
    # Abbreviations.
    ("fr", "il y a 5 min", "2026-11-28 14:25", "minute"),
    ("fr", "il y a 5 mn", "2026-11-28 14:25", "minute"),
    ("fr", "il y a 3 h", "2026-11-28 11:30", "hour"),
    ("fr", "il y a 3h", "2026-11-28 11:30", "hour"),
    ("fr", "il y a 20 s", "2026-11-28 14:29:40", "second"),
    ("fr", "il y a 2 j", "2026-11-26 14:30", "day"),
    # Just now.
    ("fr", "à l'instant", "2026-11-28 14:30", "minute"),
    ("fr", "À l'instant", "2026-11-28 14:30", "minute"),
    ("fr", "il y a un instant", "2026-11-28 14:30", "minute"),
    # Day words.
    ("fr", "aujourd'hui", "2026-11-28 14:30", "day"),
    ("fr", "hier", "2026-11-27 14:30", "day"),
    ("fr", "avant-hier", "2026-11-26 14:30", "day"),
    ("fr", "demain", "2026-11-29 14:30", "day"),
    ("fr", "après-demain", "2026-11-30 14:30", "day"),
    ("fr", "Aujourd'hui", "2026-11-28 14:30", "day"),
    ("fr", "aujourd'hui à 14h05", "2026-11-28 14:05", "minute"),
    ("fr", "aujourd’hui à 16h", "2026-11-28 16:00", "minute"),
    ("fr", "hier à 9h", "2026-11-27 09:00", "minute"),
    ("fr", "Hier à 18h30", "2026-11-27 18:30", "minute"),
    ("fr", "hier vers 18h", "2026-11-27 18:00", "minute"),
    ("fr", "avant-hier à 23h59", "2026-11-26 23:59", "minute"),
    ("fr", "demain à 8h", "2026-11-29 08:00", "minute"),
    # Weekdays.
    ("fr", "samedi", "2026-11-28 14:30", "day"),
    ("fr", "vendredi", "2026-11-27 14:30", "day"),
    ("fr", "dimanche", "2026-11-22 14:30", "day"),
    ("fr", "samedi à 14h05", "2026-11-28 14:05", "minute"),
    ("fr", "samedi à 15h", "2026-11-21 15:00", "minute"),
    ("fr", "lundi à 10h30", "2026-11-23 10:30", "minute"),
    # Last week, month, year.
    ("fr", "la semaine dernière", "2026-11-21 14:30", "week"),
    ("fr", "La semaine dernière", "2026-11-21 14:30", "week"),
    ("fr", "le mois dernier", "2026-10-28 14:30", "month"),
    ("fr", "l'an dernier", "2025-11-28 14:30", "year"),
    ("fr", "l'année dernière", "2025-11-28 14:30", "year"),
    # Dates.
    ("fr", "28 novembre 2026", "2026-11-28 00:00", "day"),
    ("fr", "28 novembre 2026 à 14h05", "2026-11-28 14:05", "minute"),
    ("fr", "sam. 28 nov. 2026", "2026-11-28 00:00", "day"),
    ("fr", "mar. 24 nov. 2026", "2026-11-24 00:00", "day"),
    ("fr", "1er décembre", "2025-12-01 00:00", "day"),
    ("fr", "1er décembre 2026", "2026-12-01 00:00", "day"),
    ("fr", "3 mars 2026", "2026-03-03 00:00", "day"),
    ("fr", "28 novembre à 15h", "2025-11-28 15:00", "minute"),
    ("fr", "28/11/2026", "2026-11-28 00:00", "day"),
    ("fr", "28/11/2026 à 14:05", "2026-11-28 14:05", "minute"),
    ("fr", "novembre 2026", "2026-11-01 00:00", "month"),
    # ISO 8601.
    ("fr", "2026-11-28T14:05", "2026-11-28 14:05", "minute"),
    ("fr", "2026-11-28T14:05+0200", "2026-11-28 13:05", "minute"),
    # Clock times.
    ("fr", "14h05", "2026-11-28 14:05", "minute"),
    ("fr", "15h", "2026-11-27 15:00", "minute"),
    ("fr", "14:05", "2026-11-28 14:05", "minute"),
    ("fr", "vers 9h", "2026-11-28 09:00", "minute"),
    # Not timestamps.
    ("fr", "samedis", None, None),
    ("fr", "3 h de route", None, None),
    ("fr", "15 et 16 septembre", None, None),
    ("fr", "ven. 28 nov. 2026", None, None),
    ("fr", "32/11/2026", None, None),
    ("fr", "14.05", None, None),
    ("fr", "il y a", None, None),
    ("fr", "Airbus A320", None, None),
    ("fr", "2 hours ago", None, None),
    ("fr", "publié il y a 3 heures", None, None),
    ("fr", "vor 2 Stunden", None, None),
]

SPANISH: list[object] = [
    # Relative past, digits.
    ("es", "hace 2 horas", "2026-11-28 12:30", "hour"),
    ("es", "hace 10 minutos", "2026-11-28 14:20", "minute"),
    ("es", "hace 30 segundos", "2026-11-28 14:29:30", "second"),
    ("es", "hace 2 días", "2026-11-26 14:30", "day"),
    ("es", "hace 3 semanas", "2026-11-07 14:30", "week"),
    ("es", "hace 2 meses", "2026-09-28 14:30", "month"),
    ("es", "hace 5 años", "2021-11-28 14:30", "year"),
    ("es", "Hace 900 horas", "2026-10-22 03:30", "hour"),
    # Relative past, number words.
    ("es", "hace una hora", "2026-11-28 13:30", "hour"),
    ("es", "hace dos días", "2026-11-26 14:30", "day"),
    ("es", "hace un mes", "2026-10-28 14:30", "month"),
    ("es", "hace un año", "2025-11-28 14:30", "year"),
    ("es", "hace doce minutos", "2026-11-28 14:18", "minute"),
    # Future.
    ("es", "dentro de 2 días", "2026-11-30 14:30", "day"),
    ("es", "en 2 días", "2026-11-30 14:30", "day"),
    ("es", "en 10 minutos", "2026-11-28 14:40", "minute"),
    ("es", "dentro de una hora", "2026-11-28 15:30", "hour"),
    ("es", "en tres semanas", "2026-12-19 14:30", "week"),
    # Combinations.
    ("es", "hace 1 hora y 20 minutos", "2026-11-28 13:10", "minute"),
    ("es", "hace 2 días y 3 horas", "2026-11-26 11:30", "hour"),
    # Abbreviations and unaccented forms.
    ("es", "hace 5 min", "2026-11-28 14:25", "minute"),
    ("es", "hace 5 min.", "2026-11-28 14:25", "minute"),
    ("es", "hace 3 h", "2026-11-28 11:30", "hour"),
    ("es", "hace 20 seg.", "2026-11-28 14:29:40", "second"),
    ("es", "hace 2 dias", "2026-11-26 14:30", "day"),
    # Just now.
    ("es", "hace un momento", "2026-11-28 14:30", "minute"),
    ("es", "Hace un momento", "2026-11-28 14:30", "minute"),
    ("es", "justo ahora", "2026-11-28 14:30", "minute"),
    ("es", "hace instantes", "2026-11-28 14:30", "minute"),
    # Day words.
    ("es", "hoy", "2026-11-28 14:30", "day"),
    ("es", "ayer", "2026-11-27 14:30", "day"),
    ("es", "anteayer", "2026-11-26 14:30", "day"),
    ("es", "antes de ayer", "2026-11-26 14:30", "day"),
    ("es", "mañana", "2026-11-29 14:30", "day"),
    ("es", "pasado mañana", "2026-11-30 14:30", "day"),
    ("es", "HOY", "2026-11-28 14:30", "day"),
    ("es", "ayer a las 14:05", "2026-11-27 14:05", "minute"),
    ("es", "Ayer a las 9:15 horas", "2026-11-27 09:15", "minute"),
    ("es", "ayer a la 1:05", "2026-11-27 01:05", "minute"),
    ("es", "hoy a las 16:00", "2026-11-28 16:00", "minute"),
    ("es", "anteayer a las 23:59", "2026-11-26 23:59", "minute"),
    ("es", "mañana a las 8:00", "2026-11-29 08:00", "minute"),
    # Weekdays.
    ("es", "sábado", "2026-11-28 14:30", "day"),
    ("es", "Sábado", "2026-11-28 14:30", "day"),
    ("es", "viernes", "2026-11-27 14:30", "day"),
    ("es", "domingo", "2026-11-22 14:30", "day"),
    ("es", "miercoles", "2026-11-25 14:30", "day"),
    ("es", "sábado a las 14:05", "2026-11-28 14:05", "minute"),
    ("es", "sábado a las 15:00", "2026-11-21 15:00", "minute"),
    ("es", "lunes a las 10:30", "2026-11-23 10:30", "minute"),
    # Last week, month, year.
    ("es", "la semana pasada", "2026-11-21 14:30", "week"),
    ("es", "el mes pasado", "2026-10-28 14:30", "month"),
    ("es", "el año pasado", "2025-11-28 14:30", "year"),
    ("es", "El año pasado", "2025-11-28 14:30", "year"),
    # Dates.
    ("es", "28 de noviembre de 2026", "2026-11-28 00:00", "day"),
    ("es", "28 de noviembre de 2026 a las 14:05", "2026-11-28 14:05", "minute"),
    ("es", "28 de noviembre", "2026-11-28 00:00", "day"),
    ("es", "3 de diciembre", "2025-12-03 00:00", "day"),
    ("es", "1º de diciembre", "2025-12-01 00:00", "day"),
    ("es", "1 de octubre de 2026", "2026-10-01 00:00", "day"),
    ("es", "3 de marzo de 2026", "2026-03-03 00:00", "day"),
    ("es", "28 de noviembre a las 15:00", "2025-11-28 15:00", "minute"),
    ("es", "sáb. 28 nov. 2026", "2026-11-28 00:00", "day"),
    ("es", "28/11/2026", "2026-11-28 00:00", "day"),
    ("es", "28/11/2026 14:05", "2026-11-28 14:05", "minute"),
    ("es", "noviembre de 2026", "2026-11-01 00:00", "month"),
    # ISO 8601.
    ("es", "2026-11-28T14:05:30+01:00", "2026-11-28 14:05:30", "second"),
    # Clock times.
    ("es", "14:05", "2026-11-28 14:05", "minute"),
    ("es", "14:05 horas", "2026-11-28 14:05", "minute"),
    ("es", "15:00 h", "2026-11-27 15:00", "minute"),
    ("es", "a las 9:30", "2026-11-28 09:30", "minute"),
    # Not timestamps.
    ("es", "hoyo", None, None),
    ("es", "domingos", None, None),
    ("es", "3 horas de viaje", None, None),
    ("es", "15 y 16 de septiembre", None, None),
    ("es", "31 de febrero de 2026", None, None),
    ("es", "vie. 28 nov. 2026", None, None),
    ("es", "14.05", None, None),
    ("es", "25:00", None, None),
    ("es", "hace", None, None),
    ("es", "hace 2 hours", None, None),
    ("es", "Boeing 737", None, None),
    ("es", "publicado hace 2 horas", None, None),
    ("es", "vor 3 Stunden", None, None),
]

ROWS = DUTCH + ENGLISH + GERMAN + FRENCH + SPANISH


# (lang, text, now, zone of now or None for a naive now, expected or None, precision).
# An aware now is converted to the zone; expected values carry their UTC offset, so the
# offset after a DST change is checked too.
OTHER_NOWS: list[object] = [
    # Amsterdam on the spring-forward day: 04:30 CEST = 02:30 UTC; 02:00-03:00 does not exist.
    ("nl", "3 uur geleden", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-29T00:30+01:00", "hour"),
    ("en", "3 hours ago", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-29T00:30+01:00", "hour"),
    ("de", "vor 3 Stunden", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-29T00:30+01:00", "hour"),
    ("fr", "il y a 3 heures", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-29T00:30+01:00", "hour"),
    ("es", "hace 3 horas", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-29T00:30+01:00", "hour"),
    ("es", "hace 100 minutos", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-29T01:50+01:00", "minute"),
    ("de", "vor 24 Stunden", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-28T03:30+01:00", "hour"),
    ("nl", "gisteren", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-28T04:30+01:00", "day"),
    ("nl", "over 1 dag", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-30T04:30+02:00", "day"),
    ("de", "gestern, 14:05 Uhr", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-28T14:05+01:00", "minute"),
    ("fr", "aujourd'hui à 1h30", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-29T01:30+01:00", "minute"),
    ("es", "hoy a las 3:15", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-29T03:15+02:00", "minute"),
    ("nl", "01:59", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-29T01:59+01:00", "minute"),
    ("en", "3:30 am", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-29T03:30+02:00", "minute"),
    ("de", "Samstag", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-28T04:30+01:00", "day"),
    ("fr", "dimanche à 5h", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-22T05:00+01:00", "minute"),
    ("es", "la semana pasada", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-22T04:30+01:00", "week"),
    ("en", "2026-03-29", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-29T00:00+01:00", "day"),
    ("fr", "29 mars 2026 à 12h", "2026-03-29T04:30+02:00", "Europe/Amsterdam",
     "2026-03-29T12:00+02:00", "minute"),
    # New York on the fall-back day: 09:00 EST = 14:00 UTC; 01:00-02:00 happens twice.
    ("en", "yesterday", "2026-11-01T09:00-05:00", "America/New_York",
     "2026-10-31T09:00-04:00", "day"),
    ("en", "yesterday at 2:05 pm", "2026-11-01T09:00-05:00", "America/New_York",
     "2026-10-31T14:05-04:00", "minute"),
    ("en", "10 hours ago", "2026-11-01T09:00-05:00", "America/New_York",
     "2026-11-01T00:00-04:00", "hour"),
    ("es", "hace 10 horas", "2026-11-01T09:00-05:00", "America/New_York",
     "2026-11-01T00:00-04:00", "hour"),
    ("fr", "il y a 7 heures et 30 minutes", "2026-11-01T09:00-05:00", "America/New_York",
     "2026-11-01T01:30-05:00", "minute"),
    ("fr", "il y a 8 heures et 30 minutes", "2026-11-01T09:00-05:00", "America/New_York",
     "2026-11-01T01:30-04:00", "minute"),
    ("en", "last week", "2026-11-01T09:00-05:00", "America/New_York",
     "2026-10-25T09:00-04:00", "week"),
    ("en", "Saturday", "2026-11-01T09:00-05:00", "America/New_York",
     "2026-10-31T09:00-04:00", "day"),
    ("de", "vor 1 Tag", "2026-11-01T09:00-05:00", "America/New_York",
     "2026-10-31T09:00-04:00", "day"),
    ("en", "Oct. 31, 2026 11:30 p.m.", "2026-11-01T09:00-05:00", "America/New_York",
     "2026-10-31T23:30-04:00", "minute"),
    ("en", "8:15 am", "2026-11-01T09:00-05:00", "America/New_York",
     "2026-11-01T08:15-05:00", "minute"),
    ("en", "2026-11-01T12:00Z", "2026-11-01T09:00-05:00", "America/New_York",
     "2026-11-01T07:00-05:00", "minute"),
    ("en", "in 2 days", "2026-11-01T09:00-05:00", "America/New_York",
     "2026-11-03T09:00-05:00", "day"),
    # A naive now: naive results, no DST; an ISO time with its own offset stays aware.
    ("nl", "gisteren om 14.05 uur", "2026-11-28T14:30", None, "2026-11-27T14:05", "minute"),
    ("en", "Saturday at 3 pm", "2026-11-28T14:30", None, "2026-11-21T15:00", "minute"),
    ("de", "vor 3 Stunden", "2026-11-28T14:30", None, "2026-11-28T11:30", "hour"),
    ("fr", "28 novembre 2026 à 14h05", "2026-11-28T14:30", None, "2026-11-28T14:05", "minute"),
    ("es", "ayer", "2026-11-28T14:30", None, "2026-11-27T14:30", "day"),
    ("en", "2026-11-28T14:05", "2026-11-28T14:30", None, "2026-11-28T14:05", "minute"),
    ("en", "2026-11-28T13:05:30Z", "2026-11-28T14:30", None,
     "2026-11-28T13:05:30+00:00", "second"),
    ("nl", "2026-11-28T14:05+02:00", "2026-11-28T14:30", None,
     "2026-11-28T14:05+02:00", "minute"),
    ("nl", "3 uur geleden", "2026-03-29T04:30", None, "2026-03-29T01:30", "hour"),
    # Month steps clamp the day.
    ("de", "vor einem Monat", "2026-03-31T10:00", None, "2026-02-28T10:00", "month"),
    ("fr", "il y a un mois", "2026-03-31T10:00", None, "2026-02-28T10:00", "month"),
    ("es", "hace un mes", "2026-03-31T10:00", None, "2026-02-28T10:00", "month"),
    ("fr", "le mois dernier", "2026-03-31T10:00", None, "2026-02-28T10:00", "month"),
    ("es", "dentro de 1 mes", "2026-01-31T09:00", None, "2026-02-28T09:00", "month"),
    ("de", "vor einem Jahr", "2028-02-29T12:00", None, "2027-02-28T12:00", "year"),
    # February 29th: now is Wednesday 2028-03-01 10:00 CET.
    ("nl", "29 februari", "2028-03-01T10:00+01:00", "Europe/Amsterdam",
     "2028-02-29T00:00+01:00", "day"),
    ("en", "Feb. 29", "2028-03-01T10:00+01:00", "Europe/Amsterdam",
     "2028-02-29T00:00+01:00", "day"),
    ("de", "29. Februar", "2028-03-01T10:00+01:00", "Europe/Amsterdam",
     "2028-02-29T00:00+01:00", "day"),
    ("fr", "29 février", "2028-03-01T10:00+01:00", "Europe/Amsterdam",
     "2028-02-29T00:00+01:00", "day"),
    ("es", "29 de febrero", "2028-03-01T10:00+01:00", "Europe/Amsterdam",
     "2028-02-29T00:00+01:00", "day"),
    ("nl", "gisteren", "2028-03-01T10:00+01:00", "Europe/Amsterdam",
     "2028-02-29T10:00+01:00", "day"),
    ("en", "Tuesday", "2028-03-01T10:00+01:00", "Europe/Amsterdam",
     "2028-02-29T10:00+01:00", "day"),
    ("fr", "mardi à 23h", "2028-03-01T10:00+01:00", "Europe/Amsterdam",
     "2028-02-29T23:00+01:00", "minute"),
    ("es", "hace 1 año", "2028-03-01T10:00+01:00", "Europe/Amsterdam",
     "2027-03-01T10:00+01:00", "year"),
    ("de", "29.02.2028", "2028-03-01T10:00+01:00", "Europe/Amsterdam",
     "2028-02-29T00:00+01:00", "day"),
    ("de", "29.02.2027", "2028-03-01T10:00+01:00", "Europe/Amsterdam", None, None),
    ("fr", "29 février 2027", "2028-03-01T10:00+01:00", "Europe/Amsterdam", None, None),
    # The most recent February 29th before June 2027 is in 2024.
    ("nl", "29 februari", "2027-06-01T12:00", None, "2024-02-29T00:00", "day"),
    ("en", "Feb 29", "2027-06-01T12:00", None, "2024-02-29T00:00", "day"),
]


# (lang, text, now, tz argument, expected with offset, precision): tz converts an aware now
# to its zone, or attaches itself to a naive now. NOW is 08:30 EST in New York.
TZ_ARGUMENT = [
    ("nl", "gisteren om 14.05 uur", "2026-11-28T14:30", "Europe/Amsterdam",
     "2026-11-27T14:05+01:00", "minute"),
    ("en", "yesterday at 2:05 pm", "2026-11-28T14:30+01:00", "America/New_York",
     "2026-11-27T14:05-05:00", "minute"),
    ("en", "2:05 pm", "2026-11-28T14:30+01:00", "America/New_York",
     "2026-11-27T14:05-05:00", "minute"),
    ("de", "heute", "2026-11-29T01:30+01:00", "America/New_York",
     "2026-11-28T19:30-05:00", "day"),
    ("fr", "il y a 3 heures", "2026-03-29T04:30", "Europe/Amsterdam",
     "2026-03-29T00:30+01:00", "hour"),
    ("es", "ayer a las 14:05", "2026-11-28T14:30+01:00", "America/New_York",
     "2026-11-27T14:05-05:00", "minute"),
]


# (lang, text, what matched, expected wall time in Amsterdam): text may follow the expression
# when it does not start with a lowercase letter or a digit right after it.
TRAILING: list[object] = [
    ("nl", "gisteren om 14.05 uur | Binnenland", "gisteren om 14.05 uur", "2026-11-27 14:05"),
    ("nl", "zaterdag 14:05 - Politiek", "zaterdag 14:05", "2026-11-28 14:05"),
    ("en", "yesterday at 2:05 pm, officials said", "yesterday at 2:05 pm", "2026-11-27 14:05"),
    ("en", "Nov. 28, 2026 (Reuters)", "Nov. 28, 2026", "2026-11-28 00:00"),
    ("de", "heute, 14:05 Uhr | Politik", "heute, 14:05 Uhr", "2026-11-28 14:05"),
    ("de", "vor 3 StundenBERLIN (dpa) - Die", "vor 3 Stunden", "2026-11-28 11:30"),
    ("fr", "hier à 18h30 — Paris", "hier à 18h30", "2026-11-27 18:30"),
    ("fr", "il y a 3 heuresPARIS (AFP) - Le", "il y a 3 heures", "2026-11-28 11:30"),
    ("es", "hace 2 horas | Madrid", "hace 2 horas", "2026-11-28 12:30"),
    ("es", "hace 2 horasMADRID (EFE) - El", "hace 2 horas", "2026-11-28 12:30"),
]


def _assert_same_moment(value: datetime, expected: datetime) -> None:
    """Same instant and same UTC offset (aware == alone ignores fold within one zone)."""
    assert value.astimezone(UTC) == expected.astimezone(UTC)
    assert value.utcoffset() == expected.utcoffset()


def _in_amsterdam(wall: str) -> datetime:
    return datetime.fromisoformat(wall).replace(tzinfo=AMS)


@pytest.mark.parametrize(("lang", "text", "expected", "precision"), ROWS)
def test_expression(lang: str, text: str, expected: str | None, precision: str | None) -> None:
    ts = parse_timestamp(text, now=NOW, lang=lang)
    if expected is None:
        assert ts is None
        return
    assert ts is not None
    start = len(text) - len(text.lstrip())
    assert ts.text == text.strip()
    assert ts.span == (start, len(text.rstrip()))
    assert ts.lang == lang
    assert ts.precision == precision
    assert ts.value.tzinfo is AMS
    _assert_same_moment(ts.value, _in_amsterdam(expected))


@pytest.mark.parametrize(
    ("lang", "text", "now", "zone", "expected", "precision"), OTHER_NOWS
)
def test_other_nows(
    lang: str, text: str, now: str, zone: str | None, expected: str | None, precision: str | None
) -> None:
    when = datetime.fromisoformat(now)
    if zone is not None:
        when = when.astimezone(ZoneInfo(zone))
    ts = parse_timestamp(text, now=when, lang=lang)
    if expected is None:
        assert ts is None
        return
    assert ts is not None
    assert ts.text == text
    assert ts.precision == precision
    want = datetime.fromisoformat(expected)
    if want.tzinfo is None:
        assert ts.value.tzinfo is None
        assert ts.value == want
    else:
        if zone is not None:
            assert ts.value.tzinfo is ZoneInfo(zone)
        _assert_same_moment(ts.value, want)


@pytest.mark.parametrize("as_object", [False, True], ids=["name", "tzinfo"])
@pytest.mark.parametrize(("lang", "text", "now", "tz", "expected", "precision"), TZ_ARGUMENT)
def test_tz_argument(
    lang: str, text: str, now: str, tz: str, expected: str, precision: str, as_object: bool
) -> None:
    zone = ZoneInfo(tz)
    given_tz: tzinfo | str = zone if as_object else tz
    ts = parse_timestamp(text, now=datetime.fromisoformat(now), lang=lang, tz=given_tz)
    assert ts is not None
    assert ts.precision == precision
    assert ts.value.tzinfo is zone
    _assert_same_moment(ts.value, datetime.fromisoformat(expected))


@pytest.mark.parametrize(("lang", "text", "matched", "expected"), TRAILING)
def test_text_after_the_expression(lang: str, text: str, matched: str, expected: str) -> None:
    ts = parse_timestamp(text, now=NOW, lang=lang)
    assert ts is not None
    assert ts.text == matched
    assert ts.span == (0, len(matched))
    _assert_same_moment(ts.value, _in_amsterdam(expected))


# Any aware moment in 2000-2040 in a zone with DST, including ambiguous and skipped wall times.
aware_nows = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2040, 12, 31, 23, 59, 59),
    timezones=st.sampled_from([AMS, NY]),
)
counts = st.integers(min_value=1, max_value=500)

HOURS_AGO = {
    "nl": "{n} uur geleden",
    "en": "{n} hours ago",
    "de": "vor {n} Stunden",
    "fr": "il y a {n} heures",
    "es": "hace {n} horas",
}


@settings(deadline=None)
@given(now=aware_nows, n=counts)
def test_hours_ago_is_elapsed_time_in_every_language(now: datetime, n: int) -> None:
    for lang, template in HOURS_AGO.items():
        text = template.format(n=n)
        for code in (lang, None):
            ts = parse_timestamp(text, now=now, lang=code)
            assert ts is not None, text
            assert ts.lang == lang
            assert ts.precision == "hour"
            assert ts.value.tzinfo is now.tzinfo
            assert ts.value.astimezone(UTC) == now.astimezone(UTC) - timedelta(hours=n)


# Per language: the past and the future template, and each unit as (singular, plural).
TEMPLATES: dict[str, tuple[str, str, dict[str, tuple[str, str]]]] = {
    "nl": ("{n} {unit} geleden", "over {n} {unit}", {
        "second": ("seconde", "seconden"),
        "minute": ("minuut", "minuten"),
        "hour": ("uur", "uur"),
        "day": ("dag", "dagen"),
        "week": ("week", "weken"),
    }),
    "en": ("{n} {unit} ago", "in {n} {unit}", {
        "second": ("second", "seconds"),
        "minute": ("minute", "minutes"),
        "hour": ("hour", "hours"),
        "day": ("day", "days"),
        "week": ("week", "weeks"),
    }),
    "de": ("vor {n} {unit}", "in {n} {unit}", {
        "second": ("Sekunde", "Sekunden"),
        "minute": ("Minute", "Minuten"),
        "hour": ("Stunde", "Stunden"),
        "day": ("Tag", "Tagen"),
        "week": ("Woche", "Wochen"),
    }),
    "fr": ("il y a {n} {unit}", "dans {n} {unit}", {
        "second": ("seconde", "secondes"),
        "minute": ("minute", "minutes"),
        "hour": ("heure", "heures"),
        "day": ("jour", "jours"),
        "week": ("semaine", "semaines"),
    }),
    "es": ("hace {n} {unit}", "dentro de {n} {unit}", {
        "second": ("segundo", "segundos"),
        "minute": ("minuto", "minutos"),
        "hour": ("hora", "horas"),
        "day": ("día", "días"),
        "week": ("semana", "semanas"),
    }),
}
ELAPSED = {"second": timedelta(seconds=1), "minute": timedelta(minutes=1),
           "hour": timedelta(hours=1)}
CALENDAR_DAYS = {"day": 1, "week": 7}


def _expected_shift(now: datetime, unit: str, steps: int) -> datetime:
    """``now`` moved by ``steps`` units: on the UTC line for elapsed units, on the wall clock
    (then read in the zone via UTC) for days and weeks."""
    zone = now.tzinfo
    assert zone is not None
    if unit in ELAPSED:
        return (now.astimezone(UTC) + steps * ELAPSED[unit]).astimezone(zone)
    wall = now.replace(tzinfo=None) + timedelta(days=steps * CALENDAR_DAYS[unit])
    return wall.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)


@settings(deadline=None)
@given(now=aware_nows, n=counts, unit=st.sampled_from([*ELAPSED, *CALENDAR_DAYS]))
def test_rendered_relative_times_parse_back(now: datetime, n: int, unit: str) -> None:
    for lang, (past, future, words) in TEMPLATES.items():
        word = words[unit][0 if n == 1 else 1]
        for template, sign in ((past, -1), (future, 1)):
            text = template.format(n=n, unit=word)
            ts = parse_timestamp(text, now=now, lang=lang)
            assert ts is not None, text
            assert ts.text == text
            assert ts.lang == lang
            assert ts.precision == unit
            assert ts.value.tzinfo is now.tzinfo
            _assert_same_moment(ts.value, _expected_shift(now, unit, sign * n))
