"""``newswire convert``: many inputs to JSON Lines, JSON, CSV or ninjs, for the CLI.

All I/O lives here (reading inputs, writing outputs through temporary files renamed into
place); parsing and rendering are the library's. Each input is converted on its own, in
worker processes with ``--jobs``; the parent writes the results in input order.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import dataclasses
import functools
import io
import json
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from newswire.files import (
    VALUES_OPENING,
    InputError,
    OutputError,
    cannot_write,
    checked,
    decode,
    decoding_problems,
    json_line,
    json_values,
    not_utf8,
    read_escapes,
    read_input,
    reference_time,
    shown_name,
)
from newswire.formats import JsonEncoder
from newswire.parser import Session
from newswire.pool import signals_held
from newswire.records import Record
from newswire.render import CSV_COLUMNS, csv_row, ninjs
from newswire.text import count_line_ends

TARGETS = ("jsonl", "json", "csv", "ninjs")
SUFFIXES = {"jsonl": ".jsonl", "json": ".json", "csv": ".csv", "ninjs": ".ninjs.jsonl"}
INPUT_FORMATS = ("auto", "text", "jsonl", "records")


class Settings(NamedTuple):
    """What every input of a run shares."""

    target: str
    now: datetime | None
    zone: Any
    lang: str | None
    input_format: str
    text_field: str
    now_field: str | None
    encoding: str | None = None


class Job(NamedTuple):
    """One input, and where its own output goes in folder mode (else None)."""

    source: str
    output: Path | None


class Done(NamedTuple):
    """What converting one input gave: each record's id, text in the target format and
    number of warnings; or why it failed. Rendered in the worker: the parent only writes.
    When the worker wrote the input's own output itself, ``records`` is empty and
    ``written`` and ``warnings`` count what it wrote."""

    job: Job
    records: list[tuple[str, str, int]]
    error: str | None
    written: int = 0
    warnings: int = 0
    large: bool = False
    notes: tuple[str, ...] = ()
    """Warnings about the input itself (its decoding), for the parent to print."""
    line_errors: tuple[str, ...] = ()
    """Lines of a scraper dump that could not be read, each an error for the parent to
    print; the input's other lines are converted."""


# What surrogateescape makes of a byte that is not UTF-8.
_ESCAPED = re.compile("[\udc80-\udcff]")
# Inputs larger than this are read and converted piece by piece, so memory stays bounded.
STREAM_SIZE = 32 << 20
_BLOCK = 4 << 20


def convert_and_write(job: Job, settings: Settings) -> Done:
    """Convert one input and write its own output (folder mode, no deduplication), in the
    worker: the parent then has nothing to write."""
    done = convert(job, settings)
    if done.error is not None or done.large or job.output is None or done.line_errors:
        return done  # a dump with bad lines: the parent writes it, or stops (--on-error)
    pending: list[AtomicFile] = []
    try:
        out = AtomicFile(job.output, pending)
        writer = Writer(out.out, settings.target)
        for _, text, _ in done.records:
            writer.write(text)
        writer.close()
        out.commit()
    finally:
        discard_all(pending)
    return Done(job, [], None, len(done.records), sum(w for _, _, w in done.records),
                notes=done.notes)


def collect(inputs: list[str], pattern: str, out_dir: Path | None, target: str) -> list[Job]:
    """Files named, folders searched recursively for ``pattern``, and ``-`` for stdin; in
    folder mode each with its output path, mirroring the input tree."""
    jobs = []
    for arg in inputs:
        path = Path(arg)
        if arg != "-" and path.is_dir():
            # A link to nothing is kept, to be reported as missing rather than passed over.
            found_files = (p for p in path.rglob(pattern) if p.is_file() or not p.exists())
            for found in sorted(found_files):
                jobs.append(Job(str(found), _output(out_dir, found.relative_to(path), target)))
        else:
            name = "stdin" if arg == "-" else path.name
            jobs.append(Job(arg, _output(out_dir, Path(name), target)))
    return jobs


