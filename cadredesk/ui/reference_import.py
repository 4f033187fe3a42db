"""从 Excel 导入派驻点 / 派出单位: pick a workbook, check it off the GUI thread, report, and offer to
skip the bad rows when there are any (the service is all-or-nothing by default).

Places are previewed first, as rosters are: a dry run (nothing written) names the columns that will not
be kept, the rows that fail and the townships not yet registered — an unknown township is asked about
(新建 or not), never created silently — and the clerk confirms before anything is written."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from cadredesk.errors import UserError
from cadredesk.services import reference_import
from cadredesk.services.context import Context
from cadredesk.services.reference_import import PlacesReport, ReferenceReport
from cadredesk.ui.notify import Notifier
from cadredesk.ui.tasks import TaskHandle, TaskRunner

UNKNOWN_TOWNSHIP = re.compile(r"乡镇“([^”]+)”尚未登记")
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
        if self.kind == "places":
            return self._preview(Path(chosen), create_townships=False)
        return self._run(Path(chosen), skip_invalid=False)

    # ------------------------------------------------------------------ places: preview, then import
    def _preview(self, path: Path, *, create_townships: bool) -> TaskHandle:
        batch = self.batch()

        def op(ctx: Context) -> PlacesReport:
            return reference_import.import_places(
                ctx, path, batch=batch, create_townships=create_townships, skip_invalid=True, dry_run=True
            )

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, UserError):
                self.notifier.error(exc.message, title="导入派驻点")
                return True
            return False

        def previewed(report: PlacesReport) -> None:
            self._previewed(path, report, create_townships)

        self.task = self.runner.run(op, name="preview places", on_success=previewed, on_failure=failed)
        return self.task

    def _previewed(self, path: Path, report: PlacesReport, create_townships: bool) -> None:
        title = "导入派驻点"
        unknown = list(
            dict.fromkeys(m.group(1) for r in report.rejected for m in UNKNOWN_TOWNSHIP.finditer(r["reason"]))
        )
        if unknown and not create_townships:
            rows = [str(r["row"]) for r in report.rejected if UNKNOWN_TOWNSHIP.search(r["reason"])]
            if self.notifier.confirm(
                f"“{path.name}”中的乡镇“{'、'.join(unknown)}”尚未登记（第 {'、'.join(rows[:10])} 行）。\n\n"
                "是否新建这些乡镇？选择“否”时，这些行不导入。",
                title=title,
                parent=self.parent,
            ):
                self.task = self._preview(path, create_townships=True)
                return
        lines = [f"“{path.name}”（工作表 {report.sheet}）：可导入 {report.valid} 个派驻点。"]
        if report.batch:
            lines.append(f"重点类别同时作为批次“{report.batch}”的重点村名单。")
        if report.warnings:
            lines.append("提示：\n" + "\n".join(
                (f"第 {w['row']} 行：" if w.get("row") else "") + str(w["message"]) for w in report.warnings[:12]
            ))  # fmt: skip
        if report.rejected:
            lines.append(f"不合格 {len(report.rejected)} 行（将跳过）：\n{rejected_text(report)}")
        if not report.valid:
            self.notifier.error("\n\n".join(lines[:1] + lines[2:]) + "\n\n没有可导入的行。", title=title)
            return
        if self.notifier.confirm("\n\n".join(lines) + "\n\n确定导入吗？", title=title, parent=self.parent):
            self.task = self._run(path, skip_invalid=bool(report.rejected), create_townships=create_townships)

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
