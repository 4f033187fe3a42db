"""Assignment: cadre → place with a role, the status lifecycle, recall/rotation with a replacement,
teams, work groups and unit quotas.  Every change is audited in the same transaction."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from cadredesk.core import audit
from cadredesk.core.enums import (
    ACTIVE_STATUSES,
    COUNTED_STATUSES,
    DispatchStatus,
    PlaceKind,
    PlaceTag,
    Role,
    TeamKind,
)
from cadredesk.core.models import (
    Batch,
    Cadre,
    Dispatch,
    DispatchEvent,
    Place,
    PlaceTagLink,
    Team,
    Township,
    TrainingAttendance,
    TrainingSession,
    Unit,
    UnitQuota,
    WorkGroup,
    WorkGroupPlace,
)
from cadredesk.errors import NotFound, ValidationError

ACTIVE = list(ACTIVE_STATUSES)
COUNTED = list(COUNTED_STATUSES)

#: the forward path of a dispatch; 召回 and 轮换 may end any active dispatch
FORWARD = {
    DispatchStatus.NOMINATED: DispatchStatus.REVIEWED,
    DispatchStatus.REVIEWED: DispatchStatus.TRAINING,
    DispatchStatus.TRAINING: DispatchStatus.ON_POST,
    DispatchStatus.ON_POST: DispatchStatus.COMPLETED,
}


@dataclass(frozen=True)
class Assignee:
    dispatch_id: int
    name: str
    role: str
    status: str


@dataclass(frozen=True)
class PlaceCoverage:
    place_id: int
    township: str
    name: str
    kind: str
    tags: tuple[str, ...]
    assignees: tuple[Assignee, ...]

    @property
    def covered(self) -> bool:
        return any(a.status in COUNTED for a in self.assignees)

    @property
    def must_cover(self) -> bool:
        return any(PlaceTag(t).must_cover for t in self.tags)


@dataclass(frozen=True)
class QuotaLine:
    unit_id: int
    unit: str
    quota: int
    sent: int

    @property
    def short(self) -> int:
        return max(0, self.quota - self.sent)


@dataclass
class Outcome:
    dispatch_id: int
    warnings: list[str] = field(default_factory=list)


def _event(s: Session, d: Dispatch, to: str, reason: str | None, old: str | None) -> None:
    s.add(
        DispatchEvent(
            dispatch_id=d.id, from_status=old, to_status=to, reason=reason, user=audit.current_user()
        )
    )


def _dispatch(s: Session, dispatch_id: int) -> Dispatch:
    d = s.get(Dispatch, dispatch_id)
    if d is None:
        raise NotFound(f"派驻记录 {dispatch_id} 不存在")
    return d


def other_active(s: Session, cadre_id: int, exclude: int | None = None) -> Dispatch | None:
    q = select(Dispatch).where(Dispatch.cadre_id == cadre_id, Dispatch.status.in_(ACTIVE))
    if exclude is not None:
        q = q.where(Dispatch.id != exclude)
    return s.scalars(q.limit(1)).first()


def training_completed(s: Session, batch_id: int, cadre_id: int) -> bool:
    return (
        s.scalar(
            select(func.count())
            .select_from(TrainingAttendance)
            .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
            .where(
                TrainingSession.batch_id == batch_id,
                TrainingAttendance.cadre_id == cadre_id,
                TrainingAttendance.completed.is_(True),
            )
        )
        or 0
    ) > 0


def assign(
    s: Session,
    batch_id: int,
    cadre_id: int,
    *,
    place_id: int | None,
    role: str,
    township_id: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    reason: str | None = None,
) -> Outcome:
    """Put a cadre on the batch's roster (status 推荐)."""
    batch = s.get(Batch, batch_id)
    cadre = s.get(Cadre, cadre_id)
    if batch is None or cadre is None:
        raise NotFound("批次或干部不存在")
    try:
        Role(role)
    except ValueError:
        raise ValidationError(f"派驻身份“{role}”不规范，应为：{'、'.join(r.value for r in Role)}") from None
    place = s.get(Place, place_id) if place_id is not None else None
    if place_id is not None and place is None:
        raise NotFound(f"派驻点 {place_id} 不存在")
    if place is not None:
        if township_id is not None and township_id != place.township_id:
            raise ValidationError(f"“{place.name}”不属于所选乡镇")
        township_id = place.township_id
    if township_id is None:
        raise ValidationError("请选择派驻乡镇或派驻点")
    existing = s.scalar(select(Dispatch).where(Dispatch.batch_id == batch_id, Dispatch.cadre_id == cadre_id))
    if existing is not None:
        raise ValidationError(f"{cadre.name}已在本批次名单中", key="duplicate")
    busy = other_active(s, cadre_id)
    if busy is not None:
        raise ValidationError(
            f"{cadre.name}在“{busy.batch.name}”中仍在派（{busy.status}），一名干部同时只能有一个在派任务"
        )
    start, end = start or batch.start, end or batch.end
    if end < start:
        raise ValidationError(f"派驻结束日期 {end} 早于开始日期 {start}")
    if start < batch.start or end > batch.end:
        raise ValidationError(f"派驻期 {start} 至 {end} 超出批次期限 {batch.start} 至 {batch.end}")
    group = (
        s.scalar(
            select(WorkGroupPlace.work_group_id)
            .join(WorkGroup, WorkGroup.id == WorkGroupPlace.work_group_id)
            .where(WorkGroup.batch_id == batch_id, WorkGroupPlace.place_id == place_id)
        )
        if place_id is not None
        else None
    )
    d = Dispatch(
        batch_id=batch_id,
        cadre_id=cadre_id,
        work_group_id=group,
        unit_id=cadre.unit_id,
        township_id=township_id,
        place_id=place_id,
        role=role,
        start=start,
        end=end,
        status=DispatchStatus.NOMINATED.value,
    )
    s.add(d)
    s.flush()
    _event(s, d, d.status, reason, None)
    audit.record(
        s, "dispatch.assign", entity="dispatch", entity_id=d.id, detail=f"{cadre.name}→{place_id} {role}"
    )
    return Outcome(d.id)


