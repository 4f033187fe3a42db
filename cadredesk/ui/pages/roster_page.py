"""选派名单 page: one batch's roster with its actions, the units' quotas and the rule check.

Everything the page shows is read in one background operation (``roster_view.load_roster``);
every change goes through a dialog or an action that runs a write operation, then reloads.
Dialogs are opened with ``open()`` and kept in ``self.dialog`` (tests drive them directly); file
choices go through ``ask_open_path``/``ask_save_path``, which tests replace.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cadredesk.core.campaign import FORWARD, next_status
from cadredesk.core.enums import DispatchStatus, Level
from cadredesk.core.names import stroke_key
from cadredesk.core.rules import RULE_INFOS, Violation
from cadredesk.core.titles import roster_file_name, roster_title
from cadredesk.services import assignment
from cadredesk.services.assignment import AdvanceResult
from cadredesk.services.context import Context
from cadredesk.services.printing import PrintRequest, PrintResult, print_roster
from cadredesk.services.roster import ExportResult, TemplateResult, export_roster, write_template
from cadredesk.services.roster_view import (
    CadreChoice,
    DispatchRow,
    QuotaRow,
    RosterSnapshot,
    Target,
    cadre_choices,
    load_roster,
    locate,
    team_rows,
)
from cadredesk.ui.notify import Notifier
from cadredesk.ui.reference_import import ReferenceImporter
from cadredesk.ui.roster_dialogs import (
    AdjustDialog,
    AssignDialog,
    BatchDialog,
    EndEarlyDialog,
    TrainingOverrideDialog,
)
from cadredesk.ui.row_model import (
    ERROR_COLOR,
    MUTED_COLOR,
    WARNING_COLOR,
    RowColumn,
    RowFilterProxy,
    RowTableModel,
)
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.teams_dialog import TeamsDialog
from cadredesk.ui.theme import ERROR_STYLE, OK_STYLE, WARNING_STYLE
from cadredesk.ui.widgets import debounced_search

log = logging.getLogger("cadredesk.ui")

STATUS_ORDER = {s.value: i for i, s in enumerate(DispatchStatus)}
ORDERS = (("township", "按乡镇（街道）排列"), ("strokes", "按姓氏笔画排列"))

#: rule keys of ``checks`` → what the clerk reads (declared beside the rules)
RULE_LABELS = {key: info.label for key, info in RULE_INFOS.items()}


def _status_color(row: DispatchRow) -> Any:
    if not row.active:
        return MUTED_COLOR
    if row.status == DispatchStatus.ON_POST.value:
        return None
    return WARNING_COLOR if row.status == DispatchStatus.NOMINATED.value else None


def _muted(row: DispatchRow) -> Any:
    return None if row.active else MUTED_COLOR


def _status_tip(row: DispatchRow) -> str | None:
    parts = []
    if row.status_reason:
        parts.append(f"原因：{row.status_reason}")
    if row.replaced_by:
        parts.append(f"接替人员：{row.replaced_by}")
    return "；".join(parts) or None


ROSTER_COLUMNS: list[RowColumn[DispatchRow]] = [
    RowColumn("township", "乡镇", lambda r: r.township, lambda r: r.township_order, foreground=_muted, width_chars=6),
    RowColumn(
        "place", "派驻点", lambda r: r.place or "（未定）", lambda r: (r.township_order, r.place),
        tooltip=lambda r: f"{r.place}（{r.place_kind}）" if r.place else "尚未指定派驻点", foreground=_muted,
        width_chars=8,
    ),
    RowColumn("name", "姓名", lambda r: r.name, lambda r: r.strokes or r.name, foreground=_muted, width_chars=5),
    RowColumn("gender", "性别", lambda r: r.gender, foreground=_muted, align_center=True, width_chars=3),
    RowColumn("unit", "派出单位", lambda r: r.unit, foreground=_muted, width_chars=12),
    RowColumn("role", "身份", lambda r: r.role, foreground=_muted, width_chars=5),
    RowColumn(
        "team", "工作队", lambda r: r.team, tooltip=lambda r: r.team or None, foreground=_muted, width_chars=9,
    ),
    RowColumn(
        "work_group", "工作小组", lambda r: r.work_group, tooltip=lambda r: r.work_group or None,
        foreground=_muted, width_chars=7,
    ),
    RowColumn(
        "status", "状态", lambda r: r.status, lambda r: STATUS_ORDER.get(r.status, 99),
        tooltip=_status_tip, foreground=_status_color, align_center=True, width_chars=4,
    ),
    RowColumn("term", "期限", lambda r: r.term, lambda r: (r.start, r.end), foreground=_muted, width_chars=13),
]  # fmt: skip

QUOTA_COLUMNS: list[RowColumn[QuotaRow]] = [
    RowColumn("unit", "派出单位", lambda q: q.unit, lambda q: stroke_key(q.unit), width_chars=11),
    RowColumn(
        "quota", "名额", lambda q: str(q.quota) if q.quota else "—", lambda q: q.quota,
        tooltip=lambda _q: "双击修改本单位在本批次的选派名额", align_center=True, edit=lambda q: q.quota, width_chars=3,
    ),
    RowColumn("sent", "已派", lambda q: str(q.sent), lambda q: q.sent, align_center=True, width_chars=3),
    RowColumn(
        "short", "缺额", lambda q: str(q.short) if q.short else "", lambda q: q.short,
        foreground=lambda q: ERROR_COLOR if q.short else None, align_center=True, width_chars=3,
    ),
]  # fmt: skip


def _subject(v: Violation, batch_name: str) -> str:
    prefix = f"{batch_name} / "
    return v.subject[len(prefix) :] if v.subject.startswith(prefix) else v.subject


def violation_columns(batch_name: Callable[[], str]) -> list[RowColumn[Violation]]:
    def color(v: Violation) -> Any:
        return ERROR_COLOR if v.severity == "error" else WARNING_COLOR

    return [
        RowColumn(
            "severity", "类别", lambda v: "问题" if v.severity == "error" else "提醒", lambda v: v.severity != "error",
            foreground=color, align_center=True, width_chars=3,
        ),
        RowColumn("rule", "规则", lambda v: RULE_LABELS.get(v.rule, v.rule), width_chars=6),
        RowColumn(
            "subject", "对象", lambda v: _subject(v, batch_name()), tooltip=lambda v: _subject(v, batch_name()),
            width_chars=10,
        ),
        RowColumn("detail", "说明", lambda v: v.detail, tooltip=lambda v: v.detail, width_chars=20),
    ]  # fmt: skip


class ClippedLabel(QLabel):
    """A one-line status text that never widens the window: elided with “…”, whole in its tooltip."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        align = self.alignment() | Qt.AlignmentFlag.AlignVCenter
        self.style().drawItemText(
            painter, rect, int(align), self.palette(), self.isEnabled(), text, self.foregroundRole()
        )


