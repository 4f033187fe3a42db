"""The main window on a real SQLite file: the cadre page, its search and filters, and the cadre dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cadredesk.core.models import Cadre
from cadredesk.services import cadres
from cadredesk.services.context import Context
from cadredesk.services.database import Workspace
from cadredesk.storage.engine import Database
from cadredesk.ui.cadre_dialog import CadreDialog
from cadredesk.ui.main_window import MainWindow
from cadredesk.ui.notify import RecordingNotifier
from cadredesk.ui.pages.cadres import COLUMNS, CadrePage
from cadredesk.ui.pages.placeholder import PlaceholderPage
from cadredesk.ui.tasks import TaskRunner
from tests.factories import make_id
from tests.gui_data import PEOPLE, populate

pytestmark = pytest.mark.gui

COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    return populate(db)


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(
    qtbot: QtBot,
    workspace: Workspace,
    ids: dict[str, int],
    notifier: RecordingNotifier,
    settings: QSettings,
) -> Iterator[MainWindow]:
    runner = TaskRunner(workspace.ctx, notifier)
    w = MainWindow(workspace, runner, notifier, settings)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.cadre_page.loaded, timeout=10_000):
        w.start()
    yield w
    runner.shutdown()


def shown_names(page: CadrePage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def cadre_count(path: Path) -> int:
    other = Database.open(str(path))  # a separate engine: what another program would read
    try:
        with other.reader() as s:
            return int(s.scalar(select(func.count(Cadre.id))) or 0)
    finally:
        other.close()


# ---------------------------------------------------------------------- window


def test_window_opens_on_the_cadre_page_with_rows(window: MainWindow, db_path: Path) -> None:
    assert window.windowTitle() == "选派干部驻村管理 — 测试数据库.sqlite"
    assert str(db_path) in window.db_label.text()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [
        "总览",
        "选派名单",
        "干部",
        "派驻点",
        "培训",
        "传帮带",
        "在岗管理",
        "问题台账",
        "考核",
        "打印",
        "数据备份",
        "用户管理",
        "审计日志",
    ]
    assert window.current_page_key() == "cadres"
    page = window.cadre_page
    assert page.model.rowCount() == len(PEOPLE)
    assert sorted(shown_names(page)) == sorted(p.name for p in PEOPLE)
    assert page.count_label.text() == f"共 {len(PEOPLE)} 人，显示 {len(PEOPLE)} 人"
    assert page.view.isVisible()


def test_unbuilt_pages_say_so_in_chinese_and_name_only_real_commands(window: MainWindow) -> None:
    """A placeholder names only commands the CLI really has (each one parses with the real parser)."""
    import shlex

    from cadredesk.cli import build_parser

    parser = build_parser()
    placeholders = 0
    for key in window.page_keys():
        page = window.page(key)
        if not isinstance(page, PlaceholderPage):
            continue
        placeholders += 1
        assert page.notice.text().startswith("本页面尚在开发中：")
        for command in page.commands:
            words = shlex.split(command)
            assert words[0] == "cadredesk-cli"
            parser.parse_args(words[1:])  # raises UsageError for a command or option that does not exist
    # the built pages are no placeholders (their commands went with them)
    assert not isinstance(window.page("overview"), PlaceholderPage) and placeholders < len(window.page_keys())


def test_geometry_is_kept_between_sessions(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, notifier: RecordingNotifier, settings: QSettings
) -> None:
    window.resize(window.minimumSizeHint().width() + 1, 500)  # the default size would be 90 % of the screen
    chosen = window.size()
    assert chosen.height() == 500
    window.close()
    again = MainWindow(workspace, TaskRunner(workspace.ctx, notifier, synchronous=True), notifier, settings)
    qtbot.addWidget(again)
    assert again.size() == chosen


# ---------------------------------------------------------------------- search and filters


def test_search_is_debounced_then_filters_by_initials(qtbot: QtBot, window: MainWindow) -> None:
    page = window.cadre_page
    page.search_edit.setText("zs")
    assert page.proxy.rowCount() == len(PEOPLE)  # not yet: the search waits for typing to pause
    qtbot.waitUntil(lambda: shown_names(page) == ["张三"], timeout=3000)
    assert page.count_label.text() == f"共 {len(PEOPLE)} 人，显示 1 人"
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == len(PEOPLE), timeout=3000)


def test_search_by_chinese_typed_through_an_input_method(qtbot: QtBot, window: MainWindow) -> None:
    page = window.cadre_page
    event = QInputMethodEvent()
    event.setCommitString("阿依")
    QApplication.sendEvent(page.search_edit, event)
    assert page.search_edit.text() == "阿依"
    qtbot.waitUntil(lambda: shown_names(page) == ["阿依古丽·买买提"], timeout=3000)


def test_search_by_id_fragment_and_combos(qtbot: QtBot, window: MainWindow) -> None:
    page = window.cadre_page
    li = next(r for r in page.model.rows() if r.name == "李四")
    page.search_edit.setText(li.id_number[-5:])
    page.apply_filter()  # Enter: no need to wait
    assert shown_names(page) == ["李四"]
    page.search_edit.setText("")
    page.township_combo.setCurrentIndex(page.township_combo.findData("黄河口镇"))
    assert sorted(shown_names(page)) == sorted(p.name for p in PEOPLE if p.township == "黄河口镇")
    page.status_combo.setCurrentIndex(page.status_combo.findData("在岗"))
    assert sorted(shown_names(page)) == sorted(
        p.name for p in PEOPLE if p.township == "黄河口镇" and p.status == "在岗"
    )
    page.township_combo.setCurrentIndex(0)
    page.status_combo.setCurrentIndex(page.status_combo.findData("未派驻"))
    assert shown_names(page) == ["王五"]
    page.status_combo.setCurrentIndex(0)
    page.unit_combo.setCurrentIndex(page.unit_combo.findData("县教育局"))
    assert sorted(shown_names(page)) == sorted(p.name for p in PEOPLE if p.unit == "县教育局")


def test_header_click_sorts_names_by_strokes(qtbot: QtBot, window: MainWindow) -> None:
    page = window.cadre_page
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(COLUMN_INDEX["name"]) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().topLeft() + _pt(x, 5))
    first = shown_names(page)
    assert first[0] == "丁一"  # 丁: 2 strokes
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().topLeft() + _pt(x, 5))
    assert shown_names(page) == list(reversed(first))


def _pt(x: int, y: int) -> QPoint:
    return QPoint(x, y)


def test_batch_choice_reloads_the_list(qtbot: QtBot, window: MainWindow) -> None:
    page = window.cadre_page
    assert page.batch_combo.findData("2025年驻村") > 0
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.batch_combo.setCurrentIndex(page.batch_combo.findData("2025年驻村"))
    dispatched = [p.name for p in PEOPLE if p.status]
    assert sorted(shown_names(page)) == sorted(dispatched)


# ---------------------------------------------------------------------- the dialog


def open_dialog_by_double_click(qtbot: QtBot, page: CadrePage, name: str) -> CadreDialog:
    row = shown_names(page).index(name)
    rect = page.view.visualRect(page.proxy.index(row, 0))
    # Qt 6 item views need the press before the double click, as a real mouse sends it
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.dialog is not None
    return page.dialog


def test_edit_in_dialog_is_saved_and_shown(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int], db_path: Path
) -> None:
    page = window.cadre_page
    dialog = open_dialog_by_double_click(qtbot, page, "张三")
    assert dialog.windowTitle() == "编辑干部信息 — 张三"
    assert (
        dialog.id_edit.text() == page.model.rows()[page.model.find(lambda r: r.id == ids["张三"])].id_number
    )  # full ID here
    dialog.post_edit.setText("乡村振兴办主任")
    dialog.education_combo.setCurrentIndex(dialog.education_combo.findData("研究生"))
    dialog.reserve_check.setChecked(True)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    other = Database.open(str(db_path))
    try:
        with other.reader() as s:
            saved = s.get(Cadre, ids["张三"])
            assert saved is not None
            assert (saved.post, saved.education, saved.is_reserve, saved.version) == (
                "乡村振兴办主任",
                "研究生",
                True,
                2,
            )
    finally:
        other.close()
    selected = page.selected_row()
    assert selected is not None and selected.name == "张三" and selected.post == "乡村振兴办主任"


def test_invalid_id_shows_error_and_does_not_save(qtbot: QtBot, window: MainWindow, db_path: Path) -> None:
    page = window.cadre_page
    before = cadre_count(db_path)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.windowTitle() == "新增干部"
    assert dialog.visible_errors() == {}  # nothing typed yet: no red text
    good = make_id(dt.date(1991, 4, 9), male=False, seq=40)
    bad = good[:-1] + ("1" if good[-1] != "1" else "2")
    dialog.name_edit.setText("赵七")
    dialog.id_edit.setText(bad)
    errors = dialog.visible_errors()
    assert set(errors) == {"id_number"} and "校验位" in errors["id_number"]
    assert dialog.error_labels["id_number"].isVisibleTo(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.dialog is dialog and dialog.isVisible() and dialog.saved_id is None
    assert cadre_count(db_path) == before
    assert "gender" in dialog.visible_errors()  # save shows every remaining problem


def test_valid_id_fills_birth_date_and_gender_then_saves(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    page = window.cadre_page
    dialog = page.open_editor(None)
    number = make_id(dt.date(1991, 4, 9), male=False, seq=41)
    dialog.name_edit.setText("赵七")
    dialog.id_edit.setText(number[:6] + " " + number[6:].lower())  # spaces and a lowercase x are fine
    assert dialog.gender_combo.currentData() == "女"
    assert dialog.birth_edit.value() == dt.date(1991, 4, 9)
    assert dialog.visible_errors() == {}
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert cadre_count(db_path) == len(PEOPLE) + 1
    selected = page.selected_row()
    assert selected is not None and selected.name == "赵七" and selected.id_number == number.upper()


def test_duplicate_id_is_refused_beside_the_field(qtbot: QtBot, window: MainWindow, db_path: Path) -> None:
    page = window.cadre_page
    taken = next(r for r in page.model.rows() if r.name == "张三").id_number
    dialog = page.open_editor(None)
    dialog.name_edit.setText("赵七")
    dialog.id_edit.setText(taken)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "已属于另一名干部" in dialog.visible_errors()["id_number"]
    assert dialog.isVisible() and cadre_count(db_path) == len(PEOPLE)


def test_conflict_is_reported_and_the_form_reloaded(
    qtbot: QtBot, window: MainWindow, ctx: Context, ids: dict[str, int], notifier: RecordingNotifier
) -> None:
    page = window.cadre_page
    dialog = page.open_editor(ids["李四"])
    form = cadres.get_cadre(ctx, ids["李四"])  # another clerk saves first
    form.post = "另一位同事填写的职务"
    cadres.save_cadre(ctx, form)
    dialog.post_edit.setText("我填写的职务")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    warnings = notifier.texts("warning")
    assert len(warnings) == 1 and "已被他人修改" in warnings[0]
    assert dialog.isVisible() and dialog.post_edit.text() == "另一位同事填写的职务"
    dialog.post_edit.setText("我填写的职务")  # after the reload the edit goes through
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with ctx.db.reader() as s:
        assert s.get(Cadre, ids["李四"]).post == "我填写的职务"  # type: ignore[union-attr]
