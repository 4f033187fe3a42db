"""The dashboard (总览): one query with the figures the GUI's first page shows and ``print summary`` prints.

Coverage, people on post, this month's compliance (the last complete month, and who is trending
below the quota in the month in progress), the recent months, and the alerts — each with the ids of
the records behind it.  The alerts are the findings of ``check`` (the same pure rules), grouped.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cadredesk.core import compliance as c
from cadredesk.core.enums import COUNTED_STATUSES, DispatchStatus, LeaveStatus, PlaceTag, ProblemStage
from cadredesk.core.models import Batch, Cadre, Dispatch, Leave, Place, PlaceTagLink, Problem
from cadredesk.core.onpost_rows import Alert, Dashboard, MonthProgress, MonthRate
from cadredesk.core.rules import ERROR, Violation
from cadredesk.services import checks
from cadredesk.services.compliance import IN_POST, Stay, count_days, last_entered, stays, trend_report
from cadredesk.services.context import Tx, query
from cadredesk.services.onpost_base import BatchRef, batch_of, holiday_set

#: the alert groups: key, label, the rule keys behind it
ALERT_GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("insurance", "意外伤害保险", ("insurance-missing", "insurance-expiring")),
    ("problems", "逾期问题", ("problem-overdue",)),
    ("visits", "领导到村", ("visit-head-missing", "visit-deputy-gap")),
    ("days", "在岗天数不足", ("days-short-month", "days-short-year")),
    ("training", "未完成岗前培训", ("training-incomplete",)),
    ("party", "党组织关系未转入", ("party-transfer-missing",)),
    ("households", "联系户走访不足", ("household-visits-short",)),
)
MONTHS_SHOWN = 6
_MUST = [t.value for t in PlaceTag if t.must_cover]


def _alerts(found: list[Violation]) -> list[Alert]:
    out: list[Alert] = []
    for key, label, rules in ALERT_GROUPS:
        mine = [v for v in found if v.rule in rules]
        targets = tuple(dict.fromkeys(v.target for v in mine if v.target is not None))
        severity = ERROR if any(v.severity == ERROR for v in mine) else "warning"
        out.append(Alert(key, label, severity, len(mine), targets, rules))
    return out


def _month_rate(
    s: Session, b: Batch, year: int, month: int, people: list[Stay], holidays: frozenset[dt.date]
) -> MonthRate:
    window = c.month_span(year, month)
    here = [p for p in people if p.start <= window.last and p.end >= window.first]
    counts = count_days(s, window, IN_POST, here)
    quota = c.month_quota(year, month, holidays, b.min_days_month)
    short = []
    for p in here:
        whole = p.start <= window.first and p.end >= window.last
        required = quota if whole else c.month_required(year, month, p.period, holidays, b.min_days_month)
        if counts.get(p.id, 0) < required:
            short.append(p.id)
    return MonthRate(year, month, len(here), len(here) - len(short), tuple(short))


def dashboard_of(s: Session, b: Batch, today: dt.date, found: list[Violation] | None = None) -> Dashboard:
    """``found``: the batch's findings as of ``today`` when the caller has them already."""
    dash = Dashboard(b.id, b.name, b.level, b.start, b.end, today)
    counted = select(Dispatch.place_id).where(
        Dispatch.batch_id == b.id, Dispatch.status.in_(COUNTED_STATUSES)
    )
    covered = set(s.scalars(counted))
    dash.places_total = s.scalar(select(func.count()).select_from(Place)) or 0
    dash.places_covered = len(covered - {None})
    priority = set(s.scalars(select(PlaceTagLink.place_id).where(PlaceTagLink.tag.in_(_MUST))))
    dash.priority_total = len(priority)
    dash.priority_covered = len(priority & covered)
    dash.uncovered_priority_ids = tuple(sorted(priority - covered))
    dash.statuses = dict(
        s.execute(
            select(Dispatch.status, func.count()).where(Dispatch.batch_id == b.id).group_by(Dispatch.status)
        ).all()
    )
    dash.roles = dict(
        s.execute(
            select(Dispatch.role, func.count())
            .where(Dispatch.batch_id == b.id, Dispatch.status == DispatchStatus.ON_POST.value)
            .group_by(Dispatch.role)
        ).all()
    )
    # compliance: recent complete months, and the month in progress
    people = stays(s, b)
    term = c.Span(b.start, b.end)
    holidays, sources = holiday_set(s, term)
    months = [ym for ym in c.months_of(term) if c.month_span(*ym).last < today]
    reported = []
    for y, m in months[-MONTHS_SHOWN:]:
        window = c.month_span(y, m)
        horizon = max(last_entered(s, window, people).values(), default=None)
        if horizon is None:
            continue  # nothing entered for that month
        rate = _month_rate(s, b, y, m, people, holidays)
        if horizon < min(window.last, term.last):
            rate = replace(rate, entered_through=horizon)
            dash.notes.append(f"{y}年{m}月的考勤只录入至 {horizon:%m月%d日}，该月达标情况待录入完整后再看")
        reported.append(rate)
    dash.months = reported
    complete = [r for r in reported if r.complete]
    dash.last_month = complete[-1] if complete else None
    if term.first <= today <= term.last:
        trend = trend_report(s, b, today.year, today.month, today)
        flagged = Counter(r.trend.status for r in trend.rows)
        dash.this_month = MonthProgress(
            today.year, today.month, len(trend.rows), max(trend.entered_through.values(), default=None),
            tuple(r.dispatch_id for r in trend.rows if r.trend.status == c.BEHIND),
            tuple(r.dispatch_id for r in trend.rows if r.trend.status == c.CANNOT),
        )  # fmt: skip
        if not flagged:
            dash.notes.append(f"{today.year}年{today.month}月尚无在岗干部")
    for y, src in sorted(sources.items()):
        if src == "none" and term.first.year <= y <= term.last.year:
            dash.notes.append(f"{y} 年的法定节假日尚未录入，月度要求按无节假日计算")
    # alerts: the rules of check, grouped, plus the leave waiting for approval
    dash.alerts = _alerts(found if found is not None else checks.batch_violations(s, b, today))
    pending = tuple(
        s.scalars(
            select(Leave.id)
            .join(Dispatch, Dispatch.id == Leave.dispatch_id)
            .where(Dispatch.batch_id == b.id, Leave.status == LeaveStatus.REQUESTED.value)
            .order_by(Leave.start)
        )
    )
    dash.leave_pending_ids = pending
    dash.alerts.append(
        Alert("leave", "待审批请假", "warning", len(pending), tuple(("leave", i) for i in pending))
    )
    # the problem ledger
    stages = dict(
        s.execute(
            select(Problem.stage, func.count()).where(Problem.batch_id == b.id).group_by(Problem.stage)
        ).all()
    )
    dash.problems_closed = stages.get(ProblemStage.CLOSED.value, 0)
    dash.problems_open = sum(stages.values()) - dash.problems_closed
    dash.problems_overdue = (
        s.scalar(
            select(func.count()).where(
                Problem.batch_id == b.id, Problem.stage != ProblemStage.CLOSED.value, Problem.deadline < today
            )
        )
        or 0
    )
    return dash


