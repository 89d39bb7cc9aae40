"""Segmentation: normalised text in, pages of runs of items out.

Two steps, each one pass:

1. :class:`Scanner` cuts each line into tokens: a dateline-led paragraph, a plain paragraph, an
   item time (``10 minuten geleden``, also where it is glued to the next dateline or closes a
   sentence at the end of a line), a section header (``Meer uit Buitenland``) or a page break;
   a short line that is a date or clock time alone (``gisteren om 14.05 uur``) is a "when",
   which :func:`assemble` reads as a time in a list or above an article's dateline, and as
   text inside an article.
   Most lines are prose and cost two substring tests; only lines holding a ``)`` or ending in
   a closing time word get a regex.
2. :func:`assemble` walks the tokens, splitting them into pages and each page into runs (the
   lead article and what follows it; then one run per section list) of items and times.

Offsets here are offsets into the normalised text (:mod:`newswire.text`).
"""

from __future__ import annotations

import functools
import re
from datetime import datetime
from typing import Literal

from newswire.credits import credit_line, is_byline, is_credit_line
from newswire.dateline import Dateline, match_dateline, parse_dateline
from newswire.lang import LANGUAGES, Language
from newswire.timestamps import _GRAMMARS, MERIDIEM, _Grammar, is_alone, is_zone, resolve

TokenKind = Literal[
    "text", "dateline", "time", "clock", "section", "break", "when", "boilerplate"
]

_SEPARATOR = r"([-=_*#~])(?: ?\1){2,}"  # compiled on first use, by re
# What may stand right before an item time: the end of a sentence or a quote.
_SENTENCE_END = frozenset(".!?\"'”’)»…]")
_HEADLINE_MAX = 200
_TIME_WINDOW = 80
# A list line led by a clock time, maybe after its section: "Buitenland 11:40 Headline",
# "11:40 - Headline". Bounded pieces only, so a match attempt costs a bounded number of steps.
_CLOCK_SUFFIX = "(?:uur|Uhr|u|h)"  # after a list's clock: "11:40 uur", "14:05 Uhr", "9h05 h"
_CLOCK_LINE = (
    r"(?:([^\W\d_][^\W\d_]{0,24}(?: [^\W\d_]{1,24}){0,2}),? {1,3})?"
    r"(\d{1,2}(?::|h)\d{2}{meridiem})"
    r"(?: {0,2}" + _CLOCK_SUFFIX + r"(?![^\W\d_]))?+(?: {0,3}[:|–—-])? {1,3}"
)
_GLUED_SUFFIX = re.compile(_CLOCK_SUFFIX + r"(?=[^\W\d_])")
# "2:05 pm", "9:30 A.M.", but not the German "Am Ende" (see timestamps.MERIDIEM).
_MERIDIEM = rf"(?: {{0,2}}{MERIDIEM})"
_QUOTES = frozenset("\"'‘“«„")
# The end of a dateline's agency part: "(ANP) - ", "(AP) — ", "(EFE).- ".
_AGENCY_CLOSE = re.compile(r"\) {0,2}(?:--|-|–|—|_|\.-|:)(?: |\Z)")
_tuple = tuple.__new__
# A reference time to tell whether a time expression stands for an instant at all ("31-02"
# does not): what it resolves to is decided later, against the real one.
_PROBE = datetime(2000, 6, 15, 12)
_SHORT = 40  # characters: a line of a time alone, a section header or a separator
_DIGIT = re.compile(r"\d")
_LABEL_SEPARATORS = ",-–—|·/"  # between two labelled times on one line
_LABELLED = 80  # characters: "Zuletzt aktualisiert am 31. Januar 2026, 14:05 Uhr"
# A clock time or a numeric date in a line ("14:05", "9h05", "31-01-2026", "2:05pm"): with
# time words ("gisteren", "mei", "uur"), what a line with digits must hold to be tried as a
# time. Compiled on first use, by re.
_NUMERIC_DATE = r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}"
_TIME_SHAPE = (
    rf"(?<!\d)(?:\d{{1,2}}[:.h]\d{{2}}(?:[:.]\d{{2}})?(?:[ap]m|u|h)?|{_NUMERIC_DATE})(?![\d.,])"
)
_NUMERIC = rf"(?:\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?|{_NUMERIC_DATE})"
_NUMERIC_TIME = rf"{_NUMERIC}(?:,? {{1,3}}{_NUMERIC}){{0,2}}"  # a line "31-01-2026 14:05"
# The kinds of token short lines that repeat give: other lines' readings are not kept.
_REPEATED = frozenset(("time", "section", "break", "when", "boilerplate"))


class Token:
    """A piece of one line: see the module docstring for the kinds."""

    __slots__ = ("dateline", "end", "kind", "lang", "line", "section", "start", "text", "time")

    def __init__(
        self,
        kind: TokenKind,
        text: str,
        start: int,
        end: int,
        line: int,
        dateline: Dateline | None = None,
        time: tuple[re.Match[str], _Grammar] | None = None,
        section: str | None = None,
        lang: str | None = None,
    ) -> None:
        self.kind = kind
        self.text = text
        """The stripped text; for a dateline token, the body after the dateline."""
        self.start = start
        self.end = end
        self.line = line
        self.dateline = dateline
        """For a dateline token; its offsets are those of the normalised text."""
        self.time = time
        self.section = section
        self.lang = lang
        """For times and section headers: the language whose words matched."""

    def __repr__(self) -> str:
        return f"Token({self.kind!r}, {self.text!r}, {self.start}, {self.end}, {self.line})"


_Reading = tuple[
    TokenKind, str, int, int, "tuple[re.Match[str], _Grammar] | None", "str | None", "str | None"
]
"""A token of a line as offsets into the line: kind, text, start, end, time, section and
language."""


class Item:
    """A news item being assembled from tokens."""

    __slots__ = ("byline", "closed", "headline", "lead", "paragraphs", "time")

    def __init__(self, headline: Token | None = None, lead: Token | None = None) -> None:
        self.headline = headline
        self.byline: Token | None = None
        """A line under the headline crediting the writer ("By Jane Doe")."""
        self.lead = lead
        """The dateline token, or the first paragraph of an item without dateline."""
        self.paragraphs: list[Token] = []
        self.time: Token | None = None
        self.closed = False
        """A time followed the item: what comes next starts another item."""


