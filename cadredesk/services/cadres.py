"""Cadres: list with their current dispatch, read and save."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import aliased
from sqlalchemy.orm.exc import StaleDataError

from cadredesk.core.audit import mask_id, mask_phone
from cadredesk.core.cadres import FORM_FIELDS, CadreForm, validate
from cadredesk.core.dto import CadreRow
from cadredesk.core.models import Batch, Cadre, Dispatch, Place, Township, Unit
from cadredesk.core.names import initials_index, stroke_key
from cadredesk.core.search import person_matches
from cadredesk.core.security import Permission
from cadredesk.errors import Conflict, NotFound, ValidationError
from cadredesk.services.context import Tx, command, query

__all__ = [
    "CadreForm",
    "CadreRow",
    "get_cadre",
    "list_cadres",
    "matches",
    "save_cadre",
    "unit_choices",
    "validate",
]


@query(permission=Permission.VIEW)
def list_cadres(tx: Tx, batch: str | None = None) -> list[CadreRow]:
    """Every cadre with the dispatch that concerns them (in ``batch``, or their most recent one)."""
    session = tx.session
    if batch:
        batch_id = session.scalar(select(Batch.id).where(Batch.name == batch))
        if batch_id is None:
            raise NotFound(f"没有名为“{batch}”的批次")
        current = select(Dispatch.cadre_id, Dispatch.id.label("did")).where(Dispatch.batch_id == batch_id)
    else:
        current = select(Dispatch.cadre_id, func.max(Dispatch.id).label("did")).group_by(Dispatch.cadre_id)
    cur = current.subquery()
    d = aliased(Dispatch)
    stmt = (
        select(
            Cadre.id,
            Cadre.name,
            Cadre.gender,
            Cadre.ethnicity,
            Cadre.id_number,
            Cadre.birth_date,
            Cadre.political_status,
            Cadre.education,
            Unit.name,
            Cadre.post,
            Cadre.rank,
            Cadre.is_reserve,
            Cadre.has_grassroots_exp,
            Cadre.phone,
            Township.name,
            Place.name,
            d.role,
            d.status,
            Batch.name,
            Cadre.name_initials,
            Cadre.name_strokes,
        )
        .outerjoin(Unit, Unit.id == Cadre.unit_id)
        .outerjoin(cur, cur.c.cadre_id == Cadre.id)
        .outerjoin(d, d.id == cur.c.did)
        .outerjoin(Township, Township.id == d.township_id)
        .outerjoin(Place, Place.id == d.place_id)
        .outerjoin(Batch, Batch.id == d.batch_id)
        .order_by(Cadre.id)
    )
    if batch:
        stmt = stmt.where(cur.c.did.is_not(None))
    if tx.actor.township_id is not None:  # a township clerk sees the cadres posted to their township
        stmt = stmt.where(d.township_id == tx.actor.township_id)
    rows = [CadreRow(*r) for r in session.execute(stmt)]  # type: ignore[call-arg]
    return rows if tx.may(Permission.REVEAL) else [masked(r) for r in rows]


def masked(row: CadreRow) -> CadreRow:
    """The row as a role without REVEAL sees it: ID 前6位 + ******** + 后4位, phone 138****5678, born year-month."""
    return dataclasses.replace(
        row,
        id_number=mask_id(row.id_number),
        phone=mask_phone(row.phone),
        birth_date=row.birth_date.replace(day=1),
        birth_masked=True,
    )


@dataclass(frozen=True)
class Identity:
    name: str
    id_number: str
    phone: str | None


@command("cadre.reveal", permission=Permission.REVEAL)
def reveal_identity(tx: Tx, cadre_id: int) -> Identity:
    """The full ID and phone number of one cadre (the detail dialog); every reveal is audited."""
    cadre = tx.session.get(Cadre, cadre_id)
    if cadre is None:
        raise NotFound(f"干部记录 {cadre_id} 不存在")
    tx.audit(entity="cadre", entity_id=cadre.id, detail=f"查看完整身份证号和电话：{cadre.name}")
    return Identity(cadre.name, cadre.id_number, cadre.phone)


def matches(row: CadreRow, text: str) -> bool:
    """Search by name, pinyin initials (any reading of the surname) or ID number fragment."""
    return person_matches(text, row.name, row.initials, row.id_number)


@query(permission=Permission.VIEW)
def get_cadre(tx: Tx, cadre_id: int) -> CadreForm:
    cadre = tx.session.get(Cadre, cadre_id)
    if cadre is None:
        raise NotFound(f"干部记录 {cadre_id} 不存在")
    form = CadreForm(**{k: getattr(cadre, k) for k in FORM_FIELDS}, id=cadre.id, version=cadre.version)
    if tx.may(Permission.REVEAL):
        return form
    # a role that may not see full numbers (and may not edit) sees the record with them masked
    born = form.birth_date.replace(day=1) if form.birth_date else None
    return dataclasses.replace(
        form,
        id_number=mask_id(form.id_number),
        phone=mask_phone(form.phone) or None,
        birth_date=born,
        birth_masked=True,
    )


@command("cadre.save", permission=Permission.EDIT)
def save_cadre(tx: Tx, form: CadreForm) -> int:
    """Create or update a cadre after validation; raises ValidationError or Conflict."""
    session = tx.session
    clean, errors = validate(form, today=tx.today())
    if errors:
        raise ValidationError("；".join(errors.values()), result=errors)
    dup = session.scalar(select(Cadre.id).where(Cadre.id_number == clean.id_number))
    if dup is not None and dup != clean.id:
        raise ValidationError(f"身份证号 {mask_id(clean.id_number)} 已属于另一名干部", key="duplicate")
    if clean.id is None:
        cadre = Cadre()
        session.add(cadre)
        action = "cadre.create"
    else:
        found = session.get(Cadre, clean.id)
        if found is None:
            raise NotFound(f"干部记录 {clean.id} 已被删除")
        cadre = found
        if clean.version is not None and cadre.version != clean.version:
            raise _conflict(cadre, clean)
        action = "cadre.update"
    changed = [k for k in FORM_FIELDS if getattr(cadre, k, None) != getattr(clean, k)]
    for k in FORM_FIELDS:
        setattr(cadre, k, getattr(clean, k))
    cadre.name_initials = initials_index(clean.name)
    cadre.name_strokes = stroke_key(clean.name)
    try:
        session.flush()
    except StaleDataError:
        raise Conflict(f"“{clean.name}”的记录已被他人修改，请重新打开后再编辑") from None
    tx.audit(action=action, entity="cadre", entity_id=cadre.id, detail=",".join(changed) or "无变化")
    return cadre.id


def _conflict(current: Cadre, form: CadreForm) -> Conflict:
    """A stale edit: both values of every field where the form and the saved record differ."""
    from cadredesk.io.roster_layout import FIELD_LABELS

    def shown(key: str, value: object) -> str:
        text = "（空）" if value in (None, "") else str(value)
        text = mask_id(text) if key == "id_number" else mask_phone(text) if key == "phone" else text
        return text if len(text) <= 20 else text[:20] + "…"

    diffs = {
        k: (getattr(form, k), getattr(current, k))
        for k in FORM_FIELDS
        if getattr(form, k) != getattr(current, k)
    }
    listed = "；".join(
        f"{FIELD_LABELS.get(k, k)}：您填写“{shown(k, ours)}”，现为“{shown(k, theirs)}”"
        for k, (ours, theirs) in list(diffs.items())[:3]
    )
    return Conflict(
        f"“{current.name}”的记录已被他人修改，请重新打开后再编辑" + (f"（{listed}）" if listed else ""),
        result={k: {"ours": shown(k, o), "theirs": shown(k, t)} for k, (o, t) in diffs.items()},
    )


@query(permission=Permission.VIEW)
def unit_choices(tx: Tx) -> list[tuple[int, str]]:
    return [(r.id, r.name) for r in tx.session.execute(select(Unit.id, Unit.name).order_by(Unit.name))]
