"""干部 page: the cadre list with filters and search; opens the cadre dialog to add or edit."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cadredesk.core.dto import CadreRow
from cadredesk.core.enums import DispatchStatus
from cadredesk.core.names import stroke_key
from cadredesk.services import batches as batch_service
from cadredesk.services import cadres as cadre_service
from cadredesk.services.context import Context
from cadredesk.ui.cadre_dialog import CadreDialog
from cadredesk.ui.cadre_model import (
    COLUMN_INDEX,
    COLUMNS,
    NOT_DISPATCHED,
    CadreFilter,
    CadreFilterProxy,
    CadreTableModel,
)
from cadredesk.ui.notify import Notifier
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.widgets import debounced_search

log = logging.getLogger("cadredesk.ui")

ALL = None  # combo data meaning 全部

#: column widths: a sample of the widest usual content (the last column stretches)
_WIDTH_SAMPLES = {
    "name": "欧阳中华甲", "gender": "性别", "ethnicity": "维吾尔族", "id_number": "370502********0013",
    "birth_date": "0000-00-00", "political_status": "中共预备党员", "unit": "县农业农村局机关",
    "post": "副主任科员", "township": "黄河口镇", "place": "金泰花园社区", "role": "第一书记", "status": "未派驻",
}  # fmt: skip


@dataclass(frozen=True)
class CadreListData:
    rows: list[CadreRow]
    batches: list[str]


def load_cadre_list(batch: str | None) -> Callable[[Context], CadreListData]:
    def op(ctx: Context) -> CadreListData:
        names = [b.name for b in batch_service.list_batches(ctx)]
        ctx.progress.check()
        rows = cadre_service.list_cadres(ctx, batch if batch in names else None)
        return CadreListData(rows, names)

    return op


class CadrePage(QWidget):
    """Emits ``loaded(total)`` each time a (re)load has filled the table."""

    loaded = Signal(int)

    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.notifier = notifier
        self.dialog_factory: Callable[..., CadreDialog] = CadreDialog
        self.dialog: CadreDialog | None = None
        self.is_loaded = False
        self._load: TaskHandle | None = None
        self._select_after_load: int | None = None

        self.model = CadreTableModel(parent=self)
        self.proxy = CadreFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        # ---- filter bar
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("搜索：姓名、拼音首字母（如 zs）或身份证号")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        self.search_edit.setMaximumWidth(480)
        self.batch_combo = QComboBox()
        self.batch_combo.addItem("全部批次", ALL)
        self.township_combo = QComboBox()
        self.unit_combo = QComboBox()
        self.status_combo = QComboBox()
        self._fill_combo(self.township_combo, "全部乡镇", [])
        self._fill_combo(self.unit_combo, "全部单位", [])
        self._fill_combo(self.status_combo, "全部状态", [s.value for s in DispatchStatus] + [NOT_DISPATCHED])

        self.add_button = QPushButton("新增")
        self.edit_button = QPushButton("编辑")
        self.refresh_button = QPushButton("刷新")
        self.edit_button.setEnabled(False)

        for combo in (self.batch_combo, self.township_combo, self.unit_combo, self.status_combo):
            combo.setMinimumContentsLength(6)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setMinimumContentsLength(10)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.refresh_button)
        filters = QHBoxLayout()
        for i, (label, combo) in enumerate(
            (
                ("批次", self.batch_combo),
                ("乡镇", self.township_combo),
                ("单位", self.unit_combo),
                ("状态", self.status_combo),
            )
        ):
            if i:
                filters.addSpacing(10)
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
        filters.addStretch(1)

        # ---- table
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        metrics = self.view.fontMetrics()
        for i, column in enumerate(COLUMNS):
            self.view.setColumnWidth(i, metrics.horizontalAdvance(_WIDTH_SAMPLES[column.key]) + 18)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the unit names are the longest texts: that column takes the spare width
        header.setSectionResizeMode(COLUMN_INDEX["unit"], QHeaderView.ResizeMode.Stretch)

        self.count_label = QLabel("正在加载…")
        self.count_label.setObjectName("countLabel")
        self.mask_note = QLabel("身份证号已部分隐藏，打开详情可查看完整号码。")
        self.mask_note.setObjectName("hint")
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.mask_note)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)

        # ---- behaviour
        self._search_timer = debounced_search(self.search_edit, self.apply_filter, self)
        for combo in (self.township_combo, self.unit_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.batch_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.refresh_button.clicked.connect(lambda: self.reload())
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.activated.connect(self._double_clicked)  # Enter on a row
        selection = self.view.selectionModel()
        selection.selectionChanged.connect(
            lambda *_a: self.edit_button.setEnabled(self.selected_row() is not None)
        )
        QShortcut(QKeySequence.StandardKey.Find, self, lambda: self.search_edit.setFocus())
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.open_editor(None))

    # ------------------------------------------------------------------ loading
    def reload(self, select_id: int | None = None) -> TaskHandle:
        """Load the list in the background; the table keeps its old rows until the new ones arrive."""
        if self._load is not None and not self._load.done:
            self._load.cancel()
        self._select_after_load = select_id if select_id is not None else self._selected_id()
        self.count_label.setText("正在加载…")
        self._load = self.runner.run(
            load_cadre_list(self.batch_combo.currentData()), name="load cadres", on_success=self._loaded
        )
        return self._load

    def _loaded(self, data: CadreListData) -> None:
        self._refill_batches(data.batches)
        self._refill_filters(data.rows)
        self.model.set_rows(data.rows)
        self.is_loaded = True
        self._update_count()
        if self._select_after_load is not None:
            self.select_cadre(self._select_after_load)
        log.info("cadre list loaded: %d rows", len(data.rows))
        self.loaded.emit(len(data.rows))

    @staticmethod
    def _fill_combo(combo: QComboBox, all_text: str, values: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, ALL)
        for v in values:
            combo.addItem(v, v)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    def _refill_batches(self, names: list[str]) -> None:
        current = self.batch_combo.currentData()
        self._fill_combo(self.batch_combo, "全部批次", names)
        if current is not None and self.batch_combo.findData(current) < 0:
            self.batch_combo.setCurrentIndex(0)

    def _refill_filters(self, rows: list[CadreRow]) -> None:
        townships = sorted({r.township for r in rows if r.township}, key=stroke_key)
        units = sorted({r.unit for r in rows if r.unit}, key=stroke_key)
        self._fill_combo(self.township_combo, "全部乡镇", townships)
        self._fill_combo(self.unit_combo, "全部单位", units)
        self.proxy.set_filter(self._current_filter())

    # ------------------------------------------------------------------ filtering
    def _current_filter(self) -> CadreFilter:
        return CadreFilter(
            self.search_edit.text(),
            township=self.township_combo.currentData(),
            unit=self.unit_combo.currentData(),
            status=self.status_combo.currentData(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.proxy.set_filter(self._current_filter())
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            self.count_label.setText(
                "尚无干部记录。可点“新增”逐个录入，或用命令行 cadredesk-cli import roster 导入名单。"
            )
        else:
            self.count_label.setText(f"共 {total} 人，显示 {shown} 人")

    # ------------------------------------------------------------------ selection and editing
    def selected_row(self) -> CadreRow | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.row_at(rows[0].row())

    def _selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row else None

    def select_cadre(self, cadre_id: int) -> bool:
        source_row = self.model.row_of(cadre_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)
        return True

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_editor(self.proxy.row_at(index.row()).id)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_editor(row.id)

    def open_editor(self, cadre_id: int | None) -> CadreDialog:
        """Open the cadre dialog (window-modal, not blocking); a save reloads the list."""
        dialog = self.dialog_factory(self.runner.ctx, self.notifier, cadre_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.reload(select_id=dialog.saved_id))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None
