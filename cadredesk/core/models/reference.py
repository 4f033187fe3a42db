"""Reference data: townships, places with priority tags, dispatching units, cadres."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cadredesk.core.models.base import Base, Versioned

if TYPE_CHECKING:  # the back-reference only; campaign imports this module
    from cadredesk.core.models.campaign import Dispatch


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
