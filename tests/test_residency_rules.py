"""The residency rules (days in post, Party relation, household visits), pure, on hand-made facts."""

from __future__ import annotations

import datetime as dt

from cadredesk.core import compliance as c
from cadredesk.core.holidays import effective_holidays
from cadredesk.core.rules import RULE_INFOS, residency
from cadredesk.core.rules.residency import HouseholdFact, ResidencyBatch, ResidencyFacts, StayFact

D = dt.date
TRANSFERRED = D(2025, 12, 10)
HOLIDAYS, _ = effective_holidays({}, [2025, 2026])
BATCH = ResidencyBatch(1, "2025年度驻村", D(2025, 12, 1), D(2026, 11, 30))


def stay(i: int, name: str, *, start: dt.date = BATCH.start, end: dt.date = BATCH.end, status: str = "在岗",
         kind: str = "村", political: str | None = "中共党员", transfer: dt.date | None = TRANSFERRED) -> StayFact:  # fmt: skip
    return StayFact(i, name, f"{name}村", kind, status, start, end, political, transfer)


def facts(*stays: StayFact, **kw: object) -> ResidencyFacts:
    f = ResidencyFacts(BATCH, list(stays), HOLIDAYS)
    for k, v in kw.items():
        setattr(f, k, v)
    return f


def keys(found: list) -> list[tuple[str, str, tuple[str, int] | None]]:  # type: ignore[type-arg]
    return [(v.rule, v.severity, v.target) for v in found]


def test_rule_keys_are_registered() -> None:
    for key in ("days-short-month", "days-short-year", "party-transfer-missing", "household-visits-short"):
        assert key in RULE_INFOS


def test_month_short_is_a_reminder_judged_when_over_and_entered() -> None:
    a, b, c_ = stay(1, "甲"), stay(2, "乙"), stay(3, "丙", start=D(2026, 3, 10))
    f = facts(
        a, b, c_,
        month_counts={(1, 2026, 3): (22, 0), (2, 2026, 3): (10, 4), (3, 2026, 3): (15, 0), (1, 2026, 10): (15, 0),
                      (2, 2026, 10): (14, 0), (3, 2026, 10): (15, 0)},
        entered_through={(2026, 3): D(2026, 3, 31), (2026, 10): D(2026, 10, 31)},
    )  # fmt: skip
    found = residency.days_short_month(f, D(2026, 11, 1))
    out = [(v.target, v.detail) for v in found]
    assert out == [
        (("dispatch", 2), "2026年3月在岗 10 天，应不少于 22 天（差 12 天；其中请假 4 天）"),
        (("dispatch", 2), "2026年10月在岗 14 天，应不少于 15 天（差 1 天）"),
        (("dispatch", 3), "2026年3月在岗 15 天，应不少于 16 天（差 1 天）"),  # arrived on the 10th: 16
    ]
    assert all(v.severity == "warning" for v in residency.days_short_month(f, D(2026, 11, 1)))
    # March is not judged before it is over
    assert [v.detail[:7] for v in residency.days_short_month(f, D(2026, 3, 31))] == []
    # a month nobody has entered is not judged; a month entered for the batch but not for the cadre is
    f2 = facts(a, month_counts={}, entered_through={(2026, 4): D(2026, 4, 30)})
    details = [v.detail for v in residency.days_short_month(f2, D(2026, 11, 1))]
    assert details == ["2026年4月在岗 0 天，应不少于 19 天（差 19 天；本月无在岗记录）"]  # 清明 4–6


def test_a_month_is_judged_once_its_sheets_reach_its_end() -> None:
    a = stay(1, "甲")
    f = facts(a, month_counts={(1, 2026, 11): (14, 0)}, entered_through={(2026, 11): D(2026, 11, 20)})
    assert list(residency.days_short_month(f, D(2026, 12, 5))) == []  # entered through the 20th only
    f.entered_through = {(2026, 11): D(2026, 11, 30)}
    assert [v.detail for v in residency.days_short_month(f, D(2026, 12, 5))] == [
        "2026年11月在岗 14 天，应不少于 22 天（差 8 天）"
    ]


def test_recalled_and_not_yet_posted_are_not_judged() -> None:
    f = facts(
        stay(1, "甲", status="召回", end=D(2026, 3, 20)), stay(2, "乙", status="培训"),
        month_counts={}, entered_through={(2026, 3): D(2026, 3, 31)},
    )  # fmt: skip
    assert list(residency.days_short_month(f, D(2026, 11, 1))) == []


def test_year_short_is_a_problem_per_term_year() -> None:
    months = {(y, m): c.month_span(y, m).last for y, m in [(2025, 12)] + [(2026, m) for m in range(1, 12)]}
    f = facts(
        stay(1, "甲"), stay(2, "乙"), stay(3, "丙", start=D(2026, 4, 1)),
        entered_through=months,
        year_counts={(1, D(2025, 12, 1)): 250, (2, D(2025, 12, 1)): 249, (3, D(2025, 12, 1)): 150},
    )  # fmt: skip
    assert list(residency.days_short_year(f, D(2026, 11, 30))) == []  # the year is not over yet
    found = list(residency.days_short_year(f, D(2026, 12, 1)))
    assert keys(found) == [
        ("days-short-year", "error", ("dispatch", 2)),
        ("days-short-year", "error", ("dispatch", 3)),
    ]
    assert found[0].detail == "驻村年度 2025-12-01 至 2026-11-30 在岗 249 天，应不少于 250 天（差 1 天）"
    assert (
        "2026-04-01 至 2026-11-30" in found[1].detail and "应不少于 16" in found[1].detail
    )  # pro rata, 160-odd
    # a year with a month nobody entered is not judged
    f.entered_through = {**months, (2026, 11): D(2026, 11, 20)}  # November's sheets stop on the 20th
    assert list(residency.days_short_year(f, D(2026, 12, 1))) == []


