"""The page parser: text in, records and reasoned skips out.

The steps, in order:

1. :func:`_tokenise` cuts each line into tokens: a dateline-led paragraph, a plain paragraph, an
   item time (``10 minuten geleden``, also where it is glued to the next dateline), a section
   header (``Meer uit Buitenland``) or a page separator.
2. :func:`_assemble` walks the tokens once, splitting them into pages and each page into runs
   (the lead article and what follows it; then one run per section list) of items and times.
3. :func:`_assign_times` decides per run, from the evidence, whether a list's times close their
   items (a time after the last item) or open them (a time before the first), and gives each
   time to its item.
4. :func:`_build` turns each item into a :class:`~newswire.records.Record`.

Every non-blank character of the input ends up in a record's span or in a
:class:`~newswire.records.Skipped` with its reason.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Literal

from newswire.dateline import Dateline, parse_dateline
from newswire.lang import LANGUAGES, Language, detect_language, get_language
from newswire.records import Problem, Record, ReferenceTime, Skipped, Source
from newswire.text import Line, split_lines, squash_spaces
from newswire.timestamps import _GRAMMARS, Timestamp, _Grammar, resolve

_SEPARATOR = re.compile(r"(?:([-=_*#~])(?: ?\1){2,})")
# What may end the text before an item time: the end of a sentence or quote.
_SENTENCE_END = frozenset(".!?\"'”’)»…]")
_HEADLINE_MAX = 200

TokenKind = Literal["text", "dateline", "time", "section", "break"]


@dataclasses.dataclass(slots=True)
class _Token:
    kind: TokenKind
    text: str
    """The cleaned text: for a dateline token, the body after the dateline."""
    start: int
    end: int
    line: int
    dateline: Dateline | None = None
    time: tuple[re.Match[str], _Grammar] | None = None
    section: str | None = None
    lang: str | None = None
    """For times and section headers: the language whose words matched."""


@dataclasses.dataclass(slots=True)
class _Item:
    headline: _Token | None = None
    lead: _Token | None = None
    """The dateline token, or the first paragraph of an item without dateline."""
    paragraphs: list[_Token] = dataclasses.field(default_factory=list)
    time: _Token | None = None
    closed: bool = False
    """A time followed the item: what comes next starts another item."""


@dataclasses.dataclass(slots=True)
class _Run:
    section: str | None
    slots: list[_Item | _Token] = dataclasses.field(default_factory=list)
    headed: bool | None = None
    """Whether the run's items carry headlines, as its first item shows."""

    def items(self) -> list[_Item]:
        return [s for s in self.slots if isinstance(s, _Item)]


@dataclasses.dataclass(slots=True)
class _Page:
    number: int
    runs: list[_Run] = dataclasses.field(default_factory=lambda: [_Run(None)])
    skips: list[tuple[_Token, str]] = dataclasses.field(default_factory=list)
    tokens: list[_Token] = dataclasses.field(default_factory=list)


def _spaced(words: str) -> str:
    """A literal phrase whose spaces may be runs of up to three."""
    return " {1,3}".join(re.escape(w) for w in words.split(" "))


def _section_pattern(language: Language) -> re.Pattern[str]:
    alternatives = []
    for template in language.section_headers:
        before, _, after = template.partition("{section}")
        alternatives.append(
            _spaced(before) + r"([^\W\d_][^\n]{0,59}?)" + _spaced(after)
        )
    return re.compile("(?:" + "|".join(alternatives) + r")\Z", re.IGNORECASE)


_SECTION_PATTERNS = {code: _section_pattern(lang) for code, lang in LANGUAGES.items()}


