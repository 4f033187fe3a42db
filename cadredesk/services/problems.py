"""The problem ledger (问题台账, seeds 003/004): register a problem, move it through its loop, reopen it,
list what is overdue, export and print.

The loop's rules are pure (``cadredesk.core.problems``); each step here is one command that records the
stage, the day it happened, who acted, and when and by which clerk it was recorded.  Closed problems
are read only until reopened (itself a recorded step).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cadredesk.core import problems as lifecycle
from cadredesk.core.enums import ProblemStage
from cadredesk.core.models import Batch, Place, Problem, ProblemStep, Township, utcnow
from cadredesk.core.onpost_rows import ProblemRow, StepRow
from cadredesk.errors import Conflict, NotFound, UserError, ValidationError
from cadredesk.services.context import Tx, command, query
from cadredesk.services.onpost_base import BatchRef, batch_of, dispatch_of, find_place

CATEGORIES = (
    "基层组织建设", "产业发展", "基础设施", "民生保障", "矛盾纠纷", "人居环境",
    "摸实情", "讲政策", "解难题", "推项目", "优环境", "其他",
)  # fmt: skip


@dataclass(frozen=True)
class ProblemForm:
    """A problem as found: where, by whom, when, what kind, what.  ``place`` by id or name (with its
    township when the name is not unique)."""

    batch: BatchRef
    place: int | str
    found_by: str
    found_on: dt.date
    category: str
    title: str
    detail: str = ""
    township: str = ""
    dispatch_id: int | None = None  # the cadre who found it, when it was one
    id: int | None = None
    version: int | None = None


def _state(p: Problem) -> lifecycle.ProblemState:
    return lifecycle.ProblemState(
        p.stage, p.deadline, tuple(lifecycle.StepFact(st.stage, st.day, bool(st.reopened)) for st in p.steps)
    )


def _row(s: Session, p: Problem, today: dt.date, *, with_steps: bool = False) -> ProblemRow:
    place = s.get(Place, p.place_id) if p.place_id else None
    town = s.get(Township, place.township_id) if place else None
    state = _state(p)
    steps = (
        tuple(
            StepRow(
                st.stage,
                st.day,
                st.actor or "",
                st.note or "",
                st.at,
                st.recorded_by or "",
                bool(st.reopened),
            )
            for st in p.steps
        )
        if with_steps
        else ()
    )
    return ProblemRow(
        p.id, p.batch_id, town.name if town else "", p.place_id, place.name if place else "", p.found_by or "",
        p.found_on, p.category or "", p.title, p.detail or "", p.stage, p.assignee or "", p.deadline, p.closed_on,
        lifecycle.overdue_days(state, today), tuple(lifecycle.next_stages(state, today)), p.version, steps,
    )  # fmt: skip


def _problem(s: Session, problem_id: int, version: int | None = None) -> Problem:
    p = s.get(Problem, problem_id)
    if p is None:
        raise NotFound(f"问题 {problem_id} 不存在")
    if version is not None and p.version != version:
        raise Conflict("这条问题已被其他人修改，请刷新后再操作")
    return p


def _clean(form: ProblemForm) -> tuple[str, str, str, str]:
    title = " ".join((form.title or "").split())
    if not title:
        raise ValidationError("请写明问题（简要描述）")
    if len(title) > 200:
        raise ValidationError(f"问题描述过长（{len(title)} 字，最多 200 字；详情请写在说明中）")
    found_by = " ".join((form.found_by or "").split())
    if not found_by:
        raise ValidationError("请写明发现人")
    if len(found_by) > 64:
        raise ValidationError("发现人过长（最多 64 字）")
    category = " ".join((form.category or "").split())
    if not category:
        raise ValidationError(f"请写明问题类别（如 {'、'.join(CATEGORIES[:6])}）")
    if len(category) > 32:
        raise ValidationError("问题类别过长（最多 32 字）")
    return title, found_by, category, " ".join((form.detail or "").split())


def _step(
    s: Session, tx: Tx, p: Problem, stage: str, day: dt.date, actor: str, note: str, *, reopened: bool = False
) -> None:
    p.steps.append(
        ProblemStep(
            stage=stage, day=day, actor=actor[:64] or None, note=note or None, at=utcnow(),
            recorded_by=tx.actor.username[:32], reopened=reopened,
        )
    )  # fmt: skip


@command("problem.report")
def report_problem(tx: Tx, form: ProblemForm) -> ProblemRow:
    """Register a problem (发现)."""
    s = tx.session
    b = batch_of(s, form.batch)
    place = find_place(s, form.place, form.township)
    title, found_by, category, detail = _clean(form)
    if form.found_on > tx.today():
        raise ValidationError(f"发现日期 {form.found_on} 晚于今天")
    if form.dispatch_id is not None:
        d = dispatch_of(s, form.dispatch_id)
        if d.batch_id != b.id:
            raise ValidationError("发现问题的干部不在这个批次")
    p = Problem(
        batch_id=b.id, place_id=place.id, dispatch_id=form.dispatch_id, title=title, detail=detail or None,
        category=category, found_on=form.found_on, found_by=found_by, stage=ProblemStage.FOUND.value,
    )  # fmt: skip
    s.add(p)
    _step(s, tx, p, ProblemStage.FOUND.value, form.found_on, found_by, f"发现：{title}")
    s.flush()
    tx.audit(
        entity="problem", entity_id=p.id, detail=f"{place.name}：{title}（{found_by} {form.found_on} 发现）"
    )
    return _row(s, p, tx.today(), with_steps=True)


@command("problem.edit")
def edit_problem(tx: Tx, form: ProblemForm) -> ProblemRow:
    """Correct what was registered (not on a closed problem)."""
    if form.id is None:
        raise ValidationError("缺少要修改的问题")
    s = tx.session
    p = _problem(s, form.id, form.version)
    lifecycle_check(lambda: lifecycle.check_edit(_state(p)))
    place = find_place(s, form.place, form.township)
    title, found_by, category, detail = _clean(form)
    if form.found_on > tx.today():
        raise ValidationError(f"发现日期 {form.found_on} 晚于今天")
    p.place_id, p.title, p.found_by, p.category, p.detail, p.found_on = (
        place.id, title, found_by, category, detail or None, form.found_on,
    )  # fmt: skip
    if p.steps and p.steps[0].stage == ProblemStage.FOUND.value:
        p.steps[0].day, p.steps[0].actor = form.found_on, found_by[:64]
    s.flush()
    tx.audit(entity="problem", entity_id=p.id, detail=f"更正问题 {p.id}：{place.name}：{title}")
    return _row(s, p, tx.today(), with_steps=True)


def lifecycle_check(fn: Callable[[], None]) -> None:
    """Run a pure lifecycle check; its refusal becomes the clerk's ValidationError."""
    try:
        fn()
    except lifecycle.LifecycleError as exc:
        raise ValidationError(str(exc), key="lifecycle") from None


