"""请销假 tab of the 在岗管理 page: requests, approval or refusal by the township, return (销假) and
withdrawal, each one ``services.leave`` command. Approved leave marks the attendance grid (事/病).

Layouts: forms/leave_tab.ui, forms/leave_dialog.ui, forms/leave_decision_dialog.ui.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from cadredesk.core.enums import LeaveKind, LeaveStatus
from cadredesk.services import leave
from cadredesk.services.context import Context
from cadredesk.services.leave import LeaveForm, LeaveRow
from cadredesk.ui.forms.ui_leave_decision_dialog import Ui_LeaveDecisionDialog
from cadredesk.ui.forms.ui_leave_dialog import Ui_LeaveDialog
from cadredesk.ui.forms.ui_leave_tab import Ui_LeaveTab
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
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import MUTED_COLOR, OK_COLOR, WARNING_COLOR
from cadredesk.ui.widgets import fill_combo


def _status_color(r: LeaveRow) -> QColor | None:
    return {
        LeaveStatus.REQUESTED.value: WARNING_COLOR,
        LeaveStatus.APPROVED.value: OK_COLOR,
        LeaveStatus.REFUSED.value: MUTED_COLOR,
        LeaveStatus.WITHDRAWN.value: MUTED_COLOR,
    }.get(r.status)


def _reason(r: LeaveRow) -> str:
    return "；".join(x for x in (r.reason, r.decision_note or "") if x)


LEAVE_COLUMNS: list[Column[LeaveRow]] = [
    Column("name", "姓名", lambda r: r.name, width=5),
    Column("township", "乡镇", lambda r: r.township, width=6),
    Column("place", "派驻点", lambda r: r.place, width=8),
    Column("kind", "假别", lambda r: r.kind, width=4),
    Column("start", "开始", lambda r: day_text(r.start), lambda r: r.start, width="2026-03-31"),
    Column("end", "结束", lambda r: day_text(r.end), lambda r: r.end, width="2026-03-31"),
    Column("days", "天数", lambda r: str((r.end - r.start).days + 1), lambda r: (r.end - r.start).days + 1,
           align_center=True, width=3),
    Column("status", "状态", lambda r: r.status, foreground=_status_color, width=4),
    Column("approver", "审批人", lambda r: r.approved_by or "", width=5),
    Column("approved_on", "审批日期", lambda r: day_text(r.approved_on), lambda r: r.approved_on, width="2026-03-31"),
    Column("returned_on", "销假日期", lambda r: day_text(r.returned_on), lambda r: r.returned_on, width="2026-03-31"),
    Column("reason", "事由及意见", _reason, tooltip=lambda r: _reason(r) or None, width=14),
]  # fmt: skip


class LeaveDialog(SavingDialog):
    """登记请假: the cadre, kind, dates, reason."""

    def __init__(
        self, runner: TaskRunner, cadres: Sequence[CadreOption], today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.ui = Ui_LeaveDialog()
        self.ui.setupUi(self)
        self.bind(self.ui.buttonBox, self.ui.errorLabel)
        fill_cadres(self.ui.cadreCombo, cadres)
        for k in LeaveKind:
            self.ui.kindCombo.addItem(k.value, k.value)
        for edit in (self.ui.startEdit, self.ui.endEdit, self.ui.requestedEdit):
            set_date(edit, today)

    def check(self) -> str:
        if chosen_data(self.ui.cadreCombo) is None:
            return "请选择请假的干部"
        return ""

    def operation(self) -> Callable[[Context], int]:
        form = LeaveForm(
            chosen_data(self.ui.cadreCombo), self.ui.kindCombo.currentData(), pydate(self.ui.startEdit.date()),
            pydate(self.ui.endEdit.date()), self.ui.reasonEdit.text(), pydate(self.ui.requestedEdit.date()),
        )  # fmt: skip
        return lambda ctx: leave.request_leave(ctx, form).id


@dataclass(frozen=True)
class Decision:
    """What the decision dialog does: approve, refuse, return (销假) or withdraw."""

    key: str
    title: str
    approver: bool
    day: str  # the date's label ("" hides it)
    note: str  # the note's label ("" hides it)


DECISIONS = {
    "approve": Decision("approve", "批准请假", True, "审批日期：", "意见："),
    "refuse": Decision("refuse", "不批准请假", True, "审批日期：", "不批准原因："),
    "return": Decision("return", "销假", False, "销假日期：", ""),
    "withdraw": Decision("withdraw", "撤回请假", False, "", "撤回原因："),
}


class LeaveDecisionDialog(SavingDialog):
    def __init__(
        self,
        runner: TaskRunner,
        row: LeaveRow,
        decision: Decision,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.ui = ui = Ui_LeaveDecisionDialog()
        ui.setupUi(self)
        self.bind(ui.buttonBox, ui.errorLabel)
        self.row, self.decision = row, decision
        self.setWindowTitle(decision.title)
        ui.summaryLabel.setText(
            f"{row.name}（{row.township}{row.place}）{row.kind} {row.start} 至 {row.end}，"
            f"共 {(row.end - row.start).days + 1} 天" + (f"；事由：{row.reason}" if row.reason else "")
        )
        set_date(ui.dayEdit, today)
        ui.form.setRowVisible(ui.approverEdit, decision.approver)
        ui.form.setRowVisible(ui.dayEdit, bool(decision.day))
        ui.form.setRowVisible(ui.noteEdit, bool(decision.note))
        ui.dayLabel.setText(decision.day or "日期：")
        ui.noteLabel.setText(decision.note or "意见：")

    def operation(self) -> Callable[[Context], Any]:
        key, leave_id = self.decision.key, self.row.id
        approver, note = self.ui.approverEdit.text(), self.ui.noteEdit.text()
        day = pydate(self.ui.dayEdit.date())

        def op(ctx: Context) -> int:
            if key in ("approve", "refuse"):
                leave.decide_leave(
                    ctx, leave_id, approve=key == "approve", approver=approver, day=day, note=note
                )
            elif key == "return":
                leave.return_from_leave(ctx, leave_id, day)
            else:
                leave.withdraw_leave(ctx, leave_id, note)
            return leave_id

        return op


@dataclass(frozen=True)
class LeaveSnapshot:
    rows: list[LeaveRow]
    cadres: list[CadreOption]


class LeaveTab(OnPostTab[LeaveRow]):
    title = "请销假"

    def __init__(
        self,
        runner: TaskRunner,
        notifier: Notifier,
        batch: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, notifier, batch, parent)
        self.ui = ui = Ui_LeaveTab()
        ui.setupUi(self)
        self.init_table(ui.view, LEAVE_COLUMNS, stretch="reason")
        self.bind(status=ui.statusLabel)
        self.cadres: list[CadreOption] = []
        fill_combo(ui.stateCombo, [(s.value, s.value) for s in LeaveStatus], all_text="全部状态")
        self.connect_list(ui.searchEdit, [ui.stateCombo], export=self.export, add=lambda: self.open_request())
        ui.approveButton.clicked.connect(lambda: self.open_decision("approve"))
        ui.refuseButton.clicked.connect(lambda: self.open_decision("refuse"))
        ui.returnButton.clicked.connect(lambda: self.open_decision("return"))
        ui.withdrawButton.clicked.connect(lambda: self.open_decision("withdraw"))

    def load_operation(self, batch: Any) -> Callable[[Context], LeaveSnapshot]:
        return lambda ctx: LeaveSnapshot(leave.list_leave(ctx, batch), cadre_options(ctx, batch))

    def show_data(self, snap: LeaveSnapshot) -> int:
        self.cadres = snap.cadres
        self.model.set_rows(snap.rows)
        self.apply_filter()
        return len(snap.rows)

    def apply_filter(self) -> None:
        self._search.stop()
        q = self.ui.searchEdit.text().strip()
        state = self.ui.stateCombo.currentData()

        def accepts(r: LeaveRow) -> bool:
            return (state is None or r.status == state) and (not q or matches(q, r.name, r.place, r.township))

        self.proxy.set_predicate(accepts if q or state else None)
        rows = self.model.rows()
        waiting = sum(1 for r in rows if r.status == LeaveStatus.REQUESTED.value)
        self.show_status(
            f"请假 {len(rows)} 条，待审批 {waiting} 条" if rows else "尚无请假记录。点“登记请假”录入。"
        )
        self.update_buttons()

    def update_buttons(self) -> None:
        r = self.selected()
        status = r.status if r else None
        self.ui.approveButton.setEnabled(status == LeaveStatus.REQUESTED.value)
        self.ui.refuseButton.setEnabled(status == LeaveStatus.REQUESTED.value)
        self.ui.returnButton.setEnabled(status == LeaveStatus.APPROVED.value)
        self.ui.withdrawButton.setEnabled(status in (LeaveStatus.REQUESTED.value, LeaveStatus.APPROVED.value))

    def open_request(self) -> LeaveDialog:
        dialog = LeaveDialog(self.runner, self.cadres, self.runner.ctx.today(), self)
        self.show_dialog(dialog, lambda: self.reload(select=dialog.result_id))
        return dialog

    def open_decision(self, key: str) -> LeaveDecisionDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = LeaveDecisionDialog(self.runner, row, DECISIONS[key], self.runner.ctx.today(), self)
        self.show_dialog(dialog, lambda: self.reload(select=row.id))
        return dialog

    def export(self) -> TaskHandle | None:
        return export_view(self, self.runner, self.notifier, self.view, LEAVE_COLUMNS, "请销假登记")


__all__ = ["DECISIONS", "LEAVE_COLUMNS", "LeaveDecisionDialog", "LeaveDialog", "LeaveTab"]