def move(s: Session, dispatch_id: int, *, place_id: int | None = None, role: str | None = None) -> Outcome:
    """Change a dispatch's place and/or role (调整)."""
    d = _dispatch(s, dispatch_id)
    if d.status not in ACTIVE:
        raise ValidationError(f"该派驻已“{d.status}”，不能再调整")
    if place_id is not None:
        place = s.get(Place, place_id)
        if place is None:
            raise NotFound(f"派驻点 {place_id} 不存在")
        d.place_id, d.township_id = place.id, place.township_id
    if role is not None:
        Role(role)
        d.role = role
    s.flush()
    audit.record(
        s, "dispatch.move", entity="dispatch", entity_id=d.id, detail=f"place={place_id} role={role}"
    )
    return Outcome(d.id)


def advance(
    s: Session, dispatch_id: int, *, override_training: bool = False, reason: str | None = None
) -> Outcome:
    """Move a dispatch one step along 推荐 → 审核 → 培训 → 在岗 → 期满."""
    d = _dispatch(s, dispatch_id)
    current = DispatchStatus(d.status)
    if current not in FORWARD:
        raise ValidationError(f"状态“{current}”之后没有下一步")
    target = FORWARD[current]
    out = Outcome(d.id)
    if (
        target is DispatchStatus.ON_POST
        and d.batch.training_required
        and not training_completed(s, d.batch_id, d.cadre_id)
    ):
        msg = f"{d.cadre.name}尚未完成岗前培训"
        if not override_training:
            raise ValidationError(
                msg + "，不能上岗。确需先上岗的，请注明原因后确认。", key="training-incomplete"
            )
        if not reason:
            raise ValidationError("未完成培训先行上岗，须注明原因")
        out.warnings.append(msg)
    old = d.status
    d.status = target.value
    s.flush()
    _event(s, d, d.status, reason, old)
    audit.record(s, "dispatch.status", entity="dispatch", entity_id=d.id, detail=f"{old}→{d.status}")
    return out


def end_early(
    s: Session,
    dispatch_id: int,
    *,
    kind: str,
    reason: str,
    on: dt.date | None = None,
    replacement_cadre_id: int | None = None,
) -> Outcome:
    """召回 or 轮换 a dispatch, optionally putting a replacement on the same place and role."""
    status = DispatchStatus(kind)
    if status not in (DispatchStatus.RECALLED, DispatchStatus.ROTATED):
        raise ValidationError("只能“召回”或“轮换”")
    if not reason.strip():
        raise ValidationError(f"{kind}须注明原因")
    d = _dispatch(s, dispatch_id)
    if d.status not in ACTIVE:
        raise ValidationError(f"该派驻已“{d.status}”")
    on = on or dt.date.today()
    on = min(max(on, d.start), d.end)
    old = d.status
    d.status, d.status_reason, d.end = status.value, reason.strip(), on
    s.flush()
    _event(s, d, d.status, reason, old)
    out = Outcome(d.id)
    if replacement_cadre_id is not None:
        s.flush()
        new = assign(
            s,
            d.batch_id,
            replacement_cadre_id,
            place_id=d.place_id,
            township_id=d.township_id,
            role=d.role,
            start=on,
            end=d.batch.end,
            reason=f"接替{d.cadre.name}",
        )
        d.replaced_by_id = new.dispatch_id
        nd = s.get(Dispatch, new.dispatch_id)
        if nd is not None:
            nd.team_id, nd.work_group_id = d.team_id, d.work_group_id
        out = Outcome(new.dispatch_id, new.warnings)
    audit.record(
        s, "dispatch.end", entity="dispatch", entity_id=d.id, detail=f"{old}→{status} 原因：{reason}"
    )
    return out


