"""Mentoring (传帮带) rules, seed 002: "每位镇（街道）党政领导干部都要联系帮带若干名驻村干部".

Judged on plain facts read by ``services.mentoring.mentoring_facts``:

- ``mentor-missing``: a cadre on post (在岗) without a current mentor;
- ``mentor-township``: a current pair of a cadre still serving whose mentor leads another township
  than the one the cadre is sent to;
- ``mentor-idle``: a current pair of a cadre on post with no logged activity for more than the
  batch's ``mentor_idle_months`` (counted from the last activity, or from the pair's start).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from cadredesk.core.enums import ACTIVE_STATUSES, DispatchStatus
from cadredesk.core.rules.base import ERROR, WARNING, RuleInfo, Violation, subject
from cadredesk.core.rules.campaign import BatchFacts


@dataclass(frozen=True, slots=True)
class MenteeFact:
    """A dispatch of the batch, as the mentoring rules see it."""

    id: int
    name: str
    status: str
    township_id: int | None
    township: str = ""
    place: str = ""
    strokes: str = ""


@dataclass(frozen=True, slots=True)
class PairFact:
    id: int
    dispatch_id: int
    mentor_id: int
    mentor: str
    mentor_post: str
    mentor_township_id: int
    mentor_township: str
    start: dt.date
    end: dt.date | None = None
    last_activity: dt.date | None = None

    def current(self, today: dt.date) -> bool:
        return self.start <= today and (self.end is None or self.end >= today)


@dataclass
class MentoringFacts:
    batch: BatchFacts
    idle_months: int = 3
    mentees: list[MenteeFact] = field(default_factory=list)
    pairs: list[PairFact] = field(default_factory=list)


Rule = Callable[[MentoringFacts, dt.date], Iterable[Violation]]
ACTIVE = frozenset(ACTIVE_STATUSES)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (31 January + 1 → 28/29 February)."""
    m = day.month - 1 + months
    year, month = day.year + m // 12, m % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _on_post(f: MentoringFacts) -> list[MenteeFact]:
    return sorted(
        (m for m in f.mentees if m.status == DispatchStatus.ON_POST.value), key=lambda m: (m.strokes, m.id)
    )


def _current(f: MentoringFacts, today: dt.date) -> dict[int, list[PairFact]]:
    out: dict[int, list[PairFact]] = {}
    for p in f.pairs:
        if p.current(today):
            out.setdefault(p.dispatch_id, []).append(p)
    return out


def _who(f: MentoringFacts, m: MenteeFact) -> str:
    return subject(f.batch.name, f"{m.name}（{m.township}{m.place}）")


def mentor_missing(f: MentoringFacts, today: dt.date) -> Iterator[Violation]:
    """Every resident cadre on post has a mentor (帮带人)."""
    current = _current(f, today)
    for m in _on_post(f):
        if m.id not in current:
            yield Violation(
                "mentor-missing", _who(f, m), "在岗但未确定传帮带帮带人", ERROR, ("dispatch", m.id)
            )


def mentor_township(f: MentoringFacts, today: dt.date) -> Iterator[Violation]:
    """A mentor leads the township the cadre is sent to."""
    current = _current(f, today)
    for m in sorted((m for m in f.mentees if m.status in ACTIVE), key=lambda m: (m.strokes, m.id)):
        for p in current.get(m.id, []):
            if m.township_id is not None and p.mentor_township_id != m.township_id:
                yield Violation(
                    "mentor-township",
                    _who(f, m),
                    f"帮带人{p.mentor}（{p.mentor_township}，{p.mentor_post}）不是派驻乡镇“{m.township}”的领导",
                    ERROR,
                    ("dispatch", m.id),
                )


def mentor_idle(f: MentoringFacts, today: dt.date) -> Iterator[Violation]:
    """A pair logs an activity at least every ``idle_months`` months (the batch's parameter)."""
    current = _current(f, today)
    for m in _on_post(f):
        for p in current.get(m.id, []):
            since = p.last_activity or p.start
            if add_months(since, f.idle_months) < today:
                what = (
                    f"最近一次帮带活动在 {p.last_activity}"
                    if p.last_activity
                    else f"自 {p.start} 结对以来没有帮带活动"
                )
                yield Violation(
                    "mentor-idle",
                    _who(f, m),
                    f"帮带人{p.mentor}：{what}，已超过{f.idle_months}个月",
                    WARNING,
                    ("dispatch", m.id),
                )


#: the rule keys this module reports, with the label the GUI shows
INFOS = (
    RuleInfo("mentor-missing", "传帮带未结对", "002"),
    RuleInfo("mentor-township", "帮带人非本乡镇", "002"),
    RuleInfo("mentor-idle", "传帮带活动间隔", "决定"),
)
RULES: tuple[Rule, ...] = (mentor_missing, mentor_township, mentor_idle)


def check(facts: MentoringFacts, today: dt.date) -> list[Violation]:
    out: list[Violation] = []
    for rule in RULES:
        out.extend(rule(facts, today))
    return out
