"""The 问题台账 page driven as a clerk would, one test per user step, on a real SQLite file: register a
problem, move it one stage at a time (a refused step shows the service's reason in the dialog), the
overdue switch and the stage filter, reopen a closed problem, its detail with the history, export to
Excel and 生成 PDF (fonts embedded, text extractable).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from cadredesk.services import problems
from cadredesk.services.context import Actor, Context
from cadredesk.services.problems import ProblemForm
from cadredesk.storage.engine import Database
from cadredesk.storage.schema import ensure_schema
from cadredesk.ui import list_export
from cadredesk.ui.notify import RecordingNotifier
from cadredesk.ui.pages.problems_page import ProblemsPage
from cadredesk.ui.saving_dialog import qdate
from cadredesk.ui.tasks import TaskRunner
from tests import onpost_data
from tests.onpost_data import Campaign

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 3, 25)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Campaign, dict[str, int]]:
    """The campaign with three problems: one just found, one assigned and overdue, one closed."""
    path = tmp_path_factory.mktemp("problems") / "template.sqlite"
    db = Database.open(str(path))
    ensure_schema(db)
    ctx = Context(db=db, actor=Actor("tester", "测试员"), clock=lambda: TODAY)
    camp = onpost_data.build(ctx)
    east, west = camp.places["黄河口镇东村"], camp.places["黄河口镇西村"]

    def report(place: int, title: str, day: dt.date) -> int:
        form = ProblemForm(onpost_data.BATCH, place, "第一书记 张伟", day, "基础设施", title)
        return problems.report_problem(ctx, form).id

    ids = {
        "found": report(east, "村内主干道破损，雨天出行困难", dt.date(2026, 3, 20)),
        "late": report(west, "灌溉机井老化，春灌用水困难", dt.date(2026, 1, 10)),
        "closed": report(east, "村卫生室设备陈旧", dt.date(2026, 1, 5)),
    }
    problems.advance_problem(ctx, ids["late"], "交办", day=dt.date(2026, 1, 12), assignee="县水利局",
                             deadline=dt.date(2026, 2, 28))  # fmt: skip
    c = ids["closed"]
    problems.advance_problem(ctx, c, "交办", day=dt.date(2026, 1, 6), assignee="县卫生健康局",
                             deadline=dt.date(2026, 3, 1))  # fmt: skip
    for stage, day in (
        ("处理", dt.date(2026, 1, 10)),
        ("反馈", dt.date(2026, 2, 1)),
        ("销号", dt.date(2026, 2, 5)),
    ):
        problems.advance_problem(ctx, c, stage, day=day)
    db.close()
    return path, camp, ids


@dataclass
class Env:
    ctx: Context
    camp: Campaign
    ids: dict[str, int]
    runner: TaskRunner
    notifier: RecordingNotifier
    page: ProblemsPage
    tmp: Path


@pytest.fixture
def env(template: tuple[Path, Campaign, dict[str, int]], tmp_path: Path, qtbot: Any) -> Iterator[Env]:
    path = tmp_path / "problems.sqlite"
    shutil.copy(template[0], path)
    db = Database.open(str(path))
    ctx = Context(db=db, actor=Actor("tester", "测试员"), clock=lambda: TODAY)
    notifier = RecordingNotifier(answer=True)
    runner = TaskRunner(ctx, notifier, synchronous=True)
    page = ProblemsPage(runner, notifier)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    yield Env(ctx, template[1], template[2], runner, notifier, page, tmp_path)
    page.close()
    runner.shutdown()
    db.close()


def click_ok(qtbot: Any, dialog: Any) -> None:
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_ledger_loads_with_overdue_marked(env: Env, qtmodeltester: Any) -> None:
    page = env.page
    assert page.is_loaded and len(page.model.rows()) == 3
    qtmodeltester.check(page.model)
    late = next(p for p in page.model.rows() if p.id == env.ids["late"])
    assert late.overdue_days == (TODAY - dt.date(2026, 2, 28)).days
    assert "逾期 1 条" in page.ui.statusLabel.text()


def test_register_a_problem(env: Env, qtbot: Any) -> None:
    page = env.page
    click(qtbot, page.ui.addButton)
    d = page.dialog
    assert d is not None
    click_ok(qtbot, d)
    assert "派驻点" in d.error()
    d.ui.placeCombo.setCurrentIndex(d.ui.placeCombo.findData(env.camp.places["永安镇新华社区"]))
    d.ui.foundByEdit.setText("队员 陈静")
    d.ui.foundOnEdit.setDate(qdate(dt.date(2026, 3, 24)))
    d.ui.categoryCombo.setCurrentText("民生保障")
    d.ui.titleEdit.setText("社区养老服务站缺少护理人员")
    d.ui.detailEdit.setPlainText("日间照料中心仅一名工作人员")
    click_ok(qtbot, d)
    p = page.selected()
    assert (
        p is not None
        and p.title == "社区养老服务站缺少护理人员"
        and p.stage == "发现"
        and p.place == "新华社区"
    )
    assert page.ui.advanceButton.isEnabled() and not page.ui.reopenButton.isEnabled()


def test_advance_one_stage_at_a_time(env: Env, qtbot: Any) -> None:
    page = env.page
    page.select_id(env.ids["found"])
    click(qtbot, page.ui.advanceButton)
    d = page.dialog
    assert d.stage() == "交办"  # the next stage is offered first
    # skipping a stage is refused by the service, with its reason, and the dialog stays open
    d.ui.stageCombo.setCurrentIndex(d.ui.stageCombo.findData("处理"))
    click_ok(qtbot, d)
    assert d.error() and page.dialog is d
    assert problems.problem_detail(env.ctx, env.ids["found"]).stage == "发现"
    # 交办 with whom and by when
    d.ui.stageCombo.setCurrentIndex(d.ui.stageCombo.findData("交办"))
    assert d.ui.assigneeEdit.isVisible()
    d.ui.assigneeEdit.setText("县交通运输局")
    d.ui.deadlineEdit.set_value(dt.date(2026, 4, 30))
    click_ok(qtbot, d)
    assert page.dialog is None
    p = page.selected()
    assert (p.stage, p.assignee, p.deadline) == ("交办", "县交通运输局", dt.date(2026, 4, 30))
    # 督办 is only for overdue problems
    click(qtbot, page.ui.advanceButton)
    d = page.dialog
    d.ui.stageCombo.setCurrentIndex(d.ui.stageCombo.findData("督办"))
    click_ok(qtbot, d)
    assert d.error()
    d.ui.stageCombo.setCurrentIndex(d.ui.stageCombo.findData("处理"))
    click_ok(qtbot, d)
    assert page.selected().stage == "处理"


def test_overdue_switch_stage_filter_and_supervision(env: Env, qtbot: Any) -> None:
    page = env.page
    page.ui.overdueCheck.setChecked(True)
    assert [p.id for p in page.proxy.shown()] == [env.ids["late"]]
    page.ui.overdueCheck.setChecked(False)
    page.ui.stageCombo.setCurrentIndex(page.ui.stageCombo.findData("销号"))
    assert [p.id for p in page.proxy.shown()] == [env.ids["closed"]]
    page.ui.stageCombo.setCurrentIndex(0)
    # the overdue problem may be supervised
    page.select_id(env.ids["late"])
    click(qtbot, page.ui.advanceButton)
    d = page.dialog
    d.ui.stageCombo.setCurrentIndex(d.ui.stageCombo.findData("督办"))
    d.ui.noteEdit.setText("县委组织部督办")
    click_ok(qtbot, d)
    assert page.selected().stage == "督办"


def test_reopen_a_closed_problem_and_see_its_history(env: Env, qtbot: Any) -> None:
    page = env.page
    page.select_id(env.ids["closed"])
    assert not page.ui.editButton.isEnabled() and not page.ui.advanceButton.isEnabled()
    click(qtbot, page.ui.reopenButton)
    d = page.dialog
    click_ok(qtbot, d)
    assert "原因" in d.error()
    d.ui.noteEdit.setText("群众反映设备仍未到位")
    d.ui.deadlineEdit.set_value(dt.date(2026, 4, 15))
    click_ok(qtbot, d)
    p = page.selected()
    assert p.stage == "处理" and p.deadline == dt.date(2026, 4, 15)
    click(qtbot, page.ui.detailButton)
    detail = page.dialog
    assert detail is not None
    steps = detail.steps.model.rows()
    assert [s.stage for s in steps] == ["发现", "交办", "处理", "反馈", "销号", "处理"]
    assert steps[-1].reopened and "群众反映设备仍未到位" in steps[-1].note
    assert "村卫生室设备陈旧" in detail.ui.infoLabel.text()


def test_correct_a_registered_problem(env: Env, qtbot: Any) -> None:
    page = env.page
    page.select_id(env.ids["found"])
    click(qtbot, page.ui.editButton)
    d = page.dialog
    d.ui.titleEdit.setText("村内主干道多处破损")
    click_ok(qtbot, d)
    assert page.selected().title == "村内主干道多处破损"


def test_export_and_pdf(env: Env, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    page = env.page
    xlsx, pdf = env.tmp / "台账.xlsx", env.tmp / "台账.pdf"
    monkeypatch.setattr(list_export, "ask_save_path", lambda *_a: str(xlsx))
    page.ui.overdueCheck.setChecked(True)
    click(qtbot, page.ui.exportButton)
    ws = openpyxl.load_workbook(xlsx).active
    assert ws is not None
    values = [c.value for row in ws.iter_rows() for c in row]
    assert "灌溉机井老化，春灌用水困难" in values and "村卫生室设备陈旧" not in values  # as shown
    page.ask_save_path = lambda *_a: str(pdf)
    click(qtbot, page.ui.pdfButton)
    assert page.last_pdf == pdf and pdf.stat().st_size > 0
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # every font embedded
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "灌溉机井老化" in text and "村卫生室设备陈旧" in text
