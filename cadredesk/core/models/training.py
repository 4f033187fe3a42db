"""Pre-deployment training (岗前培训): classes with their courses, trainees and per-course attendance.

A batch may hold several classes (by group, or a later one for replacements).  Each class lists
its trainees (学员名单: dispatches of the batch) and its courses; attendance is one mark per
trainee per course (出席 / 缺席 / 请假 / 补课; no row = not yet marked).  Whether a cadre has
completed the training is computed, never stored: ``cadredesk.core.training.completion``.
"""

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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cadredesk.core.models.base import Base, Versioned


class TrainingSession(Versioned, Base):
    """岗前培训 class (培训班) of a batch: name, dates, venue, organiser."""

    __tablename__ = "training_session"
    __table_args__ = (UniqueConstraint("batch_id", "name", name="uq_training_session_batch_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(128))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    location: Mapped[str | None] = mapped_column(String(128))  # venue (培训地点)
    organizer: Mapped[str | None] = mapped_column(String(64))  # 主办单位
    note: Mapped[str | None] = mapped_column(Text)
    courses: Mapped[list[TrainingCourse]] = relationship(
        cascade="all, delete-orphan", order_by=lambda: (TrainingCourse.day, TrainingCourse.id)
    )


class TrainingCourse(Versioned, Base):
    """One course (课程) of a class: title, lecturer, topic, hours, required or elective, day."""

    __tablename__ = "training_course"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_session.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(128))
    lecturer: Mapped[str | None] = mapped_column(String(64))
    topic: Mapped[str | None] = mapped_column(String(16))  # 农村政策 / 党的建设 / 乡村振兴 / 信访工作 …
    day: Mapped[dt.date] = mapped_column(Date)
    hours: Mapped[Decimal] = mapped_column(Numeric(4, 1))
    required: Mapped[bool] = mapped_column(Boolean, default=True)  # 必修 (else 选修)


class TrainingTrainee(Base):
    """A dispatch on a class's list of trainees (学员名单): the rows of its sign-in sheet."""

    __tablename__ = "training_trainee"
    session_id: Mapped[int] = mapped_column(
        ForeignKey("training_session.id", ondelete="CASCADE"), primary_key=True
    )
    dispatch_id: Mapped[int] = mapped_column(
        ForeignKey("dispatch.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    note: Mapped[str | None] = mapped_column(Text)


class TrainingAttendance(Base):
    """One trainee's mark at one course (TrainingMark)."""

    __tablename__ = "training_attendance"
    course_id: Mapped[int] = mapped_column(
        ForeignKey("training_course.id", ondelete="CASCADE"), primary_key=True
    )
    dispatch_id: Mapped[int] = mapped_column(
        ForeignKey("dispatch.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    mark: Mapped[str] = mapped_column(String(4))  # TrainingMark
    note: Mapped[str | None] = mapped_column(Text)
