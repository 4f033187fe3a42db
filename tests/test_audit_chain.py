"""The audit log against a forger who can write the file: REPLACE and inserts in between refused by the
database, a removed tail, a removed log, a recomputed chain and dropped triggers all found."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cadredesk.core.audit import GENESIS, digest
from cadredesk.services import audit as audit_service
from cadredesk.services import backup, users
from cadredesk.services.batches import BatchForm, create_batch
from cadredesk.services.context import Actor, Context
from cadredesk.services.maintenance import refresh_sort_keys
from cadredesk.storage import audit_log
from cadredesk.storage.engine import Database
from tests.factories import fresh_sqlite

CLI = Path(sys.executable).with_name("cadredesk-cli")
ADMIN_PW = "Guanli-Pass-2026"
AUDITOR_PW = "Auditor-pass-2026"


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(CLI), *map(str, args)], capture_output=True, text=True, timeout=300)


def _batches(ctx: Context, n: int, start: int = 0) -> None:
    import datetime as dt

    for i in range(start, start + n):
        create_batch(
            ctx, BatchForm.defaults("county", dt.date(2027, 1, 1), dt.date(2027, 12, 31), name=f"批次{i}")
        )


def _recompute_from(con: sqlite3.Connection, first: int) -> None:
    """What a forger does after editing entry ``first``: rehash everything after it, move the head."""
    rows = con.execute(
        "SELECT id, at, user, host, action, entity, entity_id, detail, result, prev_hash FROM audit_log "
        "WHERE id >= ? ORDER BY id",
        (first,),
    ).fetchall()
    prev = rows[0][9]
    import datetime as dt

    for r in rows:
        h = digest(prev, at=dt.datetime.fromisoformat(r[1]), user=r[2], host=r[3], action=r[4], entity=r[5],
                   entity_id=r[6], detail=r[7], result=r[8])  # fmt: skip
        con.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, r[0]))
        prev = h
    con.execute("UPDATE audit_state SET last_hash = ?", (prev,))


def _attacker(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection without CADREDESK's pragmas, triggers dropped."""
    con = sqlite3.connect(path, isolation_level=None)
    for name in audit_log.PROTECTIONS:
        con.execute(f"DROP TRIGGER IF EXISTS {name}")
    return con


@pytest.fixture
def plain(tmp_path: Path) -> Context:
    db = fresh_sqlite(tmp_path / "审计.sqlite")
    ctx = Context(db=db, actor=Actor("tester", "测试员"))
    refresh_sort_keys(ctx)  # what opening does once: later opens write nothing
    _batches(ctx, 6)
    return ctx


def test_replace_and_inserts_out_of_order_are_refused_by_the_database(plain: Context) -> None:
    path = plain.db.path
    assert path is not None
    con = sqlite3.connect(path, isolation_level=None)  # no recursive_triggers: REPLACE's delete fires nothing
    n = con.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    assert n >= 6
    row = "'2027-01-01 00:00:00', 'x', NULL, 'forged', NULL, NULL, NULL, 'ok', '0', '0', NULL"
    for sql in (
        f"INSERT OR REPLACE INTO audit_log VALUES (3, {row})",
        f"REPLACE INTO audit_log VALUES ({n}, {row})",  # replacing the last one
        f"INSERT INTO audit_log VALUES (99, {row})",  # not the next id
        f"INSERT INTO audit_log VALUES (NULL, {row})",
        "UPDATE audit_log SET detail = 'x' WHERE id = 2",
        f"DELETE FROM audit_log WHERE id = {n}",
        "DELETE FROM audit_state",
    ):
        with pytest.raises(sqlite3.DatabaseError, match=r"append-only|cannot be deleted"):
            con.execute(sql)
    con.close()
    assert audit_service.verify_audit(plain).intact


def test_removed_tail_and_removed_log_are_found(plain: Context, tmp_path: Path) -> None:
    path = plain.db.path
    assert path is not None
    anchor = tmp_path / "锚点.cdbak"
    backup.create_backup(plain, anchor)  # the head, in a backup's header
    _batches(plain, 2, start=10)
    plain.db.close()
    good = path.read_bytes()

    con = _attacker(path)
    n = con.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    con.execute("DELETE FROM audit_log WHERE id >= ?", (n - 1,))  # the tail
    con.close()
    res = cli("--db", path, "audit", "verify")
    assert res.returncode == 1 and f"第 {n - 1} 条" in res.stderr and "末尾的记录被删除" in res.stderr, (
        res.stderr
    )

    path.write_bytes(good)
    con = _attacker(path)
    con.execute("DELETE FROM audit_log")  # everything
    con.close()
    res = cli("--db", path, "audit", "verify")
    assert res.returncode == 1 and "第 1 条" in res.stderr, res.stderr

    path.write_bytes(good)
    con = _attacker(path)
    con.execute("DELETE FROM audit_log")  # everything, and the head too
    con.execute("DELETE FROM audit_state")
    con.close()
    res = cli("--db", path, "audit", "verify", "--anchor", anchor, "--json")
    assert res.returncode == 1 and "锚点.cdbak" in res.stderr and "记录被删除" in res.stderr, res.stderr
    assert json.loads(res.stdout)["broken_at"] == 1


