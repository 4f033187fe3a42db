"""Operational faults of SQLite and PostgreSQL → one clear Chinese ``UserError``.

A locked, read-only, full, unreadable or damaged database is something the clerk can act on
(close the other program, free disk space, restore a backup), not a bug: ``translate`` turns the
driver's exception into a ``UserError`` subclass with a sentence naming the database and what to
do.  Anything it does not recognise is returned as ``None`` and stays a bug.
"""

from __future__ import annotations

import errno
import sqlite3
from typing import Any

from cadredesk.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseUnavailable,
    DiskFull,
    ReadOnlyDatabase,
    StorageIOError,
    UserError,
)

#: SQLite primary result codes (the low byte of extended codes)
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26

RESTORE_HINT = "请从最近一次校验通过的备份恢复（cadredesk-cli restore 备份文件，或在“数据备份”页面中恢复）。"


def _where(name: str | None) -> str:
    return f"数据库 {name} " if name else "数据库"


def _sqlite(exc: sqlite3.Error, name: str | None) -> UserError | None:
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc).lower()
    primary = code & 0xFF if isinstance(code, int) else None
    where = _where(name)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
        return DatabaseBusy(f"{where}正被其他程序写入，等待超时。请稍后再试，或关闭正在使用它的程序。")
    if primary == _SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return ReadOnlyDatabase(
            f"{where}或其所在文件夹是只读的，无法保存修改。请检查文件权限，或把数据库复制到可写的文件夹。"
        )
    if primary == _SQLITE_FULL or "disk is full" in text:
        return DiskFull(f"磁盘空间已满，{where}无法写入。已保存的数据不受影响；请清理磁盘后重试。")
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return DatabaseDamaged(f"{where}已损坏或不是数据库文件。{RESTORE_HINT}")
    if primary == _SQLITE_IOERR or "disk i/o error" in text:
        return StorageIOError(
            f"读写{where}时出错（磁盘故障或U盘被拔出）。请检查存储设备；若问题持续，{RESTORE_HINT}"
        )
    if primary in (_SQLITE_CANTOPEN, _SQLITE_PERM) or "unable to open" in text:
        return DatabaseUnavailable(f"无法打开{where}：文件夹不存在或没有访问权限。")
    return None


_PG_STATES: dict[str, tuple[type[UserError], str]] = {
    "53100": (DiskFull, "数据库服务器磁盘已满，无法写入。请联系服务器管理员。"),
    "53200": (DatabaseUnavailable, "数据库服务器内存不足，请稍后再试。"),
    "53300": (DatabaseUnavailable, "数据库服务器连接数已满，请稍后再试。"),
    "55P03": (DatabaseBusy, "记录正被其他用户修改，等待超时。请稍后再试。"),
    "40001": (DatabaseBusy, "与其他用户的修改冲突，本次操作未保存。请重试。"),
    "40P01": (DatabaseBusy, "与其他用户的修改互相等待（死锁），本次操作未保存。请重试。"),
    "25006": (ReadOnlyDatabase, "数据库服务器处于只读状态，无法保存修改。"),
    "42501": (ReadOnlyDatabase, "数据库账号没有足够的权限。请联系服务器管理员。"),
    "28P01": (DatabaseUnavailable, "数据库服务器拒绝登录：用户名或密码不对。"),
    "28000": (DatabaseUnavailable, "数据库服务器拒绝登录：账号未获授权。"),
    "3D000": (DatabaseUnavailable, "数据库服务器上没有这个数据库。"),
    "57P01": (DatabaseUnavailable, "数据库服务器已关闭或正在重启，请稍后再试。"),
    "57P03": (DatabaseUnavailable, "数据库服务器正在启动，请稍后再试。"),
    "XX001": (DatabaseDamaged, "数据库服务器报告数据损坏。请联系服务器管理员恢复备份。"),
    "58030": (StorageIOError, "数据库服务器读写磁盘出错。请联系服务器管理员。"),
}


def _postgres(exc: BaseException) -> UserError | None:
    state = getattr(exc, "sqlstate", None)
    if isinstance(state, str) and state in _PG_STATES:
        cls, message = _PG_STATES[state]
        return cls(message)
    name = type(exc).__name__
    if name in ("OperationalError", "InterfaceError"):
        return DatabaseUnavailable(
            f"连接不上数据库服务器，或连接已中断：{str(exc).strip().splitlines()[0] if str(exc).strip() else name}"
        )
    return None


def _os_error(exc: OSError) -> UserError | None:
    path = f"：{exc.filename}" if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        return DiskFull(f"磁盘空间已满，无法写入{path}。请清理磁盘或换一个位置后重试。")
    if exc.errno == errno.EFBIG:
        return DiskFull(f"文件超过了磁盘格式允许的大小（FAT32 的U盘单个文件最大 4 GB）{path}。")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyDatabase(f"没有写入权限（文件或文件夹只读）{path}。")
    if exc.errno == errno.EIO:
        return StorageIOError(f"读写磁盘时出错（磁盘故障或U盘被拔出）{path}。")
    return None


def translate(exc: BaseException, name: str | None = None) -> UserError | None:
    """The ``UserError`` for a database or disk fault, or None when ``exc`` is something else (a bug)."""
    if isinstance(exc, UserError):
        return exc
    orig: Any = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's exception
    if isinstance(orig, sqlite3.Error):
        return _sqlite(orig, name)
    if isinstance(orig, OSError):
        return _os_error(orig)
    module = type(orig).__module__ or ""
    if module.startswith("psycopg"):
        return _postgres(orig)
    return None
