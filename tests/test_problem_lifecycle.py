"""The problem ledger's loop (issue 10, acceptance 2): pure rules, then the service on real databases."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from cadredesk.core import problems as lc
from cadredesk.core.enums import ProblemStage as S
from cadredesk.core.models import AuditEntry, ProblemStep
from cadredesk.errors import Conflict, ValidationError
from cadredesk.services import problems
from cadredesk.services.context import Context
from tests import onpost_data

D = dt.date
TODAY = D(2026, 6, 30)


def state(
    *steps: tuple[str, dt.date], deadline: dt.date | None = None, reopened_at: int | None = None
) -> lc.ProblemState:
    facts = tuple(lc.StepFact(st, day, i == reopened_at) for i, (st, day) in enumerate(steps))
    return lc.ProblemState(steps[-1][0], deadline, facts)


def test_main_line_no_step_skipped() -> None:
    found = state((S.FOUND, D(2026, 6, 1)))
    assert lc.next_stages(found, TODAY) == [S.ASSIGNED.value]
    for skip in (S.HANDLING, S.FEEDBACK, S.CLOSED):
        with pytest.raises(lc.LifecycleError, match="不能跳过环节"):
            lc.check_step(found, skip.value, D(2026, 6, 2), TODAY)
    with pytest.raises(lc.LifecycleError, match="尚未交办，不能督办"):
        lc.check_step(found, S.SUPERVISED.value, D(2026, 6, 2), TODAY)
    assigned = state((S.FOUND, D(2026, 6, 1)), (S.ASSIGNED, D(2026, 6, 2)), deadline=D(2026, 7, 15))
    assert lc.next_stages(assigned, TODAY) == [S.HANDLING.value]
    with pytest.raises(lc.LifecycleError, match="下一环节应为“处理”"):
        lc.check_step(assigned, S.FEEDBACK.value, D(2026, 6, 3), TODAY)
    handling = state(
        (S.FOUND, D(2026, 6, 1)),
        (S.ASSIGNED, D(2026, 6, 2)),
        (S.HANDLING, D(2026, 6, 3)),
        deadline=D(2026, 7, 15),
    )
    assert lc.next_stages(handling, TODAY) == [S.FEEDBACK.value]
    feedback = state(
        *((st, D(2026, 6, i + 1)) for i, st in enumerate((S.FOUND, S.ASSIGNED, S.HANDLING, S.FEEDBACK))),
        deadline=D(2026, 7, 15),
    )
    assert lc.next_stages(feedback, TODAY) == [S.CLOSED.value]
    lc.check_step(feedback, S.CLOSED.value, D(2026, 6, 20), TODAY)


def test_assignment_needs_whom_and_deadline() -> None:
    found = state((S.FOUND, D(2026, 6, 1)))
    with pytest.raises(lc.LifecycleError, match="承办单位或责任人"):
        lc.check_step(found, S.ASSIGNED.value, D(2026, 6, 2), TODAY, assignee=" ", deadline=D(2026, 7, 1))
    with pytest.raises(lc.LifecycleError, match="办理期限"):
        lc.check_step(found, S.ASSIGNED.value, D(2026, 6, 2), TODAY, assignee="镇政府")
    with pytest.raises(lc.LifecycleError, match="早于交办日期"):
        lc.check_step(
            found, S.ASSIGNED.value, D(2026, 6, 2), TODAY, assignee="镇政府", deadline=D(2026, 6, 1)
        )
    lc.check_step(found, S.ASSIGNED.value, D(2026, 6, 2), TODAY, assignee="镇政府", deadline=D(2026, 7, 1))


def test_dates_run_forward_and_not_into_the_future() -> None:
    found = state((S.FOUND, D(2026, 6, 10)))
    with pytest.raises(lc.LifecycleError, match="早于上一环节"):
        lc.check_step(
            found, S.ASSIGNED.value, D(2026, 6, 9), TODAY, assignee="镇政府", deadline=D(2026, 7, 1)
        )
    with pytest.raises(lc.LifecycleError, match="晚于今天"):
        lc.check_step(
            found, S.ASSIGNED.value, D(2026, 7, 1), TODAY, assignee="镇政府", deadline=D(2026, 7, 9)
        )


def test_supervision_only_when_overdue_then_resumes() -> None:
    handling = state(
        (S.FOUND, D(2026, 5, 1)),
        (S.ASSIGNED, D(2026, 5, 2)),
        (S.HANDLING, D(2026, 5, 3)),
        deadline=D(2026, 6, 1),
    )
    assert not lc.is_overdue(handling, D(2026, 6, 1))  # the deadline day itself is still in time
    with pytest.raises(lc.LifecycleError, match="未逾期"):
        lc.check_step(handling, S.SUPERVISED.value, D(2026, 6, 1), D(2026, 6, 1))
    assert lc.next_stages(handling, TODAY) == [S.FEEDBACK.value, S.SUPERVISED.value]
    assert lc.overdue_days(handling, TODAY) == 29
    supervised = state(
        (S.FOUND, D(2026, 5, 1)), (S.ASSIGNED, D(2026, 5, 2)), (S.HANDLING, D(2026, 5, 3)), (S.SUPERVISED, D(2026, 6, 5)),
        deadline=D(2026, 6, 1),
    )  # fmt: skip
    assert supervised.resumed_from() == S.HANDLING.value
    assert lc.next_stages(supervised, TODAY) == [S.FEEDBACK.value]  # resumes where it stood; no second 督办
    with pytest.raises(lc.LifecycleError, match="已在督办中"):
        lc.check_step(supervised, S.SUPERVISED.value, D(2026, 6, 6), TODAY)
    with pytest.raises(lc.LifecycleError, match="下一环节应为“反馈”"):
        lc.check_step(supervised, S.CLOSED.value, D(2026, 6, 6), TODAY)


def test_late_feedback_is_closed_only_after_supervision() -> None:
    late = state(
        (S.FOUND, D(2026, 5, 1)), (S.ASSIGNED, D(2026, 5, 2)), (S.HANDLING, D(2026, 5, 3)), (S.FEEDBACK, D(2026, 6, 10)),
        deadline=D(2026, 6, 1),
    )  # fmt: skip
    assert lc.next_stages(late, TODAY) == [S.SUPERVISED.value]
    with pytest.raises(lc.LifecycleError, match="须先督办再销号"):
        lc.check_step(late, S.CLOSED.value, D(2026, 6, 12), TODAY)
    supervised = lc.ProblemState(
        S.SUPERVISED.value, late.deadline, (*late.steps, lc.StepFact(S.SUPERVISED.value, D(2026, 6, 11)))
    )
    assert lc.next_stages(supervised, TODAY) == [S.CLOSED.value]
    lc.check_step(supervised, S.CLOSED.value, D(2026, 6, 12), TODAY)
    # feedback in time, closed a few days after the deadline: no supervision needed
    in_time = state(
        (S.FOUND, D(2026, 5, 1)), (S.ASSIGNED, D(2026, 5, 2)), (S.HANDLING, D(2026, 5, 3)), (S.FEEDBACK, D(2026, 5, 30)),
        deadline=D(2026, 6, 1),
    )  # fmt: skip
    lc.check_step(in_time, S.CLOSED.value, D(2026, 6, 3), TODAY)


def test_closed_is_read_only_and_reopening_is_recorded() -> None:
    closed = state(
        *(
            (st, D(2026, 6, i + 1))
            for i, st in enumerate((S.FOUND, S.ASSIGNED, S.HANDLING, S.FEEDBACK, S.CLOSED))
        ),
        deadline=D(2026, 7, 1),
    )
    assert lc.next_stages(closed, TODAY) == []
    with pytest.raises(lc.LifecycleError, match="已销号"):
        lc.check_step(closed, S.HANDLING.value, D(2026, 6, 20), TODAY)
    with pytest.raises(lc.LifecycleError, match="内容不能修改"):
        lc.check_edit(closed)
    with pytest.raises(lc.LifecycleError, match="写明原因"):
        lc.check_reopen(closed, "  ", None, TODAY)
    lc.check_reopen(closed, "群众反映问题复发", D(2026, 7, 30), TODAY)
    with pytest.raises(lc.LifecycleError, match="只有已销号"):
        lc.check_reopen(state((S.FOUND, D(2026, 6, 1))), "x", None, TODAY)
    reopened = lc.ProblemState(
        S.HANDLING.value, D(2026, 7, 30), (*closed.steps, lc.StepFact(S.HANDLING.value, TODAY, True))
    )
    assert reopened.feedback_day() is None  # the old feedback no longer counts
    assert lc.next_stages(reopened, TODAY) == [S.FEEDBACK.value]


# --------------------------------------------------------------------------- the service


def _form(camp: onpost_data.Campaign, **kw: object) -> problems.ProblemForm:
    base: dict[str, object] = dict(
        batch=camp.batch_id, place="西村", found_by="第一书记 王芳", found_on=D(2026, 5, 1), category="基础设施",
        title="村内主干道破损，雨天出行困难", detail="约 800 米路面坑洼",
    )  # fmt: skip
    base.update(kw)
    return problems.ProblemForm(**base)  # type: ignore[arg-type]


def test_ledger_service_enforces_and_records_the_loop(any_ctx: Context) -> None:
    camp = onpost_data.build(any_ctx)
    ctx = any_ctx.at(D(2026, 6, 30))
    p = problems.report_problem(ctx, _form(camp))
    assert p.stage == "发现" and p.next_stages == ("交办",) and p.steps[0].recorded_by == "tester"
    with pytest.raises(ValidationError, match="不能跳过环节"):
        problems.advance_problem(ctx, p.id, "处理", day=D(2026, 5, 2))
    with pytest.raises(ValidationError, match="承办单位"):
        problems.advance_problem(ctx, p.id, "交办", day=D(2026, 5, 2), deadline=D(2026, 6, 1))
    p = problems.advance_problem(
        ctx, p.id, "交办", day=D(2026, 5, 2), assignee="县交通运输局", deadline=D(2026, 6, 1)
    )
    assert p.assignee == "县交通运输局" and p.deadline == D(2026, 6, 1) and p.overdue_days == 29
    p = problems.advance_problem(ctx, p.id, "处理", day=D(2026, 5, 10))
    assert p.steps[-1].actor == "县交通运输局"  # who acts defaults to the assignee
    p = problems.advance_problem(
        ctx, p.id, "督办", day=D(2026, 6, 5), actor="县委组织部", note="逾期未办结，下发督办通知"
    )
    p = problems.advance_problem(ctx, p.id, "反馈", day=D(2026, 6, 20), note="已修复并反馈群众")
    assert p.next_stages == ("销号",)
    p = problems.advance_problem(ctx, p.id, "销号", day=D(2026, 6, 25), actor="黄河口镇")
    assert p.closed and p.closed_on == D(2026, 6, 25) and p.overdue_days == 0
    assert [s.stage for s in p.steps] == ["发现", "交办", "处理", "督办", "反馈", "销号"]
    assert all(s.at is not None and s.recorded_by == "tester" for s in p.steps)
    # closed: read only
    with pytest.raises(ValidationError, match="内容不能修改"):
        problems.edit_problem(ctx, _form(camp, id=p.id, title="改一改"))
    with pytest.raises(ValidationError, match="已销号"):
        problems.advance_problem(ctx, p.id, "反馈")
    # a stale edit is refused
    with pytest.raises(Conflict):
        problems.reopen_problem(ctx, p.id, "复发", version=p.version - 1)
    p = problems.reopen_problem(ctx, p.id, "群众反映路面再次破损", deadline=D(2026, 7, 31))
    assert p.stage == "处理" and p.closed_on is None and p.deadline == D(2026, 7, 31)
    assert p.steps[-1].reopened and "重新打开：群众反映路面再次破损" in p.steps[-1].note
    with any_ctx.db.reader() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "problem")).all()
        assert actions == ["problem.report", "problem.advance", "problem.advance", "problem.advance",
                           "problem.advance", "problem.advance", "problem.reopen"]  # fmt: skip
        assert s.scalar(select(ProblemStep.reopened).order_by(ProblemStep.id.desc()).limit(1)) is True


def test_overdue_list_and_check(any_ctx: Context) -> None:
    from cadredesk.services.checks import run_checks

    camp = onpost_data.build(any_ctx)
    ctx = any_ctx.at(D(2026, 6, 30))
    late = problems.report_problem(ctx, _form(camp))
    problems.advance_problem(
        ctx, late.id, "交办", day=D(2026, 5, 2), assignee="县交通运输局", deadline=D(2026, 6, 1)
    )
    on_time = problems.report_problem(
        ctx, _form(camp, place="东村", township="黄河口镇", title="灌溉机井老化")
    )
    problems.advance_problem(
        ctx, on_time.id, "交办", day=D(2026, 5, 2), assignee="县水利局", deadline=D(2026, 7, 10)
    )
    overdue = problems.overdue_problems(ctx, camp.batch_id)
    assert [p.id for p in overdue] == [late.id] and overdue[0].overdue_days == 29
    found = [v for v in run_checks(ctx).violations if v.rule == "problem-overdue"]
    assert [v.target for v in found] == [("problem", late.id)]


def test_duplicate_place_names_need_the_township(any_ctx: Context) -> None:
    camp = onpost_data.build(any_ctx)
    ctx = any_ctx.at(D(2026, 6, 30))
    with pytest.raises(ValidationError, match="请写明乡镇"):
        problems.report_problem(ctx, _form(camp, place="东村"))
    row = problems.report_problem(ctx, _form(camp, place="东村", township="永安镇"))
    assert row.township == "永安镇"


def test_supervision_is_judged_on_the_day_of_the_step() -> None:
    handling = state(
        (S.FOUND, D(2026, 5, 1)),
        (S.ASSIGNED, D(2026, 5, 2)),
        (S.HANDLING, D(2026, 5, 3)),
        deadline=D(2026, 6, 1),
    )
    with pytest.raises(lc.LifecycleError, match="未逾期"):
        lc.check_step(
            handling, S.SUPERVISED.value, D(2026, 5, 20), TODAY
        )  # recorded late, but not overdue then
    lc.check_step(handling, S.SUPERVISED.value, D(2026, 6, 2), TODAY)
