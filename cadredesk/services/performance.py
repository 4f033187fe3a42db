"""实绩清单 and 负面表现清单 (seed 001): entries per cadre, with a date, the content and an optional score."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from cadredesk.core.enums import PerformanceKind
from cadredesk.core.models import Batch, Cadre, Dispatch, PerformanceEntry
from cadredesk.errors import NotFound, ValidationError
from cadredesk.services.context import Tx, command, query
from cadredesk.services.onpost_base import BatchRef, batch_of, dispatch_of

_KINDS = {k.value for k in PerformanceKind}
_ALIASES = {
    "实绩清单": "实绩",
    "负面": "负面表现",
    "负面表现清单": "负面表现",
    "achievement": "实绩",
    "negative": "负面表现",
}


def parse_kind(text: str) -> str:
    key = "".join(str(text).split())
    key = _ALIASES.get(key.lower(), _ALIASES.get(key, key))
    if key not in _KINDS:
        raise ValidationError(f"清单类别“{text}”无效，应为“实绩”或“负面表现”")
    return key


@dataclass(frozen=True)
class PerformanceForm:
    dispatch_id: int  # the cadre in a batch
    kind: str
    day: dt.date
    content: str
    score: Decimal | str | None = None
    id: int | None = None


@dataclass(frozen=True)
class PerformanceRow:
    id: int
    cadre_id: int
    name: str
    batch: str
    kind: str
    day: dt.date
    content: str
    score: Decimal | None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "batch": self.batch,
            "kind": self.kind,
            "date": self.day.isoformat(),
            "content": self.content,
            "score": str(self.score) if self.score is not None else None,
        }


def _row(e: PerformanceEntry, name: str, batch: str | None) -> PerformanceRow:
    return PerformanceRow(e.id, e.cadre_id, name, batch or "", e.kind, e.day, e.content, e.score)


@command("performance.save")
def save_performance(tx: Tx, form: PerformanceForm) -> PerformanceRow:
    """Add an entry to a cadre's 实绩 or 负面表现 list, or correct one (``form.id``)."""
    s = tx.session
    d = dispatch_of(s, form.dispatch_id)
    kind = parse_kind(form.kind)
    content = " ".join((form.content or "").split())
    if not content:
        raise ValidationError("请写明具体内容")
    if len(content) > 2000:
        raise ValidationError(f"内容过长（{len(content)} 字，最多 2000 字）")
    if form.day > tx.today():
        raise ValidationError(f"日期 {form.day} 晚于今天")
    score: Decimal | None = None
    if form.score not in (None, ""):
        try:
            score = Decimal(str(form.score)).quantize(Decimal("0.1"))
        except InvalidOperation:
            raise ValidationError(f"分值“{form.score}”不是数字") from None
        if not Decimal(-100) <= score <= Decimal(100):
            raise ValidationError(f"分值 {score} 超出范围（-100 至 100）")
    if form.id is None:
        e = PerformanceEntry(
            cadre_id=d.cadre_id, batch_id=d.batch_id, kind=kind, day=form.day, content=content, score=score
        )
        s.add(e)
        verb = "记入"
    else:
        found = s.get(PerformanceEntry, form.id)
        if found is None:
            raise NotFound(f"清单条目 {form.id} 不存在")
        e = found
        e.cadre_id, e.batch_id, e.kind, e.day, e.content, e.score = (
            d.cadre_id,
            d.batch_id,
            kind,
            form.day,
            content,
            score,
        )
        verb = "更正"
    s.flush()
    cadre = s.get(Cadre, d.cadre_id)
    batch = s.get(Batch, d.batch_id)
    name = cadre.name if cadre else ""
    tx.audit(entity="performance_entry", entity_id=e.id, detail=f"{verb}{name}{kind}清单：{content[:40]}")
    return _row(e, name, batch.name if batch else None)


@command("performance.delete")
def delete_performance(tx: Tx, entry_id: int) -> None:
    s = tx.session
    e = s.get(PerformanceEntry, entry_id)
    if e is None:
        raise NotFound(f"清单条目 {entry_id} 不存在")
    cadre = s.get(Cadre, e.cadre_id)
    detail = f"删除{cadre.name if cadre else ''}{e.kind}清单条目（{e.day}）：{e.content[:40]}"
    s.delete(e)
    s.flush()
    tx.audit(entity="performance_entry", entity_id=entry_id, detail=detail)


@query
def list_performance(
    tx: Tx, batch: BatchRef = None, *, dispatch_id: int | None = None, kind: str | None = None
) -> list[PerformanceRow]:
    """A cadre's entries (``dispatch_id``), or the whole batch's; newest first."""
    s = tx.session
    q = (
        select(PerformanceEntry, Cadre.name, Batch.name)
        .join(Cadre, Cadre.id == PerformanceEntry.cadre_id)
        .outerjoin(Batch, Batch.id == PerformanceEntry.batch_id)
    )
    if dispatch_id is not None:
        d = dispatch_of(s, dispatch_id)
        q = q.where(PerformanceEntry.cadre_id == d.cadre_id, PerformanceEntry.batch_id == d.batch_id)
    else:
        b = batch_of(s, batch)
        q = q.where(
            PerformanceEntry.batch_id == b.id,
            PerformanceEntry.cadre_id.in_(select(Dispatch.cadre_id).where(Dispatch.batch_id == b.id)),
        )
    if kind:
        q = q.where(PerformanceEntry.kind == parse_kind(kind))
    return [
        _row(e, n, bn)
        for e, n, bn in s.execute(q.order_by(PerformanceEntry.day.desc(), PerformanceEntry.id.desc()))
    ]
