"""Plain rows of the on-post area, passed between the services, io (Excel, PDF) and the faces.

Never ORM instances: the GUI gets them across threads, io writes them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from cadredesk.core.enums import ProblemStage


@dataclass(frozen=True, slots=True)
class AllowanceRow:
    dispatch_id: int
    name: str
    township: str
    place: str
    standard: Decimal | None
    days_in_post: int
    required: int
    amount: Decimal | None  # None: no standard set

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "township": self.township,
            "place": self.place,
            "standard": str(self.standard) if self.standard is not None else None,
            "days_in_post": self.days_in_post,
            "required": self.required,
            "amount": str(self.amount) if self.amount is not None else None,
        }


@dataclass
class AllowanceSheet:
    batch: str
    year: int
    month: int
    quota: int  # the whole month's requirement
    rows: list[AllowanceRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((r.amount for r in self.rows if r.amount is not None), Decimal("0.00"))

    def to_json(self) -> dict[str, object]:
        return {
            "batch": self.batch,
            "month": f"{self.year}-{self.month:02d}",
            "quota": self.quota,
            "total": str(self.total),
            "rows": [r.to_json() for r in self.rows],
            "warnings": self.warnings,
        }


@dataclass(frozen=True)
class StepRow:
    stage: str
    day: dt.date
    actor: str
    note: str
    at: dt.datetime | None
    recorded_by: str
    reopened: bool

    def to_json(self) -> dict[str, object]:
        return {
            "stage": self.stage,
            "date": self.day.isoformat(),
            "actor": self.actor,
            "note": self.note,
            "recorded_at": self.at.isoformat(sep=" ", timespec="seconds") if self.at else None,
            "recorded_by": self.recorded_by,
            "reopened": self.reopened,
        }


@dataclass(frozen=True)
class ProblemRow:
    id: int
    batch_id: int | None
    township: str
    place_id: int | None
    place: str
    found_by: str
    found_on: dt.date
    category: str
    title: str
    detail: str
    stage: str
    assignee: str
    deadline: dt.date | None
    closed_on: dt.date | None
    overdue_days: int
    next_stages: tuple[str, ...]
    version: int
    steps: tuple[StepRow, ...] = ()

    @property
    def closed(self) -> bool:
        return self.stage == ProblemStage.CLOSED.value

    def to_json(self, *, with_steps: bool = False) -> dict[str, object]:
        out: dict[str, object] = {
            "id": self.id,
            "township": self.township,
            "place": self.place,
            "found_by": self.found_by,
            "found_on": self.found_on.isoformat(),
            "category": self.category,
            "title": self.title,
            "detail": self.detail,
            "stage": self.stage,
            "assignee": self.assignee,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "closed_on": self.closed_on.isoformat() if self.closed_on else None,
            "overdue_days": self.overdue_days,
            "next": list(self.next_stages),
        }
        if with_steps:
            out["steps"] = [s.to_json() for s in self.steps]
        return out
