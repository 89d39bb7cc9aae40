"""What several test modules share: how to run the installed command, and a record's summary."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from newswire import Record, Skipped

# A small page in the seed's layout: lead article, then a list whose times are glued to the
# next item's dateline.
PAGE = (
    "Storm treft de kust\n"
    "MOSKOU (ANP/AFP) - De regen viel de hele nacht op de daken van de stad.\n"
    "Het is de natste week in jaren volgens het weerinstituut.\n"
    "Meer uit Buitenland\n"
    "FORT WORTH (ANP) - Een trein is in de sneeuw blijven steken bij het station.\n"
    "10 minuten geledenSAN ANTONIO (ANP/RTR/DPA) - De burgemeester opent een nieuwe brug.\n"
    "4 uur geleden\n"
)



def newswire_command() -> list[str]:
    """The installed console script, or ``python -m newswire`` where there is none."""
    exe = shutil.which("newswire", path=os.path.dirname(sys.executable))
    return [exe] if exe else [sys.executable, "-m", "newswire"]


def through_head(cwd: Path, args: str) -> tuple[bytes, str, str]:
    """``newswire ARGS | head -1`` in a shell: the line head kept, newswire's stderr, and
    newswire's own exit status (``set -o pipefail`` is not in every sh)."""
    command = " ".join(f"'{part}'" for part in newswire_command())
    proc = subprocess.run(
        ["sh", "-c", f"{{ {command} {args}; echo $? >status; }} | head -1"],
        cwd=cwd, capture_output=True, timeout=120, check=False,
    )
    status = (cwd / "status").read_text().strip()
    return proc.stdout, proc.stderr.decode("utf-8", errors="replace"), status


def summary(r: Record | Skipped) -> str:
    """``kind|headline|section|dateline|time|body`` for a record (``-`` for none), and
    ``skip:reason:text`` for a skipped stretch."""
    if isinstance(r, Skipped):
        return f"skip:{r.reason}:{r.text}"
    dateline = r.dateline.text if r.dateline else "-"
    when = r.published.text if r.published else "-"
    return f"{r.kind}|{r.headline or '-'}|{r.section or '-'}|{dateline}|{when}|{r.body}"
