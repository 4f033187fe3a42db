"""``print signin`` / ``print pairs`` on the county demo, and a clerk's training and mentoring work through
the real ``cadredesk-cli`` executable: A4, every font embedded (pdffonts), names extractable (pdftotext)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import openpyxl
import pytest

from tests.factories import make_id
from tests.test_cli import cli
from tests.test_pdf import pdffonts


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("county9") / "县级演示.sqlite"
    res = cli("demo", "--scale", "county", db=db)
    assert res.returncode == 0, res.stderr
    return db


def _pdf_facts(pdf: Path) -> tuple[list[dict[str, str]], str, set[str]]:
    """(font rows, text, page sizes) of a PDF, read with poppler's tools."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    sizes = set(re.findall(r"Page\s+\d+ size:\s+([\d.]+ x [\d.]+) pts", info))
    return pdffonts(pdf), text, sizes


def _names(db: Path, *args: str) -> list[dict[str, object]]:
    res = cli(*args, "--json", db=db)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)  # type: ignore[no-any-return]


def test_print_signin_without_batch(county: Path, tmp_path: Path) -> None:
    out = tmp_path / "签到表.pdf"
    res = cli("print", "signin", "--out", out, db=county)
    assert res.returncode == 0, res.stderr
    pages = int(re.search(r"（(\d+) 页）", res.stdout).group(1))  # type: ignore[union-attr]
    fonts, text, sizes = _pdf_facts(out)
    assert sizes == {"595.276 x 841.89"}  # A4 portrait, every page
    assert fonts and {f["emb"] for f in fonts} == {"yes"}, fonts
    assert not any("Helvetica" in f["name"] for f in fonts)
    assert text.count("签名") == pages  # the header repeats on every page
    assert "2025年度选派干部驻村蹲点岗前培训班签到表" in text.replace(" ", "")
    listed = json.loads(
        cli("training", "list", "--session", "2025年度选派干部驻村蹲点岗前培训班", "--json", db=county).stdout
    )
    flat = text.replace(" ", "")
    assert all(t["name"] in flat for t in listed["trainees"])  # every trainee's name is extractable
    assert "应到294人" in flat and re.search(r"\d{6}\d{8}\d{3}[\dX]", text) is None  # no ID numbers printed
    # one course of the class: its own sheet with the course and lecturer
    one = tmp_path / "党建.pdf"
    res = cli(
        "print",
        "signin",
        "--out",
        one,
        "--session",
        "2025年度选派干部驻村蹲点岗前培训班",
        "--course",
        "抓党建",
        db=county,
    )
    assert res.returncode == 0, res.stderr
    _fonts, text, _sizes = _pdf_facts(one)
    assert "课程：抓党建促乡村振兴：基层党组织建设实务" in text.replace(" ", "")
    # a sheet per course: eight courses in the main class
    each = tmp_path / "逐课.pdf"
    res = cli(
        "print",
        "signin",
        "--out",
        each,
        "--session",
        "2025年度选派干部驻村蹲点岗前培训班",
        "--by-course",
        db=county,
    )
    assert res.returncode == 0, res.stderr
    assert _pdf_facts(each)[1].replace(" ", "").count("应到294人") == 8
    bad = cli("print", "signin", "--out", tmp_path / "x.pdf", "--session", "没有这个班", db=county)
    assert bad.returncode == 1 and "没有名为“没有这个班”的培训班" in bad.stderr


def test_print_pairs_without_batch(county: Path, tmp_path: Path) -> None:
    out = tmp_path / "结对表.pdf"
    res = cli("print", "pairs", "--out", out, db=county)
    assert res.returncode == 0, res.stderr
    fonts, text, sizes = _pdf_facts(out)
    assert sizes == {"595.276 x 841.89"}
    assert fonts and {f["emb"] for f in fonts} == {"yes"}
    flat = text.replace(" ", "")
    pages = int(re.search(r"（(\d+) 页）", res.stdout).group(1))  # type: ignore[union-attr]
    assert "2025年度选派干部驻村蹲点传帮带结对表" in flat
    page_texts = text.split("\f")[:pages]
    assert len(page_texts) == pages and all(
        p.count("签名") >= 2 for p in page_texts
    )  # the header on every page
    pairs = _names(county, "mentor", "pairs")
    serving = [p for p in pairs if p["status"] not in ("召回", "轮换")]
    assert serving and all(str(p["name"]) in flat and str(p["mentor"]) in flat for p in serving)
    towns = {str(p["township"]) for p in serving}
    assert all(f"{t}（帮带人" in flat for t in towns)  # grouped by township


