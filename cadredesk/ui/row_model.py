"""A table model over a list of plain rows (frozen dataclasses), and the proxy that filters and sorts it.

Each table of the dispatch-list and places pages declares its columns once (``RowColumn``: header,
text, raw sort value, optional tooltip, colour and editor); the model holds rows injected by the page
and never reads the database.  Sorting goes through the proxy, which compares the raw values (dates,
ints, stroke keys) with missing values last; filtering is a predicate over the row object.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from cadredesk.ui.cadre_model import RowRole, SortRole
from cadredesk.ui.theme import ERROR_BACKGROUND as ERROR_BACKGROUND
from cadredesk.ui.theme import ERROR_COLOR as ERROR_COLOR
from cadredesk.ui.theme import MUTED_COLOR as MUTED_COLOR
from cadredesk.ui.theme import WARNING_BACKGROUND as WARNING_BACKGROUND
from cadredesk.ui.theme import WARNING_COLOR as WARNING_COLOR

AnyIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


@dataclass(frozen=True)
class RowColumn(Generic[T]):
    """One column: header, displayed text and raw sort value of a row (plus optional extras)."""

    key: str
    title: str
    text: Callable[[T], str]
    raw: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str | None] | None = None
    foreground: Callable[[T], QColor | None] | None = None
    background: Callable[[T], QColor | None] | None = None
    align_center: bool = False
    #: editable column: ``edit(row)`` gives the editor's starting value, ``commit(row, value)`` applies it
    edit: Callable[[T], Any] | None = None
    width_chars: int = 6

    def sort_value(self, row: T) -> Any:
        return self.raw(row) if self.raw is not None else self.text(row)


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows = a list of ``T``; the columns say how to show each of them."""

    def __init__(self, columns: Sequence[RowColumn[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: tuple[RowColumn[T], ...] = tuple(columns)
        self._rows: list[T] = []
        #: called with (row, column key, new value) when an editable cell is changed by the clerk
        self.on_edit: Callable[[T, str, Any], None] | None = None

    # ---- data in
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[RowColumn[T]], rows: Sequence[T]) -> None:
        """New columns and rows at once (tables whose columns depend on the data, like an import preview)."""
        self.beginResetModel()
        self.columns = tuple(columns)
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def find(self, predicate: Callable[[T], bool]) -> int:
        for i, r in enumerate(self._rows):
            if predicate(r):
                return i
        return -1

    def column_index(self, key: str) -> int:
        for i, c in enumerate(self.columns):
            if c.key == key:
                return i
        raise KeyError(key)

    # ---- Qt model contract
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._rows) and 0 <= c < len(self.columns)):
            return None
        row, column = self._rows[r], self.columns[c]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.EditRole:
            return column.edit(row) if column.edit is not None else column.text(row)
        if role == SortRole:
            return column.sort_value(row)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            color = column.foreground(row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            color = column.background(row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_center:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        if column.edit is None or self.on_edit is None:
            return False
        row = self._rows[index.row()]
        if column.edit(row) == value:
            return False
        self.on_edit(row, column.key, value)
        return True

    def replace_row(self, row: int, value: T) -> None:
        """Swap one row for an updated copy (after an edit was saved)."""
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self.columns[index.column()].edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


def _less(a: Any, b: Any) -> bool:
    """Missing values ("" / None) sort after everything; values of different types compare as text."""
    a_missing, b_missing = a in (None, ""), b in (None, "")
    if a_missing or b_missing:
        return b_missing and not a_missing
    try:
        return bool(a < b)
    except TypeError:
        return str(a) < str(b)


class RowFilterProxy(QSortFilterProxyModel):
    """Filters with ``predicate(row)``; sorts by the columns' raw values (missing ones last)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._predicate: Callable[[Any], bool] | None = None
        self.setSortRole(SortRole)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._predicate = predicate
        self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if self._predicate is None or source_parent.isValid() or not isinstance(model, RowTableModel):
            return True
        return self._predicate(model.row_at(source_row))

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RowTableModel):
            return super().lessThan(left, right)
        column = model.columns[left.column()]
        a = column.sort_value(model.row_at(left.row()))
        b = column.sort_value(model.row_at(right.row()))
        if a == b:
            # ties keep the loaded order in both directions (Qt swaps the arguments when descending)
            if self.sortOrder() == Qt.SortOrder.DescendingOrder:
                return left.row() > right.row()
            return left.row() < right.row()
        return _less(a, b)

    def row_at(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(RowRole)

    def source_row(self, proxy_row: int) -> int:
        return self.mapToSource(self.index(proxy_row, 0)).row()
