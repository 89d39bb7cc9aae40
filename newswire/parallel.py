"""Parsing one large input in several processes, for the CLI. The library itself stays
single-process and pure; this module only shares out the work and orders the output.

The text is read in the blocks a single pass reads (:meth:`~newswire.parser.Session.blocks`),
about 1 MB each, cut where a page surely begins. Forked workers inherit the decoded text, so
nothing is copied to them; the parent hands each worker its next block as soon as it is done
with one, so that a worker slowed down by a busy machine simply does fewer blocks. For each
block a worker:

1. cuts it into pages and reports how many, and whether its last page would take a headline
   over a dateline as a new page (then a single pass would read on into the next block, and
   from there the parent reads the rest of the text in one block itself, as a single pass
   does);
2. builds its first records, then learns from the parent how many pages the blocks before it
   hold, and sends its records back encoded, a few thousand at a time; the parent writes them
   in input order, so that the output is byte for byte what one process writes.

A worker holds one block's tokens and a few thousand records at a time: one that held its
whole share at once spent a tenth of its time having the kernel hand it fresh memory. The
parent hands out blocks at most a few ahead of the one it is writing, so that the output of
blocks waiting for a slow one to finish stays bounded too.
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
from newswire.pool import WorkerFailed, Workers
from newswire.records import Record, Skipped

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

Finish = Callable[[Record | Skipped], Record | Skipped]
"""What the caller does to each item before it is written."""
_CHUNK = 4096  # records
_M_TRIM_THRESHOLD = -1  # mallopt's parameters, from glibc's malloc.h
_M_MMAP_THRESHOLD = -3


def _write(data: bytes) -> None:
    """Write ``data`` to stdout's file descriptor."""
    view = memoryview(data)
    try:
        while view:
            view = view[os.write(sys.stdout.fileno(), view):]
    except BrokenPipeError:
        raise
    except OSError as e:  # a full disk, say: the run stops with one line
        raise OutputError(str(cannot_write("stdout", e))) from None


def _keep_freed_memory() -> None:
    """Have glibc's malloc keep memory it has freed for the next allocation. Each block's
    output (a few MB, in the worker and again in the parent) is otherwise handed back to the
    kernel when freed and asked for again, zeroed page by page, for the next block: for
    100 MB that tripled the run's page faults (70,000 to 220,000) and doubled its system
    time. Memory stays bounded: a block's output is freed before the next one's is made."""
    try:
        import ctypes

        mallopt = ctypes.CDLL(None).mallopt
    except Exception:  # no ctypes, or not glibc: a malloc of its own, left as it is
        return
    mallopt(_M_TRIM_THRESHOLD, 256 << 20)
    mallopt(_M_MMAP_THRESHOLD, 32 << 20)


def _encoded(
    items: Iterable[Record | Skipped], encoder: JsonEncoder, first_page: int
) -> bytes:
    encoder.page_offset = first_page - 1
    return lines_text(list(map(encoder.encode, items))).encode("utf-8")


def _worker(
    session: Session, conn: Connection, finish: Finish | None, skipped: bool,
    encoder: JsonEncoder,
) -> None:
    try:
        while (block := conn.recv()) is not None:
            a, b, lines = block
            pages, fresh = session.block_pages(a, b, lines, final=b >= len(session.norm.text))
            conn.send(("pages", len(pages), fresh))
            items = session.items(pages, skipped=skipped)
            if finish is not None:
                items = map(finish, items)
            # Built while the parent waits for the blocks before this one to be counted.
            chunk = list(islice(items, _CHUNK))
            first_page = conn.recv()
            if first_page is None:  # a single pass reads this block on from an earlier one
                break
            while True:
                following = list(islice(items, _CHUNK))
                conn.send(("output", not following))
                # Not pickled: that would copy the output once more, here and in the parent.
                conn.send_bytes(_encoded(chunk, encoder, first_page))
                if not following:
                    break
                chunk = following
    except (EOFError, ConnectionError):
        raise  # the parent went away (see newswire.pool)
    except Exception as e:  # reported to the parent, which says it in its block's turn
        conn.send(("error", f"{type(e).__name__}: {e}"))
        return
    # Told there is no more work, the worker ends here, without freeing its objects one by
    # one while the parent waits: the kernel frees them at once.
    os._exit(0)


def _tell(conn: Connection, message: object, workers: Workers) -> None:
    """Send ``message`` to a worker. If it is gone having said something first (an error of
    its own), that is read in its turn; if it is gone without a word, raise that it stopped:
    never a BrokenPipeError, which would pass for stdout's reader going away."""
    try:
        conn.send(message)
    except OSError:
        if not conn.poll():
            raise workers.gone(conn) from None


def _received(conn: Connection, workers: Workers) -> bytes:
    try:
        return conn.recv_bytes()
    except (EOFError, OSError):
        raise workers.gone(conn) from None


