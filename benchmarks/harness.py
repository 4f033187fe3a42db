"""The benchmark harness: the ``Job`` interface, goals, rows, the shared demo databases, the machine.

A benchmark module is ``benchmarks/bench_<what>.py`` with one or more ``Job`` subclasses listed in
``JOBS``.  ``run_all.py`` finds every such module, runs each job in a fresh Python process and prints
one table of every job against its raw floor (also written to docs/performance.md).

Writing a job (see docs/performance.md, "Adding a job")::

    from harness import Env, Job, ratio

    class RosterPrint(Job):
        name = "roster-print"                     # unique key, for --only
        title = "print the city roster (PDF)"     # what the table row says
        floor_title = "raw reportlab canvas, same pages and font"
        goal = ratio(2)                           # or at_most(0.1), or INFO
        needs = ("city",)                         # demo databases it reads (env.demo_db("city"))

        def setup(self, env: Env) -> None:        # once, not timed
            ...
        def run_job(self) -> None:                # one repetition, timed by the harness
            ...
        def run_floor(self) -> None:              # the raw library doing the same work
            ...

    JOBS = [RosterPrint]

``run_job``/``run_floor`` return ``None`` (the harness times the call), a float (seconds the method
measured itself, when set-up inside it must not count) or a dict ``{metric: seconds}`` for a job
with several figures (one table row per metric; ``goal`` may then be a dict per metric).  Each is
called ``rounds`` times (once with ``--quick``), job then floor, after ``warmup``
untimed calls of each; the row shows the fastest repetition.  ``report`` may be overridden to add
rows (first-run times, sizes).  Keep module-level imports cheap: ``run_all.py`` imports every
module to list its jobs.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import math
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, ClassVar

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "benchmarks"
#: where the demo databases are cached between runs (git-ignored)
DEFAULT_CACHE = REPO / ".benchmarks"
#: the demo's own "today" (cadredesk/demo/__init__.py): every date-dependent job judges as of this day
DEMO_TODAY = "2026-11-20"
SCALES = ("county", "city", "province")

Sample = dict[str, float]


# --------------------------------------------------------------------------- goals and rows


@dataclass(frozen=True)
class Goal:
    """``ratio``: time ≤ limit × floor; ``max``: value ≤ limit (in the row's unit); ``info``: no goal."""

    kind: str
    limit: float = 0.0

    def text(self, unit: str) -> str:
        if self.kind == "ratio":
            return f"≤ {self.limit:g}×"
        if self.kind == "max":
            return f"≤ {fmt_value(self.limit, unit)}"
        return "—"

    def met(self, value: float, floor: float | None) -> bool | None:
        if self.kind == "ratio":
            return None if not floor else value / floor <= self.limit
        if self.kind == "max":
            return value <= self.limit
        return None


def ratio(limit: float) -> Goal:
    return Goal("ratio", limit)


def at_most(limit: float) -> Goal:
    """An absolute ceiling, in the row's unit (seconds, or MiB for memory rows)."""
    return Goal("max", limit)


INFO = Goal("info")


@dataclass
class Row:
    key: str  # the job's name (several rows may share it)
    what: str
    value: float
    floor: float | None
    goal: Goal
    unit: str = "s"  # "s" or "MiB"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.floor if self.floor and not math.isnan(self.value) else None

    @property
    def met(self) -> bool | None:
        if math.isnan(self.value):
            return None
        return self.goal.met(self.value, self.floor)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["goal"] = asdict(self.goal)
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Row:
        return cls(**{**d, "goal": Goal(**d["goal"])})


def fmt_value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if math.isnan(value):
        return "failed"
    if unit == "s":
        if value < 1:
            return f"{value * 1000:.0f} ms" if value >= 0.0095 else f"{value * 1000:.1f} ms"
        return f"{value:.2f} s"
    return f"{value:,.0f} {unit}"


# --------------------------------------------------------------------------- environment


@dataclass
class Env:
    """What a job gets in ``setup``: a scratch folder of its own, the demo databases, the mode."""

    work: Path  # empty folder for this job, removed afterwards
    cache: Path  # the shared cache (demo databases): read, never write into it
    quick: bool = False
    demo: dict[str, str] = field(default_factory=dict)  # scale → pristine demo database path

    def demo_db(self, scale: str) -> Path:
        """The pristine demo database of ``scale`` (list it in ``needs``). Never write to it."""
        if scale not in self.demo:
            raise KeyError(f"demo database {scale!r} not prepared: add it to the job's `needs`")
        return Path(self.demo[scale])

    def demo_copy(self, scale: str, name: str | None = None) -> Path:
        """A private copy of the demo database, for jobs that write."""
        target = self.work / (name or f"{scale}.sqlite")
        shutil.copyfile(self.demo_db(scale), target)
        return target

    def isolated_environ(self, **extra: str) -> dict[str, str]:
        """Environment for a child CadreDesk process: settings, logs and data folders in ``work``."""
        home = self.work / "home"
        env = tree_environ()
        env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_STATE_HOME=str(home / ".local" / "state"),
            XDG_CACHE_HOME=str(home / ".cache"),
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            **extra,
        )
        return env


