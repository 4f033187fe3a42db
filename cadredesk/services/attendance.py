"""Daily attendance (考勤): the month grid (cadres × days) read and written in bulk, a cadre's months,
and the import of a township's monthly sheet (``import attendance``).

Marks are stored as one character (``AttendanceMark``: 在 事 病 公 训 休 缺); a day without a row has
nothing entered.  Only days inside a dispatch's period can carry a mark.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, tuple_
from sqlalchemy.orm import Session

from cadredesk.core import compliance as c
from cadredesk.core.audit import mask_id
from cadredesk.core.enums import AttendanceMark
from cadredesk.core.models import Attendance, Batch, Cadre, Dispatch, Holiday, Place, Township
from cadredesk.errors import ValidationError
from cadredesk.io import attendance_sheet as att_sheet
from cadredesk.io import excel_read
from cadredesk.io.roster_layout import clean_text, is_blank
from cadredesk.services.compliance import IN_POST, Stay, count_days, stays
from cadredesk.services.context import Tx, command, query
from cadredesk.services.onpost_base import (
    POSTED_STATUSES,
    BatchRef,
    batch_of,
    dispatch_of,
    holiday_set,
)

MARKS = tuple(m.value for m in AttendanceMark)
MARK_LABELS = {m.value: m.label for m in AttendanceMark}
_CHUNK = 500


def parse_mark(value: Any) -> str | None:
    """What a clerk typed or pasted into a grid cell → a stored mark, None to clear; ValueError otherwise."""
    return att_sheet.parse_mark(value)


# --------------------------------------------------------------------------- the month grid


@dataclass(frozen=True, slots=True)
class GridDay:
    day: dt.date
    kind: str  # workday | weekend | holiday | adjusted (调休上班)
    name: str = ""  # the festival, for holidays and adjusted days

    @property
    def weekday(self) -> str:
        return "一二三四五六日"[self.day.weekday()]


@dataclass(frozen=True, slots=True)
class GridRow:
    dispatch_id: int
    name: str
    township: str
    place: str
    role: str
    status: str
    start: dt.date
    end: dt.date
    marks: tuple[str, ...]  # one per day of the month; "" = nothing entered
    days_in_post: int
    leave_days: int
    required: int

    def in_period(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def shortfall(self) -> int:
        return max(0, self.required - self.days_in_post)


@dataclass
class MonthGrid:
    batch_id: int
    batch: str
    year: int
    month: int
    days: list[GridDay]
    rows: list[GridRow] = field(default_factory=list)
    holiday_note: str = ""  # set when the year's statutory holidays are unknown

    @property
    def quota(self) -> int:
        """The whole month's requirement (22 less its statutory holiday days)."""
        return max((r.required for r in self.rows), default=0)


def grid_days(s: Session, year: int, month: int) -> tuple[list[GridDay], str]:
    window = c.month_span(year, month)
    holidays, sources = holiday_set(s, window)
    names: dict[dt.date, tuple[bool, str]] = {}
    if sources.get(year) == "table":
        for day, is_holiday, name in s.execute(
            select(Holiday.day, Holiday.is_holiday, Holiday.name).where(
                Holiday.day.between(window.first, window.last)
            )
        ):
            names[day] = (bool(is_holiday), name or "")
    else:
        from cadredesk.core.holidays import builtin_year

        for h in builtin_year(year) or ():
            if h.day in window:
                names[h.day] = (h.is_holiday, h.name)
    out = []
    for day in window:
        is_holiday, name = names.get(day, (False, ""))
        if day in holidays:
            kind = "holiday"
        elif day in names and not is_holiday:
            kind = "adjusted"
        else:
            kind = "weekend" if day.weekday() >= 5 else "workday"
        out.append(GridDay(day, kind, name))
    note = "" if sources.get(year) != "none" else f"{year} 年的法定节假日尚未录入，按无节假日计算"
    return out, note