class Run:
    """A page's lead article and what follows it, or one section list: items and times."""

    __slots__ = ("clocked", "headed", "last", "section", "slots", "timed")

    def __init__(self, section: str | None, *, clocked: bool = False) -> None:
        self.section = section
        self.clocked = clocked
        """A list whose lines open with a clock time ("11:40 Headline")."""
        self.slots: list[Item | Token] = []
        self.headed: bool | None = None
        """Whether the run's items carry headlines, as its first item shows."""
        self.last: Item | None = None
        self.timed = False
        """Whether a time stands among the run's slots."""

    def add(self, item: Item) -> None:
        self.slots.append(item)
        self.last = item

    def add_time(self, tok: Token) -> None:
        self.slots.append(tok)
        self.timed = True

    def items(self) -> list[Item]:
        return [s for s in self.slots if isinstance(s, Item)]


class Page:
    """One page of the input: its runs, what was skipped, and all its tokens."""

    __slots__ = ("number", "open_end", "runs", "skips", "stretch", "tokens")

    def __init__(self, number: int) -> None:
        self.number = number
        self.stretch: tuple[int, int] | None = None
        """The range of the normalised text the page accounts for, set when markup was taken
        out of the text (see the parser)."""
        self.open_end = False
        """Set on the last page: a headline over a dateline after it would start a new page."""
        self.runs = [Run(None)]
        self.skips: list[tuple[Token, str]] = []
        self.tokens: list[Token] = []


def _spaced(words: str) -> str:
    """A literal phrase whose spaces may be runs of up to three."""
    return " {1,3}".join(re.escape(w) for w in words.split(" "))


# A section named by one word with a capital, whatever the case the rest of a header is read
# in: "Meer Binnenland" is a header, "Meer regen" and "Meer Nederlanders werkloos" are not.
_ONE_WORD = r"((?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]{1,30}(?:-[^\W\d_]{1,30})?)"


class _SectionHeaders:
    """One language's section headers: a cheap first-word test, then a pattern compiled on
    first use."""

    __slots__ = ("_pattern", "code", "first_words", "source")

    def __init__(self, language: Language) -> None:
        alternatives = []
        for template in language.section_headers:
            if "{Section}" in template:  # one capitalised word: "Meer Binnenland"
                before, _, after = template.partition("{Section}")
                alternatives.append(_spaced(before) + _ONE_WORD + _spaced(after))
                continue
            before, named, after = template.partition("{section}")
            if not named:  # "Net binnen": a list header that names no section
                alternatives.append(_spaced(before) + "()")
                continue
            alternatives.append(_spaced(before) + r"([^\W\d_][^\n]{0,59}?)" + _spaced(after))
        self.source = "(?:" + "|".join(alternatives) + r")\Z"
        self.code = language.code
        self.first_words = tuple({t.split(" ", 1)[0].lower() for t in language.section_headers})
        self._pattern: re.Pattern[str] | None = None

    def match(self, line: str) -> str | None:
        """The section named by ``line`` if it is a header ("" for a header that names
        none), else None."""
        if line.partition(" ")[0].lower() not in self.first_words:  # "Meistgelesen" alone
            return None
        if self._pattern is None:
            self._pattern = re.compile(self.source, re.IGNORECASE)
        m = self._pattern.match(line)
        if m is None:
            return None
        return next(g for g in m.groups() if g is not None).strip()


_SECTION_HEADERS = {code: _SectionHeaders(lang) for code, lang in LANGUAGES.items()}


