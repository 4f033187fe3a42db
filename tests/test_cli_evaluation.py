"""The evaluation area through the real `cadredesk-cli` on a county demo database (issue 11, acceptance 1):
the three prints without --batch, ballots tallied from the keyboard, grades, registers, findings.

The county demo batch ran 2025-12-01 … 2026-11-30: on this machine's clock it is over, so its end-of-term
evaluations are due and the experience records can be printed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest

from tests.test_cli import cli
from tests.test_print_forms import pdffonts, run, squeeze


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("county-eval") / "县级演示.sqlite"
    res = cli("demo", "--scale", "county", db=db)
    assert res.returncode == 0, res.stderr
    assert "不称职" in res.stdout and "测评票" in res.stdout  # the planted evaluation cases are reported
    return db


def pages_and_sizes(pdf: Path) -> tuple[int, set[str]]:
    info = run("pdfinfo", "-f", "1", "-l", "100000", pdf)
    sizes = set(re.findall(r"^Page\s+\d+ size:\s+(.+)$", info, re.M))
    pages = int(re.search(r"^Pages:\s+(\d+)$", info, re.M).group(1))  # type: ignore[union-attr]
    return pages, sizes


def test_the_three_prints_without_a_batch(county: Path, tmp_path: Path) -> None:
    res = cli("evaluation", "list", "--json", db=county)
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert len(rows) >= 250 and all(r["due"] for r in rows)
    for kind, extra in (("evaluation", []), ("experience", []), ("ballots", ["--copies", "2"])):
        pdf = tmp_path / f"{kind}.pdf"
        res = cli("print", kind, "--out", pdf, *extra, db=county)
        assert res.returncode == 0, res.stderr
        assert re.fullmatch(rf"已生成 {re.escape(str(pdf))}（\d+ 页）\n", res.stdout)
        fonts = pdffonts(pdf)
        assert fonts and {f["emb"] for f in fonts} == {"yes"}, fonts
        pages, sizes = pages_and_sizes(pdf)
        assert sizes == {"595.276 x 841.89 pts (A4)"}, sizes
        text = squeeze(run("pdftotext", pdf, "-"))
        if kind == "evaluation":
            assert pages >= len(rows)  # at least one page per cadre (two here)
            missing = [r["name"] for r in rows if squeeze(r["name"]) not in text]
            assert not missing, missing[:5]
        elif kind == "experience":
            assert pages >= len(rows)
            assert all(squeeze(r["name"]) in text for r in rows)
        else:
            places = {(r["township"], r["place"]) for r in rows}
            assert pages == len(places)  # two ballots per place, two to a sheet
            assert all(r["name"] in text for r in rows)


def test_keyboard_tally_and_refusals(county: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "录入表.xlsx"
    res = cli("ballot", "template", "--out", sheet, db=county)
    assert res.returncode == 0, res.stderr
    ws = openpyxl.load_workbook(sheet).active
    assert ws is not None
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    # the place where too few ballots came back: its cadre is not decided yet, so ballots can still be entered
    progress = json.loads(cli("ballot", "progress", "--json", db=county).stdout)
    short = next(p["place"] for p in progress if p["returned"] and not all(c["enough"] for c in p["cadres"]))
    serial = str(next(r[0] for r in rows if r[1] == short))
    decided = str(next(r[0] for r in rows if r[1] != short))
    shown = json.loads(cli("ballot", "show", "--serial", serial, "--json", db=county).stdout)
    n = len(shown["lines"])
    marks = "1" * n
    res = cli("ballot", "tally", "--serial", decided, "--marks", "1", db=county)
    assert res.returncode == 1 and "已确定考核等次，不能再录入或更改测评票" in res.stderr
    res = cli("ballot", "tally", "--serial", serial, "--marks", marks, db=county)
    assert res.returncode == 0, res.stderr
    assert (
        f"测评票 {serial}" in res.stdout
        and "已录入" in res.stdout
        and "本村已录入 7 / " in res.stdout  # the 6 returned to the demo, and this one
    )
    again = cli("ballot", "tally", "--serial", serial, "--marks", marks, "--json", db=county)
    assert (
        again.returncode == 1 and "同一编号不能重复录入" in again.stderr and "Traceback" not in again.stderr
    )
    assert json.loads(again.stdout)["error"]["key"] == "duplicate-serial"
    typo = serial[:-1] + str((int(serial[-1]) + 1) % 10)
    res = cli("ballot", "tally", "--serial", typo, "--marks", marks, db=county)
    assert res.returncode == 1 and "校验位不对" in res.stderr
    res = cli("ballot", "tally", "--serial", serial, "--marks", "1", "2", "3", "4", "1", db=county)
    assert res.returncode == 1


def test_grades_registers_and_findings(county: Path, tmp_path: Path) -> None:
    res = cli("register", "barred", "--json", db=county)
    assert res.returncode == 0, res.stderr
    barred = json.loads(res.stdout)
    assert barred and all(b["grade"] == "不称职" and b["running"] for b in barred)
    # decided on 2026-11-18 (the demo's end-of-term day): barred through 2029-11-17
    assert {(b["decided_on"], b["until"]) for b in barred} == {("2026-11-18", "2029-11-17")}
    units = json.loads(cli("register", "units", "--json", db=county).stdout)
    assert (
        len(units) == 2
        and {u["since"] for u in units} == {"2025-12-01"}
        and {u["until"] for u in units} == {"2028-11-30"}
    )
    service = json.loads(cli("register", "service", "--json", db=county).stdout)
    assert len(service) >= 250 and all(s["days"] >= 365 for s in service)
    out = tmp_path / "不予提拔.xlsx"
    res = cli("register", "barred", "--out", out, db=county)
    assert res.returncode == 0 and out.exists()

    report = json.loads(cli("check", "--json", db=county).stdout)
    rules = {v["rule"] for v in report["violations"]}
    assert {"evaluation-undecided", "ballot-sample"} <= rules and "excellent-ceiling" not in rules

    res = cli("evaluation", "decide", "--all", "--json", db=county)
    assert res.returncode == 0, res.stderr
    decided = json.loads(res.stdout)
    assert decided["excellent_limit"] == decided["population"] // 5
    assert len(decided["incomplete"]) == 3  # the planted ones stay undecided

    res = cli("evaluation", "params", "--set", "excellent_ceiling=15%", db=county)
    assert res.returncode == 1 and "已有" in res.stderr and "确定了等次" in res.stderr

    who = barred[0]["id_number"]
    res = cli("evaluation", "show", "--cadre", who, db=county)
    assert res.returncode == 0, res.stderr
    assert "确定等次：不称职（3年内不予提拔使用）" in res.stdout and "驻村考勤：驻村期间在岗" in res.stdout
    assert who not in res.stdout  # the ID is masked on the terminal
