"""Evaluation findings (seed 002 and the decisions in docs/RULES.md, "Evaluation"), on plain facts.

- ``evaluation-undecided``: the term is over and the end-of-term evaluation has no decided grade.
- ``ballot-sample``: ballots were tallied for a cadre but fewer valid ones than the batch's minimum.
- ``excellent-ceiling``: more 优秀 decided than the batch's share allows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from cadredesk.core.audit import mask_id
from cadredesk.core.enums import Grade
from cadredesk.core.evaluation import DEFAULT_PARAMS, EvaluationParams, excellent_limit, share_text
from cadredesk.core.rules.base import ERROR, WARNING, RuleInfo, Violation, subject
from cadredesk.core.rules.campaign import BatchFacts


@dataclass(frozen=True, slots=True)
class DueFact:
    """A dispatch whose end-of-term evaluation is due, with its decided grade (None: not decided)."""

    dispatch_id: int
    name: str
    id_number: str
    where: str  # 乡镇村
    grade: str | None = None


@dataclass(frozen=True, slots=True)
class SampleFact:
    """Tallied ballots of one cadre for one evaluation."""

    dispatch_id: int
    name: str
    where: str
    evaluation: str  # "2026年期满考核"
    returned: int  # ballots tallied and not void
    valid: int  # of which valid for this cadre


@dataclass(frozen=True, slots=True)
class ShareFact:
    """Decided grades of one evaluation (kind and year) of the batch."""

    evaluation: str
    population: int  # cadres evaluated
    excellent: int  # decided 优秀


@dataclass
class EvaluationFacts:
    batch: BatchFacts
    params: EvaluationParams = DEFAULT_PARAMS
    due: list[DueFact] = field(default_factory=list)
    samples: list[SampleFact] = field(default_factory=list)
    shares: list[ShareFact] = field(default_factory=list)


Rule = Callable[[EvaluationFacts, dt.date], Iterable[Violation]]


def undecided(f: EvaluationFacts, _today: dt.date) -> Iterator[Violation]:
    """Seed 002: 驻村工作结束时 … 进行考评 — every cadre whose term is over gets a decided grade."""
    for d in f.due:
        if d.grade is None:
            yield Violation(
                "evaluation-undecided",
                subject(f.batch.name, f"{d.name}（{mask_id(d.id_number)}，{d.where}）"),
                "派驻期已满，期满考核尚未确定等次",
                WARNING,
                ("dispatch", d.dispatch_id),
            )


def ballot_sample(f: EvaluationFacts, _today: dt.date) -> Iterator[Violation]:
    """A democratic result needs at least ``min_valid_ballots`` valid ballots for the cadre."""
    need = f.params.min_valid_ballots
    for s in f.samples:
        if s.valid < need:
            yield Violation(
                "ballot-sample",
                subject(f.batch.name, f"{s.where} {s.name}"),
                f"{s.evaluation}民主测评已录入 {s.returned} 张票，对该干部有效 {s.valid} 张，"
                f"少于本批次要求的 {need} 张，民主测评结果不能成立",
                WARNING,
                ("dispatch", s.dispatch_id),
            )


def excellent_ceiling(f: EvaluationFacts, _today: dt.date) -> Iterator[Violation]:
    """优秀 for at most the batch's share of the cadres evaluated (rounded down)."""
    for s in f.shares:
        limit = excellent_limit(s.population, f.params)
        if s.excellent > limit:
            yield Violation(
                "excellent-ceiling",
                subject(f.batch.name, s.evaluation),
                f"已确定“{Grade.EXCELLENT.value}” {s.excellent} 人，超过参加考核 {s.population} 人的"
                f"{share_text(f.params.excellent_ceiling)}（最多 {limit} 人）",
                ERROR,
            )


INFOS = (
    RuleInfo("evaluation-undecided", "期满考核", "002"),
    RuleInfo("ballot-sample", "民主测评票数", "决定"),
    RuleInfo("excellent-ceiling", "优秀比例", "决定"),
)
RULES: tuple[Rule, ...] = (undecided, ballot_sample, excellent_ceiling)


def check(facts: EvaluationFacts, today: dt.date) -> list[Violation]:
    out: list[Violation] = []
    for rule in RULES:
        out.extend(rule(facts, today))
    return out
