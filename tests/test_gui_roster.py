"""The 选派名单 and 派驻点 pages, driven as a clerk would: real SQLite, real .xlsx, real PDF.

The roster flow is one test per step (new batch → import with preview → assign → adjust → advance with
the training override → recall with replacement → teams and work groups → findings jump → export and
print), each starting from data made through the services (fixtures). Buttons are clicked with
``qtbot.mouseClick``, keys pressed with ``qtbot.keyClick`` (ASCII only: Chinese keystrokes abort Qt's test
library), Chinese text is set with ``setText``/``setPlainText`` as an input method would commit it. The task
runner is synchronous (no threads); dialogs open with ``open()`` (nothing blocks); file choices are injected.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton, QSpinBox, QTableView, QWidget
from sqlalchemy import select

from cadredesk.core.enums import DispatchStatus, PlaceTag
from cadredesk.core.models import AuditEntry, Batch, Cadre, DispatchEvent, Place, Unit
from cadredesk.core.names import initials_index, stroke_key
from cadredesk.core.rules import Violation
from cadredesk.services import assignment, batches, reference
from cadredesk.services.context import Actor, Context
from cadredesk.services.roster_view import CadreChoice, DispatchRow, QuotaRow, locate
from cadredesk.storage.engine import Database
from cadredesk.ui.import_dialog import ImportDialog
from cadredesk.ui.notify import RecordingNotifier
from cadredesk.ui.pages.places_page import PlaceDialog, PlacesPage
from cadredesk.ui.pages.roster_page import RosterPage
from cadredesk.ui.pickers import CadrePicker
from cadredesk.ui.roster_dialogs import (
    AdjustDialog,
    AssignDialog,
    BatchDialog,
    EndEarlyDialog,
    TrainingOverrideDialog,
)
from cadredesk.ui.saving_dialog import qdate
from cadredesk.ui.table_model import Column, TableModel
from cadredesk.ui.tasks import TaskRunner
from cadredesk.ui.teams_dialog import TeamsDialog
from cadredesk.ui.theme import ERROR_BACKGROUND, ERROR_COLOR
from tests.factories import make_id

pytestmark = pytest.mark.gui

BATCH = "2025年度驻村蹲点"
HEADER = ["序号", "姓  名", "性别", "公民身份号码", "出生年月", "政治面貌", "派出单位", "干部职务", "乡镇", "派驻村（社区）", "派驻身份"]  # fmt: skip


@dataclass
class Env:
    db: Database
    runner: TaskRunner
    notifier: RecordingNotifier
    places: dict[str, int]
    tmp: Path


@pytest.fixture
def env(db: Database, tmp_path: Path, qapp: Any) -> Iterator[Env]:
    """Two townships, five places (一村 must be covered, 三村 should be), two units."""
    ctx = Context(db=db, actor=Actor("tester", "测试员"))
    t1 = reference.create_township(ctx, "黄河口镇")
    t2 = reference.create_township(ctx, "仙河镇")
    places = {
        "一村": reference.save_place(ctx, t1, "一村", tags=[PlaceTag.WEAK_ORG.value]),
        "二村": reference.save_place(ctx, t1, "二村"),
        "三村": reference.save_place(ctx, t1, "三村", tags=[PlaceTag.OLD_REVOLUTIONARY.value]),
        "四村": reference.save_place(ctx, t2, "四村"),
        "幸福社区": reference.save_place(ctx, t2, "幸福社区"),
    }
    reference.create_unit(ctx, "县财政局")
    reference.create_unit(ctx, "县教育局")
    notifier = RecordingNotifier(answer=True)
    runner = TaskRunner(ctx, notifier, synchronous=True)
    yield Env(db, runner, notifier, places, tmp_path)
    runner.shutdown()


def new_batch(ctx: Context) -> int:
    return batches.create_batch(ctx, batches.BatchForm.defaults("county", dt.date(2025, 1, 1), name=BATCH)).id


def add_cadre(db: Database, name: str, birth: dt.date, unit: str = "县教育局", male: bool = True) -> int:
    with db.session() as s:
        unit_id = s.scalar(select(Unit.id).where(Unit.name == unit))
        c = Cadre(
            name=name,
            gender="男" if male else "女",
            id_number=make_id(birth, male),
            birth_date=birth,
            unit_id=unit_id,
            name_initials=initials_index(name),
            name_strokes=stroke_key(name),
        )
        s.add(c)
        s.flush()
        return c.id


def write_roster(path: Path) -> dict[str, Any]:
    """A roster as units send it: title, 填报单位 line, header with synonyms, one bad ID, a footer."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "名单"
    ws.append(["2025年度驻村蹲点选派干部名单"])
    ws.append(["填报单位：县委组织部"])
    ws.append(HEADER)
    people = [
        ("张三", "男", make_id(dt.date(1985, 3, 12), True), "1985.03", "中共党员", "县财政局", "科员", "黄河口镇", "二村", "第一书记"),
        ("李四", "女", make_id(dt.date(1990, 7, 1), False), "1990.07", "中共党员", "县财政局", "副科长", "黄河口镇", "二村", "队员"),
        ("王五", "男", make_id(dt.date(1988, 1, 20), True), "1988.01", "群众", "县教育局", "教师", "仙河镇", "四村", "第一书记"),
    ]  # fmt: skip
    good_id = make_id(dt.date(1979, 11, 5), True)
    bad_id = good_id[:-1] + ("0" if good_id[-1] != "0" else "1")  # wrong check digit
    people.append(
        ("赵六", "男", bad_id, "1979.11", "中共党员", "县教育局", "主任", "仙河镇", "幸福社区", "队员")
    )
    for i, p in enumerate(people, start=1):
        ws.append([i, *p])
    ws.append(["合计", "4人"])
    wb.save(path)
    return {"good": people[:3], "bad_row": 7, "bad_name": "赵六"}


