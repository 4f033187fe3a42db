"""Rules about cadres on post: insurance, problem deadlines, unit leader visits.

Sources: 《在全县选派干部驻村蹲点工作会议上的讲话》 (insurance, the leaders' visits), the problem
ledger of 《深入基层 走进群众 锤炼作风 东营：“万名干部下基层”活动全面启动》 and
《省政府新闻办新闻发布会：全省加强模范机关建设，服务经济社会高质量发展》.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from cadredesk.core.campaign import add_months, last_quarter
from cadredesk.core.enums import COUNTED_STATUSES, DispatchStatus, VisitorRole
from cadredesk.core.rules.base import ERROR, WARNING, RuleInfo, Violation, subject
from cadredesk.core.rules.campaign import BatchFacts
from cadredesk.core.sources import cite

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
    #: where the cadre serves and for how long (the leaders' visits are judged per place)
    place_id: int | None = None
    place: str = ""
    start: dt.date | None = None
    end: dt.date | None = None


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
    place_id: int | None = None


@dataclass
class OnPostFacts:
    batch: BatchFacts
    posts: list[PostFact] = field(default_factory=list)
    open_problems: list[ProblemFact] = field(default_factory=list)
    units: dict[int, str] = field(default_factory=dict)  # units with cadres counted in the batch
    visits: list[VisitFact] = field(default_factory=list)


Rule = Callable[[OnPostFacts, dt.date], Iterable[Violation]]


def insurance(f: OnPostFacts, today: dt.date) -> Iterator[Violation]:
    """《在全县选派干部驻村蹲点工作会议上的讲话》: personal accident insurance for every cadre on post; warn 30 days before expiry.
    Only dispatches 在岗 are judged: the reminders stop once a dispatch is closed (期满) or ended."""
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
    """《省政府新闻办新闻发布会：全省加强模范机关建设，服务经济社会高质量发展》 and 《深入基层 走进群众 锤炼作风 东营：“万名干部下基层”活动全面启动》: problems are closed in a loop with deadlines."""
    for p in sorted(f.open_problems, key=lambda p: (p.deadline or dt.date.max, p.id)):
        if p.deadline is not None and p.deadline < today:
            yield Violation(
                "problem-overdue",
                subject(f.batch.name, f"{p.place}：{p.title}"),
                f"办理期限 {p.deadline} 已过，仍处于“{p.stage}”环节",
                ERROR,
                ("problem", p.id),
            )


#: a running gap this close to the deputy's interval is a reminder (visit soon)
DEPUTY_NOTICE_DAYS = 30
_COUNTED = frozenset(COUNTED_STATUSES)


def leader_visits(f: OnPostFacts, today: dt.date) -> Iterator[Violation]:
    """《在全县选派干部驻村蹲点工作会议上的讲话》: the dispatching unit's head visits each village where it has a cadre at least
    ``head_visits_per_term`` times (至少到驻点村调研指导1次), its deputy in charge at least once every
    ``deputy_visit_months`` months (每半年至少到驻点村调研指导1次).

    Judged per unit and place (a unit with cadres in three villages visits all three), over the period
    of the unit's dispatches there (first start to last end; 召回/轮换 do not count). The head: a reminder
    from the last quarter of that period while there is still time, a problem once it is over. The
    deputy: a gap longer than the interval — past, or running up to today — is a problem; a running gap
    within 30 days of the interval is a reminder. Nothing is judged for a period that has not begun, and
    no reminder runs once the period is over (closed dispatches).
    """
    b = f.batch
    periods: dict[tuple[int, int], list[dt.date]] = {}
    places: dict[int, str] = {}
    for p in f.posts:
        if p.unit_id is None or p.place_id is None or p.status not in _COUNTED:
            continue
        start, end = p.start or b.start, p.end or b.end
        span = periods.setdefault((p.unit_id, p.place_id), [start, end])
        span[0], span[1] = min(span[0], start), max(span[1], end)
        places[p.place_id] = p.place
    visits: dict[tuple[int, int, str], list[dt.date]] = defaultdict(list)
    for v in f.visits:
        if v.place_id is not None:
            visits[(v.unit_id, v.place_id, v.role)].append(v.day)
    need_head = max(1, b.head_visits_per_term)
    interval = b.deputy_visit_months
    for (uid, pid), (start, end) in sorted(
        periods.items(), key=lambda kv: (f.units.get(kv[0][0], ""), places.get(kv[0][1], ""), kv[0])
    ):
        if today < start:
            continue
        where, target = subject(b.name, f"{f.units.get(uid, uid)} → {places.get(pid, pid)}"), ("unit", uid)
        judged_to = min(today, end)
        over = today > end
        heads = sum(1 for d in visits.get((uid, pid, VisitorRole.HEAD.value), []) if start <= d <= judged_to)
        if heads < need_head:
            times = f"（应至少 {need_head} 次，现 {heads} 次）"
            if over:
                yield Violation(
                    "visit-head-missing", where, f"派驻期 {start} 至 {end} 内主要负责人未按要求到村调研指导{times}",
                    ERROR, target,
                )  # fmt: skip
            elif today >= last_quarter(start, end):
                yield Violation(
                    "visit-head-missing", where,
                    f"派驻期已进入最后一季度，主要负责人尚未按要求到村调研指导{times}，请在 {end} 前安排",
                    WARNING, target,
                )  # fmt: skip
        days = sorted(
            d for d in visits.get((uid, pid, VisitorRole.DEPUTY.value), []) if start <= d <= judged_to
        )
        edge, gap = start, ""
        for d in days:
            if d > add_months(edge, interval):
                gap = f"分管负责人 {edge} 至 {d} 间超过{interval}个月未到村"
                break
            edge = d
        due = add_months(edge, interval)
        if not gap and judged_to > due:
            gap = f"分管负责人自 {edge} 起已超过{interval}个月未到村（应于 {due} 前到村）"
        if gap:
            yield Violation("visit-deputy-gap", where, gap, ERROR, target)
        elif not over and (due - today).days <= DEPUTY_NOTICE_DAYS:
            yield Violation(
                "visit-deputy-gap", where,
                (f"分管负责人上次到村为 {edge}，应于 {due} 前再次到村" if edge != start or start in days
                 else f"分管负责人自派驻开始（{start}）尚未到村，应于 {due} 前到村") + f"调研指导（每{interval}个月至少1次）",
                WARNING, target,
            )  # fmt: skip


#: the rule keys this module reports, with the label the GUI shows
INFOS = (
    RuleInfo("insurance-missing", "意外伤害保险", cite("002")),
    RuleInfo("insurance-expiring", "保险即将到期", cite("002")),
    RuleInfo("problem-overdue", "问题逾期", cite("003", "004")),
    RuleInfo("visit-head-missing", "主要负责人到村", cite("002")),
    RuleInfo("visit-deputy-gap", "分管负责人到村", cite("002")),
)
RULES: tuple[Rule, ...] = (insurance, problem_deadlines, leader_visits)


def check(facts: OnPostFacts, today: dt.date) -> list[Violation]:
    out: list[Violation] = []
    for rule in RULES:
        out.extend(rule(facts, today))
    return out