# --------------------------------------------------------------------------- coverage, quotas, groups


def coverage(s: Session, batch: Batch) -> list[PlaceCoverage]:
    tags: dict[int, list[str]] = defaultdict(list)
    for pid, tag in s.execute(select(PlaceTagLink.place_id, PlaceTagLink.tag)):
        tags[pid].append(tag)
    people: dict[int | None, list[Assignee]] = defaultdict(list)
    for did, where, name, role, status in s.execute(
        select(Dispatch.id, Dispatch.place_id, Cadre.name, Dispatch.role, Dispatch.status)
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .where(Dispatch.batch_id == batch.id, Dispatch.place_id.is_not(None))
        .order_by(Dispatch.id)
    ):
        people[where].append(Assignee(did, name, role, status))
    order = [t.value for t in PlaceTag]
    return [
        PlaceCoverage(
            pid,
            tname,
            pname,
            kind,
            tuple(sorted(tags.get(pid, []), key=order.index)),
            tuple(people.get(pid, [])),
        )
        for pid, tname, pname, kind in s.execute(
            select(Place.id, Township.name, Place.name, Place.kind)
            .join(Township, Township.id == Place.township_id)
            .order_by(Township.sort_order, Township.name, Place.sort_order, Place.name)
        )
    ]


def set_quota(s: Session, batch_id: int, unit_id: int, quota: int) -> None:
    if quota < 0:
        raise ValidationError("选派名额不能为负数")
    row = s.get(UnitQuota, (batch_id, unit_id))
    if quota == 0:
        if row is not None:
            s.delete(row)
    elif row is None:
        s.add(UnitQuota(batch_id=batch_id, unit_id=unit_id, quota=quota))
    else:
        row.quota = quota
    s.flush()
    audit.record(s, "quota.set", entity="unit", entity_id=unit_id, detail=f"batch={batch_id} quota={quota}")


def quotas(s: Session, batch: Batch, *, all_units: bool = False) -> list[QuotaLine]:
    """Units with their quota in the batch and the cadres they sent (召回/轮换 not counted).

    ``all_units``: every unit, with quota 0 where none is set (the GUI's editable quota table).
    """
    sent = dict(
        s.execute(
            select(Dispatch.unit_id, func.count())
            .where(Dispatch.batch_id == batch.id, Dispatch.status.in_(COUNTED))
            .group_by(Dispatch.unit_id)
        ).all()
    )
    quota = dict(
        s.execute(select(UnitQuota.unit_id, UnitQuota.quota).where(UnitQuota.batch_id == batch.id)).all()
    )
    return [
        QuotaLine(uid, name, quota.get(uid, 0), sent.get(uid, 0))
        for uid, name in s.execute(select(Unit.id, Unit.name).order_by(Unit.name))
        if all_units or uid in quota
    ]


def create_team(s: Session, batch_id: int, name: str, kind: str, township_id: int | None = None) -> int:
    TeamKind(kind)
    if not name.strip():
        raise ValidationError("工作队名称不能为空")
    if s.scalar(select(Team.id).where(Team.batch_id == batch_id, Team.name == name.strip())):
        raise ValidationError(f"工作队“{name}”已存在")
    team = Team(batch_id=batch_id, name=name.strip(), kind=kind, township_id=township_id)
    s.add(team)
    s.flush()
    audit.record(s, "team.create", entity="team", entity_id=team.id, detail=name)
    return team.id


def _team(s: Session, team_id: int) -> Team:
    team = s.get(Team, team_id)
    if team is None:
        raise NotFound(f"工作队 {team_id} 不存在")
    return team


def rename_team(s: Session, team_id: int, name: str) -> None:
    team = _team(s, team_id)
    name = name.strip()
    if not name:
        raise ValidationError("工作队名称不能为空")
    same = s.scalar(select(Team.id).where(Team.batch_id == team.batch_id, Team.name == name))
    if same is not None and same != team.id:
        raise ValidationError(f"工作队“{name}”已存在", key="duplicate")
    old = team.name
    if name == old:
        return
    team.name = name
    s.flush()
    audit.record(s, "team.rename", entity="team", entity_id=team.id, detail=f"{old}→{name}")


