"""Parsing one large input in several processes, for the CLI. The library itself stays
single-process and pure; this module only splits the work and orders the output.

The text is cut at page boundaries (:meth:`~newswire.parser.Session.split_points`); forked
workers inherit the decoded text, so nothing is copied to them. In two rounds:

1. each worker cuts its range into pages and reports how many, and whether its last page
   would take a headline over a dateline as a new page; if any boundary disagrees with what
   a single pass would have decided, the workers stop and the caller parses in one pass;
2. each worker numbers its pages after those of the workers before it, builds and encodes
   its records, and writes them to stdout when its turn comes, so the output is in input
   order and byte for byte what one process writes.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from newswire.parser import Session
from newswire.records import Record, Skipped

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

Finish = Callable[[Record | Skipped], Record | Skipped | None]
"""What the caller does to each item before it is written: drop it (None) or change it."""

_MIN_SHARE = 2 << 20  # characters per worker below which forking does not pay


def _write_all(data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(sys.stdout.fileno(), view)
        view = view[written:]


def _worker(
    session: Session, start: int, end: int | None, conn: Connection, finish: Finish,
    encode: Callable[[Record | Skipped], str],
) -> None:
    try:
        pages = session.pages(start, end)
        conn.send((len(pages), pages[-1].open_end))
        first_page = conn.recv()
        if first_page is None:
            return
        lines = []
        for item in session.items(pages, first_page):
            kept = finish(item)
            if kept is not None:
                lines.append(encode(kept))
        lines.append("")
        data = "\n".join(lines).encode("utf-8") if len(lines) > 1 else b""
        if conn.recv() != "write":
            return
        try:
            _write_all(data)
        except BrokenPipeError:
            conn.send("pipe")
            return
        conn.send("done")
    except Exception as e:  # reported to the parent, which says it in one line
        conn.send(("error", f"{type(e).__name__}: {e}"))
    finally:
        conn.close()


def parse_in_parallel(
    session: Session, jobs: int, finish: Finish, encode: Callable[[Record | Skipped], str]
) -> bool:
    """Parse ``session``'s text in up to ``jobs`` processes and write JSON Lines to stdout.

    Returns False, having written nothing, when the text is too small to share or its page
    boundaries would not agree with one pass: then the caller parses it in one process.
    Raises BrokenPipeError when stdout's reader went away, RuntimeError when a worker failed.
    """
    size = len(session.norm.text)
    parts = min(jobs, size // _MIN_SHARE)
    if parts < 2:
        return False
    points = session.split_points(parts)
    if not points:
        return False
    import multiprocessing

    context = multiprocessing.get_context("fork")
    bounds = [0, *points, None]
    sys.stdout.flush()
    workers = []
    for start, end in itertools.pairwise(bounds):
        parent, child = context.Pipe()
        process = context.Process(
            target=_worker, args=(session, start, end, child, finish, encode), daemon=True
        )
        process.start()
        child.close()
        workers.append((process, parent))
    try:
        try:
            reports = [conn.recv() for _, conn in workers]
        except EOFError:
            raise RuntimeError("a worker process ended without a word") from None
        for report in reports:
            if isinstance(report, tuple) and report[0] == "error":
                raise RuntimeError(report[1])
        agree = all(open_end for _, open_end in reports[:-1])
        first_page = 1
        for (_, conn), (count, _) in zip(workers, reports, strict=True):
            conn.send(first_page if agree else None)
            first_page += count
        if not agree:
            return False
        for _, conn in workers:
            conn.send("write")
            try:
                answer = conn.recv()
            except EOFError:
                raise RuntimeError("a worker process ended without a word") from None
            if answer == "pipe":
                raise BrokenPipeError
            if answer != "done":
                raise RuntimeError(answer[1] if isinstance(answer, tuple) else str(answer))
        return True
    finally:
        for process, conn in workers:
            conn.close()
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
