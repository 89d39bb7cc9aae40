"""Reading input files into text: the only place newswire touches the file system.

Decoding, in order: a UTF-16 BOM selects UTF-16; otherwise UTF-8 (a UTF-8 BOM is kept as the
first character, U+FEFF, so offsets count it). Bytes that are not valid UTF-8 are read one by
one, which keeps the valid UTF-8 around them intact: as Windows-1252 when one is among its
curly quotes, dashes and € (0x80–0x9F, where Latin-1 has only control codes no text means),
else as Latin-1 (0xA0–0xFF, where the two agree). The five bytes Windows-1252 leaves
undefined are read as Latin-1 either way. A warning names the
choice and the line of the first such byte.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, tzinfo
from typing import Any, NamedTuple, TextIO, TypeVar, cast

from newswire.records import Problem
from newswire.text import count_line_ends, is_blank

_T = TypeVar("_T")
_SNIFF = 8192
_BINARY_SHARE = 0.10
_SAMPLE = 512  # bytes: enough to tell random data from text by its share of odd bytes
_CONTROL = bytes(sorted(set(range(32)) - {9, 10, 12, 13}))


class InputError(Exception):
    """An input that cannot be read as text; the message says why, in one line."""


class OutputError(Exception):
    """An output that cannot be written or made (a full disk, a folder that cannot be
    created); the message names it and says why, in one line."""


def cannot_write(name: str, error: OSError) -> OutputError:
    """The OutputError for ``error`` while writing ``name``."""
    return OutputError(f"{name}: cannot write ({error.strerror or error})")


class CheckedStream:
    """A text stream whose write failures, other than a reader gone away (BrokenPipeError,
    handled as a quiet stop), become one OutputError naming it."""

    def __init__(self, stream: TextIO, name: str) -> None:
        self.stream = stream
        self.name = name

    def write(self, text: str) -> int:
        return self._guarded(self.stream.write, text)

    def flush(self) -> None:
        self._guarded(self.stream.flush)

    def close(self) -> None:
        self._guarded(self.stream.close)

    def _guarded(self, call: Callable[..., _T], *args: str) -> _T:
        try:
            return call(*args)
        except BrokenPipeError:
            raise
        except OSError as e:
            raise cannot_write(self.name, e) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def checked(stream: TextIO, name: str) -> TextIO:
    """``stream``, its write failures raised as OutputError naming ``name``."""
    # A wrapper with the TextIO methods writers call, typed as the stream it stands for.
    return cast(TextIO, CheckedStream(stream, name))


def stdout() -> TextIO:
    """Standard output, its write failures named ``stdout``."""
    return checked(sys.stdout, "stdout")


class Input(NamedTuple):
    """A decoded input."""

    name: str
    text: str
    mtime: float | None
    """Modification time (seconds since the epoch), or None for stdin."""
    warnings: tuple[str, ...] = ()


def _byte_as_text(byte: int) -> str:
    """A byte 0x80–0xFF read as Windows-1252, or as Latin-1 where Windows-1252 leaves it
    undefined."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


_ASCII = bytes(range(0x80))
# The bytes Windows-1252 leaves undefined: read as Latin-1 (C1 controls), as Latin-1 would.
_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})
_NO_CHARACTER = bytes(sorted({0x7F, *_UNDEFINED}))


def _first_of(data: bytes, wanted: bytes) -> int:
    """The offset of the first byte of ``data`` that is one of ``wanted`` (one at least is)."""
    return min(i for i in (data.find(bytes([b])) for b in wanted) if i >= 0)


def _line_of(data: bytes, offset: int) -> int:
    """The 1-based line of byte ``offset``, counting line ends as the parser does."""
    return count_line_ends(data[:offset].decode("utf-8", "surrogateescape")) + 1


def decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """The text in ``data`` and the warnings its decoding gave; InputError if it is no text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError as e:
            raise InputError(
                f"{name}: UTF-16 byte-order mark, but not valid UTF-16 ({e.reason})"
            ) from None
    sniff = data[:_SNIFF]
    odd = len(sniff) - len(sniff.translate(None, _CONTROL))
    if sniff and odd / len(sniff) > _BINARY_SHARE:
        line = _line_of(data, _first_of(sniff, _CONTROL))
        raise InputError(f"{name}:{line}: binary data (NUL or control bytes), not text")
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as e:
        line = _line_of(data, e.start)
    # Not UTF-8 either: the bytes no Western code page makes a character of (DEL, and those
    # Windows-1252 leaves undefined) count as control bytes too. Random or compressed data
    # holds 13% of them, text read as Windows-1252 next to none; in a few hundred bytes, one
    # stray byte is no evidence.
    odd += len(sniff) - len(sniff.translate(None, _NO_CHARACTER))
    if len(sniff) >= _SAMPLE and odd / len(sniff) > _BINARY_SHARE:
        line = _line_of(data, _first_of(sniff, _CONTROL + _NO_CHARACTER))
        raise InputError(
            f"{name}:{line}: binary data, or text in no Western encoding (control bytes, not"
            " UTF-8); if it is text, give its --encoding"
        )
    # Each byte that is not UTF-8 becomes a lone surrogate (U+DC80 to U+DCFF), then each of
    # the few distinct ones is replaced in one C-level pass: a per-byte error handler or a
    # translate() table costs ten to forty times more on a file with an é in every line.
    text, windows = read_escapes(data.decode("utf-8", errors="surrogateescape"), data)
    return text, (not_utf8(name, line, windows),)


def decoding_problems(warnings: Iterable[str]) -> tuple[Problem, ...]:
    """An input's decoding warnings as each of its records carries them."""
    return tuple(Problem("decoding", message) for message in warnings)


def read_escapes(text: str, data: bytes) -> tuple[str, bool]:
    """``text``, decoded from ``data`` with ``surrogateescape``, each byte that was not UTF-8
    read as Windows-1252 (Latin-1 where that leaves it undefined); and whether one of them
    was in 0x80-0x9F, where the two differ."""
    windows = False
    for byte in sorted(set(data.translate(None, _ASCII))):
        escaped = chr(0xDC00 + byte)
        if escaped in text:
            text = text.replace(escaped, _byte_as_text(byte))
            windows = windows or (byte < 0xA0 and byte not in _UNDEFINED)
    return text, windows


def not_utf8(name: str, line: int, windows: bool) -> str:
    """The warning for an input that is not all UTF-8, its first such byte on ``line``."""
    if windows:
        used = "Windows-1252 (one is in 0x80-0x9F, its quotes, dashes and euro sign)"
    else:
        used = "Latin-1 (ISO 8859-1; none is a quote, dash or euro sign of Windows-1252)"
    return f"{name}:{line}: not valid UTF-8; bytes that are not UTF-8 were read as {used}"


def reference_time(mtime: float | None, zone: tzinfo) -> tuple[datetime, str]:
    """The time a file's relative times resolve against when no --now is given, and where it
    came from: its modification time, else (stdin) the clock. Whole seconds: "10 minuten
    geleden" at 08:50:00.218138 claims a precision no page has, and mixed fractions trip
    readers that take one format for a column (pandas)."""
    if mtime is not None:
        return datetime.fromtimestamp(mtime, zone).replace(microsecond=0), "file-mtime"
    return datetime.now(zone).replace(microsecond=0), "clock"


def shown_name(name: str) -> str:
    """A file's name as records and messages show it: a byte the file system holds that is
    not UTF-8 (Python keeps it as a lone surrogate, which no UTF-8 output takes) as U+FFFD."""
    if name.isascii():
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def one_line(message: str) -> str:
    """A message for the terminal: on one line, its control characters (a newline or an
    escape in a file's name) written as escapes, never sent to the terminal."""
    if message.isprintable():
        return message
    return "".join(
        c if c.isprintable() or c == " " else repr(c)[1:-1] for c in shown_name(message)
    )


def json_line(line: str) -> Any:
    """One line of JSON Lines, as Python; ValueError saying why for a line that holds no JSON
    a writer can pass on: bad syntax (a JSONDecodeError, with its column), nesting too deep
    for the reader, a number of thousands of digits, a lone surrogate escape (``\\ud800``)."""
    import json  # not at start-up: parse never reads JSON

    try:
        # A BOM opening the file, as Excel writes it, is read past; NaN, Infinity and 1e400
        # are no JSON numbers (Python's reader takes them, and its writer would pass them on).
        value = json.loads(
            line.lstrip("\ufeff"), parse_constant=_no_number, parse_float=_finite
        )
    except RecursionError:
        raise ValueError("nested too deeply to read") from None
    if re.search(_SURROGATE, line) is not None:
        _refuse_lone_surrogates(value)
    return value


# Where a records file is no JSON Lines: an array of records opens with "[" and "{" (or is
# empty), and records printed over several lines, as jq prints them, with a line of "{" alone.
# "[[[…" is a line of JSON Lines nested too deep, to be said of its own line. The match ends
# where the first record starts.
VALUES_OPENING = re.compile(r"\[\s*(?=[{\]])|(?=\{[ \t\r]*\n)")


