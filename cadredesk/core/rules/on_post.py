"""Rules about cadres on post (seed 002, 003, 004): insurance, problem deadlines, unit leader visits."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from cadredesk.core.enums import DispatchStatus, VisitorRole
from cadredesk.core.rules.base import ERROR, WARNING, RuleInfo, Violation, subject
from cadredesk.core.rules.campaign import BatchFacts

INSURANCE_NOTICE_DAYS = 30


@dataclass(frozen=True, slots=True)
class PostFact:
    """A dispatch of the batch with what the on-post rules look at."""

    id: int
    name: str
    status: str
    unit_id: int | None
    insurance_policy: str | None = None
    insurance_expiry: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ProblemFact:
    id: int
    title: str
    place: str
    stage: str
    deadline: dt.date | None


@dataclass(frozen=True, slots=True)
class VisitFact:
    unit_id: int
    role: str  # VisitorRole
    day: dt.date


@dataclass
class OnPostFacts:
    batch: BatchFacts
    posts: list[PostFact] = field(default_factory=list)
    open_problems: list[ProblemFact] = field(default_factory=list)
    units: dict[int, str] = field(default_factory=dict)  # units with cadres counted in the batch
    visits: list[VisitFact] = field(default_factory=list)


Rule = Callable[[OnPostFacts, dt.date], Iterable[Violation]]


def insurance(f: OnPostFacts, today: dt.date) -> Iterator[Violation]:
    """Seed 002: personal accident insurance for every cadre on post; warn 30 days before expiry."""
    soon = today + dt.timedelta(days=INSURANCE_NOTICE_DAYS)
    on_post = [p for p in f.posts if p.status == DispatchStatus.ON_POST.value]
    for p in sorted(on_post, key=lambda p: (p.insurance_expiry or dt.date.min, p.id)):
        who, target = subject(f.batch.name, p.name), ("dispatch", p.id)
        if p.insurance_expiry is None:
            yield Violation("insurance-missing", who, "在岗但未登记人身意外伤害保险", ERROR, target)
        elif p.insurance_expiry < today:
            yield Violation(
                "insurance-missing",
                who,
                f"保险（{p.insurance_policy or '无单号'}）已于 {p.insurance_expiry} 到期",
                ERROR,
                target,
            )
        elif p.insurance_expiry <= soon:
            yield Violation(
                "insurance-expiring",
                who,
                f"保险（{p.insurance_policy or '无单号'}）将于 {p.insurance_expiry} 到期",
                WARNING,
                target,
            )


def problem_deadlines(f: OnPostFacts, today: dt.date) -> Iterator[Violation]:
    """Seeds 003/004: problems are closed in a loop with deadlines."""
    for p in sorted(f.open_problems, key=lambda p: (p.deadline or dt.date.max, p.id)):
        if p.deadline is not None and p.deadline < today:
            yield Violation(
                "problem-overdue",
                subject(f.batch.name, f"{p.place}：{p.title}"),
                f"办理期限 {p.deadline} 已过，仍处于“{p.stage}”环节",
                ERROR,
                ("problem", p.id),
            )


def leader_visits(f: OnPostFacts, today: dt.date) -> Iterator[Violation]:
    """Seed 002: the unit's head visits at least once a term; its deputy in charge at least every half year."""
    b = f.batch
    visits: dict[tuple[int, str], list[dt.date]] = defaultdict(list)
    for v in f.visits:
        visits[(v.unit_id, v.role)].append(v.day)
    end = min(today, b.end)
    for uid, uname in sorted(f.units.items(), key=lambda u: u[1]):
        where, target = subject(b.name, uname), ("unit", uid)
        if today > b.end and len(visits.get((uid, VisitorRole.HEAD.value), [])) < max(
            1, b.head_visits_per_term
        ):
            yield Violation("visit-head-missing", where, "派驻期内主要负责人未到村看望指导", ERROR, target)
        days = sorted(visits.get((uid, VisitorRole.DEPUTY.value), []))
        edge, gap_months = b.start, b.deputy_visit_months
        for d in [*days, end]:
            if (d - edge).days > gap_months * 31:
                yield Violation(
                    "visit-deputy-gap",
                    where,
                    f"分管负责人 {edge} 至 {d} 间超过{gap_months}个月未到村",
                    WARNING if d == end else ERROR,
                    target,
                )
                break
            edge = d


#: the rule keys this module reports, with the label the GUI shows
INFOS = (
    RuleInfo("insurance-missing", "意外伤害保险", "002"),
    RuleInfo("insurance-expiring", "保险即将到期", "002"),
    RuleInfo("problem-overdue", "问题逾期", "003, 004"),
    RuleInfo("visit-head-missing", "主要负责人到村", "002"),
    RuleInfo("visit-deputy-gap", "分管负责人到村", "002"),
)
RULES: tuple[Rule, ...] = (insurance, problem_deadlines, leader_visits)


def check(facts: OnPostFacts, today: dt.date) -> list[Violation]:
    out: list[Violation] = []
    for rule in RULES:
        out.extend(rule(facts, today))
    return out
