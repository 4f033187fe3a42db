"""The day quotas, pure (core.compliance, core.holidays): expected figures worked out by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cadredesk.core import compliance as c
from cadredesk.core.holidays import BUILTIN, NONE, TABLE, HolidayDay, builtin_year, effective_holidays

D = dt.date
HOLIDAYS_2026, _ = effective_holidays({}, [2025, 2026, 2027])
WHOLE = c.Span(D(2025, 12, 1), D(2026, 11, 30))


def test_statutory_holidays_of_2026_from_the_builtin_calendar() -> None:
    days = {h.day for h in builtin_year(2026) or () if h.is_holiday}
    assert {D(2026, 10, d) for d in range(1, 8)} <= days  # 国庆节 1–7 (3 and 4 are a weekend)
    assert {D(2026, 2, d) for d in range(15, 24)} <= days  # 春节 15–23
    adjusted = {h.day for h in builtin_year(2026) or () if not h.is_holiday}
    assert D(2026, 2, 14) in adjusted and D(2026, 2, 28) in adjusted  # 调休上班 Saturdays
    assert D(2026, 10, 10) in adjusted
    assert builtin_year(2027) is None  # chinesecalendar knows up to 2026


@pytest.mark.parametrize(
    ("month", "quota"),
    [(3, 22), (10, 15), (2, 13)],  # March: no holidays; October: 22 − 7; February: 22 − 9
)
def test_month_quota_2026(month: int, quota: int) -> None:
    assert c.month_quota(2026, month, HOLIDAYS_2026) == quota
    assert c.month_required(2026, month, WHOLE, HOLIDAYS_2026) == quota


def test_weekends_are_not_excepted() -> None:
    # May 2026: 劳动节 1–5 (5 days) → 17, although May also has 5 ordinary weekends
    assert c.month_quota(2026, 5, HOLIDAYS_2026) == 17
    # a month of ordinary weekends only (March) still needs 22 of its 31 days
    assert c.month_quota(2026, 3, frozenset()) == 22


def test_arriving_on_the_tenth_is_pro_rata_over_open_days() -> None:
    # March 2026: 22 of 31 days covered, no holidays → round(22 × 22 / 31) = round(15.61) = 16
    assert c.month_required(2026, 3, c.Span(D(2026, 3, 10), D(2026, 11, 30)), HOLIDAYS_2026) == 16
    # October 2026: the holiday is over by the 10th: 22 of 24 open days → round(15 × 22 / 24) = round(13.75) = 14
    assert c.month_required(2026, 10, c.Span(D(2026, 10, 10), D(2026, 11, 30)), HOLIDAYS_2026) == 14
    # arriving on 1 October (the holiday included) is the whole month: 15
    assert c.month_required(2026, 10, c.Span(D(2026, 10, 1), D(2026, 11, 30)), HOLIDAYS_2026) == 15
    # leaving on 20 March: 20 of 31 → round(14.19) = 14
    assert c.month_required(2026, 3, c.Span(D(2025, 12, 1), D(2026, 3, 20)), HOLIDAYS_2026) == 14
    # leaving on 20 February: 20 days of which 6 holidays (15–20): 14 of 19 open days → round(13 × 14/19) = 10
    assert c.month_required(2026, 2, c.Span(D(2025, 12, 1), D(2026, 2, 20)), HOLIDAYS_2026) == 10
    # a period not touching the month needs nothing
    assert c.month_required(2026, 12, WHOLE, HOLIDAYS_2026) == 0


def test_rounding_is_half_up() -> None:
    assert c.round_half_up(15.5) == 16 and round(16.5) == 16 and c.round_half_up(16.5) == 17
    assert c.round_half_up(14.49) == 14


def test_term_years_and_year_requirement() -> None:
    county = c.term_years(D(2025, 12, 1), D(2026, 11, 30))
    assert county == [c.Span(D(2025, 12, 1), D(2026, 11, 30))]
    city = c.term_years(D(2024, 12, 1), D(2026, 11, 30))
    assert [(y.first, y.last) for y in city] == [
        (D(2024, 12, 1), D(2025, 11, 30)),
        (D(2025, 12, 1), D(2026, 11, 30)),
    ]
    cut = c.term_years(D(2025, 3, 1), D(2026, 8, 31))  # a batch of eighteen months: the second year is cut
    assert cut[1] == c.Span(D(2026, 3, 1), D(2026, 8, 31))
    assert c.full_term_year(cut[1], D(2025, 3, 1)) == c.Span(D(2026, 3, 1), D(2027, 2, 28))
    assert c.term_year_for(D(2025, 12, 1), D(2026, 11, 30), 2026) == county[0]
    assert c.term_year_for(D(2025, 12, 1), D(2026, 11, 30), 2025) is None  # one month of 2025 only
    assert c.term_year_for(D(2024, 12, 1), D(2026, 11, 30), 2025) == city[0]
    year = county[0]
    assert c.year_required(year, D(2025, 12, 1), WHOLE, HOLIDAYS_2026) == 250
    # a successor from 1 April 2026: 244 of the year's 365 days, 5+3+7 = 15 holiday days inside (May, June,
    # October… counted from the calendar), open days share
    part = c.Span(D(2026, 4, 1), D(2026, 11, 30))
    open_year = 365 - c.holidays_in(year, HOLIDAYS_2026)
    open_part = part.days - c.holidays_in(part, HOLIDAYS_2026)
    assert c.year_required(year, D(2025, 12, 1), part, HOLIDAYS_2026) == c.round_half_up(
        250 * open_part / open_year
    )
    assert 160 < c.year_required(year, D(2025, 12, 1), part, HOLIDAYS_2026) < 170


def test_judgement_and_judged_until() -> None:
    assert c.Judgement(22, 22).ok and c.Judgement(22, 22).shortfall == 0
    assert not c.Judgement(10, 22).ok and c.Judgement(10, 22).shortfall == 12
    march = c.month_span(2026, 3)
    assert c.judged_until(march, WHOLE, D(2026, 4, 1))
    assert not c.judged_until(march, WHOLE, D(2026, 3, 31))  # the last day is not over yet
    # a dispatch that ended on the 20th is judged from the 21st
    assert c.judged_until(march, c.Span(D(2025, 12, 1), D(2026, 3, 20)), D(2026, 3, 21))


def test_month_trend() -> None:
    period = WHOLE
    # nothing entered: nothing judged
    t = c.month_trend(2026, 3, period, HOLIDAYS_2026, 0, None)
    assert t.status == c.ON_TRACK and not t.flagged and t.required == 22
    # entered through the 15th: pace 22 × 15/31 = 10.6 → 10 expected
    assert c.month_trend(2026, 3, period, HOLIDAYS_2026, 10, D(2026, 3, 15)).status == c.ON_TRACK
    behind = c.month_trend(2026, 3, period, HOLIDAYS_2026, 9, D(2026, 3, 15))
    assert behind.status == c.BEHIND and behind.expected == 10 and behind.possible == 9 + 16
    # entered through the 25th with 15 days: at most 15 + 6 = 21 < 22
    cannot = c.month_trend(2026, 3, period, HOLIDAYS_2026, 15, D(2026, 3, 25))
    assert cannot.status == c.CANNOT and cannot.possible == 21
    # October: the holiday days do not count towards the pace (through the 10th: 3 open days of 24)
    assert c.month_trend(2026, 10, period, HOLIDAYS_2026, 1, D(2026, 10, 10)).expected == 1


@pytest.mark.parametrize(
    ("standard", "days", "required", "quota", "expected"),
    [
        ("1500", 22, 22, 22, "1500.00"),  # met: the standard
        ("1500", 26, 22, 22, "1500.00"),  # more days are not paid more
        ("1500", 11, 22, 22, "750.00"),  # half the days: half
        ("1500", 10, 22, 22, "681.82"),  # 1500 × 10 / 22 = 681.818… → 681.82
        ("1500", 15, 15, 15, "1500.00"),  # October: 15 days is the whole month
        ("1500", 16, 16, 22, "1090.91"),  # arrived on 10 March: 16 required of 22 → 1500 × 16 / 22
    ],
)
def test_monthly_allowance(standard: str, days: int, required: int, quota: int, expected: str) -> None:
    assert c.monthly_allowance(Decimal(standard), days, required, quota) == Decimal(expected)


def test_effective_holidays_table_builtin_none() -> None:
    table = {2026: [HolidayDay(D(2026, 10, 1), True, "国庆节"), HolidayDay(D(2026, 10, 10), False, "国庆节")]}
    days, sources = effective_holidays(table, [2025, 2026, 2027])
    assert sources == {2025: BUILTIN, 2026: TABLE, 2027: NONE}
    assert D(2026, 10, 1) in days and D(2026, 10, 2) not in days  # the table alone decides 2026
    assert D(2026, 10, 10) not in days  # a 调休 working day is no holiday
    assert D(2025, 1, 1) in days  # 2025 from the built-in calendar
    assert not any(d.year == 2027 for d in days)


def test_count_in_post_inside_the_period_only() -> None:
    marks = [(D(2026, 3, 9), "在"), (D(2026, 3, 10), "在"), (D(2026, 3, 11), "公"), (D(2026, 3, 12), "训"),
             (D(2026, 3, 13), "事"), (D(2026, 3, 14), "休"), (D(2026, 3, 15), "缺"), (D(2026, 3, 16), "病")]  # fmt: skip
    assert c.count_in_post(marks, c.Span(D(2026, 3, 10), D(2026, 11, 30))) == 3
