"""One writer per SQLite file: an OS lock that dies with the process + a sidecar naming the holder."""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO, Any

from cadredesk.errors import DatabaseInUse, ReadOnlyDatabase


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


class InstanceLock:
    """Held by the GUI (and by CLI commands that write) for as long as the file is open."""

    def __init__(self, db_path: Path) -> None:
        self.lock_path = db_path.with_name(db_path.name + ".lock")
        self.info_path = db_path.with_name(db_path.name + ".holder.json")
        self._handle: IO[bytes] | None = None

    def holder(self) -> dict[str, Any]:
        try:
            data: dict[str, Any] = json.loads(self.info_path.read_text(encoding="utf-8"))
            return data
        except (OSError, ValueError):
            return {}

    def holder_text(self) -> str:
        h = self.holder()
        return f"{h.get('user', '?')}@{h.get('host', '?')}（进程 {h.get('pid', '?')}，自 {h.get('since', '?')} 起）"

    def acquire(self) -> None:
        try:
            handle = open(self.lock_path, "a+b")  # noqa: SIM115 - kept open while held
        except OSError as exc:
            raise ReadOnlyDatabase(
                f"无法在数据库所在文件夹中建立锁文件（{exc.strerror}）：{self.lock_path.parent}。"
                "请检查该文件夹是否可写。"
            ) from None
        if not _try_lock(handle):
            handle.close()
            who = self.holder_text()
            raise DatabaseInUse(
                f"数据库正被另一个 CadreDesk 使用：{who}。请先关闭那个窗口再打开；若该程序已异常退出，锁会随之自动解除。"
            )
        self._handle = handle
        info = {
            "host": socket.gethostname(),
            "user": getpass.getuser(),
            "pid": os.getpid(),
            "since": dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
        }
        self.info_path.write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            self.info_path.unlink(missing_ok=True)
        # Remove the lock file while still holding the lock: others only ever try non-blocking, so no
        # process can be left waiting on the unlinked inode.
        with contextlib.suppress(OSError):
            self.lock_path.unlink(missing_ok=True)
        self._handle.close()
        self._handle = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
