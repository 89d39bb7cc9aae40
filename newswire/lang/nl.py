"""Dutch (nl): the words Dutch news sites use around their items.

Data only; the shared code in :mod:`newswire.timestamps` and :mod:`newswire.parser` reads it.
Keys of ``UNITS`` are the forms as written (lowercase), values the canonical English unit.
"""

CODE = "nl"

UNITS = {
    "seconde": "second",
    "seconden": "second",
    "sec.": "second",
    "sec": "second",
    "minuut": "minute",
    "minuten": "minute",
    "min.": "minute",
    "min": "minute",
    "uur": "hour",
    "uren": "hour",
    "u.": "hour",
    "u": "hour",
    "dag": "day",
    "dagen": "day",
    "week": "week",
    "weken": "week",
    "maand": "month",
    "maanden": "month",
    "jaar": "year",
    "jaren": "year",
}

NUMBERS = {
    "een": 1,
    "één": 1,
    "eén": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
}

# "10 minuten geleden": the past word follows the quantity.
PAST_AFTER = ("geleden",)
# Past words that precede the quantity (none in Dutch).
PAST_BEFORE = ()
# "over 2 uur": the future word precedes the quantity.
FUTURE_BEFORE = ("over",)
# Joins the parts of "1 uur en 20 minuten geleden".
AND = ("en",)
# A moment ago, minute-precise.
JUST_NOW = ("zojuist", "zo-even", "zoeven", "zo juist", "zonet", "zo net")
# Just-now words that are also common words ("net als"): a time only when nothing follows.
JUST_NOW_ALONE = ("net",)
# One-letter units that, touching a number alone on a line, are that long ago (en: "3h").
PAST_ALONE = ()

# Day words and their distance from today in days.
DAYS = {
    "vandaag": 0,
    "gisteren": -1,
    "eergisteren": -2,
    "morgen": 1,
    "overmorgen": 2,
}

# "vorige week": one calendar step of the unit back.
LAST = {
    "vorige week": "week",
    "afgelopen week": "week",
    "vorige maand": "month",
    "afgelopen maand": "month",
    "vorig jaar": "year",
    "afgelopen jaar": "year",
}

# Weekdays (Monday is 0). Full names stand alone ("zaterdag 14:05"); abbreviations only
# before a date ("za 28 nov."), since "zo" and "do" are everyday words.
WEEKDAYS = {
    "maandag": 0,
    "dinsdag": 1,
    "woensdag": 2,
    "donderdag": 3,
    "vrijdag": 4,
    "zaterdag": 5,
    "zondag": 6,
}
WEEKDAY_ABBREVIATIONS = {"ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6}

MONTHS = {
    "januari": 1, "jan": 1,
    "februari": 2, "feb": 2, "febr": 2,
    "maart": 3, "mrt": 3, "maa": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# "28 november 2026": day before month; numeric dates are day-month-year (28-11-2026).
# Words between the parts of a written date (Spanish "28 de noviembre de 2026").
DATE_PARTICLES = ()
MONTH_FIRST = False
NUMERIC_ORDER = "dmy"
# "gisteren om 14.05 uur": the word before a clock time, and the words after it.
AT = ("om",)
CLOCK_SUFFIXES = ("uur", "u")
# Morning and afternoon markers of a 12-hour clock, and the hours they add (none in Dutch).
MERIDIEM: dict[str, int] = {}

# A line giving the item's time after one of these, a colon or comma maybe between
# ("Bijgewerkt om 14:05", "Gepubliceerd: gisteren om 14.05 uur").
TIME_LABELS = (
    "laatst bijgewerkt", "bijgewerkt", "gewijzigd", "aangepast", "gepubliceerd", "geplaatst",
    "laatste update", "update",
)

# Bylines: a line opening with one of these, then a name ("Door onze correspondent Jan Smit").
BYLINE_OPENERS = ("Door onze correspondent", "Van onze correspondent", "Door onze verslaggever",
                  "Van onze verslaggever", "Door")
# Small words a byline's names may hold ("Door Jan de Vries en Piet Jansen");
# its other words are capitalised, or an agency's code.
BYLINE_JOINERS = ("en", "van", "de", "der", "den", "ter", "te", "in",)
# Credit lines at the end of an item: the words before a name, and the role they give it.
CREDIT_ROLES = {"bron": "source", "tekst": "text", "foto": "photo", "redactie": "editing",
                "met medewerking van": "contribution"}
# What a copyright line may add after its holder, any case: not part of the holder's name.
RIGHTS_RESERVED = ("alle rechten voorbehouden",)

# A site's furniture standing alone on a line, any case: skipped as boilerplate wherever it is.
BOILERPLATE = (
    "Advertentie", "Lees verder na de advertentie",
)

# Section list headers; "{section}" is the section's name, "{Section}" one capitalised word.
SECTION_HEADERS = (
    "Meer uit {section}",
    "Meer nieuws uit {section}",
    "Meer over {section}",
    "Lees meer uit {section}",
    "Meer {Section}",  # one capitalised word: "Meer Binnenland"
    # List headers that name no section: the list is of mixed news.
    "Net binnen",
    "Laatste nieuws",
    "Het laatste nieuws",
    "Meest gelezen",
    "Meest bekeken",
)

# Frequent words that mark running Dutch text (language detection).
STOPWORDS = frozenset(
    "de het een en van in is dat op te voor met zijn niet die ook heeft werd "
    "zei naar bij door om er maar nog wel dan als wordt worden hebben deze "
    "zich tussen volgens na over uit".split()
)
