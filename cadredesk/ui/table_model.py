"""The one table-model framework of the GUI: columns declared once, a model over plain rows, a filter proxy.

- :class:`Column` says how one column shows a row: header, text, raw sort value, and optional tooltip,
  colours, alignment, an editor value, and the width it needs.
- :class:`TableModel` holds rows injected by a page (frozen dataclasses; it never reads the database).
  ``set_rows`` resets the model; :data:`SortRole` gives a cell's raw value and :data:`RowRole` the row
  itself, so actions stay right after sorting and filtering. The model sorts itself: one Python sort of
  the raw keys (missing values last in both directions, ties in a stable order), so a table of 10,000
  rows sorts in ~10 ms and a new filter does not sort again.
- :class:`FilterProxy` filters with a predicate over the row. It evaluates the predicate for every row
  in one Python pass and caches the answers until the rows or the predicate change, so Qt's per-row
  ``filterAcceptsRow`` calls are list lookups. Its ``sort`` is the model's.

A view is set up with :func:`cadredesk.ui.table.setup_table`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

AnyIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

#: a cell's raw value for sorting (str, date, int, tuple, None); one role for every model of the GUI
SortRole = Qt.ItemDataRole.UserRole + 1
#: the row object itself
RowRole = Qt.ItemDataRole.UserRole + 2

_CENTER = int(Qt.AlignmentFlag.AlignCenter)
# the roles as plain module constants: ``data`` runs for every role of every painted cell
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: header, displayed text and raw sort value of a row (plus optional extras).

    ``width`` is what the view sizes the column for: a number of CJK characters, or a sample of the
    widest usual content (``"370502********0013"``). The header title always fits.
    """

    key: str
    title: str
    text: Callable[[T], str]
    raw: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str | None] | None = None
    foreground: Callable[[T], QColor | None] | None = None
    background: Callable[[T], QColor | None] | None = None
    align_center: bool = False
    #: editable column: ``edit(row)`` gives the editor's starting value; the model's ``on_edit`` applies it
    edit: Callable[[T], Any] | None = None
    width: int | str = 6

    def sort_value(self, row: T) -> Any:
        return self.raw(row) if self.raw is not None else self.text(row)


def _missing(value: Any) -> bool:
    return value is None or value == ""


def _compare(a: Any, b: Any) -> int:
    """Values of types that do not compare (a tuple holding None, str against int) compare as text."""
    try:
        return -1 if a < b else (1 if b < a else 0)
    except TypeError:
        sa, sb = str(a), str(b)
        return -1 if sa < sb else (1 if sb < sa else 0)