class Scanner:
    """Cuts lines into tokens with the words of the languages in play."""

    def __init__(self, codes: list[str]) -> None:
        self.grammars = [_GRAMMARS[c] for c in codes]
        # A site's furniture ("Advertisement"), by its first word, then the whole line.
        self.boilerplate = frozenset(
            line.lower() for c in codes for line in LANGUAGES[c].boilerplate
        )
        self._boilerplate_first = frozenset(line.split(" ", 1)[0] for line in self.boilerplate)
        # Each language's headers by their first word: one dict lookup per short line.
        self.headers: dict[str, list[_SectionHeaders]] = {}
        for code in codes:
            for word in _SECTION_HEADERS[code].first_words:
                self.headers.setdefault(word, []).append(_SECTION_HEADERS[code])
        # An item time ends its line with one of these words ("geleden", "ago", "Stunden").
        self.last_words = frozenset(w for g in self.grammars for w in g.last_words)
        # Their last letters, either case: a line ending otherwise (most end in a full stop)
        # is no time's end, and needs no look at its last word. Abbreviations ("Std.") end
        # in a full stop: only short lines, a time alone, are looked at for them.
        self.last_letters = frozenset(
            c for w in self.last_words if w[-1] != "." for c in (w[-1], w[-1].upper())
        )
        self.closers = tuple(sorted({k for g in self.grammars for k in g.closers}))
        self._closer_pattern: tuple[re.Pattern[str], dict[str, tuple[int, ...]]] | None = None
        self._datelines: dict[str, Dateline | None] = {}
        self._clock_patterns: tuple[re.Pattern[str], re.Pattern[str]] | None = None
        self._heads: dict[str, _Head | None] = {}
        self._short: dict[str, tuple[_Reading, ...]] = {}
        self._codes = tuple(codes)
        # The words a closing word follows in a time ("1 TAG", "5M AGO", "UNE HEURE"): numbers
        # and units of the languages in play.
        self._quantities = frozenset(
            w for g in self.grammars for w in (*g.language.numbers, *g.language.units)
        )
        # The languages that read a number touching a letter's unit, alone, as a past time
        # ("3h" is 3 hours ago in English), first: elsewhere "3h" is three o'clock.
        self._alone = [g for g in self.grammars if g.language.past_alone]

    def tokens(
        self, text: str, breaks: tuple[int, ...] = (), start: int = 0, end: int | None = None,
        *, lines_before: int | None = None,
    ) -> list[Token]:
        """Every token of ``text[start:end]`` in order (``start`` at a line's start);
        ``breaks`` are offsets of page breaks. Lines are numbered after ``lines_before``
        lines, by default the lines before ``start``."""
        stop = len(text) if end is None else end
        chunk = text if start == 0 and stop == len(text) else text[start:stop]
        pending_breaks = sorted((b for b in breaks if start <= b < stop), reverse=True)
        if lines_before is not None:
            number = lines_before
        else:
            number = text.count("\n", 0, start) if start else 0
        out: list[Token] = []
        line_of, short_line = self._line, self._short_line
        pos = start
        for line in chunk.split("\n"):
            number += 1
            line_end = pos + len(line)
            if pending_breaks and pending_breaks[-1] <= line_end:
                # A break inside the line (a form feed mid-line) cuts it in two there.
                begin = pos
                while pending_breaks and pending_breaks[-1] <= line_end:
                    cut = pending_breaks.pop()
                    if cut > begin:
                        self._piece(line[begin - pos : cut - pos], begin, number, out)
                    out.append(Token("break", "", cut, cut, number))
                    begin = max(begin, cut)
                line = line[begin - pos :]
                start = begin
            else:
                start = pos
            s = line.strip()
            if s:
                # strip() gives the line itself when there was nothing to strip.
                at = start if s is line else start + line.find(s[0])
                if len(s) > _SHORT:
                    line_of(s, at, number, out)
                else:
                    short_line(s, at, number, out)
            pos = line_end + 1
        return out

    def _short_line(self, s: str, at: int, number: int, out: list[Token]) -> None:
        """A short line, read once per text: a list's times, section headers and separators
        repeat line for line across a corpus, and their reading depends on nothing else."""
        known = self._short.get(s)
        if known is not None:
            for kind, text, a, b, time, section, lang in known:
                out.append(Token(kind, text, at + a, at + b, number, None, time, section, lang))
            return
        count = len(out)
        self._line(s, at, number, out)
        if len(out) == count or out[-1].kind not in _REPEATED:
            return  # a headline, say: not kept, lest unique lines fill the cache
        made = out[count:]
        if all(t.kind in _REPEATED for t in made):
            if len(self._short) > 50_000:
                self._short.clear()
            self._short[s] = tuple(
                (t.kind, t.text, t.start - at, t.end - at, t.time, t.section, t.lang)
                for t in made
            )

    def _piece(self, part: str, at: int, number: int, out: list[Token]) -> None:
        s = part.strip()
        if s:
            self._line(s, at + part.find(s[0]), number, out)

    def _line(self, s: str, at: int, number: int, out: list[Token]) -> None:
        n = len(s)
        if n <= 80:
            if s[0] in "-=_*#~" and re.fullmatch(_SEPARATOR, s):
                out.append(Token("break", s, at, at + n, number))
                return
            space = s.find(" ")
            first = (s if space < 0 else s[:space]).lower()
            if first in self._boilerplate_first and s.lower() in self.boilerplate:
                out.append(Token("boilerplate", s, at, at + n, number))
                return
            for headers in self.headers.get(first, ()):
                name = headers.match(s)
                if name is not None:
                    out.append(Token(
                        "section", s, at, at + n, number, section=name or None, lang=headers.code
                    ))
                    return
        if _clock_in_head(s) and self._clock_line(s, at, number, out):
            return
        marks: list[tuple[int, int, Token]] = []
        # Whether the line ends in a word that closes a time ("geleden"); most lines end in a
        # full stop, which no such word does.
        closing = (s[-1] in self.last_letters or (s[-1] == "." and n <= _SHORT)) and (
            s[s.rfind(" ") + 1 :].lower() in self.last_words
        )
        if ")" in s:
            close = _AGENCY_CLOSE.search(s)
            if close is not None:  # else no dateline ends on this line
                if not closing and self._known_head(s, close.end(), at, number, out):
                    return
                self._datelines_in(s, at, number, marks)
        if not marks and s[0].isupper() and _unsigned_dateline_hint(s):
            # No agency in parentheses: "SALVADOR, Feb 26 - ", "MOSCOW, Jan 21. /TASS/. "
            self._take_dateline(s, 0, at, number, marks)
        if closing and not (marks and marks[-1][1] == n):
            found = self._time_before(s, n)
            if found is not None and not (marks and found[0].start() < marks[-1][1]):
                m, g = found
                marks.append((m.start(), m.end(), self._time_token(m, g, at, number)))
        if not marks:
            time = self._whole_time(s) if n <= _SHORT else None
            if time is None and n <= _LABELLED:
                labelled = self._labelled_time(s)
                if labelled is not None:  # read or not, a time: never a headline
                    lang = None if labelled[1] is None else labelled[1][1].language.code
                    out.append(Token("when", s, at, at + n, number, None, labelled[1], None, lang))
                    return
            if time is not None:  # a time or a line of text: assemble() decides by its place
                m, g = time
                # "3h" is no evidence of English: in French it is three o'clock (the record
                # reads it again in the page's language).
                lang = None if g.language.past_alone and is_alone(s) else g.language.code
                out.append(Token("when", s, at, at + n, number, None, time, None, lang))
            else:
                out.append(Token("text", s, at, at + n, number))
            return
        pos = 0
        body_of: Token | None = None
        for a, b, tok in marks:
            if a > pos:
                piece = s[pos:a].rstrip()
                if body_of is not None:
                    body_of.text = piece
                    body_of.end = at + pos + len(piece)
                elif piece:
                    out.append(Token("text", piece, at + pos, at + pos + len(piece), number))
            out.append(tok)
            body_of = tok if tok.kind == "dateline" else None
            pos = b
        if pos < n:
            piece = s[pos:]
            if body_of is not None:
                body_of.text = piece
                body_of.end = at + n
            else:
                out.append(Token("text", piece, at + pos, at + n, number))

    def _clock_line(self, s: str, at: int, number: int, out: list[Token]) -> bool:
        """A list line led by a clock time: a clock token (holding the section before the
        time, if any) and the headline after it."""
        if self._clock_patterns is None:
            self._clock_patterns = (
                re.compile(_CLOCK_LINE.replace("{meridiem}", _MERIDIEM)),
                re.compile(_CLOCK_LINE.replace("{meridiem}", "")),
            )
        # With am or pm if a language reads it so ("2:05 pm" is English), else without:
        # "10:05 PM Rutte reist af" under --lang nl is 10:05, and PM its headline's.
        with_half_day, plain = self._clock_patterns
        # No "m" near the start, no am or pm: most clock lines skip that pattern.
        if (s.find("m", 0, 60) >= 0 or s.find("M", 0, 60) >= 0) and self._clock_match(
            with_half_day.match(s), s, at, number, out
        ):
            return True
        return self._clock_match(plain.match(s), s, at, number, out)

    def _clock_match(
        self, m: re.Match[str] | None, s: str, at: int, number: int, out: list[Token]
    ) -> bool:
        if m is None or m.end() >= len(s):
            return False
        first = s[m.end()]
        section = m.group(1)
        if not (first.isupper() or first.isdigit() or first in _QUOTES):
            return False  # "Om 11:40 vertrok de trein" is prose
        hour, _, minute = m.group(2).replace("h", ":", 1).partition(":")
        if int(hour) > 23 or int(minute[:2]) > 59:
            return False  # "25:99": a score or a ratio
        word, _, rest = s[m.end() :].partition(" ")
        if word.isupper() and is_zone(word):
            return False  # "14:05 GMT": a zone newswire does not convert, and no headline
        if is_zone(zone := rest.partition(" ")[0]) and zone.isupper() and re.fullmatch(
            MERIDIEM, word
        ):
            return False  # "3:14 PM EST," read without the PM (--lang nl) is no clock line
        glued = _GLUED_SUFFIX.match(word)
        if glued is not None and word[glued.end()].isupper():
            return False  # "14:05 UhrKöln (dpa) -": a time glued to a dateline
        a, b = m.span(2)
        found = None
        if section is not None and section.split(" ", 1)[0].lower() in self._day_words():
            # "Yesterday 8:30 am", "gisteren 23:15": the day is part of the time; but
            # "Vandaag Binnenland 11:40" is a section after all.
            found = self._clock_reading(s, m.start(1), b)
            if found is not None:
                section = None
        if found is None:
            if section is not None and not section[0].isupper():
                return False  # "om 11:40 vertrok": prose
            found = self._clock_reading(s, a, b)
            if found is None:
                return False
        clock, grammar = found
        end = len(s[: m.end()].rstrip())
        out.append(Token(
            "clock", s[:end], at, at + end, number, None, (clock, grammar), section
        ))
        out.append(Token("text", s[m.end() :], at + m.end(), at + len(s), number))
        return True

    def _clock_reading(
        self, s: str, a: int, b: int
    ) -> tuple[re.Match[str], _Grammar] | None:
        """``s[a:b]`` read whole by the first language that can: "2:05 pm" is English.
        Digits alone go to the pattern for lower case, which reading times compiles anyway."""
        written = s[a:b]
        lower = written == written.lower()  # digits alone, or "pm"
        for grammar in self.grammars:
            clock = (grammar.pattern if lower else grammar.any_case).match(s, a, b)
            if clock is not None and clock.end() == b and (
                s[b - 1].isdigit() or resolve(clock, grammar, _PROBE)  # "14:05 am": no time
            ):
                return clock, grammar
        return None

    def _after_quantity(self, s: str, start: int) -> bool:
        """Whether the word before ``start`` is a number or a unit: "1 TAG", "5M AGO"."""
        before = s[:start].rstrip()
        word = before[before.rfind(" ") + 1 :]
        return _has_digit(word) or word.lower() in self._quantities

    def _day_words(self) -> frozenset[str]:
        return _time_vocabulary(self._codes)[1]

    def _glued_starts(self, s: str, lo: int, hi: int) -> list[int]:
        """Where a dateline ending before ``hi`` may start after a closing time word
        (``10 minuten geledenSAN ANTONIO``). Places are short, so the look back is too."""
        if self._closer_pattern is None:
            self._closer_pattern = _closers_pattern(self.closers)
        pattern, shorter = self._closer_pattern
        window_start = max(lo, hi - 120)
        written = s[window_start:hi]
        # Only the last of each closing word can end the time the dateline is glued to.
        ends: dict[str, int] = {}
        for m in pattern.finditer(written.lower()):  # at a word's start: not "an" in "san"
            word, start = m.group(), m.start()
            # A closing word may be the start of a longer one ("Stunde", "StundeNürnberg"):
            # where the letters turn from small to capital, the place has begun. Most of the
            # time the longer word is all there is ("minuten", not "minute" + "n").
            for k in shorter.get(word, (len(word),)):
                end = start + k
                if k < len(word) and not written[end : end + 1].isupper():
                    continue  # "minute" + "n": the longer word it is
                piece = written[start:end]
                if piece.islower():  # as most time words are written: no capital in it
                    ends[word[:k]] = end
                elif k <= 3 and piece.isupper() and not self._after_quantity(written, start):
                    continue  # "AN" in "SAN ANTONIO", "MIN" in "MINSK": a place's letters
                elif not _turns_capital(written, start, end):
                    ends[word[:k]] = end
        starts = []
        for end in ends.values():
            j = window_start + end
            while j < hi and s[j] == " ":
                j += 1
            starts.append(j)
        if len(starts) > 1:
            starts.sort(reverse=True)
        return starts

    def _known_head(self, s: str, end: int, at: int, number: int, out: list[Token]) -> bool:
        """The tokens of a line that opens with a time and dateline read before (on another
        line of a list, say) and holds nothing else to read: no other parenthesis (and no time
        closing it, which the caller has looked for). Most lines with a dateline are such;
        others are read in full. ``end`` is where the line's first agency close ends."""
        n = len(s)
        while end < n and s[end] == " ":
            end += 1
        head = self._heads.get(s[:end])
        if head is None or not head.plain or s.find(")", end) >= 0:
            return False
        if head.time is not None:
            m, g = head.time
            out.append(self._time_token(m, g, at, number))
        a, b, dateline = head.dateline  # type: ignore[misc]  # a plain head has one
        out.append(Token("dateline", s[b:], at + a, at + n, number, _moved(dateline, at)))
        return True

    def _datelines_in(
        self, s: str, at: int, number: int, marks: list[tuple[int, int, Token]]
    ) -> None:
        """Datelines at the line's start, and after item times glued to them."""
        lo = 0
        for close in _AGENCY_CLOSE.finditer(s):
            end = close.end()
            if lo == 0:
                # What opens a line ("10 minuten geledenSAN ANTONIO (ANP/RTR/DPA) - ") repeats
                # across a corpus; its reading depends on nothing after it, so it is kept.
                while end < len(s) and s[end] == " ":
                    end += 1
                key = s[:end]
                head = self._heads.get(key)
                if head is None and key not in self._heads:
                    count = len(marks)
                    self._read(s, 0, close.start(), at, number, marks)
                    if len(self._heads) > 50_000:
                        self._heads.clear()
                    self._heads[key] = _head_of(s, marks[count:], at)
                elif head is not None:
                    head.replay(self, s, at, number, marks)
            else:
                self._read(s, lo, close.start(), at, number, marks)
            lo = end

    def _read(
        self, s: str, lo: int, hi: int, at: int, number: int,
        marks: list[tuple[int, int, Token]],
    ) -> None:
        """The dateline ending before ``hi``: at the line's start, or glued to a time."""
        if lo == 0 and (s[0].isupper() or s[0] in "'’(") and self._take_dateline(
            s, 0, at, number, marks
        ):
            return
        for pos in self._glued_starts(s, lo, hi):
            if self._take_dateline(s, pos, at, number, marks):
                return
        if lo == 0 and not marks:
            # A date or clock time opening the line, glued to the dateline after it:
            # "vandaag 14:05UTRECHT (ANP) -", where the time ends in a digit or a small
            # letter and the place starts with a capital.
            for pos in range(1, min(hi, _SHORT + 1)):
                if s[pos].isupper() and (s[pos - 1].isdigit() or s[pos - 1].islower()):
                    time = self._whole_time(s[:pos].rstrip())
                    if time is not None and self._take_dateline(
                        s, pos, at, number, marks, time
                    ):
                        return

    def _take_dateline(
        self, s: str, pos: int, at: int, number: int, marks: list[tuple[int, int, Token]],
        time: tuple[re.Match[str], _Grammar] | None = None,
    ) -> bool:
        """The dateline at ``pos``: at the line's start, or after the item time ``time`` or
        one that :meth:`_time_before` finds."""
        if marks and pos < marks[-1][1]:
            return False
        m = match_dateline(s, pos)
        if m is None:
            return False
        key = m.group()
        cache = self._datelines
        if key in cache:
            dateline = cache[key]
        else:
            dateline = cache[key] = parse_dateline(key)
        if dateline is None:
            return False
        if pos > 0:
            found = time or self._time_before(s, pos)
            if found is None:
                return False
            t, g = found
            if marks and t.start() < marks[-1][1]:
                return False
            marks.append((t.start(), t.end(), self._time_token(t, g, at, number)))
        here = at + pos
        token = Token("dateline", "", here, at + len(s), number, _moved(dateline, here))
        marks.append((pos, pos + dateline.end, token))
        return True

    def _whole_time(self, s: str) -> tuple[re.Match[str], _Grammar] | None:
        """A short line that is a time and nothing else, in any form a language in play reads
        (``gisteren om 14.05 uur``, ``31-01-2026 14:05``, ``yesterday at 14:05``): the time of
        an item in a list, or of the article under a headline. Relative times ending the line
        were looked for before."""
        lowered = s.lower()
        if lowered == s.upper() and re.fullmatch(_NUMERIC_TIME, s) is None:
            return None  # no letters, and not a clock or numeric date: figures, a page number
        time_words, day_words, time_line = _time_vocabulary(self._codes)
        if time_line.fullmatch(lowered) is None:
            return None  # "Ajax wint met 3-1", "12,34 -3,5%": not only time words and numbers
        words = [w.strip(",.") for w in lowered.split()]
        if self._alone and is_alone(lowered):  # "3h"
            return self._read_whole(s, grammars=self._alone) or self._read_whole(s)
        if any(_has_digit(w) for w in words):
            if not any(w in time_words for w in words) and not re.search(_TIME_SHAPE, s):
                return None  # "3", "1234 5678": numbers
        elif words[0] not in day_words:
            return None  # "Zaterdag", "mei" alone: maybe a heading
        return self._read_whole(s)

    def _labelled_time(
        self, s: str
    ) -> tuple[int, tuple[re.Match[str], _Grammar] | None] | None:
        """A line giving a time after a label ("Updated 14:05", "Stand: 31.01.2026 14:05 Uhr",
        "Actualizado hace 2 horas"): where the time starts, and the time as read, None where
        no language in play reads it ("Updated 14:05 GMT": a zone newswire does not convert).
        Unlabelled, a date and clock with a zone in capitals ("Sat 31 Jan 2026 14.05 GMT") is
        such a line too, at 0. None for a line the label opens with other words ("Update:
        Rutte treedt af")."""
        space = s.find(" ")
        if space < 0:
            return None
        if s[:space].rstrip(":,").lower() not in _label_words(self._codes):
            # Unlabelled, a date and time but for a zone ("Sat 31 Jan 2026 14.05 GMT") is a
            # time line too; the zone in capitals, as the German "Ist" is not one.
            zoned = _has_digit(s) and self._zoned(s, 0, capitals=True)
            return (0, None) if zoned else None
        labels = _time_labels(self._codes)
        label = labels.match(s)
        if label is None:
            return None
        k = label.end()
        found = self._read_whole(s, k)
        if found is not None:
            return k, found
        # The first of two labelled times: "Publié le 01/02/2026 à 07h12 - Mis à jour le
        # 01/02/2026 à 08h30", "Gepubliceerd: 1 februari 2026 07:12, Laatst bijgewerkt: 08:30".
        second = labels.search(s, k)
        while second is not None:
            before = s[: second.start()].rstrip()
            if before[-1] in _LABEL_SEPARATORS:  # so the label opens a word
                cut = len(before[:-1].rstrip())
                found = self._read_whole(s, k, cut)
                if found is not None:
                    return k, found
                return (k, None) if self._zoned(s[:cut], k) else None
            second = labels.search(s, second.start() + 1)
        return (k, None) if self._zoned(s, k) else None

    def _zoned(self, s: str, k: int, *, capitals: bool = False) -> bool:
        """Whether ``s[k:]`` is a time but for a zone newswire does not convert, after a
        clock or between a clock and a date: "14:05 GMT", "14:05 Uhr (MEZ)", "3:14 PM EST,
        January 31, 2026", "January 31, 2026 3:14 PM GMT+1"."""
        words = s[k:].split(" ")
        for i, word in enumerate(words):
            if i and is_zone(word, capitals=capitals):
                before = " ".join(words[:i]).rstrip(", ")
                after = " ".join(words[i + 1 :]).lstrip(", ")
                return (
                    _has_digit(before)
                    and self._read_whole(before, probe=False) is not None
                    and (not after or self._read_whole(after, probe=False) is not None)
                )
        return False

    def _read_whole(
        self, s: str, start: int = 0, end: int | None = None, *, probe: bool = True,
        grammars: list[_Grammar] | None = None,
    ) -> tuple[re.Match[str], _Grammar] | None:
        """``s[start:end]`` read whole by the first language in play (or of ``grammars``)
        that can, as an instant (with ``probe``: "31-02-2026" is none)."""
        stop = len(s) if end is None else end
        for g in self.grammars if grammars is None else grammars:
            m = g.any_case.match(s, start, stop)
            if m is not None and m.end() == stop and (
                not probe or resolve(m, g, _PROBE) is not None
            ):
                return m, g
        return None

    def _time_before(self, s: str, end: int) -> tuple[re.Match[str], _Grammar] | None:
        """An item time ending at ``end``: at the line's start or after a sentence's end.
        ``zei hij 4 uur geleden`` inside a sentence is no item time."""
        stop = end
        while stop and s[stop - 1] == " ":
            stop -= 1
        lo = max(0, stop - _TIME_WINDOW)
        for g in self.grammars:
            # Most item times open their line ("10 minuten geledenSAN ANTONIO"): one anchored
            # try there before a search through the window.
            m = (g.tail.match(s, 0, stop) if lo == 0 else None) or g.tail.search(s, lo, stop)
            if m is None:
                continue
            i = m.start()
            while i and s[i - 1] == " ":
                i -= 1
            if i and s[i - 1] not in _SENTENCE_END:
                continue
            return m, g
        return None

    @staticmethod
    def _time_token(m: re.Match[str], g: _Grammar, at: int, number: int) -> Token:
        return Token(
            "time", m.group(), at + m.start(), at + m.end(), number, None, (m, g), None,
            g.language.code,
        )


