"""The whole domain model (SQLAlchemy 2 typed mappings).

Every table the campaign needs is declared here from the first schema
revision on, so that later work adds behaviour, not tables.  The module
imports no Qt and no storage engine: it is the vocabulary shared by the
services, the CLI, the GUI and the migrations.

Conventions
- Closed vocabularies are stored as their Chinese words (see ``enums``).
- Editable master records carry ``version`` (optimistic concurrency for the
  multi-clerk PostgreSQL path: a stale edit raises ``StaleDataError``).
- Dates are ``date``; timestamps are naive UTC ``datetime``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Mixin: optimistic concurrency + timestamps for editable records."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, server_default=func.now()
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- reference data


class Township(Versioned, Base):
    """乡镇（街道）."""

    __tablename__ = "township"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    code: Mapped[str | None] = mapped_column(String(12))
    county: Mapped[str | None] = mapped_column(String(64))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    places: Mapped[list[Place]] = relationship(back_populates="township", order_by="Place.sort_order")


class Place(Versioned, Base):
    """A post: village, community, enterprise or project site (派驻点)."""

    __tablename__ = "place"
    __table_args__ = (UniqueConstraint("township_id", "name", name="uq_place_township_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    township_id: Mapped[int] = mapped_column(ForeignKey("township.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(8))  # PlaceKind
    code: Mapped[str | None] = mapped_column(String(24))
    households: Mapped[int | None] = mapped_column(Integer)
    population: Mapped[int | None] = mapped_column(Integer)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str | None] = mapped_column(Text)

    township: Mapped[Township] = relationship(back_populates="places")
    tags: Mapped[list[PlaceTagLink]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    @property
    def tag_names(self) -> list[str]:
        return [t.tag for t in self.tags]


class PlaceTagLink(Base):
    """Priority tag of a place (软弱涣散, 经济薄弱, 换届重难点, 革命老区, 少数民族)."""

    __tablename__ = "place_tag"
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(16), primary_key=True)  # PlaceTag


class Unit(Versioned, Base):
    """派出单位 with its head (主要负责人) and deputy in charge (分管负责人)."""

    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    short_name: Mapped[str | None] = mapped_column(String(32))
    category: Mapped[str | None] = mapped_column(String(32))  # 党政机关 / 事业单位 / 国有企业 …
    head_name: Mapped[str | None] = mapped_column(String(32))
    head_post: Mapped[str | None] = mapped_column(String(64))
    deputy_name: Mapped[str | None] = mapped_column(String(32))
    deputy_post: Mapped[str | None] = mapped_column(String(64))
    contact_phone: Mapped[str | None] = mapped_column(String(32))


class Cadre(Versioned, Base):
    """A government cadre who can be dispatched."""

    __tablename__ = "cadre"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32), index=True)
    gender: Mapped[str] = mapped_column(String(2))  # Gender
    ethnicity: Mapped[str] = mapped_column(String(16), default="汉族")
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    birth_date: Mapped[dt.date] = mapped_column(Date)
    political_status: Mapped[str | None] = mapped_column(String(16))
    party_join_date: Mapped[dt.date | None] = mapped_column(Date)
    work_start_date: Mapped[dt.date | None] = mapped_column(Date)
    education: Mapped[str | None] = mapped_column(String(16))
    degree: Mapped[str | None] = mapped_column(String(16))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    post: Mapped[str | None] = mapped_column(String(64))  # 现任职务
    rank: Mapped[str | None] = mapped_column(String(32))  # 职级
    is_reserve: Mapped[bool] = mapped_column(Boolean, default=False)  # 后备干部
    has_grassroots_exp: Mapped[bool] = mapped_column(Boolean, default=False)  # 有基层工作经历
    phone: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    # search / sort helpers, maintained by the service layer
    name_initials: Mapped[str] = mapped_column(String(64), default="")  # pinyin initials, all readings
    name_strokes: Mapped[str] = mapped_column(String(64), default="")  # 姓氏笔画 sort key

    unit: Mapped[Unit | None] = relationship()
    dispatches: Mapped[list[Dispatch]] = relationship(
        back_populates="cadre", foreign_keys="Dispatch.cadre_id"
    )


# --------------------------------------------------------------------------- the campaign


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
    insurance_policy: Mapped[str | None] = mapped_column(String(64))
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


# --------------------------------------------------------------------------- training


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


# --------------------------------------------------------------------------- mentoring (传帮带)


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


# --------------------------------------------------------------------------- on post


class Attendance(Base):
    """One day of one dispatch. ~7 million rows at city scale: kept narrow."""

    __tablename__ = "attendance"
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    mark: Mapped[str] = mapped_column(String(1))  # AttendanceMark


class Leave(Base):
    """请销假: leave requested, approved by the township, and cancelled on return."""

    __tablename__ = "leave"
    id: Mapped[int] = mapped_column(primary_key=True)
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # LeaveKind
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    approved_by: Mapped[str | None] = mapped_column(String(32))
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    returned_on: Mapped[dt.date | None] = mapped_column(Date)  # 销假


class Holiday(Base):
    """Editable statutory holiday calendar; overrides chinesecalendar for its days."""

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
    __tablename__ = "household_visit"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), index=True)
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


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
    category: Mapped[str | None] = mapped_column(String(32))  # 摸实情 / 讲政策 / 解难题 / 推项目 / 优环境 …
    found_on: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    stage: Mapped[str] = mapped_column(String(4))  # ProblemStage
    assignee: Mapped[str | None] = mapped_column(String(128))
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    steps: Mapped[list[ProblemStep]] = relationship(cascade="all, delete-orphan", order_by="ProblemStep.id")


class ProblemStep(Base):
    __tablename__ = "problem_step"
    id: Mapped[int] = mapped_column(primary_key=True)
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(4))
    day: Mapped[dt.date] = mapped_column(Date)
    actor: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)


class PerformanceEntry(Base):
    """实绩清单 / 负面表现清单 entry (seed 001)."""

    __tablename__ = "performance_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batch.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(4))  # PerformanceKind
    day: Mapped[dt.date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text)
    score: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))


class CareRecord(Base):
    """关心关爱: health check, paid leave, counselling, family matters (seed 001)."""

    __tablename__ = "care_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    day: Mapped[dt.date] = mapped_column(Date)
    content: Mapped[str | None] = mapped_column(Text)


# --------------------------------------------------------------------------- evaluation


class Evaluation(Versioned, Base):
    """Annual or end-of-term evaluation of a dispatch by the three parties + 民主评议."""

    __tablename__ = "evaluation"
    __table_args__ = (
        UniqueConstraint("dispatch_id", "kind", "year", name="uq_evaluation_dispatch_kind_year"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # EvaluationKind
    year: Mapped[int] = mapped_column(SmallInteger)
    unit_score: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))
    org_score: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))
    township_score: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))
    democratic_score: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))
    total_score: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))
    grade: Mapped[str | None] = mapped_column(String(4))  # Grade
    summary: Mapped[str | None] = mapped_column(Text)  # 个人总结
    unit_opinion: Mapped[str | None] = mapped_column(Text)
    township_opinion: Mapped[str | None] = mapped_column(Text)
    org_opinion: Mapped[str | None] = mapped_column(Text)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)


class Ballot(Base):
    """One paper democratic-evaluation ballot (民主测评票), printed blank with a serial number."""

    __tablename__ = "ballot"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"), index=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id"), index=True)
    serial: Mapped[str] = mapped_column(String(24), unique=True)
    voter_kind: Mapped[str | None] = mapped_column(String(8))  # 党员 / 群众代表
    printed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    returned: Mapped[bool] = mapped_column(Boolean, default=False)
    void: Mapped[bool] = mapped_column(Boolean, default=False)


class BallotMark(Base):
    """What one returned ballot says of one cadre."""

    __tablename__ = "ballot_mark"
    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"), primary_key=True)
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id", ondelete="CASCADE"), primary_key=True)
    grade: Mapped[str] = mapped_column(String(4))  # Grade


# --------------------------------------------------------------------------- related programmes


class Link(Base):
    """General cadre-or-unit ↔ place link for a period (双联共建, 双报到, 联系企业 …)."""

    __tablename__ = "link"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # LinkKind
    cadre_id: Mapped[int | None] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id", ondelete="CASCADE"), index=True)
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class LinkProject(Base):
    """A project a link brings (增收项目, 民生实事, 服务项目) with money placed."""

    __tablename__ = "link_project"
    id: Mapped[int] = mapped_column(primary_key=True)
    link_id: Mapped[int] = mapped_column(ForeignKey("link.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(32))
    funds: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    finished_on: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[str | None] = mapped_column(Text)


class Rating(Base):
    """双评: residents rate cadres, enterprises rate the service environment."""

    __tablename__ = "rating"
    id: Mapped[int] = mapped_column(primary_key=True)
    link_id: Mapped[int | None] = mapped_column(ForeignKey("link.id", ondelete="CASCADE"), index=True)
    dispatch_id: Mapped[int | None] = mapped_column(ForeignKey("dispatch.id", ondelete="CASCADE"), index=True)
    rater_kind: Mapped[str] = mapped_column(String(8))
    day: Mapped[dt.date] = mapped_column(Date)
    score: Mapped[Decimal] = mapped_column(Numeric(5, 1))
    comment: Mapped[str | None] = mapped_column(Text)


# --------------------------------------------------------------------------- system


class User(Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(8))  # UserRole
    password_hash: Mapped[str | None] = mapped_column(String(255))
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    failed_logins: Mapped[int] = mapped_column(SmallInteger, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AuditEntry(Base):
    """Append-only, hash-chained audit log: each row holds SHA-256(prev_hash ‖ row)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(32))
    host: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str | None] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(Text)
    result: Mapped[str] = mapped_column(String(8), default="ok")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    """Database-wide settings (ID mask, county name, …)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