@query
def dashboard(tx: Tx, batch: BatchRef = None, as_of: dt.date | None = None) -> Dashboard:
    """Every figure of the 总览 page for the batch (default: the most recent) as of ``as_of`` (today)."""
    return dashboard_of(tx.session, batch_of(tx.session, batch), as_of or tx.today())


# ============================================================================ the 总览 page


@dataclass(frozen=True)
class AlertItem:
    """One finding behind an alert, as the 总览 page lists it; ``target`` opens its record."""

    id: int  # the row's position (stable within one load)
    group: str  # ALERT_GROUPS key, or "leave"
    group_label: str
    severity: str  # error | warning
    rule: str
    subject: str
    detail: str
    target: tuple[str, int] | None
    initials: str = ""  # pinyin initials of the subject (the person or place), for the page's search

    @property
    def what(self) -> str:
        """The subject without the batch's name in front."""
        return self.subject.split(" / ", 1)[-1]


def _initials(subject: str) -> str:
    from cadredesk.core.names import initials_index

    what = subject.split(" / ", 1)[-1]
    return initials_index(what.split("（")[0].split("：")[0].split(" → ")[0])


@dataclass(frozen=True)
class Overview:
    """The 总览 page: the dashboard's figures, the batch's training and evaluation figures, the alerts'
    findings one by one, and the batches to choose from (most recent first)."""

    dashboard: Dashboard
    items: list[AlertItem]
    batches: list[str]
    dispatched: int  # counted dispatches (recommended … on post … completed)
    trained: int  # of them, training complete by the batch's rule
    evaluations_due: int  # end-of-term evaluations due
    evaluations_decided: int  # of them, a grade decided
    grades: dict[str, int] = field(default_factory=dict)  # decided grade → count


