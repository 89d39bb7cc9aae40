"""Output formats: JSON Lines, a JSON array, and a table for people at a terminal.

Writers take an iterable of records (and skips) and a text stream; they stream where the format
allows, so a pipeline sees the first record before the last file is parsed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from itertools import islice
from typing import TextIO

from newswire.dateline import Dateline, Place
from newswire.records import Record, ReferenceTime, Skipped, Source

FORMATS = ("jsonl", "json", "table")

try:  # the C string encoder json itself uses; importing all of json costs start-up time
    from _json import encode_basestring as _string
except ImportError:  # pragma: no cover - Pythons without the C accelerator
    from json.encoder import py_encode_basestring as _string


def _opt(value: str | None) -> str:
    return "null" if value is None else _string(value)


def _number(value: int | float | None) -> str:
    # int spelt out: geonames ids are written as integers, which a float annotation would
    # let a compiler (mypyc) turn into 112931.0.
    return "null" if value is None else repr(value)


def _dateline_json(dl: Dateline) -> str:
    places = ", ".join(
        f'{{"name": {_string(p.name)}, "qualifier": {_opt(p.qualifier)}, '
        f'"canonical": {_opt(p.canonical)}, "country": {_opt(p.country)}, '
        f'"geonames_id": {_number(p.geonames_id)}, "lat": {_number(p.lat)}, '
        f'"lon": {_number(p.lon)}}}'
        for p in dl.places
    )
    agencies = ", ".join(
        f'{{"code": {_string(a.code)}, "name": {_opt(a.name)}, "country": {_opt(a.country)}}}'
        for a in dl.agencies
    )
    return (
        f'{{"text": {_string(dl.text)}, "places": [{places}], "agencies": [{agencies}], '
        f'"date_text": {_opt(dl.date_text)}}}'
    )


class JsonEncoder:
    """Records as JSON text, byte for byte what ``json.dumps(record.to_dict())`` gives.

    The parts that repeat across records (a dateline, the reference time, the file name, a
    resolved time) are encoded once and reused, which makes writing several times faster
    than building and dumping a dict per record.
    """

    def __init__(self, page_offset: int = 0) -> None:
        self.page_offset = page_offset
        """Added to every page number: a worker that parsed a later share of a file numbers
        its pages from 1 and learns later how many came before."""
        # Keyed by text and by the places' tuple, which the parser shares between the
        # records of one dateline text (a record that read its places in context has its
        # own); the tuple is kept with the text so that its id is not reused.
        self._datelines: dict[tuple[str, int], tuple[tuple[Place, ...], str]] = {}
        self._published: dict[tuple[str, int], tuple[datetime, str]] = {}
        self._reference: tuple[ReferenceTime, str] | None = None
        self._name: tuple[str | None, str] | None = None

    def _source(self, src: Source) -> str:
        if self._name is None or self._name[0] != src.name:
            self._name = (src.name, _opt(src.name))
        return (
            f'{{"name": {self._name[1]}, "start": {src.start}, "end": {src.end}, '
            f'"line_start": {src.line_start}, "line_end": {src.line_end}, '
            f'"page": {src.page + self.page_offset}}}'
        )

    def encode(self, item: Record | Skipped) -> str:
        if isinstance(item, Skipped):
            return (
                f'{{"kind": "skipped", "reason": "{item.reason}", "text": {_string(item.text)}, '
                f'"source": {self._source(item.source)}}}'
            )
        r = item
        if len(self._datelines) + len(self._published) > 50_000:  # bounded on any corpus
            self._datelines.clear()
            self._published.clear()
        dl = r.dateline
        if dl is None:
            dateline = "null"
        else:
            seen = (dl.text, id(dl.places))
            hit_dateline = self._datelines.get(seen)
            if hit_dateline is None or hit_dateline[0] is not dl.places:
                hit_dateline = self._datelines[seen] = (dl.places, _dateline_json(dl))
            dateline = hit_dateline[1]
        pub = r.published
        if pub is None:
            published = "null"
        else:
            # Keyed by the datetime object, which the parser shares between equal times;
            # equal instants in other zones must not share a text.
            key = (pub.text, id(pub.value))
            hit = self._published.get(key)
            if hit is None or hit[0] is not pub.value:
                hit = self._published[key] = (
                    pub.value,
                    f'{{"text": {_string(pub.text)}, "value": "{pub.value.isoformat()}", '
                    f'"precision": "{pub.precision}"}}',
                )
            published = hit[1]
        ref = r.reference_time
        if self._reference is None or self._reference[0] is not ref:
            self._reference = (
                ref, f'{{"value": "{ref.value.isoformat()}", "source": {_string(ref.source)}}}'
            )
        credits = "[" + ", ".join(
            f'{{"name": {_string(c.name)}, "role": {_string(c.role)}}}' for c in r.credits
        ) + "]" if r.credits else "[]"
        warnings = "[" + ", ".join(
            f'{{"code": "{w.code}", "message": {_string(w.message)}}}' for w in r.warnings
        ) + "]" if r.warnings else "[]"
        # Written out rather than through _opt: this runs for every record.
        headline, section, language, byline = r.headline, r.section, r.language, r.byline
        # Two f-strings: CPython builds one of more than 30 parts through a list and join.
        opening = (
            f'{{"id": "{r.id}", "kind": "{r.kind}", '
            f'"headline": {"null" if headline is None else _string(headline)}, '
            f'"section": {"null" if section is None else _string(section)}, '
            f'"language": {"null" if language is None else _string(language)}, '
            f'"dateline": {dateline}, "body": '
        )
        return (
            f'{opening}{_string(r.body)}, '
            f'"byline": {"null" if byline is None else _string(byline)}, '
            f'"credits": {credits}, "published": {published}, '
            f'"reference_time": {self._reference[1]}, "source": {self._source(r.source)}, '
            f'"warnings": {warnings}}}'
        )


def write_jsonl(
    items: Iterable[Record | Skipped], out: TextIO, encoder: JsonEncoder | None = None
) -> int:
    """One JSON object per line; returns how many were written."""
    encoded = map((encoder or JsonEncoder()).encode, items)
    n = 0
    while batch := list(islice(encoded, 256)):
        n += len(batch)
        out.write(lines_text(batch))
    return n


def lines_text(lines: list[str]) -> str:
    """``lines`` as one text, each ended by a newline ("" for none); empties the list."""
    if not lines:
        return ""
    lines.append("")
    text = "\n".join(lines)
    lines.clear()
    return text


class JsonArrayWriter:
    """A JSON array written one element at a time, closed by :meth:`close`."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.n = 0
        self.encoder = JsonEncoder()

    def write(self, items: Iterable[Record | Skipped]) -> int:
        count = 0
        for item in items:
            self.out.write("[\n  " if self.n == 0 else ",\n  ")
            self.out.write(self.encoder.encode(item))
            self.n += 1
            count += 1
        return count

    def close(self) -> None:
        self.out.write("[]\n" if self.n == 0 else "\n]\n")


