"""The table framework every page uses: TableModel + FilterProxy (ui/table_model.py), the view helper
(ui/table.py) and the base page's lifecycle (ui/pages/base.py), on small hand-made rows."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cadredesk.errors import UserError
from cadredesk.services.context import Context
from cadredesk.ui.notify import RecordingNotifier
from cadredesk.ui.pages.base import LOADING, BasePage
from cadredesk.ui.table import Table, column_width, select_row, select_rows, selected
from cadredesk.ui.table_model import Column, FilterProxy, RowRole, SortRole, TableModel
from cadredesk.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    day: dt.date | None = None
    place: tuple[int, str | None] = (0, None)


ROWS = [
    Row(1, "张三", dt.date(2025, 3, 1), (1, "一村")),
    Row(2, "李四", None, (1, None)),
    Row(3, "王五", dt.date(2024, 1, 1), (0, "二村")),
    Row(4, "赵六", dt.date(2025, 3, 1), (1, "一村")),
]
COLUMNS = [
    Column("name", "姓名", lambda r: r.name, width=4),
    Column("day", "日期", lambda r: r.day.isoformat() if r.day else "", lambda r: r.day, width="0000-00-00"),
    Column("place", "派驻点（含乡镇）", lambda r: r.place[1] or "", lambda r: r.place, width=2),
]


def ids(model: Any) -> list[int]:
    return [model.index(r, 0).data(RowRole).id for r in range(model.rowCount())]


def test_model_contract_and_roles(qtmodeltester: ModelTester) -> None:
    model: TableModel[Row] = TableModel(COLUMNS)
    qtmodeltester.check(model, force_py=True)
    model.set_rows(ROWS)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    model.set_rows([])
    model.set_rows(ROWS)  # sorted by date again
    index = model.index(1, 1)
    assert index.data() == "2025-03-01" and index.data(SortRole) == dt.date(2025, 3, 1)
    assert index.data(RowRole) is ROWS[0]
    assert model.headerData(2, Qt.Orientation.Horizontal) == "派驻点（含乡镇）"


def test_sort_missing_last_ties_in_load_order_and_mixed_types() -> None:
    model: TableModel[Row] = TableModel(COLUMNS)
    model.set_rows(ROWS)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert ids(model) == [3, 1, 4, 2]  # 1 and 4 tie: load order; no date: last
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert ids(model) == [1, 4, 3, 2]  # ties keep the load order, missing still last
    model.sort(2, Qt.SortOrder.AscendingOrder)  # tuples holding None compare as text, no TypeError
    assert ids(model)[0] == 3
    model.set_rows(list(reversed(ROWS)))  # a reload keeps the chosen column
    assert ids(model)[0] == 3


def test_tie_breaker() -> None:
    model: TableModel[Row] = TableModel(COLUMNS, tie=lambda r: -r.id)
    model.set_rows(ROWS)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert ids(model) == [3, 4, 1, 2]


def test_proxy_filters_once_per_change_and_follows_the_model(qtmodeltester: ModelTester) -> None:
    model: TableModel[Row] = TableModel(COLUMNS)
    model.set_rows(ROWS)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    calls: list[int] = []

    def in_one(r: Row) -> bool:
        calls.append(r.id)
        return r.place[1] == "一村"

    proxy.set_predicate(in_one)
    assert ids(proxy) == [1, 4] and sorted(calls) == [1, 2, 3, 4]  # once per row
    proxy.sort(1, Qt.SortOrder.DescendingOrder)  # the model sorts; the filter answers are recomputed
    assert ids(proxy) == [1, 4]
    model.set_rows(ROWS[:2])
    assert ids(proxy) == [1]
    proxy.set_predicate(None)
    assert ids(proxy) == [1, 2]
    assert proxy.shown() == ROWS[:2]


def test_editable_column_calls_on_edit() -> None:
    edited: list[tuple[int, str, Any]] = []
    column = Column("n", "名额", lambda r: str(r.id), edit=lambda r: r.id)
    model: TableModel[Row] = TableModel([column])
    model.set_rows(ROWS)
    model.on_edit = lambda row, key, value: edited.append((row.id, key, value))
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 0), 1)  # unchanged: nothing to save
    assert model.setData(model.index(0, 0), 7)
    assert edited == [(1, "n", 7)]


def test_view_helper_sizes_selects_and_activates_once(qtbot: QtBot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    activated: list[Row] = []
    table: Table[Row] = Table(view, COLUMNS, view, multi=True, on_activate=activated.append)
    table.model.set_rows(ROWS)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    metrics, header = view.fontMetrics(), view.horizontalHeader().fontMetrics()
    assert view.columnWidth(1) == column_width(metrics, header, COLUMNS[1])
    assert view.columnWidth(1) >= metrics.horizontalAdvance("0000-00-00")
    assert view.columnWidth(2) >= header.horizontalAdvance(
        "派驻点（含乡镇）"
    )  # never narrower than the title
    assert select_row(view, lambda r: r.id == 3) and [r.id for r in selected(view)] == [3]
    assert select_rows(view, lambda r: r.place[1] == "一村") == 2
    assert [r.id for r in selected(view)] == [1, 4]
    rect = view.visualRect(table.proxy.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [r.id for r in activated] == [2]  # a double-click acts once
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert [r.id for r in activated] == [2, 2]  # Enter does what a double-click does
    header = view.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(1) + 5, 5)
    )
    assert table.model.sort_column == 1 and ids(table.proxy) == [3, 1, 4, 2]  # a header click sorts


# --------------------------------------------------------------------------- the base page


class Page(BasePage[Row]):
    """The smallest page: a table, a status line, an operation given by the test."""

    def __init__(self, runner: TaskRunner, op: Callable[[Context], list[Row]]) -> None:
        super().__init__(runner, runner.notifier)
        self.op = op
        view, status = QTableView(), QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(status)
        self.init_table(view, COLUMNS)
        self.bind(status=status)

    def load_operation(self, batch: Any) -> Callable[[Context], list[Row]]:
        return self.op

    def show_data(self, data: list[Row]) -> int:
        self.model.set_rows(data)
        self.show_status(f"{len(data)} 行")
        return len(data)


def test_base_page_loads_keeps_the_selection_and_shows_errors_inline(ctx: Context, qtbot: QtBot) -> None:
    notifier = RecordingNotifier()
    runner = TaskRunner(ctx, notifier, synchronous=True)
    rows = list(ROWS)
    page = Page(runner, lambda _ctx: list(rows))
    qtbot.addWidget(page)
    assert page.status_label is not None and page.status_label.text() == LOADING and not page.is_loaded
    with qtbot.waitSignal(page.loaded) as signal:
        page.show()  # a page loads when it is shown
    assert signal.args == [4] and page.is_loaded and page.status_label.text() == "4 行"
    assert page.select_id(3)
    rows.reverse()
    page.reload()
    assert page.selected_id() == 3  # the chosen row stays chosen

    def broken(_ctx: Context) -> list[Row]:
        raise UserError("数据库被锁定")

    page.op = broken
    page.reload()
    assert page.status_label.text() == "数据库被锁定" and page.model.rowCount() == 4  # old rows stay
    assert notifier.messages == []  # not a message box
    runner.shutdown()


def test_base_page_reload_cancels_the_load_under_way(ctx: Context, qtbot: QtBot) -> None:
    notifier = RecordingNotifier()
    runner = TaskRunner(ctx, notifier)
    gate = threading.Event()

    def slow(c: Context) -> list[Row]:
        gate.wait(5)
        c.progress.check()  # a cancelled load stops here
        return [ROWS[0]]

    try:
        page = Page(runner, slow)
        qtbot.addWidget(page)
        first = page.reload()
        page.op = lambda _ctx: list(ROWS)
        with qtbot.waitSignal(page.loaded, timeout=10_000) as signal:
            second = page.reload()
            gate.set()
        qtbot.waitUntil(lambda: first.done and second.done, timeout=10_000)
        assert first.was_cancelled and signal.args == [4] and page.model.rowCount() == 4
        assert page.load_if_needed() is not second  # nothing under way: a new load
        assert not notifier.messages
    finally:
        gate.set()
        assert runner.shutdown()


def test_any_list_exports_as_shown(ctx: Context, qtbot: QtBot, tmp_path: Path, monkeypatch: Any) -> None:
    """导出 Excel: the rows the view shows (filtered, sorted), dates as dates, captions as titled."""
    from openpyxl import load_workbook

    from cadredesk.ui import list_export

    notifier = RecordingNotifier()
    runner = TaskRunner(ctx, notifier, synchronous=True)
    view = QTableView()
    qtbot.addWidget(view)
    columns = [
        Column("name", "姓名", lambda r: r.name),
        Column("day", "日期", lambda r: r.day.isoformat() if r.day else "", lambda r: r.day),
        Column("id_number", "编号", lambda r: f"{r.id:018d}", lambda r: r.id),
    ]
    table: Table[Row] = Table(view, columns, view, sort=("day", Qt.SortOrder.AscendingOrder))
    table.model.set_rows(ROWS)
    table.proxy.set_predicate(lambda r: r.name != "李四")
    out = tmp_path / "列表.xlsx"
    monkeypatch.setattr(list_export, "ask_save_path", lambda *_a: str(tmp_path / "列表"))
    handle = list_export.export_view(view, runner, notifier, view, columns, "测试列表")
    assert handle is not None and out.exists()
    sheet = load_workbook(out).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, r in enumerate(values) if r[:3] == ["姓名", "日期", "编号"])
    body = [r[:3] for r in values[header + 1 :] if any(v is not None for v in r[:3])]
    assert [r[0] for r in body] == [
        r.name for r in sorted(ROWS, key=lambda r: r.day or dt.date.max) if r.name != "李四"
    ]
    first = body[0]
    assert first[2] == f"{3:018d}"  # an ID stays text with its leading zeros
    assert isinstance(first[1], dt.datetime) and first[1].date() == dt.date(2024, 1, 1)
    assert notifier.messages and "已导出 3 行" in notifier.messages[-1].text
    runner.shutdown()
