"""What the 选派名单 and 派驻点 pages show, read in one go: plain dataclasses, no Qt.

These are ``@query`` functions: they return frozen dataclasses, never ORM instances.  They only
read; every change goes through the commands of ``assignment``, ``batches`` and ``reference``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from cadredesk.core.audit import mask_id
from cadredesk.core.enums import COUNTED_STATUSES, DispatchStatus, PlaceKind, PlaceTag, Role
from cadredesk.core.models import (
    Batch,
    Cadre,
    Dispatch,
    Place,
    Team,
    Township,
    Unit,
    WorkGroup,
    WorkGroupPlace,
)
from cadredesk.core.rules import Violation, campaign
from cadredesk.core.rules.campaign import team_size
from cadredesk.core.search import person_matches
from cadredesk.core.security import Permission
from cadredesk.errors import NotFound
from cadredesk.services import assignment, batches, checks, reference
from cadredesk.services.batches import BatchForm
from cadredesk.services.context import Tx, query
from cadredesk.services.roster import ROLE_ORDER

#: statuses that count for a place's coverage and a unit's quota (as in the checks)
COUNTED = list(COUNTED_STATUSES)


@dataclass(frozen=True, slots=True)
class DispatchRow:
    """One line of the roster table (one dispatch of the batch)."""

    id: int
    cadre_id: int
    name: str
    gender: str
    id_number: str
    unit_id: int | None
    unit: str
    township_id: int | None
    township: str
    place_id: int | None
    place: str
    place_kind: str
    role: str
    status: str
    start: dt.date
    end: dt.date
    status_reason: str
    replaced_by: str
    strokes: str
    initials: str
    township_order: tuple[int, str]
    team_id: int | None = None
    team: str = ""
    #: the work group of the dispatch's village in this batch (a work group is a set of villages)
    work_group_id: int | None = None
    work_group: str = ""

    @property
    def active(self) -> bool:
        return DispatchStatus(self.status).active

    @property
    def term(self) -> str:
        return f"{self.start:%Y.%m.%d}—{self.end:%Y.%m.%d}"

    def matches(self, query: str) -> bool:
        """Search by name, pinyin initials, place, township, unit, team, work group or an ID fragment."""
        return person_matches(
            query, self.name, self.initials, self.id_number, self.place, self.township, self.unit, self.team,
            self.work_group,
        )  # fmt: skip


#: a unit's quota in the batch (0 = none set), how many it sent, how many are missing
QuotaRow = assignment.QuotaLine


@dataclass(frozen=True)
class RosterSnapshot:
    """Everything the 选派名单 page shows for one batch."""

    batches: list[batches.BatchRow]
    batch: BatchForm | None
    rows: list[DispatchRow]
    quotas: list[QuotaRow]
    violations: list[Violation]
    places: list[reference.PlaceRow]
    #: the date the rules were judged at (shown beside the findings)
    as_of: dt.date


@dataclass(frozen=True, slots=True)
class CadreChoice:
    """A cadre who can be put on the batch's roster (or replace someone)."""

    id: int
    name: str
    gender: str
    unit: str
    post: str
    masked_id: str
    initials: str
    strokes: str
    is_reserve: bool
    has_grassroots_exp: bool

    def matches(self, query: str) -> bool:
        return person_matches(query, self.name, self.initials, self.masked_id, self.unit)


@dataclass(frozen=True, slots=True)
class PlaceStatus:
    """A place with its coverage in the selected batch (for the 派驻点 page)."""

    id: int
    township_id: int
    township: str
    name: str
    kind: str
    tags: tuple[str, ...]
    assignees: tuple[str, ...]  # "姓名（身份·状态）" of counted dispatches
    covered: bool
    township_order: tuple[int, str]
    order: int
    #: pinyin initials of the place's name and of township + name (every reading), for search
    initials: str = ""

    def matches(self, query: str) -> bool:
        """Search as on the other pages: pinyin initials (fdc → 丰登村), or a fragment of the name,
        the township or a tag."""
        return person_matches(query, self.name, self.initials, "", self.township, *self.tags)

    @property
    def must_cover(self) -> bool:
        return any(PlaceTag(t).must_cover for t in self.tags)

    @property
    def priority(self) -> bool:
        return bool(self.tags)

    @property
    def coverage_text(self) -> str:
        if self.covered:
            return "已覆盖"
        if self.must_cover:
            return "未覆盖（须全覆盖）"
        if self.tags:
            return "未覆盖（应派尽派）"
        return "未派驻"


@dataclass(frozen=True)
class PlacesSnapshot:
    batches: list[batches.BatchRow]
    batch_id: int | None
    places: list[PlaceStatus]
    townships: list[tuple[int, str]]


# --------------------------------------------------------------------------- roster