@command("problem.advance")
def advance_problem(
    tx: Tx,
    problem_id: int,
    to: str,
    *,
    day: dt.date | None = None,
    actor: str = "",
    note: str = "",
    assignee: str | None = None,
    deadline: dt.date | None = None,
    version: int | None = None,
) -> ProblemRow:
    """Move a problem to its next stage (交办 with whom and by when; 督办 only when overdue; 销号)."""
    s = tx.session
    p = _problem(s, problem_id, version)
    today = tx.today()
    day = day or today
    state = _state(p)
    lifecycle_check(lambda: lifecycle.check_step(state, to, day, today, assignee=assignee, deadline=deadline))
    actor = " ".join(actor.split())
    note = " ".join(note.split())
    if to == ProblemStage.ASSIGNED.value:
        p.assignee = " ".join((assignee or "").split())[:128]
        p.deadline = deadline
        actor = actor or "交办"
        note = note or f"交由{p.assignee}办理，限期 {deadline} 前办结"
    elif to == ProblemStage.CLOSED.value:
        p.closed_on = day
    if not actor:
        actor = (
            p.assignee
            if to in (ProblemStage.HANDLING.value, ProblemStage.FEEDBACK.value) and p.assignee
            else tx.actor.label
        )
    p.stage = to
    _step(s, tx, p, to, day, actor, note)
    s.flush()
    tx.audit(entity="problem", entity_id=p.id, detail=f"{p.title}：{state.stage}→{to}（{day}，{actor}）")
    return _row(s, p, today, with_steps=True)


