"""选派名单 page: one batch's roster with its actions, the units' quotas and the rule check.

Layout: forms/roster_page.ui; the quota and findings panels are ``roster_panels``, the outputs (Excel,
PDF, template) ``roster_output``. Everything the page shows is read in one background operation
(``roster_view.load_roster``); every change goes through a dialog or an action that runs a write
operation, then reloads. Dialogs are opened with ``open()`` and kept in ``self.dialog`` (tests drive them
directly); file choices go through ``ask_open_path`` and ``output.ask_save_path``, which tests replace.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMenu, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cadredesk.core.campaign import next_status
from cadredesk.core.enums import DispatchStatus, Level
from cadredesk.core.rules import Violation
from cadredesk.services import assignment, checks
from cadredesk.services.context import Context
from cadredesk.services.roster_view import (
    DispatchRow,
    RosterSnapshot,
    Target,
    load_roster,
    locate,
    team_rows,
)
from cadredesk.ui import list_export
from cadredesk.ui.forms.ui_roster_page import Ui_RosterPage
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.base import BasePage
from cadredesk.ui.pages.roster_actions import RosterActions
from cadredesk.ui.pages.roster_output import ORDERS, RosterOutput
from cadredesk.ui.pages.roster_panels import subject
from cadredesk.ui.reference_import import ReferenceImporter
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskRunner
from cadredesk.ui.theme import MUTED_COLOR, WARNING_COLOR
from cadredesk.ui.widgets import debounced_search, fill_combo, reset_filters

STATUS_ORDER = {s.value: i for i, s in enumerate(DispatchStatus)}


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


ROSTER_COLUMNS: list[Column[DispatchRow]] = [
    Column("township", "乡镇", lambda r: r.township, lambda r: r.township_order, foreground=_muted, width=6),
    Column(
        "place", "派驻点", lambda r: r.place or "（未定）", lambda r: (r.township_order, r.place),
        tooltip=lambda r: f"{r.place}（{r.place_kind}）" if r.place else "尚未指定派驻点", foreground=_muted,
        width=8,
    ),
    Column("name", "姓名", lambda r: r.name, lambda r: r.strokes or r.name, foreground=_muted, width=5),
    Column("gender", "性别", lambda r: r.gender, foreground=_muted, align_center=True, width=3),
    Column("unit", "派出单位", lambda r: r.unit, foreground=_muted, width=12),
    Column("role", "身份", lambda r: r.role, foreground=_muted, width=5),
    Column(
        "team", "工作队", lambda r: r.team, tooltip=lambda r: r.team or None, foreground=_muted, width=9,
    ),
    Column(
        "work_group", "工作小组", lambda r: r.work_group, tooltip=lambda r: r.work_group or None,
        foreground=_muted, width=9,
    ),
    Column(
        "status", "状态", lambda r: r.status, lambda r: STATUS_ORDER.get(r.status, 99),
        tooltip=_status_tip, foreground=_status_color, align_center=True, width=4,
    ),
    Column("term", "期限", lambda r: r.term, lambda r: (r.start, r.end), foreground=_muted, width=13),
]  # fmt: skip


class MiddleElideDelegate(QStyledItemDelegate):
    """Long names that differ at their end (…服务队第一队 / 第二队) keep both ends visible."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle  # type: ignore[attr-defined]


