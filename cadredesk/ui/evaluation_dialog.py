"""考核评价 dialog (one cadre's evaluation) and 考核参数 dialog (a batch's parameters).

``EvaluationDialog``: the three parties' scores or recommended grades with their written opinions, the
democratic result (tallied ballots, or votes or a score counted on paper), the self-summary, the rules'
total and grade, deciding the grade (the 优秀 share is enforced by the service, whose message is shown in
the dialog) and undoing a decision; beside the form the evaluator's panel (``evaluation.evaluator_panel``
facts). Every read and write runs in the task runner; ``changed`` is emitted after each write.

``EvaluationParamsDialog``: one field per parameter (``evaluation.PARAM_FIELDS``), typed as the CLI takes
them ("30%", "1/3", "10"); the service checks them and refuses changes once grades are decided.

Layouts: forms/evaluation_dialog.ui, forms/evaluation_params_dialog.ui.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from cadredesk.core.enums import Grade
from cadredesk.core.evaluation import PARTIES, EvaluationParams, num_text, share_text
from cadredesk.errors import UserError
from cadredesk.services import evaluation
from cadredesk.services.context import Context
from cadredesk.services.evaluation import (
    PARAM_FIELDS,
    DecideForm,
    DemocraticForm,
    EvaluationSheet,
    EvaluationTarget,
    EvaluatorPanel,
    ParamsView,
    PartyForm,
    PerformanceLine,
)
from cadredesk.ui.forms.ui_evaluation_dialog import Ui_EvaluationDialog
from cadredesk.ui.forms.ui_evaluation_params_dialog import Ui_EvaluationParamsDialog
from cadredesk.ui.saving_dialog import SavingDialog
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_STYLE

GRADE_CHOICES = [("", None), *((g.value, g.value) for g in Grade)]
BY_RULES = "按规则"


@dataclass(frozen=True)
class Entered:
    """What the form holds (compared with what was loaded to save only the changed parts)."""

    scores: dict[str, str]
    grades: dict[str, str]
    opinions: dict[str, str]
    summary: str
    votes: tuple[int, int, int, int]
    democratic_score: str


def _score_text(x: Decimal | None) -> str:
    return f"{x:.1f}" if x is not None else ""


def performance_text(lines: Sequence[PerformanceLine], empty: str) -> str:
    if not lines:
        return empty
    return "\n".join(
        f"{e.day:%Y-%m-%d} {e.content}" + (f"（{num_text(e.score)} 分）" if e.score is not None else "")
        for e in lines
    )


def weights_text(p: EvaluationParams) -> str:
    w = p.weights
    return "权重：" + "、".join(
        f"{label}{num_text(w[k] * 100)}%" for k, label in [*PARTIES.items(), ("democratic", "民主评议")]
    )


class EvaluationDialog(QDialog):
    """One cadre's evaluation; ``sheet`` is what was loaded last (None while loading)."""

    changed = Signal()

    def __init__(self, runner: TaskRunner, target: EvaluationTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.target = runner, target
        self.ui = Ui_EvaluationDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.sheet: EvaluationSheet | None = None
        self.loaded: Entered | None = None
        self.scores = {"unit": ui.unitScore, "org": ui.orgScore, "township": ui.townshipScore}
        self.grades = {"unit": ui.unitGrade, "org": ui.orgGrade, "township": ui.townshipGrade}
        self.opinions = {"unit": ui.unitOpinion, "org": ui.orgOpinion, "township": ui.townshipOpinion}
        self.vote_boxes = (ui.excellentVotes, ui.competentVotes, ui.basicVotes, ui.incompetentVotes)
        for combo in self.grades.values():
            for text, data in GRADE_CHOICES:
                combo.addItem(text or "—", data)
        ui.decideCombo.addItem(BY_RULES, None)
        for g in Grade:
            ui.decideCombo.addItem(g.value, g.value)
        ui.errorLabel.hide()
        ui.barLabel.hide()
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.decideButton.clicked.connect(self.decide)
        ui.reopenButton.clicked.connect(self.reopen)
        self._busy: TaskHandle | None = None
        self._wrote = False
        self._enable(False)
        self.reload()

    # ------------------------------------------------------------------ loading
    def reload(self) -> TaskHandle:
        target = self.target

        def op(ctx: Context) -> EvaluationSheet:
            return evaluation.evaluation_sheet(ctx, target)

        return self.runner.run(op, name="读取考核", on_success=self.fill, on_failure=self._failed)

    def fill(self, sheet: EvaluationSheet) -> None:
        self.sheet = sheet
        ui, r = self.ui, sheet.row
        self.setWindowTitle(f"考核评价 — {r.name}")
        ui.headerLabel.setText(
            f"<b>{r.name}</b>　{r.township}{r.place} {r.role}　派出单位：{r.unit or '—'}　"
            f"{sheet.batch} · {self.target.year}年{self.target.kind}"
        )
        for key in PARTIES:
            self.scores[key].setText(_score_text(sheet.scores[key]))
            combo = self.grades[key]
            combo.setCurrentIndex(max(combo.findData(sheet.grades[key] or None), 0))
            self.opinions[key].setPlainText(sheet.opinions[key])
        ui.summaryEdit.setPlainText(sheet.summary)
        by_ballots = r.democratic_source == evaluation.SOURCE_BALLOTS
        votes = r.votes.as_tuple() if r.votes is not None else (0, 0, 0, 0)
        for box, n in zip(self.vote_boxes, votes, strict=True):
            box.setValue(n)
        ui.democraticScore.setText(_score_text(r.democratic) if r.votes is None else "")
        if by_ballots and r.votes is not None:
            score = (
                f"得分 {r.democratic:.1f}"
                if r.democratic is not None
                else f"有效票不足 {sheet.params.min_valid_ballots} 张，测评不成立"
            )
            ui.ballotsLabel.setText(
                f"按录入的测评票统计：{r.votes.text()}（有效 {r.votes.valid} 票），{score}。更正请到“测评票录入”。"
            )
        else:
            ui.ballotsLabel.setText(
                "尚无录入的测评票；测评在纸上计票的，可在下面录入各等次票数，或只录入得分。"
            )
        self.loaded = self.entered()
        self._show_outcome(sheet)
        self.show_panel(sheet.panel)
        self._enable(True)

    def _show_outcome(self, sheet: EvaluationSheet) -> None:
        ui, r, o = self.ui, sheet.row, sheet.outcome
        if o.complete and o.grade is not None:
            text = f"综合得分 <b>{o.total}</b>，按规则为“<b>{o.grade.value}</b>”"
            if o.reasons:
                text += "（" + "；".join(o.reasons) + "）"
        else:
            text = "尚缺" + "、".join(o.missing) + "，暂不能按规则确定等次"
        ui.outcomeLabel.setText(f"{text}。<br>{weights_text(sheet.params)}")
        if r.grade:
            until = f"，至 {r.barred_until:%Y-%m-%d}" if r.barred_until else ""
            effect = f"（{r.consequence}{until}）" if r.consequence else ""
            note = f"；{r.note}" if r.note else ""
            day = f"{r.decided_on:%Y-%m-%d} " if r.decided_on else ""
            ui.decidedLabel.setText(f"{day}已确定为“{r.grade}”{effect}{note}")
        else:
            ui.decidedLabel.setText("尚未确定等次。")

    def show_panel(self, p: EvaluatorPanel) -> None:
        ui = self.ui
        if p.barred is not None:
            ui.barLabel.setText(
                f"此前期满考核不称职（{p.barred[0]:%Y-%m-%d} 确定），{p.barred[1]:%Y-%m-%d} 前不予提拔使用"
            )
            ui.barLabel.show()
        else:
            ui.barLabel.hide()
        a = p.attendance
        ui.attendanceLabel.setText(a.text())
        ui.attendanceLabel.setStyleSheet("" if a.ok or not a.in_post else ERROR_STYLE)
        ui.trainingLabel.setText("\n".join(t.text() for t in p.training) or "无培训记录")
        ui.mentoringLabel.setText(p.mentoring.text() or "未确定帮带人")
        ui.achievementsLabel.setText(performance_text(p.achievements, "无记录"))
        ui.negativesLabel.setText(performance_text(p.negatives, "无"))
        ui.negativesLabel.setStyleSheet(ERROR_STYLE if p.negatives else "")

    def _enable(self, loaded: bool) -> None:
        r = self.sheet.row if self.sheet is not None else None
        decided = bool(r is not None and r.grade)
        by_ballots = r is not None and r.democratic_source == evaluation.SOURCE_BALLOTS
        editable = loaded and not decided
        ui = self.ui
        # texts stay readable (read-only, not greyed out) once the grade is decided
        for edit in self.scores.values():
            edit.setReadOnly(not editable)
        for text in (*self.opinions.values(), ui.summaryEdit):
            text.setReadOnly(not editable)
        for combo in self.grades.values():
            combo.setEnabled(editable)
        for w in (*self.vote_boxes, ui.democraticScore):
            w.setEnabled(editable and not by_ballots)
        if self.save_button is not None:
            self.save_button.setEnabled(editable)
        ui.decideCombo.setEnabled(editable)
        ui.decideButton.setEnabled(editable)
        ui.reopenButton.setEnabled(loaded and decided)
        ui.reasonEdit.setEnabled(loaded)

    # ------------------------------------------------------------------ what was typed
    def entered(self) -> Entered:
        ui = self.ui
        return Entered(
            {k: e.text().strip() for k, e in self.scores.items()},
            {k: c.currentData() or "" for k, c in self.grades.items()},
            {k: e.toPlainText().strip() for k, e in self.opinions.items()},
            ui.summaryEdit.toPlainText().strip(),
            (ui.excellentVotes.value(), ui.competentVotes.value(), ui.basicVotes.value(), ui.incompetentVotes.value()),
            ui.democraticScore.text().strip(),
        )  # fmt: skip

    @property
    def dirty(self) -> bool:
        return self.loaded is not None and self.entered() != self.loaded

    def _save_changes(self) -> Callable[[Context], int | None]:
        """The writes for what changed since loading (each part its own service call); the last version."""
        assert self.sheet is not None and self.loaded is not None
        now, was, target = self.entered(), self.loaded, self.target
        version = self.sheet.row.version
        by_ballots = self.sheet.row.democratic_source == evaluation.SOURCE_BALLOTS
        parts = [
            k
            for k in PARTIES
            if (now.scores[k], now.grades[k], now.opinions[k])
            != (was.scores[k], was.grades[k], was.opinions[k])
        ]
        democratic = not by_ballots and (now.votes, now.democratic_score) != (was.votes, was.democratic_score)

        def op(ctx: Context) -> int | None:
            for k in parts:  # refuse a mistyped score before anything is written
                evaluation.parse_score(now.scores[k], f"{PARTIES[k]}评分")
            if democratic and not any(now.votes):
                evaluation.parse_score(now.democratic_score, "民主测评得分")
            v = version
            for k in parts:
                form = PartyForm(target, k, now.scores[k], now.grades[k] or None, now.opinions[k], v)
                v = evaluation.save_party(ctx, form).version
                self._wrote = True
            if now.summary != was.summary:
                v = evaluation.save_summary(ctx, target, now.summary, v).version
                self._wrote = True
            if democratic:
                votes = now.votes if any(now.votes) else None
                form_d = DemocraticForm(target, votes, now.democratic_score or None, v)
                v = evaluation.save_democratic(ctx, form_d).version
                self._wrote = True
            return v

        return op

    # ------------------------------------------------------------------ actions
    def _run(self, op: Callable[[Context], Any], name: str) -> TaskHandle | None:
        if self.sheet is None or (self._busy is not None and not self._busy.done):
            return None
        self.show_error("")
        self._enable(False)
        self._wrote = False  # set by the operation (a plain flag: read on the GUI thread after it ends)
        self._busy = self.runner.run(
            op, name=name, write=True, on_success=self._written, on_failure=self._failed
        )
        return self._busy

    def save(self) -> TaskHandle | None:
        if not self.dirty:
            self.show_error("没有需要保存的修改")
            return None
        return self._run(self._save_changes(), "保存考核评价")

    def decide(self) -> TaskHandle | None:
        save = self._save_changes() if self.dirty else None
        grade, reason, target = (
            self.ui.decideCombo.currentData(),
            self.ui.reasonEdit.text().strip(),
            self.target,
        )
        version = self.sheet.row.version if self.sheet else None

        def op(ctx: Context) -> object:
            v = save(ctx) if save is not None else version
            return evaluation.decide_grade(ctx, DecideForm(target, grade, reason, v))

        return self._run(op, "确定考核等次")

    def reopen(self) -> TaskHandle | None:
        reason, target = self.ui.reasonEdit.text().strip(), self.target
        if not reason:
            self.show_error("撤销已确定的等次须说明理由：请在“理由”中填写")
            return None

        def op(ctx: Context) -> None:
            evaluation.reopen_evaluation(ctx, target, reason)

        return self._run(op, "撤销考核等次")

    def _written(self, _result: object) -> None:
        self.ui.reasonEdit.clear()
        self.changed.emit()
        self.reload()

    def _failed(self, exc: BaseException) -> bool:
        self._enable(self.sheet is not None)
        if isinstance(exc, UserError):
            self.show_error(exc.message)
            if self._wrote:  # parts were saved before the refusal (e.g. the 优秀 share): show what is stored
                self.changed.emit()
                self.reload()
            return True
        return False

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def error(self) -> str:
        return self.ui.errorLabel.text() if not self.ui.errorLabel.isHidden() else ""


# ============================================================================================ parameters


def param_text(p: EvaluationParams, key: str) -> str:
    value = getattr(p, key)
    kind = PARAM_FIELDS[key][1]
    if kind == "weight":
        return f"{num_text(value * 100)}%"
    if kind == "score":
        return num_text(value)
    if kind == "share":
        return evaluation.share_stored(value)
    return str(value)


PARAM_HINTS = {
    "excellent_ceiling": "如 20% 或 1/5",
    "incompetent_vote_share": "不称职票超过有效票的该比例即为不称职，如 1/3",
    "min_valid_ballots": "每名干部有效票少于该数，民主测评不成立",
    "ballots_per_place": "打印测评票时每个派驻点的张数",
}


class EvaluationParamsDialog(SavingDialog):
    """考核参数 of one batch; fields appear once the current values are read."""

    def __init__(self, runner: TaskRunner, batch: str, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.ui = Ui_EvaluationParamsDialog()
        self.ui.setupUi(self)
        self.bind(self.ui.buttonBox, self.ui.errorLabel)
        self.batch = batch
        self.view: ParamsView | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.setWindowTitle(f"考核参数 — {batch}")
        self.ok_button.setEnabled(False)
        for key, (label, _kind) in PARAM_FIELDS.items():
            edit = QLineEdit(self)
            edit.setObjectName(f"{key}Edit")
            edit.setPlaceholderText(PARAM_HINTS.get(key, ""))
            self.edits[key] = edit
            self.ui.paramsForm.addRow(QLabel(label, self), edit)

        def op(ctx: Context) -> ParamsView:
            return evaluation.evaluation_params(ctx, batch)

        runner.run(op, name="读取考核参数", on_success=self.fill, on_failure=self._failed)

    def fill(self, view: ParamsView) -> None:
        self.view = view
        for key, edit in self.edits.items():
            edit.setText(param_text(view.params, key))
        p = view.params
        self.ui.introLabel.setText(
            ("本批次尚未设置考核参数，以下为默认值。" if view.is_default else "")
            + f"综合得分 = 各方评分 × 权重之和（权重合计 100%）；优秀不超过参加考核人数的{share_text(p.excellent_ceiling)}；"
            "已有干部确定等次后参数不能再改。"
        )
        self.ok_button.setEnabled(True)

    def changes(self) -> dict[str, str]:
        assert self.view is not None
        return {
            key: edit.text().strip()
            for key, edit in self.edits.items()
            if edit.text().strip() != param_text(self.view.params, key)
        }

    def check(self) -> str:
        if self.view is None:
            return "正在读取考核参数，请稍候"
        return ""

    def operation(self) -> Callable[[Context], ParamsView]:
        assert self.view is not None
        view, changes, batch = self.view, self.changes(), self.batch

        def op(ctx: Context) -> ParamsView:
            params = evaluation.params_with(view.params, changes)
            return evaluation.save_params(ctx, batch, params, view.version)

        return op


__all__ = ["EvaluationDialog", "EvaluationParamsDialog", "param_text"]
