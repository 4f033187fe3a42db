"""The one 从 Excel 导入 dialog of the small imports (导入签到表, 导入帮带人, 考勤表, 领导走访, 保险及党组织关系):
pick a workbook, see the importer's own dry run row by row, then import.

Layout: forms/dry_run_import_dialog.ui. The dialog is given two operations of the service context:
``preview(ctx, path, option)`` (a dry run that writes nothing, returning a :class:`SheetPreview`) and
``commit(ctx, path, option, skip_invalid)`` (the import; its result is kept in ``report``, and in
``result_text`` when it is a one-line summary). ``option`` is the value of the dialog's option combo (the
course a single sign-in column is written to), or None. :func:`report_ops` makes both operations from a
service import ``run(ctx, path, dry_run, skip_invalid)`` whose report has ``rejected`` and ``warnings``
(the on-post imports). What the table marks 不合格 is exactly what the import would reject: the preview is
the service's dry run. By default the import is all or nothing; 跳过不合格的行 takes the good rows only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from cadredesk.errors import UserError
from cadredesk.services.context import Context
from cadredesk.ui.forms.ui_dry_run_import_dialog import Ui_DryRunImportDialog
from cadredesk.ui.table import Table
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_BACKGROUND, ERROR_COLOR, ERROR_STYLE, MUTED_COLOR, WARNING_BACKGROUND

log = logging.getLogger("cadredesk.ui")

WORKBOOK_FILTER = "Excel 工作簿 (*.xlsx *.xlsm *.xls *.ods);;所有文件 (*)"
STATUS_TEXT = {"ok": "通过", "warning": "提示", "rejected": "不合格", "skipped": "跳过", "note": "说明"}


@dataclass(frozen=True)
class PreviewLine:
    """One line of the preview: a sheet row (or a remark about the sheet, ``row`` 0)."""

    id: int  # position in the preview
    row: int  # Excel row, 0 for the sheet as a whole
    status: str  # ok | warning | rejected | skipped | note
    name: str
    note: str

    @property
    def bad(self) -> bool:
        return self.status == "rejected"


@dataclass(frozen=True)
class SheetPreview:
    """What a dry run found: the lines to show, how many rows would be taken, and a summary sentence."""

    lines: list[PreviewLine]
    valid: int
    rejected: int
    summary: str
    error: str = ""  # the sheet could not be read as a whole (layout, no such class …)


def _background(p: PreviewLine) -> QColor | None:
    if p.status == "rejected":
        return ERROR_BACKGROUND
    if p.status in ("warning", "skipped"):
        return WARNING_BACKGROUND
    return None


def _foreground(p: PreviewLine) -> QColor | None:
    if p.status == "rejected":
        return ERROR_COLOR
    return MUTED_COLOR if p.status in ("skipped", "note") else None


def preview_columns(name_header: str = "姓名") -> list[Column[PreviewLine]]:
    """The preview table's columns; ``name_header`` names what a row is (姓名, 派驻点 …)."""
    return [
        Column(
            "row", "行号", lambda p: str(p.row) if p.row else "", lambda p: p.row, align_center=True,
            background=_background, width=3,
        ),
        Column(
            "status", "校验结果", lambda p: STATUS_TEXT.get(p.status, p.status), lambda p: (not p.bad, p.id),
            foreground=_foreground, background=_background, width=5,
        ),
        Column("name", name_header, lambda p: p.name, tooltip=lambda p: p.name or None, background=_background, width=8),
        Column(
            "note", "说明", lambda p: p.note, tooltip=lambda p: p.note or None, background=_background,
            foreground=_foreground, width=30,
        ),
    ]  # fmt: skip


COLUMNS = preview_columns()


def lines_from(rejected: Sequence[dict[str, Any]], warnings: Sequence[dict[str, Any]]) -> list[PreviewLine]:
    """Preview lines from an import report's ``rejected`` and ``warnings`` lists, by row."""
    items = [
        (int(r.get("row") or 0), "rejected", str(r.get("name") or ""), str(r.get("reason") or ""))
        for r in rejected
    ]
    items += [(int(w.get("row") or 0), "warning", "", str(w.get("message") or "")) for w in warnings]
    items.sort(key=lambda t: (t[0], t[1] != "rejected"))
    return [PreviewLine(i, row, status, name, note) for i, (row, status, name, note) in enumerate(items)]


