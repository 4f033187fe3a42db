"""The statutory holiday calendar the compliance uses: list, add or remove a day, seed a year from the
built-in calendar, import a year's State Council notice from a small workbook.

A year with any row in the ``holiday`` table is taken from the table alone; the first change to a
year the table does not hold yet starts from the built-in days of that year (so adding one day keeps
the rest).  See ``cadredesk.core.holidays``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cadredesk.core.holidays import BUILTIN, NONE, SOURCE_LABELS, TABLE, HolidayDay, builtin_year
from cadredesk.core.models import Holiday
from cadredesk.errors import NotFound, UserError, ValidationError
from cadredesk.io import excel_read
from cadredesk.io.onpost_sheets import data_rows, find_layout, notice_dates, title_year
from cadredesk.services.context import Tx, command, query
from cadredesk.services.onpost_base import table_years


@dataclass(frozen=True)
class HolidayYear:
    year: int
    source: str  # table | builtin | none
    days: list[HolidayDay] = field(default_factory=list)

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS[self.source]

    @property
    def holiday_count(self) -> int:
        return sum(1 for d in self.days if d.is_holiday)

    def to_json(self) -> dict[str, object]:
        return {
            "year": self.year,
            "source": self.source,
            "days": [{"day": d.day.isoformat(), "holiday": d.is_holiday, "name": d.name} for d in self.days],
        }


def year_of(s: Session, year: int) -> HolidayYear:
    rows = table_years(s, [year]).get(year)
    if rows is not None:
        return HolidayYear(year, TABLE, sorted(rows, key=lambda h: h.day))
    builtin = builtin_year(year)
    if builtin is not None:
        return HolidayYear(year, BUILTIN, list(builtin))
    return HolidayYear(year, NONE, [])


@query
def list_holidays(tx: Tx, year: int) -> HolidayYear:
    """The calendar of ``year`` the compliance uses, and where it comes from."""
    return year_of(tx.session, year)


def _adopt(s: Session, year: int) -> bool:
    """Copy the built-in days of ``year`` into the table unless the table holds the year; True if copied."""
    if table_years(s, [year]).get(year) is not None:
        return False
    builtin = builtin_year(year) or ()
    s.add_all(Holiday(day=h.day, is_holiday=h.is_holiday, name=h.name) for h in builtin)
    s.flush()
    return bool(builtin)


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("请写明节日名称（如 春节、国庆节）")
    if len(name) > 32:
        raise ValidationError(f"节日名称过长（{len(name)} 字，最多 32 字）")
    return name


@command("holiday.add")
def add_holiday(
    tx: Tx, day: dt.date, name: str, *, workday: bool = False, last: dt.date | None = None
) -> HolidayYear:
    """Add (or correct) a day — or the days from ``day`` to ``last`` — as statutory holiday days off, or
    with ``workday`` as 调休 working days (weekends only)."""
    name = _clean_name(name)
    last = last or day
    if last < day:
        raise ValidationError(f"结束日期 {last} 早于开始日期 {day}")
    if (last - day).days > 31:
        raise ValidationError("一次最多登记 31 天")
    days = [day + dt.timedelta(days=i) for i in range((last - day).days + 1)]
    if workday:
        weekdays = [d for d in days if d.weekday() < 5]
        if weekdays:
            d = weekdays[0]
            raise ValidationError(
                f"{d} 是工作日（星期{'一二三四五'[d.weekday()]}），调休上班日应为周六或周日"
            )
    s = tx.session
    changed: list[str] = []
    for d in days:
        _adopt(s, d.year)
        row = s.get(Holiday, d)
        if row is None:
            s.add(Holiday(day=d, is_holiday=not workday, name=name))
        else:
            changed.append(f"{d:%m-%d} 原为 {row.name} {'放假' if row.is_holiday else '调休上班'}")
            row.is_holiday, row.name = not workday, name
    s.flush()
    kind = "调休上班" if workday else "放假"
    span = f"{day}" if last == day else f"{day} 至 {last}"
    tx.audit(
        entity="holiday",
        entity_id=day.isoformat(),
        detail=f"{span} {name} {kind}" + (f"（{'；'.join(changed)}）" if changed else ""),
    )
    return year_of(s, last.year)


@command("holiday.remove")
def remove_holiday(tx: Tx, day: dt.date) -> HolidayYear:
    """Remove one day from the calendar (it becomes an ordinary day)."""
    s = tx.session
    _adopt(s, day.year)
    row = s.get(Holiday, day)
    if row is None:
        raise NotFound(f"{day} 不在 {day.year} 年的节假日表中")
    detail = f"{day} {row.name or ''} {'放假' if row.is_holiday else '调休上班'}"
    s.delete(row)
    s.flush()
    tx.audit(entity="holiday", entity_id=day.isoformat(), detail=f"删除 {detail}")
    return year_of(s, day.year)


@command("holiday.seed")
def seed_holidays(tx: Tx, year: int, *, replace: bool = False) -> HolidayYear:
    """Copy the built-in calendar's ``year`` into the table (to edit it); ``replace`` drops the table's rows."""
    builtin = builtin_year(year)
    if builtin is None:
        raise UserError(
            f"内置日历没有 {year} 年的数据，请按国务院办公厅当年的放假通知逐日录入（holiday add）或导入（import holidays）",
            key="no-builtin-year",
        )
    s = tx.session
    held = table_years(s, [year]).get(year)
    if held is not None and not replace:
        raise UserError(
            f"节假日表中已有 {year} 年的 {len(held)} 天；如要以内置日历覆盖，请加 --replace", key="exists"
        )
    s.execute(delete(Holiday).where(Holiday.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31))))
    s.add_all(Holiday(day=h.day, is_holiday=h.is_holiday, name=h.name) for h in builtin)
    s.flush()
    tx.audit(entity="holiday", entity_id=str(year), detail=f"{year} 年按内置日历写入 {len(builtin)} 天")
    return year_of(s, year)


# --------------------------------------------------------------------------- notice import

_SYNONYMS = {
    "name": ("节日", "节日名称", "名称", "假日", "节假日", "节日名"),
    "off": ("放假时间", "放假日期", "放假", "放假安排", "休假时间", "日期", "放假起止时间"),
    "work": ("调休上班", "调休上班日期", "上班日期", "调休", "补班", "调休上班时间", "上班"),
    "kind": ("类型", "安排", "性质"),
}


@dataclass
class HolidayImport:
    year: int
    days: int = 0
    workdays: int = 0
    rows: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "year": self.year,
            "holidays": self.days,
            "workdays": self.workdays,
            "warnings": self.warnings,
        }


@command("holiday.import")
def import_holidays(
    tx: Tx, path: str | Path, *, year: int | None = None, sheet: str | None = None, dry_run: bool = False
) -> HolidayImport:
    """Replace ``year``'s calendar with the days of a notice workbook.

    One row per festival: its name, the days off ("2月6日至12日") and the 调休 working days ("2月14日、
    2月20日"); or one row per day with a 类型 column (放假/上班).  The year comes from ``year``, else the
    title ("2027年部分节假日安排").  Any unreadable cell refuses the whole file.
    """
    path = Path(path)
    data = excel_read.read_sheet(path, sheet)
    where = f"“{path.name}”工作表“{data.name}”"
    try:
        layout = find_layout(data.rows, _SYNONYMS, ("name", "off"), "放假安排")
    except ValidationError as exc:
        raise ValidationError(f"{where}：{exc.message}", key=exc.key) from None
    year = year or title_year(data.rows, layout.header_row - 1)
    if year is None:
        raise ValidationError(f"{where}：标题中没有年份，请用 --year 指明是哪一年的放假安排")
    days: dict[dt.date, HolidayDay] = {}
    problems: list[str] = []
    rows = data_rows(data.rows, layout)
    for r in rows:
        name = r.text("name")
        if not name:
            problems.append(f"第 {r.row} 行缺少节日名称")
            continue
        kind = r.text("kind")
        off_is_work = "上班" in kind or "补班" in kind
        for field_, is_holiday in (("off", not off_is_work), ("work", False)):
            if field_ not in r.values:
                continue
            try:
                found = notice_dates(r.values[field_], year)
            except ValueError as exc:
                problems.append(f"第 {r.row} 行：{exc}")
                continue
            for d in found:
                if not is_holiday and d.weekday() < 5:
                    problems.append(f"第 {r.row} 行：调休上班日 {d} 不是周六或周日")
                    continue
                if d in days and days[d].is_holiday != is_holiday:
                    problems.append(f"第 {r.row} 行：{d} 既是放假日又是上班日")
                days[d] = HolidayDay(d, is_holiday, name)
    if problems:
        raise ValidationError(f"{where}有 {len(problems)} 处无法识别，未导入：" + "；".join(problems[:8]))
    if not any(h.is_holiday for h in days.values()):
        raise ValidationError(f"{where}中没有找到放假日期")
    report = HolidayImport(year=year, rows=len(rows))
    report.days = sum(1 for h in days.values() if h.is_holiday)
    report.workdays = len(days) - report.days
    other = sorted({d.year for d in days} - {year})
    if other:
        report.warnings.append(f"表中有 {'、'.join(map(str, other))} 年的日期，已并入该年的节假日表")
    if dry_run:
        return report
    s = tx.session
    s.execute(delete(Holiday).where(Holiday.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31))))
    s.flush()
    for y in other:
        _adopt(s, y)
    for h in days.values():
        row = s.get(Holiday, h.day)
        if row is None:
            s.add(Holiday(day=h.day, is_holiday=h.is_holiday, name=h.name))
        else:
            row.is_holiday, row.name = h.is_holiday, h.name
    s.flush()
    tx.audit(
        entity="holiday",
        entity_id=str(year),
        detail=f"导入 {path.name}：{year} 年放假 {report.days} 天、调休上班 {report.workdays} 天",
    )
    return report


@query
def holiday_years(tx: Tx) -> list[int]:
    """Years the table holds."""
    days = tx.session.scalars(select(Holiday.day)).all()
    return sorted({d.year for d in days})
