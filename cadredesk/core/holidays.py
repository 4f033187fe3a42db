"""The statutory holiday calendar (法定节假日 and 调休): the built-in data and how a year is chosen.

The built-in data is chinesecalendar's copy of the State Council's yearly notices (it knows up to
the last notice published before its release: 2026 for 1.11).  The database's ``holiday`` table is
the editable calendar: a year with any row there is taken from the table alone; a year without rows
uses the built-in data; a year neither knows has no statutory holidays, and the services say so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

import chinese_calendar
from chinese_calendar.constants import Holiday as _BuiltinHoliday

TABLE, BUILTIN, NONE = "table", "builtin", "none"
SOURCE_LABELS = {TABLE: "本系统节假日表", BUILTIN: "内置日历（国务院办公厅通知）", NONE: "无数据"}


@dataclass(frozen=True, slots=True)
class HolidayDay:
    """One day of the calendar: a statutory holiday day off, or an adjusted working day (调休上班)."""

    day: dt.date
    is_holiday: bool  # False: a weekend day worked in exchange (调休上班)
    name: str  # 春节, 国庆节 …


def _chinese(name: str | None) -> str:
    for h in _BuiltinHoliday:
        if h.value == name:
            return str(h.chinese)
    return name or ""


@cache
def _builtin_index() -> dict[int, tuple[HolidayDay, ...]]:
    years: dict[int, list[HolidayDay]] = {}
    for day, name in chinese_calendar.holidays.items():
        if name is None:
            continue  # plain weekends are listed too in some versions
        years.setdefault(day.year, []).append(HolidayDay(day, True, _chinese(name)))
    for day, name in chinese_calendar.workdays.items():
        if name is None or day.weekday() < 5:
            continue  # only weekend days worked in exchange
        years.setdefault(day.year, []).append(HolidayDay(day, False, _chinese(name)))
    return {y: tuple(sorted(days, key=lambda h: h.day)) for y, days in years.items()}


def builtin_years() -> tuple[int, ...]:
    """The years the built-in calendar knows."""
    return tuple(sorted(_builtin_index()))


def builtin_year(year: int) -> tuple[HolidayDay, ...] | None:
    """The built-in days of ``year`` (holidays and 调休 working days), or None when it has no data."""
    return _builtin_index().get(year)


def effective_holidays(
    table: Mapping[int, Iterable[HolidayDay]], years: Iterable[int]
) -> tuple[frozenset[dt.date], dict[int, str]]:
    """The statutory holiday days off of ``years`` and where each year came from (TABLE/BUILTIN/NONE).

    ``table`` holds the database's rows by year (years without rows absent).
    """
    days: set[dt.date] = set()
    sources: dict[int, str] = {}
    for year in sorted(set(years)):
        rows = table.get(year)
        if rows is not None:
            sources[year] = TABLE
        else:
            rows = builtin_year(year)
            sources[year] = BUILTIN if rows is not None else NONE
        days.update(h.day for h in rows or () if h.is_holiday)
    return frozenset(days), sources
