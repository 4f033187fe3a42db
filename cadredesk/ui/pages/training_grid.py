"""The attendance grid of the 培训 page: a class's trainees × its courses, marks entered by keyboard.

- :class:`GridModel` is the table framework's ``TableModel`` with one editable column per course (the
  columns change with the class). A mark written is shown at once (``update_marks`` replaces the row in
  place, without a reset, so the view keeps its scroll position and current cell); the completion
  column follows when the page reloads.
- Keys on the grid (:class:`MarkKeys`): 1/C 出席, 2/Q 缺席, 3/J 请假, 4/B 补课, Delete/Backspace/0 clears.
  One cell: it is set (the clerk overwrites on purpose) and the cursor moves down, as when copying a
  column of a paper sheet. Several cells: only the cells not marked yet, unless 覆盖已登记的考勤 is on.
- A double-click (or F2) opens :class:`MarkDelegate`: a combo to pick a mark or type one (√, 到, 假,
  补 … are read as the signed-sheet import reads them).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from cadredesk.core.enums import TrainingMark
from cadredesk.core.names import initials_index
from cadredesk.services.training import CourseRow, GridRow
from cadredesk.services.training_import import parse_mark
from cadredesk.ui.table_model import Column, RowRole, TableModel
from cadredesk.ui.theme import ERROR_COLOR, MUTED_COLOR, OK_COLOR, WARNING_BACKGROUND, WARNING_COLOR

AnyIndex = QModelIndex | QPersistentModelIndex

PRESENT, ABSENT, LEAVE, MAKE_UP = (m.value for m in TrainingMark)
MARKS = (PRESENT, ABSENT, LEAVE, MAKE_UP)
#: keys that mark the selected cells ("" clears)
KEYS: dict[int, str] = {
    Qt.Key.Key_1: PRESENT, Qt.Key.Key_C: PRESENT,
    Qt.Key.Key_2: ABSENT, Qt.Key.Key_Q: ABSENT,
    Qt.Key.Key_3: LEAVE, Qt.Key.Key_J: LEAVE,
    Qt.Key.Key_4: MAKE_UP, Qt.Key.Key_B: MAKE_UP,
    Qt.Key.Key_Delete: "", Qt.Key.Key_Backspace: "", Qt.Key.Key_0: "",
}  # fmt: skip
#: what the combo offers ("" clears the cell)
CLEAR_TEXT = "（清除）"


def mark_color(mark: str | None) -> QColor | None:
    if mark == ABSENT:
        return ERROR_COLOR
    if mark == LEAVE:
        return WARNING_COLOR
    if mark == MAKE_UP:
        return OK_COLOR
    return None


def completion_color(r: GridRow) -> QColor | None:
    return OK_COLOR if r.completion.complete else ERROR_COLOR


def course_key(course_id: int) -> str:
    return f"c{course_id}"


def course_id_of(key: str) -> int | None:
    return int(key[1:]) if key.startswith("c") and key[1:].isdigit() else None


def short_title(c: CourseRow, n: int) -> str:
    """A header that fits a narrow column: the course's number and the start of its title."""
    return f"{n}.{c.title[:3]}"


def _mark_column(c: CourseRow, i: int, n: int) -> Column[GridRow]:
    return Column(
        course_key(c.id), short_title(c, n), lambda r: r.marks[i] or "", lambda r: r.marks[i],
        tooltip=lambda r: f"{c.title}（{c.day:%m-%d}，{c.hours.normalize():f} 学时，{c.kind}）：{r.marks[i] or '未登记'}",
        foreground=lambda r: mark_color(r.marks[i]),
        background=lambda r: WARNING_BACKGROUND if r.marks[i] is None else None,
        align_center=True, edit=lambda r: r.marks[i] or "", width=3,
    )  # fmt: skip


def grid_columns(courses: Sequence[CourseRow]) -> list[Column[GridRow]]:
    """姓名, 单位, 乡镇, 村, 培训情况, one column per course (in class order), 已修学时, 说明."""
    return [
        Column("name", "姓名", lambda r: r.name, width=4),
        Column("unit", "单位", lambda r: r.unit, tooltip=lambda r: r.unit or None, width=7),
        Column("township", "乡镇（街道）", lambda r: r.township, width=5),
        Column("place", "派驻村", lambda r: r.place, width=5),
        Column(
            "status", "培训情况", lambda r: r.completion.status, lambda r: (r.completion.complete, r.name),
            foreground=completion_color, width=4,
        ),
        *(_mark_column(c, i, i + 1) for i, c in enumerate(courses)),
        Column(
            "hours", "已修学时", lambda r: f"{r.completion.hours.normalize():f}", lambda r: r.completion.hours,
            align_center=True, width=4,
        ),
        Column(
            "detail", "说明", lambda r: r.completion.detail, tooltip=lambda r: r.completion.detail or None,
            foreground=lambda r: MUTED_COLOR if r.completion.complete else None, width=14,
        ),
    ]  # fmt: skip


