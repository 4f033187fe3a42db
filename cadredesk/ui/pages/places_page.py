"""派驻点 page: townships and places with their priority tags, and who covers them in the chosen batch.

A must-cover place (软弱涣散, 经济薄弱, 换届重难点 — 全覆盖, 《在全县选派干部驻村蹲点工作会议上的讲话》) without a cadre is shown in
red; a place tagged 革命老区 or 少数民族 (应派尽派) without one in amber.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cadredesk.core.enums import PlaceKind, PlaceTag
from cadredesk.errors import UserError
from cadredesk.services import reference
from cadredesk.services.context import Context
from cadredesk.services.roster_view import PlacesSnapshot, PlaceStatus, load_places
from cadredesk.ui.notify import Notifier
from cadredesk.ui.reference_import import ReferenceImporter
from cadredesk.ui.row_model import (
    ERROR_BACKGROUND,
    ERROR_COLOR,
    WARNING_COLOR,
    RowColumn,
    RowFilterProxy,
    RowTableModel,
)
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import COVERED_COLOR, ERROR_STYLE
from cadredesk.ui.widgets import debounced_search

log = logging.getLogger("cadredesk.ui")

TAG_ORDER = [t.value for t in PlaceTag]

PRIORITY_FILTERS = (
    ("全部", None),
    ("重点村（任一标签）", "priority"),
    ("须全覆盖", "must"),
    ("无重点标签", "none"),
)
COVERAGE_FILTERS = (
    ("全部", None),
    ("已覆盖", "covered"),
    ("未覆盖", "uncovered"),
    ("须全覆盖但未覆盖", "gap"),
)


def _coverage_color(p: PlaceStatus) -> QColor | None:
    if p.covered:
        return COVERED_COLOR
    if p.must_cover:
        return ERROR_COLOR
    return WARNING_COLOR if p.tags else None


def _gap_background(p: PlaceStatus) -> QColor | None:
    return ERROR_BACKGROUND if p.must_cover and not p.covered else None


def _tags_text(p: PlaceStatus) -> str:
    return "、".join(p.tags)


PLACE_COLUMNS: list[RowColumn[PlaceStatus]] = [
    RowColumn(
        "township", "乡镇（街道）", lambda p: p.township, lambda p: p.township_order, background=_gap_background,
        width_chars=7,
    ),
    RowColumn(
        "name", "派驻点", lambda p: p.name, lambda p: (p.township_order, p.order, p.name), background=_gap_background,
        tooltip=lambda p: f"{p.township}{p.name}（{p.kind}）", width_chars=12,
    ),
    RowColumn("kind", "类型", lambda p: p.kind, background=_gap_background, align_center=True, width_chars=4),
    RowColumn(
        "tags", "重点类别", _tags_text, lambda p: (not p.must_cover, not p.tags, _tags_text(p)),
        tooltip=lambda p: "须全覆盖（软弱涣散、经济薄弱、换届重难点）" if p.must_cover else (
            "应派尽派（革命老区、少数民族）" if p.tags else None
        ),
        foreground=lambda p: ERROR_COLOR if p.must_cover else None, background=_gap_background, width_chars=12,
    ),
    RowColumn(
        "coverage", "覆盖情况", lambda p: p.coverage_text, lambda p: (p.covered, not p.must_cover, not p.tags),
        foreground=_coverage_color, background=_gap_background, width_chars=10,
    ),
    RowColumn(
        "assignees", "派驻干部", lambda p: "、".join(p.assignees), lambda p: len(p.assignees),
        tooltip=lambda p: "\n".join(p.assignees) or None, background=_gap_background, width_chars=18,
    ),
]  # fmt: skip


class PlaceDialog(QDialog):
    """新增 / 编辑派驻点: township (an existing one or a new name), name, kind, priority tags."""

    def __init__(
        self,
        runner: TaskRunner,
        townships: Sequence[tuple[int, str]],
        place: PlaceStatus | None = None,
        *,
        township_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.place = place
        self.saved_id: int | None = None
        self.setWindowTitle(f"编辑派驻点 — {place.name}" if place else "新增派驻点")
        self._kind_touched = place is not None

        self.township_combo = QComboBox()
        self.township_combo.setEditable(True)
        self.township_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for tid, name in townships:
            self.township_combo.addItem(name, tid)
        line = self.township_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText("选择乡镇，或输入新的乡镇（街道）名称")
        wanted = place.township_id if place else township_id
        self.township_combo.setCurrentIndex(
            self.township_combo.findData(wanted) if wanted is not None else -1
        )
        if wanted is None:
            self.township_combo.setEditText("")
        self.name_edit = QLineEdit(place.name if place else "")
        self.name_edit.setMaxLength(64)
        self.name_edit.setPlaceholderText("如：刘家村、幸福社区、某某有限公司")
        self.kind_combo = QComboBox()
        for kind in PlaceKind:
            self.kind_combo.addItem(kind.value, kind.value)
        if place:
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(place.kind), 0))
        self.tag_checks: dict[str, QCheckBox] = {}
        tags = QGroupBox("重点类别")
        grid = QGridLayout(tags)
        must = [t for t in PlaceTag if t.must_cover]
        may = [t for t in PlaceTag if not t.must_cover]
        for col, (title, group) in enumerate((("须全覆盖", must), ("应派尽派", may))):
            head = QLabel(title)
            head.setObjectName("hint")
            grid.addWidget(head, 0, col)
            for row, tag in enumerate(group, start=1):
                check = QCheckBox(tag.value + "村")
                check.setChecked(bool(place and tag.value in place.tags))
                self.tag_checks[tag.value] = check
                grid.addWidget(check, row, col)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("乡镇（街道）：", self.township_combo)
        form.addRow("名称：", self.name_edit)
        form.addRow("类型：", self.kind_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(tags)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

        self.name_edit.textChanged.connect(self._name_changed)
        self.kind_combo.activated.connect(lambda _i: setattr(self, "_kind_touched", True))

    def _name_changed(self, text: str) -> None:
        if not self._kind_touched and text.strip():
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(reference.infer_kind(text)), 0))

    def tags(self) -> list[str]:
        return [t for t in TAG_ORDER if self.tag_checks[t].isChecked()]

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def submit(self) -> None:
        township_text = "".join(self.township_combo.currentText().split())
        index = self.township_combo.findText(township_text)
        township_id = self.township_combo.itemData(index) if index >= 0 else None
        name = self.name_edit.text().strip()
        if not township_text:
            self._show("请选择或填写乡镇（街道）")
            return
        if not name:
            self._show("请填写派驻点名称")
            return
        kind, tags = self.kind_combo.currentData(), self.tags()
        place_id = self.place.id if self.place else None

        def op(ctx: Context) -> int:
            township: int | str = township_id if township_id is not None else township_text
            return reference.save_place(ctx, township, name, kind, tags, place_id)

        self.runner.run(op, name="save place", write=True, on_success=self._saved, on_failure=self._failed)

    def _show(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _saved(self, place_id: int) -> None:
        self.saved_id = place_id
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, UserError):
            self._show(exc.message)
            return True
        return False


class PlacesPage(QWidget):
    """Emits ``loaded(places)`` after each (re)load."""

    loaded = Signal(int)

    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.notifier = notifier
        self.snapshot: PlacesSnapshot | None = None
        self.is_loaded = False
        self.dialog: PlaceDialog | None = None
        self._load: TaskHandle | None = None
        self._select_after_load: int | None = None

        self.batch_combo = QComboBox()
        self.batch_combo.setMinimumContentsLength(14)
        self.batch_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_button = QPushButton("新增派驻点")
        self.import_button = QPushButton("从 Excel 导入…")
        self.import_button.setToolTip("导入乡镇和村（社区、企业）名单，含重点类别；已有的派驻点按表更新")
        self.importer = ReferenceImporter(runner, notifier, self, "places", self._reload_all)
        self.edit_button = QPushButton("编辑")
        self.refresh_button = QPushButton("刷新")
        self.edit_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(QLabel("覆盖情况按批次"))
        top.addWidget(self.batch_combo, 1)
        top.addStretch(2)
        top.addWidget(self.add_button)
        top.addWidget(self.import_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.refresh_button)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("搜索：派驻点、乡镇或干部姓名")
        self.search_edit.setClearButtonEnabled(True)
        self.township_combo = QComboBox()
        self.kind_combo = QComboBox()
        self.priority_combo = QComboBox()
        self.coverage_combo = QComboBox()
        self.kind_combo.addItem("全部类型", None)
        for kind in PlaceKind:
            self.kind_combo.addItem(kind.value, kind.value)
        for text, data in PRIORITY_FILTERS:
            self.priority_combo.addItem(text, data)
        for text, data in COVERAGE_FILTERS:
            self.coverage_combo.addItem(text, data)
        self._fill_townships([])
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        for label, combo in (
            ("乡镇", self.township_combo),
            ("类型", self.kind_combo),
            ("重点", self.priority_combo),
            ("覆盖", self.coverage_combo),
        ):
            filters.addSpacing(6)
            filters.addWidget(QLabel(label))
            filters.addWidget(combo, 1)

        self.model: RowTableModel[PlaceStatus] = RowTableModel(PLACE_COLUMNS, self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = self.fontMetrics().horizontalAdvance("中")
        for i, column in enumerate(self.model.columns):
            self.view.setColumnWidth(i, char * column.width_chars + 16)

        self.summary_label = QLabel("正在加载…")
        self.legend = QLabel("红色：须全覆盖的重点村尚未选派干部；黄色：应派尽派的村尚未选派。")
        self.legend.setObjectName("hint")
        footer = QHBoxLayout()
        footer.addWidget(self.summary_label, 1)
        footer.addWidget(self.legend)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)

        self._search_timer = debounced_search(self.search_edit, self.apply_filter, self)
        for combo in (self.township_combo, self.kind_combo, self.priority_combo, self.coverage_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.batch_combo.currentIndexChanged.connect(self._batch_chosen)
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.import_button.clicked.connect(lambda: self.importer.start())
        self.edit_button.clicked.connect(self.edit_selected)
        self.refresh_button.clicked.connect(lambda: self.reload())
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(
            lambda *_a: self.edit_button.setEnabled(self.selected() is not None)
        )

    # ------------------------------------------------------------------ loading
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._load is None or self._load.done:
            self.reload()

    def current_batch_id(self) -> int | None:
        value = self.batch_combo.currentData()
        return value if isinstance(value, int) else None

    def _reload_all(self) -> None:
        self.reload()

    def reload(self, batch_id: int | None = None, *, select_place: int | None = None) -> TaskHandle:
        if self._load is not None and not self._load.done:
            self._load.cancel()
        wanted = batch_id if batch_id is not None else self.current_batch_id()
        current = self.selected()
        self._select_after_load = (
            select_place if select_place is not None else (current.id if current else None)
        )
        self.summary_label.setText("正在加载…")

        def op(ctx: Context) -> PlacesSnapshot:
            return load_places(ctx, wanted)

        self._load = self.runner.run(op, name="load places", on_success=self._loaded)
        return self._load

    def _loaded(self, snap: PlacesSnapshot) -> None:
        self.snapshot = snap
        self.batch_combo.blockSignals(True)
        self.batch_combo.clear()
        if not snap.batches:
            self.batch_combo.addItem("（尚无批次）", None)
        for b in snap.batches:
            self.batch_combo.addItem(b.name, b.id)
        self.batch_combo.setCurrentIndex(max(self.batch_combo.findData(snap.batch_id), 0))
        self.batch_combo.blockSignals(False)
        self._fill_townships([name for _tid, name in snap.townships])
        self.model.set_rows(snap.places)
        self.apply_filter()
        self.is_loaded = True
        if self._select_after_load is not None:
            self.select_place(self._select_after_load)
        log.info("places loaded: %d", len(snap.places))
        self.loaded.emit(len(snap.places))

    def _batch_chosen(self, _index: int) -> None:
        batch_id = self.current_batch_id()
        if batch_id is not None and (self.snapshot is None or self.snapshot.batch_id != batch_id):
            self.reload(batch_id)

    def _fill_townships(self, names: list[str]) -> None:
        current = self.township_combo.currentData()
        self.township_combo.blockSignals(True)
        self.township_combo.clear()
        self.township_combo.addItem("全部乡镇", None)
        for n in names:
            self.township_combo.addItem(n, n)
        self.township_combo.setCurrentIndex(max(self.township_combo.findData(current), 0) if current else 0)
        self.township_combo.blockSignals(False)

    # ------------------------------------------------------------------ filters
    def apply_filter(self) -> None:
        self._search_timer.stop()
        query = self.search_edit.text().strip()
        township = self.township_combo.currentData()
        kind = self.kind_combo.currentData()
        priority = self.priority_combo.currentData()
        coverage = self.coverage_combo.currentData()

        def accepts(p: PlaceStatus) -> bool:
            if township is not None and p.township != township:
                return False
            if kind is not None and p.kind != kind:
                return False
            if priority == "priority" and not p.tags:
                return False
            if priority == "must" and not p.must_cover:
                return False
            if priority == "none" and p.tags:
                return False
            if coverage == "covered" and not p.covered:
                return False
            if coverage == "uncovered" and p.covered:
                return False
            if coverage == "gap" and (p.covered or not p.must_cover):
                return False
            return not query or query in p.name or query in p.township or any(query in a for a in p.assignees)

        active = any(v is not None for v in (township, kind, priority, coverage)) or bool(query)
        self.proxy.set_predicate(accepts if active else None)
        self._update_summary()

    def _update_summary(self) -> None:
        places = self.model.rows()
        if not places:
            self.summary_label.setText("尚无派驻点。可点“新增派驻点”，或导入名单时选择“自动新建派驻点”。")
            return
        covered = sum(1 for p in places if p.covered)
        must = [p for p in places if p.must_cover]
        gaps = [p for p in must if not p.covered]
        should_gaps = [p for p in places if p.tags and not p.must_cover and not p.covered]
        shown = self.proxy.rowCount()
        prefix = f"显示 {shown} 个；" if shown != len(places) else ""
        text = (
            f"{prefix}派驻点共 {len(places)} 个，已覆盖 {covered} 个；"
            f"须全覆盖的重点村 {len(must)} 个，未覆盖 {len(gaps)} 个；应派尽派未覆盖 {len(should_gaps)} 个"
        )
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(f"color: {ERROR_COLOR.name()};" if gaps else "")

    # ------------------------------------------------------------------ selection and editing
    def selected(self) -> PlaceStatus | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.proxy.row_at(rows[0].row())
        return value if isinstance(value, PlaceStatus) else None

    def select_place(self, place_id: int) -> bool:
        source = self.model.find(lambda p: p.id == place_id)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)
        return True

    def edit_selected(self) -> None:
        place = self.selected()
        if place is not None:
            self.open_editor(place)

    def open_editor(self, place: PlaceStatus | None) -> PlaceDialog:
        townships = self.snapshot.townships if self.snapshot else []
        preset = self.township_combo.currentData()
        township_id = next((tid for tid, name in townships if name == preset), None)
        dialog = PlaceDialog(self.runner, townships, place, township_id=township_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.reload(select_place=dialog.saved_id))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None


__all__ = ["PlaceDialog", "PlacesPage"]
