"""GUI start-up, whole process, against a bare PySide6 window with a table (benchmarks/bare_window.py).

- ``gui-start`` (county demo): from starting ``cadredesk --db …`` to the first window painted
  (goal ≤ 2× the bare window's first paint) and to the first page filled and painted (goal ≤ 4× the
  bare window filled with the same rows by one raw query).  The times come from the app's opt-in
  trace (``CADREDESK_STARTUP_TRACE=quit``: ``painted``/``filled`` lines on stderr, then a normal
  quit), measured from the moment this process started the child.
- ``gui-memory`` (city demo): peak resident memory of the GUI process up to the filled first page,
  against the bare window holding the same rows.  Linux (``os.wait4``).

The QPA platform is offscreen unless QT_QPA_PLATFORM says otherwise (no X server needed); on a real
desktop the window system adds the same cost to both sides.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import ClassVar

from harness import BENCH, INFO, Env, Goal, Job, Sample, gui_command, ratio

BARE = BENCH / "bare_window.py"
PAINTED, FILLED = "first window painted", "first page filled"


def run_traced(cmd: list[str], env: dict[str, str]) -> tuple[dict[str, float], float]:
    """Start ``cmd``, wait for it; (``painted``/``filled`` seconds after the start, peak RSS in MiB)."""
    started = time.time()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    err = proc.stderr.read()
    peak = 0.0
    if hasattr(os, "wait4"):
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        peak = usage.ru_maxrss / 1024  # KiB on Linux
    else:  # pragma: no cover - Windows: no peak figure
        proc.wait()
    marks = {}
    for line in err.splitlines():
        word, _, value = line.partition(" ")
        if word in ("painted", "filled"):
            marks[word] = float(value) - started
    if proc.returncode != 0 or len(marks) != 2:
        raise RuntimeError(f"{cmd[0]} exited {proc.returncode} without both marks:\n{err[-2000:]}")
    return {PAINTED: marks["painted"], FILLED: marks["filled"]}, peak


class GuiStart(Job):
    name = "gui-start"
    title = "GUI start, county demo (whole process)"
    floor_title = "a bare PySide6 QMainWindow + QTableView (benchmarks/bare_window.py): first paint; filled with the cadre rows by one raw sqlite3 query"
    goal: ClassVar[Goal | dict[str, Goal]] = {PAINTED: ratio(2), FILLED: ratio(4)}
    needs = ("county",)
    rounds = 5
    warmup = 1

    def setup(self, env: Env) -> None:
        self.env = env
        self.db = env.demo_copy("county")
        self.environ = env.isolated_environ(CADREDESK_STARTUP_TRACE="quit")

    def run_job(self) -> Sample:
        return run_traced([*gui_command(), "--db", str(self.db)], self.environ)[0]

    def run_floor(self) -> Sample:
        return run_traced([sys.executable, str(BARE), str(self.db)], self.environ)[0]


class GuiMemory(Job):
    name = "gui-memory"
    title = "GUI peak memory, city demo, first page filled"
    floor_title = "the bare window holding the same city rows (peak RSS)"
    goal = INFO  # the issue sets no goal: shown for the record
    unit = "MiB"
    needs = ("city",)
    rounds = 2

    def setup(self, env: Env) -> None:
        self.env = env
        self.db = env.demo_copy("city")
        self.environ = env.isolated_environ(CADREDESK_STARTUP_TRACE="quit")

    def run_job(self) -> Sample:
        return {"": run_traced([*gui_command(), "--db", str(self.db)], self.environ)[1]}

    def run_floor(self) -> Sample:
        return {"": run_traced([sys.executable, str(BARE), str(self.db)], self.environ)[1]}


JOBS = [GuiStart, GuiMemory]

if __name__ == "__main__":
    os.execv(
        sys.executable, [sys.executable, str(Path(__file__).with_name("run_all.py")), "--only", "gui-start"]
    )