@functools.lru_cache(maxsize=32)
def _closers_pattern(
    closers: tuple[str, ...],
) -> tuple[re.Pattern[str], dict[str, tuple[int, ...]]]:
    """The closing words as one pattern, built once per set of languages (a corpus of small
    files makes a scanner per file). A flat alternation: compiles in half the time of a
    prefix tree, which counts for a single page, and finds as fast in a window this short.
    With it, for each word that other closing words begin ("stunden": "stunde"), the
    lengths of all of them, longest first."""
    words = sorted(closers, key=len, reverse=True)
    known = set(words)
    shorter = {}
    for w in words:
        lengths = [k for k in range(len(w), 0, -1) if w[:k] in known]
        if len(lengths) > 1:
            shorter[w] = tuple(lengths)
    # Only at a word's start, and not an agency's ("an" in "SAN ANTONIO", in "(ANP"): no
    # time ends there.
    return re.compile(rf"(?<![^\W\d_])(?<![(/])(?:{'|'.join(map(re.escape, words))})"), shorter


def _turns_capital(s: str, start: int, end: int) -> bool:
    """Whether a small letter is followed by a capital within ``s[start:end]``."""
    return any(s[i].islower() and s[i + 1].isupper() for i in range(start, end - 1))


@functools.lru_cache(maxsize=32)
def _time_vocabulary(
    codes: tuple[str, ...],
) -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """For the languages ``codes``, built once on first use (most pages never ask): the words
    dates and clock times are written with ("gisteren om 14.05 uur", "31 januari", "a las");
    the words of days ("vandaag", "yesterday"); and a line of nothing but those words and
    numbers (``14:05``, ``31-01-2026``, ``2:05pm``), spaces and commas, as one pattern: a
    C-level test that passes over the lines that are no time, such as rows of figures."""
    languages = [LANGUAGES[c] for c in codes]
    words = frozenset(
        word for language in languages for phrase in _time_phrases(language)
        for word in phrase.lower().split()
    )
    days = frozenset(w.split()[0].lower() for language in languages for w in language.days)
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # A number is any run of characters that starts with a digit (14:05, 31st, 14h05,
    # 2026-01-31t14:05:00z): the time patterns decide; the test only sets aside words.
    word = rf"(?:\d[^\s,]{{0,24}}|{alternatives})[.,]{{0,2}}"
    return words, days, re.compile(rf"{word}(?: {{1,3}}{word}){{0,9}}")