def test_party_transfer_within_30_days_for_members_in_villages() -> None:
    today = D(2026, 1, 5)  # 35 days after 1 December
    f = facts(
        stay(1, "甲", transfer=None),  # flagged
        stay(2, "乙", transfer=D(2025, 12, 20)),  # done
        stay(3, "丙", transfer=None, political="群众"),  # not a Party member
        stay(4, "丁", transfer=None, kind="企业"),  # an enterprise is no 驻点村
        stay(5, "戊", transfer=None, start=D(2025, 12, 10)),  # 26 days: still in time
        stay(6, "己", transfer=None, kind="社区", political="中共预备党员"),  # a community counts
        stay(7, "庚", transfer=None, status="召回"),  # no longer on post
    )
    found = list(residency.party_transfer(f, today))
    assert keys(found) == [
        ("party-transfer-missing", "error", ("dispatch", 1)),
        ("party-transfer-missing", "error", ("dispatch", 6)),
    ]
    assert found[0].detail == "2025-12-01 到岗已 35 天，党组织关系尚未转入驻点村（应在到岗后 30 天内转接）"


def visits(*days: str) -> tuple[dt.date, ...]:
    return tuple(D.fromisoformat(d) for d in days)


def test_household_visits_finished_year_and_running_year() -> None:
    four = visits("2026-01-10", "2026-04-10", "2026-07-10", "2026-10-10")
    three = visits("2026-01-10", "2026-04-10", "2026-07-10")
    homes = [HouseholdFact(i, 1, f"户{i}", four) for i in range(1, 5)] + [
        HouseholdFact(5, 1, "刘大爷", three)
    ]
    f = facts(stay(1, "甲"), households=homes)
    # the finished year: each household needs 4 → the one with 3 is a problem
    found = list(residency.household_visits(f, D(2026, 12, 1)))
    assert keys(found) == [("household-visits-short", "error", ("dispatch", 1))]
    assert found[0].detail == "驻村年度 2025-12-01 至 2026-11-30 联系户走访应不少于 4 次：刘大爷 3 次"
    # the running year on 1 August (243 of 365 days seen): floor(4 × 243/365) = 2 → all fine
    assert list(residency.household_visits(f, D(2026, 8, 1))) == []
    # on 20 November: floor(4 × 354/365) = 3 → still fine with 3
    assert list(residency.household_visits(f, D(2026, 11, 20))) == []
    # a household visited once by 1 August is behind (a reminder)
    f.households = [*homes[:4], HouseholdFact(5, 1, "刘大爷", visits("2026-01-10"))]
    found = list(residency.household_visits(f, D(2026, 8, 1)))
    assert keys(found) == [("household-visits-short", "warning", ("dispatch", 1))]
    assert found[0].detail == "驻村年度至今（2025-12-01 至 2026-07-31）联系户走访应已达 2 次：刘大爷 1 次"


def test_household_parameters_of_the_batch_are_used() -> None:
    homes = [HouseholdFact(i, 1, f"户{i}", visits("2026-03-01", "2026-06-01")) for i in range(1, 6)]
    strict = ResidencyBatch(
        1, "b", BATCH.start, BATCH.end, households_per_cadre=5, household_visits_per_year=2
    )
    f = ResidencyFacts(strict, [stay(1, "甲")], HOLIDAYS, households=homes)
    assert list(residency.household_visits(f, D(2026, 12, 1))) == []  # 2 a year asked, 2 made
    f.batch = ResidencyBatch(
        1, "b", BATCH.start, BATCH.end, households_per_cadre=8, household_visits_per_year=3
    )
    found = list(residency.household_visits(f, D(2026, 12, 1)))
    assert [v.detail for v in found] == [
        "联系户 5 户，应联系 8 户左右",
        "驻村年度 2025-12-01 至 2026-11-30 联系户走访应不少于 3 次：户1 2 次、户2 2 次、户3 2 次、户4 2 次、户5 2 次",
    ]
    assert [v.severity for v in found] == ["warning", "error"]


def test_households_not_asked_of_enterprise_cadres_and_part_years_pro_rata() -> None:
    f = facts(stay(1, "甲", kind="企业"))
    assert list(residency.household_visits(f, D(2026, 12, 1))) == []
    # arrived on 1 September: 91 of 365 days → round(4 × 91/365) = round(0.997) = 1 visit needed
    late = stay(2, "乙", start=D(2026, 9, 1))
    f = facts(late, households=[HouseholdFact(i, 2, f"户{i}", ()) for i in range(1, 6)])
    found = list(residency.household_visits(f, D(2026, 12, 1)))
    assert [v.detail for v in found] == [
        "驻村年度 2026-09-01 至 2026-11-30 联系户走访应不少于 1 次：户1 0 次、户2 0 次、户3 0 次、户4 0 次、户5 0 次"
    ]
