"""The faults issue 12 found, each reproduced through the real `cadredesk-cli` and now a clear Chinese
message with exit 1 (never "内部错误", exit 3) that changes nothing it should not:

damaged (pages overwritten in the middle), truncated and text files as the database — and the way back
(`restore` over them); a read-only file and a read-only folder; a full disk (an OS file-size limit in the
child, and ENOSPC at 20 offsets of a backup file); two writers; bad `--db` values; long values and
control characters from the command line and from a workbook.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import openpyxl
import pytest

from cadredesk.errors import DiskFull
from cadredesk.services import backup
from cadredesk.storage import backup_file
from cadredesk.storage.lock import InstanceLock
from tests.factories import make_id
from tests.safety_helpers import logical, sha, small_database

CLI = Path(sys.executable).with_name("cadredesk-cli")


def cli(
    *args: str | Path,
    db: Path | str | None = None,
    preexec: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[str]:
    cmd = [str(CLI)] + (["--db", str(db)] if db is not None else []) + [str(a) for a in args]
    return subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        preexec_fn=preexec,
    )


def clear(res: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 1 with a Chinese sentence carrying ``words`` — no traceback, no internal error."""
    assert res.returncode == 1, (res.returncode, res.stdout, res.stderr)
    assert "Traceback" not in res.stderr and "内部错误" not in res.stderr, res.stderr
    for w in words:
        assert w in res.stderr, (w, res.stderr)


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def count(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


ADD = ("batch", "add", "二〇二七年驻村", "--start", "2027-01-01", "--end", "2027-12-31")


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A county demo database and a verified backup of it."""
    folder = tmp_path_factory.mktemp("county")
    db = folder / "县.sqlite"
    assert cli("init", db=db).returncode == 0
    assert cli("demo", db=db).returncode == 0
    bak = folder / "好的备份.cdbak"
    assert cli("backup", "--out", bak, db=db).returncode == 0
    return db, bak


def _copy(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    return dst


# --------------------------------------------------------------------------- damaged files


def _overwrite_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    for page in range(pages // 2, pages // 2 + 3):
        data[page * 4096 : (page + 1) * 4096] = b"\xab" * 4096
    path.write_bytes(bytes(data))


DAMAGES: dict[str, Callable[[Path], None]] = {
    "中间被覆盖": _overwrite_middle,
    "被截断": lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 3]),
    "文本文件": lambda p: p.write_text("这是一个文本文件，不是数据库。\n" * 200, encoding="utf-8"),
}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_damaged_database_never_takes_a_write_and_restore_brings_it_back(
    county: tuple[Path, Path], tmp_path: Path, damage: str
) -> None:
    src, bak = county
    db = _copy(src, tmp_path / "损坏.sqlite")
    DAMAGES[damage](db)
    before = sha(db)
    for args in (ADD, ("demo",), ("backup", "--out", tmp_path / "x.cdbak"), ("check",)):
        clear(cli(*args, db=db), "已损坏", "restore")
    listed = cli("batch", "list", db=db)  # a read answers (read-only) or says the file is damaged
    assert listed.returncode in (0, 1) and "已损坏" in listed.stderr and "内部错误" not in listed.stderr
    assert sha(db) == before and not (tmp_path / "x.cdbak").exists()

    res = cli("restore", bak, "--yes", db=db)  # the way back the messages name
    assert res.returncode == 0, res.stderr
    [kept] = list(tmp_path.glob("损坏.pre-restore-*-damaged.sqlite"))
    assert sha(kept) == before  # the damaged bytes are kept, as they were
    assert integrity(db) == "ok"
    assert count(db, "cadre") == count(src, "cadre") > 0
    assert cli(*ADD, db=db).returncode == 0


# --------------------------------------------------------------------------- read-only file and folder


def _without_dac_override() -> None:
    """As root: drop the capabilities that ignore file modes from the bounding set, so the CLI this
    child executes respects them like an ordinary clerk's process (prctl PR_CAPBSET_DROP)."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
        if libc.prctl(24, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


AS_CLERK = _without_dac_override if os.geteuid() == 0 else None


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_file_or_folder_is_a_clear_message(
    county: tuple[Path, Path], tmp_path: Path, what: str
) -> None:
    folder = tmp_path / "数据"
    folder.mkdir()
    db = _copy(county[0], folder / "只读.sqlite")
    assert cli(*ADD, db=db, preexec=AS_CLERK).returncode == 0  # writable: works
    if what == "file":
        os.chmod(db, 0o444)
    else:
        os.chmod(folder, 0o555)
    try:
        before = sha(db)
        res = cli(
            "batch", "add", "另一批", "--start", "2028-01-01", "--end", "2028-12-31", db=db, preexec=AS_CLERK
        )
        clear(res)
        assert any(w in res.stderr for w in ("只读", "可写")), res.stderr
        assert sha(db) == before
        listed = cli("batch", "list", db=db, preexec=AS_CLERK)
        if what == "file":
            assert listed.returncode == 0  # a read-only file is still read
        else:  # SQLite needs its lock and -wal beside the file even to read: said so
            clear(listed, "可写")
    finally:
        os.chmod(folder, 0o755)
        os.chmod(db, 0o644)


# --------------------------------------------------------------------------- full disk


def _file_limit(limit: int) -> Callable[[], None]:
    """The child may not write a file beyond ``limit`` bytes (EFBIG, as on a full FAT32 stick)."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_full_disk_during_writes_keeps_every_committed_row(tmp_path: Path) -> None:
    db = tmp_path / "满.sqlite"
    assert cli("init", db=db).returncode == 0
    assert cli(*ADD, db=db).returncode == 0
    batches = count(db, "batch")
    res = cli("demo", db=db, preexec=_file_limit(db.stat().st_size + 70_001))
    clear(res, "数据库")
    assert any(w in res.stderr for w in ("磁盘", "写入")), res.stderr
    assert integrity(db) == "ok"
    assert count(db, "batch") == batches and count(db, "cadre") == 0  # all or nothing
    assert cli(*ADD[:2], "又一批", *ADD[3:], db=db).returncode == 0  # space again: works


def test_a_full_disk_during_a_backup_leaves_no_file(county: tuple[Path, Path], tmp_path: Path) -> None:
    db = _copy(county[0], tmp_path / "县.sqlite")
    out = tmp_path / "U盘" / "备份.cdbak"
    out.parent.mkdir()
    audit = count(db, "audit_log")
    res = cli("backup", "--out", out, db=db, preexec=_file_limit(200_001))
    clear(res, "备份失败", "磁盘空间不足", "数据库未受影响")
    assert not out.exists() and list(out.parent.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no scratch left
    assert integrity(db) == "ok" and count(db, "audit_log") == audit


class _FullAfter:
    """A file object that fails with ENOSPC once ``limit`` bytes were written (a stick filling up)."""

    def __init__(self, fh: BinaryIO, limit: int) -> None:
        self.fh, self.left = fh, limit

    def write(self, data: bytes) -> int:
        if len(data) > self.left:
            self.fh.write(bytes(data[: self.left]))
            self.left = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self.left -= len(data)
        return self.fh.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.fh, name)


def test_enospc_at_twenty_offsets_of_a_backup_keeps_the_previous_generation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = small_database(tmp_path / "live.sqlite")
    out = tmp_path / "stick" / "备份.cdbak"
    out.parent.mkdir()
    first = backup.create_backup(ctx, out)  # the previous generation on the stick
    previous = sha(out)
    size = first.size
    want = logical(ctx.db)
    real = backup_file.write
    refused = 0
    for i in range(20):
        limit = 1 + (size - 2) * i // 19

        def failing(fh: BinaryIO, *a: Any, _limit: int = limit, **k: Any) -> Any:
            return real(_FullAfter(fh, _limit), *a, **k)  # type: ignore[arg-type]

        monkeypatch.setattr(backup_file, "write", failing)
        with pytest.raises(DiskFull, match="磁盘空间已满"):
            backup.create_backup(ctx, out)
        refused += 1
        assert sha(out) == previous and [p.name for p in out.parent.iterdir()] == [out.name]
    monkeypatch.setattr(backup_file, "write", real)
    assert refused == 20
    assert backup.verify_backup(out).sha256 == previous
    assert logical(ctx.db) == want
    ctx.db.close()


# --------------------------------------------------------------------------- two writers


def test_a_second_writer_is_told_who_holds_the_file(county: tuple[Path, Path], tmp_path: Path) -> None:
    db = _copy(county[0], tmp_path / "县.sqlite")
    lock = InstanceLock(db)
    lock.acquire()  # this test process is the first writer
    try:
        before = sha(db)
        for args in (ADD, ("demo",), ("restore", county[1], "--yes")):
            clear(cli(*args, db=db), "正被另一个 CadreDesk 使用", f"进程 {os.getpid()}")
        assert sha(db) == before
        assert cli("batch", "list", db=db).returncode == 0  # reading beside it works
    finally:
        lock.release()
    assert cli(*ADD, db=db).returncode == 0


# --------------------------------------------------------------------------- bad --db values


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("   ", "不能为空"),
        ("{tmp}", "是一个文件夹"),
        ("{tmp}/没有这个文件夹/x.sqlite", "文件夹不存在"),
        ("//server/share/x.sqlite", "网络共享"),
        ("sqlite+nosuch://x", "无法使用数据库地址"),
        ("postgresql+psycopg://nobody@/nodb?host={tmp}", "连接不上数据库服务器"),
    ],
)
def test_more_bad_db_values_are_clear(tmp_path: Path, value: str, expected: str) -> None:
    res = cli("batch", "list", db=value.format(tmp=tmp_path))
    clear(res, expected)


# --------------------------------------------------------------------------- long values, control characters


def test_long_and_control_character_values_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    res = cli("batch", "add", "长" * 300, "--start", "2027-01-01", "--end", "2027-12-31", db=db)
    clear(res, "共 300 个字", "128")
    hostile = "恶意\x1b[31m红色\u202e批次\x07"
    res = cli("batch", "add", hostile, "--start", "2027-01-01", "--end", "2027-12-31", db=db)
    assert res.returncode == 0, res.stderr
    listed = cli("batch", "list", "--json", db=db)
    [row] = json.loads(listed.stdout)
    assert row["name"] == "恶意[31m红色批次"  # stored cleaned: no escape, override or bell
    assert "\x1b" not in res.stdout + listed.stdout and "\u202e" not in res.stdout + listed.stdout


def test_long_and_control_character_values_from_a_workbook(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    book = tmp_path / "名单.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["序号", "姓名", "身份证号", "派出单位", "乡镇", "派驻村", "派驻身份"])
    ids = [make_id(dt.date(1981, 2, 3) + dt.timedelta(days=50 * i), seq=i) for i in range(1, 4)]
    # XML cannot hold C0 controls: Excel stores ESC as _x001B_ (decoded on reading); C1 CSI (U+009B) as is
    ws.append([1, "张\u202e三丰", ids[0], "县财政局_x001B_[2J\x9b2J", "黄河口镇", "一村", "队员"])
    ws.append([2, "李四", ids[1], "县" + "很长的单位名称" * 30, "黄河口镇", "二村", "队员"])
    ws.append([3, "王五", ids[2], "县农业局", "黄河口镇", "三村", "队员"])
    wb.save(book)

    res = cli("import", "roster", book, "--batch", "2027年驻村", "--create-places", "--json", db=db)
    assert res.returncode == 1  # all or nothing: the over-long row stops the import
    report = json.loads(res.stdout)
    assert report["imported"] == 0
    [rejected] = report["rejected"]
    assert rejected["row"] == 3 and "超过 128 个字" in rejected["reason"], rejected
    assert "\x1b" not in res.stdout + res.stderr

    res = cli("import", "roster", book, "--batch", "2027年驻村", "--create-places", "--skip-invalid", db=db)
    assert res.returncode == 0, res.stderr
    assert not {"\x1b", "\x9b", "\u202e"} & set(res.stdout + res.stderr)
    names = {c["name"]: c for c in json.loads(cli("list", "cadres", "--json", db=db).stdout)}
    assert set(names) == {"张三丰", "王五"}  # the override removed, the long row not taken, nothing cut
    assert names["张三丰"]["unit"] == "县财政局[2J2J"


def test_an_over_long_value_is_refused_on_both_engines(any_ctx: Any) -> None:
    """PostgreSQL would fail the transaction with a driver error and SQLite would keep the value whole:
    both refuse it with the field and its width, and nothing is written."""
    from cadredesk.errors import ValidationError
    from cadredesk.services.batches import BatchForm, create_batch, list_batches

    start, end = dt.date(2027, 1, 1), dt.date(2027, 12, 31)
    with pytest.raises(ValidationError, match="超过“名称”允许的 128 个字"):
        create_batch(any_ctx, BatchForm.defaults("county", start, end, name="长" * 129))
    assert list_batches(any_ctx) == []
    create_batch(any_ctx, BatchForm.defaults("county", start, end, name="长" * 128))  # exactly the width
    assert [b.name for b in list_batches(any_ctx)] == ["长" * 128]