def test_demo_check_has_the_planted_training_and_mentoring_findings(county: Path) -> None:
    res = cli("check", "--json", "--as-of", "2026-11-20", db=county)
    found = json.loads(res.stdout)["violations"]
    count = {
        k: sum(1 for v in found if v["rule"] == k)
        for k in ("training-incomplete", "mentor-missing", "mentor-idle", "mentor-township")
    }
    assert count == {"training-incomplete": 3, "mentor-missing": 2, "mentor-idle": 2, "mentor-township": 1}


def test_a_clerk_does_it_all_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "县.sqlite"
    ids = [make_id(__import__("datetime").date(1985 + i, 1, 1)) for i in range(3)]
    roster = tmp_path / "名单.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["姓名", "身份证号", "乡镇", "派驻村", "派出单位", "派驻身份"])
    for name, number, village in zip(("赵一", "钱二", "孙三"), ids, ("东村", "西村", "南村"), strict=True):
        ws.append([name, number, "永安镇", village, "县财政局", "队员"])
    wb.save(roster)
    assert cli("import", "roster", roster, "--batch", "2026年驻村", "--create-places", db=db).returncode == 0
    steps = [
        (
            "training",
            "add-session",
            "2026年岗前培训班",
            "--start",
            "2026-01-05",
            "--end",
            "2026-01-06",
            "--venue",
            "县委党校",
        ),
        ("training", "add-course", "政策解读", "--hours", "3", "--day", "2026-01-05", "--topic", "农村政策"),
        ("training", "add-course", "党建实务", "--hours", "3", "--day", "2026-01-06", "--topic", "党的建设"),
        ("training", "attend", "--course", "政策解读", "--all"),
        ("training", "attend", ids[0], ids[1], "--course", "党建实务"),
        ("training", "attend", ids[2], "--course", "党建实务", "--mark", "请假"),
        ("mentor", "add", "陈书记", "--township", "永安镇", "--post", "镇党委书记"),
        ("mentor", "pair", "陈书记", "--township", "永安镇", ids[0], ids[1], "--start", "2026-01-10"),
        (
            "mentor",
            "log",
            ids[0],
            "--date",
            "2026-02-01",
            "--form",
            "谈心谈话",
            "--topic",
            "驻村打算",
            "--outcome",
            "明确重点",
        ),
    ]
    for step in steps:
        res = cli(*step, db=db)
        assert res.returncode == 0, (step, res.stderr)
    status = {r["name"]: (r["training"], r["detail"]) for r in _names(db, "training", "status")["cadres"]}  # type: ignore[index]
    assert status == {
        "赵一": ("已完成", "必修课 2/2"),
        "钱二": ("已完成", "必修课 2/2"),
        "孙三": ("未完成", "必修课 1/2，缺：党建实务（请假未补 1 门）"),
    }
    rule = cli("training", "rule", "--rule", "学时", "--hours", "3", "--json", db=db)
    assert json.loads(rule.stdout) == {"batch": "2026年驻村", "required": True, "rule": "学时", "hours": 3}
    assert _names(db, "training", "status")["cadres"][2]["training"] == "已完成"  # type: ignore[index]
    summary = json.loads(cli("training", "summary", "--cadre", ids[0], "--json", db=db).stdout)
    assert (summary["mentor"], summary["activities"], summary["hours"]) == ("陈书记", 1, 6.0)
    pairs = _names(db, "mentor", "pairs")
    assert [(p["mentor"], p["name"], p["activities"]) for p in pairs] == [
        ("陈书记", "赵一", 1),
        ("陈书记", "钱二", 0),
    ]
    # an exported grid, corrected in Excel and imported with a bad row reported by its row number
    grid = tmp_path / "考勤.xlsx"
    assert cli("training", "export", "--what", "grid", "--out", grid, db=db).returncode == 0
    wb = openpyxl.load_workbook(grid)
    ws = wb.active
    assert ws is not None
    col = next(c.column for c in ws[4] if c.value == "党建实务")
    ws.cell(row=7, column=col).value = "补"
    ws.append([4, "周四", None, None, None, None, "√", "√"])
    wb.save(grid)
    res = cli("import", "training", grid, "--json", db=db)
    assert res.returncode == 1
    report = json.loads(res.stdout)
    assert report["rejected"] == [{"row": 8, "name": "周四", "reason": "本批次名单中没有“周四”"}]
    assert report["error"]["key"] == "invalid" and "未导入任何数据" in res.stderr
    res = cli("import", "training", grid, "--skip-invalid", "--json", db=db)
    assert res.returncode == 0, res.stderr
    assert {k: json.loads(res.stdout)[k] for k in ("imported", "marked", "unchanged")} == {
        "imported": 3,
        "marked": 1,
        "unchanged": 5,
    }
    assert cli("check", "--json", db=db).returncode == 0
