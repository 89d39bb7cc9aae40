"""End-to-end tests of the installed ``newswire`` command, run as a subprocess.

Every input is written to ``tmp_path`` from the short invented Dutch pages below.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

import pytest

from tests.helpers import PAGE, newswire_command

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

PAGE_BODY = (
    "De regen viel de hele nacht op de daken van de stad.\n\n"
    "Het is de natste week in jaren volgens het weerinstituut."
)

PAGE_B = (
    "Brug dicht na aanvaring\n"
    "ROTTERDAM (ANP) - Een vrachtschip is tegen de brug gevaren en de weg is dicht.\n"
    "Meer uit Binnenland\n"
    "UTRECHT (ANP) - De treinen rijden weer na een storing in de ochtend.\n"
    "1 uur geleden\n"
)

UNKNOWN_AGENCY_PAGE = (
    "Lawine in de Alpen\n"
    "SION (ANP/AF) - De gletsjer smelt sneller dan verwacht, zeggen de onderzoekers.\n"
    "Het dal is afgesloten voor het verkeer.\n"
)

NOW = "2026-02-01T09:00:00+01:00"

RECORD_KEYS = [
    "id",
    "kind",
    "headline",
    "section",
    "language",
    "dateline",
    "body",
    "byline",
    "credits",
    "published",
    "reference_time",
    "source",
    "warnings",
]
SOURCE_KEYS = ["name", "start", "end", "line_start", "line_end", "page"]

Json = dict[str, Any]


# --------------------------------------------------------------------------- helpers


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str

    @property
    def stderr_lines(self) -> list[str]:
        return self.stderr.splitlines()


def base_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env["COLUMNS"] = "160"
    env.update(extra)
    return env


def run(
    args: Sequence[str],
    cwd: Path,
    *,
    stdin: bytes | None = None,
    env: Mapping[str, str] | None = None,
    command: Sequence[str] | None = None,
) -> Result:
    """Run the command with ``args``; asserts that no traceback reaches stderr."""
    proc = subprocess.run(
        [*(command if command is not None else newswire_command()), *args],
        cwd=cwd,
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env=dict(env) if env is not None else base_env(),
        timeout=300,
        check=False,
    )
    result = Result(
        proc.returncode,
        proc.stdout.decode("utf-8"),
        proc.stderr.decode("utf-8", errors="replace"),
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def records(stdout: str) -> list[Json]:
    """The JSON Lines on ``stdout``; every line must be one JSON object."""
    out: list[Json] = []
    for line in stdout.splitlines():
        obj = json.loads(line)
        assert isinstance(obj, dict), line
        out.append(cast(Json, obj))
    return out


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def without_offsets(recs: list[Json]) -> list[Json]:
    """Records with the source's name and character offsets left out."""
    out: list[Json] = []
    for rec in recs:
        copy = dict(rec)
        source = dict(cast(Json, copy["source"]))
        for key in ("name", "start", "end"):
            source.pop(key)
        copy["source"] = source
        out.append(copy)
    return out


def parse_clean(tmp_path: Path, text: str = PAGE) -> list[Json]:
    write(tmp_path, "clean.txt", text)
    result = run(["parse", "clean.txt", "--now", NOW], tmp_path)
    assert result.returncode == 0, result.stderr
    return records(result.stdout)


# --------------------------------------------------------------------------- happy path


def test_happy_path_records(tmp_path: Path) -> None:
    write(tmp_path, "page.txt", PAGE)
    result = run(["parse", "page.txt", "--now", NOW], tmp_path)
    assert result.returncode == 0
    assert result.stderr == ""
    recs = records(result.stdout)
    assert [r["kind"] for r in recs] == ["article", "teaser", "teaser"]
    for rec in recs:
        assert list(rec) == RECORD_KEYS
        assert rec["section"] == "Buitenland"
        assert rec["language"] == "nl"
        assert rec["warnings"] == []
        assert rec["reference_time"] == {"value": NOW, "source": "option"}
        assert list(rec["source"]) == SOURCE_KEYS
        assert rec["source"]["name"] == "page.txt"
        assert rec["source"]["page"] == 1
        assert isinstance(rec["id"], str) and rec["id"]
    assert len({r["id"] for r in recs}) == 3

    article, fort, san = recs
    assert article["headline"] == "Storm treft de kust"
    assert article["body"] == PAGE_BODY
    assert article["published"] is None
    assert list(article["dateline"]) == ["text", "places", "agencies", "date_text"]
    assert article["dateline"]["text"] == "MOSKOU (ANP/AFP) -"
    # Normalised with GeoNames: Moscow, Russia, id 524901, at 55.75 N 37.62 E.
    assert article["dateline"]["places"] == [
        {"name": "MOSKOU", "qualifier": None, "canonical": "Moscow", "country": "RU",
         "geonames_id": 524901, "lat": 55.752, "lon": 37.6178}
    ]
    assert article["dateline"]["date_text"] is None
    agencies = article["dateline"]["agencies"]
    assert [list(a) for a in agencies] == [["code", "name", "country"]] * 2
    assert agencies[0] == {"code": "ANP", "name": "ANP", "country": "NL"}
    assert agencies[1]["code"] == "AFP"
    assert agencies[1]["country"] == "FR"
    assert article["source"]["line_start"] == 1
    assert article["source"]["line_end"] == 3

    assert fort["headline"] is None
    assert [(p["name"], p["canonical"], p["country"]) for p in fort["dateline"]["places"]] == [
        ("FORT WORTH", "Fort Worth", "US")
    ]
    assert fort["body"] == "Een trein is in de sneeuw blijven steken bij het station."
    assert list(fort["published"]) == ["text", "value", "precision"]
    assert fort["published"] == {
        "text": "10 minuten geleden",
        "value": "2026-02-01T08:50:00+01:00",
        "precision": "minute",
    }

    assert [(p["name"], p["canonical"], p["country"]) for p in san["dateline"]["places"]] == [
        ("SAN ANTONIO", "San Antonio", "US")
    ]
    assert [a["code"] for a in san["dateline"]["agencies"]] == ["ANP", "RTR", "DPA"]
    assert san["body"] == "De burgemeester opent een nieuwe brug."
    assert san["published"] == {
        "text": "4 uur geleden",
        "value": "2026-02-01T05:00:00+01:00",
        "precision": "hour",
    }


