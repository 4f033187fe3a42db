"""名册 tab of the 考核 page: 不予提拔使用干部 (until when), 驻村满一年干部 (with their periods) and
取消评先资格单位, as of a date; each exports to Excel as shown. Layout: forms/registers_tab.ui.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QTableView, QWidget

from cadredesk.core.search import person_matches
from cadredesk.services.context import Context
from cadredesk.services.evaluation_view import Registers, load_registers
from cadredesk.services.registers import REGISTERS, BarredCadre, BarredUnit, ServiceRow
from cadredesk.ui.forms.ui_registers_tab import Ui_RegistersTab
from cadredesk.ui.list_export import export_view
from cadredesk.ui.notify import Notifier
from cadredesk.ui.saving_dialog import pydate, set_date
from cadredesk.ui.table import Table
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_COLOR, MUTED_COLOR
from cadredesk.ui.widgets import debounced_search


def _running(running: bool) -> str:
    return "限制期内" if running else "已期满"


BARRED_COLUMNS: list[Column[BarredCadre]] = [
    Column("name", "姓名", lambda r: r.name, width=5),
    Column("id_number", "身份证号", lambda r: r.id_number, width="370502198001010013"),
    Column("unit", "单位", lambda r: r.unit, width=9),
    Column("place", "派驻点", lambda r: r.place, width=9),
    Column("batch", "批次", lambda r: r.batch, width=13),
    Column("decided_on", "确定不称职日期", lambda r: f"{r.decided_on:%Y-%m-%d}", lambda r: r.decided_on, width="2026-12-05"),
    Column(
        "until", "不予提拔使用至", lambda r: f"{r.until:%Y-%m-%d}", lambda r: r.until,
        foreground=lambda r: ERROR_COLOR if r.running else MUTED_COLOR, width="2026-12-05",
    ),
    Column("running", "状态", lambda r: _running(r.running), align_center=True, width=4),
    Column("consequence", "结果运用", lambda r: r.consequence, width=9),
]  # fmt: skip

SERVICE_COLUMNS: list[Column[ServiceRow]] = [
    Column("name", "姓名", lambda r: r.name, width=5),
    Column("id_number", "身份证号", lambda r: r.id_number, width="370502198001010013"),
    Column("unit", "单位", lambda r: r.unit, width=9),
    Column("days", "驻村天数", lambda r: str(r.days), lambda r: r.days, align_center=True, width=4),
    Column("years", "折合年数", lambda r: f"{r.days / 365:.1f}", align_center=True, width=4),
    Column(
        "periods", "驻村经历", lambda r: "；".join(p.text() for p in r.periods),
        tooltip=lambda r: "\n".join(p.text() for p in r.periods), width=30,
    ),
]  # fmt: skip

UNIT_COLUMNS: list[Column[BarredUnit]] = [
    Column("unit", "单位", lambda r: r.unit, width=10),
    Column("batch", "批次", lambda r: r.batch, width=10),
    Column("quota", "应派", lambda r: str(r.quota), lambda r: r.quota, align_center=True, width=3),
    Column("sent", "实派", lambda r: str(r.sent), lambda r: r.sent, align_center=True, width=3),
    Column("short", "差额", lambda r: str(r.quota - r.sent), lambda r: r.quota - r.sent, align_center=True, width=3),
    Column("since", "起始日期", lambda r: f"{r.since:%Y-%m-%d}", lambda r: r.since, width="2026-12-05"),
    Column(
        "until", "取消评先资格至", lambda r: f"{r.until:%Y-%m-%d}", lambda r: r.until,
        foreground=lambda r: ERROR_COLOR if r.running else MUTED_COLOR, width="2026-12-05",
    ),
    Column("running", "状态", lambda r: _running(r.running), align_center=True, width=4),
    Column("consequence", "结果运用", lambda r: r.consequence, width=12),
]  # fmt: skip

NOTES = {
    "barred": "期满考核确定为不称职的干部，自确定之日起3年内不予提拔使用。",
    "service": "驻村（社区）蹲点累计满一年（365 天，重叠的时段只计一次）的干部及其各段经历；遴选和提拔时参考。",
    "units": "未完成选派任务（实派少于应派）的单位，自批次开始之日起3年内取消评先评优资格。",
}


class RegistersTab(QWidget):
    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.notifier = runner, notifier
        self.ui = Ui_RegistersTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.data: Registers | None = None
        self.tables: dict[str, tuple[QTableView, Table[Any], list[Column[Any]]]] = {}
        for key, view, columns, stretch in (
            ("barred", ui.barredView, BARRED_COLUMNS, "consequence"),
            ("service", ui.serviceView, SERVICE_COLUMNS, "periods"),
            ("units", ui.unitsView, UNIT_COLUMNS, "consequence"),
        ):
            self.tables[key] = (view, Table(view, columns, self, stretch=stretch), columns)
        for key, title in REGISTERS.items():
            ui.registerCombo.addItem(title, key)
        set_date(ui.asOfEdit, dt.date.today())
        self._date_set = False
        self._search_timer = debounced_search(ui.registerSearch, self.apply_filter, self)
        ui.registerCombo.currentIndexChanged.connect(lambda _i: self._register_chosen())
        ui.asOfEdit.dateChanged.connect(lambda _d: self.reload())
        ui.endedCheck.toggled.connect(lambda _on: self.reload())
        ui.registerExportButton.clicked.connect(self.export)
        self._register_chosen()

    @property
    def key(self) -> str:
        return str(self.ui.registerCombo.currentData())

    def ensure_loaded(self) -> TaskHandle | None:
        return self.reload() if self.data is None else None

    def reload(self) -> TaskHandle:
        as_of = pydate(self.ui.asOfEdit.date()) if self._date_set else None
        ended = self.ui.endedCheck.isChecked()

        def op(ctx: Context) -> Registers:
            return load_registers(ctx, as_of, ended)

        return self.runner.run(op, name="读取名册", on_success=self.show_data)

    def show_data(self, data: Registers) -> None:
        self.data = data
        if not self._date_set:  # the first load gives the program's today (the clock of the context)
            self.ui.asOfEdit.blockSignals(True)
            set_date(self.ui.asOfEdit, data.as_of)
            self.ui.asOfEdit.blockSignals(False)
            self._date_set = True
        self.tables["barred"][1].model.set_rows(data.barred)
        self.tables["service"][1].model.set_rows(data.service)
        self.tables["units"][1].model.set_rows(data.units)
        self.apply_filter()

    def _register_chosen(self) -> None:
        key = self.key
        view = self.tables[key][0]
        self.ui.registerStack.setCurrentWidget(view)
        self.ui.endedCheck.setEnabled(key != "service")
        self.apply_filter()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        query = self.ui.registerSearch.text().strip()
        initials = self.data.initials if self.data else {}

        def person(r: Any) -> bool:
            return person_matches(query, r.name, initials.get(r.cadre_id, ""), r.id_number, r.unit)

        def unit(r: Any) -> bool:
            return query in r.unit

        for key, (_view, table, _cols) in self.tables.items():
            table.proxy.set_predicate((unit if key == "units" else person) if query else None)
        _view, table, _cols = self.tables[self.key]
        shown, total = table.proxy.rowCount(), table.model.rowCount()
        count = f"{shown}/{total}" if shown != total else str(total)
        what = "个单位" if self.key == "units" else "人"
        self.ui.registerNote.setText(f"{NOTES[self.key]}　共 {count} {what}。")

    def export(self) -> TaskHandle | None:
        view, _table, columns = self.tables[self.key]
        title = REGISTERS[self.key]
        if self.data is not None:
            title += f"（截至{self.data.as_of:%Y年%m月%d日}）"
        return export_view(self, self.runner, self.notifier, view, columns, title)


__all__ = ["RegistersTab"]
