"""Rules of residence in the village (seeds 002 and 004): days in post, Party relation, household visits.

Judged on ``ResidencyFacts`` read by ``cadredesk.services.compliance.residency_facts``; the arithmetic
of quotas is ``cadredesk.core.compliance``.  Decisions (docs/RULES.md):

- Day counts judge dispatches 在岗 or 期满 (a recall or rotation closes the case; the report still
  lists them).  A month is judged once it is over for the dispatch and the batch's attendance has
  been entered to its end (a month whose sheets have not come in is not 22 days short for everyone;
  a township missing from a month the others have entered is); a term year once it is over and
  every month of it has been entered.  A short month is a reminder
  (一般不少于22天), a short year a problem.
- Party relation: a Party member on post in a village or community must have transferred the
  relation (党组织关系转到驻点村) within 30 days of arriving.
- Households: each cadre in a village or community links about ``households_per_cadre`` households
  and visits each at least ``household_visits_per_year`` times per term year (pro rata for part of a
  year); a finished year short is a problem, the running year behind its pro-rata share a reminder.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from cadredesk.core import compliance as c
from cadredesk.core.enums import DispatchStatus, PlaceKind
from cadredesk.core.rules.base import ERROR, WARNING, RuleInfo, Violation, subject

#: days after arriving within which the Party relation is to be transferred
PARTY_TRANSFER_DAYS = 30
#: statuses whose days are judged
JUDGED = frozenset({DispatchStatus.ON_POST.value, DispatchStatus.COMPLETED.value})
PARTY_MEMBERS = frozenset({"中共党员", "中共预备党员"})
RESIDENT_PLACES = frozenset({PlaceKind.VILLAGE.value, PlaceKind.COMMUNITY.value})


@dataclass(frozen=True, slots=True)
class ResidencyBatch:
    id: int
    name: str
    start: dt.date
    end: dt.date
    min_days_month: int = 22
    min_days_year: int = 250
    households_per_cadre: int = 5
    household_visits_per_year: int = 4


@dataclass(frozen=True, slots=True)
class StayFact:
    """A dispatch with what these rules look at."""

    id: int
    name: str
    place: str
    place_kind: str
    status: str
    start: dt.date
    end: dt.date
    political_status: str | None = None
    party_transfer_date: dt.date | None = None

    @property
    def period(self) -> c.Span:
        return c.Span(self.start, self.end)

    @property
    def who(self) -> str:
        return f"{self.name}（{self.place}）" if self.place else self.name


@dataclass(frozen=True, slots=True)
class HouseholdFact:
    id: int
    dispatch_id: int
    head_name: str
    visits: tuple[dt.date, ...] = ()


@dataclass
class ResidencyFacts:
    batch: ResidencyBatch
    stays: list[StayFact] = field(default_factory=list)
    holidays: frozenset[dt.date] = frozenset()
    #: (dispatch id, year, month) → (days in post, days of leave) inside the dispatch's period
    month_counts: dict[tuple[int, int, int], tuple[int, int]] = field(default_factory=dict)
    #: (year, month) → the last day of it with any attendance of the batch entered (months with none absent)
    entered_through: dict[tuple[int, int], dt.date] = field(default_factory=dict)
    #: (dispatch id, first day of the term year) → days in post inside the dispatch's period
    year_counts: dict[tuple[int, dt.date], int] = field(default_factory=dict)
    households: list[HouseholdFact] = field(default_factory=list)


Rule = Callable[[ResidencyFacts, dt.date], Iterable[Violation]]


def days_short_month(f: ResidencyFacts, today: dt.date) -> Iterator[Violation]:
    """Seed 002: 除节假日外，每月一般不少于22天 — a reminder."""
    b = f.batch
    months = [(y, m, c.month_span(y, m)) for y, m in sorted(f.entered_through)]
    quotas = {(y, m): c.month_quota(y, m, f.holidays, b.min_days_month) for y, m, _w in months}
    for s in f.stays:
        if s.status not in JUDGED:
            continue
        start, end = s.start, s.end
        for y, m, window in months:
            if end < window.first or start > window.last:
                continue
            last = min(end, window.last)
            if last >= today or f.entered_through[(y, m)] < last:
                continue  # not over, or the batch's sheets do not reach its end yet
            if start <= window.first and end >= window.last:
                required = quotas[(y, m)]
            else:
                required = c.month_required(y, m, s.period, f.holidays, b.min_days_month)
            days, leave = f.month_counts.get((s.id, y, m), (0, 0))
            if days >= required:
                continue
            extra = f"；其中请假 {leave} 天" if leave else ""
            if days == 0 and not leave:
                extra = "；本月无在岗记录"
            yield Violation(
                "days-short-month",
                subject(b.name, s.who),
                f"{y}年{m}月在岗 {days} 天，应不少于 {required} 天（差 {required - days} 天{extra}）",
                WARNING,
                ("dispatch", s.id),
            )


def days_short_year(f: ResidencyFacts, today: dt.date) -> Iterator[Violation]:
    """Seed 002: 全年驻村时间不少于250天 — a problem, judged per term year."""
    b = f.batch
    memo: dict[c.Span, bool] = {}
    for year in c.term_years(b.start, b.end):
        for s in f.stays:
            if s.status not in JUDGED or not c.judged_until(year, s.period, today):
                continue
            inside = year.overlap(s.period)
            if inside is None or not _entered(f, inside, memo):
                continue
            required = c.year_required(year, b.start, s.period, f.holidays, b.min_days_year)
            days = f.year_counts.get((s.id, year.first), 0)
            if days >= required:
                continue
            yield Violation(
                "days-short-year",
                subject(b.name, s.who),
                f"驻村年度 {inside} 在岗 {days} 天，应不少于 {required} 天（差 {required - days} 天）",
                ERROR,
                ("dispatch", s.id),
            )


def _visits_in(days: tuple[dt.date, ...], span: c.Span) -> int:
    """How many of the sorted ``days`` fall in ``span``."""
    return bisect_right(days, span.last) - bisect_left(days, span.first)


def _entered(f: ResidencyFacts, span: c.Span, memo: dict[c.Span, bool] | None = None) -> bool:
    """Has the batch's attendance been entered for every month of ``span``, to its end?"""
    if memo is not None and span in memo:
        return memo[span]
    done = True
    for y, m in c.months_of(span):
        through = f.entered_through.get((y, m))
        if through is None or through < min(c.month_span(y, m).last, span.last):
            done = False
            break
    if memo is not None:
        memo[span] = done
    return done


