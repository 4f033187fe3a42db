"""`check`: database integrity plus every campaign rule the data allows to test.

Each rule is a small function ``(session, batch, ctx) -> Iterable[Violation]``; ``RULES`` lists
them with their source.  Where a seed leaves a rule open, the decision is noted beside it
(see also docs/RULES.md).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import case, func, or_, select, text
from sqlalchemy.orm import Session

from cadredesk.core.enums import (
    ACTIVE_STATUSES,
    COUNTED_STATUSES,
    DispatchStatus,
    PlaceKind,
    PlaceTag,
    ProblemStage,
    Role,
    TeamKind,
    VisitorRole,
)
from cadredesk.core.models import (
    Batch,
    Cadre,
    Dispatch,
    LeaderVisit,
    Place,
    PlaceTagLink,
    Problem,
    Team,
    Township,
    TrainingAttendance,
    TrainingSession,
    Unit,
    UnitQuota,
    WorkGroup,
    WorkGroupPlace,
)
from cadredesk.storage.engine import Database

ACTIVE = list(ACTIVE_STATUSES)
COUNTED = list(COUNTED_STATUSES)


@dataclass(frozen=True, slots=True)
class Violation:
    rule: str
    subject: str
    detail: str
    severity: str = "error"  # error | warning
    #: the record it is about, for "go to" in the GUI: (kind, id), kind one of
    #: dispatch | place | township | unit | team | work_group | problem | cadre
    target: tuple[str, int] | None = None

    def to_json(self) -> dict[str, str]:
        return {"rule": self.rule, "subject": self.subject, "detail": self.detail, "severity": self.severity}


@dataclass
class CheckResult:
    integrity: str
    violations: list[Violation] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"integrity": self.integrity, "violations": [v.to_json() for v in self.violations]}


@dataclass(frozen=True)
class Context:
    today: dt.date


Rule = Callable[[Session, Batch, Context], Iterable[Violation]]


def _subject(batch: Batch, what: str) -> str:
    return f"{batch.name} / {what}"


# --------------------------------------------------------------------------- integrity


def integrity(db: Database) -> str:
    """'ok' or a short description of what SQLite found (integrity_check + foreign_key_check)."""
    if not db.is_sqlite:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return "ok"
    with db.engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            return "; ".join(rows[:5])
        fks = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if fks:
            return f"外键不一致 {len(fks)} 处（如表 {fks[0][0]} 第 {fks[0][1]} 行）"
    return "ok"


# --------------------------------------------------------------------------- rules


def rule_priority_coverage(s: Session, b: Batch, ctx: Context) -> Iterable[Violation]:
    """Seed 002: 软弱涣散村、经济薄弱村、换届选举重难点村全覆盖; 革命老区村、少数民族村应派尽派."""
    covered = set(
        s.scalars(
            select(Dispatch.place_id).where(
                Dispatch.batch_id == b.id, Dispatch.status.in_(COUNTED), Dispatch.place_id.is_not(None)
            )
        )
    )
    rows = s.execute(
        select(Place.id, Place.name, Township.name, PlaceTagLink.tag)
        .join(PlaceTagLink, PlaceTagLink.place_id == Place.id)
        .join(Township, Township.id == Place.township_id)
        .order_by(Township.sort_order, Township.name, Place.sort_order, Place.name)
    ).all()
    missing: dict[tuple[int, str, str], list[str]] = defaultdict(list)
    for pid, pname, tname, tag in rows:
        if pid not in covered:
            missing[(pid, tname, pname)].append(tag)
    for (pid, tname, pname), tags in missing.items():
        must = [t for t in tags if PlaceTag(t).must_cover]
        if must:
            yield Violation(
                "priority-uncovered",
                _subject(b, f"{tname}{pname}"),
                f"{'、'.join(must)}村须全覆盖，但未选派干部",
                target=("place", pid),
            )
        else:
            yield Violation(
                "priority-uncovered",
                _subject(b, f"{tname}{pname}"),
                f"{'、'.join(tags)}村应派尽派，目前未选派干部",
                "warning",
                ("place", pid),
            )


def rule_unit_quota(s: Session, b: Batch, ctx: Context) -> Iterable[Violation]:
    """Seed 002: a unit that misses its quota cannot be rated an advanced unit for 3 years."""
    sent = dict(
        s.execute(
            select(Dispatch.unit_id, func.count())
            .where(Dispatch.batch_id == b.id, Dispatch.status.in_(COUNTED))
            .group_by(Dispatch.unit_id)
        ).all()
    )
    for unit_name, unit_id, quota in s.execute(
        select(Unit.name, Unit.id, UnitQuota.quota)
        .join(UnitQuota, UnitQuota.unit_id == Unit.id)
        .where(UnitQuota.batch_id == b.id)
        .order_by(Unit.name)
    ):
        n = sent.get(unit_id, 0)
        if n < quota:
            yield Violation(
                "unit-quota",
                _subject(b, unit_name),
                f"应派 {quota} 人，实派 {n} 人，缺 {quota - n} 人；未完成选派任务的单位3年内不得评为先进单位",
                target=("unit", unit_id),
            )


def rule_one_active_dispatch(s: Session, b: Batch, ctx: Context) -> Iterable[Violation]:
    """A cadre holds one active dispatch at a time (across batches)."""
    in_batch = select(Dispatch.cadre_id).where(Dispatch.batch_id == b.id, Dispatch.status.in_(ACTIVE))
    rows = s.execute(
        select(Cadre.id, Cadre.name, Cadre.id_number, func.count(Dispatch.id))
        .join(Dispatch, Dispatch.cadre_id == Cadre.id)
        .where(Dispatch.status.in_(ACTIVE), Cadre.id.in_(in_batch))
        .group_by(Cadre.id, Cadre.name, Cadre.id_number)
        .having(func.count(Dispatch.id) > 1)
    ).all()
    from cadredesk.core.audit import mask_id

    for cid, name, idn, n in rows:
        yield Violation(
            "one-active-dispatch",
            _subject(b, f"{name}（{mask_id(idn)}）"),
            f"同时有 {n} 个在派任务",
            target=("cadre", cid),
        )


def rule_dispatch_term(s: Session, b: Batch, ctx: Context) -> Iterable[Violation]:
    rows = s.execute(
        select(Dispatch.id, Cadre.name, Dispatch.start, Dispatch.end)
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .where(Dispatch.batch_id == b.id)
        .where((Dispatch.start < b.start) | (Dispatch.end > b.end) | (Dispatch.end < Dispatch.start))
    ).all()
    for did, name, start, end in rows:
        yield Violation(
            "dispatch-term",
            _subject(b, name),
            f"派驻期 {start} 至 {end} 超出批次期限 {b.start} 至 {b.end} 或首尾颠倒",
            target=("dispatch", did),
        )


def rule_training(s: Session, b: Batch, ctx: Context) -> Iterable[Violation]:
    """Seed 002: every dispatched cadre takes 岗前培训 before going on post."""
    if not b.training_required:
        return
    done = (
        select(TrainingAttendance.cadre_id)
        .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
        .where(TrainingSession.batch_id == b.id, TrainingAttendance.completed.is_(True))
    )
    rows = s.execute(
        select(Dispatch.id, Cadre.name, Township.name, Place.name)
        .join(Dispatch, Dispatch.cadre_id == Cadre.id)
        .outerjoin(Township, Township.id == Dispatch.township_id)
        .outerjoin(Place, Place.id == Dispatch.place_id)
        .where(Dispatch.batch_id == b.id, Dispatch.status == DispatchStatus.ON_POST.value)
        .where(Cadre.id.not_in(done))
        .order_by(Cadre.name_strokes)
    ).all()
    for did, name, tname, pname in rows:
        yield Violation(
            "training-incomplete",
            _subject(b, f"{name}（{tname or ''}{pname or ''}）"),
            "已在岗但未完成岗前培训",
            target=("dispatch", did),
        )


def rule_township_lead(s: Session, b: Batch, ctx: Context) -> Iterable[Violation]:
    """Seed 002: each township names one 领队 among the cadres sent there."""
    leads = Counter(
        s.scalars(
            select(Dispatch.township_id).where(
                Dispatch.batch_id == b.id,
                Dispatch.role == Role.TOWNSHIP_LEAD.value,
                Dispatch.status.in_(ACTIVE),
            )
        )
    )
    townships = s.execute(
        select(Township.id, Township.name)
        .where(
            Township.id.in_(
                select(Dispatch.township_id).where(
                    Dispatch.batch_id == b.id, Dispatch.status.in_(ACTIVE), Dispatch.team_id.is_(None)
                )
            )
        )
        .order_by(Township.sort_order, Township.name)
    ).all()
    for tid, tname in townships:
        n = leads.get(tid, 0)
        if n != 1:
            yield Violation(
                "township-lead",
                _subject(b, tname),
                "尚未确定领队" if n == 0 else f"有 {n} 名领队，每个乡镇应只有1名",
                target=("township", tid),
            )


def rule_work_groups(s: Session, b: Batch, ctx: Context) -> Iterable[Violation]:
    """Seed 002: 2–3 neighbouring villages of one township form a work group."""
    rows = s.execute(
        select(WorkGroup.id, WorkGroup.name, Township.name, func.count(WorkGroupPlace.place_id), func.min(Place.township_id), func.max(Place.township_id))
        .join(Township, Township.id == WorkGroup.township_id)
        .outerjoin(WorkGroupPlace, WorkGroupPlace.work_group_id == WorkGroup.id)
        .outerjoin(Place, Place.id == WorkGroupPlace.place_id)
        .where(WorkGroup.batch_id == b.id)
        .group_by(WorkGroup.id, WorkGroup.name, Township.name)
    ).all()  # fmt: skip
    for gid, gname, tname, n, tmin, tmax in rows:
        where, group = _subject(b, f"{tname}{gname}"), ("work_group", gid)
        if not 2 <= n <= 3:
            yield Violation("work-group-size", where, f"工作小组有 {n} 个村，应为2至3个相邻村", target=group)
        elif tmin != tmax:
            yield Violation("work-group-size", where, "工作小组的村不在同一乡镇", target=group)


def rule_team_composition(s: Session, b: Batch, ctx: Context) -> Iterable[Violation]:
    """Seed 000: 1 leader + 9 members (village / private-enterprise teams), 1 + 4 (state-enterprise teams);
    a village team serves one township and five villages; a private-enterprise team five enterprises."""
    members: dict[int | None, Counter[str]] = defaultdict(Counter)
    places: dict[int | None, set[tuple[int | None, str]]] = defaultdict(set)
    townships: dict[int | None, set[int | None]] = defaultdict(set)
    for team_id, role, pid, pkind, tid in s.execute(
        select(Dispatch.team_id, Dispatch.role, Place.id, Place.kind, Dispatch.township_id)
        .outerjoin(Place, Place.id == Dispatch.place_id)
        .where(Dispatch.batch_id == b.id, Dispatch.team_id.is_not(None), Dispatch.status.in_(ACTIVE))
    ):
        members[team_id][role] += 1
        if pid is not None:
            places[team_id].add((pid, pkind))
        townships[team_id].add(tid)
    for team in s.scalars(select(Team).where(Team.batch_id == b.id).order_by(Team.name)):
        c = members.get(team.id, Counter())
        leaders, total = c.get(Role.TEAM_LEADER.value, 0), sum(c.values())
        size = 5 if team.kind == TeamKind.STATE_ENTERPRISE.value else 10
        if leaders != 1 or total != size:
            yield Violation(
                "team-composition",
                _subject(b, team.name),
                f"应为1名队长加{size - 1}名队员，现有队长 {leaders} 人、共 {total} 人",
                target=("team", team.id),
            )
        kinds = Counter(k for _pid, k in places.get(team.id, set()))
        if team.kind == TeamKind.VILLAGE.value:
            if kinds.get(PlaceKind.VILLAGE.value, 0) != 5 or len(townships.get(team.id, set()) - {None}) != 1:
                yield Violation(
                    "team-composition",
                    _subject(b, team.name),
                    f"乡村振兴工作队应服务1个乡镇、5个村，现为 {len(townships.get(team.id, set()) - {None})} 个乡镇、"
                    f"{kinds.get(PlaceKind.VILLAGE.value, 0)} 个村",
                    target=("team", team.id),
                )
        elif team.kind == TeamKind.PRIVATE_ENTERPRISE.value and kinds.get(PlaceKind.ENTERPRISE.value, 0) != 5:
            yield Violation(
                "team-composition",
                _subject(b, team.name),
                f"民营企业工作队应服务5家企业，现为 {kinds.get(PlaceKind.ENTERPRISE.value, 0)} 家",
                target=("team", team.id),
            )


def rule_priority_share(s: Session, b: Batch, ctx: Context) -> Iterable[Violation]:
    """Seed 002: 优先选派后备干部和没有基层工作经历的干部. The seed sets no number; a batch may set
    ``min_reserve_share`` (share of dispatched cadres who are reserve cadres or lack grassroots experience)."""
    share_min = float(b.min_reserve_share or 0)
    if share_min <= 0:
        return
    total, prio = s.execute(
        select(
            func.count(Dispatch.id),
            func.sum(
                case((or_(Cadre.is_reserve.is_(True), Cadre.has_grassroots_exp.is_(False)), 1), else_=0)
            ),
        )
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .where(Dispatch.batch_id == b.id, Dispatch.status.in_(COUNTED))
    ).one()
    if total and (prio or 0) / total < share_min:
        yield Violation(
            "priority-share",
            _subject(b, "选派结构"),
            f"后备干部及无基层经历干部占 {(prio or 0) / total:.0%}，低于本批次要求的 {share_min:.0%}",
            "warning",
        )


def rule_insurance(s: Session, b: Batch, ctx: Context) -> Iterable[Violation]:
    """Seed 002: personal accident insurance for every cadre on post; warn 30 days before expiry."""
    soon = ctx.today + dt.timedelta(days=30)
    for did, name, policy, expiry in s.execute(
        select(Dispatch.id, Cadre.name, Dispatch.insurance_policy, Dispatch.insurance_expiry)
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .where(Dispatch.batch_id == b.id, Dispatch.status == DispatchStatus.ON_POST.value)
        .where((Dispatch.insurance_expiry.is_(None)) | (Dispatch.insurance_expiry <= soon))
        .order_by(Dispatch.insurance_expiry)
    ):
        who, target = _subject(b, name), ("dispatch", did)
        if expiry is None:
            yield Violation("insurance", who, "在岗但未登记人身意外伤害保险", target=target)
        elif expiry < ctx.today:
            yield Violation(
                "insurance", who, f"保险（{policy or '无单号'}）已于 {expiry} 到期", target=target
            )
        else:
            yield Violation(
                "insurance", who, f"保险（{policy or '无单号'}）将于 {expiry} 到期", "warning", target
            )


def rule_problem_deadlines(s: Session, b: Batch, ctx: Context) -> Iterable[Violation]:
    """Seeds 003/004: problems are closed in a loop with deadlines."""
    for pid, title, deadline, stage, pname in s.execute(
        select(Problem.id, Problem.title, Problem.deadline, Problem.stage, Place.name)
        .outerjoin(Place, Place.id == Problem.place_id)
        .where(
            Problem.batch_id == b.id, Problem.stage != ProblemStage.CLOSED.value, Problem.deadline < ctx.today
        )
        .order_by(Problem.deadline)
    ):
        yield Violation(
            "problem-overdue",
            _subject(b, f"{pname or ''}：{title}"),
            f"办理期限 {deadline} 已过，仍处于“{stage}”环节",
            target=("problem", pid),
        )


def rule_leader_visits(s: Session, b: Batch, ctx: Context) -> Iterable[Violation]:
    """Seed 002: the unit's head visits at least once a term; its deputy in charge at least every half year."""
    units = s.execute(
        select(Unit.id, Unit.name)
        .where(
            Unit.id.in_(
                select(Dispatch.unit_id).where(Dispatch.batch_id == b.id, Dispatch.status.in_(COUNTED))
            )
        )
        .order_by(Unit.name)
    ).all()
    visits: dict[tuple[int, str], list[dt.date]] = defaultdict(list)
    for uid, role, day in s.execute(
        select(LeaderVisit.unit_id, LeaderVisit.visitor_role, LeaderVisit.day).where(
            LeaderVisit.batch_id == b.id
        )
    ):
        visits[(uid, role)].append(day)
    end = min(ctx.today, b.end)
    for uid, uname in units:
        if ctx.today > b.end and not visits.get((uid, VisitorRole.HEAD.value)):
            yield Violation(
                "leader-visit", _subject(b, uname), "派驻期内主要负责人未到村看望指导", target=("unit", uid)
            )
        days = sorted(visits.get((uid, VisitorRole.DEPUTY.value), []))
        edge, gap_months = b.start, b.deputy_visit_months
        for d in [*days, end]:
            if (d - edge).days > gap_months * 31:
                yield Violation(
                    "leader-visit",
                    _subject(b, uname),
                    f"分管负责人 {edge} 至 {d} 间超过{gap_months}个月未到村",
                    "warning" if d == end else "error",
                    ("unit", uid),
                )
                break
            edge = d


RULES: list[Rule] = [
    rule_priority_coverage,
    rule_unit_quota,
    rule_one_active_dispatch,
    rule_dispatch_term,
    rule_training,
    rule_township_lead,
    rule_work_groups,
    rule_team_composition,
    rule_priority_share,
    rule_insurance,
    rule_problem_deadlines,
    rule_leader_visits,
]


def run_rules(session: Session, batch: Batch, today: dt.date | None = None) -> list[Violation]:
    ctx = Context(today=today or dt.date.today())
    out: list[Violation] = []
    for rule in RULES:
        out.extend(rule(session, batch, ctx))
    return out


def run_all(db: Database, batch: str | None = None, today: dt.date | None = None) -> CheckResult:
    result = CheckResult(integrity=integrity(db))
    if result.integrity != "ok":
        return result
    with db.reader() as s:
        q = select(Batch).order_by(Batch.start, Batch.id)
        if batch:
            q = q.where(Batch.name == batch)
        batches = list(s.scalars(q))
        if batch and not batches:
            from cadredesk.errors import NotFound

            raise NotFound(f"没有名为“{batch}”的批次")
        for b in batches:
            result.violations.extend(run_rules(s, b, today))
    return result