def test_python_dash_m_works(tmp_path: Path) -> None:
    write(tmp_path, "page.txt", PAGE)
    module = run(
        ["parse", "page.txt", "--now", NOW],
        tmp_path,
        command=[sys.executable, "-m", "newswire"],
    )
    script = run(["parse", "page.txt", "--now", NOW], tmp_path)
    assert module.returncode == 0
    assert module.stdout == script.stdout
    assert len(records(module.stdout)) == 3


def test_lang_option(tmp_path: Path) -> None:
    write(tmp_path, "page.txt", PAGE)
    result = run(["parse", "page.txt", "--now", NOW, "--lang", "nl"], tmp_path)
    assert result.returncode == 0
    recs = records(result.stdout)
    assert [r["language"] for r in recs] == ["nl"] * 3
    assert without_offsets(recs) == without_offsets(parse_clean(tmp_path))


def test_include_skipped(tmp_path: Path) -> None:
    write(tmp_path, "page.txt", PAGE)
    result = run(["parse", "page.txt", "--now", NOW, "--include-skipped"], tmp_path)
    assert result.returncode == 0
    recs = records(result.stdout)
    skipped = [r for r in recs if r["kind"] == "skipped"]
    assert len(skipped) == 1
    skip = skipped[0]
    assert list(skip) == ["kind", "reason", "text", "source"]
    assert skip["reason"] == "section-header"
    assert skip["text"] == "Meer uit Buitenland"
    assert skip["source"]["name"] == "page.txt"
    assert skip["source"]["line_start"] == 4
    assert [r["kind"] for r in recs if r["kind"] != "skipped"] == ["article", "teaser", "teaser"]


def test_without_include_skipped_no_skips(tmp_path: Path) -> None:
    assert all(r["kind"] != "skipped" for r in parse_clean(tmp_path))


def test_unknown_agency_kept_with_warning(tmp_path: Path) -> None:
    write(tmp_path, "sion.txt", UNKNOWN_AGENCY_PAGE)
    result = run(["parse", "sion.txt", "--now", NOW], tmp_path)
    assert result.returncode == 0
    recs = records(result.stdout)
    assert len(recs) == 1
    rec = recs[0]
    assert rec["headline"] == "Lawine in de Alpen"
    assert [p["name"] for p in rec["dateline"]["places"]] == ["SION"]
    assert rec["dateline"]["agencies"][1] == {"code": "AF", "name": None, "country": None}
    assert "unknown-agency" in [w["code"] for w in rec["warnings"]]
    for w in rec["warnings"]:
        assert list(w) == ["code", "message"]


def test_multi_page_file(tmp_path: Path) -> None:
    write(tmp_path, "two.txt", PAGE + "=====\n" + PAGE_B)
    result = run(["parse", "two.txt", "--now", NOW], tmp_path)
    assert result.returncode == 0
    recs = records(result.stdout)
    assert [r["source"]["page"] for r in recs] == [1, 1, 1, 2, 2]
    assert [r["section"] for r in recs] == ["Buitenland"] * 3 + ["Binnenland"] * 2


# --------------------------------------------------------------------------- reference time


@pytest.mark.parametrize(
    ("extra", "reference", "fort", "san"),
    [
        pytest.param(
            ["--now", "2026-02-01T09:00:00+01:00"],
            "2026-02-01T09:00:00+01:00",
            "2026-02-01T08:50:00+01:00",
            "2026-02-01T05:00:00+01:00",
            id="aware",
        ),
        pytest.param(
            ["--now", "2026-02-01T09:00"],
            "2026-02-01T09:00:00+01:00",
            "2026-02-01T08:50:00+01:00",
            "2026-02-01T05:00:00+01:00",
            id="naive-winter",
        ),
        pytest.param(
            ["--now", "2026-07-01T09:00"],
            "2026-07-01T09:00:00+02:00",
            "2026-07-01T08:50:00+02:00",
            "2026-07-01T05:00:00+02:00",
            id="naive-summer",
        ),
        pytest.param(
            ["--now", "2026-02-01T09:00", "--tz", "UTC"],
            "2026-02-01T09:00:00+00:00",
            "2026-02-01T08:50:00+00:00",
            "2026-02-01T05:00:00+00:00",
            id="naive-with-tz",
        ),
        pytest.param(
            ["--now", "2026-02-01T09:00:00+05:00"],
            "2026-02-01T09:00:00+05:00",
            "2026-02-01T08:50:00+05:00",
            "2026-02-01T05:00:00+05:00",
            id="aware-keeps-offset",
        ),
        pytest.param(
            ["--now", "2026-02-01T09:00:00+01:00", "--tz", "America/New_York"],
            "2026-02-01T03:00:00-05:00",
            "2026-02-01T02:50:00-05:00",
            "2026-01-31T23:00:00-05:00",
            id="aware-converted-to-tz",
        ),
    ],
)
def test_now_option(
    tmp_path: Path, extra: list[str], reference: str, fort: str, san: str
) -> None:
    write(tmp_path, "page.txt", PAGE)
    # The machine's own zone must not matter.
    result = run(["parse", "page.txt", *extra], tmp_path, env=base_env(TZ="Asia/Tokyo"))
    assert result.returncode == 0, result.stderr
    recs = records(result.stdout)
    assert [r["reference_time"] for r in recs] == [{"value": reference, "source": "option"}] * 3
    assert recs[1]["published"]["value"] == fort
    assert recs[2]["published"]["value"] == san


