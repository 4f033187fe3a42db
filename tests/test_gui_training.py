"""The 培训 page driven as a clerk would: real SQLite, real .xlsx, real PDF; one test per user step.

Data is made through the services (tests.test_training: a batch, three cadres 甲乙丙 in 永安镇, one
class with two required courses of 3 hours and an elective of 2). The task runner is synchronous;
dialogs open with ``open()``; file choices are injected. Keys are pressed with ``qtbot.keyClick``
(ASCII only), Chinese text set with ``setText`` as an input method commits it.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cadredesk.core.models import AuditEntry
from cadredesk.services import training
from cadredesk.services.context import Actor, Context
from cadredesk.storage.engine import Database
from cadredesk.ui import list_export
from cadredesk.ui.notify import RecordingNotifier
from cadredesk.ui.pages import page_output
from cadredesk.ui.pages.training_dialogs import CourseDialog, EnrolDialog, SessionDialog
from cadredesk.ui.pages.training_page import TrainingPage
from cadredesk.ui.sheet_import import SheetImportDialog
from cadredesk.ui.table import select_row
from cadredesk.ui.tasks import TaskRunner
from tests.test_training import _class, _setup

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 1, 20)


@dataclass
class Env:
    ctx: Context
    page: TrainingPage
    notifier: RecordingNotifier
    batch: int
    session: int
    courses: list[int]
    dispatches: list[int]
    tmp: Path


@pytest.fixture
def env(db: Database, tmp_path: Path, qtbot: QtBot) -> Iterator[Env]:
    ctx = Context(db=db, actor=Actor("tester", "测试员")).at(TODAY)
    ids = _setup(ctx)
    sid, courses = _class(ctx, ids["batch"])  # type: ignore[arg-type]
    notifier = RecordingNotifier(answer=True)
    runner = TaskRunner(ctx, notifier, synchronous=True)
    page = TrainingPage(runner, notifier)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    page.reload()
    yield Env(ctx, page, notifier, ids["batch"], sid, courses, ids["dispatches"], tmp_path)  # type: ignore[arg-type]
    runner.shutdown()


def marks(env: Env) -> dict[str, tuple[str | None, ...]]:
    grid = training.attendance_grid(env.ctx, env.session)
    return {r.name: r.marks for r in grid.rows}


def save_dialog_answer(folder: Path, saved: list[Path]) -> Callable[[Any, str, str, str], str]:
    """A stand-in for the save dialog: the suggested name in ``folder``, remembered in ``saved``."""

    def answer(_parent: Any, _title: str, suggested: str, _filters: str) -> str:
        saved.append(folder / suggested)
        return str(saved[-1])

    return answer


def audit_actions(env: Env) -> list[str]:
    with env.ctx.db.reader() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_page_shows_classes_courses_grid_and_status(env: Env, qtmodeltester: Any) -> None:
    page = env.page
    assert [s.name for s in page.model.rows()] == ["岗前培训班"]
    assert [c.title for c in page.courses.model.rows()] == ["农村政策解读", "党建实务", "人居环境"]
    assert page.ui.coursesTitle.text() == "“岗前培训班”的课程（3 门）"
    # the grid: trainees × courses, nothing marked yet
    assert [c.title for c in page.grid.columns[5:8]] == ["1.农村政", "2.党建实", "3.人居环"]
    assert sorted(r.name for r in page.grid_rows()) == ["测试丙", "测试乙", "测试甲"]
    assert all(r.marks == (None, None, None) for r in page.grid_rows())
    assert page.status.model.rowCount() == 3
    assert page.ui.statusLabel.text() == "培训班 1 个；本批次干部 3 人，已完成岗前培训 0 人，未完成 3 人"
    assert page.ui.ruleCombo.currentText() == "全部必修课" and not page.ui.hoursSpin.isEnabled()
    for model in (page.model, page.courses.model, page.grid, page.status.model):
        qtmodeltester.check(model, force_py=True)


def test_new_class_through_the_dialog_lists_nobody_already_listed(env: Env, qtbot: QtBot) -> None:
    page = env.page
    qtbot.mouseClick(page.ui.addSessionButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SessionDialog)
    dialog.ui.nameEdit.setText("补充选派干部培训班")
    dialog.ui.startEdit.setDate(QDate(2026, 1, 15))
    dialog.ui.locationEdit.setText("县委党校")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    rows = {s.name: s for s in page.model.rows()}
    assert rows["补充选派干部培训班"].start == dt.date(2026, 1, 15)
    assert rows["补充选派干部培训班"].trainees == 0  # all three are on the first class's list
    assert page.selected() is not None and page.selected().name == "补充选派干部培训班"  # type: ignore[union-attr]


def test_class_dialog_refuses_an_empty_name_inline(env: Env, qtbot: QtBot) -> None:
    page = env.page
    qtbot.mouseClick(page.ui.addSessionButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SessionDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error() == "请填写培训班名称"
    assert len(page.model.rows()) == 1


def test_edit_and_delete_a_class(env: Env, qtbot: QtBot) -> None:
    page = env.page
    qtbot.mouseClick(page.ui.editSessionButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SessionDialog)
    assert dialog.ui.nameEdit.text() == "岗前培训班"
    dialog.ui.organizerEdit.setText("县委组织部、县委党校")
    dialog.ui.endEdit.setDate(QDate(2026, 1, 7))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.model.rows()[0].organizer == "县委组织部、县委党校"
    assert page.model.rows()[0].end == dt.date(2026, 1, 7)
    qtbot.mouseClick(page.ui.deleteSessionButton, Qt.MouseButton.LeftButton)
    assert "删除培训班“岗前培训班”及其 3 门课程" in env.notifier.texts("confirm")[0]
    assert page.model.rows() == []
    assert page.ui.statusLabel.text() == "已删除培训班“岗前培训班”"
    assert "training.session.delete" in audit_actions(env)


def test_add_edit_and_delete_a_course(env: Env, qtbot: QtBot) -> None:
    page = env.page
    qtbot.mouseClick(page.ui.addCourseButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, CourseDialog)
    dialog.ui.titleEdit.setText("信访工作实务")
    dialog.ui.dayEdit.setDate(QDate(2026, 1, 6))
    dialog.ui.hoursSpin.setValue(1.5)
    dialog.ui.lecturerEdit.setText("王某（信访局副局长）")
    dialog.ui.topicCombo.setCurrentText("信访工作")
    qtbot.keyClick(dialog.ui.requiredCheck, Qt.Key.Key_Space)  # an elective
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    added = {c.title: c for c in page.courses.model.rows()}["信访工作实务"]
    assert (added.hours, added.required, added.topic, added.day) == (
        Decimal("1.5"), False, "信访工作", dt.date(2026, 1, 6),
    )  # fmt: skip
    assert len(page.grid.courses) == 4  # the grid has a column for it
    # edit: select it, change the hours
    select_row(page.ui.courseView, lambda c: c.title == "信访工作实务")
    qtbot.mouseClick(page.ui.editCourseButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, CourseDialog)
    assert dialog.ui.lecturerEdit.text() == "王某（信访局副局长）"
    dialog.ui.hoursSpin.setValue(2)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert {c.title: c.hours for c in page.courses.model.rows()}["信访工作实务"] == Decimal(2)
    select_row(page.ui.courseView, lambda c: c.title == "信访工作实务")
    qtbot.mouseClick(page.ui.deleteCourseButton, Qt.MouseButton.LeftButton)
    assert [c.title for c in page.courses.model.rows()] == ["农村政策解读", "党建实务", "人居环境"]


def test_course_outside_the_class_dates_is_refused_inside_the_dialog(env: Env, qtbot: QtBot) -> None:
    page = env.page
    qtbot.mouseClick(page.ui.addCourseButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, CourseDialog)
    dialog.ui.titleEdit.setText("农村政策解读")  # the same title twice in a class
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "已有课程“农村政策解读”" in dialog.error()
    assert page.dialog is dialog


def test_keys_mark_one_cell_and_move_down(env: Env, qtbot: QtBot) -> None:
    page = env.page
    page.ui.tabs.setCurrentIndex(1)
    first, second = page.grid_rows()[0].name, page.grid_rows()[1].name
    assert page.select_cell(first, env.courses[0])
    qtbot.keyClick(page.ui.gridView, Qt.Key.Key_1)
    # the cursor moved down a row: the next key marks the next trainee
    qtbot.keyClick(page.ui.gridView, Qt.Key.Key_J)
    stored = marks(env)
    assert stored[first][0] == "出席" and stored[second][0] == "请假"
    assert {r.name: r.marks[0] for r in page.grid_rows()}[second] == "请假"
    # clear a cell with Delete
    page.select_cell(second, env.courses[0])
    qtbot.keyClick(page.ui.gridView, Qt.Key.Key_Delete)
    assert marks(env)[second][0] is None


def test_several_cells_keep_marks_already_entered_unless_overwriting(env: Env, qtbot: QtBot) -> None:
    page = env.page
    page.ui.tabs.setCurrentIndex(1)
    names = [r.name for r in page.grid_rows()]
    training.set_mark(env.ctx, env.courses[1], env.dispatches[0], "请假")
    page.reload()
    for i, name in enumerate(names):
        page.select_cell(name, env.courses[1], extend=i > 0)
    qtbot.keyClick(page.ui.gridView, Qt.Key.Key_C)
    after = marks(env)
    assert after["测试甲"][1] == "请假"  # kept
    assert after["测试乙"][1] == after["测试丙"][1] == "出席"
    qtbot.mouseClick(page.ui.overwriteCheck, Qt.MouseButton.LeftButton)
    for i, name in enumerate(names):
        page.select_cell(name, env.courses[1], extend=i > 0)
    qtbot.keyClick(page.ui.gridView, Qt.Key.Key_4)
    assert {n: m[1] for n, m in marks(env).items()} == {"测试甲": "补课", "测试乙": "补课", "测试丙": "补课"}


def test_a_cell_picked_or_typed_in_its_editor(env: Env) -> None:
    page = env.page
    proxy = page.grid_proxy
    row = proxy.proxy_row(lambda r: r.name == "测试乙")
    column = page.grid.column_index(f"c{env.courses[2]}")
    assert proxy.setData(proxy.index(row, column), "√", Qt.ItemDataRole.EditRole)  # as the import reads it
    assert marks(env)["测试乙"][2] == "出席"
    proxy.setData(proxy.index(row, column), "请假", Qt.ItemDataRole.EditRole)
    assert marks(env)["测试乙"][2] == "请假"
    proxy.setData(proxy.index(row, column), "好", Qt.ItemDataRole.EditRole)
    assert page.ui.statusLabel.text().startswith("“好”不是考勤标记")
    assert marks(env)["测试乙"][2] == "请假"


def test_mark_a_whole_course_present_keeps_leave(env: Env, qtbot: QtBot) -> None:
    page = env.page
    training.set_mark(env.ctx, env.courses[0], env.dispatches[1], "请假")
    page.reload()
    page.ui.tabs.setCurrentIndex(1)
    page.ui.markCourseCombo.setCurrentIndex(page.ui.markCourseCombo.findData(env.courses[0]))
    qtbot.mouseClick(page.ui.markCourseButton, Qt.MouseButton.LeftButton)
    assert {n: m[0] for n, m in marks(env).items()} == {"测试甲": "出席", "测试乙": "请假", "测试丙": "出席"}
    assert page.ui.statusLabel.text() == "课程“农村政策解读”：2 人记为出席（已登记的考勤保留不变）"
    # both required courses present: 甲 and 丙 complete, shown in the status tab
    page.ui.markCourseCombo.setCurrentIndex(page.ui.markCourseCombo.findData(env.courses[1]))
    qtbot.mouseClick(page.ui.markCourseButton, Qt.MouseButton.LeftButton)
    done = {r.name: r.completion.status for r in page.status.model.rows()}
    assert done == {"测试甲": "已完成", "测试乙": "未完成", "测试丙": "已完成"}


def test_incomplete_filter_and_search_in_the_status_list(env: Env, qtbot: QtBot) -> None:
    page = env.page
    for c in env.courses[:2]:
        training.mark_course(env.ctx, c)
    training.set_mark(env.ctx, env.courses[1], env.dispatches[2], "缺席")
    page.reload()
    page.ui.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.ui.incompleteCheck, Qt.MouseButton.LeftButton)
    assert [r.name for r in page.status_rows()] == ["测试丙"]
    qtbot.mouseClick(page.ui.incompleteCheck, Qt.MouseButton.LeftButton)
    page.ui.statusSearchEdit.setText("csy")  # 测试乙 by its pinyin initials
    page.filter_status()
    assert [r.name for r in page.status_rows()] == ["测试乙"]


def test_the_hour_rule_is_edited_and_used(env: Env, qtbot: QtBot) -> None:
    page = env.page
    training.mark_course(env.ctx, env.courses[0])
    training.mark_course(env.ctx, env.courses[2])  # 3 + 2 = 5 hours, one required course missing
    page.reload()
    assert {r.completion.complete for r in page.status.model.rows()} == {False}
    page.ui.ruleCombo.setCurrentIndex(page.ui.ruleCombo.findData("学时"))
    assert page.ui.hoursSpin.isEnabled()
    page.ui.hoursSpin.setValue(5)
    qtbot.mouseClick(page.ui.saveRuleButton, Qt.MouseButton.LeftButton)
    rule = training.training_rule_of(env.ctx, env.batch)
    assert (rule.rule, rule.hours) == ("学时", 5)
    assert {r.completion.complete for r in page.status.model.rows()} == {True}
    assert page.ui.statusLabel.text() == "已保存完成认定方式：参加或补课的学时累计不少于 5 学时"


def test_enrol_and_remove_trainees(env: Env, qtbot: QtBot) -> None:
    page = env.page
    page.ui.tabs.setCurrentIndex(1)
    page.select_cell("测试乙", env.courses[0])
    qtbot.mouseClick(page.ui.unenrolButton, Qt.MouseButton.LeftButton)
    assert "把 测试乙 移出培训班“岗前培训班”" in env.notifier.texts("confirm")[-1]
    assert sorted(r.name for r in page.grid_rows()) == ["测试丙", "测试甲"]
    qtbot.mouseClick(page.ui.enrolButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, EnrolDialog)
    assert [c.name for c in dialog.table.proxy.shown()] == ["测试乙"]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error() == "请选择要加入的干部"
    assert dialog.select(lambda c: c.name == "测试乙") == 1
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert sorted(r.name for r in page.grid_rows()) == ["测试丙", "测试乙", "测试甲"]
    assert audit_actions(env)[-2:] == ["training.unenrol", "training.enrol"]


def write_signed_sheet(path: Path) -> None:
    """A sign-in sheet as a clerk types it in: title lines, 签到 column with √ and 假, one unknown person."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "签到表"
    ws.append(["岗前培训班签到表"])
    ws.append(["培训时间：2026年1月5日　地点：县委党校"])
    ws.append(["序号", "姓  名", "单位", "签到", "备注"])
    ws.append([1, "测试甲", "", "√", ""])
    ws.append([2, "测试乙", "", "", "事假"])
    ws.append([3, "张无名", "县某局", "√", ""])
    ws.append([4, "测试丙", "", "到", ""])
    wb.save(path)


