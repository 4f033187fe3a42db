"""``check``: database integrity plus every campaign rule, judged as of a date.

The rules are pure (``cadredesk.core.rules``); this module reads each batch's facts for them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from cadredesk.core.enums import ACTIVE_STATUSES, COUNTED_STATUSES, PlaceTag, ProblemStage
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
from cadredesk.core.rules import Violation, campaign, on_post
from cadredesk.core.security import Permission
from cadredesk.errors import NotFound
from cadredesk.services.context import Tx, query

F = TypeVar("F")
ACTIVE = list(ACTIVE_STATUSES)
COUNTED = list(COUNTED_STATUSES)
TAG_ORDER = [t.value for t in PlaceTag]


@dataclass
class CheckResult:
    integrity: str
    as_of: dt.date
    violations: list[Violation] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "integrity": self.integrity,
            "as_of": self.as_of.isoformat(),
            "violations": [v.to_json() for v in self.violations],
        }


# --------------------------------------------------------------------------- integrity


def _integrity(session: Session) -> str:
    """'ok' or a short description of what SQLite found (integrity_check + foreign_key_check)."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        conn.execute(text("SELECT 1"))
        return "ok"
    rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        return "; ".join(rows[:5])
    fks = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if fks:
        return f"外键不一致 {len(fks)} 处（如表 {fks[0][0]} 第 {fks[0][1]} 行）"
    return "ok"


# --------------------------------------------------------------------------- facts


def batch_facts(b: Batch) -> campaign.BatchFacts:
    return campaign.BatchFacts(
        id=b.id,
        name=b.name,
        level=b.level,
        start=b.start,
        end=b.end,
        training_required=b.training_required,
        min_reserve_share=Decimal(b.min_reserve_share or 0),
        deputy_visit_months=b.deputy_visit_months,
        head_visits_per_term=b.head_visits_per_term,
    )


def campaign_facts(s: Session, b: Batch) -> campaign.CampaignFacts:
    trained = set(
        s.scalars(
            select(TrainingAttendance.cadre_id)
            .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
            .where(TrainingSession.batch_id == b.id, TrainingAttendance.completed.is_(True))
        )
    )
    dispatches = [
        campaign.DispatchFact(
            id=did, cadre_id=cid, name=name, id_number=idn, status=status, role=role, start=start, end=end,
            unit_id=uid, township_id=tid, township=tname or "", place_id=pid, place=pname or "",
            place_kind=pkind or "", team_id=team_id, is_reserve=bool(reserve), has_grassroots_exp=bool(exp),
            trained=cid in trained, strokes=strokes or "",
        )
        for (did, cid, name, idn, status, role, start, end, uid, tid, tname, pid, pname, pkind, team_id,
             reserve, exp, strokes) in s.execute(
            select(
                Dispatch.id, Cadre.id, Cadre.name, Cadre.id_number, Dispatch.status, Dispatch.role,
                Dispatch.start, Dispatch.end, Dispatch.unit_id, Dispatch.township_id, Township.name,
                Dispatch.place_id, Place.name, Place.kind, Dispatch.team_id, Cadre.is_reserve,
                Cadre.has_grassroots_exp, Cadre.name_strokes,
            )
            .join(Cadre, Cadre.id == Dispatch.cadre_id)
            .outerjoin(Township, Township.id == Dispatch.township_id)
            .outerjoin(Place, Place.id == Dispatch.place_id)
            .where(Dispatch.batch_id == b.id)
            .order_by(Dispatch.id)
        )
    ]  # fmt: skip
    tags: dict[int, list[str]] = defaultdict(list)
    for pid, tag in s.execute(select(PlaceTagLink.place_id, PlaceTagLink.tag)):
        tags[pid].append(tag)
    places = [
        campaign.PlaceFact(
            pid, tid, tname, pname, kind, tuple(sorted(tags.get(pid, []), key=TAG_ORDER.index))
        )
        for pid, tid, tname, pname, kind in s.execute(
            select(Place.id, Place.township_id, Township.name, Place.name, Place.kind)
            .join(Township, Township.id == Place.township_id)
            .order_by(Township.sort_order, Township.name, Place.sort_order, Place.name)
        )
    ]
    townships = dict(
        s.execute(select(Township.id, Township.name).order_by(Township.sort_order, Township.name)).all()
    )
    in_batch_active = select(Dispatch.cadre_id).where(Dispatch.batch_id == b.id, Dispatch.status.in_(ACTIVE))
    active_elsewhere = dict(
        s.execute(
            select(Dispatch.cadre_id, func.count(Dispatch.id))
            .where(Dispatch.status.in_(ACTIVE), Dispatch.cadre_id.in_(in_batch_active))
            .group_by(Dispatch.cadre_id)
        ).all()
    )
    group_places: dict[int, list[int]] = defaultdict(list)
    for gid, ptid in s.execute(
        select(WorkGroupPlace.work_group_id, Place.township_id)
        .join(Place, Place.id == WorkGroupPlace.place_id)
        .join(WorkGroup, WorkGroup.id == WorkGroupPlace.work_group_id)
        .where(WorkGroup.batch_id == b.id)
    ):
        group_places[gid].append(ptid)
    groups = [
        campaign.GroupFact(gid, gname, tname, tuple(group_places.get(gid, [])))
        for gid, gname, tname in s.execute(
            select(WorkGroup.id, WorkGroup.name, Township.name)
            .join(Township, Township.id == WorkGroup.township_id)
            .where(WorkGroup.batch_id == b.id)
            .order_by(WorkGroup.id)
        )
    ]
    return campaign.CampaignFacts(
        batch=batch_facts(b),
        dispatches=dispatches,
        places=places,
        townships=townships,
        units=dict(s.execute(select(Unit.id, Unit.name)).all()),
        quotas=dict(
            s.execute(select(UnitQuota.unit_id, UnitQuota.quota).where(UnitQuota.batch_id == b.id)).all()
        ),
        teams=[
            campaign.TeamFact(tid, name, kind)
            for tid, name, kind in s.execute(
                select(Team.id, Team.name, Team.kind).where(Team.batch_id == b.id)
            )
        ],
        groups=groups,
        active_elsewhere=active_elsewhere,
    )


