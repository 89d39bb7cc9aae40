"""Invariants over generated pages and arbitrary text (hypothesis)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newswire import Record, Skipped, parse, parse_all
from newswire.parser import Session
from newswire.text import Lines
from tests.strategies import FOREIGN_TIMES, TIMES, Page, pages

NOW = datetime(2026, 2, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))
# Characters the parser reads as nothing: whitespace and the invisible formatting characters.
BLANK = set("\ufeff\u200b\u200c\u200d\u2060\u00ad")


def uncovered(text: str, results: list[Record | Skipped]) -> list[int]:
    """Offsets of non-blank characters that no record or skip accounts for."""
    covered = bytearray(len(text) + 1)
    for r in results:
        covered[r.source.start : r.source.end] = b"\x01" * (r.source.end - r.source.start)
    return [i for i, ch in enumerate(text) if not covered[i] and not (ch.isspace() or ch in BLANK)]


@settings(max_examples=300)
@given(st.text(max_size=400))
def test_never_raises_and_loses_nothing_on_any_text(text: str) -> None:
    results = list(parse_all(text, now=NOW))
    assert uncovered(text, results) == []
    for r in results:
        assert 0 <= r.source.start <= r.source.end <= len(text)


@settings(max_examples=200)
@given(st.text(alphabet="AB (ANP)/-\n10 minuten geledenMeer uit X.\u00a0\r", max_size=300))
def test_never_raises_on_wire_like_noise(text: str) -> None:
    results = list(parse_all(text, now=NOW))
    assert uncovered(text, results) == []


@settings(max_examples=300)
@given(st.lists(st.sampled_from(
    ["Kop\n", "ROME (ANP) - ", "Ã", "©", "\u00a0", "Â", "ï»¿", "e\u0301", "\u0301", "â€",
     "™", "&amp;", "<b>", "\u200b", " ", "\n", "x"]
), max_size=40))
def test_loses_nothing_around_mojibake_accents_and_markup(pieces: list[str]) -> None:
    text = "".join(pieces)
    results = list(parse_all(text, now=NOW))
    assert uncovered(text, results) == []


@settings(max_examples=400)
@given(st.lists(st.sampled_from(
    ["Kop\n", "ROME (ANP) - Een.", "Twee.", "<p>", "</p>", "<div>\n", "\n</div>", "<br>",
     "<br/>", "<h1>", "</h1>", "<b>", "</b>", "&amp;", "&nbsp;", "ï»¿", "Â\u00a0",
     "Meer uit Sport\n", "10 minuten geleden", "-----\n", "\n", "\n\n", " ",
     "Net binnen\n", "11:40 Kop van het bericht\n", "gisteren om 14.05 uur\n", "\u200b",
     "\u00ad", "Home | Nieuws | Sport\n", "Door Jan Smit\n", "Updated 14:05 GMT\n",
     "Bijgewerkt 14:05\n", "08:15 De politie belt.\n", "FRANKFURT/MAIN (ANP) - ", "\u2028",
     "\r", "\x85", "Advertisement\n", "(c) ANP\n", "3h\n"]
), max_size=40))
def test_spans_around_markup_never_overlap_and_name_their_lines(pieces: list[str]) -> None:
    # Markup between two spans belongs to one of them: a tag that opens an element to the
    # text after it, one that closes an element to the text before. Lines are those of the
    # span's first and last character, markup included. (A record's span may hold a skip,
    # such as a stray time between its headline and dateline, but never part of one.)
    text = "".join(pieces)
    results = list(parse_all(text, now=NOW))
    assert uncovered(text, results) == []
    lines = Lines(text)
    spans = sorted((r.source.start, r.source.end) for r in results)
    for k, (_, b) in enumerate(spans):
        for c, d in spans[k + 1 :]:
            assert b <= c or d <= b, text  # apart, or the second inside the first
    for r in results:
        if r.source.end > r.source.start:
            assert r.source.line_start == lines.at(r.source.start)[0]
            assert r.source.line_end == lines.at(r.source.end - 1)[0]


def test_markup_before_a_rule_line_is_in_one_skip() -> None:
    # The rule's skip stays on the page it ends; the tag beside it is the next page's markup,
    # once: the rule's skip used to take it too.
    text = "Kop\n<p>-----\nKop\n"
    results = list(parse_all(text, now=NOW))
    assert [(getattr(r, "reason", "record"), r.source.start, r.source.end) for r in results] == [
        ("record", 0, 3), ("page-separator", 7, 12), ("markup", 4, 7), ("record", 13, 16)
    ]


@pytest.mark.parametrize("blank", ["\u200b", "\u00ad", "\ufeff", " "])
def test_markup_across_an_invisible_blank_stays_with_its_text(blank: str) -> None:
    text = f"Kop\n<p>{blank}ROME (ANP) - Een.{blank}</p>\n"
    results = list(parse_all(text, now=NOW))
    assert [(type(r).__name__, r.source.start, r.source.end) for r in results] == [
        ("Record", 0, len(text) - 1)
    ]


@settings(max_examples=300)
@given(pages(times=TIMES + FOREIGN_TIMES))
def test_generated_pages_give_their_items(page: Page) -> None:
    records = parse(page.text, now=NOW)
    assert len(records) == 1 + len(page.teasers)
    lead, *teasers = records
    assert lead.kind == "article"
    assert lead.headline == page.headline
    assert lead.section == page.section
    assert lead.dateline is not None and lead.dateline.text == page.lead.dateline
    assert lead.body.split("\n\n") == [" ".join(p.split()) for p in page.lead.paragraphs]
    assert lead.published is None
    for record, item in zip(teasers, page.teasers, strict=True):
        assert record.kind == "teaser"
        assert record.section == page.section
        assert record.dateline is not None and record.dateline.text == item.dateline
        assert record.body == " ".join(item.paragraphs[0].split())
        assert record.published is not None and record.published.text == item.time
        assert not any(w.code == "time-order-guessed" for w in record.warnings)


@settings(max_examples=300)
@given(pages(times=TIMES + FOREIGN_TIMES))
def test_generated_pages_spans_slice_back(page: Page) -> None:
    text = page.text
    results = list(parse_all(text, now=NOW))
    assert uncovered(text, results) == []
    for r in results:
        src = r.source
        assert src.line_start == text.count("\n", 0, src.start) + 1
        assert src.line_end == text.count("\n", 0, max(src.end - 1, src.start)) + 1
        if isinstance(r, Skipped):
            assert text[src.start : src.end] == r.text
            continue
        chunk = text[src.start : src.end]
        if r.headline:
            assert chunk.startswith(r.headline)
        if r.dateline:
            a, b = r.dateline.span
            assert src.start <= a < b <= src.end
            assert " ".join(text[a:b].split()) == r.dateline.text
            assert " ".join(text[r.dateline.end :].split()).startswith(r.body.split("\n\n")[0])
        if r.published:
            a, b = r.published.span
            assert src.start <= a < b <= src.end
            assert text[a:b] == r.published.text


@settings(max_examples=100)
@given(pages())
def test_same_item_text_gives_the_same_id(page: Page) -> None:
    first = parse(page.text, now=NOW)
    # Another file, another time, other wrapping: the same items keep their ids.
    again = parse("Other page\n" + page.text.replace(" ", "  "), now=NOW + timedelta(days=3))
    assert [r.id for r in first] == [r.id for r in again][-len(first) :]


@settings(max_examples=100)
@given(pages())
def test_naive_now_gives_naive_times(page: Page) -> None:
    for r in parse(page.text, now=NOW.replace(tzinfo=None)):
        if r.published:
            assert r.published.value.tzinfo is None
            assert r.published.value <= NOW.replace(tzinfo=None)


@settings(max_examples=200)
@given(st.lists(st.sampled_from(
    ["Kop\n", "ROME (ANP) - ", "Tekst.", "\n", "Meer uit Binnenland\n", "5 uur geleden",
     "10 minuten geleden\n", "<p>", "&amp;", "-----\n", "\f", "11:40 Kop\n", "x "]
), max_size=40))
def test_records_come_in_input_order_with_or_without_skips(pieces: list[str]) -> None:
    # parse() builds no skips at all; its records must be those parse_all() gives, in order.
    text = "".join(pieces)
    records = parse(text, now=NOW)
    assert records == [r for r in parse_all(text, now=NOW) if isinstance(r, Record)]
    starts = [r.source.start for r in records]
    assert starts == sorted(starts)


@settings(max_examples=150)
@given(
    st.lists(pages(), min_size=1, max_size=6),
    st.lists(st.sampled_from([
        "", "\n", "Los kopje\n", "ROME (ANP) - Zonder kop.\n", "\f", "\n\f\n", "Kop\f",
        "<div>\n", "<p>", "</p>\n", "&amp;\n", "-----\n", "\n=====\n=====\n\n", "\f-----\n",
    ]), min_size=6, max_size=6),
    st.integers(min_value=1, max_value=400),
)
def test_blocks_give_the_pages_one_pass_gives(
    generated: list[Page], between: list[str], size: int
) -> None:
    # Pages appended as scrapers do, with odd lines, rule lines, page breaks and markup
    # between some of them; cut into blocks of a few hundred characters, they must read
    # exactly as in one pass: the same records, skips, offsets, lines and page numbers.
    text = "".join(p.text.lstrip("\ufeff") + "\n" + extra for p, extra in zip(
        generated, between, strict=False
    ))
    one = Session(text, now=NOW)
    whole = [i.to_dict() for i in one.items(one.pages())]
    cut = Session(text, now=NOW)
    blocks = list(cut.blocks(size=size))
    assert [i.to_dict() for pages in blocks for i in cut.items(pages)] == whole


PLAIN = "Kop {n}\nROME (ANP) - Tekst {n}.\nMeer uit Sport\nOSLO (ANP) - Een.\n1 uur geleden\n"
# Teasers with headlines: a headline over a dateline is no sure page start in such a list.
HEADED = PLAIN.replace("OSLO", "Teaserkop\nOSLO")


def test_blocks_are_cut_where_a_page_surely_begins() -> None:
    text = "".join(PLAIN.format(n=n) for n in range(60))
    session = Session(text, now=NOW)
    blocks = list(session.blocks(size=400))
    starts = [pages[0].tokens[0].start for pages in blocks]
    assert len(blocks) > 1 and starts[0] == 0
    for a, b in pairwise(starts):
        assert text[b:].startswith("Kop ") and text[b - 1] == "\n"
        assert 400 <= b - a <= 400 + len(PLAIN) + 2  # cut at the first page start past 400
    assert [p.number for pages in blocks for p in pages] == list(range(1, 61))


def test_a_cut_one_pass_would_not_make_leaves_the_rest_in_one_block() -> None:
    text = "".join(HEADED.format(n=n) for n in range(60))
    session = Session(text, now=NOW)
    blocks = list(session.blocks(size=400))
    assert len(blocks) == 1
    one = Session(text, now=NOW)
    assert [i.to_dict() for i in session.items(blocks[0])] == [
        i.to_dict() for i in one.items(one.pages())
    ]


def test_a_long_stretch_without_pages_ends_one_block_not_the_rest() -> None:
    # 150 KB of prose with no headline over a dateline: the cut is looked for again every
    # block's length on, and found past the stretch; before, the rest came in one block.
    plain = "".join(PLAIN.format(n=n) for n in range(400))
    prose = "Een lange alinea zonder kop en zonder plaats.\n" * 3300
    text = plain + prose + plain
    assert len(prose) > 150_000
    session = Session(text, now=NOW)
    blocks = list(session.blocks(size=20_000))
    starts = [pages[0].tokens[0].start for pages in blocks]
    assert sum(1 for start in starts if start >= len(plain) + len(prose)) > 1
    assert max(b - a for a, b in pairwise([*starts, len(text)])) < len(prose) + 20_000
    one = Session(text, now=NOW)
    assert [i.to_dict() for pages in blocks for i in session.items(pages)] == [
        i.to_dict() for i in one.items(one.pages())
    ]


def test_a_cut_looked_for_once_is_not_looked_for_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # The CLI asks for the first block to decide whether to start workers; text without a
    # sure page start is one block, which it then reads itself, without a second search.
    text = "Een lange alinea zonder kop en zonder plaats.\n" * 3000
    session = Session(text, now=NOW)
    searches: list[int] = []
    look = session._look_for_cut

    def counted(pos: int, stop: int, step: int) -> int:
        searches.append(pos)
        return look(pos, stop, step)

    monkeypatch.setattr(session, "_look_for_cut", counted)
    assert next(session.block_ranges(size=20_000))[:2] == (0, len(text))
    assert sum(len(pages) for pages in session.blocks(size=20_000)) == 1
    assert searches == [20_000]


@pytest.mark.parametrize(
    "between", ["\n\n\n<div>\n\n\n", "\n \n \n<div></div>\n \n \n", "\n\n\n<div>\n\n\n-----\n"]
)
def test_markup_between_pages_is_kept_where_one_pass_keeps_it(between: str) -> None:
    # Markup alone between two pages, away from both, is a skip of the later page in one
    # pass; a block that starts at that page must take it too, and the block before must
    # leave it.
    text = between.join(PLAIN.format(n=n) for n in range(12))
    one = Session(text, now=NOW)
    whole = [i.to_dict() for i in one.items(one.pages())]
    markup = [i for i in one.items(one.pages()) if isinstance(i, Skipped) and i.reason == "markup"]
    assert [i.source.page for i in markup] == list(range(2, 13))
    cut = Session(text, now=NOW)
    blocks = list(cut.blocks(size=100))
    assert len(blocks) > 5
    assert [i.to_dict() for pages in blocks for i in cut.items(pages)] == whole


@pytest.mark.parametrize(
    ("between", "cut"),
    [
        ("-----\n", True),
        ("\f\n", True),
        ("\f", True),  # a form feed opens the headline's line, as print dumps have it
        ("\n \f\f", True),
        ("-----\n\f", True),
        ("\n=====\n=====\n\n", False),
        ("\f-----\n", False),
        ("-----\n-----\n\f", False),
    ],
)
def test_a_page_a_rule_or_break_opens_is_not_cut_from_its_article(
    between: str, cut: bool
) -> None:
    # After a rule line or a page break the next page is open but empty; one pass fills it
    # with the next headline's article. After a second one, the opened page holds the
    # skipped rule: a cut at that headline counted it as a page of its own, and every page
    # after it one too many. After one, the cut holds, and the rule stays with its page.
    text = between.join(PLAIN.format(n=n) for n in range(12))
    one = Session(text, now=NOW)
    whole = [i.to_dict() for i in one.items(one.pages())]
    assert max(i["source"]["page"] for i in whole) == 12  # type: ignore[index]
    session = Session(text, now=NOW)
    blocks = list(session.blocks(size=100))
    assert (len(blocks) > 5) is cut
    assert [i.to_dict() for pages in blocks for i in session.items(pages)] == whole