@functools.lru_cache(maxsize=32)
def _label_words(codes: tuple[str, ...]) -> frozenset[str]:
    """The first words of the time labels of the languages ``codes``."""
    return frozenset(label.split()[0] for c in codes for label in LANGUAGES[c].time_labels)


@functools.lru_cache(maxsize=32)
def _time_labels(codes: tuple[str, ...]) -> re.Pattern[str]:
    """The time labels of the languages ``codes`` as one pattern, with the colon or comma and
    the spaces after them; compiled only when a line opens with a label's first word."""
    labels = sorted(
        {label for c in codes for label in LANGUAGES[c].time_labels}, key=len, reverse=True
    )
    words = "|".join(" {1,3}".join(map(re.escape, label.split())) for label in labels)
    return re.compile(rf"(?:{words})[:,]? {{1,3}}", re.IGNORECASE)


def _has_digit(word: str) -> bool:
    return _DIGIT.search(word) is not None


def _time_phrases(language: Language) -> list[str]:
    """The words and phrases a date or clock time is written with in ``language``."""
    return [
        *language.days, *language.weekdays, *language.weekday_abbreviations, *language.months,
        *language.at, *language.clock_suffixes, *language.meridiem, *language.date_particles,
        *language.last,
    ]


def _unsigned_dateline_hint(s: str) -> bool:
    """Whether the line's opening holds what a dateline without parentheses ends with."""
    head = s[:120]
    return " - " in head or "—" in head or "--" in head or "/. " in head


