"""The in-memory plan: what the writers share about units, townships, places and dispatches."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cadredesk.core.enums import DispatchStatus as Status
from cadredesk.core.enums import PlaceKind, Role


@dataclass
class UnitRec:
    """A dispatching unit; ``weight`` is its share of the cadres sent."""

    id: int
    name: str
    category: str
    head_name: str
    deputy_name: str
    weight: float


@dataclass
class TownRec:
    """A township (镇/乡/街道) and the mentors (传帮带) it provides."""

    id: int
    name: str
    stem: str
    kind: str  # 镇 / 乡 / 街道
    county: str
    code: str
    mentors: list[tuple[int, str, str]] = field(default_factory=list)  # (id, name, post)


@dataclass
class PlaceRec:
    """A village, community, enterprise or project site a cadre is sent to."""

    id: int
    town: TownRec
    name: str
    kind: PlaceKind
    tags: list[str] = field(default_factory=list)


@dataclass
class Slot:
    """One post to fill: a role at a place (and the team, at province scale)."""

    town: TownRec
    place: PlaceRec
    role: Role
    team_id: int | None = None


@dataclass
class DispRec:
    """One dispatch as planned: who goes where, when, and how it ended."""

    id: int
    cadre_id: int
    cadre_name: str
    party: bool
    unit: UnitRec
    town: TownRec
    place: PlaceRec
    role: Role
    team_id: int | None
    start: dt.date
    end: dt.date
    status: Status = Status.ON_POST
    reason: str | None = None
    replaced_by: int | None = None
    replacement: bool = False
    work_group_id: int | None = None
    session_start: dt.date | None = None

    @property
    def on_post(self) -> bool:
        return self.status is Status.ON_POST
