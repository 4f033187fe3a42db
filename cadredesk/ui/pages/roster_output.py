"""导出 Excel, 打印 PDF and 下载填报模板 for the 选派名单 page: choose a file, write it off the GUI thread.

One output runs at a time (``busy``); the page disables its buttons meanwhile (``busy_changed``). File
choices go through ``ask_save_path(parent, title, suggested, filters)``, which tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from cadredesk.core.titles import roster_file_name, roster_title
from cadredesk.services.context import Context
from cadredesk.services.printing import PrintRequest, PrintResult, print_roster
from cadredesk.services.roster import ExportResult, TemplateResult, export_roster, write_template
from cadredesk.ui.notify import Notifier
from cadredesk.ui.tasks import TaskHandle, TaskRunner

#: the orders the roster is exported and printed in (the export and print buttons' menus)
ORDERS = (("township", "按乡镇（街道）排列"), ("strokes", "按姓氏笔画排列"))
XLSX_FILTER = "Excel 工作簿 (*.xlsx)"


def ask_save(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def safe_file_name(name: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name).strip() or "选派名单"


class RosterOutput(QObject):
    """The page's outputs; ``status(text)`` shows progress and results on the page."""

    busy_changed = Signal()

    def __init__(
        self,
        page: QWidget,
        runner: TaskRunner,
        notifier: Notifier,
        *,
        batch_name: Callable[[], str],
        status: Callable[[str], None],
    ) -> None:
        super().__init__(page)
        self.page, self.runner, self.notifier = page, runner, notifier
        self.batch_name, self.status = batch_name, status
        self.ask_save_path: Callable[[QWidget, str, str, str], str | None] = ask_save
        self.last_export: Path | None = None
        self._busy: TaskHandle | None = None

    @property
    def busy(self) -> bool:
        return self._busy is not None and not self._busy.done

    def _ask(self, title: str, suggested: str, suffix: str, filters: str) -> Path | None:
        chosen = self.ask_save_path(self.page, title, safe_file_name(suggested) + suffix, filters)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _start(
        self, text: str, op: Callable[[Context], Any], done: Callable[[Any], None], *, write: bool = False
    ) -> TaskHandle:
        self.status(text)

        def finished(result: Any) -> None:
            self._busy = None
            self.busy_changed.emit()
            done(result)

        def failed(_exc: BaseException) -> bool:
            self._busy = None
            self.status("")
            self.busy_changed.emit()
            return False  # the runner shows it (UserError as a message, anything else as a bug)

        self._busy = self.runner.run(op, name=text, on_success=finished, on_failure=failed, write=write)
        self.busy_changed.emit()
        return self._busy

    # ------------------------------------------------------------------ the three outputs
    def download_template(self) -> TaskHandle | None:
        """下载填报模板: the workbook units fill in (dropdowns of townships, villages and units)."""
        batch = self.batch_name()
        suggested = f"{roster_title(batch)}填报模板" if batch else "选派干部名单填报模板"
        out = self._ask("下载填报模板", suggested, ".xlsx", XLSX_FILTER)
        if out is None:
            return None
        title = f"{roster_title(batch)}（填报模板）" if batch else "选派干部驻村名单（填报模板）"

        def op(ctx: Context) -> TemplateResult:
            return write_template(ctx, out, title=title)

        return self._start("正在生成填报模板…", op, lambda result: self._template_written(out, result))

    def _template_written(self, out: Path, result: TemplateResult) -> None:
        self.last_export = out
        townships, places, units = result.townships, result.places, result.units
        self.status(f"填报模板已保存：{out}")
        missing = "、".join(
            what for what, n in (("乡镇", townships), ("派驻点", places), ("派出单位", units)) if not n
        )
        note = (
            f"\n\n注意：尚未录入{missing}，模板中相应的下拉选项为空（单位可直接填写）。"
            "可先在“派驻点”页或“导入单位及名额”中录入，再重新下载模板。"
            if missing
            else ""
        )
        self.notifier.info(
            f"填报模板已保存到：\n{out}\n\n下拉选项：乡镇 {townships} 个、派驻点 {places} 个、派出单位 {units} 个。"
            f"请发给各派出单位填报，收回后用“导入名单”导入。{note}",
            title="下载填报模板",
            parent=self.page,
        )

    def _suggested(self, order: str) -> str:
        return roster_file_name(self.batch_name(), order, "")  # no doubled words

    def export_excel(self, order: str = "township") -> TaskHandle | None:
        name = self.batch_name()
        if not name:
            return None
        out = self._ask("导出选派名单", self._suggested(order), ".xlsx", XLSX_FILTER)
        if out is None:
            return None

        def op(ctx: Context) -> ExportResult:
            return export_roster(ctx, out, batch=name, order=order)

        def done(result: ExportResult) -> None:
            self.last_export = out
            self.status(f"已导出 {result.rows} 人：{out.name}")

        return self._start("正在导出 Excel…", op, done)

    def print_pdf(self, order: str = "township") -> TaskHandle | None:
        name = self.batch_name()
        if not name:
            return None
        out = self._ask("打印选派名单（生成 PDF）", self._suggested(order), ".pdf", "PDF 文件 (*.pdf)")
        if out is None:
            return None

        def op(ctx: Context) -> PrintResult:
            return print_roster(ctx, PrintRequest(out=out, batch=name, order=order))

        def done(result: PrintResult) -> None:
            self.last_export = out
            self.status(f"已生成 PDF（{result.pages} 页）：{out.name}")
            if result.warnings:
                self.notifier.warning(
                    "生成的 PDF 有以下提示：\n" + "\n".join(result.warnings), parent=self.page
                )

        return self._start("正在生成 PDF…", op, done, write=True)  # the print is audited

    def preview(self, order: str = "township") -> TaskHandle | None:
        """打印预览…: the roster as it will print, printed or saved from the preview (ui/print_preview)."""
        from cadredesk.ui.print_preview import preview_pdf

        name = self.batch_name()
        if not name:
            return None

        def make(ctx: Context, out: Path) -> PrintResult:
            return print_roster(ctx, PrintRequest(out=out, batch=name, order=order))

        return preview_pdf(self.page, self.runner, self.notifier, make, self._suggested(order))


__all__ = ["ORDERS", "RosterOutput", "safe_file_name"]
