"""Backup, verify, restore (CLI.md ``backup`` / ``verify`` / ``restore``), automatic backups, restore points.

- ``create_backup(ctx, out, passphrase)``: a consistent snapshot (SQLite: ``VACUUM INTO`` a temporary
  file, never a copy of the live file; PostgreSQL: a logical dump in one REPEATABLE READ
  transaction), checked (``integrity_check`` + ``foreign_key_check``), written as a backup file
  (``storage/backup_file``) through ``io.atomic.write_atomic``: temporary file in the target folder,
  fsync, read back and verified, rename, fsync of the folder; then its SHA-256 is re-read from the
  final file.  Audited (``backup.create``).
- ``verify_backup(path, passphrase)``: every byte, without opening any database.
- ``restore_backup(ctx, path, passphrase)``: verify first; unpack beside the database; check it;
  refuse a newer schema; upgrade an older one on the copy; keep the live database as
  ``<name>.pre-restore-<time>.sqlite``; swap with ``os.replace``; reopen; audit in the restored
  database.  Any refusal leaves the live file byte-identical; a failure after the swap puts the old
  file back.  PostgreSQL: the dump is loaded into the emptied tables in one transaction.
- ``auto_backup(ctx, reason)`` (the GUI on exit and once a day) into the app-data folder, thinned to
  7 daily, 4 weekly and 12 monthly generations (``core.retention``); ``restore_points(ctx)``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from cadredesk import __version__
from cadredesk.core.models import Setting
from cadredesk.core.retention import keep, tiers
from cadredesk.core.security import Permission
from cadredesk.errors import BackupDamaged, BackupTooNew, DatabaseDamaged, DiskFull, UserError
from cadredesk.services.context import Context, Tx, command, query
from cadredesk.storage import audit_log, backup_file, dump, schema
from cadredesk.storage.engine import Database
from cadredesk.storage.errors import translate
from cadredesk.storage.revisions import HEAD, REVISIONS

DATABASE_ID = "database_id"
SUFFIX = ".cdbak"


def _fault(exc: BaseException, where: str) -> BaseException:
    return translate(exc, where) or exc


#: SQLite result codes of a failed write: SQLITE_FULL, IOERR_WRITE, IOERR_FSYNC, IOERR_TRUNCATE
_WRITE_FAULTS = {13, 778, 1034, 1546}


def _writing_failed(exc: BaseException, live: Path | None) -> bool:
    """Whether a snapshot failed writing its scratch copy (not reading the live database)."""
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, OSError):
        return orig.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
    code = getattr(orig, "sqlite_errorcode", None)
    if code in _WRITE_FAULTS:
        return True
    # VACUUM INTO reports a plain I/O error: it was the copy when the live file still reads soundly
    return code == 10 and live is not None and not schema.quick_check(live)


@contextlib.contextmanager
def _scratch(near: Path) -> Iterator[Path]:
    """A private temporary folder beside ``near`` (same filesystem for the final rename)."""
    try:
        d = Path(tempfile.mkdtemp(prefix=".cadredesk-", dir=near))
    except OSError:
        d = Path(tempfile.mkdtemp(prefix="cadredesk-"))
    try:
        yield d
    finally:
        shutil.rmtree(d, ignore_errors=True)


@command("database.identity", permission=None)
def database_id(tx: Tx) -> str:
    """This database's identity (backups and exchange packages name their source by it)."""
    row = tx.session.get(Setting, DATABASE_ID)
    if row is not None:
        return row.value
    value = str(uuid.uuid4())
    tx.session.add(Setting(key=DATABASE_ID, value=value))
    tx.audit(entity="setting", entity_id=DATABASE_ID, detail=f"数据库标识 {value}")
    return value


# --------------------------------------------------------------------------- snapshot


@dataclass
class Snapshot:
    members: list[backup_file.Member]
    counts: dict[str, int]
    head: audit_log.Head
    revision: str | None