def _output(out_dir: Path | None, relative: Path, target: str) -> Path | None:
    if out_dir is None:
        return None
    name = relative.name
    stem = name[: -len(relative.suffix)] if relative.suffix else name
    return out_dir / relative.parent / f"{stem}{SUFFIXES[target]}"


def convert(job: Job, settings: Settings) -> Done:
    """Read and parse one input (a page, a scraper dump, or records), and render its
    records in the target format."""
    try:
        if _large(job.source, settings):
            return Done(job, [], None, large=True)
        source = read_input(job.source, settings.encoding)
        kind = settings.input_format
        if kind == "auto":
            kind = "records" if _looks_like_records(source.text) else "text"
            if kind == "text" and _JSON_OPENING.match(source.text) is not None:
                return Done(job, [], f"{shown_name(job.source)}: JSON, but no newswire records "
                            "(a scraper's dump, one page per line: --input-format jsonl)")
        render = _renderer(settings.target)
        if kind == "records":
            bad: list[str] = []
            dicts = _record_lines(source.name, source.text, bad)
            return Done(job, [render(d) for d in dicts], None, line_errors=tuple(bad))
        if kind == "jsonl":
            bad = []
            dumped = _dump_records(source.name, source.text, settings, bad)
            return Done(job, [render(d) for d in dumped], None, line_errors=tuple(bad))
        now, origin = _reference(settings, source.mtime)
        session = Session(source.text, now=now, lang=settings.lang, source=source.name,
                          now_source=origin)
        records = [i for i in session.records(skipped=False) if isinstance(i, Record)]
        if source.warnings:  # as parse does: each record says its input was mis-encoded
            extra = decoding_problems(source.warnings)
            records = [dataclasses.replace(r, warnings=extra + r.warnings) for r in records]
        if settings.target in ("jsonl", "json"):
            # The parser's own encoder: what parse writes, several times faster than dumps.
            encode = JsonEncoder().encode
            lines = [(r.id, encode(r), len(r.warnings)) for r in records]
        else:
            lines = [render(r.to_dict()) for r in records]
        return Done(job, lines, None, notes=source.warnings)
    except InputError as e:
        return Done(job, [], str(e))
    except (ValueError, KeyError, TypeError) as e:
        return Done(job, [], f"{job.source}: {e}")


def _large(path: str, settings: Settings) -> bool:
    if path == "-" or settings.input_format not in ("auto", "text") or settings.encoding:
        return False
    try:
        if os.path.getsize(path) <= STREAM_SIZE:
            return False
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return False  # read_input reports it
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16: read whole
    try:
        decode(head, path)
    except InputError:
        return False  # binary: read_input says so
    return _JSON_OPENING.match(head.decode("utf-8", errors="replace")) is None