def test_import_a_signed_sheet_with_a_bad_row(env: Env, qtbot: QtBot) -> None:
    page = env.page
    sheet = env.tmp / "签到表.xlsx"
    write_signed_sheet(sheet)
    page.ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SheetImportDialog)
    dialog.ui.courseCombo.setCurrentIndex(dialog.ui.courseCombo.findData(env.courses[0]))
    dialog.ask_open_path = lambda _t, _f: str(sheet)
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    lines = {ln.row: ln for ln in dialog.model.rows()}
    assert lines[6].status == "rejected" and lines[6].name == "张无名" and "张无名" in lines[6].note
    assert [(ln.status, ln.name, ln.note) for r, ln in sorted(lines.items()) if r != 6] == [
        ("ok", "测试甲", "校验通过：出席"), ("ok", "测试乙", "校验通过：请假"), ("ok", "测试丙", "校验通过：出席"),
    ]  # fmt: skip
    assert "合格 3 行，不合格 1 行" in dialog.ui.summaryLabel.text()
    # all or nothing by default: 导入 waits for 跳过不合格的行
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.ui.onlyBadCheck, Qt.MouseButton.LeftButton)
    assert 6 in [ln.row for ln in dialog.shown_lines()] and 4 not in [ln.row for ln in dialog.shown_lines()]
    qtbot.mouseClick(dialog.ui.skipInvalidCheck, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    assert {n: m[0] for n, m in marks(env).items()} == {"测试甲": "出席", "测试乙": "请假", "测试丙": "出席"}
    assert "已导入 3 人" in env.notifier.texts("info")[-1]
    assert {r.name: r.marks[0] for r in page.grid_rows()}["测试乙"] == "请假"


def test_export_each_list(env: Env, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page = env.page
    training.mark_course(env.ctx, env.courses[0])
    page.reload()
    saved: list[Path] = []
    answer = save_dialog_answer(env.tmp, saved)
    monkeypatch.setattr(list_export, "ask_save_path", answer)
    for button in ("exportSessionsButton", "exportCoursesButton", "exportGridButton", "exportStatusButton"):
        qtbot.mouseClick(getattr(page.ui, button), Qt.MouseButton.LeftButton)
    assert [p.name.split("（")[0] for p in saved] == [
        "2026年驻村岗前培训班", "岗前培训班课程", "岗前培训班考勤表", "2026年驻村岗前培训完成情况",
    ]  # fmt: skip
    grid = openpyxl.load_workbook(saved[2]).active
    assert grid is not None
    values = [[c for c in row if c is not None] for row in grid.iter_rows(values_only=True)]
    header = next(v for v in values if "姓名" in v)
    assert "1.农村政" in header
    assert any("测试甲" in v and "出席" in v for v in values)


def test_print_the_signin_sheet_of_the_class_and_of_a_course(
    env: Env, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = env.page
    saved: list[Path] = []
    answer = save_dialog_answer(env.tmp, saved)
    monkeypatch.setattr(page_output, "ask_save_path", answer)
    qtbot.mouseClick(page.ui.printSigninButton, Qt.MouseButton.LeftButton)
    select_row(page.ui.courseView, lambda c: c.title == "党建实务")
    qtbot.mouseClick(page.ui.printCourseButton, Qt.MouseButton.LeftButton)
    assert [p.name for p in saved] == ["岗前培训班签到表.pdf", "岗前培训班（党建实务）签到表.pdf"]
    for pdf in saved:
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "测试甲" in text and "签名" in text
    course_text = subprocess.run(["pdftotext", str(saved[1]), "-"], capture_output=True, text=True).stdout
    assert "党建实务" in course_text
    assert page.ui.statusLabel.text().startswith("已生成 PDF（1 页）")
    assert audit_actions(env).count("print.signin") == 2