def _sqlite_snapshot(db: Database, folder: Path) -> Snapshot:
    target = folder / "database.sqlite"
    schema.vacuum_into(db, target)
    problems = schema.integrity_check(target)
    if problems:
        raise DatabaseDamaged(
            f"数据库 {db.display_name} 未通过完整性检查（{problems[0]}），不能备份损坏的数据。"
            "请从最近一次校验通过的备份恢复。"
        )
    snap_db = Database("sqlite:///" + target.as_posix())
    try:
        with snap_db.engine.connect() as conn:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            counts = dump.write(conn, folder / "dump.jsonl", revision)
        with snap_db.reader() as s:
            head = audit_log.head(s)
    finally:
        snap_db.engine.dispose()
    members = [
        backup_file.Member("database.sqlite", target),
        backup_file.Member("dump.jsonl", folder / "dump.jsonl"),
    ]
    return Snapshot(members, counts, head, revision)


def _pg_snapshot(db: Database, folder: Path) -> Snapshot:
    with db.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            counts = dump.write(conn, folder / "dump.jsonl", revision)
    head = _head_from_dump(folder / "dump.jsonl")
    return Snapshot([backup_file.Member("dump.jsonl", folder / "dump.jsonl")], counts, head, revision)


def _head_from_dump(path: Path) -> audit_log.Head:
    count, last = 0, audit_log.GENESIS
    for table, cols, row in dump.read(path):
        if table == "audit_log" and row is not None:
            count += 1
            last = row[cols.index("hash")]
    return audit_log.Head(count, last)


# --------------------------------------------------------------------------- backup


@dataclass(frozen=True)
class BackupResult:
    path: Path
    sha256: str
    size: int
    encrypted: bool
    counts: dict[str, int] = field(default_factory=dict)
    audit_count: int = 0

    def to_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "sha256": self.sha256,
            "size": self.size,
            "encrypted": self.encrypted,
            "counts": self.counts,
            "audit_entries": self.audit_count,
        }


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@query(permission=Permission.BACKUP)
def _may_back_up(tx: Tx) -> None:
    return None


@command("backup.create", permission=Permission.BACKUP)
def _record_backup(tx: Tx, result: BackupResult, reason: str) -> None:
    tx.audit(
        entity="backup",
        entity_id=result.sha256[:16],
        detail=f"{reason}备份 → {result.path.name}（{result.size} 字节，SHA-256 {result.sha256}"
        f"{'，已加密' if result.encrypted else ''}）",
    )


def create_backup(
    ctx: Context,
    out: Path,
    passphrase: str | None = None,
    *,
    reason: str = "",
    now: dt.datetime | None = None,
) -> BackupResult:
    """A consistent, verified backup of the whole database at ``out`` (see the module doc)."""
    from cadredesk.io.atomic import write_atomic

    _may_back_up(ctx)
    out = Path(out)
    source = database_id(ctx)
    db = ctx.db
    folder = db.path.parent if db.path is not None else out.parent
    with _scratch(folder) as scratch:
        ctx.progress.report(0, 3, "正在生成数据库快照")
        try:
            snap = _sqlite_snapshot(db, scratch) if db.is_sqlite else _pg_snapshot(db, scratch)
        except (SQLAlchemyError, OSError, sqlite3.Error) as exc:
            if _writing_failed(exc, db.path):  # the live database was only read: the scratch copy did not fit
                raise DiskFull(
                    f"备份失败：无法在 {scratch.parent} 写入数据库快照（磁盘空间不足或文件过大）。"
                    "数据库未受影响，没有生成备份文件。请清理磁盘后重试。"
                ) from exc
            raise _fault(exc, db.display_name) from exc
        header: dict[str, Any] = {
            "app": "CadreDesk",
            "app_version": __version__,
            "created_at": (now or ctx.now()).replace(tzinfo=dt.UTC).isoformat(timespec="seconds"),
            "schema_revision": snap.revision,
            "schema_number": REVISIONS.index(snap.revision) + 1 if snap.revision in REVISIONS else None,
            "source_id": source,
            "engine": "sqlite" if db.is_sqlite else "postgresql",
            "counts": snap.counts,
            "audit_head": snap.head.to_json(),
            "reason": reason,
        }
        ctx.progress.report(1, 3, "正在写入备份文件")

        def check(tmp: Path) -> None:
            _drop_cache(tmp)
            backup_file.verify(tmp, passphrase)

        write_atomic(out, lambda fh: backup_file.write(fh, header, snap.members, passphrase), check=check)
    ctx.progress.report(2, 3, "正在核对备份文件")
    _drop_cache(out)
    digest = sha256_of(out)
    result = BackupResult(out, digest, out.stat().st_size, bool(passphrase), snap.counts, snap.head.count)
    _record_backup(ctx, result, reason)
    return result


