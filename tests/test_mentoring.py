"""Mentoring (传帮带) through the services on both engines, and the three rules in ``check --json``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from cadredesk.core.enums import Role
from cadredesk.core.models import AuditEntry
from cadredesk.errors import ValidationError
from cadredesk.services import (
    assignment,
    batches,
    cadre_summary,
    cadres,
    checks,
    mentoring,
    reference,
    training,
)
from cadredesk.services.context import Context
from cadredesk.services.mentoring import ActivityForm, MentorForm
from cadredesk.services.training import CourseForm, SessionForm
from tests.factories import make_id
from tests.test_cli import cli

START = dt.date(2026, 1, 1)


def _setup(ctx: Context) -> dict[str, object]:
    """Two townships; three cadres on post in 永安镇 (甲 乙 丙), one in 黄河镇 (丁); two leaders of 永安镇, one of 黄河镇."""
    b = batches.create_batch(ctx, batches.BatchForm.defaults("county", START, name="2026年驻村"))
    ya = reference.create_township(ctx, "永安镇")
    hh = reference.create_township(ctx, "黄河镇")
    places = [reference.save_place(ctx, ya, f"永安{i}村") for i in range(1, 4)] + [
        reference.save_place(ctx, hh, "黄河村")
    ]
    ds = []
    for i, ch in enumerate("甲乙丙丁"):
        cid = cadres.save_cadre(
            ctx, cadres.CadreForm(name=f"测试{ch}", id_number=make_id(dt.date(1984 + i, 5, 1)))
        )
        did = assignment.assign(ctx, b.id, cid, place_id=places[i], role=Role.MEMBER.value).dispatch_id
        for _ in range(3):
            assignment.advance(ctx, did, override_training=True, reason="测试：先上岗")
        ds.append(did)
    m1 = mentoring.save_mentor(ctx, MentorForm("陈书记", ya, "镇党委书记", "13800000001")).id
    m2 = mentoring.save_mentor(ctx, MentorForm("林镇长", ya, "镇党委副书记、镇长")).id
    m3 = mentoring.save_mentor(ctx, MentorForm("周书记", hh, "镇党委书记")).id
    return {"batch": b.id, "ya": ya, "hh": hh, "d": ds, "m": [m1, m2, m3], "places": places}


def _found(ctx: Context, day: dt.date) -> list[tuple[str, str, str]]:
    return [
        (v.rule, v.subject.split(" / ")[-1], v.severity)
        for v in checks.run_checks(ctx, as_of=day).violations
        if v.rule.startswith("mentor")
    ]


def test_pairing_several_cadres_switching_and_the_rules(any_ctx: Context) -> None:
    ids = _setup(any_ctx)
    d1, d2, d3, d4 = ids["d"]  # type: ignore[misc]
    m1, m2, m3 = ids["m"]  # type: ignore[misc]
    day = dt.date(2026, 1, 10)
    # nobody has a mentor yet: four cadres on post without one (listed in 姓氏笔画 order)
    assert {r for r in _found(any_ctx, day)} == {
        ("mentor-missing", "测试甲（永安镇永安1村）", "error"),
        ("mentor-missing", "测试乙（永安镇永安2村）", "error"),
        ("mentor-missing", "测试丙（永安镇永安3村）", "error"),
        ("mentor-missing", "测试丁（黄河镇黄河村）", "error"),
    }
    # one mentor, several cadres at once
    out = mentoring.pair(any_ctx, m1, [d1, d2, d3], start=START)
    assert (out.paired, out.unchanged, out.switched) == (3, 0, 0)
    assert mentoring.pair(any_ctx, m1, [d1], start=START).unchanged == 1
    with pytest.raises(ValidationError, match="传帮带应在同一乡镇结对") as info:
        mentoring.pair(any_ctx, m3, [d1], start=START)
    assert info.value.key == "mentor-township"
    mentoring.pair(any_ctx, m3, [d4], start=START)
    # 丙 changes mentor: the former pair ends the day before
    out = mentoring.pair(any_ctx, m2, [d3], start=dt.date(2026, 3, 1))
    assert (out.paired, out.switched) == (1, 1)
    pairs = mentoring.list_pairs(any_ctx, ids["batch"])  # type: ignore[arg-type]
    assert [(p.mentor, p.name, p.start, p.end) for p in pairs] == [
        ("陈书记", "测试甲", START, None),
        ("陈书记", "测试乙", START, None),
        ("陈书记", "测试丙", START, dt.date(2026, 2, 28)),
        ("林镇长", "测试丙", dt.date(2026, 3, 1), None),
        ("周书记", "测试丁", START, None),
    ]
    mentors = {m.name: m.mentees for m in mentoring.list_mentors(any_ctx, batch_id=ids["batch"])}  # type: ignore[arg-type]
    assert mentors == {"陈书记": 2, "林镇长": 1, "周书记": 1}
    # the log: activities keep pairs within the batch's three months
    current = {p.name: p.id for p in mentoring.list_pairs(any_ctx, ids["batch"], current_only=True)}  # type: ignore[arg-type]
    for name, day_ in (
        ("测试甲", dt.date(2026, 3, 20)),
        ("测试丙", dt.date(2026, 3, 5)),
        ("测试丁", dt.date(2026, 4, 2)),
    ):
        mentoring.save_activity(
            any_ctx, ActivityForm(current[name], day_, "谈心谈话", "驻村工作打算", "明确了重点")
        )
    with pytest.raises(ValidationError, match="早于结对日期"):
        mentoring.save_activity(
            any_ctx, ActivityForm(current["测试丙"], dt.date(2026, 2, 1), "现场指导", "项目推进")
        )
    with pytest.raises(ValidationError, match="请填写活动主题"):
        mentoring.save_activity(
            any_ctx, ActivityForm(current["测试甲"], dt.date(2026, 3, 21), "现场指导", " ")
        )
    # 2026-04-15: 乙 has had no activity since pairing on 1 January (three months and more)
    assert _found(any_ctx, dt.date(2026, 4, 15)) == [("mentor-idle", "测试乙（永安镇永安2村）", "warning")]
    # 丁 moves to a 永安镇 village: his mentor now leads another township
    assignment.move(any_ctx, d4, place_id=ids["places"][1])  # type: ignore[index]
    assert ("mentor-township", "测试丁（永安镇永安2村）", "error") in _found(any_ctx, dt.date(2026, 4, 15))
    # the batch sets the interval: four months and 乙 is fine on 15 April
    mentoring.set_idle_months(any_ctx, ids["batch"], 4)  # type: ignore[arg-type]
    assert [r[0] for r in _found(any_ctx, dt.date(2026, 4, 15))] == ["mentor-township"]
    # ending a pair brings mentor-missing back
    mentoring.end_pair(any_ctx, current["测试甲"], on=dt.date(2026, 4, 30))
    assert ("mentor-missing", "测试甲（永安镇永安1村）", "error") in _found(any_ctx, dt.date(2026, 5, 2))
    with pytest.raises(ValidationError, match="不能删除"):
        mentoring.delete_mentor(any_ctx, m1)
    # 乙 is recalled: the pair ends that day, the successor needs a mentor of their own
    assignment.end_early(any_ctx, d2, kind="召回", reason="工作需要", on=dt.date(2026, 5, 10))
    ended = {p.name: p.end for p in mentoring.list_pairs(any_ctx, ids["batch"]) if p.mentor == "陈书记"}  # type: ignore[arg-type]
    assert ended["测试乙"] == dt.date(2026, 5, 10)
    with any_ctx.db.reader() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.action.like("mentor%"))))
    assert (
        actions.count("mentor.pair") == 3 and actions.count("mentor.log") == 3 and "mentor.unpair" in actions
    )


def test_mentor_list_validation(any_ctx: Context) -> None:
    ids = _setup(any_ctx)
    with pytest.raises(ValidationError, match="永安镇已有帮带人“陈书记”"):
        mentoring.save_mentor(any_ctx, MentorForm("陈 书记", ids["ya"]))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="姓名不能为空"):
        mentoring.save_mentor(any_ctx, MentorForm("  ", ids["ya"]))  # type: ignore[arg-type]
    spare = mentoring.save_mentor(any_ctx, MentorForm("吴委员", ids["ya"], "镇党委委员")).id  # type: ignore[arg-type]
    mentoring.delete_mentor(any_ctx, spare)
    assert [m.name for m in mentoring.list_mentors(any_ctx, ids["ya"])] == ["陈书记", "林镇长"]  # type: ignore[arg-type]


def test_summary_for_the_profile_and_the_end_of_term_form(any_ctx: Context) -> None:
    ids = _setup(any_ctx)
    d1, d2, _d3, _d4 = ids["d"]  # type: ignore[misc]
    m1 = ids["m"][0]  # type: ignore[index]
    ts = training.create_session(
        any_ctx, SessionForm(batch_id=ids["batch"], name="岗前培训班", start=START, end=START)
    )  # type: ignore[arg-type]
    c1 = training.save_course(
        any_ctx, CourseForm(session_id=ts.id, title="政策解读", day=START, hours=training.Decimal(3))
    )
    c2 = training.save_course(
        any_ctx, CourseForm(session_id=ts.id, title="党建实务", day=START, hours=training.Decimal("2.5"))
    )
    training.mark_course(any_ctx, c1.id)
    training.set_mark(any_ctx, c2.id, d1, "补课")
    mentoring.pair(any_ctx, m1, [d1], start=START)
    pid = mentoring.list_pairs(any_ctx, ids["batch"])[0].id  # type: ignore[arg-type]
    for day in (dt.date(2026, 2, 1), dt.date(2026, 3, 1)):
        mentoring.save_activity(any_ctx, ActivityForm(pid, day, "现场指导", "集体经济项目"))
    one = cadre_summary.cadre_summary(any_ctx, d1)
    assert (one.training, one.hours, one.courses, one.mentor, one.activities, one.last_activity) == (
        "已完成", training.Decimal("5.5"), 2, "陈书记", 2, dt.date(2026, 3, 1),
    )  # fmt: skip
    assert (
        one.text
        == "参加岗前培训岗前培训班，修完 2 门课程 5.5 学时，已完成；帮带人陈书记（永安镇，镇党委书记），开展帮带活动 2 次。"
    )
    other = cadre_summary.cadre_summary(any_ctx, d2)
    assert (other.training, other.training_detail, other.mentor, other.activities) == (
        "未完成",
        "必修课 1/2，缺：党建实务",
        "",
        0,
    )
    assert len(cadre_summary.summaries(any_ctx, ids["batch"])) == 4  # type: ignore[arg-type]


def test_check_json_reports_the_three_mentoring_keys(ctx: Context, db_path: Path) -> None:
    ids = _setup(ctx)
    d1, d2, d3, d4 = ids["d"]  # type: ignore[misc]
    m1, _m2, m3 = ids["m"]  # type: ignore[misc]
    mentoring.pair(ctx, m1, [d1, d2], start=START)
    mentoring.pair(ctx, m3, [d4], start=START)
    pid = {p.name: p.id for p in mentoring.list_pairs(ctx, ids["batch"])}  # type: ignore[arg-type]
    mentoring.save_activity(ctx, ActivityForm(pid["测试甲"], dt.date(2026, 5, 1), "谈心谈话", "工作打算"))
    mentoring.save_activity(ctx, ActivityForm(pid["测试丁"], dt.date(2026, 5, 1), "谈心谈话", "工作打算"))
    assignment.move(ctx, d4, place_id=ids["places"][0])  # type: ignore[index]
    ctx.db.close()
    res = cli("check", "--json", "--as-of", "2026-06-15", db=db_path)
    assert res.returncode == 0, res.stderr
    found = [v for v in json.loads(res.stdout)["violations"] if v["rule"].startswith("mentor")]
    assert [(v["rule"], v["subject"], v["severity"]) for v in found] == [
        ("mentor-missing", "2026年驻村 / 测试丙（永安镇永安3村）", "error"),
        ("mentor-township", "2026年驻村 / 测试丁（永安镇永安1村）", "error"),
        ("mentor-idle", "2026年驻村 / 测试乙（永安镇永安2村）", "warning"),
    ]
    assert found[2]["detail"] == "帮带人陈书记：自 2026-01-01 结对以来没有帮带活动，已超过3个月"
    assert d3


def test_idle_pairs_for_the_page_follow_the_rule_and_the_batch_interval(any_ctx: Context) -> None:
    """The 传帮带 page highlights the pairs the ``mentor-idle`` rule flags, with the batch's interval."""
    ids = _setup(any_ctx)
    d1, d2, _d3, d4 = ids["d"]  # type: ignore[misc]
    m1, _m2, m3 = ids["m"]  # type: ignore[misc]
    batch: int = ids["batch"]  # type: ignore[assignment]
    mentoring.pair(any_ctx, m1, [d1, d2], start=START)
    mentoring.pair(any_ctx, m3, [d4], start=START)
    current = {p.name: p.id for p in mentoring.list_pairs(any_ctx, batch, current_only=True)}
    mentoring.save_activity(
        any_ctx, ActivityForm(current["测试甲"], dt.date(2026, 3, 20), "谈心谈话", "打算")
    )
    # 15 April: 甲 met on 20 March; 乙 and 丁 have had nothing since 1 January (more than three months)
    info = mentoring.idle_pairs(any_ctx.at(dt.date(2026, 4, 15)), batch)
    assert (info.months, info.dispatch_ids) == (3, frozenset({d2, d4}))
    # 1 April: exactly three months after 1 January is not yet over the interval
    assert mentoring.idle_pairs(any_ctx.at(dt.date(2026, 4, 1)), batch).dispatch_ids == frozenset()
    mentoring.set_idle_months(any_ctx, batch, 4)
    assert mentoring.idle_pairs(any_ctx.at(dt.date(2026, 4, 15)), batch) == mentoring.IdleInfo(4, frozenset())
