"""Month and year compliance on the city demo (~7 million attendance rows) against the raw SQL floor.

The floor is the GROUP BY a hand-written query needs to answer the same question over the same rows:
days in post (在 公 训) per dispatch inside the window, fetched to Python through the driver
(sqlite3 / psycopg).  The service is ``compliance.compliance_report`` — the batch's dispatches, their
names and places, the holiday calendar, the pro-rata requirement of every cadre, the report rows.

Goal: the service ≤ 1.5 × the floor, for a month and for a year.  Best of N runs each, the floor and the
service interleaved (warm cache; a busy machine slows both alike).

Run:
    cadredesk-cli --db /tmp/city10.sqlite demo --scale city      # once, about a minute
    python benchmarks/bench_compliance.py /tmp/city10.sqlite [--month 2026-03] [--year 2026] [--runs 5] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cadredesk.core import compliance as c
from cadredesk.services import compliance, dashboard
from cadredesk.services.batches import find_batch
from cadredesk.services.database import open_workspace


def best(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def best_pair(a: Callable[[], Any], b: Callable[[], Any], runs: int) -> tuple[float, Any, float, Any]:
    """Best of ``runs`` for each, the two interleaved so that a busy machine slows both alike."""
    ta, tb, ra, rb = [], [], None, None
    for _ in range(runs):
        t0 = time.perf_counter()
        ra = a()
        t1 = time.perf_counter()
        rb = b()
        t2 = time.perf_counter()
        ta.append(t1 - t0)
        tb.append(t2 - t1)
    return min(ta), ra, min(tb), rb


def raw_floor(ctx: Any, window: c.Span) -> Callable[[], list[Any]]:
    """The same count through the bare driver: one GROUP BY over the window's rows."""
    engine = ctx.db.engine
    marks = list(c.IN_POST_MARKS)
    if ctx.db.is_sqlite:
        sql = (
            "SELECT dispatch_id, COUNT(*) FROM attendance WHERE day BETWEEN ? AND ? "
            f"AND mark IN ({', '.join('?' * len(marks))}) GROUP BY dispatch_id"
        )
        params: tuple[Any, ...] = (window.first.isoformat(), window.last.isoformat(), *marks)
    else:
        sql = (
            "SELECT dispatch_id, COUNT(*) FROM attendance WHERE day BETWEEN %s AND %s "
            f"AND mark IN ({', '.join(['%s'] * len(marks))}) GROUP BY dispatch_id"
        )
        params = (window.first, window.last, *marks)

    def run() -> list[Any]:
        raw = engine.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute(sql, params)
            rows = cur.fetchall()
            cur.close()
            return list(rows)
        finally:
            raw.close()

    return run


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("db", nargs="?", default="/tmp/city10.sqlite")
    p.add_argument("--month", default="2026-03")
    p.add_argument("--year", type=int, default=2026)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--profile", action="store_true")
    args = p.parse_args()
    if "://" not in args.db and not Path(args.db).exists():
        print(f"{args.db} not found: cadredesk-cli --db {args.db} demo --scale city", file=sys.stderr)
        return 2
    ws = open_workspace(args.db, write=False)
    ctx = ws.ctx
    try:
        batch = find_batch(ctx)
        y, m = c.parse_month(args.month)
        with ctx.db.reader() as s:
            n = s.connection().exec_driver_sql("SELECT COUNT(*) FROM attendance").scalar()
        print(
            f"database: {ctx.db.display_name}  batch: {batch.name}  attendance rows: {n:,}  runs: best of {args.runs}"
        )
        month_window = c.month_span(y, m)
        year_window = c.term_year_for(batch.start, batch.end, args.year)
        assert year_window is not None, f"no term year mostly in {args.year}"
        results = []
        for label, window, call in (
            (
                f"month {args.month}",
                month_window,
                lambda: compliance.compliance_report(ctx, batch.id, month=(y, m)),
            ),
            (
                f"year {args.year} ({year_window})",
                year_window,
                lambda: compliance.compliance_report(ctx, batch.id, year=args.year),
            ),
        ):
            floor, rows, took, report = best_pair(raw_floor(ctx, window), call, args.runs)
            ratio = took / floor
            results.append(ratio)
            short = sum(1 for r in report.rows if not r.ok)
            print(
                f"{label:<40} service {took * 1000:8.1f} ms   raw GROUP BY {floor * 1000:8.1f} ms "
                f"({len(rows):,} groups)   ratio {ratio:4.2f}×   [{len(report.rows):,} cadres, {short} short]"
            )
        for label, fn in (
            ("month in progress (trend)", lambda: compliance.month_trend(ctx, batch.id, month=(y, m))),
            ("dashboard (all rules)", lambda: dashboard.dashboard(ctx, batch.id)),
        ):
            took, _ = best(fn, max(1, args.runs // 2))
            print(f"{label:<40} {took * 1000:8.1f} ms")
        verdict = "met" if max(results) <= 1.5 else "MISSED"
        print(f"goal ≤ 1.5× the raw floor: {verdict} (worst {max(results):.2f}×)")
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            compliance.compliance_report(ctx, batch.id, month=(y, m))
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(20)
    finally:
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
