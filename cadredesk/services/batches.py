"""Batches (campaigns): term and rule parameters with the seeds' defaults per level."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cadredesk.core import audit
from cadredesk.core.enums import Level
from cadredesk.core.models import Batch, Dispatch
from cadredesk.errors import Conflict, NotFound, ValidationError


@dataclass(frozen=True)
class LevelDefaults:
    term_years: int
    min_days_month: int = 22  # seed 002: 每月不少于22天（法定节假日除外）
    min_days_year: int = 250  # seed 002: 每年不少于250天
    households_per_cadre: int = 5  # seed 004: 每名干部联系5户左右
    household_visits_per_year: int = 4  # seed 004
    deputy_visit_months: int = 6  # seed 002: 分管负责人每半年至少1次
    head_visits_per_term: int = 1  # seed 002: 主要负责人至少1次


#: county 驻村蹲点 is a one-year term (seed 002); the provincial 下基层 scheme runs two years (seed 000).
#: The city scheme (seed 004) names no term; two years is assumed, as for the province.
LEVEL_DEFAULTS = {
    Level.COUNTY: LevelDefaults(term_years=1),
    Level.CITY: LevelDefaults(term_years=2),
    Level.PROVINCE: LevelDefaults(term_years=2),
}


@dataclass(frozen=True)
class BatchRow:
    id: int
    name: str
    level: str
    start: dt.date
    end: dt.date
    cadres: int

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "level": self.level,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "cadres": self.cadres,
        }


def term_years(start: dt.date, end: dt.date) -> int:
    return max(1, round((end - start).days / 365.25))


def create_batch(session: Session, name: str, start: dt.date, end: dt.date, level: str = "county") -> Batch:
    name = name.strip()
    if not name:
        raise ValidationError("批次名称不能为空")
    try:
        lvl = Level(level)
    except ValueError:
        raise ValidationError(f"批次级别只能是 county、city 或 province，不是 {level!r}") from None
    if end <= start:
        raise ValidationError(f"批次结束日期 {end} 必须晚于开始日期 {start}")
    if session.scalar(select(Batch.id).where(Batch.name == name)) is not None:
        raise ValidationError(f"批次“{name}”已存在", key="duplicate")
    d = LEVEL_DEFAULTS[lvl]
    batch = Batch(
        name=name,
        level=lvl.value,
        start=start,
        end=end,
        term_years=term_years(start, end),
        min_days_month=d.min_days_month,
        min_days_year=d.min_days_year,
        households_per_cadre=d.households_per_cadre,
        household_visits_per_year=d.household_visits_per_year,
        deputy_visit_months=d.deputy_visit_months,
        head_visits_per_term=d.head_visits_per_term,
    )
    session.add(batch)
    session.flush()
    audit.record(
        session, "batch.create", entity="batch", entity_id=batch.id, detail=f"{name} {start}~{end} {lvl}"
    )
    return batch


#: the editable rule parameters of a batch: column → (label, smallest allowed, largest allowed)
RULE_FIELDS: dict[str, tuple[str, int, int]] = {
    "term_years": ("派驻期限（年）", 1, 5),
    "min_days_month": ("每月在村天数不少于", 0, 31),
    "min_days_year": ("每年在村天数不少于", 0, 366),
    "households_per_cadre": ("每人联系户数", 0, 100),
    "household_visits_per_year": ("每户每年走访次数", 0, 52),
    "deputy_visit_months": ("分管负责人到村间隔（月）", 1, 24),
    "head_visits_per_term": ("主要负责人任期内到村次数", 0, 12),
}
_UPDATABLE = {"name", "level", "start", "end", "training_required", "min_reserve_share", "note", *RULE_FIELDS}


def update_batch(session: Session, batch_id: int, *, version: int | None = None, **fields: object) -> Batch:
    """Change a batch's name, level, dates or rule parameters (only the fields given); audited.

    ``version`` (the batch's version when the clerk opened it) refuses an edit made meanwhile by someone else.
    Changing the dates without ``term_years`` recomputes the term from them.
    """
    unknown = set(fields) - _UPDATABLE
    if unknown:
        raise ValidationError(f"批次没有可修改的字段：{'、'.join(sorted(unknown))}")
    batch = session.get(Batch, batch_id)
    if batch is None:
        raise NotFound(f"批次 {batch_id} 不存在")
    if version is not None and version != batch.version:
        raise Conflict(f"批次“{batch.name}”已被他人修改，请重新打开后再编辑")
    changes: list[str] = []

    def put(key: str, value: object) -> None:
        if getattr(batch, key) != value:
            changes.append(f"{key}: {getattr(batch, key)}→{value}")
            setattr(batch, key, value)

    if "name" in fields:
        name = str(fields["name"] or "").strip()
        if not name:
            raise ValidationError("批次名称不能为空")
        other = session.scalar(select(Batch.id).where(Batch.name == name, Batch.id != batch_id))
        if other is not None:
            raise ValidationError(f"批次“{name}”已存在", key="duplicate")
        put("name", name)
    if "level" in fields:
        try:
            put("level", Level(str(fields["level"])).value)
        except ValueError:
            raise ValidationError(f"批次级别应为 county、city 或 province：{fields['level']!r}") from None
    start = fields.get("start", batch.start)
    end = fields.get("end", batch.end)
    if not isinstance(start, dt.date) or not isinstance(end, dt.date):
        raise ValidationError("批次的开始、结束日期须为日期")
    if end <= start:
        raise ValidationError(f"批次结束日期 {end} 必须晚于开始日期 {start}")
    put("start", start)
    put("end", end)
    if ("start" in fields or "end" in fields) and "term_years" not in fields:
        put("term_years", term_years(start, end))
    for key, (label, low, high) in RULE_FIELDS.items():
        if key not in fields:
            continue
        value = fields[key]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValidationError(f"“{label}”应为 {low} 至 {high} 之间的整数，不是 {value!r}")
        put(key, value)
    if "training_required" in fields:
        put("training_required", bool(fields["training_required"]))
    if "min_reserve_share" in fields:
        try:
            share = Decimal(str(fields["min_reserve_share"])).quantize(Decimal("0.01"))
        except (InvalidOperation, ValueError):
            bad = fields["min_reserve_share"]
            raise ValidationError(f"后备干部比例应为 0 至 1 的小数：{bad!r}") from None
        if not Decimal(0) <= share <= Decimal(1):
            raise ValidationError(f"后备干部比例应为 0 至 1 之间的小数，不是 {share}")
        put("min_reserve_share", share)
    if "note" in fields:
        put("note", (str(fields["note"]).strip() or None) if fields["note"] is not None else None)
    if changes:
        session.flush()
        audit.record(session, "batch.update", entity="batch", entity_id=batch.id, detail="；".join(changes))
    return batch


def list_batches(session: Session) -> list[BatchRow]:
    counts = (
        select(Dispatch.batch_id, func.count(Dispatch.id).label("n")).group_by(Dispatch.batch_id).subquery()
    )
    rows = session.execute(
        select(Batch.id, Batch.name, Batch.level, Batch.start, Batch.end, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.batch_id == Batch.id)
        .order_by(Batch.start.desc(), Batch.id.desc())
    ).all()
    return [BatchRow(*r) for r in rows]


def find_batch(session: Session, name: str | None) -> Batch:
    """The named batch, or the most recent one (CLI.md: without --batch, the most recent batch)."""
    if name:
        batch = session.scalar(select(Batch).where(Batch.name == name.strip()))
        if batch is None:
            raise NotFound(f"没有名为“{name}”的批次")
        return batch
    batch = session.scalar(select(Batch).order_by(Batch.start.desc(), Batch.id.desc()).limit(1))
    if batch is None:
        raise NotFound("数据库中还没有任何批次")
    return batch
