"""Time expressions: newswire's parse_timestamp against dateparser, side by side in one run.

A mixed list of expressions in nl, en, de, fr and es (deterministic for a seed) is resolved by
both, each with its language given and the same naive reference time. Prints the time per
expression of each, their ratio, how many each understood, and every kind of disagreement
with an example. Also measures ``import newswire`` against a bare ``python -c pass``.

    pip install -e '.[bench]'
    python benchmarks/timestamps.py [--count 10000] [--seed 1]

Targets: newswire at least 100x faster per expression; import at most 3x a bare interpreter.
"""

from __future__ import annotations

import argparse
import compileall
import gc
import random
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

import newswire
from newswire import parse_timestamp

NOW = datetime(2026, 11, 28, 14, 30)  # a Saturday afternoon

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
    "december".split(),
    "en": "January February March April May June July August September October November "
    "December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November "
    "Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
    "décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre".split(),
}
WEEKDAYS = {
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
}
# The forms news pages use, per language; fields are filled at random.
TEMPLATES = {
    "nl": [
        "{n} minuten geleden", "{n} uur geleden", "{n} dagen geleden", "een uur geleden",
        "1 uur en {m} minuten geleden", "{n} min. geleden", "over {n} uur", "zojuist",
        "vandaag {hh}:{mm}", "gisteren om {hh}.{mm} uur", "eergisteren", "{weekday} {hh}:{mm}",
        "vorige week", "{d} {month} 2026 {hh}:{mm}", "{d}-{mo}-2025 {hh}:{mm}", "{d} {month}",
        "2026-{mo2}-{d2}T{hh}:{mm}", "{hh}:{mm}",
    ],
    "en": [
        "{n} minutes ago", "{n} hours ago", "an hour ago", "{n} days ago", "{n} weeks ago",
        "in {n} days", "2 hours {m} minutes ago", "{n} mins ago", "{n} hrs ago", "just now",
        "today {h12}:{mm} pm", "yesterday at {hh}:{mm}", "{weekday}", "last week",
        "{month} {d}, 2026", "{month} {d}, 2025 {h12}:{mm} p.m.", "{mo}/{d}/2026",
        "{d} {month} 2026",
    ],
    "de": [
        "vor {n} Minuten", "vor {n} Stunden", "vor einer Stunde", "vor {n} Tagen",
        "in {n} Tagen", "vor 1 Stunde und {m} Minuten", "vor {n} Std.", "gerade eben",
        "heute, {hh}:{mm} Uhr", "gestern", "gestern, {hh}:{mm} Uhr", "vorgestern", "{weekday}",
        "letzte Woche", "{d}.{mo}.2026, {hh}:{mm} Uhr", "{d}. {month} 2026", "{d}. {month}",
    ],
    "fr": [
        "il y a {n} minutes", "il y a {n} heures", "il y a une heure", "il y a {n} jours",
        "dans {n} jours", "il y a 1 heure et {m} minutes", "il y a {n} min", "à l'instant",
        "aujourd'hui à {hh}h{mm}", "hier", "hier à {hh}h{mm}", "avant-hier", "{weekday}",
        "la semaine dernière", "{d} {month} 2026 à {hh}h{mm}", "{d} {month} 2026", "{d}/{mo}/2026",
    ],
    "es": [
        "hace {n} minutos", "hace {n} horas", "hace una hora", "hace {n} días",
        "dentro de {n} días", "hace 1 hora y {m} minutos", "hace {n} min", "hace un momento",
        "hoy", "ayer", "ayer a las {hh}:{mm}", "anteayer", "{weekday}", "la semana pasada",
        "{d} de {month} de 2026", "{d} de {month}", "{d}/{mo}/2026 {hh}:{mm}",
    ],
}


def expressions(count: int, seed: int) -> list[tuple[str, str, str]]:
    """``count`` (language, template, expression) triples, the languages taking turns."""
    rng = random.Random(seed)
    out = []
    languages = list(TEMPLATES)
    for i in range(count):
        lang = languages[i % len(languages)]
        template = rng.choice(TEMPLATES[lang])
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        text = template.format(
            n=rng.randint(2, 59), m=rng.randint(2, 59), hh=f"{rng.randint(0, 23):02d}",
            mm=f"{rng.randint(0, 59):02d}", h12=rng.randint(1, 11), d=day, d2=f"{day:02d}",
            mo=month, mo2=f"{month:02d}", month=MONTHS[lang][month - 1],
            weekday=rng.choice(WEEKDAYS[lang]),
        )
        out.append((lang, template, text))
    return out


