"""Migration 0002 on a database written by the previous version: existing priority tags become every
existing batch's list, a non-standard term's reason comes back from the audit log, a backup is taken."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from sqlalchemy import text

from cadredesk.services.batches import BatchForm, create_batch, list_batches
from cadredesk.services.context import Actor, Context
from cadredesk.services.reference import batch_tags_of, create_township, save_place
from cadredesk.storage.engine import Database
from cadredesk.storage.revisions import REVISIONS
from cadredesk.storage.schema import SchemaState, alembic_config, ensure_schema


def test_upgrade_keeps_tags_for_every_batch_and_term_reasons(tmp_path: Path) -> None:
    path = tmp_path / "旧版.sqlite"
    db = Database.open(str(path))
    ensure_schema(db)
    ctx = Context(db=db, actor=Actor("tester", "测试员"))
    t = create_township(ctx, "黄河口镇")
    weak = save_place(ctx, t, "一村", tags=["软弱涣散", "革命老区"], batch_id=None)
    plain = save_place(ctx, t, "二村", batch_id=None)
    one = create_batch(ctx, BatchForm.defaults("county", dt.date(2025, 1, 1), name="2025年驻村"))
    long = BatchForm.defaults("county", dt.date(2026, 1, 1), dt.date(2027, 6, 30), name="2026年驻村")
    two = create_batch(ctx, BatchForm(**{**long.__dict__, "term_reason": "跨换届年度，延长半年"}))
    with db.engine.begin() as conn:  # back to the previous version's schema (its data as it wrote it)
        command.downgrade(alembic_config(conn), "0001")
    with db.engine.connect() as conn:
        assert "batch_place_tag" not in {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    db.close()

    db = Database.open(str(path))
    assert ensure_schema(db) is SchemaState.OLDER
    ctx = Context(db=db, actor=Actor("tester", "测试员"))
    assert batch_tags_of(ctx, one.id) == {weak: ("软弱涣散", "革命老区")}
    assert batch_tags_of(ctx, two.id) == {weak: ("软弱涣散", "革命老区")}
    assert plain not in batch_tags_of(ctx, one.id)
    reasons = {b.name: b.term_reason for b in list_batches(ctx)}
    assert reasons == {"2025年驻村": "", "2026年驻村": "跨换届年度，延长半年"}
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == REVISIONS[-1]
    db.close()
    backups = [p.name for p in tmp_path.iterdir() if ".before-upgrade-0001-" in p.name]
    assert len(backups) == 1
