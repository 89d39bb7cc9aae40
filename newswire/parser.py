"""The page parser: text in, records and reasoned skips out.

The steps, in order:

1. :func:`~newswire.text.normalise` makes odd spaces plain and drops invisible characters,
   keeping a map back to the input's offsets.
2. :meth:`~newswire.segment.Scanner.tokens` cuts lines into datelines, paragraphs, item times,
   section headers and page breaks.
3. :func:`~newswire.segment.assemble` splits the tokens into pages, runs and items.
4. :func:`~newswire.segment.assign_times` decides per list, from the evidence, whether its times
   close or open their items, and gives each time to its item.
5. :class:`_Builder` turns each item into a :class:`~newswire.records.Record`.

Every non-blank character of the input ends up in a record's span or in a
:class:`~newswire.records.Skipped` with its reason.
"""

from __future__ import annotations

try:  # the BLAKE2 module alone: hashlib would load OpenSSL, a cost on every start
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - CPython builds without it
    from hashlib import blake2b
import re
from bisect import bisect_left
from collections.abc import Iterator
from datetime import datetime
from itertools import pairwise
from operator import attrgetter

from newswire.agencies import closest_code
from newswire.credits import (
    BYLINE_FIRST,
    Credit,
    byline_name,
    is_byline,
    is_credit_line,
    may_credit,
    take_credits,
)
from newswire.dateline import Dateline, Place
from newswire.lang import LANGUAGES, detect_language, get_language
from newswire.places import GAZETTEER
from newswire.records import Problem, Record, ReferenceTime, Skipped, Source, new_record
from newswire.segment import (
    Item,
    Page,
    Scanner,
    Token,
    assemble,
    assign_times,
    is_headline,
    is_title,
)
from newswire.text import (
    AFTER,
    BEFORE,
    Lines,
    Normalised,
    is_blank,
    markup_side,
    normalise,
    squash_spaces,
)
from newswire.timestamps import Timestamp, _Grammar, is_alone, parse_timestamp, resolve

_NO_DATELINE = (Problem("no-dateline", "the item has no dateline"),)
_GUESSED = Problem(
    "time-order-guessed",
    "the list shows no time before its first or after its last item; "
    "times were taken to close their items",
)


_SHOWN_REPAIRS = 5
_HTML = Problem("html", "HTML left in the text: character references decoded, tags removed")


def _unknown_agency(code: str) -> str:
    closest = closest_code(code)
    hint = f" (did you mean {closest}?)" if closest is not None else ""
    return f"unknown agency code {code!r} in the dateline{hint}"


_PARAGRAPH_BREAK = "\n\n"


def _item_id(head: str, body: str) -> str:
    """``head`` with its spaces folded, then the body: the same wire copy wrapped into other
    lines or paragraphs keeps its id."""
    key = f"{head}\n{body.replace(_PARAGRAPH_BREAK, ' ')}"
    return blake2b(key.encode(), digest_size=8).hexdigest()


_PARAGRAPH_END = frozenset(".!?:;\"'”’“)»«…]")
# A list's line: a mark, a number with a dot or parenthesis ("1.") or a letter with a
# parenthesis ("a)"); not an initial ("M. Macron").
_LIST_LINE = r"[-–—•*·>]|\d{1,2}[.)] |[a-z]\) "  # compiled by re, for wrapped items only
# Words a hyphen may hang before, apart: "Bundes- und Landesebene".
_CONJUNCTIONS = frozenset(w for language in LANGUAGES.values() for w in language.conjunctions)


def _column(text: str, start: int) -> int:
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return len(line.expandtabs(8)) if "\t" in line else len(line)


