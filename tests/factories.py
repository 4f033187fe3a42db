"""Small row factories for tests: valid ID numbers and minimal reference data."""

from __future__ import annotations

import atexit
import datetime as dt
import itertools
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session
from stdnum.cn import ric

from cadredesk.core.models import Place, Township, Unit
from cadredesk.services.context import Actor, Context, Progress
from cadredesk.storage.engine import Database
from cadredesk.storage.schema import ensure_schema

if TYPE_CHECKING:
    from cadredesk.demo import DemoSummary

_seq = itertools.count(1)


def make_id(birth: dt.date, male: bool = True, area: str = "370502", seq: int | None = None) -> str:
    """A valid 18-digit resident ID number for the given birth date and gender."""
    n = (seq if seq is not None else next(_seq)) % 50
    order = f"{n * 2 + (1 if male else 0):03d}"[-3:]
    body = f"{area}{birth:%Y%m%d}{order}"
    return body + ric.calc_check_digit(body + "0")


_template: Path | None = None


def fresh_sqlite(path: Path) -> Database:
    """``path`` as a new SQLite database with the current schema, opened.

    Migrating an empty file runs every alembic revision (about half a second); the first call in a
    process does that once into a template file, and every call copies the closed, checkpointed
    template — the same database (WAL mode, application_id and user_version live in its header).
    ``tests/test_storage.py`` still migrates from empty and compares the result with the models.
    """
    global _template
    if _template is None:
        folder = Path(tempfile.mkdtemp(prefix="cadredesk-template-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        template = folder / "template.sqlite"
        database = Database.open(str(template))
        ensure_schema(database)
        database.close()  # the last connection checkpoints the WAL into the file and removes it
        assert not template.with_name(template.name + "-wal").exists()
        _template = template
    shutil.copyfile(_template, path)
    database = Database.open(str(path))
    ensure_schema(database)  # finds it current: nothing to do, as for any existing database
    return database


def reference(s: Session) -> dict[str, object]:
    t = Township(name="黄河口镇", sort_order=1)
    s.add(t)
    s.flush()
    places = [Place(township_id=t.id, name=n, kind="村") for n in ("一村", "二村", "三村")]
    unit = Unit(name="县财政局", head_name="王局长", deputy_name="李副局长")
    s.add_all([*places, unit])
    s.flush()
    return {"township": t, "places": places, "unit": unit}


def generate(
    db: Database,
    scale: str = "county",
    seed: int = 1,
    progress: Callable[[str, float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Demo data through the service (one transaction, one audit entry), as `cadredesk-cli demo` does.

    ``cancel()`` is asked after each progress report, as a clerk's 取消 button would be.
    """
    from cadredesk.services.demo import generate_demo

    p = Progress()

    def report(message: str, fraction: float) -> None:
        if progress is not None:
            progress(message, fraction)
        if cancel is not None and cancel():
            p.cancel()

    return generate_demo(
        Context(db=db, actor=Actor("tester", "测试员"), progress=p), scale, seed, report=report
    )
