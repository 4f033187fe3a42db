"""Batches (campaigns): term and rule parameters with the seeds' defaults per level."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields, replace
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, insert, literal, select
from sqlalchemy.orm import Session

from cadredesk.core.campaign import LEVEL_DEFAULTS, RULE_FIELDS, nonstandard_term, parse_level, term_end
from cadredesk.core.campaign import term_years as term_years_of
from cadredesk.core.enums import Level, TrainingRule
from cadredesk.core.models import Batch, BatchPlaceTag, Dispatch, PlaceTagLink
from cadredesk.core.security import Permission
from cadredesk.core.text import clean_text
from cadredesk.errors import Conflict, NotFound, ValidationError
from cadredesk.services.context import Context, Tx, command, query

__all__ = [
    "LEVEL_DEFAULTS",
    "RULE_FIELDS",
    "BatchForm",
    "BatchRow",
    "batch_form",
    "create_batch",
    "find_batch",
    "list_batches",
    "save_batch",
    "update_batch",
]


@dataclass(frozen=True)
class BatchRow:
    id: int
    name: str
    level: str
    start: dt.date
    end: dt.date
    cadres: int
    #: why the term differs from the level's ("" for a standard term)
    term_reason: str = ""
    #: the day the batch was closed (None while it runs)
    closed_on: dt.date | None = None

    @property
    def closed(self) -> bool:
        return self.closed_on is not None

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "level": self.level,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "cadres": self.cadres,
            "term_reason": self.term_reason,
            "closed_on": self.closed_on.isoformat() if self.closed_on else None,
        }


@dataclass(frozen=True)
class BatchForm:
    """Every editable field of a batch; ``id``/``version`` are None for a new one.

    ``term_reason`` is required when the term is not the level's (county one year, province two).
    """

    name: str
    level: str
    start: dt.date
    end: dt.date
    term_years: int
    min_days_month: int
    min_days_year: int
    households_per_cadre: int
    household_visits_per_year: int
    deputy_visit_months: int
    head_visits_per_term: int
    training_required: bool = True
    min_reserve_share: Decimal = Decimal("0.00")
    training_hours: int = LEVEL_DEFAULTS[Level.COUNTY].training_hours
    mentor_idle_months: int = LEVEL_DEFAULTS[Level.COUNTY].mentor_idle_months
    #: TrainingRule value; None keeps the batch's rule (a new batch: 必修课)
    training_rule: str | None = None
    note: str = ""
    term_reason: str = ""
    id: int | None = None
    version: int | None = None

    @classmethod
    def defaults(
        cls, level: str = "county", start: dt.date | None = None, end: dt.date | None = None, name: str = ""
    ) -> BatchForm:
        """A new batch of ``level`` with the seeds' rule parameters; the term from ``start`` by default."""
        lvl = parse_level(level)
        d = LEVEL_DEFAULTS[lvl]
        start = start or dt.date(dt.date.today().year, 1, 1)
        end = end or term_end(start, d.term_years)
        return cls(
            name=name,
            level=lvl.value,
            start=start,
            end=end,
            term_years=term_years_of(start, end),
            min_days_month=d.min_days_month,
            min_days_year=d.min_days_year,
            households_per_cadre=d.households_per_cadre,
            household_visits_per_year=d.household_visits_per_year,
            deputy_visit_months=d.deputy_visit_months,
            head_visits_per_term=d.head_visits_per_term,
            training_hours=d.training_hours,
            mentor_idle_months=d.mentor_idle_months,
            training_rule=TrainingRule.REQUIRED_COURSES.value,
        )

    def rule_values(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in RULE_FIELDS}


TRAINING_RULES = tuple(r.value for r in TrainingRule)
_STORED = [f.name for f in fields(BatchForm) if f.name not in ("id", "version")]


def _find(session: Session, name: str | None) -> Batch:
    if name:
        batch = session.scalar(select(Batch).where(Batch.name == name.strip()))
        if batch is None:
            raise NotFound(f"没有名为“{name}”的批次")
        return batch
    batch = session.scalar(select(Batch).order_by(Batch.start.desc(), Batch.id.desc()).limit(1))
    if batch is None:
        raise NotFound("数据库中还没有任何批次，请先新建批次（batch add）或导入名单")
    return batch


