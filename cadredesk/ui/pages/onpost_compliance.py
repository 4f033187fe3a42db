"""达标 tab of the 在岗管理 page: days in post for a month (22 less its statutory holidays) or a 驻村年度
(250), shortfalls highlighted, and this month's trend (cadres falling behind before the month ends).

Three views of ``services.compliance``: ``compliance_report(month=…)``, ``compliance_report(year=…)`` and
``month_trend``. Layout: forms/compliance_tab.ui (a stacked widget: the report and the trend list).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from cadredesk.core.compliance import CANNOT
from cadredesk.services.compliance import (
    ComplianceReport,
    ComplianceRow,
    TrendReport,
    TrendRow,
    compliance_report,
    month_trend,
)
from cadredesk.services.context import Context
from cadredesk.services.reference import townships
from cadredesk.ui.forms.ui_compliance_tab import Ui_ComplianceTab
from cadredesk.ui.list_export import export_view
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.onpost_common import OnPostTab, batch_month, day_text, matches
from cadredesk.ui.table import Table
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_BACKGROUND, ERROR_COLOR, OK_COLOR, WARNING_BACKGROUND, WARNING_COLOR
from cadredesk.ui.widgets import fill_combo

MODES = (("月度达标（22 天）", "month"), ("年度达标（250 天）", "year"), ("本月进度预警", "trend"))


def _short_bg(r: ComplianceRow) -> QColor | None:
    if r.ok:
        return None
    return ERROR_BACKGROUND if r.complete else WARNING_BACKGROUND


def _verdict(r: ComplianceRow) -> str:
    if r.ok:
        return "达标"
    return f"差 {r.shortfall} 天" if r.complete else f"尚差 {r.shortfall} 天（未结束）"


COMPLIANCE_COLUMNS: list[Column[ComplianceRow]] = [
    Column("name", "姓名", lambda r: r.name, background=_short_bg, width=5),
    Column("township", "乡镇", lambda r: r.township, background=_short_bg, width=6),
    Column("place", "派驻点", lambda r: r.place, background=_short_bg, width=8),
    Column("role", "身份", lambda r: r.role, background=_short_bg, width=4),
    Column(
        "span", "计算区间", lambda r: f"{r.first:%m-%d} 至 {r.last:%m-%d}", lambda r: r.first,
        tooltip=lambda r: f"{r.first} 至 {r.last}（派驻期内的部分）", background=_short_bg, width="12-01 至 12-31",
    ),
    Column("days", "在岗天数", lambda r: str(r.days_in_post), lambda r: r.days_in_post, align_center=True, background=_short_bg, width=4),
    Column("required", "应在岗", lambda r: str(r.required), lambda r: r.required, align_center=True, background=_short_bg, width=4),
    Column("short", "差额", lambda r: str(r.shortfall), lambda r: r.shortfall, align_center=True,
           foreground=lambda r: ERROR_COLOR if r.shortfall else None, background=_short_bg, width=3),
    Column("verdict", "结论", _verdict, lambda r: (r.ok, -r.shortfall),
           foreground=lambda r: OK_COLOR if r.ok else ERROR_COLOR, background=_short_bg, width=9),
]  # fmt: skip


def _trend_color(r: TrendRow) -> QColor | None:
    if not r.trend.flagged:
        return None
    return ERROR_COLOR if r.trend.status == CANNOT else WARNING_COLOR


TREND_COLUMNS: list[Column[TrendRow]] = [
    Column("name", "姓名", lambda r: r.name, width=5),
    Column("township", "乡镇", lambda r: r.township, width=6),
    Column("place", "派驻点", lambda r: r.place, width=8),
    Column("days", "已在岗", lambda r: str(r.trend.days_in_post), lambda r: r.trend.days_in_post, align_center=True, width=4),
    Column("expected", "按进度应有", lambda r: str(r.trend.expected), lambda r: r.trend.expected, align_center=True, width=5),
    Column("possible", "最多可达", lambda r: str(r.trend.possible), lambda r: r.trend.possible, align_center=True, width=4),
    Column("required", "本月应在岗", lambda r: str(r.trend.required), lambda r: r.trend.required, align_center=True, width=5),
    Column("horizon", "考勤录入至", lambda r: day_text(r.trend.horizon), lambda r: r.trend.horizon, width="2026-03-31"),
    Column("status", "进度", lambda r: r.trend.status, lambda r: (not r.trend.flagged, r.trend.status),
           foreground=_trend_color, width=6),
]  # fmt: skip


@dataclass(frozen=True)
class ComplianceSnapshot:
    mode: str
    report: ComplianceReport | None
    trend: TrendReport | None
    townships: list[tuple[int, str]]
    month: tuple[int, int]
    year: int


class ComplianceTab(OnPostTab[ComplianceRow]):
    title = "达标"

    def __init__(
        self,
        runner: TaskRunner,
        notifier: Notifier,
        batch: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, notifier, batch, parent)
        self.ui = ui = Ui_ComplianceTab()
        ui.setupUi(self)
        self.init_table(ui.complianceView, COMPLIANCE_COLUMNS)
        self.trend_table: Table[TrendRow] = Table(ui.trendView, TREND_COLUMNS, self)
        self.bind(status=ui.statusLabel)
        self.snapshot: ComplianceSnapshot | None = None
        fill_combo(ui.modeCombo, MODES)
        fill_combo(ui.townshipCombo, [], all_text="全部乡镇")
        today = self.runner.ctx.today()
        ui.monthEdit.setDate(QDate(today.year, today.month, 1))
        ui.yearSpin.setValue(today.year)
        self._month_chosen = False
        self._mode_changed()
        self.connect_list(ui.searchEdit, [ui.shortOnlyCheck], export=self.export)
        ui.modeCombo.currentIndexChanged.connect(lambda _i: self._mode_changed(reload=True))
        ui.monthEdit.dateChanged.connect(lambda _d: self.reload())
        ui.yearSpin.valueChanged.connect(lambda _v: self.reload())
        ui.townshipCombo.currentIndexChanged.connect(lambda _i: self.reload())

    def mode(self) -> str:
        mode: str = self.ui.modeCombo.currentData()
        return mode

    def _mode_changed(self, reload: bool = False) -> None:
        mode = self.mode()
        self.ui.monthEdit.setVisible(mode != "year")
        self.ui.yearSpin.setVisible(mode == "year")
        self.ui.shortOnlyCheck.setText("只看预警" if mode == "trend" else "只看不达标")
        self.ui.stack.setCurrentIndex(1 if mode == "trend" else 0)
        if reload:
            self.reload()

    def load_operation(self, batch: Any) -> Callable[[Context], ComplianceSnapshot]:
        mode = self.mode()
        d = self.ui.monthEdit.date()
        month = (d.year(), d.month())
        year = self.ui.yearSpin.value()
        town = self.ui.townshipCombo.currentData()
        chosen = self._month_chosen and batch == self._shown_batch

        def op(ctx: Context) -> ComplianceSnapshot:
            nonlocal month, year
            if not chosen:
                month = batch_month(ctx, batch, ctx.today())
                year = month[0]
            towns = townships(ctx)
            if mode == "trend":
                return ComplianceSnapshot(
                    mode, None, month_trend(ctx, batch, month=month, township_id=town), towns, month, year
                )
            if mode == "year":
                report = compliance_report(ctx, batch, year=year, township_id=town)
            else:
                report = compliance_report(ctx, batch, month=month, township_id=town)
            return ComplianceSnapshot(mode, report, None, towns, month, year)

        return op

    def show_data(self, snap: ComplianceSnapshot) -> int:
        self.snapshot = snap
        self._month_chosen = True
        with QSignalBlocker(self.ui.monthEdit), QSignalBlocker(self.ui.yearSpin):
            self.ui.monthEdit.setDate(QDate(snap.month[0], snap.month[1], 1))
            self.ui.yearSpin.setValue(snap.year)
        fill_combo(self.ui.townshipCombo, [(name, tid) for tid, name in snap.townships], all_text="全部乡镇")
        self.model.set_rows(snap.report.rows if snap.report else [])
        self.trend_table.model.set_rows(snap.trend.rows if snap.trend else [])
        self.apply_filter()
        return len(snap.report.rows) if snap.report else len(snap.trend.rows if snap.trend else [])

    def apply_filter(self) -> None:
        self._search.stop()
        q = self.ui.searchEdit.text().strip()
        only = self.ui.shortOnlyCheck.isChecked()

        def report_ok(r: ComplianceRow) -> bool:
            return (not only or not r.ok) and (not q or matches(q, r.name, r.place, r.township))

        def trend_ok(r: TrendRow) -> bool:
            return (not only or r.trend.flagged) and (not q or matches(q, r.name, r.place, r.township))

        active = only or bool(q)
        self.proxy.set_predicate(report_ok if active else None)
        self.trend_table.proxy.set_predicate(trend_ok if active else None)
        self._summary()

    def _summary(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        if snap.trend is not None:
            t = snap.trend
            flagged = len(t.flagged)
            entered = "；".join(f"{k}录入至 {v:%m-%d}" for k, v in sorted(t.entered_through.items())[:4])
            self.show_status(
                f"{t.year}年{t.month}月（截至 {t.as_of}）{len(t.rows)} 人，进度落后或已无法达标 {flagged} 人"
                + (f"；{entered}" if entered else "；本月尚未录入考勤")
            )
            return
        r = snap.report
        assert r is not None
        short = len(r.short)
        text = f"{r.label}：{len(r.rows)} 人，未达标 {short} 人（红色为已结束仍不足，黄色为尚未结束）"
        if r.warnings:
            text += "；" + "；".join(r.warnings)
        if r.warnings:
            self.show_error(text)
        else:
            self.show_status(text)

    def export(self) -> TaskHandle | None:
        snap = self.snapshot
        if snap is not None and snap.trend is not None:
            title = f"在岗进度预警{snap.trend.year}年{snap.trend.month}月"
            return export_view(self, self.runner, self.notifier, self.ui.trendView, TREND_COLUMNS, title)
        title = f"在岗天数达标情况{snap.report.label}" if snap and snap.report else "在岗天数达标情况"
        return export_view(
            self, self.runner, self.notifier, self.view, COMPLIANCE_COLUMNS, title.replace(" ", "")
        )


__all__ = ["COMPLIANCE_COLUMNS", "TREND_COLUMNS", "ComplianceTab"]
