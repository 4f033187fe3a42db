"""请销假: a cadre's leave is requested, approved (or refused) by the township, and ended on return.

- An approved leave writes its mark (病 for 病假, 事 for the other kinds) on each day of the leave
  inside the dispatch's period, over days with nothing entered, 在岗 or 缺勤; rest days, official duty,
  training and other leave stay as they are.
- 销假 records the first day back; an early return clears this leave's marks from that day on (the
  township's sheet or the grid fills them); a late return is accepted with a note to check the days
  between.
- A pending request may be withdrawn, and an approved leave that has not started may be cancelled
  (its marks are cleared).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cadredesk.core import compliance as c
from cadredesk.core.enums import AttendanceMark, DispatchStatus, LeaveKind
from cadredesk.core.enums import LeaveStatus as LS
from cadredesk.core.models import Attendance, Cadre, Dispatch, Leave, Place, Township
from cadredesk.errors import NotFound, ValidationError
from cadredesk.services.context import Tx, command, query
from cadredesk.services.onpost_base import BatchRef, batch_of, dispatch_of

#: marks an approved leave may overwrite
_OVERWRITE = {None, AttendanceMark.IN_POST.value, AttendanceMark.ABSENT.value}
_OPEN = (LS.REQUESTED.value, LS.APPROVED.value, LS.RETURNED.value)


def leave_mark(kind: str) -> str:
    return (
        AttendanceMark.SICK_LEAVE.value
        if kind == LeaveKind.SICK.value
        else AttendanceMark.PERSONAL_LEAVE.value
    )


@dataclass(frozen=True)
class LeaveForm:
    dispatch_id: int
    kind: str
    start: dt.date
    end: dt.date
    reason: str = ""
    requested_on: dt.date | None = None  # default: today


@dataclass(frozen=True)
class LeaveRow:
    id: int
    dispatch_id: int
    name: str
    township: str
    place: str
    kind: str
    start: dt.date
    end: dt.date
    reason: str
    status: str
    requested_on: dt.date | None
    approved_by: str | None
    approved_on: dt.date | None
    decision_note: str | None
    returned_on: dt.date | None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "township": self.township,
            "place": self.place,
            "kind": self.kind,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "days": self.days,
            "reason": self.reason,
            "status": self.status,
            "requested_on": self.requested_on.isoformat() if self.requested_on else None,
            "approved_by": self.approved_by,
            "approved_on": self.approved_on.isoformat() if self.approved_on else None,
            "note": self.decision_note,
            "returned_on": self.returned_on.isoformat() if self.returned_on else None,
        }


def _row_query() -> Any:
    return (
        select(Leave, Cadre.name, Township.name, Place.name)
        .join(Dispatch, Dispatch.id == Leave.dispatch_id)
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .outerjoin(Township, Township.id == Dispatch.township_id)
        .outerjoin(Place, Place.id == Dispatch.place_id)
    )


def _to_row(lv: Leave, name: str, town: str | None, place: str | None) -> LeaveRow:
    return LeaveRow(
        lv.id, lv.dispatch_id, name, town or "", place or "", lv.kind, lv.start, lv.end, lv.reason or "",
        lv.status, lv.requested_on, lv.approved_by, lv.approved_on, lv.decision_note, lv.returned_on,
    )  # fmt: skip


def leave_row(s: Session, leave_id: int) -> LeaveRow:
    hit = s.execute(_row_query().where(Leave.id == leave_id)).first()
    if hit is None:
        raise NotFound(f"请假记录 {leave_id} 不存在")
    return _to_row(*hit)


def _leave(s: Session, leave_id: int) -> Leave:
    lv = s.get(Leave, leave_id)
    if lv is None:
        raise NotFound(f"请假记录 {leave_id} 不存在")
    return lv


def _who(s: Session, d: Dispatch) -> str:
    cadre = s.get(Cadre, d.cadre_id)
    return cadre.name if cadre else str(d.id)


@command("leave.request")
def request_leave(tx: Tx, form: LeaveForm) -> LeaveRow:
    s = tx.session
    d = dispatch_of(s, form.dispatch_id)
    name = _who(s, d)
    if form.kind not in {k.value for k in LeaveKind}:
        raise ValidationError(f"请假类别“{form.kind}”无效，应为{'、'.join(k.value for k in LeaveKind)}")
    if form.end < form.start:
        raise ValidationError(f"请假结束日期 {form.end} 早于开始日期 {form.start}")
    if d.status != DispatchStatus.ON_POST.value:
        raise ValidationError(f"{name}的派驻状态为“{d.status}”，不在岗，不能请假")
    if form.start < d.start or form.end > d.end:
        raise ValidationError(
            f"请假日期 {form.start} 至 {form.end} 超出{name}的派驻期（{d.start} 至 {d.end}）"
        )
    clash = s.scalar(
        select(Leave).where(
            Leave.dispatch_id == d.id,
            Leave.status.in_(_OPEN),
            Leave.start <= form.end,
            Leave.end >= form.start,
        )
    )
    if clash is not None:
        raise ValidationError(
            f"{name}在 {clash.start} 至 {clash.end} 已有{clash.kind}（{clash.status}），日期重叠"
        )
    reason = " ".join(form.reason.split())
    lv = Leave(
        dispatch_id=d.id, kind=form.kind, start=form.start, end=form.end, reason=reason or None,
        status=LS.REQUESTED.value, requested_on=form.requested_on or tx.today(),
    )  # fmt: skip
    s.add(lv)
    s.flush()
    tx.audit(entity="leave", entity_id=lv.id, detail=f"{name} 申请{form.kind} {form.start} 至 {form.end}")
    return leave_row(s, lv.id)


def _mark_days(s: Session, lv: Leave, d: Dispatch) -> int:
    span = c.Span(max(lv.start, d.start), min(lv.end, d.end))
    if span.days == 0:
        return 0
    have = dict(
        s.execute(
            select(Attendance.day, Attendance.mark).where(
                Attendance.dispatch_id == d.id, Attendance.day.between(span.first, span.last)
            )
        ).all()
    )
    mark = leave_mark(lv.kind)
    n = 0
    for day in span:
        old = have.get(day)
        if old not in _OVERWRITE:
            continue
        if old is None:
            s.add(Attendance(dispatch_id=d.id, day=day, mark=mark))
        else:
            s.execute(
                Attendance.__table__.update()  # type: ignore[attr-defined]
                .where(Attendance.dispatch_id == d.id, Attendance.day == day)
                .values(mark=mark)
            )
        n += 1
    s.flush()
    return n


def _clear_marks(s: Session, lv: Leave, first: dt.date) -> int:
    if first > lv.end:
        return 0
    result = s.execute(
        delete(Attendance).where(
            Attendance.dispatch_id == lv.dispatch_id,
            Attendance.day.between(first, lv.end),
            Attendance.mark == leave_mark(lv.kind),
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


@command("leave.decide")
def decide_leave(
    tx: Tx, leave_id: int, *, approve: bool, approver: str, day: dt.date | None = None, note: str = ""
) -> LeaveRow:
    """The township approves (the leave's days are marked) or refuses (a reason is required)."""
    s = tx.session
    lv = _leave(s, leave_id)
    d = dispatch_of(s, lv.dispatch_id)
    name = _who(s, d)
    approver = " ".join((approver or "").split())
    if not approver:
        raise ValidationError("请写明审批人（乡镇负责审批的同志）")
    if len(approver) > 32:
        raise ValidationError("审批人姓名过长（最多 32 字）")
    if lv.status != LS.REQUESTED.value:
        raise ValidationError(f"这条请假已是“{lv.status}”，不能再审批")
    day = day or tx.today()
    if day > tx.today():
        raise ValidationError(f"审批日期 {day} 晚于今天")
    if lv.requested_on and day < lv.requested_on:
        raise ValidationError(f"审批日期 {day} 早于申请日期 {lv.requested_on}")
    note = " ".join(note.split())
    if not approve and not note:
        raise ValidationError("不予批准须写明原因")
    lv.approved_by, lv.approved_on, lv.decision_note = approver, day, note or None
    lv.status = LS.APPROVED.value if approve else LS.REFUSED.value
    marked = _mark_days(s, lv, d) if approve else 0
    s.flush()
    verdict = f"批准（考勤标记 {marked} 天）" if approve else f"不予批准：{note}"
    tx.audit(
        entity="leave",
        entity_id=lv.id,
        detail=f"{name} {lv.kind} {lv.start} 至 {lv.end}：{approver} {verdict}",
    )
    return leave_row(s, lv.id)


@dataclass(frozen=True)
class ReturnResult:
    leave: LeaveRow
    cleared_days: int
    note: str = ""


@command("leave.return")
def return_from_leave(tx: Tx, leave_id: int, day: dt.date | None = None) -> ReturnResult:
    """销假: ``day`` is the first day back on post (default today)."""
    s = tx.session
    lv = _leave(s, leave_id)
    name = _who(s, dispatch_of(s, lv.dispatch_id))
    if lv.status != LS.APPROVED.value:
        raise ValidationError(f"这条请假是“{lv.status}”，只有已批准的请假才能销假")
    day = day or tx.today()
    if day > tx.today():
        raise ValidationError(f"销假日期 {day} 晚于今天")
    if day <= lv.start:
        raise ValidationError(f"销假日期 {day} 不晚于请假开始日期 {lv.start}；如未休假，请撤销这条请假")
    cleared = _clear_marks(s, lv, day)
    lv.returned_on, lv.status = day, LS.RETURNED.value
    s.flush()
    late = (day - lv.end).days - 1
    note = f"逾期 {late} 天销假（{lv.end + c.ONE_DAY} 起），请核实这几天的考勤" if late > 0 else ""
    tx.audit(
        entity="leave",
        entity_id=lv.id,
        detail=f"{name} 销假，{day} 返岗"
        + (f"，清除提前返岗后的请假标记 {cleared} 天" if cleared else "")
        + (f"；{note}" if note else ""),
    )
    return ReturnResult(leave_row(s, lv.id), cleared, note)


@command("leave.withdraw")
def withdraw_leave(tx: Tx, leave_id: int, reason: str = "") -> LeaveRow:
    """Withdraw a pending request, or cancel an approved leave that has not started (marks cleared)."""
    s = tx.session
    lv = _leave(s, leave_id)
    name = _who(s, dispatch_of(s, lv.dispatch_id))
    if lv.status == LS.APPROVED.value:
        if lv.start <= tx.today():
            raise ValidationError(f"请假已于 {lv.start} 开始，不能撤销；请办理销假")
        _clear_marks(s, lv, lv.start)
    elif lv.status != LS.REQUESTED.value:
        raise ValidationError(f"这条请假已是“{lv.status}”，不能撤销")
    lv.status = LS.WITHDRAWN.value
    reason = " ".join(reason.split())
    if reason:
        lv.decision_note = reason
    s.flush()
    tx.audit(
        entity="leave",
        entity_id=lv.id,
        detail=f"{name} 撤销{lv.kind} {lv.start} 至 {lv.end}" + (f"：{reason}" if reason else ""),
    )
    return leave_row(s, lv.id)


@query
def list_leave(
    tx: Tx,
    batch: BatchRef = None,
    *,
    status: str | None = None,
    dispatch_id: int | None = None,
    township_id: int | None = None,
    window: tuple[dt.date, dt.date] | None = None,
) -> list[LeaveRow]:
    """The batch's leave, newest first; filters by status, cadre, township and dates (overlapping)."""
    s = tx.session
    b = batch_of(s, batch)
    q = _row_query().where(Dispatch.batch_id == b.id)
    if status:
        q = q.where(Leave.status == status)
    if dispatch_id is not None:
        q = q.where(Leave.dispatch_id == dispatch_id)
    if township_id is not None:
        q = q.where(Dispatch.township_id == township_id)
    if window is not None:
        q = q.where(Leave.start <= window[1], Leave.end >= window[0])
    return [_to_row(*r) for r in s.execute(q.order_by(Leave.start.desc(), Leave.id.desc()))]
