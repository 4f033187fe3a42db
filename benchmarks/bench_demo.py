"""Benchmark: ``demo --scale city`` against the raw SQLite floor for its attendance rows.

    python benchmarks/bench_demo.py [--scale city] [--seed 1] [--keep DIR]

1. Creates a temporary SQLite database (``Database.open`` + ``ensure_schema``, the CLI's pragmas:
   WAL, synchronous=FULL, foreign keys on) and times ``cadredesk.demo.generate`` on it, the
   whole run including the commit; the attendance phase is timed separately from the progress
   callbacks.
2. The floor: a bare ``sqlite3`` connection (same pragmas) to another temporary file, a table of
   the same shape as ``attendance`` (dispatch_id, day, mark; primary key (dispatch_id, day), no
   foreign key), and ``executemany`` of as many tuples as the demo wrote, in the same chunks, in one
   transaction.  Only the executemany calls and the commit are timed, not building the tuples.

Prints both times and their ratio.  City scale takes a few minutes on a small machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cadredesk import demo
from cadredesk.storage.engine import Database
from cadredesk.storage.schema import ensure_schema

CHUNK = 50_000


def run_demo(folder: Path, scale: str, seed: int) -> tuple[float, float, demo.DemoSummary, int]:
    path = folder / f"demo-{scale}.sqlite"
    db = Database.open(str(path))
    ensure_schema(db)
    marks: dict[str, float] = {}

    def progress(message: str, fraction: float) -> None:
        now = time.perf_counter()
        if message.startswith("正在生成考勤"):
            marks["att_start"] = now
        elif message.startswith("正在生成走访"):
            marks["att_end"] = now
        print(f"  {fraction:6.1%}  {message}", file=sys.stderr, flush=True)

    t0 = time.perf_counter()
    summary = demo.generate(db, scale=scale, seed=seed, progress=progress)
    total = time.perf_counter() - t0
    db.close()
    attendance_phase = marks.get("att_end", t0) - marks.get("att_start", t0)
    return total, attendance_phase, summary, path.stat().st_size


def run_floor(folder: Path, n_rows: int, n_dispatches: int) -> float:
    """executemany of ``n_rows`` (dispatch_id, 'YYYY-MM-DD', mark) tuples into a same-shaped table."""
    conn = sqlite3.connect(folder / "floor.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE attendance (dispatch_id INTEGER NOT NULL, day DATE NOT NULL, mark VARCHAR(1) NOT NULL,"
        " CONSTRAINT pk_attendance PRIMARY KEY (dispatch_id, day))"
    )
    per_dispatch = max(1, -(-n_rows // max(1, n_dispatches)))
    days = [(dt.date(2024, 12, 1) + dt.timedelta(days=i)).isoformat() for i in range(per_dispatch)]
    marks = "在在在在在休休在在在在在差休"
    elapsed = 0.0
    conn.execute("BEGIN")
    written = 0
    dispatch = 1
    while written < n_rows:
        chunk: list[tuple[int, str, str]] = []
        while len(chunk) < CHUNK and written + len(chunk) < n_rows:
            take = min(per_dispatch, n_rows - written - len(chunk))
            chunk.extend((dispatch, days[i], marks[i % len(marks)]) for i in range(take))
            dispatch += 1
        t = time.perf_counter()
        conn.executemany("INSERT INTO attendance (dispatch_id, day, mark) VALUES (?, ?, ?)", chunk)
        elapsed += time.perf_counter() - t
        written += len(chunk)
    t = time.perf_counter()
    conn.execute("COMMIT")
    elapsed += time.perf_counter() - t
    got = conn.execute("SELECT count(*) FROM attendance").fetchone()[0]
    conn.close()
    assert got == n_rows, (got, n_rows)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", default="city", choices=demo.SCALES)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="write the databases here and keep them")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="cadredesk-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"demo --scale {args.scale} --seed {args.seed} → {folder}", file=sys.stderr)
        total, att_phase, summary, size = run_demo(folder, args.scale, args.seed)
        floor = run_floor(folder, summary.attendance, summary.dispatches)

    print(f"scale                 {args.scale} (seed {args.seed}), Python {sys.version.split()[0]}, "
          f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs")  # fmt: skip
    print(
        f"rows written          {summary.total_rows:,} ({summary.attendance:,} attendance, {summary.cadres:,} cadres)"
    )
    print(f"database size         {size / 2**20:,.1f} MiB")
    print(f"demo total            {total:8.2f} s")
    print(f"  attendance phase    {att_phase:8.2f} s (generate + insert + leave rows)")
    print(f"raw floor             {floor:8.2f} s (bare sqlite3 executemany of {summary.attendance:,} tuples)")
    if floor > 0:
        print(f"ratio demo/floor      {total / floor:8.2f}×  (attendance phase {att_phase / floor:.2f}×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