def _marks_of(s: Session, people: Sequence[Stay], window: c.Span) -> dict[int, dict[dt.date, str]]:
    out: dict[int, dict[dt.date, str]] = defaultdict(dict)
    ids = [p.id for p in people]
    if len(ids) <= 2000:
        for k in range(0, len(ids), _CHUNK):
            for did, day, mark in s.execute(
                select(Attendance.dispatch_id, Attendance.day, Attendance.mark).where(
                    Attendance.dispatch_id.in_(ids[k : k + _CHUNK]),
                    Attendance.day.between(window.first, window.last),
                )
            ):
                out[did][day] = mark
    else:
        wanted = set(ids)
        for did, day, mark in s.execute(
            select(Attendance.dispatch_id, Attendance.day, Attendance.mark).where(
                Attendance.day.between(window.first, window.last)
            )
        ):
            if did in wanted:
                out[did][day] = mark
    return out


@query
def month_grid(
    tx: Tx,
    batch: BatchRef,
    year: int,
    month: int,
    *,
    township_id: int | None = None,
    dispatch_ids: Sequence[int] | None = None,
) -> MonthGrid:
    """The batch's cadres × the month's days (the GUI's grid), with each row's count and requirement."""
    s = tx.session
    b = batch_of(s, batch)
    window = c.month_span(year, month)
    people = [p for p in stays(s, b, township_id=township_id) if window.overlap(p.period)]
    if dispatch_ids is not None:
        keep = set(dispatch_ids)
        people = [p for p in people if p.id in keep]
    days, note = grid_days(s, year, month)
    holidays, _ = holiday_set(s, window)
    marks = _marks_of(s, people, window)
    grid = MonthGrid(b.id, b.name, year, month, days, holiday_note=note)
    for p in people:
        mine = marks.get(p.id, {})
        row = tuple(mine.get(d.day, "") for d in days)
        inside = [(d.day, m) for d, m in zip(days, row, strict=True) if p.start <= d.day <= p.end]
        grid.rows.append(
            GridRow(
                p.id, p.name, p.township, p.place, p.role, p.status, p.start, p.end, row,
                sum(1 for _d, m in inside if m in c.IN_POST_MARKS),
                sum(1 for _d, m in inside if m in c.LEAVE_MARKS),
                c.month_required(year, month, p.period, holidays, b.min_days_month),
            )
        )  # fmt: skip
    return grid


@dataclass(frozen=True, slots=True)
class MarkEdit:
    """One cell of the grid: ``mark`` as typed or pasted (√, 在, 事假 …); None or "" clears it."""

    dispatch_id: int
    day: dt.date
    mark: Any = None


@dataclass
class SetMarksResult:
    set: int = 0
    cleared: int = 0
    unchanged: int = 0


def _period_map(s: Session, ids: Sequence[int]) -> dict[int, tuple[dt.date, dt.date, str, str]]:
    out: dict[int, tuple[dt.date, dt.date, str, str]] = {}
    for k in range(0, len(ids), _CHUNK):
        for did, start, end, status, name in s.execute(
            select(Dispatch.id, Dispatch.start, Dispatch.end, Dispatch.status, Cadre.name)
            .join(Cadre, Cadre.id == Dispatch.cadre_id)
            .where(Dispatch.id.in_(ids[k : k + _CHUNK]))
        ):
            out[did] = (start, end, status, name)
    return out


def write_marks(s: Session, values: dict[tuple[int, dt.date], str | None]) -> SetMarksResult:
    """Apply (dispatch, day) → mark (None clears) with as few statements as possible."""
    result = SetMarksResult()
    keys = list(values)
    existing: dict[tuple[int, dt.date], str] = {}
    by_dispatch: dict[int, list[dt.date]] = defaultdict(list)
    for did, day in keys:
        by_dispatch[did].append(day)
    for did, days in by_dispatch.items():
        for d, day, mark in s.execute(
            select(Attendance.dispatch_id, Attendance.day, Attendance.mark).where(
                Attendance.dispatch_id == did, Attendance.day.between(min(days), max(days))
            )
        ):
            existing[(d, day)] = mark
    drop: list[tuple[int, dt.date]] = []
    add: list[dict[str, Any]] = []
    for key, new in values.items():
        old = existing.get(key)
        if old == new:
            result.unchanged += 1
            continue
        if old is not None:
            drop.append(key)
        if new is None:
            result.cleared += 1
        else:
            add.append({"dispatch_id": key[0], "day": key[1], "mark": new})
            result.set += 1
    for k in range(0, len(drop), _CHUNK):
        s.execute(
            delete(Attendance).where(tuple_(Attendance.dispatch_id, Attendance.day).in_(drop[k : k + _CHUNK]))
        )
    if add:
        s.execute(insert(Attendance), add)
    return result


