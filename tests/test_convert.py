"""``newswire convert`` through the installed command: folders, formats, resuming, dumps."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from newswire.render import CSV_COLUMNS
from newswire.schema import check, load_schema
from tests.helpers import (
    interrupt_as_workers_start,
    kill_workers,
    needs_proc,
    newswire_command,
    running_on,
    wait_until,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
NINJS = json.loads((ROOT / "newswire/ninjs/ninjs-schema_3.1.json").read_text("utf-8"))
NOW = "2026-02-01T09:00:00+01:00"


def newswire(*args: str, stdin: str | None = None, cwd: Path | None = None) -> Any:
    command = newswire_command()
    # Bytes in and out, decoded here: CSV's CRLF line ends must arrive as written.
    done = subprocess.run([*command, *args], input=stdin.encode() if stdin else None,
                          capture_output=True, timeout=120, cwd=cwd)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(),
                                       done.stderr.decode())


def seed_copies(folder: Path, files: int, repeat: int) -> Path:
    """A folder of ``files`` inputs, each the seed page written ``repeat`` times."""
    folder.mkdir()
    text = (SAMPLES / "anp_buitenland.txt").read_text("utf-8") * repeat
    for i in range(files):
        (folder / f"p{i:03d}.txt").write_text(text, "utf-8")
    return folder


def golden(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (SAMPLES / name).read_text("utf-8").splitlines()]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """in/a/one.txt, in/a/b/two.txt, in/three.txt, in/a/bad.txt (binary), in/notes.md."""
    root = tmp_path / "in"
    (root / "a" / "b").mkdir(parents=True)
    shutil.copy(SAMPLES / "anp_buitenland.txt", root / "a" / "one.txt")
    shutil.copy(SAMPLES / "anp_two_pages.txt", root / "a" / "b" / "two.txt")
    shutil.copy(SAMPLES / "dpa_politik.txt", root / "three.txt")
    (root / "a" / "bad.txt").write_bytes(b"\x00\x01\x02" * 50)
    (root / "notes.md").write_text("not selected by the glob", "utf-8")
    return root


def test_folder_to_folder_mirrors_the_tree(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = newswire("convert", str(tree), "-o", f"{out}/", "--now", NOW)
    assert result.returncode == 1  # the binary file
    assert "bad.txt:1: binary data" in result.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                  if p.is_file()) == ["a/b/two.jsonl", "a/one.jsonl", "three.jsonl"]
    # Each output is what parse gives for its input (the golden file, but for its name).
    got = [json.loads(line) for line in (out / "a/one.jsonl").read_text("utf-8").splitlines()]
    want = golden("anp_buitenland.jsonl")
    assert [r["id"] for r in got] == [r["id"] for r in want]
    assert [r["source"]["name"] for r in got] == [str(tree / "a" / "one.txt")] * len(want)
    assert not list(out.rglob("*.tmp"))
    schema = load_schema()
    for output in out.rglob("*.jsonl"):
        for line in output.read_text("utf-8").splitlines():
            assert check(json.loads(line), schema) == []
    assert result.stderr.splitlines()[-1].startswith(
        "newswire: 4 inputs: 21 records, 0 duplicates dropped,"
    )


def test_existing_outputs_are_kept_skipped_or_replaced(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    newswire("convert", str(tree), "-o", f"{out}/", "--now", NOW, "--quiet")
    (out / "three.jsonl").write_text("kept\n", "utf-8")
    (out / "a" / "one.jsonl").unlink()  # as if the run was interrupted here
    kept = newswire("convert", str(tree), "-o", f"{out}/", "--now", NOW)
    assert kept.returncode == 1
    assert f"{out / 'three.jsonl'}: exists" in kept.stderr
    assert (out / "three.jsonl").read_text("utf-8") == "kept\n"
    assert (out / "a" / "one.jsonl").exists()  # written: it was missing
    resumed = newswire("convert", str(tree), "-o", f"{out}/", "--now", NOW,
                       "--skip-existing", "--glob", "t*.txt")
    assert resumed.returncode == 0
    assert "0 errors, 2 skipped" in resumed.stderr
    forced = newswire("convert", str(tree / "three.txt"), "-o", f"{out}/", "--now", NOW,
                      "--force")
    assert forced.returncode == 0
    assert (out / "three.jsonl").read_text("utf-8").count("\n") == 5


def test_combined_file_equals_parse(tree: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.jsonl"
    result = newswire("convert", str(tree / "a" / "one.txt"), str(tree / "three.txt"),
                      "-o", str(target), "--now", NOW)
    assert result.returncode == 0
    parsed = newswire("parse", "--now", NOW, str(tree / "a" / "one.txt"),
                      str(tree / "three.txt"))
    assert target.read_text("utf-8") == parsed.stdout


def test_an_input_is_never_overwritten(tree: Path) -> None:
    page = tree / "three.txt"
    before = page.read_bytes()
    result = newswire("convert", str(page), "-o", str(page), "--force", "--now", NOW)
    assert result.returncode == 2
    assert "is one of the inputs" in result.stderr
    assert page.read_bytes() == before


@pytest.mark.parametrize("named", ["files", "folders"])
def test_two_inputs_never_share_an_output(tmp_path: Path, named: str) -> None:
    for folder, sample in (("x", "dpa_politik.txt"), ("y", "anp_buitenland.txt")):
        (tmp_path / folder).mkdir()
        shutil.copy(SAMPLES / sample, tmp_path / folder / "a.txt")
    inputs = ["x/a.txt", "y/a.txt"] if named == "files" else ["x", "y"]
    result = newswire("convert", *inputs, "-o", "out/", "--now", NOW, cwd=tmp_path)
    assert result.returncode == 2
    assert "x/a.txt and y/a.txt would both be written to out/a.jsonl" in result.stderr
    assert not (tmp_path / "out").exists()


def test_parse_output_with_skips_converts(tmp_path: Path) -> None:
    parsed = newswire("parse", "--now", NOW, "--include-skipped",
                      str(SAMPLES / "anp_two_pages.txt")).stdout
    assert json.loads(parsed.splitlines()[0])["kind"] == "skipped"  # first, a skip
    dump = tmp_path / "with-skips.jsonl"
    dump.write_text(parsed, "utf-8")
    result = newswire("convert", str(dump), "--quiet")
    records = [line for line in parsed.splitlines() if '"kind": "skipped"' not in line]
    assert result.returncode == 0
    assert result.stdout.splitlines() == records


def test_standard_input_as_a_list_and_an_input_is_a_usage_error(tmp_path: Path) -> None:
    result = newswire("convert", "--files-from", "-", "-", "--now", NOW, stdin="a.txt\n")
    assert result.returncode == 2
    assert "can be read once only" in result.stderr


def test_an_output_name_too_long_is_named(tmp_path: Path) -> None:
    name = "x" * 300 + ".jsonl"
    result = newswire("convert", str(SAMPLES / "anp_buitenland.txt"), "-o", name, "--now", NOW,
                      "--quiet", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == f"newswire: error: {name}: File name too long\n"


def test_outputs_get_the_usual_modes(tmp_path: Path) -> None:
    page = str(SAMPLES / "anp_buitenland.txt")
    fresh = tmp_path / "fresh.jsonl"
    assert newswire("convert", page, "-o", str(fresh), "--now", NOW).returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask  # not mkstemp's 0600
    kept = tmp_path / "kept.jsonl"
    kept.write_text("old\n")
    kept.chmod(0o640)
    assert newswire("convert", page, "-o", str(kept), "--force", "--now", NOW).returncode == 0
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and kept.read_text() != "old\n"


def test_a_link_or_a_pipe_as_output_is_written_through(tmp_path: Path) -> None:
    page = str(SAMPLES / "anp_buitenland.txt")
    target = tmp_path / "target.jsonl"
    target.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    assert newswire("convert", page, "-o", str(link), "--force", "--now", NOW).returncode == 0
    assert link.is_symlink() and target.read_text("utf-8").count("\n") == 8
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    run = subprocess.Popen(  # no --force: a pipe is written to, never replaced
        [*newswire_command(), "convert", page, "-o", str(fifo), "--now", NOW, "--quiet"]
    )
    with fifo.open(encoding="utf-8") as reader:  # the writer opens it: this unblocks both
        lines = reader.read().splitlines()
    assert run.wait(timeout=60) == 0
    assert len(lines) == 8 and fifo.exists()
    # /dev/stdout is a link to the pipe the caller reads: followed by the kernel, not by name.
    through = newswire("convert", page, "-o", "/dev/stdout", "--now", NOW, "--quiet")
    assert through.returncode == 0, through.stderr
    assert through.stdout.count("\n") == 8
    assert newswire("convert", page, "-o", "/dev/null", "--now", NOW).returncode == 0
    # Any descriptor the caller hands over, by its /dev/fd name.
    given = tmp_path / "given.jsonl"
    with given.open("wb") as sink:
        fd = sink.fileno()
        handed = subprocess.run(
            [*newswire_command(), "convert", page, "-o", f"/dev/fd/{fd}", "--now", NOW,
             "--quiet"], pass_fds=(fd,), capture_output=True, check=False,
        )
    assert handed.returncode == 0, handed.stderr
    assert given.read_text("utf-8").count("\n") == 8
    # Where the shell sent stdout to a file (>>), /dev/stdout is written on at its end.
    kept = tmp_path / "kept.jsonl"
    kept.write_text("first\n", encoding="utf-8")
    with kept.open("ab") as sink:
        appended = subprocess.run(
            [*newswire_command(), "convert", page, "-o", "/dev/stdout", "--now", NOW, "--quiet"],
            stdout=sink, stderr=subprocess.PIPE, check=False,
        )
    assert appended.returncode == 0, appended.stderr
    assert kept.read_text("utf-8").splitlines()[0] == "first"
    assert kept.read_text("utf-8").count("\n") == 9


def test_a_files_time_is_the_reference_in_whole_seconds(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    shutil.copy(SAMPLES / "anp_buitenland.txt", page)
    stamp = datetime(2026, 1, 15, 11, 34, 56, 789_000, tzinfo=UTC).timestamp()
    os.utime(page, (stamp, stamp))
    result = newswire("convert", str(page), "--quiet")
    values = {json.loads(line)["reference_time"]["value"] for line in result.stdout.splitlines()}
    assert values == {"2026-01-15T12:34:56+01:00"}  # Amsterdam, the fraction dropped


def test_stdin_to_csv() -> None:
    page = (SAMPLES / "anp_buitenland.txt").read_text("utf-8")
    result = newswire("convert", "-", "--to", "csv", "--now", NOW, "--quiet", stdin=page)
    assert result.returncode == 0
    assert result.stdout.startswith(",".join(CSV_COLUMNS) + "\r\n")
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    want = golden("anp_buitenland.jsonl")
    assert [r["id"] for r in rows] == [r["id"] for r in want]
    assert rows[0]["places"] == "MOSKOU" and rows[0]["countries"] == "RU"
    assert rows[0]["agencies"] == "ANP;AFP;BLOOMBERG"
    assert rows[1]["published"] == "2026-02-01T08:50:00+01:00"
    assert rows[0]["body"] == want[0]["body"]  # paragraphs and quotes survive the quoting


def test_records_render_as_fresh_ones(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    shutil.copy(SAMPLES / "anp_buitenland.jsonl", records)
    from_records = newswire("convert", str(records), "--to", "csv", "--quiet")
    from_text = newswire("convert", str(SAMPLES / "anp_buitenland.txt"), "--to", "csv",
                         "--now", NOW, "--quiet", cwd=ROOT)
    assert from_records.returncode == 0
    rows = list(csv.reader(io.StringIO(from_records.stdout, newline="")))
    fresh = list(csv.reader(io.StringIO(from_text.stdout, newline="")))
    assert len(rows) == len(fresh) == 9
    name = CSV_COLUMNS.index("source_name")
    assert [r[:name] for r in rows] == [r[:name] for r in fresh]


def test_what_format_json_writes_converts_as_its_records(tmp_path: Path) -> None:
    page = SAMPLES / "anp_buitenland.txt"
    written = newswire("parse", "--format", "json", "--now", NOW,
                       str(page.relative_to(ROOT)), cwd=ROOT)
    array = tmp_path / "page.json"
    array.write_text(written.stdout, encoding="utf-8")
    lines = newswire("convert", str(array), "--quiet")
    assert lines.returncode == 0
    assert lines.stdout == (SAMPLES / "anp_buitenland.jsonl").read_text("utf-8")
    empty = tmp_path / "empty.json"
    empty.write_text("[]\n", encoding="utf-8")
    assert newswire("convert", str(empty), "--quiet").stdout == ""
    # Printed over many lines, as jq and json.dumps(indent=2) write it.
    records = [json.loads(line) for line in lines.stdout.splitlines()]
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps(records, indent=2, ensure_ascii=False), encoding="utf-8")
    assert newswire("convert", str(pretty), "--quiet").stdout == lines.stdout
    stream = tmp_path / "stream.json"  # jq's way: one record after another, indented
    stream.write_text("".join(json.dumps(r, indent=2) + "\n" for r in records), "utf-8")
    assert newswire("convert", str(stream), "--quiet").stdout == lines.stdout
    assert newswire("validate", str(stream)).returncode == 0


def test_json_that_holds_no_records_is_said_so(tmp_path: Path) -> None:
    dump = tmp_path / "dump.json"
    dump.write_text('[{"headline": "x", "text": "y"}]\n', encoding="utf-8")
    lines = tmp_path / "dump.jsonl"
    lines.write_text('{"headline": "x", "text": "y"}\n', encoding="utf-8")
    for path in (dump, lines):
        result = newswire("convert", str(path))
        assert result.returncode == 1 and result.stdout == ""
        assert f"{path}: JSON, but no newswire records" in result.stderr
        assert "Traceback" not in result.stderr
    # In a file of records, a line that is none is said by its number.
    record = (SAMPLES / "anp_buitenland.jsonl").read_text("utf-8").splitlines()[0]
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(f'{record}\n{{"headline": "x"}}\n', encoding="utf-8")
    result = newswire("convert", str(mixed))
    assert result.returncode == 1 and result.stdout.count("\n") == 1
    assert f"{mixed}:2: no newswire record" in result.stderr


def test_ninjs_is_valid(tree: Path) -> None:
    result = newswire("convert", str(tree), "--to", "ninjs", "--now", NOW, "--quiet")
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(objects) == 21
    validator = jsonschema.Draft202012Validator(NINJS)
    for obj in objects:
        validator.validate(obj)
    first = next(o for o in objects if o.get("language") == "nl" and "Poetin" in str(o))
    headline = "Poetin en Xi hebben eerste persoonlijke ontmoeting sinds invasie"
    assert first["headlines"] == [{"role": "main", "value": headline}]
    assert first["located"] == "Moscow"
    assert first["places"][0]["uri"] == "https://sws.geonames.org/524901/"
    assert [s["literal"] for s in first["infoSources"]] == ["ANP", "AFP", "BLOOMBERG"]
    teaser = objects[objects.index(first) + 1]
    assert teaser["versionCreated"] == "2026-02-01T08:50:00+01:00"
    assert teaser["representationType"] == "partial"


def test_scraper_dump_resolves_against_capture_time(tmp_path: Path) -> None:
    page = (SAMPLES / "anp_buitenland.txt").read_text("utf-8")
    dump = tmp_path / "dump.jsonl"
    lines = [
        {"url": "https://example.org/1", "scraped_at": "2026-02-01T09:00:00+01:00", "text": page},
        {"url": "https://example.org/2", "scraped_at": "2026-03-01T12:00:00+01:00", "text": page},
    ]
    dump.write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    result = newswire("convert", str(dump), "--input-format", "jsonl", "--now-field",
                      "scraped_at", "--dedupe")
    assert result.returncode == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 8  # the second page repeats the first one's items
    assert "8 duplicates dropped" in result.stderr
    assert records[1]["published"]["value"] == "2026-02-01T08:50:00+01:00"
    assert records[1]["meta"] == {"url": "https://example.org/1",
                                  "scraped_at": "2026-02-01T09:00:00+01:00"}
    schema = load_schema()
    assert all(check(r, schema) == [] for r in records)
    undeduped = newswire("convert", str(dump), "--input-format", "jsonl", "--now-field",
                         "scraped_at", "--quiet")
    second = [json.loads(line) for line in undeduped.stdout.splitlines()][9]
    assert second["published"]["value"] == "2026-03-01T11:50:00+01:00"


def test_a_scraper_dump_line_that_cannot_be_read_loses_no_other_page(tmp_path: Path) -> None:
    page = (SAMPLES / "anp_buitenland.txt").read_text("utf-8")
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join([
        json.dumps({"url": "1", "scraped_at": "2026-02-01T09:00:00+01:00", "text": page}),
        "not json",
        json.dumps({"url": "3", "body": "no text field"}),
        json.dumps({"url": "4", "scraped_at": "garbage", "text": page}),
        json.dumps({"url": "5", "text": 42}),
        json.dumps({"url": "6", "scraped_at": "2026-03-01T12:00:00+01:00", "text": page}),
        "[" * 100_000,  # deeper than the reader goes
    ]) + "\n", "utf-8")
    args = ["convert", str(dump), "--input-format", "jsonl", "--now-field", "scraped_at"]
    skip = newswire(*args)
    assert skip.returncode == 1
    assert [json.loads(line)["meta"]["url"] for line in skip.stdout.splitlines()] == \
        ["1"] * 8 + ["6"] * 8
    errors = [line for line in skip.stderr.splitlines() if "error:" in line]
    assert errors == [
        f"newswire: error: {dump}:2: no JSON object with a text in 'text'",
        f"newswire: error: {dump}:3: no JSON object with a text in 'text'",
        f"newswire: error: {dump}:4: 'scraped_at' is no ISO 8601 time: 'garbage'; "
        "the page was not converted",
        f"newswire: error: {dump}:5: no JSON object with a text in 'text'",
        f"newswire: error: {dump}:7: no JSON object with a text in 'text'",
    ]
    assert "16 records" in skip.stderr and "5 errors" in skip.stderr
    stop = newswire(*args, "--on-error", "stop")
    assert (stop.returncode, stop.stdout) == (1, "")
    assert f"{dump}:2: no JSON object" in stop.stderr


def test_a_record_line_that_cannot_be_read_loses_no_other_record(tmp_path: Path) -> None:
    records = newswire("parse", "--now", NOW, str(SAMPLES / "anp_buitenland.txt")).stdout
    first, *rest = records.splitlines()
    # A BOM before the first line (Excel, PowerShell) is no reason to read it as wire text,
    # and a line separator in a string ends no JSON line.
    first = first.replace('"body": "', '"body": "\u2028', 1)
    mixed = tmp_path / "records.jsonl"
    mixed.write_text("\ufeff" + "\n".join([first, "[" * 100_000, '{"id": "\\ud800"}',
                                           '{"id": "x", "lat": NaN}', *rest]) + "\n", "utf-8")
    result = newswire("convert", str(mixed), "--to", "csv", "--quiet")
    assert result.returncode == 1
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len(rows) == 1 + 8  # the header, and every record
    assert [line for line in result.stderr.splitlines() if "error:" in line] == [
        f"newswire: error: {mixed}:2: no JSON (nested too deeply to read)",
        f"newswire: error: {mixed}:3: no JSON (a lone surrogate escape (\\ud800 and kin), "
        "no character)",
        f"newswire: error: {mixed}:4: no JSON (NaN is no JSON number)",
    ]
    # A first line the reader refuses is an error of its own, not a sign of wire text.
    refused = tmp_path / "refused.jsonl"
    refused.write_text('{"id": "\\ud800", "kind": "article"}\n' + records, "utf-8")
    again = newswire("convert", str(refused), "--quiet")
    assert again.returncode == 1 and len(again.stdout.splitlines()) == 8
    assert f"{refused}:1: no JSON" in again.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_dump_with_a_bad_line_in_a_folder_is_not_written_when_the_run_stops(
    tmp_path: Path, jobs: str
) -> None:
    page = (SAMPLES / "anp_buitenland.txt").read_text("utf-8")
    (tmp_path / "in").mkdir()
    for name in ("a", "b"):
        (tmp_path / "in" / f"{name}.jsonl").write_text(
            json.dumps({"text": page}) + "\nnot json\n", "utf-8"
        )
    out = tmp_path / "out"
    stop = newswire("convert", str(tmp_path / "in"), "-o", f"{out}/", "--input-format", "jsonl",
                    "--glob", "*.jsonl", "--now", NOW, "--on-error", "stop", "--jobs", jobs)
    assert stop.returncode == 1
    assert not out.exists() or not list(out.rglob("*.jsonl"))
    skip = newswire("convert", str(tmp_path / "in"), "-o", f"{out}/", "--input-format", "jsonl",
                    "--glob", "*.jsonl", "--now", NOW, "--jobs", jobs)
    assert skip.returncode == 1
    assert sorted(p.name for p in out.rglob("*.jsonl")) == ["a.jsonl", "b.jsonl"]
    assert (out / "a.jsonl").read_text("utf-8").count("\n") == 8
    # A dump of bad lines only still gets its (empty) output, as a dump without pages does.
    (tmp_path / "in" / "b.jsonl").write_text("not json\n", "utf-8")
    again = newswire("convert", str(tmp_path / "in"), "-o", f"{out}/", "--input-format",
                     "jsonl", "--glob", "b.jsonl", "--now", NOW, "--jobs", jobs, "--force")
    assert again.returncode == 1
    assert (out / "b.jsonl").read_text("utf-8") == ""


def test_jobs_keep_the_input_order(tree: Path) -> None:
    one = newswire("convert", str(tree), "--jobs", "1", "--now", NOW, "--quiet")
    two = newswire("convert", str(tree), "--jobs", "2", "--now", NOW, "--quiet")
    assert one.stdout == two.stdout and one.stdout.count("\n") == 21


def test_files_from_and_on_error_stop(tree: Path, tmp_path: Path) -> None:
    listing = "\n".join([str(tree / "a" / "bad.txt"), str(tree / "three.txt")]) + "\n"
    skip = newswire("convert", "--files-from", "-", "--now", NOW, stdin=listing)
    assert skip.returncode == 1 and skip.stdout.count("\n") == 5
    stop = newswire("convert", "--files-from", "-", "--now", NOW, "--on-error", "stop",
                    "--jobs", "1", stdin=listing)
    assert stop.returncode == 1 and stop.stdout == ""


@pytest.mark.parametrize(
    ("args", "words"),
    [(["--to", "xml", "x.txt"], "--to"), (["--on-error", "maybe", "x.txt"], "--on-error"),
     ([], "no inputs"), (["--files-from", "/no/such/list"], "cannot read /no/such/list"),
     (["--force", "--skip-existing", "x.txt"], "give one")],
)
def test_usage_errors(args: list[str], words: str) -> None:
    result = newswire("convert", *args)
    assert result.returncode == 2
    assert words in result.stderr


@pytest.mark.parametrize(
    ("encoding", "newline"),
    [("utf-8", "\n"), ("cp1252", "\n"), ("utf-8", "\r"), ("latin-1", "\r\n")],
)
def test_a_large_input_streams_as_it_would_convert_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str, newline: str
) -> None:
    from newswire import convert as c

    # A file of many pages, read in blocks far smaller than it: the cuts fall mid-file, and
    # mid-line, mid-character, between CR and LF.
    text = "".join((SAMPLES / name).read_text("utf-8") for name in
                   ("anp_buitenland.txt", "dpa_politik.txt", "anp_two_pages.txt") * 20)
    big = tmp_path / "big.txt"
    big.write_bytes(text.replace("\n", newline).encode(encoding, errors="replace"))
    monkeypatch.setattr(c, "_BLOCK", 3001)
    settings = c.Settings("jsonl", datetime.fromisoformat(NOW), None, None, "text", "text", None)
    warning = c.decoding_warning(str(big))
    streamed = [line for _, line, _ in c.stream(c.Job(str(big), None), settings, warning)]
    whole = newswire("parse", "--now", NOW, str(big))
    assert len(streamed) == len(whole.stdout.splitlines()) > 100
    assert streamed == whole.stdout.splitlines()
    # The input's own warning, as a whole read gives it (None for UTF-8).
    assert (warning is None) == (encoding == "utf-8")
    assert whole.stderr.strip() == ("" if warning is None else f"newswire: warning: {warning}")


@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGTERM"])
def test_an_interrupted_run_leaves_no_partial_output(tmp_path: Path, signal_name: str) -> None:
    import signal
    import time

    pages = seed_copies(tmp_path / "pages", 400, 20)
    out = tmp_path / "out"
    args = ["convert", str(pages), "-o", f"{out}/", "--now", NOW, "--jobs", "2", "--quiet"]
    run = subprocess.Popen([*newswire_command(), *args], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (out.exists() and any(out.glob("*.jsonl"))) and time.monotonic() < deadline:
        time.sleep(0.05)
    run.send_signal(getattr(signal, signal_name))
    _, stderr = run.communicate(timeout=60)
    # On a fast machine the run may finish before the signal lands: then all is written.
    assert run.returncode != 0 or len(list(out.glob("*.jsonl"))) == 400
    assert b"Traceback" not in stderr
    assert not list(out.glob("*.tmp")) and not list(out.glob(".*.tmp"))
    # Every output there is whole: as many records as a full conversion gives.
    for done in out.glob("*.jsonl"):
        lines = done.read_text("utf-8").splitlines()
        assert len(lines) == 8 * 20 and all(json.loads(line)["id"] for line in lines)
    # And the run resumes where it stopped.
    resumed = newswire("convert", str(pages), "-o", f"{out}/", "--now", NOW,
                       "--skip-existing", "--quiet")
    assert resumed.returncode == 0
    assert len(list(out.glob("*.jsonl"))) == 400


@needs_proc
@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("output", ["all.jsonl", "out/"])
def test_an_interruption_as_the_workers_start(
    tmp_path: Path, signal_name: str, output: str
) -> None:
    # The moment the workers are forked is where a pool of shared queues could hang on its
    # way out. Ctrl-C goes to the whole process group, as a terminal sends it.
    pages = seed_copies(tmp_path / "pages", 64, 20)
    for attempt in range(3):
        target = tmp_path / str(attempt) / output
        args = ["convert", str(pages), "-o", str(target), "--now", NOW, "--jobs", "4",
                "--quiet"]
        run = subprocess.Popen([*newswire_command(), *args], stderr=subprocess.PIPE,
                               start_new_session=True)
        stderr = interrupt_as_workers_start(run, signal_name)
        assert run.returncode in (0, 130), stderr
        assert stderr == b"", stderr
        assert not list(target.parent.rglob("*.tmp"))
        assert not running_on(pages), "a worker outlived the run"


def test_json_array_text_field_lang_and_tz(tmp_path: Path) -> None:
    page = (SAMPLES / "anp_buitenland.txt").read_text("utf-8")
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"body": page, "site": "x"}) + "\n", "utf-8")
    result = newswire("convert", str(dump), "--input-format", "jsonl", "--text-field", "body",
                      "--to", "json", "--now", "2026-02-01T09:00", "--tz", "UTC",
                      "--lang", "nl", "--quiet")
    assert result.returncode == 0
    records = json.loads(result.stdout)
    assert len(records) == 8
    assert records[0]["meta"] == {"site": "x"}
    assert records[0]["language"] == "nl"
    # --now without an offset is read in --tz: 09:00 UTC, so 10 minutes ago is 08:50 UTC.
    assert records[1]["published"]["value"] == "2026-02-01T08:50:00+00:00"
    (tmp_path / "empty").mkdir()
    empty = newswire("convert", str(tmp_path / "empty"), "--to", "json", "--quiet")
    assert (empty.returncode, empty.stdout) == (0, "[]\n")


@pytest.mark.skipif(shutil.which("script") is None, reason="needs script(1) for a terminal")
def test_progress_bar_on_a_terminal(tree: Path, tmp_path: Path) -> None:
    exe = " ".join(newswire_command())
    command = f"{exe} convert {tree} -o {tmp_path / 'out'}/ --now {NOW} --jobs 1"
    shown = subprocess.run(["script", "-qc", command, "/dev/null"], capture_output=True,
                           timeout=120, env={**os.environ, "NO_COLOR": "1"})
    screen = shown.stdout.decode("utf-8", "replace")
    assert "converting" in screen and "4/4 files" in screen and "MB/s" in screen
    assert "newswire: 4 inputs: 21 records" in screen
    quiet = subprocess.run(["script", "-qc", command + " --quiet --force", "/dev/null"],
                           capture_output=True, timeout=120)
    assert b"converting" not in quiet.stdout and b"records" not in quiet.stdout


def test_stdin_into_a_folder(tmp_path: Path) -> None:
    page = (SAMPLES / "dpa_politik.txt").read_text("utf-8")
    result = newswire("convert", "-", "-o", f"{tmp_path}/", "--to", "csv", "--now", NOW,
                      "--quiet", stdin=page)
    assert result.returncode == 0
    assert (tmp_path / "stdin.csv").read_bytes().count(b"\r\n") == 6


def test_stdin_among_inputs_converted_by_workers(tree: Path) -> None:
    # Workers are given /dev/null for stdin: "-" was read there as an empty file.
    page = (SAMPLES / "anp_buitenland.txt").read_text("utf-8")
    args = ["convert", str(tree / "three.txt"), "-", str(tree / "a" / "one.txt"), "--now", NOW,
            "--quiet"]
    one = newswire(*args, "--jobs", "1", stdin=page)
    two = newswire(*args, "--jobs", "2", stdin=page)
    assert one.returncode == two.returncode == 0, two.stderr
    assert two.stdout == one.stdout
    names = [json.loads(line)["source"]["name"] for line in two.stdout.splitlines()]
    assert names.count("<stdin>") == 8
    assert names.index("<stdin>") > 0 and names[-1] != "<stdin>"  # in its place


@needs_proc
def test_a_killed_worker_leaves_no_temporary_output(tmp_path: Path) -> None:
    # SIGKILL (the kernel out of memory, say) gives a worker no chance to remove what it
    # was writing: the parent removes it.
    pages = seed_copies(tmp_path / "pages", 40, 400)
    out = tmp_path / "out"
    run = subprocess.Popen([*newswire_command(), "convert", str(pages), "-o", f"{out}/",
                            "--now", NOW, "--jobs", "2", "--quiet"], stderr=subprocess.PIPE)
    wait_until(run, lambda: list(out.glob(".*.tmp")))
    kill_workers(run)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 1
    assert stderr.decode() == (
        "newswire: error: a worker process was killed (SIGKILL); stopped, the outputs "
        "finished before are whole\n"
    )
    assert not list(out.glob(".*.tmp"))


CTRL_C_AT_FIFTH_OUTPUT = """
import os, signal, sys, tempfile