def _leave_items(s: Session, ids: tuple[int, ...], start: int) -> list[AlertItem]:
    if not ids:
        return []
    rows = s.execute(
        select(Leave.id, Cadre.name, Leave.start, Leave.end)
        .join(Dispatch, Dispatch.id == Leave.dispatch_id)
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .where(Leave.id.in_(ids))
        .order_by(Leave.start, Leave.id)
    ).all()
    return [
        AlertItem(start + k, "leave", "待审批请假", "warning", "leave-pending", name,
                  f"{first:%m月%d日}至{last:%m月%d日}的请假待乡镇审批", ("leave", lid), _initials(name))
        for k, (lid, name, first, last) in enumerate(rows)
    ]  # fmt: skip


@query
def overview(tx: Tx, batch: BatchRef = None, as_of: dt.date | None = None) -> Overview:
    """Everything the 总览 page shows for the batch (default: the most recent) as of ``as_of`` (today)."""
    from cadredesk.core.models import Evaluation
    from cadredesk.services.evaluation import TERM_END, term_end_due
    from cadredesk.services.training import training_facts

    s = tx.session
    b = batch_of(s, batch)
    today = as_of or tx.today()
    found = checks.batch_violations(s, b, today)
    dash = dashboard_of(s, b, today, found)
    items: list[AlertItem] = []
    for key, label, rules in ALERT_GROUPS:
        for v in found:
            if v.rule in rules:
                items.append(
                    AlertItem(
                        len(items),
                        key,
                        label,
                        v.severity,
                        v.rule,
                        v.subject,
                        v.detail,
                        v.target,
                        _initials(v.subject),
                    )
                )
    items += _leave_items(s, dash.leave_pending_ids, len(items))
    counted = list(
        s.execute(
            select(Dispatch.id, Dispatch.status).where(
                Dispatch.batch_id == b.id, Dispatch.status.in_(COUNTED_STATUSES)
            )
        ).all()
    )
    facts = training_facts(s, b, [i for i, _st in counted])
    trained = sum(1 for i, _st in counted if facts.of(i).complete)
    due = {i for i, st in counted if term_end_due(b, st, today)}
    grades: Counter[str] = Counter()
    if due:
        for dispatch_id, grade in s.execute(
            select(Evaluation.dispatch_id, Evaluation.grade)
            .join(Dispatch, Dispatch.id == Evaluation.dispatch_id)
            .where(Dispatch.batch_id == b.id, Evaluation.kind == TERM_END, Evaluation.grade.is_not(None))
        ).all():
            if dispatch_id in due and grade:
                grades[grade] += 1
    names = list(s.scalars(select(Batch.name).order_by(Batch.start.desc(), Batch.id.desc())))
    return Overview(dash, items, names, len(counted), trained, len(due), sum(grades.values()), dict(grades))
