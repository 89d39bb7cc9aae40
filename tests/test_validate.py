"""``newswire validate`` and ``newswire schema``: diagnostics for wire text, records checked
against the schema, exit codes. Expected lines and columns were counted by hand."""

from __future__ import annotations

import copy
import json
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from newswire import parse_all
from newswire.files import json_values
from newswire.schema import check, load_schema, schema_text
from newswire.validate import check_text
from tests.helpers import newswire_command

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 2, 1, 9, 0)
SCHEMA = load_schema()
GOLDEN = [
    json.loads(line)
    for path in sorted((ROOT / "samples").glob("*.jsonl"))
    for line in path.read_text("utf-8").splitlines()
]


def newswire(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*newswire_command(), *args], input=stdin, capture_output=True, text=True, timeout=60
    )


# ---------------------------------------------------------------- the schema checker


def test_golden_records_are_valid() -> None:
    assert GOLDEN
    for record in GOLDEN:
        assert check(record, SCHEMA) == []
        jsonschema.validate(record, SCHEMA)


def _set(record: dict[str, Any], path: str, value: object) -> dict[str, Any]:
    changed = copy.deepcopy(record)
    node: Any = changed
    parts = path.replace("[", ".").replace("]", "").split(".")
    for part in parts[:-1]:
        node = node[int(part)] if part.isdigit() else node[part]
    last = parts[-1]
    if value is _DELETE:
        del node[last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return changed


_DELETE = object()

# (field to change, new value, the path and words the checker must report)
MUTATIONS = [
    ("id", "XYZ", "id", "does not match"),
    ("kind", "story", "kind", "must be one of"),
    ("headline", 3, "headline", "must be string or null, not integer"),
    ("body", None, "body", "must be string, not null"),
    ("body", _DELETE, "", "missing field 'body'"),
    ("extra", 1, "extra", "is not a field of records"),
    ("dateline.agencies[0].country", "nl", "dateline.agencies[0].country", "does not match"),
    ("dateline.places[0].lat", 200.0, "dateline.places[0].lat", "at most 90"),
    ("dateline.places", [], "dateline.places", "at least 1"),
    ("source.line_start", 0, "source.line_start", "at least 1"),
    ("source.page", True, "source.page", "must be integer, not boolean"),
    ("credits", [{"name": "X"}], "credits[0]", "missing field 'role'"),
    ("dateline.agencies", [], None, None),  # a dateline may credit no agency (WASHINGTON —)
]


@pytest.mark.parametrize(("field", "value", "path", "words"), MUTATIONS)
def test_checker_reports_what_jsonschema_rejects(
    field: str, value: object, path: str | None, words: str | None
) -> None:
    record = next(r for r in GOLDEN if r["dateline"] is not None)
    broken = _set(record, field, value)
    if path is None:  # a change that leaves a valid record
        jsonschema.validate(broken, SCHEMA)
        assert check(broken, SCHEMA) == []
        return
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SCHEMA)
    found = check(broken, SCHEMA)
    assert words is not None
    assert any(p == path and words in message for p, message in found), found


def test_a_record_missing_fields_is_told_what_a_record_needs() -> None:
    # A skip has fewer fields to miss; the kind says which shape was meant.
    found = check({"id": "0123456789abcdef", "kind": "article"}, SCHEMA)
    assert ("", "missing field 'body'") in found
    assert not any("skipped" in message or "reason" in message for _, message in found)
    skip = check({"kind": "skipped", "text": "x"}, SCHEMA)
    assert ("", "missing field 'reason'") in skip