class GridModel(TableModel[GridRow]):
    """The grid's model: the framework's model, with the courses' full titles as header tooltips and
    in-place updates of a row's marks."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(grid_columns([]), parent)
        self.courses: list[CourseRow] = []
        self.session_id: int | None = None
        self._initials: dict[str, str] = {}

    def set_grid(self, session_id: int, courses: Sequence[CourseRow], rows: Sequence[GridRow]) -> bool:
        """Show a class's grid. The same class with the same courses and trainees is updated in place
        (no reset: scroll position and current cell stay); returns whether the model was reset."""
        same = (
            session_id == self.session_id
            and [(c.id, c.title) for c in courses] == [(c.id, c.title) for c in self.courses]
            and sorted(r.dispatch_id for r in rows) == sorted(r.dispatch_id for r in self._loaded)
        )
        self.courses = list(courses)
        if same:
            by_id = {r.dispatch_id: r for r in rows}
            self._replace(lambda r: by_id[r.dispatch_id])
            return False
        self.session_id = session_id
        self.set_columns(grid_columns(courses), rows)
        return True

    def _replace(self, new: Callable[[GridRow], GridRow]) -> None:
        changed = {id(r): new(r) for r in self._loaded}
        self._loaded = [changed[id(r)] for r in self._loaded]
        self._rows = [changed[id(r)] for r in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    def update_marks(self, marks: dict[tuple[int, int], str | None]) -> None:
        """Show marks just written: (course id, dispatch id) → mark (None: cleared)."""
        position = {c.id: i for i, c in enumerate(self.courses)}

        def new(r: GridRow) -> GridRow:
            cells = list(r.marks)
            hit = False
            for (cid, did), mark in marks.items():
                if did == r.dispatch_id and cid in position:
                    cells[position[cid]] = mark
                    hit = True
            return dataclasses.replace(r, marks=tuple(cells)) if hit else r

        self._replace(new)

    def initials(self, name: str) -> str:
        found = self._initials.get(name)
        if found is None:
            found = self._initials[name] = initials_index(name)
        return found

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            key = self.columns[section].key if 0 <= section < len(self.columns) else ""
            cid = course_id_of(key)
            course = next((c for c in self.courses if c.id == cid), None)
            if course is not None:
                return (
                    f"{course.title}\n{course.day:%Y-%m-%d}　{course.hours.normalize():f} 学时　{course.kind}"
                )
            return None
        return super().headerData(section, orientation, role)


class MarkDelegate(QStyledItemDelegate):
    """The editor of a course cell: pick a mark, or type one."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems([*MARKS, CLEAR_TEXT])
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        editor.setCurrentIndex(editor.findText(value) if value else -1)
        editor.setEditText(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


def read_mark(text: str, name: str = "") -> str | None:
    """A typed mark: "" or 清除 → None; a mark or anything the import reads as one; else ValueError."""
    text = "".join(str(text).split())
    if not text or text in (CLEAR_TEXT, "清除"):
        return None
    found = parse_mark(text, name)
    if found is None:
        raise ValueError(text)
    return found


class MarkKeys(QObject):
    """Key presses on the grid view → ``apply(cells, mark)`` with the selected course cells."""

    def __init__(
        self,
        view: QTableView,
        apply: Callable[[list[tuple[GridRow, int]], str | None, bool], object],
        overwrite: Callable[[], bool],
    ) -> None:
        super().__init__(view)
        self.view = view
        self._apply = apply
        self._overwrite = overwrite
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False
            if self.view.state() == QTableView.State.EditingState:
                return False
            key = event.key()
            if key in KEYS:
                return self.mark(KEYS[key] or None)
        return False

    def selected_cells(self) -> list[tuple[GridRow, int]]:
        """(row, course id) of the selected course cells, top to bottom."""
        model = self.view.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        assert isinstance(source, TableModel)
        cells = []
        for index in sorted(
            self.view.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column())
        ):
            cid = course_id_of(source.columns[index.column()].key)
            if cid is not None:
                cells.append((index.data(RowRole), cid))
        return cells

    def selected_rows(self) -> list[GridRow]:
        """The trainees with a selected cell, top to bottom, each once."""
        rows: dict[int, GridRow] = {}
        for index in sorted(self.view.selectionModel().selectedIndexes(), key=lambda i: i.row()):
            r = index.data(RowRole)
            rows.setdefault(r.dispatch_id, r)
        return list(rows.values())

    def mark(self, mark: str | None) -> bool:
        cells = self.selected_cells()
        if not cells:
            return False
        single = len(cells) == 1
        self._apply(cells, mark, single or self._overwrite())
        if single:  # on to the next trainee, as down a column of the signed sheet
            current = self.view.currentIndex()
            below = current.siblingAtRow(current.row() + 1)
            if below.isValid():
                self.view.setCurrentIndex(below)
        return True


__all__ = ["GridModel", "MarkDelegate", "MarkKeys", "course_id_of", "course_key", "grid_columns", "read_mark"]