@pytest.mark.parametrize(
    ("utc", "tz_args", "zone"),
    [
        pytest.param(datetime(2026, 1, 15, 12, 34, 56), [], AMSTERDAM, id="winter-default"),
        pytest.param(datetime(2026, 7, 15, 12, 34, 56), [], AMSTERDAM, id="summer-default"),
        pytest.param(
            datetime(2026, 1, 15, 12, 34, 56), ["--tz", "UTC"], ZoneInfo("UTC"), id="tz-utc"
        ),
        # A file system's fraction of a second is no precision a page's times have.
        pytest.param(
            datetime(2026, 1, 15, 12, 34, 56, 789_000), [], AMSTERDAM, id="fraction-dropped"
        ),
    ],
)
def test_reference_time_from_file_mtime(
    tmp_path: Path, utc: datetime, tz_args: list[str], zone: ZoneInfo
) -> None:
    path = write(tmp_path, "page.txt", PAGE)
    stamp = utc.replace(tzinfo=ZoneInfo("UTC")).timestamp()
    os.utime(path, (stamp, stamp))
    result = run(["parse", "page.txt", *tz_args], tmp_path, env=base_env(TZ="Asia/Tokyo"))
    assert result.returncode == 0, result.stderr
    recs = records(result.stdout)
    expected = datetime.fromtimestamp(stamp, zone).replace(microsecond=0)
    for rec in recs:
        assert rec["reference_time"]["source"] == "file-mtime"
        assert datetime.fromisoformat(rec["reference_time"]["value"]) == expected
        assert rec["reference_time"]["value"] == expected.isoformat()
    fort = datetime.fromisoformat(recs[1]["published"]["value"])
    assert fort == expected - timedelta(minutes=10)
    assert fort.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("tz_args", "zone"),
    [
        pytest.param([], AMSTERDAM, id="default-tz"),
        pytest.param(["--tz", "UTC"], ZoneInfo("UTC"), id="tz-utc"),
        pytest.param(["--tz", "America/New_York"], ZoneInfo("America/New_York"), id="tz-ny"),
    ],
)
def test_stdin(tmp_path: Path, tz_args: list[str], zone: ZoneInfo) -> None:
    before = datetime.now(zone)
    result = run(
        ["parse", *tz_args, "-"],
        tmp_path,
        stdin=PAGE.encode("utf-8"),
        env=base_env(TZ="Asia/Tokyo"),
    )
    after = datetime.now(zone)
    assert result.returncode == 0, result.stderr
    recs = records(result.stdout)
    assert [r["kind"] for r in recs] == ["article", "teaser", "teaser"]
    assert recs[0]["body"] == PAGE_BODY
    for rec in recs:
        assert rec["source"]["name"] == "<stdin>"
        assert rec["reference_time"]["source"] == "clock"
        value = datetime.fromisoformat(rec["reference_time"]["value"])
        assert before - timedelta(seconds=1) <= value <= after + timedelta(seconds=1)
        assert value.utcoffset() == value.astimezone(zone).utcoffset()
    fort = datetime.fromisoformat(recs[1]["published"]["value"])
    assert fort == datetime.fromisoformat(recs[1]["reference_time"]["value"]) - timedelta(
        minutes=10
    )


@pytest.mark.parametrize("data", [b"", b" \n\t\n"], ids=["empty", "whitespace"])
def test_stdin_empty(tmp_path: Path, data: bytes) -> None:
    result = run(["parse", "-"], tmp_path, stdin=data)
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr_lines) == 1, result.stderr
    assert result.stderr_lines[0].startswith("newswire: error: <stdin>:")
    assert "empty" in result.stderr_lines[0]