@command("problem.reopen")
def reopen_problem(
    tx: Tx, problem_id: int, reason: str, *, deadline: dt.date | None = None, version: int | None = None
) -> ProblemRow:
    """Reopen a closed problem (back to 处理), with the reason; optionally a new deadline."""
    s = tx.session
    p = _problem(s, problem_id, version)
    today = tx.today()
    state = _state(p)
    lifecycle_check(lambda: lifecycle.check_reopen(state, reason, deadline, today))
    p.stage = lifecycle.reopened_stage()
    p.closed_on = None
    if deadline is not None:
        p.deadline = deadline
    reason = " ".join(reason.split())
    _step(s, tx, p, p.stage, today, tx.actor.label, f"重新打开：{reason}", reopened=True)
    s.flush()
    tx.audit(entity="problem", entity_id=p.id, detail=f"重新打开 {p.title}：{reason}")
    return _row(s, p, today, with_steps=True)


@query
def problem_detail(tx: Tx, problem_id: int) -> ProblemRow:
    return _row(tx.session, _problem(tx.session, problem_id), tx.today(), with_steps=True)


def problem_rows(
    s: Session, b: Batch, today: dt.date, *, stage: str | None = None, overdue_only: bool = False,
    township_id: int | None = None, place_id: int | None = None, with_steps: bool = False,
) -> list[ProblemRow]:  # fmt: skip
    q = select(Problem).where(Problem.batch_id == b.id)
    if stage:
        q = q.where(Problem.stage == stage)
    if overdue_only:
        q = q.where(Problem.stage != ProblemStage.CLOSED.value, Problem.deadline < today)
    if place_id is not None:
        q = q.where(Problem.place_id == place_id)
    if township_id is not None:
        q = q.where(Problem.place_id.in_(select(Place.id).where(Place.township_id == township_id)))
    rows = [
        _row(s, p, today, with_steps=with_steps) for p in s.scalars(q.order_by(Problem.found_on, Problem.id))
    ]
    if overdue_only:
        rows.sort(key=lambda r: (-r.overdue_days, r.id))
    return rows


@query
def list_problems(
    tx: Tx, batch: BatchRef = None, *, stage: str | None = None, overdue_only: bool = False,
    township_id: int | None = None, place_id: int | None = None,
) -> list[ProblemRow]:  # fmt: skip
    """The batch's ledger, oldest first (``overdue_only``: most overdue first)."""
    b = batch_of(tx.session, batch)
    return problem_rows(
        tx.session,
        b,
        tx.today(),
        stage=stage,
        overdue_only=overdue_only,
        township_id=township_id,
        place_id=place_id,
    )


@query
def overdue_problems(tx: Tx, batch: BatchRef = None) -> list[ProblemRow]:
    """Open problems past their deadline, most overdue first."""
    return problem_rows(tx.session, batch_of(tx.session, batch), tx.today(), overdue_only=True)


@dataclass(frozen=True)
class LedgerOutput:
    path: Path
    rows: int
    pages: int = 0
    warnings: tuple[str, ...] = field(default_factory=tuple)


@command("export.problems")
def export_problems(tx: Tx, batch: BatchRef, out: Path, *, overdue_only: bool = False) -> LedgerOutput:
    """The ledger as a workbook (one row per problem, its steps in a second sheet)."""
    from cadredesk.io.onpost_excel import write_problems
    from cadredesk.services.settings import organization_of

    s = tx.session
    b = batch_of(s, batch)
    rows = problem_rows(s, b, tx.today(), overdue_only=overdue_only, with_steps=True)
    if not rows:
        raise UserError(f"批次“{b.name}”的问题台账{'没有逾期问题' if overdue_only else '为空'}", key="empty")
    path = write_problems(
        rows,
        out,
        batch_name=b.name,
        organization=organization_of(s),
        as_of=tx.today(),
        overdue_only=overdue_only,
    )
    tx.audit(entity="batch", entity_id=b.id, detail=f"导出问题台账 {len(rows)} 条 → {Path(out).name}")
    return LedgerOutput(path, len(rows))
