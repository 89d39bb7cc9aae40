"""Spanish (es): the words Spanish news sites use around their items.

Data only; the shared code in :mod:`newswire.timestamps` and :mod:`newswire.parser` reads it.
Keys are the forms as written (lowercase); ``UNITS`` values are the canonical English unit.
"""

CODE = "es"

UNITS = {
    "segundo": "second",
    "segundos": "second",
    "seg.": "second",
    "seg": "second",
    "minuto": "minute",
    "minutos": "minute",
    "min.": "minute",
    "min": "minute",
    "hora": "hour",
    "horas": "hour",
    "h": "hour",
    "día": "day",
    "días": "day",
    "dia": "day",
    "dias": "day",
    "semana": "week",
    "semanas": "week",
    "mes": "month",
    "meses": "month",
    "año": "year",
    "años": "year",
}

NUMBERS = {
    "un": 1,
    "una": 1,
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
}

# Past words that follow the quantity (none in Spanish).
PAST_AFTER = ()
# "hace 2 horas": the past word precedes the quantity.
PAST_BEFORE = ("hace",)
# "dentro de 2 días", "en 2 días": the future words precede the quantity.
FUTURE_BEFORE = ("dentro de", "en")
# Joins the parts of "hace 1 hora y 20 minutos".
AND = ("y",)
# A moment ago, minute-precise.
JUST_NOW = ("hace un momento", "hace unos instantes", "hace instantes", "justo ahora")
# Just-now words that are also common words: a time only when nothing follows.
JUST_NOW_ALONE = ("ahora",)
# One-letter units that, touching a number alone on a line, are that long ago (en: "3h").
PAST_ALONE = ()

# Day words and their distance from today in days.
DAYS = {
    "hoy": 0,
    "ayer": -1,
    "anteayer": -2,
    "antier": -2,
    "antes de ayer": -2,
    "mañana": 1,
    "pasado mañana": 2,
}

# "la semana pasada": one calendar step of the unit back.
LAST = {
    "la semana pasada": "week",
    "semana pasada": "week",
    "el mes pasado": "month",
    "mes pasado": "month",
    "el año pasado": "year",
    "año pasado": "year",
}

# Weekdays (Monday is 0). Full names stand alone; abbreviations only before a date.
WEEKDAYS = {
    "lunes": 0,
    "martes": 1,
    "miércoles": 2,
    "miercoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sábado": 5,
    "sabado": 5,
    "domingo": 6,
}
WEEKDAY_ABBREVIATIONS = {
    "lun": 0, "mar": 1, "mié": 2, "mie": 2, "jue": 3, "vie": 4, "sáb": 5, "sab": 5, "dom": 6,
}

MONTHS = {
    "enero": 1, "ene": 1,
    "febrero": 2, "feb": 2,
    "marzo": 3, "mar": 3,
    "abril": 4, "abr": 4,
    "mayo": 5, "may": 5,
    "junio": 6, "jun": 6,
    "julio": 7, "jul": 7,
    "agosto": 8, "ago": 8,
    "septiembre": 9, "setiembre": 9, "sept": 9, "sep": 9, "set": 9,
    "octubre": 10, "oct": 10,
    "noviembre": 11, "nov": 11,
    "diciembre": 12, "dic": 12,
}
# "28 de noviembre de 2026": day before month; numeric dates are day-month-year (28/11/2026).
# Words between the parts of a written date ("28 de noviembre de 2026").
DATE_PARTICLES = ("de",)
MONTH_FIRST = False
NUMERIC_ORDER = "dmy"
# "ayer a las 14:05": the words before a clock time, and the words after it.
AT = ("a las", "a la", "sobre las")
CLOCK_SUFFIXES = ("horas", "h", "hs")
# Morning and afternoon markers of a 12-hour clock (none in Spanish news).
MERIDIEM: dict[str, int] = {}

# A line giving the item's time after one of these, a colon or comma maybe between
# ("Actualizado hace 2 horas", "Publicado el 31/01/2026").
TIME_LABELS = (
    "última actualización", "actualizado el", "actualizado", "publicado el", "publicado",
)

# Bylines: a line opening with one of these, then a name ("Por Ana García").
BYLINE_OPENERS = ("Por",)
# Small words a byline's names may hold ("Por María de la Cruz y Juan Gil");
# its other words are capitalised, or an agency's code.
BYLINE_JOINERS = ("y", "de", "del", "la", "las", "los", "en",)
# Credit lines at the end of an item: the words before a name, and the role they give it.
CREDIT_ROLES = {"fuente": "source", "texto": "text", "foto": "photo", "redacción": "writing",
                "edición": "editing"}
# What a copyright line may add after its holder, any case: not part of the holder's name.
RIGHTS_RESERVED = ("todos los derechos reservados",)

# A site's furniture standing alone on a line, any case: skipped as boilerplate wherever it is.
BOILERPLATE = (
    "Publicidad", "Sigue leyendo después de la publicidad",
)

# Section list headers; "{section}" is the section's name.
SECTION_HEADERS = (
    "Más noticias de {section}",
    "Más noticias sobre {section}",
    # List headers that name no section: the list is of mixed news.
    "Últimas noticias",
    "Lo último",
    "Lo más leído",
    "Noticias relacionadas",
)

# Frequent words that mark running Spanish text (language detection).
STOPWORDS = frozenset(
    "el la los las un una unos de del y en que es por con para se su sus al lo "
    "como más pero fue ha han este esta según dijo".split()
)
