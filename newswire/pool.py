"""Worker processes for the CLI's ``--jobs``, and the signals around them.

Each worker is forked with a pipe of its own, and the parent alone hands out work. That is
why there is no ``multiprocessing.Pool`` here: its workers share one task queue and one
result queue, each guarded by a lock across processes. A worker stopped by a signal while
holding one, or blocked sending a large result nobody reads any more, leaves
``Pool.terminate()`` waiting for ever; and its handler thread starts new workers while the
pool is being stopped. With a pipe each, the parent can stop and reap every worker whatever
it was doing.

Signals: Ctrl-C reaches the whole process group, but only the parent acts on it; the
workers ignore it and are stopped by the parent with SIGTERM, which lets each one remove the
output it was writing on the way out. The ``newswire`` script turns SIGTERM into Ctrl-C
(:func:`stop_on_term`), so that either stops a run the same way.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

T = TypeVar("T")
R = TypeVar("R")

Serve = Callable[[int, "Connection"], None]
"""What the ``n``-th worker does with its end of its pipe."""

# Batches a worker may hold at once: one to work on, one waiting, so it never idles while
# the parent is busy writing.
_QUEUED = 2


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the block is done (they are then raised on its exit)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _interrupted(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _worker_stopped(signum: int, frame: object) -> None:
    raise SystemExit(1)  # quietly, once the ``finally`` blocks on the way have run


def stop_on_term() -> None:
    """Make SIGTERM interrupt like Ctrl-C, so that a run stops its workers and removes its
    temporary outputs on the way out."""
    signal.signal(signal.SIGTERM, _interrupted)


def _start(
    n: int, serve: Serve, conn: Connection, inherited: list[Connection],
    setup: Callable[[], None] | None,
) -> None:
    # The parent's ends of the pipes: held open here, they would keep a worker from seeing
    # the parent go away, and it would wait for work for ever.
    for other in inherited:
        other.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _worker_stopped)
    # Forked with both signals held, so that none lands on the parent's handlers before
    # these are in place.
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    if setup is not None:
        setup()
    try:
        serve(n, conn)
    except (EOFError, ConnectionError):
        return  # the parent went away: nothing to do
    finally:
        conn.close()


class WorkerError(RuntimeError):
    """A worker went away without finishing its work: killed (for want of memory, say) or
    ended by a fault of its own."""


class WorkerFailed(RuntimeError):
    """What a worker's work raised, as ``Type: message``: the words one process gives."""


class Workers:
    """``count`` forked processes, the ``n``-th running ``serve(n, conn)`` on its end of a
    pipe whose other end is ``conns[n]``. Fork them before starting any thread (a progress
    bar's, say).

    :meth:`close` when all is done; :meth:`stop` to abandon the work (Ctrl-C, an error).
    As a context manager, leaving the block stops whatever workers are left.
    """

    def __init__(
        self, count: int, serve: Serve, setup: Callable[[], None] | None = None
    ) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        sys.stdout.flush()  # else each worker would write the parent's buffer again
        sys.stderr.flush()
        self.processes: list[BaseProcess] = []
        self.conns: list[Connection] = []
        try:
            with signals_held():
                for n in range(count):
                    parent, child = context.Pipe()
                    self.conns.append(parent)
                    process = context.Process(
                        target=_start, args=(n, serve, child, list(self.conns), setup),
                        daemon=True,
                    )
                    process.start()
                    child.close()
                    self.processes.append(process)
        except BaseException:
            # A Ctrl-C held during the forks lands as the block ends: the caller never gets
            # this object to stop, so stop the workers here.
            self.stop()
            raise

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self.stop()

    def gone(self, conn: Connection) -> WorkerError:
        """The error to raise when the worker at ``conn`` stopped answering."""
        process = self.processes[self.conns.index(conn)]
        process.join(timeout=1)
        code = process.exitcode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            return WorkerError(f"a worker process was killed ({name})")
        return WorkerError(f"a worker process stopped unexpectedly (exit code {code})")

    def close(self) -> None:
        """Close the pipes and wait for every worker to exit."""
        for conn in self.conns:
            conn.close()
        for process in self.processes:
            process.join()
        self.processes = []

    def stop(self, grace: float = 5.0) -> None:
        """Stop every worker now: SIGTERM, which lets a worker remove the output it was
        writing; SIGKILL for any still there ``grace`` seconds later. A second Ctrl-C waits
        until they are gone."""
        with signals_held():
            for process in self.processes:
                if process.pid is not None and process.exitcode is None:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(process.pid, signal.SIGTERM)
            for conn in self.conns:
                conn.close()
            deadline = time.monotonic() + grace
            for process in self.processes:
                process.join(timeout=max(0.0, deadline - time.monotonic()))
                if process.exitcode is None:
                    process.kill()
                    process.join()
        self.processes = []


def _serve_map(fn: Callable[[T], R], n: int, conn: Connection) -> None:
    while (batch := conn.recv()) is not None:
        results: list[R] = []
        try:
            for item in batch:
                results.append(fn(item))
        except Exception as e:  # raised in the parent after the results before it
            try:
                conn.send((results, e))
            except Exception:  # it does not pickle
                conn.send((results, RuntimeError(f"{type(e).__name__}: {e}")))
            continue
        conn.send((results, None))


class MapWorkers(Workers, Generic[T, R]):
    """Workers that call ``fn`` on the items :meth:`map` hands them, for ``convert``."""

    def __init__(
        self, fn: Callable[[T], R], count: int, setup: Callable[[], None] | None = None
    ) -> None:
        super().__init__(count, functools.partial(_serve_map, fn), setup)

    def __enter__(self) -> MapWorkers[T, R]:
        return self

    def map(self, items: Sequence[T], batch: int = 1) -> Iterator[R]:
        """``fn`` of each item, in the order of ``items``. Items go out in batches of
        ``batch``; at most a few batches per worker are done ahead of the one awaited, so
        memory stays bounded when one input is slow. An exception ``fn`` raised is raised
        here in its item's turn, after the results of the items before it."""
        from multiprocessing.connection import wait

        batches = [items[i:i + batch] for i in range(0, len(items), batch)]
        ahead = len(self.conns) * (_QUEUED + 2)
        owed: dict[Connection, collections.deque[int]] = {
            conn: collections.deque() for conn in self.conns
        }
        finished: dict[int, tuple[list[R], BaseException | None]] = {}
        sent = given = 0
        while given < len(batches):
            while sent < len(batches) and sent - given < ahead:
                conn = min(owed, key=lambda c: len(owed[c]))
                if len(owed[conn]) >= _QUEUED:
                    break
                try:
                    conn.send(batches[sent])
                except OSError:
                    raise self.gone(conn) from None
                owed[conn].append(sent)
                sent += 1
            if given in finished:
                done, error = finished.pop(given)
                yield from done
                if error is not None:
                    raise error
                given += 1
                continue
            for ready in wait([conn for conn, queue in owed.items() if queue]):
                conn = ready  # type: ignore[assignment]
                finished[owed[conn].popleft()] = self._receive(conn)

    def _receive(self, conn: Connection) -> tuple[list[R], BaseException | None]:
        """The results of the batch ``conn``'s worker was given first: up to the item that
        raised, and what it raised, if one did."""
        try:
            return conn.recv()  # type: ignore[no-any-return]
        except (EOFError, OSError):
            raise self.gone(conn) from None

    def close(self) -> None:
        """Tell each worker there is no more work, and wait for them to exit."""
        for conn in self.conns:
            with contextlib.suppress(OSError):  # already gone
                conn.send(None)
        super().close()
