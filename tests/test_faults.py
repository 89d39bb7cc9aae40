"""The command under faults: a full disk, an output folder that cannot be made, a reader that
goes away, unreadable inputs among many. Each gives one clear line on stderr, the right exit
code and no traceback, and leaves no temporary files; outputs finished before a fault stay.

A full disk is simulated two ways: /dev/full for stdout (every write fails with ENOSPC), and a
file size limit (RLIMIT_FSIZE) for output files (writes past it fail with EFBIG)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import IO

import pytest

from tests.helpers import PAGE, newswire_command, through_head

NOW = "2026-02-01T09:00:00+01:00"
DEV_FULL = Path("/dev/full")
needs_dev_full = pytest.mark.skipif(not DEV_FULL.exists(), reason="no /dev/full here")


def run(
    args: list[str], cwd: Path, *, stdout: int | IO[bytes] = subprocess.PIPE,
    file_limit: int | None = None,
) -> tuple[int, str, bytes]:
    def limit() -> None:
        import resource

        assert file_limit is not None
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    proc = subprocess.run(
        [*newswire_command(), *args], cwd=cwd, stdout=stdout, stderr=subprocess.PIPE,
        timeout=120, check=False, preexec_fn=limit if file_limit else None,
    )
    err = proc.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in err and "Exception ignored" not in err, err
    return proc.returncode, err, proc.stdout or b""


def temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


@needs_dev_full
@pytest.mark.parametrize(
    "args",
    [
        ["parse", "--now", NOW, "page.txt"],
        ["parse", "--now", NOW, "--format", "json", "page.txt"],
        ["parse", "--now", NOW, "page.txt", "page.txt", "page.txt"],
        ["validate", "--format", "jsonl", "page.txt"],
        ["schema"],
        ["convert", "--now", NOW, "--quiet", "page.txt"],
        ["convert", "--now", NOW, "--quiet", "--to", "csv", "page.txt"],
    ],
    ids=["parse", "parse-json", "parse-three-files", "validate", "schema", "convert",
         "convert-csv"],
)
def test_stdout_on_a_full_disk(tmp_path: Path, args: list[str]) -> None:
    # The last line gives validate something to say.
    (tmp_path / "page.txt").write_text(PAGE + "DEN HAAG (ANP) De regering.\n", "utf-8")
    with DEV_FULL.open("wb") as full:
        code, err, _ = run(args, tmp_path, stdout=full)
    assert code == 1
    assert err.splitlines() == ["newswire: error: stdout: cannot write (No space left on device)"]


@needs_dev_full
def test_stdout_on_a_full_disk_from_parallel_workers(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("=====\n".join([PAGE] * 30000), "utf-8")  # 11 MB
    with DEV_FULL.open("wb") as full:
        code, err, _ = run(["parse", "--now", NOW, "--jobs", "2", "big.txt"], tmp_path,
                           stdout=full)
    assert code == 1
    assert err.splitlines() == ["newswire: error: stdout: cannot write (No space left on device)"]


def test_output_folder_with_a_file_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(PAGE, "utf-8")
    (tmp_path / "out").write_text("a file, not a folder\n", "utf-8")
    code, err, _ = run(["convert", "--now", NOW, "--quiet", "page.txt", "-o", "out/"], tmp_path)
    assert code == 1
    assert err.splitlines() == [
        "newswire: error: out: cannot make this folder (a file is in the way); stopped, "
        "the outputs finished before are whole"
    ]
    assert (tmp_path / "out").read_text("utf-8") == "a file, not a folder\n"
    assert temporaries(tmp_path) == []


def test_combined_output_in_a_folder_that_cannot_be_made(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(PAGE, "utf-8")
    (tmp_path / "out").write_text("x\n", "utf-8")
    code, err, _ = run(["convert", "--now", NOW, "--quiet", "page.txt", "-o", "out/all.jsonl"],
                       tmp_path)
    assert code == 1
    assert err.splitlines() == [
        "newswire: error: out: cannot make this folder (a file is in the way)"
    ]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_full_disk_while_converting_a_folder(tmp_path: Path, jobs: str) -> None:
    """Outputs are written in input order; the second is too big for the disk: the first stays
    whole, the second leaves nothing, the third is never started."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(PAGE, "utf-8")
    (pages / "b.txt").write_text("=====\n".join([PAGE] * 200), "utf-8")
    (pages / "c.txt").write_text(PAGE, "utf-8")
    code, err, _ = run(
        ["convert", "--now", NOW, "--quiet", "--jobs", jobs, "pages", "-o", "out/"], tmp_path,
        file_limit=64 << 10,
    )
    assert code == 1
    assert err.splitlines() == [
        "newswire: error: out/b.jsonl: cannot write (File too large); stopped, "
        "the outputs finished before are whole"
    ]
    a = (tmp_path / "out" / "a.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line)["kind"] for line in a] == ["article", "teaser", "teaser"]
    assert not (tmp_path / "out" / "b.jsonl").exists()
    assert temporaries(tmp_path) == []
    if jobs == "1":
        assert not (tmp_path / "out" / "c.jsonl").exists()


def test_full_disk_keeps_the_previous_combined_output(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("=====\n".join([PAGE] * 200), "utf-8")
    (tmp_path / "all.jsonl").write_text('{"old": true}\n', "utf-8")
    code, err, _ = run(
        ["convert", "--now", NOW, "--quiet", "--force", "big.txt", "-o", "all.jsonl"], tmp_path,
        file_limit=64 << 10,
    )
    assert code == 1
    assert err.splitlines() == ["newswire: error: all.jsonl: cannot write (File too large)"]
    assert (tmp_path / "all.jsonl").read_text("utf-8") == '{"old": true}\n'
    assert temporaries(tmp_path) == []


def test_unreadable_inputs_among_many(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(1000):
        (pages / f"p{i:04d}.txt").write_text(PAGE, "utf-8")
    (pages / "p0100.txt").unlink()
    (pages / "p0100.txt").mkdir()  # a folder with a .txt name: searched, holds nothing
    (pages / "p0200.txt").write_bytes(b"\x00\x01\x02" * 100)
    (pages / "p0300.txt").write_text(" \n\t\n", "utf-8")
    (pages / "p0400.txt").unlink()
    os.symlink(pages / "gone.txt", pages / "p0400.txt")  # a link to nothing
    code, err, _ = run(["convert", "--now", NOW, "--quiet", "pages", "-o", "out/"], tmp_path)
    assert code == 1
    assert sorted(err.splitlines()) == [
        "newswire: error: pages/p0200.txt:1: binary data (NUL or control bytes), not text",
        "newswire: error: pages/p0300.txt: empty file, nothing to parse",
        "newswire: error: pages/p0400.txt: no such file",
    ]
    outputs = sorted(p.name for p in (tmp_path / "out").glob("*.jsonl"))
    assert len(outputs) == 996
    assert "p0200.jsonl" not in outputs and "p0999.jsonl" in outputs
    assert temporaries(tmp_path) == []


def test_convert_to_a_closed_pipe(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("=====\n".join([PAGE] * 3000), "utf-8")
    out, err, status = through_head(tmp_path, f"convert --now {NOW} --quiet big.txt")
    assert err == ""
    assert status == "0"
    assert json.loads(out)["kind"] == "article"