def _clock_in_head(s: str) -> bool:
    """Whether a line may open with a clock time ("11:40", "9h05"), maybe after a section
    word: a cheap test before the pattern."""
    if s[0].isdigit():
        i = 2 if s[1:2].isdigit() else 1
        return s[i : i + 1] in (":", "h") and s[i + 1 : i + 2].isdigit()
    colon = s.find(":", 1, 40)
    return colon > 0 and s[colon - 1].isdigit() and s[colon + 1 : colon + 2].isdigit()


def _moved(dateline: Dateline, by: int) -> Dateline:
    """``dateline`` with its offsets moved by ``by``."""
    # Built as the tuple it is: the named tuple's constructor, and more so _replace, cost
    # twice as much, and this runs for every dateline.
    a, b = dateline.span
    return _tuple(Dateline, (
        dateline.text, dateline.places, dateline.agencies, dateline.date_text,
        (a + by, b + by), dateline.end + by,
    ))


class _Head:
    """The reading of a line's opening (its time and dateline), to repeat on lines that open
    with the same text. The time's match holds its own offsets, which are the same on every
    such line; the dateline's offsets are relative to the line."""

    __slots__ = ("dateline", "plain", "time")

    def __init__(
        self,
        time: tuple[re.Match[str], _Grammar] | None,
        dateline: tuple[int, int, Dateline] | None,
        plain: bool,
    ) -> None:
        self.time = time
        self.dateline = dateline
        self.plain = plain
        """A dateline, maybe after a time, and nothing else: no text between them."""

    def replay(
        self, scanner: Scanner, s: str, at: int, number: int,
        marks: list[tuple[int, int, Token]],
    ) -> None:
        if self.time is not None:
            m, g = self.time
            marks.append((m.start(), m.end(), scanner._time_token(m, g, at, number)))
        if self.dateline is not None:
            a, b, dateline = self.dateline
            token = Token("dateline", "", at + a, at + len(s), number, _moved(dateline, at))
            marks.append((a, b, token))


def _head_of(s: str, marks: list[tuple[int, int, Token]], at: int) -> _Head | None:
    """The reading of a line's opening from the marks just found on it, or None for none."""
    time = dateline = None
    for a, b, tok in marks:
        if tok.time is not None:
            time = tok.time
        elif tok.dateline is not None:
            dateline = (a, b, _moved(tok.dateline, -at))
    if time is None and dateline is None:
        return None
    kinds = [tok.kind for _, _, tok in marks]
    plain = (
        kinds in (["dateline"], ["time", "dateline"])
        and marks[0][0] == 0
        and (len(marks) == 1 or not s[marks[0][1] : marks[1][0]].strip())
    )
    return _Head(time, dateline, plain)