def paragraph_texts(tokens: list[Token], text: str) -> list[str]:
    """The paragraphs of an item's lines (``tokens``, in order, in ``text``), with lines
    that wrap one paragraph joined. A line goes on the adjacent line above it only if that
    one ends in no sentence's end, neither is a list's line (``- …``, ``1. …``, ``a) …``) and
    it is no credit line, and one of these holds:

    - paragraphs are opened by an indent of two spaces or more, as plain wire copy writes
      them (two lines or more at the deepest indent), and the line is less indented;
    - the line above is long, as lines wrapped at a width are (a title, a caption, a label
      or a poem's line is short), and the line opens in small letters, or blank lines part
      paragraphs elsewhere in the item.

    A word broken at a hyphen ("well-" / "known") is joined without a space.
    """
    kept = [t for t in tokens if t.text]
    texts = [squash_spaces(t.text) for t in kept]
    if len(kept) < 2 or (
        # Most items: each line a paragraph that ends a sentence, none indented.
        all(x[-1] in _PARAGRAPH_END for x in texts[:-1])
        and all(text[t.start - 1] == "\n" for t in kept[1:])
    ):
        return texts
    # Most lines start at their line's start: no search back for those.
    columns = [
        0 if t.start == 0 or text[t.start - 1] == "\n" else _column(text, t.start) for t in kept
    ]
    indent = max(columns[1:])  # the lead's line opens with a dateline, wherever it stands
    indented = indent > 1 and sum(
        1 for c, x in zip(columns, texts, strict=True)
        if c == indent and not re.match(_LIST_LINE, x)
    ) > 1
    blank = any(
        b.line - a.line > 1 and not text[a.end : b.start].strip() for a, b in pairwise(kept)
    )
    widths = [c + t.end - t.start for c, t in zip(columns, kept, strict=True)]
    width = max(widths)
    paragraphs = [[texts[0]]]  # each paragraph's lines, joined at the end: linear
    for k in range(1, len(kept)):
        line, above = texts[k], texts[k - 1]
        if (
            kept[k - 1].line + 1 == kept[k].line
            and above[-1] not in _PARAGRAPH_END
            and re.match(_LIST_LINE, line) is None
            and (
                # A list's item goes on only in small letters ("- a plan that / goes on").
                line[0].islower() if re.match(_LIST_LINE, paragraphs[-1][0]) else
                (indented and columns[k] < indent)
                or ((blank or line[0].islower()) and 4 * widths[k - 1] >= 3 * width)
            )
            and (line[0].islower() or not is_credit_line(line))
        ):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return [_joined(lines) for lines in paragraphs]


def _joined(lines: list[str]) -> str:
    if len(lines) == 1:
        return lines[0]
    out = [lines[0]]
    for line in lines[1:]:
        above = out[-1]
        # "well-" / "known": a word broken at its hyphen; not "minister -" / "een", nor
        # "Bundes-" / "und Landesebene"
        broken = (
            above[-1] == "-" and len(above) > 1 and above[-2].isalpha() and line[0].islower()
            and line.split(" ", 1)[0] not in _CONJUNCTIONS
        )
        out.append(line if broken else f" {line}")
    return "".join(out)


_by_start = attrgetter("source.start")
_tuple = tuple.__new__
_MIN_SHARE = 2 << 20  # characters
_BLOCK = 1 << 20  # characters
_CUT_REACH = 1 << 16  # characters


