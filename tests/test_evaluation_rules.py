"""The evaluation arithmetic (core.evaluation) and the evaluation findings (core.rules.evaluation), pure.

Every expected figure is worked out by hand in the comment beside it (defaults: 派出单位 30%, 组织部 30%,
乡镇 20%, 民主评议 20%; bands 90 / 75 / 60; ballot points 100 / 80 / 60 / 0; at least 10 valid votes;
不称职 when more than a third of the valid votes say so; 优秀 for at most 20%).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from fractions import Fraction

import pytest

from cadredesk.core.enums import Grade
from cadredesk.core.evaluation import (
    DEFAULT_PARAMS,
    Candidate,
    EvaluationParams,
    PartyPart,
    Votes,
    apply_ceiling,
    assess,
    barred_until,
    consequence,
    democratic_score,
    excellent_limit,
    format_serial,
    grade_score,
    incompetent_by_votes,
    make_serial,
    mark_grade,
    mark_text,
    merged_days,
    normalize_serial,
    parse_marks,
    parse_share,
    share_text,
    span_text,
    tally,
    unit_barred_until,
)
from cadredesk.core.rules import RULE_INFOS
from cadredesk.core.rules import evaluation as rules
from cadredesk.core.rules.campaign import BatchFacts


def parts(unit: str | None, org: str | None, township: str | None) -> dict[str, PartyPart]:
    return {
        k: PartyPart(D(v) if v is not None else None)
        for k, v in (("unit", unit), ("org", org), ("township", township))
    }


# --------------------------------------------------------------------------- total and grade


def test_total_is_the_weighted_sum_rounded_half_up() -> None:
    # 0.3×88 + 0.3×90 + 0.2×85 + 0.2×84 = 26.4 + 27 + 17 + 16.8 = 87.2 → 称职
    out = assess(parts("88", "90", "85"), None, democratic=D("84"))
    assert (out.total, out.grade, out.missing, out.reasons) == (D("87.2"), Grade.COMPETENT, (), ())
    # 0.3×89.5 + 0.3×90.5 + 0.2×90 + 0.2×89.8 = 26.85 + 27.15 + 18 + 17.96 = 89.96 → 90.0 → 优秀
    out = assess(parts("89.5", "90.5", "90"), None, democratic=D("89.8"))
    assert (out.total, out.grade) == (D("90.0"), Grade.EXCELLENT)
    # … with 89.7: 17.94 → 89.94 → 89.9 → 称职
    out = assess(parts("89.5", "90.5", "90"), None, democratic=D("89.7"))
    assert (out.total, out.grade) == (D("89.9"), Grade.COMPETENT)
    # bands: 75.0 称职, 74.9 基本称职, 60.0 基本称职, 59.9 不称职
    for total, grade in (
        ("75", Grade.COMPETENT),
        ("74.9", Grade.BASIC),
        ("60", Grade.BASIC),
        ("59.9", Grade.INCOMPETENT),
    ):
        out = assess(parts(total, total, total), None, democratic=D(total))
        assert (out.total, out.grade) == (D(total).quantize(D("0.1")), grade)


def test_a_recommended_grade_counts_with_the_middle_of_its_band() -> None:
    assert [grade_score(g) for g in Grade] == [D("95"), D("82.5"), D("67.5"), D("30")]
    # township recommends 优秀 only (95): 0.3×80 + 0.3×80 + 0.2×95 + 0.2×80 = 24 + 24 + 19 + 16 = 83.0
    p = {"unit": PartyPart(D("80")), "org": PartyPart(D("80")), "township": PartyPart(None, Grade.EXCELLENT)}
    assert assess(p, None, democratic=D("80")).total == D("83.0")
    # a score and a grade both given: the score counts
    p["township"] = PartyPart(D("70"), Grade.EXCELLENT)
    assert assess(p, None, democratic=D("80")).total == D("78.0")  # 24 + 24 + 14 + 16


def test_missing_parts_are_named_and_give_no_grade() -> None:
    out = assess(parts("88", None, "85"), None)
    assert (out.total, out.grade) == (None, None)
    assert out.missing == ("组织部", "民主评议")


def test_democratic_score_from_votes_and_the_minimum_sample() -> None:
    # (10×100 + 12×80 + 3×60 + 1×0) / 26 = 2140 / 26 = 82.307… → 82.3
    assert democratic_score(Votes(10, 12, 3, 1)) == D("82.3")
    # 9 valid votes: below the minimum of 10 — no democratic result
    assert democratic_score(Votes(5, 4, 0, 0)) is None
    out = assess(parts("90", "90", "90"), Votes(5, 4, 0, 0))
    assert out.missing == ("民主评议（有效票 9 张，少于 10 张）",) and out.grade is None
    # with the batch's minimum set to 5 the same votes stand: (500 + 320) / 9 = 91.11 → 91.1
    assert democratic_score(Votes(5, 4, 0, 0), EvaluationParams(min_valid_ballots=5)) == D("91.1")


def test_more_than_a_third_of_votes_for_incompetent_decides_the_grade() -> None:
    # exactly a third (10 of 30) is not "超过": the band decides
    assert not incompetent_by_votes(Votes(10, 10, 0, 10))
    # 11 of 30: 不称职 whatever the scores. democratic = (10×100 + 9×80) / 30 = 1720 / 30 = 57.33 → 57.3;
    # total = 28.5 + 28.5 + 19 + 11.46 = 87.46 → 87.5 (称职 by the band)
    out = assess(parts("95", "95", "95"), Votes(10, 9, 0, 11))
    assert (out.democratic, out.total, out.grade) == (D("57.3"), D("87.5"), Grade.INCOMPETENT)
    assert out.reasons == ("民主测评“不称职”票 11 张，超过有效票（30 张）的三分之一，确定为不称职",)
    # too few valid votes: the vote rule does not apply either
    assert not incompetent_by_votes(Votes(0, 0, 0, 9))


# --------------------------------------------------------------------------- the share of 优秀


def test_excellent_limit_rounds_down() -> None:
    assert [excellent_limit(n) for n in (294, 14, 10, 4)] == [58, 2, 2, 0]
    assert excellent_limit(10, EvaluationParams(excellent_ceiling=Fraction(15, 100))) == 1


def test_ceiling_keeps_the_best_totals_and_leaves_ties_at_the_cut_to_the_clerk() -> None:
    c = [Candidate(1, D("95")), Candidate(2, D("93")), Candidate(3, D("92")), Candidate(4, D("91"))]
    r = apply_ceiling(c, 2)
    assert (r.excellent, r.downgraded, r.tied) == ({1, 2}, {3, 4}, set())
    # 2 and 3 tie on the total; the democratic score ranks them
    c = [
        Candidate(1, D("95")),
        Candidate(2, D("93"), D("90")),
        Candidate(3, D("93"), D("88")),
        Candidate(4, D("91")),
    ]
    r = apply_ceiling(c, 2)
    assert (r.excellent, r.downgraded, r.tied) == ({1, 2}, {3, 4}, set())
    # a full tie across the cut: both wait, the one below goes to 称职
    c = [Candidate(1, D("95")), Candidate(2, D("93")), Candidate(3, D("93")), Candidate(4, D("91"))]
    r = apply_ceiling(c, 2)
    assert (r.excellent, r.downgraded, r.tied) == ({1}, {4}, {2, 3})
    # room for everyone; no room at all
    assert apply_ceiling(c, 5).excellent == {1, 2, 3, 4}
    assert apply_ceiling(c, 0).downgraded == {1, 2, 3, 4}


# --------------------------------------------------------------------------- consequences and periods


def test_consequences_in_the_seed_words_for_the_end_of_term_evaluation_only() -> None:
    assert consequence("期满考核", "优秀") == "同等条件下优先选拔使用"
    assert consequence("期满考核", "不称职") == "3年内不予提拔使用"
    assert consequence("期满考核", "称职") == consequence("期满考核", "基本称职") == ""
    assert consequence("年度考核", "不称职") == consequence("期满考核", None) == ""


def test_three_years_from_the_decision_and_from_the_batch_start() -> None:
    assert barred_until(dt.date(2026, 11, 18)) == dt.date(2029, 11, 17)
    assert barred_until(dt.date(2024, 2, 29)) == dt.date(2027, 2, 27)  # 2027-02-28 is the anniversary
    assert unit_barred_until(dt.date(2025, 12, 1)) == dt.date(2028, 11, 30)


def test_periods_and_days_of_service() -> None:
    d = dt.date
    assert span_text(d(2025, 12, 1), d(2026, 11, 30)) == "1年"
    assert span_text(d(2026, 4, 1), d(2026, 11, 30)) == "8个月"
    assert span_text(d(2026, 1, 31), d(2026, 3, 5)) == "1个月零6天"  # 31 Jan → 28 Feb is a month
    assert span_text(d(2024, 3, 1), d(2026, 2, 28)) == "2年"
    assert span_text(d(2025, 12, 1), d(2025, 12, 1)) == "1天"
    # 2025-12-01…2026-05-31 (182 days) and 2026-03-01…2026-11-30 (275 days) overlap 92 days: 365
    assert merged_days([(d(2025, 12, 1), d(2026, 5, 31)), (d(2026, 3, 1), d(2026, 11, 30))]) == 365
    assert merged_days([(d(2026, 1, 1), d(2026, 1, 10)), (d(2026, 1, 11), d(2026, 1, 20))]) == 20


# --------------------------------------------------------------------------- ballots


def test_tally_counts_valid_lines_and_sets_invalid_ones_aside() -> None:
    t = tally(["1", "2", "", "13", "*", "4", None, "1"])
    assert t.votes.as_tuple() == (2, 1, 0, 1)
    assert (t.blank, t.several, t.invalid) == (1, 2, 3)
    assert [mark_grade(m) for m in ("1", "4", "", "13", None)] == [
        Grade.EXCELLENT,
        Grade.INCOMPETENT,
        None,
        None,
        None,
    ]
    assert [mark_text(m) for m in ("2", "", "*", "13", None)] == [
        "称职", "未勾选（无效）", "多选（无效）", "多选：优秀、基本称职（无效）", "未录入",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "count", "stored"),
    [
        ("1204", 4, ("1", "2", "", "4")),  # one digit per cadre
        ("1, 13, 0", 3, ("1", "13", "")),
        ("1 2", 2, ("1", "2")),
        ("12 3", 2, ("12", "3")),  # separated: 12 is one cadre with two boxes
        ("31 9", 2, ("13", "*")),  # digits sorted; 9 = several, which ones not recorded
        ("优秀、不称职", 2, ("1", "4")),
        ("称职+基本称职 -", 2, ("23", "")),
        ("１２", 2, ("1", "2")),  # full-width digits from a Chinese input method
    ],
)
def test_marks_as_typed(typed: str, count: int, stored: tuple[str, ...]) -> None:
    assert parse_marks(typed, count) == stored


def test_marks_refused_with_a_reason() -> None:
    with pytest.raises(ValueError, match="有 3 名干部，但录入了 2 项"):
        parse_marks("1 2", 3)
    with pytest.raises(ValueError, match="无法识别“5”"):
        parse_marks("1 5", 2)


def test_serial_numbers_carry_a_check_digit() -> None:
    # body 26000123, Luhn from the right: 3→6, 2, 1→2, 0, 0, 0, 6→12→3, 2: sum 15 → check digit 5
    assert make_serial(2026, 123) == "260001235"
    assert format_serial("260001235") == "26-000123-5"
    for typed in ("26-000123-5", " 26 000123 5 ", "№260001235", "２６０００１２３５"):
        assert normalize_serial(typed) == "260001235"
    with pytest.raises(ValueError, match="校验位不对"):
        normalize_serial("26-000124-5")  # one digit mistyped
    with pytest.raises(ValueError, match="校验位不对"):
        normalize_serial("26-000213-5")  # two digits swapped
    with pytest.raises(ValueError, match="9 位数字"):
        normalize_serial("12345")


# --------------------------------------------------------------------------- parameters


def test_shares_as_clerks_write_them() -> None:
    assert parse_share("20%") == parse_share("0.2") == parse_share("1/5") == Fraction(1, 5)
    assert parse_share("三分之一") == Fraction(1, 3)
    assert share_text(Fraction(1, 3)) == "三分之一" and share_text(Fraction(1, 5)) == "20%"
    with pytest.raises(ValueError):
        parse_share("一半多")
    with pytest.raises(ValueError):
        parse_share("120%")


def test_parameter_problems() -> None:
    assert DEFAULT_PARAMS.problems() == []
    bad = DEFAULT_PARAMS.updated(weight_unit=D("0.5"), excellent_min=D("70"), points_basic=90)
    assert bad.problems() == [
        "四项权重之和应为 100%，现为 120%",
        "等次分数线应满足 0 < 基本称职 < 称职 < 优秀 ≤ 100",
        "测评票各等次分值应在 0 至 100 之间，且优秀 ≥ 称职 ≥ 基本称职 ≥ 不称职",
    ]
    assert (
        DEFAULT_PARAMS.updated(weight_unit=D("0.333"), weight_org=D("0.267"))
        .problems()[0]
        .startswith("权重应精确到")
    )


# --------------------------------------------------------------------------- findings


def test_findings_on_hand_made_facts() -> None:
    batch = BatchFacts(1, "2025年度批次", "county", dt.date(2025, 12, 1), dt.date(2026, 11, 30))
    facts = rules.EvaluationFacts(
        batch,
        DEFAULT_PARAMS,
        due=[
            rules.DueFact(7, "张三", "110105194912310029", "黄河口镇一村"),
            rules.DueFact(8, "李四", "11010519491231002X", "二村", "称职"),
        ],
        samples=[
            rules.SampleFact(7, "张三", "黄河口镇一村", "2026年期满考核", 12, 9),
            rules.SampleFact(8, "李四", "黄河口镇二村", "2026年期满考核", 12, 10),
        ],
        shares=[rules.ShareFact("2026年期满考核", 14, 3), rules.ShareFact("2026年年度考核", 14, 2)],
    )
    found = rules.check(facts, dt.date(2026, 12, 5))
    assert [(v.rule, v.severity, v.target) for v in found] == [
        ("evaluation-undecided", "warning", ("dispatch", 7)),
        ("ballot-sample", "warning", ("dispatch", 7)),
        ("excellent-ceiling", "error", None),  # 3 of 14: at most floor(2.8) = 2
    ]
    assert found[0].subject == "2025年度批次 / 张三（110105********0029，黄河口镇一村）"
    assert found[1].detail.startswith(
        "2026年期满考核民主测评已录入 12 张票，对该干部有效 9 张，少于本批次要求的 10 张"
    )
    assert found[2].detail == "已确定“优秀” 3 人，超过参加考核 14 人的20%（最多 2 人）"
    assert {"evaluation-undecided", "ballot-sample", "excellent-ceiling"} <= set(RULE_INFOS)
