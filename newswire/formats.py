"""Output formats: JSON Lines, a JSON array, and a table for people at a terminal.

Writers take an iterable of records (and skips) and a text stream; they stream where the format
allows, so a pipeline sees the first record before the last file is parsed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from newswire.records import Record, Skipped

FORMATS = ("jsonl", "json", "table")

_encode = json.JSONEncoder(ensure_ascii=False).encode


def write_jsonl(items: Iterable[Record | Skipped], out: TextIO) -> int:
    """One JSON object per line; returns how many were written."""
    n = 0
    write = out.write
    for item in items:
        write(_encode(item.to_dict()))
        write("\n")
        n += 1
    return n


class JsonArrayWriter:
    """A JSON array written one element at a time, closed by :meth:`close`."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.n = 0

    def write(self, items: Iterable[Record | Skipped]) -> int:
        count = 0
        for item in items:
            self.out.write("[\n  " if self.n == 0 else ",\n  ")
            self.out.write(_encode(item.to_dict()))
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
