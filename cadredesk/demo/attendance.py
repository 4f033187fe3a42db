"""Daily attendance (考勤): one mark per dispatch and day, written in bulk at driver level.

About 7 million rows at city scale: the marks of one dispatch are built from per-month tables
shared by everyone (``days.Month``) and written one chunk of dispatches at a time, so memory
stays flat.  Leave days (``leave.leaves_for``) are marked 病 (sick leave) or 事 (the other kinds).
The batch-wide index ``ix_attendance_day`` is built once after the rows are in (building it row by
row would more than double the time at city scale).
"""

from __future__ import annotations

import datetime as dt
from itertools import repeat
from typing import Any, cast

from sqlalchemy import Connection, Index, Table, insert

from cadredesk.core.models import Attendance, Leave
from cadredesk.demo.context import Context
from cadredesk.demo.days import ABSENT, DUTY, IN, LEAVE, OFF, SICK, Month, calendar_months
from cadredesk.demo.leave import leaves_for
from cadredesk.demo.plan import DispRec
from cadredesk.demo.vocab import weighted

#: attendance tuples per driver ``executemany`` / COPY
_ATT_CHUNK = 50_000
#: per month, how many workdays turn into 差 (official duty away) or 缺 (absent): ~binomial(21, 2%) / (21, 0.3%)
_DUTY_DAYS = ((0, 65.0), (1, 28.0), (2, 6.0), (3, 1.0))
_ABSENT_DAYS = ((0, 94.0), (1, 6.0))


def plan_short_months(ctx: Context, months: list[Month], n: int) -> dict[int, set[tuple[int, int]]]:
    """A few on-post cadres deliberately under 22 days in post in one or two months."""
    full = [m for m in months if len(m.days) == m.length and m.holidays == 0]
    out: dict[int, set[tuple[int, int]]] = {}
    candidates = [d for d in ctx.disps if d.on_post and not d.replacement]
    if not full or not candidates:
        return out
    for d in ctx.rng.sample(candidates, min(n, len(candidates))):
        picks = ctx.rng.sample(full, min(len(full), ctx.rng.randint(1, 2)))
        out[d.id] = {(m.year, m.month) for m in picks}
    ctx.planted.append(f"{len(out)} 名干部有月份在岗不足22天")
    return out


def attendance_for(
    ctx: Context,
    d: DispRec,
    months: list[Month],
    short: set[tuple[int, int]],
    iso: bool,
    tight: set[tuple[int, int]],
) -> tuple[list[tuple[Any, ...]], list[dict[str, Any]]]:
    """Daily marks of one dispatch: workdays in post (a few 差/训/缺), weekends mostly 休, leave 假.

    Days in post per month aim at 23–26 (less the statutory holidays on weekdays), made up
    with weekend days when workdays fall short; ``short`` months are cut to 16–21 on purpose.
    No leave is taken in ``tight`` months.  Returns the attendance tuples and the leave rows.
    """
    first, last = max(d.start, ctx.spec.att_from), min(d.end, ctx.spec.att_to)
    if first > last:
        return [], []
    rng = ctx.rng
    leaves, leave_days = leaves_for(ctx, d, first, last, tight)
    sick = {
        lv["start"] + dt.timedelta(days=i)
        for lv in leaves
        if lv["kind"] == "病假"
        for i in range((lv["end"] - lv["start"]).days + 1)
    }
    rows: list[tuple[Any, ...]] = []
    for m in months:
        if m.days[-1] < first or m.days[0] > last:
            continue
        lo = max(0, (first - m.days[0]).days)
        hi = min(len(m.days), (last - m.days[0]).days + 1)
        whole = lo == 0 and hi == len(m.days)
        marks = m.base[lo:hi]
        n_in = m.in_post[hi] - m.in_post[lo]
        work = m.work if whole else [i - lo for i in m.work if lo <= i < hi]
        rest = m.rest if whole else [i - lo for i in m.rest if lo <= i < hi]
        if leave_days:
            here = [j for j in ((x - m.days[0]).days - lo for x in leave_days) if 0 <= j < hi - lo]
            if here:
                for j in here:
                    n_in -= marks[j] != OFF
                    marks[j] = SICK if m.days[lo + j] in sick else LEAVE
                work = [j for j in work if marks[j] == IN]
                rest = [j for j in rest if marks[j] == OFF]
        scale = (hi - lo) / m.length
        n_duty = round(weighted(rng, _DUTY_DAYS) * scale)
        n_absent = round(weighted(rng, _ABSENT_DAYS) * scale)
        if work and (n_duty or n_absent):
            picked = rng.sample(work, min(len(work), n_duty + n_absent))
            for j in picked[:n_duty]:
                marks[j] = DUTY
            for j in picked[n_duty:]:
                marks[j] = ABSENT
                n_in -= 1
        if (m.year, m.month) in short:
            goal = rng.randint(16, 21)
            present = [j for j in work if marks[j] in (IN, DUTY)]
            if n_in > goal:
                for j in rng.sample(present, min(n_in - goal, len(present))):
                    marks[j] = ABSENT
        else:
            holidays = m.holiday_weekdays[hi] - m.holiday_weekdays[lo]
            goal = round(rng.randint(23, 26) * scale) - holidays
            if goal > n_in and rest:
                for j in rng.sample(rest, min(goal - n_in, len(rest))):
                    marks[j] = IN
        rows.extend(zip(repeat(d.id), (m.isos if iso else m.days)[lo:hi], marks, strict=False))
    return rows, leaves


