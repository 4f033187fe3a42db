"""生成 PDF on the 考核 page: 期满考核登记表 (one cadre or the batch), 基层工作经历证明, 民主测评票 (one place or
every place), written off the GUI thread with a progress bar and 取消 on the page.

Each output asks for a file (``ask_save_path``, which tests replace), then runs the printing service in the
task runner; its progress reports move the page's bar, 取消 stops it (the service writes no partial file).
The print preview (``ui/print_preview.preview_pdf``, built on the 打印 page) can be hooked in at
``EvaluationOutput.start``: each output's ``make_pdf(ctx, path)`` is exactly what it would preview.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from cadredesk.services.context import Context
from cadredesk.services.printing import PrintRequest, PrintResult, print_document
from cadredesk.services.progress import Progress
from cadredesk.ui.list_export import ask_save
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.roster_output import safe_file_name
from cadredesk.ui.tasks import TaskHandle, TaskRunner

PDF_FILTER = "PDF 文件 (*.pdf)"


@dataclass(frozen=True)
class Output:
    """One PDF the page can make: the printing kind, what it is called, and the request's narrowing."""

    kind: str  # evaluation | experience | ballots
    title: str  # 期满考核登记表 …
    cadre: str | None = None  # ID number: one cadre
    who: str = ""  # the cadre's name or the place, for the file name
    place: str | None = None  # ballots: one place (乡镇村)


class EvaluationOutput(QObject):
    """The page's PDF outputs; one at a time (``busy``); ``busy_changed`` after each start and end."""

    busy_changed = Signal()
    #: a PDF was written: its printing kind (the page reads the ballots' progress again after 民主测评票)
    written = Signal(str)

    def __init__(
        self,
        page: QWidget,
        runner: TaskRunner,
        notifier: Notifier,
        *,
        bar: QProgressBar,
        cancel: QPushButton,
        status: QLabel,
        batch_name: Callable[[], str],
    ) -> None:
        super().__init__(page)
        self.page, self.runner, self.notifier = page, runner, notifier
        self.bar, self.cancel_button, self.status = bar, cancel, status
        self.batch_name = batch_name
        self.ask_save_path: Callable[[QWidget, str, str, str], str | None] = ask_save
        self.last: Path | None = None
        self.handle: TaskHandle | None = None
        self._running = False
        #: the running operation's progress (set in the worker): 取消 stops it at its next report
        self._progress_of: Progress | None = None
        bar.hide()
        cancel.hide()
        cancel.clicked.connect(self.cancel)

    @property
    def busy(self) -> bool:
        return self._running

    def cancel(self) -> None:
        if not self._running:
            return
        if self._progress_of is not None:
            self._progress_of.cancel()
        if self.handle is not None:
            self.handle.cancel()
        self._finished()
        self.status.setText("已取消，未生成文件")

    def start(self, out: Output) -> TaskHandle | None:
        batch = self.batch_name()
        if not batch or self.busy:
            return None
        stem = f"{batch}{out.title}" + (f"（{out.who}）" if out.who else "")
        chosen = self.ask_save_path(
            self.page, f"生成{out.title} PDF", safe_file_name(stem) + ".pdf", PDF_FILTER
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        req = PrintRequest(out=path, batch=batch, cadre=out.cadre, place=out.place)

        def make_pdf(ctx: Context) -> PrintResult:
            self._progress_of = ctx.progress
            return print_document(ctx, out.kind, req)

        def done(result: PrintResult) -> None:
            self._finished()
            self.written.emit(out.kind)
            self.last = path
            self.status.setText(f"已生成{out.title}（{result.pages} 页）：{path}")
            if result.warnings:
                self.notifier.warning(
                    "生成的 PDF 有以下提示：\n" + "\n".join(result.warnings), parent=self.page
                )

        def failed(_exc: BaseException) -> bool:
            self._finished()
            self.status.setText("")
            return False  # the runner shows a UserError as a message, anything else as a bug

        self.bar.setRange(0, 0)
        self.bar.setFormat("%p%")
        self.bar.show()
        self.cancel_button.show()
        self.status.setText(f"正在生成{out.title}…")
        self._running = True
        self._progress_of = None
        # printing ballots records their serials, every print is audited: a write
        handle = self.runner.run(
            make_pdf, name=f"生成{out.title}", on_success=done, on_failure=failed, on_progress=self._progress,
            write=True,
        )  # fmt: skip
        self.handle = None if handle.done else handle
        self.busy_changed.emit()
        return handle

    def _progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if text and self._running:
            self.status.setText(text)

    def _finished(self) -> None:
        self.bar.hide()
        self.cancel_button.hide()
        self.handle = None
        self._running = False
        self._progress_of = None
        self.busy_changed.emit()


__all__ = ["EvaluationOutput", "Output"]
