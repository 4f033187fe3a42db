"""Assignment: cadre → place with a role, the status lifecycle, recall/rotation with a replacement,
teams (with their one 队长), work groups and unit quotas.  Each command is one transaction, one
audit entry; the session-level helpers (``_assign``, ``_advance`` …) never audit on their own."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from cadredesk.core.audit import mask_id
from cadredesk.core.campaign import FORWARD, WITHDRAWABLE, previous_status
from cadredesk.core.enums import ACTIVE_STATUSES, COUNTED_STATUSES, DispatchStatus, PlaceKind, Role, TeamKind
from cadredesk.core.models import (
    Batch,
    Cadre,
    Dispatch,
    DispatchEvent,
    Place,
    Team,
    Unit,
    UnitQuota,
    WorkGroup,
    WorkGroupPlace,
)
from cadredesk.core.security import Permission
from cadredesk.errors import NotFound, ValidationError
from cadredesk.services.context import Tx, command, query
from cadredesk.services.mentoring import end_pairs_of
from cadredesk.services.training import dispatch_completion

ACTIVE = list(ACTIVE_STATUSES)
COUNTED = list(COUNTED_STATUSES)


@dataclass(frozen=True)
class QuotaLine:
    """A unit's quota in the batch (0 = none set), how many it sent, how many are missing."""

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


@dataclass
class AdvanceResult:
    """What advancing several dispatches did: steps taken, those held back by training, failures."""

    advanced: Counter[tuple[str, str]] = field(default_factory=Counter)  # (from, to) → count
    blocked: list[int] = field(default_factory=list)  # training incomplete (override needed)
    errors: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(self.advanced.values())


# --------------------------------------------------------------------------- helpers (caller's transaction)


def _event(s: Session, tx: Tx, d: Dispatch, to: str, reason: str | None, old: str | None) -> None:
    s.add(
        DispatchEvent(dispatch_id=d.id, from_status=old, to_status=to, reason=reason, user=tx.actor.username)
    )


def _dispatch(s: Session, dispatch_id: int) -> Dispatch:
    d = s.get(Dispatch, dispatch_id)
    if d is None:
        raise NotFound(f"派驻记录 {dispatch_id} 不存在")
    return d


def _open(batch: Batch) -> None:
    """A closed batch's roster is final (its findings are frozen)."""
    if batch.closed_on is not None:
        raise ValidationError(
            f"批次“{batch.name}”已于 {batch.closed_on} 结束，名单不能再改动", key="batch-closed"
        )


def other_active(s: Session, cadre_id: int, exclude: int | None = None) -> Dispatch | None:
    q = select(Dispatch).where(Dispatch.cadre_id == cadre_id, Dispatch.status.in_(ACTIVE))
    if exclude is not None:
        q = q.where(Dispatch.id != exclude)
    return s.scalars(q.limit(1)).first()


def _assign(
    tx: Tx,
    batch_id: int,
    cadre_id: int,
    *,
    place_id: int | None,
    role: str,
    township_id: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    reason: str | None = None,
) -> Dispatch:
    s = tx.session
    batch = s.get(Batch, batch_id)
    cadre = s.get(Cadre, cadre_id)
    if batch is None or cadre is None:
        raise NotFound("批次或干部不存在")
    _open(batch)
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
    _event(s, tx, d, d.status, reason, None)
    return d


def _advance(
    tx: Tx, dispatch_id: int, *, override_training: bool, reason: str | None
) -> tuple[str, str, list[str]]:
    """One step forward; returns (from, to, warnings)."""
    s = tx.session
    d = _dispatch(s, dispatch_id)
    _open(d.batch)
    current = DispatchStatus(d.status)
    if current not in FORWARD:
        raise ValidationError(f"{d.cadre.name}的状态“{current}”之后没有下一步")
    target = FORWARD[current]
    warnings: list[str] = []
    note = reason
    done = (
        dispatch_completion(s, d) if target is DispatchStatus.ON_POST and d.batch.training_required else None
    )
    if done is not None and not done.complete:
        msg = f"{d.cadre.name}尚未完成岗前培训（{done.detail}）"
        if not override_training:
            raise ValidationError(
                msg + "，不能上岗。确需先上岗的，请注明原因后确认。", key="training-incomplete"
            )
        if not (reason or "").strip():
            raise ValidationError("未完成培训先行上岗，须注明原因")
        warnings.append(msg)
        note = f"未完成岗前培训先行上岗，原因：{(reason or '').strip()}"
    old = d.status
    d.status = target.value
    s.flush()
    if target is DispatchStatus.COMPLETED:  # the term is over: so is the mentoring
        end_pairs_of(s, d.id, min(d.end, tx.today()))
    _event(s, tx, d, d.status, note, old)
    return old, d.status, warnings


