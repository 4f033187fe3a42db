"""Calendar helpers: day kinds (chinesecalendar), the attendance months, dates and times.

Everything works on fixed dates, never the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

import chinese_calendar

from cadredesk.core.enums import AttendanceMark as Mark


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after ``day``'s month."""
    y, m = divmod(day.month - 1 + months, 12)
    return dt.date(day.year + y, m + 1, 1)


def at_nine(day: dt.date, minute: int = 0) -> dt.datetime:
    """09:00 on ``day``, plus ``minute`` minutes (the demo's timestamps)."""
    return dt.datetime.combine(day, dt.time(9, 0)) + dt.timedelta(minutes=minute)


#: day kinds (``TRAIN``: a workday of mid-term training, 训 for everyone on post)
WORK, REST, HOLIDAY, TRAIN = 0, 1, 2, 3


@lru_cache(maxsize=8192)
def day_kind(day: dt.date) -> int:
    """Workday, weekend rest day or statutory holiday (chinesecalendar, Mon–Fri outside its years)."""
    try:
        if chinese_calendar.is_workday(day):
            return WORK
        _on, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return WORK if day.weekday() < 5 else REST
    return HOLIDAY if name else REST


#: attendance marks as stored (LEAVE: 事假 and the other kinds; SICK: 病假)
IN, DUTY, TRAINED, OFF, LEAVE, SICK, ABSENT = (
    Mark.IN_POST.value, Mark.DUTY.value, Mark.TRAINING.value, Mark.REST.value, Mark.PERSONAL_LEAVE.value,
    Mark.SICK_LEAVE.value, Mark.ABSENT.value,
)  # fmt: skip


@dataclass
class Month:
    """One calendar month of the attendance period, with what every dispatch shares precomputed."""

    year: int
    month: int
    length: int  # days in the calendar month
    days: list[dt.date]
    isos: list[str]
    kinds: list[int]
    base: list[str] = field(default_factory=list)  # 在 on workdays, 训 on training days, 休 otherwise
    work: list[int] = field(default_factory=list)  # indexes of plain workdays
    rest: list[int] = field(default_factory=list)  # indexes of weekend rest days (not statutory holidays)
    in_post: list[int] = field(default_factory=list)  # prefix sums: workdays + training days
    holiday_weekdays: list[int] = field(default_factory=list)  # prefix sums: statutory holidays on Mon–Fri

    def __post_init__(self) -> None:
        self.base = [IN if k == WORK else TRAINED if k == TRAIN else OFF for k in self.kinds]
        self.work = [i for i, k in enumerate(self.kinds) if k == WORK]
        self.rest = [i for i, k in enumerate(self.kinds) if k == REST]
        self.in_post, self.holiday_weekdays = [0], [0]
        for d, k in zip(self.days, self.kinds, strict=True):
            self.in_post.append(self.in_post[-1] + (k in (WORK, TRAIN)))
            self.holiday_weekdays.append(self.holiday_weekdays[-1] + (k == HOLIDAY and d.weekday() < 5))

    @property
    def holidays(self) -> int:
        return sum(1 for k in self.kinds if k == HOLIDAY)

    @property
    def slack(self) -> int:
        """Days a cadre can be away and still make 22 days in post (statutory holidays on weekdays aside)."""
        if len(self.days) < self.length:
            return 31
        open_days = sum(1 for k in self.kinds if k != HOLIDAY)
        return open_days - (22 - self.holiday_weekdays[-1])


def calendar_months(first: dt.date, last: dt.date, training: set[dt.date]) -> list[Month]:
    """The months from ``first`` to ``last`` (the first and last may be partial); workdays in
    ``training`` become training days."""
    out: list[Month] = []
    day = first
    while day <= last:
        nxt = add_months(day, 1)
        length = (nxt - dt.date(day.year, day.month, 1)).days
        days = [day + dt.timedelta(days=i) for i in range((min(nxt, last + dt.timedelta(days=1)) - day).days)]
        kinds = [TRAIN if (d in training and day_kind(d) == WORK) else day_kind(d) for d in days]
        out.append(Month(day.year, day.month, length, days, [d.isoformat() for d in days], kinds))
        day = nxt
    return out
