"""Schema versions: create, upgrade (backup first), refuse newer or foreign databases.

Reading a database's state needs no alembic (``revisions.REVISIONS``); alembic is imported by
``upgrade`` only, when a migration is due.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect

from cadredesk.errors import DatabaseDamaged, NotCadreDesk, SchemaTooNew, UserError
from cadredesk.storage.engine import APPLICATION_ID, Database
from cadredesk.storage.errors import RESTORE_HINT
from cadredesk.storage.revisions import HEAD, REVISIONS, schema_number

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

log = logging.getLogger("cadredesk.db")

MIGRATIONS = Path(__file__).with_name("migrations")


class SchemaState(Enum):
    EMPTY = "empty"
    CURRENT = "current"
    OLDER = "older"
    NEWER = "newer"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return HEAD


def _revision_of(db: Database) -> tuple[set[str], str | None]:
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if db.is_sqlite:
            app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
            if app_id not in (0, APPLICATION_ID):
                raise NotCadreDesk(f"这不是 CadreDesk 的数据库文件：{db.display_name}")
        rev = None
        if "alembic_version" in tables:
            rev = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return tables, rev


def current_revision(db: Database) -> str | None:
    return _revision_of(db)[1]


def state(db: Database) -> SchemaState:
    tables, rev = _revision_of(db)
    if rev is None:
        if tables - {"alembic_version"}:
            raise NotCadreDesk(f"数据库 {db.display_name} 中已有其他程序的数据表，不是 CadreDesk 数据库。")
        return SchemaState.EMPTY
    if rev not in REVISIONS:
        return SchemaState.NEWER
    return SchemaState.CURRENT if rev == HEAD else SchemaState.OLDER


def quick_check(path: Path) -> list[str]:
    """``PRAGMA quick_check`` on a read-only connection: [] when the file is sound, else what is wrong."""
    uri = path.absolute().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return []
    try:
        conn.execute("PRAGMA cell_size_check=ON")
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(20)")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def integrity_check(path: Path) -> list[str]:
    """The full ``PRAGMA integrity_check`` plus ``foreign_key_check`` (read-only): [] when sound."""
    uri = path.absolute().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        conn.execute("PRAGMA cell_size_check=ON")
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)")]
        problems = [] if rows == ["ok"] else rows
        fks = conn.execute("PRAGMA foreign_key_check").fetchmany(20)
        problems += [f"外键不符：表 {t} 第 {rid} 行引用的 {parent} 不存在" for t, rid, parent, _ in fks]
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def peek_sqlite(path: Path) -> str | None:
    """The revision stored in an SQLite file, read without writing a byte to it.

    A file that is not SQLite at all (a text file, a truncated or overwritten header) is refused
    here with the way back, before anything else opens it.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    uri = path.absolute().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None  # unreadable folder etc.: the engine reports it properly
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id not in (0, APPLICATION_ID):
            raise NotCadreDesk(f"这不是 CadreDesk 的数据库文件：{path}")
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "not a database" in text or "malformed" in text or "file is encrypted" in text:
            raise DatabaseDamaged(f"{path} 已损坏或不是数据库文件。{RESTORE_HINT}") from None
        return None
    finally:
        conn.close()


def refuse_newer(db: Database, revision: str | None = None) -> None:
    raise SchemaTooNew(
        f"数据库 {db.display_name} 由更新版本的 CadreDesk 创建（结构版本 {revision or current_revision(db)}），"
        "本程序不能打开它，以免损坏数据。请升级 CadreDesk。"
    )


def _stamp_sqlite(db: Database) -> None:
    if db.is_sqlite:
        with db.engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            conn.exec_driver_sql(f"PRAGMA user_version={schema_number(HEAD)}")


def upgrade(db: Database) -> None:
    from alembic import command

    if not db.is_sqlite:
        with db.engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        return
    # SQLite: batch mode copies a table, drops the original and renames the copy; with foreign keys on,
    # dropping a parent table would run its ON DELETE actions (CASCADE) on the children. Foreign keys go
    # off before BEGIN (inside a transaction the pragma is a no-op) and are checked before the commit.
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise UserError(
                        f"数据库 {db.display_name} 升级后有 {len(broken)} 处外键不一致（如表 {broken[0][0]}），"
                        "已撤销升级，数据库未作改动。",
                        key="upgrade-failed",
                    )
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    _stamp_sqlite(db)


def vacuum_into(db: Database, target: Path) -> None:
    """A consistent copy of an SQLite database (outside any transaction: VACUUM refuses one)."""
    raw = db.engine.raw_connection()
    try:
        raw.execute("VACUUM INTO ?", (str(target),))
    finally:
        raw.close()


def backup_before_upgrade(db: Database) -> Path | None:
    """Copy an SQLite database with VACUUM INTO before a migration touches it."""
    path = db.path
    if path is None:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{current_revision(db)}-{stamp}{path.suffix}")
    vacuum_into(db, target)
    log.info("backup before upgrade: %s", target)
    return target


def enable_wal(db: Database) -> None:
    if db.is_sqlite and db.path is not None:
        # outside SQLAlchemy's BEGIN: the journal mode cannot change inside a transaction
        raw = db.engine.raw_connection()
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