class TableModel(QAbstractTableModel, Generic[T]):
    """Rows = a list of ``T``; the columns say how to show each of them.

    ``tie(row)``, when given, orders rows whose sort values are equal (e.g. the name's stroke key, then the
    id); without it ties keep the order the rows were loaded in, in both directions.
    """

    def __init__(
        self,
        columns: Sequence[Column[T]],
        parent: Any = None,
        *,
        tie: Callable[[T], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns: tuple[Column[T], ...] = tuple(columns)
        self._tie = tie
        #: the rows in the order they were set (ties keep it) and as shown; lists are replaced, never
        #: mutated, so a proxy can cache per list
        self._loaded: list[T] = []
        self._rows: list[T] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        #: called with (row, column key, new value) when the clerk changes an editable cell
        self.on_edit: Callable[[T, str, Any], None] | None = None

    # ---- data in
    def set_rows(self, rows: Sequence[T]) -> None:
        """New rows (a reset); the chosen sort order is kept."""
        self.beginResetModel()
        self._loaded = list(rows)
        self._rows = self._sorted(self._sort_column, self._sort_order)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column[T]], rows: Sequence[T]) -> None:
        """New columns and rows at once (tables whose columns depend on the data, like an import preview)."""
        self.beginResetModel()
        self.columns = tuple(columns)
        if self._sort_column >= len(self.columns):
            self._sort_column = -1
        self._loaded = list(rows)
        self._rows = self._sorted(self._sort_column, self._sort_order)
        self.endResetModel()

    def rows(self) -> list[T]:
        """The rows in the order shown (before filtering)."""
        return list(self._rows)

    @property
    def row_list(self) -> list[T]:
        """The model's own list (do not change it): proxies cache their filter per list."""
        return self._rows

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def find(self, predicate: Callable[[T], bool]) -> int:
        """The model row of the first row for which ``predicate`` holds, else -1."""
        for i, r in enumerate(self._rows):
            if predicate(r):
                return i
        return -1

    def column_index(self, key: str) -> int:
        for i, c in enumerate(self.columns):
            if c.key == key:
                return i
        raise KeyError(key)

    def refresh_column(self, key: str) -> None:
        """Tell the views a column's texts changed (its row data did not)."""
        if self._rows:
            c = self.column_index(key)
            self.dataChanged.emit(self.index(0, c), self.index(len(self._rows) - 1, c))

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
        if role == _DISPLAY:
            return column.text(row)
        if role == SortRole:
            return column.sort_value(row)
        if role == RowRole:
            return row
        if role == _TOOLTIP:
            return column.tooltip(row) if column.tooltip is not None else None
        if role == _FOREGROUND:
            color = column.foreground(row) if column.foreground is not None else None
            return QBrush(color) if color is not None else None
        if role == _BACKGROUND:
            color = column.background(row) if column.background is not None else None
            return QBrush(color) if color is not None else None
        if role == _ALIGNMENT:
            return _CENTER if column.align_center else None
        if role == _EDIT:
            return column.edit(row) if column.edit is not None else column.text(row)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != _EDIT:
            return False
        column = self.columns[index.column()]
        if column.edit is None or self.on_edit is None:
            return False
        row = self._rows[index.row()]
        if column.edit(row) == value:
            return False
        self.on_edit(row, column.key, value)
        return True

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
        if self.columns[index.column()].edit is not None:
            return _EDITABLE | Qt.ItemFlag.ItemIsEditable
        return _EDITABLE

    # ---- sorting (by raw values; missing values always last)
    def _sorted(self, column: int, order: Qt.SortOrder) -> list[T]:
        rows = self._loaded
        if not (0 <= column < len(self.columns)):
            return list(rows)
        value = self.columns[column].sort_value
        keyed = [(value(r), r) for r in rows]
        present = [(v, r) for v, r in keyed if not _missing(v)]
        missing = [r for v, r in keyed if _missing(v)]
        tie = self._tie
        descending = order == Qt.SortOrder.DescendingOrder
        try:  # Python's sort is stable with reverse=True too: ties keep the loaded order
            if tie is None:
                present.sort(key=lambda vr: vr[0], reverse=descending)
            else:
                present.sort(key=lambda vr: (vr[0], tie(vr[1])), reverse=descending)
        except TypeError:

            def compare(a: tuple[Any, T], b: tuple[Any, T]) -> int:
                return _compare(a[0], b[0]) or (_compare(tie(a[1]), tie(b[1])) if tie is not None else 0)

            present.sort(key=functools.cmp_to_key(compare), reverse=descending)
        return [r for _v, r in present] + missing

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        self._rows = self._sorted(column, order)
        persistent = self.persistentIndexList()
        if persistent:
            position = {id(r): i for i, r in enumerate(self._rows)}
            moved = [
                self.index(position[id(old[p.row()])], p.column()) if p.isValid() else QModelIndex()
                for p in persistent
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    @property
    def sort_column(self) -> int:
        return self._sort_column


class FilterProxy(QSortFilterProxyModel):
    """Filters with ``predicate(row)`` (``None``: every row); sorting is the source model's own.

    The predicate runs once per row per change, in one Python pass, and the answers are cached for the
    model's current row list.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._predicate: Callable[[Any], bool] | None = None
        self._accepted: list[bool] = []
        self._accepted_for: list[Any] | None = None
        self._source: TableModel[Any] | None = None
        self.setDynamicSortFilter(False)
        self.setSortRole(SortRole)

    @property
    def predicate(self) -> Callable[[Any], bool] | None:
        return self._predicate

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._predicate = predicate
        self._accepted_for = None
        self.invalidateRowsFilter()

    def setSourceModel(self, model: Any) -> None:
        self._source = model if isinstance(model, TableModel) else None
        self._accepted_for = None
        super().setSourceModel(model)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        # called once per row for every change of the filter: keep it to a list lookup
        source, predicate = self._source, self._predicate
        if source is None or predicate is None:
            return True
        rows = source._rows  # the model's own list (replaced, never changed, when rows change)
        if self._accepted_for is not rows:
            self._accepted = [bool(predicate(r)) for r in rows]
            self._accepted_for = rows
        return self._accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def row_at(self, proxy_row: int) -> Any:
        """The row object shown at ``proxy_row``."""
        return self.index(proxy_row, 0).data(RowRole)

    def source_row(self, proxy_row: int) -> int:
        return self.mapToSource(self.index(proxy_row, 0)).row()

    def proxy_row(self, predicate: Callable[[Any], bool]) -> int:
        """The shown row of the first row for which ``predicate`` holds (-1: none, or filtered out)."""
        if self._source is None:
            return -1
        source = self._source.find(predicate)
        if source < 0:
            return -1
        return self.mapFromSource(self._source.index(source, 0)).row()

    def shown(self) -> list[Any]:
        """The rows shown, in order."""
        return [self.row_at(i) for i in range(self.rowCount())]


__all__ = ["Column", "FilterProxy", "RowRole", "SortRole", "TableModel"]
