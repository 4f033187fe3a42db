"""Visits: dispatching-unit leaders to the villages (单位领导到村看望指导) and cadres to their linked
households (联户走访).

Leader visits are entered here (one by one, or from a workbook); the rules that judge them
(``visit-head-missing``, ``visit-deputy-gap``) are in ``core/rules/on_post.py``.  Households are
linked to a dispatch (about ``households_per_cadre`` each); a household visit may be made by two or
more cadres together (seed 004), each recorded as a participant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from cadredesk.core.enums import VisitorRole
from cadredesk.core.models import (
    Batch,
    Cadre,
    Dispatch,
    Household,
    HouseholdVisit,
    HouseholdVisitCadre,
    LeaderVisit,
    Place,
    Township,
    Unit,
)
from cadredesk.errors import NotFound, ValidationError
from cadredesk.io import excel_read
from cadredesk.io.onpost_sheets import cell_date, data_rows, find_layout
from cadredesk.services.context import Tx, command, query
from cadredesk.services.onpost_base import BatchRef, SheetImport, batch_of, dispatch_of, find_place, find_unit

_ROLE_WORDS = {
    VisitorRole.HEAD.value: ("主要负责人", "主要领导", "一把手", "单位主要负责人", "主要负责同志", "head"),
    VisitorRole.DEPUTY.value: ("分管负责人", "分管领导", "分管负责同志", "deputy"),
    VisitorRole.OTHER.value: ("其他", "其他领导", "other"),
}


def parse_role(text: str) -> str | None:
    """主要负责人 / 分管负责人 / 其他 (and their usual wordings); None when not recognised."""
    key = "".join(str(text).split()).lower()
    for role, words in _ROLE_WORDS.items():
        if key in words:
            return role
    if "主要" in key:
        return VisitorRole.HEAD.value
    if "分管" in key:
        return VisitorRole.DEPUTY.value
    return None


# --------------------------------------------------------------------------- leader visits


@dataclass(frozen=True)
class LeaderVisitForm:
    """What a clerk enters; ``unit`` and ``place`` by id or name (a place name with its township when
    two townships have one of that name); ``role`` may be left blank when the leader is the unit's
    recorded head or deputy."""

    batch: BatchRef
    unit: int | str
    leader: str
    day: dt.date
    place: int | str
    role: str = ""
    township: str = ""
    content: str = ""
    id: int | None = None


@dataclass(frozen=True)
class LeaderVisitRow:
    id: int
    batch_id: int
    unit_id: int
    unit: str
    leader: str
    role: str
    day: dt.date
    place_id: int
    place: str
    township: str
    content: str
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "unit": self.unit,
            "leader": self.leader,
            "role": self.role,
            "date": self.day.isoformat(),
            "township": self.township,
            "place": self.place,
            "content": self.content,
        }


def _visit_row(s: Session, v: LeaderVisit, warnings: Sequence[str] = ()) -> LeaderVisitRow:
    unit = s.get(Unit, v.unit_id)
    place = s.get(Place, v.place_id)
    town = s.get(Township, place.township_id) if place else None
    return LeaderVisitRow(
        v.id, v.batch_id, v.unit_id, unit.name if unit else "", v.visitor_name, v.visitor_role, v.day, v.place_id,
        place.name if place else "", town.name if town else "", v.note or "", tuple(warnings),
    )  # fmt: skip


def _check_visit(
    s: Session, b: Batch, form: LeaderVisitForm, today: dt.date
) -> tuple[Unit, Place, str, list[str]]:
    unit = find_unit(s, form.unit)
    place = find_place(s, form.place, form.township)
    leader = " ".join((form.leader or "").split())
    if not leader:
        raise ValidationError("请写明到村领导的姓名")
    if len(leader) > 32:
        raise ValidationError("领导姓名过长（最多 32 字）")
    role = parse_role(form.role) if form.role else None
    if form.role and role is None:
        raise ValidationError(f"领导身份“{form.role}”无法识别，应为主要负责人、分管负责人或其他")
    if role is None:
        if leader == (unit.head_name or ""):
            role = VisitorRole.HEAD.value
        elif leader == (unit.deputy_name or ""):
            role = VisitorRole.DEPUTY.value
        else:
            raise ValidationError(f"请写明{leader}是{unit.name}的主要负责人还是分管负责人")
    if form.day > today:
        raise ValidationError(f"到村日期 {form.day} 晚于今天")
    if not b.start <= form.day <= b.end:
        raise ValidationError(f"到村日期 {form.day} 不在批次“{b.name}”的期限（{b.start} 至 {b.end}）内")
    warnings: list[str] = []
    here = s.scalar(
        select(func.count())
        .select_from(Dispatch)
        .where(Dispatch.batch_id == b.id, Dispatch.unit_id == unit.id, Dispatch.place_id == place.id)
    )
    if not here:
        warnings.append(f"{unit.name}在本批次没有派驻到{place.name}的干部")
    expected = (
        unit.head_name
        if role == VisitorRole.HEAD.value
        else unit.deputy_name
        if role == VisitorRole.DEPUTY.value
        else None
    )
    if expected and expected != leader:
        warnings.append(f"{unit.name}登记的{role}是{expected}，与“{leader}”不同")
    return unit, place, role, warnings


@command("visit.save")
def save_leader_visit(tx: Tx, form: LeaderVisitForm) -> LeaderVisitRow:
    """Add a leader visit, or correct one (``form.id``)."""
    s = tx.session
    b = batch_of(s, form.batch)
    unit, place, role, warnings = _check_visit(s, b, form, tx.today())
    content = " ".join(form.content.split()) or None
    if form.id is None:
        v = LeaderVisit(
            batch_id=b.id, unit_id=unit.id, place_id=place.id, visitor_name=" ".join(form.leader.split()),
            visitor_role=role, day=form.day, note=content,
        )  # fmt: skip
        s.add(v)
        verb = "登记"
    else:
        found = s.get(LeaderVisit, form.id)
        if found is None:
            raise NotFound(f"领导到村记录 {form.id} 不存在")
        v = found
        v.batch_id, v.unit_id, v.place_id = b.id, unit.id, place.id
        v.visitor_name, v.visitor_role, v.day, v.note = " ".join(form.leader.split()), role, form.day, content
        verb = "更正"
    s.flush()
    tx.audit(
        entity="leader_visit",
        entity_id=v.id,
        detail=f"{verb} {unit.name} {role} {v.visitor_name} {v.day} 到{place.name}",
    )
    return _visit_row(s, v, warnings)


@command("visit.delete")
def delete_leader_visit(tx: Tx, visit_id: int) -> None:
    s = tx.session
    v = s.get(LeaderVisit, visit_id)
    if v is None:
        raise NotFound(f"领导到村记录 {visit_id} 不存在")
    row = _visit_row(s, v)
    s.delete(v)
    s.flush()
    tx.audit(
        entity="leader_visit",
        entity_id=visit_id,
        detail=f"删除 {row.unit} {row.role} {row.leader} {row.day} 到{row.place}",
    )


@query
def list_leader_visits(
    tx: Tx, batch: BatchRef = None, *, unit_id: int | None = None, place_id: int | None = None
) -> list[LeaderVisitRow]:
    s = tx.session
    b = batch_of(s, batch)
    q = (
        select(LeaderVisit, Unit.name, Place.name, Township.name)
        .join(Unit, Unit.id == LeaderVisit.unit_id)
        .join(Place, Place.id == LeaderVisit.place_id)
        .join(Township, Township.id == Place.township_id)
        .where(LeaderVisit.batch_id == b.id)
    )
    if unit_id is not None:
        q = q.where(LeaderVisit.unit_id == unit_id)
    if place_id is not None:
        q = q.where(LeaderVisit.place_id == place_id)
    return [
        LeaderVisitRow(
            v.id,
            v.batch_id,
            v.unit_id,
            u,
            v.visitor_name,
            v.visitor_role,
            v.day,
            v.place_id,
            p,
            t,
            v.note or "",
        )
        for v, u, p, t in s.execute(q.order_by(LeaderVisit.day.desc(), LeaderVisit.id.desc()))
    ]


_VISIT_SYNONYMS = {
    "unit": ("派出单位", "单位", "单位名称", "派出单位名称"),
    "leader": ("领导姓名", "姓名", "到村领导", "领导", "看望领导", "带队领导"),
    "role": ("身份", "领导身份", "职务类别", "类别", "职务", "领导类别"),
    "day": ("日期", "到村日期", "到村时间", "时间", "看望日期", "走访日期"),
    "township": ("乡镇", "乡镇(街道)", "所在乡镇"),
    "place": ("村(社区)", "到访村", "到访村(社区)", "派驻村", "派驻村(社区)", "地点", "村", "到村地点"),
    "content": ("内容", "工作内容", "看望内容", "主要内容", "事由", "备注"),
}


@command("visit.import")
def import_leader_visits(
    tx: Tx, path: str | Path, batch: BatchRef, *, sheet: str | None = None, skip_invalid: bool = False,
    dry_run: bool = False,
) -> SheetImport:  # fmt: skip
    """Leader visits from a workbook (单位, 领导姓名, 身份, 日期, 乡镇, 村, 内容); a visit already entered
    (same unit, leader, day and place) is skipped, so a file imported twice adds nothing."""
    path = Path(path)
    s = tx.session
    b = batch_of(s, batch)
    data = excel_read.read_sheet(path, sheet)
    where = f"“{path.name}”工作表“{data.name}”"
    try:
        layout = find_layout(
            data.rows, _VISIT_SYNONYMS, ("unit", "leader", "day", "place"), "领导到村看望记录"
        )
    except ValidationError as exc:
        raise ValidationError(f"{where}：{exc.message}", key=exc.key) from None
    report = SheetImport(file=path.name, sheet=data.name, dry_run=dry_run)
    existing: set[tuple[int, str, dt.date, int]] = {
        (u, n, d, p)
        for u, n, d, p in s.execute(
            select(
                LeaderVisit.unit_id, LeaderVisit.visitor_name, LeaderVisit.day, LeaderVisit.place_id
            ).where(LeaderVisit.batch_id == b.id)
        )
    }
    new: list[tuple[LeaderVisitForm, Unit, Place, str]] = []
    for r in data_rows(data.rows, layout):
        leader = r.text("leader")
        try:
            day = cell_date(r.values.get("day", ""))
        except ValueError as exc:
            report.reject(r.row, leader, str(exc))
            continue
        form = LeaderVisitForm(
            b.id,
            r.text("unit"),
            leader,
            day,
            r.text("place"),
            r.text("role"),
            r.text("township"),
            r.text("content"),
        )
        try:
            unit, place, role, warnings = _check_visit(s, b, form, tx.today())
        except (ValidationError, NotFound) as exc:
            report.reject(r.row, leader, exc.message)
            continue
        for w in warnings:
            report.warn(r.row, w)
        key = (unit.id, " ".join(leader.split()), day, place.id)
        if key in existing:
            report.skipped += 1
            continue
        existing.add(key)
        new.append((form, unit, place, role))
    report.refuse_if_invalid(skip_invalid, where)
    report.imported = len(new)
    if dry_run or not new:
        return report
    for form, unit, place, role in new:
        s.add(
            LeaderVisit(
                batch_id=b.id, unit_id=unit.id, place_id=place.id, visitor_name=" ".join(form.leader.split()),
                visitor_role=role, day=form.day, note=" ".join(form.content.split()) or None,
            )
        )  # fmt: skip
    s.flush()
    tx.audit(
        entity="leader_visit",
        entity_id=b.id,
        detail=f"导入 {path.name}：{len(new)} 次领导到村（批次 {b.name}）",
    )
    return report


# --------------------------------------------------------------------------- households


@dataclass(frozen=True)
class HouseholdForm:
    dispatch_id: int
    head_name: str
    address: str = ""
    category: str = ""
    id: int | None = None


@dataclass(frozen=True)
class HouseholdRow:
    id: int
    dispatch_id: int | None
    cadre: str
    place: str
    head_name: str
    address: str
    category: str
    visits: int  # in all
    last_visit: dt.date | None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "cadre": self.cadre,
            "place": self.place,
            "head_name": self.head_name,
            "address": self.address,
            "category": self.category,
            "visits": self.visits,
            "last_visit": self.last_visit.isoformat() if self.last_visit else None,
        }


def _households(s: Session, where: Any) -> list[HouseholdRow]:
    counts = (
        select(
            HouseholdVisit.household_id, func.count().label("n"), func.max(HouseholdVisit.day).label("last")
        )
        .group_by(HouseholdVisit.household_id)
        .subquery()
    )
    q = (
        select(Household, Cadre.name, Place.name, counts.c.n, counts.c.last)
        .outerjoin(Dispatch, Dispatch.id == Household.dispatch_id)
        .outerjoin(Cadre, Cadre.id == Dispatch.cadre_id)
        .join(Place, Place.id == Household.place_id)
        .outerjoin(counts, counts.c.household_id == Household.id)
        .where(where)
        .order_by(Household.dispatch_id, Household.id)
    )
    return [
        HouseholdRow(
            h.id,
            h.dispatch_id,
            cadre or "",
            place,
            h.head_name,
            h.address or "",
            h.category or "",
            n or 0,
            last,
        )
        for h, cadre, place, n, last in s.execute(q)
    ]


@command("household.save")
def save_household(tx: Tx, form: HouseholdForm) -> HouseholdRow:
    """Link a household to a cadre (dispatch), or correct one; it belongs to the dispatch's place."""
    s = tx.session
    d = dispatch_of(s, form.dispatch_id)
    if d.place_id is None:
        raise ValidationError("该干部没有派驻点，不能联系农户")
    head = " ".join((form.head_name or "").split())
    if not head:
        raise ValidationError("请写明户主姓名")
    if len(head) > 32:
        raise ValidationError("户主姓名过长（最多 32 字）")
    if form.id is None:
        h = Household(place_id=d.place_id, dispatch_id=d.id, head_name=head)
        s.add(h)
        verb = "联系"
    else:
        found = s.get(Household, form.id)
        if found is None:
            raise NotFound(f"联系户 {form.id} 不存在")
        h = found
        h.dispatch_id, h.place_id, h.head_name = d.id, d.place_id, head
        verb = "更正联系户"
    h.address = " ".join(form.address.split())[:128] or None
    h.category = " ".join(form.category.split())[:32] or None
    s.flush()
    cadre = s.get(Cadre, d.cadre_id)
    tx.audit(entity="household", entity_id=h.id, detail=f"{cadre.name if cadre else d.id} {verb} {head}")
    return _households(s, Household.id == h.id)[0]


