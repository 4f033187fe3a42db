"""Month and year compliance on the city demo (~7 million attendance rows) against a raw SQL GROUP BY.

- job: ``compliance.compliance_report`` (the CLI's ``report compliance``) for one month (March 2026)
  and for the term year mostly in 2026, on a copy of the city demo, as of the demo's today: the
  batch's dispatches on post with their names, townships and places in roster order, their days in
  post inside each one's period, the holiday calendar, every cadre's (pro-rata) requirement, the
  report rows;
- floor: the GROUP BY a hand-written query needs to answer the same question over the same rows —
  days in post (在 公 训) per dispatch inside the window — on a bare ``sqlite3`` connection,
  ``fetchall``.

Goal: ≤ 1.5× the floor for the month and for the year.

    python benchmarks/run_all.py --only compliance
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any, ClassVar

from harness import DEMO_TODAY, Env, Goal, Job, Row, Sample, ratio

MONTH = (2026, 3)
YEAR = 2026


class Compliance(Job):
    name = "compliance"
    title = "compliance over the city attendance"
    floor_title = "a raw SQL GROUP BY (days in post per dispatch inside the window) on a bare sqlite3 connection, fetchall"
    goal: ClassVar[Goal | dict[str, Goal]] = {"month": ratio(1.5), "year": ratio(1.5)}
    needs = ("city",)
    rounds = 5
    warmup = 1
    owner = "issue 10"

    def setup(self, env: Env) -> None:
        from cadredesk.core import compliance as c
        from cadredesk.services.batches import find_batch
        from cadredesk.services.database import open_workspace

        self.env = env
        self.path = env.demo_copy("city")
        self.workspace = open_workspace(str(self.path), write=False)
        self.ctx = self.workspace.ctx.at(dt.date.fromisoformat(DEMO_TODAY))
        self.batch = find_batch(self.ctx)
        year = c.term_year_for(self.batch.start, self.batch.end, YEAR)
        assert year is not None, f"the city batch has no term year mostly in {YEAR}"
        self.windows = {"month": c.month_span(*MONTH), "year": year}
        self.year_label = str(year)
        marks = list(c.IN_POST_MARKS)
        self.sql = (
            "SELECT dispatch_id, COUNT(*) FROM attendance WHERE day BETWEEN ? AND ? "
            f"AND mark IN ({', '.join('?' * len(marks))}) GROUP BY dispatch_id"
        )
        self.marks = marks
        self.raw = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        self.sizes: dict[str, tuple[int, int]] = {}

    def run_job(self) -> Sample:
        from cadredesk.services import compliance

        out: Sample = {}
        for metric, kwargs in (("month", {"month": MONTH}), ("year", {"year": YEAR})):
            t = time.perf_counter()
            report = compliance.compliance_report(self.ctx, self.batch.id, **kwargs)
            out[metric] = time.perf_counter() - t
            self.sizes[metric] = (len(report.rows), sum(1 for r in report.rows if not r.ok))
        return out

    def run_floor(self) -> Sample:
        out: Sample = {}
        for metric, window in self.windows.items():
            params = (window.first.isoformat(), window.last.isoformat(), *self.marks)
            out[metric] = _timed(lambda p=params: self.raw.execute(self.sql, p).fetchall())
        return out

    def label(self, metric: str) -> str:
        what = f"month {MONTH[0]}-{MONTH[1]:02d}" if metric == "month" else f"term year {self.year_label}"
        return f"{self.title}: {what}"

    def report(self, job: list[Sample], floor: list[Sample]) -> list[Row]:
        rows = super().report(job, floor)
        for row, metric in zip(rows, job[0], strict=True):
            cadres, short = self.sizes.get(metric, (0, 0))
            row.note = f"{cadres:,} cadres, {short} short"
        return rows

    def teardown(self) -> None:
        self.raw.close()
        self.workspace.close()


def _timed(fn: Any) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


JOBS = [Compliance]

if __name__ == "__main__":
    os.execv(
        sys.executable, [sys.executable, str(Path(__file__).with_name("run_all.py")), "--only", "compliance"]
    )
