"""Mentoring pairs (传帮带)."""

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


class Mentor(Versioned, Base):
    """A township Party/government leader who mentors resident cadres."""

    __tablename__ = "mentor"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32))
    township_id: Mapped[int] = mapped_column(ForeignKey("township.id"), index=True)
    post: Mapped[str | None] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(32))


class MentorPair(Base):
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
    __tablename__ = "mentor_activity"
    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("mentor_pair.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))  # 谈心谈话 / 现场指导 / 带领走访 …
    content: Mapped[str] = mapped_column(Text)
