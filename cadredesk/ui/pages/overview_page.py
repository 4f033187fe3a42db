"""总览 page: the batch's figures (coverage, dispatched, on post, training, evaluations, this and last
month's days in post), the recent months, and the alerts one finding a row — each opening its record.

Layout: forms/overview_page.ui. Everything comes from one background read, ``dashboard.overview`` (the
same rules as ``check`` and the same figures as ``report dashboard`` / ``print summary``). An alert opens
its record through the main window's ``open_record(kind, key)``; 打印统计表 previews ``print summary``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from cadredesk.core.search import matcher
from cadredesk.services.context import Context
from cadredesk.services.dashboard import AlertItem, Overview, overview
from cadredesk.services.printing import PrintRequest, print_document
from cadredesk.ui import list_export, print_preview
from cadredesk.ui.forms.ui_overview_page import Ui_OverviewPage
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.base import BasePage
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_COLOR, WARNING_COLOR
from cadredesk.ui.widgets import debounced_search, fill_combo

SEVERITY = {"error": "问题", "warning": "提醒"}
#: what each kind of record is called when an alert's record cannot be opened here
RECORD_NAMES = {"dispatch": "干部", "unit": "派出单位", "problem": "问题", "leave": "请假", "place": "派驻点"}


def _severity_color(item: AlertItem) -> Any:
    return ERROR_COLOR if item.severity == "error" else WARNING_COLOR


ALERT_COLUMNS: list[Column[AlertItem]] = [
    Column("group", "类别", lambda r: r.group_label, lambda r: (r.group, r.id), width=8),
    Column(
        "severity", "程度", lambda r: SEVERITY.get(r.severity, r.severity), foreground=_severity_color, align_center=True, width=3,
    ),
    Column("what", "对象", lambda r: r.what, tooltip=lambda r: r.what, width=16),
    Column("detail", "情况", lambda r: r.detail, tooltip=lambda r: r.detail, width=30),
]  # fmt: skip


def percent(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.0f}%" if whole else "—"


class OverviewPage(BasePage[AlertItem]):
    """The start of a clerk's day. ``record_requested(kind, id)`` asks the window to open a record."""

    record_requested = Signal(str, int)

    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(runner, notifier, parent)
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.init_table(ui.view, ALERT_COLUMNS, stretch="detail", on_activate=self.open_alert)
        self.bind(status=ui.statusLabel, batch_combo=ui.batchCombo)
        self.data: Overview | None = None
        self._search_timer = debounced_search(ui.searchEdit, self.apply_filter, self)
        ui.groupCombo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        ui.refreshButton.clicked.connect(lambda: self.reload())
        ui.summaryButton.clicked.connect(self.print_summary)
        ui.exportButton.clicked.connect(self.export)
        ui.openButton.clicked.connect(lambda: self.open_alert(self.selected()))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, lambda: self.reload())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self._enable()

    # ------------------------------------------------------------------ loading
    def load_operation(self, batch: Any) -> Callable[[Context], Overview]:
        return lambda ctx: overview(ctx, batch)

    def shown_batch(self) -> Any:
        return self.data.dashboard.batch if self.data is not None else None

    def selected_id(self) -> int | None:
        return None  # alert rows are numbered per load: keep no selection across loads

    def show_data(self, data: Overview) -> int:
        self.data = data
        ui, d = self.ui, data.dashboard
        fill_combo(ui.batchCombo, [(n, n) for n in data.batches])
        ui.batchCombo.blockSignals(True)
        ui.batchCombo.setCurrentIndex(max(ui.batchCombo.findData(d.batch), 0))
        ui.batchCombo.blockSignals(False)
        ui.asOfLabel.setText(f"{d.start:%Y.%m.%d}—{d.end:%Y.%m.%d}　统计至 {d.as_of:%Y年%m月%d日}")
        self._figures(data)
        counts = Counter(i.group for i in data.items)
        groups = [(f"{a.label}（{counts.get(a.key, 0)}）", a.key) for a in d.alerts if counts.get(a.key)]
        fill_combo(ui.groupCombo, groups, all_text=f"全部提醒（{len(data.items)}）")
        ui.notesLabel.setText("\n".join(f"注：{n}" for n in d.notes))
        ui.notesLabel.setVisible(bool(d.notes))
        self.model.set_rows(data.items)
        self.apply_filter()
        return len(data.items)

    def _figures(self, data: Overview) -> None:
        ui, d = self.ui, data.dashboard

        def put(key: str, value: str, tip: str = "") -> None:
            label = getattr(ui, f"{key}Value")
            label.setText(value)
            label.setToolTip(tip)

        put(
            "coverage",
            f"{d.places_covered}/{d.places_total}",
            f"已选派干部的派驻点 {d.places_covered} 个，共 {d.places_total} 个",
        )
        put("priority", f"{d.priority_covered}/{d.priority_total}", "须全覆盖的重点村中已选派干部的")
        put("dispatched", str(data.dispatched), "推荐、审核、培训、在岗和期满的干部（不含撤回、召回）")
        put("onPost", str(d.on_post), "、".join(f"{k} {v}" for k, v in d.roles.items()))
        put(
            "training",
            f"{data.trained}/{data.dispatched}",
            f"按本批次培训要求已完成岗前培训 {percent(data.trained, data.dispatched)}",
        )
        if data.evaluations_due:
            grades = "、".join(f"{g} {n}" for g, n in data.grades.items())
            put("evaluation", f"{data.evaluations_decided}/{data.evaluations_due}", grades or "尚未评定等次")
        else:
            put("evaluation", "未到期", "批次期满后进行期满考核")
        if d.last_month is not None:
            m = d.last_month
            put(
                "lastMonth",
                f"{m.ok}/{m.judged}",
                f"{m.year}年{m.month}月达到当月在岗天数要求的 {percent(m.ok, m.judged)}",
            )
            ui.lastMonthCaption.setText(f"{m.month}月在岗天数达标")
        else:
            put("lastMonth", "—", "尚无录入完整的月份")
        if d.this_month is not None:
            t = d.this_month
            behind = len(t.behind_ids) + len(t.cannot_ids)
            put(
                "thisMonth",
                str(behind),
                f"进度落后 {len(t.behind_ids)} 人，已无法达标 {len(t.cannot_ids)} 人（共 {t.people} 人）",
            )
            ui.thisMonthCaption.setText(f"{t.month}月进度落后")
        else:
            put("thisMonth", "—", "今天不在批次期内")
        months = "　".join(
            f"{m.year % 100:02d}年{m.month}月 {percent(m.ok, m.judged)}"
            if m.entered_through is None
            else f"{m.year % 100:02d}年{m.month}月 考勤录入至{m.entered_through.day}日"
            for m in d.months
        )
        problems = (
            f"问题台账：未销号 {d.problems_open}，逾期 {d.problems_overdue}，已销号 {d.problems_closed}"
        )
        ui.monthsLabel.setText(f"近几个月在岗天数达标率：{months}\n{problems}" if months else problems)  # fmt: skip

    # ------------------------------------------------------------------ the alerts
    def apply_filter(self) -> None:
        self._search_timer.stop()
        group = self.ui.groupCombo.currentData()
        query = self.ui.searchEdit.text().strip()
        found = matcher(query)

        def accepts(item: AlertItem) -> bool:
            if group is not None and item.group != group:
                return False
            return found(item.what, item.initials, "", (item.detail,))

        self.proxy.set_predicate(accepts if group is not None or query else None)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.show_status(f"共 {total} 条提醒" if shown == total else f"显示 {shown} 条（共 {total} 条）")
        self._enable()

    def _enable(self) -> None:
        self.ui.openButton.setEnabled(self.selected() is not None)
        self.ui.exportButton.setEnabled(self.proxy.rowCount() > 0)
        self.ui.summaryButton.setEnabled(self.data is not None)

    def open_alert(self, item: AlertItem | None) -> None:
        if item is None:
            return
        if item.target is None:
            self.show_status("这一条提醒没有可直接打开的记录")
            return
        kind, ident = item.target
        self.record_requested.emit(kind, ident)

    def export(self) -> TaskHandle | None:
        batch = self.data.dashboard.batch if self.data else ""
        return list_export.export_view(
            self, self.runner, self.notifier, self.view, ALERT_COLUMNS, f"{batch}提醒"
        )

    def print_summary(self) -> TaskHandle | None:
        """打印统计表: the same figures on A4 (``print summary``), through the print preview."""
        if self.data is None:
            return None
        batch = self.data.dashboard.batch

        def make(ctx: Context, path: Any) -> object:
            return print_document(ctx, "summary", PrintRequest(out=path, batch=batch))

        return print_preview.preview_pdf(self, self.runner, self.notifier, make, f"{batch} 情况统计")


__all__ = ["ALERT_COLUMNS", "OverviewPage"]
