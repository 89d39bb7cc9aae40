"""``newswire convert``: many inputs to JSON Lines, JSON, CSV or ninjs, for the CLI.

All I/O lives here (reading inputs, writing outputs through temporary files renamed into
place); parsing and rendering are the library's. Each input is converted on its own, in
worker processes with ``--jobs``; the parent writes the results in input order.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from newswire.files import InputError, read_input
from newswire.parser import Session
from newswire.records import Record
from newswire.render import CSV_COLUMNS, csv_row, ninjs

TARGETS = ("jsonl", "json", "csv", "ninjs")
SUFFIXES = {"jsonl": ".jsonl", "json": ".json", "csv": ".csv", "ninjs": ".ninjs.jsonl"}
INPUT_FORMATS = ("auto", "text", "jsonl", "records")


class Settings(NamedTuple):
    """What every input of a run shares."""

    now: datetime | None
    zone: Any
    lang: str | None
    input_format: str
    text_field: str
    now_field: str | None


class Job(NamedTuple):
    """One input, and where its own output goes in folder mode (else None)."""

    source: str
    output: Path | None


class Done(NamedTuple):
    """What converting one input gave: its records as JSON objects, or why it failed."""

    job: Job
    records: list[dict[str, Any]]
    error: str | None


def collect(inputs: list[str], pattern: str, out_dir: Path | None, target: str) -> list[Job]:
    """Files named, folders searched recursively for ``pattern``, and ``-`` for stdin; in
    folder mode each with its output path, mirroring the input tree."""
    jobs = []
    for arg in inputs:
        path = Path(arg)
        if arg != "-" and path.is_dir():
            for found in sorted(p for p in path.rglob(pattern) if p.is_file()):
                jobs.append(Job(str(found), _output(out_dir, found.relative_to(path), target)))
        else:
            jobs.append(Job(arg, _output(out_dir, Path(path.name or "stdin"), target)))
    return jobs


def _output(out_dir: Path | None, relative: Path, target: str) -> Path | None:
    if out_dir is None:
        return None
    name = relative.name
    stem = name[: -len(relative.suffix)] if relative.suffix else name
    return out_dir / relative.parent / f"{stem}{SUFFIXES[target]}"


def convert(job: Job, settings: Settings) -> Done:
    """Read and parse one input (a page, a scraper dump, or records) into record objects."""
    try:
        source = read_input(job.source)
        kind = settings.input_format
        if kind == "auto":
            kind = "records" if _looks_like_records(source.text) else "text"
        if kind == "records":
            return Done(job, [json.loads(line) for line in source.text.splitlines()
                              if line.strip()], None)
        if kind == "jsonl":
            return Done(job, list(_dump_records(source.name, source.text, settings)), None)
        now, origin = _reference(settings, source.mtime)
        session = Session(source.text, now=now, lang=settings.lang, source=source.name,
                          now_source=origin)
        records = [
            item.to_dict() for item in session.items(session.pages())
            if isinstance(item, Record)
        ]
        return Done(job, records, None)
    except InputError as e:
        return Done(job, [], str(e))
    except (ValueError, KeyError, TypeError) as e:
        return Done(job, [], f"{job.source}: {e}")


def _looks_like_records(text: str) -> bool:
    first = text.lstrip()[:2000].split("\n", 1)[0]
    try:
        obj = json.loads(first)
    except ValueError:
        return False
    return isinstance(obj, dict) and "id" in obj and "kind" in obj and "body" in obj


def _reference(settings: Settings, mtime: float | None) -> tuple[datetime, str]:
    if settings.now is not None:
        return settings.now, "option"
    if mtime is not None:
        return datetime.fromtimestamp(mtime, settings.zone), "file-mtime"
    return datetime.now(settings.zone), "clock"


def _dump_records(name: str, text: str, settings: Settings) -> Iterator[dict[str, Any]]:
    """A scraper's dump: one page per JSON line, its capture time in ``now_field``."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            page = json.loads(line)
            body = page[settings.text_field]
        except (ValueError, KeyError, TypeError):
            raise ValueError(
                f"line {number}: no JSON object with a {settings.text_field!r} field"
            ) from None
        now, origin = _reference(settings, None)
        if settings.now_field and page.get(settings.now_field):
            now = datetime.fromisoformat(str(page[settings.now_field]))
            if now.tzinfo is None:
                now = now.replace(tzinfo=settings.zone)
            origin = "dump-field"
        meta = {k: v for k, v in page.items() if k not in (settings.text_field,)}
        session = Session(body, now=now, lang=settings.lang, source=f"{name}:{number}",
                          now_source=origin)
        for item in session.items(session.pages()):
            if isinstance(item, Record):
                record = item.to_dict()
                record["meta"] = meta
                yield record


def _json(obj: object) -> str:
    # As parse writes: characters as they are, not \u escapes.
    return json.dumps(obj, ensure_ascii=False)


class Writer:
    """One output stream in a target format; the CSV header and the JSON array's brackets
    come once per stream."""

    def __init__(self, out: TextIO, target: str) -> None:
        self.out = out
        self.target = target
        self.count = 0
        self._csv = csv.writer(out, lineterminator="\r\n") if target == "csv" else None
        if self._csv is not None:
            self._csv.writerow(CSV_COLUMNS)
        elif target == "json":
            out.write("[")

    def write(self, record: dict[str, Any]) -> None:
        if self._csv is not None:
            self._csv.writerow(csv_row(record))
        elif self.target == "json":
            self.out.write(("," if self.count else "") + "\n" + _json(record))
        else:
            obj = ninjs(record) if self.target == "ninjs" else record
            self.out.write(_json(obj) + "\n")
        self.count += 1

    def close(self) -> None:
        if self.target == "json":
            self.out.write("\n]\n" if self.count else "]\n")


class AtomicFile:
    """A file written beside its destination and renamed into place on commit: readers never
    see half an output, and an interrupted run leaves none."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self.path = path
        self.temp = Path(name)
        # Kept open across calls, closed by commit or discard.
        self.file: TextIO = open(fd, "w", encoding="utf-8", newline="")  # noqa: SIM115

    def commit(self) -> None:
        self.file.close()
        os.replace(self.temp, self.path)

    def discard(self) -> None:
        self.file.close()
        self.temp.unlink(missing_ok=True)


def same_file(a: Path, b: str) -> bool:
    try:
        return b != "-" and a.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def stdout_text() -> TextIO:
    return sys.stdout
