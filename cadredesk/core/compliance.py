"""Days in post against the batch's quotas (seed 002: 全年驻村时间不少于250天，除节假日外，每月一般不少于22天).

Pure arithmetic over dates, the statutory-holiday set and counts; the services count the marks.
The decisions (docs/RULES.md, "Days in post"):

- A day in post is a day marked 在岗, 公出 or 培训 (``AttendanceMark.counts_in_post``), inside the
  dispatch's period.  Leave, rest and absence are not; a statutory holiday spent in the village
  and marked 在岗 counts like any other day.
- A month needs ``min_days_month`` (22) less the statutory holiday days that fall in it (the whole
  法定节假日 block, its weekend and 调休 days off included); ordinary weekends are not excepted.
  March 2026: 22; October 2026 (1–7): 15; February 2026 (15–23): 13.
- A year is a 驻村年度: twelve months from the batch's start (a two-year batch has two).  It needs
  ``min_days_year`` (250) when the dispatch covers all of it.
- Pro rata: a dispatch covering only part of a month (or year) needs the full requirement times
  the share of the month's open days (days that are not statutory holidays) it covers, rounded
  half up: a cadre arriving on 10 March 2026 (22 of 31 open days) needs round(22 × 22/31) = 16.
- The living allowance of a month is the monthly standard × min(days in post, required) ÷ the
  whole month's requirement, rounded half up to the fen.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from cadredesk.core.enums import AttendanceMark

#: the stored marks that count as a day in post
IN_POST_MARKS: tuple[str, ...] = tuple(m.value for m in AttendanceMark if m.counts_in_post)
#: the stored marks of leave (请假)
LEAVE_MARKS: tuple[str, ...] = tuple(m.value for m in AttendanceMark if m.is_leave)

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Span:
    """An inclusive range of days."""

    first: dt.date
    last: dt.date

    @property
    def days(self) -> int:
        return max(0, (self.last - self.first).days + 1)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last

    def __iter__(self) -> Iterator[dt.date]:
        day = self.first
        while day <= self.last:
            yield day
            day += ONE_DAY

    def overlap(self, other: Span) -> Span | None:
        first, last = max(self.first, other.first), min(self.last, other.last)
        return Span(first, last) if first <= last else None

    def __str__(self) -> str:
        return f"{self.first.isoformat()} 至 {self.last.isoformat()}"


def round_half_up(x: float) -> int:
    """四舍五入 (Python's round() rounds halves to even)."""
    return math.floor(x + 0.5)


def month_span(year: int, month: int) -> Span:
    return Span(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))


def parse_month(text: str) -> tuple[int, int]:
    """``YYYY-MM`` → (year, month); ValueError (Chinese) otherwise."""
    try:
        day = dt.datetime.strptime(text.strip(), "%Y-%m")
    except ValueError:
        raise ValueError(f"月份应写作 YYYY-MM（如 2026-03）：{text}") from None
    return day.year, day.month