def decoding_warning(name: str) -> str | None:
    """The warning a whole read gives a large file that is not all UTF-8 (see
    :func:`~newswire.files.decode`), read in pieces; None if it is all UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    lines, line, windows, before, tail = 0, None, False, "", b""
    with open(name, "rb") as f:
        while True:
            data = f.read(_BLOCK)
            text = decoder.decode(data, final=not data)
            escaped = _ESCAPED.search(text)
            if escaped is not None:
                if line is None:
                    line = lines + count_line_ends(text, 0, escaped.start()) + 1
                # The bytes of a sequence cut at a block's end are decoded with the next.
                windows = windows or read_escapes(text, tail + data)[1]
            lines += count_line_ends(text) - (before == "\r" and text[:1] == "\n")
            before, tail = text[-1:], data[-3:]
            if not data:
                break
    return None if line is None else not_utf8(shown_name(name), line, windows)


def stream(
    job: Job, settings: Settings, warning: str | None
) -> Iterator[tuple[str, str, int]]:
    """A large text input converted piece by piece: blocks of a few megabytes, each cut where
    a page surely begins, so that memory stays bounded whatever the input's size. Records
    carry offsets, lines and pages counted from the input's start, and warnings, as a whole
    parse gives: ``warning`` is the input's :func:`decoding_warning`."""
    render = _renderer(settings.target)
    name = job.source
    shown = shown_name(name)
    extra = [p.to_dict() for p in decoding_problems([warning] if warning else [])]
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    now, origin = _reference(settings, os.path.getmtime(name))
    chars = lines = pages_before = 0
    carry, tail = "", b""
    with open(name, "rb") as f:
        while True:
            data = f.read(_BLOCK)
            final = not data
            piece = decoder.decode(data, final=final)
            if warning is not None:
                piece = read_escapes(piece, tail + data)[0]
                tail = data[-3:]
            text = carry + piece
            session = Session(text, now=now, lang=settings.lang, source=shown, now_source=origin)
            norm = session.norm
            cut = len(norm.text)
            if not final:
                points = session.split_points(2)
                if not points and len(text) < 8 * _BLOCK:
                    carry = text
                    continue  # no page starts in sight: read on
                if points:
                    cut = points[0]
            pages = session.pages(0, cut)
            if not final and pages and not pages[-1].open_end and len(text) < 8 * _BLOCK:
                carry = text  # the cut would not start a page in a whole parse: read on
                continue
            for item in session.items(pages, pages_before + 1):
                if isinstance(item, Record):
                    record: dict[str, Any] = item.to_dict()
                    src = record["source"]
                    src["start"] += chars
                    src["end"] += chars
                    src["line_start"] += lines
                    src["line_end"] += lines
                    if extra:
                        record["warnings"] = extra + record["warnings"]
                    yield render(record)
            pages_before += len(pages)
            done = norm.original(cut) if norm.shifted else cut
            chars += done
            lines += count_line_ends(text, 0, done)
            carry = text[done:]
            if final:
                return


# A text that opens as JSON objects do, alone or in an array: no page of wire text does.
_JSON_OPENING = re.compile(r'[\ufeff \t\r\n]*(?:\[\s*)?\{\s*"')


def _is_record(obj: object) -> bool:
    """A record, or a skip as --include-skipped writes them."""
    return isinstance(obj, dict) and (
        ("id" in obj and "kind" in obj and "body" in obj) or obj.get("kind") == "skipped"
    )


def _looks_like_records(text: str) -> bool:
    start = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    opening = VALUES_OPENING.match(text, start)  # an array (--format json), or jq's records
    if opening is not None:
        if text.startswith("]", opening.end()):
            return True
        try:  # the first record, over as many lines as it is printed on
            obj = json.JSONDecoder().raw_decode(text, opening.end())[0]
        except (ValueError, RecursionError):  # cut short: the head of a large file
            return re.compile(r'\{\s*"').match(text, opening.end()) is not None
        return _is_record(obj)
    end = text.find("\n", start)
    first = text[start : end if end >= 0 else len(text)]
    try:
        obj = json_line(first)
    except ValueError:
        # Cut short (the head of a large file), or refused by the reader (nested too deep, a
        # lone surrogate): records all the same if it opens as a JSON object does (no wire
        # text does), and a refused line is then an error of its own.
        return re.match(r'\{\s*"', first) is not None
    return _is_record(obj)


