"""Reading input files into text: the only place newswire touches the file system.

Decoding, in order: a UTF-16 BOM selects UTF-16; otherwise UTF-8 (a UTF-8 BOM is kept as the
first character, U+FEFF, so offsets count it). Bytes that are not valid UTF-8 are read one by
one as Windows-1252 (Latin-1 for the five bytes Windows-1252 leaves undefined), which keeps the
valid UTF-8 around them intact, and a warning names the first such line.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from typing import NamedTuple

_SNIFF = 8192
_BINARY_SHARE = 0.10
_CONTROL = bytes(sorted(set(range(32)) - {9, 10, 12, 13}))
_TEXT = r"[^\s\ufeff\u200b\u200c\u200d\u2060\u00ad]"  # one character that is not blank
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\u00ad"


class InputError(Exception):
    """An input that cannot be read as text; the message says why, in one line."""


class Input(NamedTuple):
    """A decoded input."""

    name: str
    text: str
    mtime: float | None
    """Modification time (seconds since the epoch), or None for stdin."""
    warnings: tuple[str, ...] = ()


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    chars = []
    for byte in bad:
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return "".join(chars), error.end


codecs.register_error("newswire-cp1252", _cp1252_bytes)


def _line_of(data: bytes, offset: int) -> int:
    """The 1-based line of byte ``offset``, counting CRLF, LF and lone CR as the parser does."""
    head = data[:offset]
    return head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n") + 1


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
        first = min(i for i in (sniff.find(bytes([b])) for b in _CONTROL) if i >= 0)
        line = _line_of(data, first)
        raise InputError(f"{name}:{line}: binary data (NUL or control bytes), not text")
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as e:
        line = _line_of(data, e.start)
        text = data.decode("utf-8", errors="newswire-cp1252")
        return text, (
            f"{name}:{line}: not valid UTF-8; bytes that are not UTF-8 were read as Windows-1252",
        )


def read_input(name: str, encoding: str | None = None) -> Input:
    """Read and decode the file ``name`` (``-`` is stdin); InputError with a reason if not.
    ``encoding`` forces one (``latin-1``, ``cp1252``, ``utf-16``) instead of the detection."""
    if name == "-":
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
    shown = "<stdin>" if name == "-" else name
    warnings: tuple[str, ...] = ()
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            line = _line_of(data, e.start)
            raise InputError(f"{shown}:{line}: not valid {encoding} ({e.reason})") from None
    else:
        text, warnings = decode(data, shown)
    if _blank(text):
        raise InputError(f"{shown}: empty file, nothing to parse")
    return Input(shown, text, mtime, warnings)


def _blank(text: str) -> bool:
    """Whether ``text`` holds nothing but spaces and invisible characters."""
    stripped = text.lstrip()
    if stripped and stripped[0] not in _INVISIBLE:
        return False  # the usual case, decided without compiling a pattern
    return re.search(_TEXT, text) is None