def test_dropped_triggers_are_reported_then_restored_by_the_next_writer(plain: Context) -> None:
    path = plain.db.path
    assert path is not None
    plain.db.close()
    _attacker(path).close()
    res = cli("--db", path, "audit", "verify")
    assert res.returncode == 1 and "保护触发器" in res.stderr
    assert (
        cli("--db", path, "batch", "add", "又一批", "--start", "2027-01-01", "--end", "2027-12-31").returncode
        == 0
    )
    res = cli("--db", path, "audit", "verify")
    assert res.returncode == 0, res.stderr
    assert "已恢复" in res.stderr  # the repair itself is in the log, shown as a note
    con = sqlite3.connect(path)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert set(audit_log.PROTECTIONS) <= names
    assert con.execute("SELECT count(*) FROM audit_log WHERE action = 'audit.repair'").fetchone()[0] == 1
    con.close()


def _with_auditor(path: Path) -> Context:
    db = fresh_sqlite(path)
    ctx = Context(db=db, actor=Actor("tester", "测试员"))
    refresh_sort_keys(ctx)
    _batches(ctx, 3)  # before accounts: unkeyed entries
    users.setup_admin(ctx, "admin", ADMIN_PW)
    admin = users.logged_in(ctx, users.login(ctx, "admin", ADMIN_PW))
    users.create_user(admin, "shenji", "安全审计员", "Initial-pass-1")
    first = users.login(ctx, "shenji", "Initial-pass-1")
    assert first.must_change
    users.change_password(users.logged_in(ctx, first), "Initial-pass-1", AUDITOR_PW)  # starts the key epoch
    users.create_user(admin, "clerk", "业务操作员", "Initial-pass-2")
    op = users.logged_in(ctx, users.login(ctx, "clerk", "Initial-pass-2"))
    users.change_password(op, "Initial-pass-2", "Yewu-Pass-2026")
    op = users.logged_in(ctx, users.login(ctx, "clerk", "Yewu-Pass-2026"))
    _batches(op, 5, start=20)
    return ctx


def test_a_recomputed_chain_is_found_by_the_auditor(tmp_path: Path) -> None:
    path = tmp_path / "keyed.sqlite"
    ctx = _with_auditor(path)
    auditor = users.logged_in(ctx, users.login(ctx, "shenji", AUDITOR_PW))
    assert auditor.actor.audit_keys
    report = audit_service.verify_audit(auditor)
    assert report.intact and report.keyed >= 10
    ctx.db.close()
    con = _attacker(path)
    target = con.execute(
        "SELECT id FROM audit_log WHERE action = 'batch.create' ORDER BY id DESC LIMIT 1 OFFSET 2"
    ).fetchone()[0]
    con.execute("UPDATE audit_log SET detail = '被改过的内容' WHERE id = ?", (target,))
    _recompute_from(con, target)
    for name, sql in audit_log.PROTECTIONS.items():  # and puts the triggers back, to leave no trace
        con.execute(sql) if name else None
    con.close()
    # the unkeyed chain is consistent again: only the key tells
    pw = tmp_path / "pw.txt"
    pw.write_text(AUDITOR_PW, encoding="utf-8")
    res = cli("--db", path, "--user", "shenji", "--password-file", pw, "audit", "verify")
    assert res.returncode == 1, res.stdout + res.stderr
    assert f"第 {target} 条" in res.stderr and "审计密钥校验码不符" in res.stderr
    # an operator may not run the auditor's check
    pw.write_text("Yewu-Pass-2026", encoding="utf-8")
    res = cli("--db", path, "--user", "clerk", "--password-file", pw, "audit", "verify")
    assert res.returncode == 1 and "没有“审计”的权限" in res.stderr


