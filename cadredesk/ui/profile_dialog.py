"""干部档案: one cadre's profile — every dispatch with its status history, the attendance summary, training
and mentoring, and the evaluations (with the grade's consequence in the seed's words).

``open_profile(parent, runner, notifier, cadre_id)`` is the one way a list opens it (the 选派名单 and 干部
pages: the right-click menu, and a double-click where that does not already edit). The profile is read
off the GUI thread (``services.profile.cadre_profile``); the dialog is window-modal and not blocking.
Layout: forms/profile_dialog.ui.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cadredesk.core.enums import AttendanceMark
from cadredesk.errors import UserError
from cadredesk.services.cadre_summary import TrainingMentoringSummary
from cadredesk.services.context import Context
from cadredesk.services.profile import (
    CadreProfile,
    DispatchHistory,
    EvaluationLine,
    StatusStep,
    cadre_profile,
)
from cadredesk.ui import list_export
from cadredesk.ui.forms.ui_profile_dialog import Ui_ProfileDialog
from cadredesk.ui.notify import Notifier
from cadredesk.ui.table import Table, select_row
from cadredesk.ui.table_model import Column, RowRole
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import MUTED_COLOR


def _date(day: dt.date | None) -> str:
    return f"{day:%Y.%m.%d}" if day else ""


def _num(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _attendance_text(d: DispatchHistory) -> str:
    a = d.attendance
    return f"在岗 {a.in_post} / 记录 {a.recorded} 天" if a.recorded else "无记录"


def _grades(d: DispatchHistory) -> str:
    return "、".join(f"{e.year}{e.kind.removesuffix('考核')}{e.grade or '未定等次'}" for e in d.evaluations)


DISPATCH_COLUMNS: list[Column[DispatchHistory]] = [
    Column("batch", "批次", lambda d: d.batch, lambda d: d.start, tooltip=lambda d: d.batch, width=12),
    Column("place", "派驻点", lambda d: f"{d.township}{d.place}" or "（未定）", width=10,
           tooltip=lambda d: f"{d.township}{d.place}" or None),
    Column("role", "身份", lambda d: d.role, width=5),
    Column("unit", "派出单位", lambda d: d.unit, tooltip=lambda d: d.unit or None, width=10),
    Column("status", "状态", lambda d: d.status, tooltip=lambda d: d.status_reason or None,
           align_center=True, width=3),
    Column("term", "期限", lambda d: f"{_date(d.start)}—{_date(d.end)}", lambda d: (d.start, d.end),
           width="2025.01.01—2026.01.01"),
    Column("team", "工作队 / 小组", lambda d: "；".join(x for x in (d.team, d.work_group) if x),
           tooltip=lambda d: "；".join(x for x in (d.team, d.work_group) if x) or None, width=10),
    Column("attendance", "考勤", _attendance_text, lambda d: d.attendance.in_post, width=10),
    Column("evaluations", "考核", _grades, tooltip=lambda d: _grades(d) or None, width=12),
]  # fmt: skip

STEP_COLUMNS: list[Column[StatusStep]] = [
    Column("at", "时间", lambda s: f"{s.at:%Y-%m-%d %H:%M}", lambda s: s.at, width="2025-01-01 12:00"),
    Column("change", "变更", lambda s: f"{s.from_status or '—'} → {s.to_status}", width=7),
    Column("reason", "原因", lambda s: s.reason, tooltip=lambda s: s.reason or None, width=20),
    Column("user", "操作人", lambda s: s.user, width=5),
]


@dataclass(frozen=True)
class MarkCount:
    label: str
    days: int
    in_post: bool


MARK_COLUMNS: list[Column[MarkCount]] = [
    Column("mark", "类别", lambda m: m.label, width=5),
    Column("days", "天数", lambda m: str(m.days), lambda m: m.days, align_center=True, width=4),
    Column("counts", "计入在岗", lambda m: "是" if m.in_post else "否", align_center=True,
           foreground=lambda m: None if m.in_post else MUTED_COLOR, width=4),
]  # fmt: skip

TRAINING_COLUMNS: list[Column[TrainingMentoringSummary]] = [
    Column("batch", "批次", lambda t: t.batch, tooltip=lambda t: t.batch, width=12),
    Column("training", "岗前培训", lambda t: t.training, tooltip=lambda t: t.training_detail or None, width=5),
    Column("sessions", "培训班", lambda t: "、".join(t.sessions), tooltip=lambda t: "、".join(t.sessions) or None,
           width=12),
    Column("hours", "学时", lambda t: _num(t.hours), lambda t: t.hours, align_center=True, width=3),
    Column("required", "必修课", lambda t: f"{t.required_done}/{t.required_total}" if t.required_total else "",
           align_center=True, width=4),
    Column("mentor", "帮带人", lambda t: t.mentor or "未确定",
           tooltip=lambda t: f"{t.mentor_township}{t.mentor_post}" or None, width=5),
    Column("activities", "帮带活动", lambda t: f"{t.activities} 次" if t.mentor else "",
           lambda t: t.activities, align_center=True, width=4),
]  # fmt: skip


@dataclass(frozen=True)
class EvaluationRow:
    batch: str
    line: EvaluationLine


EVALUATION_COLUMNS: list[Column[EvaluationRow]] = [
    Column("batch", "批次", lambda e: e.batch, tooltip=lambda e: e.batch, width=12),
    Column("year", "年度", lambda e: str(e.line.year), lambda e: e.line.year, align_center=True, width=3),
    Column("kind", "考核类型", lambda e: e.line.kind, width=5),
    Column("grade", "等次", lambda e: e.line.grade or "未定等次", width=4),
    Column("score", "得分", lambda e: _num(e.line.total_score), lambda e: e.line.total_score,
           align_center=True, width=3),
    Column("decided", "确定日期", lambda e: _date(e.line.decided_on), lambda e: e.line.decided_on,
           width="2025.01.01"),
    Column("consequence", "结果运用", lambda e: e.line.consequence,
           tooltip=lambda e: e.line.consequence or None, width=16),
]  # fmt: skip


class ProfileDialog(QDialog):
    """Shows a ``CadreProfile`` (``show_profile``); ``load()`` reads it in the background."""

    def __init__(
        self, runner: TaskRunner, notifier: Notifier, cadre_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProfileDialog()
        self.ui.setupUi(self)
        self.runner, self.notifier, self.cadre_id = runner, notifier, cadre_id
        self.profile: CadreProfile | None = None
        ui = self.ui
        self.dispatches: Table[DispatchHistory] = Table(
            ui.dispatchView, DISPATCH_COLUMNS, self, stretch="evaluations"
        )
        self.steps: Table[StatusStep] = Table(ui.stepsView, STEP_COLUMNS, self, stretch="reason")
        self.marks: Table[MarkCount] = Table(ui.attendanceView, MARK_COLUMNS, self, sortable=False)
        self.training: Table[TrainingMentoringSummary] = Table(ui.trainingView, TRAINING_COLUMNS, self)
        self.evaluations: Table[EvaluationRow] = Table(
            ui.evaluationView, EVALUATION_COLUMNS, self, stretch="consequence"
        )
        ui.emptyLabel.hide()
        ui.errorLabel.hide()
        ui.buttonBox.rejected.connect(self.reject)
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText("关闭")
        ui.exportButton.clicked.connect(self.export)
        ui.exportButton.setEnabled(False)
        self.dispatches.view.selectionModel().selectionChanged.connect(lambda *_a: self._dispatch_chosen())

    def load(self) -> TaskHandle:
        cadre_id = self.cadre_id

        def op(ctx: Context) -> CadreProfile:
            return cadre_profile(ctx, cadre_id)

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, UserError):
                self.ui.nameLabel.setText("干部档案")
                self.ui.errorLabel.setText(exc.message)
                self.ui.errorLabel.show()
                return True
            return False

        return self.runner.run(op, name="cadre profile", on_success=self.show_profile, on_failure=failed)

    def show_profile(self, p: CadreProfile) -> None:
        self.profile = p
        self.setWindowTitle(f"干部档案 — {p.name}")
        self.ui.nameLabel.setText(f"{p.name}　{p.gender}　{p.ethnicity}")
        post = f"{p.unit}{p.post}" + (f"（{p.rank}）" if p.rank else "")
        facts = [
            f"{p.birth_date:%Y.%m}生",
            p.masked_id,
            p.political_status,
            p.education,
            post,
            f"电话 {p.phone}" if p.phone else "",
            "后备干部" if p.is_reserve else "",
            "有基层工作经历" if p.has_grassroots_exp else "",
        ]
        self.ui.infoLabel.setText("　".join(f for f in facts if f))
        self.dispatches.model.set_rows(p.dispatches)
        self.ui.emptyLabel.setVisible(not p.dispatches)
        self.ui.exportButton.setEnabled(bool(p.dispatches))
        self.training.model.set_rows(p.training)
        self.evaluations.model.set_rows(
            [EvaluationRow(d.batch, e) for d in p.dispatches for e in d.evaluations]
        )
        done = sum(len(d.evaluations) for d in p.dispatches)
        self.ui.tabs.setTabText(3, f"考核（{done}）" if done else "考核")
        if p.dispatches:
            select_row(self.dispatches.view, lambda d: d.id == p.dispatches[0].id)
        else:
            self._dispatch_chosen()

    def _chosen(self) -> DispatchHistory | None:
        rows = self.dispatches.view.selectionModel().selectedRows()
        value: DispatchHistory | None = rows[0].data(RowRole) if rows else None
        return value

    def _dispatch_chosen(self) -> None:
        d = self._chosen()
        self.steps.model.set_rows(d.steps if d else [])
        if d is None:
            self.marks.model.set_rows([])
            self.ui.attendanceLabel.setText("")
            return
        a = d.attendance
        self.marks.model.set_rows(
            [
                MarkCount(m.label, a.days[m.value], m.counts_in_post)
                for m in AttendanceMark
                if a.days.get(m.value)
            ]
        )
        if a.recorded:
            self.ui.attendanceLabel.setText(
                f"{d.batch}：{_date(a.first)} 至 {_date(a.last)} 记录考勤 {a.recorded} 天，"
                f"其中计入在岗 {a.in_post} 天（在岗、公出、培训）。"
            )
        else:
            self.ui.attendanceLabel.setText(f"{d.batch}：尚无考勤记录。")

    def export(self) -> TaskHandle | None:
        name = self.profile.name if self.profile else ""
        return list_export.export_view(
            self, self.runner, self.notifier, self.dispatches.view, DISPATCH_COLUMNS, f"{name}派驻经历"
        )


def open_profile(parent: QWidget, runner: TaskRunner, notifier: Notifier, cadre_id: int) -> ProfileDialog:
    """Open the cadre's profile window-modal (not blocking) and read it in the background."""
    dialog = ProfileDialog(runner, notifier, cadre_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(min(1100, max(900, parent.window().width() - 80)), 620)
    dialog.open()
    dialog.load()
    return dialog


__all__ = ["DISPATCH_COLUMNS", "ProfileDialog", "open_profile"]
