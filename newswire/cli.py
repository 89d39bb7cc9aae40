"""The ``newswire`` command: files in, records out. All I/O, clocks and exit codes live here."""

# No ``from __future__ import annotations`` here: typer would then evaluate every option's
# annotation from a string on each call, a few milliseconds of every start.
import contextlib
import dataclasses
import gc
import io
import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, Optional

import typer

from newswire.files import (
    Input,
    InputError,
    OutputError,
    cannot_write,
    decoding_problems,
    one_line,
    read_input,
    reference_time,
    stdout,
)
from newswire.formats import FORMATS, JsonArrayWriter, JsonEncoder, write_jsonl, write_table
from newswire.lang import get_language
from newswire.parser import Session
from newswire.pool import WorkerError, WorkerFailed
from newswire.records import Record, Skipped

if TYPE_CHECKING:
    from pathlib import Path

    from newswire.convert import Job
    from newswire.parallel import Finish

DEFAULT_TZ = "Europe/Amsterdam"

# The options parse, validate and convert share.
NowOption = Annotated[
    Optional[str],  # noqa: UP045 - typer 0.28 reads the annotation at run time
    typer.Option(
        help="Reference time for relative times, ISO 8601. "
        "Default: each file's modification time; for stdin, the current time.",
        show_default=False,
    ),
]
TzOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        help=f"IANA time zone for a --now without offset, file times and the clock "
        f"(default: {DEFAULT_TZ}).",
        show_default=False,
    ),
]
EncodingOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(help="Read the inputs in this encoding (latin-1, cp1252, utf-16, ...) "
                 "instead of detecting it.", show_default=False),
]
LangOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(help="Language of the pages (nl, en, de, fr, es). Default: detected per page.",
                 show_default=False),
]

_SETTINGS: dict[str, Any] = {
    "add_completion": False,
    "no_args_is_help": True,
    "pretty_exceptions_enable": False,
    "help": "Turn raw news-wire text into clean structured records.",
}
app = typer.Typer(**_SETTINGS)


def _show_version(value: bool) -> None:
    if value:
        from newswire import __version__

        sys.stdout.write(f"newswire {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", help="Show the version and exit.", callback=_show_version,
                     is_eager=True),
    ] = False,
) -> None:
    """Turn raw news-wire text into clean structured records (JSON Lines)."""


def _error(message: str) -> None:
    sys.stderr.write(f"newswire: error: {one_line(message)}\n")


def _warning(message: str) -> None:
    sys.stderr.write(f"newswire: warning: {one_line(message)}\n")


def _zone(name: str) -> tzinfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise typer.BadParameter(
            f"unknown time zone {name!r} (try Europe/Amsterdam or UTC)", param_hint="--tz"
        ) from None


def _on_the_wall(naive: datetime, zone: tzinfo) -> datetime:
    """``naive`` as the clocks in ``zone`` show it, or a usage error if they show it twice
    (when they go back) or not at all (when they go forward): nothing is guessed."""
    aware = naive.replace(tzinfo=zone)
    offsets = {aware.replace(fold=fold).strftime("%z") for fold in (0, 1)}
    try:
        exists = aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive
    except OverflowError:  # year 1 or 9999: no clock change that far out
        exists = True
    if not exists:
        problem = "does not exist (the clocks skip it)"
    elif len(offsets) > 1:
        problem = "is ambiguous (the clocks show it twice)"
    else:
        return aware
    choices = " or ".join(f"{naive.isoformat()}{o[:3]}:{o[3:]}" for o in sorted(offsets))
    raise typer.BadParameter(
        f"{naive.isoformat()} {problem} in {zone}; give an offset: {choices}", param_hint="--now"
    )


def _parse_now(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not an ISO 8601 time (e.g. 2026-02-01T09:00 or 2026-02-01T09:00+01:00)",
            param_hint="--now",
        ) from None


class _Options(NamedTuple):
    """The parse options every file shares."""

    now: datetime | None
    zone: tzinfo | None
    lang: str | None
    include_skipped: bool
    jobs: int
    encoding: str | None = None


def _session_for(source: Input, opts: _Options) -> Session:
    """The parse of a decoded input, its relative times resolved against --now, else the
    file's modification time, else the clock."""
    if opts.now is not None:
        reference, origin = opts.now, "option"
    else:
        reference, origin = reference_time(source.mtime, opts.zone or _zone(DEFAULT_TZ))
    return Session(
        source.text, now=reference, lang=opts.lang, source=source.name, now_source=origin
    )


