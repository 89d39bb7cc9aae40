"""Datelines of real 1987 Reuters wire stories: how often parse_dateline reads them right.

Reads the Reuters-21578 SGML files (not shipped: see ../shared/corpora/README.md), rebuilds
each story's wire text (its ``<DATELINE>`` followed by its ``<BODY>``) and checks what
``parse_dateline`` returns against what the ``<DATELINE>`` element says: the places (the
part before the first comma, split at ``/``), the date text (month and day) and the offset
where the body starts. Prints the share read right per file and every kind of miss.

    python benchmarks/reuters_datelines.py [DIR]     (default ../shared/corpora/reuters21578)

Target: at least 98% on every file.
"""

from __future__ import annotations

import html
import re
import sys
from collections import Counter
from pathlib import Path

from newswire import parse_dateline

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "reuters21578"
STORY = re.compile(r"<DATELINE>(.*?)</DATELINE>\s*<BODY>(.*?)</BODY>", re.DOTALL)
# What the element holds: places, qualifiers, a date, the dash (and, rarely, some body text).
DATE = re.compile(r"([A-Za-z]{3,9}\.? {1,2}\d{1,2}|\d{1,2} [A-Za-z]{3,9}\.?)\.?,? {0,2}-")


def truth(element: str) -> tuple[list[str], str | None, str] | None:
    """(places, date text, dateline as written) from a ``<DATELINE>`` element, or None
    when the element does not hold a date and a dash to check against."""
    line = " ".join(html.unescape(element).split())
    m = DATE.search(line)
    if m is None:
        return None
    head = line[: m.start()].rstrip(" ,")
    places = [p.strip() for p in head.split(",")[0].split("/")]
    return places, m.group(1), line[: m.end()]


def check(element: str, body: str) -> str | None:
    """None if parse_dateline reads the story right, else the kind of miss."""
    expected = truth(element)
    if expected is None:
        return "element without a date"
    places, date_text, written = expected
    text = f"{written} {' '.join(html.unescape(body).split()[:30])}"
    found = parse_dateline(text)
    if found is None:
        return "no dateline found"
    if [p.name for p in found.places] != places:
        return "places differ"
    if found.date_text != date_text:
        return "date differs"
    if found.end != len(written) + 1:
        return "body start differs"
    return None


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    files = sorted(folder.glob("*.sgm"))
    if not files:
        sys.exit(f"no .sgm files in {folder}")
    kinds: Counter[str] = Counter()
    examples: dict[str, str] = {}
    worst = 1.0
    for path in files:
        raw = path.read_bytes().decode("latin-1")
        stories = STORY.findall(raw)
        right = 0
        for element, body in stories:
            miss = check(element, body)
            if miss is None:
                right += 1
            else:
                kinds[miss] += 1
                examples.setdefault(miss, " ".join(element.split()))
        share = right / len(stories)
        worst = min(worst, share)
        print(f"{path.name}  {right:4d} of {len(stories):4d} right  {share:7.2%}")
    print(f"worst file {worst:.2%}   target >= 98%")
    for kind, count in kinds.most_common():
        print(f"  {count:4d}  {kind:24}  e.g. {examples[kind]!r}")


if __name__ == "__main__":
    main()