def lines_from_notes(
    row_notes: dict[int, tuple[str, str]],
    name_of: Callable[[int], str],
    warnings: Sequence[dict[str, Any]],
) -> list[PreviewLine]:
    """Preview lines from an importer's ``row_notes`` (Excel row → (text, ok | warning | rejected |
    skipped)) — every row of the sheet with its result — plus the warnings about rows not noted (the
    header, the sheet as a whole) as 说明; ``name_of(row)`` says whom or what a row is about."""
    items: list[tuple[int, str, str, str]] = []
    for r, (note, kind) in sorted(row_notes.items()):
        status = kind if kind in ("ok", "warning", "rejected", "skipped") else "ok"
        items.append((r, status, name_of(r), note))
    for w in warnings:
        row = int(w.get("row") or 0)
        if row not in row_notes:
            items.append((row, "note", "", str(w.get("message") or "")))
    items.sort(key=lambda t: t[0])
    return [PreviewLine(i, *t) for i, t in enumerate(items)]


Preview = Callable[[Context, Path, Any], SheetPreview]
Commit = Callable[[Context, Path, Any, bool], Any]
ImportRun = Callable[[Context, str, bool, bool], Any]


def report_ops(
    run: ImportRun, count: Callable[[Any], str], valid: Callable[[Any], int]
) -> tuple[Preview, Commit]:
    """The dialog's operations over a service import ``run(ctx, path, dry_run, skip_invalid)``.

    The preview is the dry run taking the good rows (so it counts what 跳过不合格的行 would import and lists
    every rejected row); ``count(report)`` words what would be imported, ``valid(report)`` is how many rows
    would be written. A refusal of the whole file (no name column …) is the preview's error."""

    def preview(ctx: Context, path: Path, _option: Any) -> SheetPreview:
        try:
            report = run(ctx, str(path), True, True)
        except UserError as exc:
            result = getattr(exc, "result", None)
            lines = lines_from(getattr(result, "rejected", []), getattr(result, "warnings", []))
            return SheetPreview(lines, 0, sum(1 for p in lines if p.bad), "", exc.message)
        lines = lines_from(report.rejected, report.warnings)
        rejected = len(report.rejected)
        summary = f"检查通过：可导入 {count(report)}"
        if rejected:
            summary = f"可导入 {count(report)}；{rejected} 行不合格（见下表），全部导入前请改正原表，或勾选“跳过不合格的行”"
        return SheetPreview(lines, valid(report), rejected, summary + "。")

    def commit(ctx: Context, path: Path, _option: Any, skip: bool) -> Any:
        return run(ctx, str(path), False, skip)

    return preview, commit


