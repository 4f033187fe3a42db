"""Write a file all-or-nothing: every xlsx, PDF and backup CadreDesk produces goes through here.

The content is written to a temporary file in the target folder, flushed, fsync'ed and renamed over
the target (``os.replace``), then the folder is fsync'ed. On any failure the temporary file is
removed and an existing target is left untouched. OS errors become a ``UserError`` naming the file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from cadredesk.errors import DiskFull, UserError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def fsync_dir(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows cannot open folders this way and does not need it."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(
    out: Path | str, write: Callable[[BinaryIO], None], *, check: Callable[[Path], None] | None = None
) -> Path:
    """Fill ``out`` through ``write(fh)``; all or nothing. Returns the path written.

    ``check(temp_path)`` runs on the synced temporary file before it is renamed over ``out`` (a backup
    reads itself back and verifies); an exception from it leaves ``out`` untouched.
    """
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"保存位置不存在：{folder}", key="output-folder-missing")
    if out.is_dir():
        raise UserError(f"“{out}”是一个文件夹，请给出文件名", key="output-is-folder")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".~{out.stem[:40]}.", suffix=".tmp")
    except OSError as exc:
        raise UserError(f"无法在“{folder}”中写入文件：{exc.strerror or exc}", key="output-write") from exc
    tmp = Path(tmp_name)
    done = False
    try:
        # mkstemp makes the file private (0600); give it the permissions an ordinary new file gets
        with contextlib.suppress(OSError):
            os.chmod(
                tmp,
                (stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IWGRP | stat.S_IROTH | stat.S_IWOTH)
                & ~_umask(),
            )
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if check is not None:
            check(tmp)
        try:
            os.replace(tmp, out)
        except PermissionError as exc:
            raise UserError(
                f"无法覆盖“{out}”：文件可能正在被其他程序（如 Excel 或 PDF 阅读器）打开，请关闭后重试",
                key="output-busy",
            ) from exc
        done = True
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull(
                f"磁盘空间已满，“{out}”没有写成（原有的文件未改动）。请清理磁盘或换一个位置后重试。",
                key="output-write",  # the key every failed output write has had
            ) from exc
        if exc.errno == errno.EFBIG:
            raise DiskFull(
                f"“{out}”超过了该磁盘允许的单个文件大小（FAT32 格式的U盘最大 4 GB），没有写成（原有的文件未改动）。",
                key="output-write",
            ) from exc
        raise UserError(
            f"写入“{out}”失败：{exc.strerror or exc}（磁盘已满或没有写权限？）", key="output-write"
        ) from exc
    finally:
        if not done:
            with contextlib.suppress(OSError):
                tmp.unlink()
    fsync_dir(folder)
    return out
