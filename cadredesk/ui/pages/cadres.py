"""干部 page: the cadre list with filters and search; opens the cadre dialog to add or edit, a cadre's
profile (干部档案), deletes a cadre entered by mistake, exports the list as shown.

Layout: forms/cadre_page.ui. Rows are ``CadreRow`` values; names sort in 姓氏笔画 order (the stroke key),
as official rosters do; ID numbers are shown masked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from cadredesk.core.audit import mask_id
from cadredesk.core.dto import CadreRow
from cadredesk.core.enums import DispatchStatus
from cadredesk.core.names import stroke_key
from cadredesk.core.security import Permission
from cadredesk.services import batches as batch_service
from cadredesk.services import cadres as cadre_service
from cadredesk.services import deletion
from cadredesk.services.context import Context
from cadredesk.ui import list_export
from cadredesk.ui.access import limit, may
from cadredesk.ui.cadre_dialog import CadreDialog
from cadredesk.ui.forms.ui_cadre_page import Ui_CadrePage
from cadredesk.ui.notify import Notifier, show_refusal
from cadredesk.ui.pages.base import BasePage
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskRunner
from cadredesk.ui.widgets import debounced_search, fill_combo

if TYPE_CHECKING:
    from cadredesk.ui.profile_dialog import ProfileDialog

NOT_DISPATCHED = "未派驻"


def _text(name: str) -> Callable[[CadreRow], str]:
    return lambda row: getattr(row, name) or ""


def _raw(name: str) -> Callable[[CadreRow], object]:
    return lambda row: getattr(row, name)


def _name_tip(row: CadreRow) -> str:
    extra = [x for x in (row.education, row.rank, "后备干部" if row.is_reserve else None) if x]
    return f"{row.name}（{'，'.join(extra)}）" if extra else row.name


def _column(
    key: str, title: str, sample: str, text: Callable[[CadreRow], str] | None = None
) -> Column[CadreRow]:
    """A plain column: the row's attribute, raw for sorting, the whole text as tooltip of a cut-off cell."""
    shown = text or _text(key)
    return Column(key, title, shown, _raw(key), tooltip=lambda r: shown(r) or None, width=sample)


COLUMNS: tuple[Column[CadreRow], ...] = (
    Column("name", "姓名", _text("name"), lambda r: r.strokes or r.name, tooltip=_name_tip, width="欧阳中华甲"),
    _column("gender", "性别", "性别"),
    _column("ethnicity", "民族", "维吾尔族"),
    # masked; the tooltip never shows the full number
    Column("id_number", "身份证号", lambda r: mask_id(r.id_number), _raw("id_number"), width="370502********0013"),
    _column("birth_date", "出生日期", "0000-00-00", lambda r: r.birth_text),
    _column("political_status", "政治面貌", "中共预备党员"),
    _column("unit", "派出单位", "县农业农村局机关"),
    _column("post", "职务", "副主任科员"),
    _column("township", "乡镇", "黄河口镇"),
    _column("place", "派驻点", "金泰花园社区"),
    _column("role", "身份", "第一书记"),
    _column("status", "状态", "未派驻", lambda r: r.status or NOT_DISPATCHED),
)  # fmt: skip


def stroke_tie(row: CadreRow) -> tuple[str, int]:
    """Equal values (and equal names) fall back to the name's stroke key, then the id."""
    return (row.strokes, row.id)


class CadreFilter:
    """What the clerk filters on; ``None`` means 全部. Used as the proxy's predicate (``accepts``)."""

    def __init__(
        self, query: str = "", township: str | None = None, unit: str | None = None, status: str | None = None
    ) -> None:
        self.query = query.strip()
        self.township = township
        self.unit = unit
        self.status = status

    @property
    def empty(self) -> bool:
        return not self.query and self.township is None and self.unit is None and self.status is None

    def accepts(self, row: CadreRow) -> bool:
        if self.township is not None and (row.township or "") != self.township:
            return False
        if self.unit is not None and (row.unit or "") != self.unit:
            return False
        if self.status is not None and (row.status or NOT_DISPATCHED) != self.status:
            return False
        return not self.query or cadre_service.matches(row, self.query)


@dataclass(frozen=True)
class CadreListData:
    rows: list[CadreRow]
    batches: list[str]
    batch: str | None  # the batch shown (None: every cadre)


def load_cadre_list(batch: str | None) -> Callable[[Context], CadreListData]:
    def op(ctx: Context) -> CadreListData:
        names = [b.name for b in batch_service.list_batches(ctx)]
        ctx.progress.check()
        shown = batch if batch in names else None
        return CadreListData(cadre_service.list_cadres(ctx, shown), names, shown)

    return op


