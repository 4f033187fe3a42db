"""Import runs: what each import wrote, so that it can be undone as a whole."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cadredesk.core.models.base import Base, utcnow


class ImportRun(Base):
    """One import of a workbook (a roster, places, units) that wrote data."""

    __tablename__ = "import_run"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # roster | places | units
    file: Mapped[str] = mapped_column(String(255))
    sheet: Mapped[str | None] = mapped_column(String(64))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batch.id", ondelete="SET NULL"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(32))
    summary: Mapped[str | None] = mapped_column(Text)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str | None] = mapped_column(String(32))


class ImportRunRow(Base):
    """A record an import created (``before`` None) or changed (``before``: its previous values, JSON)."""

    __tablename__ = "import_run_row"
    run_id: Mapped[int] = mapped_column(ForeignKey("import_run.id", ondelete="CASCADE"), primary_key=True)
    entity: Mapped[str] = mapped_column(String(16), primary_key=True)  # table name: cadre, dispatch …
    entity_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    before: Mapped[str | None] = mapped_column(Text)
