"""Evaluation: annual and end-of-term, democratic ballots."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from cadredesk.core.models.base import Base, Versioned, utcnow


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