def test_schema_command_prints_the_shipped_schema() -> None:
    result = newswire("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout) == SCHEMA
    assert result.stdout == schema_text()
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


# ---------------------------------------------------------------- wire text


def diagnostics(text: str) -> list[str]:
    items = list(parse_all(text, now=NOW, source="page.txt"))
    return [f"{d.line}:{d.col}:{d.level}:{d.code}" for d in check_text("page.txt", text, items)]


TEXT_ROWS = [
    # Clean page: nothing to say.
    ("Kop\nDEN HAAG (ANP) - Een.\nMeer uit Binnenland\nROME (ANP) - Twee.\n5 minuten geleden\n",
     []),
    # Unknown agency code, at the code.
    ("Kop\nSION (ANP/AF) - Een.\n", ["2:11:warning:unknown-agency"]),
    # The only code unknown, one slip from a known one (RTR), after a known place.
    ("Kop\nDEN HAAG (ANP) - Een.\nMeer uit Buitenland\nPARIJS (RTRS) - Twee.\n1 uur geleden\n",
     ["4:9:warning:unknown-agency"]),
    # A dateline without its dash.
    ("Kop\nDEN HAAG (ANP) - Een.\nBERLIJN (ANP) De regering zei iets.\n",
     ["3:1:warning:dateline-without-separator"]),
    # Mojibake and a control character.
    ("Kop\nDEN HAAG (ANP) - De OekraÃ¯ne zei\x07 iets.\n",
     ["2:26:warning:mojibake", "2:34:warning:control-character"]),
    # An item without a time in a timed list.
    ("Kop\nDEN HAAG (ANP) - Een.\nMeer uit Buitenland\nROME (ANP) - Twee.\n5 minuten geleden\n"
     "PARIJS (ANP) - Drie.\nBERN (ANP) - Vier.\n2 uur geleden\n",
     ["6:1:warning:no-time"]),
    # Text before the page's first item, and a time that belongs to nothing.
    ("Home\n5 minuten geleden\nKop\nDEN HAAG (ANP) - Een.\n",
     ["1:1:info:skipped", "2:1:warning:dangling-time"]),
]


@pytest.mark.parametrize(("text", "expected"), TEXT_ROWS)
def test_text_diagnostics(text: str, expected: list[str]) -> None:
    assert diagnostics(text) == expected


# ---------------------------------------------------------------- the command


def test_validate_text_exit_codes(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Kop\nSION (ANP/AF) - Een.\n", encoding="utf-8")
    result = newswire("validate", "--now", "2026-02-01T09:00", str(page))
    assert result.returncode == 0
    assert result.stdout == (
        f"{page}:2:11: warning: unknown-agency: unknown agency code 'AF' in the dateline "
        "(did you mean AFP?)\n"
    )
    assert result.stderr == "newswire: 1 file: 0 errors, 1 warning\n"
    strict = newswire("validate", "--strict", "--now", "2026-02-01T09:00", str(page))
    assert strict.returncode == 1


def test_validate_records(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(
        "".join(json.dumps(r) + "\n" for r in GOLDEN[:3]) + "\n", encoding="utf-8"
    )
    assert newswire("validate", str(good)).returncode == 0
    bad = tmp_path / "bad.jsonl"
    broken = _set(GOLDEN[0], "kind", "story")
    bad.write_text(json.dumps(GOLDEN[1]) + "\n" + json.dumps(broken) + "\n{oops\n", "utf-8")
    result = newswire("validate", "--format", "jsonl", str(bad))
    assert result.returncode == 1
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(d["line"], d["level"], d["code"]) for d in found] == [
        (2, "error", "schema"), (3, "error", "invalid-json")
    ]
    assert found[0]["message"].startswith("kind: must be one of")


# (text, each value's line, column and value, or the start of the error said for it)
JSON_VALUES = [
    ('{"a": 1}\n\n{"b": 2}\n', [(1, 1, {"a": 1}), (3, 1, {"b": 2})]),
    ('[\n  {"a": 1},\n  {"b": 2}\n]\n', [(2, 3, {"a": 1}), (3, 3, {"b": 2})]),
    ('\ufeff[{"a": 1}, {"b": 2}]', [(1, 2, {"a": 1}), (1, 12, {"b": 2})]),
    ("[]\n", []),
    ("[ ]", []),
    ('[\n  {"a": 1}\n', [(2, 3, {"a": 1}), (3, 1, "expected ',' or ']'")]),
    ('[\n  {"a": 1},\n  {oops\n]', [(2, 3, {"a": 1}), (3, 4, "Expecting property name")]),
    ('[{"a": 1}]\n{"b": 2}\n', [(1, 2, {"a": 1}), (2, 1, "more after the end")]),
    ('[{"a": NaN}]', [(1, 2, "NaN is no JSON number")]),
    ('[{"a": "\\ud800"}]', [(1, 2, "a lone surrogate")]),
    ("[[[[", [(1, 5, "Expecting value")]),  # JSON Lines: a line of its own
    ("[1, 2]\n", [(1, 1, [1, 2])]),
    # Objects printed over several lines one after another, as jq writes them.
    ('{\n  "a": 1\n}\n{\n  "b": 2\n}\n', [(1, 1, {"a": 1}), (4, 1, {"b": 2})]),
    ('{\n  "a": 1\n}\n{\n  "b": ', [(1, 1, {"a": 1}), (5, 8, "Expecting value")]),
    ('[\n  {"a": 1}', [(2, 3, {"a": 1}), (2, 11, "expected ',' or ']'")]),
    ("{oops\n{\"a\": 1}\n", [(1, 2, "Expecting property name"), (2, 1, {"a": 1})]),
]


@pytest.mark.parametrize(("text", "expected"), JSON_VALUES)
def test_json_values(text: str, expected: list[tuple[int, int, Any]]) -> None:
    found = [
        (line, col, str(value) if isinstance(value, ValueError) else value)
        for line, col, value in json_values(text)
    ]
    assert len(found) == len(expected)
    for (line, col, value), (want_line, want_col, want) in zip(found, expected, strict=True):
        assert (line, col) == (want_line, want_col)
        assert value.startswith(want) if isinstance(want, str) else value == want


def test_validate_reads_what_format_json_writes(tmp_path: Path) -> None:
    page = ROOT / "samples" / "anp_buitenland.txt"
    written = newswire("parse", "--format", "json", "--now", "2026-02-01T09:00:00+01:00",
                       str(page))
    array = tmp_path / "page.json"
    array.write_text(written.stdout, encoding="utf-8")
    assert newswire("validate", str(array)).returncode == 0
    # Its errors are named by the line each element starts on (counted by hand).
    broken = _set(GOLDEN[0], "kind", "story")
    bad = tmp_path / "bad.json"
    bad.write_text(f"[\n  {json.dumps(GOLDEN[1])},\n  {json.dumps(broken)},\n  {{oops\n]\n",
                   encoding="utf-8")
    result = newswire("validate", "--format", "jsonl", str(bad))
    assert result.returncode == 1
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(d["line"], d["col"], d["code"]) for d in found] == [
        (3, 3, "schema"), (4, 4, "invalid-json")
    ]
    # An array as its own name does not say: told by its opening.
    renamed = tmp_path / "page.txt"
    renamed.write_text(written.stdout, encoding="utf-8")
    assert newswire("validate", str(renamed)).returncode == 0


def test_hostile_lines_are_each_one_error(tmp_path: Path) -> None:
    # Nesting deeper than the reader goes, a number of 5,000 digits, a lone surrogate: each
    # an invalid-json error for its line, and the file after it is checked too.
    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text(
        "[" * 100_000 + "\n" + "1" * 5000 + "\n" + '{"id": "\\ud800"}\n'
        + json.dumps(GOLDEN[0]) + "\n", encoding="utf-8",
    )
    good = tmp_path / "good.jsonl"
    good.write_text("\ufeff" + json.dumps(GOLDEN[0]) + "\n", encoding="utf-8")  # BOM: fine
    result = newswire("validate", "--format", "jsonl", str(hostile), str(good))
    assert result.returncode == 1
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(d["path"], d["line"], d["code"]) for d in found] == [
        (str(hostile), 1, "invalid-json"), (str(hostile), 2, "invalid-json"),
        (str(hostile), 3, "invalid-json"),
    ]
    assert "newswire: 2 files: 3 errors" in result.stderr


