"""The declarative base of the domain model (SQLAlchemy 2 typed mappings).

The tables are declared by area in the sibling modules; ``cadredesk.core.models``
re-exports every class.  The package imports no Qt and no storage engine: it is
the vocabulary shared by the services and the migrations.

Conventions
- Closed vocabularies are stored as their Chinese words (see ``enums``).
- Editable master records carry ``version`` (optimistic concurrency for the
  multi-clerk PostgreSQL path: a stale edit raises ``StaleDataError``).
- Dates are ``date``; timestamps are naive UTC ``datetime``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

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