@command("household.delete")
def delete_household(tx: Tx, household_id: int) -> None:
    s = tx.session
    h = s.get(Household, household_id)
    if h is None:
        raise NotFound(f"联系户 {household_id} 不存在")
    visits = s.scalar(select(func.count()).where(HouseholdVisit.household_id == h.id)) or 0
    name = h.head_name
    s.delete(h)
    s.flush()
    tx.audit(
        entity="household", entity_id=household_id, detail=f"删除联系户 {name}（含走访记录 {visits} 次）"
    )


@query
def list_households(tx: Tx, *, dispatch_id: int | None = None, batch: BatchRef = None) -> list[HouseholdRow]:
    """A cadre's households, or the whole batch's."""
    s = tx.session
    if dispatch_id is not None:
        return _households(s, Household.dispatch_id == dispatch_id)
    b = batch_of(s, batch)
    return _households(s, Household.dispatch_id.in_(select(Dispatch.id).where(Dispatch.batch_id == b.id)))


@dataclass(frozen=True)
class HouseholdVisitRow:
    id: int
    household_id: int
    head_name: str
    day: dt.date
    cadres: tuple[str, ...]
    note: str

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "household": self.head_name,
            "date": self.day.isoformat(),
            "cadres": list(self.cadres),
            "note": self.note,
        }


