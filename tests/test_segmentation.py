"""Page segmentation: one row per page shape, with every record and skip it must give.

A row's expected list has one string per output, in input order:
``kind|headline|section|dateline|time|body`` for records (``-`` for none) and
``skip:reason:text`` for skipped stretches. ``/`` in a page stands for a line break, except
inside parentheses, where it separates agencies as in ``(ANP/AFP)``.
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from newswire import Record, parse_all
from tests.helpers import summary

NOW = datetime(2026, 2, 1, 9, 0)


def page(s: str) -> str:
    return re.sub(r"/(?![^()]*\))", "\n", s)


LEAD_ARTICLES = [
    ("Kop/DEN HAAG (ANP) - Een.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een."]),
    ("Kop/DEN HAAG (ANP) - Een./Twee./Drie.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een.\n\nTwee.\n\nDrie."]),
    ("Kop//DEN HAAG (ANP) - Een.///Twee.//",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een.\n\nTwee."]),
    ("DEN HAAG (ANP) - Zonder kop.",
     ["article|-|-|DEN HAAG (ANP) -|-|Zonder kop."]),
    ("Kop/DEN HAAG (ANP) -/Tekst op de volgende regel.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Tekst op de volgende regel."]),
    ("Home/Nieuws/Kop/DEN HAAG (ANP) - Een.",
     ["skip:preamble:Home", "skip:preamble:Nieuws", "article|Kop|-|DEN HAAG (ANP) -|-|Een."]),
    ("Kop/5 minuten geleden/DEN HAAG (ANP) - Een.",
     ["article|Kop|-|DEN HAAG (ANP) -|5 minuten geleden|Een."]),
    ("Kop/DEN HAAG (ANP) - Een./5 minuten geleden",
     ["article|Kop|-|DEN HAAG (ANP) -|5 minuten geleden|Een."]),
    ("Een zin zonder dateline. Nog een./Tweede alinea.",
     ["article|-|-|-|-|Een zin zonder dateline. Nog een.\n\nTweede alinea."]),
    ("Kop zonder dateline/Eerste alinea./Tweede alinea.",
     ["article|Kop zonder dateline|-|-|-|Eerste alinea.\n\nTweede alinea."]),
    ("Kop/DEN HAAG (ANP) - De NAVO (NATO) - zo zei de minister./VS (ANP) zei niets.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|De NAVO (NATO) - zo zei de minister.\n\n"
      "VS (ANP) zei niets."]),
    ("Kop/DEN HAAG (ANP) - Hij zei 4 uur geleden niets./Het is 4 uur./Boeing 737.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Hij zei 4 uur geleden niets.\n\nHet is 4 uur.\n\n"
      "Boeing 737."]),
]

SECTION_LISTS = [
    # Times close their items: the list ends on a lone time.
    ("Kop/ROME (ANP) - Een./Meer uit Buitenland/PARIJS (ANP) - A./10 minuten geleden"
     "MADRID (ANP) - B./4 uur geleden",
     ["article|Kop|Buitenland|ROME (ANP) -|-|Een.", "skip:section-header:Meer uit Buitenland",
      "teaser|-|Buitenland|PARIJS (ANP) -|10 minuten geleden|A.",
      "teaser|-|Buitenland|MADRID (ANP) -|4 uur geleden|B."]),
    # The same with each time on a line of its own.
    ("Kop/ROME (ANP) - Een./Meer uit Buitenland/PARIJS (ANP) - A./10 minuten geleden/"
     "MADRID (ANP) - B./4 uur geleden",
     ["article|Kop|Buitenland|ROME (ANP) -|-|Een.", "skip:section-header:Meer uit Buitenland",
      "teaser|-|Buitenland|PARIJS (ANP) -|10 minuten geleden|A.",
      "teaser|-|Buitenland|MADRID (ANP) -|4 uur geleden|B."]),
    # Times open their items: the list starts with a time, the last item has none after it.
    ("Kop/ROME (ANP) - Een./Meer uit Sport/10 minuten geleden/PARIJS (ANP) - A./"
     "4 uur geleden/MADRID (ANP) - B.",
     ["article|Kop|Sport|ROME (ANP) -|-|Een.", "skip:section-header:Meer uit Sport",
      "teaser|-|Sport|PARIJS (ANP) -|10 minuten geleden|A.",
      "teaser|-|Sport|MADRID (ANP) -|4 uur geleden|B."]),
    ("Kop/ROME (ANP) - Een./Meer uit Sport/10 minuten geledenPARIJS (ANP) - A./"
     "4 uur geledenMADRID (ANP) - B.",
     ["article|Kop|Sport|ROME (ANP) -|-|Een.", "skip:section-header:Meer uit Sport",
      "teaser|-|Sport|PARIJS (ANP) -|10 minuten geleden|A.",
      "teaser|-|Sport|MADRID (ANP) -|4 uur geleden|B."]),
    # Whole list glued on one line, as scrapers that drop line breaks leave it.
    ("Kop/ROME (ANP) - Een./Meer uit Buitenland/PARIJS (ANP) - A.10 minuten geleden"
     "MADRID (ANP/AFP) - B. C.4 uur geleden",
     ["article|Kop|Buitenland|ROME (ANP) -|-|Een.", "skip:section-header:Meer uit Buitenland",
      "teaser|-|Buitenland|PARIJS (ANP) -|10 minuten geleden|A.",
      "teaser|-|Buitenland|MADRID (ANP/AFP) -|4 uur geleden|B. C."]),
    # No time before the first or after the last item: the order is a guess, and says so.
    ("Kop/ROME (ANP) - Een./Meer uit Buitenland/PARIJS (ANP) - A./2 uur geleden/"
     "MADRID (ANP) - B.",
     ["article|Kop|Buitenland|ROME (ANP) -|-|Een.", "skip:section-header:Meer uit Buitenland",
      "teaser|-|Buitenland|PARIJS (ANP) -|2 uur geleden|A.",
      "teaser|-|Buitenland|MADRID (ANP) -|-|B."]),
    # Two lists: the lead takes the first list's section.
    ("Kop/ROME (ANP) - Een./Meer uit Economie/PARIJS (ANP) - A./1 uur geleden/"
     "Meer uit Sport/MADRID (ANP) - B./2 uur geleden",
     ["article|Kop|Economie|ROME (ANP) -|-|Een.", "skip:section-header:Meer uit Economie",
      "teaser|-|Economie|PARIJS (ANP) -|1 uur geleden|A.",
      "skip:section-header:Meer uit Sport", "teaser|-|Sport|MADRID (ANP) -|2 uur geleden|B."]),
    # Teasers that carry their own headline.
    ("Kop/ROME (ANP) - Een./Meer uit Buitenland/Kop A/PARIJS (ANP) - A./1 uur geleden/"
     "Kop B/MADRID (ANP) - B./2 uur geleden",
     ["article|Kop|Buitenland|ROME (ANP) -|-|Een.", "skip:section-header:Meer uit Buitenland",
      "teaser|Kop A|Buitenland|PARIJS (ANP) -|1 uur geleden|A.",
      "teaser|Kop B|Buitenland|MADRID (ANP) -|2 uur geleden|B."]),
    # A teaser of two paragraphs.
    ("Kop/ROME (ANP) - Een./Meer uit Buitenland/PARIJS (ANP) - A./Nog iets./1 uur geleden",
     ["article|Kop|Buitenland|ROME (ANP) -|-|Een.", "skip:section-header:Meer uit Buitenland",
      "teaser|-|Buitenland|PARIJS (ANP) -|1 uur geleden|A.\n\nNog iets."]),
    # Other list headers of the table.
    ("Kop/ROME (ANP) - Een./Meer nieuws uit Tech/PARIJS (ANP) - A./zojuist",
     ["article|Kop|Tech|ROME (ANP) -|-|Een.", "skip:section-header:Meer nieuws uit Tech",
      "teaser|-|Tech|PARIJS (ANP) -|zojuist|A."]),
    ("Headline/LONDON (Reuters) - One./More from World/PARIS (AFP) - A./2 hours ago",
     ["article|Headline|World|LONDON (Reuters) -|-|One.", "skip:section-header:More from World",
      "teaser|-|World|PARIS (AFP) -|2 hours ago|A."]),
    # A list with no lead article before it.
    ("Meer uit Buitenland/PARIJS (ANP) - A./1 uur geleden",
     ["skip:section-header:Meer uit Buitenland",
      "teaser|-|Buitenland|PARIJS (ANP) -|1 uur geleden|A."]),
    # Wire items one after another, no headlines, no list header.
    ("ROME (ANP) - Een./PARIJS (ANP) - Twee./MADRID (ANP) - Drie.",
     ["article|-|-|ROME (ANP) -|-|Een.", "teaser|-|-|PARIJS (ANP) -|-|Twee.",
      "teaser|-|-|MADRID (ANP) -|-|Drie."]),
]

ORPHANS = [
    ("15 uur geleden", ["skip:orphan-time:15 uur geleden"]),
    ("Kop/ROME (ANP) - Een./Meer uit X/PARIJS (ANP) - A./1 uur geleden/2 uur geleden",
     ["article|Kop|X|ROME (ANP) -|-|Een.", "skip:section-header:Meer uit X",
      "teaser|-|X|PARIJS (ANP) -|1 uur geleden|A.", "skip:orphan-time:2 uur geleden"]),
    ("Meer uit Buitenland", ["skip:section-header:Meer uit Buitenland"]),
    ("", []),
    ("  /\t/ ", []),
]

PAGES = [
    # An explicit separator line.
    ("Kop een/ROME (ANP) - Een./=====/Kop twee/PARIJS (ANP) - Twee.",
     ["article|Kop een|-|ROME (ANP) -|-|Een.", "skip:page-separator:=====",
      "article|Kop twee|-|PARIJS (ANP) -|-|Twee."]),
    ("Kop een/ROME (ANP) - Een./- - -/Kop twee/PARIJS (ANP) - Twee.",
     ["article|Kop een|-|ROME (ANP) -|-|Een.", "skip:page-separator:- - -",
      "article|Kop twee|-|PARIJS (ANP) -|-|Twee."]),
    # A form feed between pages.
    ("Kop een/ROME (ANP) - Een./\fKop twee/PARIJS (ANP) - Twee.",
     ["article|Kop een|-|ROME (ANP) -|-|Een.", "article|Kop twee|-|PARIJS (ANP) -|-|Twee."]),
    # Pages appended without a separator: a headline over a dateline after the lead.
    ("Kop een/ROME (ANP) - Een./Kop twee/PARIJS (ANP) - Twee.",
     ["article|Kop een|-|ROME (ANP) -|-|Een.", "article|Kop twee|-|PARIJS (ANP) -|-|Twee."]),
    ("Kop een/ROME (ANP) - Een./Meer uit X/OSLO (ANP) - A./1 uur geleden/Kop twee/"
     "PARIJS (ANP) - Twee.",
     ["article|Kop een|X|ROME (ANP) -|-|Een.", "skip:section-header:Meer uit X",
      "teaser|-|X|OSLO (ANP) - |1 uur geleden|A.".replace(" - |", " -|"),
      "article|Kop twee|-|PARIJS (ANP) -|-|Twee."]),
    # Files concatenated with their BOMs.
    ("\ufeffKop een/ROME (ANP) - Een./\ufeffKop twee/PARIJS (ANP) - Twee.",
     ["article|Kop een|-|ROME (ANP) -|-|Een.", "article|Kop twee|-|PARIJS (ANP) -|-|Twee."]),
]

WHITESPACE = [
    ("Kop\r\nDEN HAAG (ANP) - Een.\r\nTwee.\r\n",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een.\n\nTwee."]),
    ("Kop\rDEN HAAG (ANP) - Een.\rTwee.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een.\n\nTwee."]),
    ("\ufeffKop  \nDEN\u00a0HAAG (ANP) -\u00a0Een\tzin.  ",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een zin."]),
    ("\tKop\n   DEN HAAG (ANP) -   Een   zin.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een zin."]),
    ("Kop\nDEN HAAG (ANP) - Een\u00adzin\u200bmet onzichtbare tekens.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Eenzinmet onzichtbare tekens."]),
    # Unicode's line and paragraph separators and NEL end lines, as LF does.
    ("Kop\u2028DEN HAAG (ANP) - Een.\u2029=====\u0085Kop twee\u2028PARIJS (ANP) - Twee.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een.", "skip:page-separator:=====",
      "article|Kop twee|-|PARIJS (ANP) -|-|Twee."]),
]


# Teaser lists in the other languages: the time glued to the next item's dateline.
OTHER_LANGUAGES = [
    ("Mehr aus Politik/BERLIN (dpa) - Der Bundestag hat zugestimmt./"
     "vor 3 StundenHAMBURG (dpa) - Der Hafen ist offen./vor 5 Stunden",
     ["skip:section-header:Mehr aus Politik",
      "teaser|-|Politik|BERLIN (dpa) -|vor 3 Stunden|Der Bundestag hat zugestimmt.",
      "teaser|-|Politik|HAMBURG (dpa) -|vor 5 Stunden|Der Hafen ist offen."]),
    ("Plus d'actualités Monde/PARIS (AFP) - Le gouvernement a démissionné./"
     "il y a 2 heuresLYON (AFP) - Un incendie a éclaté./il y a 4 heures",
     ["skip:section-header:Plus d'actualités Monde",
      "teaser|-|Monde|PARIS (AFP) -|il y a 2 heures|Le gouvernement a démissionné.",
      "teaser|-|Monde|LYON (AFP) -|il y a 4 heures|Un incendie a éclaté."]),
    ("Más noticias de Internacional/MADRID (EFE) - El Gobierno aprobó la ley./"
     "hace 2 horasBOGOTÁ (EFE) - Llueve mucho./hace 3 horas",
     ["skip:section-header:Más noticias de Internacional",
      "teaser|-|Internacional|MADRID (EFE) -|hace 2 horas|El Gobierno aprobó la ley.",
      "teaser|-|Internacional|BOGOTÁ (EFE) -|hace 3 horas|Llueve mucho."]),
    ("More from World/LONDON (Reuters) - Prices rose./2 hours agoPARIS (AFP) - Talks ended./"
     "5 hours ago",
     ["skip:section-header:More from World",
      "teaser|-|World|LONDON (Reuters) -|2 hours ago|Prices rose.",
      "teaser|-|World|PARIS (AFP) -|5 hours ago|Talks ended."]),
    # List headers that name no section, in each language.
    ("Kop/DEN HAAG (ANP) - Een./Meest gelezen/PARIJS (ANP) - Twee./3 uur geleden",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een.", "skip:section-header:Meest gelezen",
      "teaser|-|-|PARIJS (ANP) -|3 uur geleden|Twee."]),
    ("Kopf/BERLIN (dpa) - Eins./Mehr zum Thema/HAMBURG (dpa) - Zwei./vor 3 Stunden",
     ["article|Kopf|-|BERLIN (dpa) -|-|Eins.", "skip:section-header:Mehr zum Thema",
      "teaser|-|-|HAMBURG (dpa) -|vor 3 Stunden|Zwei."]),
    ("Kopf/BERLIN (dpa) - Eins./Meistgelesen/HAMBURG (dpa) - Zwei./vor 3 Stunden",
     ["article|Kopf|-|BERLIN (dpa) -|-|Eins.", "skip:section-header:Meistgelesen",
      "teaser|-|-|HAMBURG (dpa) -|vor 3 Stunden|Zwei."]),
    ("Titre/PARIS (AFP) - Un./Dans la même rubrique/LYON (AFP) - Deux./il y a 2 heures",
     ["article|Titre|-|PARIS (AFP) -|-|Un.", "skip:section-header:Dans la même rubrique",
      "teaser|-|-|LYON (AFP) -|il y a 2 heures|Deux."]),
    ("Título/MADRID (EFE) - Uno./Lo más leído/BOGOTÁ (EFE) - Dos./hace 2 horas",
     ["article|Título|-|MADRID (EFE) -|-|Uno.", "skip:section-header:Lo más leído",
      "teaser|-|-|BOGOTÁ (EFE) -|hace 2 horas|Dos."]),
    ("Headline/LONDON (Reuters) - One./Most read/PARIS (AFP) - Two./2 hours ago",
     ["article|Headline|-|LONDON (Reuters) -|-|One.", "skip:section-header:Most read",
      "teaser|-|-|PARIS (AFP) -|2 hours ago|Two."]),
    # "3h", "45m", "2d" alone: English lists' hours, minutes and days ago.
    ("More from Business/NEW YORK (Reuters) - Stocks rose./3h/CHICAGO (Reuters) - Boeing "
     "said./45m/TORONTO (Reuters) - Stocks fell./2d",
     ["skip:section-header:More from Business",
      "teaser|-|Business|NEW YORK (Reuters) -|3h|Stocks rose.",
      "teaser|-|Business|CHICAGO (Reuters) -|45m|Boeing said.",
      "teaser|-|Business|TORONTO (Reuters) -|2d|Stocks fell."]),
    # "Meer Binnenland": a section of one capitalised word; "Meer regen" is a headline.
    ("Kop/DEN HAAG (ANP) - Een./Meer Binnenland/UTRECHT (ANP) - Twee./1 uur geleden",
     ["article|Kop|Binnenland|DEN HAAG (ANP) -|-|Een.", "skip:section-header:Meer Binnenland",
      "teaser|-|Binnenland|UTRECHT (ANP) -|1 uur geleden|Twee."]),
    ("Kop/DEN HAAG (ANP) - Een./Meer Noord-Holland/UTRECHT (ANP) - Twee.",
     ["article|Kop|Noord-Holland|DEN HAAG (ANP) -|-|Een.",
      "skip:section-header:Meer Noord-Holland", "teaser|-|Noord-Holland|UTRECHT (ANP) -|-|Twee."]),
    ("Kop/DEN HAAG (ANP) - Een./Meer regen/UTRECHT (ANP) - Twee.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een.", "article|Meer regen|-|UTRECHT (ANP) -|-|Twee."]),
    # A singular unit is the start of its plural: the capital after it opens the place.
    ("Mehr aus Politik/HAMBURG (dpa) - A./vor einer StundeNÜRNBERG (dpa) - B./vor 3 Stunden",
     ["skip:section-header:Mehr aus Politik",
      "teaser|-|Politik|HAMBURG (dpa) -|vor einer Stunde|A.",
      "teaser|-|Politik|NÜRNBERG (dpa) -|vor 3 Stunden|B."]),
    ("Mehr aus Politik/HAMBURG (dpa) - A./vor einer StundeNürnberg (dpa) - B./vor 3 Stunden",
     ["skip:section-header:Mehr aus Politik",
      "teaser|-|Politik|HAMBURG (dpa) -|vor einer Stunde|A.",
      "teaser|-|Politik|Nürnberg (dpa) -|vor 3 Stunden|B."]),
    ("Plus d'actualités Monde/PARIS (AFP) - A./il y a une heureSTRASBOURG (AFP) - B./"
     "il y a 3 heures",
     ["skip:section-header:Plus d'actualités Monde",
      "teaser|-|Monde|PARIS (AFP) -|il y a une heure|A.",
      "teaser|-|Monde|STRASBOURG (AFP) -|il y a 3 heures|B."]),
    ("Más noticias de España/MADRID (EFE) - A./hace 1 díaSEVILLA (EFE) - B./hace 2 días",
     ["skip:section-header:Más noticias de España",
      "teaser|-|España|MADRID (EFE) -|hace 1 día|A.",
      "teaser|-|España|SEVILLA (EFE) -|hace 2 días|B."]),
    # Pages in capitals: a short time word after a number is one, not a place's letters.
    ("MORE FROM WORLD/PARIS (Reuters) - A./5M AGOMADRID (Reuters) - B./2H AGO",
     ["skip:section-header:MORE FROM WORLD", "teaser|-|WORLD|PARIS (Reuters) -|5M AGO|A.",
      "teaser|-|WORLD|MADRID (Reuters) -|2H AGO|B."]),
    ("Mehr aus Politik/HAMBURG (dpa) - A./VOR 1 TAGBONN (dpa) - B./VOR 3 STUNDEN",
     ["skip:section-header:Mehr aus Politik", "teaser|-|Politik|HAMBURG (dpa) -|VOR 1 TAG|A.",
      "teaser|-|Politik|BONN (dpa) -|VOR 3 STUNDEN|B."]),
    # Short units and abbreviations close times too.
    ("Mehr aus Politik/BERLIN (dpa) - A./vor 1 TagBONN (dpa) - B./vor 5 Std.",
     ["skip:section-header:Mehr aus Politik",
      "teaser|-|Politik|BERLIN (dpa) -|vor 1 Tag|A.",
      "teaser|-|Politik|BONN (dpa) -|vor 5 Std.|B."]),
    ("Plus d'actualités Monde/PARIS (AFP) - A./il y a 5 minLYON (AFP) - B./il y a 1 an",
     ["skip:section-header:Plus d'actualités Monde",
      "teaser|-|Monde|PARIS (AFP) -|il y a 5 min|A.",
      "teaser|-|Monde|LYON (AFP) -|il y a 1 an|B."]),
]

# Lists whose lines open with a clock time, maybe after the item's section.
CLOCK_LISTS = [
    # A day word before the clock is part of the time, not a section.
    ("Latest news/8:50 am Stocks rise/Yesterday 8:30 am Dollar slips",
     ["skip:section-header:Latest news", "teaser|Stocks rise|-|-|8:50 am|",
      "teaser|Dollar slips|-|-|Yesterday 8:30 am|"]),
    ("Net binnen/Vandaag Binnenland 11:40 Kabinet valt",
     ["skip:section-header:Net binnen", "teaser|Kabinet valt|Vandaag Binnenland|-|11:40|"]),
    ("Net binnen/11:40 Rusland valt aan/gisteren 23:15 Olie stijgt",
     ["skip:section-header:Net binnen", "teaser|Rusland valt aan|-|-|11:40|",
      "teaser|Olie stijgt|-|-|gisteren 23:15|"]),
    # Once begun, a timeline goes on through entries that are no sentences.
    ("Aanslag op station/LONDEN (ANP) - Een aanslag./08:15 De politie wordt gebeld./"
     "08:30 Eerste agenten ter plaatse/08:45 Een verdachte is aangehouden./Het is voorbij.",
     ["article|Aanslag op station|-|LONDEN (ANP) -|-|Een aanslag.\n\n08:15 De politie wordt "
      "gebeld.\n\n08:30 Eerste agenten ter plaatse\n\n08:45 Een verdachte is aangehouden."
      "\n\nHet is voorbij."]),
    # In an article's text, clock times opening sentences are a timeline: paragraphs.
    ("Aanslag op station/LONDEN (ANP) - Een aanslag. Het verloop:/08:15 De politie wordt "
     "gebeld./08:40 Agenten houden een verdachte aan./Het station ging weer open.",
     ["article|Aanslag op station|-|LONDEN (ANP) -|-|Een aanslag. Het verloop:\n\n08:15 De "
      "politie wordt gebeld.\n\n08:40 Agenten houden een verdachte aan.\n\nHet station ging "
      "weer open."]),
    ("Net binnen/Buitenland 11:40 Rusland valt aan/Economie 11:20 Olie stijgt/"
     "10:55 Kabinet wil asiel",
     ["skip:section-header:Net binnen", "teaser|Rusland valt aan|Buitenland|-|11:40|",
      "teaser|Olie stijgt|Economie|-|11:20|", "teaser|Kabinet wil asiel|-|-|10:55|"]),
    ("11:40 - Rusland valt aan/11:20 | Olie stijgt",
     ["teaser|Rusland valt aan|-|-|11:40|", "teaser|Olie stijgt|-|-|11:20|"]),
    ("Net binnen/11:40 Rusland valt aan/Het leger meldt doden./11:20 Olie stijgt",
     ["skip:section-header:Net binnen",
      "teaser|Rusland valt aan|-|-|11:40|Het leger meldt doden.",
      "teaser|Olie stijgt|-|-|11:20|"]),
    ("Kop/DEN HAAG (ANP) - Een./11:40 uur: Politie sluit weg af",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een.", "teaser|Politie sluit weg af|-|-|11:40|"]),
    ("Neueste Meldungen/Politik 11:40 Bundestag stimmt zu/Sport 09:05 Bayern gewinnt",
     ["skip:section-header:Neueste Meldungen", "teaser|Bundestag stimmt zu|Politik|-|11:40|",
      "teaser|Bayern gewinnt|Sport|-|09:05|"]),
    ("En continu/14h05 Le Sénat vote la loi",
     ["skip:section-header:En continu", "teaser|Le Sénat vote la loi|-|-|14h05|"]),
    # A time after a clock item closes it: the dateline after the time opens the next item,
    # which that time opens, rather than joining the clock item (their spans overlapped).
    ("Net binnen/11:40 Kop van het bericht/10 minuten geledenPARIJS (ANP) - Tekst./Meer.",
     ["skip:section-header:Net binnen", "teaser|Kop van het bericht|-|-|11:40|",
      "teaser|-|-|PARIJS (ANP) -|10 minuten geleden|Tekst.\n\nMeer."]),
    # "Am" after a clock is German's "am", not the morning; only am, AM, a.m. are.
    ("Neueste Meldungen/Politik 10:15 Am Montag beginnt der Prozess/"
     "Sport 14:05 Am Ende siegt Bayern",
     ["skip:section-header:Neueste Meldungen",
      "teaser|Am Montag beginnt der Prozess|Politik|-|10:15|",
      "teaser|Am Ende siegt Bayern|Sport|-|14:05|"]),
    # A 12-hour clock: the first language that reads it whole, English.
    ("Latest news/World 10:15 Drones hit Odesa/2:05 pm Oil prices rise/"
     "Business 9:30 a.m. Markets open higher",
     ["skip:section-header:Latest news", "teaser|Drones hit Odesa|World|-|10:15|",
      "teaser|Oil prices rise|-|-|2:05 pm|", "teaser|Markets open higher|Business|-|9:30 a.m.|"]),
    # Prose that holds a clock time is no list.
    ("Kop/DEN HAAG (ANP) - Een./Om 11:40 vertrok de trein./11:40 uur vertrok de trein.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een.\n\nOm 11:40 vertrok de trein.\n\n"
      "11:40 uur vertrok de trein."]),
    ("Kop/DEN HAAG (ANP) - De uitslag: 2:1 voor Ajax./Stand 25:99 Onzin",
     ["article|Kop|-|DEN HAAG (ANP) -|-|De uitslag: 2:1 voor Ajax.\n\nStand 25:99 Onzin"]),
]

# A record without an item time takes the date its dateline carries.
DATELINE_DATES = [
    ("WASHINGTON, Jan 5 (Reuters) - The Senate voted.",
     ["article|-|-|WASHINGTON, Jan 5 (Reuters) -|Jan 5|The Senate voted."]),
    ("Kop/Madrid, 10 abr (EFE).- El Gobierno aprobó la ley.",
     ["article|Kop|-|Madrid, 10 abr (EFE).-|10 abr|El Gobierno aprobó la ley."]),
    ("Kop/5 minuten geleden/BEIJING, March 31 (Xinhua) -- Een.",
     ["article|Kop|-|BEIJING, March 31 (Xinhua) --|5 minuten geleden|Een."]),
]

# List times in other forms than relative ones, on a line of their own.
DATED_LISTS = [
    ("Kop/DEN HAAG (ANP) - Een./Meer uit X/2 uur geleden/ZWOLLE (ANP) - A./31-01-2026 14:05/"
     "UTRECHT (ANP) - B.",
     ["article|Kop|X|DEN HAAG (ANP) -|-|Een.", "skip:section-header:Meer uit X",
      "teaser|-|X|ZWOLLE (ANP) -|2 uur geleden|A.",
      "teaser|-|X|UTRECHT (ANP) -|31-01-2026 14:05|B."]),
    ("Kop/DEN HAAG (ANP) - Een./Meer uit X/ZWOLLE (ANP) - A./gisteren om 14.05 uur/"
     "UTRECHT (ANP) - B./3 uur geleden",
     ["article|Kop|X|DEN HAAG (ANP) -|-|Een.", "skip:section-header:Meer uit X",
      "teaser|-|X|ZWOLLE (ANP) -|gisteren om 14.05 uur|A.",
      "teaser|-|X|UTRECHT (ANP) -|3 uur geleden|B."]),
    ("Headline/LONDON (Reuters) - One./More from World/5 mins ago/TOKYO (Reuters) - A./"
     "yesterday at 14:05/SEOUL (Reuters) - B.",
     ["article|Headline|World|LONDON (Reuters) -|-|One.", "skip:section-header:More from World",
      "teaser|-|World|TOKYO (Reuters) -|5 mins ago|A.",
      "teaser|-|World|SEOUL (Reuters) -|yesterday at 14:05|B."]),
    ("Titel/Berlin (dpa) - Eins./Mehr aus Politik/vor 2 Stunden/Hamburg (dpa) - A./"
     "gestern, 14:05 Uhr/Köln (dpa) - B.",
     ["article|Titel|Politik|Berlin (dpa) -|-|Eins.", "skip:section-header:Mehr aus Politik",
      "teaser|-|Politik|Hamburg (dpa) -|vor 2 Stunden|A.",
      "teaser|-|Politik|Köln (dpa) -|gestern, 14:05 Uhr|B."]),
    # Glued to the next item's dateline, as relative times are.
    ("Kop/DEN HAAG (ANP) - Een./Meer uit X/ZWOLLE (ANP) - A./vandaag 14:05UTRECHT (ANP) - B./"
     "3 uur geleden",
     ["article|Kop|X|DEN HAAG (ANP) -|-|Een.", "skip:section-header:Meer uit X",
      "teaser|-|X|ZWOLLE (ANP) -|vandaag 14:05|A.", "teaser|-|X|UTRECHT (ANP) -|3 uur geleden|B."]),
    ("Titel/Berlin (dpa) - Eins./Mehr aus Politik/Hamburg (dpa) - A./"
     "gestern, 14:05 UhrKöln (dpa) - B./vor 2 Stunden",
     ["article|Titel|Politik|Berlin (dpa) -|-|Eins.", "skip:section-header:Mehr aus Politik",
      "teaser|-|Politik|Hamburg (dpa) -|gestern, 14:05 Uhr|A.",
      "teaser|-|Politik|Köln (dpa) -|vor 2 Stunden|B."]),
    # A date under the headline is the article's time, not its headline.
    ("Kabinet valt/31-01-2026 14:05/DEN HAAG (ANP) - Een.",
     ["article|Kabinet valt|-|DEN HAAG (ANP) -|31-01-2026 14:05|Een."]),
    # Lists without a section header: a date right before a dateline, or after an item of a
    # list whose items have had times, is an item time, as relative times are.
    ("Net binnen bij ANP/10 minuten geleden/UTRECHT (ANP) - A./2 uur geleden/"
     "AMSTERDAM (ANP) - B./gisteren om 21.30 uur/DEN HAAG (ANP) - C./gisteren om 18.10 uur/"
     "ROTTERDAM (ANP) - D.",
     ["article|Net binnen bij ANP|-|UTRECHT (ANP) -|10 minuten geleden|A.",
      "teaser|-|-|AMSTERDAM (ANP) -|2 uur geleden|B.",
      "teaser|-|-|DEN HAAG (ANP) -|gisteren om 21.30 uur|C.",
      "teaser|-|-|ROTTERDAM (ANP) -|gisteren om 18.10 uur|D."]),
    ("Kop/DEN HAAG (ANP) - Een./UTRECHT (ANP) - A./31-01-2026 14:05/AMSTERDAM (ANP) - B./"
     "31-01-2026 13:00",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een.", "teaser|-|-|UTRECHT (ANP) -|31-01-2026 14:05|A.",
      "teaser|-|-|AMSTERDAM (ANP) -|31-01-2026 13:00|B."]),
    # Dates as dpa and AP write them in lists.
    ("Titel/BERLIN (dpa) - Eins./Mehr aus Politik/HAMBURG (dpa) - A./"
     "Sa., 31.01.2026, 14:05 Uhr",
     ["article|Titel|Politik|BERLIN (dpa) -|-|Eins.", "skip:section-header:Mehr aus Politik",
      "teaser|-|Politik|HAMBURG (dpa) -|Sa., 31.01.2026, 14:05 Uhr|A."]),
    ("Headline/WASHINGTON (AP) — One./More from Politics/NEW YORK (AP) — A./"
     "January 31st, 2026/CHICAGO (AP) — B./2026-01-30T14:05:00Z",
     ["article|Headline|Politics|WASHINGTON (AP) —|-|One.",
      "skip:section-header:More from Politics",
      "teaser|-|Politics|NEW YORK (AP) —|January 31st, 2026|A.",
      "teaser|-|Politics|CHICAGO (AP) —|2026-01-30T14:05:00Z|B."]),
    # Inside an article's text, a date alone on a line is a paragraph: a timeline.
    ("Tachtig jaar bevrijding/AMSTERDAM (ANP) - Een overzicht./4 mei 1945/De troepen "
     "capituleren./5 mei 1945/Nederland is bevrijd.",
     ["article|Tachtig jaar bevrijding|-|AMSTERDAM (ANP) -|-|Een overzicht.\n\n4 mei 1945\n\n"
      "De troepen capituleren.\n\n5 mei 1945\n\nNederland is bevrijd."]),
    # Short lines with other words, or a weekday alone, stay text.
    ("Ajax wint met 3-1/AMSTERDAM (ANP) - Een./Zaterdag/Twee.",
     ["article|Ajax wint met 3-1|-|AMSTERDAM (ANP) -|-|Een.\n\nZaterdag\n\nTwee."]),
]


# A site's navigation bar is preamble, never an article or a headline.
NAVIGATION = [
    ("Home | World | Business | Markets/More from World/BERLIN (Reuters) - A./2 hours ago",
     ["skip:preamble:Home | World | Business | Markets", "skip:section-header:More from World",
      "teaser|-|World|BERLIN (Reuters) -|2 hours ago|A."]),
    ("Home · Nieuws · Buitenland/Kabinet valt/ROME (ANP) - Een.",
     ["skip:preamble:Home · Nieuws · Buitenland", "article|Kabinet valt|-|ROME (ANP) -|-|Een."]),
    # Right above the dateline, such a line is a scraped title: the headline; but a bar of
    # four or more links of a word or two is none.
    ("Kabinet valt | Politiek | NOS/DEN HAAG (ANP) - Een.",
     ["article|Kabinet valt | Politiek | NOS|-|DEN HAAG (ANP) -|-|Een."]),
    ("Home | Nieuws | Sport | Politiek/DEN HAAG (ANP) - Een.",
     ["skip:preamble:Home | Nieuws | Sport | Politiek", "article|-|-|DEN HAAG (ANP) -|-|Een."]),
    # A byline under the bar is the article's.
    ("Home | World | Business/By Jane Doe/LONDON (Reuters) - The storm hit.",
     ["skip:preamble:Home | World | Business", "article|-|-|LONDON (Reuters) -|-|The storm hit."]),
    # Scores between dots are a paragraph, not links.
    ("Uitslagen/Ajax - PSV 2-1 · Feyenoord - AZ 0-0 · Twente - Utrecht 1-1",
     ["article|Uitslagen|-|-|-|Ajax - PSV 2-1 · Feyenoord - AZ 0-0 · Twente - Utrecht 1-1"]),
    # A headline with a bar in it is no menu.
    ("Rutte | Kabinet valt na ruzie over asiel/DEN HAAG (ANP) - Een.",
     ["article|Rutte | Kabinet valt na ruzie over asiel|-|DEN HAAG (ANP) -|-|Een."]),
]

# "Place, date year - text" in an article is a timeline entry, not a dateline.
TIMELINE_ENTRIES = [
    ("Muur/BERLIJN (ANP) - Duitsland herdenkt./Berlijn, 13 augustus 1961 - De bouw begint./"
     "Berlijn, 9 november 1989 - De Muur valt.",
     ["article|Muur|-|BERLIJN (ANP) -|-|Duitsland herdenkt.\n\nBerlijn, 13 augustus 1961 - "
      "De bouw begint.\n\nBerlijn, 9 november 1989 - De Muur valt."]),
]

# The article's own time is no evidence of how the list below places its times.
ARTICLE_TIME = [
    ("Kop/45 minuten geleden/ROME (ANP) - Een./Meer uit X/PARIJS (ANP) - A./2 uur geleden/"
     "BERLIJN (ANP) - B./5 uur geleden/MADRID (ANP) - C.",
     ["article|Kop|X|ROME (ANP) -|45 minuten geleden|Een.", "skip:section-header:Meer uit X",
      "teaser|-|X|PARIJS (ANP) -|2 uur geleden|A.", "teaser|-|X|BERLIJN (ANP) -|5 uur geleden|B.",
      "teaser|-|X|MADRID (ANP) -|-|C."]),
]


def test_an_article_closed_by_its_time_is_evidence_for_the_list_below() -> None:
    # The seed's layout with the article's time after it: the list's order is no guess.
    text = page("Kop/ROME (ANP) - Een./2 uur geleden/Meer uit X/PARIJS (ANP) - A./"
                "3 uur geledenBERLIJN (ANP) - B.")
    records = [r for r in parse_all(text, now=NOW) if isinstance(r, Record)]
    assert [r.published.text if r.published else None for r in records] == [
        "2 uur geleden", "3 uur geleden", None
    ]
    assert not any(w.code == "time-order-guessed" for r in records for w in r.warnings)

# A time under a label, between headline and dateline, is the article's; read or not, the
# line is never the headline.
LABELLED_TIMES = [
    ("Senate passes bill/Updated 14:05/WASHINGTON (Reuters) - One.",
     ["article|Senate passes bill|-|WASHINGTON (Reuters) -|14:05|One."]),
    ("Senate passes bill/Updated 14:05 GMT/WASHINGTON, Jan 31 (Reuters) - One.",
     ["article|Senate passes bill|-|WASHINGTON, Jan 31 (Reuters) -|Jan 31|One.",
      "skip:unread-time:Updated 14:05 GMT"]),
    ("Haushalt beschlossen/Stand: 31.01.2026 14:05 Uhr/Berlin (dpa) - Eins.",
     ["article|Haushalt beschlossen|-|Berlin (dpa) -|31.01.2026 14:05 Uhr|Eins."]),
    ("Le Sénat vote/Publié le 31 janvier 2026 à 14h05/PARIS (AFP) - Un.",
     ["article|Le Sénat vote|-|PARIS (AFP) -|31 janvier 2026 à 14h05|Un."]),
    ("El Gobierno aprueba/Actualizado hace 2 horas/MADRID (EFE).- Uno.",
     ["article|El Gobierno aprueba|-|MADRID (EFE).-|hace 2 horas|Uno."]),
    ("Kabinet valt/Bijgewerkt: gisteren om 14.05 uur/DEN HAAG (ANP) - Een.",
     ["article|Kabinet valt|-|DEN HAAG (ANP) -|gisteren om 14.05 uur|Een."]),
    # A label opening other words is a headline like any other.
    ("Update: Rutte treedt af/DEN HAAG (ANP) - Een.",
     ["article|Update: Rutte treedt af|-|DEN HAAG (ANP) -|-|Een."]),
    ("Stand 2:1/Berlin (dpa) - Eins.", ["article|Stand 2:1|-|Berlin (dpa) -|-|Eins."]),
    ("Kop/Update 2/DEN HAAG (ANP) - Een.",
     ["skip:preamble:Kop", "article|Update 2|-|DEN HAAG (ANP) -|-|Een."]),
    ("Kop/Aktualisiert 14:05 Uhr MEZ/Berlin (dpa) - Eins.",
     ["article|Kop|-|Berlin (dpa) -|-|Eins.", "skip:unread-time:Aktualisiert 14:05 Uhr MEZ"]),
    # A zone between the clock and the date; read without the PM, it is no clock line.
    ("Senate passes bill/By LISA MASCARO/Updated 3:14 PM EST, January 31, 2026/"
     "WASHINGTON (AP) — One.",
     ["article|Senate passes bill|-|WASHINGTON (AP) —|-|One.",
      "skip:unread-time:Updated 3:14 PM EST, January 31, 2026"]),
    # Unlabelled, a date and a clock with a zone in capitals.
    ("Bank holds rates/January 31, 2026 3:14 PM GMT+1/LONDON (Reuters) - One.",
     ["article|Bank holds rates|-|LONDON (Reuters) -|-|One.",
      "skip:unread-time:January 31, 2026 3:14 PM GMT+1"]),
    ("Bank holds rates/Sat 31 Jan 2026 14.05 GMT/LONDON (Reuters) - One.",
     ["article|Bank holds rates|-|LONDON (Reuters) -|-|One.",
      "skip:unread-time:Sat 31 Jan 2026 14.05 GMT"]),
    # Two labelled times on one line: the first is when the article was published.
    ("Le Sénat vote/Publié le 01 février 2026 à 07h12 - Mis à jour le 01 février 2026 à "
     "08h30/PARIS (AFP) - Un.",
     ["article|Le Sénat vote|-|PARIS (AFP) -|01 février 2026 à 07h12|Un."]),
    ("Le Sénat vote/Publié aujourd’hui à 07h12, modifié à 08h30/PARIS (AFP) - Un.",
     ["article|Le Sénat vote|-|PARIS (AFP) -|aujourd’hui à 07h12|Un."]),
    ("Kabinet valt/Gepubliceerd: 1 februari 2026 07:12, Laatst bijgewerkt: 08:30/"
     "DEN HAAG (ANP) - Een.",
     ["article|Kabinet valt|-|DEN HAAG (ANP) -|1 februari 2026 07:12|Een."]),
    # A second label in a headline's words is no second time.
    ("Update: Rutte treedt af, update volgt/DEN HAAG (ANP) - Een.",
     ["article|Update: Rutte treedt af, update volgt|-|DEN HAAG (ANP) -|-|Een."]),
    ("Storm hits Ist/Berlin (dpa) - Eins.", ["article|Storm hits Ist|-|Berlin (dpa) -|-|Eins."]),
    # Unlabelled, a zone is in capitals of two letters or more.
    ("5 maart West/DEN HAAG (ANP) - Een.", ["article|5 maart West|-|DEN HAAG (ANP) -|-|Een."]),
    ("Feb 1 Z/LONDON (Reuters) - One.", ["article|Feb 1 Z|-|LONDON (Reuters) -|-|One."]),
]


# A navigation bar after a page's items opens the next page, as scrapers append them.
APPENDED = [
    ("Kop/DEN HAAG (ANP) - Een./Meer uit Economie/FRANKFURT (ANP) - Twee./1 uur geleden/"
     "Home | Nieuws | Buitenland/Buitenland/Poetin reist af/Door onze correspondent Jan Jansen/"
     "MOSKOU (ANP) - Drie.",
     ["article|Kop|Economie|DEN HAAG (ANP) -|-|Een.", "skip:section-header:Meer uit Economie",
      "teaser|-|Economie|FRANKFURT (ANP) -|1 uur geleden|Twee.",
      "skip:preamble:Home | Nieuws | Buitenland", "skip:preamble:Buitenland",
      "article|Poetin reist af|-|MOSKOU (ANP) -|-|Drie."]),
    # A headline, its time and a dateline after a list: the next page's article.
    ("Kop/DEN HAAG (ANP) - Een./Meer uit Buitenland/PARIJS (ANP) - Twee./10 minuten geleden"
     "BERLIJN (ANP) - Drie./2 uur geleden/Kop twee/5 minuten geleden/LONDEN (ANP) - Vier./Vijf.",
     ["article|Kop|Buitenland|DEN HAAG (ANP) -|-|Een.",
      "skip:section-header:Meer uit Buitenland",
      "teaser|-|Buitenland|PARIJS (ANP) -|10 minuten geleden|Twee.",
      "teaser|-|Buitenland|BERLIJN (ANP) -|2 uur geleden|Drie.",
      "article|Kop twee|-|LONDEN (ANP) -|5 minuten geleden|Vier.\n\nVijf."]),
]

# A site's furniture alone on a line is skipped wherever it stands.
BOILERPLATE = [
    ("Advertisement/Senate passes bill/WASHINGTON (AP) — One./Advertisement/Two.",
     ["skip:boilerplate:Advertisement", "article|Senate passes bill|-|WASHINGTON (AP) —|-|One."
      "\n\nTwo.", "skip:boilerplate:Advertisement"]),
    ("Bank holds/LONDON (Reuters) - One./(Reporting by Jo Roe)/"
     "Our Standards: The Thomson Reuters Trust Principles.",
     ["article|Bank holds|-|LONDON (Reuters) -|-|One.",
      "skip:boilerplate:Our Standards: The Thomson Reuters Trust Principles."]),
    ("Kopf/BERLIN (dpa) - Eins./ANZEIGE/Zwei.",
     ["article|Kopf|-|BERLIN (dpa) -|-|Eins.\n\nZwei.", "skip:boilerplate:ANZEIGE"]),
    # The word inside a sentence or a headline is text.
    ("Advertisement rules change/LONDON (Reuters) - An advertisement ran.",
     ["article|Advertisement rules change|-|LONDON (Reuters) -|-|An advertisement ran."]),
]

# Lists of titles without datelines: each line a teaser's headline, with no body.
TITLE_LISTS = [
    ("Kop/DEN HAAG (ANP) - Een./Meest gelezen/Vrouw (82) overleden na brand/"
     "Zeearend gespot boven de plassen/Jackpot valt in Drenthe",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een.", "skip:section-header:Meest gelezen",
      "teaser|Vrouw (82) overleden na brand|-|-|-|",
      "teaser|Zeearend gespot boven de plassen|-|-|-|", "teaser|Jackpot valt in Drenthe|-|-|-|"]),
    # A time on its own line over each title.
    ("Net binnen/08:42/Politie houdt verdachte aan/08:15/Storing bij NS voorbij",
     ["skip:section-header:Net binnen", "teaser|Politie houdt verdachte aan|-|-|08:42|",
      "teaser|Storing bij NS voorbij|-|-|08:15|"]),
    # Where times close the items, a title's next line is its summary, punctuated or not.
    ("Kop/BERLIN (dpa) - Eins./Mehr zum Thema/Opposition kündigt Klage an/"
     "Die Union will klagen. Die Fraktion…/vor 2 Stunden/Premier tritt zurück/"
     "Der Premier hat sein Amt niedergelegt/vor 3 Stunden",
     ["article|Kop|-|BERLIN (dpa) -|-|Eins.", "skip:section-header:Mehr zum Thema",
      "teaser|Opposition kündigt Klage an|-|-|vor 2 Stunden|Die Union will klagen. Die "
      "Fraktion…",
      "teaser|Premier tritt zurück|-|-|vor 3 Stunden|Der Premier hat sein Amt niedergelegt"]),
    # A title may ask or quote; a credit, a byline, one word or a wrapped line is none.
    ("Kop/BERLIN (dpa) - Eins./Meistgelesen/Scholz: „Wir schaffen das“/Wer zahlt die Rente?/"
     "Bayern gewinnt in Dortmund",
     ["article|Kop|-|BERLIN (dpa) -|-|Eins.", "skip:section-header:Meistgelesen",
      "teaser|Scholz: „Wir schaffen das“|-|-|-|", "teaser|Wer zahlt die Rente?|-|-|-|",
      "teaser|Bayern gewinnt in Dortmund|-|-|-|"]),
    ("Kop/DEN HAAG (ANP) - Een./Meer uit Politiek/De premier heeft vrijdag zijn ontslag/"
     "aangeboden aan de koning./10 minuten geleden/Foto: ANP/De oppositie is blij./"
     "2 uur geleden",
     ["article|Kop|Politiek|DEN HAAG (ANP) -|-|Een.", "skip:section-header:Meer uit Politiek",
      "teaser|-|Politiek|-|10 minuten geleden|De premier heeft vrijdag zijn ontslag aangeboden "
      "aan de koning.",
      "teaser|-|Politiek|-|2 uur geleden|Foto: ANP\n\nDe oppositie is blij."]),
    # A line ending a sentence or a quote is no title.
    ("Kop/DEN HAAG (ANP) - Een./Meer uit Politiek/De oppositie zei: \"Dit is beter.\"/"
     "2 uur geleden",
     ["article|Kop|Politiek|DEN HAAG (ANP) -|-|Een.", "skip:section-header:Meer uit Politiek",
      "teaser|-|Politiek|-|2 uur geleden|De oppositie zei: \"Dit is beter.\""]),
    # Sentences stay a teaser's text.
    ("Kop/DEN HAAG (ANP) - Een./Meer uit Binnenland/Het kabinet valt./Rutte treedt af.",
     ["article|Kop|Binnenland|DEN HAAG (ANP) -|-|Een.", "skip:section-header:Meer uit Binnenland",
      "teaser|-|Binnenland|-|-|Het kabinet valt.\n\nRutte treedt af."]),
]

# Lines that wrap one paragraph, as plain text and wire copy hold them, are joined.
WRAPPED = [
    # Blank lines part the paragraphs: a single line end is a wrap.
    ("Kop/DEN HAAG (ANP) - Het kabinet heeft/vandaag besloten door te gaan, zei/"
     "Rutte.//Tweede alinea.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Het kabinet heeft vandaag besloten door te gaan, zei "
      "Rutte.\n\nTweede alinea."]),
    # An indent opens each paragraph, as plain wire copy writes them.
    ("Kop/SALVADOR, Feb 26 - Rain fell on the/coast all week./    The harvest is late,/"
     "farmers said. Prices/rose./    Exports fell.",
     ["article|Kop|-|SALVADOR, Feb 26 -|Feb 26|Rain fell on the coast all week.\n\n"
      "The harvest is late, farmers said. Prices rose.\n\nExports fell."]),
    # Without either, a line opening in small letters after no sentence's end.
    ("Kop/DEN HAAG (ANP) - Het kabinet heeft/vandaag besloten.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Het kabinet heeft vandaag besloten."]),
    ("Kop/DEN HAAG (ANP) - Het kabinet zegt/Rutte treedt af.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Het kabinet zegt\n\nRutte treedt af."]),
    # A paragraph a line stays one, blank lines or not.
    ("Kop/DEN HAAG (ANP) - Een./Twee.//Drie./Vier.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een.\n\nTwee.\n\nDrie.\n\nVier."]),
    # One indented line is a quote, not a layout.
    ("Kop/DEN HAAG (ANP) - Een./Twee./    Drie./Vier.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een.\n\nTwee.\n\nDrie.\n\nVier."]),
    # Where blank lines part paragraphs, a short line is a title or a label, not a wrap; a
    # skipped line between two is no blank line.
    ("Kop/DEN HAAG (ANP) - Het kabinet heeft vandaag besloten om door te gaan met het/"
     "plan, zei Rutte.//Lees ook/Waarom het plan faalde//Slot.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Het kabinet heeft vandaag besloten om door te gaan "
      "met het plan, zei Rutte.\n\nLees ook\n\nWaarom het plan faalde\n\nSlot."]),
    ("Kop/DEN HAAG (ANP) - Een./Advertentie/Foto: ANP/Lees ook: iets/Slot.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een.\n\nFoto: ANP\n\nLees ook: iets\n\nSlot.",
      "skip:boilerplate:Advertentie"]),
    # Indented wire copy keeps its closing credit line out of the body (summary: no credits).
    ("Kop/SALVADOR, Feb 26 - Rain fell on the/coast all week./    The harvest is late,/"
     "farmers said./    Exports fell./(Reporting by Jane Doe)",
     ["article|Kop|-|SALVADOR, Feb 26 -|Feb 26|Rain fell on the coast all week.\n\n"
      "The harvest is late, farmers said.\n\nExports fell."]),
    # A stray indent of one space is no layout; lines ending a sentence never join.
    ("Kop/DEN HAAG (ANP) - Een./ Twee./Drie./ Vier./Vijf.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Een.\n\nTwee.\n\nDrie.\n\nVier.\n\nVijf."]),
    # A poem's short lines, a numbered list, a closing German quote: their own lines.
    ("Kop/DEN HAAG (ANP) - De dichter las zaterdag een nieuw gedicht voor op de Dam. Het luidt:/"
     "de stad is stil/de vogels zwijgen/Applaus.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|De dichter las zaterdag een nieuw gedicht voor op de "
      "Dam. Het luidt:\n\nde stad is stil\n\nde vogels zwijgen\n\nApplaus."]),
    ("Kop/LONDON (Reuters) - The plan has three parts, the minister said on Monday in her/"
     "1. A price cap for the whole of the coming winter/2. A new tax on profits//End.",
     ["article|Kop|-|LONDON (Reuters) -|-|The plan has three parts, the minister said on "
      "Monday in her\n\n1. A price cap for the whole of the coming winter\n\n2. A new tax on "
      "profits\n\nEnd."]),
    ("Kopf/BERLIN (dpa) - „Wir bleiben hier“, sagte sie am Montag im Land.“/"
     "die Debatte geht weiter.",
     ["article|Kopf|-|BERLIN (dpa) -|-|„Wir bleiben hier“, sagte sie am Montag im Land.“"
      "\n\ndie Debatte geht weiter."]),
    # A word broken at its hyphen is joined whole; a dash or a hyphen before "und" keep
    # their space.
    ("Kop/LONDON (Reuters) - The coast guard sent a well-/known team to the area.",
     ["article|Kop|-|LONDON (Reuters) -|-|The coast guard sent a well-known team to the area."]),
    ("Kopf/BERLIN (dpa) - Das sagten die Fraktionschefs von Bundes-/und Landesebene am Abend.",
     ["article|Kopf|-|BERLIN (dpa) -|-|Das sagten die Fraktionschefs von Bundes- und "
      "Landesebene am Abend."]),
    ("Kop/DEN HAAG (ANP) - Het kabinet viel over het beleid van de minister -/een onderwerp "
     "dat verdeelde.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|Het kabinet viel over het beleid van de minister - een "
      "onderwerp dat verdeelde."]),
    # A list's item wrapped in small letters goes on; an initial opens no list.
    ("Kop/LONDON (Reuters) - The plan:/- a price cap for the whole of the coming winter and/"
     "more help for the poorest/- a tax.",
     ["article|Kop|-|LONDON (Reuters) -|-|The plan:\n\n- a price cap for the whole of the "
      "coming winter and more help for the poorest\n\n- a tax."]),
    # A list's lines are their own.
    ("Kop/DEN HAAG (ANP) - De punten zijn/- de stikstof/- de begroting//Slot.",
     ["article|Kop|-|DEN HAAG (ANP) -|-|De punten zijn\n\n- de stikstof\n\n- de begroting"
      "\n\nSlot."]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    LEAD_ARTICLES + SECTION_LISTS + ORPHANS + PAGES + WHITESPACE + OTHER_LANGUAGES
    + CLOCK_LISTS + DATELINE_DATES + DATED_LISTS + NAVIGATION + ARTICLE_TIME + LABELLED_TIMES
    + TIMELINE_ENTRIES + WRAPPED + TITLE_LISTS + BOILERPLATE + APPENDED,
)
def test_segmentation(text: str, expected: list[str]) -> None:
    assert [summary(r) for r in parse_all(page(text), now=NOW)] == expected


def test_a_clock_with_am_or_pm_that_the_language_given_cannot_read_is_read_without() -> None:
    # Under --lang nl, "PM" (the prime minister) opens the headline; without a language,
    # English reads 10:05 PM.
    text = page("Net binnen/Politiek 10:05 PM Rutte reist af")
    dutch = [r for r in parse_all(text, now=NOW, lang="nl") if isinstance(r, Record)]
    assert [(r.headline, r.published and r.published.text) for r in dutch] == [
        ("PM Rutte reist af", "10:05")
    ]
    any_language = [r for r in parse_all(text, now=NOW) if isinstance(r, Record)]
    assert [(r.headline, r.published and r.published.value.hour) for r in any_language] == [
        ("Rutte reist af", 22)
    ]


def test_guessed_time_order_is_flagged() -> None:
    text = page("Kop/ROME (ANP) - Een./Meer uit X/PARIJS (ANP) - A./2 uur geleden/OSLO (ANP) - B.")
    records = [r for r in parse_all(text, now=NOW) if isinstance(r, Record)]
    assert [w.code for w in records[1].warnings] == ["time-order-guessed"]
    assert records[2].warnings == ()


def test_a_byline_without_a_headline_is_in_its_record() -> None:
    text = "Home | World | Business\nBy Jane Doe\nLONDON (Reuters) - The storm hit.\n"
    skip, record = parse_all(text, now=NOW)
    assert isinstance(record, Record) and record.byline == "Jane Doe"
    assert (skip.source.end, record.source.start) == (23, 24)


def test_line_numbers_count_every_line_end() -> None:
    text = "Kop\u2028DEN HAAG (ANP) - Een.\u2029=====\u0085Kop twee\r\nPARIJS (ANP) - Twee."
    found = [(r.source.line_start, r.source.line_end) for r in parse_all(text, now=NOW)]
    assert found == [(1, 2), (3, 3), (4, 5)]
    # A lone CR with a tag taken out after it stays a line end of its own, not half a CRLF.
    (record,) = [r for r in parse_all("\r</b>\nKop\n", now=NOW) if isinstance(r, Record)]
    assert (record.source.line_start, record.source.line_end) == (3, 3)


def test_references_for_line_ends_end_lines_of_the_text_not_of_the_input() -> None:
    # "&#13;" and "&#10;" break the page's lines as the site shows them; records still name
    # the lines the input has.
    text = "Kop&#13;UTRECHT (ANP) - Een.&#10;Meer uit X&#10;ROME (ANP) - A.\nZWOLLE (ANP) - B."
    records = [r for r in parse_all(text, now=NOW) if isinstance(r, Record)]
    assert [(r.headline, r.dateline.text if r.dateline else None) for r in records] == [
        ("Kop", "UTRECHT (ANP) -"), (None, "ROME (ANP) -"), (None, "ZWOLLE (ANP) -")
    ]
    assert [(r.source.line_start, r.source.line_end) for r in records] == [
        (1, 1), (1, 1), (2, 2)
    ]


def test_page_numbers() -> None:
    text = page("Kop een/ROME (ANP) - Een./=====/Kop twee/PARIJS (ANP) - Twee.")
    assert [r.source.page for r in parse_all(text, now=NOW)] == [1, 1, 2]


def test_repeated_line_openings_keep_their_own_offsets() -> None:
    # The second and third lines open alike; each keeps its own offsets and body.
    text = page(
        "Kop/ROME (ANP) - Een./Meer uit X/OSLO (ANP) - A./1 uur geledenPARIJS (ANP) - B./"
        "1 uur geledenPARIJS (ANP) -  C, langer./1 uur geleden"
    )
    records = [r for r in parse_all(text, now=NOW) if isinstance(r, Record)]
    assert [r.body for r in records] == ["Een.", "A.", "B.", "C, langer."]
    for r in records[1:]:
        assert r.dateline is not None and r.published is not None
        a, b = r.dateline.span
        assert text[a:b] == r.dateline.text
        assert text[r.dateline.end :].startswith(r.body)
        a, b = r.published.span
        assert text[a:b] == r.published.text == "1 uur geleden"
    assert records[2].source.line_start == 5 and records[3].source.line_start == 6


def test_repeated_short_lines_keep_their_own_offsets() -> None:
    # Short lines (a time alone, a section header, a separator) are read once per text and
    # their reading repeated: each copy keeps its own offsets and line.
    text = page(
        "Kop/ROME (ANP) - Een./Meer uit X/OSLO (ANP) - A./3 uur geleden/=====/"
        "Kop twee/BERN (ANP) - Twee./Meer uit X/PARIJS (ANP) - B./3 uur geleden"
    )
    results = list(parse_all(text, now=NOW))
    for r in results:
        assert text[r.source.start : r.source.end].strip()
    times = [r.published for r in results if isinstance(r, Record) and r.published]
    assert [text[t.span[0] : t.span[1]] for t in times] == ["3 uur geleden"] * 2
    assert times[0].span != times[1].span
    headers = [r for r in results if not isinstance(r, Record) and r.reason == "section-header"]
    assert [(h.text, h.source.line_start) for h in headers] == [
        ("Meer uit X", 3), ("Meer uit X", 9)
    ]
    assert [text[h.source.start : h.source.end] for h in headers] == ["Meer uit X"] * 2


def test_teaser_span_covers_its_closing_time() -> None:
    text = page("Kop/ROME (ANP) - Een./Meer uit X/PARIJS (ANP) - A./1 uur geleden")
    teaser = [r for r in parse_all(text, now=NOW) if isinstance(r, Record)][1]
    assert text[teaser.source.start : teaser.source.end] == "PARIJS (ANP) - A.\n1 uur geleden"
    assert (teaser.source.line_start, teaser.source.line_end) == (4, 5)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        # NOW is 2026-02-01 09:00: a date without a year is the most recent one.
        ("WASHINGTON, Jan 5 (Reuters) - The Senate voted.", "2026-01-05 00:00", "day"),
        ("Madrid, 10 abr (EFE).- El Gobierno aprobó la ley.", "2025-04-10 00:00", "day"),
        ("Berlin, 5. Januar (dpa) - Der Kanzler reist.", "2026-01-05 00:00", "day"),
        ("Paris, 3 déc. 2025 (AFP) - Le Sénat vote.", "2025-12-03 00:00", "day"),
        ("LONDON, Jan 5, 2025 (Reuters) - Prices rose.", "2025-01-05 00:00", "day"),
        ("Net binnen/Buitenland 11:40 Rusland valt aan", "2026-01-31 11:40", "minute"),
        ("Net binnen/Buitenland 08:40 Rusland valt aan", "2026-02-01 08:40", "minute"),
        # Not 02:05 read as a Dutch clock: "pm" is English's.
        ("Latest news/2:05 pm Oil prices rise", "2026-01-31 14:05", "minute"),
        ("Latest news/Business 8:30 AM Markets open", "2026-02-01 08:30", "minute"),
        ("Latest news/Yesterday 8:30 am Dollar slips", "2026-01-31 08:30", "minute"),
        ("Kop/Stand: 31.01.2026 14:05 Uhr/Berlin (dpa) - Eins.", "2026-01-31 14:05", "minute"),
        ("Neueste Meldungen/Gestern, 23:15 Uhr Bayern gewinnt", "2026-01-31 23:15", "minute"),
    ],
)
def test_dates_and_clock_times_in_pages(text: str, value: str, precision: str) -> None:
    records = [r for r in parse_all(page(text), now=NOW) if isinstance(r, Record)]
    assert len(records) == 1
    published = records[0].published
    assert published is not None
    assert published.value == datetime.fromisoformat(value)
    assert published.precision == precision
    source = page(text)
    assert source[published.span[0] : published.span[1]] == published.text


def test_a_number_touching_its_letter_is_read_in_the_pages_language() -> None:
    # "18h" in a French list is six in the evening; "3h" in an English one three hours ago.
    french = page("Le budget est présenté/PARIS (AFP) - Le gouvernement a présenté son budget "
                  "pour 2027 avec des économies dans les ministères./Dernières infos/18h/"
                  "La grève perturbe le trafic/16h/Le Sénat adopte la réforme")
    english = page("Fed holds rates/WASHINGTON (Reuters) - The Fed held rates on Saturday./"
                   "More from Business/NEW YORK (Reuters) - Stocks rose./3h")
    # "45m" has no French reading: the English one stands.
    french += page("/45m/La Bourse termine en hausse")
    found = [
        (r.language, r.published.value.isoformat() if r.published else None)
        for text in (french, english)
        for r in parse_all(text, now=NOW) if isinstance(r, Record) and r.kind == "teaser"
    ]
    assert found == [
        ("fr", "2026-01-31T18:00:00"), ("fr", "2026-01-31T16:00:00"),
        ("fr", "2026-02-01T08:15:00"), ("en", "2026-02-01T06:00:00"),
    ]
