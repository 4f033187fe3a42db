"""Evaluation services on a real database: entering the parties' parts, deciding grades within the 优秀
share, undoing, the batch's parameters, what ``check`` finds, the evaluator's side panel and the registers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from cadredesk.core.enums import AttendanceMark
from cadredesk.core.models import (
    Attendance,
    AuditEntry,
    Batch,
    Dispatch,
    Mentor,
    MentorActivity,
    MentorPair,
    PerformanceEntry,
    Place,
    TrainingAttendance,
    TrainingCourse,
    TrainingSession,
    TrainingTrainee,
    UnitQuota,
)
from cadredesk.errors import Conflict, UserError, ValidationError
from cadredesk.services import evaluation as ev
from cadredesk.services import registers
from cadredesk.services.checks import run_checks
from cadredesk.services.context import Context
from tests.evaluation_data import START, TODAY, World, build

T = ev.EvaluationTarget


def enter(
    w: World, dispatch: int, unit: str, org: str, township: str, votes: tuple[int, int, int, int]
) -> None:
    t = T(dispatch, "期满考核", 2026)
    for party, score in (("unit", unit), ("org", org), ("township", township)):
        ev.save_party(w.ctx, ev.PartyForm(t, party, score, opinion=f"{party}意见"))
    ev.save_democratic(w.ctx, ev.DemocraticForm(t, votes))


def audits(ctx: Context, action: str) -> list[str | None]:
    with ctx.db.reader() as s:
        return list(
            s.scalars(select(AuditEntry.detail).where(AuditEntry.action == action).order_by(AuditEntry.id))
        )


def test_parties_parts_and_the_rules_grade(any_ctx: Context) -> None:
    w = build(any_ctx)
    t = T(w.wang, "期满考核", 2026)
    saved = ev.save_party(w.ctx, ev.PartyForm(t, "unit", "88", "称职", "工作扎实"))
    assert saved.outcome.missing == ("组织部", "乡镇", "民主评议")
    ev.save_party(w.ctx, ev.PartyForm(t, "org", "90"))
    ev.save_party(w.ctx, ev.PartyForm(t, "township", None, "优秀", "表现突出"))  # a grade only: 95
    # democratic (10, 12, 3, 1): 2140 / 26 = 82.3; total 26.4 + 27 + 19 + 16.46 = 88.86 → 88.9 → 称职
    saved = ev.save_democratic(w.ctx, ev.DemocraticForm(t, (10, 12, 3, 1)))
    assert (saved.outcome.total, saved.outcome.grade.value if saved.outcome.grade else None) == (
        D("88.9"),
        "称职",
    )
    row = ev.list_evaluations(w.ctx, w.batch)[0]
    assert (row.name, row.unit_part, row.org_part, row.township_part, row.democratic, row.total, row.proposed, row.grade) == (
        "王喆堃", "88.0", "90.0", "优秀", D("82.3"), D("88.9"), "称职", "",
    )  # fmt: skip
    assert row.due  # the batch ended on 2026-11-30
    assert (
        audits(w.ctx, "evaluation.party")[0]
        == "王喆堃的2026年期满考核 派出单位：评分 88.0，建议等次 称职，意见 4 字"
    )

    for form, message in (
        (ev.PartyForm(t, "unit", "101"), "派出单位评分应为 0 至 100 的数，不是“101”"),
        (ev.PartyForm(t, "unit", "88.25"), "派出单位评分最多保留一位小数：“88.25”"),
        (ev.PartyForm(t, "org", "九十"), "组织部评分应为 0 至 100 的数，不是“九十”"),
        (
            ev.PartyForm(t, "township", None, "良好"),
            "乡镇建议等次只能是 优秀、称职、基本称职、不称职，不是“良好”",
        ),
        (ev.PartyForm(t, "village", "80"), "评价方只能是 unit（派出单位）、org（组织部）、township（乡镇）"),
    ):
        with pytest.raises(ValidationError) as err:
            ev.save_party(w.ctx, form)
        assert err.value.message == message
    with pytest.raises(Conflict):
        ev.save_party(w.ctx, ev.PartyForm(t, "unit", "80", version=1))  # edited since version 1

    # a recalled cadre has no end-of-term evaluation
    with w.ctx.db.session() as s:
        d = s.get(Dispatch, w.zhao)
        assert d is not None
        d.status = "召回"
    with pytest.raises(ValidationError, match="没有期满考核"):
        ev.save_party(w.ctx, ev.PartyForm(T(w.zhao, "期满考核", 2026), "unit", "80"))


def test_deciding_overriding_undoing(any_ctx: Context) -> None:
    w = build(any_ctx)
    t = T(w.li, "期满考核", 2026)
    with pytest.raises(ValidationError) as err:
        ev.decide_grade(w.ctx, ev.DecideForm(t))
    assert err.value.key == "incomplete" and "尚缺派出单位、组织部、乡镇、民主评议" in err.value.message
    enter(w, w.li, "80", "80", "80", (2, 20, 3, 0))  # democratic (200 + 1600 + 180) / 25 = 79.2; total 79.8
    with pytest.raises(ValidationError) as err:
        ev.decide_grade(w.ctx, ev.DecideForm(t, "基本称职"))
    assert (
        err.value.message
        == "李四的2026年期满考核按规则应为“称职”（综合得分 79.8），确定为“基本称职”须说明理由"
    )
    d = ev.decide_grade(w.ctx, ev.DecideForm(t, "基本称职", "驻村期间两次工作日抽查不在岗"))
    assert (d.grade, d.total, d.decided_on, d.note) == (
        "基本称职",
        D("79.8"),
        TODAY,
        "驻村期间两次工作日抽查不在岗",
    )
    # decided: parts are locked, a second decision refused, parameters frozen
    with pytest.raises(ValidationError) as err:
        ev.save_party(w.ctx, ev.PartyForm(t, "unit", "85"))
    assert err.value.key == "decided"
    with pytest.raises(ValidationError):
        ev.decide_grade(w.ctx, ev.DecideForm(t))
    view = ev.evaluation_params(w.ctx, w.batch)
    with pytest.raises(ValidationError) as err:
        ev.save_params(w.ctx, w.batch, view.params.updated(min_valid_ballots=5))
    assert err.value.key == "decided"
    with pytest.raises(ValidationError):
        ev.reopen_evaluation(w.ctx, t, "  ")
    ev.reopen_evaluation(w.ctx, t, "派出单位更正评分")
    ev.save_party(w.ctx, ev.PartyForm(t, "unit", "85"))  # 25.5 + 24 + 16 + 15.84 = 81.34 → 81.3
    assert ev.decide_grade(w.ctx, ev.DecideForm(t)).total == D("81.3")
    assert audits(w.ctx, "evaluation.reopen") == ["李四的2026年期满考核 撤销等次“基本称职”：派出单位更正评分"]
    assert audits(w.ctx, "evaluation.decide")[0] == (
        "李四的2026年期满考核 确定为“基本称职”（综合得分 79.8）；驻村期间两次工作日抽查不在岗"
    )


def test_excellent_share_leaves_a_tie_at_the_cut_to_the_clerk(any_ctx: Context) -> None:
    # five cadres, 优秀 at most 20% → 1; three of them score in the 优秀 band, the best two tied
    w = build(any_ctx, extra=2)
    with w.ctx.db.reader() as s:
        extra = sorted(s.scalars(select(Dispatch.id).where(Dispatch.id.not_in([w.wang, w.li, w.zhao]))))
    enter(w, w.wang, "95", "95", "95", (20, 5, 0, 0))  # dem (2000 + 400) / 25 = 96; total 95.2
    enter(w, w.li, "95", "95", "95", (20, 5, 0, 0))  # the same on every key
    enter(w, w.zhao, "93", "93", "93", (20, 5, 0, 0))  # 27.9 + 27.9 + 18.6 + 19.2 = 93.6
    enter(w, extra[0], "80", "80", "80", (5, 20, 0, 0))  # dem 84; total 80.8
    report = ev.decide_all(w.ctx, w.batch)
    assert (report.population, report.limit) == (5, 1)
    assert [(d.name, d.grade) for d in report.decided] == [("赵珺", "称职"), ("队员甲", "称职")]
    assert sorted(report.tied) == ["李四", "王喆堃"] and report.downgraded == ["赵珺"]
    assert report.incomplete == ["队员乙：尚未录入任何考核内容"]
    # the clerk settles the tie: 优秀 for one (the rules' grade: no reason needed), then the share is full
    ev.decide_grade(w.ctx, ev.DecideForm(T(w.wang, "期满考核", 2026)))
    with pytest.raises(ValidationError) as err:
        ev.decide_grade(w.ctx, ev.DecideForm(T(w.li, "期满考核", 2026)))
    assert (
        err.value.message
        == "“优秀”等次已确定 1 人，参加考核 5 人，按20%的比例最多 1 人，李四不能再确定为“优秀”"
    )
    d = ev.decide_grade(w.ctx, ev.DecideForm(T(w.li, "期满考核", 2026), "称职", "与王喆堃并列，优秀名额已满"))
    assert (d.grade, d.note) == ("称职", "与王喆堃并列，优秀名额已满")


def test_over_the_share_by_rank(any_ctx: Context) -> None:
    # three cadres, 优秀 for at most two thirds → 2; all three in the band, no tie
    w = build(any_ctx)
    enter(w, w.wang, "95", "95", "95", (20, 5, 0, 0))
    enter(w, w.li, "93", "93", "93", (20, 5, 0, 0))
    enter(w, w.zhao, "92", "92", "92", (20, 5, 0, 0))  # 27.6 + 27.6 + 18.4 + 19.2 = 92.8
    view = ev.evaluation_params(w.ctx, w.batch)
    ev.save_params(w.ctx, w.batch, ev.params_with(view.params, {"excellent_ceiling": "2/3"}))
    r = ev.decide_all(w.ctx, w.batch)
    assert [(d.name, d.grade) for d in r.decided] == [("王喆堃", "优秀"), ("李四", "优秀"), ("赵珺", "称职")]
    assert r.downgraded == ["赵珺"]
    assert (
        r.decided[2].note
        == "综合得分 92.8 达到优秀分数线，但超出优秀等次比例（三分之二，最多 2 人），按名次确定为称职"
    )
    assert audits(w.ctx, "evaluation.decide_all") == [
        "2025年度驻村蹲点 2026年期满考核 按规则确定等次 3 人（优秀 2、称职 1、基本称职 0、不称职 0）；"
        "超出优秀比例改为称职 1 人，并列待定 0 人"
    ]


def test_parameters(any_ctx: Context) -> None:
    w = build(any_ctx)
    view = ev.evaluation_params(w.ctx, w.batch)
    assert view.is_default and dict(view.params.describe())["优秀等次比例上限"] == "20%"
    new = ev.params_with(
        view.params, {"weight_unit": "40%", "weight_township": "0.1", "incompetent_vote_share": "1/2"}
    )
    saved = ev.save_params(w.ctx, w.batch, new)
    assert not saved.is_default and saved.params.incompetent_vote_share.denominator == 2
    again = ev.evaluation_params(w.ctx, w.batch)
    assert again.params == new and dict(again.params.describe())["派出单位评分权重"] == "40%"
    assert audits(w.ctx, "evaluation.params") == [
        "2025年度驻村蹲点 考核参数：派出单位评分权重：30%→40%；乡镇评分权重：20%→10%；不称职票超过有效票的：三分之一→50%"
    ]
    with pytest.raises(ValidationError, match="四项权重之和应为 100%，现为 110%"):
        ev.save_params(w.ctx, w.batch, ev.params_with(new, {"weight_org": "40%"}))
    with pytest.raises(ValidationError, match="没有名为“weight”的考核参数"):
        ev.params_with(new, {"weight": "1"})
    with pytest.raises(ValidationError, match="优秀分数线应为 0 至 100 的数，不是“九十”"):
        ev.params_with(new, {"excellent_min": "九十"})


def test_check_reports_undecided_evaluations_after_the_term(any_ctx: Context) -> None:
    w = build(any_ctx)
    before_end = run_checks(w.ctx, as_of=dt.date(2026, 11, 20))
    assert not [v for v in before_end.violations if v.rule == "evaluation-undecided"]
    after = [v for v in run_checks(w.ctx).violations if v.rule == "evaluation-undecided"]
    assert sorted(v.subject.split(" / ")[1].split("（")[0] for v in after) == ["李四", "王喆堃", "赵珺"]
    enter(w, w.li, "80", "80", "80", (2, 20, 3, 0))
    ev.decide_grade(w.ctx, ev.DecideForm(T(w.li, "期满考核", 2026)))
    after = [v for v in run_checks(w.ctx).violations if v.rule == "evaluation-undecided"]
    assert len(after) == 2


def test_the_evaluators_side_panel(any_ctx: Context) -> None:
    w = build(any_ctx)
    with w.ctx.db.session() as s:
        d = s.get(Dispatch, w.wang)
        assert d is not None
        # 10 days in post, 2 on duty away, 1 training, 3 leave, 1 absent, 2 rest
        m = AttendanceMark
        leave = next(x for x in m if not x.counts_in_post and x not in (m.REST, m.ABSENT)).value
        marks = (
            [m.IN_POST.value] * 10
            + [m.DUTY.value] * 2
            + [m.TRAINING.value]
            + [leave] * 3
            + [m.ABSENT.value]
            + [m.REST.value] * 2
        )
        s.add_all(
            Attendance(dispatch_id=d.id, day=START + dt.timedelta(days=k), mark=m)
            for k, m in enumerate(marks)
        )
        ts = TrainingSession(batch_id=d.batch_id, name="岗前培训班", start=dt.date(2025, 11, 20),
                             end=dt.date(2025, 11, 22), organizer="县委党校")  # fmt: skip
        s.add(ts)
        s.flush()
        s.add(TrainingTrainee(session_id=ts.id, dispatch_id=d.id))
        courses = [TrainingCourse(session_id=ts.id, title=f"必修课{k}", day=dt.date(2025, 11, 20 + k), hours=D("8"))
                   for k in range(3)]  # fmt: skip
        s.add_all(courses)
        s.flush()
        s.add_all(TrainingAttendance(course_id=c.id, dispatch_id=d.id, mark="出席") for c in courses)
        mentor = Mentor(name="刘书记", township_id=d.township_id, post="镇党委书记")
        s.add(mentor)
        s.flush()
        pair = MentorPair(mentor_id=mentor.id, dispatch_id=d.id, start=START)
        s.add(pair)
        s.flush()
        s.add_all(MentorActivity(pair_id=pair.id, day=START + dt.timedelta(days=k), form=kind, topic="x")
                  for k, kind in enumerate(("谈心谈话", "谈心谈话", "现场指导")))  # fmt: skip
        s.add_all([
            PerformanceEntry(cadre_id=d.cadre_id, batch_id=d.batch_id, kind="实绩", day=dt.date(2026, 3, 4), content="硬化道路3公里"),
            PerformanceEntry(cadre_id=d.cadre_id, batch_id=d.batch_id, kind="负面表现", day=dt.date(2026, 5, 6), content="抽查不在岗"),
        ])  # fmt: skip
    p = ev.evaluator_panel(w.ctx, w.wang)
    a = p.attendance
    assert (a.in_post, a.duty, a.training, a.leave, a.absent, a.rest, a.required) == (13, 2, 1, 3, 1, 2, 250)
    assert a.text() == (
        "驻村期间在岗 13 天（含公出 2 天、培训 1 天），请假 3 天，缺勤 1 天；按派驻时间应不少于 250 天"
        "（每月一般不少于 22 天），差 237 天。"
    )
    assert [t.text() for t in p.training] == ["2025年11月 岗前培训班（县委党校），24 学时，已结业"]
    assert (
        p.mentoring.text() == "帮带人：刘书记（镇党委书记）；帮带活动 3 次（谈心谈话 2 次、现场指导 1 次）。"
    )
    assert [(e.day, e.content) for e in p.achievements] == [(dt.date(2026, 3, 4), "硬化道路3公里")]
    assert [(e.day, e.content) for e in p.negatives] == [(dt.date(2026, 5, 6), "抽查不在岗")]
    assert p.barred is None


def test_registers_across_batches(any_ctx: Context, tmp_path: Path) -> None:
    w = build(any_ctx)
    with w.ctx.db.session() as s:
        first = s.scalar(select(Batch))
        assert first is not None
        # an earlier batch where 李四 served 2024-06-01…2024-11-30 (183 days) in the same village,
        # and 王喆堃 was recalled after a month; 县财政局 had a quota of 3 and sent 2
        old = Batch(
            name="2024年驻村蹲点",
            level="county",
            start=dt.date(2024, 6, 1),
            end=dt.date(2025, 5, 31),
            term_years=1,
        )
        s.add(old)
        s.flush()
        one = s.scalar(select(Place).where(Place.name == "一村"))
        assert one is not None
        mine = {d.cadre_id: d for d in s.scalars(select(Dispatch))}
        li, wang = s.get(Dispatch, w.li), s.get(Dispatch, w.wang)
        assert li is not None and wang is not None
        s.add_all([
            Dispatch(batch_id=old.id, cadre_id=li.cadre_id, unit_id=li.unit_id, township_id=one.township_id, place_id=one.id,
                     role="队员", start=dt.date(2024, 6, 1), end=dt.date(2024, 11, 30), status="轮换"),
            Dispatch(batch_id=old.id, cadre_id=wang.cadre_id, unit_id=wang.unit_id, township_id=one.township_id,
                     place_id=one.id, role="队员", start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), status="召回"),
            UnitQuota(batch_id=old.id, unit_id=li.unit_id, quota=3),
            UnitQuota(batch_id=first.id, unit_id=li.unit_id, quota=3),
        ])  # fmt: skip
        assert len(mine) == 3
    # as of 2025-06-30, only the old batch's days count: nobody has a year
    assert registers.service_register(w.ctx, as_of=dt.date(2025, 6, 30)) == []
    # as of 2026-03-31: 李四 183 + 121 = 304 days; as of the end: 183 + 365 = 548, 王喆堃 30 + 365 = 395
    assert registers.service_register(w.ctx, as_of=dt.date(2026, 3, 31)) == []
    rows = registers.service_register(w.ctx)
    assert [(r.name, r.days) for r in rows] == [("王喆堃", 395), ("李四", 548), ("赵珺", 365)]
    assert [p.text() for p in rows[1].periods] == [
        "2024.06.01—2024.11.30 黄河口镇一村 队员（2024年驻村蹲点，轮换）",
        "2025.12.01—2026.11.30 黄河口镇一村 队员（2025年度驻村蹲点，在岗）",
    ]
    # units: the old batch (started 2024-06-01) sent 2 of 3 (the 轮换 and 召回 ones do not count: 0 of 3);
    # the current batch sent 3 of 3
    units = registers.barred_units(w.ctx)
    assert [(u.unit, u.batch, u.quota, u.sent, u.since, u.until) for u in units] == [
        ("县财政局", "2024年驻村蹲点", 3, 0, dt.date(2024, 6, 1), dt.date(2027, 5, 31))
    ]
    assert registers.barred_units(w.ctx.at(dt.date(2027, 6, 1))) == []

    out = tmp_path / "名册.xlsx"
    assert registers.export_register(w.ctx, "service", out).rows == 3
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    assert ws["A1"].value == "驻村满一年干部名册" and [c.value for c in ws[3]] == [
        "序号", "姓名", "身份证号", "现工作单位", "累计驻村时间", "驻村经历",
    ]  # fmt: skip
    assert ws["C4"].value == w.ids["王喆堃"] and ws["C4"].data_type == "s" and ws["C4"].number_format == "@"
    assert registers.export_register(w.ctx, "units", tmp_path / "单位.xlsx").rows == 1
    with pytest.raises(UserError):
        registers.export_register(w.ctx, "nobody", tmp_path / "x.xlsx")
    with w.ctx.db.reader() as s:
        assert (
            s.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "register.export")
            )
            == 2
        )