def _visits(s: Session, where: Any) -> list[HouseholdVisitRow]:
    who: dict[int, list[str]] = {}
    for vid, name in s.execute(
        select(HouseholdVisitCadre.visit_id, Cadre.name)
        .join(Dispatch, Dispatch.id == HouseholdVisitCadre.dispatch_id)
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .join(HouseholdVisit, HouseholdVisit.id == HouseholdVisitCadre.visit_id)
        .join(Household, Household.id == HouseholdVisit.household_id)
        .where(where)
        .order_by(HouseholdVisitCadre.visit_id, Cadre.name)
    ):
        who.setdefault(vid, []).append(name)
    return [
        HouseholdVisitRow(v.id, v.household_id, head, v.day, tuple(who.get(v.id, [])), v.note or "")
        for v, head in s.execute(
            select(HouseholdVisit, Household.head_name)
            .join(Household, Household.id == HouseholdVisit.household_id)
            .where(where)
            .order_by(HouseholdVisit.day.desc(), HouseholdVisit.id.desc())
        )
    ]


@dataclass(frozen=True)
class HouseholdVisitForm:
    household_id: int
    day: dt.date
    dispatch_ids: tuple[int, ...]  # every cadre who went (at least one)
    note: str = ""
    id: int | None = None


@command("household.visit")
def record_household_visit(tx: Tx, form: HouseholdVisitForm) -> HouseholdVisitRow:
    """Record (or correct) a visit to a household, made by one or more cadres together."""
    s = tx.session
    h = s.get(Household, form.household_id)
    if h is None:
        raise NotFound(f"联系户 {form.household_id} 不存在")
    ids = tuple(dict.fromkeys(form.dispatch_ids))
    if not ids:
        raise ValidationError("请写明哪些干部参加了走访（至少一人）")
    if form.day > tx.today():
        raise ValidationError(f"走访日期 {form.day} 晚于今天")
    names: list[str] = []
    for did in ids:
        d = dispatch_of(s, did)
        cadre = s.get(Cadre, d.cadre_id)
        name = cadre.name if cadre else str(did)
        if not d.start <= form.day <= d.end:
            raise ValidationError(f"{name}在 {form.day} 不在派驻期（{d.start} 至 {d.end}）内")
        names.append(name)
    if h.dispatch_id is not None and h.dispatch_id not in ids:
        owner = s.get(Dispatch, h.dispatch_id)
        if owner is not None and owner.batch_id not in {dispatch_of(s, i).batch_id for i in ids}:
            raise ValidationError("参加走访的干部与该户的联系干部不在同一批次")
    note = " ".join(form.note.split()) or None
    if form.id is None:
        v = HouseholdVisit(household_id=h.id, day=form.day, note=note)
        s.add(v)
        s.flush()
        verb = "走访"
    else:
        found = s.get(HouseholdVisit, form.id)
        if found is None or found.household_id != h.id:
            raise NotFound(f"走访记录 {form.id} 不存在")
        v = found
        v.day, v.note = form.day, note
        s.execute(delete(HouseholdVisitCadre).where(HouseholdVisitCadre.visit_id == v.id))
        verb = "更正走访"
    s.add_all(HouseholdVisitCadre(visit_id=v.id, dispatch_id=did) for did in ids)
    s.flush()
    tx.audit(
        entity="household_visit", entity_id=v.id, detail=f"{'、'.join(names)} {form.day} {verb} {h.head_name}"
    )
    return _visits(s, HouseholdVisit.id == v.id)[0]


