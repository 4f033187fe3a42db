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


# --------------------------------------------------------------------------- the dashboard (总览)


@dataclass(frozen=True, slots=True)
class Alert:
    """One kind of alert on the dashboard, with the records behind it (``(kind, id)``: dispatch, problem,
    unit, place, leave …) so that a click opens them."""

    key: str
    label: str
    severity: str  # error | warning (the worst of its findings)
    count: int
    targets: tuple[tuple[str, int], ...]
    rules: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "label": self.label,
            "severity": self.severity,
            "count": self.count,
            "targets": [{"kind": k, "id": i} for k, i in self.targets],
        }


@dataclass(frozen=True, slots=True)
class MonthRate:
    """Compliance of one month: cadres judged, how many met the month's requirement, who did not."""

    year: int
    month: int
    judged: int
    ok: int
    short_ids: tuple[int, ...] = ()  # dispatch ids
    #: the last day with attendance entered, when the month's sheets do not reach its end
    entered_through: dt.date | None = None

    @property
    def rate(self) -> float:
        return self.ok / self.judged if self.judged else 1.0

    @property
    def complete(self) -> bool:
        return self.entered_through is None

    def to_json(self) -> dict[str, object]:
        return {
            "month": f"{self.year}-{self.month:02d}",
            "judged": self.judged,
            "ok": self.ok,
            "short": list(self.short_ids),
            "entered_through": self.entered_through.isoformat() if self.entered_through else None,
        }


@dataclass(frozen=True, slots=True)
class MonthProgress:
    """The month in progress: who is trending below the quota (dispatch ids)."""

    year: int
    month: int
    people: int
    entered_through: dt.date | None
    behind_ids: tuple[int, ...] = ()
    cannot_ids: tuple[int, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "month": f"{self.year}-{self.month:02d}",
            "people": self.people,
            "entered_through": self.entered_through.isoformat() if self.entered_through else None,
            "behind": list(self.behind_ids),
            "cannot": list(self.cannot_ids),
        }


@dataclass
class Dashboard:
    """The figures of the 总览 page and of ``print summary``, for one batch as of a day."""

    batch_id: int
    batch: str
    level: str
    start: dt.date
    end: dt.date
    as_of: dt.date
    places_total: int = 0
    places_covered: int = 0
    priority_total: int = 0
    priority_covered: int = 0
    uncovered_priority_ids: tuple[int, ...] = ()  # place ids
    statuses: dict[str, int] = field(default_factory=dict)  # dispatch status → count
    roles: dict[str, int] = field(default_factory=dict)  # role → count (on post)
    last_month: MonthRate | None = None
    this_month: MonthProgress | None = None
    months: list[MonthRate] = field(default_factory=list)  # recent complete months, oldest first
    alerts: list[Alert] = field(default_factory=list)
    problems_open: int = 0
    problems_overdue: int = 0
    problems_closed: int = 0
    leave_pending_ids: tuple[int, ...] = ()
    notes: list[str] = field(default_factory=list)

    @property
    def on_post(self) -> int:
        return self.statuses.get("在岗", 0)

    def to_json(self) -> dict[str, object]:
        return {
            "batch": self.batch,
            "as_of": self.as_of.isoformat(),
            "coverage": {
                "places": self.places_total,
                "covered": self.places_covered,
                "priority": self.priority_total,
                "priority_covered": self.priority_covered,
                "uncovered_priority": list(self.uncovered_priority_ids),
            },
            "on_post": self.on_post,
            "statuses": self.statuses,
            "roles": self.roles,
            "last_month": self.last_month.to_json() if self.last_month else None,
            "this_month": self.this_month.to_json() if self.this_month else None,
            "months": [m.to_json() for m in self.months],
            "alerts": [a.to_json() for a in self.alerts],
            "problems": {
                "open": self.problems_open,
                "overdue": self.problems_overdue,
                "closed": self.problems_closed,
            },
            "leave_pending": list(self.leave_pending_ids),
            "notes": self.notes,
        }