def _record_lines(name: str, text: str, bad: list[str]) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines file or a JSON array; a value that is no record is said
    in ``bad`` (``records.jsonl:3: …``) and passed over."""
    for number, _, record in json_values(text):
        if isinstance(record, ValueError):
            bad.append(f"{name}:{number}: no JSON ({record})")
            continue
        if not isinstance(record, dict):
            bad.append(f"{name}:{number}: no JSON object")
            continue
        if record.get("kind") == "skipped":
            continue  # what parse --include-skipped wrote beside the records: no record
        if not _is_record(record):
            bad.append(f"{name}:{number}: no newswire record (it lacks id, kind or body)")
            continue
        yield record


def _reference(settings: Settings, mtime: float | None) -> tuple[datetime, str]:
    if settings.now is not None:
        return settings.now, "option"
    return reference_time(mtime, settings.zone)


def _dump_records(
    name: str, text: str, settings: Settings, bad: list[str]
) -> Iterator[dict[str, Any]]:
    """A scraper's dump: one page per JSON line, its capture time in ``now_field``. A line
    that cannot be read is said in ``bad`` (``dump.jsonl:3: …``) and passed over: one broken
    line of a crawl loses no other page."""
    for number, line in enumerate(text.split("\n"), 1):  # JSON Lines end at LF alone
        if not line.strip():
            continue
        try:
            page = json_line(line)
            body = page[settings.text_field]
            if not isinstance(body, str):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            bad.append(f"{name}:{number}: no JSON object with a text in {settings.text_field!r}")
            continue
        now, origin = _reference(settings, None)
        if settings.now_field and page.get(settings.now_field):
            written = str(page[settings.now_field])
            try:
                now = datetime.fromisoformat(written)
            except ValueError:
                bad.append(f"{name}:{number}: {settings.now_field!r} is no ISO 8601 time: "
                           f"{written!r}; the page was not converted")
                continue
            if now.tzinfo is None:
                now = now.replace(tzinfo=settings.zone)
            origin = "dump-field"
        meta = {k: v for k, v in page.items() if k not in (settings.text_field,)}
        session = Session(body, now=now, lang=settings.lang, source=f"{name}:{number}",
                          now_source=origin)
        for item in session.records(skipped=False):
            if isinstance(item, Record):
                record = item.to_dict()
                record["meta"] = meta
                yield record


def _renderer(target: str) -> Any:
    """A record's JSON object → (id, text in ``target``, number of warnings)."""
    if target == "csv":
        def as_csv(record: dict[str, Any]) -> tuple[str, str, int]:
            line = io.StringIO()
            csv.writer(line, lineterminator="\r\n").writerow(csv_row(record))
            return record["id"], line.getvalue(), len(record.get("warnings", ()))
        return as_csv
    if target == "ninjs":
        return lambda r: (r["id"], _json(ninjs(r)), len(r.get("warnings", ())))
    return lambda r: (r["id"], _json(r), len(r.get("warnings", ())))


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

    def write(self, text: str) -> None:
        """One record, already in the target format."""
        if self._csv is not None:
            self.out.write(text)
        elif self.target == "json":
            self.out.write(("," if self.count else "") + "\n" + text)
        else:
            self.out.write(text + "\n")
        self.count += 1

    def close(self) -> None:
        if self.target == "json":
            self.out.write("\n]\n" if self.count else "]\n")


_TEMPORARY = ".tmp"  # how the name of an output's temporary file ends


