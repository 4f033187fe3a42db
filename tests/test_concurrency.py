"""Optimistic locking: concurrent edits of the same records never lose an update.

Each client reads a cadre (its form carries the row's ``version``), appends its own token to the note and
saves. A stale save is refused with ``Conflict`` (a clear Chinese sentence); the client counts it, reads
again and retries. Afterwards every successful save's token is in the note exactly once, each row's
version − 1 equals the saves that succeeded on it, and equals that row's ``cadre.update`` audit entries.

PostgreSQL (CADREDESK_TEST_PG): 8 clients × 500 edits on 20 rows, each client its own engine (threads; the
driver releases the GIL while it waits). SQLite: 2 clients × 100 edits (one writer at a time; a writer that
had to wait past the busy timeout reports ``DatabaseBusy`` and retries as well).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import threading
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from cadredesk.core.models import AuditEntry, Cadre
from cadredesk.errors import Conflict, DatabaseBusy
from cadredesk.services.cadres import CadreForm, get_cadre, save_cadre
from cadredesk.services.context import Actor, Context
from cadredesk.storage.engine import Database
from cadredesk.storage.schema import ensure_schema
from tests.factories import make_id

ROWS = 20
SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许"


def _seed(url: str) -> list[int]:
    db = Database.open(url)
    ensure_schema(db)
    ctx = Context(db=db, actor=Actor("seed", "准备"))
    ids = [
        save_cadre(
            ctx,
            CadreForm(
                name=SURNAMES[i] + "并发",
                gender="男",
                id_number=make_id(dt.date(1980, 1, 1) + dt.timedelta(days=i), seq=i),
                note="",
            ),
        )
        for i in range(ROWS)
    ]
    db.close()
    return ids


def _client(
    url: str, n: int, ids: list[int], tokens: dict[str, int], stats: Counter[str], lock: threading.Lock
) -> None:
    db = Database.open(url)
    ctx = Context(db=db, actor=Actor(f"c{n}", f"客户{n}"))
    rng = random.Random(n)
    try:
        for i in range(EDITS[url]):
            cadre_id = rng.choice(ids)
            token = f"{n}.{i};"
            while True:
                form = get_cadre(ctx, cadre_id)
                try:
                    save_cadre(ctx, dataclasses.replace(form, note=(form.note or "") + token))
                except Conflict as exc:
                    assert "已被他人修改" in exc.message
                    if exc.result:  # the clerk sees both values of what differs
                        assert "备注：您填写" in exc.message and "note" in exc.result
                    with lock:
                        stats["conflicts"] += 1
                    continue
                except DatabaseBusy:
                    with lock:
                        stats["busy"] += 1
                    continue
                with lock:
                    stats["saved"] += 1
                    tokens[token] = cadre_id
                break
    finally:
        db.engine.dispose()


EDITS: dict[str, int] = {}


def test_concurrent_edits_lose_no_update(any_url: str, tmp_path: Path) -> None:
    pg = not any_url.endswith(".sqlite")
    clients, edits = (8, 500) if pg else (2, 100)
    ids = _seed(any_url)
    EDITS[any_url] = edits
    tokens: dict[str, int] = {}
    stats: Counter[str] = Counter()
    lock = threading.Lock()
    errors: list[BaseException] = []

    def run(n: int) -> None:
        try:
            _client(any_url, n, ids, tokens, stats, lock)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert stats["saved"] == clients * edits == len(tokens)

    db = Database.open(any_url)
    with db.reader() as s:
        rows = {c.id: (c.version, c.note or "") for c in s.scalars(select(Cadre))}
        audited = dict(
            s.execute(
                select(AuditEntry.entity_id, func.count())
                .where(AuditEntry.action == "cadre.update")
                .group_by(AuditEntry.entity_id)
            ).all()
        )
    db.close()
    per_row = Counter(tokens.values())
    for cadre_id in ids:
        version, note = rows[cadre_id]
        saved_here = [t for t, c in tokens.items() if c == cadre_id]
        # no lost update: every acknowledged save is in the note, exactly once, and nothing else is
        assert sorted(t + ";" for t in note.split(";") if t) == sorted(saved_here)
        assert version - 1 == per_row[cadre_id] == audited.get(str(cadre_id), 0)
    # the figure for the closing note
    print(f"\n{'PostgreSQL' if pg else 'SQLite'}: {clients}×{edits} edits, {stats['saved']} saved, "
          f"{stats['conflicts']} conflicts detected and retried, {stats['busy']} busy waits retried")  # fmt: skip
    if pg:
        assert stats["conflicts"] > 0  # the clients really did collide