class _Tokeniser:
    """Cuts lines into tokens with the grammars of the languages in play."""

    def __init__(self, codes: list[str]) -> None:
        self.grammars = [_GRAMMARS[c] for c in codes]
        self.sections = [(c, _SECTION_PATTERNS[c]) for c in codes]
        self.keywords = tuple({k for g in self.grammars for k in g.keywords})

    def line(self, line: Line) -> Iterator[_Token]:
        if line.page_break:
            yield _Token("break", "", line.start, line.start, line.number)
        t = line.text
        if not t:
            return
        if len(t) <= 80:
            if _SEPARATOR.fullmatch(t):
                yield _Token("break", t, line.offset(0), line.offset(len(t)), line.number)
                return
            for code, pattern in self.sections:
                m = pattern.match(t)
                if m:
                    name = next(g for g in m.groups() if g is not None)
                    yield _Token(
                        "section", t, line.offset(0), line.offset(len(t)), line.number,
                        section=name.strip(), lang=code,
                    )
                    return
        pos = 0
        lowered = t.lower()
        if any(k in lowered for k in self.keywords):
            for m, g in self._item_times(t):
                if m.start() > pos:
                    yield self._paragraph(line, pos, m.start())
                yield _Token(
                    "time", m.group(), line.offset(m.start()), line.offset(m.end()),
                    line.number, time=(m, g), lang=g.language.code,
                )
                pos = m.end()
                while pos < len(t) and t[pos] == " ":
                    pos += 1
        if pos < len(t):
            yield self._paragraph(line, pos, len(t))

    def _item_times(self, t: str) -> Iterator[tuple[re.Match[str], _Grammar]]:
        """Times that stand alone: after a sentence's end or at line start, before a dateline
        or at line end. ``zei hij 4 uur geleden`` inside a sentence is no item time."""
        last = 0
        found: list[tuple[re.Match[str], _Grammar]] = []
        for g in self.grammars:
            for m in g.matches(t):
                if m.group("future"):
                    continue
                before = t[: m.start()].rstrip(" ")
                if before and before[-1] not in _SENTENCE_END:
                    continue
                if m.end() < len(t) and parse_dateline(t, m.end()) is None:
                    continue
                found.append((m, g))
        found.sort(key=lambda mg: mg[0].start())
        for m, g in found:
            if m.start() >= last:
                last = m.end()
                yield m, g

    @staticmethod
    def _paragraph(line: Line, a: int, b: int) -> _Token:
        t = line.text[a:b].rstrip(" ")
        dl = parse_dateline(t)
        if dl is None:
            return _Token("text", t, line.offset(a), line.offset(a + len(t)), line.number)
        shifted = dataclasses.replace(
            dl,
            span=(line.offset(a + dl.span[0]), line.offset(a + dl.span[1])),
            end=line.offset(a + dl.end),
        )
        return _Token(
            "dateline", t[dl.end :], line.offset(a), line.offset(a + len(t)), line.number,
            dateline=shifted,
        )


def _is_headline(tok: _Token) -> bool:
    t = tok.text
    return tok.kind == "text" and len(t) <= _HEADLINE_MAX and not t.endswith((".", ",", ";"))