class _Builder:
    """Builds the records and skips of one input (step 5)."""

    def __init__(
        self, text: str, norm: Normalised, now: datetime, lang: str | None, source: str | None,
        now_source: str,
    ) -> None:
        self.input = text
        self.norm = norm
        self._lines: Lines | None = None  # the input's line starts, made when a skip needs them
        # Nothing was dropped, taken out or repaired (most inputs): the input's offsets are
        # the normalised text's, and a record's span needs no mapping.
        self.plain = not (norm.shifted or norm.hidden or norm.html or norm.repairs)
        self.now = now
        self.lang = lang
        self.source = source
        self.reference = ReferenceTime(now, now_source)
        self._times: dict[tuple[_Grammar, str], Timestamp | None] = {}
        # Per dateline text: its text with spaces folded (for ids), and its warnings.
        self._datelines: dict[str, tuple[str, tuple[Problem, ...], bool]] = {}

    def span(self, start: int, end: int) -> tuple[int, int]:
        norm = self.norm
        if not norm.shifted:
            return start, end
        return norm.original(start), norm.original_end(end)

    def source_of(self, first: Token, last: Token, page: int, *, widen: bool = True) -> Source:
        start, end = self.span(first.start, last.end)
        line_start, line_end = first.line, last.line
        if self.norm.hidden and widen:
            wide = self._with_hidden(start, end)
            if wide != (start, end):  # over tags on the lines around it, maybe
                start, end = wide
                line_start = -1
        if line_start < 0 or (self.norm.html and end > start):
            # Widened, or references decoded ("&#10;" ends a line of the text read, not of
            # the input): the lines the input has there.
            lines = self._input_lines()
            line_start, line_end = lines.at(start)[0], lines.at(max(start, end - 1))[0]
        # Built as the tuple it is: a third of the named tuple constructor's cost, per record.
        return _tuple(Source, (self.source, start, end, line_start, line_end, page))

    def _input_lines(self) -> Lines:
        if self._lines is None:
            self._lines = Lines(self.input)
        return self._lines

    def _with_hidden(self, start: int, end: int) -> tuple[int, int]:
        """A span widened over the markup taken out right before it that opens it (``<p>``)
        and right after it that closes it (``</p>``, see :func:`~newswire.text.markup_side`):
        what was taken out belongs to the text it wrapped, so nothing falls between spans,
        and markup between two spans goes to one of them only."""
        hidden = self.norm.hidden
        text = self.input
        k = bisect_left(hidden, (start,))
        while (
            k > 0 and start - 2 <= hidden[k - 1][1] <= start
            and is_blank(text[hidden[k - 1][1] : start])  # a blank or two between, no text
            and markup_side(text[hidden[k - 1][0] : hidden[k - 1][1]]) == AFTER
        ):
            k -= 1
            start = hidden[k][0]
        return start, self._widened_end(end)

    def _widened_end(self, end: int) -> int:
        """A span's end widened over the markup right after it that closes it."""
        hidden = self.norm.hidden
        k = bisect_left(hidden, (end,))
        if k > 0 and hidden[k - 1][1] > end:  # a reference the span ends inside: `&amp;`
            end = hidden[k - 1][1]
        text = self.input
        while (
            k < len(hidden) and hidden[k][0] <= end + 2
            and is_blank(text[end : hidden[k][0]])
            and markup_side(text[hidden[k][0] : hidden[k][1]]) == BEFORE
        ):
            end = max(end, hidden[k][1])
            k += 1
        return end

    def _with_repairs(
        self, warnings: tuple[Problem, ...], source: Source
    ) -> tuple[Problem, ...]:
        repairs = self.norm.repairs
        first = bisect_left(repairs, (source.start,))
        inside = repairs[first : bisect_left(repairs, (source.end,))]
        if not inside:
            return warnings
        seen = list(dict.fromkeys(str(r) for r in inside))
        shown = ", ".join(seen[:_SHOWN_REPAIRS]) + (", …" if len(seen) > _SHOWN_REPAIRS else "")
        return (*warnings, Problem("mojibake", f"mojibake read as what it stands for: {shown}"))

    def language(self, page: Page) -> str | None:
        if self.lang:
            return self.lang
        sample: list[str] = []
        size = 0
        evidence: dict[str, int] = {}
        for tok in page.tokens:
            if tok.lang is not None:
                evidence[tok.lang] = evidence.get(tok.lang, 0) + 2
            elif size < 600:
                sample.append(tok.text)
                size += len(tok.text)
        if len(evidence) == 1 and max(evidence.values()) >= 6:
            # Three or more time words or list headers, all of one language, settle it.
            return next(iter(evidence))
        return detect_language(" ".join(sample), sample=600, evidence=evidence)

    def published(self, tok: Token, language: str | None) -> Timestamp | None:
        assert tok.time is not None
        match, grammar = tok.time
        if (
            tok.lang is None and language is not None and grammar.language.past_alone
            and not LANGUAGES[language].past_alone and is_alone(tok.text)
        ):
            # "18h" on a French page is six in the evening, not 18 hours ago: read in the
            # page's language where it reads it.
            found = parse_timestamp(tok.text, now=self.now, lang=language)
            if found is not None and found.text == tok.text:
                return found._replace(span=self.span(tok.start, tok.end))
            # No other reading there ("45m", "2d"): the English one stands.
        key = (grammar, match.group())
        try:
            resolved = self._times[key]
        except KeyError:
            resolved = self._times[key] = resolve(match, grammar, self.now)
        if resolved is None:
            return None
        if tok.kind == "clock" or tok.text == match.string:
            # The token starts at its line (with the section before the time, or a label:
            # "Updated 14:05"); the match holds the time's offsets within that line.
            span = self.span(tok.start + match.start(), tok.start + match.end())
        else:
            span = (tok.start, tok.end) if self.plain else self.span(tok.start, tok.end)
        return _tuple(
            Timestamp, (resolved.value, resolved.text, span, resolved.precision, resolved.lang)
        )

    def _read_dateline(self, dateline: Dateline) -> tuple[str, tuple[Problem, ...], bool]:
        """What a dateline's text alone says: its folded text (for ids), its warnings, and
        whether a place's name fits places in several countries, so that the record's text
        must be read to tell which (its places are otherwise normalised already)."""
        warnings = tuple(
            Problem("unknown-agency", _unknown_agency(a.code))
            for a in dateline.agencies
            if not a.known
        )
        ambiguous = any(GAZETTEER.resolve(p.name, p.qualifier)[1] for p in dateline.places)
        return " ".join(dateline.text.split()), warnings, ambiguous

    def _places(
        self, dateline: Dateline, context: str
    ) -> tuple[tuple[Place, ...], tuple[Problem, ...]]:
        out, doubts = [], []
        for place in dateline.places:
            info, others = GAZETTEER.resolve(place.name, place.qualifier, context)
            if info is None:
                out.append(place)
                continue
            out.append(place._replace(
                canonical=info.canonical, country=info.country, geonames_id=info.geonames_id,
                lat=info.lat, lon=info.lon,
            ))
            if others:
                also = ", ".join(f"{o.canonical} ({o.country})" for o in others)
                doubts.append(Problem(
                    "place-ambiguous",
                    f"{place.name} read as {info.canonical} ({info.country}); it may be {also}",
                ))
        return tuple(out), tuple(doubts)

    def dateline_date(self, dateline: Dateline, language: str | None) -> Timestamp | None:
        """The date a dateline carries (``WASHINGTON, Jan 5 (Reuters) -``), read in the page's
        language first; None if no language reads it."""
        assert dateline.date_text is not None
        text = dateline.date_text
        found = None
        if language is not None:
            found = parse_timestamp(text, now=self.now, lang=language)
        if found is None:
            found = parse_timestamp(text, now=self.now)
        if found is None or found.text != text:
            return None
        start = dateline.span[0] + dateline.text.find(text)
        return found._replace(span=(start, start + len(text)))

    def dateline(self, tok: Token) -> Dateline | None:
        dateline = tok.dateline
        if dateline is None or not self.norm.shifted:
            return dateline
        return dateline._replace(
            span=self.span(*dateline.span), end=self.norm.original(dateline.end)
        )

    def record(
        self, item: Item, kind: str, section: str | None, language: str | None,
        guessed: bool, page: int,
    ) -> Record:
        lead, heading, rest = item.lead, item.headline, item.paragraphs
        if (
            heading is None and lead is not None and lead.kind == "text" and kind == "teaser"
            and is_title(lead) and not (rest and rest[0].text[:1].islower())  # a wrap
        ):
            # A list's item without dateline opening with a title, no sentence ("Meest
            # gelezen" lists, a time over a title, a title over its summary): its headline.
            heading, lead, rest = lead, rest[0] if rest else None, rest[1:]
        if lead is not None and not rest:  # most teasers: one paragraph
            texts = [squash_spaces(lead.text)]
        else:
            texts = paragraph_texts([lead, *rest] if lead is not None else rest, self.norm.text)
        credits: tuple[Credit, ...] = ()
        if texts and may_credit(texts[-1]):
            texts, credits = take_credits(texts)
        byline = byline_name(squash_spaces(item.byline.text)) if item.byline else None
        if byline is None and len(texts) > 1 and texts[-1][:1] in BYLINE_FIRST and is_byline(
            texts[-1]
        ):
            # A byline closing the item, as AP's pages put it: "By JIM VERTUNO and …".
            byline = byline_name(texts.pop())
        body = texts[0] if len(texts) == 1 else "\n\n".join(texts)
        dateline = None if lead is None else lead.dateline if self.plain else self.dateline(lead)
        headline = squash_spaces(heading.text) if heading else None
        if dateline is None:
            warnings: tuple[Problem, ...] = _NO_DATELINE
            head = " ".join((headline or "").split())
        else:
            known = self._datelines.get(dateline.text)
            if known is None:
                known = self._datelines[dateline.text] = self._read_dateline(dateline)
            head, warnings, ambiguous = known
            if ambiguous:  # a name several places go by: the text may tell which
                places, doubts = self._places(dateline, f"{headline or ''}\n{body}")
                warnings = (*warnings, *doubts)
                dateline = dateline._replace(places=places)
        published = None
        first = heading or item.byline or lead or item.paragraphs[0]
        last = item.paragraphs[-1] if item.paragraphs else lead or first
        time = item.time
        if time is not None:
            published = self.published(time, language)
            if guessed:
                warnings = (*warnings, _GUESSED)
            section = time.section or section
            if time.start < first.start:
                first = time
            if time.end > last.end:
                last = time
        elif dateline is not None and dateline.date_text is not None:
            published = self.dateline_date(dateline, language)
        if self.plain:
            source = _tuple(
                Source, (self.source, first.start, last.end, first.line, last.line, page)
            )
        else:
            source = self.source_of(first, last, page)
            html = self.norm.html
            if html and bisect_left(html, (source.start,)) < bisect_left(html, (source.end,)):
                warnings = (*warnings, _HTML)
            if self.norm.repairs:
                warnings = self._with_repairs(warnings, source)
        return new_record(
            _item_id(head, body), kind, headline, section, language, dateline, body, byline,
            credits, published, self.reference, source, warnings,
        )

    def page(self, page: Page, skipped: bool = True) -> list[Record | Skipped]:
        guessed = assign_times(page)
        language = self.language(page)
        lead_section = next((r.section for r in page.runs if r.section), None)
        out: list[Record | Skipped] = []
        for n, run in enumerate(page.runs):
            section = run.section if n else lead_section
            run_guessed = id(run) in guessed
            for k, item in enumerate(run.items()):
                kind = "article" if n == 0 and k == 0 else "teaser"
                out.append(self.record(item, kind, section, language, run_guessed, page.number))
        if not skipped:
            return out  # records come in input order; only skips need sorting in
        for tok, reason in page.skips:
            # A rule line's skip stays on the page it ends while markup beside it is the next
            # page's (see _markup): it takes none.
            source = self.source_of(tok, tok, page.number, widen=reason != "page-separator")
            out.append(Skipped(reason, tok.text, source))
        if page.skips:
            out.sort(key=_by_start)
        if self.norm.hidden and page.stretch is not None:
            markup = self._markup(out, page, page.stretch)
            if markup:
                out = sorted([*out, *markup], key=_by_start)
        return out

    def _markup(
        self, out: list[Record | Skipped], page: Page, stretch: tuple[int, int]
    ) -> list[Skipped]:
        """Skips for what was taken out of the page's stretch and lies in no span of ``out``:
        tags, or a garbled blank, with no text of their own (``<div>`` alone on a line)."""
        norm = self.norm
        lo, hi = stretch
        # What was dropped between two pages belongs to the later one, but for what closes
        # the earlier page's last span.
        lo = self._widened_end(norm.original(lo - 1) + 1) if lo else 0
        hi = len(self.input) if hi == len(norm.text) else norm.original(hi - 1) + 1 if hi else 0
        hidden = norm.hidden
        spans = sorted((o.source.start, o.source.end) for o in out)
        k = bisect_left(hidden, (lo,))
        j = 0
        found: list[list[int]] = []
        while k < len(hidden) and hidden[k][0] < hi:
            start, end = hidden[k]
            k += 1
            while j < len(spans) and spans[j][1] <= start:
                j += 1
            if j < len(spans) and spans[j][0] <= start:
                continue  # inside a record or a skip
            if found and not self.input[found[-1][1] : start].strip():
                found[-1][1] = end  # one skip for markup with only space between
            else:
                found.append([start, end])
        if not found:
            return []
        lines = self._input_lines()
        return [
            Skipped("markup", self.input[start:end], Source(
                self.source, start, end, lines.at(start)[0], lines.at(end - 1)[0], page.number
            ))
            for start, end in found
        ]


