"""German (de): the words German news sites use around their items.

Data only; the shared code in :mod:`newswire.timestamps` and :mod:`newswire.parser` reads it.
Keys are the forms as written (lowercase); ``UNITS`` values are the canonical English unit.
"""

CODE = "de"

UNITS = {
    "sekunde": "second",
    "sekunden": "second",
    "sek.": "second",
    "sek": "second",
    "minute": "minute",
    "minuten": "minute",
    "min.": "minute",
    "min": "minute",
    "stunde": "hour",
    "stunden": "hour",
    "std.": "hour",
    "std": "hour",
    "tag": "day",
    "tage": "day",
    "tagen": "day",
    "woche": "week",
    "wochen": "week",
    "monat": "month",
    "monate": "month",
    "monaten": "month",
    "jahr": "year",
    "jahre": "year",
    "jahren": "year",
}

NUMBERS = {
    "ein": 1,
    "eine": 1,
    "einer": 1,
    "einem": 1,
    "einen": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
}

# Past words that follow the quantity (none in German).
PAST_AFTER = ()
# "vor 3 Stunden": the past word precedes the quantity.
PAST_BEFORE = ("vor",)
# "in 2 Tagen": the future word precedes the quantity.
FUTURE_BEFORE = ("in",)
# Joins the parts of "vor 1 Stunde und 20 Minuten".
AND = ("und",)
# A moment ago, minute-precise.
JUST_NOW = ("gerade eben", "soeben", "eben erst", "vor wenigen sekunden")
# Just-now words that are also common words: a time only when nothing follows.
JUST_NOW_ALONE = ("gerade", "jetzt")
# One-letter units that, touching a number alone on a line, are that long ago (en: "3h").
PAST_ALONE = ()

# Day words and their distance from today in days.
DAYS = {
    "heute": 0,
    "gestern": -1,
    "vorgestern": -2,
    "morgen": 1,
    "übermorgen": 2,
}

# "letzte Woche": one calendar step of the unit back.
LAST = {
    "letzte woche": "week",
    "vergangene woche": "week",
    "letzten monat": "month",
    "vergangenen monat": "month",
    "letztes jahr": "year",
    "vergangenes jahr": "year",
}

# Weekdays (Monday is 0). Full names stand alone; abbreviations only before a date.
WEEKDAYS = {
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sonntag": 6,
}
WEEKDAY_ABBREVIATIONS = {"mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6}

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1,
    "februar": 2, "feb": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}
# "28. November 2026": day before month; numeric dates are day-month-year (28.11.2026).
# Words between the parts of a written date (Spanish "28 de noviembre de 2026").
DATE_PARTICLES = ()
MONTH_FIRST = False
NUMERIC_ORDER = "dmy"
# "heute um 14:05 Uhr": the word before a clock time, and the words after it.
AT = ("um",)
CLOCK_SUFFIXES = ("uhr",)
# Morning and afternoon markers of a 12-hour clock (none in German).
MERIDIEM: dict[str, int] = {}

# A line giving the item's time after one of these, a colon or comma maybe between
# ("Stand: 31.01.2026 14:05 Uhr", "Aktualisiert am 31. Januar 2026").
TIME_LABELS = (
    "zuletzt aktualisiert am", "zuletzt aktualisiert", "aktualisiert am", "aktualisiert",
    "veröffentlicht am", "veröffentlicht", "erschienen am", "stand",
)

# Bylines: a line opening with one of these, then a name ("Von Anna Schmidt").
BYLINE_OPENERS = ("Von unserem Korrespondenten", "Von",)
# Small words a byline's names may hold ("Von Anna Schmidt und Max Weber");
# its other words are capitalised, or an agency's code.
BYLINE_JOINERS = ("und", "von", "zu", "in", "aus",)
# Credit lines at the end of an item: the words before a name, and the role they give it.
CREDIT_ROLES = {"text": "text", "quelle": "source", "foto": "photo", "mitarbeit": "contribution",
                "redaktion": "editing"}
# What a copyright line may add after its holder, any case: not part of the holder's name.
RIGHTS_RESERVED = ("alle rechte vorbehalten",)

# A site's furniture standing alone on a line, any case: skipped as boilerplate wherever it is.
BOILERPLATE = (
    "Anzeige", "Werbung", "Weiter nach der Anzeige",
)

# Section list headers; "{section}" is the section's name.
SECTION_HEADERS = (
    "Mehr aus {section}",
    "Mehr zum Thema {section}",
    "Weitere Meldungen aus {section}",
    "Mehr {Section}",  # one capitalised word: "Mehr Sport"
    # List headers that name no section: the list is of mixed news.
    "Neueste Meldungen",
    "Aktuelle Meldungen",
    "Das Neueste",
    "Mehr zum Thema",
    "Meistgelesen",
    "Meist gelesen",
)

# Frequent words that mark running German text (language detection).
STOPWORDS = frozenset(
    "der die das und ist nicht ein eine einen dem den des mit sich auf für von "
    "zu im auch es sie er wird wurde hat haben sind bei nach aus dass noch wie "
    "über am sagte".split()
)
