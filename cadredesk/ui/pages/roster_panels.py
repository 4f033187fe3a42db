"""The two panels under the roster of the 选派名单 page (placed in forms/roster_page.ui as promoted widgets).

- :class:`QuotaPanel` (forms/quota_panel.ui): the units' quotas for the batch; a quota is edited in its
  cell (``quota_changed(unit_id, quota)``; the page saves it).
- :class:`FindingsPanel` (forms/findings_panel.ui): what the rule check found; activating a finding emits
  ``chosen(violation)`` (the page shows its record). A rule filter (the rules that found something), a
  只看问题 switch (errors only) and the date the rules judge (default today): choosing another date emits
  ``as_of_changed(day)`` and the page has the services judge the batch as of that day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cadredesk.core.names import stroke_key
from cadredesk.core.rules import RULE_INFOS, Violation
from cadredesk.services.roster_view import QuotaRow
from cadredesk.ui.forms.ui_findings_panel import Ui_FindingsPanel
from cadredesk.ui.forms.ui_quota_panel import Ui_QuotaPanel
from cadredesk.ui.table import Table, select_row
from cadredesk.ui.table_model import Column
from cadredesk.ui.theme import ERROR_COLOR, ERROR_STYLE, OK_STYLE, WARNING_COLOR, WARNING_STYLE
from cadredesk.ui.widgets import fill_combo

#: rule keys of ``checks`` → what the clerk reads (declared beside the rules)
RULE_LABELS = {key: info.label for key, info in RULE_INFOS.items()}

QUOTA_COLUMNS: list[Column[QuotaRow]] = [
    Column("unit", "派出单位", lambda q: q.unit, lambda q: stroke_key(q.unit), width=11),
    Column(
        "quota", "名额", lambda q: str(q.quota) if q.quota else "—", lambda q: q.quota,
        tooltip=lambda _q: "双击修改本单位在本批次的选派名额", align_center=True, edit=lambda q: q.quota, width=3,
    ),
    Column("sent", "已派", lambda q: str(q.sent), lambda q: q.sent, align_center=True, width=3),
    Column(
        "short", "缺额", lambda q: str(q.short) if q.short else "", lambda q: q.short,
        foreground=lambda q: ERROR_COLOR if q.short else None, align_center=True, width=3,
    ),
]  # fmt: skip


def subject(v: Violation, batch_name: str) -> str:
    """A finding's subject without the batch's name in front."""
    prefix = f"{batch_name} / "
    return v.subject[len(prefix) :] if v.subject.startswith(prefix) else v.subject


class QuotaDelegate(QStyledItemDelegate):
    """A 0–999 spin box for the quota column."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, 999)
        spin.setFrame(False)
        return spin


class QuotaPanel(QGroupBox):
    """单位选派任务: quota, sent and short per unit; 只看有任务… hides the units with neither."""

    quota_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_QuotaPanel()
        self.ui.setupUi(self)
        self.only_check, self.units_button, self.summary_label = (
            self.ui.onlyCheck, self.ui.unitsButton, self.ui.summaryLabel
        )  # fmt: skip
        self.table: Table[QuotaRow] = Table(
            self.ui.view, QUOTA_COLUMNS, self, editable=True, sort=("short", Qt.SortOrder.DescendingOrder)
        )
        self.model, self.proxy, self.view = self.table.model, self.table.proxy, self.table.view
        self.model.on_edit = lambda row, _key, value: self.quota_changed.emit(row.unit_id, int(value))
        self.view.setItemDelegateForColumn(self.model.column_index("quota"), QuotaDelegate(self))
        self.only_check.toggled.connect(lambda _c: self._filter())

    def show_quotas(self, quotas: Sequence[QuotaRow]) -> None:
        self.model.set_rows(quotas)
        self._filter()
        with_task = [q for q in quotas if q.quota]
        short = [q for q in with_task if q.short]
        self.summary_label.setText(
            f"有任务的单位 {len(with_task)} 个，名额合计 {sum(q.quota for q in with_task)} 人；"
            f"未完成任务 {len(short)} 个单位，缺 {sum(q.short for q in short)} 人"
            if with_task
            else "尚未设置单位选派名额（双击“名额”一格设置）"
        )

    def _filter(self) -> None:
        only = self.only_check.isChecked()
        self.proxy.set_predicate((lambda q: q.quota > 0 or q.sent > 0) if only else None)

    def show_unit(self, unit_id: int) -> bool:
        """Show every unit, select this one's row and put the focus there."""
        self.only_check.setChecked(False)
        found = select_row(self.view, lambda q: q.unit_id == unit_id)
        self.view.setFocus()
        return found


