"""batches.update_batch: the batch dialog's save (name, level, dates, rule parameters), audited."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from cadredesk.core.models import AuditEntry, Batch
from cadredesk.core.services import batches
from cadredesk.errors import Conflict, ValidationError
from cadredesk.storage.engine import Database


def _new(db: Database, name: str = "2025年度驻村蹲点") -> tuple[int, int]:
    with db.session() as s:
        b = batches.create_batch(s, name, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
        return b.id, b.version


def test_update_rule_parameters_and_dates(db: Database) -> None:
    batch_id, version = _new(db)
    with db.session() as s:
        batches.update_batch(
            s, batch_id, version=version, min_days_month=20, min_days_year=240, min_reserve_share=Decimal("0.3"),
            training_required=False, note="  试点  ",
        )  # fmt: skip
    with db.reader() as s:
        b = s.get(Batch, batch_id)
        assert b is not None
        assert (b.min_days_month, b.min_days_year, b.training_required, b.note) == (20, 240, False, "试点")
        assert b.min_reserve_share == Decimal("0.30") and b.term_years == 1
        detail = s.scalar(select(AuditEntry.detail).where(AuditEntry.action == "batch.update"))
        assert detail is not None and "min_days_month: 22→20" in detail
    # new dates without a term: the term follows them
    with db.session() as s:
        batches.update_batch(
            s, batch_id, start=dt.date(2025, 1, 1), end=dt.date(2026, 12, 31), level="province"
        )
    with db.reader() as s:
        b = s.get(Batch, batch_id)
        assert b is not None and (b.term_years, b.level) == (2, "province")


def test_unchanged_fields_write_no_audit_row(db: Database) -> None:
    batch_id, _ = _new(db)
    with db.session() as s:
        batches.update_batch(s, batch_id, min_days_month=22, name="2025年度驻村蹲点")
    with db.reader() as s:
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.action == "batch.update")) is None


@pytest.mark.parametrize(
    ("fields", "fragment"),
    [
        ({"name": "  "}, "名称不能为空"),
        ({"level": "village"}, "级别"),
        ({"end": dt.date(2024, 12, 31)}, "必须晚于"),
        ({"min_days_month": 32}, "每月在村天数"),
        ({"term_years": True}, "派驻期限"),
        ({"min_reserve_share": "1.5"}, "0 至 1"),
        ({"min_reserve_share": "许多"}, "0 至 1"),
        ({"colour": "red"}, "没有可修改的字段"),
    ],
)
def test_invalid_values_are_refused(db: Database, fields: dict[str, Any], fragment: str) -> None:
    batch_id, _ = _new(db)
    with pytest.raises(ValidationError) as err, db.session() as s:
        batches.update_batch(s, batch_id, **fields)
    assert fragment in err.value.message


def test_duplicate_name_and_stale_version(db: Database) -> None:
    first, version = _new(db, "甲批次")
    _new(db, "乙批次")
    with pytest.raises(ValidationError, match="已存在"), db.session() as s:
        batches.update_batch(s, first, name="乙批次")
    with db.session() as s:
        batches.update_batch(s, first, version=version, note="第一次修改")
    with pytest.raises(Conflict), db.session() as s:
        batches.update_batch(s, first, version=version, note="基于旧版本的修改")