def _batch_rows(session: Session) -> list[batches.BatchRow]:
    return batches.batch_rows(session)


__all__ = ["BatchForm", "load_places", "load_roster", "load_teams"]


def dispatch_rows(session: Session, batch_id: int) -> list[DispatchRow]:
    """The batch's dispatches in the printed roster's order: township, place, role, then 姓氏笔画."""
    repl = aliased(Dispatch)
    repl_cadre = aliased(Cadre)
    groups = (
        select(WorkGroupPlace.place_id, WorkGroup.id.label("group_id"), WorkGroup.name.label("group_name"))
        .join(WorkGroup, WorkGroup.id == WorkGroupPlace.work_group_id)
        .where(WorkGroup.batch_id == batch_id)
        .subquery()
    )
    stmt = (
        select(
            Dispatch.id,
            Cadre.id,
            Cadre.name,
            Cadre.gender,
            Cadre.id_number,
            Dispatch.unit_id,
            Unit.name,
            Dispatch.township_id,
            Township.name,
            Dispatch.place_id,
            Place.name,
            Place.kind,
            Dispatch.role,
            Dispatch.status,
            Dispatch.start,
            Dispatch.end,
            Dispatch.status_reason,
            repl_cadre.name,
            Cadre.name_strokes,
            Cadre.name_initials,
            Township.sort_order,
            Place.sort_order,
            Dispatch.team_id,
            Team.name,
            groups.c.group_id,
            groups.c.group_name,
        )
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .outerjoin(Unit, Unit.id == Dispatch.unit_id)
        .outerjoin(Township, Township.id == Dispatch.township_id)
        .outerjoin(Place, Place.id == Dispatch.place_id)
        .outerjoin(repl, repl.id == Dispatch.replaced_by_id)
        .outerjoin(repl_cadre, repl_cadre.id == repl.cadre_id)
        .outerjoin(Team, Team.id == Dispatch.team_id)
        .outerjoin(groups, groups.c.place_id == Dispatch.place_id)
        .where(Dispatch.batch_id == batch_id)
    )
    out: list[tuple[tuple[object, ...], DispatchRow]] = []
    for r in session.execute(stmt):
        (did, cid, name, gender, idn, uid, uname, tid, tname, pid, pname, pkind, role, status, start, end,
         reason, repl_name, strokes, initials, t_order, p_order, team_id, team, group_id, group) = r  # fmt: skip
        row = DispatchRow(
            id=did,
            cadre_id=cid,
            name=name,
            gender=gender or "",
            id_number=idn or "",
            unit_id=uid,
            unit=uname or "",
            township_id=tid,
            township=tname or "",
            place_id=pid,
            place=pname or "",
            place_kind=pkind or "",
            role=role,
            status=status,
            start=start,
            end=end,
            status_reason=reason or "",
            replaced_by=repl_name or "",
            strokes=strokes or "",
            initials=initials or "",
            township_order=(t_order if t_order is not None else 1 << 30, tname or ""),
            team_id=team_id,
            team=team or "",
            work_group_id=group_id,
            work_group=group or "",
        )
        key = (
            tname is None, row.township_order, pid is not None, p_order if p_order is not None else 0, row.place,
            ROLE_ORDER.get(role, 9), row.strokes, row.name, did,
        )  # fmt: skip
        out.append((key, row))
    out.sort(key=lambda kr: kr[0])
    return [row for _key, row in out]


def shown_rows(tx: Tx, rows: list[DispatchRow]) -> list[DispatchRow]:
    """The rows as the actor may see them: ID numbers masked for a role without REVEAL."""
    if tx.may(Permission.REVEAL):
        return rows
    return [dataclasses.replace(r, id_number=mask_id(r.id_number)) for r in rows]


def quota_rows(session: Session, batch_id: int) -> list[QuotaRow]:
    """Every unit with its quota in the batch (0 when none is set); units with a task or cadres sent first."""
    rows = assignment.quota_lines(session, batch_id, all_units=True)
    rows.sort(key=lambda q: (q.quota == 0 and q.sent == 0, q.unit))
    return rows


@query(permission=Permission.VIEW)
def load_roster(tx: Tx, batch_id: int | None) -> RosterSnapshot:
    """The batch list and, for ``batch_id`` (or the most recent batch), its roster, quotas and rule check."""
    session = tx.session
    all_batches = _batch_rows(session)
    if batch_id is None or all(b.id != batch_id for b in all_batches):
        batch_id = all_batches[0].id if all_batches else None
    if batch_id is None:
        return RosterSnapshot(all_batches, None, [], [], [], reference.list_places_in(session), tx.today())
    batch = session.get(Batch, batch_id)
    if batch is None:  # pragma: no cover - deleted between the two reads
        raise NotFound(f"批次 {batch_id} 不存在")
    return RosterSnapshot(
        all_batches,
        batches.form_of(batch),
        shown_rows(tx, dispatch_rows(session, batch_id)),
        quota_rows(session, batch_id),
        checks.batch_violations(session, batch, tx.today()),
        reference.list_places_in(session),
        tx.today(),
    )