# --------------------------------------------------------------------------- the lifecycle


@command("dispatch.assign", permission=Permission.EDIT)
def assign(
    tx: Tx,
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
    d = _assign(
        tx, batch_id, cadre_id, place_id=place_id, role=role, township_id=township_id, start=start, end=end,
        reason=reason,
    )  # fmt: skip
    tx.audit(entity="dispatch", entity_id=d.id, detail=f"{d.cadre.name}→{place_id} {role}")
    return Outcome(d.id)


@command("dispatch.move", permission=Permission.EDIT)
def move(tx: Tx, dispatch_id: int, *, place_id: int | None = None, role: str | None = None) -> Outcome:
    """Change a dispatch's place and/or role (调整)."""
    s = tx.session
    d = _dispatch(s, dispatch_id)
    if d.status not in ACTIVE:
        raise ValidationError(f"该派驻已“{d.status}”，不能再调整")
    if place_id is not None:
        place = s.get(Place, place_id)
        if place is None:
            raise NotFound(f"派驻点 {place_id} 不存在")
        d.place_id, d.township_id = place.id, place.township_id
    if role is not None:
        try:
            Role(role)
        except ValueError:
            raise ValidationError(f"派驻身份“{role}”不规范") from None
        d.role = role
    s.flush()
    tx.audit(entity="dispatch", entity_id=d.id, detail=f"{d.cadre.name} place={place_id} role={role}")
    return Outcome(d.id)


@command("dispatch.status", permission=Permission.EDIT)
def advance(
    tx: Tx, dispatch_id: int, *, override_training: bool = False, reason: str | None = None
) -> Outcome:
    """Move a dispatch one step along 推荐 → 审核 → 培训 → 在岗 → 期满.

    Going on post without completed training needs ``override_training`` and a reason; the reason
    is kept in the dispatch's history and in the audit entry.
    """
    old, new, warnings = _advance(tx, dispatch_id, override_training=override_training, reason=reason)
    detail = f"{old}→{new}"
    if warnings:
        detail += f"；先行上岗原因：{(reason or '').strip()}"
    tx.audit(entity="dispatch", entity_id=dispatch_id, detail=detail)
    return Outcome(dispatch_id, warnings)


@command("dispatch.advance-many", permission=Permission.EDIT)
def advance_many(
    tx: Tx, dispatch_ids: list[int], *, override_training: bool = False, reason: str | None = None
) -> AdvanceResult:
    """Advance each dispatch one step; those held back by the training rule are returned, not failed."""
    s = tx.session
    result = AdvanceResult()
    for i, did in enumerate(dispatch_ids):
        tx.progress.report(i, len(dispatch_ids), "推进状态")
        try:
            with s.begin_nested():
                old, new, warnings = _advance(tx, did, override_training=override_training, reason=reason)
        except ValidationError as exc:
            if exc.key == "training-incomplete":
                result.blocked.append(did)
            else:
                result.errors.append((did, exc.message))
            continue
        result.advanced[(old, new)] += 1
        result.warnings.extend(warnings)
    if result.count:
        steps = "，".join(f"{a}→{b} {n} 人" for (a, b), n in sorted(result.advanced.items()))
        if override_training and result.warnings:
            steps += f"；其中 {len(result.warnings)} 人未完成岗前培训先行上岗，原因：{(reason or '').strip()}"
        tx.audit(entity="dispatch", detail=steps)
    return result


@command("dispatch.end", permission=Permission.EDIT)
def end_early(
    tx: Tx,
    dispatch_id: int,
    *,
    kind: str,
    reason: str,
    on: dt.date | None = None,
    replacement_cadre_id: int | None = None,
) -> Outcome:
    """召回 or 轮换 a dispatch, optionally putting a replacement on the same place and role."""
    s = tx.session
    try:
        status = DispatchStatus(kind)
    except ValueError:
        raise ValidationError("只能“召回”或“轮换”") from None
    if status not in (DispatchStatus.RECALLED, DispatchStatus.ROTATED):
        raise ValidationError("只能“召回”或“轮换”")
    if not reason.strip():
        raise ValidationError(f"{kind}须注明原因")
    d = _dispatch(s, dispatch_id)
    _open(d.batch)
    if d.status not in ACTIVE:
        raise ValidationError(f"该派驻已“{d.status}”")
    on = on or tx.today()
    on = min(max(on, d.start), d.end)
    old = d.status
    d.status, d.status_reason, d.end = status.value, reason.strip(), on
    s.flush()
    end_pairs_of(
        s, d.id, on
    )  # a recalled or rotated cadre is no longer mentored (the successor needs a mentor)
    _event(s, tx, d, d.status, reason, old)
    out = Outcome(d.id)
    detail = f"{d.cadre.name} {old}→{status} 原因：{reason.strip()}"
    if replacement_cadre_id is not None:
        new = _assign(
            tx, d.batch_id, replacement_cadre_id, place_id=d.place_id, township_id=d.township_id, role=d.role,
            start=on, end=d.batch.end, reason=f"接替{d.cadre.name}",
        )  # fmt: skip
        d.replaced_by_id = new.id
        new.team_id, new.work_group_id = d.team_id, d.work_group_id
        s.flush()
        out = Outcome(new.id)
        detail += f"；由{new.cadre.name}接替"
    tx.audit(entity="dispatch", entity_id=d.id, detail=detail)
    return out


@command("dispatch.back")
def step_back(tx: Tx, dispatch_id: int, *, reason: str) -> Outcome:
    """Take a dispatch one step back (审核 → 推荐, 培训 → 审核, 在岗 → 培训, 期满 → 在岗), e.g. one advanced
    by mistake; the reason is required and kept in the status history and the audit entry."""
    s = tx.session
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("退回上一步须注明原因")
    d = _dispatch(s, dispatch_id)
    _open(d.batch)
    back = previous_status(d.status)
    if back is None:
        raise ValidationError(
            f"{d.cadre.name}的状态“{d.status}”不能退回（推荐之前没有上一步；召回、轮换、撤回不能退回）"
        )
    if back is DispatchStatus.ON_POST:
        busy = other_active(s, d.cadre_id, exclude=d.id)
        if busy is not None:
            raise ValidationError(
                f"{d.cadre.name}已在“{busy.batch.name}”中在派（{busy.status}），不能恢复为在岗"
            )
    old = d.status
    d.status = back.value
    s.flush()
    _event(s, tx, d, d.status, f"退回：{reason}", old)
    tx.audit(
        entity="dispatch", entity_id=d.id, detail=f"{d.cadre.name} {old}→{d.status}（退回）原因：{reason}"
    )
    return Outcome(d.id)


@command("dispatch.withdraw")
def withdraw(tx: Tx, dispatch_id: int, *, reason: str) -> Outcome:
    """撤回推荐: withdraw a nomination before training starts (推荐 or 审核). Not a recall (召回 is for a cadre
    on post): the dispatch ends as 撤回, counts for no place and no quota, and the cadre is free again."""
    s = tx.session
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("撤回推荐须注明原因")
    d = _dispatch(s, dispatch_id)
    _open(d.batch)
    if DispatchStatus(d.status) not in WITHDRAWABLE:
        later = "已开始培训或已在岗，请使用“召回”" if d.status in ACTIVE else f"已“{d.status}”"
        raise ValidationError(f"{d.cadre.name}{later}，不能撤回推荐（只有推荐、审核阶段可以撤回）")
    old = d.status
    d.status, d.status_reason = DispatchStatus.WITHDRAWN.value, reason
    s.flush()
    _event(s, tx, d, d.status, reason, old)
    tx.audit(entity="dispatch", entity_id=d.id, detail=f"{d.cadre.name} {old}→撤回（撤回推荐）原因：{reason}")
    return Outcome(d.id)


@query
def find_dispatch(tx: Tx, id_number: str, batch: str | None = None) -> int:
    """The dispatch of the cadre with ``id_number`` in ``batch`` (default: the cadre's most recent one)."""
    s = tx.session
    number = "".join(id_number.split()).upper()
    cadre = s.scalar(select(Cadre).where(Cadre.id_number == number))
    if cadre is None:
        raise NotFound(f"没有身份证号为 {mask_id(number)} 的干部")
    q = select(Dispatch.id).join(Batch, Batch.id == Dispatch.batch_id).where(Dispatch.cadre_id == cadre.id)
    if batch:
        q = q.where(Batch.name == batch.strip())
    found = s.scalar(q.order_by(Batch.start.desc(), Dispatch.id.desc()).limit(1))
    if found is None:
        where = f"批次“{batch}”" if batch else "任何批次"
        raise NotFound(f"{cadre.name}（{mask_id(number)}）在{where}中没有派驻记录")
    return found


# --------------------------------------------------------------------------- quotas


@command("quota.set", permission=Permission.EDIT)
def set_quota(tx: Tx, batch_id: int, unit_id: int, quota: int) -> None:
    s = tx.session
    if quota < 0:
        raise ValidationError("选派名额不能为负数")
    row = s.get(UnitQuota, (batch_id, unit_id))
    old = row.quota if row is not None else 0
    if quota == old:
        return
    if quota == 0:
        if row is not None:
            s.delete(row)
    elif row is None:
        s.add(UnitQuota(batch_id=batch_id, unit_id=unit_id, quota=quota))
    else:
        row.quota = quota
    s.flush()
    unit = s.get(Unit, unit_id)
    tx.audit(
        entity="unit",
        entity_id=unit_id,
        detail=f"{unit.name if unit else unit_id} 批次{batch_id} 名额 {old}→{quota}",
    )


def quota_lines(s: Session, batch_id: int, *, all_units: bool = False) -> list[QuotaLine]:
    sent = dict(
        s.execute(
            select(Dispatch.unit_id, func.count())
            .where(Dispatch.batch_id == batch_id, Dispatch.status.in_(COUNTED))
            .group_by(Dispatch.unit_id)
        ).all()
    )
    quota = dict(
        s.execute(select(UnitQuota.unit_id, UnitQuota.quota).where(UnitQuota.batch_id == batch_id)).all()
    )
    return [
        QuotaLine(uid, name, quota.get(uid, 0), sent.get(uid, 0))
        for uid, name in s.execute(select(Unit.id, Unit.name).order_by(Unit.name))
        if all_units or uid in quota
    ]


@query(permission=Permission.VIEW)
def quotas(tx: Tx, batch_id: int, *, all_units: bool = False) -> list[QuotaLine]:
    """Units with their quota in the batch and the cadres they sent (召回/轮换 not counted).

    ``all_units``: every unit, with quota 0 where none is set (the GUI's editable quota table).
    """
    return quota_lines(tx.session, batch_id, all_units=all_units)


# --------------------------------------------------------------------------- teams


def _team(s: Session, team_id: int) -> Team:
    team = s.get(Team, team_id)
    if team is None:
        raise NotFound(f"工作队 {team_id} 不存在")
    return team


@command("team.create", permission=Permission.EDIT)
def create_team(tx: Tx, batch_id: int, name: str, kind: str, township_id: int | None = None) -> int:
    s = tx.session
    try:
        TeamKind(kind)
    except ValueError:
        raise ValidationError(f"工作队类型应为：{'、'.join(k.value for k in TeamKind)}") from None
    name = name.strip()
    if not name:
        raise ValidationError("工作队名称不能为空")
    if s.scalar(select(Team.id).where(Team.batch_id == batch_id, Team.name == name)):
        raise ValidationError(f"工作队“{name}”已存在", key="duplicate")
    team = Team(batch_id=batch_id, name=name, kind=kind, township_id=township_id)
    s.add(team)
    s.flush()
    tx.audit(entity="team", entity_id=team.id, detail=f"{name}（{kind}）")
    return team.id


@command("team.rename", permission=Permission.EDIT)
def rename_team(tx: Tx, team_id: int, name: str) -> None:
    s = tx.session
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
    tx.audit(entity="team", entity_id=team.id, detail=f"{old}→{name}")


@command("team.delete", permission=Permission.EDIT)
def delete_team(tx: Tx, team_id: int) -> int:
    """Delete a team; its cadres stay on the roster without a team. Returns how many were released."""
    s = tx.session
    team = _team(s, team_id)
    released = 0
    for d in s.scalars(select(Dispatch).where(Dispatch.team_id == team.id)):
        d.team_id = None  # row by row: keeps each dispatch's version counter honest
        released += 1
    s.flush()
    name = team.name
    s.delete(team)
    s.flush()
    tx.audit(entity="team", entity_id=team_id, detail=f"{name}（释放 {released} 人）")
    return released


@command("team.members", permission=Permission.EDIT)
def set_team(tx: Tx, dispatch_ids: list[int], team_id: int | None) -> int:
    """Put dispatches into a team (``team_id``) or take them out of theirs (None). Returns how many moved."""
    s = tx.session
    team = _team(s, team_id) if team_id is not None else None
    moved: list[str] = []
    for did in dispatch_ids:
        d = _dispatch(s, did)
        if team is not None and team.batch_id != d.batch_id:
            raise ValidationError(f"工作队“{team.name}”不属于{d.cadre.name}所在批次")
        if d.team_id != team_id:
            d.team_id = team_id
            moved.append(d.cadre.name)
    if not moved:
        return 0
    s.flush()
    where = f"编入“{team.name}”" if team is not None else "移出工作队"
    tx.audit(entity="team", entity_id=team_id, detail=f"{'、'.join(moved)} {where}")
    return len(moved)


@command("team.leader", permission=Permission.EDIT)
def set_team_leader(tx: Tx, team_id: int, dispatch_id: int) -> str:
    """Make one member the team's 工作队长; any other active leader of the team becomes a 队员.

    Read and changed in one transaction, so a leader set meanwhile by another clerk is demoted too
    (《山东省千名干部下基层工作动员部署会议召开》: one leader per team).  Returns the new leader's name.
    """
    s = tx.session
    team = _team(s, team_id)
    chosen = _dispatch(s, dispatch_id)
    if chosen.team_id != team.id:
        raise ValidationError(f"{chosen.cadre.name}不是“{team.name}”的成员")
    if chosen.status not in ACTIVE:
        raise ValidationError(f"{chosen.cadre.name}的派驻已“{chosen.status}”，不能任队长")
    demoted = []
    for d in s.scalars(
        select(Dispatch).where(
            Dispatch.team_id == team.id,
            Dispatch.role == Role.TEAM_LEADER.value,
            Dispatch.status.in_(ACTIVE),
            Dispatch.id != chosen.id,
        )
    ):
        d.role = Role.MEMBER.value
        demoted.append(d.cadre.name)
    chosen.role = Role.TEAM_LEADER.value
    s.flush()
    detail = f"{chosen.cadre.name}任“{team.name}”队长" + (
        f"，{'、'.join(demoted)}改为队员" if demoted else ""
    )
    tx.audit(entity="team", entity_id=team.id, detail=detail)
    return chosen.cadre.name


# --------------------------------------------------------------------------- work groups


@command("workgroup.save", permission=Permission.EDIT)
def save_work_group(
    tx: Tx, batch_id: int, township_id: int, name: str, place_ids: list[int], group_id: int | None = None
) -> int:
    """A work group of 2–3 neighbouring villages of one township (《在全县选派干部驻村蹲点工作会议上的讲话》)."""
    s = tx.session
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
    tx.audit(entity="work_group", entity_id=group.id, detail=f"{name}：{'、'.join(p.name for p in places)}")
    return group.id


@command("workgroup.delete", permission=Permission.EDIT)
def delete_work_group(tx: Tx, group_id: int) -> int:
    """Delete a work group; its villages' cadres leave it. Returns how many dispatches were released."""
    s = tx.session
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
    tx.audit(entity="work_group", entity_id=group_id, detail=f"{name}（释放 {released} 人）")
    return released
