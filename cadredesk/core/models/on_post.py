"""On post: attendance, leave, holidays, leader visits, households, problems, performance, care."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cadredesk.core.models.base import Base, Versioned


class Attendance(Base):
    """One day of one dispatch. ~7 million rows at city scale: kept narrow.

    On SQLite the table is clustered on its key (WITHOUT ROWID: one b-tree instead of a table plus its
    key index), which serves one cadre's days; ``ix_attendance_day`` (day, mark, dispatch_id) covers
    the month and year counts of a whole batch (compliance, the month grid) without touching the table.
    """

    __tablename__ = "attendance"
    __table_args__ = (
        Index("ix_attendance_day", "day", "mark", "dispatch_id"),
        {"sqlite_with_rowid": False},
    )
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    mark: Mapped[str] = mapped_column(String(1))  # AttendanceMark


class Leave(Base):
    """请销假: leave requested, approved (or refused) by the township, and cancelled on return."""

    __tablename__ = "leave"
    id: Mapped[int] = mapped_column(primary_key=True)
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # LeaveKind
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(4), default="待审批")  # LeaveStatus
    requested_on: Mapped[dt.date | None] = mapped_column(Date)
    approved_by: Mapped[str | None] = mapped_column(String(32))  # who decided (approved or refused)
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    decision_note: Mapped[str | None] = mapped_column(Text)
    returned_on: Mapped[dt.date | None] = mapped_column(Date)  # 销假: the first day back on post


class Holiday(Base):
    """Editable statutory holiday calendar (法定节假日 and 调休).

    A year with any row here is taken from this table alone; a year without rows falls back to the
    built-in calendar (chinesecalendar) where it has data (``core.holidays``).
    """

    __tablename__ = "holiday"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    is_holiday: Mapped[bool] = mapped_column(Boolean)  # False = adjusted working day (调休上班)
    name: Mapped[str | None] = mapped_column(String(32))


class LeaderVisit(Base):
    """A visit by the dispatching unit's head or deputy to the place."""

    __tablename__ = "leader_visit"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id"), index=True)
    visitor_name: Mapped[str] = mapped_column(String(32))
    visitor_role: Mapped[str] = mapped_column(String(8))  # VisitorRole
    day: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class Household(Base):
    """A household a cadre links with (联户)."""

    __tablename__ = "household"
    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id", ondelete="CASCADE"), index=True)
    head_name: Mapped[str] = mapped_column(String(32))
    address: Mapped[str | None] = mapped_column(String(128))
    category: Mapped[str | None] = mapped_column(String(32))  # 脱贫户 / 低保户 / 一般户 …
    dispatch_id: Mapped[int | None] = mapped_column(
        ForeignKey("dispatch.id", ondelete="SET NULL"), index=True
    )


class HouseholdVisit(Base):
    """One visit to a household (入户走访); the cadres who went are ``HouseholdVisitCadre`` rows
    (seed 004: 入户时一般要有2名以上干部)."""

    __tablename__ = "household_visit"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class HouseholdVisitCadre(Base):
    """A cadre (dispatch) who took part in a household visit."""

    __tablename__ = "household_visit_cadre"
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("household_visit.id", ondelete="CASCADE"), primary_key=True
    )
    dispatch_id: Mapped[int] = mapped_column(
        ForeignKey("dispatch.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Problem(Versioned, Base):
    """问题台账 entry, closed in a loop with deadlines."""

    __tablename__ = "problem"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batch.id", ondelete="SET NULL"), index=True)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    dispatch_id: Mapped[int | None] = mapped_column(
        ForeignKey("dispatch.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str | None] = mapped_column(Text)
    found_by: Mapped[str | None] = mapped_column(String(64))
    category: Mapped[str | None] = mapped_column(String(32))  # 摸实情 / 讲政策 / 解难题 / 推项目 / 优环境 …
    found_on: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    stage: Mapped[str] = mapped_column(String(4))  # ProblemStage
    assignee: Mapped[str | None] = mapped_column(String(128))
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    steps: Mapped[list[ProblemStep]] = relationship(cascade="all, delete-orphan", order_by="ProblemStep.id")


class ProblemStep(Base):
    """One step of a problem's loop: the stage entered, on which day, by whom (``actor``: the person or
    body that acted), recorded when and by which clerk; ``reopened`` marks a closed problem reopened."""

    __tablename__ = "problem_step"
    id: Mapped[int] = mapped_column(primary_key=True)
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(4))
    day: Mapped[dt.date] = mapped_column(Date)
    actor: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # when it was recorded (UTC)
    recorded_by: Mapped[str | None] = mapped_column(String(32))  # the clerk who recorded it
    reopened: Mapped[bool] = mapped_column(Boolean, default=False)


class PerformanceEntry(Base):
    """实绩清单 / 负面表现清单 entry (《在组织工作务虚会上的交流发言》)."""

    __tablename__ = "performance_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batch.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(4))  # PerformanceKind
    day: Mapped[dt.date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text)
    score: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))


class CareRecord(Base):
    """关心关爱: health check, paid leave, counselling, family matters (《在组织工作务虚会上的交流发言》)."""

    __tablename__ = "care_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    day: Mapped[dt.date] = mapped_column(Date)
    content: Mapped[str | None] = mapped_column(Text)
