"""Renaming and deleting 工作队, deleting 工作小组 — on both engines, with a hand-built batch."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from cadredesk.core.enums import Role, TeamKind
from cadredesk.core.models import AuditEntry, Cadre, Dispatch, Place, Team, WorkGroup, WorkGroupPlace
from cadredesk.errors import NotFound, ValidationError
from cadredesk.services import assignment, batches, cadres, reference
from cadredesk.services.context import Context
from tests.factories import make_id


def _setup(ctx: Context) -> dict[str, object]:
    """One batch; a township with three villages; three cadres on the roster, one per village."""
    b = batches.create_batch(
        ctx, batches.BatchForm.defaults("county", dt.date(2026, 1, 1), name="2026年驻村")
    )
    t = reference.create_township(ctx, "垦利街道")
    villages = [reference.save_place(ctx, t, f"第{i}村") for i in range(1, 4)]
    unit = reference.create_unit(ctx, "县财政局")
    dispatches = []
    for i, place in enumerate(villages):
        cid = cadres.save_cadre(
            ctx,
            cadres.CadreForm(
                name=f"测试{'甲乙丙'[i]}", id_number=make_id(dt.date(1980 + i, 1, 1)), unit_id=unit
            ),
        )
        dispatches.append(
            assignment.assign(ctx, b.id, cid, place_id=place, role=Role.MEMBER.value).dispatch_id
        )
    return {"batch": b.id, "t": t, "villages": villages, "dispatches": dispatches}


def _actions(ctx: Context, action: str) -> list[str | None]:
    with ctx.db.reader() as s:
        return list(s.scalars(select(AuditEntry.detail).where(AuditEntry.action == action)))


def _versions(ctx: Context, ids: list[int]) -> dict[int, int]:
    with ctx.db.reader() as s:
        return dict(s.execute(select(Dispatch.id, Dispatch.version).where(Dispatch.id.in_(ids))).all())


def test_rename_team(any_ctx: Context) -> None:
    ids = _setup(any_ctx)
    batch = ids["batch"]
    assert isinstance(batch, int)
    first = assignment.create_team(any_ctx, batch, "第一服务队", TeamKind.VILLAGE.value)
    assignment.create_team(any_ctx, batch, "第二服务队", TeamKind.VILLAGE.value)
    assignment.rename_team(any_ctx, first, "  黄河口服务队 ")
    with any_ctx.db.reader() as s:
        team = s.get(Team, first)
        assert team is not None and team.name == "黄河口服务队" and team.version == 2
    assert _actions(any_ctx, "team.rename") == ["第一服务队→黄河口服务队"]

    for bad, message in (("  ", "工作队名称不能为空"), ("第二服务队", "工作队“第二服务队”已存在")):
        with pytest.raises(ValidationError) as err:
            assignment.rename_team(any_ctx, first, bad)
        assert err.value.message == message
    with pytest.raises(NotFound):
        assignment.rename_team(any_ctx, 9999, "随便")
    with any_ctx.db.reader() as s:
        assert s.scalars(select(Team.name).order_by(Team.name)).all() == ["第二服务队", "黄河口服务队"]
    assert len(_actions(any_ctx, "team.rename")) == 1


def test_delete_team_releases_its_cadres(any_ctx: Context) -> None:
    ids = _setup(any_ctx)
    batch, dispatches = ids["batch"], ids["dispatches"]
    assert isinstance(batch, int) and isinstance(dispatches, list)
    doomed = assignment.create_team(any_ctx, batch, "待撤销队", TeamKind.VILLAGE.value)
    kept = assignment.create_team(any_ctx, batch, "保留队", TeamKind.VILLAGE.value)
    assignment.set_team(any_ctx, [dispatches[0]], doomed)
    assignment.set_team(any_ctx, [dispatches[1]], doomed)
    assignment.set_team(any_ctx, [dispatches[2]], kept)
    before = _versions(any_ctx, dispatches)
    assert assignment.delete_team(any_ctx, doomed) == 2
    with any_ctx.db.reader() as s:
        assert s.get(Team, doomed) is None and s.get(Team, kept) is not None
        teams = dict(s.execute(select(Dispatch.id, Dispatch.team_id)).all())
        assert teams == {dispatches[0]: None, dispatches[1]: None, dispatches[2]: kept}
        assert s.scalar(select(func.count()).select_from(Dispatch)) == 3  # the cadres stay on the roster
    after = _versions(any_ctx, dispatches)
    assert after == {
        dispatches[0]: before[dispatches[0]] + 1,
        dispatches[1]: before[dispatches[1]] + 1,
        dispatches[2]: before[dispatches[2]],
    }
    assert _actions(any_ctx, "team.delete") == ["待撤销队（释放 2 人）"]
    with pytest.raises(NotFound):
        assignment.delete_team(any_ctx, doomed)
    # the name is free again
    assignment.create_team(any_ctx, batch, "待撤销队", TeamKind.VILLAGE.value)


def test_delete_work_group_releases_villages_and_cadres(any_ctx: Context) -> None:
    ids = _setup(any_ctx)
    batch, t, villages, dispatches = ids["batch"], ids["t"], ids["villages"], ids["dispatches"]
    assert isinstance(batch, int) and isinstance(t, int)
    assert isinstance(villages, list) and isinstance(dispatches, list)
    group = assignment.save_work_group(any_ctx, batch, t, "第一工作小组", villages[:2])
    before = _versions(any_ctx, dispatches)
    with any_ctx.db.reader() as s:
        assert s.scalar(select(func.count()).select_from(WorkGroupPlace)) == 2
        members = s.scalars(select(Dispatch.id).where(Dispatch.work_group_id == group)).all()
        assert sorted(members) == sorted(dispatches[:2])
    assert assignment.delete_work_group(any_ctx, group) == 2
    with any_ctx.db.reader() as s:
        assert s.get(WorkGroup, group) is None
        assert s.scalar(select(func.count()).select_from(WorkGroupPlace)) == 0
        assert s.scalar(select(func.count()).select_from(Place)) == 3  # the villages themselves stay
        assert s.scalar(select(func.count()).select_from(Cadre)) == 3
        assert s.scalars(select(Dispatch.work_group_id)).all() == [None, None, None]
    after = _versions(any_ctx, dispatches)
    assert [after[d] - before[d] for d in dispatches] == [1, 1, 0]
    assert _actions(any_ctx, "workgroup.delete") == ["第一工作小组（释放 2 人）"]
    with pytest.raises(NotFound):
        assignment.delete_work_group(any_ctx, group)
    # the villages may form a new group under the same name
    assignment.save_work_group(any_ctx, batch, t, "第一工作小组", villages[1:])


def test_one_team_leader_read_and_changed_in_one_transaction(any_ctx: Context) -> None:
    """Seed 000: one 队长 per team. Making someone leader demotes whoever leads now — also a leader set
    meanwhile by another clerk (the rule is applied to what the database holds, not to a screen)."""
    ids = _setup(any_ctx)
    batch, dispatches = ids["batch"], ids["dispatches"]
    assert isinstance(batch, int) and isinstance(dispatches, list)
    team = assignment.create_team(any_ctx, batch, "第一服务队", TeamKind.VILLAGE.value)
    assignment.set_team(any_ctx, dispatches, team)
    assert assignment.set_team_leader(any_ctx, team, dispatches[0]) == "测试甲"
    # another clerk, working from an older screen, promotes 测试乙 directly
    assignment.move(any_ctx, dispatches[1], role=Role.TEAM_LEADER.value)
    assert assignment.set_team_leader(any_ctx, team, dispatches[2]) == "测试丙"
    with any_ctx.db.reader() as s:
        roles = dict(s.execute(select(Dispatch.id, Dispatch.role)).all())
    assert roles == {dispatches[0]: "队员", dispatches[1]: "队员", dispatches[2]: "工作队长"}
    last = _actions(any_ctx, "team.leader")[-1]
    assert last is not None and "测试丙任“第一服务队”队长" in last and "测试乙改为队员" in last
    # only a member can lead, and only while on the roster
    other = assignment.create_team(any_ctx, batch, "第二服务队", TeamKind.VILLAGE.value)
    with pytest.raises(ValidationError, match="不是“第二服务队”的成员"):
        assignment.set_team_leader(any_ctx, other, dispatches[0])


def test_advance_many_is_one_audit_entry_and_holds_back_the_untrained(any_ctx: Context) -> None:
    ids = _setup(any_ctx)
    dispatches = ids["dispatches"]
    assert isinstance(dispatches, list)
    first = assignment.advance_many(any_ctx, dispatches)  # 推荐 → 审核
    second = assignment.advance_many(any_ctx, dispatches)  # 审核 → 培训
    third = assignment.advance_many(any_ctx, dispatches)  # 培训 → 在岗: held back, nobody trained
    assert dict(first.advanced) == {("推荐", "审核"): 3} and dict(second.advanced) == {("审核", "培训"): 3}
    assert third.count == 0 and sorted(third.blocked) == sorted(dispatches) and third.errors == []
    assert len(_actions(any_ctx, "dispatch.advance-many")) == 2  # nothing changed: no third entry
    forced = assignment.advance_many(any_ctx, dispatches[:1], override_training=True, reason="春耕急需")
    assert dict(forced.advanced) == {("培训", "在岗"): 1} and forced.warnings == [
        "测试甲尚未完成岗前培训（未列入任何培训班）"
    ]
    last = _actions(any_ctx, "dispatch.advance-many")[-1]
    assert last is not None and "春耕急需" in last