def _ask_open(parent: QWidget, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


ACTIVE = "在派（未结束）"  # status filter: every dispatch not ended
#: rows of the roster the page keeps visible when the window allows (a 1366×768 screen does)
ROSTER_ROWS = 20


class RosterPage(BasePage[DispatchRow]):
    """Emits ``loaded(rows)`` after each (re)load; ``changed`` after each saved change."""

    changed = Signal()

    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(runner, notifier, parent)
        self.ui = Ui_RosterPage()
        self.ui.setupUi(self)
        self.snapshot: RosterSnapshot | None = None
        self.ask_open_path: Callable[[QWidget, str, str], str | None] = _ask_open
        #: a filter set by a jump to a team or work group: (what the clerk reads, the target)
        self._focus: tuple[str, Target] | None = None
        self._alias_widgets()
        self.roster_actions = RosterActions(self)
        #: the date the findings are judged at when the clerk chose one (None: today)
        self.as_of: dt.date | None = None
        self.init_table(
            self.ui.view,
            ROSTER_COLUMNS,
            multi=True,
            on_activate=lambda _r: self.roster_actions.open_adjust(),
            context_menu=self._row_menu,
        )
        self._middle_elide = MiddleElideDelegate(self)
        for key in ("team", "work_group"):
            self.view.setItemDelegateForColumn(self.model.column_index(key), self._middle_elide)
        self.bind(status=self.count_label, batch_combo=self.ui.batchCombo)
        self.output = RosterOutput(
            self, runner, notifier, batch_name=self._batch_name, status=self.busy_label.setText
        )
        self.units_importer = ReferenceImporter(
            runner, notifier, self, "units", lambda: self.reload(), batch=lambda: self._batch_name() or None
        )
        fill_combo(self.township_combo, [], all_text="全部乡镇")
        statuses = [s.value for s in DispatchStatus] + [ACTIVE]
        fill_combo(self.status_combo, [(s, s) for s in statuses], all_text="全部状态")
        self._build_menus()
        self._connect()
        self._update_actions()

    def _alias_widgets(self) -> None:
        ui = self.ui
        self.batch_info, self.count_label, self.busy_label = ui.batchInfo, ui.countLabel, ui.busyLabel
        self.search_edit, self.township_combo, self.status_combo = (
            ui.searchEdit,
            ui.townshipCombo,
            ui.statusCombo,
        )
        self.focus_button, self.splitter = ui.focusButton, ui.splitter
        self.import_button, self.assign_button, self.adjust_button = (
            ui.importButton,
            ui.assignButton,
            ui.adjustButton,
        )
        self.advance_button, self.end_button, self.teams_button = (
            ui.advanceButton,
            ui.endButton,
            ui.teamsButton,
        )
        self.export_button, self.print_button = ui.exportButton, ui.printButton
        self.quotas, self.findings = ui.quotaPanel, ui.findingsPanel
        ui.bottomSplitter.setSizes([2000, 3000])  # quotas : findings = 2 : 3 of the width
        #: the roster's share of the height is set from the window until the clerk drags the splitter
        self._splitter_dragged = False
        self.splitter.splitterMoved.connect(lambda *_a: setattr(self, "_splitter_dragged", True))
        for panel_view in (ui.quotaPanel.ui.view, ui.findingsPanel.ui.view):
            panel_view.setMinimumHeight(1)  # on a small screen the panels keep their summaries and filters
        self.splitter.installEventFilter(self)
        self.focus_button.setMaximumWidth(self.fontMetrics().horizontalAdvance("中") * 16)
        self.focus_button.hide()
        self.import_button.setMinimumHeight(self.assign_button.sizeHint().height())
        for short in (self.assign_button, self.adjust_button):  # short labels: may narrow on a small screen
            short.setMinimumWidth(self.fontMetrics().horizontalAdvance(short.text()) + 24)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize and not self._splitter_dragged:
            self.fit_roster()
        return super().eventFilter(watched, event)

    def fit_roster(self) -> None:
        """Give the roster at least ``ROSTER_ROWS`` rows (if the window allows), the panels the rest
        (and at most 45 % when there is room to spare)."""
        total = self.splitter.height() - self.splitter.handleWidth()
        if total <= 0:
            return
        view = self.view
        header = view.horizontalHeader().sizeHint().height()
        frame = 2 * view.frameWidth() + view.horizontalScrollBar().sizeHint().height()
        wanted = header + frame + ROSTER_ROWS * view.verticalHeader().defaultSectionSize()
        bottom = self.ui.bottomSplitter.minimumSizeHint().height()
        panels = max(bottom, min(int(total * 0.45), total - wanted))
        self.splitter.setSizes([total - panels, panels])

    def _build_menus(self) -> None:
        """导入名单 (click) with 下载填报模板 under its arrow; the export and print orders."""
        export_menu, print_menu = QMenu(self), QMenu(self)
        for key, text in ORDERS:
            export_menu.addAction(text, lambda k=key: self.output.export_excel(k))
            print_menu.addAction(f"生成 PDF（{text}）…", lambda k=key: self.output.print_pdf(k))
        for key, text in ORDERS:
            print_menu.addAction(f"打印预览（{text}）…", lambda k=key: self.output.preview(k))
        export_menu.addSeparator()
        export_menu.addAction("当前列表（按屏幕显示的筛选和排序）…", self.export_list)
        self.export_button.setMenu(export_menu)
        self.print_button.setMenu(print_menu)
        import_menu = QMenu(self)
        import_menu.setToolTipsVisible(True)
        import_menu.addAction("导入单位报送的名单…", self.roster_actions.open_import)
        self.template_action = import_menu.addAction("下载填报模板…", self.output.download_template)
        self.template_action.setToolTip(
            "生成发给派出单位填报名单用的 Excel 模板（乡镇、派驻村、单位等为下拉选项），收回后用“导入名单”导入"
        )
        import_menu.addSeparator()
        self.runs_action = import_menu.addAction("导入记录与撤销导入…", self.roster_actions.open_import_runs)
        self.runs_action.setToolTip("查看历次导入（名单、派驻点、单位）；导入有误的可整体撤销")
        self.import_button.setMenu(import_menu)
        batch_menu = QMenu(self)
        batch_menu.setToolTipsVisible(True)
        self.delete_batch_action = batch_menu.addAction("删除误建的批次…", self.roster_actions.delete_batch)
        self.delete_batch_action.setToolTip("只能删除尚无名单、工作队等记录的批次")
        self.ui.editBatchButton.setMenu(batch_menu)

    def _connect(self) -> None:
        ui = self.ui
        self._search_timer = debounced_search(self.search_edit, self.apply_filter, self)
        self.township_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        actions = self.roster_actions
        ui.newBatchButton.clicked.connect(lambda: actions.open_batch_dialog(new=True))
        ui.editBatchButton.clicked.connect(lambda: actions.open_batch_dialog(new=False))
        ui.refreshButton.clicked.connect(lambda: self.reload())
        ui.closeBatchButton.clicked.connect(lambda: actions.open_close_batch())
        self.findings.as_of_changed.connect(self.judge_at)
        for panel_view, export in (
            (self.findings.view, self.export_findings),
            (self.quotas.view, self.export_quotas),
        ):
            panel_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            panel_view.customContextMenuRequested.connect(
                lambda pos, v=panel_view, e=export: self._export_menu(v, e, pos)
            )
        self.import_button.clicked.connect(actions.open_import)
        self.teams_button.clicked.connect(lambda: actions.open_teams())
        self.focus_button.clicked.connect(self.clear_filters)
        self.assign_button.clicked.connect(lambda: actions.open_assign())
        self.adjust_button.clicked.connect(actions.open_adjust)
        self.advance_button.clicked.connect(actions.advance_selected)
        self.end_button.clicked.connect(actions.open_end_early)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.output.busy_changed.connect(self._update_actions)
        # queued: saving reloads the quota table, which must not happen while its cell editor commits
        self.quotas.quota_changed.connect(self._save_quota, Qt.ConnectionType.QueuedConnection)
        self.quotas.units_button.clicked.connect(lambda: self.units_importer.start())
        self.findings.chosen.connect(self.jump_to)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)

    # ------------------------------------------------------------------ loading
    def load_operation(self, batch: int | None) -> Callable[[Context], RosterSnapshot]:
        day = self.as_of
        return lambda ctx: load_roster(ctx.at(day) if day is not None else ctx, batch)

    def shown_batch(self) -> int | None:
        snap = self.snapshot
        return snap.batch.id if snap is not None and snap.batch is not None else None

    def current_batch_id(self) -> int | None:
        value = self.current_batch()
        return value if isinstance(value, int) else None

    def _batch_chosen(self) -> None:
        if self.current_batch_id() is not None:
            super()._batch_chosen()

    def _batch_name(self) -> str:
        return self.snapshot.batch.name if self.snapshot and self.snapshot.batch else ""

    def batch_closed_on(self) -> dt.date | None:
        """The day the shown batch was closed (None while it runs)."""
        snap = self.snapshot
        if snap is None or snap.batch is None:
            return None
        return next((b.closed_on for b in snap.batches if b.id == snap.batch.id), None)

    def show_data(self, snap: RosterSnapshot) -> int:
        self.snapshot = snap
        assert self.batch_combo is not None
        fill_combo(self.batch_combo, [(f"{b.name}（{b.cadres} 人）", b.id) for b in snap.batches])
        if snap.batch is not None:
            self.batch_combo.blockSignals(True)
            self.batch_combo.setCurrentIndex(self.batch_combo.findData(snap.batch.id))
            self.batch_combo.blockSignals(False)
            form = snap.batch
            self.batch_info.setText(
                f"{Level(form.level).label}｜{form.start} 至 {form.end}（{form.term_years} 年）"
                f"｜在村每月≥{form.min_days_month}天、每年≥{form.min_days_year}天"
            )
        else:
            self.batch_info.setText("还没有批次。请先“新建批次”，再导入或指派名单。")
        townships = sorted({(r.township_order, r.township) for r in snap.rows if r.township})
        fill_combo(self.township_combo, [(t, t) for _o, t in townships], all_text="全部乡镇")
        self.model.set_rows(snap.rows)
        self.quotas.show_quotas(snap.quotas)
        self.findings.show_violations(snap.violations, self._batch_name(), snap.as_of)
        self.apply_filter()
        self._update_actions()
        return len(snap.rows)

    # ------------------------------------------------------------------ filters
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
            if status == ACTIVE:
                if not row.active:
                    return False
            elif status is not None and row.status != status:
                return False
            return row.matches(query)

        filtered = bool(query) or township is not None or status is not None or focus is not None
        self.proxy.set_predicate(accepts if filtered else None)
        self._show_focus()
        self._update_count()

    def _show_focus(self) -> None:
        if self._focus is not None:
            label = self._focus[0]
            text = self.focus_button.fontMetrics().elidedText(
                f"仅{label} ✕", Qt.TextElideMode.ElideMiddle, self.focus_button.maximumWidth() - 24
            )
            self.focus_button.setText(text)
            self.focus_button.setToolTip(f"只显示{label}的人员；点击显示全部")
        self.focus_button.setVisible(self._focus is not None)

    def clear_filters(self) -> None:
        self._focus = None
        reset_filters(self.township_combo, self.status_combo, self.search_edit)
        self.apply_filter()

    def _update_count(self) -> None:
        rows = self.model.rows()
        if self.snapshot is None or self.snapshot.batch is None:
            self.show_status("")
            return
        if not rows:
            self.show_status("本批次名单为空：可“导入名单”或逐个“指派”。")
            return
        counts = Counter(r.status for r in rows)
        active = sum(1 for r in rows if r.active)
        parts = "、".join(f"{s.value} {counts[s.value]}" for s in DispatchStatus if counts.get(s.value))
        shown = self.proxy.rowCount()
        prefix = f"显示 {shown} / " if shown != len(rows) else ""
        self.show_status(f"{prefix}共 {len(rows)} 条：{parts}")
        self.count_label.setToolTip(f"{prefix}共 {len(rows)} 条，其中在派（未结束）{active} 人：{parts}")

    # ------------------------------------------------------------------ selection
    def show_record(self, dispatch_id: int, kind: str = "dispatch") -> None:
        """Select a dispatch opened from elsewhere (the 总览's alerts), after the load under way if any."""
        if not (self.is_loaded and not self.loading and self.select_dispatch(dispatch_id)):
            self.reload(select=dispatch_id)

    def select_dispatch(self, dispatch_id: int) -> bool:
        """Select a dispatch's row (the filters are cleared when they hide it)."""
        if self.model.find(lambda r: r.id == dispatch_id) < 0:
            return False
        if not self.select_id(dispatch_id):
            self.clear_filters()
            self.select_id(dispatch_id)
        return True

    def _update_actions(self) -> None:
        has_batch = self.snapshot is not None and self.snapshot.batch is not None
        rows = self.selected_rows()
        one_active = len(rows) == 1 and rows[0].active
        idle = not self.output.busy
        self.ui.editBatchButton.setEnabled(has_batch)
        closed = self.batch_closed_on()
        self.ui.closeBatchButton.setEnabled(has_batch and closed is None)
        self.ui.closeBatchButton.setToolTip(
            f"本批次已于 {closed} 期满"
            if closed
            else "批次期满：在岗人员一次办理为“期满”，保存检查结果；之后可派入下一批次"
        )
        for b in (self.import_button, self.assign_button, self.teams_button):
            b.setEnabled(has_batch)
        self.template_action.setEnabled(idle)
        self.adjust_button.setEnabled(one_active)
        self.end_button.setEnabled(one_active)
        self.advance_button.setEnabled(bool(rows) and any(next_status(r.status) is not None for r in rows))
        has_rows = has_batch and self.model.rowCount() > 0
        self.export_button.setEnabled(has_rows and idle)
        self.print_button.setEnabled(has_rows and idle)

    @property
    def focus_target(self) -> Target | None:
        """The team or work group the roster is narrowed to (after a jump), if any."""
        return self._focus[1] if self._focus is not None else None

    def saved(self, select: int | None = None, batch: int | None = None) -> None:
        """After a saved change: tell the window, read the batch again (``select`` that dispatch)."""
        self.changed.emit()
        self.reload(batch, select=select)

    def _save_quota(self, unit_id: int, quota: int) -> None:
        batch_id = self.shown_batch()
        if batch_id is None:
            return

        def op(ctx: Context) -> None:
            assignment.set_quota(ctx, batch_id, unit_id, quota)

        self.runner.run(op, name="set quota", write=True, on_success=lambda _r: self.saved())

    # ------------------------------------------------------------------ right-click menu, list export
    def _row_menu(self, pos: QPoint) -> QMenu:
        """The roster row's actions (those that exist for the selected rows), the profile, the export."""
        menu = QMenu(self)
        self.row_menu = menu
        actions = self.roster_actions
        rows = self.selected_rows()
        one = rows[0] if len(rows) == 1 else None
        open_batch = self.batch_closed_on() is None

        def add(text: str, slot: Callable[[], object], enabled: bool) -> None:
            menu.addAction(text, slot).setEnabled(enabled and open_batch)

        add("调整派驻点 / 身份…", actions.open_adjust, one is not None and one.active)
        add("推进状态", actions.advance_selected, any(next_status(r.status) is not None for r in rows))
        add("退回上一步…", actions.open_step_back, one is not None and actions.can_step_back(one))
        add("撤回推荐…", actions.open_withdraw, one is not None and actions.can_withdraw(one))
        add("召回 / 轮换…", actions.open_end_early, one is not None and one.active)
        menu.addSeparator()
        menu.addAction("查看干部档案", actions.open_profile).setEnabled(one is not None)
        menu.addSeparator()
        menu.addAction("导出当前列表…", self.export_list).setEnabled(self.proxy.rowCount() > 0)
        menu.popup(self.view.viewport().mapToGlobal(pos))
        return menu

    def export_list(self) -> object:
        """The roster as shown (filters, order, columns) to Excel."""
        title = f"{self._batch_name()}名单" if self._batch_name() else "选派名单"
        return list_export.export_view(self, self.runner, self.notifier, self.view, ROSTER_COLUMNS, title)

    def _export_menu(self, view: QWidget, export: Callable[[], object], pos: QPoint) -> QMenu:
        menu = QMenu(self)
        self.row_menu = menu
        menu.addAction("导出当前列表…", export)
        menu.popup(view.mapToGlobal(pos))
        return menu

    def export_findings(self) -> object:
        day = self.findings.as_of
        title = f"{self._batch_name()}检查结果" + (f"（{day}）" if day else "")
        panel = self.findings
        return list_export.export_view(
            self, self.runner, self.notifier, panel.view, panel.model.columns, title
        )

    def export_quotas(self) -> object:
        title = f"{self._batch_name()}单位选派任务"
        panel = self.quotas
        return list_export.export_view(
            self, self.runner, self.notifier, panel.view, panel.model.columns, title
        )

    # ------------------------------------------------------------------ findings
    def judge_at(self, day: dt.date) -> None:
        """The clerk chose another date in the findings panel: the services judge the batch as of it."""
        self.as_of = None if day == self.runner.ctx.today() else day
        batch_id = self.shown_batch()
        if batch_id is None:
            return
        name = self._batch_name()

        def op(ctx: Context) -> list[Violation]:
            return checks.batch_findings(ctx, batch_id, as_of=day)

        self.busy_label.setText(f"正在按 {day} 检查…")

        def done(found: list[Violation]) -> None:
            self.findings.show_violations(found, name, day)
            self.busy_label.setText("")

        self.runner.run(op, name="findings as of", on_success=done)

    def jump_to(self, violation: Violation) -> Target | None:
        """Show the record a violation is about: a roster row, a unit's quota, a township, a place,
        or the people of a team or work group (the roster filtered to them, all selected)."""
        snap = self.snapshot
        if snap is None or snap.batch is None:
            return None
        target = locate(violation, self.model.rows())
        if target is None:
            self.busy_label.setText("这一项没有可直接定位的记录")
        elif target.kind == "dispatch":
            self.select_dispatch(target.id)
            self.view.setFocus()
        elif target.kind == "unit":
            self.quotas.show_unit(target.id)
        elif target.kind == "township":
            name = next((r.township for r in self.model.rows() if r.township_id == target.id), None)
            self.clear_filters()
            self.township_combo.setCurrentIndex(max(self.township_combo.findData(name), 0))
        elif target.kind == "place":
            self._jump_to_place(target.id)
        elif target.kind in ("team", "work_group"):
            self.show_team(target, subject(violation, snap.batch.name))
        return target

    def _jump_to_place(self, place_id: int) -> None:
        """The place's cadre; a place without one: offer to assign someone there."""
        rows = [r for r in self.model.rows() if r.place_id == place_id]
        if rows:
            self.select_dispatch(rows[0].id)
            return
        place = next((p for p in self.snapshot.places if p.id == place_id), None) if self.snapshot else None
        label = f"{place.township}{place.name}" if place else "该派驻点"
        if self.notifier.confirm(f"{label}尚未选派干部。现在为其指派干部吗？", title="指派", parent=self):
            self.roster_actions.open_assign(place_id=place_id)

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
                    self.roster_actions.open_teams(team_id=target.id)
                else:
                    self.roster_actions.open_teams(group_id=target.id)
            return 0
        self.clear_filters()
        self._focus = (what, target)
        self.apply_filter()
        self.view.selectAll()
        self.view.setFocus()
        self.busy_label.setText(f"{what}：{len(rows)} 人（“工作队与小组”中可编入、移出）")
        return len(rows)


__all__ = ["ROSTER_COLUMNS", "RosterPage"]