@command("attendance.set")
def set_marks(tx: Tx, edits: Sequence[MarkEdit]) -> SetMarksResult:
    """Set many cells at once (typing, a paste from Excel): all or nothing.

    Refused, with every problem listed: an unreadable mark, a day outside the dispatch's period, a
    dispatch that has not gone on post.
    """
    s = tx.session
    periods = _period_map(s, sorted({e.dispatch_id for e in edits}))
    problems: list[str] = []
    values: dict[tuple[int, dt.date], str | None] = {}
    for e in edits:
        info = periods.get(e.dispatch_id)
        if info is None:
            problems.append(f"派驻记录 {e.dispatch_id} 不存在")
            continue
        start, end, status, name = info
        try:
            mark = parse_mark(e.mark)
        except ValueError as exc:
            problems.append(f"{name} {e.day:%m月%d日}：{exc}")
            continue
        if not start <= e.day <= end:
            problems.append(f"{name} {e.day:%m月%d日} 不在派驻期（{start} 至 {end}）内")
            continue
        if mark is not None and status not in POSTED_STATUSES:
            problems.append(f"{name} 的派驻状态为“{status}”，尚未在岗，不能登记考勤")
            continue
        values[(e.dispatch_id, e.day)] = mark
    if problems:
        shown = "；".join(problems[:10]) + (f"；等 {len(problems)} 处" if len(problems) > 10 else "")
        raise ValidationError(f"考勤未修改：{shown}")
    result = write_marks(s, values)
    if result.set or result.cleared:
        people = Counter(periods[d][3] for d, _day in values)
        who = "、".join(list(people)[:3]) + (f"等 {len(people)} 人" if len(people) > 3 else "")
        days = sorted({day for _d, day in values})
        ids = sorted({d for d, _day in values})
        tx.audit(
            entity="dispatch" if len(ids) == 1 else "attendance",
            entity_id=ids[0] if len(ids) == 1 else f"{len(ids)}",
            detail=f"{who} {days[0]:%Y-%m-%d}～{days[-1]:%m-%d}：登记 {result.set} 格，清除 {result.cleared} 格",
        )
    return result


# --------------------------------------------------------------------------- a cadre's months


@dataclass(frozen=True, slots=True)
class MonthSummary:
    year: int
    month: int
    counts: dict[str, int]  # mark → days
    days_in_post: int
    required: int
    complete: bool

    @property
    def ok(self) -> bool:
        return self.days_in_post >= self.required


@query
def dispatch_months(tx: Tx, dispatch_id: int) -> list[MonthSummary]:
    """Every month of a dispatch's period: the days of each mark, days in post, the requirement."""
    s = tx.session
    d = dispatch_of(s, dispatch_id)
    b = s.get(Batch, d.batch_id)
    assert b is not None
    period = c.Span(d.start, d.end)
    holidays, _ = holiday_set(s, period)
    counts: dict[tuple[int, int], Counter[str]] = defaultdict(Counter)
    for day, mark in s.execute(
        select(Attendance.day, Attendance.mark).where(
            Attendance.dispatch_id == d.id, Attendance.day.between(d.start, d.end)
        )
    ):
        counts[(day.year, day.month)][mark] += 1
    today = tx.today()
    out = []
    for y, m in c.months_of(period):
        if c.month_span(y, m).first > today:
            break
        got = counts.get((y, m), Counter())
        out.append(
            MonthSummary(
                y, m, dict(got), sum(got[x] for x in c.IN_POST_MARKS),
                c.month_required(y, m, period, holidays, b.min_days_month),
                c.judged_until(c.month_span(y, m), period, today),
            )
        )  # fmt: skip
    return out


# --------------------------------------------------------------------------- import of a township's sheet


