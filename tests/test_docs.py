"""The README tells the truth: its examples run, its record matches the golden file, every
option of the CLI is documented, and CI runs the test command it gives."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer

from newswire.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def test_quick_start_is_two_commands_and_ci_runs_the_second() -> None:
    quick = README.split("## Quick start", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    commands = quick.strip().splitlines()
    assert len(commands) == 2
    assert "newswire parse samples/anp_buitenland.txt" in commands[0]
    ci = (ROOT / ".ci/run").read_text("utf-8")
    assert commands[1] in ci.splitlines()


def test_library_example_runs() -> None:
    examples = [b for b in blocks("python") if "from newswire import" in b]
    assert examples
    for code in examples:
        exec(compile(code, "README.md", "exec"), {})


def test_example_record_is_the_golden_one() -> None:
    shown = json.loads(blocks("json")[0])
    golden = [json.loads(line) for line in (ROOT / "samples/anp_buitenland.jsonl").open()]
    assert shown in golden


def _parse_options() -> list[str]:
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    return sorted(
        max(param.opts, key=len)
        for param in commands["parse"].params
        if param.opts and param.opts[0].startswith("-") and param.name != "help"
    )


@pytest.mark.parametrize("option", _parse_options())
def test_every_parse_option_is_documented(option: str) -> None:
    assert f"`{option}" in README


@pytest.mark.parametrize(
    "reason",
    ["section-header", "page-separator", "preamble", "orphan-time", "unread-time", "markup"],
)
def test_every_skip_reason_is_documented(reason: str) -> None:
    assert f"`{reason}`" in README


@pytest.mark.parametrize(
    "code",
    ["unknown-agency", "no-dateline", "time-order-guessed", "place-ambiguous", "html", "decoding"],
)
def test_every_warning_code_is_documented(code: str) -> None:
    assert f"`{code}`" in README
