"""Shared helpers of the data-safety tests: small real databases, logical dumps, hashes."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

from sqlalchemy import select

from cadredesk.core.models import Base
from cadredesk.services.cadres import CadreForm, save_cadre
from cadredesk.services.context import Actor, Context
from cadredesk.services.reference import create_unit, save_place
from cadredesk.storage.engine import Database
from tests.factories import fresh_sqlite, make_id

ACTOR = Actor("tester", "测试员")
NAMES = ["张三丰", "李四", "王𠮷", "赵䶮", "欧阳修文"]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def small_database(path: Path, names: list[str] = NAMES) -> Context:
    """A real SQLite file with a township, places, a unit and a few cadres (through the services)."""
    ctx = Context(db=fresh_sqlite(path), actor=ACTOR)
    unit = create_unit(ctx, "县财政局")
    save_place(ctx, "黄河口镇", "一村", "村")
    for i, name in enumerate(names, start=1):
        save_cadre(
            ctx,
            CadreForm(
                name=name,
                gender="男",
                id_number=make_id(dt.date(1980, 1, 1) + dt.timedelta(days=400 * i), seq=i),
                unit_id=unit,
                phone=f"1380000{i:04d}",
                note=f"备注{i}",
            ),
        )
    return ctx


def copy_database(src: Path, dst: Path) -> Context:
    """``src`` copied to ``dst`` (or reopened when they are the same file)."""
    if src.resolve() != dst.resolve():
        shutil.copyfile(src, dst)
    db = Database.open(str(dst))
    return Context(db=db, actor=ACTOR)


def logical(
    db: Database, *, skip: tuple[str, ...] = ("audit_log", "audit_state")
) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (but the audit log, whose restore adds an entry) for equality checks."""
    out: dict[str, list[tuple[object, ...]]] = {}
    with db.reader() as s:
        for table in Base.metadata.sorted_tables:
            if table.name in skip:
                continue
            out[table.name] = [
                tuple(r) for r in s.execute(select(table).order_by(*table.primary_key.columns))
            ]
    return out
