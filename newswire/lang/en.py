"""English (en): the words English news sites use around their items.

Data only; the shared code in :mod:`newswire.timestamps` and :mod:`newswire.parser` reads it.
Keys of ``UNITS`` are the forms as written (lowercase), values the canonical English unit.
"""

CODE = "en"

UNITS = {
    "second": "second",
    "seconds": "second",
    "secs": "second",
    "sec": "second",
    "minute": "minute",
    "minutes": "minute",
    "mins": "minute",
    "min": "minute",
    "hour": "hour",
    "hours": "hour",
    "hrs": "hour",
    "hr": "hour",
    "h": "hour",
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
}

NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

# "2 hours ago": the past word follows the quantity.
PAST_AFTER = ("ago",)
# "in 3 days": the future word precedes the quantity.
FUTURE_BEFORE = ("in",)
# Joins the parts of "2 hours and 5 minutes ago".
AND = ("and",)
# A moment ago, minute-precise.
JUST_NOW = ("just now", "moments ago")

# Section list headers; "{section}" is the section's name.
SECTION_HEADERS = (
    "More from {section}",
    "More in {section}",
    "More {section} news",
)

# Frequent words that mark running English text (language detection).
STOPWORDS = frozenset(
    "the a an and of in is that on to for with his her it was were has have "
    "had said by from at as be been will would not which their its this "
    "after over".split()
)
