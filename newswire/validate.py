"""Lint wire text and record files: diagnostics as ``path:line:col: level: code: message``.

For wire text, from its parse: unknown agency codes (with the closest known one), datelines
without a separator, items without a time in a list whose other items have one, dangling
times, stretches of text that were skipped, lists whose time order was guessed, places that
may be elsewhere, mojibake and control characters. For record files (JSON Lines), each line
checked against the records' schema, with the path of each field at fault.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import NamedTuple

from newswire.files import json_values, one_line
from newswire.records import Record, Skipped
from newswire.schema import check, load_schema
from newswire.text import Lines

LEVELS = ("error", "warning", "info")


class Diagnostic(NamedTuple):
    """One finding, at a place in a file."""

    path: str
    line: int
    col: int
    level: str
    """``error``, ``warning`` or ``info``."""
    code: str
    message: str

    def __str__(self) -> str:
        # One line, whatever a file's name or a message quoting the input holds.
        return one_line(
            f"{self.path}:{self.line}:{self.col}: {self.level}: {self.code}: {self.message}"
        )

    def to_dict(self) -> dict[str, object]:
        return self._asdict()


_CONTROL = r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]"
# A paragraph opening like a dateline whose separator is missing: "MOSKOU (ANP) De regering".
_NO_SEPARATOR = (
    r"(?m)^[ \t]*([A-ZÀ-Þ'’][A-ZÀ-Þ'’ ./-]{1,40}) ?\(([^()\n]{1,40})\) {1,2}(?=[A-Za-zÀ-ÿ])"
)


def check_text(
    path: str, text: str, items: list[Record | Skipped], decoding: Iterable[str] = ()
) -> list[Diagnostic]:
    """The diagnostics for wire text ``text``, given its parse ``items`` (records and skips)
    and the warnings its decoding gave."""
    from newswire import mojibake
    from newswire.agencies import lookup_agency

    lines = Lines(text)
    out: list[Diagnostic] = []

    def add(offset: int, level: str, code: str, message: str) -> None:
        line, col = lines.at(offset)
        out.append(Diagnostic(path, line, col, level, code, message))

    for message in decoding:
        # "name:line: message", from the decoder.
        head, _, rest = message.partition(": ")
        line_text = head.rsplit(":", 1)[-1]
        line = int(line_text) if line_text.isdigit() else 1
        out.append(Diagnostic(path, line, 1, "warning", "decoding", rest or message))
    records = [i for i in items if isinstance(i, Record)]
    for item in items:
        if isinstance(item, Skipped):
            if item.reason == "orphan-time":
                add(item.source.start, "warning", "dangling-time",
                    f"time {item.text!r} belongs to no item")
            elif item.reason == "preamble":
                add(item.source.start, "info", "skipped",
                    f"text before the page's first item is in no record: {item.text[:60]!r}")
    for record in records:
        start = record.source.start
        # The record's unknown-agency warnings come in the order of its unknown codes.
        unknown = iter(
            [a.code for a in record.dateline.agencies if not a.known] if record.dateline else []
        )
        for problem in record.warnings:
            if problem.code == "unknown-agency" and record.dateline is not None:
                code = next(unknown, "")
                at = record.dateline.span[0] + max(record.dateline.text.find(code), 0)
                add(at, "warning", "unknown-agency", problem.message)
            elif problem.code in ("time-order-guessed", "place-ambiguous", "html"):
                add(start, "warning", problem.code, problem.message)
    # A list's items without a time while the others have one.
    groups: dict[tuple[int, str | None], list[Record]] = {}
    for record in records:
        if record.kind == "teaser":
            groups.setdefault((record.source.page, record.section), []).append(record)
    for group in groups.values():
        timed = sum(r.published is not None for r in group)
        if 0 < timed < len(group):
            for r in group:
                if r.published is None:
                    add(r.source.start, "warning", "no-time",
                        f"item without a time in a list whose {timed} other items have one")
    for m in re.finditer(_NO_SEPARATOR, text):
        codes = re.split(r"[/,]", m.group(2))
        if any(lookup_agency(c.strip()) for c in codes):
            add(m.start(1), "warning", "dateline-without-separator",
                f"{m.group(0).strip()!r} reads like a dateline without its dash")
    for repair in mojibake.find(text):
        add(repair.start, "warning", "mojibake",
            f"UTF-8 once read as Windows-1252: parse reads {repair}")
    for m in re.finditer(_CONTROL, text):
        add(m.start(), "warning", "control-character",
            f"control character U+{ord(m.group()):04X} in the text")
    out.sort(key=lambda d: (d.line, d.col, LEVELS.index(d.level), d.code))
    return out


def check_records(path: str, text: str) -> list[Diagnostic]:
    """The diagnostics for a file of records (JSON Lines, or a JSON array): each record
    against the schema."""
    schema = load_schema()
    out = []
    for number, column, record in json_values(text):
        if isinstance(record, ValueError):
            message = record.msg if isinstance(record, json.JSONDecodeError) else str(record)
            out.append(Diagnostic(path, number, column, "error", "invalid-json", message))
            continue
        for field, message in check(record, schema):
            where = f"{field}: " if field else ""
            out.append(Diagnostic(path, number, column, "error", "schema", f"{where}{message}"))
    return out


def is_record_file(path: str, text: str) -> bool:
    """Whether a file holds records (JSON Lines, or a JSON array of them) rather than wire
    text."""
    if path.endswith((".jsonl", ".ndjson", ".json")):
        return True
    return re.match(r"\{|\[\s*[{\]]", text.lstrip("\ufeff \t\r\n")) is not None
