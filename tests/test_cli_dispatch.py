"""The end of a term, undo and delete through the real `cadredesk-cli` (acceptance 2 of the dispatch list).

The county demo's batch runs 2025-12-01 … 2026-11-30 (fixed dates, so the test does not depend on
today's date beyond it being after the demo's term, which it always is from now on).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

CLI = Path(sys.executable).with_name("cadredesk-cli")
BATCH = "2025年度选派干部驻村蹲点"


def cli(*args: str | Path, db: Path) -> subprocess.CompletedProcess[str]:
    cmd = [str(CLI), "--db", str(db), *(str(a) for a in args)]
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=600)


def rules(db: Path, day: str) -> dict[str, int]:
    res = cli("check", "--json", "--as-of", day, db=db)
    assert res.returncode == 0, res.stderr
    found: dict[str, int] = {}
    for v in json.loads(res.stdout)["violations"]:
        found[v["rule"]] = found.get(v["rule"], 0) + 1
    return found


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("county") / "县级演示.sqlite"
    res = cli("demo", "--scale", "county", db=db)
    assert res.returncode == 0, res.stderr
    return db


def test_term_ended_after_the_end_closing_clears_it_and_frees_the_cadres(
    county: Path, tmp_path: Path
) -> None:
    on_post = [
        r
        for r in json.loads(cli("list", "cadres", "--batch", BATCH, "--json", db=county).stdout)
        if r["status"] == "在岗"
    ]
    assert len(on_post) > 250
    assert "term-ended" not in rules(county, "2026-11-30")  # the last day of the term
    assert rules(county, "2026-12-01")["term-ended"] == len(on_post)

    res = cli("batch", "close", BATCH, "--json", db=county)
    assert res.returncode == 0, res.stderr
    closed = json.loads(res.stdout)
    assert closed["closed_on"] == "2026-11-30" and closed["completed"] == len(on_post)
    after = rules(county, "2026-12-01")
    assert "term-ended" not in after
    assert "insurance-expiring" not in after  # in-post reminders stop for closed dispatches
    listed = json.loads(cli("batch", "list", "--json", db=county).stdout)
    assert listed[0]["closed_on"] == "2026-11-30"
    assert cli("batch", "close", BATCH, db=county).returncode == 1  # already closed

    due = json.loads(cli("list", "due", "--json", db=county).stdout)
    evaluations = json.loads(cli("evaluation", "list", "--batch", BATCH, "--json", db=county).stdout)
    graded = {e["id_number"] for e in evaluations if e["grade"]}
    assert graded and len(graded) < len(on_post)  # the demo decided some evaluations before the end
    assert {d["id_number"] for d in due} == {r["id_number"] for r in on_post} - graded

    # the next batch: the same cadres can be dispatched again
    assert (
        cli(
            "batch", "add", "2026年度驻村蹲点", "--start", "2026-12-01", "--end", "2027-11-30", db=county
        ).returncode
        == 0
    )
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["姓名", "身份证号", "乡镇", "派驻村", "派驻身份"])
    for r in on_post[:3]:
        ws.append([r["name"], r["id_number"], r["township"], r["place"], "队员"])
    wb.save(tmp_path / "续派.xlsx")
    res = cli("import", "roster", tmp_path / "续派.xlsx", "--batch", "2026年度驻村蹲点", "--json", db=county)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["imported"] == 3


def test_undo_delete_step_back_and_settings(tmp_path: Path) -> None:
    db = tmp_path / "u.sqlite"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    import datetime as dt

    from tests.factories import make_id

    ids = [make_id(dt.date(1985, 1, 1) + dt.timedelta(days=40 * i), seq=i) for i in range(3)]
    ws.append(["填报单位：县水利局"])
    ws.append(["姓名", "身份证号", "乡镇", "拟派驻村"])
    for name, number in zip(("马骁", "牛犇", "杨帆"), ids, strict=True):
        ws.append([name, number, "新建镇", "新建村"])
    wb.save(tmp_path / "名单.xlsx")
    res = cli("import", "roster", tmp_path / "名单.xlsx", "--batch", "2026年驻村", "--create-places", db=db)
    assert res.returncode == 0, res.stderr
    runs: list[dict[str, Any]] = json.loads(cli("import", "list", "--json", db=db).stdout)
    assert [(r["kind"], r["file"], r["created"]["dispatch"]) for r in runs] == [("roster", "名单.xlsx", 3)]

    # step back needs a reason; withdrawal is for nominations
    res = cli("dispatch", "withdraw", ids[0], "--batch", "2026年驻村", db=db)
    assert res.returncode == 2 and "缺少必需的参数：--reason" in res.stderr
    assert cli("dispatch", "withdraw", ids[0], "--reason", "单位另行推荐", db=db).returncode == 0
    # the withdrawal changed a row of the import: undo is refused and says why
    res = cli("import", "undo", str(runs[0]["id"]), db=db)
    assert res.returncode == 1 and "马骁在导入后已被修改" in res.stderr
    assert "Traceback" not in res.stderr and res.stderr.count("\n") == 1

    # deleting: refused while referred to
    res = cli("cadre", "delete", ids[1], db=db)
    assert res.returncode == 1 and "已有派驻记录 1 条引用它" in res.stderr
    res = cli("place", "delete", "新建镇", "新建村", db=db)
    assert res.returncode == 1 and "不能删除" in res.stderr
    assert (
        cli("batch", "add", "误建批次", "--start", "2026-01-01", "--end", "2026-12-31", db=db).returncode == 0
    )
    assert cli("batch", "delete", "误建批次", db=db).returncode == 0
    assert [b["name"] for b in json.loads(cli("batch", "list", "--json", db=db).stdout)] == ["2026年驻村"]

    assert cli("setting", "organization", "中共安澜县委组织部", db=db).returncode == 0
    assert cli("setting", "organization", db=db).stdout.strip() == "中共安澜县委组织部"
    profile = json.loads(cli("cadre", "profile", ids[0], "--json", db=db).stdout)
    assert profile["dispatches"][0]["status"] == "撤回"
    assert profile["dispatches"][0]["status_reason"] == "单位另行推荐"


def test_every_help_and_usage_error_is_in_chinese(tmp_path: Path) -> None:
    commands = [
        [], ["batch"], ["batch", "close"], ["batch", "delete"], ["import"], ["import", "places"], ["import", "undo"],
        ["import", "list"], ["list", "due"], ["cadre"], ["cadre", "profile"], ["cadre", "delete"], ["place", "delete"],
        ["dispatch", "back"], ["dispatch", "withdraw"], ["setting", "organization"],
    ]  # fmt: skip
    english = ("usage:", "options:", "show this help", "positional arguments", "required:", "error:")
    for words in commands:
        res = subprocess.run([str(CLI), *words, "--help"], capture_output=True, text=True, encoding="utf-8")
        assert res.returncode == 0, words
        assert "用法：" in res.stdout and not any(e in res.stdout for e in english), (words, res.stdout)
    res = subprocess.run([str(CLI), "batch", "close"], capture_output=True, text=True, encoding="utf-8")
    assert res.returncode == 2 and "缺少必需的参数：NAME" in res.stderr and "usage" not in res.stderr
    res = subprocess.run(
        [str(CLI), "import", "undo", "abc"], capture_output=True, text=True, encoding="utf-8"
    )
    assert res.returncode == 2 and "导入记录编号应为正整数" in res.stderr and "int" not in res.stderr
