"""Coverage-guided fuzzing of the parser with atheris (libFuzzer), for a bounded time.

    pip install -e '.[fuzz]'
    python scripts/fuzz.py --minutes 30

Each input is a file's bytes. The target decodes them as the command does, parses them, and
checks what every input must give: no exception, every span inside the text, every non-blank
character in a record's span or a skip, and records that encode to JSON valid against the
record schema's required fields. It also runs parse_dateline and parse_timestamp on the text.

The corpus starts from samples/*.txt and a few hostile shapes, and grows in fuzz/corpus/
(kept between runs, ignored by git). A crash leaves its input in fuzz/crashes/ and stops the
run; turn it into a row of tests/test_hostile.py. Not run in CI: it takes minutes by design.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from newswire import Record, parse_all, parse_dateline, parse_timestamp
    from newswire.files import InputError, decode
    from newswire.formats import JsonEncoder

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 2, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))
# Blank as README.md ("Nothing is lost") defines it.
NOT_BLANK = re.compile("[^\\s\ufeff\u200b\u200c\u200d\u2060\u00ad]")
SEEDS = [
    "Kop\nMOSKOU (ANP/AFP) - Tekst.\nMeer uit Buitenland\nPARIJS (ANP) - B.\n10 minuten geleden",
    "Kop<br>\n<p>ROME (ANP) - Een &amp; twee.</p>",
    "OekraÃ¯ne\nKIEV (ANP) - Het isnâ€™t koud, â‚¬ 5.",
    "WASHINGTON, Jan 5 (Reuters) - Text.\n(Reporting by A; Editing by B)",
    "Net binnen\nBuitenland 11:40 Kop een\nBinnenland 10:05 Kop twee",
    "BOGOTA\u0301 (EFE).- Texto.\r\n\r\nhace 3 horas\x0cKop\rBERLIN (dpa) - Text.",
]
ENCODER = JsonEncoder()


def check(data: bytes) -> None:
    try:
        text, _ = decode(data, "fuzz")
    except InputError:
        return
    items = list(parse_all(text, now=NOW))
    covered = bytearray(len(text))
    for item in items:
        start, end = item.source.start, item.source.end
        if not 0 <= start <= end <= len(text):
            raise AssertionError(f"span {start}:{end} outside a text of {len(text)}")
        covered[start:end] = b"\x01" * (end - start)
        encoded = json.loads(ENCODER.encode(item))
        if isinstance(item, Record) and encoded["id"] != item.id:
            raise AssertionError("the encoded record lost its id")
    for m in NOT_BLANK.finditer(text):
        if not covered[m.start()]:
            raise AssertionError(f"lost {text[m.start() : m.start() + 40]!r} at {m.start()}")
    head = text[:200]
    dateline = parse_dateline(head)
    if dateline is not None and not 0 < dateline.end <= len(head):
        raise AssertionError(f"dateline end {dateline.end} outside {len(head)}")
    for lang in (None, "nl", "en", "de", "fr", "es"):
        parse_timestamp(head, now=NOW, lang=lang)
        parse_timestamp(head, now=NOW.replace(tzinfo=None), lang=lang)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=30.0, help="how long to run")
    parser.add_argument("--max-len", type=int, default=4096, help="longest input, in bytes")
    args, rest = parser.parse_known_args()
    corpus = ROOT / "fuzz" / "corpus"
    crashes = ROOT / "fuzz" / "crashes"
    corpus.mkdir(parents=True, exist_ok=True)
    crashes.mkdir(parents=True, exist_ok=True)
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        (corpus / f"sample-{sample.stem}").write_bytes(sample.read_bytes())
    for n, seed in enumerate(SEEDS):
        (corpus / f"seed-{n}").write_bytes(seed.encode("utf-8"))
    argv = [
        sys.argv[0], str(corpus), f"-max_total_time={int(args.minutes * 60)}",
        f"-max_len={args.max_len}", "-timeout=10", "-rss_limit_mb=2048",
        f"-artifact_prefix={crashes}/", "-print_final_stats=1", *rest,
    ]
    atheris.Setup(argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