def _assemble(tokens: list[_Token]) -> list[_Page]:
    """Split tokens into pages, runs and items (step 2)."""
    pages = [_Page(1)]
    page = pages[0]
    pending: list[_Token] = []  # tokens before the page's first item
    started = False  # the page has its first item

    def new_page(first: list[_Token]) -> None:
        nonlocal page, started, pending
        close_pending()
        page = _Page(len(pages) + 1)
        pages.append(page)
        started = False
        pending = list(first)
        page.tokens.extend(first)

    def close_pending() -> None:
        """Tokens before any dateline: a headline and paragraphs make an item of their own."""
        nonlocal pending, started
        texts = [t for t in pending if t.kind == "text"]
        if texts:
            item = _Item()
            if len(texts) > 1 and _is_headline(texts[0]):
                item.headline = texts[0]
                texts = texts[1:]
            item.lead, item.paragraphs = texts[0], texts[1:]
            run = page.runs[-1]
            for t in pending:
                if t.kind == "time":
                    run.slots.append(t)
                elif t is (item.headline or item.lead):
                    run.slots.append(item)
            started = True
        else:
            page.skips.extend((t, "orphan-time") for t in pending)
        pending = []

    tokens_iter = list(tokens)
    for i, tok in enumerate(tokens_iter):
        kind = tok.kind
        if kind == "break":
            if tok.text:
                page.skips.append((tok, "page-separator"))
            if started or pending:
                new_page([])
            continue
        page.tokens.append(tok)
        run = page.runs[-1]
        if kind == "section":
            if not started:
                close_pending()
            page.skips.append((tok, "section-header"))
            page.runs.append(_Run(tok.section))
            started = True
            continue
        if not started and len(page.runs) == 1:
            if kind != "dateline":
                pending.append(tok)
                continue
            item = _Item(lead=tok)
            texts = [t for t in pending if t.kind == "text"]
            if texts and _is_headline(texts[-1]):
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
                        run.slots.append(t)
                    else:
                        page.skips.append((t, "orphan-time"))
            run.slots.append(item)
            run.headed = item.headline is not None
            pending = []
            started = True
            continue
        items = run.items()
        current = items[-1] if items else None
        if kind == "time":
            run.slots.append(tok)
            if current is not None:
                current.closed = True
            continue
        if kind == "dateline":
            if current is not None and current.lead is None:
                current.lead = tok  # a headline waiting for its dateline
                continue
            run.slots.append(_Item(lead=tok))
            if run.headed is None:
                run.headed = False
            continue
        # A plain paragraph.
        nxt = tokens_iter[i + 1] if i + 1 < len(tokens_iter) else None
        if nxt is not None and nxt.kind == "dateline" and _is_headline(tok):
            if len(page.runs) == 1 or run.headed is False:
                # A headline over a dateline after the page's lead: the next page begins.
                page.tokens.pop()
                new_page([tok])
                continue
            run.slots.append(_Item(headline=tok))
            run.headed = True
            continue
        if current is None or current.closed:
            run.slots.append(_Item(lead=tok))
            if run.headed is None:
                run.headed = False
        elif current.lead is None:
            current.lead = tok
        else:
            current.paragraphs.append(tok)
    if not started:
        close_pending()
    return [p for p in pages if p.tokens or p.skips]


def _time_order(run: _Run) -> Literal["open", "close"] | None:
    """Whether the run's times open or close their items, when its slots show it."""
    times = [s for s in run.slots if isinstance(s, _Token)]
    if not times:
        return None
    leading = isinstance(run.slots[0], _Token)
    trailing = isinstance(run.slots[-1], _Token)
    if leading and not trailing:
        return "open"
    if trailing and not leading:
        return "close"
    return None


def _assign_times(page: _Page) -> set[int]:
    """Give each time to its item (step 3); returns ids of runs whose order was guessed."""
    orders = [_time_order(run) for run in page.runs]
    decided = [o for o in orders if o is not None]
    page_default = decided[0] if decided and all(o == decided[0] for o in decided) else None
    guessed: set[int] = set()
    for run, order in zip(page.runs, orders, strict=True):
        has_times = any(isinstance(s, _Token) for s in run.slots)
        if not has_times:
            continue
        if order is None:
            order = page_default or "close"
            if page_default is None and len(run.items()) > 0:
                guessed.add(id(run))
        if order == "close":
            last: _Item | None = None
            for s in run.slots:
                if isinstance(s, _Item):
                    last = s
                elif last is not None and last.time is None:
                    last.time = s
                else:
                    page.skips.append((s, "orphan-time"))
        else:
            waiting: _Token | None = None
            for s in run.slots:
                if isinstance(s, _Token):
                    if waiting is not None:
                        page.skips.append((waiting, "orphan-time"))
                    waiting = s
                elif waiting is not None:
                    s.time, waiting = waiting, None
            if waiting is not None:
                page.skips.append((waiting, "orphan-time"))
    return guessed


def _item_id(dateline: str, body: str) -> str:
    # Whitespace and case-insensitive: the same wire copy re-wrapped keeps its id.
    key = " ".join(f"{dateline}\n{body}".split()).casefold()
    return hashlib.blake2b(key.encode(), digest_size=8).hexdigest()


