"""Related programmes: general cadre/unit ↔ place links, projects, ratings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Date,
    ForeignKey,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from cadredesk.core.models.base import Base


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
