"""生成 PDF… for the 培训 and 传帮带 pages: ask for a file, print off the GUI thread with progress and 取消.

``PdfOutput.save(title, suggested, make)`` asks where to save (``ask_save_path``, which tests replace),
then runs ``make(ctx, out)`` — a service print command — as a write (prints are audited). A progress
dialog with 取消 appears when the work takes more than half a second; a cancelled print writes nothing.
When ``ui/print_preview.preview_pdf`` lands, a preview can be offered here instead of a file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from cadredesk.services.context import Context
from cadredesk.ui.notify import Notifier
from cadredesk.ui.tasks import TaskHandle, TaskRunner

PDF_FILTER = "PDF 文件 (*.pdf)"


def ask_save(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


#: tests replace this to answer the save dialog
ask_save_path: Callable[[QWidget, str, str, str], str | None] = ask_save


def safe_file_name(name: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name).strip() or "未命名"


class PdfOutput:
    """One print at a time for a page; ``status(text)`` shows the outcome on the page."""

    def __init__(
        self, page: QWidget, runner: TaskRunner, notifier: Notifier, status: Callable[[str], None]
    ) -> None:
        self.page, self.runner, self.notifier, self.status = page, runner, notifier, status
        self.task: TaskHandle | None = None
        self.last: Path | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def save(self, title: str, suggested: str, make: Callable[[Context, Path], Any]) -> TaskHandle | None:
        if self.busy:
            return None
        chosen = ask_save_path(self.page, title, safe_file_name(suggested) + ".pdf", PDF_FILTER)
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        progress = QProgressDialog("正在生成 PDF…", "取消", 0, 0, self.page)
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        def moved(done: int, total: int, text: str) -> None:
            progress.setMaximum(max(total, 0))
            progress.setValue(min(done, total) if total else 0)
            if text:
                progress.setLabelText(text)

        def finished(result: Any) -> None:
            self.last = out
            pages = getattr(result, "pages", 0)
            self.status(f"已生成 PDF（{pages} 页）：{out}" if pages else f"已生成 PDF：{out}")
            warnings = list(getattr(result, "warnings", []) or [])
            if warnings:
                self.notifier.warning("生成的 PDF 有以下提示：\n" + "\n".join(warnings), parent=self.page)

        def failed(_exc: BaseException) -> bool:
            self.status("")
            return False  # the runner shows it (a UserError as a message)

        self.status("正在生成 PDF…")
        task = self.runner.run(
            lambda ctx: make(ctx, out), name=f"print {title}", write=True, on_success=finished,
            on_failure=failed, on_progress=moved,
        )  # fmt: skip
        self.task = task
        progress.canceled.connect(task.cancel)
        task.finished.connect(lambda: self.status("已取消生成 PDF") if task.was_cancelled else None)
        task.finished.connect(progress.close)
        task.finished.connect(progress.deleteLater)
        if task.done:  # a synchronous runner finished before the connections
            progress.close()
            progress.deleteLater()
        return task


__all__ = ["PdfOutput", "ask_save_path", "safe_file_name"]
