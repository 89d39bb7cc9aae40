"""Output formats: JSON Lines, a JSON array, and a table for people at a terminal.

Writers take an iterable of records (and skips) and a text stream; they stream where the format
allows, so a pipeline sees the first record before the last file is parsed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from newswire.dateline import Dateline
from newswire.records import Record, Skipped, Source

FORMATS = ("jsonl", "json", "table")

try:  # the C string encoder json itself uses; importing all of json costs start-up time
    from _json import encode_basestring as _string
except ImportError:  # pragma: no cover - Pythons without the C accelerator
    from json.encoder import py_encode_basestring as _string


def _opt(value: str | None) -> str:
    return "null" if value is None else _string(value)


def _dateline_json(dl: Dateline) -> str:
    places = ", ".join(f'{{"name": {_string(p.name)}}}' for p in dl.places)
    agencies = ", ".join(
        f'{{"code": {_string(a.code)}, "name": {_opt(a.name)}, "country": {_opt(a.country)}}}'
        for a in dl.agencies
    )
    return (
        f'{{"text": {_string(dl.text)}, "places": [{places}], "agencies": [{agencies}], '
        f'"date_text": {_opt(dl.date_text)}}}'
    )


def _source_json(src: Source, name: str) -> str:
    return (
        f'{{"name": {name}, "start": {src.start}, "end": {src.end}, '
        f'"line_start": {src.line_start}, "line_end": {src.line_end}, "page": {src.page}}}'
    )


class JsonEncoder:
    """Records as JSON text, byte for byte what ``json.dumps(record.to_dict())`` gives.

    The parts that repeat across records (a dateline, the reference time, the file name, a
    resolved time) are encoded once and reused, which makes writing several times faster
    than building and dumping a dict per record.
    """

    def __init__(self) -> None:
        self._parts: dict[object, tuple[object, str]] = {}

    def _part(self, key: object, keep: object, make: Callable[[], str]) -> str:
        # ``keep`` holds the keyed object alive, so an id() used in ``key`` stays unique.
        hit = self._parts.get(key)
        if hit is None:
            if len(self._parts) > 100_000:
                self._parts.clear()
            hit = self._parts[key] = (keep, make())
        return hit[1]

    def encode(self, item: Record | Skipped) -> str:
        if isinstance(item, Skipped):
            name = self._part(("name", item.source.name), None, lambda: _opt(item.source.name))
            return (
                f'{{"kind": "skipped", "reason": "{item.reason}", "text": {_string(item.text)}, '
                f'"source": {_source_json(item.source, name)}}}'
            )
        r = item
        dl = r.dateline
        dateline = "null" if dl is None else self._part(
            ("dateline", dl.text), dl, lambda: _dateline_json(dl)
        )
        pub = r.published
        if pub is None:
            published = "null"
        else:
            value = self._part(("value", id(pub.value)), pub.value, pub.value.isoformat)
            published = (
                f'{{"text": {_string(pub.text)}, "value": "{value}", '
                f'"precision": "{pub.precision}"}}'
            )
        ref = r.reference_time
        reference = self._part(
            ("ref", id(ref)), ref,
            lambda: f'{{"value": "{ref.value.isoformat()}", "source": {_string(ref.source)}}}',
        )
        src = r.source
        name = self._part(("name", src.name), None, lambda: _opt(src.name))
        source = _source_json(src, name)
        warnings = "[" + ", ".join(
            f'{{"code": "{w.code}", "message": {_string(w.message)}}}' for w in r.warnings
        ) + "]"
        headline = "null" if r.headline is None else _string(r.headline)
        section = "null" if r.section is None else _string(r.section)
        language = "null" if r.language is None else f'"{r.language}"'
        return (
            f'{{"id": "{r.id}", "kind": "{r.kind}", "headline": {headline}, '
            f'"section": {section}, "language": {language}, "dateline": {dateline}, '
            f'"body": {_string(r.body)}, "published": {published}, '
            f'"reference_time": {reference}, "source": {source}, "warnings": {warnings}}}'
        )


def write_jsonl(
    items: Iterable[Record | Skipped], out: TextIO, encoder: JsonEncoder | None = None
) -> int:
    """One JSON object per line; returns how many were written."""
    encode = (encoder or JsonEncoder()).encode
    n = 0
    batch: list[str] = []
    for item in items:
        batch.append(encode(item))
        n += 1
        if len(batch) >= 256:
            batch.append("")
            out.write("\n".join(batch))
            batch.clear()
    if batch:
        batch.append("")
        out.write("\n".join(batch))
    return n


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


def _when(record: Record) -> str:
    if record.published is None:
        return ""
    value = record.published.value
    if record.published.precision in ("second", "minute", "hour"):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.strftime("%Y-%m-%d")


def write_table(items: Iterable[Record | Skipped], out: TextIO, *, styled: bool = True) -> int:
    """A readable table, one row per record (skips as dim rows); rich is imported only here.

    ``styled=False`` (the CLI passes it under ``NO_COLOR``) leaves out every escape code,
    bold and dim included, not just the colours.
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    if styled:
        console = Console(file=out, soft_wrap=False)
    else:
        console = Console(file=out, soft_wrap=False, color_system=None)
    table = Table(show_lines=True, expand=True)
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
                          Text(f"{item.reason}: {item.text}", style="dim"))
            continue
        text = Text()
        if item.headline:
            text.append(item.headline, style="bold")
            text.append("\n")
        first = item.body.split("\n\n", 1)[0]
        text.append(first if len(first) <= 240 else first[:239] + "…")
        for w in item.warnings:
            text.append(f"\n⚠ {w.message}", style="yellow")
        dateline = item.dateline.text if item.dateline else ""
        table.add_row(where, item.kind, _when(item), item.section or "", dateline, text)
    console.print(table)
    return n