def on_post_facts(s: Session, b: Batch) -> on_post.OnPostFacts:
    posts = [
        on_post.PostFact(did, name, status, uid, policy, expiry)
        for did, name, status, uid, policy, expiry in s.execute(
            select(
                Dispatch.id, Cadre.name, Dispatch.status, Dispatch.unit_id, Dispatch.insurance_policy,
                Dispatch.insurance_expiry,
            )
            .join(Cadre, Cadre.id == Dispatch.cadre_id)
            .where(Dispatch.batch_id == b.id)
        )
    ]  # fmt: skip
    problems = [
        on_post.ProblemFact(pid, title, pname or "", stage, deadline)
        for pid, title, pname, stage, deadline in s.execute(
            select(Problem.id, Problem.title, Place.name, Problem.stage, Problem.deadline)
            .outerjoin(Place, Place.id == Problem.place_id)
            .where(Problem.batch_id == b.id, Problem.stage != ProblemStage.CLOSED.value)
        )
    ]
    units = dict(
        s.execute(
            select(Unit.id, Unit.name).where(
                Unit.id.in_(
                    select(Dispatch.unit_id).where(Dispatch.batch_id == b.id, Dispatch.status.in_(COUNTED))
                )
            )
        ).all()
    )
    visits = [
        on_post.VisitFact(uid, role, day)
        for uid, role, day in s.execute(
            select(LeaderVisit.unit_id, LeaderVisit.visitor_role, LeaderVisit.day).where(
                LeaderVisit.batch_id == b.id
            )
        )
    ]
    return on_post.OnPostFacts(batch_facts(b), posts, problems, units, visits)


def _area(load: Callable[[Session, Batch], F], judge: Callable[[F, dt.date], list[Violation]]) -> AreaCheck:
    return lambda s, b, today: judge(load(s, b), today)


AreaCheck = Callable[[Session, Batch, dt.date], list[Violation]]

#: each area's facts loader and its pure rules (core/rules/<area>.py); an area adds one line here
AREAS: list[AreaCheck] = [
    _area(campaign_facts, campaign.check),
    _area(on_post_facts, on_post.check),
]


def batch_violations(s: Session, b: Batch, today: dt.date) -> list[Violation]:
    """Every rule on one batch (the GUI's findings list, ``check``)."""
    return [v for area in AREAS for v in area(s, b, today)]


# --------------------------------------------------------------------------- the check


@query(permission=Permission.VIEW)
def run_checks(tx: Tx, batch: str | None = None, as_of: dt.date | None = None) -> CheckResult:
    """Integrity, then every rule on every batch (or the named one) as of ``as_of`` (default: today)."""
    day = as_of or tx.today()
    result = CheckResult(integrity=_integrity(tx.session), as_of=day)
    if result.integrity != "ok":
        return result
    q = select(Batch).order_by(Batch.start, Batch.id)
    if batch:
        q = q.where(Batch.name == batch.strip())
    found = list(tx.session.scalars(q))
    if batch and not found:
        raise NotFound(f"没有名为“{batch}”的批次")
    for b in found:
        tx.progress.check()
        result.violations.extend(batch_violations(tx.session, b, day))
    return result


@query(permission=Permission.VIEW)
def batch_findings(tx: Tx, batch_id: int, as_of: dt.date | None = None) -> list[Violation]:
    b = tx.session.get(Batch, batch_id)
    if b is None:
        raise NotFound(f"批次 {batch_id} 不存在")
    return batch_violations(tx.session, b, as_of or tx.today())
