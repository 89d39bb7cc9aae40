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
# "over 2 uur": the future word precedes the quantity.
FUTURE_BEFORE = ("over",)
# Joins the parts of "1 uur en 20 minuten geleden".
AND = ("en",)
# A moment ago, minute-precise.
JUST_NOW = ("zojuist", "zo-even", "zoeven", "zo juist")

# Section list headers; "{section}" is the section's name.
SECTION_HEADERS = (
    "Meer uit {section}",
    "Meer nieuws uit {section}",
    "Meer over {section}",
    "Lees meer uit {section}",
)

# Frequent words that mark running Dutch text (language detection).
STOPWORDS = frozenset(
    "de het een en van in is dat op te voor met zijn niet die ook heeft werd "
    "zei naar bij door om er maar nog wel dan als wordt worden hebben deze "
    "zich tussen volgens na over uit".split()
)
