"""What the GUI's 考核 page reads in one go: the batches, the evaluations a batch has (期满考核 and each
year's 年度考核), and the chosen evaluation's list with search keys and the 优秀 share.

The list itself is ``services.evaluation.evaluation_rows`` (the same rows as ``evaluation list``); this
module only adds what a page needs around it: the choices for its combos, the pinyin initials of each
name for the search box, and the figures of the status line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from cadredesk.core.enums import Grade
from cadredesk.core.evaluation import EvaluationParams, excellent_limit
from cadredesk.core.models import Batch, Cadre, Dispatch
from cadredesk.services import batches, registers
from cadredesk.services.context import Tx, query
from cadredesk.services.evaluation import (
    ANNUAL,
    TERM_END,
    EvaluationRow,
    check_kind,
    evaluation_rows,
    evaluation_year,
    params_of,
)


@dataclass(frozen=True)
class EvaluationChoice:
    """One evaluation of a batch: the end-of-term one, or one year's annual one."""

    label: str  # 期满考核（2026年） / 2025年年度考核
    kind: str
    year: int


@dataclass(frozen=True)
class EvaluationLine:
    """A row of the page's list: the evaluation row, and the name's pinyin initials for the search box."""

    row: EvaluationRow
    initials: str
    #: the place's position in township and place order (the list's first sort)
    order: int

    @property
    def id(self) -> int:
        return self.row.dispatch_id


@dataclass(frozen=True)
class EvaluationPage:
    batches: list[tuple[str, int]]
    batch_id: int | None
    batch: str
    choices: list[EvaluationChoice]
    kind: str
    year: int
    lines: list[EvaluationLine]
    params: EvaluationParams | None
    #: the 优秀 share: how many may be 优秀 among those evaluated, and how many are decided so
    excellent_limit: int
    excellent_decided: int
    batch_ended: bool


def evaluation_choices(b: Batch) -> list[EvaluationChoice]:
    """期满考核 first, then each year of the batch's term, latest first."""
    out = [EvaluationChoice(f"期满考核（{b.end.year}年）", TERM_END, b.end.year)]
    for year in range(b.end.year, b.start.year - 1, -1):
        out.append(EvaluationChoice(f"{year}年年度考核", ANNUAL, year))
    return out


@query
def load_evaluation_page(
    tx: Tx, batch_id: int | None = None, kind: str = TERM_END, year: int | None = None
) -> EvaluationPage:
    """The chosen batch (default: the most recent) and evaluation (default: its 期满考核), listed."""
    s = tx.session
    rows = batches.batch_rows(s)
    listed = [(r.name, r.id) for r in rows]
    b = s.get(Batch, batch_id) if batch_id is not None else None
    if b is None and rows:
        b = batches.find(s, None)
    if b is None:
        return EvaluationPage(listed, None, "", [], TERM_END, 0, [], None, 0, 0, False)
    kind = check_kind(kind)
    choices = evaluation_choices(b)
    if kind == ANNUAL and (year is None or not b.start.year <= year <= b.end.year):
        year = b.end.year
    yr = evaluation_year(b, kind, year)
    today = tx.today()
    ev_rows = evaluation_rows(s, b, kind, yr, today)
    initials = dict(
        s.execute(
            select(Dispatch.id, Cadre.name_initials)
            .join(Cadre, Cadre.id == Dispatch.cadre_id)
            .where(Dispatch.batch_id == b.id)
        ).all()
    )
    p = params_of(s, b.id)
    lines = [EvaluationLine(r, initials.get(r.dispatch_id) or "", k) for k, r in enumerate(ev_rows)]
    decided = sum(1 for r in ev_rows if r.grade == Grade.EXCELLENT.value)
    return EvaluationPage(
        listed, b.id, b.name, choices, kind, yr, lines, p, excellent_limit(len(ev_rows), p), decided,
        b.end < today,
    )  # fmt: skip


@dataclass(frozen=True)
class Registers:
    """The three registers on one date, with the pinyin initials of the cadres' names (cadre id → initials)."""

    as_of: dt.date
    barred: list[registers.BarredCadre]
    service: list[registers.ServiceRow]
    units: list[registers.BarredUnit]
    initials: dict[int, str]


@query
def load_registers(tx: Tx, as_of: dt.date | None = None, include_ended: bool = False) -> Registers:
    """不予提拔使用干部, 驻村满一年干部 and 取消评先资格单位 as of a date (default today)."""
    s = tx.session
    day = as_of or tx.today()
    barred = registers.barred_cadres_rows(s, day, include_ended)
    service = registers.service_rows(s, day)
    units = registers.barred_unit_rows(s, day, include_ended)
    ids = sorted({r.cadre_id for r in barred} | {r.cadre_id for r in service})
    initials: dict[int, str] = {}
    for k in range(0, len(ids), 500):
        chunk = ids[k : k + 500]
        initials.update(
            (cid, ini or "") for cid, ini in s.execute(
                select(Cadre.id, Cadre.name_initials).where(Cadre.id.in_(chunk))
            ).all()
        )  # fmt: skip
    return Registers(day, barred, service, units, initials)


__all__ = [
    "EvaluationChoice",
    "EvaluationLine",
    "EvaluationPage",
    "Registers",
    "evaluation_choices",
    "load_evaluation_page",
    "load_registers",
]