@dataclass
class AttendanceImport:
    """What ``import attendance`` did (CLI.md: ``imported_days``, ``rejected``, ``warnings``)."""

    imported_days: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    month: str = ""
    township: str = ""
    people: int = 0
    file: str = ""
    sheet: str = ""
    dry_run: bool = False
    written: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "imported_days": self.imported_days,
            "rejected": list(self.rejected),
            "warnings": list(self.warnings),
            "month": self.month,
            "people": self.people,
        }

    def warn(self, row: int, message: str) -> None:
        self.warnings.append({"row": row, "message": message})

    def reject(self, line: att_sheet.SheetLine, reason: str) -> None:
        self.rejected.append({"row": line.row, "name": line.name, "reason": reason})


@dataclass
class _Match:
    line: att_sheet.SheetLine
    dispatch_id: int
    start: dt.date
    end: dt.date
    township_id: int | None
    marks: dict[int, str | None]


def _candidates(s: Session, window: c.Span, *, names: set[str], ids: set[str]) -> list[tuple[Any, ...]]:
    """(dispatch id, cadre name, id number, township id, township, place, start, end, status) of dispatches
    on post in the window whose cadre has one of the names or ID numbers."""
    out: list[tuple[Any, ...]] = []
    base = (
        select(
            Dispatch.id, Cadre.name, Cadre.id_number, Dispatch.township_id, Township.name, Place.name,
            Dispatch.start, Dispatch.end, Dispatch.status,
        )
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .outerjoin(Township, Township.id == Dispatch.township_id)
        .outerjoin(Place, Place.id == Dispatch.place_id)
        .where(Dispatch.start <= window.last, Dispatch.end >= window.first)
    )  # fmt: skip
    for field_, values in ((Cadre.name, sorted(names)), (Cadre.id_number, sorted(ids))):
        for k in range(0, len(values), _CHUNK):
            out.extend(tuple(r) for r in s.execute(base.where(field_.in_(values[k : k + _CHUNK]))))
    return list(dict.fromkeys(out))


def _month_of(
    layout: att_sheet.AttendanceLayout, month: tuple[int, int] | None, report: AttendanceImport, where: str
) -> tuple[int, int]:
    title = layout.title_month
    if month is not None:
        if title is not None and (title.year, title.month) != month:
            report.warn(
                0, f"标题写的是 {title.year}年{title.month}月，按指定的 {month[0]}年{month[1]}月 导入"
            )
        return month
    if title is None:
        raise ValidationError(f"{where}：标题中没有写明年月，请用 --month YYYY-MM 指定", key="no-month")
    return title.year, title.month


