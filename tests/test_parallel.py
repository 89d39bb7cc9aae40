"""Worker processes give byte for byte the output of one process, and fall back to one
process when a page boundary would be read differently."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from newswire.formats import JsonEncoder
from newswire.parallel import Finish, _keep_freed_memory, parse_in_parallel
from newswire.parser import Session
from newswire.records import Record, Skipped
from tests.helpers import (
    interrupt_as_workers_start,
    kill_workers,
    needs_proc,
    newswire_command,
    running_on,
    wait_until,
    workers_of,
)

NOW = "2026-02-01T09:00:00+01:00"
PAGE = (
    "Kop {n}\nDEN HAAG (ANP) - Tekst van pagina {n}. Nog een zin.\nTweede alinea.\n"
    "Meer uit Buitenland\nPARIJS (ANP) - Teaser een van {n}.\n10 minuten geledenROME "
    "(ANP/AFP) - Teaser twee.\n{h} uur geleden\n"
)
HEADED = (
    "Kop {n}\nDEN HAAG (ANP) - Tekst {n}.\nMeer uit Sport\nTeaserkop\nOSLO (ANP) - Een.\n"
    "1 uur geleden\n"
)


def newswire(*args: str) -> subprocess.CompletedProcess[bytes]:
    command = [*newswire_command(), *args]
    return subprocess.run(command, capture_output=True, timeout=600, check=False)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.txt"
    pages = [PAGE.format(n=n, h=n % 20 + 1) for n in range(40_000)]
    path.write_text("".join(pages), encoding="utf-8")
    assert path.stat().st_size > 6 << 20
    return path


def test_workers_write_what_one_process_writes(big: Path) -> None:
    one = newswire("parse", "--now", NOW, "--jobs", "1", str(big))
    three = newswire("parse", "--now", NOW, "--jobs", "3", str(big))
    assert one.returncode == three.returncode == 0
    assert one.stderr == three.stderr == b""
    assert one.stdout == three.stdout
    last = one.stdout.rsplit(b"\n", 2)[-2]
    assert b'"page": 40000}' in last


def test_split_points_start_pages(big: Path) -> None:
    text = big.read_text("utf-8")
    session = Session(text, now=__import__("datetime").datetime(2026, 2, 1, 9))
    points = session.split_points(4)
    assert len(points) == 3
    for point in points:
        assert text[point - 1] == "\n"
        assert text[point:].startswith("Kop ")


def test_a_boundary_read_otherwise_falls_back_to_one_process(tmp_path: Path) -> None:
    # Lists whose teasers carry headlines: "Kop n" over a dateline is the next page only
    # because the page's lead comes first; the split check must agree or fall back.
    path = tmp_path / "headed.txt"
    path.write_text("".join(HEADED.format(n=n) for n in range(60_000)), encoding="utf-8")
    one = newswire("parse", "--now", NOW, "--jobs", "1", str(path))
    two = newswire("parse", "--now", NOW, "--jobs", "2", str(path))
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout


def test_a_boundary_read_otherwise_halfway_keeps_the_blocks_before_it(tmp_path: Path) -> None:
    # Plain pages for some blocks, then headed teasers: the workers' blocks are written up
    # to the first block a single pass would read past, and the parent reads on from there.
    path = tmp_path / "mixed.txt"
    plain = "".join(PAGE.format(n=n, h=n % 20 + 1) for n in range(20_000))
    headed = "".join(HEADED.format(n=n) for n in range(40_000))
    path.write_text(plain + headed, encoding="utf-8")
    assert len(plain) > 3 << 20 and len(headed) > 2 << 20
    # A small file after it numbers its pages from 1: the parent's encoder, which read the
    # rest, kept the earlier file's page count.
    small = tmp_path / "small.txt"
    small.write_text(PAGE.format(n=1, h=1), encoding="utf-8")
    one = newswire("parse", "--now", NOW, "--jobs", "1", str(path), str(small))
    two = newswire("parse", "--now", NOW, "--jobs", "2", str(path), str(small))
    assert one.returncode == two.returncode == 0
    assert one.stderr == two.stderr == b""
    assert one.stdout == two.stdout
    assert one.stdout.count(b"\n") == 20_000 * 3 + 40_000 * 2 + 3
    assert one.stdout.rsplit(b"\n", 2)[-2].endswith(b'"page": 1}, "warnings": []}')


def test_markup_and_page_breaks_are_shared_out_too(tmp_path: Path) -> None:
    # Text with tags taken out or form feeds was parsed in one process; its blocks now go
    # to the workers, and what was taken out is kept with the page one pass keeps it with.
    # Rule lines and breaks open pages that the next article fills, as in one pass.
    path = tmp_path / "markup.txt"
    joins = ["\n\n\n<div>\n\n\n", "<p>", "\f", "\n", "&amp;\n", "-----\n"]
    path.write_text(
        "".join(PAGE.format(n=n, h=n % 20 + 1) + joins[n % 6] for n in range(24_000)),
        encoding="utf-8",
    )
    one = newswire("parse", "--now", NOW, "--jobs", "1", "--include-skipped", str(path))
    two = newswire("parse", "--now", NOW, "--jobs", "2", "--include-skipped", str(path))
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert b'"reason": "markup"' in one.stdout


@pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked")
def test_closed_pipe_with_workers_is_quiet(big: Path) -> None:
    exe = Path(sys.executable).parent / "newswire"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "newswire"]
    proc = subprocess.Popen(
        [*command, "parse", "--now", NOW, "--jobs", "2", str(big)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0
    assert b"Traceback" not in err and b"Error" not in err


@needs_proc
@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGTERM"])
def test_an_interruption_stops_the_workers_quietly(big: Path, signal_name: str) -> None:
    # Before, a worker hit by Ctrl-C printed its traceback, and after a SIGTERM to the parent
    # the workers went on for ever, holding stdout and stderr open.
    run = subprocess.Popen([*newswire_command(), "parse", "--now", NOW, "--jobs", "2",
                            str(big)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           start_new_session=True)
    stderr = interrupt_as_workers_start(run, signal_name)
    assert run.returncode in (0, 130), stderr
    assert stderr == b""
    assert not running_on(big), "a worker outlived the run"


def test_a_slow_block_holds_back_neither_the_order_nor_too_much_output(
    big: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    # The first block's worker stops for a while: the other takes the next blocks, up to a
    # few ahead of the one being written, then waits; the output is still in input order.
    text = big.read_text("utf-8")
    expected = _one_process(text)
    capfd.readouterr()

    def slow_start(item: Record | Skipped) -> Record | Skipped:
        if item.source.start == 0:
            time.sleep(1.5)
        return item

    session = Session(text, now=datetime(2026, 2, 1, 9))
    assert parse_in_parallel(session, 2, slow_start, False, JsonEncoder())
    assert capfd.readouterr().out == expected


def test_without_ctypes_the_memory_setting_is_left_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "ctypes", None)
    _keep_freed_memory()  # ImportError, caught: a Python built without ctypes parses too


def _one_process(text: str, before: int | None = None) -> str:
    """The JSON Lines one process writes for ``text``, up to the records from ``before``."""
    session = Session(text, now=datetime(2026, 2, 1, 9))
    encoder = JsonEncoder()
    return "".join(
        encoder.encode(r) + "\n" for r in session.records(skipped=False)
        if before is None or r.source.start < before
    )


def _failing_past(offset: int, how: str) -> Finish:
    def finish(item: Record | Skipped) -> Record | Skipped:
        if item.source.start >= offset:
            if how == "exits":
                os._exit(3)  # as if the kernel killed the worker
            raise ValueError("a bad page")
        return item

    return finish


@pytest.mark.parametrize(
    ("how", "message"),
    [
        ("raises", r"^ValueError: a bad page$"),
        ("exits", r"^a worker process stopped unexpectedly \(exit code 3\)$"),
    ],
)
def test_a_worker_that_fails_is_an_error_not_a_closed_stdout(
    big: Path, how: str, message: str, capfd: pytest.CaptureFixture[str]
) -> None:
    # A worker that fails has closed its pipe: a BrokenPipeError on the parent's next message
    # to it once passed for stdout's reader going away, and the CLI stopped quietly, with
    # exit 0 and part of the output. An error raised comes in its block's turn, after the
    # blocks before it are written, as one process writes them; a worker that dies, at once.
    text = big.read_text("utf-8")
    offset = len(text) * 4 // 5
    session = Session(text, now=datetime(2026, 2, 1, 9))
    with pytest.raises(RuntimeError, match=message):
        parse_in_parallel(session, 4, _failing_past(offset, how), False, JsonEncoder())
    written = capfd.readouterr().out
    if how == "raises":
        block = max(a for a, _, _ in session.block_ranges() if a <= offset)
        assert block > 0
        assert written == _one_process(text, before=block)


def test_an_error_comes_in_its_blocks_turn(
    big: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    # The second block fails while the first is still being built: the first is written
    # before the error is raised, as one process would have written it.
    text = big.read_text("utf-8")
    session = Session(text, now=datetime(2026, 2, 1, 9))
    second = list(session.block_ranges())[1][0]
    expected = _one_process(text, before=second)
    capfd.readouterr()

    def finish(item: Record | Skipped) -> Record | Skipped:
        if item.source.start == 0:
            time.sleep(1.0)
        if item.source.start >= second:
            raise ValueError("a bad page")
        return item

    session = Session(text, now=datetime(2026, 2, 1, 9))
    with pytest.raises(RuntimeError, match=r"^ValueError: a bad page$"):
        parse_in_parallel(session, 2, finish, False, JsonEncoder())
    assert capfd.readouterr().out == expected


@needs_proc
def test_a_killed_worker_is_one_line_and_exit_1(big: Path) -> None:
    import time

    run = subprocess.Popen([*newswire_command(), "parse", "--now", NOW, "--jobs", "2",
                            str(big)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_until(run, lambda: workers_of(run.pid))
    time.sleep(0.2)  # the workers are parsing
    kill_workers(run)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 1
    assert stderr.decode() == f"newswire: error: {big}: a worker process was killed (SIGKILL)\n"
    assert not running_on(big)
