"""Demo generation at each scale against the raw SQLite floor for its attendance rows (no goal).

- job: ``cadredesk.services.demo.generate_demo`` on a fresh SQLite database (``Database.open`` +
  ``ensure_schema`` before the clock starts: WAL, synchronous=FULL, foreign keys on), the whole run
  including the commit;
- floor: a bare ``sqlite3`` connection (same pragmas) to another fresh file, a table of the same
  shape as ``attendance`` (dispatch_id, day, mark; primary key (dispatch_id, day)) and
  ``executemany`` of as many tuples as the demo wrote, in chunks of 50,000, in one transaction —
  the rows that dominate every scale's volume, without generating them or anything else.

    python benchmarks/run_all.py --only demo-city
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any, ClassVar

from harness import INFO, Env, Job, Row, Sample

CHUNK = 50_000


def raw_attendance(path: Path, n_rows: int, n_dispatches: int) -> float:
    """executemany of ``n_rows`` (dispatch_id, 'YYYY-MM-DD', mark) tuples; seconds of the inserts + commit."""
    conn = sqlite3.connect(path, isolation_level=None)
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
    written, dispatch = 0, 1
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
    conn.close()
    return elapsed


class Demo(Job):
    scale: ClassVar[str] = "county"
    floor_title = "a bare sqlite3 executemany of as many attendance tuples as the demo wrote (same table shape, same pragmas)"
    goal = INFO
    rounds = 2

    def setup(self, env: Env) -> None:
        self.env = env
        self.n = 0
        self.summary: Any = None

    def _fresh(self, stem: str) -> Path:
        self.n += 1
        return self.env.work / f"{stem}{self.n}.sqlite"

    def run_job(self) -> float:
        from cadredesk.services.context import Context
        from cadredesk.services.demo import generate_demo
        from cadredesk.storage.engine import Database
        from cadredesk.storage.schema import ensure_schema

        db = Database.open(str(self._fresh("demo")))
        ensure_schema(db)
        t = time.perf_counter()
        self.summary = generate_demo(Context(db=db), self.scale, 1)
        elapsed = time.perf_counter() - t
        db.close()
        return elapsed

    def run_floor(self) -> float | None:
        if self.summary is None:  # the floor needs the demo's row count: run the job first
            self.run_job()
        return raw_attendance(self._fresh("floor"), self.summary.attendance, self.summary.dispatches)

    def report(self, job: list[Sample], floor: list[Sample]) -> list[Row]:
        rows = super().report(job, floor)
        s = self.summary
        rows[0].note = f"{s.total_rows:,} rows, {s.attendance:,} of them attendance"
        return rows


class DemoCounty(Demo):
    name = "demo-county"
    title = "demo generation, county scale"
    scale = "county"
    rounds = 3


class DemoCity(Demo):
    name = "demo-city"
    title = "demo generation, city scale"
    scale = "city"


class DemoProvince(Demo):
    name = "demo-province"
    title = "demo generation, province scale"
    scale = "province"
    rounds = 3


JOBS = [DemoCounty, DemoCity, DemoProvince]

if __name__ == "__main__":
    os.execv(
        sys.executable, [sys.executable, str(Path(__file__).with_name("run_all.py")), "--only", "demo-city"]
    )
