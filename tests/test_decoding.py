"""How bytes become text (newswire.files.decode): one row per case, worked out by hand from the
code pages (Latin-1 is ISO 8859-1; Windows-1252 differs from it only in 0x80-0x9F)."""

from __future__ import annotations

import codecs
import random

import pytest

from newswire.files import InputError, decode

LATIN1 = "Latin-1 (ISO 8859-1; none is a quote, dash or euro sign of Windows-1252)"
WINDOWS = "Windows-1252 (one is in 0x80-0x9F, its quotes, dashes and euro sign)"

# (name, bytes, text, the code page the warning names or None for no warning, its line)
ROWS: list[tuple[str, bytes, str, str | None, int]] = [
    ("utf8", "Café in Genève".encode(), "Café in Genève", None, 0),
    ("utf8-bom-kept", codecs.BOM_UTF8 + b"Kop", "\ufeffKop", None, 0),
    ("utf16-le-bom", codecs.BOM_UTF16_LE + "Café".encode("utf-16-le"), "Café", None, 0),
    ("utf16-be-bom", codecs.BOM_UTF16_BE + "Café".encode("utf-16-be"), "Café", None, 0),
    ("latin1-e-acute", b"Caf\xe9", "Café", LATIN1, 1),
    ("latin1-nbsp-and-signs", b"5\xa0\xb0C \xa3 \xbd", "5\xa0°C £ ½", LATIN1, 1),
    ("latin1-on-line-3", b"een\ntwee\r\nDrie \xeb", "een\ntwee\r\nDrie ë", LATIN1, 3),
    ("latin1-after-lone-cr", b"een\rtwee \xfc", "een\rtwee ü", LATIN1, 2),
    ("latin1-after-line-separator", "een\u2028twee\u2029".encode() + b"\xfc",
     "een\u2028twee\u2029ü", LATIN1, 3),
    ("cp1252-curly-quotes", b"\x93ja\x94 \x96 nee", "“ja” – nee", WINDOWS, 1),
    ("cp1252-euro", b"\x80 5", "€ 5", WINDOWS, 1),
    ("cp1252-with-latin1", b"\xe9t\xe9 \x85", "été …", WINDOWS, 1),
    # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in Windows-1252: read as Latin-1 controls.
    ("cp1252-undefined-byte", b"a\x81b \x80", "a\x81b €", WINDOWS, 1),
    ("only-undefined-bytes", b"a\x81b\x9d", "a\x81b\x9d", LATIN1, 1),
    ("valid-utf8-kept-around-bad-bytes", "Genève ".encode() + b"caf\xe9 \x93", "Genève café “",
     WINDOWS, 1),
    ("truncated-utf8-sequence", b"caf\xc3", "cafÃ", LATIN1, 1),
    ("utf8-encoded-surrogate", b"x \xed\xa0\x80", "x í\xa0€", WINDOWS, 1),
]


@pytest.mark.parametrize(
    ("data", "text", "used", "line"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS]
)
def test_decode(data: bytes, text: str, used: str | None, line: int) -> None:
    got, warnings = decode(data, "in.txt")
    assert got == text
    if used is None:
        assert warnings == ()
    else:
        assert warnings == (
            f"in.txt:{line}: not valid UTF-8; bytes that are not UTF-8 were read as {used}",
        )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x00\x01\x02\x03" * 100, "in.txt:1: binary data (NUL or control bytes), not text"),
        (b"Kop\n" + b"\x00" * 500, "in.txt:2: binary data (NUL or control bytes), not text"),
        (codecs.BOM_UTF16_LE + b"a", "in.txt: UTF-16 byte-order mark, but not valid UTF-16"),
        # 9% control bytes, and with DEL and the bytes Windows-1252 leaves undefined 11%:
        # no text in any encoding.
        (b"Kop\n" + (bytes(range(256)) + b"a" * 60) * 8,
         "in.txt:2: binary data, or text in no Western encoding (control bytes, not UTF-8)"),
    ],
)
def test_not_text(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as e:
        decode(data, "in.txt")
    assert str(e.value).startswith(message)


def test_random_bytes_are_no_text() -> None:
    # Control bytes alone are 11% of random bytes, just over the 10% a text may hold: about
    # one file in ten of 2 KB passed as Windows-1252 text, with junk records.
    for seed in range(200):
        with pytest.raises(InputError, match="binary data"):
            decode(random.Random(seed).randbytes(2000), "in.bin")


def test_windows_1252_text_with_undefined_bytes_is_still_text() -> None:
    data = "Café “quoted” € 5 – naïef\n".encode("cp1252") * 20 + b"\x81 en \x8d\n"
    text, warnings = decode(data, "in.txt")
    assert text.startswith("Café “quoted” €") and len(warnings) == 1
