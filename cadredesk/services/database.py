"""The one way both faces open a database: the ``Workspace``.

``open_workspace(target, write=...)``:
1. resolves ``--db`` / ``CADREDESK_DB`` / the app-data default (an empty value is refused);
2. for an SQLite file, takes the one-writer lock when ``write`` (the GUI for its lifetime, a CLI
   command that writes for its run) — a second writer is refused naming the holder.  A reader
   (``write=False``) does not take the lock: while another program holds the file it reads the
   committed data beside it (WAL) and cannot change anything;
3. peeks at the schema revision without writing a byte: a newer or foreign file, or one that is
   not a database at all, is refused untouched;
4. creates an empty database or upgrades an older one (after a ``VACUUM INTO`` backup) — this
   needs the lock, so a reader takes it for the upgrade;
5. switches SQLite to WAL and refreshes derived sort keys (writers only).

Every fault along the way is a ``UserError`` with a Chinese sentence.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from types import TracebackType

from sqlalchemy.exc import SQLAlchemyError

from cadredesk.errors import DatabaseDamaged, DatabaseInUse, UserError
from cadredesk.services.audit import ensure_protections
from cadredesk.services.context import Actor, Context
from cadredesk.services.maintenance import refresh_sort_keys
from cadredesk.storage import schema
from cadredesk.storage.engine import Database, resolve_url
from cadredesk.storage.errors import RESTORE_HINT, translate
from cadredesk.storage.lock import InstanceLock
from cadredesk.storage.revisions import HEAD, REVISIONS

log = logging.getLogger("cadredesk.db")

SchemaState = schema.SchemaState


@dataclass
class Workspace:
    """An open database for one face (the GUI window, or one CLI command)."""

    ctx: Context
    found: SchemaState
    lock: InstanceLock | None
    #: what ``quick_check`` found (opened read-only) — empty for a sound database
    damaged: list[str] = field(default_factory=list)

    @property
    def display_name(self) -> str:
        return self.ctx.db.display_name

    @property
    def file_name(self) -> str:
        """A short name for the window title: the file name, or the server database's name."""
        path = self.ctx.db.path
        return path.name if path is not None else self.ctx.db.short_name

    @property
    def read_only(self) -> bool:
        return self.ctx.read_only

    @property
    def schema_revision(self) -> str:
        return HEAD

    def holder(self) -> str:
        """Who holds the file when this workspace is read-only (for messages)."""
        path = self.ctx.db.path
        return InstanceLock(path).holder_text() if path is not None else ""

    def close(self) -> None:
        try:
            self.ctx.db.close()
        finally:
            if self.lock is not None:
                self.lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self, _t: type[BaseException] | None, _e: BaseException | None, _tb: TracebackType | None
    ) -> None:
        self.close()


def _fault(exc: BaseException, db: Database) -> BaseException:
    return translate(exc, db.display_name) or exc


def open_workspace(
    target: str | None,
    *,
    write: bool = True,
    actor: Actor | None = None,
    clock: Callable[[], dt.date] | None = None,
    damaged_ok: bool = False,
) -> Workspace:
    """Open, check, lock (writers) and bring the schema up to date; raises ``UserError`` with the reason.

    ``damaged_ok`` (restore only): a damaged or unreadable file is opened with the writer's lock but
    nothing is written to it on opening — the restore replaces it (keeping it as the pre-restore copy).
    """
    db = Database(resolve_url(target))
    lock: InstanceLock | None = None
    read_only = False
    reason = ""
    damaged: list[str] = []
    try:
        path = db.path
        if path is not None:
            lock = InstanceLock(path)
            try:
                lock.acquire()
            except DatabaseInUse:
                lock = None
                if write:
                    raise
                read_only = True  # another program writes: read its committed data beside it
                reason = (
                    f"数据库正被另一个 CadreDesk 使用（{InstanceLock(path).holder_text()}），现在只能查看，"
                    "不能修改。请在那个程序中操作，或先关闭它。"
                )
            try:
                revision = schema.peek_sqlite(path)
            except DatabaseDamaged as exc:
                if not damaged_ok:
                    raise
                revision, damaged = None, [exc.message]  # not even a database: restore replaces it
            if revision is not None and revision not in REVISIONS:
                schema.refuse_newer(db, revision)
            damage = schema.quick_check(path) if revision is not None else []
            if damage:
                message = f"数据库 {path} 已损坏（{damage[0][:80]}），只能查看，不能再写入。{RESTORE_HINT}"
                if write and not damaged_ok:
                    raise DatabaseDamaged(message)
                log.warning("damaged database opened (restore: %s): %s: %s", damaged_ok, path, damage)
                if not damaged_ok:
                    read_only, reason = True, message
                damaged = damage
        try:
            try:
                found = schema.state(db)
            except (SQLAlchemyError, OSError) as exc:
                fault = _fault(exc, db)
                if not (damaged_ok and isinstance(fault, DatabaseDamaged)):
                    raise
                damaged, found = [fault.message], SchemaState.CURRENT  # not readable at all: restore it
            if damaged and damaged_ok:
                ctx = Context(db=db, actor=actor or Actor.from_os())
                if clock is not None:
                    ctx = replace(ctx, clock=clock)
                return Workspace(ctx=ctx, found=found, lock=lock, damaged=damaged)
            if found is SchemaState.NEWER:
                schema.refuse_newer(db)
            if found is not SchemaState.CURRENT:
                if read_only:
                    raise DatabaseInUse(
                        f"数据库 {db.display_name} 需要{'初始化' if found is SchemaState.EMPTY else '升级'}，"
                        f"但正被另一个 CadreDesk 使用：{InstanceLock(path).holder_text() if path else ''}。"
                        "请先关闭那个程序。"
                    )
                if path is not None and lock is None:
                    lock = InstanceLock(path)
                    lock.acquire()
                schema.ensure_schema(db)  # EMPTY: create; OLDER: backup, then upgrade
                log.info("database %s was %s; schema is now current", db.display_name, found.value)
            elif not read_only:
                schema.enable_wal(db)
            ctx = Context(db=db, actor=actor or Actor.from_os(), read_only=read_only, read_only_reason=reason)
            if clock is not None:
                ctx = replace(ctx, clock=clock)
            if not read_only:
                refresh_sort_keys(ctx)  # cheap when nothing changed: one settings row is read
            if write:  # a writer puts back dropped audit triggers (audited); readers only report them
                restored = ensure_protections(ctx)
                if restored:
                    log.warning("audit protections were missing and have been restored: %s", restored)
        except (SQLAlchemyError, OSError) as exc:
            raise _fault(exc, db) from exc
    except BaseException:
        db.engine.dispose()
        if lock is not None:
            lock.release()
        raise
    if not write and lock is not None:
        lock.release()  # readers never hold the file once it is ready
        lock = None
    return Workspace(ctx=ctx, found=found, lock=lock, damaged=damaged)


def init_database(target: str | None) -> tuple[SchemaState, str, str]:
    """``init``: create or upgrade the schema; returns (state found, database name, schema revision)."""
    with open_workspace(target, write=True) as ws:
        return ws.found, ws.display_name, ws.schema_revision


def describe_state(found: SchemaState) -> str:
    return {
        SchemaState.EMPTY: "已创建数据库结构",
        SchemaState.OLDER: "已将数据库结构升级到当前版本（升级前已备份）",
        SchemaState.CURRENT: "数据库结构已是当前版本",
        SchemaState.NEWER: "数据库结构比本程序新",
    }[found]


__all__ = ["SchemaState", "UserError", "Workspace", "describe_state", "init_database", "open_workspace"]