def _refuse_shared_outputs(jobs: "list[Job]") -> None:
    """A usage error if two inputs would be written to one output (``a/x.txt`` and
    ``b/x.txt`` into one folder): the second would silently replace the first."""
    by_output: dict[Path, str] = {}
    for job in jobs:
        if job.output is None:
            continue
        first = by_output.setdefault(job.output, job.source)
        if first != job.source:
            raise typer.BadParameter(
                f"{first} and {job.source} would both be written to {job.output}; convert "
                "them into different folders", param_hint="--output"
            )


def _session_of(name: str, opts: _Options) -> "tuple[Session, Finish | None]":
    """The parse of file ``name``, and what to do to each of its records before writing
    (None for nothing)."""
    source = read_input(name, opts.encoding)
    for message in source.warnings:
        _warning(message)
    session = _session_for(source, opts)
    if not source.warnings:
        return session, None
    extra = decoding_problems(source.warnings)

    def finish(item: Record | Skipped) -> Record | Skipped:
        if isinstance(item, Skipped):
            return item
        return dataclasses.replace(item, warnings=extra + item.warnings)

    return session, finish


def _items(
    session: Session, finish: "Finish | None", skipped: bool
) -> Iterator[Record | Skipped]:
    items = session.records(skipped=skipped)
    return items if finish is None else map(finish, items)


@app.command()
def parse(
    files: Annotated[
        list[str],
        typer.Argument(
            help="Text files to parse; - reads standard input.",
            metavar="FILE...",
            show_default=False,
        ),
    ],
    now: NowOption = None,
    tz: TzOption = None,
    lang: LangOption = None,
    encoding: EncodingOption = None,
    output_format: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--format", "-f",
            help="jsonl, json or table. Default: table at a terminal, else jsonl.",
            show_default=False,
        ),
    ] = None,
    include_skipped: Annotated[
        bool,
        typer.Option(help="Also output what was skipped and why (kind \"skipped\")."),
    ] = False,
    jobs: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--jobs", "-j", min=1,
            help="Processes for one large input (JSON Lines output). Default: the number of "
            "cores; 1 parses in this process.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Parse wire pages into records: one per news item, JSON Lines on stdout."""
    reference, zone, lang = _time_and_language(now, tz, lang)
    _check_encoding(encoding)
    _stdin_once(files)
    jobs = jobs if jobs is not None else os.cpu_count() or 1
    if output_format is not None:
        fmt = output_format
    else:
        fmt = "table" if sys.stdout.isatty() else "jsonl"
    if fmt not in FORMATS:
        raise typer.BadParameter(
            f"{fmt!r} is not one of {', '.join(FORMATS)}", param_hint="--format"
        )

    # Parsing makes millions of short-lived objects and no reference cycles: the cyclic
    # collector would only walk the heap again and again (a fifth of the time on 100 MB).
    gc.disable()
    try:
        failed = _write(
            files, fmt, _Options(reference, zone, lang, include_skipped, jobs, encoding)
        )
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(0) from None
    if failed:
        raise typer.Exit(1)


def _stdin_once(names: list[str]) -> None:
    if names.count("-") > 1:
        raise typer.BadParameter("- (standard input) can be read once only")


def _check_encoding(encoding: str | None) -> None:
    if encoding is None:
        return
    import codecs

    try:
        info = codecs.lookup(encoding)
    except LookupError:
        ok = False
    else:
        # rot13, base64 and kin are codecs but no text encodings (bytes.decode refuses them,
        # by this mark), and "undefined" decodes nothing.
        ok = getattr(info, "_is_text_encoding", True) and info.name != "undefined"
    if not ok:
        raise typer.BadParameter(
            f"unknown encoding {encoding!r} (try utf-8, latin-1, cp1252, utf-16)",
            param_hint="--encoding",
        ) from None


def _time_and_language(
    now: str | None, tz: str | None, lang: str | None
) -> tuple[datetime | None, tzinfo | None, str | None]:
    """The --now, --tz and --lang options read, or a usage error."""
    # The zone database is read only when a time needs it: an aware --now alone does not.
    zone = _zone(tz) if tz is not None else None
    reference = None
    if now is not None:
        reference = _parse_now(now)
        if reference.tzinfo is None:
            reference = _on_the_wall(reference, zone or _zone(DEFAULT_TZ))
        elif zone is not None:
            reference = reference.astimezone(zone)
    if lang is not None:
        try:
            lang = get_language(lang).code
        except ValueError as e:
            raise typer.BadParameter(str(e), param_hint="--lang") from None
    return reference, zone, lang


