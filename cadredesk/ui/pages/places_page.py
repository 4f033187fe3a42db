"""派驻点 page: townships and places with their priority tags, and who covers them in the chosen batch.

A must-cover place (软弱涣散, 经济薄弱, 换届重难点 — 全覆盖, 《在全县选派干部驻村蹲点工作会议上的讲话》) without a cadre is shown in
red; a place tagged 革命老区 or 少数民族 (应派尽派) without one in amber.
Layouts: forms/places_page.ui and forms/place_dialog.ui.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QMenu, QWidget

from cadredesk.core.enums import PlaceKind, PlaceTag
from cadredesk.services import deletion, reference
from cadredesk.services.batches import BatchRow
from cadredesk.services.context import Context
from cadredesk.services.roster_view import PlacesSnapshot, PlaceStatus, load_places
from cadredesk.ui import list_export
from cadredesk.ui.forms.ui_place_dialog import Ui_PlaceDialog
from cadredesk.ui.forms.ui_places_page import Ui_PlacesPage
from cadredesk.ui.notify import Notifier, show_refusal
from cadredesk.ui.pages.base import BasePage
from cadredesk.ui.reference_import import ReferenceImporter
from cadredesk.ui.saving_dialog import SavingDialog
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskRunner
from cadredesk.ui.theme import COVERED_COLOR, ERROR_BACKGROUND, ERROR_COLOR, ERROR_STYLE, WARNING_COLOR
from cadredesk.ui.widgets import debounced_search, fill_combo, reset_filters

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


PLACE_COLUMNS: list[Column[PlaceStatus]] = [
    Column(
        "township", "乡镇（街道）", lambda p: p.township, lambda p: p.township_order, background=_gap_background,
        width=7,
    ),
    Column(
        "name", "派驻点", lambda p: p.name, lambda p: (p.township_order, p.order, p.name), background=_gap_background,
        tooltip=lambda p: f"{p.township}{p.name}（{p.kind}）", width=12,
    ),
    Column("kind", "类型", lambda p: p.kind, background=_gap_background, align_center=True, width=4),
    Column(
        "tags", "重点类别", _tags_text, lambda p: (not p.must_cover, not p.tags, _tags_text(p)),
        tooltip=lambda p: "须全覆盖（软弱涣散、经济薄弱、换届重难点）" if p.must_cover else (
            "应派尽派（革命老区、少数民族）" if p.tags else None
        ),
        foreground=lambda p: ERROR_COLOR if p.must_cover else None, background=_gap_background, width=12,
    ),
    Column(
        "coverage", "覆盖情况", lambda p: p.coverage_text, lambda p: (p.covered, not p.must_cover, not p.tags),
        foreground=_coverage_color, background=_gap_background, width=10,
    ),
    Column(
        "assignees", "派驻干部", lambda p: "、".join(p.assignees), lambda p: len(p.assignees),
        tooltip=lambda p: "\n".join(p.assignees) or None, background=_gap_background, width=18,
    ),
]  # fmt: skip


class PlaceDialog(SavingDialog):
    """新增 / 编辑派驻点: township (an existing one or a new name), name, kind, priority tags.

    The tags shown and saved are ``batch``'s list (the batch chosen on the page) and the place's current
    tags; a closed batch's list is frozen, so its tags are shown but not editable.
    """

    def __init__(
        self,
        runner: TaskRunner,
        townships: Sequence[tuple[int, str]],
        place: PlaceStatus | None = None,
        *,
        township_id: int | None = None,
        batch: BatchRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.ui = Ui_PlaceDialog()
        self.ui.setupUi(self)
        self.bind(self.ui.buttonBox, self.ui.errorLabel)
        self.place = place
        self.setWindowTitle(f"编辑派驻点 — {place.name}" if place else "新增派驻点")
        self._kind_touched = place is not None
        self.township_combo, self.name_edit, self.kind_combo = (
            self.ui.townshipCombo, self.ui.nameEdit, self.ui.kindCombo
        )  # fmt: skip
        self._fill_townships(townships, place.township_id if place else township_id)
        self.name_edit.setText(place.name if place else "")
        for kind in PlaceKind:
            self.kind_combo.addItem(kind.value, kind.value)
        if place:
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(place.kind), 0))
        self.tag_checks = self._add_tag_checks(place.tags if place else ())
        self.batch = batch
        self.tags_frozen = batch is not None and batch.closed_on is not None
        if batch is not None:
            self.ui.tagsBox.setTitle(
                f"重点类别（“{batch.name}”的重点村名单"
                + (f"，已于 {batch.closed_on} 结束，不能修改）" if self.tags_frozen else "）")
            )
        for check in self.tag_checks.values():
            check.setEnabled(not self.tags_frozen)
        self.name_edit.textChanged.connect(self._name_changed)
        self.kind_combo.activated.connect(lambda _i: setattr(self, "_kind_touched", True))
        self.adjustSize()  # the tag rows were added

    def _fill_townships(self, townships: Sequence[tuple[int, str]], wanted: int | None) -> None:
        """The existing townships to choose from; a new one's name may be typed instead."""
        for tid, name in townships:
            self.township_combo.addItem(name, tid)
        line = self.township_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText("选择乡镇，或输入新的乡镇（街道）名称")
        self.township_combo.setCurrentIndex(
            self.township_combo.findData(wanted) if wanted is not None else -1
        )
        if wanted is None:
            self.township_combo.setEditText("")

    def _add_tag_checks(self, checked: Sequence[str]) -> dict[str, QCheckBox]:
        """One check box per tag, under 须全覆盖 or 应派尽派."""
        checks: dict[str, QCheckBox] = {}
        must = [t for t in PlaceTag if t.must_cover]
        may = [t for t in PlaceTag if not t.must_cover]
        for column, group in enumerate((must, may)):
            for row, tag in enumerate(group, start=1):
                check = QCheckBox(tag.value + "村")
                check.setChecked(tag.value in checked)
                checks[tag.value] = check
                self.ui.tagsGrid.addWidget(check, row, column)
        return checks

    @property
    def saved_id(self) -> int | None:
        return self.result_id

    def _name_changed(self, text: str) -> None:
        if not self._kind_touched and text.strip():
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(reference.infer_kind(text)), 0))

    def tags(self) -> list[str]:
        return [t for t in TAG_ORDER if self.tag_checks[t].isChecked()]

    def _township(self) -> tuple[str, int | None]:
        text = "".join(self.township_combo.currentText().split())
        index = self.township_combo.findText(text)
        return text, (self.township_combo.itemData(index) if index >= 0 else None)

    def check(self) -> str:
        if not self._township()[0]:
            return "请选择或填写乡镇（街道）"
        if not self.name_edit.text().strip():
            return "请填写派驻点名称"
        return ""

    def operation(self) -> Callable[[Context], int]:
        text, township_id = self._township()
        township: int | str = township_id if township_id is not None else text
        name, kind = self.name_edit.text().strip(), self.kind_combo.currentData()
        tags = None if self.tags_frozen else self.tags()  # None: a closed batch's list stays as it was
        place_id = self.place.id if self.place else None
        batch_id = self.batch.id if self.batch is not None and not self.tags_frozen else reference.NEWEST

        def op(ctx: Context) -> int:
            return reference.save_place(ctx, township, name, kind, tags, place_id, batch_id=batch_id)

        return op


