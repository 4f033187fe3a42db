"""从 Excel 导入 for the small on-post imports (考勤表, 领导走访, 保险及党组织关系): choose a workbook, see
the importer's own dry run (rejected rows with their reasons, warnings), then import.

``run(ctx, path, dry_run, skip_invalid)`` is the service call; its report has ``rejected`` (dicts with
row, name, reason) and ``warnings`` (row, message). A refusal of the whole file (all or nothing, one row
bad) arrives as a ``UserError`` carrying the report, whose rows are shown the same way. The check and
the import run off the GUI thread. Layout: forms/sheet_import_dialog.ui.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from cadredesk.errors import UserError
from cadredesk.services.context import Context
from cadredesk.ui.forms.ui_sheet_import_dialog import Ui_SheetImportDialog
from cadredesk.ui.table import Table
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_COLOR, WARNING_COLOR

WORKBOOK_FILTER = "Excel 工作簿 (*.xlsx *.xlsm *.xls *.ods);;所有文件 (*)"


@dataclass(frozen=True)
class ProblemLine:
    """A rejected row or a warning of the dry run."""

    id: int
    rejected: bool
    row: int
    name: str
    reason: str


PROBLEM_COLUMNS: list[Column[ProblemLine]] = [
    Column(
        "kind", "结果", lambda p: "不导入" if p.rejected else "提示", lambda p: not p.rejected,
        foreground=lambda p: ERROR_COLOR if p.rejected else WARNING_COLOR, width=4,
    ),
    Column("row", "行号", lambda p: str(p.row) if p.row else "", lambda p: p.row, align_center=True, width=3),
    Column("name", "姓名", lambda p: p.name, width=5),
    Column("reason", "原因", lambda p: p.reason, tooltip=lambda p: p.reason, width=30),
]  # fmt: skip


def ask_open(parent: QWidget, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


#: tests replace this to answer the open dialog
ask_open_path: Callable[[QWidget, str, str], str | None] = ask_open

ImportRun = Callable[[Context, str, bool, bool], Any]


def problem_lines(report: Any) -> list[ProblemLine]:
    out: list[ProblemLine] = []
    for r in getattr(report, "rejected", []) or []:
        out.append(
            ProblemLine(
                len(out), True, int(r.get("row") or 0), str(r.get("name") or ""), str(r.get("reason"))
            )
        )
    for w in getattr(report, "warnings", []) or []:
        out.append(ProblemLine(len(out), False, int(w.get("row") or 0), "", str(w.get("message"))))
    return out


class SheetImportDialog(QDialog):
    """``choose_file(path)`` checks the file (a dry run); ``submit()`` imports it; ``report`` is the result."""

    def __init__(
        self,
        runner: TaskRunner,
        run: ImportRun,
        *,
        title: str,
        intro: str,
        count: Callable[[Any], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SheetImportDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.runner, self.run, self.count = runner, run, count
        self.ui.introLabel.setText(intro)
        self.path: str | None = None
        self.checked: Any = None
        self.refused = False
        self.report: Any = None
        self.table: Table[ProblemLine] = Table(self.ui.problemView, PROBLEM_COLUMNS, self, stretch="reason")
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("导入")
        self.ok_button.setEnabled(False)
        self.ui.errorLabel.hide()
        self.ui.problemView.hide()
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.browseButton.clicked.connect(lambda: self.choose_file())
        self.ui.skipCheck.toggled.connect(lambda _on: self._recheck())

    def error(self) -> str:
        return self.ui.errorLabel.text() if not self.ui.errorLabel.isHidden() else ""

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def choose_file(self, path: str | Path | None = None) -> TaskHandle | None:
        chosen = str(path) if path is not None else ask_open_path(self, self.windowTitle(), WORKBOOK_FILTER)
        if not chosen:
            return None
        self.path = chosen
        self.ui.fileEdit.setText(chosen)
        return self._recheck()

    def _recheck(self) -> TaskHandle | None:
        if self.path is None:
            return None
        path, skip = self.path, self.ui.skipCheck.isChecked()
        self.ok_button.setEnabled(False)
        self._show_error("")
        self.ui.summaryLabel.setText("正在检查…")
        return self.runner.run(
            lambda ctx: self.run(ctx, path, True, skip),
            name="检查导入文件",
            write=True,
            on_success=self._checked,
            on_failure=self._check_failed,
        )

    def _show_problems(self, report: Any) -> list[ProblemLine]:
        lines = problem_lines(report)
        self.table.model.set_rows(lines)
        self.ui.problemView.setVisible(bool(lines))
        return lines

    def _checked(self, report: Any) -> None:
        self.checked, self.refused = report, False
        lines = self._show_problems(report)
        rejected = sum(1 for p in lines if p.rejected)
        text = f"检查通过：可导入 {self.count(report)}"
        if rejected:
            text += f"；{rejected} 行有问题，将跳过"
        self.ui.summaryLabel.setText(text + "。点“导入”写入。")
        self.ok_button.setEnabled(True)

    def _check_failed(self, exc: BaseException) -> bool:
        if not isinstance(exc, UserError):
            return False
        self.checked, self.refused = None, True
        result = getattr(exc, "result", None)
        if result is not None:
            self._show_problems(result)
        self.ui.summaryLabel.setText("")
        self._show_error(exc.message)
        return True

    def submit(self) -> TaskHandle | None:
        if self.path is None or self.checked is None:
            return None
        path, skip = self.path, self.ui.skipCheck.isChecked()
        self.ok_button.setEnabled(False)
        return self.runner.run(
            lambda ctx: self.run(ctx, path, False, skip),
            name="导入",
            write=True,
            on_success=self._imported,
            on_failure=self._check_failed,
        )

    def _imported(self, report: Any) -> None:
        self.report = report
        self.accept()


__all__ = ["ProblemLine", "SheetImportDialog", "ask_open_path", "problem_lines"]