@app.command()
def schema() -> None:
    """Print the JSON Schema of records (draft 2020-12)."""
    from newswire.schema import schema_text

    with _until_the_reader_leaves():
        stdout().write(schema_text())


@app.command()
def validate(
    files: Annotated[
        list[str],
        typer.Argument(
            help="Wire text or record files (JSON Lines) to check; - reads standard input.",
            metavar="FILE...",
            show_default=False,
        ),
    ],
    now: NowOption = None,
    tz: TzOption = None,
    lang: LangOption = None,
    encoding: EncodingOption = None,
    output_format: Annotated[
        str,
        typer.Option("--format", "-f",
                     help="text (path:line:col: level: code: message), json or jsonl."),
    ] = "text",
    strict: Annotated[
        bool, typer.Option(help="Exit 1 on warnings too, not only on errors.")
    ] = False,
) -> None:
    """Check wire text (diagnostics an editor or CI reads) or records (against the schema)."""
    from newswire.validate import Diagnostic, check_records, check_text, is_record_file

    if output_format not in ("text", "json", "jsonl"):
        raise typer.BadParameter(
            f"{output_format!r} is not one of text, json, jsonl", param_hint="--format"
        )
    reference, zone, lang = _time_and_language(now, tz, lang)
    _check_encoding(encoding)
    opts = _Options(reference, zone, lang, True, 1, encoding)
    found: list[Diagnostic] = []
    for name in files:
        try:
            source = read_input(name, encoding)
        except InputError as e:
            path, _, message = str(e).partition(": ")
            line = 1
            head, _, rest = path.rpartition(":")
            if rest.isdigit():
                path, line = head, int(rest)
            found.append(Diagnostic(path, line, 1, "error", "unreadable", message))
            continue
        if is_record_file(source.name, source.text):
            found += check_records(source.name, source.text)
        else:
            session = _session_for(source, opts)
            items = list(session.records())
            found += check_text(source.name, source.text, items, source.warnings)
    import json

    out = stdout()
    with _until_the_reader_leaves():
        if output_format == "json":
            out.write(json.dumps([d.to_dict() for d in found], ensure_ascii=False, indent=2))
            out.write("\n")
        else:
            for d in found:
                if output_format == "jsonl":
                    out.write(json.dumps(d.to_dict(), ensure_ascii=False) + "\n")
                else:
                    out.write(f"{d}\n")
        out.flush()
    errors = sum(d.level == "error" for d in found)
    warnings = sum(d.level == "warning" for d in found)
    sys.stderr.write(
        f"newswire: {len(files)} file{'s' * (len(files) != 1)}: {errors} error"
        f"{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}\n"
    )
    if errors or (strict and warnings):
        raise typer.Exit(1)