class CadrePage(BasePage[CadreRow]):
    """The start page: loaded by the main window (``reload``), not each time it is shown."""

    reload_on_show = False

    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(runner, notifier, parent)
        self.ui = Ui_CadrePage()
        self.ui.setupUi(self)
        self.dialog_factory: Callable[..., CadreDialog] = CadreDialog
        self._shown_batch: str | None = None
        ui = self.ui
        self.search_edit, self.township_combo, self.unit_combo = ui.searchEdit, ui.townshipCombo, ui.unitCombo
        self.status_combo, self.add_button, self.edit_button = ui.statusCombo, ui.addButton, ui.editButton
        self.refresh_button, self.count_label, self.mask_note = ui.refreshButton, ui.countLabel, ui.maskNote

        fill_combo(self.ui.batchCombo, [], all_text="全部批次")
        fill_combo(self.township_combo, [], all_text="全部乡镇")
        fill_combo(self.unit_combo, [], all_text="全部单位")
        statuses = [s.value for s in DispatchStatus] + [NOT_DISPATCHED]
        fill_combo(self.status_combo, [(s, s) for s in statuses], all_text="全部状态")
        # the unit names are the longest texts: that column takes the spare width
        self.init_table(
            self.ui.view,
            COLUMNS,
            tie=stroke_tie,
            stretch="unit",
            movable=True,
            on_activate=lambda r: self.open_editor(r.id),
            context_menu=self._row_menu,
        )
        #: the profile opened last (tests read it)
        self.profile: ProfileDialog | None = None
        self.bind(status=self.count_label, batch_combo=self.ui.batchCombo)
        self._connect()
        limit(runner.ctx, Permission.EDIT, self.add_button)
        if not may(runner.ctx, Permission.REVEAL):  # the details will not show the full number either
            self.ui.maskNote.setText("身份证号已部分隐藏、出生日期只显示年月：当前角色无权查看完整号码。")

    def _connect(self) -> None:
        self._search_timer = debounced_search(self.search_edit, self.apply_filter, self)
        for combo in (self.township_combo, self.unit_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.refresh_button.clicked.connect(lambda: self.reload())
        self.ui.profileButton.clicked.connect(self.open_profile)
        self.ui.exportButton.clicked.connect(self.export_list)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        QShortcut(QKeySequence.StandardKey.Find, self, lambda: self.search_edit.setFocus())
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.open_editor(None))

    # ------------------------------------------------------------------ loading
    def load_operation(self, batch: str | None) -> Callable[[Context], CadreListData]:
        return load_cadre_list(batch)

    def shown_batch(self) -> str | None:
        return self._shown_batch

    def show_data(self, data: CadreListData) -> int:
        self._shown_batch = data.batch
        fill_combo(self.ui.batchCombo, [(n, n) for n in data.batches], all_text="全部批次")
        townships = sorted({r.township for r in data.rows if r.township}, key=stroke_key)
        units = sorted({r.unit for r in data.rows if r.unit}, key=stroke_key)
        fill_combo(self.township_combo, [(t, t) for t in townships], all_text="全部乡镇")
        fill_combo(self.unit_combo, [(u, u) for u in units], all_text="全部单位")
        self.model.set_rows(data.rows)
        self.apply_filter()
        return len(data.rows)

    # ------------------------------------------------------------------ filtering
    def current_filter(self) -> CadreFilter:
        return CadreFilter(
            self.search_edit.text(),
            township=self.township_combo.currentData(),
            unit=self.unit_combo.currentData(),
            status=self.status_combo.currentData(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        self.proxy.set_predicate(None if flt.empty else flt.accepts)
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            self.show_status(
                "尚无干部记录。可点“新增”逐个录入，或用命令行 cadredesk-cli import roster 导入名单。"
            )
        else:
            self.show_status(f"共 {total} 人，显示 {shown} 人")

    # ------------------------------------------------------------------ selection and editing
    def selected_row(self) -> CadreRow | None:
        return self.selected()

    def select_cadre(self, cadre_id: int) -> bool:
        return self.select_id(cadre_id)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_editor(row.id)

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.ui.profileButton.setEnabled(chosen)

    def _row_menu(self, pos: QPoint) -> QMenu:
        menu = QMenu(self)
        self.row_menu = menu
        row = self.selected()
        menu.addAction("编辑…", self.edit_selected).setEnabled(row is not None)
        menu.addAction("查看干部档案", self.open_profile).setEnabled(row is not None)
        menu.addAction("删除误录的干部…", self.delete_selected).setEnabled(row is not None)
        menu.addSeparator()
        menu.addAction("导出当前列表…", self.export_list).setEnabled(self.proxy.rowCount() > 0)
        menu.popup(self.view.viewport().mapToGlobal(pos))
        return menu

    def open_profile(self) -> ProfileDialog | None:
        row = self.selected()
        if row is None:
            return None
        from cadredesk.ui.profile_dialog import open_profile  # on first use: not needed to fill the page

        self.profile = open_profile(self, self.runner, self.notifier, row.id)
        return self.profile

    def delete_selected(self) -> None:
        """删除误录的干部: the service refuses (its message shown) while anything refers to the cadre."""
        row = self.selected()
        if row is None:
            return
        if not self.notifier.confirm(
            f"删除误录的干部“{row.name}”（{mask_id(row.id_number)}）？已有派驻、培训、考核等记录的干部不能删除。",
            title="删除干部",
            parent=self,
        ):
            return
        cadre_id = row.id

        def op(ctx: Context) -> deletion.Deleted:
            return deletion.delete_cadre(ctx, cadre_id)

        def done(result: deletion.Deleted) -> None:
            self.reload()

        self.runner.run(
            op,
            name="delete cadre",
            write=True,
            on_success=done,
            on_failure=show_refusal(self.notifier, "删除干部", self),
        )

    def export_list(self) -> object:
        batch = self._shown_batch
        title = f"{batch}干部名单" if batch else "干部名单"
        return list_export.export_view(self, self.runner, self.notifier, self.view, COLUMNS, title)

    def open_editor(self, cadre_id: int | None) -> CadreDialog:
        """Open the cadre dialog (window-modal, not blocking); a save reloads the list."""
        dialog = self.dialog_factory(self.runner.ctx, self.notifier, cadre_id, parent=self)
        self.show_dialog(dialog, lambda: self.reload(select=dialog.saved_id))
        return dialog


__all__ = ["COLUMNS", "NOT_DISPATCHED", "CadreFilter", "CadrePage", "load_cadre_list"]
