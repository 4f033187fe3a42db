"""Issue 8's GUI: the lists a clerk lives in, driven as a clerk would (real SQLite files, real .xlsx).

The findings filter and its date, the right-click menus of the roster, cadre and place tables (step back,
withdraw, delete, profile, export), the cadre profile, import history with undo, closing a batch, the
batch's term reason and tags, the training override and how many roster rows fit at 1366×768. The runner
is synchronous; dialogs open with ``open()``; file choices are injected; right-click menus are requested
as the view does on a right click (``customContextMenuRequested``) and their actions triggered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QDate, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView
from sqlalchemy import select

from cadredesk.core.enums import DispatchStatus, PlaceTag
from cadredesk.core.models import AuditEntry, Batch, Cadre, Dispatch, DispatchEvent, Township, Unit
from cadredesk.core.names import initials_index, stroke_key
from cadredesk.services import assignment, batches, reference, reference_import
from cadredesk.services.context import Actor, Context
from cadredesk.services.database import Workspace
from cadredesk.storage.engine import Database
from cadredesk.storage.schema import SchemaState
from cadredesk.ui import list_export
from cadredesk.ui.import_runs_dialog import ImportRunsDialog
from cadredesk.ui.main_window import MainWindow
from cadredesk.ui.notify import RecordingNotifier
from cadredesk.ui.pages.cadres import CadrePage
from cadredesk.ui.pages.places_page import PlaceDialog, PlacesPage
from cadredesk.ui.pages.roster_page import RosterPage
from cadredesk.ui.profile_dialog import ProfileDialog
from cadredesk.ui.roster_dialogs import BatchDialog, TrainingOverrideDialog
from cadredesk.ui.saving_dialog import qdate
from cadredesk.ui.sheet_import import SheetImportDialog
from cadredesk.ui.table import select_row
from cadredesk.ui.tasks import TaskRunner
from cadredesk.ui.term_dialogs import CloseBatchDialog, ReasonDialog
from tests.factories import make_id

pytestmark = [
    pytest.mark.gui,
    # a right-click menu really pops up; the offscreen platform cannot raise it or grab the keyboard
    pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing"),
]

TODAY = dt.date(2025, 6, 2)
BATCH = "2025年度驻村蹲点"


@dataclass
class Env:
    db: Database
    ctx: Context
    runner: TaskRunner
    notifier: RecordingNotifier
    batch: int
    places: dict[str, int]
    cadres: dict[str, int]
    dispatches: dict[str, int]
    tmp: Path


def add_cadre(db: Database, name: str, birth: dt.date, unit: str = "县教育局", male: bool = True) -> int:
    with db.session() as s:
        unit_id = s.scalar(select(Unit.id).where(Unit.name == unit))
        c = Cadre(
            name=name, gender="男" if male else "女", id_number=make_id(birth, male), birth_date=birth,
            unit_id=unit_id, name_initials=initials_index(name), name_strokes=stroke_key(name),
        )  # fmt: skip
        s.add(c)
        s.flush()
        return c.id


@pytest.fixture
def env(db: Database, tmp_path: Path, qapp: Any) -> Iterator[Env]:
    """One county batch (2025), four places, four cadres: 张三 在岗, 王五 审核, 李四 推荐, 赵六 not dispatched."""
    ctx = Context(db=db, actor=Actor("tester", "测试员"), clock=lambda: TODAY)
    t1 = reference.create_township(ctx, "黄河口镇")
    t2 = reference.create_township(ctx, "仙河镇")
    places = {
        "一村": reference.save_place(ctx, t1, "一村", tags=[PlaceTag.WEAK_ORG.value]),
        "二村": reference.save_place(ctx, t1, "二村"),
        "三村": reference.save_place(ctx, t2, "三村"),
        "四村": reference.save_place(ctx, t2, "四村"),
    }
    reference.create_unit(ctx, "县财政局")
    reference.create_unit(ctx, "县教育局")
    form = batches.BatchForm.defaults("county", dt.date(2025, 1, 1), name=BATCH)
    batch = batches.create_batch(ctx, batches.BatchForm(**{**form.__dict__, "training_required": False})).id
    cadres = {
        "张三": add_cadre(db, "张三", dt.date(1985, 3, 12), "县财政局"),
        "王五": add_cadre(db, "王五", dt.date(1978, 11, 30)),
        "李四": add_cadre(db, "李四", dt.date(1990, 7, 1), male=False),
        "赵六": add_cadre(db, "赵六", dt.date(1992, 1, 5)),
    }
    dispatches: dict[str, int] = {}
    for name, place, steps in (("张三", "一村", 3), ("王五", "二村", 1), ("李四", "三村", 0)):
        did = assignment.assign(ctx, batch, cadres[name], place_id=places[place], role="第一书记").dispatch_id
        for _ in range(steps):
            assignment.advance(ctx, did)
        dispatches[name] = did
    notifier = RecordingNotifier(answer=True)
    runner = TaskRunner(ctx, notifier, synchronous=True)
    yield Env(db, ctx, runner, notifier, batch, places, cadres, dispatches, tmp_path)
    runner.shutdown()


def roster_page(env: Env, qtbot: Any) -> RosterPage:
    page = RosterPage(env.runner, env.notifier)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.reload()
    assert page.is_loaded
    return page


def status_of(db: Database, dispatch_id: int) -> str:
    with db.session() as s:
        d = s.get(Dispatch, dispatch_id)
        assert d is not None
        return d.status


def right_click(page: Any, view: QTableView, row_text: str) -> QMenu:
    """Click the row showing ``row_text`` (any column), then ask for its context menu as a right click does."""
    model = view.model()
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            if model.index(r, c).data() == row_text:
                rect = view.visualRect(model.index(r, c))
                qtbot_click(view, rect.center())
                view.customContextMenuRequested.emit(rect.center())
                menu = page.row_menu
                assert isinstance(menu, QMenu)
                return menu
    raise AssertionError(f"no row shows {row_text}")


def qtbot_click(view: QTableView, pos: QPoint) -> None:
    from PySide6.QtTest import QTest

    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def action(menu: QMenu, text: str) -> QAction:
    found = [a for a in menu.actions() if a.text() == text]
    assert found, f"{text} not in {[a.text() for a in menu.actions()]}"
    return found[0]


def trigger(menu: QMenu, text: str) -> None:
    a = action(menu, text)
    assert a.isEnabled(), f"{text} is disabled"
    menu.close()
    a.trigger()


# --------------------------------------------------------------------------- 1. findings filter and date


def test_findings_rule_filter_problems_only_and_as_of_date(env: Env, qtbot: Any, qtmodeltester: Any) -> None:
    page = roster_page(env, qtbot)
    panel = page.findings
    qtmodeltester.check(panel.model)
    assert panel.as_of_edit.date() == qdate(TODAY)  # the date it checks, default today
    found = panel.model.rows()
    assert found and all(v.rule != "term-ended" for v in found)
    rules = {v.rule for v in found}
    # the combo lists the rules present, with their counts
    assert panel.rule_combo.count() == len(rules) + 1
    assert panel.rule_combo.itemText(0) == "全部规则"
    pick = next(r for r in sorted(rules) if any(v.rule == r for v in found))
    panel.rule_combo.setCurrentIndex(panel.rule_combo.findData(pick))
    shown = [
        panel.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) for r in range(panel.proxy.rowCount())
    ]
    assert shown and all(v.rule == pick for v in shown)
    assert panel.summary_label.text().startswith(f"显示 {len(shown)} 项")
    panel.rule_combo.setCurrentIndex(0)
    qtbot.mouseClick(panel.errors_only, Qt.MouseButton.LeftButton)
    assert panel.errors_only.isChecked()
    errors = [v for v in found if v.severity == "error"]
    assert panel.proxy.rowCount() == len(errors)
    qtbot.mouseClick(panel.errors_only, Qt.MouseButton.LeftButton)
    assert panel.proxy.rowCount() == len(found)
    # judged as of a day after the batch ended: 张三 is still 在岗 → term-ended (an error)
    panel.as_of_edit.setDate(QDate(2026, 1, 5))
    assert page.as_of == dt.date(2026, 1, 5)
    ended = sorted(v.subject.split(" / ")[1] for v in panel.model.rows() if v.rule == "term-ended")
    assert ended == ["张三（黄河口镇一村）", "李四（仙河镇三村）", "王五（黄河口镇二村）"]
    assert panel.rule_combo.findData("term-ended") > 0
    # a reload keeps the chosen date; back to today clears it
    page.reload()
    assert any(v.rule == "term-ended" for v in panel.model.rows())
    panel.as_of_edit.setDate(qdate(TODAY))
    assert page.as_of is None
    assert not any(v.rule == "term-ended" for v in panel.model.rows())


# --------------------------------------------------------------------------- 2. right-click menus


def test_roster_menu_step_back_with_reason(env: Env, qtbot: Any) -> None:
    page = roster_page(env, qtbot)
    menu = right_click(page, page.view, "王五")
    assert action(menu, "撤回推荐…").isEnabled()  # 审核: may still be withdrawn
    trigger(menu, "退回上一步…")
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog)
    assert "由“审核”退回为“推荐”" in dialog.ui.messageLabel.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error() == "请填写原因"
    dialog.reason_edit.setPlainText("误点了推进")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert status_of(env.db, env.dispatches["王五"]) == "推荐"
    with env.db.session() as s:
        reasons = list(
            s.scalars(select(DispatchEvent.reason).where(DispatchEvent.dispatch_id == env.dispatches["王五"]))
        )
    assert "退回：误点了推进" in reasons
    assert page.busy_label.text() == "王五已退回上一步"


def test_roster_menu_withdraw_before_training_not_after(env: Env, qtbot: Any) -> None:
    page = roster_page(env, qtbot)
    menu = right_click(page, page.view, "张三")  # 在岗: no withdrawal (召回 instead)
    assert not action(menu, "撤回推荐…").isEnabled()
    assert action(menu, "召回 / 轮换…").isEnabled()
    assert action(menu, "退回上一步…").isEnabled()
    menu = right_click(page, page.view, "李四")  # 推荐: nothing before it
    assert not action(menu, "退回上一步…").isEnabled()
    trigger(menu, "撤回推荐…")
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog)
    dialog.reason_edit.setPlainText("单位另行推荐人选")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert status_of(env.db, env.dispatches["李四"]) == DispatchStatus.WITHDRAWN.value
    with env.db.session() as s:
        audit = list(s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "dispatch.withdraw")))
    assert audit == ["李四 推荐→撤回（撤回推荐）原因：单位另行推荐人选"]


def test_roster_menu_withdraw_refused_shows_the_service_message(env: Env, qtbot: Any) -> None:
    page = roster_page(env, qtbot)
    right_click(page, page.view, "李四")
    dialog = page.roster_actions.open_withdraw()
    assert isinstance(dialog, ReasonDialog)
    assignment.advance(env.ctx, env.dispatches["李四"])  # meanwhile someone advanced him to 审核 and 培训
    assignment.advance(env.ctx, env.dispatches["李四"])
    dialog.reason_edit.setPlainText("单位另行推荐")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "不能撤回推荐" in dialog.error() and "召回" in dialog.error()
    assert dialog.isVisible()


def test_cadre_menu_delete_refused_while_referenced_then_deleted(env: Env, qtbot: Any) -> None:
    page = CadrePage(env.runner, env.notifier)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    menu = right_click(page, page.view, "张三")
    trigger(menu, "删除误录的干部…")
    warnings = env.notifier.texts("warning")
    assert len(warnings) == 1 and "不能删除" in warnings[0] and "派驻" in warnings[0]
    menu = right_click(page, page.view, "赵六")
    trigger(menu, "删除误录的干部…")
    with env.db.session() as s:
        assert s.get(Cadre, env.cadres["赵六"]) is None
        assert s.get(Cadre, env.cadres["张三"]) is not None
    assert "赵六" not in [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def test_place_menu_delete_and_the_batch_tags(env: Env, qtbot: Any) -> None:
    page = PlacesPage(env.runner, env.notifier)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    menu = right_click(page, page.view, "一村")  # 张三 is dispatched there
    trigger(menu, "删除误录的派驻点…")
    assert "不能删除" in env.notifier.texts("warning")[-1]
    menu = right_click(page, page.view, "四村")
    trigger(menu, "删除误录的派驻点…")
    assert "四村" not in [p.name for p in page.model.rows()]
    # the batch's own priority list: 二村 gets 经济薄弱 in this batch
    menu = right_click(page, page.view, "二村")
    trigger(menu, "编辑派驻点…")
    dialog = page.dialog
    assert isinstance(dialog, PlaceDialog)
    assert BATCH in dialog.ui.tagsBox.title()
    qtbot.waitExposed(dialog)
    check = dialog.tag_checks[
        PlaceTag.WEAK_ECONOMY.value
    ]  # a click on its box (the row is wider than its text)
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert dialog.tags() == [PlaceTag.WEAK_ECONOMY.value]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error() == ""
    assert reference.batch_tags_of(env.ctx, env.batch)[env.places["二村"]] == (PlaceTag.WEAK_ECONOMY.value,)
    shown = next(p for p in page.model.rows() if p.name == "二村")
    assert shown.tags == (PlaceTag.WEAK_ECONOMY.value,)


def test_places_search_by_pinyin_initials(env: Env, qtbot: Any) -> None:
    page = PlacesPage(env.runner, env.notifier)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    page.search_edit.setText("ec")  # 二村
    page.apply_filter()
    assert [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())] == ["二村"]


# --------------------------------------------------------------------------- 3. the profile


def test_profile_opens_from_the_roster_menu(env: Env, qtbot: Any, qtmodeltester: Any) -> None:
    with env.db.session() as s:  # 张三's attendance: 3 days in post, 1 day of personal leave
        from cadredesk.core.models import Attendance

        for i, mark in enumerate("在在在事"):
            s.add(Attendance(dispatch_id=env.dispatches["张三"], day=dt.date(2025, 3, 3 + i), mark=mark))
    page = roster_page(env, qtbot)
    trigger(right_click(page, page.view, "张三"), "查看干部档案")
    profile = page.roster_actions.profile
    assert isinstance(profile, ProfileDialog)
    assert profile.windowTitle() == "干部档案 — 张三"
    assert "县财政局" in profile.ui.infoLabel.text()
    qtmodeltester.check(profile.dispatches.model)
    [d] = profile.dispatches.model.rows()
    assert (d.batch, d.place, d.status) == (BATCH, "一村", "在岗")
    assert [(s.from_status, s.to_status) for s in profile.steps.model.rows()] == [
        ("", "推荐"), ("推荐", "审核"), ("审核", "培训"), ("培训", "在岗"),
    ]  # fmt: skip
    assert {(m.label, m.days) for m in profile.marks.model.rows()} == {("在岗", 3), ("事假", 1)}
    assert "计入在岗 3 天" in profile.ui.attendanceLabel.text()
    assert profile.dispatches.model.index(0, profile.dispatches.model.column_index("attendance")).data() == (
        "在岗 3 / 记录 4 天"
    )
    profile.close()


def test_profile_opens_from_the_cadre_page_and_a_cadre_without_dispatch(env: Env, qtbot: Any) -> None:
    page = CadrePage(env.runner, env.notifier)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    assert not page.ui.profileButton.isEnabled()
    select_row(page.view, lambda r: r.name == "赵六")
    qtbot.mouseClick(page.ui.profileButton, Qt.MouseButton.LeftButton)
    profile = page.profile
    assert isinstance(profile, ProfileDialog)
    assert profile.dispatches.model.rowCount() == 0
    assert profile.ui.emptyLabel.isVisibleTo(profile)
    trigger(right_click(page, page.view, "王五"), "查看干部档案")
    assert page.profile is not None and page.profile.profile is not None
    assert page.profile.profile.name == "王五"


# --------------------------------------------------------------------------- 4. every list exports


def test_every_list_exports_as_shown(env: Env, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    outs: list[Path] = []

    def ask(_parent: Any, _title: str, suggested: str, _filters: str) -> str:
        outs.append(env.tmp / suggested)
        return str(outs[-1])

    monkeypatch.setattr(list_export, "ask_save_path", ask)

    def cells(path: Path) -> list[list[Any]]:
        ws = openpyxl.load_workbook(path).active
        assert ws is not None
        return [list(r) for r in ws.iter_rows(values_only=True)]

    roster = roster_page(env, qtbot)
    roster.search_edit.setText("张")
    roster.apply_filter()
    trigger(right_click(roster, roster.view, "张三"), "导出当前列表…")
    rows = cells(outs[-1])
    assert any("张三" in r for r in rows) and not any("李四" in r for r in rows)
    roster.export_findings()
    assert any("规则" in r for r in cells(outs[-1]))
    roster.export_quotas()
    assert any("县财政局" in r for r in cells(outs[-1]))

    cadres = CadrePage(env.runner, env.notifier)
    qtbot.addWidget(cadres)
    cadres.show()
    cadres.reload()
    qtbot.mouseClick(cadres.ui.exportButton, Qt.MouseButton.LeftButton)
    names = [r[0] for r in cells(outs[-1])]
    assert {"张三", "王五", "李四", "赵六"} <= set(names)

    places = PlacesPage(env.runner, env.notifier)
    qtbot.addWidget(places)
    places.show()
    places.reload()
    qtbot.mouseClick(places.ui.exportButton, Qt.MouseButton.LeftButton)
    rows = cells(outs[-1])
    assert any("一村" in r and PlaceTag.WEAK_ORG.value in r for r in rows)
    assert len(outs) == 5


# --------------------------------------------------------------------------- 5. import history, places import


def write_places(path: Path, rows: list[list[str]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2025年度派驻村名单"])
    ws.append(["乡镇（街道）", "村（社区）名称", "重点类别", "联系人"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_import_history_undo_refused_then_done(env: Env, qtbot: Any) -> None:
    first = write_places(env.tmp / "第一批.xlsx", [["黄河口镇", "五村", "软弱涣散", ""]])
    second = write_places(env.tmp / "第二批.xlsx", [["仙河镇", "六村", "", ""]])
    reference_import.import_places(env.ctx, first)
    reference_import.import_places(env.ctx, second)
    with env.db.session() as s:
        from cadredesk.core.models import Place

        five = s.scalar(select(Place.id).where(Place.name == "五村"))
    assignment.assign(env.ctx, env.batch, env.cadres["赵六"], place_id=five, role="队员")
    page = roster_page(env, qtbot)
    assert page.runs_action.text() == "导入记录与撤销导入…"
    page.runs_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, ImportRunsDialog)
    assert [r.file for r in dialog.model.rows()] == ["第二批.xlsx", "第一批.xlsx"]
    select_row(dialog.view, lambda r: r.file == "第一批.xlsx")
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    refused = env.notifier.texts("warning")[-1]
    assert refused.startswith("不能撤销导入记录") and "已被其他记录引用" in refused
    select_row(dialog.view, lambda r: r.file == "第二批.xlsx")
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert any("撤销" in t and "第二批.xlsx" in t for t in env.notifier.texts("confirm"))
    assert dialog.changed
    assert next(r for r in dialog.model.rows() if r.file == "第二批.xlsx").undone
    assert not dialog.undo_button.isEnabled()  # the undone run is still selected
    assert "六村" not in [p.name for p in reference.list_places(env.ctx)]
    dialog.close()


def test_places_import_previews_and_asks_about_an_unknown_township(env: Env, qtbot: Any) -> None:
    path = write_places(
        env.tmp / "村名单.xlsx",
        [["黄河口镇", "七村", "经济薄弱", "王主任"], ["新安镇", "八村", "", ""], ["", "九村", "", ""]],
    )
    page = PlacesPage(env.runner, env.notifier)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    page.importer.ask_open_path = lambda *_a: str(path)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.importer.dialog
    assert isinstance(dialog, SheetImportDialog) and dialog.path is None
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    # the full preview: every row with its result and reason, the column that will not be kept named
    lines = [(ln.row, ln.status, ln.name, ln.note) for ln in dialog.model.rows()]
    assert lines[0][:3] == (2, "note", "") and "联系人" in lines[0][3]
    assert lines[1:] == [
        (3, "warning", "黄河口镇 七村", "可导入，但以下内容未录入：D 列“联系人”的内容"),
        (4, "rejected", "新安镇 八村", "乡镇“新安镇”尚未登记（导入时选择“新建乡镇”可一并新建）"),
        (5, "rejected", "九村", "乡镇为空"),
    ]
    assert "可导入 1 个派驻点，不合格 2 行" in dialog.ui.summaryLabel.text()
    assert dialog.view.model().headerData(2, Qt.Orientation.Horizontal) == "派驻点"
    assert not dialog.import_button.isEnabled()  # all or nothing until the clerk chooses to skip
    qtbot.mouseClick(dialog.ui.skipInvalidCheck, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "新增 1 个" in env.notifier.texts("info")[-1]
    names = [p.name for p in reference.list_places(env.ctx)]
    assert "七村" in names and "八村" not in names
    with env.db.session() as s:
        assert s.scalar(select(Township.id).where(Township.name == "新安镇")) is None
    # the tags went to the batch shown on the page
    qtbot.waitUntil(lambda: any(p.name == "七村" for p in page.model.rows()))
    seven = next(p for p in page.model.rows() if p.name == "七村")
    assert seven.tags == (PlaceTag.WEAK_ECONOMY.value,)
    # again, choosing to create the unknown township this time
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.importer.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    dialog.ui.courseCombo.setCurrentIndex(dialog.ui.courseCombo.findData(True))
    dialog.revalidate()
    assert [(ln.row, ln.status, ln.note) for ln in dialog.model.rows() if ln.name == "新安镇 八村"] == [
        (4, "warning", "校验通过；将新建乡镇“新安镇”")
    ]
    qtbot.mouseClick(dialog.ui.skipInvalidCheck, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "八村" in [p.name for p in reference.list_places(env.ctx)]


# --------------------------------------------------------------------------- 6. the batch: close, term reason, delete


def test_close_batch_in_one_step_with_the_pending_choice(env: Env, qtbot: Any) -> None:
    page = roster_page(env, qtbot)
    qtbot.mouseClick(page.ui.closeBatchButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, CloseBatchDialog)
    assert dialog.day_edit.date() == qdate(TODAY)  # not yet ended: today at the latest
    assert "李四（推荐）" in dialog.ui.pendingLabel.text() and "王五（审核）" in dialog.ui.pendingLabel.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "尚未到岗" in dialog.error()
    qtbot.mouseClick(dialog.withdraw_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert status_of(env.db, env.dispatches["张三"]) == DispatchStatus.COMPLETED.value
    assert status_of(env.db, env.dispatches["李四"]) == DispatchStatus.WITHDRAWN.value
    assert page.busy_label.text().startswith(f"{BATCH} 已于 {TODAY} 期满：1 人期满，撤回尚未到岗的推荐 2 人")
    assert not page.ui.closeBatchButton.isEnabled()
    with env.db.session() as s:
        assert s.scalar(select(Batch.closed_on)) == TODAY
    # a closed batch: the row menu offers no change
    menu = right_click(page, page.view, "张三")
    assert not action(menu, "退回上一步…").isEnabled()
    assert action(menu, "查看干部档案").isEnabled()


def test_batch_dialog_asks_the_reason_for_a_non_standard_term(env: Env, qtbot: Any) -> None:
    page = roster_page(env, qtbot)
    qtbot.mouseClick(page.ui.newBatchButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, BatchDialog)
    dialog.name_edit.setText("2026年度驻村蹲点")
    dialog.start_edit.setDate(QDate(2026, 1, 1))
    dialog.end_edit.setDate(QDate(2027, 12, 31))  # two years for a county batch
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "原因" in dialog.error()
    dialog.reason_edit.setText("市委统一部署两年一轮")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with env.db.session() as s:
        assert (
            s.scalar(select(Batch.term_reason).where(Batch.name == "2026年度驻村蹲点"))
            == "市委统一部署两年一轮"
        )


def test_delete_a_batch_created_by_mistake(env: Env, qtbot: Any) -> None:
    page = roster_page(env, qtbot)
    page.delete_batch_action.trigger()  # the batch has a roster
    assert "不能删除" in env.notifier.texts("warning")[-1]
    empty = batches.create_batch(
        env.ctx, batches.BatchForm.defaults("county", dt.date(2026, 1, 1), name="误建批次")
    )
    page.reload(empty.id)
    assert page.shown_batch() == empty.id
    page.delete_batch_action.trigger()
    with env.db.session() as s:
        assert s.get(Batch, empty.id) is None
    assert page.shown_batch() == env.batch


# --------------------------------------------------------------------------- 8. the training override


def test_training_override_reason_dialog(env: Env, qtbot: Any) -> None:
    form = batches.BatchForm.defaults("county", dt.date(2026, 1, 1), name="2026年度驻村蹲点")
    batch = batches.create_batch(env.ctx, form).id  # training required
    did = assignment.assign(
        env.ctx, batch, env.cadres["赵六"], place_id=env.places["四村"], role="队员"
    ).dispatch_id
    for _ in range(2):
        assignment.advance(env.ctx, did)
    page = roster_page(env, qtbot)
    page.reload(batch)
    select_row(page.view, lambda r: r.name == "赵六")
    qtbot.mouseClick(page.advance_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, TrainingOverrideDialog)
    assert "赵六尚未完成岗前培训" in dialog.ui.messageLabel.text()
    dialog.submit()
    assert dialog.error_label.text() == "请填写先行上岗的原因"
    dialog.reason_edit.setPlainText("培训班下月开班，村里急需")
    dialog.submit()
    assert status_of(env.db, did) == "在岗"
    with env.db.session() as s:
        details = list(
            s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "dispatch.advance-many"))
        )
    assert any("培训班下月开班，村里急需" in d for d in details)


# --------------------------------------------------------------------------- 7. rows at 1366×768


def test_roster_shows_at_least_20_rows_at_1366x768(env: Env, qtbot: Any, tmp_path: Path) -> None:
    for i in range(30):
        cid = add_cadre(env.db, f"测试{i:02d}", dt.date(1980, 1, 1) + dt.timedelta(days=40 * i))
        assignment.assign(env.ctx, env.batch, cid, place_id=env.places["二村"], role="队员")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Workspace(env.ctx, SchemaState.CURRENT, None), env.runner, env.notifier, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start()
    window.show_page("roster")
    page = window.page("roster")
    assert isinstance(page, RosterPage)
    page.load_if_needed()
    qtbot.waitUntil(lambda: page.is_loaded)
    row_height = page.view.verticalHeader().defaultSectionSize()
    visible = page.view.viewport().height() // row_height
    assert visible >= 20, f"{visible} rows visible"
    # long work-group and team names are never cut without the whole name at hand
    team_col = page.model.column_index("work_group")
    assert page.model.columns[team_col].tooltip is not None