_MENU_BAR = re.compile(r" [|•·>»] ")


def _is_menu(text: str, links: int = 3, words: int = 3) -> bool:
    """``Home | World | Business | Markets``: ``links`` or more short links in a row, of
    ``words`` words at most and no digits (``Ajax - PSV 2-1 · Feyenoord - AZ 0-0`` is a
    line of scores)."""
    if len(text) > 200 or _MENU_BAR.search(text) is None:
        return False
    found = _MENU_BAR.split(text)
    return len(found) >= links and all(
        0 < len(link) <= 30 and link.count(" ") < words and not any(c.isdigit() for c in link)
        for link in found
    )


def _leading_menus(texts: list[Token], most: int) -> int:
    """How many of the first ``texts``, at most ``most``, are navigation bars."""
    n = 0
    while n < most and _is_menu(texts[n].text):
        n += 1
    return n


_CLOSING_MARKS = "\"'”’“»«)]"


def is_title(tok: Token) -> bool:
    """A list's line that is a title, not a teaser's text: short, of two words or more,
    one sentence that ends in no full stop or comma past its closing quotes ("Zeearend
    gespot boven de plassen", "Scholz: „Wir schaffen das“", "Wat betekent dit voor u?"; not
    "Die Union will klagen. Die Fraktion…"), and no credit or byline ("Foto: ANP")."""
    t = tok.text
    if tok.kind != "text" or len(t) > 120 or " " not in t or ". " in t:
        return False
    end = t.rstrip(_CLOSING_MARKS)
    return bool(end) and end[-1] not in ".,;:" and not is_credit_line(t) and not is_byline(t)


def is_headline(tok: Token) -> bool:
    t = tok.text
    return tok.kind == "text" and len(t) <= _HEADLINE_MAX and not t.endswith((".", ",", ";"))


def assemble(tokens: list[Token]) -> list[Page]:
    """Split tokens into pages, runs and items."""
    pages = [Page(1)]
    page = pages[0]
    pending: list[Token] = []  # tokens before the page's first item
    started = False  # the page has its first item
    timeline: Page | None = None  # the page whose article holds a timeline of clock lines

    def new_page(first: list[Token]) -> None:
        nonlocal page, started, pending
        close_pending()
        page = Page(len(pages) + 1)
        pages.append(page)
        started = False
        pending = list(first)
        page.tokens.extend(first)

    def close_pending() -> None:
        """Tokens before any dateline: a headline and paragraphs make an item of their own."""
        nonlocal pending, started
        texts = [t for t in pending if t.kind == "text"]
        menus = _leading_menus(texts, len(texts))
        if menus:  # "Home | World | Business": a site's navigation, no item
            page.skips.extend((t, "preamble") for t in texts[:menus])
            pending = [t for t in pending if t not in texts[:menus]]
            texts = texts[menus:]
        if texts:
            item = Item()
            if len(texts) > 1 and is_headline(texts[0]):
                item.headline = texts[0]
                texts = texts[1:]
                if len(texts) > 1 and is_byline(texts[0].text):
                    item.byline = texts[0]
                    texts = texts[1:]
            item.lead, item.paragraphs = texts[0], texts[1:]
            run = page.runs[-1]
            first = item.headline or item.lead
            for t in pending:
                if t.kind == "time":
                    run.add_time(t)
                elif t is first:
                    run.add(item)
            started = True
        else:
            page.skips.extend((t, "orphan-time") for t in pending)
        pending = []

    for i, tok in enumerate(tokens):
        kind = tok.kind
        if kind == "boilerplate":  # "Advertisement": in no item, wherever it stands
            page.tokens.append(tok)
            page.skips.append((tok, "boilerplate"))
            continue
        if kind == "when":
            kind = tok.kind = "time" if _timed(page, started, tokens, i) else "text"
            if tok.time is None and kind == "time":  # "Updated 14:05 GMT"
                page.tokens.append(tok)
                page.skips.append((tok, "unread-time"))
                continue
        if kind == "clock" and _in_article(page, tokens, i, timeline is page):
            # "08:15 De politie wordt gebeld.": a timeline in the article, one paragraph;
            # its later entries too, sentences or not.
            text = tokens[i + 1]
            text.text, text.start = f"{tok.text} {text.text}", tok.start
            timeline = page
            continue
        if kind == "break":
            if tok.text:
                page.skips.append((tok, "page-separator"))
            if started or pending:
                new_page([])
            continue
        page.tokens.append(tok)
        run = page.runs[-1]
        if kind == "clock":
            if not started:
                close_pending()
                started = True
            if not run.clocked:
                run = Run(None, clocked=True)
                page.runs.append(run)
            if run.last is not None:
                run.last.closed = True
            run.add_time(tok)
            continue
        if kind == "section":
            if not started:
                close_pending()
            page.skips.append((tok, "section-header"))
            page.runs.append(Run(tok.section))
            started = True
            continue
        if not started and len(page.runs) == 1:
            if kind != "dateline":
                pending.append(tok)
                continue
            item = Item(lead=tok)
            texts = [t for t in pending if t.kind == "text"]
            # Navigation bars opening the page. Right above the dateline, a scraped title
            # ("Kabinet valt | Politiek | NOS") is the headline; a bar of four links or more
            # of a word or two ("Home | Nieuws | Sport | Politiek") is still no headline.
            menus = _leading_menus(texts, len(texts) - 1)
            if menus == len(texts) - 1 and _is_menu(texts[-1].text, links=4, words=2):
                menus += 1
            page.skips.extend((t, "preamble") for t in texts[:menus])
            texts = texts[menus:]
            if texts and (
                is_headline(texts[-2]) if len(texts) > 1 else menus > 0
            ) and is_byline(texts[-1].text):
                item.byline = texts.pop()
            if texts and is_headline(texts[-1]):
                item.headline = texts[-1]
                texts = texts[:-1]
            page.skips.extend((t, "preamble") for t in texts)
            # Times after the headline lead into the article; times before it are noise.
            after_headline = False
            for t in pending:
                if t is item.headline:
                    after_headline = True
                elif t.kind == "time":
                    if after_headline or item.headline is None:
                        run.add_time(t)
                    else:
                        page.skips.append((t, "orphan-time"))
            run.add(item)
            run.headed = item.headline is not None
            pending = []
            started = True
            continue
        current = run.last
        if kind == "time":
            run.add_time(tok)
            if current is not None:
                current.closed = True
            continue
        if kind == "dateline":
            # A headline waiting for its dateline; but in a clock list an item a time has
            # closed is done, and the dateline opens the item that time belongs to.
            if current is not None and current.lead is None and not (
                run.clocked and current.closed
            ):
                current.lead = tok
                continue
            run.add(Item(None, tok))
            if run.headed is None:
                run.headed = False
            continue
        # A plain paragraph.
        if _is_menu(tok.text):
            # A site's navigation bar after the page's items opens the next page: scrapers
            # append pages without a rule between them.
            page.tokens.pop()
            new_page([tok])
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        over_dateline = nxt is not None and nxt.kind == "dateline"
        if (over_dateline or _time_then_dateline(tokens, i)) and is_headline(tok):
            if len(page.runs) == 1 or run.headed is False:
                # A headline over a dateline after the page's lead, maybe with its time
                # between ("Kop / 5 minuten geleden / LONDEN (ANP) -"): the next page begins.
                page.tokens.pop()
                new_page([tok])
                continue
            if over_dateline:
                run.add(Item(headline=tok))
                run.headed = True
                continue
        credits = credit_line(tok.text) if current is not None and current.closed else None
        if current is not None and credits is not None and (
            all(c.role == "copyright" for c in credits)
            or nxt is None or nxt.kind in ("section", "break", "boilerplate")
        ):
            # "(c) Agencia EFE" after a list's closing time: the page's copyright, and any
            # credit line that ends the list ("Foto: ANP"), which the last item takes rather
            # than standing as an item of no text. (A credit before more items may open one.)
            current.paragraphs.append(tok)
            continue
        if current is None or current.closed:
            # In a clock list the line after the time is the item's headline.
            run.add(Item(headline=tok) if run.clocked else Item(lead=tok))
            if run.headed is None:
                run.headed = False
        elif current.lead is None:
            current.lead = tok
        elif (
            len(page.runs) > 1 and not run.clocked and not current.paragraphs
            and current.headline is None and current.lead.kind == "text"
            and not run.timed and is_title(current.lead) and is_title(tok)
        ):
            # A list of titles alone ("Meest gelezen"), no times: one item each. Where times
            # close the items, a title's next line is its summary.
            run.add(Item(lead=tok))
        else:
            current.paragraphs.append(tok)
    # Would a headline over a dateline right here start a page of its own?
    fresh = not started and not pending and len(page.runs) == 1
    open_end = fresh or (started and (len(page.runs) == 1 or page.runs[-1].headed is False))
    if not started:
        close_pending()
    kept = [p for p in pages if p.tokens or p.skips] or [page]
    kept[-1].open_end = open_end
    return kept


