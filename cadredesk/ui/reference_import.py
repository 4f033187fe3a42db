"""从 Excel 导入派驻点 / 派出单位: pick a workbook, check it off the GUI thread, report, and offer to
skip the bad rows when there are any (the service is all-or-nothing by default)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from cadredesk.errors import UserError
from cadredesk.services import reference_import
from cadredesk.services.context import Context
from cadredesk.services.reference_import import ReferenceReport
from cadredesk.ui.notify import Notifier
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

    def start(self, path: str | None = None) -> TaskHandle | None:
        chosen = path or self.ask_open_path(self.parent, f"选择{KINDS[self.kind]}表")
        if not chosen:
            return None
        return self._run(Path(chosen), skip_invalid=False)

    def _run(self, path: Path, *, skip_invalid: bool) -> TaskHandle:
        kind, batch = self.kind, self.batch()

        def op(ctx: Context) -> ReferenceReport:
            if kind == "places":
                return reference_import.import_places(ctx, path, skip_invalid=skip_invalid)
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