# --------------------------------------------------------------------------- jobs


class Job:
    """One benchmark: a job of the application against the raw floor of the library it uses."""

    name: ClassVar[str] = ""
    title: ClassVar[str] = ""
    floor_title: ClassVar[str] = ""
    goal: ClassVar[Goal | dict[str, Goal]] = INFO
    unit: ClassVar[str] = "s"
    needs: ClassVar[tuple[str, ...]] = ()
    rounds: ClassVar[int] = 3
    warmup: ClassVar[int] = 0
    #: skipped by --quick (takes minutes)
    slow: ClassVar[bool] = False
    #: the issue that owns the job's speed, shown when the job is missing or fails
    owner: ClassVar[str] = ""

    def setup(self, env: Env) -> None:
        self.env = env

    def run_job(self) -> float | Sample | None:
        raise NotImplementedError

    def run_floor(self) -> float | Sample | None:
        return None

    def teardown(self) -> None:
        pass

    def goal_for(self, metric: str) -> Goal:
        if isinstance(self.goal, dict):
            return self.goal.get(metric, INFO)
        return self.goal

    def label(self, metric: str) -> str:
        return f"{self.title}: {metric}" if metric else self.title

    def report(self, job: list[Sample], floor: list[Sample]) -> list[Row]:
        """One row per metric: the fastest repetition of the job against the fastest of the floor."""
        rows = []
        for metric in job[0]:
            value = min(s[metric] for s in job)
            floors = [s.get(metric, s.get("")) for s in floor if s]
            best = min((f for f in floors if f is not None), default=None)
            rows.append(Row(self.name, self.label(metric), value, best, self.goal_for(metric), self.unit))
        return rows


def _sample(result: float | Sample | None, elapsed: float) -> Sample:
    if result is None:
        return {"": elapsed}
    if isinstance(result, dict):
        return dict(result)
    return {"": float(result)}


def measure(job: Job, env: Env, say: Callable[[str], None]) -> list[Row]:
    """Set up, warm up, run floor and job alternately ``rounds`` times, tear down; the rows."""
    job.setup(env)
    try:
        has_floor = type(job).run_floor is not Job.run_floor
        for _ in range(job.warmup):
            job.run_job()
            if has_floor:
                job.run_floor()
        job_samples: list[Sample] = []
        floor_samples: list[Sample] = []
        rounds = 1 if env.quick else max(1, job.rounds)
        for i in range(rounds):
            t = time.perf_counter()
            job_samples.append(_sample(job.run_job(), time.perf_counter() - t))
            if has_floor:  # after the job: a floor may need to know what the job did (rows, pages)
                t = time.perf_counter()
                floor_samples.append(_sample(job.run_floor(), time.perf_counter() - t))
            say(
                f"  round {i + 1}/{rounds}: job {job_samples[-1]} floor {floor_samples[-1] if has_floor else '—'}"
            )
        return job.report(job_samples, floor_samples)
    finally:
        job.teardown()


# --------------------------------------------------------------------------- discovery


@dataclass
class Found:
    module: str
    job: type[Job] | None
    error: str = ""


def discover(folder: Path = BENCH) -> list[Found]:
    """Every ``JOBS`` entry of every ``bench_*.py`` in ``folder`` (import errors become entries)."""
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    found: list[Found] = []
    for path in sorted(folder.glob("bench_*.py")):
        module = path.stem
        try:
            mod = importlib.import_module(module)
        except Exception as exc:  # a plug-in whose service is not merged yet, a syntax error …
            found.append(Found(module, None, f"{type(exc).__name__}: {exc}"))
            continue
        jobs = getattr(mod, "JOBS", None)
        if not jobs:
            found.append(Found(module, None, "no JOBS list"))
            continue
        found.extend(Found(module, j) for j in jobs)
    return found


# --------------------------------------------------------------------------- commands


def _script(name: str) -> list[str] | None:
    for candidate in (name, name + ".exe"):
        path = Path(sys.executable).parent / candidate
        if path.is_file():
            return [str(path)]
    return None


def cli_command() -> list[str]:
    """``cadredesk-cli`` as the clerk starts it (the venv's console script), run on this tree's code."""
    return _script("cadredesk-cli") or [
        sys.executable,
        "-c",
        "import sys; from cadredesk.cli import main; sys.exit(main())",
    ]


def gui_command() -> list[str]:
    """``cadredesk`` (the GUI) as the clerk starts it."""
    return _script("cadredesk") or [sys.executable, "-m", "cadredesk"]


def tree_environ(base: dict[str, str] | None = None) -> dict[str, str]:
    """``base`` (default: this process's environment) with this tree first on PYTHONPATH."""
    env = dict(os.environ if base is None else base)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    return env


# --------------------------------------------------------------------------- demo databases


def _demo_fingerprint(scale: str, seed: int) -> str:
    """Changes when the demo generator or the schema changes: the cached database is rebuilt."""
    h = hashlib.sha256(f"{scale}-{seed}".encode())
    parts = [REPO / "cadredesk" / "demo", REPO / "cadredesk" / "storage" / "migrations" / "versions"]
    files = [REPO / "cadredesk" / "services" / "demo.py"]
    for folder in parts:
        files += sorted(folder.glob("*.py"))
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def ensure_demo(cache: Path, scale: str, say: Callable[[str], None], seed: int = 1) -> Path:
    """The cached demo database of ``scale`` (built with ``cadredesk-cli demo`` when missing or stale)."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"demo-{scale}-{seed}.sqlite"
    stamp = path.with_suffix(".stamp")
    fingerprint = _demo_fingerprint(scale, seed)
    if path.exists() and stamp.exists() and stamp.read_text().strip() == fingerprint:
        return path
    for leftover in cache.glob(f"{path.name}*"):
        leftover.unlink()
    stamp.unlink(missing_ok=True)
    say(f"building the {scale} demo database in {cache} (once; reused while the generator is unchanged)")
    t = time.perf_counter()
    subprocess.run(
        [*cli_command(), "--db", str(path), "demo", "--scale", scale, "--seed", str(seed)],
        check=True,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        env=tree_environ(),
    )
    # one file, no -wal beside it: jobs copy it or open it read-only
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    stamp.write_text(fingerprint)
    say(f"  {scale} demo built in {time.perf_counter() - t:.1f} s ({path.stat().st_size / 2**20:.0f} MiB)")
    return path


# --------------------------------------------------------------------------- the machine


def _first_line(path: str, prefix: str) -> str:
    try:
        for line in Path(path).read_text(errors="replace").splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip() if ":" in line else line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return ""


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def machine() -> dict[str, str]:
    """CPU, cores, RAM, OS and the versions that matter, as label → text."""
    cpu = _first_line("/proc/cpuinfo", "model name") or platform.processor() or platform.machine()
    try:
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
        ram_text = f"{ram:.1f} GiB"
    except (ValueError, OSError, AttributeError):
        ram_text = "unknown"
    os_name = _first_line("/etc/os-release", "PRETTY_NAME=") or platform.platform()
    try:
        from PySide6 import QtCore
        from PySide6 import __version__ as pyside_version

        qt = f"PySide6 {pyside_version} (Qt {QtCore.qVersion()})"
    except ImportError:
        qt = "PySide6 not installed"
    try:
        commit = subprocess.run(
            ["git", "describe", "--always", "--dirty"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return {
        "CPU": f"{cpu}, {os.cpu_count()} logical cores",
        "RAM": ram_text,
        "OS": f"{os_name} ({platform.system()} {platform.release()}, {platform.machine()}, glibc "
        f"{platform.libc_ver()[1] or '—'})",
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "Qt": f"{qt}, QPA platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}",
        "Libraries": ", ".join(
            f"{d} {_version(d)}" for d in ("SQLAlchemy", "reportlab", "openpyxl", "python-calamine")
        ),
        "Load": "load average {:.1f} / {:.1f} / {:.1f} (1 / 5 / 15 min) at the start".format(*os.getloadavg())
        if hasattr(os, "getloadavg")
        else "unknown",
        "Commit": commit,
        "Date": time.strftime("%Y-%m-%d %H:%M"),
    }


# --------------------------------------------------------------------------- output


def table(rows: Iterable[Row]) -> list[list[str]]:
    out = [["job", "what", "time", "floor", "ratio", "goal", "met"]]
    for r in rows:
        met = {True: "yes", False: "**no**", None: ""}[r.met]
        ratio_text = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        out.append(
            [r.key, r.what + (f" ({r.note})" if r.note else ""), fmt_value(r.value, r.unit),
             fmt_value(r.floor, r.unit), ratio_text, r.goal.text(r.unit), met]
        )  # fmt: skip
    return out


def text_table(cells: list[list[str]]) -> str:
    def width(s: str) -> int:  # CJK characters take two columns in a terminal
        return sum(2 if ord(c) > 0x2E80 else 1 for c in s)

    widths = [max(width(row[i]) for row in cells) for i in range(len(cells[0]))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(c + " " * (w - width(c)) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(cells: list[list[str]]) -> str:
    lines = ["| " + " | ".join(cells[0]) + " |", "|" + "---|" * len(cells[0])]
    lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in cells[1:]]
    return "\n".join(lines)


def dump_rows(rows: list[Row], path: Path) -> None:
    path.write_text(json.dumps([r.to_json() for r in rows], ensure_ascii=False, indent=1))


def load_rows(path: Path) -> list[Row]:
    return [Row.from_json(d) for d in json.loads(path.read_text())]
