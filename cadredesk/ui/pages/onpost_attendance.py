"""考勤 tab of the 在岗管理 page: the month grid (cadres × days) typed into with the keyboard, pasted
into from Excel, and the import of a township's monthly 考勤表.

The grid is its own ``QAbstractTableModel`` (``GridModel``): a county has hundreds of cadres and a
month 31 day columns, so the model answers from plain tuples and precomputed day kinds, with fixed
row heights and column widths (it scrolls smoothly). Cells are not edited through an editor: a key
press sets the mark of every selected cell in the dispatch's period (one ``attendance.set``
command, all or nothing), then only the rows touched are read again.
Layout: forms/attendance_tab.ui.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QBrush, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from cadredesk.core.enums import AttendanceMark
from cadredesk.services import attendance
from cadredesk.services.attendance import GridDay, GridRow, MarkEdit, MonthGrid, SetMarksResult
from cadredesk.services.context import Context
from cadredesk.services.reference import townships
from cadredesk.ui.forms.ui_attendance_tab import Ui_AttendanceTab
from cadredesk.ui.list_export import export_view
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.onpost_common import OnPostTab, batch_month, matches
from cadredesk.ui.sheet_import import SheetImportDialog
from cadredesk.ui.table_model import Column, RowRole
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_BACKGROUND, ERROR_COLOR, PALETTE, WARNING_BACKGROUND
from cadredesk.ui.widgets import debounced_search, fill_combo

AnyIndex = QModelIndex | QPersistentModelIndex

#: the keys a clerk types: 1 在岗 … 7 缺勤 (the order of AttendanceMark)
KEY_MARKS = {str(i): m.value for i, m in enumerate(AttendanceMark, start=1)}
MARK_TITLES = {m.value: m.label for m in AttendanceMark}
HOLIDAY_BRUSH = QBrush(WARNING_BACKGROUND)
WEEKEND_BRUSH = QBrush(PALETTE.grid)
OUTSIDE_BRUSH = QBrush(PALETTE.border, Qt.BrushStyle.BDiagPattern)
SHORT_BRUSH = QBrush(ERROR_BACKGROUND)
ABSENT_BRUSH = QBrush(ERROR_COLOR)
FIXED = ("name", "place")
TOTALS = (("days", "在岗"), ("required", "应在岗"), ("short", "差额"))
#: the first day column: 姓名, 派驻点 and the counts come first (always in sight), then the days
DAY0 = len(FIXED) + len(TOTALS)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_KIND_TEXT = {"holiday": "法定节假日", "weekend": "周末", "adjusted": "调休上班", "workday": "工作日"}


@dataclass(frozen=True)
class GridLine:
    """One grid row as exported (the marks joined per day)."""

    row: GridRow


class GridModel(QAbstractTableModel):
    """Cadres × days of one month; columns: 姓名, 派驻点, one per day, 在岗, 应在岗, 差额."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.days: list[GridDay] = []
        self._all: list[GridRow] = []
        self._rows: list[GridRow] = []
        self._predicate: Callable[[GridRow], bool] | None = None
        self._kinds: list[str] = []

    # ---- data in
    def set_grid(self, days: Sequence[GridDay], rows: Sequence[GridRow]) -> None:
        self.beginResetModel()
        self.days = list(days)
        self._kinds = [d.kind for d in self.days]
        self._all = list(rows)
        self._rows = self._filtered()
        self.endResetModel()

    def set_predicate(self, predicate: Callable[[GridRow], bool] | None) -> None:
        self.beginResetModel()
        self._predicate = predicate
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[GridRow]:
        p = self._predicate
        return list(self._all) if p is None else [r for r in self._all if p(r)]

    def replace(self, rows: Sequence[GridRow]) -> None:
        """Rows read again after an edit (same dispatches): changed in place, no reset."""
        fresh = {r.dispatch_id: r for r in rows}
        self._all = [fresh.get(r.dispatch_id, r) for r in self._all]
        for i, r in enumerate(self._rows):
            if r.dispatch_id in fresh:
                self._rows[i] = fresh[r.dispatch_id]
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def rows(self) -> list[GridRow]:
        return list(self._rows)

    def all_rows(self) -> list[GridRow]:
        return list(self._all)

    def row_at(self, row: int) -> GridRow:
        return self._rows[row]

    def day_of(self, column: int) -> dt.date | None:
        d = column - DAY0
        return self.days[d].day if 0 <= d < len(self.days) else None

    def day_column(self, day: dt.date) -> int:
        return DAY0 + (day.day - 1)

    # ---- Qt model contract
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else DAY0 + len(self.days)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._rows)):
            return None
        row = self._rows[r]
        d = c - DAY0
        if role == RowRole:
            return row
        if 0 <= d < len(self.days):
            return self._day_data(row, d, role)
        if c < len(FIXED):
            if role == Qt.ItemDataRole.DisplayRole:
                return row.name if c == 0 else row.place
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{row.name}：{row.township}{row.place}，{row.role}，派驻期 {row.start} 至 {row.end}"
            return None
        t = c - len(FIXED)
        if not 0 <= t < len(TOTALS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str((row.days_in_post, row.required, row.shortfall)[t])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTER
        if t == 2 and row.shortfall:
            if role == Qt.ItemDataRole.BackgroundRole:
                return SHORT_BRUSH
            if role == Qt.ItemDataRole.ForegroundRole:
                return ABSENT_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"本月在岗 {row.days_in_post} 天（请假 {row.leave_days} 天），应在岗 {row.required} 天" + (
                f"，尚差 {row.shortfall} 天" if row.shortfall else "，已达标"
            )
        return None

    def _day_data(self, row: GridRow, d: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.marks[d]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTER
        if role == Qt.ItemDataRole.BackgroundRole:
            day = self.days[d].day
            if not row.start <= day <= row.end:
                return OUTSIDE_BRUSH
            kind = self._kinds[d]
            if kind == "holiday":
                return HOLIDAY_BRUSH
            return WEEKEND_BRUSH if kind == "weekend" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return ABSENT_BRUSH if row.marks[d] == AttendanceMark.ABSENT.value else None
        if role == Qt.ItemDataRole.ToolTipRole:
            g = self.days[d]
            what = MARK_TITLES.get(row.marks[d], "未录入")
            if not row.start <= g.day <= row.end:
                what = "不在派驻期内"
            extra = f"，{g.name}" if g.name else ""
            return f"{row.name} {g.day.month}月{g.day.day}日（星期{g.weekday}，{_KIND_TEXT[g.kind]}{extra}）：{what}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        d = section - DAY0
        n = len(self.days)
        if role == Qt.ItemDataRole.DisplayRole:
            if section < len(FIXED):
                return ("姓名", "派驻点")[section]
            if section < DAY0:
                return TOTALS[section - len(FIXED)][1]
            return f"{self.days[d].day.day}\n{self.days[d].weekday}" if d < n else None
        if role == Qt.ItemDataRole.ToolTipRole and 0 <= d < n:
            g = self.days[d]
            return f"{g.day.isoformat()} 星期{g.weekday}：{_KIND_TEXT[g.kind]}{('（' + g.name + '）') if g.name else ''}"
        if role == Qt.ItemDataRole.ForegroundRole and 0 <= d < n and self._kinds[d] in ("holiday", "weekend"):
            return ABSENT_BRUSH if self._kinds[d] == "holiday" else QBrush(PALETTE.muted)
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= len(FIXED):
            return _CENTER
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def export_columns(days: Sequence[GridDay]) -> list[Column[GridRow]]:
    """The grid as a list (导出 Excel): one column per day, then the counts."""

    def mark(i: int) -> Callable[[GridRow], str]:
        return lambda r: r.marks[i]

    cols: list[Column[GridRow]] = [
        Column("name", "姓名", lambda r: r.name),
        Column("township", "乡镇", lambda r: r.township),
        Column("place", "派驻点", lambda r: r.place),
    ]
    cols += [Column(f"d{g.day.day}", f"{g.day.day}日", mark(i)) for i, g in enumerate(days)]
    cols += [
        Column("days", "在岗天数", lambda r: str(r.days_in_post), lambda r: r.days_in_post),
        Column("required", "应在岗天数", lambda r: str(r.required), lambda r: r.required),
        Column("short", "差额", lambda r: str(r.shortfall), lambda r: r.shortfall),
    ]
    return cols


@dataclass(frozen=True)
class GridSnapshot:
    grid: MonthGrid
    townships: list[tuple[int, str]]
    month_chosen: bool  # False: the month was the batch's nearest to today (the first load of a batch)


class AttendanceTab(OnPostTab[GridRow]):
    """The month grid; ``apply_mark(mark)`` sets the selected cells (what a key press does)."""

    title = "考勤"

    def __init__(
        self,
        runner: TaskRunner,
        notifier: Notifier,
        batch: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, notifier, batch, parent)
        self.ui = Ui_AttendanceTab()
        self.ui.setupUi(self)
        self.grid: MonthGrid | None = None
        self.grid_model = GridModel(self)
        self.view = self.ui.view
        self._setup_view()
        self.bind(status=self.ui.statusLabel)
        today = self.runner.ctx.today()
        self.ui.monthEdit.setDate(QDate(today.year, today.month, 1))
        fill_combo(self.ui.townshipCombo, [], all_text="全部乡镇")
        self._search = debounced_search(self.ui.searchEdit, self.apply_filter, self)
        self._month_chosen = False
        self.ui.monthEdit.dateChanged.connect(lambda _d: self.reload())
        self.ui.prevButton.clicked.connect(lambda: self.step_month(-1))
        self.ui.nextButton.clicked.connect(lambda: self.step_month(1))
        self.ui.townshipCombo.currentIndexChanged.connect(lambda _i: self.reload())
        self.ui.importButton.clicked.connect(self.open_import)
        self.ui.exportButton.clicked.connect(self.export)

    def _setup_view(self) -> None:
        v = self.view
        v.setModel(self.grid_model)
        v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        v.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        v.setWordWrap(False)
        v.verticalHeader().hide()
        v.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        v.verticalHeader().setDefaultSectionSize(v.fontMetrics().height() + 8)
        h = v.horizontalHeader()
        h.setHighlightSections(False)
        h.setMinimumSectionSize(20)
        h.setDefaultSectionSize(v.fontMetrics().horizontalAdvance("中") + 12)
        h.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        h.setStretchLastSection(False)
        v.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        v.installEventFilter(self)

    def _size_columns(self) -> None:
        m = self.view.fontMetrics()
        self.view.setColumnWidth(0, m.horizontalAdvance("中") * 4 + 14)
        self.view.setColumnWidth(1, m.horizontalAdvance("中") * 6 + 12)
        header = self.view.horizontalHeader().fontMetrics()
        day = max(m.horizontalAdvance("中") + 8, header.horizontalAdvance("31") + 14)
        for c in range(DAY0, DAY0 + len(self.grid_model.days)):
            self.view.setColumnWidth(c, day)
        for c in range(len(FIXED), DAY0):
            self.view.setColumnWidth(c, m.horizontalAdvance("应在岗") + 10)

    # ------------------------------------------------------------------ loading
    def month(self) -> tuple[int, int]:
        d = self.ui.monthEdit.date()
        return d.year(), d.month()

    def set_month(self, year: int, month: int) -> None:
        self.ui.monthEdit.setDate(QDate(year, month, 1))

    def step_month(self, delta: int) -> None:
        self.ui.monthEdit.setDate(self.ui.monthEdit.date().addMonths(delta))

    def load_operation(self, batch: Any) -> Callable[[Context], GridSnapshot]:
        year, month = self.month()
        township = self.ui.townshipCombo.currentData()
        chosen = self._month_chosen and batch == self._shown_batch

        def op(ctx: Context) -> GridSnapshot:
            y, m = (year, month) if chosen else batch_month(ctx, batch, ctx.today())
            return GridSnapshot(
                attendance.month_grid(ctx, batch, y, m, township_id=township), townships(ctx), chosen
            )

        return op

    def show_data(self, snap: GridSnapshot) -> int:
        self.grid = snap.grid
        self._month_chosen = True
        with QSignalBlocker(self.ui.monthEdit):
            self.set_month(snap.grid.year, snap.grid.month)
        fill_combo(self.ui.townshipCombo, [(name, tid) for tid, name in snap.townships], all_text="全部乡镇")
        old_days = len(self.grid_model.days)
        self.grid_model.set_grid(snap.grid.days, snap.grid.rows)
        if old_days != len(snap.grid.days) or not old_days:
            self._size_columns()
        self.apply_filter()
        return len(snap.grid.rows)

    def selected_id(self) -> int | None:
        return None  # the grid keeps its scroll position; nothing to select again

    def apply_filter(self) -> None:
        self._search.stop()
        q = self.ui.searchEdit.text().strip()
        self.grid_model.set_predicate((lambda r: matches(q, r.name, r.place, r.township)) if q else None)
        self._summary()

    def _summary(self) -> None:
        g = self.grid
        if g is None:
            return
        rows = self.grid_model.all_rows()
        if not rows:
            self.show_status(f"{g.year}年{g.month}月没有在派驻期内的干部。")
            return
        short = sum(1 for r in rows if r.shortfall)
        shown = self.grid_model.rowCount()
        prefix = f"显示 {shown} 人；" if shown != len(rows) else ""
        over = self.runner.ctx.today() > g.days[-1].day if g.days else True
        text = f"{prefix}{g.year}年{g.month}月 {len(rows)} 人，本月应在岗 {g.quota} 天，" + (
            f"未达到的 {short} 人"
            if over
            else f"目前尚未达到的 {short} 人（本月未结束，进度预警见“达标”页签）"
        )
        if g.holiday_note:
            text += f"（{g.holiday_note}）"
        self.show_status(text)

    # ------------------------------------------------------------------ typing marks
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return True
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.apply_mark(None)
            return True
        text = event.text().strip()
        if not text or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        mark = KEY_MARKS.get(text)
        if mark is None:
            try:
                mark = attendance.parse_mark(text)
            except ValueError:
                self.show_error(f"“{text}”不是考勤标记：请按 1～7，或输入 在、事、病、公、训、休、缺")
                return True
        self.apply_mark(mark)
        return True

    def selected_cells(self) -> list[tuple[GridRow, dt.date]]:
        """The selected day cells inside their cadre's period."""
        out = []
        for index in self.view.selectionModel().selectedIndexes():
            day = self.grid_model.day_of(index.column())
            if day is None:
                continue
            row = self.grid_model.row_at(index.row())
            if row.in_period(day):
                out.append((row, day))
        return out

    def apply_mark(self, mark: str | None) -> TaskHandle | None:
        """Set (None: clear) the mark of every selected day cell; one cell moves on to the next day."""
        cells = self.selected_cells()
        if not cells:
            self.show_error("请先选中要录入的日期格（派驻期内）")
            return None
        single = len(self.view.selectionModel().selectedIndexes()) == 1
        handle = self.save([MarkEdit(r.dispatch_id, day, mark) for r, day in cells])
        if single:
            cur = self.view.currentIndex()
            nxt = cur.siblingAtColumn(cur.column() + 1)
            if nxt.isValid() and self.grid_model.day_of(nxt.column()) is not None:
                self.view.setCurrentIndex(nxt)
        return handle

    def paste(self, text: str) -> TaskHandle | None:
        """Cells copied from Excel (tab-separated lines), from the current cell rightwards and down."""
        start = self.view.currentIndex()
        if not start.isValid() or self.grid_model.day_of(start.column()) is None:
            self.show_error("请先选中粘贴起始的日期格")
            return None
        lines = [ln.split("\t") for ln in text.rstrip("\r\n").replace("\r\n", "\n").split("\n")]
        edits = []
        for i, cells in enumerate(lines):
            r = start.row() + i
            if r >= self.grid_model.rowCount():
                break
            row = self.grid_model.row_at(r)
            for j, value in enumerate(cells):
                day = self.grid_model.day_of(start.column() + j)
                if day is not None and row.in_period(day):
                    edits.append(MarkEdit(row.dispatch_id, day, value.strip() or None))
        if not edits:
            self.show_error("粘贴的内容没有落在派驻期内的日期格上")
            return None
        return self.save(edits)

    def save(self, edits: Sequence[MarkEdit]) -> TaskHandle:
        g = self.grid
        assert g is not None
        ids = sorted({e.dispatch_id for e in edits})
        batch, year, month = g.batch_id, g.year, g.month

        def op(ctx: Context) -> tuple[SetMarksResult, MonthGrid]:
            result = attendance.set_marks(ctx, edits)
            return result, attendance.month_grid(ctx, batch, year, month, dispatch_ids=ids)

        def done(out: tuple[SetMarksResult, MonthGrid]) -> None:
            result, fresh = out
            self.grid_model.replace(fresh.rows)
            self._summary()
            if result.set or result.cleared:
                self.show_status(f"已登记 {result.set} 格，清除 {result.cleared} 格")

        def failed(exc: BaseException) -> bool:
            from cadredesk.errors import UserError

            if isinstance(exc, UserError):
                self.show_error(exc.message)
                return True
            return False

        return self.runner.run(op, name="登记考勤", write=True, on_success=done, on_failure=failed)

    # ------------------------------------------------------------------ import and export
    def open_import(self) -> SheetImportDialog:
        return self.open_sheet_import(
            lambda ctx, path, _batch, dry, skip: attendance.import_attendance(
                ctx, path, skip_invalid=skip, dry_run=dry
            ),
            title="导入考勤表",
            intro="选择乡镇报送的月度考勤表（表头含姓名和 1～31 日，标题或表头写明年月）。先检查，再导入；"
            "同一月份重新导入会替换原有考勤，不会重复。派驻期内到今天为止的空白格记为缺勤。",
            count=lambda r: f"{r.month} {r.township or ''} {r.people} 人 {r.imported_days} 天",
            valid=lambda r: r.people,
        )

    def export(self) -> TaskHandle | None:
        g = self.grid
        title = f"考勤表{g.year}年{g.month}月" if g else "考勤表"
        return export_view(
            self, self.runner, self.notifier, self.view, export_columns(self.grid_model.days), title
        )


__all__ = ["KEY_MARKS", "AttendanceTab", "GridModel", "export_columns"]
