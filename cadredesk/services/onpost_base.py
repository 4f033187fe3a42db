"""Helpers shared by the on-post services (plain functions over a Session, no transaction of their own).

Batches are named by id (the GUI) or by name (the CLI; None = the most recent batch); a cadre's
dispatch by its id or by the cadre's resident ID number within a batch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from cadredesk.core import compliance as c
from cadredesk.core.enums import ACTIVE_STATUSES
from cadredesk.core.holidays import HolidayDay, effective_holidays
from cadredesk.core.models import Batch, Cadre, Dispatch, Holiday, Place, Township, Unit
from cadredesk.errors import NotFound, ValidationError
from cadredesk.io.roster_layout import name_key
from cadredesk.services import batches
from cadredesk.services.context import Tx, query

BatchRef = int | str | None

#: dispatches that went on post (their days are counted)
POSTED_STATUSES = ("在岗", "期满", "召回", "轮换")


def batch_of(s: Session, ref: BatchRef) -> Batch:
    if isinstance(ref, int) and not isinstance(ref, bool):
        b = s.get(Batch, ref)
        if b is None:
            raise NotFound(f"批次 {ref} 不存在")
        return b
    return batches.find(s, ref if isinstance(ref, str) else None)


def dispatch_of(s: Session, dispatch_id: int) -> Dispatch:
    d = s.get(Dispatch, dispatch_id)
    if d is None:
        raise NotFound(f"派驻记录 {dispatch_id} 不存在")
    return d


def normalise_id_number(text: str) -> str:
    return "".join(str(text).split()).upper()


def dispatch_for_cadre(s: Session, id_number: str, batch: BatchRef = None) -> Dispatch:
    """The dispatch of the cadre with ``id_number`` in ``batch`` (None: the cadre's active one, else the
    latest)."""
    idn = normalise_id_number(id_number)
    cadre = s.scalar(select(Cadre).where(Cadre.id_number == idn))
    if cadre is None:
        raise NotFound(f"没有身份证号为 {idn[:6]}…{idn[-4:]} 的干部")
    q = select(Dispatch).where(Dispatch.cadre_id == cadre.id)
    if batch is not None:
        b = batch_of(s, batch)
        d = s.scalar(q.where(Dispatch.batch_id == b.id))
        if d is None:
            raise NotFound(f"{cadre.name}不在批次“{b.name}”的名单中")
        return d
    found = list(s.scalars(q.order_by(Dispatch.start.desc(), Dispatch.id.desc())))
    if not found:
        raise NotFound(f"{cadre.name}没有派驻记录")
    active = [d for d in found if d.status in ACTIVE_STATUSES]
    return (active or found)[0]


def find_unit(s: Session, ref: int | str) -> Unit:
    """A dispatching unit by id or name (full or short, spaces and full-width forms ignored)."""
    if isinstance(ref, int):
        u = s.get(Unit, ref)
    else:
        key = name_key(ref)
        u = s.scalar(select(Unit).where(Unit.name == ref.strip()))
        if u is None and key:
            u = next(
                (
                    x
                    for x in s.scalars(select(Unit))
                    if name_key(x.name) == key or name_key(x.short_name or "") == key
                ),
                None,
            )
    if u is None:
        raise NotFound(f"派出单位“{ref}”未登记")
    return u


def find_place(s: Session, ref: int | str, township: str = "") -> Place:
    """A place by id or name; with ``township`` when two townships have a place of that name."""
    if isinstance(ref, int):
        p = s.get(Place, ref)
        if p is None:
            raise NotFound(f"派驻点 {ref} 不存在")
        return p
    key = name_key(ref)
    q = select(Place, Township.name).join(Township, Township.id == Place.township_id)
    found = [(p, t) for p, t in s.execute(q) if name_key(p.name) == key or name_key(t + p.name) == key]
    if township:
        tk = name_key(township)
        found = [(p, t) for p, t in found if name_key(t) == tk] or []
    if not found:
        raise NotFound(f"村（社区）“{township}{ref}”未登记")
    if len(found) > 1:
        towns = "、".join(t for _p, t in found[:4])
        raise ValidationError(f"有 {len(found)} 个名为“{ref}”的村（社区）（{towns}），请写明乡镇")
    return found[0][0]


@dataclass(frozen=True)
class DispatchRef:
    """Who a dispatch is, for faces that look one up (CLI ``--cadre ID_NUMBER``, GUI pickers)."""

    id: int
    batch_id: int
    batch: str
    name: str
    id_number: str
    township: str
    place: str
    role: str
    status: str
    start: dt.date
    end: dt.date


def dispatch_ref(s: Session, d: Dispatch) -> DispatchRef:
    cadre = s.get(Cadre, d.cadre_id)
    batch = s.get(Batch, d.batch_id)
    town = s.get(Township, d.township_id) if d.township_id else None
    place = s.get(Place, d.place_id) if d.place_id else None
    return DispatchRef(
        d.id, d.batch_id, batch.name if batch else "", cadre.name if cadre else "",
        cadre.id_number if cadre else "", town.name if town else "", place.name if place else "", d.role,
        d.status, d.start, d.end,
    )  # fmt: skip


@query
def find_dispatch(tx: Tx, id_number: str, batch: BatchRef = None) -> DispatchRef:
    """The cadre's dispatch in ``batch`` (or the active/latest one)."""
    return dispatch_ref(tx.session, dispatch_for_cadre(tx.session, id_number, batch))