def test_stdin_mixed_with_file(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", PAGE_B)
    result = run(["parse", "b.txt", "-", "--now", NOW], tmp_path, stdin=PAGE.encode("utf-8"))
    assert result.returncode == 0
    recs = records(result.stdout)
    assert [r["source"]["name"] for r in recs] == ["b.txt"] * 2 + ["<stdin>"] * 3


def test_stdin_with_now(tmp_path: Path) -> None:
    result = run(["parse", "--now", NOW, "-"], tmp_path, stdin=PAGE.encode("utf-8"))
    assert result.returncode == 0
    recs = records(result.stdout)
    assert [r["reference_time"] for r in recs] == [{"value": NOW, "source": "option"}] * 3
    assert recs[1]["published"]["value"] == "2026-02-01T08:50:00+01:00"


# --------------------------------------------------------------------------- formats


def test_jsonl_when_piped_is_default(tmp_path: Path) -> None:
    write(tmp_path, "page.txt", PAGE)
    piped = run(["parse", "page.txt", "--now", NOW], tmp_path)
    explicit = run(["parse", "page.txt", "--now", NOW, "--format", "jsonl"], tmp_path)
    assert piped.returncode == 0
    assert piped.stdout.endswith("\n")
    lines = piped.stdout.splitlines()
    assert len(lines) == 3
    for line in lines:
        assert isinstance(json.loads(line), dict)
    assert piped.stdout == explicit.stdout


@pytest.mark.parametrize("flag", ["--format", "-f"])
def test_json_format_is_one_array(tmp_path: Path, flag: str) -> None:
    write(tmp_path, "page.txt", PAGE)
    write(tmp_path, "b.txt", PAGE_B)
    result = run(["parse", "page.txt", "b.txt", "--now", NOW, flag, "json"], tmp_path)
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    assert len(data) == 5
    jsonl = run(["parse", "page.txt", "b.txt", "--now", NOW], tmp_path)
    assert data == records(jsonl.stdout)


def test_json_format_with_only_a_bad_file_is_empty_array(tmp_path: Path) -> None:
    result = run(["parse", "missing.txt", "-f", "json"], tmp_path)
    assert result.returncode == 1
    assert json.loads(result.stdout) == []
    assert len(result.stderr_lines) == 1


def _assert_not_json(text: str) -> None:
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)
    for line in text.splitlines():
        if line.strip():
            with pytest.raises(json.JSONDecodeError):
                json.loads(line)


def test_table_format(tmp_path: Path) -> None:
    write(tmp_path, "page.txt", PAGE)
    result = run(["parse", "page.txt", "--now", NOW, "--format", "table"], tmp_path)
    assert result.returncode == 0
    assert "Storm treft de kust" in result.stdout
    assert "Buitenland" in result.stdout
    _assert_not_json(result.stdout)


def test_table_of_each_file_is_titled_with_its_name(tmp_path: Path) -> None:
    write(tmp_path, "een.txt", PAGE)
    write(tmp_path, "twee.txt", PAGE_B)
    result = run(["parse", "een.txt", "twee.txt", "--now", NOW, "--format", "table"], tmp_path)
    assert result.returncode == 0
    titles = [line.strip() for line in result.stdout.splitlines() if line.strip().endswith(".txt")]
    assert titles == ["een.txt", "twee.txt"]


def test_table_no_color_piped(tmp_path: Path) -> None:
    write(tmp_path, "page.txt", PAGE)
    result = run(
        ["parse", "page.txt", "--now", NOW, "--format", "table"],
        tmp_path,
        env=base_env(NO_COLOR="1"),
    )
    assert result.returncode == 0
    assert "Storm treft de kust" in result.stdout
    assert "\x1b[" not in result.stdout


@pytest.mark.parametrize("no_color", ["", "1"])
def test_table_shows_control_characters_of_the_input_instead_of_sending_them(
    tmp_path: Path, no_color: str
) -> None:
    # An escape sequence in a scraped page would recolour the terminal, set its window
    # title or clear the screen; the table shows each control character as its symbol.
    write(tmp_path, "page.txt", "Kop\x1b[2J\nDEN HAAG (ANP) - Tekst \x1b[31mROOD\x1b[0m en "
          "\x1b]0;titel\x07 weg.\nMeer uit B\x9bnnenland\nROME (ANP) - Twee.\n1 uur geleden\n")
    env = base_env(NO_COLOR=no_color) if no_color else base_env()
    result = run(["parse", "page.txt", "--now", NOW, "--format", "table"], tmp_path, env=env)
    assert result.returncode == 0
    assert "Kop␛[2J" in result.stdout
    assert "␛[31mROOD␛[0m" in result.stdout
    assert "␛]0;titel␇" in result.stdout
    if no_color:
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout


def test_table_shows_crlf_input_without_carriage_return_symbols(tmp_path: Path) -> None:
    write(tmp_path, "page.txt", "Kop\r\nDEN HAAG (ANP) - Een.\r\n\r\n\r\n<div>\r\n<div>\r\n"
          "\r\n\r\nKop twee\r\nROME (ANP) - Twee.\r\n")
    result = run(["parse", "page.txt", "--now", NOW, "--format", "table", "--include-skipped"],
                 tmp_path, env=base_env(NO_COLOR="1"))
    assert result.returncode == 0
    assert "markup: <div>" in result.stdout
    assert "␍" not in result.stdout and "\r" not in result.stdout


def _run_in_pty(args: Sequence[str], cwd: Path, env: Mapping[str, str]) -> tuple[int, bytes]:
    """Run the command with its stdout on a pseudo-terminal; its exit code and output."""
    import pty

    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(
            [*newswire_command(), *args],
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=slave,
            stderr=subprocess.PIPE,
            env=dict(env),
        )
    finally:
        os.close(slave)
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO once the child has closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    _, err = proc.communicate(timeout=300)
    assert b"Traceback" not in err, err
    return proc.returncode, b"".join(chunks)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_table_is_default_at_a_terminal(tmp_path: Path) -> None:
    write(tmp_path, "page.txt", PAGE)
    code, out = _run_in_pty(
        ["parse", "page.txt", "--now", NOW], tmp_path, base_env(TERM="xterm-256color")
    )
    assert code == 0
    text = out.decode("utf-8")
    assert "Storm treft de kust" in text
    _assert_not_json(text)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_table_no_color_at_a_terminal(tmp_path: Path) -> None:
    write(tmp_path, "page.txt", PAGE)
    code, out = _run_in_pty(
        ["parse", "page.txt", "--now", NOW, "--format", "table"],
        tmp_path,
        base_env(NO_COLOR="1", TERM="xterm-256color"),
    )
    assert code == 0
    assert "Storm treft de kust" in out.decode("utf-8")
    assert b"\x1b[" not in out