class PlacesPage(BasePage[PlaceStatus]):
    """Emits ``loaded(places)`` after each (re)load; loads each time it is shown."""

    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(runner, notifier, parent)
        self.ui = Ui_PlacesPage()
        self.ui.setupUi(self)
        self.snapshot: PlacesSnapshot | None = None
        ui = self.ui
        self.search_edit, self.township_combo, self.kind_combo = ui.searchEdit, ui.townshipCombo, ui.kindCombo
        self.priority_combo, self.coverage_combo = ui.priorityCombo, ui.coverageCombo
        self.add_button, self.import_button, self.edit_button = ui.addButton, ui.importButton, ui.editButton
        self.summary_label, self.legend = ui.summaryLabel, ui.legend
        fill_combo(self.kind_combo, [(k.value, k.value) for k in PlaceKind], all_text="全部类型")
        fill_combo(self.priority_combo, PRIORITY_FILTERS)
        fill_combo(self.coverage_combo, COVERAGE_FILTERS)
        fill_combo(self.township_combo, [], all_text="全部乡镇")
        self.init_table(
            ui.view, PLACE_COLUMNS, on_activate=lambda _p: self.edit_selected(), context_menu=self._row_menu
        )
        self.bind(status=self.summary_label, batch_combo=ui.batchCombo)
        # the tags of an imported table become the chosen batch's list too (while that batch is open)
        self.importer = ReferenceImporter(
            runner, notifier, self, "places", lambda: self.reload(), batch=self._open_batch_name
        )
        self._connect()

    def _connect(self) -> None:
        self._search_timer = debounced_search(self.search_edit, self.apply_filter, self)
        for combo in (self.township_combo, self.kind_combo, self.priority_combo, self.coverage_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.import_button.clicked.connect(lambda: self.importer.start())
        self.edit_button.clicked.connect(self.edit_selected)
        self.ui.refreshButton.clicked.connect(lambda: self.reload())
        self.ui.exportButton.clicked.connect(self.export_list)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_a: self.edit_button.setEnabled(self.selected() is not None)
        )

    # ------------------------------------------------------------------ loading
    def load_operation(self, batch: int | None) -> Callable[[Context], PlacesSnapshot]:
        return lambda ctx: load_places(ctx, batch)

    def shown_batch(self) -> int | None:
        return self.snapshot.batch_id if self.snapshot is not None else None

    def current_batch_id(self) -> int | None:
        value = self.current_batch()
        return value if isinstance(value, int) else None

    def show_data(self, snap: PlacesSnapshot) -> int:
        self.snapshot = snap
        assert self.batch_combo is not None
        fill_combo(self.batch_combo, [(b.name, b.id) for b in snap.batches] or [("（尚无批次）", None)])
        self.batch_combo.blockSignals(True)
        self.batch_combo.setCurrentIndex(max(self.batch_combo.findData(snap.batch_id), 0))
        self.batch_combo.blockSignals(False)
        fill_combo(self.township_combo, [(name, name) for _tid, name in snap.townships], all_text="全部乡镇")
        self.model.set_rows(snap.places)
        self.apply_filter()
        return len(snap.places)

    def select_place(self, place_id: int) -> bool:
        return self.select_id(place_id)

    # ------------------------------------------------------------------ filters
    def clear_filters(self) -> None:
        reset_filters(
            self.search_edit, self.township_combo, self.kind_combo, self.priority_combo, self.coverage_combo
        )
        self.apply_filter()

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
            return not query or p.matches(query) or any(query in a for a in p.assignees)

        active = any(v is not None for v in (township, kind, priority, coverage)) or bool(query)
        self.proxy.set_predicate(accepts if active else None)
        self._update_summary()

    def _update_summary(self) -> None:
        places = self.model.rows()
        if not places:
            self.show_status("尚无派驻点。可点“新增派驻点”，或导入名单时选择“自动新建派驻点”。")
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
        self.show_status(text)
        self.summary_label.setStyleSheet(ERROR_STYLE if gaps else "")

    # ------------------------------------------------------------------ editing
    def edit_selected(self) -> None:
        place = self.selected()
        if place is not None:
            self.open_editor(place)

    def open_editor(self, place: PlaceStatus | None) -> PlaceDialog:
        townships = self.snapshot.townships if self.snapshot else []
        preset = self.township_combo.currentData()
        township_id = next((tid for tid, name in townships if name == preset), None)
        dialog = PlaceDialog(
            self.runner, townships, place, township_id=township_id, batch=self.shown_batch_row(), parent=self
        )
        self.show_dialog(dialog, lambda: self.reload(select=dialog.result_id))
        return dialog

    def _open_batch_name(self) -> str | None:
        batch = self.shown_batch_row()
        return batch.name if batch is not None and batch.closed_on is None else None

    def shown_batch_row(self) -> BatchRow | None:
        snap = self.snapshot
        if snap is None or snap.batch_id is None:
            return None
        return next((b for b in snap.batches if b.id == snap.batch_id), None)

    # ------------------------------------------------------------------ right-click menu, delete, export
    def _row_menu(self, pos: QPoint) -> QMenu:
        menu = QMenu(self)
        self.row_menu = menu
        place = self.selected()
        menu.addAction("编辑派驻点…", self.edit_selected).setEnabled(place is not None)
        menu.addAction("删除误录的派驻点…", self.delete_selected).setEnabled(place is not None)
        menu.addSeparator()
        menu.addAction("导出当前列表…", self.export_list).setEnabled(self.proxy.rowCount() > 0)
        menu.popup(self.view.viewport().mapToGlobal(pos))
        return menu

    def delete_selected(self) -> None:
        """删除误录的派驻点: the service refuses (its message shown) while anything refers to the place."""
        place = self.selected()
        if place is None:
            return
        label = f"{place.township}{place.name}"
        if not self.notifier.confirm(
            f"删除误录的派驻点“{label}”？已有派驻、工作小组等记录的派驻点不能删除。",
            title="删除派驻点",
            parent=self,
        ):
            return
        place_id = place.id

        def op(ctx: Context) -> deletion.Deleted:
            return deletion.delete_place(ctx, place_id)

        def done(result: deletion.Deleted) -> None:
            self.show_status(f"已删除派驻点“{result.name}”")
            self.reload()

        self.runner.run(
            op,
            name="delete place",
            write=True,
            on_success=done,
            on_failure=show_refusal(self.notifier, "删除派驻点", self),
        )

    def export_list(self) -> object:
        batch = self.shown_batch_row()
        title = f"{batch.name}派驻点" if batch is not None else "派驻点"
        return list_export.export_view(self, self.runner, self.notifier, self.view, PLACE_COLUMNS, title)


__all__ = ["PlaceDialog", "PlacesPage"]
