"""Dialogs for stepping back and ending: 退回上一步 / 撤回推荐 (a reason is required) and 办理期满 (close a batch
in one step). Layouts: forms/reason_dialog.ui and forms/close_batch_dialog.ui.

Each is a ``SavingDialog``: the service's refusal (a closed batch, a status that cannot go back, cadres
not yet on post) stays in the dialog's error line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from cadredesk.core.campaign import previous_status
from cadredesk.services import assignment, term
from cadredesk.services.batches import BatchForm
from cadredesk.services.context import Context
from cadredesk.services.roster_view import DispatchRow
from cadredesk.services.term import CloseResult
from cadredesk.ui.forms.ui_close_batch_dialog import Ui_CloseBatchDialog
from cadredesk.ui.forms.ui_reason_dialog import Ui_ReasonDialog
from cadredesk.ui.saving_dialog import SavingDialog, pydate, set_date
from cadredesk.ui.tasks import TaskRunner

#: what a ``ReasonDialog`` does: 退回上一步 or 撤回推荐
STEP_BACK, WITHDRAW = "back", "withdraw"


class ReasonDialog(SavingDialog):
    """退回上一步 (审核→推荐 … 期满→在岗) or 撤回推荐 (before training) for one dispatch, with its reason."""

    def __init__(
        self, runner: TaskRunner, row: DispatchRow, kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.bind(self.ui.buttonBox, self.ui.errorLabel)
        self.row, self.kind = row, kind
        self.reason_edit = self.ui.reasonEdit
        if kind == STEP_BACK:
            back = previous_status(row.status)
            self.setWindowTitle(f"退回上一步 — {row.name}")
            self.ui.messageLabel.setText(
                f"将{row.name}的状态由“{row.status}”退回为“{back.value if back else '—'}”"
                "（例如误点了推进）。请注明原因。"
            )
            self.ok_button.setText("退回")
        else:
            self.setWindowTitle(f"撤回推荐 — {row.name}")
            self.ui.messageLabel.setText(
                f"撤回对{row.name}的推荐（当前“{row.status}”）：本条记录结束为“撤回”，不占派驻点和单位名额，"
                "该干部可另行推荐。已开始培训或在岗的人员请用“召回/轮换”。请注明原因。"
            )
            self.ok_button.setText("撤回推荐")
        self.adjustSize()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def check(self) -> str:
        return "" if self.reason() else "请填写原因"

    def operation(self) -> Callable[[Context], assignment.Outcome]:
        dispatch_id, reason, kind = self.row.id, self.reason(), self.kind

        def op(ctx: Context) -> assignment.Outcome:
            if kind == STEP_BACK:
                return assignment.step_back(ctx, dispatch_id, reason=reason)
            return assignment.withdraw(ctx, dispatch_id, reason=reason)

        return op


class CloseBatchDialog(SavingDialog):
    """办理期满: the closing day (default the batch's end) and whether nominations not yet on post are withdrawn."""

    def __init__(
        self,
        runner: TaskRunner,
        batch: BatchForm,
        pending: list[str],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.ui = Ui_CloseBatchDialog()
        self.ui.setupUi(self)
        self.bind(self.ui.buttonBox, self.ui.errorLabel)
        self.batch = batch
        self.closed: CloseResult | None = None
        self.day_edit, self.withdraw_check = self.ui.dayEdit, self.ui.withdrawCheck
        self.setWindowTitle(f"办理期满 — {batch.name}")
        self.ok_button.setText("办理期满")
        set_date(self.day_edit, min(batch.end, max(today, batch.start)), batch.start, batch.end)
        self.ui.messageLabel.setText(
            f"批次“{batch.name}”（{batch.start} 至 {batch.end}）：在岗人员一次办理为“期满”，"
            "并按结束日期的次日保存本批次的检查结果（此后不再变化）。办理后这些干部可派入下一批次，"
            "期满考核随之到期。此操作记入审计日志。"
        )
        if pending:
            shown = "、".join(pending[:8]) + (f" 等 {len(pending)} 人" if len(pending) > 8 else "")
            self.ui.pendingLabel.setText(
                f"尚未到岗：{shown}。不勾选“一并撤回”时，须先推进或撤回这些人员才能办理期满。"
            )
        else:
            self.withdraw_check.hide()
            self.ui.pendingLabel.setText("本批次没有尚未到岗的人员。")
        self.adjustSize()

    def operation(self) -> Callable[[Context], CloseResult]:
        name, day, withdraw = self.batch.name, pydate(self.day_edit.date()), self.withdraw_check.isChecked()

        def op(ctx: Context) -> CloseResult:
            return term.close_batch(ctx, name, on=day, withdraw_pending=withdraw)

        return op

    def _saved(self, result: Any) -> None:
        self.closed = result if isinstance(result, CloseResult) else None
        super()._saved(result)


__all__ = ["STEP_BACK", "WITHDRAW", "CloseBatchDialog", "ReasonDialog"]