@command("attendance.import")
def import_attendance(
    tx: Tx,
    path: str | Path,
    *,
    month: tuple[int, int] | str | None = None,
    sheet_name: str | None = None,
    skip_invalid: bool = False,
    dry_run: bool = False,
) -> AttendanceImport:
    """Import a township's monthly 考勤表 (see ``io.attendance_sheet``); re-importing a month replaces it.

    Each row is matched to a dispatch on post that month: by 身份证号 where given (the name must
    agree), else by name — within the township the title names, when it names a known one.  Unknown,
    ambiguous or unreadable rows are rejected with the reason; by default one rejected row writes
    nothing (``skip_invalid`` takes the good rows).  A blank day inside the period up to today is
    stored as 缺 (absent); days outside the period are ignored (with a warning when marked).
    """
    path = Path(path)
    if isinstance(month, str):
        try:
            month = c.parse_month(month)
        except ValueError as exc:
            raise ValidationError(str(exc), key="usage") from None
    s = tx.session
    today = tx.today()
    data = excel_read.read_sheet(path, sheet_name)
    where = f"“{path.name}”工作表“{data.name}”"
    report = AttendanceImport(file=path.name, sheet=data.name, dry_run=dry_run)
    try:
        layout = att_sheet.detect(data.rows)
    except ValidationError as exc:
        raise ValidationError(f"{where}：{exc.message}", key=exc.key) from None
    year, mon = _month_of(layout, month, report, where)
    report.month = f"{year}-{mon:02d}"
    window = c.month_span(year, mon)
    length = window.days
    lines, _skipped = att_sheet.lines(data.rows, layout)
    if not lines:
        raise ValidationError(f"{where}：表头下没有干部的考勤行")
    extra_days = sorted({d for ln in lines for d, v in ln.cells.items() if d > length and not is_blank(v)})
    if extra_days:
        report.warn(
            0, f"{year}年{mon}月只有 {length} 天，{'、'.join(map(str, extra_days))} 日列中的内容已忽略"
        )

    town_id: int | None = None
    if layout.title_township:
        town = s.scalar(select(Township).where(Township.name == layout.title_township))
        if town is not None:
            town_id, report.township = town.id, town.name
        else:
            report.warn(0, f"标题中的“{layout.title_township}”不是已登记的乡镇，按全部乡镇匹配姓名")
    cands = _candidates(
        s,
        window,
        names={ln.name for ln in lines if ln.name},
        ids={ln.id_number for ln in lines if ln.id_number},
    )
    by_id: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    by_name: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for cand in cands:
        by_id[cand[2]].append(cand)
        by_name[cand[1]].append(cand)

    matches: list[_Match] = []
    seen: dict[int, int] = {}
    for ln in lines:
        if not ln.name and not ln.id_number:
            report.reject(ln, "有考勤标记但没有姓名")
            continue
        if ln.id_number:
            found = by_id.get(ln.id_number, [])
            if not found:
                if _cadre_exists(s, ln.id_number):
                    report.reject(ln, f"身份证号 {mask_id(ln.id_number)} 的干部 {year}年{mon}月 没有派驻记录")
                else:
                    report.reject(ln, f"身份证号 {mask_id(ln.id_number)} 不在干部名单中")
                continue
            if ln.name and found[0][1] != ln.name:
                report.reject(
                    ln, f"身份证号 {mask_id(ln.id_number)} 属于“{found[0][1]}”，与姓名“{ln.name}”不符"
                )
                continue
        else:
            found = by_name.get(ln.name, [])
            if town_id is not None and len(found) > 1:
                found = [f for f in found if f[3] == town_id] or found
            if not found:
                report.reject(ln, f"查无此人：{year}年{mon}月 没有名为“{ln.name}”的派驻干部")
                continue
            if len(found) > 1:
                places = "、".join(f"{f[4] or ''}{f[5] or ''}" for f in found[:4])
                report.reject(ln, f"有 {len(found)} 名同名派驻干部（{places}），请填写身份证号")
                continue
        posted = [f for f in found if f[8] in POSTED_STATUSES]
        if not posted:
            report.reject(ln, f"{found[0][1]} 的派驻状态为“{found[0][8]}”，尚未在岗")
            continue
        if len(posted) > 1:
            report.reject(
                ln,
                f"{posted[0][1]} 在 {year}年{mon}月 有 {len(posted)} 条派驻记录，无法确定，请在系统中逐日登记",
            )
            continue
        did, name, _idn, tid, tname, _pname, start, end, _status = posted[0]
        if did in seen:
            report.reject(ln, f"与第 {seen[did]} 行是同一名干部")
            continue
        bad: list[str] = []
        marks: dict[int, str | None] = {}
        for day_no, value in sorted(ln.cells.items()):
            if day_no > length:
                continue
            try:
                marks[day_no] = att_sheet.parse_mark(value)
            except ValueError:
                bad.append(f"{day_no}日的“{clean_text(value)}”")
        if bad:
            report.reject(
                ln, f"{'、'.join(bad[:3])}{'等' if len(bad) > 3 else ''}不是考勤符号（{att_sheet.MARK_HELP}）"
            )
            continue
        seen[did] = ln.row
        if town_id is not None and tid != town_id:
            report.warn(ln.row, f"{name}派驻在{tname or '其他乡镇'}，不在标题所写的{report.township}")
        matches.append(_Match(ln, did, start, end, tid, marks))

    values: dict[tuple[int, dt.date], str | None] = {}
    clear: list[tuple[int, dt.date, dt.date]] = []
    for mt in matches:
        outside: list[int] = []
        future: list[int] = []
        for day_no, mark in mt.marks.items():
            day = dt.date(year, mon, day_no)
            if not mt.start <= day <= mt.end:
                if mark is not None:
                    outside.append(day_no)
                continue
            if day > today:
                if mark in c.IN_POST_MARKS:
                    future.append(day_no)
                elif mark is not None:
                    values[(mt.dispatch_id, day)] = mark
                continue
            values[(mt.dispatch_id, day)] = mark if mark is not None else AttendanceMark.ABSENT.value
        if outside:
            report.warn(
                mt.line.row, f"{mt.line.name}：{_days(outside)}不在派驻期（{mt.start} 至 {mt.end}）内，已忽略"
            )
        if future:
            report.warn(mt.line.row, f"{mt.line.name}：{_days(future)}晚于今天，在岗标记已忽略")
        inside = window.overlap(c.Span(mt.start, mt.end))
        if inside is not None and inside.first <= today:
            clear.append((mt.dispatch_id, inside.first, min(inside.last, today)))
        stated = mt.line.stated_days
        if stated not in (None, "") and isinstance(stated, int | float | str):
            counted = sum(
                1 for (did, _d), m in values.items() if did == mt.dispatch_id and m in c.IN_POST_MARKS
            )
            try:
                stated_n = int(float(clean_text(stated)))
            except ValueError:
                stated_n = None
            if stated_n is not None and stated_n != counted:
                report.warn(
                    mt.line.row, f"{mt.line.name}：表中出勤天数为 {stated_n}，按逐日标记计为 {counted}"
                )

    if town_id is not None:
        on_sheet = {mt.dispatch_id for mt in matches}
        missing = [
            name for did, name in s.execute(
                select(Dispatch.id, Cadre.name).join(Cadre, Cadre.id == Dispatch.cadre_id).where(
                    Dispatch.township_id == town_id, Dispatch.status.in_(POSTED_STATUSES),
                    Dispatch.start <= window.last, Dispatch.end >= window.first,
                )
            ) if did not in on_sheet
        ]  # fmt: skip
        if missing and not report.rejected:
            report.warn(
                0,
                f"{report.township}以下 {len(missing)} 名派驻干部不在表中：{'、'.join(missing[:10])}{'等' if len(missing) > 10 else ''}",
            )

    report.people = len(matches)
    report.imported_days = len(values)
    if report.rejected and not skip_invalid:
        report.imported_days = 0
        raise ValidationError(
            f"{where}有 {len(report.rejected)} 行无法导入（{report.rejected[0]['reason']}…），未写入任何考勤；"
            "可改正后重新导入，或加 --skip-invalid 只导入正确的行",
            key="invalid-rows",
            result=report,
        )
    if dry_run or not matches:
        return report
    for did, lo, hi in clear:
        s.execute(delete(Attendance).where(Attendance.dispatch_id == did, Attendance.day.between(lo, hi)))
    future_keys = [(did, day) for (did, day) in values if day > today]
    for k in range(0, len(future_keys), _CHUNK):
        chunk = future_keys[k : k + _CHUNK]
        s.execute(delete(Attendance).where(tuple_(Attendance.dispatch_id, Attendance.day).in_(chunk)))
    rows = [{"dispatch_id": did, "day": day, "mark": m} for (did, day), m in values.items() if m is not None]
    if rows:
        s.execute(insert(Attendance), rows)
    report.written = True
    tx.audit(
        entity="attendance",
        entity_id=report.month,
        detail=f"导入 {path.name}（{report.township or '多个乡镇'} {year}年{mon}月）：{report.people} 人 {report.imported_days} 天"
        + (f"，拒绝 {len(report.rejected)} 行" if report.rejected else ""),
    )
    return report


def _cadre_exists(s: Session, id_number: str) -> bool:
    return s.scalar(select(Cadre.id).where(Cadre.id_number == id_number)) is not None


def _days(days: Sequence[int]) -> str:
    return "、".join(f"{d}日" for d in days[:6]) + ("等" if len(days) > 6 else "")


@query
def attendance_counts(tx: Tx, batch: BatchRef, window_first: dt.date, window_last: dt.date) -> dict[int, int]:
    """Days in post per dispatch of the batch in a window (for other pages' summaries)."""
    b = batch_of(tx.session, batch)
    return count_days(tx.session, c.Span(window_first, window_last), IN_POST, stays(tx.session, b))
