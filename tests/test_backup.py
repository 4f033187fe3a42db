"""Backup, verify, restore: the file format against bit flips, truncations, wrong passwords and newer
versions; restore round trips; a refused restore leaves the live database byte-identical."""

from __future__ import annotations

import json
import random
import sqlite3
import struct
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cadredesk.errors import BackupDamaged, BackupTooNew, NotABackup, UserError, WrongPassphrase
from cadredesk.services import backup
from cadredesk.services.cadres import CadreForm, list_cadres, save_cadre
from cadredesk.storage import backup_file
from tests.factories import make_id
from tests.safety_helpers import copy_database, logical, sha, small_database

PASS = "正确的口令 Correct-horse-7"


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(database, plain backup of it) made once for the module."""
    folder = tmp_path_factory.mktemp("src")
    ctx = small_database(folder / "源.sqlite")
    out = folder / "备份.cdbak"
    backup.create_backup(ctx, out)
    ctx.db.close()
    return folder / "源.sqlite", out


def test_backup_is_verified_and_restores_identical_data(source: tuple[Path, Path], tmp_path: Path) -> None:
    db_file, _bak = source
    ctx = copy_database(db_file, tmp_path / "live.sqlite")
    want = logical(ctx.db)
    result = backup.create_backup(ctx, tmp_path / "b.cdbak")
    assert result.sha256 == sha(tmp_path / "b.cdbak")  # what `backup` prints is the file's SHA-256
    assert result.counts["cadre"] == 5
    checked = backup.verify_backup(tmp_path / "b.cdbak")
    assert checked.counts["cadre"] == 5 and checked.audit_count == result.audit_count
    # change the live data, then restore: the backup's data comes back, the replaced one is kept
    save_cadre(
        ctx,
        CadreForm(
            name="新来的",
            gender="女",
            id_number=make_id(__import__("datetime").date(1990, 5, 5), male=False, seq=9),
        ),
    )
    assert len(list_cadres(ctx)) == 6
    res = backup.restore_backup(ctx, tmp_path / "b.cdbak")
    assert logical(ctx.db) == want
    assert res.pre_restore is not None and res.pre_restore.exists()
    assert len(list_cadres(ctx)) == 5
    # the replaced database is a sound file holding the new cadre
    con = sqlite3.connect(res.pre_restore)
    assert con.execute("SELECT count(*) FROM cadre").fetchone()[0] == 6
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    # the restore is audited in the restored database, and the chain is intact
    from cadredesk.services.audit import verify_audit

    report = verify_audit(ctx)
    assert report.intact, report
    assert not list(tmp_path.glob(".cadredesk-*")) and not list(tmp_path.glob(".~*"))  # no temp files left
    ctx.db.close()


def _flip(data: bytes, rng: random.Random) -> bytes:
    i = rng.randrange(len(data))
    return data[:i] + bytes([data[i] ^ (1 << rng.randrange(8))]) + data[i + 1 :]


def test_a_thousand_corrupted_backups_are_all_refused_and_change_nothing(
    source: tuple[Path, Path], tmp_path: Path
) -> None:
    """1,000 single-bit flips at random offsets, 200 truncations, 50 block swaps, 20 byte runs: every one is
    refused, as damaged (or, in the magic, as not a backup) — and the live database stays byte-identical."""
    db_file, bak = source
    ctx = copy_database(db_file, tmp_path / "live.sqlite")
    ctx.db.close()  # what a clerk has on disk between sessions
    live = tmp_path / "live.sqlite"
    before = sha(live)
    good = bak.read_bytes()
    rng = random.Random(20261204)
    cases: list[bytes] = [_flip(good, rng) for _ in range(1000)]
    cases += [good[: rng.randrange(len(good))] for _ in range(200)]
    for _ in range(50):
        a, b = sorted(rng.sample(range(0, len(good) - 4096, 512), 2))
        cases.append(
            good[:a] + good[b : b + 4096] + good[a + 4096 : b] + good[a : a + 4096] + good[b + 4096 :]
        )
    for _ in range(20):
        i = rng.randrange(len(good) - 64)
        cases.append(good[:i] + bytes(rng.randrange(256) for _ in range(64)) + good[i + 64 :])
    bad = tmp_path / "坏备份.cdbak"
    kinds: dict[str, int] = {}
    ctx = copy_database(live, live)  # reopen the same file
    for data in cases:
        assert data != good
        bad.write_bytes(data)
        with pytest.raises(UserError) as err:
            backup.restore_backup(ctx, bad)
        assert isinstance(err.value, (BackupDamaged, NotABackup)), err.value
        kinds[type(err.value).__name__] = kinds.get(type(err.value).__name__, 0) + 1
    ctx.db.engine.dispose()
    assert sum(kinds.values()) == len(cases) >= 1270
    assert kinds.get("BackupDamaged", 0) > 1200
    assert sha(live) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["live.sqlite", "坏备份.cdbak"]  # no temp files


def test_encrypted_backup_hides_names_and_ids_and_tells_a_wrong_password(
    source: tuple[Path, Path], tmp_path: Path
) -> None:
    db_file, _ = source
    ctx = copy_database(db_file, tmp_path / "live.sqlite")
    rows = list_cadres(ctx)
    out = tmp_path / "加密.cdbak"
    result = backup.create_backup(ctx, out, PASS)
    assert result.encrypted
    data = out.read_bytes()
    for r in rows:
        for needle in (r.name, r.id_number, r.id_number[:14], r.phone or "x" * 40):
            assert needle.encode("utf-8") not in data
            assert needle.encode("utf-16-le") not in data
    assert b"SQLite format 3" not in data and "县财政局".encode() not in data
    with pytest.raises(WrongPassphrase, match="密码错误"):
        backup.verify_backup(out, "错误的口令-Wrong-1")
    with pytest.raises(UserError, match="已加密"):
        backup.verify_backup(out, None)
    assert backup.verify_backup(out, PASS).encrypted
    # tampering with an encrypted backup is 文件已损坏, not 密码错误 (the trailer is recomputed by the forger)
    rng = random.Random(7)
    header_end = (
        len(backup_file.MAGIC)
        + 6
        + struct.unpack(">I", data[len(backup_file.MAGIC) + 2 : len(backup_file.MAGIC) + 6])[0]
    )
    for _ in range(10):
        i = rng.randrange(header_end + 5, len(data) - 48)
        forged = bytearray(data[:-48])
        forged[i] ^= 0x01
        import hashlib

        digest = hashlib.sha256(bytes(forged) + backup_file.END).digest()
        (tmp_path / "改过.cdbak").write_bytes(bytes(forged) + backup_file.END + digest)
        with pytest.raises(BackupDamaged, match="已损坏"):
            backup.verify_backup(tmp_path / "改过.cdbak", PASS)
    # a restore with the right passphrase brings the data back
    before = logical(ctx.db)
    backup.restore_backup(ctx, out, PASS)
    assert logical(ctx.db) == before
    ctx.db.close()


def _rewrite_header(data: bytes, change: dict[str, object] | None = None, fmt: int | None = None) -> bytes:
    """A backup whose header says something else, with a valid trailer (as a newer program would write)."""
    import hashlib

    m = len(backup_file.MAGIC)
    old_fmt, n = struct.unpack(">HI", data[m : m + 6])
    header = json.loads(data[m + 6 : m + 6 + n])
    header.update(change or {})
    raw = json.dumps(header, ensure_ascii=False, sort_keys=True).encode()
    body = backup_file.MAGIC + struct.pack(">HI", fmt or old_fmt, len(raw)) + raw + data[m + 6 + n : -48]
    return body + backup_file.END + hashlib.sha256(body + backup_file.END).digest()


def test_the_four_reasons_are_told_apart(source: tuple[Path, Path], tmp_path: Path) -> None:
    _, bak = source
    good = bak.read_bytes()
    cases = {
        "empty.cdbak": (b"", NotABackup, "不是 CadreDesk 备份"),
        "table.cdbak": (None, NotABackup, "不是 CadreDesk 备份"),
        "db.cdbak": (b"SQLite format 3\x00" + b"\x00" * 4000, NotABackup, "不是 CadreDesk 备份"),
        "cut.cdbak": (good[: len(good) // 2], BackupDamaged, "已损坏"),
        "newer-format.cdbak": (_rewrite_header(good, fmt=9), BackupTooNew, "更新版本"),
        "newer-schema.cdbak": (_rewrite_header(good, {"schema_revision": "0999"}), BackupTooNew, "更新版本"),
    }
    for name, (data, cls, text) in cases.items():
        path = tmp_path / name
        if data is None:
            with zipfile.ZipFile(path, "w") as zf:  # an .xlsx renamed
                zf.writestr("[Content_Types].xml", "<Types/>")
        else:
            path.write_bytes(data)
        with pytest.raises(cls, match=text):
            backup.verify_backup(path)


def test_a_newer_backup_refused_by_restore_leaves_the_database_untouched(
    source: tuple[Path, Path], tmp_path: Path
) -> None:
    db_file, bak = source
    ctx = copy_database(db_file, tmp_path / "live.sqlite")
    ctx.db.close()
    before = sha(tmp_path / "live.sqlite")
    newer = tmp_path / "newer.cdbak"
    newer.write_bytes(_rewrite_header(bak.read_bytes(), {"schema_revision": "0999"}))
    ctx = copy_database(tmp_path / "live.sqlite", tmp_path / "live.sqlite")
    with pytest.raises(BackupTooNew):
        backup.restore_backup(ctx, newer)
    ctx.db.engine.dispose()
    assert sha(tmp_path / "live.sqlite") == before


def test_restore_of_an_older_schema_upgrades_it(tmp_path: Path) -> None:
    """A backup made at revision 0001 (before accounts and the keyed audit chain) restores and is upgraded."""
    from alembic import command as alembic_command

    from cadredesk.storage.engine import Database
    from cadredesk.storage.schema import alembic_config

    old = Database.open(str(tmp_path / "old.sqlite"))
    with old.engine.begin() as conn:
        alembic_command.upgrade(alembic_config(conn), "0001")
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO township (name, sort_order, version, created_at, updated_at) VALUES ('老镇', 1, 1, '2025-01-01', '2025-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO audit_log (at, user, action, result, prev_hash, hash) "
            "VALUES ('2025-01-01 00:00:00', 'old', 'x', 'ok', :p, :h)",
        ) if False else None
    # a backup of the old file: made by the snapshot code directly (the old program's format is the same)
    from cadredesk.services.context import Context
    from tests.safety_helpers import ACTOR

    ctx_old = Context(db=old, actor=ACTOR)
    snap_dir = tmp_path / "snap"
    snap_dir.mkdir()
    snap = backup._sqlite_snapshot(old, snap_dir)
    assert snap.revision == "0001"
    with open(tmp_path / "old.cdbak", "wb") as fh:
        backup_file.write(
            fh,
            {"created_at": "2025-01-01T00:00:00+00:00", "schema_revision": "0001", "counts": snap.counts,
             "audit_head": snap.head.to_json(), "app_version": "0.0.9"},
            snap.members,
            None,
        )  # fmt: skip
    old.close()
    del ctx_old
    live = small_database(tmp_path / "live.sqlite")
    res = backup.restore_backup(live, tmp_path / "old.cdbak")
    assert res.upgraded_from == "0001"
    from cadredesk.services.reference import townships

    assert [n for _, n in townships(live)] == ["老镇"]
    live.db.close()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    names=st.lists(
        st.text(alphabet=st.sampled_from("张王李赵𠮷䶮欧阳司马诸葛亮明华"), min_size=2, max_size=20),
        min_size=1,
        max_size=6,
        unique=True,
    ),
    note=st.text(max_size=300),
)
def test_backup_restore_round_trips(
    tmp_path_factory: pytest.TempPathFactory, names: list[str], note: str
) -> None:
    round_trip(tmp_path_factory.mktemp("rt"), names, note)


def round_trip(folder: Path, names: list[str], note: str) -> None:
    ctx = small_database(folder / "a.sqlite", names)
    save_cadre(
        ctx,
        CadreForm(
            name="备注人",
            gender="女",
            id_number=make_id(__import__("datetime").date(1970, 3, 3), male=False, seq=33),
            note=note or None,
        ),
    )
    backup.create_backup(ctx, folder / "a.cdbak", PASS if len(names) % 2 else None)
    want = logical(ctx.db)  # after: the backup gave the database its identity
    other = small_database(folder / "b.sqlite", ["别人甲", "别人乙"])
    backup.restore_backup(other, folder / "a.cdbak", PASS if len(names) % 2 else None)
    assert logical(other.db) == want
    ctx.db.close()
    other.db.close()


def test_automatic_backups_keep_generations(source: tuple[Path, Path], tmp_path: Path) -> None:
    import datetime as dt

    db_file, _ = source
    ctx = copy_database(db_file, tmp_path / "live.sqlite")
    start = dt.datetime(2026, 1, 1, 18, 0)
    assert backup.auto_backup_due(ctx, start)
    for day in range(0, 60, 3):  # a backup every third day for two months
        backup.auto_backup(ctx, "daily", now=start + dt.timedelta(days=day))
    points = backup.restore_points(ctx)
    assert not backup.auto_backup_due(ctx, start + dt.timedelta(days=57, hours=12))
    days = [p.created_at.date() for p in points]
    assert days == sorted(days, reverse=True)
    # worked by hand: 7 daily (Feb 27 … Feb 9), the newest of 4 ISO weeks (adds Feb 6, week 6), the
    # newest of each month (adds Jan 31); the other 11 were deleted
    assert days == [dt.date(2026, 2, d) for d in (27, 24, 21, 18, 15, 12, 9, 6)] + [dt.date(2026, 1, 31)]
    assert all(p.audit_count and p.audit_hash for p in points)
    ctx.db.close()


def test_keep_is_the_thinning_rule() -> None:
    import datetime as dt

    from cadredesk.core.retention import keep

    now = dt.datetime(2026, 6, 30, 12)
    times = [now - dt.timedelta(hours=6 * i) for i in range(4 * 400)]  # four a day for 400 days
    kept = sorted(keep(times, now), reverse=True)
    days = {t.date() for t in kept}
    months = {(t.year, t.month) for t in kept}
    assert len([t for t in kept if now - t < dt.timedelta(days=1)]) == 4  # the last 24 hours
    assert len(days) <= 7 + 4 + 12 and len(months) >= 12


def test_a_hundred_round_trips_give_identical_data(tmp_path: Path) -> None:
    """100 backup → restore round trips of a database changed between each (new cadres with rare
    characters and notes up to a long text, edits, encrypted every tenth time): the restored data equals
    the source's, row for row, and the restored file passes the full integrity check."""
    import dataclasses
    import datetime as dt

    from cadredesk.services.cadres import get_cadre
    from cadredesk.storage import schema

    rng = random.Random(100)
    alphabet = "张王李赵𠮷䶮欧阳司马诸葛亮明华·"
    src = small_database(tmp_path / "源.sqlite")
    dst = small_database(tmp_path / "目标.sqlite", ["别人甲", "别人乙"])
    out = tmp_path / "往返.cdbak"
    done = 0
    for i in range(100):
        name = rng.choice("张王李赵欧") + "".join(
            rng.choice(alphabet[:-1]) for _ in range(rng.randrange(1, 19))
        )
        note = "".join(rng.choice(alphabet + "\n\t 注 \"'=+-@") for _ in range(rng.choice([0, 1, 50, 2000])))
        born = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randrange(12000))
        cid = save_cadre(
            src,
            CadreForm(name=name, gender="女", id_number=make_id(born, male=False, seq=i), note=note or None),
        )
        if i % 3 == 0:
            form = get_cadre(src, rng.choice([r.id for r in list_cadres(src)]))
            save_cadre(src, dataclasses.replace(form, phone=f"1390000{i:04d}", note=f"改过 {i}"))
        passphrase = PASS if i % 10 == 0 else None
        backup.create_backup(src, out, passphrase)
        want = logical(src.db)
        backup.restore_backup(dst, out, passphrase)
        assert logical(dst.db) == want, i
        assert cid in {r.id for r in list_cadres(dst)}
        done += 1
    assert done == 100
    dst.db.checkpoint()
    assert dst.db.path is not None and schema.integrity_check(dst.db.path) == []
    src.db.close()
    dst.db.close()