def _in_article(page: Page, tokens: list[Token], i: int, timeline: bool) -> bool:
    """Whether the clock line at ``tokens[i]`` is a paragraph of the page's article rather
    than an item of a clock list: the article has begun and no list has, and what follows
    the time is a sentence, not a headline, or the article's timeline has begun."""
    run = page.runs[-1]
    if len(page.runs) > 1 or run.clocked or run.last is None or run.last.lead is None:
        return False
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        following is not None and following.kind == "text"
        and following.line == tokens[i].line and (timeline or not is_headline(following))
    )


def _time_then_dateline(tokens: list[Token], i: int) -> bool:
    """Whether the lines right after ``tokens[i]`` are a time alone and then a dateline."""
    if i + 2 >= len(tokens):
        return False
    time, dateline = tokens[i + 1], tokens[i + 2]
    return (
        time.kind in ("time", "when") and dateline.kind == "dateline"
        and time.line == tokens[i].line + 1 and dateline.line == time.line + 1
    )


def _timed(page: Page, started: bool, tokens: list[Token], i: int) -> bool:
    """Whether the date alone on a line at ``tokens[i]`` is an item time rather than a
    paragraph: in a section list; before the page's first item (the article's time, under
    its headline); right before a dateline (it opens or closes an item of a list, headed or
    not); or in a run whose items have had times since its first one. Inside an article's
    text ("4 mei 1945" in a timeline, a paragraph follows) it is a paragraph."""
    run = page.runs[-1]
    if len(page.runs) > 1:
        return not run.clocked
    if not started:
        return True
    if i + 1 < len(tokens) and tokens[i + 1].kind == "dateline":
        return True
    if not run.timed:
        return False
    first = next((k for k, slot in enumerate(run.slots) if isinstance(slot, Item)), None)
    return first is not None and any(isinstance(s, Token) for s in run.slots[first + 1 :])


def time_order(run: Run) -> Literal["open", "close"] | None:
    """Whether the run's times open or close their items, when its slots show it."""
    if not run.slots:
        return None
    leading = isinstance(run.slots[0], Token)
    trailing = isinstance(run.slots[-1], Token)
    if leading and not trailing:
        return "open"
    if trailing and not leading:
        return "close"
    return None


def assign_times(page: Page) -> set[int]:
    """Give each time to its item; returns the ids of runs whose order was guessed.

    A list whose first slot is a time has times that open items; one whose last slot is a
    time has times that close them. A list that shows neither follows the other lists of its
    page (not the article's own time), else times close items and the records say it was a
    guess.
    """
    orders = [time_order(run) for run in page.runs]
    # The article alone in the page's first run, its time under the headline: that says
    # nothing of how the page's lists place theirs (a time after it does, as in a list).
    own_time = orders[0] == "open" and len(page.runs[0].items()) == 1
    decided = [o for k, o in enumerate(orders) if o is not None and (k or not own_time)]
    page_default = decided[0] if decided and all(o == decided[0] for o in decided) else None
    guessed: set[int] = set()
    for run, order in zip(page.runs, orders, strict=True):
        if not any(isinstance(s, Token) for s in run.slots):
            continue
        if order is None:
            order = page_default or "close"
            if page_default is None and run.last is not None:
                guessed.add(id(run))
        if order == "close":
            last: Item | None = None
            for s in run.slots:
                if isinstance(s, Item):
                    last = s
                elif last is not None and last.time is None:
                    last.time = s
                else:
                    page.skips.append((s, "orphan-time"))
        else:
            waiting: Token | None = None
            for s in run.slots:
                if isinstance(s, Token):
                    if waiting is not None:
                        page.skips.append((waiting, "orphan-time"))
                    waiting = s
                elif waiting is not None:
                    s.time, waiting = waiting, None
            if waiting is not None:
                page.skips.append((waiting, "orphan-time"))
    return guessed
