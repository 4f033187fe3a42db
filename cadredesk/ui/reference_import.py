"""从 Excel 导入派驻点 / 派出单位: pick a workbook, check it off the GUI thread, report, and offer to
skip the bad rows when there are any (the service is all-or-nothing by default).

Places are previewed first, as rosters are, in the import dialog of ``ui/sheet_import``: the dry run
(nothing written) is shown row by row — every row with its result and reason, the columns that will not
be kept — and an unknown township is the clerk's choice (未登记的乡镇: 不新建 / 新建), never created
silently; 导入 writes what the preview showed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from cadredesk.errors import UserError
from cadredesk.services import reference_import
from cadredesk.services.context import Context
from cadredesk.services.reference_import import ReferenceReport
from cadredesk.ui.notify import Notifier
from cadredesk.ui.sheet_import import SheetImportDialog, SheetPreview, lines_from_notes
from cadredesk.ui.tasks import TaskHandle, TaskRunner

WORKBOOK_FILTER = "Excel 工作簿 (*.xlsx *.xlsm *.xls *.ods);;所有文件 (*)"
KINDS = {"places": "派驻点", "units": "派出单位"}


def ask_workbook(parent: QWidget, title: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", WORKBOOK_FILTER)
    return path or None


def summary(kind: str, report: ReferenceReport) -> str:
    what = KINDS[kind]
    text = (
        f"{what}导入完成：新增 {report.imported} 个，更新 {report.updated} 个，无变化 {report.unchanged} 个"
    )
    if report.rejected:
        text += f"；跳过不合格的 {len(report.rejected)} 行"
    return text + "。"


def rejected_text(report: ReferenceReport, limit: int = 12) -> str:
    lines = [f"第 {r['row']} 行 {r.get('name') or ''}：{r['reason']}" for r in report.rejected[:limit]]
    if len(report.rejected) > limit:
        lines.append(f"……另有 {len(report.rejected) - limit} 行")
    return "\n".join(lines)


def places_preview(ctx: Context, path: Path, batch: str | None, create_townships: bool) -> SheetPreview:
    """The places import's dry run (taking the good rows) as the dialog's preview, every row listed."""
    try:
        r = reference_import.import_places(
            ctx, path, batch=batch, create_townships=create_townships, skip_invalid=True, dry_run=True
        )
    except UserError as exc:
        return SheetPreview([], 0, 0, "", exc.message)
    notes = dict(r.row_notes)
    for w in r.warnings:  # a row's own warning (将新建乡镇…) beside its result
        row, message = int(w.get("row") or 0), str(w.get("message") or "")
        if row in notes and message not in notes[row][0]:
            text, kind = notes[row]
            notes[row] = (f"{text}；{message}", "warning" if kind == "ok" else kind)
    lines = lines_from_notes(notes, lambda row: r.row_names.get(row, ""), r.warnings)
    text = f"工作表“{r.sheet}”：可导入 {r.valid} 个派驻点"
    if r.rejected:
        text += f"，不合格 {len(r.rejected)} 行"
    ignored = len(r.layout.ignored) if r.layout is not None else 0
    if ignored:
        text += f"；{ignored} 列未对应任何字段，不会导入（见表头行的说明）"
    error = "" if r.valid else text + "；没有可导入的行。"
    return SheetPreview(lines, r.valid, len(r.rejected), text + "。", error)


class ReferenceImporter:
    """Runs one import; ``done`` is called on the GUI thread after data changed (to reload the page)."""

    def __init__(
        self,
        runner: TaskRunner,
        notifier: Notifier,
        parent: QWidget,
        kind: str,
        done: Callable[[], object],
        *,
        batch: Callable[[], str | None] = lambda: None,
    ) -> None:
        self.runner, self.notifier, self.parent, self.kind, self.done, self.batch = (
            runner, notifier, parent, kind, done, batch
        )  # fmt: skip
        self.ask_open_path: Callable[[QWidget, str], str | None] = ask_workbook
        self.task: TaskHandle | None = None

    def start(self, path: str | None = None) -> TaskHandle | SheetImportDialog | None:
        if self.kind == "places":
            return self.open_places(path)
        chosen = path or self.ask_open_path(self.parent, f"选择{KINDS[self.kind]}表")
        if not chosen:
            return None
        return self._run(Path(chosen), skip_invalid=False)

    # ------------------------------------------------------------------ places: preview, then import
    def open_places(self, path: str | None = None) -> SheetImportDialog | None:
        """The preview dialog (kept in ``dialog``); with ``path`` it checks that file at once."""
        batch = self.batch()

        def preview(ctx: Context, chosen: Path, create: Any) -> SheetPreview:
            return places_preview(ctx, chosen, batch, bool(create))

        def commit(ctx: Context, chosen: Path, create: Any, skip: bool) -> str:
            report = reference_import.import_places(
                ctx, chosen, batch=batch, create_townships=bool(create), skip_invalid=skip
            )
            return summary("places", report)

        dialog = SheetImportDialog(
            self.runner, "导入派驻点", preview, commit, parent=self.parent, name_header="派驻点",
            intro="工作簿需有乡镇和村（社区）名称列，可带类型、重点类别、户数、人口等列；已有的派驻点按表更新。"
            + (f"重点类别同时作为批次“{batch}”的重点村名单。" if batch else ""),
            options=[("不新建（这些行不导入）", False), ("新建乡镇", True)], option_label="表中未登记的乡镇",
        )  # fmt: skip
        dialog.ask_open_path = lambda title, filters: self.ask_open_path(self.parent, title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._places_imported(dialog.result_text))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog: SheetImportDialog | None = dialog
        dialog.open()
        if path:
            dialog.choose_file(path)
        return dialog

    def _places_imported(self, text: str) -> None:
        self.notifier.info(text, title="导入派驻点")
        self.done()

    # ------------------------------------------------------------------ the import
    def _run(self, path: Path, *, skip_invalid: bool, create_townships: bool = False) -> TaskHandle:
        kind, batch = self.kind, self.batch()

        def op(ctx: Context) -> ReferenceReport:
            if kind == "places":
                return reference_import.import_places(
                    ctx, path, batch=batch, skip_invalid=skip_invalid, create_townships=create_townships
                )
            return reference_import.import_units(ctx, path, batch=batch, skip_invalid=skip_invalid)

        def failed(exc: BaseException) -> bool:
            report = exc.result if isinstance(exc, UserError) else None
            if isinstance(report, ReferenceReport) and report.rejected and not skip_invalid:
                good = report.valid
                question = (
                    f"“{path.name}”中有 {len(report.rejected)} 行不合格，尚未导入任何数据：\n\n"
                    f"{rejected_text(report)}\n\n是否跳过这些行，只导入其余的行？"
                )
                if good and self.notifier.confirm(question, title=f"导入{KINDS[kind]}", parent=self.parent):
                    self.task = self._run(path, skip_invalid=True)
                elif not good:
                    self.notifier.error(question.split("\n\n是否")[0], title=f"导入{KINDS[kind]}")
                return True
            if isinstance(exc, UserError):
                self.notifier.error(exc.message, title=f"导入{KINDS[kind]}")
                return True
            return False  # a bug: the runner's default handling

        def ok(report: ReferenceReport) -> None:
            self.notifier.info(summary(kind, report), title=f"导入{KINDS[kind]}")
            self.done()

        self.task = self.runner.run(op, name=f"import {kind}", write=True, on_success=ok, on_failure=failed)
        return self.task