@query(permission=Permission.VIEW)
def cadre_choices(tx: Tx, batch_id: int) -> list[CadreChoice]:
    """Cadres free to be dispatched in the batch: not on its roster, no active dispatch elsewhere."""
    session = tx.session
    in_batch = select(Dispatch.cadre_id).where(Dispatch.batch_id == batch_id)
    busy = select(Dispatch.cadre_id).where(Dispatch.status.in_(assignment.ACTIVE))
    rows = session.execute(
        select(
            Cadre.id,
            Cadre.name,
            Cadre.gender,
            Unit.name,
            Cadre.post,
            Cadre.id_number,
            Cadre.name_initials,
            Cadre.name_strokes,
            Cadre.is_reserve,
            Cadre.has_grassroots_exp,
        )
        .outerjoin(Unit, Unit.id == Cadre.unit_id)
        .where(Cadre.id.not_in(in_batch), Cadre.id.not_in(busy))
        .order_by(Cadre.name_strokes, Cadre.id)
    ).all()
    return [
        CadreChoice(cid, name, gender or "", unit or "", post or "", mask_id(idn), initials or "", strokes or "",
                    bool(reserve), bool(exp))
        for cid, name, gender, unit, post, idn, initials, strokes, reserve, exp in rows
    ]  # fmt: skip


# --------------------------------------------------------------------------- teams and work groups


@dataclass(frozen=True, slots=True)
class TeamRow:
    """A 工作队 of the batch with its active members and what the composition rule says of it."""

    id: int
    name: str
    kind: str
    township_id: int | None
    township: str
    members: int  # active dispatches in the team
    leaders: tuple[str, ...]  # names of its active 工作队长
    issues: tuple[str, ...]  # the team-composition rule's findings (empty: as required)

    @property
    def required(self) -> int:
        return team_size(self.kind)

    @property
    def composition(self) -> str:
        return f"1+{self.required - 1}"

    def matches(self, query: str) -> bool:
        q = query.strip()
        return not q or any(q in text for text in (self.name, self.township, self.kind, *self.leaders))


@dataclass(frozen=True, slots=True)
class WorkGroupRow:
    """A 工作小组: 2–3 villages of one township, and the cadres serving in them."""

    id: int
    name: str
    township_id: int
    township: str
    place_ids: tuple[int, ...]
    places: tuple[str, ...]
    members: int  # active dispatches in its villages
    issues: tuple[str, ...]  # the work-group-size rule's findings
    township_order: tuple[int, str]


@dataclass(frozen=True)
class TeamsSnapshot:
    """What the 工作队与工作小组 dialog shows for one batch."""

    batch_id: int
    batch_name: str
    teams: list[TeamRow]
    groups: list[WorkGroupRow]
    rows: list[DispatchRow]
    villages: list[reference.PlaceRow]  # every village: work groups are made of villages
    townships: list[tuple[int, str]]


@query(permission=Permission.VIEW)
def load_teams(tx: Tx, batch_id: int) -> TeamsSnapshot:
    """The batch's teams and work groups with their members, and the two rules that judge them."""
    session = tx.session
    batch = session.get(Batch, batch_id)
    if batch is None:
        raise NotFound(f"批次 {batch_id} 不存在")
    rows = dispatch_rows(session, batch_id)
    facts = checks.campaign_facts(session, batch)
    issues: dict[tuple[str, int], list[str]] = defaultdict(list)
    for v in (*campaign.team_composition(facts, tx.today()), *campaign.work_groups(facts, tx.today())):
        if v.target is not None:
            issues[v.target].append(v.detail)
    team_members: Counter[int] = Counter()
    leaders: dict[int, list[str]] = defaultdict(list)
    group_members: Counter[int] = Counter()
    for r in rows:
        if not r.active:
            continue
        if r.team_id is not None:
            team_members[r.team_id] += 1
            if r.role == Role.TEAM_LEADER.value:
                leaders[r.team_id].append(r.name)
        if r.work_group_id is not None:
            group_members[r.work_group_id] += 1
    teams = [
        TeamRow(tid, name, kind, town_id, town or "", team_members.get(tid, 0), tuple(leaders.get(tid, [])),
                tuple(issues.get(("team", tid), [])))
        for tid, name, kind, town_id, town in session.execute(
            select(Team.id, Team.name, Team.kind, Team.township_id, Township.name)
            .outerjoin(Township, Township.id == Team.township_id)
            .where(Team.batch_id == batch_id)
            .order_by(Team.id)
        )
    ]  # fmt: skip
    places: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for gid, pid, pname in session.execute(
        select(WorkGroupPlace.work_group_id, Place.id, Place.name)
        .join(Place, Place.id == WorkGroupPlace.place_id)
        .join(WorkGroup, WorkGroup.id == WorkGroupPlace.work_group_id)
        .where(WorkGroup.batch_id == batch_id)
        .order_by(Place.sort_order, Place.name)
    ):
        places[gid].append((pid, pname))
    groups = [
        WorkGroupRow(gid, name, town_id, town, tuple(p for p, _n in places.get(gid, [])),
                     tuple(n for _p, n in places.get(gid, [])), group_members.get(gid, 0),
                     tuple(issues.get(("work_group", gid), [])), (t_order or 0, town))
        for gid, name, town_id, town, t_order in session.execute(
            select(WorkGroup.id, WorkGroup.name, WorkGroup.township_id, Township.name, Township.sort_order)
            .join(Township, Township.id == WorkGroup.township_id)
            .where(WorkGroup.batch_id == batch_id)
            .order_by(Township.sort_order, Township.name, WorkGroup.id)
        )
    ]  # fmt: skip
    villages = [p for p in reference.list_places_in(session) if p.kind == PlaceKind.VILLAGE.value]
    townships = [
        (tid, name)
        for tid, name in session.execute(
            select(Township.id, Township.name).order_by(Township.sort_order, Township.name)
        )
    ]
    return TeamsSnapshot(batch_id, batch.name, teams, groups, rows, villages, townships)


