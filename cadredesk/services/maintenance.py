"""Housekeeping run when a database is opened."""

from __future__ import annotations

import logging

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from cadredesk.core import strokes
from cadredesk.core.models import Cadre, Setting
from cadredesk.core.names import stroke_key

log = logging.getLogger("cadredesk.db")

STROKES_KEY = "strokes_data_version"


def refresh_sort_keys(session: Session) -> int:
    """Recompute every cadre's 姓氏笔画 key when the stroke data shipped with the program changed.

    Keys are ranks within the bundled data file, so a new file means new keys. Returns the
    number of cadres re-keyed (0 when the stored version already matches).
    """
    version = strokes.data_version()
    stored = session.get(Setting, STROKES_KEY)
    if stored is not None and stored.value == version:
        return 0
    rows = session.execute(select(Cadre.id, Cadre.name)).all()
    # a derived sort column, not a clerk's edit: a bulk update outside the version counter is intended
    if rows:
        table = Table("cadre", Cadre.metadata)  # Core, not ORM: a derived column, outside the version counter
        session.execute(
            update(table).where(table.c.id == bindparam("cid")).values(name_strokes=bindparam("key")),
            [{"cid": cid, "key": stroke_key(name)} for cid, name in rows],
        )
    if stored is None:
        session.add(Setting(key=STROKES_KEY, value=version))
    else:
        stored.value = version
    log.info("stroke keys refreshed for %d cadres (data %s)", len(rows), version)
    return len(rows)