class _Context:
    def __init__(
        self, text: str, now: datetime, lang: str | None, source: str | None, now_source: str
    ) -> None:
        self.text = text
        self.now = now
        self.lang = lang
        self.source = source
        self.reference = ReferenceTime(now, now_source)

    def source_of(self, tokens: list[_Token], page: int) -> Source:
        start = min(t.start for t in tokens)
        end = max(t.end for t in tokens)
        first = min(tokens, key=lambda t: t.start)
        last = max(tokens, key=lambda t: t.end)
        return Source(self.source, start, end, first.line, last.line, page)


def _page_language(page: _Page, ctx: _Context) -> str | None:
    if ctx.lang:
        return ctx.lang
    sample = []
    size = 0
    evidence: dict[str, int] = {}
    for tok in page.tokens:
        if tok.lang is not None:
            evidence[tok.lang] = evidence.get(tok.lang, 0) + 2
        elif size < 4000:
            sample.append(tok.text)
            size += len(tok.text)
    return detect_language("\n".join(sample), evidence=evidence)


def _build(item: _Item, kind: str, section: str | None, language: str | None,
           guessed: bool, page: _Page, ctx: _Context) -> Record:
    """One record from an assembled item (step 4)."""
    warnings: list[Problem] = []
    lead = item.lead
    dateline = lead.dateline if lead is not None else None
    paragraphs = ([lead] if lead is not None else []) + item.paragraphs
    body = "\n\n".join(squash_spaces(p.text) for p in paragraphs if p.text)
    if dateline is None:
        warnings.append(Problem("no-dateline", "the item has no dateline"))
    else:
        for agency in dateline.agencies:
            if not agency.known:
                message = f"unknown agency code {agency.code!r} in the dateline"
                warnings.append(Problem("unknown-agency", message))
    published: Timestamp | None = None
    if item.time is not None and item.time.time is not None:
        match, grammar = item.time.time
        published = resolve(match, grammar, ctx.now)
        if published is not None:
            published = dataclasses.replace(published, span=(item.time.start, item.time.end))
        if guessed:
            warnings.append(
                Problem(
                    "time-order-guessed",
                    "the list shows no time before its first or after its last item; "
                    "times were taken to close their items",
                )
            )
    tokens = [t for t in (item.headline, item.time, *paragraphs) if t is not None]
    headline = squash_spaces(item.headline.text) if item.headline else None
    id_head = dateline.text if dateline else (headline or "")
    return Record(
        id=_item_id(id_head, body),
        kind=kind,
        headline=headline,
        section=section,
        language=language,
        dateline=dateline,
        body=body,
        published=published,
        reference_time=ctx.reference,
        source=ctx.source_of(tokens, page.number),
        warnings=tuple(warnings),
    )


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
    if lang is not None:
        lang = get_language(lang).code
    ctx = _Context(text, now, lang, source, now_source)
    tokeniser = _Tokeniser([lang] if lang else list(LANGUAGES))
    tokens = [tok for line in split_lines(text) for tok in tokeniser.line(line)]
    for page in _assemble(tokens):
        guessed = _assign_times(page)
        language = _page_language(page, ctx)
        lead_section = next((r.section for r in page.runs if r.section), None)
        out: list[Record | Skipped] = []
        for n, run in enumerate(page.runs):
            section = run.section if n else lead_section
            for k, item in enumerate(run.items()):
                kind = "article" if n == 0 and k == 0 else "teaser"
                out.append(_build(item, kind, section, language, id(run) in guessed, page, ctx))
        for tok, reason in page.skips:
            out.append(Skipped(reason, tok.text, ctx.source_of([tok], page.number)))
        out.sort(key=lambda r: r.source.start)
        yield from out


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
    return [
        r
        for r in parse_all(text, now=now, lang=lang, source=source, now_source=now_source)
        if isinstance(r, Record)
    ]


__all__ = ["parse", "parse_all"]
