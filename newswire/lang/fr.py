"""French (fr): the words French news sites use around their items.

Data only; the shared code in :mod:`newswire.timestamps` and :mod:`newswire.parser` reads it.
Keys are the forms as written (lowercase); ``UNITS`` values are the canonical English unit.
"""

CODE = "fr"

UNITS = {
    "seconde": "second",
    "secondes": "second",
    "sec.": "second",
    "sec": "second",
    "s": "second",
    "minute": "minute",
    "minutes": "minute",
    "min.": "minute",
    "min": "minute",
    "mn": "minute",
    "heure": "hour",
    "heures": "hour",
    "h": "hour",
    "jour": "day",
    "jours": "day",
    "j": "day",
    "semaine": "week",
    "semaines": "week",
    "mois": "month",
    "an": "year",
    "ans": "year",
    "année": "year",
    "années": "year",
}

NUMBERS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
}

# Past words that follow the quantity (none in French).
PAST_AFTER = ()
# "il y a 3 heures": the past words precede the quantity.
PAST_BEFORE = ("il y a", "il y a environ")
# "dans 2 jours": the future word precedes the quantity.
FUTURE_BEFORE = ("dans",)
# Joins the parts of "il y a 1 heure et 20 minutes".
AND = ("et",)
# A moment ago, minute-precise.
JUST_NOW = ("à l'instant", "à l’instant", "a l'instant", "il y a un instant")
# Just-now words that are also common words: a time only when nothing follows.
JUST_NOW_ALONE = ("maintenant",)
# One-letter units that, touching a number alone on a line, are that long ago (en: "3h").
PAST_ALONE = ()

# Day words and their distance from today in days.
DAYS = {
    "aujourd'hui": 0,
    "aujourd’hui": 0,
    "hier": -1,
    "avant-hier": -2,
    "avant hier": -2,
    "demain": 1,
    "après-demain": 2,
}

# "la semaine dernière": one calendar step of the unit back.
LAST = {
    "la semaine dernière": "week",
    "semaine dernière": "week",
    "le mois dernier": "month",
    "mois dernier": "month",
    "l'année dernière": "year",
    "l’année dernière": "year",
    "l'an dernier": "year",
    "l’an dernier": "year",
}

# Weekdays (Monday is 0). Full names stand alone; abbreviations only before a date.
WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}
WEEKDAY_ABBREVIATIONS = {
    "lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6,
}

MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1,
    "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "fev": 2,
    "mars": 3,
    "avril": 4, "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7, "juil": 7,
    "août": 8, "aout": 8,
    "septembre": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11,
    "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}
# "28 novembre 2026": day before month; numeric dates are day-month-year (28/11/2026).
# Words between the parts of a written date (Spanish "28 de noviembre de 2026").
DATE_PARTICLES = ()
MONTH_FIRST = False
NUMERIC_ORDER = "dmy"
# "aujourd'hui à 14h05": the word before a clock time, and the words after it.
AT = ("à", "a", "vers")
CLOCK_SUFFIXES = ()
# Morning and afternoon markers of a 12-hour clock (none in French).
MERIDIEM: dict[str, int] = {}

# A line giving the item's time after one of these, a colon or comma maybe between
# ("Publié le 31/01/2026 à 14h05", "Mis à jour il y a 2 heures").
TIME_LABELS = (
    "mis à jour le", "mis à jour", "publié le", "publié", "modifié le", "modifié", "actualisé le",
)

# Bylines: a line opening with one of these, then a name ("Par Marie Dupont").
BYLINE_OPENERS = ("De notre correspondant", "Par",)
# Small words a byline's names may hold ("Par Marie de la Tour et Paul Roy");
# its other words are capitalised, or an agency's code.
BYLINE_JOINERS = ("et", "de", "du", "des", "la", "le", "à",)
# Credit lines at the end of an item: the words before a name, and the role they give it.
CREDIT_ROLES = {"source": "source", "texte": "text", "photo": "photo", "édité par": "editing",
                "avec": "contribution"}
# What a copyright line may add after its holder, any case: not part of the holder's name.
RIGHTS_RESERVED = ("tous droits réservés",)

# A site's furniture standing alone on a line, any case: skipped as boilerplate wherever it is.
BOILERPLATE = (
    "Publicité", "La suite après cette publicité",
)

# Section list headers; "{section}" is the section's name.
SECTION_HEADERS = (
    "Plus d'actualités {section}",
    "Plus d’actualités {section}",
    "Dans la rubrique {section}",
    # List headers that name no section: the list is of mixed news.
    "En continu",
    "Dernières infos",
    "Fil info",
    "Dans la même rubrique",
    "Sur le même sujet",
    "Les plus lus",
)

# Frequent words that mark running French text (language detection).
STOPWORDS = frozenset(
    "le la les un une des du de et est en que qui dans pour pas sur au aux avec "
    "il elle ils ont été a par plus ce cette selon son sa ses mais".split()
)
