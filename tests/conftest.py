"""Shared fixtures: isolated app-data folder, real SQLite files, a real PostgreSQL server when CI gives one.

PostgreSQL: ``run-tests.sh`` starts a throwaway cluster and exports CADREDESK_TEST_PG (an admin URL);
every test using ``any_db`` then also runs against a fresh database on that server.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import create_engine, text

from cadredesk.services.context import Actor, Context
from cadredesk.services.database import SchemaState, Workspace
from cadredesk.storage.engine import Database
from cadredesk.storage.schema import ensure_schema
from tests.factories import fresh_sqlite

PG_ADMIN_URL = os.environ.get("CADREDESK_TEST_PG", "")
#: PostgreSQL variants always appear; without a server they show as skipped with the reason
#: (./run-tests.sh and CI always start one, so there they run).
ENGINES = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(
            not PG_ADMIN_URL,
            reason="no PostgreSQL server: CADREDESK_TEST_PG is not set (./run-tests.sh starts one)",
        ),
    ),
]


#: fixtures that need a QApplication: a test using one is a GUI test and must carry the ``gui`` mark
QT_FIXTURES = {"qapp", "qtbot", "qtmodeltester"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """``pytest -m "not gui"`` is the fast run without Qt: every test using Qt must be marked ``gui``."""
    unmarked = [
        item.nodeid
        for item in items
        if QT_FIXTURES & set(getattr(item, "fixturenames", ())) and item.get_closest_marker("gui") is None
    ]
    if unmarked:
        raise pytest.UsageError(
            "GUI tests without the gui mark (add pytestmark = pytest.mark.gui):\n" + "\n".join(unmarked)
        )


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, logs and the default database go to a temporary folder, never the real profile."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CADREDESK_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("CADREDESK_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "测试数据库.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A fresh SQLite file with the current schema."""
    database = fresh_sqlite(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A PostgreSQL database migrated once per session (per xdist worker): test databases are created
    from it with ``CREATE DATABASE … TEMPLATE`` (a file copy on the server) instead of migrating each."""
    name = "cd_tpl_" + uuid.uuid4().hex[:12]
    url = _create_pg(name)
    database = Database.open(url)
    ensure_schema(database)
    database.close()
    try:
        yield name
    finally:
        _drop_pg(name)


def _create_pg(name: str, template: str | None = None) -> str:
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
        return admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        admin.dispose()


def _drop_pg(name: str) -> None:
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n AND pid <> pg_backend_pid()"
                ),
                {"n": name},
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    finally:
        admin.dispose()


def _pg_database() -> Iterator[str]:
    name = "cd_test_" + uuid.uuid4().hex[:12]
    try:
        yield _create_pg(name)
    finally:
        _drop_pg(name)


@pytest.fixture(params=ENGINES)
def any_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL for an empty database on each engine under test (SQLite always; PostgreSQL in CI)."""
    if request.param == "sqlite":
        yield str(tmp_path / "any.sqlite")
    else:
        yield from _pg_database()


@pytest.fixture
def any_db(request: pytest.FixtureRequest, any_url: str) -> Iterator[Database]:
    """A database with the current schema on each engine: a copy of the session's migrated template."""
    if any_url.startswith("postgresql"):
        template: str = request.getfixturevalue("pg_template")
        name = "cd_test_" + uuid.uuid4().hex[:12]
        database = Database.open(_create_pg(name, template))
        try:
            ensure_schema(database)  # finds it current
            yield database
        finally:
            database.close()
            _drop_pg(name)
    else:
        database = fresh_sqlite(Path(any_url))
        yield database
        database.close()


@pytest.fixture
def ctx(db: Database) -> Context:
    """The services' context on ``db`` (what the GUI's runner and the CLI hand to service calls)."""
    return Context(db=db, actor=Actor("tester", "测试员"))


@pytest.fixture
def any_ctx(any_db: Database) -> Context:
    return Context(db=any_db, actor=Actor("tester", "测试员"))


@pytest.fixture
def workspace(ctx: Context) -> Workspace:
    """What the GUI's composition root hands the main window (a database opened by ``open_workspace``)."""
    return Workspace(ctx=ctx, found=SchemaState.CURRENT, lock=None)