def _drop_cache(path: Path) -> None:
    """Ask the OS to forget the cached pages so the read-back comes from the device (a USB stick)."""
    if hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError), open(path, "rb") as fh:
            os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


# --------------------------------------------------------------------------- verify


@dataclass(frozen=True)
class VerifyResult:
    path: Path
    sha256: str
    created_at: str
    app_version: str
    schema_revision: str | None
    encrypted: bool
    counts: dict[str, int]
    audit_count: int
    audit_hash: str

    def to_json(self) -> dict[str, object]:
        return {
            "ok": True,
            "path": str(self.path),
            "sha256": self.sha256,
            "created_at": self.created_at,
            "app_version": self.app_version,
            "schema_revision": self.schema_revision,
            "encrypted": self.encrypted,
            "counts": self.counts,
            "audit_entries": self.audit_count,
        }


def _check_revision(header: dict[str, Any], path: Path) -> None:
    rev = header.get("schema_revision")
    if rev is not None and rev not in REVISIONS:
        raise BackupTooNew(
            f"备份来自更新版本的 CadreDesk（程序 {header.get('app_version', '?')}，结构版本 {rev}），"
            f"本程序不能恢复它，请先升级：{path}"
        )


def verify_backup(path: Path, passphrase: str | None = None) -> VerifyResult:
    """Check every byte of a backup (and that this program can restore it); raises the reason."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"找不到备份文件：{path}", key="not-found")
    with _scratch(path.parent if os.access(path.parent, os.W_OK) else Path(tempfile.gettempdir())) as scratch:
        header = backup_file.verify(path, passphrase, out_dir=scratch)
        _check_revision(header, path)
        db_file = scratch / "database.sqlite"
        if db_file.exists():
            problems = schema.integrity_check(db_file)
            if problems:
                raise BackupDamaged(f"备份中的数据库未通过完整性检查（{problems[0]}）：{path}")
    head = header.get("audit_head") or {}
    return VerifyResult(
        path,
        sha256_of(path),
        str(header.get("created_at", "")),
        str(header.get("app_version", "")),
        header.get("schema_revision"),
        bool(header.get("encryption")),
        dict(header.get("counts") or {}),
        int(head.get("count", 0)),
        str(head.get("last_hash", "")),
    )


# --------------------------------------------------------------------------- restore


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    pre_restore: Path | None
    upgraded_from: str | None
    counts: dict[str, int]

    def to_json(self) -> dict[str, object]:
        return {
            "restored_from": str(self.path),
            "pre_restore_copy": str(self.pre_restore) if self.pre_restore else None,
            "upgraded_from": self.upgraded_from,
            "counts": self.counts,
        }


@query(permission=Permission.RESTORE)
def _may_restore(tx: Tx) -> None:
    return None


@command("backup.restore", permission=None)
def _record_restore(tx: Tx, detail: str) -> None:
    tx.audit(entity="backup", detail=detail)


def _unused(path: Path) -> Path:
    """``path``, or ``path`` numbered -2, -3 … when taken (two restores within one second)."""
    n, candidate = 1, path
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _prepare_sqlite(scratch: Path, header: dict[str, Any]) -> tuple[Path, str | None]:
    """The database to swap in, checked and at the current schema; returns (file, upgraded from)."""
    rev = header.get("schema_revision")
    candidate = scratch / "database.sqlite"
    if not candidate.exists():  # a PostgreSQL backup restored into a file: build it from the dump
        candidate = scratch / "restored.sqlite"
        fresh = Database("sqlite:///" + candidate.as_posix())
        try:
            from alembic import command as alembic_command

            with fresh.engine.begin() as conn:
                alembic_command.upgrade(schema.alembic_config(conn), rev or "head")
            with fresh.engine.begin() as conn:
                dump.load(conn, scratch / "dump.jsonl")
        finally:
            fresh.engine.dispose()
    problems = schema.integrity_check(candidate)
    if problems:
        raise BackupDamaged(f"备份中的数据库未通过完整性检查（{problems[0]}）")
    db = Database("sqlite:///" + candidate.as_posix())
    upgraded = None
    try:
        found = schema.state(db)
        if found is schema.SchemaState.NEWER:
            raise BackupTooNew("备份来自更新版本的 CadreDesk，本程序不能恢复它，请先升级。")
        if found is schema.SchemaState.OLDER:
            upgraded = schema.current_revision(db)
            schema.upgrade(db)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
    finally:
        db.engine.dispose()
    return candidate, upgraded


def restore_backup(
    ctx: Context, path: Path, passphrase: str | None = None, *, over_damaged: bool = False
) -> RestoreResult:
    """Verify, then replace the database with the backup's content (see the module doc).

    ``over_damaged``: the live file is damaged or unreadable (``open_workspace(damaged_ok=True)``):
    its accounts cannot be read, so whoever may write the file may restore it; the damaged bytes are
    kept as the pre-restore copy and the restore is audited in the restored database.
    """
    path = Path(path)
    if not over_damaged:
        _may_restore(ctx)
    db = ctx.db
    if ctx.read_only:
        raise UserError(
            ctx.read_only_reason or "数据库正被另一个 CadreDesk 使用，不能恢复。", key="database-in-use"
        )
    live = db.path
    near = live.parent if live is not None else Path(tempfile.gettempdir())
    with _scratch(near) as scratch:
        header = backup_file.verify(path, passphrase, out_dir=scratch)
        _check_revision(header, path)
        counts = dict(header.get("counts") or {})
        if live is None:
            return _restore_pg(ctx, path, scratch, header, counts)
        candidate, upgraded = _prepare_sqlite(scratch, header)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        pre = live.with_name(f"{live.stem}.pre-restore-{stamp}{live.suffix or '.sqlite'}")
        wal = live.with_name(live.name + "-wal")
        try:
            if over_damaged:  # no snapshot of a damaged file: its bytes as they are, -wal beside them
                db.engine.dispose()
                pre = _unused(pre.with_name(pre.stem + "-damaged" + pre.suffix))
                shutil.copyfile(live, pre)
                if wal.exists():
                    shutil.copyfile(wal, pre.with_name(pre.name + "-wal"))
            elif live.exists() and live.stat().st_size > 0:
                pre = _unused(pre)
                schema.vacuum_into(db, pre)
            else:
                pre = None  # type: ignore[assignment]
            if not over_damaged:
                db.checkpoint()
            db.engine.dispose()
        except (SQLAlchemyError, OSError, sqlite3.Error) as exc:
            raise _fault(exc, db.display_name) from exc
        if not over_damaged and wal.exists() and wal.stat().st_size > 0:
            raise UserError(
                "数据库的预写日志（-wal）仍有未写入的内容，为安全起见未恢复。请关闭其他程序后重试。",
                key="wal-busy",
            )
        keep_old = scratch / "live-before.sqlite"
        try:
            if live.exists():
                os.replace(live, keep_old)
            for side in ("-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    live.with_name(live.name + side).unlink()
            os.replace(candidate, live)
            from cadredesk.io.atomic import fsync_dir

            fsync_dir(live.parent)
            schema.enable_wal(db)
            _record_restore(
                ctx,
                f"从备份 {path.name}（{header.get('created_at', '?')}，SHA-256 {sha256_of(path)[:16]}…）恢复"
                + (f"；结构已从 {upgraded} 升级" if upgraded else "")
                + (f"；原数据库保存为 {pre.name}" if pre else ""),
            )
        except BaseException:
            db.engine.dispose()
            if keep_old.exists():
                os.replace(keep_old, live)
                for side in ("-wal", "-shm"):
                    with contextlib.suppress(FileNotFoundError):
                        live.with_name(live.name + side).unlink()
            raise
    return RestoreResult(path, pre, upgraded, counts)


def _restore_pg(
    ctx: Context, path: Path, scratch: Path, header: dict[str, Any], counts: dict[str, int]
) -> RestoreResult:
    if header.get("schema_revision") != HEAD:
        raise UserError(
            "恢复到 PostgreSQL 时，备份须来自同一结构版本；请先恢复到 SQLite 文件并升级，再迁移。",
            key="restore-version",
        )
    names = ", ".join(t.name for t in dump.tables())
    try:
        with ctx.db.engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            dump.load(conn, scratch / "dump.jsonl")
    except (SQLAlchemyError, OSError, ValueError) as exc:
        raise _fault(exc, ctx.db.display_name) from exc
    _record_restore(ctx, f"从备份 {path.name}（{header.get('created_at', '?')}）恢复到服务器数据库")
    return RestoreResult(path, None, None, counts)


# --------------------------------------------------------------------------- automatic backups


@dataclass(frozen=True)
class RestorePoint:
    path: Path
    created_at: dt.datetime
    reason: str
    size: int
    encrypted: bool
    audit_count: int | None
    audit_hash: str | None
    counts: dict[str, int]
    #: the retention tier that keeps it: daily, weekly or monthly (``core.retention.tiers``)
    tier: str = ""


def auto_folder(ctx: Context) -> Path:
    """Where this database's automatic backups go (the app-data folder, per database)."""
    from cadredesk.paths import backups_dir

    db = ctx.db
    key = hashlib.sha256(str(db.path.resolve() if db.path else db.display_name).encode()).hexdigest()[:12]
    name = (db.path.stem if db.path else db.short_name)[:40]
    return backups_dir() / f"{name}-{key}"