def form_of(batch: Batch) -> BatchForm:
    return BatchForm(
        **{k: getattr(batch, k) for k in _STORED if k not in ("note", "term_reason")},
        note=batch.note or "",
        term_reason=batch.term_reason or "",
        id=batch.id,
        version=batch.version,
    )


def _clean(session: Session, form: BatchForm) -> tuple[BatchForm, str | None]:
    """Validate a form; returns it normalised and the note on a non-standard term (None: standard)."""
    name = clean_text(form.name).strip()  # no control characters or bidirectional overrides
    if not name:
        raise ValidationError("批次名称不能为空")
    try:
        level = parse_level(form.level)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None
    if not isinstance(form.start, dt.date) or not isinstance(form.end, dt.date):
        raise ValidationError("批次的开始、结束日期须为日期")
    if form.end <= form.start:
        raise ValidationError(f"批次结束日期 {form.end} 必须晚于开始日期 {form.start}")
    other = session.scalar(select(Batch.id).where(Batch.name == name, Batch.id != (form.id or -1)))
    if other is not None:
        raise ValidationError(f"批次“{name}”已存在", key="duplicate")
    for key, (label, low, high) in RULE_FIELDS.items():
        value = getattr(form, key)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValidationError(f"“{label}”应为 {low} 至 {high} 之间的整数，不是 {value!r}")
    try:
        share = Decimal(str(form.min_reserve_share)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        raise ValidationError(f"后备干部比例应为 0 至 1 的小数：{form.min_reserve_share!r}") from None
    if not Decimal(0) <= share <= Decimal(1):
        raise ValidationError(f"后备干部比例应为 0 至 1 之间的小数，不是 {share}")
    if form.training_rule is not None and form.training_rule not in TRAINING_RULES:
        raise ValidationError(
            f"岗前培训认定方式应为：{'、'.join(TRAINING_RULES)}，不是 {form.training_rule!r}"
        )
    why = nonstandard_term(level, form.start, form.end)
    reason = form.term_reason.strip()
    if why and not reason:
        raise ValidationError(f"{why}。确需调整期限的，请注明原因。", key="term-length")
    clean = BatchForm(
        **{
            **asdict(form),
            "name": name,
            "level": level.value,
            "min_reserve_share": share,
            "note": form.note.strip(),
            "term_reason": reason if why else "",
        }
    )
    return clean, (f"期限调整原因：{reason}（{why}）" if why else None)


def _stored(clean: BatchForm, key: str) -> object:
    value = getattr(clean, key)
    return (value or None) if key in ("note", "term_reason") else value


def store_new(session: Session, form: BatchForm) -> tuple[Batch, str | None]:
    """Validate and insert a new batch in the caller's transaction; returns it and its term note.

    The batch starts with the places' current priority tags as its own list (``batch_place_tag``)."""
    clean, term_note = _clean(session, form)
    if clean.training_rule is None:
        clean = replace(clean, training_rule=TrainingRule.REQUIRED_COURSES.value)
    batch = Batch(**{k: _stored(clean, k) for k in _STORED})
    session.add(batch)
    session.flush()
    session.execute(
        insert(BatchPlaceTag).from_select(
            ["batch_id", "place_id", "tag"],
            select(literal(batch.id), PlaceTagLink.place_id, PlaceTagLink.tag),
        )
    )
    return batch, term_note


@command("batch.create", permission=Permission.EDIT)
def create_batch(tx: Tx, form: BatchForm) -> BatchRow:
    """A new batch with all its rule parameters, in one step (one audit entry)."""
    batch, term_note = store_new(tx.session, form)
    clean = form_of(batch)
    detail = f"{clean.name} {clean.level} {clean.start}~{clean.end}"
    tx.audit(entity="batch", entity_id=batch.id, detail=detail + (f"；{term_note}" if term_note else ""))
    return row_of(tx.session, batch)


@command("batch.update", permission=Permission.EDIT)
def update_batch(tx: Tx, form: BatchForm) -> BatchRow:
    """Save an edited batch; ``form.version`` refuses an edit made meanwhile by someone else."""
    if form.id is None:
        raise ValidationError("要修改的批次没有编号")
    batch = tx.session.get(Batch, form.id)
    if batch is None:
        raise NotFound(f"批次 {form.id} 已被删除")
    if batch.closed_on is not None:
        raise ValidationError(
            f"批次“{batch.name}”已于 {batch.closed_on} 结束，不能再修改", key="batch-closed"
        )
    if form.version is not None and form.version != batch.version:
        raise Conflict(f"批次“{batch.name}”已被他人修改，请重新打开后再编辑")
    if form.training_rule is None:  # a form that does not show the rule keeps it
        form = replace(form, training_rule=batch.training_rule)
    dates_changed = (form.start, form.end) != (batch.start, batch.end)
    if dates_changed or form.level != batch.level:
        clean, term_note = _clean(tx.session, form)
    else:  # a batch's existing term is not questioned again when only its parameters change
        clean, _note = _clean(tx.session, _with_term(form, batch))
        given = form.term_reason.strip()
        clean = BatchForm(**{**asdict(clean), "term_reason": given or (batch.term_reason or "")})
        term_note = None
    changes: list[str] = []
    for key in _STORED:
        old = getattr(batch, key)
        new = _stored(clean, key)
        if old != new:
            changes.append(f"{key}: {old}→{new}")
            setattr(batch, key, new)
    if changes:
        tx.session.flush()
        if term_note:
            changes.append(term_note)
        tx.audit(entity="batch", entity_id=batch.id, detail="；".join(changes))
    return row_of(tx.session, batch)


def row_of(session: Session, b: Batch) -> BatchRow:
    return BatchRow(
        b.id, b.name, b.level, b.start, b.end, _count(session, b.id), b.term_reason or "", b.closed_on
    )


def _with_term(form: BatchForm, batch: Batch) -> BatchForm:
    why = nonstandard_term(Level(batch.level), batch.start, batch.end)
    if why and not form.term_reason.strip():
        return BatchForm(**{**asdict(form), "term_reason": "沿用已有期限"})
    return form


def save_batch(ctx: Context, form: BatchForm) -> BatchRow:
    """Create or update, as the batch dialog does."""
    return create_batch(ctx, form) if form.id is None else update_batch(ctx, form)


def _count(session: Session, batch_id: int) -> int:
    return session.scalar(select(func.count(Dispatch.id)).where(Dispatch.batch_id == batch_id)) or 0


def batch_rows(session: Session) -> list[BatchRow]:
    """Every batch, most recent first, with its number of dispatches."""
    counts = (
        select(Dispatch.batch_id, func.count(Dispatch.id).label("n")).group_by(Dispatch.batch_id).subquery()
    )
    rows = session.execute(
        select(
            Batch.id, Batch.name, Batch.level, Batch.start, Batch.end, func.coalesce(counts.c.n, 0),
            func.coalesce(Batch.term_reason, ""), Batch.closed_on,
        )
        .outerjoin(counts, counts.c.batch_id == Batch.id)
        .order_by(Batch.start.desc(), Batch.id.desc())
    ).all()  # fmt: skip
    return [BatchRow(*r) for r in rows]


@query(permission=Permission.VIEW)
def list_batches(tx: Tx) -> list[BatchRow]:
    return batch_rows(tx.session)


@query(permission=Permission.VIEW)
def find_batch(tx: Tx, name: str | None = None) -> BatchRow:
    """The named batch, or the most recent one (CLI.md: without --batch, the most recent batch)."""
    return row_of(tx.session, _find(tx.session, name))


@query(permission=Permission.VIEW)
def batch_form(tx: Tx, batch_id: int) -> BatchForm:
    batch = tx.session.get(Batch, batch_id)
    if batch is None:
        raise NotFound(f"批次 {batch_id} 不存在")
    return form_of(batch)


# helpers for other services (same transaction)
find = _find