made = tempfile.mkstemp
count = 0


def mkstemp(*args, **kwargs):
    global count
    out = made(*args, **kwargs)
    count += 1
    if count == 5:
        os.kill(os.getpid(), signal.SIGINT)  # as the temporary output is made
    return out


tempfile.mkstemp = mkstemp
sys.argv[0] = "newswire"
from newswire.__main__ import run

run()
"""


@needs_proc
def test_ctrl_c_beside_the_progress_bar_leaves_no_temporary_output(tmp_path: Path) -> None:
    # With a terminal on stderr a progress bar runs in a thread of its own. A signal is
    # given to a thread that does not hold it, so the bar's thread took the Ctrl-C meant to
    # wait until the temporary output was registered, and the file stayed (in about 1 run
    # of 3 of this test, as the kernel picks the thread).
    import pty

    pages = seed_copies(tmp_path / "pages", 300, 20)
    script = tmp_path / "ctrl_c.py"
    script.write_text(CTRL_C_AT_FIFTH_OUTPUT, "utf-8")
    out = tmp_path / "out"
    # --dedupe: the parent writes every output, so the injected Ctrl-C is its own.
    args = ["convert", str(pages), "-o", f"{out}/", "--dedupe", "--jobs", "4", "--now", NOW]
    terminal, stderr = pty.openpty()
    run = subprocess.Popen([sys.executable, str(script), *args], stdout=subprocess.DEVNULL,
                           stderr=stderr)
    os.close(stderr)
    shown = b""
    with contextlib.suppress(OSError):  # EIO once the command has closed its end
        while chunk := os.read(terminal, 65536):
            shown += chunk
    os.close(terminal)
    assert run.wait(timeout=60) == 130
    assert b"converting" in shown and b"Traceback" not in shown
    assert list(out.glob("*.jsonl"))  # it was interrupted part way
    assert not list(out.glob(".*.tmp"))