class FindingsPanel(QGroupBox):
    """规则检查: 问题 before 提醒; a finding is activated by a double-click or Enter."""

    chosen = Signal(object)
    #: the clerk chose another date to judge at (a ``datetime.date``)
    as_of_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FindingsPanel()
        self.ui.setupUi(self)
        self.summary_label = self.ui.summaryLabel
        self.rule_combo, self.errors_only, self.as_of_edit = (
            self.ui.ruleCombo, self.ui.errorsOnlyCheck, self.ui.asOfEdit
        )  # fmt: skip
        self.batch_name = ""
        self.as_of: dt.date | None = None
        self.table: Table[Violation] = Table(
            self.ui.view, self._columns(), self, sort=("severity", Qt.SortOrder.AscendingOrder),
            on_activate=self.chosen.emit,
        )  # fmt: skip
        self.model, self.proxy, self.view = self.table.model, self.table.proxy, self.table.view
        fill_combo(self.rule_combo, [], all_text="全部规则")
        self.rule_combo.currentIndexChanged.connect(lambda _i: self._filter())
        self.errors_only.toggled.connect(lambda _c: self._filter())
        self.as_of_edit.dateChanged.connect(self._date_chosen)

    def _columns(self) -> list[Column[Violation]]:
        def color(v: Violation) -> Any:
            return ERROR_COLOR if v.severity == "error" else WARNING_COLOR

        def what(v: Violation) -> str:
            return subject(v, self.batch_name)

        return [
            Column(
                "severity", "类别", lambda v: "问题" if v.severity == "error" else "提醒",
                lambda v: v.severity != "error", foreground=color, align_center=True, width=3,
            ),
            Column("rule", "规则", lambda v: RULE_LABELS.get(v.rule, v.rule), width=6),
            Column("subject", "对象", what, tooltip=what, width=10),
            Column("detail", "说明", lambda v: v.detail, tooltip=lambda v: v.detail, width=20),
        ]  # fmt: skip

    def show_violations(
        self, violations: Sequence[Violation], batch_name: str, as_of: dt.date | None = None
    ) -> None:
        """The findings of ``batch_name`` judged as of ``as_of`` (shown in the date box)."""
        self.batch_name = batch_name
        if as_of is not None:
            self.as_of = as_of
            with QSignalBlocker(self.as_of_edit):
                self.as_of_edit.setDate(QDate(as_of.year, as_of.month, as_of.day))
        self.model.set_rows(violations)
        rules = sorted({v.rule for v in violations}, key=lambda r: RULE_LABELS.get(r, r))
        counts = {r: sum(1 for v in violations if v.rule == r) for r in rules}
        fill_combo(
            self.rule_combo,
            [(f"{RULE_LABELS.get(r, r)}（{counts[r]}）", r) for r in rules],
            all_text="全部规则",
        )
        self._filter()

    def _filter(self) -> None:
        rule = self.rule_combo.currentData()
        errors_only = self.errors_only.isChecked()

        def accepts(v: Violation) -> bool:
            return (rule is None or v.rule == rule) and (not errors_only or v.severity == "error")

        self.proxy.set_predicate(accepts if rule is not None or errors_only else None)
        self._summarise()

    def _summarise(self) -> None:
        violations = self.model.rows()
        errors = sum(1 for v in violations if v.severity == "error")
        if not violations:
            self.summary_label.setText("未发现问题")
            self.summary_label.setStyleSheet(OK_STYLE)
            return
        shown = self.proxy.rowCount()
        prefix = f"显示 {shown} 项；" if shown != len(violations) else ""
        self.summary_label.setText(f"{prefix}问题 {errors} 项，提醒 {len(violations) - errors} 项")
        self.summary_label.setStyleSheet(ERROR_STYLE if errors else WARNING_STYLE)

    def _date_chosen(self, day: QDate) -> None:
        chosen = day.toPython()
        assert isinstance(chosen, dt.date)
        if chosen != self.as_of:
            self.as_of = chosen
            self.as_of_changed.emit(chosen)


__all__ = ["QUOTA_COLUMNS", "RULE_LABELS", "FindingsPanel", "QuotaDelegate", "QuotaPanel", "subject"]
