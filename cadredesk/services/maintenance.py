"""Housekeeping run when a database is opened."""

from __future__ import annotations

import logging

from sqlalchemy import Table, bindparam, select, update

from cadredesk.core import strokes
from cadredesk.core.models import Cadre, Setting
from cadredesk.core.names import stroke_key
from cadredesk.services.context import Tx, command

log = logging.getLogger("cadredesk.db")

STROKES_KEY = "strokes_data_version"


@command("maintenance.sort-keys", permission=None)
def refresh_sort_keys(tx: Tx) -> int:
    """Recompute every cadre's 姓氏笔画 key when the stroke data shipped with the program changed.

    Keys are ranks within the bundled data file, so a new file means new keys. Returns the
    number of cadres re-keyed (0 when the stored version already matches).
    """
    session = tx.session
    version = strokes.data_version()
    stored = session.get(Setting, STROKES_KEY)
    if stored is not None and stored.value == version:
        return 0
    rows = session.execute(select(Cadre.id, Cadre.name)).all()
    if rows:
        # a derived sort column, not a clerk's edit: Core, outside the version counter
        table = Table("cadre", Cadre.metadata)
        session.execute(
            update(table).where(table.c.id == bindparam("cid")).values(name_strokes=bindparam("key")),
            [{"cid": cid, "key": stroke_key(name)} for cid, name in rows],
        )
    if stored is None:
        session.add(Setting(key=STROKES_KEY, value=version))
    else:
        stored.value = version
    tx.audit(
        entity="setting",
        entity_id=STROKES_KEY,
        detail=f"姓氏笔画排序键已按笔画数据 {version} 更新（{len(rows)} 人）",
    )
    log.info("stroke keys refreshed for %d cadres (data %s)", len(rows), version)
    return len(rows)