@app.command()
def convert(
    inputs: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(help="Files, folders (searched recursively) or - for stdin.",
                       metavar="INPUT...", show_default=False),
    ] = None,
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--output", "-o", help="A folder (one output per input, mirroring the "
                     "inputs' tree) or a file (one combined output). Default: stdout.",
                     show_default=False),
    ] = None,
    to: Annotated[str, typer.Option(help="jsonl, json, csv or ninjs.")] = "jsonl",
    pattern: Annotated[
        str, typer.Option("--glob", help="Which files of a folder to read.")
    ] = "*.txt",
    files_from: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help="Read the inputs' paths from this file, one per line (- for stdin).",
                     show_default=False),
    ] = None,
    input_format: Annotated[
        str, typer.Option(help="auto (records or text), text, jsonl (a scraper's dump: one "
                          "page per JSON line) or records.")
    ] = "auto",
    text_field: Annotated[
        str, typer.Option(help="Field of a dump's lines that holds the page's text.")
    ] = "text",
    now_field: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help="Field of a dump's lines that holds when the page was captured "
                     "(ISO 8601): relative times resolve against it.", show_default=False),
    ] = None,
    dedupe: Annotated[
        bool, typer.Option(help="Drop records whose id was already written in this run.")
    ] = False,
    jobs: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--jobs", "-j", min=1, help="Worker processes. Default: the number of "
                     "cores.", show_default=False),
    ] = None,
    quiet: Annotated[bool, typer.Option(help="No progress bar and no summary.")] = False,
    force: Annotated[bool, typer.Option(help="Replace outputs that exist.")] = False,
    skip_existing: Annotated[
        bool, typer.Option(help="Leave inputs whose output exists (resume a run).")
    ] = False,
    on_error: Annotated[
        str, typer.Option(help="skip (report, go on, exit 1 at the end) or stop.")
    ] = "skip",
    now: NowOption = None,
    tz: TzOption = None,
    lang: LangOption = None,
    encoding: EncodingOption = None,
) -> None:
    """Convert pages, scraper dumps or records to JSON Lines, JSON, CSV or IPTC ninjs."""
    import time
    from pathlib import Path

    from newswire import convert as c
    from newswire.pool import MapWorkers, signals_held

    for value, allowed, hint in ((to, c.TARGETS, "--to"), (on_error, ("skip", "stop"),
                                 "--on-error"), (input_format, c.INPUT_FORMATS,
                                 "--input-format")):
        if value not in allowed:
            raise typer.BadParameter(
                f"{value!r} is not one of {', '.join(allowed)}", param_hint=hint
            )
    if force and skip_existing:
        raise typer.BadParameter(
            "--force replaces outputs that exist, --skip-existing leaves them: give one",
            param_hint="--skip-existing",
        )
    reference, zone, lang = _time_and_language(now, tz, lang)
    _check_encoding(encoding)
    settings = c.Settings(to, reference, zone or _zone(DEFAULT_TZ), lang, input_format,
                          text_field, now_field, encoding)
    names = list(inputs or [])
    if files_from is not None:
        try:
            listed = sys.stdin.read() if files_from == "-" else Path(files_from).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise typer.BadParameter(
                f"cannot read {files_from}: {e}", param_hint="--files-from"
            ) from None
        names += [line.strip() for line in listed.splitlines() if line.strip()]
    if not names:
        raise typer.BadParameter("no inputs: name files, folders, - or --files-from")
    _stdin_once(names + ["-"] * (files_from == "-"))
    folder = None
    if output is not None and (output.endswith(("/", os.sep)) or Path(output).is_dir()):
        folder = Path(output)
    work = c.collect(names, pattern, folder, to)
    _refuse_shared_outputs(work)
    started = time.perf_counter()
    written = skipped = failed = duplicates = warnings = 0
    todo = []
    for job in work:
        if job.output is not None and job.output.exists() and not force:
            if skip_existing:
                skipped += 1
                continue
            _error(f"{job.output}: exists (use --force to replace it, --skip-existing to "
                   "leave it)")
            failed += 1
            continue
        if job.output is not None and c.same_file(job.output, job.source):
            _error(f"{job.source}: the output would overwrite this input")
            failed += 1
            continue
        todo.append(job)
    combined: c.AtomicFile | None = None
    pending: list[c.AtomicFile] = []  # outputs to remove if the run stops before they are whole
    if folder is None and output is not None:
        target = Path(output)
        if any(c.same_file(target, j.source) for j in todo):
            raise typer.BadParameter(f"{output} is one of the inputs", param_hint="--output")
        # Only a file is replaced: a pipe, a device (/dev/null) or an open descriptor
        # (/dev/stdout, even where the shell sent it to a file) is written to.
        if target.is_file() and c.open_descriptor(target) is None and not force:
            if skip_existing:
                todo = []
            else:
                raise typer.BadParameter(
                    f"{output} exists (use --force to replace it)", param_hint="--output"
                )
    seen: set[str] = set()
    workers = min(jobs or os.cpu_count() or 1, len(todo)) or 1
    # Without deduplication each output of a folder run is the worker's to write.
    work_fn = c.convert_and_write if folder is not None and not dedupe else c.convert
    pool: MapWorkers[c.Job, c.Done] | None = None
    finished = 0  # inputs whose results have come back
    stream: c.Writer | None = None
    progress = None
    results: Iterator[c.Done]
    read_bytes = 0

    def advance(job: "c.Job") -> None:
        nonlocal read_bytes
        if progress is None:
            return
        if job.source != "-":
            with contextlib.suppress(OSError):  # a missing input is reported elsewhere
                read_bytes += os.path.getsize(job.source)
        rate = read_bytes / max(time.perf_counter() - started, 1e-6) / 1e6
        progress.update(task, advance=1, records=written, speed=f"{rate:.1f} MB/s")
    try:
        # Made inside the try: an interruption or an output error from here on is cleaned
        # up below (temporary output removed, workers stopped) and reported in one line.
        if folder is None and output is not None and todo:
            combined = c.AtomicFile(Path(output), pending)
        if folder is None:
            stream = c.Writer(combined.out if combined else stdout(), to)
        if workers > 1:
            import functools

            # Workers cannot read stdin (multiprocessing gives them /dev/null): it is
            # converted here, before they start, and put back in its place in the order.
            from_stdin = {i: work_fn(job, settings) for i, job in enumerate(todo)
                          if job.source == "-"}
            pool = MapWorkers(functools.partial(work_fn, settings=settings), workers)
            # Inputs in batches: one message per small page would cost more than its parse.
            batch = max(1, min(32, len(todo) // (workers * 8)))
            converted = pool.map([j for j in todo if j.source != "-"], batch)
            results = (from_stdin[i] if i in from_stdin else next(converted)
                       for i in range(len(todo)))
        else:
            results = (work_fn(job, settings) for job in todo)
        if not quiet and sys.stderr.isatty() and todo:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

            progress = Progress("[progress.description]{task.description}", BarColumn(),
                                MofNCompleteColumn(), "files", "{task.fields[records]} records",
                                "{task.fields[speed]}", TimeRemainingColumn(),
                                console=Console(stderr=True))
            task = progress.add_task("converting", total=len(todo), records=0, speed="")
            # Its refresh thread is started with Ctrl-C and SIGTERM held, as they are held
            # in every thread, so that they reach this one only where it lets them in.
            with signals_held():
                progress.start()
        for done in results:
            finished += 1
            if done.error is not None:
                _error(done.error)
                failed += 1
                advance(done.job)
                if on_error == "stop":
                    break
                continue
            for line_error in done.line_errors:
                _error(line_error)
            failed += len(done.line_errors)
            if done.line_errors and on_error == "stop":
                advance(done.job)
                break
            for note in done.notes:
                _warning(note)
            written += done.written
            warnings += done.warnings
            if done.large:  # streamed here, piece by piece, in input order
                decoding = c.decoding_warning(done.job.source)
                if decoding is not None:
                    _warning(decoding)
                records = c.stream(done.job, settings, decoding)
                done = c.Done(done.job, records, None)  # type: ignore[arg-type]
            elif done.written or (
                work_fn is c.convert_and_write and not done.records and not done.line_errors
            ):
                advance(done.job)
                continue
            own = c.AtomicFile(done.job.output, pending) if done.job.output is not None else None
            writer = c.Writer(own.out, to) if own is not None else stream
            assert writer is not None
            for record_id, text, record_warnings in done.records:
                if dedupe:
                    if record_id in seen:
                        duplicates += 1
                        continue
                    seen.add(record_id)
                writer.write(text)
                written += 1
                warnings += record_warnings
            if own is not None:
                writer.close()
                own.commit()
            advance(done.job)
        if stream is not None:
            stream.close()
            stream.out.flush()
        if combined is not None:
            combined.commit()
            combined = None
        if pool is not None and finished == len(todo):  # else queued inputs are left
            pool.close()
            pool = None
    except BrokenPipeError:
        _quiet_stdout()
    except (OutputError, WorkerError) as e:
        # The output can take no more (a full disk), or a worker was killed: stop. Outputs
        # already renamed into place are whole; those being written are removed below.
        _error(f"{e}; stopped, the outputs finished before are whole" if folder else str(e))
        failed += 1
    finally:
        c.discard_all(pending)
        if pool is not None:
            pool.stop()
            if folder is not None:
                # A worker killed (by the kernel when memory ran out, or after it ignored
                # SIGTERM) could not remove the output it was writing.
                c.remove_temporary(todo[finished:])
        if progress is not None:
            progress.stop()
    if not quiet:
        seconds = time.perf_counter() - started
        sys.stderr.write(
            f"newswire: {len(work)} input{'s' * (len(work) != 1)}: {written} records, "
            f"{duplicates} duplicates dropped, {warnings} warnings, {failed} errors, "
            f"{skipped} skipped, in {seconds:.1f} s\n"
        )
    if failed:
        raise typer.Exit(1)


def _write(files: list[str], fmt: str, opts: _Options) -> int:
    """Parse and print every file; returns how many could not be parsed."""
    failed = 0
    if fmt != "table" and isinstance(sys.stdout, io.TextIOWrapper):
        # JSON is UTF-8 (RFC 8259) whatever the locale says, as worker processes write it.
        sys.stdout.reconfigure(encoding="utf-8")
    out = stdout()
    array = JsonArrayWriter(out) if fmt == "json" else None
    encoder = JsonEncoder()
    styled = not os.environ.get("NO_COLOR")
    for name in files:
        try:
            session, finish = _session_of(name, opts)
            if fmt == "jsonl":
                if session.shares(opts.jobs) > 1:
                    from newswire.parallel import parse_in_parallel

                    if parse_in_parallel(
                        session, opts.jobs, finish, opts.include_skipped, encoder
                    ):
                        continue
                write_jsonl(_items(session, finish, opts.include_skipped), out, encoder)
                continue
            items = _items(session, finish, opts.include_skipped)
            if array is not None:
                array.write(items)
            else:
                write_table(list(items), out, styled=styled, title=session.builder.source)
        except InputError as e:
            _error(str(e))
            failed += 1
        except (BrokenPipeError, KeyboardInterrupt, OutputError):
            raise
        except WorkerError as e:
            _error(f"{name}: {e}")
            failed += 1
        except WorkerFailed as e:
            _error(f"{name}: could not be parsed ({e})")
            failed += 1
        except Exception as e:  # a bug must not stop the other files
            _error(f"{name}: could not be parsed ({type(e).__name__}: {e})")
            failed += 1
    if array is not None:
        array.close()
    out.flush()
    return failed


@contextlib.contextmanager
def _until_the_reader_leaves() -> Iterator[None]:
    """Output to stdout that stops quietly when its reader goes away (head, less): the
    command goes on to its summary and exit code. Left to click, a closed pipe exits 1
    without a word."""
    try:
        yield
    except BrokenPipeError:
        _quiet_stdout()


def _quiet_stdout() -> None:
    """The reader (head, less) went away: send what is still buffered nowhere, as cat does."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _app_for(first: list[str]) -> typer.Typer:
    """The app with only the command named in ``first`` (the first argument), if it names
    one: typer builds every parameter of every command it holds on each run, and one
    command's are all a run needs. Anything else (no command, ``--help``, ``--version``, a
    misspelt command) gets the whole app, so its help and errors list every command."""
    wanted = [c for c in app.registered_commands if _name(c) in first]
    if not wanted:
        return app
    one = typer.Typer(**_SETTINGS)
    one.registered_callback = app.registered_callback
    one.registered_commands = wanted
    return one


def _name(command: typer.models.CommandInfo) -> str | None:
    if command.name:
        return command.name
    callback = command.callback
    return callback.__name__.replace("_", "-") if callback is not None else None


def main() -> None:
    """The command line, as the ``newswire`` script and ``python -m newswire`` run it (see
    :func:`newswire.__main__.run`, which makes SIGTERM interrupt like Ctrl-C first).

    Usage errors become one ``newswire: error:`` line and exit 2, instead of typer's box.
    """
    from typer._click.exceptions import NoArgsIsHelpError, UsageError

    try:
        code = _app_for(sys.argv[1:2])(standalone_mode=False)
    except NoArgsIsHelpError:
        code = 0  # typer has printed the help
    except UsageError as e:
        hint = f" (see '{e.ctx.command_path} --help')" if e.ctx else ""
        _error(f"{e.format_message()}{hint}")
        code = 2
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:  # the reader of stdout went away (head, less): stop quietly
        _quiet_stdout()
        code = 0
    except OutputError as e:  # a full disk, an output that cannot be made
        _error(str(e))
        code = 1
    except OSError as e:  # help or version to a full stdout, a name too long: one line
        if e.filename is not None:
            _error(f"{e.filename}: {e.strerror or e}")
        else:
            _error(str(cannot_write("stdout", e)))
        code = 1
    except Exception as e:  # a bug: one line, not a traceback, and a failing exit code
        _error(f"unexpected {type(e).__name__}: {e}")
        code = 1
    sys.exit(code if isinstance(code, int) else 0)
