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

import os
import sys
from collections.abc import Callable, Iterable
from itertools import islice
from typing import TYPE_CHECKING

from newswire.files import OutputError, cannot_write
from newswire.formats import JsonEncoder, lines_text
from newswire.parser import Session
from newswire.records import Record, Skipped

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from newswire.pool import Workers

Finish = Callable[[Record | Skipped], Record | Skipped]
"""What the caller does to each item before it is written."""
_CHUNK = 4096  # lines


def _write(blocks: list[bytes]) -> None:
    """Write ``blocks`` to stdout's file descriptor; empties the list."""
    for block in blocks:
        view = memoryview(block)
        while view:
            written = os.write(sys.stdout.fileno(), view)
            view = view[written:]
    blocks.clear()


def _worker(
    session: Session, start: int, end: int | None, conn: Connection, finish: Finish | None,
    skipped: bool, encoder: JsonEncoder,
) -> None:
    try:
        pages = session.pages(start, end)
        conn.send(("pages", len(pages), pages[-1].open_end))
        # The workers before this one count their pages as fast as this one did: the wait
        # is short, and from then on records are encoded as they are built, never held.
        encoder.page_offset = conn.recv() - 1
        items: Iterable[Record | Skipped] = session.items(pages, skipped=skipped)
        if finish is not None:
            items = map(finish, items)
        encoded = map(encoder.encode, items)
        # Write when the parent says every boundary agrees and the workers before this one
        # are done. Until then keep the output, encoded to bytes already, so that what is
        # left to do once it is this worker's turn is writing; from then on write as we go.
        allowed = False
        blocks: list[bytes] = []
        try:
            while chunk := list(islice(encoded, _CHUNK)):
                blocks.append(lines_text(chunk).encode("utf-8"))
                if allowed or conn.poll():
                    if not allowed:
                        if conn.recv() != "write":
                            return
                        allowed = True
                    _write(blocks)
            if not allowed and conn.recv() != "write":
                return
            _write(blocks)
        except BrokenPipeError:
            conn.send("pipe")
            return
        except OSError as e:  # a full disk, say: the parent stops the run with one line
            conn.send(("output", str(cannot_write("stdout", e))))
            return
        conn.send("done")
        # Its output written, the worker ends here: returning would free its share's tokens
        # and records one by one, a tenth of a second per 50 MB that the parent waits for;
        # the kernel frees them at once.
        os._exit(0)
    except (EOFError, ConnectionError):
        raise  # the parent went away (see newswire.pool)
    except Exception as e:  # reported to the parent, which says it in one line
        conn.send(("error", f"{type(e).__name__}: {e}"))


def _tell(conn: Connection, message: object, workers: Workers) -> None:
    """Send ``message`` to a worker. If it is gone, raise what it said before it went (an
    error of its own), else that it stopped: never a BrokenPipeError, which would pass for
    stdout's reader going away."""
    try:
        conn.send(message)
    except OSError:
        if conn.poll():
            _answer(conn, workers)
        raise workers.gone(conn) from None


def _answer(conn: Connection, workers: Workers) -> tuple[object, ...]:
    try:
        answer = conn.recv()
    except (EOFError, OSError):
        raise workers.gone(conn) from None
    if isinstance(answer, tuple) and answer[0] == "error":
        raise RuntimeError(str(answer[1]))
    return answer if isinstance(answer, tuple) else (answer,)


def parse_in_parallel(
    session: Session, jobs: int, finish: Finish | None, skipped: bool, encoder: JsonEncoder
) -> bool:
    """Parse ``session``'s text in up to ``jobs`` processes and write JSON Lines to stdout.

    Returns False, having written nothing, when the text is too small to share or its page
    boundaries would not agree with one pass: then the caller parses it in one process.
    Raises BrokenPipeError when stdout's reader went away, RuntimeError when a worker failed.
    """
    parts = session.shares(jobs)
    if parts < 2:
        return False
    points = session.split_points(parts)
    if not points:
        return False
    from newswire.pool import Workers

    starts: list[int] = [0, *points]
    ends: list[int | None] = [*points, None]

    def serve(n: int, conn: Connection) -> None:
        _worker(session, starts[n], ends[n], conn, finish, skipped, encoder)

    with Workers(len(starts), serve) as workers:
        conns = workers.conns
        # Each worker learns its first page number as soon as those before it have counted.
        first_page = 1
        agree = True
        for n, conn in enumerate(conns):
            _, count, open_end = _answer(conn, workers)
            _tell(conn, first_page, workers)
            first_page += int(count)  # type: ignore[call-overload]
            agree = agree and (bool(open_end) or n == len(conns) - 1)
        if not agree:
            for conn in conns:
                _tell(conn, "stop", workers)
            workers.close()
            return False
        for conn in conns:
            _tell(conn, "write", workers)
            answer = _answer(conn, workers)
            if answer[0] == "pipe":
                raise BrokenPipeError
            if answer[0] == "output":
                raise OutputError(str(answer[1]))
            if answer[0] != "done":
                raise RuntimeError(str(answer[0]))
        workers.close()
        return True
