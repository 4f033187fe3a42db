"""The 工作小组 tab of 工作队与工作小组 (layout: forms/work_groups_tab.ui).

The batch's work groups with their villages; create or edit one by ticking 2–3 villages of a township,
or delete it. Changes run through the dialog's ``write``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from cadredesk.services import assignment
from cadredesk.services.context import Context
from cadredesk.services.roster_view import TeamsSnapshot, WorkGroupRow
from cadredesk.ui.forms.ui_work_groups_tab import Ui_WorkGroupsTab
from cadredesk.ui.table import Table, current, select_row
from cadredesk.ui.table_model import Column
from cadredesk.ui.theme import ERROR_COLOR, HINT_STYLE, MUTED_COLOR, OK_COLOR, OK_STYLE
from cadredesk.ui.widgets import fill_combo

if TYPE_CHECKING:
    from cadredesk.ui.teams_dialog import TeamsDialog

PLACE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (group names such as 第三工作小组)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


GROUP_COLUMNS: list[Column[WorkGroupRow]] = [
    Column("township", "乡镇", lambda g: g.township, lambda g: g.township_order, width=5),
    Column("name", "工作小组", lambda g: g.name, tooltip=lambda g: g.name, width=8),
    Column(
        "places", "村", lambda g: "、".join(g.places) or "（无）", lambda g: len(g.places),
        tooltip=lambda g: "、".join(g.places) or None, width=12,
    ),
    Column("members", "驻村干部", lambda g: str(g.members), lambda g: g.members, align_center=True, width=4),
    Column(
        "check", "检查", lambda g: "；".join(g.issues) or "符合要求", lambda g: len(g.issues),
        tooltip=lambda g: "\n".join(g.issues) or None,
        foreground=lambda g: ERROR_COLOR if g.issues else OK_COLOR, width=6,
    ),
]  # fmt: skip


class WorkGroupsTab(QWidget):
    """工作小组: the groups on the left, the editor of one group (new or chosen) on the right."""

    def __init__(self, dialog: TeamsDialog, *, group_id: int | None = None) -> None:
        super().__init__(dialog)
        self.ui = Ui_WorkGroupsTab()
        self.ui.setupUi(self)
        self.dialog = dialog
        self._want_group = group_id
        self._editing_group: int | None = None
        self._suggested_name = ""
        ui = self.ui
        self.group_township_filter, self.group_count_label = ui.groupTownshipFilter, ui.groupCountLabel
        self.new_group_button, self.editor_box = ui.newGroupButton, ui.editorBox
        self.group_township_combo, self.group_name_edit = ui.groupTownshipCombo, ui.groupNameEdit
        self.village_list, self.village_count_label = ui.villageList, ui.villageCountLabel
        self.save_group_button, self.delete_group_button = ui.saveGroupButton, ui.deleteGroupButton
        groups = Table(ui.groupView, GROUP_COLUMNS, self)
        self.group_model, self.group_proxy, self.group_view = groups.model, groups.proxy, groups.view
        fill_combo(self.group_township_filter, [], all_text="全部乡镇")
        self.group_township_filter.currentIndexChanged.connect(lambda _i: self._filter_groups())
        self.new_group_button.clicked.connect(lambda: self.edit_group(None))
        self.group_view.selectionModel().selectionChanged.connect(lambda *_a: self._group_chosen())
        self.group_township_combo.currentIndexChanged.connect(lambda _i: self._fill_villages())
        self.village_list.itemChanged.connect(lambda _item: self._count_villages())
        self.save_group_button.clicked.connect(self.save_group)
        self.delete_group_button.clicked.connect(self.delete_group)

    # ------------------------------------------------------------------ showing the batch
    def remember(self) -> None:
        """Before a reload: keep the chosen group chosen."""
        group = self.current_group()
        if self._want_group is None and group is not None:
            self._want_group = group.id

    def show_snapshot(self, snap: TeamsSnapshot) -> None:
        townships = [
            (name, tid) for tid, name in dict.fromkeys((p.township_id, p.township) for p in snap.villages)
        ]
        fill_combo(self.group_township_filter, townships, all_text="全部乡镇")
        fill_combo(self.group_township_combo, townships)
        self.group_model.set_rows(snap.groups)
        self._filter_groups()
        want, self._want_group = self._want_group or self._editing_group, None
        if want is not None and any(g.id == want for g in snap.groups):
            self.select_group(want, show=False)
        elif want is not None:
            self.edit_group(None)  # the group being edited is gone
        else:
            self._fill_villages(self.checked_villages())  # a new group in the making keeps its ticks

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
        value = current(self.group_view)
        return value if isinstance(value, WorkGroupRow) else None

    def select_group(self, group_id: int, *, show: bool = True) -> bool:
        if self.group_model.find(lambda g: g.id == group_id) < 0:
            return False
        if show:
            self.dialog.show_tab(1)
        if not select_row(self.group_view, lambda g: g.id == group_id):
            self.group_township_filter.setCurrentIndex(0)
            select_row(self.group_view, lambda g: g.id == group_id)
        self._group_chosen()
        return True

    def _group_chosen(self) -> None:
        group = self.current_group()
        if group is not None:
            self.edit_group(group)

    def edit_group(self, group: WorkGroupRow | None) -> None:
        """Load a group into the editor, or start a new one (``None``) in the filtered township."""
        self.dialog.show_error("")
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
        snap = self.dialog.snapshot
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
        snap = self.dialog.snapshot
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
            self.dialog.show_error("请选择乡镇")
            return
        name = self.group_name_edit.text().strip()
        place_ids = self.checked_villages()
        batch_id, group_id = self.dialog.batch_id, self._editing_group

        def op(ctx: Context) -> int:
            return assignment.save_work_group(ctx, batch_id, township, name, place_ids, group_id)

        def done(saved_id: int) -> None:
            self._want_group = saved_id
            self._editing_group = saved_id
            self.dialog.status_label.setText(f"已保存工作小组“{name}”")

        self.dialog.write(op, "save work group", done)

    def delete_group(self) -> None:
        """Delete the group in the editor, after the clerk confirms."""
        snap = self.dialog.snapshot
        group = next((g for g in snap.groups if g.id == self._editing_group), None) if snap else None
        if group is None:
            return
        text = f"确定删除工作小组“{group.name}”吗？" + (
            f"\n其 {'、'.join(group.places)} 及 {group.members} 名驻村干部不受影响，只是不再属于该小组。"
            if group.places
            else ""
        )
        if not self.dialog.runner.notifier.confirm(text, title="删除工作小组", parent=self.dialog):
            return
        group_id, name = group.id, group.name

        def op(ctx: Context) -> int:
            return assignment.delete_work_group(ctx, group_id)

        def done(_released: int) -> None:
            self._want_group = None
            self.edit_group(None)
            self.dialog.status_label.setText(f"已删除工作小组“{name}”")

        self.dialog.write(op, "delete work group", done)


__all__ = ["GROUP_COLUMNS", "WorkGroupsTab"]
