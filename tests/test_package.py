"""The package's face: what ``import newswire`` gives, and what it does not load."""

from __future__ import annotations

import subprocess
import sys

import pytest

import newswire


def _modules_after(code: str) -> set[str]:
    """The modules loaded by running ``code`` in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sys.modules))"],
        capture_output=True, text=True, check=True,
    ).stdout
    return set(out.split())


@pytest.mark.parametrize("name", newswire.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(newswire, name) is not None
    assert name in dir(newswire)


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'parse_everything'"):
        _ = newswire.parse_everything


def test_names_are_the_modules_own() -> None:
    from newswire.parser import parse
    from newswire.timestamps import parse_timestamp

    assert newswire.parse is parse
    assert newswire.parse_timestamp is parse_timestamp


def test_import_loads_no_parser_and_no_dateparser() -> None:
    loaded = _modules_after("import newswire")
    assert "dateparser" not in loaded
    assert not {"newswire.parser", "newswire.timestamps", "re", "typing"} & loaded


def test_parse_timestamp_loads_only_the_time_module() -> None:
    loaded = _modules_after("from newswire import parse_timestamp")
    assert "newswire.timestamps" in loaded
    assert not {"newswire.parser", "newswire.records", "dataclasses", "dateparser"} & loaded
