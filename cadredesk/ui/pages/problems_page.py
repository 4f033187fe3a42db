"""问题台账 page: the batch's problems, filtered by stage, township and an overdue switch; register a
problem, correct it, move it one stage on (发现 → 交办 → 处理 → 反馈 → 督办 when overdue → 销号), reopen a
closed one, see its history; 导出 Excel (the list as shown) and 生成 PDF (``print.problems``).

Layout: forms/problems_page.ui; dialogs in ``problems_dialogs``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QWidget

from cadredesk.core.enums import ProblemStage
from cadredesk.core.onpost_rows import ProblemRow
from cadredesk.services import batches, problems, reference
from cadredesk.services.batches import BatchRow
from cadredesk.services.context import Context
from cadredesk.services.onpost_print import print_problems
from cadredesk.services.printing import PrintRequest, PrintResult
from cadredesk.services.reference import PlaceRow
from cadredesk.ui.forms.ui_problems_page import Ui_ProblemsPage
from cadredesk.ui.list_export import export_view
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.base import BasePage
from cadredesk.ui.pages.onpost_common import day_text, matches
from cadredesk.ui.pages.problems_dialogs import ProblemDetailDialog, ProblemDialog, ProblemStepDialog
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_BACKGROUND, ERROR_COLOR, MUTED_COLOR, OK_COLOR
from cadredesk.ui.widgets import debounced_search, fill_combo, reset_filters

STAGE_ORDER = {s.value: i for i, s in enumerate(ProblemStage)}


def _late_bg(p: ProblemRow) -> QColor | None:
    return ERROR_BACKGROUND if p.overdue_days else None


def _stage_color(p: ProblemRow) -> QColor | None:
    if p.closed:
        return OK_COLOR
    return ERROR_COLOR if p.stage == ProblemStage.SUPERVISED.value else None


PROBLEM_COLUMNS: list[Column[ProblemRow]] = [
    Column("found_on", "发现日期", lambda p: p.found_on.isoformat(), lambda p: p.found_on, background=_late_bg,
           width="2026-03-31"),
    Column("township", "乡镇", lambda p: p.township, background=_late_bg, width=6),
    Column("place", "派驻点", lambda p: p.place, background=_late_bg, width=7),
    Column("category", "类别", lambda p: p.category, background=_late_bg, width=5),
    Column("title", "问题", lambda p: p.title, tooltip=lambda p: p.title + (f"\n{p.detail}" if p.detail else ""),
           background=_late_bg, width=18),
    Column("found_by", "发现人", lambda p: p.found_by, background=_late_bg, width=8),
    Column("stage", "环节", lambda p: p.stage, lambda p: STAGE_ORDER.get(p.stage, 9), foreground=_stage_color,
           background=_late_bg, align_center=True, width=3),
    Column("assignee", "承办人", lambda p: p.assignee, tooltip=lambda p: p.assignee or None, background=_late_bg, width=8),
    Column("deadline", "办结期限", lambda p: day_text(p.deadline), lambda p: p.deadline, background=_late_bg,
           width="2026-03-31"),
    Column("overdue", "逾期", lambda p: f"{p.overdue_days} 天" if p.overdue_days else "", lambda p: p.overdue_days,
           foreground=lambda p: ERROR_COLOR if p.overdue_days else None, background=_late_bg, align_center=True,
           width=4),
    Column("closed_on", "销号日期", lambda p: day_text(p.closed_on), lambda p: p.closed_on,
           foreground=lambda _p: MUTED_COLOR, background=_late_bg, width="2026-03-31"),
]  # fmt: skip


def ask_save(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


@dataclass(frozen=True)
class ProblemsSnapshot:
    batches: list[BatchRow]
    batch: BatchRow | None
    rows: list[ProblemRow]
    places: list[PlaceRow]
    townships: list[tuple[int, str]]


def load_ledger(ctx: Context, batch: int | None) -> ProblemsSnapshot:
    rows = batches.list_batches(ctx)
    if not rows:
        return ProblemsSnapshot([], None, [], [], [])
    chosen = next((b for b in rows if b.id == batch), None) or batches.find_batch(ctx)
    return ProblemsSnapshot(
        rows,
        chosen,
        problems.list_problems(ctx, chosen.id),
        reference.list_places(ctx),
        reference.townships(ctx),
    )


class ProblemsPage(BasePage[ProblemRow]):
    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(runner, notifier, parent)
        self.ui = ui = Ui_ProblemsPage()
        ui.setupUi(self)
        self.init_table(ui.view, PROBLEM_COLUMNS, stretch="title", on_activate=lambda _p: self.open_detail())
        self.bind(status=ui.statusLabel, batch_combo=ui.batchCombo)
        self.snapshot: ProblemsSnapshot | None = None
        #: tests replace this to answer the save dialog of 生成 PDF
        self.ask_save_path: Callable[[QWidget, str, str, str], str | None] = ask_save
        self.last_pdf: Path | None = None
        fill_combo(ui.stageCombo, [(s.value, s.value) for s in ProblemStage], all_text="全部环节")
        fill_combo(ui.townshipCombo, [], all_text="全部乡镇")
        self._search = debounced_search(ui.searchEdit, self.apply_filter, self)
        for combo in (ui.stageCombo, ui.townshipCombo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        ui.overdueCheck.toggled.connect(lambda _on: self.apply_filter())
        ui.addButton.clicked.connect(lambda: self.open_editor(None))
        ui.editButton.clicked.connect(lambda: self.open_editor(self.selected()))
        ui.advanceButton.clicked.connect(lambda: self.open_step())
        ui.reopenButton.clicked.connect(lambda: self.open_step(reopen=True))
        ui.detailButton.clicked.connect(lambda: self.open_detail())
        ui.exportButton.clicked.connect(self.export)
        ui.pdfButton.clicked.connect(self.print_pdf)
        ui.refreshButton.clicked.connect(lambda: self.reload())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

    # ------------------------------------------------------------------ loading
    def load_operation(self, batch: Any) -> Callable[[Context], ProblemsSnapshot]:
        return lambda ctx: load_ledger(ctx, batch if isinstance(batch, int) else None)

    def shown_batch(self) -> int | None:
        snap = self.snapshot
        return snap.batch.id if snap is not None and snap.batch is not None else None

    def batch_id(self) -> int | None:
        return self.shown_batch()

    def show_data(self, snap: ProblemsSnapshot) -> int:
        self.snapshot = snap
        assert self.batch_combo is not None
        fill_combo(self.batch_combo, [(b.name, b.id) for b in snap.batches] or [("（尚无批次）", None)])
        self.batch_combo.blockSignals(True)
        self.batch_combo.setCurrentIndex(max(self.batch_combo.findData(self.shown_batch()), 0))
        self.batch_combo.blockSignals(False)
        fill_combo(
            self.ui.townshipCombo, [(name, name) for _tid, name in snap.townships], all_text="全部乡镇"
        )
        self.model.set_rows(snap.rows)
        self.apply_filter()
        return len(snap.rows)

    # ------------------------------------------------------------------ filters
    def clear_filters(self) -> None:
        ui = self.ui
        reset_filters(ui.stageCombo, ui.townshipCombo, ui.overdueCheck, ui.searchEdit)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._search.stop()
        ui = self.ui
        q = ui.searchEdit.text().strip()
        stage, town, overdue = (
            ui.stageCombo.currentData(),
            ui.townshipCombo.currentData(),
            ui.overdueCheck.isChecked(),
        )

        def accepts(p: ProblemRow) -> bool:
            if stage is not None and p.stage != stage:
                return False
            if town is not None and p.township != town:
                return False
            if overdue and not p.overdue_days:
                return False
            return not q or matches(q, p.found_by, p.title, p.place, p.township, p.assignee, p.category)

        self.proxy.set_predicate(accepts if q or stage or town or overdue else None)
        self._summary()
        self._update_buttons()

    def _summary(self) -> None:
        rows = self.model.rows()
        if not rows:
            self.show_status("问题台账为空。点“登记问题”录入发现的问题。")
            return
        closed = sum(1 for p in rows if p.closed)
        late = sum(1 for p in rows if p.overdue_days)
        shown = self.proxy.rowCount()
        prefix = f"显示 {shown} 条；" if shown != len(rows) else ""
        text = (
            f"{prefix}问题 {len(rows)} 条：已销号 {closed} 条，办理中 {len(rows) - closed} 条，逾期 {late} 条"
        )
        if late:
            self.show_error(text)
        else:
            self.show_status(text)

    def _update_buttons(self) -> None:
        p = self.selected()
        ui = self.ui
        ui.editButton.setEnabled(p is not None and not p.closed)
        ui.advanceButton.setEnabled(p is not None and not p.closed)
        ui.reopenButton.setEnabled(p is not None and p.closed)
        ui.detailButton.setEnabled(p is not None)

    # ------------------------------------------------------------------ actions
    def open_editor(self, problem: ProblemRow | None) -> ProblemDialog:
        places = self.snapshot.places if self.snapshot else []
        dialog = ProblemDialog(self.runner, self.batch_id(), places, problem, self)
        self.show_dialog(dialog, lambda: self.reload(select=dialog.result_id))
        return dialog

    def open_step(self, *, reopen: bool = False) -> ProblemStepDialog | None:
        p = self.selected()
        if p is None:
            return None
        dialog = ProblemStepDialog(self.runner, p, reopen=reopen, parent=self)
        self.show_dialog(dialog, lambda: self.reload(select=p.id))
        return dialog

    def open_detail(self) -> TaskHandle | None:
        p = self.selected()
        if p is None:
            return None

        def show(row: ProblemRow) -> None:
            self.show_dialog(ProblemDetailDialog(row, self))

        return self.runner.run(
            lambda ctx: problems.problem_detail(ctx, p.id), name="问题详情", on_success=show
        )

    def export(self) -> TaskHandle | None:
        name = self.snapshot.batch.name if self.snapshot and self.snapshot.batch else ""
        title = f"{name}问题台账" + ("（逾期）" if self.ui.overdueCheck.isChecked() else "")
        return export_view(self, self.runner, self.notifier, self.view, PROBLEM_COLUMNS, title)

    def print_pdf(self) -> TaskHandle | None:
        """生成 PDF of the batch's whole ledger (overdue rows marked), saved where the clerk says."""
        snap = self.snapshot
        if snap is None or snap.batch is None:
            return None
        batch = snap.batch.name
        chosen = self.ask_save_path(
            self, "打印问题台账（生成 PDF）", f"{batch}问题台账.pdf", "PDF 文件 (*.pdf)"
        )
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")

        def op(ctx: Context) -> PrintResult:
            return print_problems(ctx, PrintRequest(out=out, batch=batch))

        def done(result: PrintResult) -> None:
            self.last_pdf = out
            self.show_status(f"已生成 PDF（{result.pages} 页）：{out}")
            if result.warnings:
                self.notifier.warning("生成的 PDF 有以下提示：\n" + "\n".join(result.warnings), parent=self)

        self.show_status("正在生成 PDF…")
        return self.runner.run(op, name="正在生成问题台账 PDF…", on_success=done, write=True)


__all__ = ["PROBLEM_COLUMNS", "ProblemsPage", "load_ledger"]
