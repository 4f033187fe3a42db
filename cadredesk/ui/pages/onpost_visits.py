"""领导走访 and 联系户 tabs of the 在岗管理 page.

领导走访: the dispatching units' leaders visiting their cadres' villages (the head at least once per term, a
deputy at least every half year), added, corrected, deleted and imported. 联系户: the households each cadre
keeps in touch with and the visits to them (one visit may be made by several cadres together; at least
four a year per household). Layouts: forms/visits_tab.ui, forms/visit_dialog.ui, forms/households_tab.ui,
forms/household_dialog.ui, forms/household_visit_dialog.ui.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from cadredesk.core.enums import VisitorRole
from cadredesk.services import reference, visits
from cadredesk.services.context import Context
from cadredesk.services.reference import PlaceRow
from cadredesk.services.visits import (
    HouseholdForm,
    HouseholdRow,
    HouseholdVisitForm,
    HouseholdVisitRow,
    LeaderVisitForm,
    LeaderVisitRow,
)
from cadredesk.ui.forms.ui_household_dialog import Ui_HouseholdDialog
from cadredesk.ui.forms.ui_household_visit_dialog import Ui_HouseholdVisitDialog
from cadredesk.ui.forms.ui_households_tab import Ui_HouseholdsTab
from cadredesk.ui.forms.ui_visit_dialog import Ui_VisitDialog
from cadredesk.ui.forms.ui_visits_tab import Ui_VisitsTab
from cadredesk.ui.list_export import export_view
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.onpost_common import (
    CadreOption,
    OnPostTab,
    cadre_options,
    chosen_data,
    day_text,
    fill_cadres,
    matches,
)
from cadredesk.ui.saving_dialog import SavingDialog, pydate, set_date
from cadredesk.ui.sheet_import import SheetImportDialog
from cadredesk.ui.table import Table, current
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import WARNING_COLOR
from cadredesk.ui.widgets import fill_combo

#: visits a household should have in a year (the batch's parameter is what ``check`` applies)
HOUSEHOLD_CATEGORIES = ("脱贫户", "监测户", "低保户", "五保户", "留守老人户", "困难户", "普通农户")

VISIT_COLUMNS: list[Column[LeaderVisitRow]] = [
    Column("day", "走访日期", lambda v: v.day.isoformat(), lambda v: v.day, width="2026-03-31"),
    Column("unit", "派出单位", lambda v: v.unit, width=12),
    Column("leader", "领导姓名", lambda v: v.leader, width=5),
    Column("role", "身份", lambda v: v.role, width=6),
    Column("township", "乡镇", lambda v: v.township, width=6),
    Column("place", "走访村", lambda v: v.place, width=8),
    Column("content", "走访内容", lambda v: v.content, tooltip=lambda v: v.content or None, width=20),
]  # fmt: skip


class VisitDialog(SavingDialog):
    """登记 or 更正 a leader visit."""

    def __init__(
        self,
        runner: TaskRunner,
        batch: int | None,
        units: Sequence[tuple[int, str]],
        places: Sequence[PlaceRow],
        visit: LeaderVisitRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.ui = ui = Ui_VisitDialog()
        ui.setupUi(self)
        self.bind(ui.buttonBox, ui.errorLabel)
        self.batch, self.visit = batch, visit
        self.setWindowTitle("更正领导走访记录" if visit else "登记派出单位领导走访")
        for uid, name in units:
            ui.unitCombo.addItem(name, uid)
        for p in places:
            ui.placeCombo.addItem(f"{p.township}{p.name}", p.id)
        for role in VisitorRole:
            ui.roleCombo.addItem(role.value, role.value)
        set_date(ui.dayEdit, visit.day if visit else self.runner.ctx.today())
        if visit:
            ui.unitCombo.setCurrentIndex(ui.unitCombo.findData(visit.unit_id))
            ui.placeCombo.setCurrentIndex(ui.placeCombo.findData(visit.place_id))
            ui.roleCombo.setCurrentIndex(max(ui.roleCombo.findData(visit.role), 0))
            ui.leaderEdit.setText(visit.leader)
            ui.contentEdit.setPlainText(visit.content)
        else:
            ui.unitCombo.setCurrentIndex(-1)
            ui.placeCombo.setCurrentIndex(-1)

    def check(self) -> str:
        if not self.ui.unitCombo.currentText().strip():
            return "请选择或填写派出单位"
        if not self.ui.leaderEdit.text().strip():
            return "请填写领导姓名"
        if chosen_data(self.ui.placeCombo) is None:
            return "请选择走访的村（派驻点）"
        return ""

    def operation(self) -> Callable[[Context], int]:
        ui = self.ui
        unit = chosen_data(ui.unitCombo)
        form = LeaderVisitForm(
            self.batch, unit if unit is not None else ui.unitCombo.currentText().strip(), ui.leaderEdit.text(),
            pydate(ui.dayEdit.date()), chosen_data(ui.placeCombo), ui.roleCombo.currentData(),
            content=ui.contentEdit.toPlainText(), id=self.visit.id if self.visit else None,
        )  # fmt: skip

        def op(ctx: Context) -> int:
            row = visits.save_leader_visit(ctx, form)
            self.warnings = list(row.warnings)
            return row.id

        return op


@dataclass(frozen=True)
class VisitsSnapshot:
    rows: list[LeaderVisitRow]
    units: list[tuple[int, str]]
    places: list[PlaceRow]


class VisitsTab(OnPostTab[LeaderVisitRow]):
    title = "领导走访"

    def __init__(
        self,
        runner: TaskRunner,
        notifier: Notifier,
        batch: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, notifier, batch, parent)
        self.ui = ui = Ui_VisitsTab()
        ui.setupUi(self)
        self.init_table(ui.view, VISIT_COLUMNS, stretch="content", on_activate=lambda v: self.open_editor(v))
        self.bind(status=ui.statusLabel)
        self.snapshot: VisitsSnapshot | None = None
        fill_combo(ui.roleCombo, [(r.value, r.value) for r in VisitorRole], all_text="全部")
        self.connect_list(
            ui.searchEdit, [ui.roleCombo], export=self.export, add=lambda: self.open_editor(None),
            edit=lambda: self.open_editor(self.selected()), delete=self.delete_selected,
        )  # fmt: skip
        ui.importButton.clicked.connect(self.open_import)

    def load_operation(self, batch: Any) -> Callable[[Context], VisitsSnapshot]:
        def op(ctx: Context) -> VisitsSnapshot:
            return VisitsSnapshot(
                visits.list_leader_visits(ctx, batch), reference.units(ctx), reference.list_places(ctx)
            )

        return op

    def show_data(self, snap: VisitsSnapshot) -> int:
        self.snapshot = snap
        self.model.set_rows(snap.rows)
        self.apply_filter()
        return len(snap.rows)

    def apply_filter(self) -> None:
        self._search.stop()
        q = self.ui.searchEdit.text().strip()
        role = self.ui.roleCombo.currentData()

        def accepts(v: LeaderVisitRow) -> bool:
            return (role is None or v.role == role) and (
                not q or matches(q, v.leader, v.unit, v.place, v.township)
            )

        self.proxy.set_predicate(accepts if q or role else None)
        rows = self.model.rows()
        units = len({v.unit_id for v in rows})
        self.show_status(
            f"走访 {len(rows)} 次，涉及派出单位 {units} 个"
            if rows
            else "尚无领导走访记录。点“登记走访”或从 Excel 导入。"
        )
        self.update_buttons()

    def open_editor(self, visit: LeaderVisitRow | None) -> VisitDialog:
        snap = self.snapshot
        dialog = VisitDialog(
            self.runner, self.batch(), snap.units if snap else [], snap.places if snap else [], visit, self
        )

        def saved() -> None:
            if dialog.warnings:
                self.notifier.warning("\n".join(dialog.warnings), parent=self)
            self.reload(select=dialog.result_id)

        self.show_dialog(dialog, saved)
        return dialog

    def delete_selected(self) -> TaskHandle | None:
        v = self.selected()
        if v is None or not self.notifier.confirm(
            f"删除 {v.unit} {v.leader} {v.day} 到{v.place}的走访记录？", parent=self
        ):
            return None
        return self.write(lambda ctx: visits.delete_leader_visit(ctx, v.id), "正在删除…")

    def open_import(self) -> SheetImportDialog:
        return self.open_sheet_import(
            lambda ctx, path, batch, dry, skip: visits.import_leader_visits(
                ctx, path, batch, skip_invalid=skip, dry_run=dry
            ),
            title="导入领导走访记录",
            intro="工作簿需有派出单位、领导姓名、身份（主要负责人/分管负责人）、日期、乡镇、村和走访内容等列；"
            "已登记过的走访（同一单位、领导、日期和村）会跳过，重复导入不会重复登记。",
            count=lambda r: f"{r.imported} 条（已有 {r.skipped} 条跳过）",
            valid=lambda r: r.imported,
        )

    def export(self) -> TaskHandle | None:
        return export_view(self, self.runner, self.notifier, self.view, VISIT_COLUMNS, "派出单位领导走访记录")


# --------------------------------------------------------------------------- 联系户


@dataclass(frozen=True)
class HouseholdLine:
    """A household with its visits this calendar year (the rule's count)."""

    id: int
    row: HouseholdRow
    this_year: int


def _short(h: HouseholdLine) -> Any:
    return WARNING_COLOR if h.this_year < 4 else None


HOUSEHOLD_COLUMNS: list[Column[HouseholdLine]] = [
    Column("cadre", "联系干部", lambda h: h.row.cadre, width=5),
    Column("place", "派驻点", lambda h: h.row.place, width=8),
    Column("head", "户主", lambda h: h.row.head_name, width=5),
    Column("category", "户类别", lambda h: h.row.category, width=5),
    Column("address", "住址", lambda h: h.row.address, tooltip=lambda h: h.row.address or None, width=12),
    Column("year", "本年走访", lambda h: str(h.this_year), lambda h: h.this_year, align_center=True,
           foreground=_short, tooltip=lambda h: "本年走访不足 4 次" if h.this_year < 4 else None, width=4),
    Column("visits", "累计走访", lambda h: str(h.row.visits), lambda h: h.row.visits, align_center=True, width=4),
    Column("last", "最近走访", lambda h: day_text(h.row.last_visit), lambda h: h.row.last_visit, width="2026-03-31"),
]  # fmt: skip

HOUSEHOLD_VISIT_COLUMNS: list[Column[HouseholdVisitRow]] = [
    Column("day", "走访日期", lambda v: v.day.isoformat(), lambda v: v.day, width="2026-03-31"),
    Column("cadres", "走访干部", lambda v: "、".join(v.cadres), width=12),
    Column("note", "情况", lambda v: v.note, tooltip=lambda v: v.note or None, width=24),
]


class HouseholdDialog(SavingDialog):
    def __init__(
        self,
        runner: TaskRunner,
        cadres: Sequence[CadreOption],
        household: HouseholdRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.ui = ui = Ui_HouseholdDialog()
        ui.setupUi(self)
        self.bind(ui.buttonBox, ui.errorLabel)
        self.household = household
        self.setWindowTitle("编辑联系户" if household else "新增联系户")
        fill_cadres(ui.cadreCombo, cadres, household.dispatch_id if household else None)
        ui.categoryCombo.addItems(list(HOUSEHOLD_CATEGORIES))
        ui.categoryCombo.setCurrentText(household.category if household else "")
        if household:
            ui.headEdit.setText(household.head_name)
            ui.addressEdit.setText(household.address)

    def check(self) -> str:
        if chosen_data(self.ui.cadreCombo) is None:
            return "请选择联系干部"
        return "" if self.ui.headEdit.text().strip() else "请填写户主姓名"

    def operation(self) -> Callable[[Context], int]:
        ui = self.ui
        form = HouseholdForm(
            chosen_data(ui.cadreCombo), ui.headEdit.text(), ui.addressEdit.text(), ui.categoryCombo.currentText(),
            self.household.id if self.household else None,
        )  # fmt: skip
        return lambda ctx: visits.save_household(ctx, form).id


class HouseholdVisitDialog(SavingDialog):
    """记录走访: the day, every cadre who went (checked), what was found."""

    def __init__(
        self,
        runner: TaskRunner,
        household: HouseholdRow,
        cadres: Sequence[CadreOption],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.ui = ui = Ui_HouseholdVisitDialog()
        ui.setupUi(self)
        self.bind(ui.buttonBox, ui.errorLabel)
        self.household = household
        ui.householdLabel.setText(
            f"联系户：{household.head_name}（{household.place}），联系干部 {household.cadre}"
        )
        set_date(ui.dayEdit, self.runner.ctx.today())
        same_place = [c for c in cadres if c.place == household.place] or list(cadres)
        for c in same_place:
            item = QListWidgetItem(c.label)
            item.setData(Qt.ItemDataRole.UserRole, c.dispatch_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if c.dispatch_id == household.dispatch_id else Qt.CheckState.Unchecked
            )
            ui.cadreList.addItem(item)

    def checked(self) -> tuple[int, ...]:
        items = (self.ui.cadreList.item(i) for i in range(self.ui.cadreList.count()))
        return tuple(
            int(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked
        )

    def check(self) -> str:
        return "" if self.checked() else "请勾选走访的干部（至少一人）"

    def operation(self) -> Callable[[Context], int]:
        form = HouseholdVisitForm(
            self.household.id, pydate(self.ui.dayEdit.date()), self.checked(), self.ui.noteEdit.text()
        )
        return lambda ctx: visits.record_household_visit(ctx, form).household_id


@dataclass(frozen=True)
class HouseholdsSnapshot:
    rows: list[HouseholdLine]
    cadres: list[CadreOption]


class HouseholdsTab(OnPostTab[HouseholdLine]):
    title = "联系户"

    def __init__(
        self,
        runner: TaskRunner,
        notifier: Notifier,
        batch: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, notifier, batch, parent)
        self.ui = ui = Ui_HouseholdsTab()
        ui.setupUi(self)
        self.init_table(
            ui.view, HOUSEHOLD_COLUMNS, stretch="address", on_activate=lambda h: self.open_editor(h)
        )
        self.visit_table: Table[HouseholdVisitRow] = Table(
            ui.visitsView, HOUSEHOLD_VISIT_COLUMNS, self, stretch="note"
        )
        ui.splitter.setSizes([380, 160])
        self.bind(status=ui.statusLabel)
        self.cadres: list[CadreOption] = []
        self.connect_list(
            ui.searchEdit, export=self.export, add=lambda: self.open_editor(None),
            edit=lambda: self.open_editor(self.selected()), delete=self.delete_selected,
        )  # fmt: skip
        ui.visitButton.clicked.connect(lambda: self.open_visit())
        ui.deleteVisitButton.clicked.connect(self.delete_visit)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        ui.visitsView.selectionModel().selectionChanged.connect(
            lambda *_a: ui.deleteVisitButton.setEnabled(current(self.ui.visitsView) is not None)
        )

    def load_operation(self, batch: Any) -> Callable[[Context], HouseholdsSnapshot]:
        year = self.runner.ctx.today().year

        def op(ctx: Context) -> HouseholdsSnapshot:
            rows = visits.list_households(ctx, batch=batch)
            counts: dict[int, int] = {}
            if rows:
                for summary in visits.household_counts(
                    ctx, batch, dt.date(year, 1, 1), dt.date(year, 12, 31)
                ):
                    counts.update(summary.visits)
            lines = [HouseholdLine(r.id, r, counts.get(r.id, 0)) for r in rows]
            return HouseholdsSnapshot(lines, cadre_options(ctx, batch))

        return op

    def show_data(self, snap: HouseholdsSnapshot) -> int:
        self.cadres = snap.cadres
        self.model.set_rows(snap.rows)
        self.apply_filter()
        self._selection_changed()
        return len(snap.rows)

    def apply_filter(self) -> None:
        self._search.stop()
        q = self.ui.searchEdit.text().strip()
        self.proxy.set_predicate(
            (lambda h: matches(q, h.row.head_name, h.row.cadre, h.row.place, h.row.address)) if q else None
        )
        rows = self.model.rows()
        short = sum(1 for h in rows if h.this_year < 4)
        self.show_status(
            f"联系户 {len(rows)} 户，本年走访不足 4 次的 {short} 户"
            if rows
            else "尚无联系户。点“新增联系户”录入。"
        )

    def _selection_changed(self) -> None:
        h = self.selected()
        self.ui.visitButton.setEnabled(h is not None)
        self.ui.deleteVisitButton.setEnabled(False)
        if h is None:
            self.visit_table.model.set_rows([])
            return
        hid = h.id
        self.runner.run(
            lambda ctx: visits.household_visits(ctx, hid),
            name="读取走访记录",
            on_success=lambda rows: self._show_visits(hid, rows),
        )

    def _show_visits(self, household_id: int, rows: list[HouseholdVisitRow]) -> None:
        current = self.selected()
        if current is not None and current.id == household_id:
            self.visit_table.model.set_rows(rows)
            self.ui.visitsBox.setTitle(f"{current.row.head_name}户的走访记录（{len(rows)} 次）")

    def open_editor(self, h: HouseholdLine | None) -> HouseholdDialog:
        dialog = HouseholdDialog(self.runner, self.cadres, h.row if h else None, self)
        self.show_dialog(dialog, lambda: self.reload(select=dialog.result_id))
        return dialog

    def open_visit(self) -> HouseholdVisitDialog | None:
        h = self.selected()
        if h is None:
            return None
        dialog = HouseholdVisitDialog(self.runner, h.row, self.cadres, self)
        self.show_dialog(dialog, lambda: self.reload(select=h.id))
        return dialog

    def delete_selected(self) -> TaskHandle | None:
        h = self.selected()
        if h is None or not self.notifier.confirm(
            f"删除联系户 {h.row.head_name}（{h.row.place}）及其走访记录？", parent=self
        ):
            return None
        return self.write(lambda ctx: visits.delete_household(ctx, h.id), "正在删除…")

    def delete_visit(self) -> TaskHandle | None:
        v = current(self.ui.visitsView)
        h = self.selected()
        if v is None or not self.notifier.confirm(
            f"删除 {v.day} 对 {v.head_name} 户的走访记录？", parent=self
        ):
            return None
        return self.write(
            lambda ctx: visits.delete_household_visit(ctx, v.id), "正在删除…", select=h.id if h else None
        )

    def export(self) -> TaskHandle | None:
        return export_view(self, self.runner, self.notifier, self.view, HOUSEHOLD_COLUMNS, "联系户及走访情况")


__all__ = [
    "HOUSEHOLD_COLUMNS",
    "VISIT_COLUMNS",
    "HouseholdDialog",
    "HouseholdVisitDialog",
    "HouseholdsTab",
    "VisitDialog",
    "VisitsTab",
]