class AtomicFile:
    """A file written beside its destination and renamed into place on commit: readers never
    see half an output, and an interrupted run leaves none.

    ``pending`` is the caller's list of outputs to discard if the run stops: the file joins it
    before its temporary file exists, and Ctrl-C and SIGTERM wait while that file is made and
    named, so no interruption can leave a temporary file nobody knows of."""

    def __init__(self, path: Path, pending: list[AtomicFile]) -> None:
        self.path = path
        self.temp: Path | None = None
        self.file: TextIO | None = None
        pending.append(self)
        fd = open_descriptor(path)
        if fd is not None:
            # "/dev/stdout" is what the shell made of stdout: a file appended to (>>) is
            # written on at its end, never opened again, truncated or replaced.
            try:
                self.file = open(os.dup(fd), "w", encoding="utf-8", newline="")  # noqa: SIM115
            except OSError as e:
                raise OutputError(f"{path}: cannot write ({e.strerror or e})") from None
            self.out = checked(self.file, str(path))
            return
        try:
            found = path.stat()
        except OSError:
            found = None
        if found is not None and not stat.S_ISREG(found.st_mode):
            # A pipe or a device (/dev/null): written to as it is, never replaced, and opened
            # by the name given, as a link's target may be no file's name ("pipe:[1234]").
            try:
                self.file = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
            except OSError as e:
                raise OutputError(f"{path}: cannot write ({e.strerror or e})") from None
            self.out = checked(self.file, str(path))
            return
        if path.is_symlink():  # the file it points to is replaced, the link stays
            self.path = path = Path(os.path.realpath(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            raise OutputError(
                f"{path.parent}: cannot make this folder (a file is in the way)"
            ) from None
        except OSError as e:
            reason = e.strerror or e
            raise OutputError(f"{path.parent}: cannot make this folder ({reason})") from None
        try:
            with signals_held():
                fd, name = tempfile.mkstemp(
                    prefix=f".{path.name}.", suffix=_TEMPORARY, dir=path.parent
                )
                self.temp = Path(name)
                # mkstemp makes it for its owner alone: give it the mode of the file it
                # replaces, or what the umask leaves of a new file's.
                os.fchmod(fd, stat.S_IMODE(found.st_mode) if found else 0o666 & ~_umask())
                # Kept open across calls, closed by commit or discard.
                self.file = open(fd, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as e:
            raise OutputError(f"{path}: cannot create ({e.strerror or e})") from None
        self.out = checked(self.file, str(path))
        """Where to write: a failure to write becomes an OutputError naming the output."""

    def commit(self) -> None:
        assert self.file is not None
        try:
            self.file.close()
            if self.temp is not None:
                os.replace(self.temp, self.path)
        except OSError as e:
            raise cannot_write(str(self.path), e) from None
        self.temp = None

    def discard(self) -> None:
        """Remove the temporary file, if it is still there; harmless after commit."""
        if self.file is not None:
            with contextlib.suppress(OSError):  # a full disk fails the flush; remove anyway
                self.file.close()
        if self.temp is not None:
            self.temp.unlink(missing_ok=True)
            self.temp = None


_DESCRIPTOR = re.compile(r"/dev/std(out|err)|/dev/fd/(\d{1,4})|/proc/self/fd/(\d{1,4})")


def open_descriptor(path: Path) -> int | None:
    """The file descriptor a name such as ``/dev/stdout`` or ``/dev/fd/3`` stands for, if it
    is open; None for any other name."""
    m = _DESCRIPTOR.fullmatch(str(path))
    if m is None:
        return None
    fd = {"out": 1, "err": 2}.get(m.group(1) or "") or int(m.group(2) or m.group(3))
    try:
        os.fstat(fd)
    except OSError:
        return None
    return fd


@functools.lru_cache(maxsize=1)
def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it
    os.umask(mask)
    return mask


def discard_all(pending: list[AtomicFile]) -> None:
    """Remove what the outputs in ``pending`` left that was not committed."""
    for output in pending:
        output.discard()
    pending.clear()


def remove_temporary(jobs: list[Job]) -> None:
    """Remove the temporary files :class:`AtomicFile` leaves beside the outputs of ``jobs``
    when the process writing one is killed before it can discard it."""
    names: dict[Path, set[str]] = {}
    for job in jobs:
        if job.output is not None:
            names.setdefault(job.output.parent, set()).add(job.output.name)
    for folder, wanted in names.items():
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            # ".<name>.<random>.tmp" (see AtomicFile): mkstemp's random part has no dot
            name = entry.name
            if name.startswith(".") and name.endswith(_TEMPORARY) and (
                name[1 : -len(_TEMPORARY)].rpartition(".")[0] in wanted
            ):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def same_file(a: Path, b: str) -> bool:
    try:
        return b != "-" and a.exists() and os.path.samefile(a, b)
    except OSError:
        return False