@command("household.visit-delete")
def delete_household_visit(tx: Tx, visit_id: int) -> None:
    s = tx.session
    v = s.get(HouseholdVisit, visit_id)
    if v is None:
        raise NotFound(f"走访记录 {visit_id} 不存在")
    h = s.get(Household, v.household_id)
    day = v.day
    s.delete(v)
    s.flush()
    tx.audit(
        entity="household_visit", entity_id=visit_id, detail=f"删除 {day} 走访 {h.head_name if h else ''}"
    )


@query
def household_visits(tx: Tx, household_id: int) -> list[HouseholdVisitRow]:
    return _visits(tx.session, HouseholdVisit.household_id == household_id)


@dataclass
class HouseholdSummary:
    """Per dispatch: households linked, visits this term year (the rule's view, for a page)."""

    dispatch_id: int
    households: int
    visits: dict[int, int] = field(default_factory=dict)  # household id → visits in the window


@query
def household_counts(tx: Tx, batch: BatchRef, first: dt.date, last: dt.date) -> list[HouseholdSummary]:
    s = tx.session
    b = batch_of(s, batch)
    out: dict[int, HouseholdSummary] = {}
    for hid, did in s.execute(
        select(Household.id, Household.dispatch_id)
        .join(Dispatch, Dispatch.id == Household.dispatch_id)
        .where(Dispatch.batch_id == b.id)
    ):
        if did is None:
            continue
        summary = out.setdefault(did, HouseholdSummary(did, 0))
        summary.households += 1
        summary.visits[hid] = 0
    for hid, did, n in s.execute(
        select(Household.id, Household.dispatch_id, func.count())
        .join(HouseholdVisit, HouseholdVisit.household_id == Household.id)
        .join(Dispatch, Dispatch.id == Household.dispatch_id)
        .where(Dispatch.batch_id == b.id, HouseholdVisit.day.between(first, last))
        .group_by(Household.id, Household.dispatch_id)
    ):
        if did in out:
            out[did].visits[hid] = n
    return list(out.values())
