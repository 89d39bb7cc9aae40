"""What several test modules share: how to run the installed command, and a record's summary."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

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


needs_proc = pytest.mark.skipif(
    not Path(f"/proc/{os.getpid()}/task").is_dir(), reason="needs Linux's /proc"
)


def workers_of(pid: int) -> list[int]:
    """The processes ``pid`` has forked and not yet reaped."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text("ascii")
    except OSError:
        return []
    return [int(child) for child in children.split()]


def wait_until(run: subprocess.Popen[bytes], condition: Callable[[], object]) -> None:
    """Wait, a minute at most, until ``condition()`` holds or ``run`` has ended."""
    deadline = time.monotonic() + 60
    while not condition() and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.001)


def interrupt_as_workers_start(run: subprocess.Popen[bytes], signal_name: str) -> bytes:
    """Send ``signal_name`` to ``run`` as soon as it has forked a process (SIGINT to its
    process group, as a terminal sends Ctrl-C; so start it with ``start_new_session``),
    and return its stderr once it has stopped; fail the test if it does not stop."""
    wait_until(run, lambda: workers_of(run.pid))
    if signal_name == "SIGINT":
        with contextlib.suppress(ProcessLookupError):
            os.killpg(run.pid, signal.SIGINT)
    else:
        run.send_signal(signal.SIGTERM)
    try:
        _, stderr = run.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        pytest.fail(f"the command did not stop after {signal_name}")
    return stderr


def kill_workers(run: subprocess.Popen[bytes]) -> None:
    """SIGKILL every worker of ``run``, as the kernel does when memory runs out."""
    for worker in workers_of(run.pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(worker, signal.SIGKILL)


def running_on(path: Path) -> list[str]:
    """The processes whose command line names ``path``."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and str(path).encode() in (entry / "cmdline").read_bytes():
                found.append(entry.name)
        except OSError:
            continue
    return found


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
