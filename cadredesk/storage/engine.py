"""Open a CadreDesk database: SQLite file (default) or a PostgreSQL URL."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from cadredesk.errors import UserError
from cadredesk.paths import default_db_path

log = logging.getLogger("cadredesk.db")

#: PRAGMA application_id of a CadreDesk SQLite file ("CDSK").
APPLICATION_ID = 0x4344534B

SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    "PRAGMA synchronous=FULL",
    "PRAGMA trusted_schema=OFF",
    "PRAGMA secure_delete=ON",
)


def resolve_url(db: str | None) -> str:
    """``--db`` value → SQLAlchemy URL (CLI.md: --db, then CADREDESK_DB, then the app-data file)."""
    db = db or os.environ.get("CADREDESK_DB") or str(default_db_path())
    if "://" in db:
        return db
    path = Path(db).expanduser().absolute()
    if str(path).startswith(("\\\\", "//")):
        raise UserError(f"数据库不能放在网络共享路径上：{path}", key="network-path")
    if path.exists() and path.is_dir():
        raise UserError(f"数据库路径是一个文件夹：{path}", key="db-is-dir")
    if not path.parent.exists():
        raise UserError(f"数据库所在文件夹不存在：{path.parent}", key="db-dir-missing")
    return "sqlite:///" + path.as_posix()


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    # pysqlite's own transaction handling fights PRAGMA and SAVEPOINT: take it over.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    for pragma in SQLITE_PRAGMAS:
        cur.execute(pragma)
    # journal_mode=WAL is persistent in the file: it is switched on by schema.ensure_schema once the
    # file is known to be ours and not newer, so that a refused file is left byte-for-byte unchanged.
    cur.close()


def _sqlite_on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(url: str, **kwargs: Any) -> Engine:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


class Database:
    """One open database: engine + session factory. Passed to every service."""

    def __init__(self, url: str, *, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, db: str | None) -> Database:
        return cls(resolve_url(db))

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        return Path(database) if database and database != ":memory:" else None

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commit on success, roll back on any error."""
        with self.sessionmaker() as session, session.begin():
            yield session

    @contextmanager
    def reader(self) -> Iterator[Session]:
        with self.sessionmaker() as session:
            yield session

    def checkpoint(self) -> None:
        if self.is_sqlite:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        try:
            self.checkpoint()
        except Exception:  # pragma: no cover - closing must not fail
            log.exception("checkpoint at close failed")
        self.engine.dispose()

    def scalar(self, sql: str) -> Any:
        with self.engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
