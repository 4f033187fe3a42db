"""Run every benchmark and print one table: job, time, raw floor, ratio, goal.

    .venv/bin/python benchmarks/run_all.py              # everything; writes docs/performance.md
    .venv/bin/python benchmarks/run_all.py --quick      # one repetition, slow jobs skipped; saves nothing
    .venv/bin/python benchmarks/run_all.py --only check --only gui-start   # some jobs (printed, not saved)
    .venv/bin/python benchmarks/run_all.py --only check --save             # … and merge their rows into the docs
    .venv/bin/python benchmarks/run_all.py --list       # the jobs, their goals and floors

Each job runs in a fresh Python process (no job warms another's caches or memory).  The demo
databases are generated once into .benchmarks/ and reused while the demo generator and the
migrations are unchanged.  Nothing here is asserted: a missed goal is a row saying **no**, and the
reason belongs in docs/performance.md.  How to add a job: the docstring of harness.py.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

from harness import (
    BENCH,
    DEFAULT_CACHE,
    REPO,
    Env,
    Found,
    Row,
    discover,
    dump_rows,
    ensure_demo,
    load_rows,
    machine,
    markdown_table,
    measure,
    table,
    text_table,
)

DOC = REPO / "docs" / "performance.md"
DOC_ROWS = REPO / "docs" / "performance.json"
BEGIN, END = "<!-- BEGIN RESULTS (written by benchmarks/run_all.py) -->", "<!-- END RESULTS -->"

#: benchmark modules other issues are writing; listed as pending until they exist
EXPECTED = {
    "bench_evaluation_print.py": "printing every evaluation form of a batch vs a raw reportlab canvas (issue 11)",
    "bench_backup.py": "a verified backup vs the raw SQLite backup API (issue 12)",
    "bench_compliance.py": "month and year compliance vs a raw SQL GROUP BY (issue 10)",
}


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- worker (one job, own process)


def worker(module: str, job_name: str, env_file: Path, result_file: Path) -> int:
    spec = json.loads(env_file.read_text())
    env = Env(work=Path(spec["work"]), cache=Path(spec["cache"]), quick=spec["quick"], demo=spec["demo"])
    for found in discover():
        if found.module == module and found.job is not None and found.job.name == job_name:
            rows = measure(found.job(), env, say)
            dump_rows(rows, result_file)
            return 0
    say(f"no job {job_name} in {module}")
    return 1


# --------------------------------------------------------------------------- parent


def run_job(found: Found, args: argparse.Namespace, demo: dict[str, str]) -> list[Row]:
    assert found.job is not None
    job = found.job
    with tempfile.TemporaryDirectory(prefix=f"cadredesk-bench-{job.name}-") as tmp:
        work = Path(tmp) / "work"
        work.mkdir()
        env_file, result_file = Path(tmp) / "env.json", Path(tmp) / "rows.json"
        env_file.write_text(
            json.dumps({"work": str(work), "cache": str(args.cache), "quick": args.quick, "demo": demo})
        )
        cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", found.module, job.name,
               str(env_file), str(result_file)]  # fmt: skip
        environ = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        }
        environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        t = time.perf_counter()
        try:
            done = subprocess.run(cmd, cwd=REPO, env=environ, timeout=args.timeout)
            code = done.returncode
        except subprocess.TimeoutExpired:
            code = -1
        say(f"  ({time.perf_counter() - t:.1f} s)")
        if code == 0 and result_file.exists():
            return load_rows(result_file)
        why = "timed out" if code == -1 else f"failed (exit {code}, see above)"
        if job.owner:
            why += f"; its speed is {job.owner}'s"
        return [Row(job.name, f"{job.title} — {why}", float("nan"), None, job.goal_for(""), job.unit)]


def selected(found: list[Found], args: argparse.Namespace) -> list[Found]:
    only = {n for group in args.only for n in group.split(",") if n}
    names = {f.job.name for f in found if f.job}
    unknown = only - names
    if unknown:
        raise SystemExit(f"unknown job(s): {', '.join(sorted(unknown))}; known: {', '.join(sorted(names))}")
    out = []
    for f in found:
        if f.job is None:
            continue
        if only and f.job.name not in only:
            continue
        if not only and args.quick and f.job.slow:
            say(f"skipping {f.job.name} (slow; --quick)")
            continue
        out.append(f)
    return out


def render(rows: list[Row], found: list[Found], info: dict[str, str], args: argparse.Namespace) -> str:
    floors = []
    seen = set()
    for f in found:
        if f.job and f.job.name not in seen and f.job.floor_title:
            seen.add(f.job.name)
            floors.append(f"- `{f.job.name}`: {f.job.floor_title}")
    problems = [f"- `{f.module}.py` could not be loaded: {f.error}" for f in found if f.job is None]
    present = {p.name for p in BENCH.glob("bench_*.py")}
    pending = [f"- `benchmarks/{m}`: {what}" for m, what in EXPECTED.items() if m not in present]
    parts = [
        f"Measured {info['Date']}"
        + (" with --quick (one repetition)" if args.quick else "")
        + (" (rows of the jobs named with --only; the others from earlier runs)" if args.only else "")
        + " on:",
        "",
        *(f"- {k}: {v}" for k, v in info.items() if k != "Date"),
        "",
        markdown_table(table(rows)),
        "",
        "Floors (what each job is compared with):",
        "",
        *floors,
    ]
    if pending:
        parts += ["", "Plug-ins not written yet:", "", *pending]
    if problems:
        parts += ["", "Modules that failed to load:", "", *problems]
    return "\n".join(parts)


def save(block: str) -> None:
    text = DOC.read_text() if DOC.exists() else f"# Performance\n\n{BEGIN}\n{END}\n"
    if BEGIN not in text or END not in text:
        text = text.rstrip() + f"\n\n{BEGIN}\n{END}\n"
    head, rest = text.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    DOC.write_text(f"{head}{BEGIN}\n{block}\n{END}{tail}")


def merge(old: list[Row], new: list[Row]) -> list[Row]:
    """Replace the rows of the jobs just run, keep the others in their place, append new jobs."""
    fresh = {r.key for r in new}
    out: list[Row] = []
    placed: set[str] = set()
    for r in old:
        if r.key in fresh:
            if r.key not in placed:
                out += [n for n in new if n.key == r.key]
                placed.add(r.key)
        else:
            out.append(r)
    out += [n for n in new if n.key not in placed]
    return out


def compile_tree() -> None:
    """Byte-compile the tree's code before any job runs, as an installed CadreDesk is (pip compiles what
    it installs; PyInstaller bundles compiled code).  Without this, an environment with
    PYTHONDONTWRITEBYTECODE=1 (CI, some shells) makes every fresh process compile the whole program
    from source again, and start-up figures measure the compiler (``cli-help`` read 0.13-0.47 s instead
    of 0.07 s)."""
    import compileall

    compileall.compile_dir(str(REPO / "cadredesk"), quiet=1, workers=0)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        return worker(sys.argv[2], sys.argv[3], Path(sys.argv[4]), Path(sys.argv[5]))
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="one repetition each, slow jobs skipped")
    parser.add_argument(
        "--only", action="append", default=[], metavar="NAME", help="run this job (repeatable)"
    )
    parser.add_argument("--list", action="store_true", help="list the jobs and exit")
    parser.add_argument(
        "--save", action="store_true", help="write docs/performance.md even with --only/--quick"
    )
    parser.add_argument("--no-save", action="store_true", help="do not write docs/performance.md")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="folder for the demo databases")
    parser.add_argument("--timeout", type=float, default=None, help="seconds allowed per job")
    args = parser.parse_args()

    found = discover()
    if args.list:
        for f in found:
            if f.job is None:
                print(f"{f.module}: not loaded ({f.error})")
                continue
            j = f.job
            goals = j.goal if isinstance(j.goal, dict) else {"": j.goal}
            goal_text = ", ".join(f"{k + ' ' if k else ''}{g.text(j.unit)}" for k, g in goals.items())
            print(f"{j.name:16} {j.title}")
            print(
                f"{'':16} goal: {goal_text}; needs: {', '.join(j.needs) or '—'}{'; slow' if j.slow else ''}"
            )
            print(f"{'':16} floor: {j.floor_title or '—'}")
        for m, what in EXPECTED.items():
            if not (BENCH / m).exists():
                print(f"(pending) {m}: {what}")
        return 0

    jobs = selected(found, args)
    for f in found:
        if f.job is None:
            say(f"!! {f.module}.py not loaded: {f.error}")
    compile_tree()
    info = machine()
    say("machine: " + "; ".join(f"{k} {v}" for k, v in info.items()))
    demo: dict[str, str] = {}
    for scale in sorted({s for f in jobs for s in f.job.needs}, key=["county", "city", "province"].index):  # type: ignore[union-attr]
        demo[scale] = str(ensure_demo(args.cache, scale, say))
    rows: list[Row] = []
    for f in jobs:
        assert f.job is not None
        say(f"== {f.job.name}: {f.job.title}")
        got = run_job(f, args, demo)
        rows += got
        for r in got:
            say(f"   {r.what}: {r.value:.4g} {r.unit}" + (f", floor {r.floor:.4g}" if r.floor else ""))

    print()
    print(text_table(table(rows)))
    missed = [r for r in rows if r.met is False]
    print()
    print(f"{len(rows)} figures, {sum(1 for r in rows if r.met)} goals met, {len(missed)} missed"
          + (": " + ", ".join(r.what for r in missed) if missed else ""))  # fmt: skip

    partial = bool(args.only) or args.quick
    if args.no_save or (partial and not args.save):
        if partial:
            say("(not saved: --only/--quick runs are saved with --save)")
        return 0
    if args.only and DOC_ROWS.exists():
        rows = merge(load_rows(DOC_ROWS), rows)
    DOC_ROWS.parent.mkdir(parents=True, exist_ok=True)
    dump_rows(rows, DOC_ROWS)
    save(render(rows, found, info, args))
    say(f"written {DOC.relative_to(REPO)} and {DOC_ROWS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
