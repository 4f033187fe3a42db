"""The three demo scales: one campaign each, with its dates, region and rates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from cadredesk.core.enums import Level

SCALES = ("county", "city", "province")


@dataclass(frozen=True)
class Spec:
    """One scale's campaign: its batch, dates, region, organisers and sampling rate."""

    scale: str
    level: Level
    batch_name: str
    start: dt.date
    end: dt.date
    att_from: dt.date
    att_to: dt.date  # also the demo's "today"
    region: str  # county / city / province
    region_code: str
    org_dept: str  # who organises (组织部)
    party_school: str
    allowance: Decimal
    insurance_expiry: dt.date
    eval_year: int
    eval_day: dt.date
    replace_from: dt.date  # recalled cadres leave between replace_from and replace_to …
    replace_to: dt.date
    replacement_start: dt.date  # … and their successors start here, after a short training
    midterm_training: tuple[dt.date, ...]  # days marked 训 for everyone on post
    sample: float  # share of dispatches given the heavier per-cadre records (visits, problems)


SPECS = {
    "county": Spec(
        scale="county",
        level=Level.COUNTY,
        batch_name="2025年度选派干部驻村蹲点",
        start=dt.date(2025, 12, 1),
        end=dt.date(2026, 11, 30),
        att_from=dt.date(2025, 12, 1),
        att_to=dt.date(2026, 11, 20),
        region="安澜县",
        region_code="370599",
        org_dept="县委组织部",
        party_school="县委党校",
        allowance=Decimal("1500.00"),
        insurance_expiry=dt.date(2026, 12, 31),
        eval_year=2026,
        eval_day=dt.date(2026, 11, 16),
        replace_from=dt.date(2026, 2, 10),
        replace_to=dt.date(2026, 3, 20),
        replacement_start=dt.date(2026, 4, 1),
        midterm_training=(dt.date(2026, 6, 16), dt.date(2026, 6, 17)),
        sample=1.0,
    ),
    "city": Spec(
        scale="city",
        level=Level.CITY,
        batch_name="东营市干部联村联社区联企业（2024—2026）",
        start=dt.date(2024, 12, 1),
        end=dt.date(2026, 11, 30),
        att_from=dt.date(2024, 12, 1),
        att_to=dt.date(2026, 11, 20),
        region="东营市",
        region_code="370500",
        org_dept="市委组织部",
        party_school="市委党校",
        allowance=Decimal("1800.00"),
        insurance_expiry=dt.date(2026, 12, 31),
        eval_year=2025,
        eval_day=dt.date(2025, 12, 26),
        replace_from=dt.date(2025, 8, 1),
        replace_to=dt.date(2025, 9, 30),
        replacement_start=dt.date(2025, 11, 3),
        midterm_training=(
            dt.date(2025, 6, 17),
            dt.date(2025, 6, 18),
            dt.date(2026, 6, 16),
            dt.date(2026, 6, 17),
        ),
        sample=0.1,
    ),
    "province": Spec(
        scale="province",
        level=Level.PROVINCE,
        batch_name="千名干部下基层（2025—2027）",
        start=dt.date(2025, 3, 1),
        end=dt.date(2027, 2, 28),
        att_from=dt.date(2026, 8, 1),
        att_to=dt.date(2026, 11, 20),
        region="山东省",
        region_code="370000",
        org_dept="省委组织部",
        party_school="省委党校",
        allowance=Decimal("3000.00"),
        insurance_expiry=dt.date(2027, 2, 28),
        eval_year=2025,
        eval_day=dt.date(2026, 1, 20),
        replace_from=dt.date(2026, 1, 1),
        replace_to=dt.date(2026, 1, 1),
        replacement_start=dt.date(2026, 1, 1),
        midterm_training=(dt.date(2026, 9, 15), dt.date(2026, 9, 16)),
        sample=0.5,
    ),
}
