"""导入记录: every recorded import (rosters, places, units), newest first, with 撤销导入 for one of them.

The list is ``services.import_runs.list_imports``; undoing is ``import_runs.undo_import`` (one step,
audited) after the clerk confirms; the service's refusal (its rows are referred to or were changed
since) is shown as it says it. Layout: forms/import_runs_dialog.ui. ``changed`` is true once an
import was undone (the page reloads when the dialog closes).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QWidget

from cadredesk.services import import_runs, references
from cadredesk.services.context import Context
from cadredesk.services.import_runs import ImportRunInfo, UndoResult
from cadredesk.ui import list_export
from cadredesk.ui.forms.ui_import_runs_dialog import Ui_ImportRunsDialog
from cadredesk.ui.notify import Notifier, show_refusal
from cadredesk.ui.table import Table, current
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import MUTED_COLOR


def local_time(at: dt.datetime | None) -> str:
    """A stored UTC time as the clerk's local time."""
    if at is None:
        return ""
    return f"{at.replace(tzinfo=dt.UTC).astimezone():%Y-%m-%d %H:%M}"


def created_text(run: ImportRunInfo) -> str:
    parts = [f"{references.label(k)} {n}" for k, n in run.created.items() if n]
    if run.changed:
        parts.append(f"修改 {run.changed} 处")
    return "、".join(parts) or "—"


def _muted(run: ImportRunInfo) -> QColor | None:
    return MUTED_COLOR if run.undone else None


RUN_COLUMNS: list[Column[ImportRunInfo]] = [
    Column("at", "导入时间", lambda r: local_time(r.at), lambda r: r.at, foreground=_muted, width="2025-01-01 12:00"),
    Column("kind", "类别", lambda r: import_runs.KIND_LABELS.get(r.kind, r.kind), foreground=_muted, width=4),
    Column("file", "文件", lambda r: r.file + (f"（{r.sheet}）" if r.sheet else ""),
           tooltip=lambda r: r.file + (f"（工作表 {r.sheet}）" if r.sheet else ""), foreground=_muted, width=14),
    Column("batch", "批次", lambda r: r.batch, tooltip=lambda r: r.batch or None, foreground=_muted, width=10),
    Column("created", "新建 / 修改", created_text, tooltip=lambda r: r.summary or None, foreground=_muted,
           width=14),
    Column("user", "操作人", lambda r: r.user, foreground=_muted, width=5),
    Column("undone", "状态", lambda r: f"已撤销（{local_time(r.undone_at)} {r.undone_by}）" if r.undone else "有效",
           lambda r: r.undone_at, foreground=_muted, width=8),
]  # fmt: skip


class ImportRunsDialog(QDialog):
    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportRunsDialog()
        self.ui.setupUi(self)
        self.runner, self.notifier = runner, notifier
        self.changed = False
        self.last_undo: UndoResult | None = None
        self.table: Table[ImportRunInfo] = Table(
            self.ui.view, RUN_COLUMNS, self, stretch="created", context_menu=self._menu
        )
        self.model, self.view = self.table.model, self.table.view
        self.undo_button = self.ui.undoButton
        self.undo_button.clicked.connect(lambda: self.undo_selected())
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.buttonBox.rejected.connect(self.reject)
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText("关闭")
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())

    def load(self) -> TaskHandle:
        self.ui.statusLabel.setText("正在加载…")

        def shown(runs: list[ImportRunInfo]) -> None:
            self.model.set_rows(runs)
            undone = sum(1 for r in runs if r.undone)
            self.ui.statusLabel.setText(
                f"共 {len(runs)} 次导入" + (f"，其中已撤销 {undone} 次" if undone else "")
                if runs
                else "尚无导入记录。"
            )
            self._update()

        return self.runner.run(import_runs.list_imports, name="import runs", on_success=shown)

    def selected(self) -> ImportRunInfo | None:
        value: ImportRunInfo | None = current(self.view)
        return value

    def _update(self) -> None:
        run = self.selected()
        self.undo_button.setEnabled(run is not None and not run.undone)
        self.ui.exportButton.setEnabled(self.model.rowCount() > 0)

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        run = self.selected()
        undo = menu.addAction("撤销导入…", lambda: self.undo_selected())
        undo.setEnabled(run is not None and not run.undone)
        menu.addAction("导出列表…", self.export)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def undo_selected(self) -> TaskHandle | None:
        run = self.selected()
        if run is None or run.undone:
            return None
        what = f"{local_time(run.at)} 导入的{import_runs.KIND_LABELS.get(run.kind, run.kind)}“{run.file}”"
        if not self.notifier.confirm(
            f"撤销{what}？\n\n将删除该次导入新建的记录（{created_text(run)}），并恢复它修改过的内容。"
            "此操作记入审计日志。",
            title="撤销导入",
            parent=self,
        ):
            return None
        run_id = run.id

        def op(ctx: Context) -> UndoResult:
            return import_runs.undo_import(ctx, run_id)

        def done(result: UndoResult) -> None:
            self.changed, self.last_undo = True, result
            self.notifier.info(f"已撤销{what}：删除 {result.text}。", title="撤销导入", parent=self)
            self.load()

        return self.runner.run(
            op,
            name="undo import",
            write=True,
            on_success=done,
            on_failure=show_refusal(self.notifier, "撤销导入", self),
        )

    def export(self) -> TaskHandle | None:
        return list_export.export_view(self, self.runner, self.notifier, self.view, RUN_COLUMNS, "导入记录")


__all__ = ["RUN_COLUMNS", "ImportRunsDialog"]
