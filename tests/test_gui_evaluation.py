"""The 考核 page driven as a clerk would: real SQLite, real .xlsx, real PDFs.

One test per user step on the small hand-built batch of ``tests/evaluation_data`` (黄河口镇: 王喆堃 第一书记
and 李四 队员 in 一村, 赵珺 第一书记 in 二村; the batch ended 2026-11-30, the clock is 2026-12-05): the list
and its filters, the three parties' parts, the 优秀 share refusing a grade, deciding and undoing, the batch
parameters, a whole ballot typed with the keyboard, refused serials, voiding, importing a workbook, the
template, the registers with their export, and the PDFs with progress and cancel. The task runner is
synchronous; dialogs open with ``open()``; file choices are injected.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select, update

from cadredesk.core.evaluation import format_serial, make_serial
from cadredesk.core.models import Ballot, Cadre, Place
from cadredesk.core.names import initials_index
from cadredesk.services import ballots, evaluation
from cadredesk.services.evaluation import DecideForm, DemocraticForm, EvaluationTarget, PartyForm
from cadredesk.services.printing import PrintRequest, print_document
from cadredesk.storage.engine import Database
from cadredesk.ui import list_export
from cadredesk.ui.evaluation_dialog import EvaluationDialog, EvaluationParamsDialog
from cadredesk.ui.notify import RecordingNotifier
from cadredesk.ui.pages.evaluation_output import Output
from cadredesk.ui.pages.evaluation_page import EvaluationPage
from cadredesk.ui.tasks import TaskRunner
from tests.evaluation_data import World, build

pytestmark = pytest.mark.gui


@dataclass
class Env:
    w: World
    page: EvaluationPage
    notifier: RecordingNotifier
    tmp: Path

    @property
    def ctx(self) -> Any:
        return self.w.ctx


@pytest.fixture
def env(db: Database, tmp_path: Path, qtbot: Any) -> Iterator[Env]:
    w = build(Context_of(db))
    with db.session() as s:  # the pinyin initials the roster import would have stored
        for cid, name in s.execute(select(Cadre.id, Cadre.name)).all():
            s.execute(update(Cadre).where(Cadre.id == cid).values(name_initials=initials_index(name)))
    notifier = RecordingNotifier(answer=True)
    runner = TaskRunner(w.ctx, notifier, synchronous=True)
    page = EvaluationPage(runner, notifier)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.reload()
    assert page.is_loaded
    yield Env(w, page, notifier, tmp_path)
    runner.shutdown()


def Context_of(db: Database) -> Any:
    from cadredesk.services.context import Actor, Context

    return Context(db=db, actor=Actor("tester", "测试员"))


def names(page: EvaluationPage) -> list[str]:
    return [line.row.name for line in page.proxy.shown()]


def open_dialog(env: Env, name: str, qtbot: Any) -> EvaluationDialog:
    from cadredesk.ui.table import select_row

    assert select_row(env.page.view, lambda x: x.row.name == name)
    qtbot.mouseClick(env.page.ui.openButton, Qt.MouseButton.LeftButton)
    dialog = env.page.dialog
    assert isinstance(dialog, EvaluationDialog) and dialog.sheet is not None
    return dialog


def fill_parts(ctx: Any, dispatch_id: int, scores: tuple[str, str, str], democratic: str) -> None:
    t = EvaluationTarget(dispatch_id, "期满考核", 2026)
    for party, score in zip(("unit", "org", "township"), scores, strict=True):
        evaluation.save_party(ctx, PartyForm(t, party, score))
    evaluation.save_democratic(ctx, DemocraticForm(t, score=democratic))


def print_ballots(env: Env, place: str, copies: int) -> list[str]:
    print_document(env.ctx, "ballots", PrintRequest(out=env.tmp / f"{place}.pdf", place=place, copies=copies))
    with env.ctx.db.reader() as s:
        serials = s.scalars(
            select(Ballot.serial).join(Place, Place.id == Ballot.place_id).where(Place.name == place).order_by(Ballot.serial)
        )  # fmt: skip
        return [format_serial(x) for x in serials]


# ---------------------------------------------------------------------------------------------- the list


def test_list_shows_the_batch_and_filters(env: Env, qtbot: Any, qtmodeltester: Any) -> None:
    page = env.page
    assert page.ui.evaluationCombo.currentText() == "期满考核（2026年）"
    assert [page.ui.evaluationCombo.itemText(i) for i in range(page.ui.evaluationCombo.count())] == [
        "期满考核（2026年）", "2026年年度考核", "2025年年度考核",
    ]  # fmt: skip
    assert names(page) == ["王喆堃", "李四", "赵珺"]
    assert "参加考核 3 人" in page.ui.statusLabel.text() and "最多 0 人" in page.ui.statusLabel.text()
    qtmodeltester.check(page.model)
    # pinyin initials, then a fragment of the place
    qtbot.keyClicks(page.ui.searchEdit, "wzk")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    assert names(page) == ["王喆堃"]
    page.ui.searchEdit.setText("二村")
    page.apply_filter()
    assert names(page) == ["赵珺"]
    page.ui.searchEdit.clear()
    fill_parts(env.ctx, env.w.li, ("80", "80", "80"), "80")
    page.reload()
    page.ui.stateCombo.setCurrentIndex(page.ui.stateCombo.findText("待确定等次"))
    assert names(page) == ["李四"]
    line = page.proxy.shown()[0]
    assert (line.row.total, line.row.proposed) == (Decimal("80.0"), "称职")
    page.ui.stateCombo.setCurrentIndex(page.ui.stateCombo.findText("尚缺评价内容"))
    assert names(page) == ["王喆堃", "赵珺"]


def test_export_the_list_as_shown(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    out = env.tmp / "考核.xlsx"
    monkeypatch.setattr(list_export, "ask_save_path", lambda *_a: str(out))
    env.page.ui.searchEdit.setText("一村")
    env.page.apply_filter()
    env.page.ui.exportButton.click()
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    cells = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    header = next(r for r in cells if r and r[0] == "派驻点")
    assert "民主测评" in header and "确定等次" in header
    assert [r[1] for r in cells[cells.index(header) + 1 :] if r[1]] == ["王喆堃", "李四"]


# ---------------------------------------------------------------------------------------------- one evaluation


def test_entering_the_three_parties_and_the_paper_votes(env: Env, qtbot: Any) -> None:
    dialog = open_dialog(env, "王喆堃", qtbot)
    ui = dialog.ui
    assert "尚缺" in ui.outcomeLabel.text()
    assert "无考勤记录" in ui.attendanceLabel.text() and ui.negativesLabel.text() == "无"
    ui.unitScore.setText("92")
    ui.orgScore.setText("91.5")
    ui.townshipGrade.setCurrentIndex(ui.townshipGrade.findText("优秀"))
    ui.townshipOpinion.setPlainText("工作扎实，群众认可。")
    for box, n in zip(dialog.vote_boxes, (20, 8, 2, 0), strict=True):
        box.setValue(n)
    qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.error() == ""
    sheet = evaluation.evaluation_sheet(env.ctx, EvaluationTarget(env.w.wang, "期满考核", 2026))
    assert sheet.scores["unit"] == Decimal("92.0") and sheet.scores["org"] == Decimal("91.5")
    assert sheet.grades["township"] == "优秀" and sheet.opinions["township"] == "工作扎实，群众认可。"
    # democratic: (20×100 + 8×80 + 2×60 + 0) / 30 = 2760 / 30 = 92.0
    assert sheet.row.democratic == Decimal("92.0") and sheet.row.votes is not None
    # township 优秀 counts as 95 (the band's points): 0.3×92 + 0.3×91.5 + 0.2×95 + 0.2×92 = 92.45 → 92.5
    assert sheet.outcome.total == Decimal("92.5")
    assert "92.5" in ui.outcomeLabel.text() and "优秀" in ui.outcomeLabel.text()
    # the page shows the new parts once the dialog saved
    row = next(x.row for x in env.page.model.rows() if x.row.name == "王喆堃")
    assert (row.unit_part, row.township_part) == ("92.0", "优秀")


def test_a_mistyped_score_is_refused_inline_and_nothing_is_saved(env: Env, qtbot: Any) -> None:
    dialog = open_dialog(env, "李四", qtbot)
    dialog.ui.unitScore.setText("105")
    dialog.ui.orgScore.setText("88")
    dialog.save()
    assert dialog.error() == "派出单位评分应为 0 至 100 的数，不是“105”"
    assert dialog.ui.unitScore.text() == "105"  # the clerk's typing stays
    sheet = evaluation.evaluation_sheet(env.ctx, EvaluationTarget(env.w.li, "期满考核", 2026))
    assert sheet.scores == {"unit": None, "org": None, "township": None}


def test_the_excellent_share_refuses_then_a_grade_is_decided_and_undone(env: Env, qtbot: Any) -> None:
    fill_parts(env.ctx, env.w.wang, ("95", "95", "95"), "95")
    env.page.reload()
    dialog = open_dialog(env, "王喆堃", qtbot)
    ui = dialog.ui
    assert "按规则为“<b>优秀</b>”" in ui.outcomeLabel.text()
    # 3 cadres, 20% → at most 0 优秀: the service refuses, its message in the dialog
    qtbot.mouseClick(ui.decideButton, Qt.MouseButton.LeftButton)
    assert "按20%的比例最多 0 人，王喆堃不能再确定为“优秀”" in dialog.error()
    # 称职 instead needs a reason
    ui.decideCombo.setCurrentIndex(ui.decideCombo.findText("称职"))
    qtbot.mouseClick(ui.decideButton, Qt.MouseButton.LeftButton)
    assert "须说明理由" in dialog.error()
    ui.reasonEdit.setText("优秀名额已满")
    qtbot.mouseClick(ui.decideButton, Qt.MouseButton.LeftButton)
    assert dialog.error() == ""
    assert "已确定为“称职”" in ui.decidedLabel.text() and "优秀名额已满" in ui.decidedLabel.text()
    assert ui.unitScore.isReadOnly()
    assert ui.unitOpinion.isReadOnly() and ui.reopenButton.isEnabled()
    assert next(x.row.grade for x in env.page.model.rows() if x.row.name == "王喆堃") == "称职"
    # undo: a reason is asked for first
    qtbot.mouseClick(ui.reopenButton, Qt.MouseButton.LeftButton)
    assert "须说明理由" in dialog.error()
    ui.reasonEdit.setText("组织部复核")
    qtbot.mouseClick(ui.reopenButton, Qt.MouseButton.LeftButton)
    assert ui.decidedLabel.text() == "尚未确定等次。" and not ui.unitScore.isReadOnly()


def test_batch_parameters_dialog(env: Env, qtbot: Any) -> None:
    qtbot.mouseClick(env.page.ui.paramsButton, Qt.MouseButton.LeftButton)
    dialog = env.page.dialog
    assert isinstance(dialog, EvaluationParamsDialog)
    assert dialog.edits["excellent_ceiling"].text() == "20%"
    assert dialog.edits["incompetent_vote_share"].text() == "1/3"
    assert dialog.edits["weight_unit"].text() == "30%"
    dialog.edits["weight_unit"].setText("50%")
    dialog.submit()
    assert "权重" in dialog.error()  # the weights no longer add up to 100%: the service says so
    dialog.edits["weight_unit"].setText("30%")
    dialog.edits["excellent_ceiling"].setText("40%")
    dialog.edits["min_valid_ballots"].setText("3")
    dialog.edits["ballots_per_place"].setText("12")
    dialog.submit()
    assert dialog.error() == ""
    p = evaluation.evaluation_params(env.ctx, env.w.batch).params
    assert (p.excellent_ceiling.numerator, p.excellent_ceiling.denominator) == (2, 5)
    assert (p.min_valid_ballots, p.ballots_per_place) == (3, 12)
    assert "最多 1 人" in env.page.ui.statusLabel.text()  # floor(3 × 40%) = 1


# ---------------------------------------------------------------------------------------------- ballots


def type_serial(qtbot: Any, tab: Any, serial: str) -> None:
    tab.ui.serialEdit.clear()
    qtbot.keyClicks(tab.ui.serialEdit, serial)
    qtbot.keyClick(tab.ui.serialEdit, Qt.Key.Key_Return)


def test_typing_a_whole_ballot_with_the_keyboard(env: Env, qtbot: Any) -> None:
    s1, s2, _s3 = print_ballots(env, "一村", 3)
    page, tab = env.page, env.page.tally
    page.ui.tabs.setCurrentWidget(tab)
    type_serial(qtbot, tab, s1)
    assert tab.error() == "" and s1 in tab.ui.placeLabel.text() and "黄河口镇一村" in tab.ui.placeLabel.text()
    assert [x.name for x in tab.shown()] == ["王喆堃", "李四"]
    qtbot.keyClick(tab.ui.linesView, Qt.Key.Key_1)  # 王喆堃 优秀
    qtbot.keyClick(tab.ui.linesView, Qt.Key.Key_B)  # 李四 不称职 (the first letter)
    assert [x.text for x in tab.shown()] == ["优秀", "不称职"] and tab.ui.saveButton.isEnabled()
    qtbot.keyClick(tab.ui.linesView, Qt.Key.Key_Return)
    assert tab.error() == ""
    assert [ln.marks for ln in ballots.ballot_sheet(env.ctx, s1).lines] == ["1", "4"]
    assert tab.ui.serialEdit.text() == "" and tab.shown() == []  # ready for the next ballot
    assert f"已保存 {s1}" in tab.ui.lastLabel.text() and "本村已收回 1/3 张" in tab.ui.lastLabel.text()
    # the next one: a mistake undone with Backspace, a line with nothing ticked, Enter before the end
    type_serial(qtbot, tab, s2)
    qtbot.keyClick(tab.ui.linesView, Qt.Key.Key_2)
    qtbot.keyClick(tab.ui.linesView, Qt.Key.Key_Return)
    assert tab.error() == "还有 1 人未录入选择：李四"
    qtbot.keyClick(tab.ui.linesView, Qt.Key.Key_Backspace)
    qtbot.keyClick(tab.ui.linesView, Qt.Key.Key_3)
    qtbot.keyClick(tab.ui.linesView, Qt.Key.Key_0)
    assert [x.text for x in tab.shown()] == ["基本称职", "未勾选（无效）"]
    qtbot.keyClick(tab.ui.linesView, Qt.Key.Key_Enter)
    assert [ln.marks for ln in ballots.ballot_sheet(env.ctx, s2).lines] == ["3", ""]
    progress = {p.place: p for p in tab.progress.model.rows()}
    assert (progress["黄河口镇一村"].issued, progress["黄河口镇一村"].returned) == (3, 2)
    # the list is read again when the clerk goes back to it
    page.ui.tabs.setCurrentWidget(page.ui.listTab)
    wang = next(x.row for x in page.model.rows() if x.row.name == "王喆堃")
    assert wang.votes is not None and wang.votes.as_tuple() == (1, 0, 1, 0)


def test_duplicate_and_mistyped_serials_are_refused_inline(env: Env, qtbot: Any) -> None:
    s1, _s2 = print_ballots(env, "二村", 2)
    tab = env.page.tally
    ballots.tally_ballot(env.ctx, s1, "2")
    type_serial(qtbot, tab, s1)
    assert "同一编号不能重复录入" in tab.error() and tab.shown() == []
    body = s1.replace("-", "")
    wrong = f"{body[:8]}{(int(body[8]) + 1) % 10}"
    type_serial(qtbot, tab, wrong)
    assert "校验位不对" in tab.error()
    never = format_serial(make_serial(2026, 999))
    type_serial(qtbot, tab, never)
    assert tab.error() == f"没有编号为 {never} 的测评票（本系统未印制过该编号），请核对票面编号"
    # 更正: the tallied ballot opens with what was entered
    tab.ui.correctCheck.setChecked(True)
    type_serial(qtbot, tab, s1)
    assert tab.error() == "" and [x.text for x in tab.shown()] == ["称职"]
    qtbot.keyClick(tab.ui.linesView, Qt.Key.Key_Backspace)  # nothing after the last: back to 赵珺
    qtbot.keyClick(tab.ui.linesView, Qt.Key.Key_Y)
    qtbot.keyClick(tab.ui.linesView, Qt.Key.Key_Return)
    assert tab.error() == "" and [ln.marks for ln in ballots.ballot_sheet(env.ctx, s1).lines] == ["1"]


def test_voiding_a_ballot(env: Env, qtbot: Any) -> None:
    s1, _s2 = print_ballots(env, "二村", 2)
    tab = env.page.tally
    ballots.tally_ballot(env.ctx, s1, "1")
    assert not tab.ui.voidButton.isEnabled()
    qtbot.keyClicks(tab.ui.voidSerialEdit, s1)
    tab.ui.voidReasonEdit.setText("票面有记号")
    qtbot.mouseClick(tab.ui.voidButton, Qt.MouseButton.LeftButton)
    view = ballots.ballot_sheet(env.ctx, s1)
    assert view.void and view.void_reason == "票面有记号"
    row = next(p for p in tab.progress.model.rows() if p.place == "黄河口镇二村")
    assert (row.issued, row.returned, row.void) == (2, 0, 1)
    assert "已作废" in tab.ui.lastLabel.text()


def test_template_then_import_from_a_workbook(env: Env) -> None:
    s1, s2, s3 = print_ballots(env, "一村", 3)
    tab = env.page.tally
    template = env.tmp / "录入表.xlsx"
    tab.ask_save_path = lambda *_a: str(template)
    tab.ui.templateButton.click()
    wb = openpyxl.load_workbook(template)
    text = [str(c) for row in wb.active.iter_rows(values_only=True) for c in row if c is not None]  # type: ignore[union-attr]
    assert s1 in text and "王喆堃" in text
    # the clerk's own sheet: a title, the names as columns in another order, one bad row
    path = env.tmp / "一村计票.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["黄河口镇一村民主测评计票表"])
    ws.append(["编　号", "李四", "王喆堃"])
    ws.append([s1, "称职", "优秀"])
    ws.append([s2.replace("-", " "), "4", "多选"])
    ws.append([s3, "5", "1"])  # 5 is no choice
    wb.save(path)
    tab.ask_open_path = lambda *_a: str(path)
    tab.ui.importButton.click()
    confirm = env.notifier.texts("confirm")[-1]
    assert "可录入 2 张" in confirm and "第 5 行" in confirm and "只导入正确的行吗" in confirm
    assert [ln.marks for ln in ballots.ballot_sheet(env.ctx, s1).lines] == ["1", "2"]
    assert [ln.marks for ln in ballots.ballot_sheet(env.ctx, s2).lines] == ["*", "4"]
    assert ballots.ballot_sheet(env.ctx, s3).tallied_at is None
    assert "导入 2 张" in tab.ui.lastLabel.text()


# ---------------------------------------------------------------------------------------------- registers


def test_registers_show_the_bar_and_export(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_parts(env.ctx, env.w.zhao, ("50", "50", "50"), "50")
    evaluation.decide_grade(env.ctx, DecideForm(EvaluationTarget(env.w.zhao, "期满考核", 2026)))
    page = env.page
    page.reload()
    page.ui.stateCombo.setCurrentIndex(page.ui.stateCombo.findText("不予提拔使用"))
    assert names(page) == ["赵珺"]
    assert page.proxy.shown()[0].row.barred_until is not None
    regs = page.registers
    page.ui.tabs.setCurrentWidget(regs)
    regs.reload()
    rows = regs.tables["barred"][1].model.rows()
    assert [(r.name, r.until.isoformat()) for r in rows] == [("赵珺", "2029-12-04")]
    out = env.tmp / "名册.xlsx"
    monkeypatch.setattr(list_export, "ask_save_path", lambda *_a: str(out))
    regs.ui.registerExportButton.click()
    cells = [c for row in openpyxl.load_workbook(out).active.iter_rows(values_only=True) for c in row]  # type: ignore[union-attr]
    assert "赵珺" in cells and env.w.ids["赵珺"] in cells
    # 2025-12-01 to 2026-11-30: 31 days of December and 334 of January to November = 365, one year each
    regs.ui.registerCombo.setCurrentIndex(1)
    assert regs.ui.registerStack.currentWidget() is regs.ui.serviceView
    assert "共 3 人" in regs.ui.registerNote.text()
    assert {r.days for r in regs.tables["service"][1].model.rows()} == {365}
    regs.ui.registerSearch.setText("zj")
    regs.apply_filter()
    assert [r.name for r in regs.tables["service"][1].proxy.shown()] == ["赵珺"]
    regs.ui.registerCombo.setCurrentIndex(2)
    assert regs.ui.registerStack.currentWidget() is regs.ui.unitsView


# ---------------------------------------------------------------------------------------------- PDFs


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_pdf_buttons_write_the_forms(env: Env) -> None:
    page = env.page
    from cadredesk.ui.table import select_row

    select_row(page.view, lambda x: x.row.name == "王喆堃")
    texts = [t for t, o in page.outputs() if o is not None]
    assert texts == [
        "期满考核登记表（王喆堃）…", "期满考核登记表（全批）…", "基层工作经历证明（王喆堃）…",
        "基层工作经历证明（全批）…", "民主测评票（黄河口镇一村）…", "民主测评票（全部派驻点）…",
    ]  # fmt: skip
    chosen: list[Path] = []

    def ask(_parent: Any, _title: str, suggested: str, _filters: str) -> str:
        chosen.append(env.tmp / suggested)
        return str(chosen[-1])

    page.output.ask_save_path = ask
    outputs = {t: o for t, o in page.outputs() if o is not None}
    page.make_pdf(outputs["期满考核登记表（王喆堃）…"])
    assert chosen[-1].name == "2025年度驻村蹲点期满考核登记表（王喆堃）.pdf"
    assert "王喆堃" in pdf_text(chosen[-1]) and "已生成期满考核登记表" in page.ui.statusLabel.text()
    page.make_pdf(outputs["民主测评票（黄河口镇一村）…"])
    text = pdf_text(chosen[-1])
    assert "王喆堃" in text and "李四" in text and "赵珺" not in text
    assert page.tally.progress.model.rows()[0].issued == 30  # the batch's default copies, recorded
    assert not page.ui.progressBar.isVisible() and not page.ui.cancelButton.isVisible()


def test_cancel_stops_a_batch_pdf_and_leaves_no_file(env: Env, qtbot: Any) -> None:
    page = env.page
    out = env.tmp / "全批.pdf"
    page.output.ask_save_path = lambda *_a: str(out)
    seen: list[int] = []

    def pressed_cancel(value: int) -> None:  # the clerk presses 取消 once the bar moves
        seen.append(value)
        if page.ui.cancelButton.isVisibleTo(page):
            qtbot.mouseClick(page.ui.cancelButton, Qt.MouseButton.LeftButton)

    page.ui.progressBar.valueChanged.connect(pressed_cancel)
    page.make_pdf(Output("evaluation", "期满考核登记表"))
    assert seen and not out.exists()
    assert page.ui.statusLabel.text() == "已取消，未生成文件"
    assert not page.output.busy and page.ui.progressBar.isHidden()
