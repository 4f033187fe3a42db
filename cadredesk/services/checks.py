"""``check``: database integrity plus every campaign rule, judged as of a date.

The rules are pure (``cadredesk.core.rules``); this module reads each batch's facts for them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import Executable, Table, delete, event, func, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql import visitors

from cadredesk.core.enums import ACTIVE_STATUSES, COUNTED_STATUSES, PlaceTag, ProblemStage
from cadredesk.core.models import (
    Batch,
    BatchFinding,
    BatchPlaceTag,
    Cadre,
    Dispatch,
    LeaderVisit,
    Place,
    Problem,
    Team,
    Township,
    Unit,
    UnitQuota,
    WorkGroup,
    WorkGroupPlace,
)
from cadredesk.core.rules import Violation, campaign, mentoring, on_post, residency
from cadredesk.core.rules import evaluation as evaluation_rules
from cadredesk.core.security import Permission
from cadredesk.errors import NotFound
from cadredesk.services import compliance, evaluation
from cadredesk.services.context import Tx, query
from cadredesk.services.mentoring import mentoring_facts
from cadredesk.services.training import training_facts

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


def _integrity(
    session: Session, tables: Collection[str] | None = None, indexes: Collection[str] | None = None
) -> str:
    """'ok' or a short description of what SQLite found (integrity_check + foreign_key_check).

    ``tables``: check only these tables (what the rules read); None: the whole file.  ``indexes``: the
    indexes the rules' statements read (their query plans): a table none of whose indexes was read
    gets ``quick_check`` — its b-trees and records, without matching every index entry to its row —
    since an index no statement used cannot have changed a finding (the whole file, every index
    included, is checked when it is opened and backed up).  None: every table gets integrity_check.
    """
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        conn.execute(text("SELECT 1"))
        return "ok"
    if tables is None or conn.dialect.dbapi.sqlite_version_info < (3, 33, 0):  # type: ignore[union-attr]
        scopes = [("integrity_check", "")]
    else:
        own: dict[str, set[str]] = defaultdict(set)
        for table, index in conn.exec_driver_sql(
            "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index'"
        ):
            own[table].add(index)
        scopes = []
        for t in sorted(tables):
            full = indexes is None or not own[t] or bool(own[t] & set(indexes))
            scopes.append(("integrity_check" if full else "quick_check", f'("{t}")'))
    for pragma, scope in scopes:
        found = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}{scope}").fetchall()]
        if found != ["ok"]:
            return "; ".join(found[:5])
    for _pragma, scope in scopes:
        fks = conn.exec_driver_sql(f"PRAGMA foreign_key_check{scope}").fetchall()
        if fks:
            return f"外键不一致 {len(fks)} 处（如表 {fks[0][0]} 第 {fks[0][1]} 行）"
    return "ok"


#: an index named in a line of SQLite's EXPLAIN QUERY PLAN ("SEARCH d USING COVERING INDEX ix_… (…)")
_PLAN_INDEX = re.compile(r"USING (?:COVERING )?INDEX (\S+)")


class _TablesRead:
    """The tables the statements run on a session's connection read (None: some SQL was plain text),
    and on SQLite the indexes they read (``indexes()``, from their query plans)."""

    def __init__(self, session: Session) -> None:
        self.conn = session.connection()
        self.tables: set[str] | None = set()
        self.statements: dict[str, Any] = {}  # SQL text → the parameters it was first run with

    def __enter__(self) -> _TablesRead:
        event.listen(self.conn, "before_execute", self._seen)
        event.listen(self.conn, "before_cursor_execute", self._sql)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.conn, "before_execute", self._seen)
        event.remove(self.conn, "before_cursor_execute", self._sql)

    def _seen(self, _conn: object, statement: object, *_args: object) -> None:
        if self.tables is None:
            return
        found = {e.name for e in visitors.iterate(statement) if isinstance(e, Table)}  # type: ignore[arg-type]
        if found:
            self.tables |= found
        else:  # text SQL, a PRAGMA …: its tables are unknown, so check the whole file
            self.tables = None

    def _sql(
        self, _conn: object, _cursor: object, statement: str, parameters: Any, _ctx: object, many: bool
    ) -> None:
        if not many and statement.lstrip()[:4].upper() in ("SELE", "WITH"):
            self.statements.setdefault(statement, parameters)

    def indexes(self) -> set[str] | None:
        """The indexes the statements read, by SQLite's query plan of each (None: not SQLite, or a plan
        could not be had).  Call it after the ``with`` block."""
        if self.conn.dialect.name != "sqlite":
            return None
        found: set[str] = set()
        for sql, parameters in self.statements.items():
            try:
                plan = self.conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, parameters).fetchall()
            except DBAPIError:
                return None
            found.update(m.group(1) for row in plan if (m := _PLAN_INDEX.search(str(row[-1]))))
        return found


# --------------------------------------------------------------------------- facts


def rows(s: Session, stmt: Executable) -> Sequence[Any]:
    """The plain rows of a column ``select`` (what facts are built from), fetched at once.

    The same rows as ``s.execute(stmt)`` (pending changes are flushed first), without the ORM's
    per-row work: about a third of ``check``'s time on the city demo (docs/performance.md).
    """
    s.flush()
    return s.connection().execute(stmt).all()


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
    dispatches = [
        campaign.DispatchFact(
            id=did, cadre_id=cid, name=name, id_number=idn, status=status, role=role, start=start, end=end,
            unit_id=uid, township_id=tid, township=tname or "", place_id=pid, place=pname or "",
            place_kind=pkind or "", team_id=team_id, is_reserve=bool(reserve), has_grassroots_exp=bool(exp),
            strokes=strokes or "", rank=rank or "",
        )
        for (did, cid, name, idn, status, role, start, end, uid, tid, tname, pid, pname, pkind, team_id,
             reserve, exp, strokes, rank) in rows(s,
            select(
                Dispatch.id, Cadre.id, Cadre.name, Cadre.id_number, Dispatch.status, Dispatch.role,
                Dispatch.start, Dispatch.end, Dispatch.unit_id, Dispatch.township_id, Township.name,
                Dispatch.place_id, Place.name, Place.kind, Dispatch.team_id, Cadre.is_reserve,
                Cadre.has_grassroots_exp, Cadre.name_strokes, Cadre.rank,
            )
            .join(Cadre, Cadre.id == Dispatch.cadre_id)
            .outerjoin(Township, Township.id == Dispatch.township_id)
            .outerjoin(Place, Place.id == Dispatch.place_id)
            .where(Dispatch.batch_id == b.id)
            .order_by(Dispatch.id)
        )
    ]  # fmt: skip
    tags: dict[int, list[str]] = defaultdict(list)  # the batch's own list of priority places
    for pid, tag in rows(
        s, select(BatchPlaceTag.place_id, BatchPlaceTag.tag).where(BatchPlaceTag.batch_id == b.id)
    ):
        tags[pid].append(tag)
    places = [
        campaign.PlaceFact(
            pid, tid, tname, pname, kind, tuple(sorted(tags.get(pid, []), key=TAG_ORDER.index))
        )
        for pid, tid, tname, pname, kind in rows(
            s,
            select(Place.id, Place.township_id, Township.name, Place.name, Place.kind)
            .join(Township, Township.id == Place.township_id)
            .order_by(Township.sort_order, Township.name, Place.sort_order, Place.name),
        )
    ]
    townships = dict(rows(s, select(Township.id, Township.name).order_by(Township.sort_order, Township.name)))
    # only the cadres with more than one active dispatch: all the rule looks at
    in_batch_active = select(Dispatch.cadre_id).where(Dispatch.batch_id == b.id, Dispatch.status.in_(ACTIVE))
    active_elsewhere = dict(
        rows(
            s,
            select(Dispatch.cadre_id, func.count(Dispatch.id))
            .where(Dispatch.status.in_(ACTIVE), Dispatch.cadre_id.in_(in_batch_active))
            .group_by(Dispatch.cadre_id)
            .having(func.count(Dispatch.id) > 1),
        )
    )
    group_places: dict[int, list[int]] = defaultdict(list)
    group_place_ids: dict[int, list[int]] = defaultdict(list)
    for gid, ptid, gpid in rows(
        s,
        select(WorkGroupPlace.work_group_id, Place.township_id, Place.id)
        .join(Place, Place.id == WorkGroupPlace.place_id)
        .join(WorkGroup, WorkGroup.id == WorkGroupPlace.work_group_id)
        .where(WorkGroup.batch_id == b.id),
    ):
        group_places[gid].append(ptid)
        group_place_ids[gid].append(gpid)
    groups = [
        campaign.GroupFact(
            gid, gname, tname, tuple(group_places.get(gid, [])), tuple(group_place_ids.get(gid, []))
        )
        for gid, gname, tname in rows(
            s,
            select(WorkGroup.id, WorkGroup.name, Township.name)
            .join(Township, Township.id == WorkGroup.township_id)
            .where(WorkGroup.batch_id == b.id)
            .order_by(WorkGroup.id),
        )
    ]
    return campaign.CampaignFacts(
        batch=batch_facts(b),
        dispatches=dispatches,
        places=places,
        townships=townships,
        units=dict(rows(s, select(Unit.id, Unit.name))),
        quotas=dict(rows(s, select(UnitQuota.unit_id, UnitQuota.quota).where(UnitQuota.batch_id == b.id))),
        teams=[
            campaign.TeamFact(tid, name, kind)
            for tid, name, kind in rows(s, select(Team.id, Team.name, Team.kind).where(Team.batch_id == b.id))
        ],
        groups=groups,
        active_elsewhere=active_elsewhere,
        training=training_facts(s, b),
    )


def on_post_facts(s: Session, b: Batch) -> on_post.OnPostFacts:
    posts = [
        on_post.PostFact(did, name, status, uid, policy, expiry, pid, (tname or "") + (pname or ""), start, end)
        for did, name, status, uid, policy, expiry, pid, tname, pname, start, end in rows(s,
            select(
                Dispatch.id, Cadre.name, Dispatch.status, Dispatch.unit_id, Dispatch.insurance_policy,
                Dispatch.insurance_expiry, Dispatch.place_id, Township.name, Place.name, Dispatch.start,
                Dispatch.end,
            )
            .join(Cadre, Cadre.id == Dispatch.cadre_id)
            .outerjoin(Place, Place.id == Dispatch.place_id)
            .outerjoin(Township, Township.id == Place.township_id)
            .where(Dispatch.batch_id == b.id)
        )
    ]  # fmt: skip
    problems = [
        on_post.ProblemFact(pid, title, pname or "", stage, deadline)
        for pid, title, pname, stage, deadline in rows(
            s,
            select(Problem.id, Problem.title, Place.name, Problem.stage, Problem.deadline)
            .outerjoin(Place, Place.id == Problem.place_id)
            .where(Problem.batch_id == b.id, Problem.stage != ProblemStage.CLOSED.value),
        )
    ]
    units = dict(
        rows(
            s,
            select(Unit.id, Unit.name).where(
                Unit.id.in_(
                    select(Dispatch.unit_id).where(Dispatch.batch_id == b.id, Dispatch.status.in_(COUNTED))
                )
            ),
        )
    )
    visits = [
        on_post.VisitFact(uid, role, day, pid)
        for uid, role, day, pid in rows(
            s,
            select(
                LeaderVisit.unit_id, LeaderVisit.visitor_role, LeaderVisit.day, LeaderVisit.place_id
            ).where(LeaderVisit.batch_id == b.id),
        )
    ]
    return on_post.OnPostFacts(batch_facts(b), posts, problems, units, visits)


@dataclass(frozen=True)
class AreaCheck:
    """One area's rules on one batch: ``run(session, batch, today)``.

    ``frozen``: the area judges the term itself (coverage, quotas, teams, visits …), so its findings are
    stored when the batch is closed and a closed batch reports those from then on; other areas (an
    evaluation due after the term, say) keep being judged on the live data.
    """

    run: Callable[[Session, Batch, dt.date], list[Violation]]
    frozen: bool = False


def _area(
    load: Callable[[Session, Batch], F],
    judge: Callable[[F, dt.date], list[Violation]],
    *,
    frozen: bool = False,
) -> AreaCheck:
    return AreaCheck(lambda s, b, today: judge(load(s, b), today), frozen)


#: each area's facts loader and its pure rules (core/rules/<area>.py); an area adds one line here
AREAS: list[AreaCheck] = [
    _area(campaign_facts, campaign.check, frozen=True),
    _area(on_post_facts, on_post.check, frozen=True),
    _area(mentoring_facts, mentoring.check, frozen=True),
    _area(compliance.residency_facts, residency.check, frozen=True),
    AreaCheck(
        lambda s, b, today: evaluation_rules.check(evaluation.evaluation_facts(s, b, today), today), False
    ),
]


def batch_violations(s: Session, b: Batch, today: dt.date) -> list[Violation]:
    """Every rule on one batch (the GUI's findings list, ``check``); a closed batch's frozen findings."""
    if b.closed_on is None:
        return [v for area in AREAS for v in area.run(s, b, today)]
    return [
        *frozen_findings(s, b.id),
        *(v for area in AREAS if not area.frozen for v in area.run(s, b, today)),
    ]


def frozen_findings(s: Session, batch_id: int) -> list[Violation]:
    return [
        Violation(rule, subject, detail, severity, (kind, tid) if kind and tid is not None else None)
        for rule, subject, detail, severity, kind, tid in rows(
            s,
            select(
                BatchFinding.rule,
                BatchFinding.subject,
                BatchFinding.detail,
                BatchFinding.severity,
                BatchFinding.target_kind,
                BatchFinding.target_id,
            )
            .where(BatchFinding.batch_id == batch_id)
            .order_by(BatchFinding.id),
        )
    ]


#: findings a closed batch does not keep: the closing itself resolves the first; the second reminds of
#: something ahead (an expiring policy) that no longer matters once the term is over
NOT_FROZEN = frozenset({"term-ended", "insurance-expiring"})


def freeze_findings(s: Session, b: Batch, day: dt.date) -> list[Violation]:
    """Judge the frozen areas as of ``day`` and store their findings for the batch (at closing, before its
    dispatches are closed: what the term left unresolved stays on record)."""
    found = [v for area in AREAS if area.frozen for v in area.run(s, b, day) if v.rule not in NOT_FROZEN]
    s.execute(delete(BatchFinding).where(BatchFinding.batch_id == b.id))
    if found:
        s.execute(
            insert(BatchFinding),
            [
                {
                    "batch_id": b.id,
                    "rule": v.rule,
                    "severity": v.severity,
                    "subject": v.subject,
                    "detail": v.detail,
                    "target_kind": v.target[0] if v.target else None,
                    "target_id": v.target[1] if v.target else None,
                }
                for v in found
            ],
        )
    return found


# --------------------------------------------------------------------------- the check


@query(permission=Permission.VIEW)
def run_checks(tx: Tx, batch: str | None = None, as_of: dt.date | None = None) -> CheckResult:
    """Every rule on every batch (or the named one) as of ``as_of`` (default: today), and the integrity
    of what the rules read: the tables their facts come from, their foreign keys, and every index of
    a table whose indexes the rules' statements read (a table read through its own key only gets
    ``quick_check``: on the city demo, matching 7 million attendance rows to ``ix_attendance_day``,
    which no rule reads, took 22 of the command's 41 seconds).

    A whole-file ``integrity_check`` of a city database takes longer still; it belongs to opening the
    file and to backups.  Findings judged on data that fails the check are not reported; a read the
    damage breaks gets the whole-file check.
    """
    day = as_of or tx.today()
    session = tx.session
    violations: list[Violation] = []
    with _TablesRead(session) as read:
        q = select(Batch).order_by(Batch.start, Batch.id)
        if batch:
            q = q.where(Batch.name == batch.strip())
        try:
            found = list(session.scalars(q))
            if batch and not found:
                raise NotFound(f"没有名为“{batch}”的批次")
            for b in found:
                tx.progress.check()
                violations.extend(batch_violations(session, b, day))
        except DBAPIError:
            damage = _integrity(session)
            if damage != "ok":
                return CheckResult(integrity=damage, as_of=day)
            raise
    result = CheckResult(integrity=_integrity(session, read.tables, read.indexes()), as_of=day)
    if result.integrity == "ok":
        result.violations = violations
    return result


@query(permission=Permission.VIEW)
def batch_findings(tx: Tx, batch_id: int, as_of: dt.date | None = None) -> list[Violation]:
    b = tx.session.get(Batch, batch_id)
    if b is None:
        raise NotFound(f"批次 {batch_id} 不存在")
    return batch_violations(tx.session, b, as_of or tx.today())
