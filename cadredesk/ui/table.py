"""The one way a table view is set up, and the selection helpers every page uses.

``setup_table(view, model, columns, …)`` gives every table of the GUI the same behaviour: whole rows
selected (one, or several with ``multi``), alternating rows, no word wrap, no row numbers, left-aligned
headers, columns sized from their content samples (``Column.width``) and never narrower than their title,
sorting by a header click (through the model's own sort), editing only for editable columns, an action on
activation (double-click or Enter) and an optional context menu.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from cadredesk.ui.table_model import Column, FilterProxy, RowRole, TableModel

T = TypeVar("T")

#: room for the cell margins (and, in headers, the sort arrow)
CELL_PADDING = 16
HEADER_PADDING = 28
#: extra height of a row over one line of text
ROW_PADDING = 10


def column_width(metrics: QFontMetrics, header: QFontMetrics, column: Column[Any]) -> int:
    """Pixels for ``column``: its content sample (or N CJK characters), at least its title."""
    if isinstance(column.width, str):
        content = metrics.horizontalAdvance(column.width) + CELL_PADDING
    else:
        content = metrics.horizontalAdvance("中") * column.width + CELL_PADDING
    return max(content, header.horizontalAdvance(column.title) + HEADER_PADDING)


def size_columns(view: QTableView, columns: Sequence[Column[Any]]) -> None:
    """Set each column's width from its sample (again after the columns changed)."""
    metrics = view.fontMetrics()
    header = view.horizontalHeader().fontMetrics()
    for i, column in enumerate(columns):
        view.setColumnWidth(i, column_width(metrics, header, column))


def setup_table(
    view: QTableView,
    model: QAbstractItemModel,
    columns: Sequence[Column[Any]],
    *,
    multi: bool = False,
    sortable: bool = True,
    sort: tuple[str, Qt.SortOrder] | None = None,
    stretch: str | None = None,
    movable: bool = False,
    editable: bool = False,
    on_activate: Callable[[Any], None] | None = None,
    context_menu: Callable[[QPoint], None] | None = None,
) -> QTableView:
    """Give ``view`` the GUI's table behaviour over ``model`` (usually a ``FilterProxy``).

    ``sort``: the column key and order shown at first (default: the loaded order, no sort arrow).
    ``stretch``: the column key that takes the spare width (default: the last column).
    ``on_activate(row)``: the row object of a double-clicked row or of the current row on Enter.
    ``context_menu(pos)``: called on a right click, with the position in the viewport.
    """
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        if editable
        else QAbstractItemView.EditTrigger.NoEditTriggers
    )
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + ROW_PADDING)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionsMovable(movable)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    size_columns(view, columns)
    keys = [c.key for c in columns]
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(keys.index(stretch), QHeaderView.ResizeMode.Stretch)
    if sortable:
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        if sort is not None:
            view.sortByColumn(keys.index(sort[0]), sort[1])
    if on_activate is not None:
        # ``activated`` is the platform's gesture: a double-click (or a single one where the desktop says
        # so) and Enter; connecting ``doubleClicked`` as well would run the action twice
        view.activated.connect(lambda index: _activate(index, on_activate))
    if context_menu is not None:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(context_menu)
    return view


class Table(Generic[T]):
    """A table model, its filter proxy and the view showing them, set up by :func:`setup_table`."""

    def __init__(
        self,
        view: QTableView,
        columns: Sequence[Column[T]],
        parent: QObject,
        *,
        tie: Callable[[T], Any] | None = None,
        **setup: Any,
    ) -> None:
        self.model: TableModel[T] = TableModel(columns, parent, tie=tie)
        self.proxy = FilterProxy(parent)
        self.proxy.setSourceModel(self.model)
        self.view = setup_table(view, self.proxy, columns, **setup)


def _activate(index: QModelIndex, action: Callable[[Any], None]) -> None:
    if index.isValid():
        action(index.siblingAtColumn(0).data(RowRole))


# ------------------------------------------------------------------ selection


def selected(view: QTableView) -> list[Any]:
    """The row objects of the selected rows, top to bottom."""
    rows = sorted(view.selectionModel().selectedRows(), key=lambda i: i.row())
    return [index.data(RowRole) for index in rows]


def current(view: QTableView) -> Any:
    """The first selected row object, or None."""
    rows = view.selectionModel().selectedRows()
    return min(rows, key=lambda i: i.row()).data(RowRole) if rows else None


def _shown(view: QTableView, predicate: Callable[[Any], bool]) -> list[QModelIndex]:
    """Column-0 indexes of the shown rows for which ``predicate`` holds, top to bottom.

    Over a ``FilterProxy`` the predicate runs on the model's row list (a plain Python loop) and only the
    matches are mapped to the view.
    """
    model = view.model()
    if isinstance(model, FilterProxy) and isinstance(model.sourceModel(), TableModel):
        source = model.sourceModel()
        assert isinstance(source, TableModel)
        found = (
            model.mapFromSource(source.index(i, 0)) for i, r in enumerate(source.row_list) if predicate(r)
        )
        return sorted((index for index in found if index.isValid()), key=lambda i: i.row())
    return [model.index(r, 0) for r in range(model.rowCount()) if predicate(model.index(r, 0).data(RowRole))]


def select_row(view: QTableView, predicate: Callable[[Any], bool]) -> bool:
    """Make the first shown row for which ``predicate`` holds the current, only selected one; scroll to it."""
    found = _shown(view, predicate)
    if not found:
        return False
    view.selectionModel().setCurrentIndex(
        found[0], QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.scrollTo(found[0])
    return True


def select_rows(view: QTableView, predicate: Callable[[Any], bool]) -> int:
    """Select every shown row for which ``predicate`` holds (only those); returns how many."""
    found = _shown(view, predicate)
    last = view.model().columnCount() - 1
    selection = QItemSelection()
    for index in found:
        selection.select(index, index.siblingAtColumn(last))
    view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    if found:
        view.scrollTo(found[0])
    return len(found)


__all__ = [
    "Table",
    "column_width",
    "current",
    "select_row",
    "select_rows",
    "selected",
    "setup_table",
    "size_columns",
]
