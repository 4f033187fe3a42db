"""The command line as a clerk or a script uses it: the real `cadredesk-cli` executable in a subprocess."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.factories import make_id
from tests.test_strokes import EXPECTED_ORDER

CLI = Path(sys.executable).with_name("cadredesk-cli")


def cli(*args: str | Path, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [str(CLI)] + (["--db", str(db)] if db else []) + [str(a) for a in args]
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=600)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("county") / "县级演示.sqlite"
    assert cli("init", db=db).returncode == 0
    res = cli("demo", "--scale", "county", db=db)
    assert res.returncode == 0, res.stderr
    return db


def test_console_script_is_installed() -> None:
    assert CLI.exists(), "pip install must provide the cadredesk-cli entry point"


def test_init_demo_check_list(county: Path) -> None:
    again = cli("demo", db=county)
    assert again.returncode == 1
    assert "演示数据只能写入空数据库" in again.stderr and "Traceback" not in again.stderr
    assert again.stderr.count("\n") == 1  # one clear line

    res = cli("check", "--json", db=county)
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    assert report["integrity"] == "ok"
    rules = {v["rule"] for v in report["violations"]}
    # the demo plants one of each of these; check must find them
    assert {"priority-uncovered", "unit-quota", "training-incomplete", "township-lead"} <= rules
    assert all(set(v) >= {"rule", "subject", "detail"} for v in report["violations"])

    res = cli("list", "cadres", "--json", db=county)
    assert res.returncode == 0
    assert "\\u" not in res.stdout  # UTF-8, not ASCII-escaped
    rows = json.loads(res.stdout)
    assert len(rows) >= 250
    need = {
        "name",
        "id_number",
        "gender",
        "birth_date",
        "ethnicity",
        "unit",
        "township",
        "place",
        "role",
        "status",
    }
    assert all(need <= set(r) for r in rows)
    sample = rows[0]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", sample["birth_date"])
    assert sample["birth_date"].replace("-", "") == sample["id_number"][6:14]


def test_batch_add_and_list(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite"
    res = cli("batch", "add", "2027年驻村", "--start", "2027-01-01", "--end", "2027-12-31", db=db)
    assert res.returncode == 0, res.stderr
    assert (
        cli("batch", "add", "2027年驻村", "--start", "2027-01-01", "--end", "2027-12-31", db=db).returncode
        == 1
    )
    bad = cli("batch", "add", "x", "--start", "2027-02-30", "--end", "2027-12-31", db=db)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
    listed = json.loads(cli("batch", "list", "--json", db=db).stdout)
    assert listed == [
        {"name": "2027年驻村", "level": "county", "start": "2027-01-01", "end": "2027-12-31", "cadres": 0,
         "term_reason": "", "closed_on": None}
    ]  # fmt: skip
    # a county term of 18 months: refused without a reason, kept in its own column with one
    long = ("batch", "add", "2028年驻村", "--start", "2028-01-01", "--end", "2029-06-30")
    refused = cli(*long, db=db)
    assert refused.returncode == 1 and "请注明原因" in refused.stderr
    assert cli(*long, "--reason", "跨换届年度，延长半年", db=db).returncode == 0
    listed = json.loads(cli("batch", "list", "--json", db=db).stdout)
    assert listed[0]["name"] == "2028年驻村" and listed[0]["term_reason"] == "跨换届年度，延长半年"


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert cli("no-such-command", db=tmp_path / "u.sqlite").returncode == 2
    assert cli("import", "roster", db=tmp_path / "u.sqlite").returncode == 2


def test_newer_database_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "newer.sqlite"
    assert cli("init", db=db).returncode == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '0999_future'")
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    before = sha(db)
    for args in (("init",), ("list", "cadres", "--json"), ("check",)):
        res = cli(*args, db=db)
        assert res.returncode == 1 and "更新版本" in res.stderr, args
    assert sha(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.sqlite"]


def test_audit_verify_finds_tampering(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    cli("batch", "add", "一批", "--start", "2027-01-01", "--end", "2027-12-31", db=db)
    cli("batch", "add", "二批", "--start", "2027-01-01", "--end", "2027-12-31", db=db)
    assert cli("audit", "verify", db=db).returncode == 0
    con = sqlite3.connect(db)
    con.execute("DROP TRIGGER audit_log_no_update")  # an attacker with the file can do this …
    con.execute("UPDATE audit_log SET detail = '改过' WHERE id = 1")
    con.commit()
    con.close()
    res = cli("audit", "verify", db=db)  # … but the hash chain still tells
    assert res.returncode == 1 and "第 1 条" in res.stderr


def _roster_workbook(path: Path, names: list[str]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2027年驻村干部名单"])
    ws.append(["填报单位：县委组织部"])
    ws.append(["序号", "姓名", "身份证号", "派出单位", "乡镇", "派驻村", "派驻身份"])
    for i, name in enumerate(names, start=1):
        ws.append([i, name, make_id(dt.date(1980, 1, 1) + dt.timedelta(days=97 * i), seq=i), "县财政局", "垦利街道",
                   f"第{i}村", "队员"])  # fmt: skip
    ws.append(["合计", f"{len(names)}人"])
    wb.save(path)


def test_import_export_print_in_stroke_order(tmp_path: Path) -> None:
    """A roster imported, exported and printed 按姓氏笔画 comes out in the hand-checked order."""
    # cadre names have at least two characters: extend one-character surnames with 一 (1 stroke),
    # which keeps the hand-checked order (王一 < 王玥 < 王喆, 张一 < 张堃, 陈一 < 陈珺)
    expected = [n if len(n) > 1 else n + "一" for n in EXPECTED_ORDER]
    shuffled = expected[::2] + expected[1::2]
    db, book = tmp_path / "s.sqlite", tmp_path / "名单.xlsx"
    _roster_workbook(book, shuffled)

    res = cli("import", "roster", book, "--batch", "2027年驻村", "--json", db=db)
    assert res.returncode == 1  # unknown places: all or nothing
    report = json.loads(res.stdout)
    assert report["imported"] == 0 and len(report["rejected"]) == len(expected)
    assert report["rejected"][0]["row"] == 4 and "垦利街道" in report["rejected"][0]["reason"]

    res = cli("import", "roster", book, "--batch", "2027年驻村", "--create-places", "--json", db=db)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["imported"] == len(expected)
    # the missing batch was created, its term taken from the year its name gives (no dates in the file)
    [created] = json.loads(cli("batch", "list", "--json", db=db).stdout)
    assert (created["start"], created["end"], created["cadres"]) == (
        "2027-01-01",
        "2027-12-31",
        len(expected),
    )
    again = json.loads(
        cli("import", "roster", book, "--batch", "2027年驻村", "--create-places", "--json", db=db).stdout
    )
    assert again["imported"] == 0  # the same file twice adds nothing

    xlsx = tmp_path / "导出.xlsx"
    assert (
        cli(
            "export", "roster", "--batch", "2027年驻村", "--out", xlsx, "--order", "strokes", db=db
        ).returncode
        == 0
    )
    ws = openpyxl.load_workbook(xlsx).active
    assert ws is not None
    col = next(c for c in range(1, ws.max_column + 1) if ws.cell(row=3, column=c).value == "姓名")
    exported = [ws.cell(row=r, column=col).value for r in range(4, 4 + len(expected))]
    assert exported == expected

    pdf = tmp_path / "名单.pdf"
    res = cli("print", "roster", "--out", pdf, "--order", "strokes", db=db)
    assert res.returncode == 0, res.stderr
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # emb column
    text = re.sub(r"\s+", "", subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True,
                                             check=True).stdout)  # fmt: skip
    positions = [text.find(n) for n in expected]
    assert -1 not in positions, [n for n, p in zip(expected, positions, strict=True) if p < 0]
    assert positions == sorted(positions)

    # `print` offers the kinds this version has, and names them when asked for another
    res = cli("print", "no-such-form", "--out", tmp_path / "b.pdf", db=db)
    assert res.returncode == 2 and "roster" in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "b.pdf").exists()


def test_bad_file_is_a_clear_error(tmp_path: Path) -> None:
    fake = tmp_path / "名单.xlsx"
    fake.write_text("这不是表格", encoding="utf-8")
    res = cli("import", "roster", fake, "--batch", "x", db=tmp_path / "f.sqlite")
    assert res.returncode == 1 and "名单.xlsx" in res.stderr and "Traceback" not in res.stderr


def test_import_places_and_units(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in (["乡镇", "村名", "软弱涣散村"], ["河口镇", "新村", "√"], ["河口镇", "老村", ""]):
        ws.append(row)
    wb.save(tmp_path / "村.xlsx")
    res = cli("import", "places", tmp_path / "村.xlsx", "--json", db=db)
    assert res.returncode == 1  # 河口镇 is not registered: a rejected row, not a township made silently
    assert (
        json.loads(res.stdout)["rejected"][0]["reason"]
        == "乡镇“河口镇”尚未登记（导入时选择“新建乡镇”可一并新建）"
    )
    res = cli("import", "places", tmp_path / "村.xlsx", "--create-townships", "--json", db=db)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["imported"] == 2
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in (["单位名称", "主要负责人", "选派名额"], ["县财政局", "王局长", 2]):
        ws.append(row)
    wb.save(tmp_path / "单位.xlsx")
    assert cli("import", "units", tmp_path / "单位.xlsx", db=db).returncode == 1  # which batch?
    cli("batch", "add", "2027年驻村", "--start", "2027-01-01", "--end", "2027-12-31", db=db)
    res = cli("import", "units", tmp_path / "单位.xlsx", "--batch", "2027年驻村", db=db)
    assert res.returncode == 0 and "已导入 1 行" in res.stdout
    report = json.loads(cli("check", "--json", db=db).stdout)
    found = {(v["rule"], v["subject"].split(" / ")[-1]) for v in report["violations"]}
    assert ("unit-quota", "县财政局") in found and ("priority-uncovered", "河口镇新村") in found


def test_a_cli_write_is_refused_while_the_gui_holds_the_database(county: Path, tmp_path: Path) -> None:
    """House rule: one writer per file. The GUI holds it; a CLI write exits 1 naming the holder and writes
    nothing, while reads still answer."""
    import os
    import signal
    import time

    db = tmp_path / "占用中.sqlite"
    db.write_bytes(county.read_bytes())
    holder = db.with_name(db.name + ".holder.json")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    gui = subprocess.Popen(
        [str(CLI.with_name("cadredesk")), "--db", str(db)], env=env, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 60
        while not holder.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert holder.exists(), "the GUI did not open the database"
        # the daily automatic backup runs in the background after start-up (it writes its audit entry and
        # the database's identity): wait for its file, however slow a loaded machine makes the GUI
        from cadredesk.paths import backups_dir

        while not list(backups_dir().rglob("*-daily.cdbak")) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert list(backups_dir().rglob("*-daily.cdbak")), "the GUI made no daily automatic backup"
        # let the GUI finish its start-up work (first page, the daily automatic backup's audit entry):
        # the files must stay unchanged for 2 s before the CLI is tried
        files = [db, db.with_name(db.name + "-wal")]

        def state() -> dict[Path, str]:
            return {p: sha(p) for p in files if p.exists()}

        before, steady_since = state(), time.monotonic()
        while time.monotonic() - steady_since < 2.0 and time.monotonic() < deadline + 60:
            time.sleep(0.25)
            now = state()
            if now != before:
                before, steady_since = now, time.monotonic()
        files = [p for p in files if p.exists()]
        for args in (
            ("batch", "add", "2027年度驻村", "--start", "2027-01-01", "--end", "2027-12-31"),
            ("demo",),
            ("export", "roster", "--out", tmp_path / "x.xlsx"),
            ("print", "roster", "--out", tmp_path / "x.pdf"),
        ):
            res = cli(*args, db=db)
            assert res.returncode == 1, (args, res.stderr)
            assert "正被另一个 CadreDesk 使用" in res.stderr and f"进程 {gui.pid}" in res.stderr, res.stderr
            assert "Traceback" not in res.stderr
        assert {p: sha(p) for p in files} == before
        assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "x.pdf").exists()
        listed = cli("batch", "list", "--json", db=db)  # a read answers meanwhile
        assert listed.returncode == 0 and json.loads(listed.stdout)[0]["cadres"] > 0
    finally:
        gui.send_signal(signal.SIGTERM)
        gui.wait(30)
    assert not holder.exists()  # the lock went with the window
    assert (
        cli("batch", "add", "2027年度驻村", "--start", "2027-01-01", "--end", "2027-12-31", db=db).returncode
        == 0
    )


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (
            lambda p: p.write_text("这是一个文本文件，不是数据库。\n" * 50, encoding="utf-8"),
            "已损坏或不是数据库文件",
        ),
        (
            lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 80),
            "已损坏或不是数据库文件",
        ),
    ],
)
def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path, make: Any, expected: str) -> None:
    db = tmp_path / "坏文件.sqlite"
    make(db)
    before = sha(db)
    for args in (
        ("check",),
        ("batch", "list"),
        ("batch", "add", "x", "--start", "2026-01-01", "--end", "2026-12-31"),
    ):
        res = cli(*args, db=db)
        assert res.returncode == 1, (args, res.returncode, res.stderr)
        assert expected in res.stderr and "Traceback" not in res.stderr and "内部错误" not in res.stderr
        assert "restore" in res.stderr  # the way back
    assert sha(db) == before


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", "不能为空"),
        ("mysql://u@h/db", "不支持的数据库类型"),
        ("postgresql+nosuchdriver://u@h/db", "postgresql+psycopg"),
    ],
)
def test_bad_db_values_are_usage_messages_not_crashes(value: str, expected: str) -> None:
    res = subprocess.run(
        [str(CLI), "--db", value, "batch", "list"], capture_output=True, text=True, timeout=60
    )
    assert res.returncode == 1 and expected in res.stderr and "Traceback" not in res.stderr