def months_of(span: Span) -> list[tuple[int, int]]:
    """The (year, month)s a span touches, in order."""
    out: list[tuple[int, int]] = []
    y, m = span.first.year, span.first.month
    while (y, m) <= (span.last.year, span.last.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def holidays_in(span: Span, holidays: Set[dt.date]) -> int:
    """Statutory holiday days inside ``span``."""
    if span.days > len(holidays):
        return sum(1 for d in holidays if d in span)
    return sum(1 for d in span if d in holidays)


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def term_years(batch_start: dt.date, batch_end: dt.date) -> list[Span]:
    """The batch's 驻村年度: twelve-month spans from its start, the last one cut at its end."""
    out: list[Span] = []
    first = batch_start
    k = 1
    while first <= batch_end:
        nxt = _add_years(batch_start, k)
        out.append(Span(first, min(nxt - ONE_DAY, batch_end)))
        first, k = nxt, k + 1
    return out


def full_term_year(year: Span, batch_start: dt.date) -> Span:
    """The whole twelve months of a term year (the batch's last one may be cut at its end)."""
    k = year.first.year - batch_start.year
    return Span(year.first, _add_years(batch_start, k + 1) - ONE_DAY)


def term_year_for(batch_start: dt.date, batch_end: dt.date, calendar_year: int) -> Span | None:
    """The term year with most of its days in ``calendar_year`` (``--year YYYY``), or None."""
    cal = Span(dt.date(calendar_year, 1, 1), dt.date(calendar_year, 12, 31))
    best: tuple[int, Span] | None = None
    for year in term_years(batch_start, batch_end):
        full = full_term_year(year, batch_start)
        inside = full.overlap(cal)
        if inside is None or inside.days * 2 <= full.days:
            continue
        if best is None or inside.days > best[0]:
            best = (inside.days, year)
    return best[1] if best else None


def pro_rata(full: int, whole: Span, covered: Span | None, holidays: Set[dt.date]) -> int:
    """``full`` days for all of ``whole``; for part of it, ``full`` × the share of its open days covered."""
    if covered is None:
        return 0
    covered = covered.overlap(whole)
    if covered is None:
        return 0
    if covered == whole:
        return full
    open_whole = whole.days - holidays_in(whole, holidays)
    if open_whole <= 0:
        return 0
    open_covered = covered.days - holidays_in(covered, holidays)
    return round_half_up(full * open_covered / open_whole)


def month_quota(year: int, month: int, holidays: Set[dt.date], min_days_month: int = 22) -> int:
    """What a whole month needs: ``min_days_month`` less its statutory holiday days (never below 0)."""
    return max(0, min_days_month - holidays_in(month_span(year, month), holidays))


def month_required(
    year: int, month: int, period: Span, holidays: Set[dt.date], min_days_month: int = 22
) -> int:
    """Days in post a dispatch with ``period`` needs in the month (pro rata when it covers part of it)."""
    whole = month_span(year, month)
    return pro_rata(
        month_quota(year, month, holidays, min_days_month), whole, period.overlap(whole), holidays
    )


def year_required(
    year: Span, batch_start: dt.date, period: Span, holidays: Set[dt.date], min_days_year: int = 250
) -> int:
    """Days in post a dispatch with ``period`` needs in the term year ``year`` (pro rata over its twelve
    months when the dispatch, or the batch, covers part of it)."""
    whole = full_term_year(year, batch_start)
    return pro_rata(min_days_year, whole, period.overlap(year), holidays)


@dataclass(frozen=True, slots=True)
class Judgement:
    days_in_post: int
    required: int

    @property
    def shortfall(self) -> int:
        return max(0, self.required - self.days_in_post)

    @property
    def ok(self) -> bool:
        return self.days_in_post >= self.required


def judged_until(window: Span, period: Span, today: dt.date) -> bool:
    """Is the part of ``window`` inside ``period`` over (every day of it before ``today``)?"""
    inside = window.overlap(period)
    return inside is not None and inside.last < today


# --------------------------------------------------------------------------- the month in progress

ON_TRACK, BEHIND, CANNOT = "正常", "进度落后", "已无法达标"


@dataclass(frozen=True, slots=True)
class Trend:
    """Where a dispatch stands in a month that is not over.

    ``horizon`` is the last day whose attendance has been entered (the township's sheet so far);
    ``expected`` the days in post a steady pace to the month's requirement would have reached by then.
    """

    days_in_post: int
    required: int
    horizon: dt.date | None
    expected: int
    possible: int  # days in post if every remaining day of the period is spent in post
    status: str  # ON_TRACK, BEHIND or CANNOT

    @property
    def flagged(self) -> bool:
        return self.status != ON_TRACK


def month_trend(
    year: int,
    month: int,
    period: Span,
    holidays: Set[dt.date],
    days_in_post: int,
    horizon: dt.date | None,
    min_days_month: int = 22,
) -> Trend:
    """Is a dispatch trending below the month's quota before the month ends?

    CANNOT: even in post every day after ``horizon`` it stays short.  BEHIND: fewer days in post than
    the pro-rata share of the requirement for the open days up to ``horizon`` (rounded down, so one
    day's lag at the start is not flagged).  With no horizon (nothing entered yet) nothing is judged.
    """
    whole = month_span(year, month)
    inside = period.overlap(whole)
    required = month_required(year, month, period, holidays, min_days_month)
    if inside is None or horizon is None or horizon < inside.first:
        return Trend(
            days_in_post, required, horizon, 0, days_in_post + (inside.days if inside else 0), ON_TRACK
        )
    seen = Span(inside.first, min(horizon, inside.last))
    rest = Span(seen.last + ONE_DAY, inside.last)
    possible = days_in_post + rest.days
    open_all = inside.days - holidays_in(inside, holidays)
    open_seen = seen.days - holidays_in(seen, holidays)
    expected = math.floor(required * open_seen / open_all) if open_all > 0 else 0
    if possible < required:
        status = CANNOT
    elif days_in_post < expected:
        status = BEHIND
    else:
        status = ON_TRACK
    return Trend(days_in_post, required, horizon, expected, possible, status)


# --------------------------------------------------------------------------- allowance

CENT = Decimal("0.01")


def monthly_allowance(standard: Decimal, days_in_post: int, required: int, month_full_quota: int) -> Decimal:
    """月生活补助 = 月标准 × min(在岗天数, 应在岗天数) ÷ 整月应在岗天数, rounded half up to the fen.

    A whole month's requirement met pays the standard; a short month, or a part month (whose
    ``required`` is pro rata), pays its share.
    """
    if month_full_quota <= 0:
        return standard.quantize(CENT, ROUND_HALF_UP) if days_in_post > 0 else Decimal("0.00")
    paid_days = min(days_in_post, required)
    return (standard * paid_days / month_full_quota).quantize(CENT, ROUND_HALF_UP)


def count_in_post(marks: Iterable[tuple[dt.date, str]], period: Span) -> int:
    """Days in post among (day, mark) pairs, inside ``period`` only."""
    return sum(1 for day, mark in marks if mark in IN_POST_MARKS and day in period)
