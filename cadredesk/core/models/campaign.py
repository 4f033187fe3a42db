"""The campaign: batches, quotas, teams, work groups, dispatches and their status history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cadredesk.core.models.base import Base, Versioned, utcnow
from cadredesk.core.models.reference import Cadre, Place, Township, Unit


class Batch(Versioned, Base):
    """A campaign (批次) with its term and rule parameters (seed defaults by level)."""

    __tablename__ = "batch"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    level: Mapped[str] = mapped_column(String(12))  # Level
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    term_years: Mapped[int] = mapped_column(SmallInteger, default=1)
    min_days_month: Mapped[int] = mapped_column(SmallInteger, default=22)
    min_days_year: Mapped[int] = mapped_column(SmallInteger, default=250)
    households_per_cadre: Mapped[int] = mapped_column(SmallInteger, default=5)
    household_visits_per_year: Mapped[int] = mapped_column(SmallInteger, default=4)
    deputy_visit_months: Mapped[int] = mapped_column(SmallInteger, default=6)
    head_visits_per_term: Mapped[int] = mapped_column(SmallInteger, default=1)
    training_required: Mapped[bool] = mapped_column(Boolean, default=True)
    min_reserve_share: Mapped[Decimal] = mapped_column(Numeric(4, 2), default=Decimal("0.00"))
    note: Mapped[str | None] = mapped_column(Text)
    # training and mentoring (issue 9; defaults in core.campaign.LevelDefaults, docs/RULES.md)
    training_rule: Mapped[str] = mapped_column(String(8), default="必修课")  # TrainingRule
    training_hours: Mapped[int] = mapped_column(SmallInteger, default=24)  # 学时 rule: at least this many
    mentor_idle_months: Mapped[int] = mapped_column(SmallInteger, default=3)  # mentor-idle after this long
    #: why the term differs from the level's (county one year, province two); None for a standard term
    term_reason: Mapped[str | None] = mapped_column(Text)
    #: the day the batch was closed (its dispatches ended 期满, its findings frozen); None while it runs
    closed_on: Mapped[dt.date | None] = mapped_column(Date)


class BatchPlaceTag(Base):
    """A priority tag of a place *in a batch*: the list of 软弱涣散村 … the batch is judged by.

    A new batch starts from the places' current tags (``place_tag``); later tag lists change only the
    batch they are imported for, so an earlier batch's coverage findings never move.
    """

    __tablename__ = "batch_place_tag"
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"), primary_key=True)
    place_id: Mapped[int] = mapped_column(
        ForeignKey("place.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    tag: Mapped[str] = mapped_column(String(16), primary_key=True)  # PlaceTag


class BatchFinding(Base):
    """A finding of ``check`` stored when the batch was closed: a closed batch reports these, frozen."""

    __tablename__ = "batch_finding"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text)
    target_kind: Mapped[str | None] = mapped_column(String(16))
    target_id: Mapped[int | None] = mapped_column(Integer)


class UnitQuota(Base):
    """How many cadres a unit must send in a batch (派员任务)."""

    __tablename__ = "unit_quota"
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True)
    quota: Mapped[int] = mapped_column(Integer)


class Team(Versioned, Base):
    """工作队: 1 leader + 9 members (village / private enterprise) or 1 + 4 (state enterprise)."""

    __tablename__ = "team"
    __table_args__ = (UniqueConstraint("batch_id", "name", name="uq_team_batch_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(12))  # TeamKind
    township_id: Mapped[int | None] = mapped_column(ForeignKey("township.id"))


class WorkGroup(Base):
    """工作小组: 2–3 neighbouring villages of one township."""

    __tablename__ = "work_group"
    __table_args__ = (UniqueConstraint("batch_id", "name", name="uq_work_group_batch_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"), index=True)
    township_id: Mapped[int] = mapped_column(ForeignKey("township.id"))
    name: Mapped[str] = mapped_column(String(64))


class WorkGroupPlace(Base):
    __tablename__ = "work_group_place"
    work_group_id: Mapped[int] = mapped_column(
        ForeignKey("work_group.id", ondelete="CASCADE"), primary_key=True
    )
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id", ondelete="CASCADE"), primary_key=True)


class Dispatch(Versioned, Base):
    """One cadre sent to one place in one batch (选派名单 row)."""

    __tablename__ = "dispatch"
    __table_args__ = (
        UniqueConstraint("batch_id", "cadre_id", name="uq_dispatch_batch_cadre"),
        Index("ix_dispatch_batch_status", "batch_id", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="RESTRICT"), index=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="RESTRICT"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))  # sending unit at dispatch time
    township_id: Mapped[int | None] = mapped_column(ForeignKey("township.id"), index=True)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"))
    work_group_id: Mapped[int | None] = mapped_column(ForeignKey("work_group.id", ondelete="SET NULL"))
    role: Mapped[str] = mapped_column(String(8))  # Role
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(4))  # DispatchStatus
    status_reason: Mapped[str | None] = mapped_column(Text)
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("dispatch.id", ondelete="SET NULL"))
    party_transfer_date: Mapped[dt.date | None] = mapped_column(Date)  # 党组织关系转入村
    allowance_per_month: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    insurance_insurer: Mapped[str | None] = mapped_column(String(64))  # 承保机构
    insurance_policy: Mapped[str | None] = mapped_column(String(64))
    insurance_start: Mapped[dt.date | None] = mapped_column(Date)
    insurance_expiry: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    batch: Mapped[Batch] = relationship()
    cadre: Mapped[Cadre] = relationship(back_populates="dispatches", foreign_keys=[cadre_id])
    unit: Mapped[Unit | None] = relationship()
    township: Mapped[Township | None] = relationship()
    place: Mapped[Place | None] = relationship()
    team: Mapped[Team | None] = relationship()
    work_group: Mapped[WorkGroup | None] = relationship()


class DispatchEvent(Base):
    """Status history of a dispatch (推荐 → 审核 → 培训 → 在岗 → 期满 / 召回 / 轮换)."""

    __tablename__ = "dispatch_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    from_status: Mapped[str | None] = mapped_column(String(4))
    to_status: Mapped[str] = mapped_column(String(4))
    reason: Mapped[str | None] = mapped_column(Text)
    user: Mapped[str | None] = mapped_column(String(32))
