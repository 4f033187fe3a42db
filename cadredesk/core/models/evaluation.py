"""Evaluation: annual and end-of-term, democratic ballots, and each batch's evaluation parameters.

The arithmetic (weights, grade bands, the democratic score, the share of 优秀) is in
``cadredesk.core.evaluation``; these tables hold what the clerk entered and what was decided.
"""

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
from sqlalchemy.orm import Mapped, mapped_column

from cadredesk.core.models.base import Base, Versioned, utcnow


class Evaluation(Versioned, Base):
    """Annual or end-of-term evaluation of a dispatch by the three parties + 民主评议.

    Each party (派出单位, 组织部, 乡镇) gives a score, a recommended grade, or both, and an opinion.
    The democratic part is the vote count per grade (from tallied ballots, or entered from a paper
    count) and the score computed from it.  ``grade`` is the decided grade (None until decided).
    """

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
    grade: Mapped[str | None] = mapped_column(String(4))  # Grade, as decided
    summary: Mapped[str | None] = mapped_column(Text)  # 个人总结
    unit_opinion: Mapped[str | None] = mapped_column(Text)
    township_opinion: Mapped[str | None] = mapped_column(Text)
    org_opinion: Mapped[str | None] = mapped_column(Text)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    # recommended grades of the three parties (a party may give a grade instead of a score)
    unit_grade: Mapped[str | None] = mapped_column(String(4))
    org_grade: Mapped[str | None] = mapped_column(String(4))
    township_grade: Mapped[str | None] = mapped_column(String(4))
    # the democratic evaluation: valid votes per grade; source 测评票 (tallied here) or 录入 (counted on paper)
    votes_excellent: Mapped[int | None] = mapped_column(Integer)
    votes_competent: Mapped[int | None] = mapped_column(Integer)
    votes_basic: Mapped[int | None] = mapped_column(Integer)
    votes_incompetent: Mapped[int | None] = mapped_column(Integer)
    democratic_source: Mapped[str | None] = mapped_column(String(8))
    grade_note: Mapped[str | None] = mapped_column(
        Text
    )  # why the decided grade differs from the computed one
    decided_by: Mapped[str | None] = mapped_column(String(32))


class EvaluationRule(Versioned, Base):
    """A batch's evaluation parameters; a batch without a row uses the documented defaults
    (``cadredesk.core.evaluation.EvaluationParams``, docs/RULES.md)."""

    __tablename__ = "evaluation_rule"
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"), primary_key=True)
    weight_unit: Mapped[Decimal] = mapped_column(Numeric(4, 2))
    weight_org: Mapped[Decimal] = mapped_column(Numeric(4, 2))
    weight_township: Mapped[Decimal] = mapped_column(Numeric(4, 2))
    weight_democratic: Mapped[Decimal] = mapped_column(Numeric(4, 2))
    excellent_min: Mapped[Decimal] = mapped_column(Numeric(5, 1))
    competent_min: Mapped[Decimal] = mapped_column(Numeric(5, 1))
    basic_min: Mapped[Decimal] = mapped_column(Numeric(5, 1))
    #: shares written as a clerk writes them ("20%", "1/3"): kept exact, "超过三分之一" must not round
    excellent_ceiling: Mapped[str] = mapped_column(String(16))
    incompetent_vote_share: Mapped[str] = mapped_column(String(16))
    min_valid_ballots: Mapped[int] = mapped_column(SmallInteger)
    ballots_per_place: Mapped[int] = mapped_column(SmallInteger)
    points_excellent: Mapped[int] = mapped_column(SmallInteger)
    points_competent: Mapped[int] = mapped_column(SmallInteger)
    points_basic: Mapped[int] = mapped_column(SmallInteger)
    points_incompetent: Mapped[int] = mapped_column(SmallInteger)


class Ballot(Base):
    """One paper democratic-evaluation ballot (民主测评票), printed blank with a unique serial number,
    for one evaluation (kind and year) of the cadres of one place."""

    __tablename__ = "ballot"
    __table_args__ = (Index("ix_ballot_batch_kind_year", "batch_id", "kind", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"), index=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id"), index=True)
    serial: Mapped[str] = mapped_column(String(24), unique=True)
    kind: Mapped[str] = mapped_column(String(8))  # EvaluationKind
    year: Mapped[int] = mapped_column(SmallInteger)
    voter_kind: Mapped[str | None] = mapped_column(String(8))  # 党员 / 群众代表, when the voter ticked it
    printed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    tallied_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # None: not (yet) returned
    tallied_by: Mapped[str | None] = mapped_column(String(32))
    void: Mapped[bool] = mapped_column(Boolean, default=False)  # the whole ballot set aside (damaged …)
    void_reason: Mapped[str | None] = mapped_column(Text)


class BallotMark(Base):
    """One cadre's line on a ballot: printed at ``position``; ``marks`` is what the voter ticked.

    ``marks``: None = not tallied; "" = nothing ticked; "1"–"4" = one box (优秀 … 不称职);
    several digits ("13") = several boxes; "*" = several boxes, which ones not recorded.
    """

    __tablename__ = "ballot_mark"
    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"), primary_key=True)
    dispatch_id: Mapped[int] = mapped_column(
        ForeignKey("dispatch.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(SmallInteger)
    marks: Mapped[str | None] = mapped_column(String(8))
