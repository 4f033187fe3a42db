"""Campaign rules that need no database: terms by level, the batch's rule parameters, the lifecycle.

Sources (see docs/RULES.md): a county 驻村蹲点 campaign runs one year (《在全县选派干部驻村蹲点工作会议上的讲话》),
the provincial 下基层 scheme two years (《山东省千名干部下基层工作动员部署会议召开》); the city scheme
(《…东营：“万名干部下基层”活动全面启动》) names no term and
two years is assumed.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from cadredesk.core.enums import DispatchStatus, Level


@dataclass(frozen=True)
class LevelDefaults:
    term_years: int
    min_days_month: int = 22  # 《在全县选派干部驻村蹲点工作会议上的讲话》: 每月不少于22天（法定节假日除外）
    min_days_year: int = 250  # 《在全县选派干部驻村蹲点工作会议上的讲话》: 每年不少于250天
    households_per_cadre: int = (
        5  # 《深入基层 走进群众 锤炼作风 东营：“万名干部下基层”活动全面启动》: 每名干部联系5户左右
    )
    household_visits_per_year: int = 4  # 《深入基层 走进群众 锤炼作风 东营：“万名干部下基层”活动全面启动》
    deputy_visit_months: int = 6  # 《在全县选派干部驻村蹲点工作会议上的讲话》: 分管负责人每半年至少1次
    head_visits_per_term: int = 1  # 《在全县选派干部驻村蹲点工作会议上的讲话》: 主要负责人至少1次
    training_hours: int = 24  # decision (docs/RULES.md): three days of 8 学时, used by the 学时 rule
    mentor_idle_months: int = 3  # decision (docs/RULES.md): a mentoring activity at least every quarter


LEVEL_DEFAULTS = {
    Level.COUNTY: LevelDefaults(term_years=1),
    Level.CITY: LevelDefaults(term_years=2),
    Level.PROVINCE: LevelDefaults(term_years=2),
}

#: the editable integer rule parameters of a batch: column → (label, smallest allowed, largest allowed)
RULE_FIELDS: dict[str, tuple[str, int, int]] = {
    "term_years": ("派驻期限（年）", 1, 5),
    "min_days_month": ("每月在村天数不少于", 0, 31),
    "min_days_year": ("每年在村天数不少于", 0, 366),
    "households_per_cadre": ("每人联系户数", 0, 100),
    "household_visits_per_year": ("每户每年走访次数", 0, 52),
    "deputy_visit_months": ("分管负责人到村间隔（月）", 1, 24),
    "head_visits_per_term": ("主要负责人任期内到村次数", 0, 12),
    "training_hours": ("岗前培训应修学时（按学时认定时）", 1, 200),
    "mentor_idle_months": ("传帮带活动间隔不超过（月）", 1, 12),
}


def parse_level(value: str) -> Level:
    try:
        return Level(value)
    except ValueError:
        raise ValueError(
            f"批次级别只能是 county（县级）、city（市级）或 province（省级），不是 {value!r}"
        ) from None


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day ``years`` later (29 February → 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months later, or the month's last day (31 August + 6 → 28/29 February)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def last_quarter(start: dt.date, end: dt.date) -> dt.date:
    """The first day of the last quarter of the period ``start``…``end`` (both included)."""
    return start + dt.timedelta(days=((end - start).days + 1) * 3 // 4)


def term_end(start: dt.date, years: int) -> dt.date:
    """The last day of a term of ``years`` years starting on ``start``: 2025-03-01 + 1 → 2026-02-28."""
    return add_years(start, years) - dt.timedelta(days=1)


def term_years(start: dt.date, end: dt.date) -> int:
    """Whole years a period spans, rounded (a term of 365 or 366 days is one year)."""
    return max(1, round(((end - start).days + 1) / 365.25))


def nonstandard_term(level: Level, start: dt.date, end: dt.date) -> str | None:
    """Why a batch's term differs from its level's, or None when it matches.

    A term matches when it lasts the level's number of years give or take a month (a campaign
    that starts on 1 March and ends on the last day of February is a one-year term).
    """
    years = LEVEL_DEFAULTS[level].term_years
    expected = term_end(start, years)
    if abs((end - expected).days) <= 31:
        return None
    return (
        f"{level.label}批次的派驻期限一般为 {years} 年（{start} 至 {expected}），"
        f"现为 {start} 至 {end}，约 {((end - start).days + 1) / 365.25:.1f} 年"
    )


#: the forward path of a dispatch; 召回 and 轮换 may end any active dispatch
FORWARD = {
    DispatchStatus.NOMINATED: DispatchStatus.REVIEWED,
    DispatchStatus.REVIEWED: DispatchStatus.TRAINING,
    DispatchStatus.TRAINING: DispatchStatus.ON_POST,
    DispatchStatus.ON_POST: DispatchStatus.COMPLETED,
}


def next_status(status: str) -> DispatchStatus | None:
    """The next step of a dispatch along 推荐 → 审核 → 培训 → 在岗 → 期满, or None at the end."""
    return FORWARD.get(DispatchStatus(status))


#: one step back along the path, for a status advanced by mistake (the reason is recorded);
#: 期满 → 在岗 only while the batch is open
BACKWARD: dict[DispatchStatus, DispatchStatus] = {target: source for source, target in FORWARD.items()}

#: a nomination may be withdrawn (撤回推荐) only before training starts; later it is a recall (召回)
WITHDRAWABLE = (DispatchStatus.NOMINATED, DispatchStatus.REVIEWED)


def previous_status(status: str) -> DispatchStatus | None:
    """The step before ``status`` (审核 → 推荐 … 期满 → 在岗), or None where there is none."""
    return BACKWARD.get(DispatchStatus(status))
