"""Training through the services, on both engines: classes, courses, lists, marks, the 在岗 gate with its
override (audited), the batch's hour rule, and ``check`` judging with the same function."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from cadredesk.core.enums import Role
from cadredesk.core.models import AuditEntry, DispatchEvent, TrainingAttendance
from cadredesk.errors import ValidationError
from cadredesk.services import assignment, batches, cadres, checks, reference, training
from cadredesk.services.context import Context
from cadredesk.services.training import CourseForm, MarkChange, SessionForm
from tests.factories import make_id

TODAY = dt.date(2026, 1, 20)
D1, D2 = dt.date(2026, 1, 5), dt.date(2026, 1, 6)


def _setup(ctx: Context, names: str = "甲乙丙") -> dict[str, object]:
    """A batch, a township with places, three cadres nominated and reviewed (status 培训 next)."""
    b = batches.create_batch(
        ctx, batches.BatchForm.defaults("county", dt.date(2026, 1, 1), name="2026年驻村")
    )
    t = reference.create_township(ctx, "永安镇")
    places = [reference.save_place(ctx, t, f"第{i}村") for i in range(1, 4)]
    dispatches = []
    for i, ch in enumerate(names):
        cid = cadres.save_cadre(
            ctx, cadres.CadreForm(name=f"测试{ch}", id_number=make_id(dt.date(1985 + i, 3, 1)))
        )
        did = assignment.assign(ctx, b.id, cid, place_id=places[i % 3], role=Role.MEMBER.value).dispatch_id
        assignment.advance(ctx, did)  # 推荐 → 审核
        assignment.advance(ctx, did)  # 审核 → 培训
        dispatches.append(did)
    return {"batch": b.id, "township": t, "dispatches": dispatches}


def _class(ctx: Context, batch_id: int) -> tuple[int, list[int]]:
    """One class (all three listed) with two required courses of 3 hours and an elective of 2."""
    ts = training.create_session(
        ctx,
        SessionForm(
            batch_id=batch_id,
            name="岗前培训班",
            start=D1,
            end=D2,
            location="县委党校",
            organizer="县委组织部",
        ),
    )
    courses = [
        training.save_course(
            ctx,
            CourseForm(session_id=ts.id, title="农村政策解读", day=D1, hours=Decimal(3), topic="农村政策"),
        ),
        training.save_course(
            ctx, CourseForm(session_id=ts.id, title="党建实务", day=D1, hours=Decimal(3), topic="党的建设")
        ),
        training.save_course(
            ctx,
            CourseForm(
                session_id=ts.id, title="人居环境", day=D2, hours=Decimal(2), topic="乡村振兴", required=False
            ),
        ),
    ]
    return ts.id, [c.id for c in courses]


def _audit(ctx: Context, action: str) -> list[str]:
    with ctx.db.reader() as s:
        return [
            a.detail or ""
            for a in s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))
        ]


def test_class_lists_running_cadres_and_validates(any_ctx: Context) -> None:
    ids = _setup(any_ctx)
    sid, courses = _class(any_ctx, ids["batch"])  # type: ignore[arg-type]
    rows = training.list_sessions(any_ctx, ids["batch"])  # type: ignore[arg-type]
    assert [(r.name, r.courses, r.hours, r.required_hours, r.trainees, r.complete) for r in rows] == [
        ("岗前培训班", 3, Decimal(8), Decimal(6), 3, 0)
    ]
    with pytest.raises(ValidationError, match="已有培训班"):
        training.create_session(
            any_ctx, SessionForm(batch_id=ids["batch"], name="岗前培训班", start=D1, end=D1)
        )  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="早于开始日期"):
        training.create_session(any_ctx, SessionForm(batch_id=ids["batch"], name="补训班", start=D2, end=D1))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="不在培训班“岗前培训班”的日期"):
        training.save_course(
            any_ctx, CourseForm(session_id=sid, title="迟到的课", day=dt.date(2026, 1, 9), hours=Decimal(3))
        )
    with pytest.raises(ValidationError, match="学时应大于 0"):
        training.save_course(any_ctx, CourseForm(session_id=sid, title="零学时", day=D1, hours=Decimal(0)))
    with pytest.raises(ValidationError, match="已有课程“党建实务”"):
        training.save_course(any_ctx, CourseForm(session_id=sid, title="党建实务", day=D2, hours=Decimal(1)))
    with pytest.raises(ValidationError, match="课程“人居环境”的日期不在"):
        training.update_session(
            any_ctx, SessionForm(**{**training.get_session(any_ctx, sid).__dict__, "end": D1})
        )
    # a second class lists nobody: everyone is on the first one's list
    second = training.create_session(
        any_ctx, SessionForm(batch_id=ids["batch"], name="补训班", start=D2, end=D2)
    )  # type: ignore[arg-type]
    assert second.trainees == 0
    assert [c.title for c in training.list_courses(any_ctx, sid)] == ["农村政策解读", "党建实务", "人居环境"]
    assert courses


def test_gate_waits_for_completion_and_the_override_is_audited(any_ctx: Context) -> None:
    ids = _setup(any_ctx)
    d1, d2, d3 = ids["dispatches"]  # type: ignore[misc]
    sid, (c1, c2, c3) = _class(any_ctx, ids["batch"])  # type: ignore[arg-type]
    # 甲 attended both required courses; 乙 was on leave for 党建实务; 丙 nothing yet
    training.mark_course(any_ctx, c1)
    out = training.set_marks(
        any_ctx, [MarkChange(c2, d1, "出席"), MarkChange(c2, d2, "请假", "病假"), MarkChange(c3, d2, "出席")]
    )
    assert (out.changed, out.unchanged) == (3, 0)
    assert assignment.advance(any_ctx, d1).warnings == []  # 甲 goes on post
    with pytest.raises(
        ValidationError, match=r"测试乙尚未完成岗前培训（必修课 1/2，缺：党建实务（请假未补 1 门））"
    ) as info:
        assignment.advance(any_ctx, d2)
    assert info.value.key == "training-incomplete"
    with pytest.raises(ValidationError, match="须注明原因"):
        assignment.advance(any_ctx, d2, override_training=True, reason="  ")
    # the override: a reason, kept in the dispatch history and in the audit log
    done = assignment.advance(any_ctx, d2, override_training=True, reason="村里急需，先上岗后补课")
    assert done.warnings and "尚未完成岗前培训" in done.warnings[0]
    assert any("先行上岗原因：村里急需，先上岗后补课" in d for d in _audit(any_ctx, "dispatch.status"))
    with any_ctx.db.reader() as s:
        reasons = list(s.scalars(select(DispatchEvent.reason).where(DispatchEvent.dispatch_id == d2)))
    assert "未完成岗前培训先行上岗，原因：村里急需，先上岗后补课" in reasons
    # check flags 乙 with the same reason the gate gave
    found = [v for v in checks.run_checks(any_ctx, as_of=TODAY).violations if v.rule == "training-incomplete"]
    assert [(v.subject.split(" / ")[-1], v.detail) for v in found] == [
        ("测试乙（永安镇第2村）", "已在岗但未完成岗前培训：必修课 1/2，缺：党建实务（请假未补 1 门）")
    ]
    # the make-up clears it
    assert training.set_mark(any_ctx, c2, d2, "补课") is True
    assert [
        v for v in checks.run_checks(any_ctx, as_of=TODAY).violations if v.rule == "training-incomplete"
    ] == []
    # 丙 through advance_many: held back, then let through with a reason
    many = assignment.advance_many(any_ctx, [d3])
    assert many.blocked == [d3] and many.count == 0
    assert assignment.advance_many(any_ctx, [d3], override_training=True, reason="培训期间抢险").count == 1
    assert "先行上岗，原因：培训期间抢险" in _audit(any_ctx, "dispatch.advance-many")[-1]
    assert sid


def test_the_batch_hour_rule_is_what_the_gate_and_check_use(any_ctx: Context) -> None:
    ids = _setup(any_ctx, "甲乙")
    d1, d2 = ids["dispatches"]  # type: ignore[misc]
    _sid, (c1, c2, c3) = _class(any_ctx, ids["batch"])  # type: ignore[arg-type]
    # 甲: both required courses (6 h); 乙: one required course and the elective (5 h)
    training.set_marks(
        any_ctx,
        [
            MarkChange(c1, d1, "出席"),
            MarkChange(c2, d1, "出席"),
            MarkChange(c1, d2, "出席"),
            MarkChange(c3, d2, "补课"),
        ],
    )
    rule = training.set_training_rule(any_ctx, ids["batch"], rule="学时", hours=5)  # type: ignore[arg-type]
    assert rule.text == "参加或补课的学时累计不少于 5 学时"
    assert "认定方式 必修课→学时；应修学时 24→5" in _audit(any_ctx, "training.rule")[-1]
    status = {
        r.name: (r.completion.complete, r.completion.detail)
        for r in training.completion_list(any_ctx, ids["batch"])
    }  # type: ignore[arg-type]
    assert status == {"测试甲": (True, "学时 6/5"), "测试乙": (True, "学时 5/5")}
    # six hours: 乙 falls short, the gate says so in hours
    training.set_training_rule(any_ctx, ids["batch"], hours=6)  # type: ignore[arg-type]
    assignment.advance(any_ctx, d1)
    with pytest.raises(ValidationError, match=r"测试乙尚未完成岗前培训（学时 5/6）"):
        assignment.advance(any_ctx, d2)
    assignment.advance(any_ctx, d2, override_training=True, reason="先上岗")
    found = [
        v.detail
        for v in checks.run_checks(any_ctx, as_of=TODAY).violations
        if v.rule == "training-incomplete"
    ]
    assert found == ["已在岗但未完成岗前培训：学时 5/6"]
    # back to the required-courses rule: 乙 lacks 党建实务
    training.set_training_rule(any_ctx, ids["batch"], rule="必修课")  # type: ignore[arg-type]
    found = [
        v.detail
        for v in checks.run_checks(any_ctx, as_of=TODAY).violations
        if v.rule == "training-incomplete"
    ]
    assert found == ["已在岗但未完成岗前培训：必修课 1/2，缺：党建实务"]
    # a batch that does not require the training: no gate, no finding
    training.set_training_rule(any_ctx, ids["batch"], required=False)  # type: ignore[arg-type]
    assert [
        v for v in checks.run_checks(any_ctx, as_of=TODAY).violations if v.rule == "training-incomplete"
    ] == []
    with pytest.raises(ValidationError, match="认定方式应为"):
        training.set_training_rule(any_ctx, ids["batch"], rule="考试")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="1 至 200"):
        training.set_training_rule(any_ctx, ids["batch"], hours=0)  # type: ignore[arg-type]


def test_the_batch_form_carries_the_rule_and_keeps_it(any_ctx: Context) -> None:
    b = batches.create_batch(
        any_ctx, batches.BatchForm.defaults("county", dt.date(2026, 1, 1), name="批次甲")
    )
    form = batches.batch_form(any_ctx, b.id)
    assert (form.training_rule, form.training_hours, form.mentor_idle_months) == ("必修课", 24, 3)
    training.set_training_rule(any_ctx, b.id, rule="学时", hours=16)
    # a form that does not show the rule (the batch dialog of this version) keeps it
    form = batches.batch_form(any_ctx, b.id)
    batches.update_batch(
        any_ctx, batches.BatchForm(**{**form.__dict__, "training_rule": None, "min_days_month": 20})
    )
    again = batches.batch_form(any_ctx, b.id)
    assert (again.training_rule, again.training_hours, again.min_days_month) == ("学时", 16, 20)


def test_mark_course_keeps_marks_already_entered_and_audits_once(any_ctx: Context) -> None:
    ids = _setup(any_ctx)
    d1, d2, d3 = ids["dispatches"]  # type: ignore[misc]
    _sid, (c1, _c2, _c3) = _class(any_ctx, ids["batch"])  # type: ignore[arg-type]
    training.set_mark(any_ctx, c1, d2, "请假")
    assert training.mark_course(any_ctx, c1) == 2  # 甲 and 丙; 乙's leave stays
    assert training.mark_course(any_ctx, c1) == 0  # nothing left to mark: no audit entry
    assert _audit(any_ctx, "training.mark-course") == ["农村政策解读：2 人记为出席"]
    assert training.mark_course(any_ctx, c1, "出席", overwrite=True) == 1
    with any_ctx.db.reader() as s:
        marks = dict(
            s.execute(
                select(TrainingAttendance.dispatch_id, TrainingAttendance.mark).where(
                    TrainingAttendance.course_id == c1
                )
            ).all()
        )
    assert marks == {d1: "出席", d2: "出席", d3: "出席"}
    with pytest.raises(ValidationError, match="考勤应为：出席、缺席、请假、补课"):
        training.set_mark(any_ctx, c1, d1, "迟到")
    assert training.set_mark(any_ctx, c1, d1, None) is True  # cleared
    assert training.set_mark(any_ctx, c1, d1, None) is False


def test_grid_enrol_unenrol_and_delete(any_ctx: Context) -> None:
    ids = _setup(any_ctx)
    d1, d2, d3 = ids["dispatches"]  # type: ignore[misc]
    sid, (c1, c2, c3) = _class(any_ctx, ids["batch"])  # type: ignore[arg-type]
    training.set_marks(
        any_ctx, [MarkChange(c, d1, "出席") for c in (c1, c2, c3)] + [MarkChange(c1, d3, "缺席")]
    )
    grid = training.attendance_grid(any_ctx, sid)
    assert [c.title for c in grid.courses] == ["农村政策解读", "党建实务", "人居环境"]
    assert [(r.name, r.marks, r.completion.status) for r in grid.rows] == [
        ("测试甲", ("出席", "出席", "出席"), "已完成"),
        ("测试乙", (None, None, None), "未完成"),
        ("测试丙", ("缺席", None, None), "未完成"),
    ]
    assert grid.courses[0].counts == {"出席": 1, "缺席": 1, "": 1}
    assert training.unenrol(any_ctx, sid, [d3]) == 1  # off the list, its marks gone
    assert [c.name for c in training.enrol_choices(any_ctx, sid)] == ["测试丙"]
    assert training.completion_list(any_ctx, ids["batch"])[2].completion.status == "未参训"  # type: ignore[arg-type]
    assert training.enrol(any_ctx, sid, [d3, d2]) == 1
    # a mark for someone off the list puts them on it
    training.unenrol(any_ctx, sid, [d3])
    out = training.set_marks(any_ctx, [MarkChange(c1, d3, "补课")])
    assert (out.changed, out.enrolled) == (1, 1)
    assert training.delete_course(any_ctx, c3) == 1
    assert training.delete_session(any_ctx, sid) == 3  # 甲's two marks and 丙's
    assert training.list_sessions(any_ctx, ids["batch"]) == []  # type: ignore[arg-type]
    assert _audit(any_ctx, "training.session.delete") == ["岗前培训班（2 门课程，3 条考勤）"]