def test_a_line_separator_in_a_record_ends_no_line(tmp_path: Path) -> None:
    # newswire writes U+2028 as it is inside strings; JSON Lines end at LF only.
    record = dict(GOLDEN[0], body="Een\u2028twee")
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert newswire("validate", str(good)).returncode == 0


def test_a_name_with_control_characters_stays_on_its_line(tmp_path: Path) -> None:
    odd = tmp_path / "bad\nname.jsonl"
    odd.write_text("{oops\n", encoding="utf-8")
    result = newswire("validate", str(odd))
    assert result.returncode == 1
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"{tmp_path}/bad\\nname.jsonl:1:")


def test_validate_json_format_and_bad_files(tmp_path: Path) -> None:
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    page = tmp_path / "page.txt"
    page.write_text("Kop\nDEN HAAG (ANP) - Een.\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = newswire("validate", "--format", "json", "--now", "2026-02-01T09:00",
                      str(binary), str(page), str(missing))
    assert result.returncode == 1
    found = json.loads(result.stdout)
    assert [(d["path"], d["code"]) for d in found] == [
        (str(binary), "unreadable"), (str(missing), "unreadable")
    ]
    assert "binary data" in found[0]["message"]
    assert result.stderr == "newswire: 3 files: 2 errors, 0 warnings\n"


def test_validate_stdin() -> None:
    result = newswire("validate", "--now", "2026-02-01T09:00", "-",
                      stdin="Kop\nDEN HAAG (ANP) De regering.\n")
    assert result.returncode == 0
    assert result.stdout.startswith("<stdin>:2:1: warning: dateline-without-separator: ")


@pytest.mark.parametrize(
    ("args", "words"),
    [(["--format", "xml", "x.txt"], "--format"), (["--now", "soon", "x.txt"], "--now"), ([], "")],
)
def test_validate_usage_errors(args: list[str], words: str) -> None:
    result = newswire("validate", *args)
    assert result.returncode == 2
    assert result.stderr.startswith("newswire: error:")
    assert words in result.stderr