def run_newswire(items: list[tuple[str, str, str]]) -> tuple[float, list[datetime | None]]:
    start = time.perf_counter()
    results = []
    for lang, _, text in items:
        ts = parse_timestamp(text, now=NOW, lang=lang)
        results.append(ts.value if ts is not None else None)
    return time.perf_counter() - start, results


def run_dateparser(items: list[tuple[str, str, str]]) -> tuple[float, list[datetime | None]]:
    import dateparser  # a benchmark-only dependency, never newswire's

    # The closest dateparser comes to newswire's rules: the same naive reference time, and a
    # date without its year read as the most recent one.
    settings: dict[str, Any] = {"RELATIVE_BASE": NOW, "PREFER_DATES_FROM": "past"}
    start = time.perf_counter()
    results = []
    for lang, _, text in items:
        results.append(dateparser.parse(text, languages=[lang], settings=settings))
    return time.perf_counter() - start, results


def import_times(runs: int, statement: str) -> tuple[float, float]:
    """Median seconds of ``python -c pass`` and of ``python -c statement``, interleaved."""
    compileall.compile_dir(str(Path(newswire.__file__).parent), quiet=1)
    bare: list[float] = []
    full: list[float] = []
    for _ in range(runs):
        for command, times in (("pass", bare), (statement, full)):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", command], check=True)
            times.append(time.perf_counter() - start)
    return statistics.median(bare), statistics.median(full)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--import-runs", type=int, default=30)
    args = parser.parse_args()

    items = expressions(args.count, args.seed)
    # Compile the patterns and load dateparser's language data outside the timing.
    run_newswire(items[:100])
    run_dateparser(items[:100])
    # The two take turns on chunks of 1,000 expressions, so that the load of a shared machine,
    # which comes and goes within seconds, hits both alike; the garbage collector is off, as
    # timeit has it. Best of a few rounds each.
    ours_times: list[float] = []
    theirs_times: list[float] = []
    gc.disable()
    try:
        for _ in range(args.rounds):
            ours: list[datetime | None] = []
            theirs: list[datetime | None] = []
            ours_time = theirs_time = 0.0
            for i in range(0, len(items), 1000):
                chunk = items[i : i + 1000]
                seconds, values = run_newswire(chunk)
                ours_time += seconds
                ours += values
                seconds, values = run_dateparser(chunk)
                theirs_time += seconds
                theirs += values
            ours_times.append(ours_time)
            theirs_times.append(theirs_time)
    finally:
        gc.enable()
    ours_time, theirs_time = min(ours_times), min(theirs_times)

    n = len(items)
    each = args.count // len(TEMPLATES)
    print(f"expressions        {n} in {len(TEMPLATES)} languages ({each} each)")
    print(f"newswire           {ours_time / n * 1e6:8.1f} us per expression, "
          f"understood {sum(v is not None for v in ours)}")
    print(f"dateparser         {theirs_time / n * 1e6:8.1f} us per expression, "
          f"understood {sum(v is not None for v in theirs)}")
    print(f"ratio              {theirs_time / ours_time:8.1f}x faster   target >= 100x")

    both = agree = 0
    differences: dict[tuple[str, str], list[tuple[str, datetime, datetime]]] = defaultdict(list)
    only: Counter[tuple[str, str, str]] = Counter()
    for (lang, template, text), a, b in zip(items, ours, theirs, strict=True):
        if a is not None and b is not None:
            both += 1
            if a == b:
                agree += 1
            else:
                differences[lang, template].append((text, a, b))
        elif a is not None or b is not None:
            only[lang, template, "newswire" if a is not None else "dateparser"] += 1
    print(f"both understood    {both}, agreeing on {agree}")
    for (lang, template), cases in sorted(differences.items()):
        text, a, b = cases[0]
        print(f"  differ  {lang} {template!r:38} x{len(cases):<5} e.g. {text!r}: "
              f"newswire {a:%Y-%m-%d %H:%M}, dateparser {b:%Y-%m-%d %H:%M}")
    for (lang, template, who), count in sorted(only.items()):
        print(f"  only {who:10} {lang} {template!r:38} x{count}")

    for statement in ("import newswire", "from newswire import parse_timestamp"):
        bare, full = import_times(args.import_runs, statement)
        print(f"{statement:37} {full * 1000:6.1f} ms, python -c pass {bare * 1000:6.1f} ms: "
              f"{full / bare:.2f}x   target <= 3x")
    check = "import sys, newswire; print('dateparser' in sys.modules)"
    imported = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True)
    print(f"import newswire imports dateparser: {imported.stdout.strip()}")


if __name__ == "__main__":
    main()
