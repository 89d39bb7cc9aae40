"""Generate a corpus of ANP-style wire pages for the benchmarks (deterministic for a seed).

Pages follow the shapes of real Dutch news pages: a headline, a lead article with a dateline
and paragraphs, a "Meer uit <section>" list whose items end with relative times glued to the
next item's dateline, pages appended to one another in one file.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

PLACES = ["MOSKOU", "DEN HAAG", "'S-HERTOGENBOSCH", "GENÈVE", "SAN ANTONIO", "BAGDAD",
          "TEHERAN/JERUZALEM", "MIAMI", "PARIJS", "BRUSSEL", "ANKARA/BUENOS AIRES", "BERLIJN"]
AGENCIES = ["ANP", "ANP/AFP", "ANP/RTR", "ANP/RTR/DPA", "ANP/AFP/BLOOMBERG", "ANP/BELGA"]
SECTIONS = ["Buitenland", "Binnenland", "Economie", "Sport", "Tech"]
WORDS = ("de het een kabinet minister zei dinsdag volgens rechter president Amerikaanse staat "
         "gesprekken oorlog verkiezing haven brand politie september regering land leiders "
         "sancties partij nederlaag onderhandelingen Oekraïne Rusland China top steun").split()
TIMES = ["{} minuten geleden", "{} uur geleden", "{} uur geleden", "{} uur geleden"]


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(8, 22))
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))


def dateline(rng: random.Random) -> str:
    return f"{rng.choice(PLACES)} ({rng.choice(AGENCIES)}) - "


def page(rng: random.Random) -> str:
    lines = [sentence(rng).rstrip(".")]
    lines.append(dateline(rng) + paragraph(rng))
    lines.extend(paragraph(rng) for _ in range(rng.randint(2, 5)))
    lines.append(f"Meer uit {rng.choice(SECTIONS)}")
    prev = ""
    for i in range(rng.randint(4, 9)):
        lines.append(prev + dateline(rng) + paragraph(rng))
        prev = rng.choice(TIMES).format(i * 2 + rng.randint(1, 3))
    lines.append(prev)
    return "\n".join(lines) + "\n"


def write_corpus(path: Path, size: int, seed: int = 1) -> Path:
    """Write pages to ``path`` until it holds at least ``size`` bytes; reuse a complete one."""
    if path.exists() and path.stat().st_size >= size:
        return path
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with path.open("w", encoding="utf-8") as f:
        while written < size:
            chunk = "".join(page(rng) for _ in range(200))
            f.write(chunk)
            written += len(chunk.encode("utf-8"))
    return path


if __name__ == "__main__":
    mb = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    print(write_corpus(Path(__file__).parent / "data" / f"corpus-{mb}mb.txt", mb * 1_000_000))
