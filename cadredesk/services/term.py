"""The end of a term: closing a batch in one step, and the evaluations that then fall due.

Closing a batch (``batch close``): every dispatch 在岗 becomes 期满 (its end no later than the closing
day); dispatches that never went on post (推荐 / 审核 / 培训) are refused by default, naming them,
or withdrawn (撤回推荐) with the clerk's consent.  The batch's findings are judged as of the day after
the closing day, before its dispatches are closed, and stored — what the term left unresolved stays
on record, and a closed batch reports those from then on (``checks``).  One audit entry.
Afterwards the cadres hold no active dispatch and can be dispatched in the next batch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from cadredesk.core.enums import DispatchStatus, EvaluationKind
from cadredesk.core.models import Batch, Cadre, Dispatch, DispatchEvent, Evaluation, Place, Township, Unit
from cadredesk.errors import ValidationError
from cadredesk.services import batches, checks
from cadredesk.services.context import Tx, command, query

#: statuses of a dispatch that never went on post
PENDING = (DispatchStatus.NOMINATED.value, DispatchStatus.REVIEWED.value, DispatchStatus.TRAINING.value)


@dataclass
class CloseResult:
    batch: str
    closed_on: dt.date
    completed: int = 0  # 在岗 → 期满
    withdrawn: list[str] = field(default_factory=list)  # names of dispatches withdrawn (never on post)
    findings: int = 0  # frozen

    def to_json(self) -> dict[str, object]:
        return {
            "batch": self.batch,
            "closed_on": self.closed_on.isoformat(),
            "completed": self.completed,
            "withdrawn": len(self.withdrawn),
            "findings": self.findings,
        }


def _close_day(batch: Batch, on: dt.date | None, today: dt.date) -> dt.date:
    day = on or batch.end
    if day < batch.start:
        raise ValidationError(f"结束日期 {day} 早于批次“{batch.name}”的开始日期 {batch.start}")
    if day > batch.end:
        raise ValidationError(f"结束日期 {day} 晚于批次“{batch.name}”的期满日期 {batch.end}")
    if day > today:
        raise ValidationError(
            f"批次“{batch.name}”{day} 才期满，今天（{today}）还不能办理期满；确需提前结束的，请指定结束日期（不晚于今天）",
            key="not-ended",
        )
    return day


@command("batch.close")
def close_batch(
    tx: Tx, name: str | None, *, on: dt.date | None = None, withdraw_pending: bool = False
) -> CloseResult:
    """Close the batch ``name`` as of ``on`` (default: its end): see the module doc."""
    s = tx.session
    batch = batches.find(s, name)
    if batch.closed_on is not None:
        raise ValidationError(f"批次“{batch.name}”已于 {batch.closed_on} 结束", key="batch-closed")
    day = _close_day(batch, on, tx.today())
    rows = list(
        s.execute(
            select(Dispatch, Cadre.name)
            .join(Cadre, Cadre.id == Dispatch.cadre_id)
            .where(Dispatch.batch_id == batch.id)
            .order_by(Cadre.name_strokes, Dispatch.id)
        )
    )
    pending = [(d, nm) for d, nm in rows if d.status in PENDING]
    if pending and not withdraw_pending:
        shown = "、".join(f"{nm}（{d.status}）" for d, nm in pending[:5])
        more = f"等 {len(pending)} 人" if len(pending) > 5 else ""
        raise ValidationError(
            f"批次“{batch.name}”中 {shown}{more}尚未到岗，不能办理期满。请先推进或撤回推荐，"
            "或选择“一并撤回尚未到岗的推荐”",
            key="pending-dispatches",
        )
    result = CloseResult(batch.name, day)
    # what the term left unresolved, judged the day after it (before its dispatches are closed)
    result.findings = len(checks.freeze_findings(s, batch, day + dt.timedelta(days=1)))
    who = tx.actor.username[:32]
    for d, nm in rows:
        if d.status == DispatchStatus.ON_POST.value:
            old, d.status = d.status, DispatchStatus.COMPLETED.value
            d.end = min(d.end, day)
            s.add(
                DispatchEvent(
                    dispatch_id=d.id,
                    from_status=old,
                    to_status=d.status,
                    reason=f"批次期满（{day}）",
                    user=who,
                )
            )
            result.completed += 1
        elif d.status in PENDING:
            old, d.status = d.status, DispatchStatus.WITHDRAWN.value
            d.status_reason = f"批次于 {day} 期满时尚未到岗，撤回推荐"
            d.end = max(d.start, min(d.end, day))
            s.add(
                DispatchEvent(
                    dispatch_id=d.id, from_status=old, to_status=d.status, reason=d.status_reason, user=who
                )
            )
            result.withdrawn.append(nm)
        tx.progress.check()
    batch.closed_on = day
    s.flush()
    detail = f"{batch.name} 于 {day} 期满：{result.completed} 人期满"
    if result.withdrawn:
        detail += f"，{len(result.withdrawn)} 人尚未到岗、撤回推荐（{'、'.join(result.withdrawn[:10])}{'等' if len(result.withdrawn) > 10 else ''}）"
    tx.audit(entity="batch", entity_id=batch.id, detail=detail + f"；保存检查结果 {result.findings} 条")
    return result


# --------------------------------------------------------------------------- evaluations due


@dataclass(frozen=True)
class DueEvaluation:
    """A dispatch whose end-of-term evaluation (期满考核) is due: its term is over and none is recorded."""

    dispatch_id: int
    cadre_id: int
    name: str
    id_number: str
    unit: str
    township: str
    place: str
    role: str
    start: dt.date
    end: dt.date
    batch_id: int
    batch: str

    def to_json(self) -> dict[str, object]:
        return {
            "batch": self.batch,
            "name": self.name,
            "id_number": self.id_number,
            "unit": self.unit,
            "township": self.township,
            "place": self.place,
            "role": self.role,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
        }


def due_evaluations(s: Session, batch_id: int | None = None) -> list[DueEvaluation]:
    """Dispatches 期满 whose end-of-term evaluation has no grade decided yet (none recorded, or its parts
    still being gathered), by batch, township and 姓氏笔画."""
    done = select(Evaluation.dispatch_id).where(
        Evaluation.kind == EvaluationKind.TERM_END.value, Evaluation.grade.is_not(None)
    )
    du, cu = aliased(Unit), aliased(Unit)
    stmt = (
        select(
            Dispatch.id, Cadre.id, Cadre.name, Cadre.id_number, du.name, cu.name, Township.name, Place.name,
            Dispatch.role, Dispatch.start, Dispatch.end, Batch.id, Batch.name,
        )
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .join(Batch, Batch.id == Dispatch.batch_id)
        .outerjoin(du, du.id == Dispatch.unit_id)
        .outerjoin(cu, cu.id == Cadre.unit_id)
        .outerjoin(Township, Township.id == Dispatch.township_id)
        .outerjoin(Place, Place.id == Dispatch.place_id)
        .where(Dispatch.status == DispatchStatus.COMPLETED.value, Dispatch.id.not_in(done))
        .order_by(Batch.start, Batch.id, Township.sort_order, Township.name, Cadre.name_strokes, Dispatch.id)
    )  # fmt: skip
    if batch_id is not None:
        stmt = stmt.where(Dispatch.batch_id == batch_id)
    return [
        DueEvaluation(
            did, cid, name, idn, dunit or cunit or "", tname or "", pname or "", role, start, end, bid, bname
        )
        for did, cid, name, idn, dunit, cunit, tname, pname, role, start, end, bid, bname in s.execute(stmt)
    ]


@query
def evaluations_due(tx: Tx, batch: str | None = None) -> list[DueEvaluation]:
    """Dispatches whose end-of-term evaluation is due (term over, 期满, no grade decided); all batches by default."""
    b = batches.find(tx.session, batch) if batch else None
    return due_evaluations(tx.session, b.id if b is not None else None)
