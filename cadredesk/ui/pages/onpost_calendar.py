"""节假日 tab of the 在岗管理 page: the holiday calendar the monthly quota is judged against (法定节假日
with their 调休 days off reduce the month's 22 days; 调休上班 weekend days are working days).

A year comes from the built-in calendar (载入法定节假日) or is typed from the State Council's notice: a run
of days off, a make-up working day; a wrong day is deleted. Layouts: forms/holidays_tab.ui,
forms/holiday_dialog.ui.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from cadredesk.core.holidays import HolidayDay
from cadredesk.services import holidays
from cadredesk.services.context import Context
from cadredesk.services.holidays import HolidayYear
from cadredesk.ui.forms.ui_holiday_dialog import Ui_HolidayDialog
from cadredesk.ui.forms.ui_holidays_tab import Ui_HolidaysTab
from cadredesk.ui.list_export import export_view
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.onpost_common import OnPostTab
from cadredesk.ui.saving_dialog import SavingDialog, pydate, set_date
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_COLOR, OK_COLOR

SOURCES = {
    "table": "已录入节假日表（可修改）",
    "builtin": "使用内置日历（未录入本地表；如需修改请先“载入法定节假日”）",
    "none": "该年的法定节假日尚未录入，月度应在岗天数按无节假日计算",
}
WEEKDAYS = "一二三四五六日"

HOLIDAY_COLUMNS: list[Column[HolidayDay]] = [
    Column("day", "日期", lambda h: h.day.isoformat(), lambda h: h.day, width="2026-10-01"),
    Column("weekday", "星期", lambda h: "星期" + WEEKDAYS[h.day.weekday()], lambda h: h.day.weekday(), width=3),
    Column("kind", "类别", lambda h: "放假" if h.is_holiday else "调休上班", lambda h: not h.is_holiday,
           foreground=lambda h: ERROR_COLOR if h.is_holiday else OK_COLOR, width=4),
    Column("name", "节日", lambda h: h.name, width=8),
]  # fmt: skip


class HolidayDialog(SavingDialog):
    """新增放假日 (a run of days) or 新增调休上班日 (one day or a run, worked in exchange)."""

    def __init__(self, runner: TaskRunner, year: int, workday: bool, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.ui = ui = Ui_HolidayDialog()
        ui.setupUi(self)
        self.bind(ui.buttonBox, ui.errorLabel)
        self.workday = workday
        self.setWindowTitle("新增调休上班日" if workday else "新增放假日")
        ui.introLabel.setText(
            "调休上班日：因法定节假日调休而上班的周末，按工作日计算。"
            if workday
            else "法定节假日放假（含调休的放假日），从月度 22 天中扣除。可一次登记连续多天。"
        )
        today = self.runner.ctx.today()
        start = today if today.year == year else dt.date(year, 1, 1)
        set_date(ui.firstEdit, start)
        set_date(ui.lastEdit, start)
        ui.firstEdit.dateChanged.connect(lambda d: ui.lastEdit.setDate(max(d, ui.lastEdit.date())))

    def check(self) -> str:
        return "" if self.ui.nameEdit.text().strip() else "请写明节日名称（如 春节、国庆节）"

    def operation(self) -> Callable[[Context], Any]:
        first, last = pydate(self.ui.firstEdit.date()), pydate(self.ui.lastEdit.date())
        name, workday = self.ui.nameEdit.text(), self.workday

        def op(ctx: Context) -> HolidayYear:
            return holidays.add_holiday(ctx, first, name, workday=workday, last=last)

        return op


class HolidaysTab(OnPostTab[HolidayDay]):
    title = "节假日"

    def __init__(
        self,
        runner: TaskRunner,
        notifier: Notifier,
        batch: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, notifier, batch, parent)
        self.ui = ui = Ui_HolidaysTab()
        ui.setupUi(self)
        self.init_table(ui.view, HOLIDAY_COLUMNS, stretch="name")
        self.bind(status=ui.statusLabel)
        self.holiday_year: HolidayYear | None = None
        ui.yearSpin.setValue(self.runner.ctx.today().year)
        ui.yearSpin.valueChanged.connect(lambda _v: self.reload())
        ui.seedButton.clicked.connect(self.seed)
        ui.addButton.clicked.connect(lambda: self.open_add(workday=False))
        ui.workdayButton.clicked.connect(lambda: self.open_add(workday=True))
        ui.removeButton.clicked.connect(self.remove_selected)
        ui.exportButton.clicked.connect(self.export)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_a: ui.removeButton.setEnabled(self.selected() is not None)
        )

    def year(self) -> int:
        return self.ui.yearSpin.value()

    def _editable(self) -> bool:
        return self.holiday_year is not None and self.holiday_year.source == "table"

    def load_operation(self, batch: Any) -> Callable[[Context], HolidayYear]:
        year = self.year()
        return lambda ctx: holidays.list_holidays(ctx, year)

    def show_data(self, data: HolidayYear) -> int:
        self.holiday_year = data
        self.model.set_rows(data.days)
        off = sum(1 for d in data.days if d.is_holiday)
        self.ui.sourceLabel.setText(SOURCES.get(data.source, data.source))
        self.ui.seedButton.setText("重新载入法定节假日" if data.source == "table" else "载入法定节假日")
        self.show_status(f"{data.year} 年：放假 {off} 天，调休上班 {len(data.days) - off} 天")
        self.ui.removeButton.setEnabled(False)
        return len(data.days)

    def seed(self) -> TaskHandle | None:
        year = self.year()
        replace = self._editable()
        if replace and not self.notifier.confirm(
            f"用内置日历重新载入 {year} 年的节假日？已录入或修改的日期将被替换。", parent=self
        ):
            return None
        return self.write(
            lambda ctx: holidays.seed_holidays(ctx, year, replace=replace), "正在载入法定节假日…"
        )

    def open_add(self, *, workday: bool) -> HolidayDialog:
        dialog = HolidayDialog(self.runner, self.year(), workday, self)
        self.show_dialog(dialog, lambda: self.reload())
        return dialog

    def remove_selected(self) -> TaskHandle | None:
        h = self.selected()
        if h is None:
            return None
        if not self.notifier.confirm(f"从节假日表中删除 {h.day}（{h.name}）？", parent=self):
            return None
        return self.write(lambda ctx: holidays.remove_holiday(ctx, h.day), "正在删除…")

    def export(self) -> TaskHandle | None:
        return export_view(
            self, self.runner, self.notifier, self.view, HOLIDAY_COLUMNS, f"节假日{self.year()}年"
        )


__all__ = ["HOLIDAY_COLUMNS", "HolidayDialog", "HolidaysTab"]
