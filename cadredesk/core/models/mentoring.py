"""Mentoring (传帮带): township leaders as mentors, mentor ↔ resident cadre pairs, the activity log.

Seed 002: every township Party/government leader mentors several resident cadres.  A mentor need
not be a dispatched cadre; mentors are kept per township with their post.  A pair links a mentor
with a dispatch (the cadre in one batch); a cadre has one current pair (``end`` empty), a change
of mentor ends the old pair.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Date,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cadredesk.core.models.base import Base, Versioned
from cadredesk.core.models.campaign import Dispatch
from cadredesk.core.models.reference import Township


class Mentor(Versioned, Base):
    """A township Party/government leader who mentors resident cadres (帮带人)."""

    __tablename__ = "mentor"
    __table_args__ = (UniqueConstraint("township_id", "name", name="uq_mentor_township_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32))
    township_id: Mapped[int] = mapped_column(ForeignKey("township.id"), index=True)
    post: Mapped[str | None] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    township: Mapped[Township] = relationship()


class MentorPair(Base):
    """帮带关系: a mentor and a resident cadre (dispatch), from ``start`` until ``end`` (empty: current)."""

    __tablename__ = "mentor_pair"
    __table_args__ = (UniqueConstraint("mentor_id", "dispatch_id", name="uq_mentor_pair_mentor_dispatch"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("mentor.id", ondelete="CASCADE"), index=True)
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id", ondelete="CASCADE"), index=True)
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    mentor: Mapped[Mentor] = relationship()
    dispatch: Mapped[Dispatch] = relationship()


class MentorActivity(Base):
    """One entry of a pair's log: date, form (谈心谈话 / 现场指导 / 带领走访 …), topic, outcome."""

    __tablename__ = "mentor_activity"
    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("mentor_pair.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    form: Mapped[str] = mapped_column(String(16))
    topic: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