def party_transfer(f: ResidencyFacts, today: dt.date) -> Iterator[Violation]:
    """Seed 002: 党组织关系转到驻点村."""
    for s in f.stays:
        if (
            s.status != DispatchStatus.ON_POST.value
            or s.party_transfer_date is not None
            or s.political_status not in PARTY_MEMBERS
            or s.place_kind not in RESIDENT_PLACES
            or s.start > today
        ):
            continue
        days = (today - s.start).days
        if days <= PARTY_TRANSFER_DAYS:
            continue
        yield Violation(
            "party-transfer-missing",
            subject(f.batch.name, s.who),
            f"{s.start} 到岗已 {days} 天，党组织关系尚未转入驻点村（应在到岗后 {PARTY_TRANSFER_DAYS} 天内转接）",
            ERROR,
            ("dispatch", s.id),
        )


def household_visits(f: ResidencyFacts, today: dt.date) -> Iterator[Violation]:
    """Seed 004: 每名干部联系5户左右的群众，每年入户联系走访不少于4次."""
    b = f.batch
    per_year = b.household_visits_per_year
    homes: dict[int, list[HouseholdFact]] = defaultdict(list)
    for h in f.households:
        homes[h.dispatch_id].append(h)
    for s in f.stays:
        if s.status not in JUDGED or s.place_kind not in RESIDENT_PLACES or s.start > today:
            continue
        mine = sorted(homes.get(s.id, []), key=lambda h: h.id)
        where, target = subject(b.name, s.who), ("dispatch", s.id)
        if s.status == DispatchStatus.ON_POST.value and len(mine) < max(1, b.households_per_cadre - 1):
            yield Violation(
                "household-visits-short",
                where,
                f"联系户 {len(mine)} 户，应联系 {b.households_per_cadre} 户左右",
                WARNING,
                target,
            )
        if not mine or per_year <= 0:
            continue
        for year in c.term_years(b.start, b.end):
            window = year.overlap(s.period)
            if window is None or window.first >= today:
                continue
            full = c.full_term_year(year, b.start)
            over = window.last < today
            seen = window if over else c.Span(window.first, today - c.ONE_DAY)
            share = per_year * seen.days / full.days
            needed = c.round_half_up(share) if over else math.floor(share)
            if needed <= 0:
                continue
            short = [(h, _visits_in(h.visits, seen)) for h in mine]
            short = [(h, n) for h, n in short if n < needed]
            if not short:
                continue
            names = "、".join(f"{h.head_name} {n} 次" for h, n in short[:5])
            more = f"等 {len(short)} 户" if len(short) > 5 else ""
            if over:
                detail = f"驻村年度 {window} 联系户走访应不少于 {needed} 次：{names}{more}"
            else:
                detail = f"驻村年度至今（{seen}）联系户走访应已达 {needed} 次：{names}{more}"
            yield Violation("household-visits-short", where, detail, ERROR if over else WARNING, target)


#: the rule keys this module reports, with the label the GUI shows
INFOS = (
    RuleInfo("days-short-month", "月在岗天数", "002"),
    RuleInfo("days-short-year", "年在岗天数", "002"),
    RuleInfo("party-transfer-missing", "党组织关系转接", "002"),
    RuleInfo("household-visits-short", "联系户走访", "004"),
)
RULES: tuple[Rule, ...] = (days_short_month, days_short_year, party_transfer, household_visits)


def check(facts: ResidencyFacts, today: dt.date) -> list[Violation]:
    out: list[Violation] = []
    for rule in RULES:
        out.extend(rule(facts, today))
    return out
