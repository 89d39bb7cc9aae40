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
    "m": "minute",  # "5m ago", "1h 20m ago": a letter alone only as sites write it, on digits
    "hour": "hour",
    "hours": "hour",
    "hrs": "hour",
    "hr": "hour",
    "h": "hour",
    "day": "day",
    "days": "day",
    "d": "day",
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
# Past words that precede the quantity (none in English).
PAST_BEFORE = ()
# "in 3 days": the future word precedes the quantity.
FUTURE_BEFORE = ("in",)
# Joins the parts of "2 hours and 5 minutes ago".
AND = ("and",)
# A moment ago, minute-precise.
JUST_NOW = ("just now", "moments ago", "a moment ago", "right now")
# Just-now words that are also common words: a time only when nothing follows.
JUST_NOW_ALONE = ("now",)
# One-letter units that, touching a number with nothing else on the line, are that long
# ago: lists write "3h", "45m", "2d" for 3 hours, 45 minutes, 2 days ago.
PAST_ALONE = ("m", "h", "d")

# Day words and their distance from today in days.
DAYS = {
    "today": 0,
    "yesterday": -1,
    "the day before yesterday": -2,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}

# "last week": one calendar step of the unit back.
LAST = {
    "last week": "week",
    "past week": "week",
    "last month": "month",
    "last year": "year",
}

# Weekdays (Monday is 0). Full names stand alone ("Saturday 2:05 pm"); abbreviations only
# before a date ("Sat, Nov 28"), since "sun" and "wed" are words too.
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
WEEKDAY_ABBREVIATIONS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}

MONTHS = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# "Nov. 28, 2026" (month first) is the usual form, "28 November 2026" is read too; numeric
# dates are month-day-year (11/28/2026), as on US wires.
# Words between the parts of a written date (Spanish "28 de noviembre de 2026").
DATE_PARTICLES = ()
MONTH_FIRST = True
NUMERIC_ORDER = "mdy"
# "yesterday at 14:05": the word before a clock time, and the words after it.
AT = ("at",)
CLOCK_SUFFIXES = ()
# Morning and afternoon markers of a 12-hour clock, and the hours they add.
MERIDIEM = {"am": 0, "a.m.": 0, "pm": 12, "p.m.": 12}

# A line giving the item's time after one of these, a colon or comma maybe between
# ("Updated 14:05", "Published Jan 31, 2026").
TIME_LABELS = (
    "last updated", "updated", "first published", "published", "posted",
)

# Bylines: a line opening with one of these, then a name ("By Jane Doe").
BYLINE_OPENERS = ("By",)
# Small words a byline's names may hold ("By Jane Doe and John Roe in London");
# its other words are capitalised, or an agency's code.
BYLINE_JOINERS = ("and", "in", "of",)
# Credit lines at the end of an item: the words before a name, and the role they give it.
CREDIT_ROLES = {"reporting by": "reporting", "additional reporting by": "reporting",
                "writing by": "writing", "editing by": "editing", "compiled by": "compiling",
                "source": "source", "text": "text", "photo": "photo"}
# What a copyright line may add after its holder, any case: not part of the holder's name.
RIGHTS_RESERVED = ("all rights reserved",)

# A site's furniture standing alone on a line, any case: skipped as boilerplate wherever it is.
BOILERPLATE = (
    "Advertisement", "Skip advertisement", "Story continues below advertisement",
    "Our Standards: The Thomson Reuters Trust Principles.",
)

# Section list headers; "{section}" is the section's name.
SECTION_HEADERS = (
    "More from {section}",
    "More in {section}",
    "More {section} news",
    "More {Section}",  # one capitalised word: "More Politics"
    # List headers that name no section: the list is of mixed news.
    "Latest news",
    "Just in",
    "Breaking news",
    "Most read",
    "Most popular",
)

# Frequent words that mark running English text (language detection).
STOPWORDS = frozenset(
    "the a an and of in is that on to for with his her it was were has have "
    "had said by from at as be been will would not which their its this "
    "after over".split()
)
