"""The worker processes behind ``convert --jobs`` (newswire.pool): results in input order,
failures raised in the parent, and every worker stopped and reaped whatever it was doing."""

from __future__ import annotations

import itertools
import os
import signal
import stat
import time

import pytest

from newswire.pool import MapWorkers


def nothing() -> None:
    pass


def slow_square(n: int) -> int:
    # Uneven work, so that batches finish out of order.
    time.sleep((n * 7 % 5) / 1000)
    return n * n


@pytest.mark.parametrize(
    ("count", "items", "batch"),
    [
        (1, 10, 1),
        (2, 0, 1),
        (2, 1, 1),
        (2, 25, 1),
        (2, 25, 4),
        (3, 100, 7),
        (4, 30, 30),
        (4, 30, 100),
        (8, 200, 3),
    ],
)
def test_results_come_in_input_order(count: int, items: int, batch: int) -> None:
    workers: MapWorkers[int, int] = MapWorkers(slow_square, count, nothing)
    processes = list(workers.processes)
    with workers:
        assert list(workers.map(range(items), batch)) == [n * n for n in range(items)]
        workers.close()
    assert [p.exitcode for p in processes] == [0] * count
    assert all(conn.closed for conn in workers.conns)


def fail_on_three(n: int) -> int:
    if n == 3:
        raise ValueError(f"cannot take {n}")
    return n


def test_an_exception_in_a_worker_is_raised_in_the_parent() -> None:
    with MapWorkers(fail_on_three, 2, nothing) as workers:
        results = workers.map(list(range(10)), 1)
        assert [next(results) for _ in range(3)] == [0, 1, 2]
        with pytest.raises(ValueError, match="cannot take 3"):
            next(results)


def test_the_results_before_a_failing_item_of_a_batch_come_first() -> None:
    with MapWorkers(fail_on_three, 2, nothing) as workers:
        results = workers.map(list(range(10)), 5)  # 3 is in the first batch
        assert [next(results) for _ in range(3)] == [0, 1, 2]
        with pytest.raises(ValueError, match="cannot take 3"):
            next(results)


def test_workers_forked_before_a_failing_fork_are_stopped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As when Ctrl-C, held during the forks, lands once they are done: the caller never
    # gets the object to stop its workers with.
    from multiprocessing.process import BaseProcess

    started: list[BaseProcess] = []
    start = BaseProcess.start

    def third_fails(process: BaseProcess) -> None:
        if len(started) == 2:
            raise KeyboardInterrupt
        start(process)
        started.append(process)

    monkeypatch.setattr(BaseProcess, "start", third_fails)
    with pytest.raises(KeyboardInterrupt):
        MapWorkers(slow_square, 4, nothing)
    assert len(started) == 2
    assert [p.exitcode for p in started] == [1, 1]  # stopped by SIGTERM, and reaped


class Unpicklable(Exception):
    def __init__(self, n: int) -> None:
        super().__init__(f"lock {n}")
        self.lock = __import__("threading").Lock()


def raise_unpicklable(n: int) -> int:
    raise Unpicklable(n)


def test_an_exception_that_does_not_pickle_arrives_as_its_text() -> None:
    with MapWorkers(raise_unpicklable, 1, nothing) as workers, pytest.raises(
        RuntimeError, match=r"^Unpicklable: lock 0$"
    ):
        list(workers.map([0]))


def die_on_two(n: int) -> int:
    if n == 2:
        os._exit(7)
    return n


def test_a_worker_that_dies_is_reported_with_its_exit_code() -> None:
    with MapWorkers(die_on_two, 1, nothing) as workers:
        with pytest.raises(RuntimeError, match=r"stopped unexpectedly \(exit code 7\)"):
            list(workers.map([0, 1, 2, 3]))
        processes = list(workers.processes)
    assert [p.exitcode for p in processes] == [7]


def large(n: int) -> bytes:
    return bytes(8 << 20)  # far more than a pipe holds: the worker blocks sending it


def test_stop_ends_workers_blocked_sending_results_nobody_reads() -> None:
    workers: MapWorkers[int, bytes] = MapWorkers(large, 4, nothing)
    results = workers.map(list(range(16)), 1)
    assert len(next(results)) == 8 << 20
    time.sleep(0.2)  # the others are now stuck in send
    processes = list(workers.processes)
    started = time.monotonic()
    workers.stop()
    assert time.monotonic() - started < 4
    assert [p.exitcode for p in processes] == [1] * 4  # SystemExit(1) from their SIGTERM


def deaf() -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def test_stop_kills_a_worker_that_ignores_sigterm() -> None:
    workers: MapWorkers[float, None] = MapWorkers(time.sleep, 1, deaf)
    assert list(itertools.islice(workers.map([0, 30]), 1)) == [None]  # now asleep for 30 s
    processes = list(workers.processes)
    started = time.monotonic()
    workers.stop(grace=0.3)
    assert 0.3 <= time.monotonic() - started < 3
    assert [p.exitcode for p in processes] == [-signal.SIGKILL]


def test_leaving_the_block_early_stops_the_workers() -> None:
    with MapWorkers(slow_square, 2, nothing) as workers:
        results = workers.map(list(range(1000)), 1)
        assert next(results) == 0
        processes = list(workers.processes)
    assert all(p.exitcode is not None for p in processes)
    assert workers.processes == []


def sockets() -> set[int]:
    """The inodes of the sockets this process holds open (a pipe here is a socket pair)."""
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            status = os.fstat(int(fd))
        except OSError:
            continue
        if stat.S_ISSOCK(status.st_mode):
            found.add(status.st_ino)
    return found


def held_by_worker(parents_ends: frozenset[int]) -> int:
    return len(sockets() & parents_ends)


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
def test_no_worker_holds_the_parents_end_of_a_pipe() -> None:
    # Were a worker to hold the parent's end of another's pipe, that pipe would not close
    # when the parent goes away, and its worker would wait for work for ever.
    with MapWorkers(held_by_worker, 4, nothing) as workers:
        ends = frozenset(os.fstat(conn.fileno()).st_ino for conn in workers.conns)
        assert len(ends) == 4
        assert list(workers.map([ends] * 8)) == [0] * 8
