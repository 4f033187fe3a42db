"""Pre-deployment training (岗前培训)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cadredesk.core.models.base import Base, Versioned


class TrainingSession(Versioned, Base):
    """岗前培训 session."""

    __tablename__ = "training_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(128))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    location: Mapped[str | None] = mapped_column(String(128))
    organizer: Mapped[str | None] = mapped_column(String(64))
    required_hours: Mapped[Decimal] = mapped_column(Numeric(6, 1), default=Decimal("0"))
    courses: Mapped[list[TrainingCourse]] = relationship(
        cascade="all, delete-orphan", order_by="TrainingCourse.day"
    )


class TrainingCourse(Base):
    __tablename__ = "training_course"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_session.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(128))
    teacher: Mapped[str | None] = mapped_column(String(64))
    day: Mapped[dt.date] = mapped_column(Date)
    hours: Mapped[Decimal] = mapped_column(Numeric(4, 1))


class TrainingAttendance(Base):
    """One cadre's attendance and completion of a training session."""

    __tablename__ = "training_attendance"
    session_id: Mapped[int] = mapped_column(
        ForeignKey("training_session.id", ondelete="CASCADE"), primary_key=True
    )
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), primary_key=True)
    hours: Mapped[Decimal] = mapped_column(Numeric(6, 1), default=Decimal("0"))
    completed: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)