def page_row(page: RosterPage, name: str) -> DispatchRow:
    rows = [r for r in page.model.rows() if r.name == name]
    assert rows, f"{name} not on the roster"
    active = [r for r in rows if r.active]
    return (active or rows)[0]


def click(qtbot: Any, button: QAbstractButton | QWidget) -> None:
    """A left click on a button; check boxes and radio buttons are clicked on their indicator."""
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    if isinstance(button, QCheckBox | QRadioButton):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(
    qtbot: Any, view: QTableView, row: int, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A click on a shown row of a table (column 0), as the clerk's mouse would."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert view.viewport().rect().contains(rect.center()), f"row {row} is not on screen"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def click_name(qtbot: Any, page: RosterPage, name: str) -> DispatchRow:
    """Click the roster row of ``name`` (its only row, or its active one)."""
    row = page_row(page, name)
    shown = page.proxy.shown()
    click_row(qtbot, page.view, shown.index(row))
    assert [r.id for r in page.selected_rows()] == [row.id]
    return row


def dialog_of(page: RosterPage, kind: type[Any]) -> Any:
    dialog = page.dialog
    assert isinstance(dialog, kind), f"expected {kind.__name__}, the page shows {dialog!r}"
    return dialog


def choose(combo: Any, data: object) -> None:
    """Pick the combo item carrying ``data`` (Chinese items cannot be typed in a test)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def no_errors(env: Env) -> None:
    assert not env.notifier.texts("bug") and not env.notifier.texts("error"), env.notifier.messages


@pytest.fixture
def batch_id(env: Env) -> int:
    return new_batch(env.runner.ctx)


@pytest.fixture
def roster(env: Env, batch_id: int) -> dict[str, int]:
    """The batch with 张三 and 李四 (二村) and 王五 (四村) nominated, as after the import; name → dispatch id."""
    ctx = env.runner.ctx
    where = {
        "张三": ("二村", "第一书记", "县财政局"),
        "李四": ("二村", "队员", "县财政局"),
        "王五": ("四村", "第一书记", "县教育局"),
    }
    out = {}
    for i, (name, (place, role, unit)) in enumerate(where.items()):
        cadre = add_cadre(env.db, name, dt.date(1985 + i, 3, 12), unit=unit, male=name != "李四")
        out[name] = assignment.assign(ctx, batch_id, cadre, place_id=env.places[place], role=role).dispatch_id
    return out


@pytest.fixture
def page(env: Env, qtbot: Any) -> RosterPage:
    """The 选派名单 page on screen (showing it loads the most recent batch)."""
    page = RosterPage(env.runner, env.notifier)
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    qtbot.waitExposed(page)
    assert page.is_loaded and page.snapshot is not None
    return page


# --------------------------------------------------------------------------- the roster, step by step


def test_new_batch(env: Env, qtbot: Any, page: RosterPage) -> None:
    """新建批次: level defaults shown and applied, a rule parameter changed; a duplicate name refused."""
    assert page.snapshot is not None and page.snapshot.batch is None
    assert not page.import_button.isEnabled() and not page.ui.editBatchButton.isEnabled()
    assert "还没有批次" in page.batch_info.text()
    click(qtbot, page.ui.newBatchButton)
    dialog = dialog_of(page, BatchDialog)
    dialog.name_edit.setText(BATCH)
    choose(dialog.level_combo, "province")
    assert dialog.rule_spins["term_years"].value() == 2
    assert dialog.default_labels["term_years"].text() == "默认 2"
    choose(dialog.level_combo, "county")
    assert dialog.rule_spins["term_years"].value() == 1
    assert dialog.default_labels["min_days_month"].text() == "默认 22"
    dialog.start_edit.setDate(qdate(dt.date(2025, 3, 1)))
    assert dialog.end_edit.date() == qdate(dt.date(2026, 2, 28))
    dialog.rule_spins["min_days_month"].setValue(20)
    click(qtbot, dialog.ok_button)
    assert dialog.result() == BatchDialog.DialogCode.Accepted, dialog.error()
    assert page.dialog is None
    assert page.snapshot.batch is not None and page.snapshot.batch.name == BATCH
    assert page.snapshot.batch.min_days_month == 20 and page.snapshot.batch.term_years == 1
    assert page.import_button.isEnabled() and BATCH in page.ui.batchCombo.currentText()

    # a second batch with the same name is refused inside the dialog, which stays open
    click(qtbot, page.ui.newBatchButton)
    again = dialog_of(page, BatchDialog)
    again.name_edit.setText(BATCH)
    click(qtbot, again.ok_button)
    assert "已存在" in again.error() and again.result() != BatchDialog.DialogCode.Accepted
    click(qtbot, again.buttons.button(again.buttons.StandardButton.Cancel))
    assert page.dialog is None
    no_errors(env)


def test_edit_batch(env: Env, qtbot: Any, batch_id: int, page: RosterPage) -> None:
    """编辑批次: the rule parameters round-trip and the change is audited."""
    click(qtbot, page.ui.editBatchButton)
    edit = dialog_of(page, BatchDialog)
    assert not edit.is_new and edit.name_edit.text() == BATCH
    edit.rule_spins["min_days_year"].setValue(240)
    qtbot.keyClick(edit.name_edit, Qt.Key.Key_Return)  # Enter presses the default button (确定)
    assert edit.result() == BatchDialog.DialogCode.Accepted, edit.error()
    with env.db.reader() as s:
        batch = s.get(Batch, batch_id)
        assert batch is not None and batch.min_days_year == 240
        assert s.scalar(
            select(AuditEntry.detail)
            .where(AuditEntry.action == "batch.update")
            .order_by(AuditEntry.id.desc())
        )
    assert "每年≥240天" in page.batch_info.text()
    no_errors(env)


def test_import_with_preview(
    env: Env, qtbot: Any, batch_id: int, page: RosterPage, qtmodeltester: Any
) -> None:
    """导入名单: the dry run marks the bad row; the clerk remaps a column, skips the bad row and imports."""
    xlsx = env.tmp / "财政局报送名单.xlsx"
    facts = write_roster(xlsx)
    page.ask_open_path = lambda _parent, _title, _filters: str(xlsx)
    click(qtbot, page.import_button)
    imp = dialog_of(page, ImportDialog)
    click(qtbot, imp.choose_button)
    assert imp.roster_layout is not None and imp.roster_layout.header_rows == (3,)
    assert str(xlsx) == imp.file_label.text()
    assert "填报单位：县委组织部" in imp.title_label.text()
    mapping = {c: combo.currentData() for c, combo in imp.mapping_combos.items()}
    assert mapping[1] == "name" and mapping[3] == "id_number" and mapping[9] == "place"
    assert mapping[10] == "role" and mapping[8] == "township"
    assert mapping[7] == ""  # 干部职务 is not a known caption: ignored until the clerk maps it
    qtmodeltester.check(imp.model)
    shown = imp.preview_rows()
    bad = [p for p in shown if p.row == facts["bad_row"]]
    assert len(bad) == 1 and bad[0].status == "rejected" and "校验位" in bad[0].note
    bad_index = imp.model.index(imp.model.find(lambda p: p.row == facts["bad_row"]), 1)
    assert imp.model.data(bad_index, Qt.ItemDataRole.BackgroundRole).color() == ERROR_BACKGROUND
    assert "不合格" in imp.model.data(bad_index)
    assert facts["bad_name"] in "".join(bad[0].cells)
    assert str(facts["bad_row"]) in imp.model.data(bad_index, Qt.ItemDataRole.ToolTipRole)
    footer = [p for p in shown if p.status == "ignored"]
    assert footer and footer[0].cells[0] == "合计"
    assert "不合格 1 行" in imp.summary_label.text()
    assert not imp.import_button.isEnabled()  # all-or-nothing until 跳过不合格的行 is chosen
    click(qtbot, imp.only_bad_check)
    assert [p.row for p in imp.preview_rows()] == [facts["bad_row"]]
    click(qtbot, imp.only_bad_check)

    # the clerk maps 干部职务 to 现任职务; the dry run runs again with that layout
    imp.set_mapping(7, "post")
    imp.revalidate()
    assert imp.roster_layout.columns.get(7) == "post"
    imp.set_mapping(9, "")  # without a place column, only the township remains: still importable
    imp.revalidate()
    assert imp.roster_layout.column_of("place") is None
    imp.set_mapping(9, "place")
    qtbot.waitUntil(lambda: imp.roster_layout is not None and imp.roster_layout.column_of("place") == 9)
    annotated = env.tmp / "校验结果.xlsx"
    imp.ask_save_path = lambda _title, _suggested, _filters: str(annotated)
    click(qtbot, imp.annotate_button)
    notes = [c.value for row in openpyxl.load_workbook(annotated).active.iter_rows() for c in row if c.value]
    assert any(isinstance(v, str) and "校验位错误" in v for v in notes), notes
    click(qtbot, imp.skip_invalid_check)
    click(qtbot, imp.import_button)
    assert imp.result() == ImportDialog.DialogCode.Accepted, imp.error()
    assert imp.report is not None and imp.report.imported == 3 and len(imp.report.rejected) == 1
    assert page.dialog is None and "已导入 3 人，跳过 1 行" in page.busy_label.text()
    assert {r.name for r in page.model.rows()} == {"张三", "李四", "王五"}
    assert all(r.status == DispatchStatus.NOMINATED.value for r in page.model.rows())
    with env.db.reader() as s:
        assert s.scalar(select(Cadre.post).where(Cadre.name == "张三")) == "科员"
    for model in (page.model, page.quotas.model, page.findings.model):
        qtmodeltester.check(model)
    no_errors(env)


def test_search_and_filters(env: Env, qtbot: Any, roster: dict[str, int], page: RosterPage) -> None:
    choose(page.township_combo, "仙河镇")
    assert [r.name for r in page.proxy.shown()] == ["王五"]
    assert page.count_label.text().startswith("显示 1 / 共 3 条")
    page.clear_filters()
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "zs")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # Enter filters at once
    assert [r.name for r in page.proxy.shown()] == ["张三"]
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 3)  # after the pause in typing
    choose(page.status_combo, "在派（未结束）")
    assert page.proxy.rowCount() == 3


def test_assign(env: Env, qtbot: Any, roster: dict[str, int], page: RosterPage, qtmodeltester: Any) -> None:
    """指派: only a free cadre is offered; found by pinyin initials, put on 三村 as 第一书记."""
    sun = add_cadre(env.db, "孙七", dt.date(1987, 5, 6), unit="县财政局")
    click(qtbot, page.assign_button)
    assign = dialog_of(page, AssignDialog)
    qtmodeltester.check(assign.picker.model)
    assert [c.name for c in assign.picker.model.rows()] == ["孙七"]  # the roster's cadres are not free
    click(qtbot, assign.ok_button)
    assert "选择一名干部" in assign.error()
    qtbot.keyClicks(assign.picker.search_edit, "sq")
    assert assign.picker.selected() is not None and assign.picker.selected().id == sun  # the only match
    click(qtbot, assign.ok_button)
    assert "派驻乡镇" in assign.error()
    san = next(p for p in assign.place_picker.places if p.id == env.places["三村"])
    choose(assign.place_picker.township_combo, san.township_id)
    choose(assign.place_picker.place_combo, san.id)
    choose(assign.role, "第一书记")
    click(qtbot, assign.ok_button)
    assert assign.result() == AssignDialog.DialogCode.Accepted, assign.error()
    row = page_row(page, "孙七")
    assert (row.place, row.role, row.status) == ("三村", "第一书记", "推荐")
    assert [r.id for r in page.selected_rows()] == [row.id]
    no_errors(env)


def test_adjust(env: Env, qtbot: Any, roster: dict[str, int], page: RosterPage) -> None:
    """调整: Enter on a row opens it; nothing changed is refused; another place and role are saved."""
    assert not page.adjust_button.isEnabled()
    click_name(qtbot, page, "张三")
    assert page.adjust_button.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # Enter on a row = double-click = 调整
    adjust = dialog_of(page, AdjustDialog)
    assert "张三" in adjust.ui.currentLabel.text()
    click(qtbot, adjust.ok_button)
    assert "没有变化" in adjust.error()
    adjust.place_picker.set_place(env.places["一村"])
    choose(adjust.role, "队员")
    click(qtbot, adjust.ok_button)
    assert adjust.result() == AdjustDialog.DialogCode.Accepted, adjust.error()
    row = page_row(page, "张三")
    assert (row.place, row.role) == ("一村", "队员")
    assert [r.name for r in page.selected_rows()] == ["张三"]
    no_errors(env)


def test_advance_with_training_override(
    env: Env, qtbot: Any, roster: dict[str, int], page: RosterPage
) -> None:
    """推进状态: 推荐 → 审核 → 培训, then held back (training not done) until a reason is given → 在岗."""
    click_name(qtbot, page, "张三")
    click(qtbot, page.advance_button)
    assert page_row(page, "张三").status == "审核"
    assert any("推荐→审核" in t for t in env.notifier.texts("confirm"))
    click(qtbot, page.advance_button)  # the row stays selected after the reload
    assert page_row(page, "张三").status == "培训"
    click(qtbot, page.advance_button)
    assert page_row(page, "张三").status == "培训"  # held back: training not completed
    override = dialog_of(page, TrainingOverrideDialog)
    ok = override.ui.buttonBox.button(override.ui.buttonBox.StandardButton.Ok)
    assert ok.text() == "确认先行上岗"
    click(qtbot, ok)
    assert override.result() != TrainingOverrideDialog.DialogCode.Accepted  # a reason is required
    assert override.error_label.isVisibleTo(override)
    override.reason_edit.setPlainText("春耕急需，培训随下期补训")
    click(qtbot, ok)
    assert page_row(page, "张三").status == "在岗"
    dispatch = roster["张三"]
    with env.db.reader() as s:
        reasons = list(s.scalars(select(DispatchEvent.reason).where(DispatchEvent.dispatch_id == dispatch)))
        details = list(
            s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "dispatch.advance-many"))
        )
    assert "未完成岗前培训先行上岗，原因：春耕急需，培训随下期补训" in reasons
    assert any("春耕急需，培训随下期补训" in (d or "") for d in details)  # audited too

    # several rows at once: Ctrl+A selects the roster, the two others go 推荐 → 审核 together
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected_rows()) == 3
    click(qtbot, page.advance_button)
    assert "所选 3 人" in env.notifier.texts("confirm")[-1]
    assert {r.name: r.status for r in page.model.rows()} == {"张三": "期满", "李四": "审核", "王五": "审核"}
    no_errors(env)


def test_recall_with_replacement(env: Env, qtbot: Any, roster: dict[str, int], page: RosterPage) -> None:
    """召回/轮换: the reason is required, then a replacement; the replacement takes the place and role."""
    zhou = add_cadre(env.db, "周八", dt.date(1991, 9, 9), unit="县财政局", male=False)
    click_name(qtbot, page, "王五")
    click(qtbot, page.end_button)
    end = dialog_of(page, EndEarlyDialog)
    click(qtbot, end.ok_button)
    assert "原因" in end.error()
    click(qtbot, end.rotate_radio)
    assert end.kind() == "轮换"
    end.reason_edit.setPlainText("因工作需要轮换")
    assert not end.picker.isEnabled()
    click(qtbot, end.replace_check)
    assert end.picker.isEnabled()
    click(qtbot, end.ok_button)
    assert "接替人员" in end.error()
    qtbot.keyClicks(end.picker.search_edit, "zb")  # 周八: the only match is taken
    assert end.picker.selected() is not None and end.picker.selected().id == zhou
    click(qtbot, end.ok_button)
    assert end.result() == EndEarlyDialog.DialogCode.Accepted, end.error()
    wang, new = page_row(page, "王五"), page_row(page, "周八")
    assert wang.status == "轮换" and wang.replaced_by == "周八" and wang.status_reason == "因工作需要轮换"
    assert (new.place, new.role, new.status) == ("四村", "第一书记", "推荐")
    tip = page.model.data(
        page.model.index(page.model.find(lambda r: r.id == wang.id), page.model.column_index("status")),
        Qt.ItemDataRole.ToolTipRole,
    )
    assert "周八" in tip and "轮换" in tip
    assert [r.name for r in page.selected_rows()] == ["周八"] and page.adjust_button.isEnabled()
    assert "王五已轮换，接替人员已加入名单" in page.busy_label.text()
    no_errors(env)


def test_teams_and_work_groups(env: Env, qtbot: Any, roster: dict[str, int], page: RosterPage) -> None:
    """工作队与小组: the rows selected on the page come preselected; a team and a work group are made."""
    click_name(qtbot, page, "张三")
    click_row(
        qtbot,
        page.view,
        page.proxy.shown().index(page_row(page, "李四")),
        Qt.KeyboardModifier.ControlModifier,
    )
    click(qtbot, page.teams_button)
    dialog = dialog_of(page, TeamsDialog)
    teams = dialog.teams
    assert {r.name for r in teams.selected_candidates()} == {"张三", "李四"}
    teams.team_name_edit.setText("黄河口镇乡村振兴服务队")
    qtbot.keyClick(teams.team_name_edit, Qt.Key.Key_Return)  # Enter creates the team, the dialog stays
    assert dialog.isVisible() and dialog.error() == ""
    assert teams.current_team() is not None and teams.current_team().name == "黄河口镇乡村振兴服务队"
    teams.select_candidates([roster["张三"], roster["李四"]])
    click(qtbot, teams.add_button)
    assert {r.name for r in teams.member_model.rows()} == {"张三", "李四"}

    dialog.tabs.setCurrentIndex(1)
    groups = dialog.groups
    click(qtbot, groups.new_group_button)
    assert dialog.snapshot is not None
    choose(
        groups.group_township_combo, next(p.township_id for p in dialog.snapshot.villages if p.name == "一村")
    )
    groups.set_checked_villages([env.places["一村"], env.places["二村"]])
    click(qtbot, groups.save_group_button)
    assert dialog.error() == "" and [g.places for g in groups.group_model.rows()] == [("一村", "二村")]
    click(qtbot, dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Close))
    assert page.dialog is None
    assert page_row(page, "张三").team == "黄河口镇乡村振兴服务队"
    assert page_row(page, "李四").work_group == groups.group_model.rows()[0].name
    no_errors(env)


def test_findings_jump(env: Env, qtbot: Any, roster: dict[str, int], page: RosterPage) -> None:
    """规则检查: a double-click (or Enter) on a finding shows its record."""
    # a quota typed into its cell, as the clerk would: double-click, digits, Enter
    quotas = page.quotas
    row = quotas.proxy.shown().index(next(q for q in quotas.model.rows() if q.unit == "县财政局"))
    cell = quotas.proxy.index(row, quotas.model.column_index("quota"))
    quotas.view.scrollTo(cell)
    rect = quotas.view.visualRect(cell)
    qtbot.mouseClick(quotas.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(quotas.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = quotas.view.viewport().findChild(QSpinBox)
    assert editor is not None and editor.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop

    def saved() -> tuple[int, int, int]:
        quota = next(q for q in page.quotas.model.rows() if q.unit == "县财政局")
        return (quota.quota, quota.sent, quota.short)

    qtbot.waitUntil(lambda: saved() == (5, 2, 3))

    findings = page.findings
    violations = findings.model.rows()
    assert {"unit-quota", "township-lead"} <= {v.rule for v in violations}
    assert findings.summary_label.text().startswith("问题 ")

    def activate(rule: str, text: str = "") -> None:
        v = next(v for v in findings.proxy.shown() if v.rule == rule and text in v.subject)
        click_row(qtbot, findings.view, findings.proxy.shown().index(v))
        qtbot.keyClick(findings.view, Qt.Key.Key_Return)

    activate("unit-quota")
    selected = page.quotas.view.selectionModel().selectedRows()
    assert selected and page.quotas.proxy.row_at(selected[0].row()).unit == "县财政局"
    activate("township-lead", "黄河口镇")
    assert page.township_combo.currentData() == "黄河口镇"
    assert {r.township for r in page.proxy.shown()} == {"黄河口镇"}
    page.clear_filters()
    # 三村 (革命老区) is uncovered: the jump offers to assign someone there (once someone is free)
    activate("priority-uncovered", "三村")
    assert page.dialog is None and any("没有可指派的干部" in t for t in env.notifier.texts("info"))
    add_cadre(env.db, "吴九", dt.date(1993, 2, 2))
    activate("priority-uncovered", "三村")
    offered = dialog_of(page, AssignDialog)
    assert offered.place_picker.place_id() == env.places["三村"]
    offered.reject()
    # a finding about a cadre selects the cadre's row
    zhang = page_row(page, "张三")
    fake = Violation(
        "insurance", f"{BATCH} / 张三", "在岗但未登记人身意外伤害保险", target=("dispatch", zhang.id)
    )
    target = page.jump_to(fake)
    assert target is not None and target.kind == "dispatch"
    assert [r.name for r in page.selected_rows()] == ["张三"]
    no_errors(env)


def test_export_and_print(env: Env, qtbot: Any, roster: dict[str, int], page: RosterPage) -> None:
    """导出 Excel and 打印 PDF from their buttons' menus; the suffix is added; a cancelled choice does nothing."""
    out_xlsx = env.tmp / "导出" / "名单.xlsx"
    out_xlsx.parent.mkdir()
    asked: list[str] = []

    def ask(_parent: Any, _title: str, suggested: str, _filters: str) -> str:
        asked.append(suggested)
        return str(out_xlsx.with_suffix(""))  # the page adds .xlsx

    page.output.ask_save_path = ask
    by_township, _by_strokes = page.export_button.menu().actions()[:2]
    by_township.trigger()
    assert asked == [f"{BATCH}选派干部名单（按乡镇）.xlsx"]
    assert out_xlsx.exists() and page.output.last_export == out_xlsx
    cells = {
        str(c.value) for row in openpyxl.load_workbook(out_xlsx).active.iter_rows() for c in row if c.value
    }
    assert {"张三", "李四", "王五"} <= cells
    assert "已导出 3 人" in page.busy_label.text()

    out_pdf = env.tmp / "导出" / "名单.pdf"
    page.output.ask_save_path = lambda *_a: str(out_pdf)
    _by_township, by_strokes, *_previews = page.print_button.menu().actions()
    by_strokes.trigger()
    assert out_pdf.exists() and out_pdf.read_bytes()[:5] == b"%PDF-"
    text = subprocess.run(["pdftotext", str(out_pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "张三" in text and "王五" in text
    assert "已生成 PDF" in page.busy_label.text()
    assert page.export_button.isEnabled() and page.print_button.isEnabled()  # idle again
    page.output.ask_save_path = lambda *_a: None
    assert page.output.export_excel() is None
    no_errors(env)


def test_import_without_header_reports_clearly(env: Env, qtbot: Any) -> None:
    new_batch(env.runner.ctx)
    path = env.tmp / "乱表.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["随便写的", "一些内容"])
    ws.append(["没有表头", 123])
    wb.save(path)
    dialog = ImportDialog(env.runner, env.notifier, BATCH)
    qtbot.addWidget(dialog)
    dialog.choose_file(path)
    assert dialog.roster_layout is None
    assert "找不到表头" in dialog.layout_note.text()
    assert not dialog.import_button.isEnabled()
    # a file that is not a workbook: the message names it, the dialog stays usable
    txt = env.tmp / "名单.xlsx.txt"
    txt.write_text("姓名,身份证号\n", encoding="utf-8")
    dialog.choose_file(txt)
    assert "名单.xlsx.txt" in dialog.error()
    assert dialog.choose_button.isEnabled()
    assert not env.notifier.texts("bug")


def test_locate_and_models_accept_odd_rows(qtmodeltester: Any, qapp: Any) -> None:
    """Model contract with empty data, CJK text, None values; violation subjects resolve to records."""
    rows = [
        DispatchRow(1, 1, "张三", "男", "370502198503120011", None, "", None, "", None, "", "", "队员", "推荐",
                    dt.date(2025, 1, 1), dt.date(2025, 12, 31), "", "", "", "zs", (0, "")),
        DispatchRow(2, 2, "欧阳·娜娜", "女", "", 3, "县委办", 4, "黄河口镇", 5, "一村", "村", "第一书记", "召回",
                    dt.date(2025, 1, 1), dt.date(2025, 6, 30), "身体原因", "李四", "", "oynn", (1, "黄河口镇")),
    ]  # fmt: skip
    from cadredesk.ui.pages.roster_page import ROSTER_COLUMNS
    from cadredesk.ui.pages.roster_panels import QUOTA_COLUMNS

    model: TableModel[DispatchRow] = TableModel(ROSTER_COLUMNS)
    qtmodeltester.check(model)
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.data(model.index(0, model.column_index("place"))) == "（未定）"
    quotas = [QuotaRow(3, "县委办", 2, 0), QuotaRow(4, "县财政局", 0, 1)]
    qmodel: TableModel[QuotaRow] = TableModel(QUOTA_COLUMNS)
    qmodel.set_rows(quotas)
    qtmodeltester.check(qmodel)
    assert (
        qmodel.data(qmodel.index(0, qmodel.column_index("short")), Qt.ItemDataRole.ForegroundRole).color()
        == ERROR_COLOR
    )
    assert qmodel.flags(qmodel.index(0, qmodel.column_index("quota"))) & Qt.ItemFlag.ItemIsEditable
    # a violation points at its record through the rule's own target
    t = locate(Violation("one-active-dispatch", "批 / 欧阳·娜娜", "", target=("cadre", 2)), rows)
    assert t is not None and (t.kind, t.id) == ("dispatch", 2)
    assert locate(Violation("one-active-dispatch", "批 / 别人", "", target=("cadre", 99)), rows) is None
    for kind, ident in (("unit", 3), ("place", 5), ("township", 4), ("dispatch", 1)):
        t = locate(Violation("x", "批 / 某处", "", target=(kind, ident)), rows)
        assert t is not None and (t.kind, t.id) == (kind, ident)
    assert locate(Violation("priority-share", "批 / 选派结构", ""), rows) is None
    picker_rows = [
        CadreChoice(1, "单田芳", "男", "", "", "370502********0011", "sdf dtf ctf", "", True, False)
    ]
    picker = CadrePicker()
    picker.set_choices(picker_rows)
    qtmodeltester.check(picker.model)
    picker.search_edit.setText("s")
    assert picker.proxy.rowCount() == 1  # 单 read as shàn in a surname
    empty: TableModel[Any] = TableModel([Column("a", "甲", lambda r: str(r))])
    qtmodeltester.check(empty)


# --------------------------------------------------------------------------- 派驻点 page


def test_places_page_coverage_and_editing(env: Env, qtbot: Any, qtmodeltester: Any) -> None:
    from cadredesk.services import assignment

    batch_id = new_batch(env.runner.ctx)
    cid = add_cadre(env.db, "张三", dt.date(1985, 3, 12))
    assignment.assign(env.runner.ctx, batch_id, cid, place_id=env.places["二村"], role="第一书记")

    page = PlacesPage(env.runner, env.notifier)
    qtbot.addWidget(page)
    page.reload()
    qtmodeltester.check(page.model)
    by_name = {p.name: p for p in page.model.rows()}
    assert by_name["二村"].covered and by_name["二村"].assignees == ("张三（第一书记·推荐）",)
    assert not by_name["一村"].covered and by_name["一村"].must_cover
    assert by_name["三村"].coverage_text == "未覆盖（应派尽派）"
    row = page.model.find(lambda p: p.name == "一村")
    cov = page.model.column_index("coverage")
    assert page.model.data(page.model.index(row, cov), Qt.ItemDataRole.ForegroundRole).color() == ERROR_COLOR
    assert (
        page.model.data(page.model.index(row, 0), Qt.ItemDataRole.BackgroundRole).color() == ERROR_BACKGROUND
    )
    assert "须全覆盖的重点村 1 个，未覆盖 1 个" in page.summary_label.text()

    page.coverage_combo.setCurrentIndex(page.coverage_combo.findData("gap"))
    assert [page.proxy.row_at(i).name for i in range(page.proxy.rowCount())] == ["一村"]
    page.coverage_combo.setCurrentIndex(0)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("社区"))
    assert [page.proxy.row_at(i).name for i in range(page.proxy.rowCount())] == ["幸福社区"]
    page.kind_combo.setCurrentIndex(0)

    # edit 二村: tag it 经济薄弱 (a checkbox)
    assert page.select_place(env.places["二村"])
    page.edit_selected()
    dialog = page.dialog
    assert isinstance(dialog, PlaceDialog)
    assert not any(c.isChecked() for c in dialog.tag_checks.values())
    dialog.tag_checks[PlaceTag.WEAK_ECONOMY.value].setChecked(True)
    dialog.submit()
    assert dialog.result() == PlaceDialog.DialogCode.Accepted, dialog.error()
    with env.db.reader() as s:
        place = s.get(Place, env.places["二村"])
        assert place is not None and place.tag_names == [PlaceTag.WEAK_ECONOMY.value]
    assert {p.name: p for p in page.model.rows()}["二村"].must_cover

    # a new place in a new township; the kind follows the name until chosen
    new = page.open_editor(None)
    new.township_combo.setEditText("新户镇")
    new.name_edit.setText("渤海社区")
    assert new.kind_combo.currentData() == "社区"
    new.tag_checks[PlaceTag.ETHNIC_MINORITY.value].setChecked(True)
    new.submit()
    assert new.result() == PlaceDialog.DialogCode.Accepted, new.error()
    added = {p.name: p for p in page.model.rows()}["渤海社区"]
    assert added.township == "新户镇" and added.tags == (PlaceTag.ETHNIC_MINORITY.value,)
    chosen = page.selected()
    assert chosen is not None and chosen.name == "渤海社区"

    # a duplicate name in the same township is refused inside the dialog
    dup = page.open_editor(None)
    dup.township_combo.setCurrentIndex(dup.township_combo.findText("黄河口镇"))
    dup.name_edit.setText("一村")
    dup.submit()
    assert "已有派驻点" in dup.error()
    dup.reject()
    assert not env.notifier.texts("bug")


def test_pages_load_and_preview_in_background_threads(db: Database, tmp_path: Path, qtbot: Any) -> None:
    """The same page and dialog with a threaded runner: results arrive on the GUI thread."""
    ctx = Context(db=db, actor=Actor("tester", "测试员"))
    t = reference.create_township(ctx, "黄河口镇")
    reference.save_place(ctx, t, "二村")
    reference.create_township(ctx, "仙河镇")
    new_batch(ctx)
    notifier = RecordingNotifier()
    runner = TaskRunner(ctx, notifier)
    try:
        page = RosterPage(runner, notifier)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.reload()
        assert page.snapshot is not None and page.snapshot.batch is not None
        path = tmp_path / "名单.xlsx"
        write_roster(path)
        dialog = ImportDialog(runner, notifier, BATCH)
        qtbot.addWidget(dialog)
        dialog.create_places_check.setChecked(True)
        dialog.choose_file(path)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
        assert dialog.preview is not None and dialog.preview.report is not None
        assert [r["row"] for r in dialog.preview.report.rejected] == [7]
        dialog.skip_invalid_check.setChecked(True)
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.reload()
        assert len(page.model.rows()) == 3
        assert not notifier.texts("bug")
    finally:
        assert runner.shutdown()


def test_places_page_imports_a_workbook(env: Env, qtbot: Any, tmp_path: Path) -> None:
    """导入派驻点: a workbook with one bad row → the preview shows it, the clerk skips it, the good rows appear."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in (
        ["重点村名单"],
        ["乡镇", "村名", "重点类别"],
        ["河口镇", "新村", "经济薄弱"],
        ["河口镇", "", ""],
    ):
        ws.append(row)
    path = tmp_path / "村.xlsx"
    wb.save(path)
    # an unregistered township is a rejected row now (asked about, not created silently): register it
    reference.create_township(env.runner.ctx, "河口镇")
    page = PlacesPage(env.runner, env.notifier)
    qtbot.addWidget(page)
    page.reload()
    page.importer.ask_open_path = lambda _parent, _title: str(path)
    page.import_button.click()
    # previewed first: the bad row is named and skipped when the clerk chooses to
    dialog = page.importer.dialog
    assert dialog is not None
    dialog.ui.chooseButton.click()
    assert "可导入 1 个派驻点，不合格 1 行" in dialog.ui.summaryLabel.text()
    assert [(ln.row, ln.status) for ln in dialog.model.rows()] == [(3, "ok"), (4, "rejected")]
    dialog.ui.skipInvalidCheck.click()
    dialog.import_button.click()
    assert any("新增 1 个" in t for t in env.notifier.texts("info"))
    new = [p for p in page.model.rows() if p.name == "新村"]
    assert len(new) == 1 and new[0].tags == ("经济薄弱",) and new[0].township == "河口镇"
