"""The completion rule (core.training.completion) and the mentoring rules, on hand-made facts.

Every case writes out by hand what a careful clerk expects (docs/RULES.md, "Training" and "Mentoring").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cadredesk.core.rules import RULE_INFOS
from cadredesk.core.rules.campaign import BatchFacts
from cadredesk.core.rules.mentoring import MenteeFact, MentoringFacts, PairFact, add_months, check
from cadredesk.core.training import CourseFact, TrainingFacts, completion

REQ, HOURS = "必修课", "学时"
# class 1: three required courses of 3 hours and an elective of 2; class 2 (for latecomers): one of 6 hours
C1 = [
    CourseFact(1, 10, "政策解读", Decimal(3)),
    CourseFact(2, 10, "党建实务", Decimal(3)),
    CourseFact(3, 10, "信访工作", Decimal(3)),
    CourseFact(4, 10, "人居环境", Decimal(2), required=False),
]
C2 = [CourseFact(5, 20, "集中补训", Decimal(6))]
ALL = C1 + C2


def test_required_courses_all_present_is_complete() -> None:
    c = completion(REQ, 24, ALL, {10}, {1: "出席", 2: "出席", 3: "出席"})
    assert (c.complete, c.status, c.required_done, c.required_total, c.hours, c.courses) == (
        True, "已完成", 3, 3, Decimal(9), 3,
    )  # fmt: skip
    assert c.detail == "必修课 3/3"


def test_leave_does_not_count_until_made_up() -> None:
    on_leave = completion(REQ, 24, ALL, {10}, {1: "出席", 2: "请假", 3: "出席", 4: "出席"})
    assert not on_leave.complete and on_leave.missing == ("党建实务",)
    assert on_leave.detail == "必修课 2/3，缺：党建实务（请假未补 1 门）"
    made_up = completion(REQ, 24, ALL, {10}, {1: "出席", 2: "补课", 3: "出席"})
    assert made_up.complete and made_up.hours == Decimal(9)


def test_absent_and_unmarked_required_courses_keep_it_incomplete() -> None:
    c = completion(REQ, 24, ALL, {10}, {1: "出席", 2: "缺席"})
    assert (c.complete, c.required_done, c.missing, c.absent) == (False, 1, ("党建实务", "信访工作"), 1)


def test_an_elective_missed_does_not_matter_under_the_required_rule() -> None:
    assert completion(REQ, 24, ALL, {10}, {1: "出席", 2: "出席", 3: "出席", 4: "缺席"}).complete


def test_completing_any_one_class_is_enough() -> None:
    """Missed class 1 (sick), then took the class for latecomers: complete."""
    c = completion(REQ, 24, ALL, {10, 20}, {1: "请假", 2: "请假", 3: "请假", 5: "出席"})
    assert c.complete and (c.required_done, c.required_total) == (1, 1)


def test_a_class_without_required_courses_completes_nobody_under_the_required_rule() -> None:
    electives = [CourseFact(7, 30, "选学", Decimal(4), required=False)]
    c = completion(REQ, 24, electives, {30}, {7: "出席"})
    assert not c.complete and c.detail == "所在培训班未设必修课"


def test_not_on_any_list_is_not_trained() -> None:
    c = completion(REQ, 24, ALL, set(), {})
    assert (c.complete, c.enrolled, c.status, c.detail) == (False, False, "未参训", "未列入任何培训班")


def test_a_mark_puts_the_cadre_in_the_class_even_off_the_list() -> None:
    c = completion(REQ, 24, ALL, set(), {5: "出席"})
    assert c.enrolled and c.complete


@pytest.mark.parametrize(
    ("hours", "marks", "complete", "credited"),
    [
        (9, {1: "出席", 2: "出席", 3: "出席"}, True, Decimal(9)),  # exactly the batch's hours
        (10, {1: "出席", 2: "出席", 3: "出席"}, False, Decimal(9)),  # one hour short
        (10, {1: "出席", 2: "出席", 3: "出席", 4: "出席"}, True, Decimal(11)),  # the elective's hours count
        (
            12,
            {1: "出席", 2: "补课", 3: "请假", 5: "出席"},
            True,
            Decimal(12),
        ),  # make-up counts, leave not; both classes add up
        (12, {1: "出席", 2: "出席", 3: "请假", 4: "缺席"}, False, Decimal(6)),
    ],
)
def test_the_hours_rule_uses_the_batch_hours(
    hours: int, marks: dict[int, str], complete: bool, credited: Decimal
) -> None:
    c = completion(HOURS, hours, ALL, {10, 20}, marks)
    assert (c.complete, c.hours) == (complete, credited)
    assert c.detail.startswith(f"学时 {credited}/{hours}")


def test_the_hours_rule_ignores_required_courses() -> None:
    """All required courses done but the batch asks for more hours than they carry: not complete."""
    assert completion(REQ, 30, ALL, {10}, {1: "出席", 2: "出席", 3: "出席"}).complete
    assert not completion(HOURS, 30, ALL, {10}, {1: "出席", 2: "出席", 3: "出席"}).complete


def test_training_facts_of_a_dispatch_matches_the_function() -> None:
    facts = TrainingFacts(
        rule=REQ,
        required_hours=Decimal(24),
        courses=ALL,
        enrolled={100: {10}},
        marks={100: {1: "出席", 2: "出席", 3: "补课"}},
    )
    assert facts.of(100) == completion(REQ, 24, ALL, {10}, {1: "出席", 2: "出席", 3: "补课"})
    assert not facts.of(101).complete


# --------------------------------------------------------------------------- mentoring rules

TODAY = dt.date(2026, 6, 15)
BATCH = BatchFacts(1, "2026年驻村", "county", dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def _facts(pairs: list[PairFact], mentees: list[MenteeFact] | None = None, months: int = 3) -> MentoringFacts:
    default = [
        MenteeFact(1, "张三", "在岗", 7, "永安镇", "东村"),
        MenteeFact(2, "李四", "在岗", 7, "永安镇", "西村"),
        MenteeFact(3, "王五", "培训", 7, "永安镇", "南村"),  # not on post yet
        MenteeFact(4, "赵六", "召回", 7, "永安镇", "北村"),
    ]
    return MentoringFacts(BATCH, months, default if mentees is None else mentees, pairs)


def _pair(pid: int, did: int, *, town: int = 7, start: dt.date = dt.date(2026, 1, 5), end: dt.date | None = None,
          last: dt.date | None = None) -> PairFact:  # fmt: skip
    return PairFact(
        pid, did, 50, "陈书记", "镇党委书记", town, "永安镇" if town == 7 else "黄河镇", start, end, last
    )


def _rules(facts: MentoringFacts, today: dt.date = TODAY) -> list[tuple[str, str, str]]:
    return [(v.rule, v.subject.split(" / ")[-1], v.severity) for v in check(facts, today)]


def test_mentoring_rule_keys_are_registered() -> None:
    assert {"mentor-missing", "mentor-township", "mentor-idle"} <= set(RULE_INFOS)


def test_mentor_missing_for_cadres_on_post_only() -> None:
    recent = dt.date(2026, 6, 1)
    found = _rules(_facts([_pair(1, 1, last=recent)]))
    assert found == [("mentor-missing", "李四（永安镇西村）", "error")]  # 王五 is not on post, 赵六 recalled


def test_an_ended_pair_is_no_mentor() -> None:
    found = _rules(
        _facts([_pair(1, 1, end=dt.date(2026, 5, 31), last=dt.date(2026, 5, 20)), _pair(2, 2, last=TODAY)])
    )
    assert found == [("mentor-missing", "张三（永安镇东村）", "error")]


def test_mentor_from_another_township() -> None:
    found = _rules(_facts([_pair(1, 1, last=TODAY), _pair(2, 2, town=8, last=TODAY)]))
    assert found == [("mentor-township", "李四（永安镇西村）", "error")]
    detail = check(_facts([_pair(1, 1, last=TODAY), _pair(2, 2, town=8, last=TODAY)]), TODAY)[0].detail
    assert detail == "帮带人陈书记（黄河镇，镇党委书记）不是派驻乡镇“永安镇”的领导"


@pytest.mark.parametrize(
    ("last", "months", "idle"),
    [
        (dt.date(2026, 3, 15), 3, False),  # exactly three months ago: still within
        (dt.date(2026, 3, 14), 3, True),  # three months and a day
        (dt.date(2026, 3, 14), 4, False),  # the batch allows four
        (None, 3, True),  # never any activity since pairing on 2026-01-05
    ],
)
def test_mentor_idle_uses_the_batch_months(last: dt.date | None, months: int, idle: bool) -> None:
    facts = _facts([_pair(1, 1, last=last), _pair(2, 2, last=TODAY)], months=months)
    found = [r for r in _rules(facts) if r[0] == "mentor-idle"]
    assert found == ([("mentor-idle", "张三（永安镇东村）", "warning")] if idle else [])


def test_a_fresh_pair_is_not_idle() -> None:
    facts = _facts([_pair(1, 1, start=dt.date(2026, 4, 1)), _pair(2, 2, last=TODAY)])
    assert _rules(facts) == []
    assert [r[0] for r in _rules(facts, dt.date(2026, 7, 2))] == ["mentor-idle"]


def test_add_months_keeps_the_day_or_the_month_end() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2026, 5, 20), -5) == dt.date(2025, 12, 20)