def json_values(text: str) -> Iterator[tuple[int, int, Any]]:
    """The values of a records file, each with its line and column: one per line of JSON
    Lines, the elements of a JSON array (what ``--format json`` writes), or objects printed
    over several lines one after another (what ``jq`` writes). A value that cannot be read
    comes as the ValueError saying why; an array or a stream cut short ends with one."""
    if text.startswith("\ufeff"):  # as Excel writes it; no column of the text
        text = text[1:]
    start = len(text) - len(text.lstrip(" \t\r\n"))
    opening = VALUES_OPENING.match(text, start)
    if opening is None:
        for number, line in enumerate(text.split("\n"), 1):  # JSON Lines end at LF alone
            if line.strip():
                try:
                    yield number, 1, json_line(line)
                except ValueError as e:
                    yield number, getattr(e, "colno", 1), e
        return
    import json

    decoder = json.JSONDecoder(parse_constant=_no_number, parse_float=_finite)
    space = re.compile(r"[ \t\r\n]*")

    # An offset already passed, its line and that line's start: each element's line and
    # column are counted on from the element before, never from the text's start again.
    passed = [0, 1, 0]

    def at(pos: int) -> tuple[int, int]:
        ends = text.count("\n", passed[0], pos)
        if ends:
            passed[1] += ends
            passed[2] = text.rfind("\n", passed[0], pos) + 1
        passed[0] = pos
        return passed[1], pos - passed[2] + 1

    array = opening.end() > start  # the "[" and the space after it
    i = opening.end()
    while i < len(text) and not (array and text.startswith("]", i)):
        try:
            value, end = decoder.raw_decode(text, i)
            if re.compile(_SURROGATE).search(text, i, end) is not None:
                _refuse_lone_surrogates(value)
        except RecursionError:
            yield *at(i), ValueError("nested too deeply to read")
            return
        except ValueError as e:
            yield *at(getattr(e, "pos", i)), e
            return
        yield *at(i), value
        i = space.match(text, end).end()  # type: ignore[union-attr]
        if array:
            if text.startswith(",", i):
                i = space.match(text, i + 1).end()  # type: ignore[union-attr]
            elif not text.startswith("]", i):
                yield *at(i), ValueError("expected ',' or ']' after an element of the array")
                return
    if array:
        if not text.startswith("]", i):
            yield *at(i), ValueError("the array ends before its ']'")
            return
        i += 1
        if text[i:].strip():
            yield *at(i + len(text[i:]) - len(text[i:].lstrip())), ValueError(
                "more after the end of the array"
            )


_SURROGATE = r"\\u[dD][89a-fA-F]"  # a surrogate's escape: paired?


def _refuse_lone_surrogates(value: Any) -> None:
    """ValueError if ``value`` holds a surrogate no pair completes (``"\\ud800"``)."""
    import json

    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("a lone surrogate escape (\\ud800 and kin), no character") from None


def _no_number(name: str) -> float:
    raise ValueError(f"{name} is no JSON number")


def _finite(written: str) -> float:
    value = float(written)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"{written} is too large a number")
    return value


def read_input(name: str, encoding: str | None = None) -> Input:
    """Read and decode the file ``name`` (``-`` is stdin); InputError with a reason if not.
    ``encoding`` forces one (``latin-1``, ``cp1252``, ``utf-16``) instead of the detection."""
    if name == "-":
        if sys.stdin is None:
            raise InputError("<stdin>: closed, nothing to read")
        data = sys.stdin.buffer.read()
        mtime = None
    else:
        try:
            with open(name, "rb") as f:
                data = f.read()
                mtime = os.fstat(f.fileno()).st_mtime
        except FileNotFoundError:
            raise InputError(f"{name}: no such file") from None
        except IsADirectoryError:
            raise InputError(f"{name}: is a directory, not a file") from None
        except PermissionError:
            raise InputError(f"{name}: permission denied") from None
        except OSError as e:
            raise InputError(f"{name}: cannot read ({e.strerror or e})") from None
    shown = "<stdin>" if name == "-" else shown_name(name)
    warnings: tuple[str, ...] = ()
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            line = _line_of(data, e.start)
            raise InputError(f"{shown}:{line}: not valid {encoding} ({e.reason})") from None
    else:
        text, warnings = decode(data, shown)
    if is_blank(text):
        raise InputError(f"{shown}: empty file, nothing to parse")
    return Input(shown, text, mtime, warnings)


