"""Campaign rules (check) and the assignment lifecycle, on both engines, with hand-built scenarios."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from cadredesk.core.enums import DispatchStatus, PlaceTag, Role, TeamKind
from cadredesk.core.models import (
    Batch,
    Dispatch,
    DispatchEvent,
    Problem,
    Unit,
)
from cadredesk.core.rules import Violation
from cadredesk.errors import ValidationError
from cadredesk.services import assignment, batches, cadres, checks, reference, training
from cadredesk.services.context import Context
from tests.factories import make_id

TODAY = dt.date(2026, 6, 15)


def _setup(ctx: Context, n_cadres: int = 6) -> dict[str, object]:
    b = batches.create_batch(
        ctx, batches.BatchForm.defaults("county", dt.date(2026, 1, 1), name="2026年驻村")
    )
    t = reference.create_township(ctx, "垦利街道")
    t2 = reference.create_township(ctx, "永安镇")
    weak = reference.save_place(ctx, t, "西宋村", tags=[PlaceTag.WEAK_ORG.value])
    old = reference.save_place(ctx, t, "老区村", tags=[PlaceTag.OLD_REVOLUTIONARY.value])
    plain = [reference.save_place(ctx, t, f"第{i}村") for i in range(1, 4)]
    other = reference.save_place(ctx, t2, "永安村")
    unit = reference.create_unit(ctx, "县财政局")
    ids = [
        cadres.save_cadre(
            ctx,
            cadres.CadreForm(
                name=f"测试{'甲乙丙丁戊己庚辛'[i]}", id_number=make_id(dt.date(1980 + i, 1, 1)), unit_id=unit
            ),
        )
        for i in range(n_cadres)
    ]
    return {
        "batch": b.id, "t": t, "t2": t2, "weak": weak, "old": old, "plain": plain, "other": other,
        "unit": unit, "cadres": ids,
    }  # fmt: skip


def _rules(ctx: Context, rule: str) -> list[Violation]:
    return [v for v in checks.run_checks(ctx, as_of=TODAY).violations if v.rule == rule]


def test_priority_coverage_and_quota(any_ctx: Context) -> None:
    ids = _setup(any_ctx)
    found = _rules(any_ctx, "priority-uncovered")
    assert {(v.subject.split("/")[-1].strip(), v.severity) for v in found} == {
        ("垦利街道西宋村", "error"),
        ("垦利街道老区村", "warning"),
    }
    assignment.assign(
        any_ctx, ids["batch"], ids["cadres"][0], place_id=ids["weak"], role=Role.FIRST_SECRETARY.value
    )
    assignment.set_quota(any_ctx, ids["batch"], ids["unit"], 3)
    assert [v.severity for v in _rules(any_ctx, "priority-uncovered")] == ["warning"]
    quota = _rules(any_ctx, "unit-quota")
    assert (
        len(quota) == 1
        and "应派 3 人，实派 1 人" in quota[0].detail
        and "3年内参加县一级及以上党建工作先进单位和文明单位的评选资格" in quota[0].detail
    )


def test_one_active_dispatch_and_lifecycle(any_ctx: Context) -> None:
    ids = _setup(any_ctx)
    c0, c1 = ids["cadres"][0], ids["cadres"][1]  # type: ignore[index]
    d0 = assignment.assign(
        any_ctx, ids["batch"], c0, place_id=ids["weak"], role=Role.FIRST_SECRETARY.value
    ).dispatch_id
    with pytest.raises(ValidationError, match="已在本批次名单中"):
        assignment.assign(any_ctx, ids["batch"], c0, place_id=ids["old"], role=Role.MEMBER.value)
    nb_id = batches.create_batch(
        any_ctx, batches.BatchForm.defaults("county", dt.date(2026, 3, 1), name="另一批")
    ).id
    with pytest.raises(ValidationError, match="同时只能有一个在派任务"):
        assignment.assign(any_ctx, nb_id, c0, place_id=ids["old"], role=Role.MEMBER.value)
    # forward path; 在岗 needs training
    assignment.advance(any_ctx, d0)
    assignment.advance(any_ctx, d0)
    with pytest.raises(ValidationError, match="岗前培训"):
        assignment.advance(any_ctx, d0)
    ts = training.create_session(
        any_ctx, training.SessionForm(batch_id=ids["batch"], name="岗前培训班", start=TODAY, end=TODAY)
    )
    course = training.save_course(
        any_ctx, training.CourseForm(session_id=ts.id, title="驻村工作方法", day=TODAY, hours=Decimal(16))
    )
    training.mark_course(any_ctx, course.id)
    assignment.advance(any_ctx, d0)
    # recall with a replacement on the same place and role
    new = assignment.end_early(
        any_ctx, d0, kind=DispatchStatus.RECALLED.value, reason="身体原因", on=TODAY, replacement_cadre_id=c1
    )
    with any_ctx.db.reader() as s:
        old = s.get(Dispatch, d0)
        rep = s.get(Dispatch, new.dispatch_id)
        assert old is not None and rep is not None
        assert (old.status, old.end, old.replaced_by_id) == ("召回", TODAY, rep.id)
        assert (rep.place_id, rep.role, rep.status, rep.start) == (ids["weak"], "第一书记", "推荐", TODAY)
        history = list(
            s.scalars(
                select(DispatchEvent.to_status)
                .where(DispatchEvent.dispatch_id == d0)
                .order_by(DispatchEvent.id)
            )
        )
        assert history == ["推荐", "审核", "培训", "在岗", "召回"]
    # the exported/printed roster lists who serves: the replacement, not the recalled cadre
    from cadredesk.services.roster import roster_lines

    with any_ctx.db.reader() as s:
        b = s.get(Batch, ids["batch"])
        assert b is not None
        assert [ln.name for ln in roster_lines(s, b)] == ["测试乙"]
        assert {ln.status for ln in roster_lines(s, b, include_ended=True)} == {"推荐", "召回"}
    # the recalled cadre is free again for another batch
    assignment.assign(any_ctx, nb_id, c0, place_id=ids["old"], role=Role.MEMBER.value)


def test_training_lead_and_work_groups(any_ctx: Context) -> None:
    ids = _setup(any_ctx)
    cs, plain = ids["cadres"], ids["plain"]
    for i, pid in enumerate(plain):  # type: ignore[arg-type]
        assignment.assign(any_ctx, ids["batch"], cs[i], place_id=pid, role=Role.MEMBER.value)  # type: ignore[index]
    d = assignment.assign(any_ctx, ids["batch"], cs[3], place_id=ids["weak"], role=Role.TOWNSHIP_LEAD.value)  # type: ignore[index]
    assignment.assign(any_ctx, ids["batch"], cs[4], place_id=ids["old"], role=Role.TOWNSHIP_LEAD.value)  # type: ignore[index]
    assignment.assign(any_ctx, ids["batch"], cs[5], place_id=ids["other"], role=Role.MEMBER.value)  # type: ignore[index]
    for _ in range(3):
        assignment.advance(any_ctx, d.dispatch_id, override_training=True, reason="先上岗后补训")
    leads = {v.subject.split("/")[-1].strip(): v.detail for v in _rules(any_ctx, "township-lead")}
    assert leads == {"垦利街道": "有 2 名领队，每个乡镇应只有1名", "永安镇": "尚未确定领队"}
    training = _rules(any_ctx, "training-incomplete")
    assert len(training) == 1 and "测试丁" in training[0].subject
    with pytest.raises(ValidationError, match="2至3个"):
        assignment.save_work_group(any_ctx, ids["batch"], ids["t"], "第一组", [plain[0]])  # type: ignore[index]
    with pytest.raises(ValidationError, match="同一乡镇"):
        assignment.save_work_group(any_ctx, ids["batch"], ids["t"], "第一组", [plain[0], ids["other"]])  # type: ignore[index]
    group = assignment.save_work_group(any_ctx, ids["batch"], ids["t"], "第一组", [plain[0], plain[1]])  # type: ignore[index]
    assert _rules(any_ctx, "work-group-size") == []
    with any_ctx.db.reader() as s:  # dispatches in the grouped villages joined the group
        grouped = set(s.scalars(select(Dispatch.place_id).where(Dispatch.work_group_id == group)))
        assert grouped == {plain[0], plain[1]}  # type: ignore[index]
    # a cadre assigned later to a grouped village joins its group too
    late = cadres.save_cadre(any_ctx, cadres.CadreForm(name="测试壬", id_number=make_id(dt.date(1990, 9, 9))))
    d = assignment.assign(any_ctx, ids["batch"], late, place_id=plain[0], role=Role.MEMBER.value)  # type: ignore[index]
    with any_ctx.db.reader() as s:
        row = s.get(Dispatch, d.dispatch_id)
        assert row is not None and row.work_group_id == group


def test_team_composition(any_ctx: Context) -> None:
    ids = _setup(any_ctx, n_cadres=6)
    team = assignment.create_team(any_ctx, ids["batch"], "第一工作队", TeamKind.STATE_ENTERPRISE.value)
    soes = [reference.save_place(any_ctx, ids["t"], n, kind="企业") for n in ("黄河油田公司", "港务集团公司")]
    for i, c in enumerate(ids["cadres"][:4]):  # type: ignore[index]
        d = assignment.assign(
            any_ctx,
            ids["batch"],
            c,
            place_id=soes[i % 2],
            role=Role.TEAM_LEADER.value if i == 0 else Role.MEMBER.value,  # type: ignore[index]
        )
        assignment.set_team(any_ctx, [d.dispatch_id], team)
    found = _rules(any_ctx, "team-composition")
    assert len(found) == 1 and "应为1名队长加4名队员，现有队长 1 人、共 4 人" in found[0].detail
    d = assignment.assign(any_ctx, ids["batch"], ids["cadres"][4], place_id=soes[0], role=Role.MEMBER.value)  # type: ignore[index]
    assignment.set_team(any_ctx, [d.dispatch_id], team)
    assert _rules(any_ctx, "team-composition") == []


def test_insurance_and_overdue_problems(any_ctx: Context) -> None:
    ids = _setup(any_ctx)
    d = assignment.assign(
        any_ctx, ids["batch"], ids["cadres"][0], place_id=ids["weak"], role=Role.MEMBER.value
    )  # type: ignore[index]
    with any_ctx.db.session() as s:
        row = s.get(Dispatch, d.dispatch_id)
        assert row is not None
        row.status = DispatchStatus.ON_POST.value
        row.insurance_policy, row.insurance_expiry = "PICC-001", TODAY + dt.timedelta(days=10)
        s.add(Problem(batch_id=ids["batch"], place_id=ids["weak"], title="道路破损", found_on=TODAY - dt.timedelta(days=40),
                      deadline=TODAY - dt.timedelta(days=1), stage="处理"))  # fmt: skip
    ins = _rules(any_ctx, "insurance-expiring")
    assert len(ins) == 1 and ins[0].severity == "warning" and "将于" in ins[0].detail
    overdue = _rules(any_ctx, "problem-overdue")
    assert len(overdue) == 1 and "道路破损" in overdue[0].subject and "处理" in overdue[0].detail


def test_check_reports_integrity(ctx: Context) -> None:
    result = checks.run_checks(ctx)
    assert result.integrity == "ok" and result.to_json()["violations"] == []
    with ctx.db.session() as s:
        s.add(Unit(name="孤立单位"))
    assert checks.run_checks(ctx).integrity == "ok"


def test_every_violation_points_at_its_record(ctx: Context) -> None:
    """On the county demo (which plants one of each problem) every finding names the record it is about."""
    from cadredesk.services.demo import generate_demo

    generate_demo(ctx, "county", 3)
    found = checks.run_checks(ctx, as_of=dt.date(2026, 11, 20)).violations
    assert {v.rule for v in found} >= {
        "priority-uncovered",
        "unit-quota",
        "training-incomplete",
        "township-lead",
    }
    untargeted = [v for v in found if v.target is None and v.rule != "priority-share"]
    assert untargeted == []
    kinds = {v.target[0] for v in found if v.target}
    assert kinds <= {"dispatch", "place", "township", "unit", "team", "work_group", "problem", "cadre"}