# --------------------------------------------------------------------------- several files


def test_several_files_in_argument_order(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", PAGE)
    write(tmp_path, "b.txt", PAGE_B)
    forward = run(["parse", "a.txt", "b.txt", "--now", NOW], tmp_path)
    backward = run(["parse", "b.txt", "a.txt", "--now", NOW], tmp_path)
    assert forward.returncode == backward.returncode == 0
    fwd = records(forward.stdout)
    bwd = records(backward.stdout)
    assert [r["source"]["name"] for r in fwd] == ["a.txt"] * 3 + ["b.txt"] * 2
    assert [r["source"]["name"] for r in bwd] == ["b.txt"] * 2 + ["a.txt"] * 3
    assert [r["headline"] for r in fwd if r["kind"] == "article"] == [
        "Storm treft de kust",
        "Brug dicht na aanvaring",
    ]
    assert fwd[3]["section"] == "Binnenland"
    assert fwd[4]["published"]["value"] == "2026-02-01T08:00:00+01:00"
    assert bwd[2:] == fwd[:3]
    assert bwd[:2] == fwd[3:]


# --------------------------------------------------------------------------- bad inputs


def _make_bad(tmp_path: Path, kind: str) -> str:
    """Create the bad input ``kind`` in ``tmp_path``; returns its name."""
    if kind == "missing":
        return "missing.txt"
    if kind == "directory":
        (tmp_path / "adir").mkdir()
        return "adir"
    if kind == "binary":
        data = bytes(range(1, 9)) * 100 + b"\x00" * 400 + b"MOSKOU (ANP) - tekst\n"
        (tmp_path / "blob.bin").write_bytes(data)
        return "blob.bin"
    if kind == "empty":
        (tmp_path / "empty.txt").write_bytes(b"")
        return "empty.txt"
    if kind == "whitespace":
        (tmp_path / "blank.txt").write_bytes(b"  \n\t\n   \r\n\n")
        return "blank.txt"
    raise AssertionError(kind)


BAD_INPUTS = [
    ("missing", "no such file"),
    ("directory", "is a directory"),
    ("binary", "binary"),
    ("empty", "empty"),
    ("whitespace", "empty"),
]


@pytest.mark.parametrize(("kind", "reason"), BAD_INPUTS)
def test_bad_input_alone(tmp_path: Path, kind: str, reason: str) -> None:
    name = _make_bad(tmp_path, kind)
    result = run(["parse", name, "--now", NOW], tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr_lines) == 1, result.stderr
    line = result.stderr_lines[0]
    assert line.startswith(f"newswire: error: {name}:"), line
    assert reason in line


@pytest.mark.parametrize(("kind", "reason"), BAD_INPUTS)
@pytest.mark.parametrize("bad_first", [True, False], ids=["bad-first", "bad-last"])
def test_bad_input_mixed_with_good(
    tmp_path: Path, kind: str, reason: str, bad_first: bool
) -> None:
    name = _make_bad(tmp_path, kind)
    write(tmp_path, "good.txt", PAGE)
    files = [name, "good.txt"] if bad_first else ["good.txt", name]
    result = run(["parse", *files, "--now", NOW], tmp_path)
    assert result.returncode == 1
    recs = records(result.stdout)
    assert [r["kind"] for r in recs] == ["article", "teaser", "teaser"]
    alone = run(["parse", "good.txt", "--now", NOW], tmp_path)
    assert recs == records(alone.stdout)
    assert len(result.stderr_lines) == 1, result.stderr
    line = result.stderr_lines[0]
    assert line.startswith(f"newswire: error: {name}:"), line
    assert reason in line


def test_several_bad_inputs_one_line_each(tmp_path: Path) -> None:
    names = [_make_bad(tmp_path, kind) for kind, _ in BAD_INPUTS]
    write(tmp_path, "good.txt", PAGE)
    result = run(["parse", *names[:2], "good.txt", *names[2:], "--now", NOW], tmp_path)
    assert result.returncode == 1
    assert len(records(result.stdout)) == 3
    lines = result.stderr_lines
    assert len(lines) == len(names)
    for name, line, (_, reason) in zip(names, lines, BAD_INPUTS, strict=True):
        assert line.startswith(f"newswire: error: {name}:"), line
        assert reason in line


# --------------------------------------------------------------------------- decoding


def _with_bad_bytes() -> bytes:
    """PAGE with a stray Windows-1252 byte (0xEB, 'ë') on line 3 and another on line 5."""
    data = PAGE.encode("utf-8")
    return data.replace(b"natste week", b"natste week \xeb").replace(
        b"steken bij", b"steken \xeb bij"
    )


def test_invalid_utf8_is_decoded_with_warning(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(_with_bad_bytes())
    result = run(["parse", "bad.txt", "--now", NOW], tmp_path)
    assert result.returncode == 0
    assert len(result.stderr_lines) == 1, result.stderr
    assert result.stderr_lines[0].startswith("newswire: warning: bad.txt:3: not valid UTF-8")
    recs = records(result.stdout)
    assert [r["kind"] for r in recs] == ["article", "teaser", "teaser"]
    assert "natste week ë" in recs[0]["body"]
    assert "steken ë bij" in recs[1]["body"]
    for rec in recs:
        assert "decoding" in [w["code"] for w in rec["warnings"]]


def test_invalid_utf8_mixed_with_good_file(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(_with_bad_bytes())
    write(tmp_path, "good.txt", PAGE_B)
    result = run(["parse", "good.txt", "bad.txt", "--now", NOW], tmp_path)
    assert result.returncode == 0
    assert len(result.stderr_lines) == 1, result.stderr
    assert result.stderr_lines[0].startswith("newswire: warning: bad.txt:3:")
    recs = records(result.stdout)
    assert [r["source"]["name"] for r in recs] == ["good.txt"] * 2 + ["bad.txt"] * 3
    assert all(r["warnings"] == [] for r in recs[:2])
    assert all("decoding" in [w["code"] for w in r["warnings"]] for r in recs[2:])


def test_invalid_utf8_on_stdin(tmp_path: Path) -> None:
    result = run(["parse", "-", "--now", NOW], tmp_path, stdin=_with_bad_bytes())
    assert result.returncode == 0
    assert len(result.stderr_lines) == 1, result.stderr
    assert result.stderr_lines[0].startswith("newswire: warning: <stdin>:3: not valid UTF-8")
    recs = records(result.stdout)
    assert len(recs) == 3
    assert all("decoding" in [w["code"] for w in r["warnings"]] for r in recs)


def test_invalid_utf8_line_with_crlf(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(_with_bad_bytes().replace(b"\n", b"\r\n"))
    result = run(["parse", "bad.txt", "--now", NOW], tmp_path)
    assert result.returncode == 0
    assert result.stderr_lines[0].startswith("newswire: warning: bad.txt:3: not valid UTF-8")
    recs = records(result.stdout)
    assert "natste week ë" in recs[0]["body"]
    assert recs[0]["source"]["line_end"] == 3


def test_invalid_utf8_line_with_lone_cr(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(_with_bad_bytes().replace(b"\n", b"\r"))
    result = run(["parse", "bad.txt", "--now", NOW], tmp_path)
    assert result.returncode == 0
    recs = records(result.stdout)
    assert recs[0]["source"]["line_end"] == 3
    assert result.stderr_lines[0].startswith("newswire: warning: bad.txt:3: not valid UTF-8")


@pytest.mark.parametrize(
    "encoding",
    [
        pytest.param("utf-16", id="utf-16-native-bom"),
        pytest.param("utf-16-le", id="utf-16-le-bom"),
        pytest.param("utf-16-be", id="utf-16-be-bom"),
    ],
)
def test_utf16_with_bom(tmp_path: Path, encoding: str) -> None:
    if encoding == "utf-16":
        data = PAGE.encode("utf-16")
    elif encoding == "utf-16-le":
        data = b"\xff\xfe" + PAGE.encode("utf-16-le")
    else:
        data = b"\xfe\xff" + PAGE.encode("utf-16-be")
    (tmp_path / "wide.txt").write_bytes(data)
    result = run(["parse", "wide.txt", "--now", NOW], tmp_path)
    assert result.returncode == 0
    assert result.stderr == ""
    assert without_offsets(records(result.stdout)) == without_offsets(parse_clean(tmp_path))


VARIANTS = {
    "utf8-bom": "\ufeff" + PAGE,
    "crlf": PAGE.replace("\n", "\r\n"),
    "nbsp": PAGE.replace("MOSKOU (", "MOSKOU\u00a0(")
    .replace("de stad", "de\u00a0stad")
    .replace("(ANP) - Een", "(ANP)\u00a0-\u00a0Een"),
    "tabs": PAGE.replace("(ANP/AFP) - De", "(ANP/AFP)\t-\tDe")
    .replace("de hele", "de\thele")
    .replace("FORT WORTH", "\tFORT WORTH"),
    "all": "\ufeff"
    + PAGE.replace("de stad", "de\u00a0stad").replace("de hele", "de\thele").replace(
        "\n", "\r\n"
    ),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_odd_text_gives_same_records(tmp_path: Path, variant: str) -> None:
    write(tmp_path, "odd.txt", VARIANTS[variant])
    result = run(["parse", "odd.txt", "--now", NOW], tmp_path)
    assert result.returncode == 0
    assert result.stderr == ""
    assert without_offsets(records(result.stdout)) == without_offsets(parse_clean(tmp_path))


# --------------------------------------------------------------------------- usage errors


USAGE_ERRORS = {
    "bad-now": (["parse", "page.txt", "--now", "yesterday-ish"], "yesterday-ish"),
    "bad-tz": (["parse", "page.txt", "--tz", "Mars/Olympus_Mons"], "Mars/Olympus_Mons"),
    # A naive --now the zone's clocks skip, or show twice: which instant is not guessed.
    "now-in-spring-gap": (["parse", "page.txt", "--now", "2026-03-29T02:30"],
                          "2026-03-29T02:30:00+01:00 or 2026-03-29T02:30:00+02:00"),
    "now-in-autumn-fold": (["validate", "page.txt", "--now", "2026-10-25T02:30"],
                           "is ambiguous"),
    "now-in-gap-of-tz": (["convert", "page.txt", "--now", "2026-03-08T02:30", "--tz",
                          "America/New_York"], "does not exist"),
    "bad-tz-aware-now": (["parse", "page.txt", "--now", NOW, "--tz", "Nowhere"], "Nowhere"),
    "bad-lang": (["parse", "page.txt", "--lang", "xx"], "xx"),
    "bad-format": (["parse", "page.txt", "--format", "xml"], "xml"),
    "bad-format-short": (["parse", "page.txt", "-f", "yaml"], "yaml"),
    "no-files": (["parse"], "FILE"),
    "no-files-with-options": (["parse", "--now", NOW, "-f", "json"], "FILE"),
    "unknown-option": (["parse", "page.txt", "--colour"], "--colour"),
}


@pytest.mark.parametrize("case", list(USAGE_ERRORS))
def test_usage_errors(tmp_path: Path, case: str) -> None:
    write(tmp_path, "page.txt", PAGE)
    args, mention = USAGE_ERRORS[case]
    result = run(args, tmp_path)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert result.stderr.startswith("newswire: error: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert mention.lower() in result.stderr.lower()


@pytest.mark.parametrize("option", ["--tz", "--format"])
def test_empty_option_value_is_a_usage_error(tmp_path: Path, option: str) -> None:
    write(tmp_path, "page.txt", PAGE)
    result = run(["parse", "page.txt", "--now", NOW, option, ""], tmp_path)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert result.stderr.strip()


@pytest.mark.parametrize(
    "args", [["--help"], ["parse", "--help"]], ids=["root-help", "parse-help"]
)
def test_help(tmp_path: Path, args: list[str]) -> None:
    result = run(args, tmp_path)
    assert result.returncode == 0
    assert "Usage" in result.stdout
    assert "parse" in result.stdout
    if args[0] == "parse":
        for option in ("--now", "--tz", "--lang", "--format", "--include-skipped"):
            assert option in result.stdout
        # Written in brackets, the default was taken for markup and left out.
        assert "Europe/Amsterdam" in " ".join(result.stdout.replace("│", " ").split())


# --------------------------------------------------------------------------- broken pipe


def _reader_closes_early(args: list[str], cwd: Path) -> tuple[bytes, bytes, int]:
    """Run newswire with ``args``, read one line of its stdout and close it, as ``head -1``
    does; its first line, its stderr and its exit code."""
    proc = subprocess.Popen(
        [*newswire_command(), *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=base_env(),
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    try:
        _, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
    return first, err, proc.returncode


def test_reader_closing_early(tmp_path: Path) -> None:
    write(tmp_path, "big.txt", "=====\n".join([PAGE] * 2000))
    first, err, code = _reader_closes_early(["parse", "big.txt"], tmp_path)
    assert json.loads(first)["kind"] == "article"
    text = err.decode("utf-8", errors="replace")
    assert "Traceback" not in text
    assert "BrokenPipe" not in text
    assert "Exception ignored" not in text
    assert code == 0


@pytest.mark.parametrize(
    ("args", "code"), [([], 0), (["--format", "json"], 0), (["--strict"], 1)]
)
def test_validate_whose_reader_closes_early_still_sums_up(
    tmp_path: Path, args: list[str], code: int
) -> None:
    # Before, click turned the closed pipe into exit 1, without a word.
    write(tmp_path, "lots.txt", "Kop\n" + "BERLIJN (ANP) De regering zei iets.\n" * 5000)
    _, err, returncode = _reader_closes_early(["validate", *args, "lots.txt"], tmp_path)
    assert err.decode("utf-8") == "newswire: 1 file: 0 errors, 5000 warnings\n"
    assert returncode == code


@pytest.mark.parametrize(
    "now", ["0001-01-01T00:00", "9999-12-31T23:59", "9999-12-31T23:59:59+14:00"]
)
def test_a_now_at_the_ends_of_the_calendar_parses(tmp_path: Path, now: str) -> None:
    write(tmp_path, "page.txt", PAGE)
    result = run(["parse", "page.txt", "--now", now, "--tz", "America/New_York"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") >= 2


def test_version(tmp_path: Path) -> None:
    from newswire import __version__

    result = run(["--version"], tmp_path)
    assert result.returncode == 0
    assert result.stdout == f"newswire {__version__}\n"


def test_an_unexpected_error_is_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import newswire.cli

    def broken(*args: object, **kwargs: object) -> None:
        raise MemoryError("out of memory")

    # Outside the per-file guard: the options every file shares cannot be built.
    monkeypatch.setattr(newswire.cli, "_Options", broken)
    monkeypatch.setattr(sys, "argv", ["newswire", "parse", str(tmp_path / "x.txt")])
    with pytest.raises(SystemExit) as stop:
        newswire.cli.main()
    assert stop.value.code == 1
    err = capsys.readouterr().err
    assert err == "newswire: error: unexpected MemoryError: out of memory\n"


SIGNAL_WHILE_IMPORTING = """
import os, signal, sys

SIGNAL = getattr(signal, sys.argv[1])


class Trip:
    # Sends the signal the moment the command starts importing typer.
    def find_spec(self, name, path=None, target=None):
        if name == "typer":
            sys.meta_path.remove(self)
            os.kill(os.getpid(), SIGNAL)
        return None


sys.meta_path.insert(0, Trip())
sys.argv = ["newswire", "parse", sys.argv[2]]
from newswire.__main__ import run

run()
"""


@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGTERM"])
def test_a_signal_while_the_command_is_importing_is_quiet(
    tmp_path: Path, signal_name: str
) -> None:
    # Python's own handling would print a KeyboardInterrupt traceback, or end the process
    # by SIGTERM before the command could stop anything it had started.
    page = tmp_path / "page.txt"
    page.write_text(PAGE, "utf-8")
    result = subprocess.run(
        [sys.executable, "-c", SIGNAL_WHILE_IMPORTING, signal_name, str(page)],
        capture_output=True, text=True, timeout=60,
    )
    assert (result.returncode, result.stdout, result.stderr) == (130, "", "")


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_json_is_utf8_whatever_the_locale(tmp_path: Path, fmt: str) -> None:
    # Under a Latin-1 locale a curly quote could not be written, and the file failed; worker
    # processes wrote UTF-8 all along.
    page = tmp_path / "page.txt"
    page.write_text("Kop\nDEN HAAG (ANP) - Het kabinet zegt ‘nee’ tegen €5.\n", encoding="utf-8")
    result = run(["parse", "--now", NOW, "--format", fmt, str(page)], tmp_path,
                 env=base_env(PYTHONIOENCODING="latin-1"))
    assert result.returncode == 0, result.stderr
    assert "‘nee’ tegen €5." in result.stdout


# --------------------------------------------------------------------------- --encoding

LATIN1_PAGE = "Kop\nMÜNCHEN (dpa) - Es regnet überall.\n".encode("latin-1")


@pytest.mark.parametrize("command", ["parse", "convert"])
def test_encoding_option_reads_latin1_without_warning(tmp_path: Path, command: str) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(LATIN1_PAGE)
    result = run([command, "--now", NOW, "--encoding", "latin-1", str(page)], tmp_path)
    assert result.returncode == 0
    rec = records(result.stdout)[0]
    assert rec["dateline"]["text"] == "MÜNCHEN (dpa) -"
    assert rec["body"] == "Es regnet überall."
    assert rec["warnings"] == []
    assert "warning:" not in result.stderr


def test_encoding_option_fails_a_file_not_in_it(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(LATIN1_PAGE)
    result = run(["parse", "--now", NOW, "--encoding", "utf-8", str(page)], tmp_path)
    assert result.returncode == 1
    assert result.stderr_lines == [
        f"newswire: error: {page}:2: not valid utf-8 (invalid continuation byte)"
    ]
    checked = run(["validate", "--now", NOW, "--encoding", "utf-8", str(page)], tmp_path)
    assert checked.returncode == 1
    assert "unreadable: not valid utf-8" in checked.stdout


@pytest.mark.parametrize("command", ["parse", "validate", "convert"])
@pytest.mark.parametrize("encoding", ["klingon", "rot13", "base64", "undefined"])
def test_unknown_encoding_is_a_usage_error(tmp_path: Path, command: str, encoding: str) -> None:
    # rot13 and base64 are codecs, but not of bytes to text.
    result = run([command, "--encoding", encoding, str(tmp_path / "x.txt")], tmp_path)
    assert result.returncode == 2
    assert f"unknown encoding {encoding!r}" in result.stderr


def test_odd_file_names_are_shown_not_sent_to_the_terminal(tmp_path: Path) -> None:
    seed = PAGE.encode("utf-8")
    # A name that is not UTF-8 (Latin-1 é): parsed, its name shown with U+FFFD.
    odd = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(odd, "wb") as f:
        f.write(seed)
    result = run(["parse", "--now", NOW, "-f", "json", os.fsdecode(odd)], tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout)[0]["source"]["name"].endswith("caf\ufffd.txt")
    # A newline and an escape in a name: one line, escapes written out.
    gone = run(["parse", "--now", NOW, "gone\n\x1b[31m.txt"], tmp_path)
    assert gone.returncode == 1
    assert gone.stderr == "newswire: error: gone\\n\\x1b[31m.txt: no such file\n"


@pytest.mark.parametrize("command", ["parse", "convert"])
def test_standard_input_is_read_once(tmp_path: Path, command: str) -> None:
    result = run([command, "--now", NOW, "-", "-"], tmp_path, stdin=b"Kop\n")
    assert result.returncode == 2
    assert "- (standard input) can be read once only" in result.stderr


def test_a_closed_standard_input_is_one_error(tmp_path: Path) -> None:
    proc = subprocess.run(
        [*newswire_command(), "parse", "--now", NOW, "-"], cwd=tmp_path,
        stdin=subprocess.DEVNULL, capture_output=True, check=False, env=base_env(),
        preexec_fn=lambda: os.close(0),  # the child's own stdin, closed
    )
    assert proc.returncode == 1
    assert proc.stderr == b"newswire: error: <stdin>: closed, nothing to read\n"


@pytest.mark.parametrize("args", [["--version"], ["parse", "--help"]])
def test_help_to_a_full_disk_is_one_line(tmp_path: Path, args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        proc = subprocess.run([*newswire_command(), *args], cwd=tmp_path, stdout=full,
                              stderr=subprocess.PIPE, check=False, env=base_env())
    assert proc.returncode == 1
    assert proc.stderr == b"newswire: error: stdout: cannot write (No space left on device)\n"
