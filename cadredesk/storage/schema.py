"""Schema versions: create, upgrade (backup first), refuse newer or foreign databases."""

from __future__ import annotations

import datetime as dt
import logging
from enum import Enum
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from cadredesk.errors import NotCadreDesk, SchemaTooNew, UserError
from cadredesk.storage.engine import APPLICATION_ID, Database

log = logging.getLogger("cadredesk.db")

MIGRATIONS = Path(__file__).with_name("migrations")


class SchemaState(Enum):
    EMPTY = "empty"
    CURRENT = "current"
    OLDER = "older"
    NEWER = "newer"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script().get_current_head()
    assert head is not None
    return head


def schema_number(revision: str | None) -> int:
    """Position of a revision in the chain (1 = first); 0 for none. Stored in PRAGMA user_version."""
    if revision is None:
        return 0
    revs = list(script().walk_revisions())
    ids = [r.revision for r in reversed(revs)]
    return ids.index(revision) + 1


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def state(db: Database) -> SchemaState:
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if db.is_sqlite:
            app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
            if app_id not in (0, APPLICATION_ID):
                raise NotCadreDesk(f"这不是 CadreDesk 的数据库文件：{db.display_name}")
        rev = MigrationContext.configure(conn).get_current_revision() if "alembic_version" in tables else None
    if rev is None:
        if tables - {"alembic_version"}:
            raise NotCadreDesk(f"数据库 {db.display_name} 中已有其他程序的数据表，不是 CadreDesk 数据库。")
        return SchemaState.EMPTY
    known = {r.revision for r in script().walk_revisions()}
    if rev not in known:
        return SchemaState.NEWER
    return SchemaState.CURRENT if rev == head_revision() else SchemaState.OLDER


def refuse_newer(db: Database) -> None:
    raise SchemaTooNew(
        f"数据库 {db.display_name} 由更新版本的 CadreDesk 创建（结构版本 {current_revision(db)}），"
        "本程序不能打开它，以免损坏数据。请升级 CadreDesk。"
    )


def _stamp_sqlite(db: Database) -> None:
    if db.is_sqlite:
        with db.engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            conn.exec_driver_sql(f"PRAGMA user_version={schema_number(head_revision())}")


def upgrade(db: Database) -> None:
    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    _stamp_sqlite(db)


def backup_before_upgrade(db: Database) -> Path | None:
    """Copy an SQLite database with VACUUM INTO before a migration touches it."""
    path = db.path
    if path is None:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{current_revision(db)}-{stamp}{path.suffix}")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("VACUUM INTO ?", (str(target),))
    log.info("backup before upgrade: %s", target)
    return target


def enable_wal(db: Database) -> None:
    if db.is_sqlite and db.path is not None:
        raw = (
            db.engine.raw_connection()
        )  # outside SQLAlchemy's BEGIN: the mode cannot change in a transaction
        try:
            if str(raw.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                raw.execute("PRAGMA journal_mode=WAL")
        finally:
            raw.close()


def ensure_schema(db: Database, *, allow_create: bool = True) -> SchemaState:
    """Bring the database to the current schema; returns the state it was found in."""
    found = state(db)
    if found is SchemaState.NEWER:
        refuse_newer(db)
    enable_wal(db)
    if found is SchemaState.EMPTY:
        if not allow_create:
            raise UserError(f"数据库 {db.display_name} 尚未初始化，请先运行 init。", key="not-initialised")
        upgrade(db)
    elif found is SchemaState.OLDER:
        backup_before_upgrade(db)
        upgrade(db)
    return found