# --------------------------------------------------------------------------- places page


@query(permission=Permission.VIEW)
def load_places(tx: Tx, batch_id: int | None) -> PlacesSnapshot:
    session = tx.session
    all_batches = _batch_rows(session)
    if batch_id is None or all(b.id != batch_id for b in all_batches):
        batch_id = all_batches[0].id if all_batches else None
    people: dict[int, list[str]] = defaultdict(list)
    if batch_id is not None:
        for pid, name, role, status in session.execute(
            select(Dispatch.place_id, Cadre.name, Dispatch.role, Dispatch.status)
            .join(Cadre, Cadre.id == Dispatch.cadre_id)
            .where(
                Dispatch.batch_id == batch_id, Dispatch.place_id.is_not(None), Dispatch.status.in_(COUNTED)
            )
            .order_by(Cadre.name_strokes)
        ):
            if pid is not None:
                people[pid].append(f"{name}（{role}·{status}）")
    orders = dict(session.execute(select(Place.id, Place.sort_order)).all())
    t_orders = dict(session.execute(select(Township.id, Township.sort_order)).all())
    # the selected batch's own list of priority places (a batch keeps the list it was judged by)
    batch_tags = reference.batch_tags(session, batch_id) if batch_id is not None else None
    places = [
        PlaceStatus(
            id=p.id,
            township_id=p.township_id,
            township=p.township,
            name=p.name,
            kind=p.kind,
            tags=(
                batch_tags.get(p.id, ())
                if batch_tags is not None
                else tuple(sorted(p.tags, key=[t.value for t in PlaceTag].index))
            ),
            initials=p.initials,
            assignees=tuple(people.get(p.id, [])),
            covered=bool(people.get(p.id)),
            township_order=(t_orders.get(p.township_id) or 0, p.township),
            order=orders.get(p.id) or 0,
        )
        for p in reference.list_places_in(session)
    ]
    townships = [
        (tid, name)
        for tid, name in session.execute(
            select(Township.id, Township.name).order_by(Township.sort_order, Township.name)
        )
    ]
    return PlacesSnapshot(all_batches, batch_id, places, townships)


# --------------------------------------------------------------------------- violations → records


@dataclass(frozen=True)
class Target:
    """Where a violation points: a dispatch, a place, a township, a unit, a team or a work group (by id)."""

    kind: str  # dispatch | place | township | unit | team | work_group
    id: int


def locate(violation: Violation, rows: list[DispatchRow]) -> Target | None:
    """The record on the 选派名单 page a violation is about (from the rule's own target)."""
    if violation.target is None:
        return None
    kind, ident = violation.target
    if kind == "cadre":  # the cadre's dispatch in this batch
        mine = [r for r in rows if r.cadre_id == ident]
        return Target("dispatch", mine[0].id) if mine else None
    if kind in ("dispatch", "place", "township", "unit", "team", "work_group"):
        return Target(kind, ident)
    return None


def team_rows(rows: list[DispatchRow], target: Target) -> list[DispatchRow]:
    """The roster rows a team or work-group target stands for (its members; for a group, its villages' cadres)."""
    if target.kind == "team":
        return [r for r in rows if r.team_id == target.id]
    if target.kind == "work_group":
        return [r for r in rows if r.work_group_id == target.id]
    return []