def _tamper(con: sqlite3.Connection, rng: random.Random, n: int, keyed_from: int) -> int:
    """One random tampering; returns the entry that must be reported.

    Entries before the first key epoch (``keyed_from``) carry no MAC, so two tamperings there can only
    be located where the evidence starts: an entry slipped in is found at the broken link right after
    it, and a recomputed unkeyed prefix at the first keyed entry (whose MAC covers the chain before)."""
    kind = rng.choice(["edit", "delete", "swap", "forge", "truncate", "recompute"])
    i = rng.randrange(1, n + 1)
    if kind == "edit":
        col = rng.choice(["detail", "user", "action", "at", "result"])
        con.execute(f"UPDATE audit_log SET {col} = {col} || 'x' WHERE id = ?", (i,))
        return i
    if kind == "delete":
        con.execute("DELETE FROM audit_log WHERE id = ?", (i,))
        return i
    if kind == "swap":
        j = rng.choice([k for k in range(1, n + 1) if k != i])
        a, b = sorted((i, j))
        ra = con.execute("SELECT detail FROM audit_log WHERE id = ?", (a,)).fetchone()[0]
        rb = con.execute("SELECT detail FROM audit_log WHERE id = ?", (b,)).fetchone()[0]
        if ra == rb:
            con.execute("UPDATE audit_log SET user = user || 'y' WHERE id = ?", (a,))
        con.execute("UPDATE audit_log SET detail = ? WHERE id = ?", (rb, a))
        con.execute("UPDATE audit_log SET detail = ? WHERE id = ?", (ra, b))
        return a
    if kind == "forge":  # a well-formed entry inserted in the middle (ids shifted)
        con.execute("UPDATE audit_log SET id = id + 1000 WHERE id >= ?", (i,))
        con.execute("UPDATE audit_log SET id = id - 999 WHERE id >= 1000")
        prev = con.execute("SELECT hash FROM audit_log WHERE id = ?", (i - 1,)).fetchone()
        prev_hash = prev[0] if prev else GENESIS
        import datetime as dt

        at = dt.datetime(2027, 1, 1)
        h = digest(
            prev_hash,
            at=at,
            user="x",
            host=None,
            action="forged",
            entity=None,
            entity_id=None,
            detail="假的",
            result="ok",
        )
        con.execute("INSERT INTO audit_log (id, at, user, action, result, prev_hash, hash) VALUES (?, ?, 'x', 'forged', 'ok', ?, ?)",
                    (i, at.isoformat(sep=" "), prev_hash, h))  # fmt: skip
        con.execute("UPDATE audit_log SET detail = '假的' WHERE id = ?", (i,))
        return i if i >= keyed_from else i + 1
    if kind == "truncate":
        con.execute("DELETE FROM audit_log WHERE id >= ?", (i,))
        return i
    con.execute("UPDATE audit_log SET detail = coalesce(detail, '') || '改' WHERE id = ?", (i,))
    _recompute_from(con, i)
    return max(i, keyed_from)


def test_hundreds_of_tamperings_are_each_found_at_the_first_bad_entry(tmp_path: Path) -> None:
    path = tmp_path / "keyed.sqlite"
    ctx = _with_auditor(path)
    with ctx.db.reader() as s:
        seeds = audit_log.unseal_epochs(s, "shenji", AUDITOR_PW)
        n = audit_log.head(s).count
        keyed_from = min(k.first_entry for k in audit_log.epochs_of(s, "shenji"))
    assert 1 < keyed_from < n
    ctx.db.close()
    good = path.read_bytes()
    rng = random.Random(12)
    case = tmp_path / "case.sqlite"
    found = 0
    for _ in range(300):
        case.write_bytes(good)
        con = _attacker(case)
        expected = _tamper(con, rng, n, keyed_from)
        con.close()
        db = Database("sqlite:///" + case.as_posix())
        with db.reader() as s:
            res = audit_log.verify(s, seeds=seeds)
        db.engine.dispose()
        assert res.problem is not None, expected
        assert res.problem.entry_id == expected, (expected, res.problem)
        found += 1
    assert found == 300
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_the_viewer_filters_and_pages(plain: Context) -> None:
    from cadredesk.services.audit import entries

    newest = entries(plain, limit=3)
    assert [e.id for e in newest] == sorted((e.id for e in newest), reverse=True)
    page2 = entries(plain, limit=3, before_id=newest[-1].id)
    assert page2 and max(e.id for e in page2) < newest[-1].id
    created = entries(plain, action="batch.")
    assert len(created) == 6 and {e.action for e in created} == {"batch.create"}
    assert entries(plain, user="tester", action="batch.create", limit=2)[0].detail.startswith("批次5")  # type: ignore[union-attr]
    assert entries(plain, user="nobody") == []
