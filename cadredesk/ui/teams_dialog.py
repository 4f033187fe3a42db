"""工作队与工作小组: the batch's teams and work groups, opened from the 选派名单 page.

Two tabs.  工作队: the teams with their size against 1+9 / 1+4 and the composition rule's verdict;
create a team; rename or delete the chosen one (its cadres stay on the roster); for the chosen
team, its members (remove, make one the 工作队长) and the batch's other active cadres to add (the
rows selected on the page come preselected).  工作小组: the groups
with their villages; create or edit one by ticking 2–3 villages of a township, or delete it.
Deletions ask first through the runner's notifier.

Every change is a write operation through the ``TaskRunner``; a ``UserError`` from the service is
shown inline and the dialog stays as it was; after a change the dialog reads the batch again.
The page reloads when the dialog closes if anything changed (``dirty``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cadredesk.core.enums import Role, TeamKind
from cadredesk.errors import UserError
from cadredesk.services import assignment
from cadredesk.services.context import Context
from cadredesk.services.roster_view import (
    DispatchRow,
    TeamRow,
    TeamsSnapshot,
    WorkGroupRow,
    load_teams,
)
from cadredesk.ui.row_model import ERROR_COLOR, MUTED_COLOR, RowColumn, RowFilterProxy, RowTableModel
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_STYLE, HINT_STYLE, OK_COLOR, OK_STYLE

log = logging.getLogger("cadredesk.ui")

PLACE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (group names such as 第三工作小组)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def _muted(row: DispatchRow) -> QColor | None:
    return None if row.active else MUTED_COLOR


TEAM_COLUMNS: list[RowColumn[TeamRow]] = [
    RowColumn("name", "工作队", lambda t: t.name, tooltip=lambda t: t.name, width_chars=13),
    RowColumn("kind", "类型", lambda t: t.kind, width_chars=5),
    RowColumn("township", "乡镇", lambda t: t.township, width_chars=6),
    RowColumn(
        "size", "人数", lambda t: f"{t.members} / {t.required}", lambda t: t.members - t.required,
        tooltip=lambda t: f"应为1名队长加{t.required - 1}名队员（{t.composition}），现有在派 {t.members} 人",
        foreground=lambda t: ERROR_COLOR if t.members != t.required else None, align_center=True, width_chars=4,
    ),
    RowColumn(
        "leader", "队长", lambda t: "、".join(t.leaders) or "（未定）",
        foreground=lambda t: ERROR_COLOR if len(t.leaders) != 1 else None, width_chars=5,
    ),
    RowColumn(
        "check", "检查", lambda t: "；".join(t.issues) or "符合要求", lambda t: len(t.issues),
        tooltip=lambda t: "\n".join(t.issues) or None,
        foreground=lambda t: ERROR_COLOR if t.issues else OK_COLOR, width_chars=16,
    ),
]  # fmt: skip

MEMBER_COLUMNS: list[RowColumn[DispatchRow]] = [
    RowColumn("name", "姓名", lambda r: r.name, lambda r: r.strokes or r.name, foreground=_muted, width_chars=4),
    RowColumn(
        "role", "身份", lambda r: r.role, lambda r: (r.role != Role.TEAM_LEADER.value, r.role),
        foreground=_muted, width_chars=4,
    ),
    RowColumn("status", "状态", lambda r: r.status, foreground=_muted, align_center=True, width_chars=2),
    RowColumn("township", "乡镇", lambda r: r.township, lambda r: r.township_order, foreground=_muted, width_chars=4),
    RowColumn("place", "派驻点", lambda r: r.place or "（未定）", tooltip=lambda r: r.place or None,
              foreground=_muted, width_chars=5),
    RowColumn("unit", "派出单位", lambda r: r.unit, tooltip=lambda r: r.unit, foreground=_muted, width_chars=8),
]  # fmt: skip

CANDIDATE_COLUMNS: list[RowColumn[DispatchRow]] = [
    RowColumn("name", "姓名", lambda r: r.name, lambda r: r.strokes or r.name, width_chars=4),
    RowColumn("role", "身份", lambda r: r.role, width_chars=4),
    RowColumn("township", "乡镇", lambda r: r.township, lambda r: r.township_order, width_chars=4),
    RowColumn("place", "派驻点", lambda r: r.place or "（未定）", tooltip=lambda r: r.place or None, width_chars=5),
    RowColumn("team", "现属工作队", lambda r: r.team, tooltip=lambda r: r.team or None, width_chars=7),
    RowColumn("unit", "派出单位", lambda r: r.unit, tooltip=lambda r: r.unit, width_chars=8),
]  # fmt: skip

GROUP_COLUMNS: list[RowColumn[WorkGroupRow]] = [
    RowColumn("township", "乡镇", lambda g: g.township, lambda g: g.township_order, width_chars=5),
    RowColumn("name", "工作小组", lambda g: g.name, tooltip=lambda g: g.name, width_chars=8),
    RowColumn(
        "places", "村", lambda g: "、".join(g.places) or "（无）", lambda g: len(g.places),
        tooltip=lambda g: "、".join(g.places) or None, width_chars=12,
    ),
    RowColumn("members", "驻村干部", lambda g: str(g.members), lambda g: g.members, align_center=True, width_chars=4),
    RowColumn(
        "check", "检查", lambda g: "；".join(g.issues) or "符合要求", lambda g: len(g.issues),
        tooltip=lambda g: "\n".join(g.issues) or None,
        foreground=lambda g: ERROR_COLOR if g.issues else OK_COLOR, width_chars=6,
    ),
]  # fmt: skip


def make_table(
    model: Any, columns: Sequence[RowColumn[Any]], char: int, *, multi: bool = False
) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setSortingEnabled(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    for i, column in enumerate(columns):
        view.setColumnWidth(i, char * column.width_chars + 16)
    return view


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(HINT_STYLE)
    return label


class TeamsDialog(QDialog):
    """工作队与工作小组 of one batch. ``changed`` after each saved change; ``dirty`` once anything changed."""

    changed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        batch_id: int,
        batch_name: str,
        *,
        preselect: Sequence[int] = (),
        team_id: int | None = None,
        group_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.batch_id = batch_id
        self.setWindowTitle(f"工作队与工作小组 — {batch_name}")
        self.snapshot: TeamsSnapshot | None = None
        self.dirty = False
        self.preselect = list(preselect)
        self._want_team = team_id
        self._want_group = group_id
        self._editing_group: int | None = None
        self._suggested_name = ""
        self._load: TaskHandle | None = None
        self._first_load = True
        self._char = self.fontMetrics().horizontalAdvance("中")

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_teams_tab(), "工作队")
        self.tabs.addTab(self._build_groups_tab(), "工作小组")
        if group_id is not None and team_id is None:
            self.tabs.setCurrentIndex(1)

        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.status_label = hint_label()
        self.status_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)
        self.resize(1080, 660)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a search or name field must not press a button
        self._update_team_actions()
        self.reload()

    # ------------------------------------------------------------------ layout: 工作队
    def _build_teams_tab(self) -> QWidget:
        tab = QWidget()
        self.team_search = QLineEdit()
        self.team_search.setPlaceholderText("搜索工作队：名称、乡镇或队长")
        self.team_search.setClearButtonEnabled(True)
        self.team_kind_filter = QComboBox()
        self.team_kind_filter.addItem("全部类型", None)
        for kind in TeamKind:
            self.team_kind_filter.addItem(kind.value, kind.value)
        self.team_problem_check = QCheckBox("只看不符合要求的")
        self.team_count_label = hint_label()
        search_row = QHBoxLayout()
        search_row.addWidget(self.team_search, 3)
        search_row.addWidget(self.team_kind_filter, 1)
        search_row.addWidget(self.team_problem_check)
        search_row.addWidget(self.team_count_label, 2)

        self.team_name_edit = QLineEdit()
        self.team_name_edit.setMaxLength(64)
        self.team_name_edit.setPlaceholderText("新工作队名称，如：黄河口镇乡村振兴服务队")
        self.team_kind_combo = QComboBox()
        for kind in TeamKind:
            self.team_kind_combo.addItem(kind.value, kind.value)
        self.team_township_combo = QComboBox()
        self.team_township_combo.setMinimumContentsLength(6)
        self.team_township_combo.addItem("（不限乡镇）", None)
        self.create_team_button = QPushButton("新建工作队")
        self.create_team_button.setToolTip(
            "乡村振兴、民营企业工作队为1名队长加9名队员；省属企业工作队为1名队长加4名队员"
        )
        create_row = QHBoxLayout()
        create_row.addWidget(QLabel("新建："))
        create_row.addWidget(self.team_name_edit, 3)
        create_row.addWidget(self.team_kind_combo)
        create_row.addWidget(self.team_township_combo, 1)
        create_row.addWidget(self.create_team_button)

        self.team_rename_edit = QLineEdit()
        self.team_rename_edit.setMaxLength(64)
        self.team_rename_edit.setPlaceholderText("在下方表格中选择一个工作队")
        self.rename_team_button = QPushButton("重命名")
        self.delete_team_button = QPushButton("删除工作队")
        self.delete_team_button.setToolTip("删除所选工作队；其队员仍留在选派名单中，只是不再属于任何工作队")
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(QLabel("所选："))
        chosen_row.addWidget(self.team_rename_edit, 3)
        chosen_row.addWidget(self.rename_team_button)
        chosen_row.addWidget(self.delete_team_button)
        chosen_row.addStretch(1)

        self.team_model: RowTableModel[TeamRow] = RowTableModel(TEAM_COLUMNS, self)
        self.team_proxy = RowFilterProxy(self)
        self.team_proxy.setSourceModel(self.team_model)
        self.team_view = make_table(self.team_proxy, TEAM_COLUMNS, self._char)

        # members of the chosen team
        self.member_model: RowTableModel[DispatchRow] = RowTableModel(MEMBER_COLUMNS, self)
        self.member_proxy = RowFilterProxy(self)
        self.member_proxy.setSourceModel(self.member_model)
        self.member_view = make_table(self.member_proxy, MEMBER_COLUMNS, self._char, multi=True)
        self.member_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # the leader first
        self.member_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.remove_button = QPushButton("移出工作队")
        self.leader_button = QPushButton("设为队长")
        self.leader_button.setToolTip("所选队员的派驻身份改为“工作队长”，原队长改为“队员”")
        self.member_box = QGroupBox("队员")
        mlay = QVBoxLayout(self.member_box)
        mlay.setContentsMargins(6, 6, 6, 6)
        mlay.addWidget(self.member_view, 1)
        mbuttons = QHBoxLayout()
        mbuttons.addWidget(self.leader_button)
        mbuttons.addWidget(self.remove_button)
        mbuttons.addStretch(1)
        mlay.addLayout(mbuttons)

        # the batch's active cadres who could join
        self.candidate_model: RowTableModel[DispatchRow] = RowTableModel(CANDIDATE_COLUMNS, self)
        self.candidate_proxy = RowFilterProxy(self)
        self.candidate_proxy.setSourceModel(self.candidate_model)
        self.candidate_view = make_table(self.candidate_proxy, CANDIDATE_COLUMNS, self._char, multi=True)
        self.candidate_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # team names differ at the end
        self.candidate_search = QLineEdit()
        self.candidate_search.setPlaceholderText("搜索：姓名、拼音首字母、乡镇或派驻点")
        self.candidate_search.setClearButtonEnabled(True)
        self.free_only_check = QCheckBox("只看未编队的")
        self.free_only_check.setChecked(True)
        self.add_button = QPushButton("← 加入该工作队")
        self.add_button.setToolTip(
            "把右侧选中的人员（可多选）编入上方所选的工作队；已在其他工作队的将转入本队"
        )
        self.candidate_hint = hint_label()
        candidate_box = QGroupBox("可编入的人员（本批次在派）")
        clay = QVBoxLayout(candidate_box)
        clay.setContentsMargins(6, 6, 6, 6)
        crow = QHBoxLayout()
        crow.addWidget(self.candidate_search, 1)
        crow.addWidget(self.free_only_check)
        clay.addLayout(crow)
        clay.addWidget(self.candidate_view, 1)
        cbuttons = QHBoxLayout()
        cbuttons.addWidget(self.add_button)
        cbuttons.addWidget(self.candidate_hint, 1)
        clay.addLayout(cbuttons)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.member_box)
        lower.addWidget(candidate_box)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        lower.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.team_view)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([210, 340])

        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(search_row)
        layout.addLayout(create_row)
        layout.addLayout(chosen_row)
        layout.addWidget(split, 1)

        self.team_search.textChanged.connect(lambda _t: self._filter_teams())
        self.team_kind_filter.currentIndexChanged.connect(lambda _i: self._filter_teams())
        self.team_problem_check.toggled.connect(lambda _c: self._filter_teams())
        self.create_team_button.clicked.connect(self.create_team)
        self.team_name_edit.returnPressed.connect(self.create_team)
        self.rename_team_button.clicked.connect(self.rename_team)
        self.team_rename_edit.returnPressed.connect(self.rename_team)
        self.team_rename_edit.textChanged.connect(lambda _t: self._update_team_actions())
        self.delete_team_button.clicked.connect(self.delete_team)
        self.team_view.selectionModel().selectionChanged.connect(lambda *_a: self._team_chosen())
        self.member_view.selectionModel().selectionChanged.connect(lambda *_a: self._update_team_actions())
        self.candidate_view.selectionModel().selectionChanged.connect(lambda *_a: self._update_team_actions())
        self.candidate_search.textChanged.connect(lambda _t: self._filter_candidates())
        self.free_only_check.toggled.connect(lambda _c: self._filter_candidates())
        self.add_button.clicked.connect(self.add_to_team)
        self.remove_button.clicked.connect(self.remove_from_team)
        self.leader_button.clicked.connect(self.make_leader)
        self.candidate_view.doubleClicked.connect(lambda _i: self.add_to_team())
        return tab

    # ------------------------------------------------------------------ layout: 工作小组
    def _build_groups_tab(self) -> QWidget:
        tab = QWidget()
        self.group_township_filter = QComboBox()
        self.group_township_filter.addItem("全部乡镇", None)
        self.new_group_button = QPushButton("新建工作小组")
        self.group_count_label = hint_label()
        top = QHBoxLayout()
        top.addWidget(QLabel("乡镇"))
        top.addWidget(self.group_township_filter, 1)
        top.addWidget(self.group_count_label, 2)
        top.addWidget(self.new_group_button)

        self.group_model: RowTableModel[WorkGroupRow] = RowTableModel(GROUP_COLUMNS, self)
        self.group_proxy = RowFilterProxy(self)
        self.group_proxy.setSourceModel(self.group_model)
        self.group_view = make_table(self.group_proxy, GROUP_COLUMNS, self._char)
        left = QWidget()
        llay = QVBoxLayout(left)
        llay.setContentsMargins(0, 0, 0, 0)
        llay.addLayout(top)
        llay.addWidget(self.group_view, 1)

        self.editor_box = QGroupBox("新建工作小组")
        self.group_township_combo = QComboBox()
        self.group_township_combo.setMinimumContentsLength(8)
        self.group_name_edit = QLineEdit()
        self.group_name_edit.setMaxLength(64)
        self.group_name_edit.setPlaceholderText("如：黄河口镇第一工作小组")
        self.village_list = QListWidget()
        self.village_list.setAlternatingRowColors(True)
        self.village_list.setSpacing(1)
        self.village_count_label = hint_label()
        self.save_group_button = QPushButton("保存工作小组")
        self.delete_group_button = QPushButton("删除工作小组")
        self.delete_group_button.setToolTip(
            "删除正在编辑的工作小组；其村和驻村干部不受影响，只是不再属于该小组"
        )
        self.delete_group_button.setEnabled(False)
        elay = QVBoxLayout(self.editor_box)
        elay.setContentsMargins(8, 8, 8, 8)
        row1 = QHBoxLayout()
        row1.addWidget(QLabel("乡镇："))
        row1.addWidget(self.group_township_combo, 1)
        elay.addLayout(row1)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel("名称："))
        row2.addWidget(self.group_name_edit, 1)
        elay.addLayout(row2)
        elay.addWidget(hint_label("勾选2至3个相邻的村（同一乡镇）："))
        elay.addWidget(self.village_list, 1)
        srow = QHBoxLayout()
        srow.addWidget(self.village_count_label, 1)
        srow.addWidget(self.delete_group_button)
        srow.addWidget(self.save_group_button)
        elay.addLayout(srow)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.editor_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(split, 1)

        self.group_township_filter.currentIndexChanged.connect(lambda _i: self._filter_groups())
        self.new_group_button.clicked.connect(lambda: self.edit_group(None))
        self.group_view.selectionModel().selectionChanged.connect(lambda *_a: self._group_chosen())
        self.group_township_combo.currentIndexChanged.connect(lambda _i: self._fill_villages())
        self.village_list.itemChanged.connect(lambda _item: self._count_villages())
        self.save_group_button.clicked.connect(self.save_group)
        self.delete_group_button.clicked.connect(self.delete_group)
        return tab

    # ------------------------------------------------------------------ loading
    def reload(self) -> TaskHandle:
        if self._load is not None and not self._load.done:
            self._load.cancel()
        if self.snapshot is not None:
            team, group = self.current_team(), self.current_group()
            if self._want_team is None and team is not None:
                self._want_team = team.id
            if self._want_group is None and group is not None:
                self._want_group = group.id
        batch_id = self.batch_id

        def op(ctx: Context) -> TeamsSnapshot:
            return load_teams(ctx, batch_id)

        self._load = self.runner.run(op, name="load teams", on_success=self._loaded)
        return self._load

    def _loaded(self, snap: TeamsSnapshot) -> None:
        self.snapshot = snap
        first = self._first_load
        self._first_load = False
        townships_with_villages = list(dict.fromkeys((p.township_id, p.township) for p in snap.villages))
        self._fill(self.team_township_combo, "（不限乡镇）", snap.townships)
        self._fill(self.group_township_filter, "全部乡镇", townships_with_villages)
        self._fill(self.group_township_combo, None, townships_with_villages)

        self.team_model.set_rows(snap.teams)
        self._filter_teams()
        self.candidate_model.set_rows([r for r in snap.rows if r.active])
        self.group_model.set_rows(snap.groups)
        self._filter_groups()

        want_team, self._want_team = self._want_team, None
        if want_team is None and first and not self.preselect and snap.teams:
            # browsing: show a team straight away, the first that needs attention
            want_team = next((t.id for t in snap.teams if t.issues), snap.teams[0].id)
        if want_team is not None:
            self.select_team(want_team, show=False)
        else:
            self._team_chosen()
        want_group, self._want_group = self._want_group or self._editing_group, None
        if want_group is not None and any(g.id == want_group for g in snap.groups):
            self.select_group(want_group, show=False)
        elif want_group is not None:
            self.edit_group(None)  # the group being edited is gone
        else:
            self._fill_villages(self.checked_villages())  # a new group in the making keeps its ticks
        if first and self.preselect:
            self._select_candidates(self.preselect)
        self._update_status()

    @staticmethod
    def _fill(combo: QComboBox, all_text: str | None, items: Sequence[tuple[int, str]]) -> None:
        current = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            if all_text is not None:
                combo.addItem(all_text, None)
            for tid, name in items:
                combo.addItem(name, tid)
            index = combo.findData(current) if current is not None else -1
            combo.setCurrentIndex(index if index >= 0 else 0)

    def _update_status(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        bad_teams = sum(1 for t in snap.teams if t.issues)
        bad_groups = sum(1 for g in snap.groups if g.issues)
        self.status_label.setText(
            f"工作队 {len(snap.teams)} 个（不符合要求 {bad_teams} 个）；"
            f"工作小组 {len(snap.groups)} 个（不符合要求 {bad_groups} 个）"
        )

    # ------------------------------------------------------------------ errors
    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def _write(self, op: Callable[[Context], Any], name: str, then: Callable[[Any], None]) -> None:
        """Run a change; a UserError shows inline, success marks the dialog dirty and reads the batch again."""
        self.show_error("")

        def saved(result: Any) -> None:
            self.dirty = True
            self.changed.emit()
            then(result)
            self.reload()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, UserError):
                self.show_error(exc.message)
                return True
            return False

        self.runner.run(op, name=name, write=True, on_success=saved, on_failure=failed)

    # ------------------------------------------------------------------ 工作队
    def _filter_teams(self) -> None:
        query = self.team_search.text().strip()
        kind = self.team_kind_filter.currentData()
        problems = self.team_problem_check.isChecked()

        def accepts(t: TeamRow) -> bool:
            return (kind is None or t.kind == kind) and (not problems or bool(t.issues)) and t.matches(query)

        filtered = bool(query) or kind is not None or problems
        self.team_proxy.set_predicate(accepts if filtered else None)
        total, shown = self.team_model.rowCount(), self.team_proxy.rowCount()
        if not total:
            self.team_count_label.setText("本批次还没有工作队")
        else:
            self.team_count_label.setText(
                f"显示 {shown} / 共 {total} 个" if shown != total else f"共 {total} 个"
            )

    def current_team(self) -> TeamRow | None:
        rows = self.team_view.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.team_proxy.row_at(rows[0].row())
        return value if isinstance(value, TeamRow) else None

    def select_team(self, team_id: int, *, show: bool = True) -> bool:
        source = self.team_model.find(lambda t: t.id == team_id)
        if source < 0:
            self._team_chosen()
            return False
        index = self.team_proxy.mapFromSource(self.team_model.index(source, 0))
        if not index.isValid():
            for w in (self.team_search, self.team_kind_filter, self.team_problem_check):
                w.blockSignals(True)
            self.team_search.clear()
            self.team_kind_filter.setCurrentIndex(0)
            self.team_problem_check.setChecked(False)
            for w in (self.team_search, self.team_kind_filter, self.team_problem_check):
                w.blockSignals(False)
            self._filter_teams()
            index = self.team_proxy.mapFromSource(self.team_model.index(source, 0))
        if show:
            self.tabs.setCurrentIndex(0)
        self.team_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.team_view.scrollTo(index)
        self._team_chosen()
        return True

    def _team_chosen(self) -> None:
        team = self.current_team()
        snap = self.snapshot
        with QSignalBlocker(self.team_rename_edit):
            self.team_rename_edit.setText(team.name if team is not None else "")
        if team is None or snap is None:
            self.member_box.setTitle("队员（请在上方选择一个工作队）")
            self.member_model.set_rows([])
        else:
            self.member_box.setTitle(
                f"{team.name}：在派 {team.members} 人，应为 {team.composition}（1名队长加{team.required - 1}名队员）"
            )
            self.member_model.set_rows([r for r in snap.rows if r.team_id == team.id])
        self._filter_candidates()
        self._update_team_actions()

    def _filter_candidates(self) -> None:
        team = self.current_team()
        team_id = team.id if team is not None else None
        query = self.candidate_search.text().strip()
        free_only = self.free_only_check.isChecked()
        keep = set(self.preselect)

        def accepts(r: DispatchRow) -> bool:
            if team_id is not None and r.team_id == team_id:
                return False
            if free_only and r.team_id is not None and r.id not in keep:
                return False
            return r.matches(query)

        self.candidate_proxy.set_predicate(accepts)
        self._update_team_actions()

    def _select_candidates(self, ids: Sequence[int]) -> int:
        wanted = set(ids)
        selection = QItemSelection()
        first = None
        for proxy_row in range(self.candidate_proxy.rowCount()):
            row = self.candidate_proxy.row_at(proxy_row)
            if isinstance(row, DispatchRow) and row.id in wanted:
                left = self.candidate_proxy.index(proxy_row, 0)
                right = self.candidate_proxy.index(proxy_row, self.candidate_proxy.columnCount() - 1)
                selection.select(left, right)
                first = first or left
        model = self.candidate_view.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if first is not None:
            self.candidate_view.scrollTo(first)
        count = len(selection.indexes()) // max(1, self.candidate_proxy.columnCount())
        self._update_team_actions()
        return count

    def select_candidates(self, ids: Sequence[int]) -> int:
        """Select these dispatches in the right-hand list (as the clerk would); returns how many were found."""
        return self._select_candidates(ids)

    def selected_candidates(self) -> list[DispatchRow]:
        return self._selected(self.candidate_view, self.candidate_proxy)

    def selected_members(self) -> list[DispatchRow]:
        return self._selected(self.member_view, self.member_proxy)

    @staticmethod
    def _selected(view: QTableView, proxy: RowFilterProxy) -> list[DispatchRow]:
        out = []
        for index in view.selectionModel().selectedRows():
            row = proxy.row_at(index.row())
            if isinstance(row, DispatchRow):
                out.append(row)
        return out

    def select_members(self, ids: Sequence[int]) -> None:
        wanted = set(ids)
        selection = QItemSelection()
        for proxy_row in range(self.member_proxy.rowCount()):
            row = self.member_proxy.row_at(proxy_row)
            if isinstance(row, DispatchRow) and row.id in wanted:
                selection.select(
                    self.member_proxy.index(proxy_row, 0),
                    self.member_proxy.index(proxy_row, self.member_proxy.columnCount() - 1),
                )
        self.member_view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._update_team_actions()

    def _update_team_actions(self) -> None:
        team = self.current_team()
        candidates = self.selected_candidates()
        members = self.selected_members()
        self.add_button.setEnabled(team is not None and bool(candidates))
        new_name = self.team_rename_edit.text().strip()
        self.team_rename_edit.setEnabled(team is not None)
        self.rename_team_button.setEnabled(team is not None and bool(new_name) and new_name != team.name)
        self.delete_team_button.setEnabled(team is not None)
        self.remove_button.setEnabled(bool(members))
        self.leader_button.setEnabled(
            len(members) == 1 and members[0].active and members[0].role != Role.TEAM_LEADER.value
        )
        moving = [r for r in candidates if r.team_id is not None]
        if team is None and candidates:
            text = f"已选 {len(candidates)} 人：请在上方选择要编入的工作队"
        elif candidates:
            text = f"已选 {len(candidates)} 人" + (
                f"（其中 {len(moving)} 人将从原工作队转入）" if moving else ""
            )
        else:
            text = "可按住 Ctrl 或 Shift 多选"
        self.candidate_hint.setText(text)

    def create_team(self) -> None:
        name = self.team_name_edit.text().strip()
        if not name:
            self.show_error("请填写工作队名称")
            self.team_name_edit.setFocus()
            return
        kind = self.team_kind_combo.currentData()
        township_id = self.team_township_combo.currentData()
        batch_id = self.batch_id

        def op(ctx: Context) -> int:
            return assignment.create_team(ctx, batch_id, name, kind, township_id)

        def done(team_id: int) -> None:
            self._want_team = team_id
            self.team_name_edit.clear()
            self.status_label.setText(f"已新建工作队“{name}”")

        self._write(op, "create team", done)

    def add_to_team(self) -> None:
        team = self.current_team()
        rows = self.selected_candidates()
        if team is None or not rows:
            self.show_error("请先在上方选择工作队，再在右侧选择要编入的人员")
            return
        ids, team_id = [r.id for r in rows], team.id

        def op(ctx: Context) -> int:
            return assignment.set_team(ctx, ids, team_id)

        def done(n: int) -> None:
            self._want_team = team_id
            self.preselect = [i for i in self.preselect if i not in ids]
            self.status_label.setText(f"已将 {n} 人编入“{team.name}”")

        self._write(op, "join team", done)

    def remove_from_team(self) -> None:
        rows = self.selected_members()
        if not rows:
            return
        ids = [r.id for r in rows]
        team = self.current_team()

        def op(ctx: Context) -> int:
            return assignment.set_team(ctx, ids, None)

        def done(n: int) -> None:
            self.status_label.setText(f"已将 {n} 人移出“{team.name if team else '工作队'}”")

        self._write(op, "leave team", done)

    def make_leader(self) -> None:
        rows = self.selected_members()
        team = self.current_team()
        if len(rows) != 1 or team is None or self.snapshot is None:
            return
        chosen = rows[0]
        team_id, dispatch_id = team.id, chosen.id

        def op(ctx: Context) -> str:
            return assignment.set_team_leader(ctx, team_id, dispatch_id)

        def done(_result: Any) -> None:
            self.status_label.setText(f"{chosen.name}已设为“{team.name}”队长")

        self._write(op, "team leader", done)

    def rename_team(self) -> None:
        team = self.current_team()
        if team is None:
            return
        name = self.team_rename_edit.text().strip()
        if not name:
            self.show_error("请填写工作队的新名称")
            self.team_rename_edit.setFocus()
            return
        if name == team.name:
            return
        team_id, old = team.id, team.name

        def op(ctx: Context) -> None:
            assignment.rename_team(ctx, team_id, name)

        def done(_result: Any) -> None:
            self._want_team = team_id
            self.status_label.setText(f"工作队“{old}”已更名为“{name}”")

        self._write(op, "rename team", done)

    def delete_team(self) -> None:
        team = self.current_team()
        if team is None:
            return
        members = sum(1 for r in self.snapshot.rows if r.team_id == team.id) if self.snapshot else 0
        text = f"确定删除工作队“{team.name}”吗？" + (
            f"\n其 {members} 名队员仍留在选派名单中，但不再属于任何工作队。" if members else ""
        )
        if not self.runner.notifier.confirm(text, title="删除工作队", parent=self):
            return
        team_id, name = team.id, team.name

        def op(ctx: Context) -> int:
            return assignment.delete_team(ctx, team_id)

        def done(released: int) -> None:
            self._want_team = None
            with QSignalBlocker(self.team_view.selectionModel()):
                self.team_view.clearSelection()
            self.status_label.setText(
                f"已删除工作队“{name}”" + (f"，{released} 人已移出" if released else "")
            )

        self._write(op, "delete team", done)

    # ------------------------------------------------------------------ 工作小组
    def _filter_groups(self) -> None:
        township = self.group_township_filter.currentData()
        self.group_proxy.set_predicate(
            (lambda g: g.township_id == township) if township is not None else None
        )
        total, shown = self.group_model.rowCount(), self.group_proxy.rowCount()
        if not total:
            self.group_count_label.setText("本批次还没有工作小组")
        else:
            self.group_count_label.setText(
                f"显示 {shown} / 共 {total} 个" if shown != total else f"共 {total} 个"
            )

    def current_group(self) -> WorkGroupRow | None:
        rows = self.group_view.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.group_proxy.row_at(rows[0].row())
        return value if isinstance(value, WorkGroupRow) else None

    def select_group(self, group_id: int, *, show: bool = True) -> bool:
        source = self.group_model.find(lambda g: g.id == group_id)
        if source < 0:
            return False
        index = self.group_proxy.mapFromSource(self.group_model.index(source, 0))
        if not index.isValid():
            self.group_township_filter.setCurrentIndex(0)
            index = self.group_proxy.mapFromSource(self.group_model.index(source, 0))
        if show:
            self.tabs.setCurrentIndex(1)
        self.group_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.group_view.scrollTo(index)
        self._group_chosen()
        return True

    def _group_chosen(self) -> None:
        group = self.current_group()
        if group is not None:
            self.edit_group(group)

    def edit_group(self, group: WorkGroupRow | None) -> None:
        """Load a group into the editor, or start a new one (``None``) in the filtered township."""
        self.show_error("")
        self._editing_group = group.id if group is not None else None
        if group is None:
            with QSignalBlocker(self.group_view.selectionModel()):
                self.group_view.clearSelection()
            self.editor_box.setTitle("新建工作小组")
            self.delete_group_button.setEnabled(False)
            township = self.group_township_filter.currentData()
            if township is not None:
                with QSignalBlocker(self.group_township_combo):
                    self.group_township_combo.setCurrentIndex(
                        max(self.group_township_combo.findData(township), 0)
                    )
            self.group_name_edit.clear()
            self._fill_villages([])
        else:
            self.editor_box.setTitle(f"编辑工作小组 — {group.name}")
            self.delete_group_button.setEnabled(True)
            with QSignalBlocker(self.group_township_combo):
                self.group_township_combo.setCurrentIndex(
                    max(self.group_township_combo.findData(group.township_id), 0)
                )
            self.group_name_edit.setText(group.name)
            self._suggested_name = ""
            self._fill_villages(list(group.place_ids))

    def _fill_villages(self, checked: Sequence[int] | None = None) -> None:
        """The villages of the editor's township, each with the group it already belongs to."""
        snap = self.snapshot
        township = self.group_township_combo.currentData()
        if checked is None:
            checked = []  # a new township: start from nothing ticked
        taken: dict[int, str] = {}
        if snap is not None:
            for g in snap.groups:
                if g.id != self._editing_group:
                    for pid in g.place_ids:
                        taken[pid] = g.name
        with QSignalBlocker(self.village_list):
            self.village_list.clear()
            for p in snap.villages if snap is not None else []:
                if p.township_id != township:
                    continue
                label = p.name + (f"（已在“{taken[p.id]}”）" if p.id in taken else "")
                if p.tags:
                    label += f"［{'、'.join(p.tags)}］"
                item = QListWidgetItem(label)
                item.setData(PLACE_ID_ROLE, p.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if p.id in checked else Qt.CheckState.Unchecked)
                if p.id in taken:
                    item.setForeground(MUTED_COLOR)
                self.village_list.addItem(item)
        if self._editing_group is None:
            self._suggest_name()
        self._count_villages()

    def _suggest_name(self) -> None:
        """A new group's name follows its township (第N工作小组) until the clerk types another one."""
        snap = self.snapshot
        township = self.group_township_combo.currentData()
        if snap is None or township is None:
            return
        current = self.group_name_edit.text().strip()
        if current and current != self._suggested_name:
            return
        name = self.group_township_combo.currentText()
        existing = {g.name for g in snap.groups}
        n = sum(1 for g in snap.groups if g.township_id == township) + 1
        while f"{name}第{_cn_number(n)}工作小组" in existing:
            n += 1
        self._suggested_name = f"{name}第{_cn_number(n)}工作小组"
        self.group_name_edit.setText(self._suggested_name)

    def checked_villages(self) -> list[int]:
        out = []
        for i in range(self.village_list.count()):
            item = self.village_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(PLACE_ID_ROLE)))
        return out

    def set_checked_villages(self, place_ids: Sequence[int]) -> None:
        wanted = set(place_ids)
        for i in range(self.village_list.count()):
            item = self.village_list.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(PLACE_ID_ROLE) in wanted else Qt.CheckState.Unchecked
            )

    def _count_villages(self) -> None:
        n = len(self.checked_villages())
        total = self.village_list.count()
        if not total:
            self.village_count_label.setText("该乡镇没有村")
            self.village_count_label.setStyleSheet(HINT_STYLE)
            return
        self.village_count_label.setText(f"已选 {n} 个村（应为2至3个）")
        self.village_count_label.setStyleSheet(OK_STYLE if 2 <= n <= 3 else HINT_STYLE)

    def save_group(self) -> None:
        township = self.group_township_combo.currentData()
        if township is None:
            self.show_error("请选择乡镇")
            return
        name = self.group_name_edit.text().strip()
        place_ids = self.checked_villages()
        batch_id, group_id = self.batch_id, self._editing_group

        def op(ctx: Context) -> int:
            return assignment.save_work_group(ctx, batch_id, township, name, place_ids, group_id)

        def done(saved_id: int) -> None:
            self._want_group = saved_id
            self._editing_group = saved_id
            self.status_label.setText(f"已保存工作小组“{name}”")

        self._write(op, "save work group", done)

    def delete_group(self) -> None:
        """Delete the group in the editor, after the clerk confirms."""
        snap = self.snapshot
        group = next((g for g in snap.groups if g.id == self._editing_group), None) if snap else None
        if group is None:
            return
        text = f"确定删除工作小组“{group.name}”吗？" + (
            f"\n其 {'、'.join(group.places)} 及 {group.members} 名驻村干部不受影响，只是不再属于该小组。"
            if group.places
            else ""
        )
        if not self.runner.notifier.confirm(text, title="删除工作小组", parent=self):
            return
        group_id, name = group.id, group.name

        def op(ctx: Context) -> int:
            return assignment.delete_work_group(ctx, group_id)

        def done(_released: int) -> None:
            self._want_group = None
            self.edit_group(None)
            self.status_label.setText(f"已删除工作小组“{name}”")

        self._write(op, "delete work group", done)


__all__ = ["TeamsDialog"]