def restore_points(ctx: Context) -> list[RestorePoint]:
    """The automatic backups of this database, newest first (headers only: ``verify_backup`` checks one)."""
    folder = auto_folder(ctx)
    points = []
    if not folder.is_dir():
        return []
    for p in folder.glob(f"*{SUFFIX}"):
        try:
            h = backup_file.read_header(p)
            created = dt.datetime.fromisoformat(str(h["created_at"])).replace(tzinfo=None)
        except (UserError, KeyError, ValueError, OSError):
            continue
        head = h.get("audit_head") or {}
        points.append(
            RestorePoint(
                p,
                created,
                str(h.get("reason") or ""),
                p.stat().st_size,
                bool(h.get("encryption")),
                int(head["count"]) if "count" in head else None,
                head.get("last_hash"),
                dict(h.get("counts") or {}),
            )
        )
    tier = tiers([p.created_at for p in points], ctx.now())
    return sorted(
        (replace(p, tier=tier.get(p.created_at, "")) for p in points),
        key=lambda x: x.created_at,
        reverse=True,
    )


def auto_backup_due(ctx: Context, now: dt.datetime | None = None) -> bool:
    """True when the newest automatic backup is a day old (the GUI backs up then, and on exit)."""
    now = now or ctx.now()
    points = restore_points(ctx)
    return not points or now - points[0].created_at >= dt.timedelta(days=1)


def auto_backup(ctx: Context, reason: str = "exit", *, now: dt.datetime | None = None) -> BackupResult:
    """An automatic backup into the app-data folder, then old generations thinned."""
    folder = auto_folder(ctx)
    folder.mkdir(parents=True, exist_ok=True)
    now = now or ctx.now()
    out = folder / f"cadredesk-{now:%Y%m%d-%H%M%S}-{reason}{SUFFIX}"
    label = {"exit": "退出时自动", "daily": "每日自动"}.get(reason, "自动")
    result = create_backup(ctx, out, reason=label, now=now)
    prune(ctx, now)
    return result


def prune(ctx: Context, now: dt.datetime) -> list[Path]:
    """Delete automatic backups outside the retention (7 daily, 4 weekly, 12 monthly)."""
    points = restore_points(ctx)
    kept = keep([p.created_at for p in points], now)
    removed = []
    for p in points:
        if p.created_at not in kept:
            with contextlib.suppress(OSError):
                p.path.unlink()
                removed.append(p.path)
    return removed
