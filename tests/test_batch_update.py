"""Batches: the batch dialog's create and save (name, level, dates, rule parameters), one audit entry each."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from cadredesk.core.models import AuditEntry, Batch
from cadredesk.errors import Conflict, ValidationError
from cadredesk.services import batches
from cadredesk.services.context import Context


def _new(ctx: Context, name: str = "2025年度驻村蹲点", level: str = "county") -> int:
    form = batches.BatchForm.defaults(level, dt.date(2025, 1, 1), name=name)
    return batches.create_batch(ctx, form).id


def _edit(ctx: Context, batch_id: int, *, version: int | None = None, **changes: Any) -> batches.BatchRow:
    form = batches.batch_form(ctx, batch_id)
    if version is not None:
        changes["version"] = version
    return batches.update_batch(ctx, dataclasses.replace(form, **changes))


def _audits(ctx: Context, action: str) -> list[str]:
    with ctx.db.reader() as s:
        return list(s.scalars(select(AuditEntry.detail).where(AuditEntry.action == action)))


def test_create_batch_with_all_parameters_is_one_audit_entry(ctx: Context) -> None:
    form = dataclasses.replace(
        batches.BatchForm.defaults("county", dt.date(2025, 3, 1), name="2025年度驻村蹲点"),
        min_days_month=20,
        note="试点",
    )
    row = batches.create_batch(ctx, form)
    assert (row.start, row.end) == (dt.date(2025, 3, 1), dt.date(2026, 2, 28))
    with ctx.db.reader() as s:
        b = s.get(Batch, row.id)
        assert b is not None and (b.min_days_month, b.note, b.term_years) == (20, "试点", 1)
    assert len(_audits(ctx, "batch.create")) == 1
    assert _audits(ctx, "batch.update") == []


def test_update_rule_parameters_and_dates(ctx: Context) -> None:
    batch_id = _new(ctx)
    _edit(
        ctx, batch_id, min_days_month=20, min_days_year=240, min_reserve_share=Decimal("0.3"),
        training_required=False, note="  试点  ",
    )  # fmt: skip
    with ctx.db.reader() as s:
        b = s.get(Batch, batch_id)
        assert b is not None
        assert (b.min_days_month, b.min_days_year, b.training_required, b.note) == (20, 240, False, "试点")
        assert b.min_reserve_share == Decimal("0.30") and b.term_years == 1
    (detail,) = _audits(ctx, "batch.update")
    assert "min_days_month: 22→20" in detail
    # two years as a province batch: the level's own term, no reason needed
    _edit(ctx, batch_id, start=dt.date(2025, 1, 1), end=dt.date(2026, 12, 31), level="province", term_years=2)
    with ctx.db.reader() as s:
        b = s.get(Batch, batch_id)
        assert b is not None and (b.term_years, b.level) == (2, "province")


def test_unchanged_fields_write_no_audit_row(ctx: Context) -> None:
    batch_id = _new(ctx)
    _edit(ctx, batch_id, min_days_month=22, name="2025年度驻村蹲点")
    assert _audits(ctx, "batch.update") == []


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
    ],
)
def test_invalid_values_are_refused(ctx: Context, fields: dict[str, Any], fragment: str) -> None:
    batch_id = _new(ctx)
    with pytest.raises(ValidationError) as err:
        _edit(ctx, batch_id, **fields)
    assert fragment in err.value.message


def test_duplicate_name_and_stale_version(ctx: Context) -> None:
    first = _new(ctx, "甲批次")
    _new(ctx, "乙批次")
    with pytest.raises(ValidationError, match="已存在"):
        _edit(ctx, first, name="乙批次")
    version = batches.batch_form(ctx, first).version
    _edit(ctx, first, version=version, note="第一次修改")
    with pytest.raises(Conflict):
        _edit(ctx, first, version=version, note="基于旧版本的修改")


# --------------------------------------------------------------------------- term length by level


@pytest.mark.parametrize(
    ("level", "start", "end", "standard"),
    [
        ("county", dt.date(2025, 1, 1), dt.date(2025, 12, 31), True),
        ("county", dt.date(2025, 3, 1), dt.date(2026, 2, 28), True),
        ("county", dt.date(2025, 1, 1), dt.date(2026, 1, 20), True),  # within a month of one year
        ("county", dt.date(2025, 1, 1), dt.date(2025, 6, 30), False),
        ("county", dt.date(2025, 1, 1), dt.date(2026, 12, 31), False),
        ("province", dt.date(2025, 1, 1), dt.date(2026, 12, 31), True),
        ("province", dt.date(2025, 1, 1), dt.date(2025, 12, 31), False),
    ],
)
def test_term_other_than_the_levels_needs_a_reason(
    ctx: Context, level: str, start: dt.date, end: dt.date, standard: bool
) -> None:
    form = batches.BatchForm.defaults(level, start, end, name=f"{level}{start}{end}")
    if standard:
        batches.create_batch(ctx, form)
        return
    with pytest.raises(ValidationError) as err:
        batches.create_batch(ctx, form)
    assert err.value.key == "term-length" and "原因" in err.value.message
    row = batches.create_batch(ctx, dataclasses.replace(form, term_reason="省里统一安排延长"))
    (detail,) = (d for d in _audits(ctx, "batch.create") if row.name in d)
    assert "省里统一安排延长" in detail
    with ctx.db.reader() as s:
        assert s.scalar(select(func.count(Batch.id))) == 1
