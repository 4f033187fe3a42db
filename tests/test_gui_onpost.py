"""The 在岗管理 page driven as a clerk would, one test per user step, on a real SQLite file built from the
hand-made campaign of ``tests.onpost_data`` (clock fixed at 2026-03-25): the attendance grid typed into and
pasted into, a township's 考勤表 imported with its rejected rows shown, compliance for a month and a year
and the trend, leave through its states, the holiday calendar, leader visits, households and their visits,
insurance and Party transfer, the 实绩/负面 lists, and every list exported.

The task runner is synchronous; dialogs open with ``open()`` (nothing blocks); file choices are injected.
Chinese text is set with ``setText`` (as an input method commits it), keys are ASCII ``keyClick``s.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox

from cadredesk.services import attendance, holidays, leave, onpost, performance, visits
from cadredesk.services.context import Actor, Context
from cadredesk.storage.engine import Database
from cadredesk.storage.schema import ensure_schema
from cadredesk.ui import list_export, sheet_import
from cadredesk.ui.notify import RecordingNotifier
from cadredesk.ui.pages.onpost_attendance import HOLIDAY_BRUSH, OUTSIDE_BRUSH, WEEKEND_BRUSH, GridModel
from cadredesk.ui.pages.onpost_page import OnPostPage
from cadredesk.ui.saving_dialog import qdate
from cadredesk.ui.tasks import TaskRunner
from tests import onpost_data
from tests.onpost_data import Campaign
from tests.test_attendance import month_of, sheet

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 3, 25)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Campaign]:
    """The campaign once per module (each test works on a copy of the file)."""
    path = tmp_path_factory.mktemp("onpost") / "template.sqlite"
    db = Database.open(str(path))
    ensure_schema(db)
    ctx = Context(db=db, actor=Actor("tester", "测试员"), clock=lambda: TODAY)
    camp = onpost_data.build(ctx)
    holidays.seed_holidays(ctx, 2026)
    db.close()
    return path, camp


@dataclass
class Env:
    ctx: Context
    camp: Campaign
    runner: TaskRunner
    notifier: RecordingNotifier
    page: OnPostPage
    tmp: Path


@pytest.fixture
def env(template: tuple[Path, Campaign], tmp_path: Path, qtbot: Any) -> Iterator[Env]:
    path = tmp_path / "onpost.sqlite"
    shutil.copy(template[0], path)
    db = Database.open(str(path))
    ctx = Context(db=db, actor=Actor("tester", "测试员"), clock=lambda: TODAY)
    notifier = RecordingNotifier(answer=True)
    runner = TaskRunner(ctx, notifier, synchronous=True)
    page = OnPostPage(runner, notifier)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    yield Env(ctx, template[1], runner, notifier, page, tmp_path)
    page.close()
    runner.shutdown()
    db.close()


def ok(dialog: Any) -> Any:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def click_ok(qtbot: Any, dialog: Any) -> None:
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)


def select_cells(view: Any, row: int, first_col: int, last_col: int) -> None:
    model = view.model()
    sel = QItemSelection(model.index(row, first_col), model.index(row, last_col))
    view.selectionModel().setCurrentIndex(
        model.index(row, first_col), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    view.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def grid_row(page: OnPostPage, did: int) -> int:
    model = page.tab("attendance").grid_model
    return next(i for i, r in enumerate(model.rows()) if r.dispatch_id == did)


def marks(ctx: Context, did: int, year: int = 2026, month: int = 3) -> tuple[str, ...]:
    grid = attendance.month_grid(ctx, onpost_data.BATCH, year, month, dispatch_ids=[did])
    return grid.rows[0].marks


# --------------------------------------------------------------------------- 考勤


def test_grid_model_contract(env: Env, qtmodeltester: Any) -> None:
    tab = env.page.tab("attendance")
    assert tab.grid is not None and (tab.grid.year, tab.grid.month) == (2026, 3)
    qtmodeltester.check(tab.grid_model)
    qtmodeltester.check(GridModel())  # empty


def test_grid_shows_the_month_with_weekends_holidays_and_periods(env: Env, qtbot: Any) -> None:
    tab = env.page.tab("attendance")
    model = tab.grid_model
    names = [r.name for r in model.rows()]
    assert names.count("张伟") == 2 and "李强" in names and len(names) == 7
    li = grid_row(env.page, env.camp.did("李强"))
    # 2026-03-01 is a Sunday; 李强 arrives on the 10th, so his first days are outside the period
    zhang = grid_row(env.page, env.camp.did("张伟"))
    assert (
        model.index(zhang, model.day_column(dt.date(2026, 3, 1))).data(Qt.ItemDataRole.BackgroundRole)
        == WEEKEND_BRUSH
    )
    assert (
        model.index(li, model.day_column(dt.date(2026, 3, 3))).data(Qt.ItemDataRole.BackgroundRole)
        == OUTSIDE_BRUSH
    )
    assert (
        model.index(zhang, model.day_column(dt.date(2026, 3, 3))).data(Qt.ItemDataRole.BackgroundRole) is None
    )
    assert model.headerData(model.day_column(dt.date(2026, 3, 1)), Qt.Orientation.Horizontal) == "1\n日"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "在岗"  # the counts come before the days
    # April holds 清明 (4–6 April 2026): the next month shows its holidays shaded
    qtbot.mouseClick(tab.ui.nextButton, Qt.MouseButton.LeftButton)
    assert (tab.grid.year, tab.grid.month) == (2026, 4)
    cell = model.index(grid_row(env.page, env.camp.did("王芳")), model.day_column(dt.date(2026, 4, 6)))
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == HOLIDAY_BRUSH
    assert "清明" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tab.grid.quota == 22 - 3  # 4 and 5 April fall on a weekend, yet count as holidays


def test_type_marks_for_a_run_of_days_and_clear(env: Env, qtbot: Any) -> None:
    tab = env.page.tab("attendance")
    did = env.camp.did("王芳")
    row = grid_row(env.page, did)
    c2 = tab.grid_model.day_column(dt.date(2026, 3, 2))
    select_cells(tab.view, row, c2, c2 + 4)  # 2–6 March
    qtbot.keyClick(tab.view, Qt.Key.Key_2)  # 事假
    assert marks(env.ctx, did)[1:6] == ("事",) * 5
    assert tab.grid_model.rows()[row].marks[1:6] == ("事",) * 5  # the row was read again
    # one cell: type 1 (在岗), the cursor moves to the next day; Delete clears
    select_cells(tab.view, row, c2, c2)
    qtbot.keyClick(tab.view, Qt.Key.Key_1)
    assert marks(env.ctx, did)[1] == "在"
    assert tab.view.currentIndex().column() == c2 + 1
    select_cells(tab.view, row, c2 + 1, c2 + 1)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert marks(env.ctx, did)[2] == ""
    # a key that is no mark is refused with a message
    qtbot.keyClick(tab.view, Qt.Key.Key_Q)
    assert "不是考勤标记" in tab.ui.statusLabel.text()


def test_days_outside_the_period_cannot_be_marked(env: Env, qtbot: Any) -> None:
    tab = env.page.tab("attendance")
    row = grid_row(env.page, env.camp.did("李强"))
    c = tab.grid_model.day_column(dt.date(2026, 3, 3))
    select_cells(tab.view, row, c, c)
    qtbot.keyClick(tab.view, Qt.Key.Key_1)
    assert "派驻期内" in tab.ui.statusLabel.text()
    assert marks(env.ctx, env.camp.did("李强"))[2] == ""


def test_paste_from_excel(env: Env, qtbot: Any) -> None:
    tab = env.page.tab("attendance")
    first = grid_row(env.page, env.camp.did("张伟"))
    c = tab.grid_model.day_column(dt.date(2026, 3, 9))
    tab.view.setCurrentIndex(tab.grid_model.index(first, c))
    tab.paste("√\t√\t假\n在\t病\t\n")
    assert marks(env.ctx, env.camp.did("张伟"))[8:11] == ("在", "在", "事")
    second = tab.grid_model.row_at(first + 1)
    assert second.name == "李强"  # arrives on the 10th: the pasted 9th falls outside his period, skipped
    assert second.marks[8:10] == ("", "病")
    # an unreadable value refuses the whole paste, naming the cell
    tab.view.setCurrentIndex(tab.grid_model.index(first, c))
    tab.paste("abc")
    assert "考勤未修改" in tab.ui.statusLabel.text()


def test_import_township_sheet_preview_rejected_rows(
    env: Env, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = env.page.tab("attendance")
    every = month_of("v" * 31)
    f = sheet(
        env.tmp / "黄河口镇3月考勤.xlsx",
        [("张伟", env.camp.idn("张伟"), every), ("王芳", "", every), ("查无此人", "", every)],
    )
    monkeypatch.setattr(sheet_import, "ask_open_path", lambda *_a: str(f))
    qtbot.mouseClick(tab.ui.importButton, Qt.MouseButton.LeftButton)
    dialog = tab.import_dialog
    assert dialog is not None and dialog is tab.dialog
    assert dialog.ui.introLabel.isVisible() and "考勤表" in dialog.ui.introLabel.text()
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    # all or nothing: the unknown person is a rejected row with its reason, nothing may be imported
    assert "2026-03" in dialog.ui.summaryLabel.text() and "1 行不合格" in dialog.ui.summaryLabel.text()
    lines = dialog.model.rows()
    assert [(p.row, p.name) for p in lines if p.bad] == [(8, "查无此人")]
    assert not dialog.import_button.isEnabled()
    # take the good rows
    qtbot.mouseClick(dialog.ui.skipInvalidCheck, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.people == 2
    assert marks(env.ctx, env.camp.did("张伟"))[:25] == ("在",) * 25  # up to today (25 March)
    row = tab.grid_model.rows()[grid_row(env.page, env.camp.did("王芳"))]
    assert row.days_in_post == 25 and row.shortfall == 0


# --------------------------------------------------------------------------- 达标


def test_compliance_month_year_and_trend(env: Env, qtbot: Any, qtmodeltester: Any) -> None:
    attendance.set_marks(
        env.ctx, [attendance.MarkEdit(env.camp.did("张伟"), dt.date(2026, 3, d), "在") for d in range(1, 25)]
    )
    tab = env.page.show_tab("compliance")
    assert tab.is_loaded
    rows = {r.dispatch_id: r for r in tab.model.rows()}
    zhang = rows[env.camp.did("张伟")]
    assert (zhang.days_in_post, zhang.required) == (24, 22) and zhang.ok
    assert not rows[env.camp.did("王芳")].ok
    qtmodeltester.check(tab.model)
    # 只看不达标 hides 张伟
    tab.ui.shortOnlyCheck.setChecked(True)
    assert env.camp.did("张伟") not in [r.dispatch_id for r in tab.proxy.shown()]
    # the year (250 days)
    tab.ui.modeCombo.setCurrentIndex(tab.ui.modeCombo.findData("year"))
    assert tab.snapshot is not None and tab.snapshot.report is not None
    assert "驻村年度" in tab.snapshot.report.label
    required = {r.name: r.required for r in tab.model.rows()}
    assert required["王芳"] == 250 and required["刘洋"] < 250  # 刘洋 left on 20 March: pro rata
    # this month's trend: everyone but 张伟 is behind on the 25th
    tab.ui.modeCombo.setCurrentIndex(tab.ui.modeCombo.findData("trend"))
    assert tab.ui.stack.currentIndex() == 1
    flagged = {r.dispatch_id for r in tab.trend_table.proxy.shown()}
    assert env.camp.did("张伟") not in flagged and env.camp.did("王芳") in flagged
    qtmodeltester.check(tab.trend_table.model)


# --------------------------------------------------------------------------- 请销假


def test_leave_request_approve_return(env: Env, qtbot: Any) -> None:
    tab = env.page.show_tab("leave")
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    did = env.camp.did("王芳")
    d.ui.cadreCombo.setCurrentIndex(d.ui.cadreCombo.findData(did))
    d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findData("病假"))
    d.ui.startEdit.setDate(qdate(dt.date(2026, 3, 16)))
    d.ui.endEdit.setDate(qdate(dt.date(2026, 3, 18)))
    d.ui.requestedEdit.setDate(qdate(dt.date(2026, 3, 15)))
    d.ui.reasonEdit.setText("感冒发烧")
    click_ok(qtbot, d)
    assert tab.dialog is None
    row = tab.selected()
    assert row is not None and row.status == "待审批" and row.kind == "病假"
    assert tab.ui.approveButton.isEnabled() and not tab.ui.returnButton.isEnabled()
    # approve: the approver is required
    qtbot.mouseClick(tab.ui.approveButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    d.ui.dayEdit.setDate(qdate(dt.date(2026, 3, 15)))
    click_ok(qtbot, d)
    assert "审批人" in d.error()
    d.ui.approverEdit.setText("王书记")
    click_ok(qtbot, d)
    row = tab.selected()
    assert row.status == "已批准" and row.approved_by == "王书记"
    assert marks(env.ctx, did)[15:18] == ("病",) * 3
    # 销假 on the 18th
    qtbot.mouseClick(tab.ui.returnButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    d.ui.dayEdit.setDate(qdate(dt.date(2026, 3, 18)))
    click_ok(qtbot, d)
    row = tab.selected()
    assert row.status == "已销假" and row.returned_on == dt.date(2026, 3, 18)


def test_leave_refuse_and_withdraw(env: Env, qtbot: Any) -> None:
    for day in (20, 23):
        leave.request_leave(
            env.ctx,
            leave.LeaveForm(env.camp.did("陈静"), "事假", dt.date(2026, 3, day), dt.date(2026, 3, day)),
        )
    tab = env.page.show_tab("leave")
    first, second = sorted(tab.model.rows(), key=lambda r: r.start)
    tab.select_id(first.id)
    qtbot.mouseClick(tab.ui.refuseButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    d.ui.approverEdit.setText("王书记")
    click_ok(qtbot, d)
    assert "原因" in d.error()
    d.ui.noteEdit.setText("村里换届期间不宜离岗")
    click_ok(qtbot, d)
    assert tab.selected().status == "未批准"
    tab.select_id(second.id)
    qtbot.mouseClick(tab.ui.withdrawButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    d.ui.noteEdit.setText("不再需要")
    click_ok(qtbot, d)
    assert tab.selected().status == "已撤回"
    tab.ui.stateCombo.setCurrentIndex(tab.ui.stateCombo.findData("已撤回"))
    assert [r.id for r in tab.proxy.shown()] == [second.id]


# --------------------------------------------------------------------------- 节假日


def test_holiday_calendar_add_run_workday_and_remove(env: Env, qtbot: Any) -> None:
    tab = env.page.show_tab("holidays")
    tab.ui.yearSpin.setValue(2027)
    assert tab.holiday_year is not None and tab.holiday_year.year == 2027
    # a run of days off from next year's notice
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    d.ui.firstEdit.setDate(qdate(dt.date(2027, 10, 1)))
    d.ui.lastEdit.setDate(qdate(dt.date(2027, 10, 7)))
    click_ok(qtbot, d)
    assert "节日名称" in d.error()
    d.ui.nameEdit.setText("国庆节")
    click_ok(qtbot, d)
    # a make-up working day
    qtbot.mouseClick(tab.ui.workdayButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    d.ui.firstEdit.setDate(qdate(dt.date(2027, 9, 26)))
    d.ui.nameEdit.setText("国庆节")
    click_ok(qtbot, d)
    year = holidays.list_holidays(env.ctx, 2027)
    days = {h.day: h.is_holiday for h in year.days}
    assert sum(1 for v in days.values() if v) >= 7 and days[dt.date(2027, 9, 26)] is False
    assert len(tab.model.rows()) == len(year.days)
    # delete a wrong day
    assert tab.select_id(0) is False  # days have no ids: select by row
    from cadredesk.ui.table import select_row

    select_row(tab.view, lambda h: h.day == dt.date(2027, 10, 7))
    qtbot.mouseClick(tab.ui.removeButton, Qt.MouseButton.LeftButton)
    assert dt.date(2027, 10, 7) not in {h.day for h in holidays.list_holidays(env.ctx, 2027).days}


def test_holiday_seed_a_year(env: Env, qtbot: Any) -> None:
    tab = env.page.show_tab("holidays")
    tab.ui.yearSpin.setValue(2025)
    assert tab.holiday_year is not None and tab.holiday_year.source != "table"
    qtbot.mouseClick(tab.ui.seedButton, Qt.MouseButton.LeftButton)
    assert tab.holiday_year.source == "table" and tab.model.rows()
    assert "已录入" in tab.ui.sourceLabel.text()


# --------------------------------------------------------------------------- 领导走访, 联系户


def test_leader_visit_add_correct_delete(env: Env, qtbot: Any) -> None:
    tab = env.page.show_tab("visits")
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    d.ui.unitCombo.setCurrentIndex(d.ui.unitCombo.findText("县农业农村局"))
    d.ui.leaderEdit.setText("孙主任")
    d.ui.roleCombo.setCurrentIndex(d.ui.roleCombo.findData("主要负责人"))
    d.ui.dayEdit.setDate(qdate(dt.date(2026, 3, 12)))
    d.ui.placeCombo.setCurrentIndex(d.ui.placeCombo.findData(env.camp.places["黄河口镇东村"]))
    d.ui.contentEdit.setPlainText("看望驻村干部，听取工作汇报")
    click_ok(qtbot, d)
    row = tab.selected()
    assert row is not None and (row.leader, row.role, row.place) == ("孙主任", "主要负责人", "东村")
    # correct the day
    qtbot.mouseClick(tab.ui.editButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    d.ui.dayEdit.setDate(qdate(dt.date(2026, 3, 13)))
    click_ok(qtbot, d)
    assert tab.selected().day == dt.date(2026, 3, 13)
    qtbot.mouseClick(tab.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert visits.list_leader_visits(env.ctx, onpost_data.BATCH) == []


def test_leader_visit_import(env: Env, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    f = env.tmp / "领导到村.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2026年派出单位领导到村看望驻村干部情况"])
    ws.append(["序号", "派出单位", "领导姓名", "身份", "到村日期", "乡镇", "村（社区）", "看望内容"])
    ws.append([1, "县农业农村局", "周副主任", "分管负责人", "2026.3.8", "黄河口镇", "东村", "听取工作汇报"])
    ws.append([2, "县农业农村局", "孙主任", "主要负责人", "2026年3月9日", "永安镇", "新华社区", "调研"])
    wb.save(f)
    tab = env.page.show_tab("visits")
    monkeypatch.setattr(sheet_import, "ask_open_path", lambda *_a: str(f))
    qtbot.mouseClick(tab.ui.importButton, Qt.MouseButton.LeftButton)
    dialog = tab.import_dialog
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    assert dialog.error() == "" and "2 条" in dialog.ui.summaryLabel.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(tab.model.rows()) == 2


def test_households_and_their_visits(env: Env, qtbot: Any) -> None:
    tab = env.page.show_tab("households")
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    d.ui.cadreCombo.setCurrentIndex(d.ui.cadreCombo.findData(env.camp.did("王芳")))
    d.ui.headEdit.setText("刘大山")
    d.ui.addressEdit.setText("西村3组12号")
    d.ui.categoryCombo.setCurrentText("脱贫户")
    click_ok(qtbot, d)
    h = tab.selected()
    assert h is not None and h.row.head_name == "刘大山" and h.this_year == 0
    # a visit made together: 王芳 is checked already (the household's cadre)
    qtbot.mouseClick(tab.ui.visitButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    assert d.checked() == (env.camp.did("王芳"),)
    d.ui.dayEdit.setDate(qdate(dt.date(2026, 3, 20)))
    d.ui.noteEdit.setText("了解春耕备耕情况")
    click_ok(qtbot, d)
    h = tab.selected()
    assert h.this_year == 1 and h.row.last_visit == dt.date(2026, 3, 20)
    assert [v.day for v in tab.visit_table.model.rows()] == [dt.date(2026, 3, 20)]
    # delete the visit, then the household
    tab.ui.visitsView.selectRow(0)
    qtbot.mouseClick(tab.ui.deleteVisitButton, Qt.MouseButton.LeftButton)
    assert tab.selected().this_year == 0
    qtbot.mouseClick(tab.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert visits.list_households(env.ctx, batch=onpost_data.BATCH) == []


# --------------------------------------------------------------------------- 保险及党组织关系, 实绩/负面清单


def test_post_info_edit_and_clear(env: Env, qtbot: Any) -> None:
    tab = env.page.show_tab("post")
    did = env.camp.did("陈静")
    tab.select_id(did)
    qtbot.mouseClick(tab.ui.editButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    d.ui.insurerEdit.setText("中国人寿")
    d.ui.policyEdit.setText("PEAC2026000123")
    d.ui.startEdit.set_value(dt.date(2026, 1, 1))
    d.ui.expiryEdit.set_value(dt.date(2026, 4, 10))
    d.ui.transferEdit.set_value(dt.date(2025, 12, 20))
    d.ui.allowanceEdit.setText("1800")
    click_ok(qtbot, d)
    info = onpost.post_info(env.ctx, did)
    assert (info.insurer, info.insurance_expiry, info.party_transfer_date) == (
        "中国人寿", dt.date(2026, 4, 10), dt.date(2025, 12, 20),
    )  # fmt: skip
    assert str(info.allowance_per_month) == "1800.00"
    tab.ui.filterCombo.setCurrentIndex(tab.ui.filterCombo.findData("expiring"))
    assert [p.dispatch_id for p in tab.proxy.shown()] == [did]  # expires within 30 days of 25 March
    # a wrong transfer date is refused inside the dialog; clearing it works
    tab.ui.filterCombo.setCurrentIndex(0)
    tab.select_id(did)
    qtbot.mouseClick(tab.ui.editButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    d.ui.transferEdit.set_value(dt.date(2026, 5, 1))
    click_ok(qtbot, d)
    assert "晚于今天" in d.error()
    d.ui.transferEdit.set_value(None)
    click_ok(qtbot, d)
    assert onpost.post_info(env.ctx, did).party_transfer_date is None


def test_post_info_import(env: Env, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    f = env.tmp / "保险.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["姓名", "身份证号", "保险公司", "保单号", "起保日期", "到期日期"])
    ws.append(["王芳", env.camp.idn("王芳"), "中国平安", "P-001", "2026-01-01", "2026-12-31"])
    wb.save(f)
    tab = env.page.show_tab("post")
    monkeypatch.setattr(sheet_import, "ask_open_path", lambda *_a: str(f))
    qtbot.mouseClick(tab.ui.importButton, Qt.MouseButton.LeftButton)
    dialog = tab.import_dialog
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    assert dialog.error() == "", dialog.error()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert onpost.post_info(env.ctx, env.camp.did("王芳")).insurer == "中国平安"


def test_performance_lists(env: Env, qtbot: Any, qtmodeltester: Any) -> None:
    tab = env.page.show_tab("performance")
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    d.ui.cadreCombo.setCurrentIndex(d.ui.cadreCombo.findData(env.camp.did("赵磊")))
    d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findData("负面表现"))
    d.ui.dayEdit.setDate(qdate(dt.date(2026, 3, 3)))
    d.ui.contentEdit.setPlainText("未请假离岗两天")
    d.ui.scoreEdit.setText("-2")
    click_ok(qtbot, d)
    entry = tab.selected()
    assert entry is not None and entry.kind == "负面表现" and str(entry.score) == "-2.0"
    qtmodeltester.check(tab.model)
    qtbot.mouseClick(tab.ui.editButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    d.ui.contentEdit.setPlainText("未请假离岗一天")
    click_ok(qtbot, d)
    assert tab.selected().content == "未请假离岗一天"
    qtbot.mouseClick(tab.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert performance.list_performance(env.ctx, onpost_data.BATCH) == []


# --------------------------------------------------------------------------- every list exports


def test_every_list_exports(env: Env, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    leave.request_leave(
        env.ctx, leave.LeaveForm(env.camp.did("陈静"), "事假", dt.date(2026, 3, 20), dt.date(2026, 3, 20))
    )
    performance.save_performance(
        env.ctx,
        performance.PerformanceForm(env.camp.did("赵磊"), "实绩", dt.date(2026, 3, 1), "争取项目资金"),
    )
    visits.save_leader_visit(
        env.ctx,
        visits.LeaderVisitForm(
            onpost_data.BATCH,
            "县农业农村局",
            "孙主任",
            dt.date(2026, 3, 2),
            env.camp.places["黄河口镇东村"],
            "主要负责人",
        ),
    )
    h = visits.save_household(env.ctx, visits.HouseholdForm(env.camp.did("王芳"), "刘大山"))
    assert h.id
    target: list[Path] = []
    monkeypatch.setattr(list_export, "ask_save_path", lambda *_a: str(target[-1]))
    for key in (
        "attendance",
        "compliance",
        "leave",
        "holidays",
        "visits",
        "households",
        "post",
        "performance",
    ):
        tab = env.page.show_tab(key)
        target.append(env.tmp / f"{key}.xlsx")
        handle = tab.export()
        assert handle is not None, key
        wb = openpyxl.load_workbook(target[-1])
        ws = wb.active
        assert ws is not None and ws.max_row >= 3, key  # title, header, at least one row
    # the grid's workbook has a column per day and the people as shown
    ws = openpyxl.load_workbook(env.tmp / "attendance.xlsx").active
    assert ws is not None
    header = next(
        [c.value for c in row] for row in ws.iter_rows(max_row=5) if any(c.value == "姓名" for c in row)
    )
    assert "31日" in header and "在岗天数" in header