def _answer(conn: Connection, workers: Workers) -> tuple[object, ...]:
    """A worker's next message: always a tuple, its kind first."""
    try:
        answer: tuple[object, ...] = conn.recv()
    except (EOFError, OSError):
        raise workers.gone(conn) from None
    return answer


def parse_in_parallel(
    session: Session, jobs: int, finish: Finish | None, skipped: bool, encoder: JsonEncoder
) -> bool:
    """Parse ``session``'s text in up to ``jobs`` processes and write JSON Lines to stdout.

    Returns False, having written nothing, when the text is too small to share or is one
    block (:meth:`~newswire.parser.Session.block_ranges`): then the caller parses it in one
    process. Raises BrokenPipeError when stdout's reader went away, OutputError when stdout
    cannot be written, WorkerFailed when parsing raised (after writing what one process would
    have written before it), WorkerError when a worker was killed.
    """
    parts = session.shares(jobs)
    if parts < 2:
        return False
    ranges = session.block_ranges()
    first = next(ranges)
    if first[1] >= len(session.norm.text):
        return False
    from multiprocessing.connection import wait

    following: tuple[int, int, int] | None = first
    blocks: list[tuple[int, int, int]] = []  # handed out: start, end, lines before the start
    holder: dict[Connection, int] = {}  # the block each busy worker holds
    idle: list[Connection] = []  # workers waiting until fewer blocks wait to be written
    reported: dict[int, tuple[int, bool]] = {}  # block: its pages, whether a page starts
    # where it ends (Session.block_pages)
    received: dict[int, list[bytes]] = {}  # output not yet written, by block
    whole: set[int] = set()  # blocks whose output has all come
    failed: dict[int, str] = {}  # blocks whose worker raised, and what
    counted = written = 0  # blocks whose first page number is known; blocks written
    numbered = 0  # pages in the counted blocks
    rest: int | None = None  # the block from which a single pass reads on in one block
    ahead = 2 * parts  # blocks handed out beyond the one being written

    def give(conn: Connection) -> None:
        """Send ``conn``'s worker the next block, or None when there is no more to do."""
        nonlocal following
        holder.pop(conn, None)
        if following is None or rest is not None:
            _tell(conn, None, workers)
            return
        if len(blocks) - written >= ahead:
            idle.append(conn)
            return
        holder[conn] = len(blocks)
        blocks.append(following)
        _tell(conn, following, workers)
        following = next(ranges, None)

    def flush() -> None:
        """Write what has come in input order, and raise a failure when its turn comes."""
        nonlocal written
        while rest is None or written < rest:
            for data in received.pop(written, ()):
                _write(data)
            if written in failed:
                raise WorkerFailed(failed[written])
            if written not in whole:
                break
            written += 1
            while idle and len(blocks) - written < ahead:
                give(idle.pop())

    _keep_freed_memory()
    sys.stdout.flush()
    with Workers(parts, lambda n, conn: _worker(session, conn, finish, skipped, encoder)) \
            as workers:
        for conn in workers.conns:
            give(conn)
        while holder:
            for ready in wait(list(holder)):
                conn = ready  # type: ignore[assignment]
                if conn not in holder:
                    continue  # told to stop while this one was being answered
                n = holder[conn]
                answer = _answer(conn, workers)
                if answer[0] == "output":
                    received.setdefault(n, []).append(_received(conn, workers))
                    if answer[1]:
                        whole.add(n)
                        give(conn)  # before writing, so that the worker need not wait
                    flush()
                    continue
                if answer[0] == "error":
                    del holder[conn]  # it has returned, and exits
                    failed[n] = str(answer[1])
                    flush()
                    continue
                reported[n] = (int(answer[1]), bool(answer[2]))  # type: ignore[call-overload]
                # Blocks learn their first page numbers in turn, up to the first one that a
                # single pass would read past.
                while rest is None and counted in reported and counted not in failed:
                    pages, fresh = reported.pop(counted)
                    if not fresh:
                        rest = counted
                        for other, m in list(holder.items()):
                            if m >= rest:
                                give(other)
                        flush()
                        break
                    first_page = numbered + 1
                    _tell(next(c for c, m in holder.items() if m == counted), first_page, workers)
                    numbered += pages
                    counted += 1
        for conn in idle:
            _tell(conn, None, workers)
        if rest is None:
            workers.close()
        else:
            workers.stop()  # those that began blocks past it need not finish them
    if rest is not None:
        start, _, lines_before = blocks[rest]
        items = session.items(session.pages(start, lines_before=lines_before), skipped=skipped)
        items = items if finish is None else map(finish, items)
        offset = encoder.page_offset
        try:
            while chunk := list(islice(items, _CHUNK)):
                _write(_encoded(chunk, encoder, numbered + 1))
        finally:
            encoder.page_offset = offset  # the caller's encoder, which writes other files
    return True