class QuotaDelegate(QStyledItemDelegate):
    """A 0–999 spin box for the quota column."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, 999)
        spin.setFrame(False)
        return spin


class MiddleElideDelegate(QStyledItemDelegate):
    """Long names that differ at their end (…服务队第一队 / 第二队) keep both ends visible."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle  # type: ignore[attr-defined]


def _default_ask_open(parent: QWidget, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def _default_ask_save(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def _safe_file_name(name: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name).strip() or "选派名单"


class RosterPage(QWidget):
    """Emits ``loaded(rows)`` after each (re)load; ``changed`` after each saved change."""

    loaded = Signal(int)
    changed = Signal()

    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.notifier = notifier
        self.snapshot: RosterSnapshot | None = None
        self.is_loaded = False
        self.dialog: QDialog | None = None
        self.last_export: Path | None = None
        self.ask_open_path: Callable[[QWidget, str, str], str | None] = _default_ask_open
        self.ask_save_path: Callable[[QWidget, str, str, str], str | None] = _default_ask_save
        self._load: TaskHandle | None = None
        self._wanted_batch: int | None = None
        self._select_after_load: int | None = None
        self._busy: TaskHandle | None = None
        #: a filter set by a jump to a team or work group: (what the clerk reads, the target)
        self._focus: tuple[str, Target] | None = None

        self._build()
        self._connect()
        self._update_actions()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.batch_combo = QComboBox()
        self.batch_combo.setMinimumContentsLength(16)
        self.batch_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.batch_info = ClippedLabel()
        self.batch_info.setObjectName("hint")
        self.refresh_button = QPushButton("刷新")
        self.new_batch_button = QPushButton("新建批次")
        self.edit_batch_button = QPushButton("编辑批次")
        top = QHBoxLayout()
        top.addWidget(QLabel("批次"))
        top.addWidget(self.batch_combo)
        top.addSpacing(8)
        top.addWidget(self.batch_info, 1)
        top.addWidget(self.new_batch_button)
        top.addWidget(self.edit_batch_button)
        top.addWidget(self.refresh_button)

        # 导入名单 (click) with 下载填报模板 under its arrow: the template is what units fill in for the import
        self.import_button = QToolButton()
        self.import_button.setText("导入名单")
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.import_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.teams_button = QPushButton("工作队与小组")
        self.assign_button = QPushButton("指派")
        self.adjust_button = QPushButton("调整")
        self.advance_button = QPushButton("推进状态")
        self.end_button = QPushButton("召回/轮换")
        self.export_button = QPushButton("导出 Excel")
        self.print_button = QPushButton("打印 PDF")
        self.import_button.setToolTip("从派出单位报送的 Excel 名单导入（可预览、调整列对应关系）")
        self.assign_button.setToolTip("选择干部、派驻点和派驻身份，加入本批次名单")
        self.adjust_button.setToolTip("调整所选干部的派驻点或派驻身份")
        self.advance_button.setToolTip("推荐 → 审核 → 培训 → 在岗 → 期满（可多选）")
        self.end_button.setToolTip("召回或轮换所选干部，可同时安排接替人员")
        self.teams_button.setToolTip(
            "工作队（1名队长加9名或4名队员）与工作小组（同一乡镇2至3个相邻村）：新建、编入或移出所选人员"
        )
        export_menu = QMenu(self)
        print_menu = QMenu(self)
        for key, text in ORDERS:
            export_menu.addAction(text, lambda k=key: self.export_excel(k))
            print_menu.addAction(text, lambda k=key: self.print_pdf(k))
        self.export_button.setMenu(export_menu)
        self.print_button.setMenu(print_menu)
        import_menu = QMenu(self)
        import_menu.setToolTipsVisible(True)
        import_menu.addAction("导入单位报送的名单…", self.open_import)
        self.template_action = import_menu.addAction("下载填报模板…", self.download_template)
        self.template_action.setToolTip(
            "生成发给派出单位填报名单用的 Excel 模板（乡镇、派驻村、单位等为下拉选项），收回后用“导入名单”导入"
        )
        self.import_button.setMenu(import_menu)
        self.import_button.setMinimumHeight(self.assign_button.sizeHint().height())
        for short in (self.assign_button, self.adjust_button):  # short labels: may narrow on a small screen
            short.setMinimumWidth(self.fontMetrics().horizontalAdvance(short.text()) + 24)
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        for b in (
            self.assign_button,
            self.adjust_button,
            self.advance_button,
            self.end_button,
            self.teams_button,
        ):
            actions.addWidget(b)
        actions.addSpacing(8)
        actions.addWidget(self.export_button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        self.busy_label = ClippedLabel()
        self.busy_label.setObjectName("hint")

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("搜索：姓名、拼音首字母、派驻点或单位")
        self.search_edit.setClearButtonEnabled(True)
        self.township_combo = QComboBox()
        self.status_combo = QComboBox()
        self._fill_combo(self.township_combo, "全部乡镇", [])
        self._fill_combo(
            self.status_combo, "全部状态", [s.value for s in DispatchStatus] + ["在派（未结束）"]
        )
        self.count_label = ClippedLabel("正在加载…")
        self.focus_button = QPushButton()
        self.focus_button.setToolTip("只显示这一工作队或工作小组的人员；点击显示全部")
        self.focus_button.setMaximumWidth(self.fontMetrics().horizontalAdvance("中") * 16)
        self.focus_button.hide()
        for label in (self.batch_info, self.busy_label, self.count_label):
            # long status texts must not widen the window: they are clipped, the tooltip has them whole
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(40)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addSpacing(6)
        filters.addWidget(QLabel("乡镇"))
        filters.addWidget(self.township_combo, 1)
        filters.addSpacing(6)
        filters.addWidget(QLabel("状态"))
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.focus_button)
        filters.addSpacing(12)
        filters.addWidget(self.count_label, 2)

        # ---- roster table
        self.model: RowTableModel[DispatchRow] = RowTableModel(ROSTER_COLUMNS, self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = self._table(self.proxy, self.model.columns)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._middle_elide = MiddleElideDelegate(self)
        for key in ("team", "work_group"):
            self.view.setItemDelegateForColumn(self.model.column_index(key), self._middle_elide)

        # ---- quota panel
        self.quota_model: RowTableModel[QuotaRow] = RowTableModel(QUOTA_COLUMNS, self)
        self.quota_model.on_edit = self._quota_edited
        self.quota_proxy = RowFilterProxy(self)
        self.quota_proxy.setSourceModel(self.quota_model)
        self.quota_view = self._table(self.quota_proxy, self.quota_model.columns)
        self.quota_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.quota_view.setItemDelegateForColumn(self.quota_model.column_index("quota"), QuotaDelegate(self))
        self.quota_view.setSortingEnabled(True)
        self.quota_view.sortByColumn(self.quota_model.column_index("short"), Qt.SortOrder.DescendingOrder)
        self.quota_only_check = QCheckBox("只看有任务或已派人的单位")
        self.quota_summary = QLabel()
        self.quota_summary.setWordWrap(True)
        self.quota_summary.setObjectName("hint")
        self.units_button = QPushButton("导入单位及名额…")
        self.units_button.setToolTip("从 Excel 导入派出单位、主要负责人、分管负责人和本批次的选派名额")
        self.units_importer = ReferenceImporter(
            self.runner,
            self.notifier,
            self,
            "units",
            self._reload_all,
            batch=lambda: self._batch_name() or None,
        )
        self.units_button.clicked.connect(lambda: self.units_importer.start())
        quota_box = QGroupBox("单位选派任务")
        qlay = QVBoxLayout(quota_box)
        qlay.setContentsMargins(6, 6, 6, 6)
        quota_top = QHBoxLayout()
        quota_top.addWidget(self.quota_only_check, 1)
        quota_top.addWidget(self.units_button)
        qlay.addLayout(quota_top)
        qlay.addWidget(self.quota_view, 1)
        qlay.addWidget(self.quota_summary)

        # ---- violations panel
        self.violation_model: RowTableModel[Violation] = RowTableModel(
            violation_columns(self._batch_name), self
        )
        self.violation_proxy = RowFilterProxy(self)
        self.violation_proxy.setSourceModel(self.violation_model)
        self.violation_view = self._table(self.violation_proxy, self.violation_model.columns)
        self.violation_view.setSortingEnabled(True)
        self.violation_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # 问题 before 提醒
        self.violation_view.setWordWrap(False)
        self.violation_summary = QLabel()
        hint = QLabel("双击一项可定位到相关记录。")
        hint.setObjectName("hint")
        vhead = QHBoxLayout()
        vhead.addWidget(self.violation_summary, 1)
        vhead.addWidget(hint)
        violation_box = QGroupBox("规则检查")
        vlay = QVBoxLayout(violation_box)
        vlay.setContentsMargins(6, 6, 6, 6)
        vlay.addLayout(vhead)
        vlay.addWidget(self.violation_view, 1)

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(quota_box)
        bottom.addWidget(violation_box)
        bottom.setStretchFactor(0, 2)
        bottom.setStretchFactor(1, 3)
        bottom.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.busy_label)

    def _table(self, model: Any, columns: tuple[RowColumn[Any], ...]) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = self.fontMetrics().horizontalAdvance("中")
        for i, column in enumerate(columns):
            view.setColumnWidth(i, char * column.width_chars + 16)
        return view

    def _connect(self) -> None:
        self._search_timer = debounced_search(self.search_edit, self.apply_filter, self)
        self.township_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.batch_combo.currentIndexChanged.connect(self._batch_chosen)
        self.quota_only_check.toggled.connect(self._filter_quotas)
        self.new_batch_button.clicked.connect(lambda: self.open_batch_dialog(new=True))
        self.edit_batch_button.clicked.connect(lambda: self.open_batch_dialog(new=False))
        self.import_button.clicked.connect(self.open_import)
        self.teams_button.clicked.connect(lambda: self.open_teams())
        self.focus_button.clicked.connect(self.clear_filters)
        self.assign_button.clicked.connect(lambda: self.open_assign())
        self.adjust_button.clicked.connect(self.open_adjust)
        self.advance_button.clicked.connect(self.advance_selected)
        self.end_button.clicked.connect(self.open_end_early)
        self.refresh_button.clicked.connect(lambda: self.reload())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.view.doubleClicked.connect(lambda _i: self.open_adjust())
        self.violation_view.doubleClicked.connect(self._violation_activated)
        self.violation_view.activated.connect(self._violation_activated)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.search_edit.setFocus)

    # ------------------------------------------------------------------ loading
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._load is None or self._load.done:
            self.reload()

    def _reload_all(self) -> None:
        self.reload()

    def reload(self, batch_id: int | None = None, *, select_dispatch: int | None = None) -> TaskHandle:
        """Load the batch (``batch_id``, else the one shown, else the most recent) in the background."""
        if self._load is not None and not self._load.done:
            self._load.cancel()
        wanted = batch_id if batch_id is not None else self.current_batch_id()
        self._wanted_batch = wanted
        selected = self.selected_rows()
        self._select_after_load = select_dispatch if select_dispatch is not None else (
            selected[0].id if selected else None
        )  # fmt: skip
        self.count_label.setText("正在加载…")

        def op(ctx: Context) -> RosterSnapshot:
            return load_roster(ctx, wanted)

        self._load = self.runner.run(op, name="load roster", on_success=self._loaded)
        return self._load

    def _loaded(self, snap: RosterSnapshot) -> None:
        self.snapshot = snap
        self.batch_combo.blockSignals(True)
        self.batch_combo.clear()
        for b in snap.batches:
            self.batch_combo.addItem(f"{b.name}（{b.cadres} 人）", b.id)
        if snap.batch is not None:
            self.batch_combo.setCurrentIndex(self.batch_combo.findData(snap.batch.id))
        self.batch_combo.blockSignals(False)
        if snap.batch is None:
            self.batch_info.setText("还没有批次。请先“新建批次”，再导入或指派名单。")
        else:
            form = snap.batch
            self.batch_info.setText(
                f"{Level(form.level).label}｜{form.start} 至 {form.end}（{form.term_years} 年）"
                f"｜在村每月≥{form.min_days_month}天、每年≥{form.min_days_year}天"
            )
        townships = sorted({(r.township_order, r.township) for r in snap.rows if r.township}, key=lambda t: t)
        self._fill_combo(self.township_combo, "全部乡镇", [t for _o, t in townships])
        self.model.set_rows(snap.rows)
        self.quota_model.set_rows(snap.quotas)
        self.violation_model.set_rows(snap.violations)
        self._filter_quotas()
        self.apply_filter()
        self._update_summaries()
        self.is_loaded = True
        if self._select_after_load is not None:
            self.select_dispatch(self._select_after_load)
        self._update_actions()
        log.info("roster loaded: %d rows, %d violations", len(snap.rows), len(snap.violations))
        self.loaded.emit(len(snap.rows))

    def current_batch_id(self) -> int | None:
        value = self.batch_combo.currentData()
        return value if isinstance(value, int) else None

    def _batch_name(self) -> str:
        return self.snapshot.batch.name if self.snapshot and self.snapshot.batch else ""

    def _batch_chosen(self, _index: int) -> None:
        batch_id = self.current_batch_id()
        if batch_id is not None and (
            self.snapshot is None or self.snapshot.batch is None or self.snapshot.batch.id != batch_id
        ):
            self.reload(batch_id)

    @staticmethod
    def _fill_combo(combo: QComboBox, all_text: str, values: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for v in values:
            combo.addItem(v, v)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    # ------------------------------------------------------------------ filters and summaries
    def apply_filter(self) -> None:
        self._search_timer.stop()
        query = self.search_edit.text().strip()
        township = self.township_combo.currentData()
        status = self.status_combo.currentData()
        focus = self._focus[1] if self._focus is not None else None

        def accepts(row: DispatchRow) -> bool:
            if focus is not None and not team_rows([row], focus):
                return False
            if township is not None and row.township != township:
                return False
            if status == "在派（未结束）":
                if not row.active:
                    return False
            elif status is not None and row.status != status:
                return False
            return row.matches(query)

        filtered = bool(query) or township is not None or status is not None or focus is not None
        self.proxy.set_predicate(accepts if filtered else None)
        if self._focus is not None:
            label = self._focus[0]
            text = self.focus_button.fontMetrics().elidedText(
                f"仅{label} ✕", Qt.TextElideMode.ElideMiddle, self.focus_button.maximumWidth() - 24
            )
            self.focus_button.setText(text)
            self.focus_button.setToolTip(f"只显示{label}的人员；点击显示全部")
        self.focus_button.setVisible(self._focus is not None)
        self._update_count()

    def clear_filters(self) -> None:
        self._focus = None
        for combo in (self.township_combo, self.status_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.apply_filter()

    def _filter_quotas(self, *_args: object) -> None:
        only = self.quota_only_check.isChecked()
        self.quota_proxy.set_predicate((lambda q: q.quota > 0 or q.sent > 0) if only else None)

    def _update_count(self) -> None:
        rows = self.model.rows()
        if self.snapshot is None or self.snapshot.batch is None:
            self.count_label.setText("")
            return
        if not rows:
            self.count_label.setText("本批次名单为空：可“导入名单”或逐个“指派”。")
            return
        counts = Counter(r.status for r in rows)
        active = sum(1 for r in rows if r.active)
        parts = "、".join(f"{s.value} {counts[s.value]}" for s in DispatchStatus if counts.get(s.value))
        shown = self.proxy.rowCount()
        prefix = f"显示 {shown} / " if shown != len(rows) else ""
        self.count_label.setText(f"{prefix}共 {len(rows)} 条：{parts}")
        self.count_label.setToolTip(f"{prefix}共 {len(rows)} 条，其中在派（未结束）{active} 人：{parts}")

    def _update_summaries(self) -> None:
        quotas = self.quota_model.rows()
        with_task = [q for q in quotas if q.quota]
        short = [q for q in with_task if q.short]
        self.quota_summary.setText(
            f"有任务的单位 {len(with_task)} 个，名额合计 {sum(q.quota for q in with_task)} 人；"
            f"未完成任务 {len(short)} 个单位，缺 {sum(q.short for q in short)} 人"
            if with_task
            else "尚未设置单位选派名额（双击“名额”一格设置）"
        )
        violations = self.violation_model.rows()
        errors = sum(1 for v in violations if v.severity == "error")
        warnings = len(violations) - errors
        if not violations:
            self.violation_summary.setText("未发现问题")
            self.violation_summary.setStyleSheet(OK_STYLE)
        else:
            self.violation_summary.setText(f"问题 {errors} 项，提醒 {warnings} 项")
            self.violation_summary.setStyleSheet(ERROR_STYLE if errors else WARNING_STYLE)

    # ------------------------------------------------------------------ selection
    def selected_rows(self) -> list[DispatchRow]:
        out = []
        for index in self.view.selectionModel().selectedRows():
            row = self.proxy.row_at(index.row())
            if isinstance(row, DispatchRow):
                out.append(row)
        return out

    def select_dispatch(self, dispatch_id: int) -> bool:
        source = self.model.find(lambda r: r.id == dispatch_id)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(source, 0))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)
        return True

    def _update_actions(self) -> None:
        has_batch = self.snapshot is not None and self.snapshot.batch is not None
        rows = self.selected_rows()
        one_active = len(rows) == 1 and rows[0].active
        idle = self._busy is None or self._busy.done
        self.edit_batch_button.setEnabled(has_batch)
        for b in (self.import_button, self.assign_button, self.teams_button):
            b.setEnabled(has_batch)
        self.template_action.setEnabled(idle)
        self.adjust_button.setEnabled(one_active)
        self.end_button.setEnabled(one_active)
        self.advance_button.setEnabled(bool(rows) and any(next_status(r.status) is not None for r in rows))
        has_rows = has_batch and self.model.rowCount() > 0
        self.export_button.setEnabled(has_rows and idle)
        self.print_button.setEnabled(has_rows and idle)

    # ------------------------------------------------------------------ dialogs
    def _show_dialog(self, dialog: QDialog, on_accept: Callable[[], None]) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None

    def _saved(self, select: int | None = None, batch_id: int | None = None) -> None:
        self.changed.emit()
        self.reload(batch_id, select_dispatch=select)

    def open_batch_dialog(self, *, new: bool) -> QDialog:
        form = None if new or self.snapshot is None else self.snapshot.batch
        dialog = BatchDialog(self.runner, form, parent=self)
        return self._show_dialog(dialog, lambda: self._saved(batch_id=dialog.result_id))

    def open_import(self) -> QDialog | None:
        from cadredesk.ui.import_dialog import ImportDialog

        if self.snapshot is None or self.snapshot.batch is None:
            return None
        dialog = ImportDialog(self.runner, self.notifier, self.snapshot.batch.name, parent=self)
        dialog.ask_open_path = lambda title, filters: self.ask_open_path(dialog, title, filters)
        return self._show_dialog(dialog, self._import_done)

    def _import_done(self) -> None:
        dialog = self.dialog
        report = getattr(dialog, "report", None)
        if report is not None:
            rejected = len(getattr(report, "rejected", []))
            text = f"已导入 {report.imported} 人" + (f"，跳过 {rejected} 行有错误的记录" if rejected else "")
            self.busy_label.setText(text)
        self._saved()

    def open_teams(self, *, team_id: int | None = None, group_id: int | None = None) -> TeamsDialog | None:
        """工作队与工作小组; the rows selected on the page come preselected for joining a team."""
        snap = self.snapshot
        if snap is None or snap.batch is None or snap.batch.id is None:
            return None
        if team_id is None and group_id is None and self._focus is not None:
            focus = self._focus[1]
            team_id = focus.id if focus.kind == "team" else None
            group_id = focus.id if focus.kind == "work_group" else None
        preselect = [r.id for r in self.selected_rows() if r.active]
        dialog = TeamsDialog(
            self.runner,
            snap.batch.id,
            snap.batch.name,
            preselect=preselect,
            team_id=team_id,
            group_id=group_id,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._teams_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _teams_closed(self, dialog: TeamsDialog) -> None:
        self.dialog = None
        if dialog.dirty:
            self._saved()

    def _with_choices(self, then: Callable[[list[CadreChoice]], None]) -> None:
        """Read the cadres free to be dispatched, then continue on the GUI thread."""
        assert (
            self.snapshot is not None
            and self.snapshot.batch is not None
            and self.snapshot.batch.id is not None
        )
        batch_id = self.snapshot.batch.id

        def op(ctx: Context) -> list[CadreChoice]:
            return cadre_choices(ctx, batch_id)

        self.runner.run(op, name="cadre choices", on_success=then)

    def open_assign(self, place_id: int | None = None) -> None:
        if self.snapshot is None or self.snapshot.batch is None:
            return
        snap = self.snapshot
        batch = snap.batch
        assert batch is not None

        def show(choices: list[CadreChoice]) -> None:
            if not choices:
                self.notifier.info(
                    "没有可指派的干部：干部库中的干部都已在本批次名单中或正在其他批次派驻。请先在“干部”页录入干部。",
                    parent=self,
                )
                return
            dialog = AssignDialog(self.runner, batch, choices, snap.places, place_id=place_id, parent=self)
            self._show_dialog(dialog, lambda: self._saved(select=dialog.result_id))

        self._with_choices(show)

    def open_adjust(self) -> QDialog | None:
        rows = self.selected_rows()
        if len(rows) != 1 or not rows[0].active or self.snapshot is None:
            return None
        dialog = AdjustDialog(self.runner, rows[0], self.snapshot.places, parent=self)
        return self._show_dialog(dialog, lambda: self._saved(select=dialog.row.id))

    def open_end_early(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or not rows[0].active:
            return
        row = rows[0]

        def show(choices: list[CadreChoice]) -> None:
            dialog = EndEarlyDialog(self.runner, row, choices, parent=self)
            self._show_dialog(dialog, lambda: self._ended(dialog))

        self._with_choices(show)

    def _ended(self, dialog: EndEarlyDialog) -> None:
        if dialog.replace_check.isChecked() and dialog.result_id is not None:
            self.busy_label.setText(f"{dialog.row.name}已{dialog.kind()}，接替人员已加入名单（推荐）")
        else:
            self.busy_label.setText(f"{dialog.row.name}已{dialog.kind()}")
        self._saved(select=dialog.result_id)

    # ------------------------------------------------------------------ 推进状态
    def advance_selected(self) -> None:
        rows = [r for r in self.selected_rows() if next_status(r.status) is not None]
        if not rows:
            return
        steps = Counter((r.status, FORWARD[DispatchStatus(r.status)].value) for r in rows)
        plan = "；".join(f"{a}→{b} {n} 人" for (a, b), n in steps.items())
        who = rows[0].name if len(rows) == 1 else f"所选 {len(rows)} 人"
        if not self.notifier.confirm(
            f"将{who}推进到下一状态：{plan}。确定吗？", title="推进状态", parent=self
        ):
            return
        names = {r.id: r.name for r in rows}
        self._run_advance([r.id for r in rows], names)

    def _run_advance(
        self, ids: list[int], names: dict[int, str], override: bool = False, reason: str = ""
    ) -> None:
        def done(result: AdvanceResult) -> None:
            self._advanced(result, names)

        def op(ctx: Context) -> AdvanceResult:
            return assignment.advance_many(ctx, ids, override_training=override, reason=reason or None)

        self.runner.run(op, name="advance", write=True, on_success=done)

    def _advanced(self, result: AdvanceResult, names: dict[int, str]) -> None:
        moved = sum(result.advanced.values())
        if moved:
            self.busy_label.setText(
                "已推进：" + "；".join(f"{a}→{b} {n} 人" for (a, b), n in result.advanced.items())
            )
        if result.errors:
            self.notifier.warning(
                "以下记录未能推进：\n" + "\n".join(f"{names.get(i, i)}：{msg}" for i, msg in result.errors),
                parent=self,
            )
        if moved or result.errors:
            self._saved()
        if result.blocked:
            blocked = list(result.blocked)
            dialog = TrainingOverrideDialog([names.get(i, str(i)) for i in blocked], parent=self)
            self._show_dialog(dialog, lambda: self._run_advance(blocked, names, True, dialog.reason()))

    # ------------------------------------------------------------------ quotas
    def _quota_edited(self, row: QuotaRow, _key: str, value: Any) -> None:
        if self.snapshot is None or self.snapshot.batch is None or self.snapshot.batch.id is None:
            return
        batch_id, unit_id, quota = self.snapshot.batch.id, row.unit_id, int(value)

        def op(ctx: Context) -> None:
            assignment.set_quota(ctx, batch_id, unit_id, quota)

        self.runner.run(op, name="set quota", write=True, on_success=lambda _r: self._saved())

    def set_quota(self, unit: str, quota: int) -> bool:
        """Edit a unit's quota as the clerk would in the table (used by tests and shortcuts)."""
        source = self.quota_model.find(lambda q: q.unit == unit)
        if source < 0:
            return False
        index = self.quota_model.index(source, self.quota_model.column_index("quota"))
        return self.quota_model.setData(index, quota)

    # ------------------------------------------------------------------ violations
    def _violation_activated(self, index: QModelIndex) -> None:
        v = self.violation_proxy.row_at(index.row())
        if isinstance(v, Violation):
            self.jump_to(v)

    def jump_to(self, violation: Violation) -> Target | None:
        """Show the record a violation is about: a roster row, a unit's quota, a township, a place,
        or the people of a team or work group (the roster filtered to them, all selected)."""
        snap = self.snapshot
        if snap is None or snap.batch is None:
            return None
        target = locate(violation, self.model.rows())
        if target is None:
            self.busy_label.setText("这一项没有可直接定位的记录")
            return None
        if target.kind == "dispatch":
            self.select_dispatch(target.id)
            self.view.setFocus()
        elif target.kind == "unit":
            self.quota_only_check.setChecked(False)
            source = self.quota_model.find(lambda q: q.unit_id == target.id)
            index = self.quota_proxy.mapFromSource(self.quota_model.index(source, 0))
            self.quota_view.selectRow(index.row())
            self.quota_view.scrollTo(index)
            self.quota_view.setFocus()
        elif target.kind == "township":
            name = next((r.township for r in self.model.rows() if r.township_id == target.id), None)
            self.clear_filters()
            self.township_combo.setCurrentIndex(max(self.township_combo.findData(name), 0))
        elif target.kind == "place":
            rows = [r for r in self.model.rows() if r.place_id == target.id]
            if rows:
                self.select_dispatch(rows[0].id)
            else:
                place = next((p for p in snap.places if p.id == target.id), None)
                label = f"{place.township}{place.name}" if place else "该派驻点"
                if self.notifier.confirm(
                    f"{label}尚未选派干部。现在为其指派干部吗？", title="指派", parent=self
                ):
                    self.open_assign(place_id=target.id)
        elif target.kind in ("team", "work_group"):
            self.show_team(target, _subject(violation, snap.batch.name))
        return target

    def show_team(self, target: Target, name: str) -> int:
        """Filter the roster to a team's members (or a work group's cadres) and select them all."""
        rows = team_rows(self.model.rows(), target)
        if rows:  # the record's own name (the violation's subject may carry the township too)
            name = rows[0].team if target.kind == "team" else rows[0].work_group
        what = f"工作队“{name}”" if target.kind == "team" else f"工作小组“{name}”"
        if not rows:
            where = "还没有队员" if target.kind == "team" else "的村还没有选派干部"
            if self.notifier.confirm(
                f"{what}{where}。现在打开“工作队与工作小组”调整吗？", title="工作队与小组", parent=self
            ):
                if target.kind == "team":
                    self.open_teams(team_id=target.id)
                else:
                    self.open_teams(group_id=target.id)
            return 0
        self.clear_filters()
        self._focus = (what, target)
        self.apply_filter()
        self.view.selectAll()
        self.view.setFocus()
        self.busy_label.setText(f"{what}：{len(rows)} 人（“工作队与小组”中可编入、移出）")
        return len(rows)

    # ------------------------------------------------------------------ export and print
    def _output_path(self, title: str, suffix: str, filters: str, order: str) -> Path | None:
        suggested = roster_file_name(self._batch_name(), order, suffix)  # no doubled words
        chosen = self.ask_save_path(self, title, suggested, filters)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        return path

    def _start_busy(
        self,
        text: str,
        op: Callable[[Context], Any],
        done: Callable[[Any], None],
        *,
        write: bool = False,
    ) -> TaskHandle:
        self.busy_label.setText(text)

        def finished(result: Any) -> None:
            self._busy = None
            self._update_actions()
            done(result)

        def failed(_exc: BaseException) -> bool:
            self._busy = None
            self.busy_label.setText("")
            self._update_actions()
            return False  # the runner shows it (UserError as a message, anything else as a bug)

        self._busy = self.runner.run(op, name=text, on_success=finished, on_failure=failed, write=write)
        self._update_actions()
        return self._busy

    def download_template(self) -> TaskHandle | None:
        """下载填报模板: the workbook units fill in (dropdowns of townships, villages and units)."""
        batch = self._batch_name()
        suggested = (
            _safe_file_name(f"{roster_title(batch)}填报模板" if batch else "选派干部名单填报模板") + ".xlsx"
        )
        chosen = self.ask_save_path(self, "下载填报模板", suggested, "Excel 工作簿 (*.xlsx)")
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")
        title = f"{roster_title(batch)}（填报模板）" if batch else "选派干部驻村名单（填报模板）"

        def op(ctx: Context) -> TemplateResult:
            return write_template(ctx, out, title=title)

        def done(result: TemplateResult) -> None:
            self.last_export = out
            townships, places, units = result.townships, result.places, result.units
            self.busy_label.setText(f"填报模板已保存：{out}")
            missing = "、".join(
                what for what, n in (("乡镇", townships), ("派驻点", places), ("派出单位", units)) if not n
            )
            note = (
                f"\n\n注意：尚未录入{missing}，模板中相应的下拉选项为空（单位可直接填写）。"
                "可先在“派驻点”页或“导入单位及名额”中录入，再重新下载模板。"
                if missing
                else ""
            )
            self.notifier.info(
                f"填报模板已保存到：\n{out}\n\n下拉选项：乡镇 {townships} 个、派驻点 {places} 个、派出单位 {units} 个。"
                f"请发给各派出单位填报，收回后用“导入名单”导入。{note}",
                title="下载填报模板",
                parent=self,
            )

        return self._start_busy("正在生成填报模板…", op, done)

    def export_excel(self, order: str = "township") -> TaskHandle | None:
        if self.snapshot is None or self.snapshot.batch is None:
            return None
        out = self._output_path("导出选派名单", ".xlsx", "Excel 工作簿 (*.xlsx)", order)
        if out is None:
            return None
        name = self.snapshot.batch.name

        def op(ctx: Context) -> ExportResult:
            return export_roster(ctx, out, batch=name, order=order)

        def done(result: ExportResult) -> None:
            self.last_export = out
            self.busy_label.setText(f"已导出 {result.rows} 人：{out.name}")

        return self._start_busy("正在导出 Excel…", op, done)

    def print_pdf(self, order: str = "township") -> TaskHandle | None:
        if self.snapshot is None or self.snapshot.batch is None:
            return None
        out = self._output_path("打印选派名单（生成 PDF）", ".pdf", "PDF 文件 (*.pdf)", order)
        if out is None:
            return None
        name = self.snapshot.batch.name

        def op(ctx: Context) -> PrintResult:
            return print_roster(ctx, PrintRequest(out=out, batch=name, order=order))

        def done(result: PrintResult) -> None:
            self.last_export = out
            self.busy_label.setText(f"已生成 PDF（{result.pages} 页）：{out.name}")
            warnings = list(result.warnings)
            if warnings:
                self.notifier.warning("生成的 PDF 有以下提示：\n" + "\n".join(warnings), parent=self)

        return self._start_busy("正在生成 PDF…", op, done, write=True)  # the print is audited


__all__ = ["RosterPage"]