class Session:
    """One input being parsed: normalised once, then cut into pages and built range by range.

    :func:`parse_all` reads the text block by block (:meth:`blocks`); the CLI's worker
    processes take the same blocks in turn (:meth:`block_ranges`).
    """

    def __init__(
        self, text: str, *, now: datetime, lang: str | None = None, source: str | None = None,
        now_source: str = "argument",
    ) -> None:
        if lang is not None:
            lang = get_language(lang).code
        self.norm = normalise(text)
        self.scanner = Scanner([lang] if lang else list(LANGUAGES))
        self.builder = _Builder(text, self.norm, now, lang, source, now_source)
        # Cuts found, by where and how far they were looked for: the CLI asks for the first
        # block to decide whether to start workers, then reads the same blocks itself if not.
        self._cuts: dict[tuple[int, int, int], int] = {}

    def pages(
        self, start: int = 0, end: int | None = None, *, lines_before: int | None = None
    ) -> list[Page]:
        """The pages of the normalised text from ``start`` (a line start) to ``end``;
        ``lines_before``, the number of lines before ``start``, if the caller knows it."""
        norm = self.norm
        pages = assemble(self.scanner.tokens(
            norm.text, norm.breaks, start, end, lines_before=lines_before
        ))
        if norm.hidden:  # what was taken out is accounted for page by page (_Builder._markup)
            # Each page's stretch runs from the end of the page before it (its last token's,
            # past rule lines) to the end of its own last token, the last page's to the end
            # of the text: from ``start`` on, as one pass over the whole text makes them.
            bound = (self._text_before(start) or start) if start else 0
            for page in pages:
                begin, bound = bound, page.tokens[-1].end if page.tokens else bound
                page.stretch = (begin, bound)
            if end is None or end >= len(norm.text):
                pages[-1].stretch = (begin, len(norm.text))
        return pages

    def blocks(
        self, start: int = 0, end: int | None = None, *, size: int = _BLOCK
    ) -> Iterator[list[Page]]:
        """The pages :meth:`pages` gives for the same range, numbered from 1, in blocks of
        about ``size`` characters (:meth:`block_ranges`), so that one block's tokens are in
        memory at a time and a large input parses in bounded memory, as fast as in one pass.

        Where one pass would read on past a cut into the next block's first page (lists
        whose items carry headlines), the rest of the text comes in one block.
        """
        stop = len(self.norm.text) if end is None else end
        numbered = 0
        for a, b, lines in self.block_ranges(start, end, size=size):
            pages, fresh = self.block_pages(a, b, lines, final=b >= stop)
            if not fresh:
                # Text like this is read in one block from here on, at the cost of one
                # block read twice, never once per line.
                b = stop
                pages = self.pages(a, b, lines_before=lines)
            for page in pages:
                page.number += numbered
            numbered += len(pages)
            yield pages
            if b >= stop:
                return

    def block_pages(
        self, a: int, b: int, lines_before: int, *, final: bool
    ) -> tuple[list[Page], bool]:
        """The pages of a block from :meth:`block_ranges` (``final`` if it ends the range
        read), numbered from 1, as one pass has them; and whether one pass starts a new page
        where the block ends. If not, it reads on into the next block's first page (lists
        whose items carry headlines), and the text from ``a`` on is to be read in one range."""
        pages = self.pages(a, b, lines_before=lines_before)
        return pages, final or pages[-1].open_end

    def block_ranges(
        self, start: int = 0, end: int | None = None, *, size: int = _BLOCK
    ) -> Iterator[tuple[int, int, int]]:
        """The ranges :meth:`blocks` reads, each about ``size`` characters and cut where a
        page surely begins (see :meth:`split_points`), with the number of lines before each:
        the pages of each range, read on its own, are those of one pass over the text as
        long as one pass starts a new page where the range before ends (:meth:`block_pages`).
        """
        text = self.norm.text
        stop = len(text) if end is None else end
        a = start
        lines = text.count("\n", 0, start)
        while True:
            b = self._cut(a + size, stop, size)
            yield a, b, lines
            if b >= stop:
                return
            lines += text.count("\n", a, b)
            a = b

    def _cut(self, pos: int, stop: int, step: int) -> int:
        """The first sure page start found within 64 KB of ``pos``, else within 64 KB of
        ``step`` (or 64 KB, if that is more) further on, and so on; ``stop`` if there is none
        before it. Pages are a few KB: a stretch without one (a long article, a list whose
        items have no headlines) is looked into every ``step`` characters, not searched
        through, and the block that holds it stays as short as the text allows."""
        key = (pos, stop, step)
        cut = self._cuts.get(key)
        if cut is None:
            cut = self._cuts[key] = self._look_for_cut(pos, stop, step)
        return cut

    def _look_for_cut(self, pos: int, stop: int, step: int) -> int:
        text = self.norm.text
        while pos < stop:
            found = self._page_start(text.find("\n", pos) + 1, _CUT_REACH)
            if found is not None:
                return min(found, stop)
            pos += max(step, _CUT_REACH)  # on past what was looked into, never again over it
        return stop

    def items(
        self, pages: list[Page], first_page: int = 1, *, skipped: bool = True
    ) -> Iterator[Record | Skipped]:
        """The records of ``pages``, numbered from ``first_page``, and with ``skipped`` what
        was skipped, all in input order."""
        for page in pages:
            page.number += first_page - 1
            yield from self.builder.page(page, skipped)

    def records(self, *, skipped: bool = True) -> Iterator[Record | Skipped]:
        """The records of the whole text, and with ``skipped`` what was skipped, in input
        order, block by block (:meth:`blocks`)."""
        for pages in self.blocks():
            yield from self.items(pages, skipped=skipped)

    def shares(self, jobs: int) -> int:
        """Into how many ranges the text is worth cutting for ``jobs`` processes: below about
        2 MB per range, starting a process costs more than it saves."""
        return max(1, min(jobs, len(self.norm.text) // _MIN_SHARE))

    def split_points(self, parts: int, *, reach: int = 1 << 20) -> list[int]:
        """Up to ``parts - 1`` offsets, near equal shares of the text, where a page surely
        begins if the page before it is open to a new one: a headline line right above a
        dateline paragraph. Searches ``reach`` characters past each share's end."""
        text = self.norm.text
        points: list[int] = []
        for k in range(1, parts):
            found = self._page_start(text.find("\n", len(text) * k // parts) + 1, reach)
            if found is not None and (not points or found > points[-1]):
                points.append(found)
        return points

    def _page_start(self, pos: int, reach: int) -> int | None:
        """The first line start from ``pos`` (a line start; 0 for none) on, within
        ``reach`` characters, that holds a headline right above a dateline paragraph."""
        text = self.norm.text
        limit = min(len(text), pos + reach)
        while 0 < pos < limit:
            nxt = text.find("\n", pos)
            if nxt < 0:
                break
            after = text.find("\n", nxt + 1)
            end = len(text) if after < 0 else after
            pair = self.scanner.tokens(text, (), pos, end, lines_before=0)
            if (
                len(pair) == 2
                and pair[0].line + 1 == pair[1].line
                and is_headline(pair[0])
                and pair[1].dateline is not None
                and pair[1].start == pair[1].dateline.span[0]
                and self._after_content(pos, end)
            ):
                return pos
            pos = nxt + 1
        return None

    def _after_content(self, pos: int, end: int) -> bool:
        """Whether the lines from ``pos`` to ``end`` hold no page break but before the first
        line's text, and follow text of a page (:meth:`_text_before`).

        A form feed that opens the headline's line (print dumps and ``pdftotext`` join pages
        so) is a sure cut: after text, one pass starts a new page there, and a block starting
        there starts one; after an opened page, which holds nothing yet, both fill that page.
        """
        breaks = self.norm.breaks
        if breaks:
            text = self.norm.text
            first = pos
            while first < end and text[first] != "\n" and text[first].isspace():
                first += 1
            if bisect_left(breaks, first) < bisect_left(breaks, end):
                return False
        return self._text_before(pos) is not None

    def _text_before(self, pos: int) -> int | None:
        """Where the text of a page ends before the line at ``pos``, past blank lines and at
        most one rule line or page break; None if there is no such text, or a second rule.
        A rule or a break after text opens a page, which one pass fills with what follows; a
        second one leaves its mark (a skipped rule) on the opened page, which a cut at ``pos``
        would count as a page of its own."""
        text = self.norm.text
        breaks = self.norm.breaks
        seen = 0  # rule lines and breaks between ``pos`` and the text before it
        start = pos
        while True:
            blank = start
            while start and text[start - 1].isspace():
                start -= 1
            if breaks:
                seen += bisect_left(breaks, blank) - bisect_left(breaks, start)
            if not start or seen > 1:
                return None
            line = text.rfind("\n", 0, start) + 1
            inside = breaks[bisect_left(breaks, line) : bisect_left(breaks, start)]
            before = self.scanner.tokens(text, inside, line, start, lines_before=0)
            kept = len(before)
            while kept and before[kept - 1].kind == "break":
                kept -= 1
            seen += len(before) - kept
            if seen > 1:
                return None
            if kept:
                return before[kept - 1].end
            start = line


def parse_all(
    text: str,
    *,
    now: datetime,
    lang: str | None = None,
    source: str | None = None,
    now_source: str = "argument",
) -> Iterator[Record | Skipped]:
    """Every record and every skipped stretch of ``text``, in input order.

    ``now`` is the reference time for relative times (naive gives naive results, aware gives
    aware); ``lang`` forces a language (``"nl"``), else each page's language is detected;
    ``source`` names the input in each record; ``now_source`` says where ``now`` came from.
    """
    session = Session(text, now=now, lang=lang, source=source, now_source=now_source)
    yield from session.records()


def parse(
    text: str,
    *,
    now: datetime,
    lang: str | None = None,
    source: str | None = None,
    now_source: str = "argument",
) -> list[Record]:
    """The news items in ``text``, one :class:`~newswire.records.Record` each, in input order.

    Arguments as for :func:`parse_all`, which also reports what was skipped and why.
    """
    session = Session(text, now=now, lang=lang, source=source, now_source=now_source)
    return [r for r in session.records(skipped=False) if isinstance(r, Record)]


__all__ = ["parse", "parse_all"]
