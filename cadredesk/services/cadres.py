"""Cadres: list with their current dispatch, read, validate and save."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from cadredesk.core import audit, idnumber
from cadredesk.core.dto import CadreRow
from cadredesk.core.enums import EDUCATIONS, ETHNICITIES, POLITICAL_STATUSES
from cadredesk.core.models import Batch, Cadre, Dispatch, Place, Township, Unit
from cadredesk.core.names import initials_index, stroke_key
from cadredesk.core.search import person_matches
from cadredesk.errors import Conflict, NotFound, ValidationError

_NAME = re.compile(r"^[\u3400-\u9fff\U00020000-\U0003134f·•]{2,20}$")
_PHONE = re.compile(r"^[0-9\-+ ()]{7,20}$")
_ETHNICITIES = frozenset(ETHNICITIES)
_POLITICAL_STATUSES = frozenset(POLITICAL_STATUSES)
_EDUCATIONS = frozenset(EDUCATIONS)


def list_cadres(session: Session, batch: str | None = None) -> list[CadreRow]:
    """Every cadre with the dispatch that concerns them (in ``batch``, or their most recent one)."""
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
    return [CadreRow(*r) for r in session.execute(stmt)]  # type: ignore[call-arg]


def matches(row: CadreRow, query: str) -> bool:
    """Search by name, pinyin initials (any reading of the surname) or ID number fragment."""
    return person_matches(query, row.name, row.initials, row.id_number)


@dataclass
class CadreForm:
    """Editable fields of a cadre; ``version`` guards against a concurrent edit."""

    name: str = ""
    gender: str = ""
    ethnicity: str = "汉族"
    id_number: str = ""
    birth_date: dt.date | None = None
    political_status: str | None = None
    party_join_date: dt.date | None = None
    work_start_date: dt.date | None = None
    education: str | None = None
    degree: str | None = None
    unit_id: int | None = None
    post: str | None = None
    rank: str | None = None
    is_reserve: bool = False
    has_grassroots_exp: bool = False
    phone: str | None = None
    note: str | None = None
    id: int | None = None
    version: int | None = None
    warnings: list[str] = field(default_factory=list)


_FORM_FIELDS = [f.name for f in fields(CadreForm) if f.name not in ("id", "version", "warnings")]


def get_cadre(session: Session, cadre_id: int) -> CadreForm:
    cadre = session.get(Cadre, cadre_id)
    if cadre is None:
        raise NotFound(f"干部记录 {cadre_id} 不存在")
    return CadreForm(**{k: getattr(cadre, k) for k in _FORM_FIELDS}, id=cadre.id, version=cadre.version)


def validate(form: CadreForm, *, today: dt.date | None = None) -> tuple[CadreForm, dict[str, str]]:
    """Normalise a form and check it. Returns (normalised form, {field: Chinese error})."""
    errors: dict[str, str] = {}
    name = "".join(form.name.split())
    if not name:
        errors["name"] = "姓名不能为空"
    elif not _NAME.match(name):
        errors["name"] = f"姓名“{name}”应为2至20个汉字（少数民族姓名可含间隔号·）"
    warnings: list[str] = []
    gender, birth = form.gender, form.birth_date
    number = ""
    try:
        info = idnumber.parse(form.id_number, today=today)
        number = info.number
        warnings.extend(info.warnings)
        if birth is None:
            birth = info.birth_date
        elif birth != info.birth_date:
            errors["birth_date"] = f"出生日期 {birth} 与身份证号中的 {info.birth_date} 不一致"
        if not gender:
            gender = info.gender
        elif gender != info.gender:
            errors["gender"] = f"性别“{gender}”与身份证号（{info.gender}）不一致"
    except idnumber.IdNumberError as exc:
        errors["id_number"] = str(exc)
    if gender not in ("男", "女"):
        errors.setdefault("gender", "性别只能是“男”或“女”")
    if form.ethnicity not in _ETHNICITIES:
        errors["ethnicity"] = f"民族“{form.ethnicity}”不在56个民族名称中"
    if form.political_status and form.political_status not in _POLITICAL_STATUSES:
        errors["political_status"] = f"政治面貌“{form.political_status}”不规范"
    if form.education and form.education not in _EDUCATIONS:
        errors["education"] = f"学历“{form.education}”不规范"
    phone = (form.phone or "").strip() or None
    if phone and not _PHONE.match(phone):
        errors["phone"] = f"联系电话“{phone}”格式不对"
    number = number or form.id_number
    # dataclasses.replace without re-running __init__ (a roster import validates every row)
    if type(form) is CadreForm:
        clean = CadreForm.__new__(CadreForm)
        clean.__dict__.update(form.__dict__)
        clean.name, clean.gender, clean.id_number = name, gender, number
        clean.birth_date, clean.phone = birth, phone
    else:
        clean = replace(form, name=name, gender=gender, id_number=number, birth_date=birth, phone=phone)
    clean.warnings = warnings
    return clean, errors


def save_cadre(session: Session, form: CadreForm) -> int:
    """Create or update a cadre after validation; raises ValidationError or Conflict."""
    clean, errors = validate(form)
    if errors:
        raise ValidationError("；".join(errors.values()), result=errors)
    dup = session.scalar(select(Cadre.id).where(Cadre.id_number == clean.id_number))
    if dup is not None and dup != clean.id:
        raise ValidationError(f"身份证号 {audit.mask_id(clean.id_number)} 已属于另一名干部", key="duplicate")
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
            raise Conflict(f"“{cadre.name}”的记录已被他人修改，请重新打开后再编辑")
        action = "cadre.update"
    changed = [k for k in _FORM_FIELDS if getattr(cadre, k, None) != getattr(clean, k)]
    for k in _FORM_FIELDS:
        setattr(cadre, k, getattr(clean, k))
    cadre.name_initials = initials_index(clean.name)
    cadre.name_strokes = stroke_key(clean.name)
    try:
        session.flush()
    except StaleDataError:
        raise Conflict(f"“{clean.name}”的记录已被他人修改，请重新打开后再编辑") from None
    audit.record(session, action, entity="cadre", entity_id=cadre.id, detail=",".join(changed))
    return cadre.id


def unit_choices(session: Session) -> list[tuple[int, str]]:
    return [(r.id, r.name) for r in session.execute(select(Unit.id, Unit.name).order_by(Unit.name))]
