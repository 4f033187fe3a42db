"""Plain data passed between services and faces (never ORM instances across threads)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CadreRow:
    """One line of the cadre list (GUI table, `list cadres`)."""

    id: int
    name: str
    gender: str
    ethnicity: str
    id_number: str
    birth_date: dt.date
    political_status: str | None
    education: str | None
    unit: str | None
    post: str | None
    rank: str | None
    is_reserve: bool
    has_grassroots_exp: bool
    phone: str | None
    township: str | None
    place: str | None
    role: str | None
    status: str | None
    batch: str | None
    initials: str
    strokes: str
    #: True for a role without REVEAL: ``birth_date`` then holds only the year and month (day 1), because
    #: a full birth date beside the masked ID (前6位 + 后4位) would give the hidden digits back
    birth_masked: bool = False

    @property
    def birth_text(self) -> str:
        """The birth date as the actor may see it: 1983-04-05, or 1983-04 when masked."""
        return f"{self.birth_date:%Y-%m}" if self.birth_masked else self.birth_date.isoformat()

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "id_number": self.id_number,
            "gender": self.gender,
            "birth_date": self.birth_text,
            "ethnicity": self.ethnicity,
            "political_status": self.political_status,
            "education": self.education,
            "unit": self.unit,
            "post": self.post,
            "rank": self.rank,
            "is_reserve": self.is_reserve,
            "has_grassroots_exp": self.has_grassroots_exp,
            "phone": self.phone,
            "township": self.township,
            "place": self.place,
            "role": self.role,
            "status": self.status,
            "batch": self.batch,
        }


@dataclass(frozen=True, slots=True)
class RosterLine:
    """One line of a batch's dispatch roster (选派名单), for Excel export and the PDF."""

    seq: int
    township: str
    place: str
    place_kind: str
    name: str
    gender: str
    ethnicity: str
    birth_date: dt.date
    id_number: str
    political_status: str
    education: str
    unit: str
    post: str
    role: str
    start: dt.date
    end: dt.date
    status: str
    phone: str
    strokes: str


@dataclass(frozen=True, slots=True)
class PrintMeta:
    """Footer facts printed on every page (who, when, what data)."""

    title: str
    user: str
    printed_at: dt.datetime
    data_hash: str  # short hash of the data printed
    doc_number: str = ""
    organization: str = ""  # the printing organization (database setting), shown beside the user