def write_attendance(ctx: Context, lo: float, hi: float) -> None:
    """Attendance of every dispatch over the spec's attendance period, then the leave rows;
    progress runs from ``lo`` to ``hi``."""
    s = ctx.spec
    training = set(s.midterm_training)
    months = calendar_months(s.att_from, s.att_to, training)
    tight = {(m.year, m.month) for m in months if m.slack < 6}  # months too short for leave
    short = plan_short_months(ctx, months, max(5, len(ctx.disps) // 200))
    sink = AttendanceSink(ctx.conn)
    day_index = _day_index()
    day_index.drop(ctx.conn, checkfirst=True)  # the table is empty: the demo refuses a non-empty database
    buf: list[tuple[Any, ...]] = []
    leaves: list[dict[str, Any]] = []
    total = len(ctx.disps)
    for k, d in enumerate(ctx.disps):
        rows, lv = attendance_for(ctx, d, months, short.get(d.id, set()), sink.iso, tight)
        buf.extend(rows)
        leaves.extend(lv)
        if len(buf) >= _ATT_CHUNK:
            sink.write(buf)
            ctx.counts["attendance"] += len(buf)
            buf = []
            ctx.step(
                f"正在写入考勤记录（已写 {ctx.counts['attendance']:,} 条）…",
                lo + (hi - lo) * (k + 1) / total,
            )
    if buf:
        sink.write(buf)
        ctx.counts["attendance"] += len(buf)
    day_index.create(ctx.conn)
    ctx.put(Leave, leaves)


def _day_index() -> Index:
    table = cast(Table, Attendance.__table__)
    return next(i for i in table.indexes if i.name == "ix_attendance_day")


class AttendanceSink:
    """Bulk attendance writer at driver level (the one table with millions of rows)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.dialect = conn.dialect.name
        self.driver = conn.dialect.driver
        #: SQLite stores Date as ISO text (SQLAlchemy's format): pass strings, skip per-row conversion
        self.iso = self.dialect == "sqlite"

    def write(self, rows: list[tuple[Any, ...]]) -> None:
        raw = self.conn.connection.driver_connection
        if self.dialect == "sqlite" and raw is not None:
            cur = raw.cursor()
            try:
                cur.executemany("INSERT INTO attendance (dispatch_id, day, mark) VALUES (?, ?, ?)", rows)
            finally:
                cur.close()
        elif self.dialect == "postgresql" and self.driver == "psycopg" and raw is not None:
            with raw.cursor() as cur, cur.copy("COPY attendance (dispatch_id, day, mark) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            table = cast(Table, Attendance.__table__)
            self.conn.execute(insert(table), [{"dispatch_id": a, "day": b, "mark": c} for a, b, c in rows])
