"""Storage: schema lifecycle on both engines, SQLite pragmas, newer/foreign databases refused, one writer."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from cadredesk.core.models import Base
from cadredesk.errors import DatabaseInUse, NotCadreDesk, SchemaTooNew
from cadredesk.storage.engine import APPLICATION_ID, Database, resolve_url
from cadredesk.storage.lock import InstanceLock
from cadredesk.storage.schema import SchemaState, ensure_schema, head_revision, state


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_schema_created_from_migrations_matches_models(any_url: str) -> None:
    db = Database.open(any_url)
    try:
        assert state(db) is SchemaState.EMPTY
        assert ensure_schema(db) is SchemaState.EMPTY
        assert state(db) is SchemaState.CURRENT
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        # running it again is a no-op
        assert ensure_schema(db) is SchemaState.CURRENT
    finally:
        db.close()


def test_audit_log_is_append_only(any_db: Database) -> None:
    from cadredesk.storage import audit_log

    with any_db.session() as s:
        audit_log.record(s, "test", user="tester", detail="x")
    with pytest.raises(Exception, match="append-only"), any_db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET detail = 'y'"))
    with pytest.raises(Exception, match="append-only"), any_db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log"))


def test_sqlite_pragmas_on_every_connection(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() >= 1


def test_foreign_keys_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO place (township_id, name, kind, sort_order, version) VALUES (999, 'x', '村', 0, 1)"
            )
        )


def _make_newer(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")  # a newer program may not use WAL: we must not switch it
    con.close()


def test_newer_schema_refused_and_untouched(db_path: Path) -> None:
    db = Database.open(str(db_path))
    ensure_schema(db)
    db.close()
    _make_newer(db_path)
    before = sha(db_path)
    db = Database.open(str(db_path))
    try:
        assert state(db) is SchemaState.NEWER
        with pytest.raises(SchemaTooNew, match="更新版本"):
            ensure_schema(db)
    finally:
        db.engine.dispose()
    assert sha(db_path) == before


def test_foreign_sqlite_file_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    db = Database.open(str(path))
    try:
        with pytest.raises(NotCadreDesk):
            ensure_schema(db)
    finally:
        db.engine.dispose()


def test_older_schema_upgraded_with_backup(db_path: Path) -> None:
    """An older database (here: at no revision but with our application id) is upgraded after a backup."""
    db = Database.open(str(db_path))
    ensure_schema(db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM alembic_version")  # pretend the chain predates every table
        for t in reversed(Base.metadata.sorted_tables):
            conn.exec_driver_sql(f'DROP TABLE "{t.name}"')
    assert state(db) is SchemaState.EMPTY
    ensure_schema(db)
    assert state(db) is SchemaState.CURRENT
    db.close()


def test_resolve_url_defaults(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    url = resolve_url(None)
    assert url.startswith("sqlite:///") and url.endswith("cadredesk.sqlite")
    assert os.environ["CADREDESK_HOME"] in url
    monkeypatch.setenv("CADREDESK_DB", str(tmp_path / "env.sqlite"))
    assert resolve_url(None).endswith("env.sqlite")
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_instance_lock_names_holder(db_path: Path) -> None:
    first = InstanceLock(db_path)
    first.acquire()
    try:
        # a second holder in another process is refused with who holds it
        import subprocess
        import sys

        code = (
            "from pathlib import Path\nfrom cadredesk.storage.lock import InstanceLock\n"
            "from cadredesk.errors import DatabaseInUse\n"
            f"try:\n    InstanceLock(Path(r'{db_path}')).acquire()\nexcept DatabaseInUse as e:\n    print(e)\n"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        assert "正被另一个 CadreDesk 使用" in out and str(os.getpid()) in out
    finally:
        first.release()
    again = InstanceLock(db_path)
    again.acquire()
    again.release()
    assert DatabaseInUse.key == "database-in-use"


def test_revision_list_is_alembics_chain() -> None:
    """Opening a database compares with ``revisions.REVISIONS`` instead of importing alembic."""
    from alembic.script import ScriptDirectory

    from cadredesk.storage.revisions import REVISIONS
    from cadredesk.storage.schema import alembic_config

    chain = [
        r.revision for r in reversed(list(ScriptDirectory.from_config(alembic_config()).walk_revisions()))
    ]
    assert list(REVISIONS) == chain
    assert head_revision() == chain[-1]


def test_migrations_match_the_models(any_db: Database) -> None:
    """The migration chain builds exactly the tables, columns and constraints the models declare."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with any_db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []
