"""The 问题台账 page's dialogs: register or correct a problem, move it one stage on (or reopen it), and its
detail with the history of every step. The lifecycle is the service's: a step it refuses (a skipped
stage, 督办 before the deadline, a closed problem) is shown in the dialog, which stays open.
Layouts: forms/problem_dialog.ui, forms/problem_step_dialog.ui, forms/problem_detail_dialog.ui.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtWidgets import QDialog, QWidget

from cadredesk.core.enums import ProblemStage
from cadredesk.core.onpost_rows import ProblemRow, StepRow
from cadredesk.services import problems
from cadredesk.services.context import Context
from cadredesk.services.problems import CATEGORIES, ProblemForm
from cadredesk.services.reference import PlaceRow
from cadredesk.ui.forms.ui_problem_detail_dialog import Ui_ProblemDetailDialog
from cadredesk.ui.forms.ui_problem_dialog import Ui_ProblemDialog
from cadredesk.ui.forms.ui_problem_step_dialog import Ui_ProblemStepDialog
from cadredesk.ui.pages.onpost_common import chosen_data, day_text
from cadredesk.ui.saving_dialog import SavingDialog, pydate, set_date
from cadredesk.ui.table import Table
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskRunner
from cadredesk.ui.theme import WARNING_COLOR

#: the stages a step may go to (发现 is the registration itself)
STEP_STAGES = [s.value for s in ProblemStage if s is not ProblemStage.FOUND]


class ProblemDialog(SavingDialog):
    """登记问题 (发现) or 修改 what was registered."""

    def __init__(
        self,
        runner: TaskRunner,
        batch: int | None,
        places: Sequence[PlaceRow],
        problem: ProblemRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.ui = ui = Ui_ProblemDialog()
        ui.setupUi(self)
        self.bind(ui.buttonBox, ui.errorLabel)
        self.batch, self.problem = batch, problem
        self.setWindowTitle(f"修改问题 — {problem.title}" if problem else "登记问题")
        for p in places:
            ui.placeCombo.addItem(f"{p.township}{p.name}", p.id)
        ui.categoryCombo.addItems(list(CATEGORIES))
        set_date(ui.foundOnEdit, problem.found_on if problem else self.runner.ctx.today())
        if problem:
            ui.placeCombo.setCurrentIndex(ui.placeCombo.findData(problem.place_id))
            ui.foundByEdit.setText(problem.found_by)
            ui.categoryCombo.setCurrentText(problem.category)
            ui.titleEdit.setText(problem.title)
            ui.detailEdit.setPlainText(problem.detail)
        else:
            ui.placeCombo.setCurrentIndex(-1)
            ui.categoryCombo.setCurrentIndex(-1)

    def check(self) -> str:
        if chosen_data(self.ui.placeCombo) is None:
            return "请选择问题所在的派驻点"
        if not self.ui.titleEdit.text().strip():
            return "请写明问题（简要描述）"
        return ""

    def operation(self) -> Callable[[Context], int]:
        ui, p = self.ui, self.problem
        form = ProblemForm(
            self.batch, chosen_data(ui.placeCombo), ui.foundByEdit.text(), pydate(ui.foundOnEdit.date()),
            ui.categoryCombo.currentText(), ui.titleEdit.text(), ui.detailEdit.toPlainText(),
            id=p.id if p else None, version=p.version if p else None,
        )  # fmt: skip
        if p is None:
            return lambda ctx: problems.report_problem(ctx, form).id
        return lambda ctx: problems.edit_problem(ctx, form).id


class ProblemStepDialog(SavingDialog):
    """推进 one stage (交办 with whom and by when) — or, with ``reopen``, 重新打开 a closed problem."""

    def __init__(
        self, runner: TaskRunner, problem: ProblemRow, *, reopen: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.ui = ui = Ui_ProblemStepDialog()
        ui.setupUi(self)
        self.bind(ui.buttonBox, ui.errorLabel)
        self.problem, self.reopen = problem, reopen
        self.setWindowTitle(f"重新打开 — {problem.title}" if reopen else f"推进问题 — {problem.title}")
        where = f"{problem.township}{problem.place}"
        due = f"，限 {problem.deadline} 前办结" if problem.deadline else ""
        late = f"，已逾期 {problem.overdue_days} 天" if problem.overdue_days else ""
        offered = "、".join(problem.next_stages) or "无"
        ui.summaryLabel.setText(
            f"{where}：{problem.title}\n当前环节：{problem.stage}{due}{late}"
            + ("" if reopen else f"\n可推进到：{offered}（环节不能跳过；督办仅用于逾期问题）")
        )
        set_date(ui.dayEdit, self.runner.ctx.today())
        ui.deadlineEdit.set_value(problem.deadline if not reopen else None)
        ui.assigneeEdit.setText(problem.assignee)
        if reopen:
            ui.form.setRowVisible(ui.stageCombo, False)
            ui.form.setRowVisible(ui.dayEdit, False)
            ui.form.setRowVisible(ui.assigneeEdit, False)
            ui.form.setRowVisible(ui.actorEdit, False)
            ui.noteLabel.setText("重新打开原因：")
            ui.deadlineLabel.setText("新的办结期限：")
        else:
            for stage in STEP_STAGES:
                if stage != problem.stage:
                    ui.stageCombo.addItem(stage, stage)
            first = problem.next_stages[0] if problem.next_stages else None
            ui.stageCombo.setCurrentIndex(max(ui.stageCombo.findData(first), 0) if first else 0)
            ui.stageCombo.currentIndexChanged.connect(lambda _i: self._stage_changed())
            self._stage_changed()

    def stage(self) -> str:
        value: str = self.ui.stageCombo.currentData()
        return value

    def _stage_changed(self) -> None:
        assigning = self.stage() == ProblemStage.ASSIGNED.value
        self.ui.form.setRowVisible(self.ui.assigneeEdit, assigning)
        self.ui.form.setRowVisible(self.ui.deadlineEdit, assigning)

    def check(self) -> str:
        if self.reopen and not self.ui.noteEdit.text().strip():
            return "重新打开须写明原因"
        return ""

    def operation(self) -> Callable[[Context], int]:
        ui, p = self.ui, self.problem
        if self.reopen:
            reason, deadline = ui.noteEdit.text(), ui.deadlineEdit.value()
            return lambda ctx: (
                problems.reopen_problem(ctx, p.id, reason, deadline=deadline, version=p.version).id
            )
        to, day, actor, note = (
            self.stage(),
            pydate(ui.dayEdit.date()),
            ui.actorEdit.text(),
            ui.noteEdit.text(),
        )
        assigning = to == ProblemStage.ASSIGNED.value
        assignee = ui.assigneeEdit.text() if assigning else None
        deadline = ui.deadlineEdit.value() if assigning else None

        def op(ctx: Context) -> int:
            return problems.advance_problem(
                ctx, p.id, to, day=day, actor=actor, note=note, assignee=assignee, deadline=deadline,
                version=p.version,
            ).id  # fmt: skip

        return op


STEP_COLUMNS: list[Column[StepRow]] = [
    Column("stage", "环节", lambda s: s.stage + ("（重新打开）" if s.reopened else ""),
           foreground=lambda s: WARNING_COLOR if s.reopened else None, width=8),
    Column("day", "日期", lambda s: s.day.isoformat(), lambda s: s.day, width="2026-03-31"),
    Column("actor", "经办人", lambda s: s.actor, width=6),
    Column("note", "说明", lambda s: s.note, tooltip=lambda s: s.note or None, width=20),
    Column("at", "记录时间", lambda s: s.at.strftime("%Y-%m-%d %H:%M") if s.at else "", lambda s: s.at,
           width="2026-03-31 12:00"),
    Column("by", "记录人", lambda s: s.recorded_by, width=5),
]  # fmt: skip


class ProblemDetailDialog(QDialog):
    """A problem as registered and every step it went through (read only)."""

    def __init__(self, problem: ProblemRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ProblemDetailDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"问题详情 — {problem.title}")
        p = problem
        lines = [
            f"<b>{escape(p.title)}</b>",
            f"派驻点：{escape(p.township + p.place)}　类别：{escape(p.category)}　"
            f"发现：{escape(p.found_by)} {p.found_on}",
            f"当前环节：{escape(p.stage)}"
            + (f"　承办：{escape(p.assignee)}" if p.assignee else "")
            + (f"　期限：{p.deadline}" if p.deadline else "")
            + (f"　已逾期 {p.overdue_days} 天" if p.overdue_days else "")
            + (f"　销号：{day_text(p.closed_on)}" if p.closed_on else ""),
        ]
        if p.detail:
            lines.append(f"详细情况：{escape(p.detail)}")
        ui.infoLabel.setText("<br>".join(lines))
        self.steps: Table[StepRow] = Table(ui.stepsView, STEP_COLUMNS, self, stretch="note", sortable=False)
        self.steps.model.set_rows(p.steps)
        ui.buttonBox.rejected.connect(self.reject)


__all__ = ["STEP_COLUMNS", "STEP_STAGES", "ProblemDetailDialog", "ProblemDialog", "ProblemStepDialog"]