# Control characters of the input, shown as the symbols Unicode has for them (ESC as ␛):
# written as they are, an escape sequence in a scraped page would recolour the terminal, set
# its title or clear the screen. Tabs and line ends are layout, and left alone.
_VISIBLE: dict[int, int | str] = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_VISIBLE[0x7F] = 0x2421  # ␡
_VISIBLE.update({c: f"\\x{c:02x}" for c in range(0x80, 0xA0)})  # C1 controls have no symbol


def _shown(text: str) -> str:
    """``text`` for a terminal: its line ends as newlines (a skip's text is the input's, CRLF
    and all), its other control characters made visible (see ``_VISIBLE``)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_VISIBLE)


def _when(record: Record) -> str:
    if record.published is None:
        return ""
    value = record.published.value
    if record.published.precision in ("second", "minute", "hour"):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.strftime("%Y-%m-%d")


def write_table(
    items: Iterable[Record | Skipped], out: TextIO, *, styled: bool = True,
    title: str | None = None,
) -> int:
    """A readable table, one row per record (skips as dim rows), under ``title`` (the file's
    name, when several are shown one after another); rich is imported only here.

    ``styled=False`` (the CLI passes it under ``NO_COLOR``) leaves out every escape code,
    bold and dim included, not just the colours.
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # rich would exit 1 here; the reader going away is the CLI's quiet stop, exit 0.
            raise BrokenPipeError

    if styled:
        console = _Console(file=out, soft_wrap=False)
    else:
        console = _Console(file=out, soft_wrap=False, color_system=None)
    table = Table(
        show_lines=True, expand=True, title=None if title is None else Text(_shown(title)),
        title_justify="left",
    )
    table.add_column("line", justify="right", style="dim", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("section", no_wrap=True)
    table.add_column("dateline", ratio=1)
    table.add_column("text", ratio=3)
    n = 0
    for item in items:
        n += 1
        where = f"{item.source.line_start}"
        if isinstance(item, Skipped):
            table.add_row(where, Text("skipped", style="dim"), "", "", "",
                          Text(_shown(f"{item.reason}: {item.text}"), style="dim"))
            continue
        text = Text()
        if item.headline:
            text.append(_shown(item.headline), style="bold")
            text.append("\n")
        first = item.body.split("\n\n", 1)[0]
        text.append(_shown(first if len(first) <= 240 else first[:239] + "…"))
        for w in item.warnings:
            text.append(f"\n⚠ {_shown(w.message)}", style="yellow")
        dateline = item.dateline.text if item.dateline else ""
        table.add_row(
            where, item.kind, _when(item), Text(_shown(item.section or "")),
            Text(_shown(dateline)), text,
        )
    console.print(table)
    return n