# --------------------------------------------------------------------------- the holiday calendar


def table_years(s: Session, years: list[int]) -> dict[int, list[HolidayDay]]:
    """The ``holiday`` table's rows of ``years``, by year (years without rows absent)."""
    if not years:
        return {}
    lo, hi = dt.date(min(years), 1, 1), dt.date(max(years), 12, 31)
    out: dict[int, list[HolidayDay]] = {}
    for day, is_holiday, name in s.execute(
        select(Holiday.day, Holiday.is_holiday, Holiday.name).where(Holiday.day.between(lo, hi))
    ):
        if day.year in years:
            out.setdefault(day.year, []).append(HolidayDay(day, bool(is_holiday), name or ""))
    return out


def holiday_set(s: Session, span: c.Span) -> tuple[frozenset[dt.date], dict[int, str]]:
    """Statutory holiday days off around ``span`` (whole years) and each year's source."""
    years = list(range(span.first.year, span.last.year + 2))  # a term year may run into the next
    return effective_holidays(table_years(s, years), years)


def parse_day(text: str, what: str = "日期") -> dt.date:
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise ValidationError(f"{what}应写作 YYYY-MM-DD：{text}") from None


# --------------------------------------------------------------------------- small imports


@dataclass
class SheetImport:
    """What a small on-post import did (the roster import's shape: CLI ``--json``)."""

    imported: int = 0
    rejected: list[dict[str, object]] = field(default_factory=list)
    warnings: list[dict[str, object]] = field(default_factory=list)
    skipped: int = 0  # rows already in the database, unchanged
    file: str = ""
    sheet: str = ""
    dry_run: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "imported": self.imported,
            "rejected": list(self.rejected),
            "warnings": list(self.warnings),
            "skipped": self.skipped,
        }

    def reject(self, row: int, name: str, reason: str) -> None:
        self.rejected.append({"row": row, "name": name, "reason": reason})

    def warn(self, row: int, message: str) -> None:
        self.warnings.append({"row": row, "message": message})

    def refuse_if_invalid(self, skip_invalid: bool, where: str) -> None:
        """All or nothing: any rejected row stops the import unless the clerk asked to skip them."""
        if self.rejected and not skip_invalid:
            first = self.rejected[0]
            raise ValidationError(
                f"{where}有 {len(self.rejected)} 行无法导入（第 {first['row']} 行：{first['reason']}），未写入任何内容；"
                "可改正后重新导入，或加 --skip-invalid 只导入正确的行",
                key="invalid-rows",
                result=self,
            )


def cadres_by_key(
    s: Session, batch_id: int, *, names: set[str], ids: set[str]
) -> tuple[dict[str, list[int]], dict[str, int]]:
    """The batch's dispatches by cadre name (possibly several) and by ID number."""
    by_name: dict[str, list[int]] = {}
    by_id: dict[str, int] = {}
    base = select(Dispatch.id, Cadre.name, Cadre.id_number).join(Cadre, Cadre.id == Dispatch.cadre_id)
    base = base.where(Dispatch.batch_id == batch_id)
    for column, values in ((Cadre.name, sorted(names)), (Cadre.id_number, sorted(ids))):
        for k in range(0, len(values), 500):
            for did, name, idn in s.execute(base.where(column.in_(values[k : k + 500]))):
                by_id[idn] = did
                by_name.setdefault(name, [])
                if did not in by_name[name]:
                    by_name[name].append(did)
    return by_name, by_id


def match_cadre(
    name: str, id_number: str, by_name: dict[str, list[int]], by_id: dict[str, int], batch_name: str
) -> tuple[int | None, str]:
    """(dispatch id, "") or (None, why not) for a row naming a cadre by name and/or ID number."""
    if id_number:
        did = by_id.get(normalise_id_number(id_number))
        if did is None:
            return None, f"身份证号 {id_number[:6]}…{id_number[-4:]} 不在批次“{batch_name}”的名单中"
        if name and did not in by_name.get(name, []):
            return None, f"身份证号与姓名“{name}”不符"
        return did, ""
    if not name:
        return None, "缺少姓名"
    found = by_name.get(name, [])
    if not found:
        return None, f"批次“{batch_name}”的名单中没有“{name}”"
    if len(found) > 1:
        return None, f"名单中有 {len(found)} 名“{name}”，请填写身份证号"
    return found[0], ""
