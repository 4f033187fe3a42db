"""Open a CadreDesk database: SQLite file (default) or a PostgreSQL URL."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, String, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from cadredesk.errors import DatabaseUnavailable, UserError, ValidationError
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
    # REPLACE deletes the conflicting row: with recursive triggers its DELETE trigger fires (refused)
    "PRAGMA recursive_triggers=ON",
    "PRAGMA cell_size_check=ON",
)


def resolve_url(db: str | None) -> str:
    """``--db`` value → SQLAlchemy URL (CLI.md: --db, then CADREDESK_DB, then the app-data file).

    An empty value is refused rather than silently meaning the default database.
    """
    if db is None:
        db = os.environ.get("CADREDESK_DB")
        if db is not None and not db.strip():
            raise DatabaseUnavailable("环境变量 CADREDESK_DB 为空：请写上数据库文件路径，或删除该变量。")
        db = db or str(default_db_path())
    if not db.strip():
        raise DatabaseUnavailable("数据库路径不能为空：请在 --db 后写上 SQLite 文件路径或数据库地址。")
    db = db.strip()
    if "://" in db:
        try:
            u = make_url(db)
        except Exception:
            raise DatabaseUnavailable(f"看不懂的数据库地址：{db}") from None
        backend = u.get_backend_name()
        if backend not in ("sqlite", "postgresql"):
            raise DatabaseUnavailable(
                f"不支持的数据库类型“{backend}”：只能用 SQLite 文件或 postgresql+psycopg:// 地址。"
            )
        if backend == "postgresql" and u.get_driver_name() not in ("psycopg", "psycopg2"):
            raise DatabaseUnavailable("PostgreSQL 地址请写成 postgresql+psycopg://用户:密码@主机/数据库名")
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
        try:
            engine = create_engine(url, **kwargs)
        except Exception as exc:  # an unknown driver (sqlite+something://)
            raise DatabaseUnavailable(
                f"无法使用数据库地址 {u.render_as_string(hide_password=True)}：{exc}"
            ) from None
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True, **kwargs)
    except ModuleNotFoundError as exc:
        raise DatabaseUnavailable(
            f"没有安装连接 PostgreSQL 所需的驱动（{exc.name}）。请安装：pip install 'cadredesk[pg]'"
        ) from None
    except Exception as exc:  # unknown dialect or driver
        raise DatabaseUnavailable(
            f"无法使用数据库地址 {u.render_as_string(hide_password=True)}：{exc}"
        ) from None


#: how a column is named in the refusal of an over-long value (others by table and column)
_WIDTH_LABELS = {
    "name": "名称",
    "phone": "电话",
    "contact_phone": "联系电话",
    "post": "职务",
    "rank": "职级",
    "ethnicity": "民族",
    "education": "学历",
    "degree": "学位",
    "title": "标题",
    "username": "用户名",
    "display_name": "姓名",
}


def _refuse_over_long(session: Session, _ctx: Any, _instances: Any) -> None:
    """No value is cut to its column's width without a word: SQLite would keep it whole, PostgreSQL
    would fail the whole transaction with a driver error — both engines refuse it here, naming it."""
    new = set(session.new)
    for obj in (*new, *session.dirty):
        state = inspect(obj)
        mapper = state.mapper
        for attr in mapper.column_attrs:
            column = attr.columns[0]
            limit = getattr(column.type, "length", None)
            if not isinstance(column.type, String) or not limit:
                continue
            if obj not in new and not state.attrs[attr.key].history.has_changes():
                continue  # an old value is not questioned when another field is edited
            value = obj.__dict__.get(attr.key)
            if isinstance(value, str) and len(value) > limit:
                label = _WIDTH_LABELS.get(column.name, f"{mapper.local_table.name}.{column.name}")
                raise ValidationError(
                    f"“{value[:20]}…”共 {len(value)} 个字，超过“{label}”允许的 {limit} 个字，未保存。"
                    "请缩短后重新填写。",
                    key="too-long",
                )


class Database:
    """One open database: engine + session factory. Passed to every service."""

    def __init__(self, url: str, *, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self.sessionmaker, "before_flush", _refuse_over_long)

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
    def short_name(self) -> str:
        """The file name, or the server database's name (window titles)."""
        if self.path is not None:
            return self.path.name
        return make_url(self.url).database or self.display_name

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