def ask_open(parent: QWidget, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


#: tests replace this to answer the open dialog (or a dialog's own ``ask_open_path``)
ask_open_path: Callable[[QWidget, str, str], str | None] = ask_open


class SheetImportDialog(QDialog):
    """After a successful 导入 (the dialog is then accepted) ``report`` holds what ``commit`` returned and
    ``result_text`` the import's summary when that was a sentence."""

    def __init__(
        self,
        runner: TaskRunner,
        title: str,
        preview: Preview,
        commit: Commit,
        *,
        intro: str = "",
        name_header: str = "姓名",
        options: Sequence[tuple[str, Any]] = (),
        option_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._preview_op, self._commit_op = preview, commit
        self.path: Path | None = None
        self.preview: SheetPreview | None = None
        self.result_text = ""
        self.report: Any = None
        self.ask_open_path: Callable[[str, str], str | None] = lambda t, f: ask_open_path(self, t, f)
        self._task: TaskHandle | None = None
        self.ui = Ui_DryRunImportDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        ui = self.ui
        self.table: Table[PreviewLine] = Table(ui.view, preview_columns(name_header), self, sortable=False)
        self.model, self.proxy, self.view = self.table.model, self.table.proxy, self.table.view
        ui.errorLabel.hide()
        ui.introLabel.setText(intro)
        ui.introLabel.setVisible(bool(intro))
        if options:
            ui.courseLabel.setText(option_label)
            for text, data in options:
                ui.courseCombo.addItem(text, data)
        else:
            ui.courseLabel.hide()
            ui.courseCombo.hide()
        self.import_button = ui.buttonBox.addButton("导入", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            ui.buttonBox.removeButton(save)
        ui.chooseButton.clicked.connect(lambda: self.choose_file())
        ui.courseCombo.activated.connect(lambda _i: self.revalidate())
        ui.onlyBadCheck.toggled.connect(lambda _c: self._filter())
        ui.skipInvalidCheck.toggled.connect(lambda _c: self._update_buttons())
        self.import_button.clicked.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)
        self._update_buttons()

    # ------------------------------------------------------------------ preview
    def option(self) -> Any:
        return self.ui.courseCombo.currentData() if not self.ui.courseCombo.isHidden() else None

    def choose_file(self, path: str | Path | None = None) -> TaskHandle | None:
        if path is None:
            chosen = self.ask_open_path("选择 Excel 文件", WORKBOOK_FILTER)
            if not chosen:
                return None
            path = chosen
        self.path = Path(path)
        self.ui.fileLabel.setText(str(self.path))
        return self.revalidate()

    def revalidate(self) -> TaskHandle | None:
        if self.path is None:
            return None
        if self._task is not None and not self._task.done:
            self._task.cancel()
        path, option, op = self.path, self.option(), self._preview_op
        self.ui.busyLabel.setText("正在读取和校验…")
        self._show_error("")
        self._task = self.runner.run(
            lambda ctx: op(ctx, path, option), name="sheet preview", on_success=self._previewed,
            on_failure=self._failed,
        )  # fmt: skip
        self._update_buttons()
        return self._task

    def _previewed(self, preview: SheetPreview) -> None:
        self._task = None
        self.preview = preview
        self.ui.busyLabel.setText("")
        self.model.set_rows(preview.lines)
        self._filter()
        self.ui.summaryLabel.setText(preview.error or preview.summary)
        self.ui.summaryLabel.setStyleSheet(ERROR_STYLE if preview.error or preview.rejected else "")
        self._update_buttons()

    def _failed(self, exc: BaseException) -> bool:
        self._task = None
        self.ui.busyLabel.setText("")
        self._update_buttons()
        if isinstance(exc, UserError):
            self._show_error(exc.message)
            return True
        return False

    def _filter(self) -> None:
        only = self.ui.onlyBadCheck.isChecked()
        self.proxy.set_predicate((lambda p: p.status != "ok") if only else None)

    def shown_lines(self) -> list[PreviewLine]:
        return self.proxy.shown()

    # ------------------------------------------------------------------ import
    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def error(self) -> str:
        return self.ui.errorLabel.text() if not self.ui.errorLabel.isHidden() else ""

    def _update_buttons(self) -> None:
        busy = self._task is not None and not self._task.done
        p = self.preview
        ready = p is not None and not p.error and p.valid > 0
        if ready and p is not None and p.rejected and not self.ui.skipInvalidCheck.isChecked():
            ready = False
            self.import_button.setToolTip(
                "有不合格的行：勾选“跳过不合格的行”只导入合格的行，或改正原表后重新选择文件"
            )
        else:
            self.import_button.setToolTip("")
        self.import_button.setEnabled(ready and not busy)
        self.ui.chooseButton.setEnabled(not busy)

    def submit(self) -> TaskHandle | None:
        if self.path is None or not self.import_button.isEnabled():
            return None
        path, option, skip, op = (
            self.path,
            self.option(),
            self.ui.skipInvalidCheck.isChecked(),
            self._commit_op,
        )
        self.ui.busyLabel.setText("正在导入…")
        self._show_error("")
        self._task = self.runner.run(
            lambda ctx: op(ctx, path, option, skip), name="sheet import", write=True,
            on_success=self._imported, on_failure=self._failed,
        )  # fmt: skip
        self._update_buttons()
        return self._task

    def _imported(self, result: Any) -> None:
        self._task = None
        self.report = result
        self.result_text = result if isinstance(result, str) else ""
        log.info("sheet imported: %s", result)
        self.accept()


__all__ = [
    "COLUMNS",
    "PreviewLine",
    "SheetImportDialog",
    "SheetPreview",
    "ask_open_path",
    "lines_from",
    "report_ops",
]
