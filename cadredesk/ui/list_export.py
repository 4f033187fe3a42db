"""导出 Excel for any list on screen: the rows as shown (filtered and sorted), the columns as titled.

``export_view(parent, runner, notifier, view, columns, title)`` asks for a file name (the title and
today's date suggested), then writes the workbook off the GUI thread through
``services.exports.export_list``. Every page's list exports through this one function.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from cadredesk.services.context import Context
from cadredesk.services.exports import ListColumn, ListExport, export_list, suggested_file_name
from cadredesk.ui.notify import Notifier
from cadredesk.ui.table_model import Column, RowRole
from cadredesk.ui.tasks import TaskHandle, TaskRunner

#: column keys whose values are codes kept as text (never numbers that lose digits)
ID_KEYS = ("id_number", "phone", "code", "serial", "policy")


def ask_save(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


#: tests replace this to answer the save dialog
ask_save_path: Callable[[QWidget, str, str, str], str | None] = ask_save


def shown_rows(view: QTableView) -> list[Any]:
    """The row objects in the order and filter the view shows them."""
    model = view.model()
    return [model.index(r, 0).data(RowRole) for r in range(model.rowCount())]


def _kind(column: Column[Any], sample: Any) -> str:
    if any(k in column.key for k in ID_KEYS):
        return "id"
    if isinstance(sample, bool):
        return "bool"
    if isinstance(sample, dt.date):
        return "date"
    if isinstance(sample, int):
        return "int"
    if isinstance(sample, (float, Decimal)):
        return "number"
    return "text"


def table_of(
    columns: Sequence[Column[Any]], rows: Sequence[Any]
) -> tuple[list[ListColumn], list[list[object]]]:
    """Captions with their kinds, and the cells: typed raw values where the column has them, else text."""
    kinds = []
    for c in columns:
        sample = next(
            (c.sort_value(r) for r in rows if c.raw is not None and c.sort_value(r) is not None), None
        )
        kinds.append(
            _kind(c, sample) if c.raw is not None else ("id" if any(k in c.key for k in ID_KEYS) else "text")
        )
    cells: list[list[object]] = []
    for r in rows:
        line: list[object] = []
        for c, kind in zip(columns, kinds, strict=True):
            value = c.sort_value(r) if kind in ("date", "int", "number", "bool") else c.text(r)
            line.append(value if kind != "text" or value is None else str(value))
        cells.append(line)
    return [ListColumn(c.title, kind) for c, kind in zip(columns, kinds, strict=True)], cells


def export_view(
    parent: QWidget,
    runner: TaskRunner,
    notifier: Notifier,
    view: QTableView,
    columns: Sequence[Column[Any]],
    title: str,
) -> TaskHandle | None:
    """Ask for a file and write the list as shown; None when the clerk cancels or the list is empty."""
    rows = shown_rows(view)
    if not rows:
        notifier.info("列表为空，没有可导出的内容。", title="导出 Excel", parent=parent)
        return None
    chosen = ask_save_path(parent, f"导出{title}", suggested_file_name(title), "Excel 工作簿 (*.xlsx)")
    if not chosen:
        return None
    out = Path(chosen)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    cols, cells = table_of(columns, rows)

    def op(ctx: Context) -> ListExport:
        return export_list(ctx, out, title=title, columns=cols, rows=cells)

    def done(result: ListExport) -> None:
        notifier.info(f"已导出 {result.rows} 行到：\n{result.path}", title="导出 Excel", parent=parent)

    return runner.run(op, name=f"正在导出{title}…", on_success=done, write=True)