def delete_team(s: Session, team_id: int) -> int:
    """Delete a team; its cadres stay on the roster without a team. Returns how many were released."""
    team = _team(s, team_id)
    released = 0
    for d in s.scalars(select(Dispatch).where(Dispatch.team_id == team.id)):
        d.team_id = None  # row by row: keeps each dispatch's version counter honest
        released += 1
    s.flush()
    name = team.name
    s.delete(team)
    s.flush()
    audit.record(s, "team.delete", entity="team", entity_id=team_id, detail=f"{name}（释放 {released} 人）")
    return released


def set_team(s: Session, dispatch_id: int, team_id: int | None) -> None:
    d = _dispatch(s, dispatch_id)
    if team_id is not None:
        team = s.get(Team, team_id)
        if team is None or team.batch_id != d.batch_id:
            raise ValidationError("工作队不属于该批次")
    d.team_id = team_id
    s.flush()
    audit.record(s, "dispatch.team", entity="dispatch", entity_id=d.id, detail=f"team={team_id}")


def save_work_group(
    s: Session, batch_id: int, township_id: int, name: str, place_ids: list[int], group_id: int | None = None
) -> int:
    """A work group of 2–3 neighbouring villages of one township (seed 002)."""
    name = name.strip()
    if not name:
        raise ValidationError("请填写工作小组名称")
    same_name = s.scalar(select(WorkGroup.id).where(WorkGroup.batch_id == batch_id, WorkGroup.name == name))
    if same_name is not None and same_name != group_id:
        raise ValidationError(f"本批次已有工作小组“{name}”", key="duplicate")
    places = list(s.scalars(select(Place).where(Place.id.in_(place_ids))))
    if not 2 <= len(places) <= 3:
        raise ValidationError(f"工作小组应由2至3个相邻村组成，当前选了 {len(places)} 个")
    if any(p.township_id != township_id for p in places):
        raise ValidationError("工作小组的村必须属于同一乡镇")
    if any(p.kind != PlaceKind.VILLAGE.value for p in places):
        raise ValidationError("工作小组只能由村组成")
    taken = s.execute(
        select(Place.name, WorkGroup.name)
        .join(WorkGroupPlace, WorkGroupPlace.place_id == Place.id)
        .join(WorkGroup, WorkGroup.id == WorkGroupPlace.work_group_id)
        .where(WorkGroup.batch_id == batch_id, Place.id.in_(place_ids), WorkGroup.id != (group_id or -1))
    ).first()
    if taken:
        raise ValidationError(f"{taken[0]}已在工作小组“{taken[1]}”中")
    if group_id is None:
        group = WorkGroup(batch_id=batch_id, township_id=township_id, name=name)
        s.add(group)
        s.flush()
    else:
        found = s.get(WorkGroup, group_id)
        if found is None:
            raise NotFound("工作小组不存在")
        group = found
        group.name, group.township_id = name, township_id
        s.execute(delete(WorkGroupPlace).where(WorkGroupPlace.work_group_id == group.id))
        for d in s.scalars(
            select(Dispatch).where(Dispatch.work_group_id == group.id, Dispatch.place_id.not_in(place_ids))
        ):
            d.work_group_id = None  # a village left the group: so did its cadres
    s.add_all(WorkGroupPlace(work_group_id=group.id, place_id=p.id) for p in places)
    for d in s.scalars(
        select(Dispatch).where(Dispatch.batch_id == batch_id, Dispatch.place_id.in_(place_ids))
    ):
        d.work_group_id = group.id  # row by row: keeps each dispatch's version counter honest
    s.flush()
    audit.record(s, "workgroup.save", entity="work_group", entity_id=group.id, detail=f"{name}: {place_ids}")
    return group.id


def delete_work_group(s: Session, group_id: int) -> int:
    """Delete a work group; its villages' cadres leave it. Returns how many dispatches were released."""
    group = s.get(WorkGroup, group_id)
    if group is None:
        raise NotFound(f"工作小组 {group_id} 不存在")
    released = 0
    for d in s.scalars(select(Dispatch).where(Dispatch.work_group_id == group.id)):
        d.work_group_id = None  # row by row: keeps each dispatch's version counter honest
        released += 1
    s.flush()
    name = group.name
    s.delete(group)  # its WorkGroupPlace rows go by the foreign key's ON DELETE CASCADE
    s.flush()
    audit.record(
        s, "workgroup.delete", entity="work_group", entity_id=group_id, detail=f"{name}（释放 {released} 人）"
    )
    return released
