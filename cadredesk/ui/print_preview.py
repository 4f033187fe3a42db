"""The one print preview: a PDF made by a service, shown page by page, printed to the PC's printer.

``preview_pdf(parent, runner, notifier, make_pdf, title)`` runs ``make_pdf(ctx, path)`` off the GUI
thread into a temporary file (progress and 取消 while it runs), renders its pages with QtPdf (pdfium,
the same renderer that prints them) and shows Qt's ``QPrintPreviewDialog`` whose pages are those
images — so the preview is exactly the PDF that will be printed. The dialog's 打印 opens Qt's print
dialog and sends the PDF's pages to the printer (A4, each page in its own orientation, drawn in a
worker thread with progress and cancel); 另存为 PDF copies the file. ``print_pdf`` does the same
without the preview (直接打印).

``final_pdf``: for a kind whose preview must not record anything (the ballots get serial numbers
when printed, the registers are audited when printed), ``make_pdf`` is the unrecorded preview and
``final_pdf(ctx, path)`` the recorded print, run when the clerk prints or saves.

When QtPdf (PySide6-Addons) is missing on the platform, ``preview_pdf`` and ``print_pdf`` save the PDF
where the clerk chooses and say that it must be printed from a PDF reader.
"""

from __future__ import annotations

import logging
import math
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMarginsF, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPainter, QTransform
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressDialog, QToolBar, QWidget

from cadredesk.errors import Cancelled, UserError
from cadredesk.services.context import Context
from cadredesk.services.progress import Progress
from cadredesk.ui.notify import Notifier
from cadredesk.ui.tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

log = logging.getLogger("cadredesk.ui")

MakePdf = Callable[[Context, Path], object]

#: the preview's resolution for short documents; longer ones get less, never under ``MIN_DPI``
PREVIEW_DPI = 150
MIN_DPI = 96
#: what the preview's page images may take in memory (Qt keeps every page as a 32-bit image)
PREVIEW_BUDGET = 400 * 1024 * 1024
#: the highest resolution pages are sent to a printer at: 300 dpi prints 10-point text cleanly and takes
#: about 0.4 s a page here (600 dpi: 2 s a page, and a 1200 dpi A4 page would be a 560 MB image)
MAX_PRINT_DPI = 300
PDF_FILTER = "PDF 文件 (*.pdf)"


def qtpdf_available() -> bool:
    try:
        from PySide6 import QtPdf  # noqa: F401
    except ImportError:
        return False
    return True


def ask_save(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """Qt's print dialog (printer, copies, page range); True when the clerk chose 打印."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("打印")
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


#: tests replace these to answer the save and print dialogs
ask_save_path: Callable[[QWidget | None, str, str, str], str | None] = ask_save
ask_print: Callable[[QWidget | None, QPrinter], bool] = ask_printer


def safe_file_name(name: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name).strip() or "打印"


# ============================================================================ rendering (any thread)


def open_pdf(path: Path) -> QPdfDocument:
    """The PDF opened with QtPdf in the calling thread (a worker may render with it)."""
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    error = doc.load(str(path))
    if error != QPdfDocument.Error.None_ or doc.pageCount() < 1:
        raise UserError(f"无法读取生成的 PDF：{path.name}")
    return doc


def page_points(doc: QPdfDocument, index: int) -> QSizeF:
    return doc.pagePointSize(index)


def landscape(size: QSizeF) -> bool:
    return size.width() > size.height()


def render_page(doc: QPdfDocument, index: int, dpi: float) -> QImage:
    """Page ``index`` as an image at ``dpi`` (white paper; pdfium leaves unpainted areas transparent)."""
    points = doc.pagePointSize(index)
    size = QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))
    image = doc.render(index, size)
    if image.hasAlphaChannel():
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)
        painter = QPainter(paper)
        painter.drawImage(0, 0, image)
        painter.end()
        return paper
    return image


def preview_dpi(pages: int) -> int:
    """Sharp for a few pages; a long document gets fewer pixels so that the preview stays in memory."""
    a4 = 8.27 * 11.69 * 4  # bytes per dpi² of one A4 page at 32 bits
    fits = math.sqrt(PREVIEW_BUDGET / (a4 * max(1, pages)))
    return int(max(MIN_DPI, min(PREVIEW_DPI, fits)))


def preview_limit(pages: int, dpi: int) -> int:
    """How many pages the preview can hold at ``dpi`` within the budget (the print has all of them)."""
    a4 = 8.27 * 11.69 * 4 * dpi * dpi
    return max(1, min(pages, int(PREVIEW_BUDGET // a4)))


def paint_pages(
    printer: QPrinter,
    pages: Callable[[int, float], QImage],
    sizes: list[QSizeF],
    *,
    first: int = 0,
    last: int | None = None,
    progress: Progress | None = None,
) -> int:
    """Draw pages ``first..last`` (0-based, inclusive) onto ``printer``, one paper sheet each, A4 in the
    page's own orientation; ``pages(i, dpi)`` gives page i's image at the printer's resolution. A printer
    that keeps one orientation gets the page turned to fit. Returns the number of sheets drawn."""
    last = len(sizes) - 1 if last is None else min(last, len(sizes) - 1)
    if last < first:
        return 0
    printer.setFullPage(True)  # the PDF carries its own margins: draw on the whole sheet

    def lay_out(size: QSizeF) -> None:  # the orientation may change between pages (not the size)
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape(size) else QPageLayout.Orientation.Portrait
        )

    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    lay_out(sizes[first])
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError("无法开始打印：打印机不可用或被占用")
    try:
        dpi = min(float(printer.resolution()), MAX_PRINT_DPI)
        total = last - first + 1
        for n, i in enumerate(range(first, last + 1)):
            if progress is not None:
                progress.report(n, total, f"正在打印第 {n + 1} 页（共 {total} 页）")
            if n:
                lay_out(sizes[i])
                printer.newPage()
            sheet = printer.pageLayout().fullRectPixels(printer.resolution())
            target = QRect(0, 0, sheet.width(), sheet.height())
            image = pages(i, dpi)
            if (image.width() > image.height()) != (target.width() > target.height()):
                image = image.transformed(QTransform().rotate(90))  # the printer kept its orientation
            painter.drawImage(target, image)
        if progress is not None:
            progress.report(total, total, "")
    finally:
        painter.end()
    return last - first + 1


def print_file(printer: QPrinter, path: Path, progress: Progress | None = None) -> int:
    """Send every page of the PDF (or the print dialog's range) to ``printer`` (runs in a worker)."""
    doc = open_pdf(path)
    try:
        sizes = [doc.pagePointSize(i) for i in range(doc.pageCount())]
        first, last = 0, len(sizes) - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage() - 1, (printer.toPage() or len(sizes)) - 1
        copies = max(1, printer.copyCount()) if not printer.supportsMultipleCopies() else 1
        drawn = 0
        for _ in range(copies):
            drawn += paint_pages(
                printer,
                lambda i, dpi: render_page(doc, i, dpi),
                sizes,
                first=first,
                last=last,
                progress=progress,
            )
        return drawn
    finally:
        doc.close()


# ============================================================================ the preview dialog


@dataclass
class Rendered:
    """What the worker hands the preview: the PDF and its pages as images."""

    path: Path
    sizes: list[QSizeF]
    images: list[QImage]
    dpi: int
    result: object = None

    @property
    def pages(self) -> int:
        return len(self.sizes)


def render_for_preview(path: Path, progress: Progress | None = None) -> Rendered:
    doc = open_pdf(path)
    try:
        sizes = [doc.pagePointSize(i) for i in range(doc.pageCount())]
        dpi = preview_dpi(len(sizes))
        shown = preview_limit(len(sizes), dpi)
        images = []
        for i in range(shown):
            if progress is not None:
                progress.report(i, shown, f"正在准备预览第 {i + 1} 页（共 {shown} 页）")
            images.append(render_page(doc, i, dpi))
        return Rendered(path, sizes, images, dpi)
    finally:
        doc.close()


class PdfPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview over a rendered PDF; 打印 and 另存为 PDF act on the PDF itself."""

    def __init__(
        self,
        rendered: Rendered,
        title: str,
        *,
        runner: TaskRunner,
        notifier: Notifier,
        final_pdf: MakePdf | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.preview_printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        self.preview_printer.setResolution(rendered.dpi)
        self.preview_printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        super().__init__(self.preview_printer, parent)
        self.rendered, self.title, self.runner, self.notifier = rendered, title, runner, notifier
        self.final_pdf = final_pdf
        self.task: TaskHandle | None = None
        self.printed_to: QPrinter | None = None
        self.saved_to: Path | None = None
        shown = len(rendered.images)
        caption = f"打印预览 — {title}（共 {rendered.pages} 页）"
        if shown < rendered.pages:
            caption += f"，预览显示前 {shown} 页，打印和保存为全部 {rendered.pages} 页"
        self.setWindowTitle(caption)
        self.paintRequested.connect(self._paint)
        self._take_over_print()
        self.resize(1100, 720)

    # ------------------------------------------------------------------ the pages
    def _paint(self, printer: QPrinter) -> None:
        images = self.rendered.images
        paint_pages(printer, lambda i, _dpi: images[i], self.rendered.sizes[: len(images)])

    # ------------------------------------------------------------------ the toolbar
    def _take_over_print(self) -> None:
        """Qt's 打印 button prints the preview's printer; ours prints the PDF on a printer chosen then.
        The page setup and orientation buttons go: the PDF fixes both. (Qt builds the toolbar in a fixed
        order and names few actions: 打印 is the last one, 页面设置 the one before it, and the
        orientation pair the unnamed checkable group of two.)"""
        toolbar = self.findChild(QToolBar)
        assert toolbar is not None, "QPrintPreviewDialog has a toolbar"
        actions = [a for a in toolbar.actions() if not a.isSeparator() and a.text()]
        self.print_action, page_setup = actions[-1], actions[-2]
        page_setup.setVisible(False)
        for action in actions:
            group = action.actionGroup()
            if (
                group is not None
                and action.isCheckable()
                and not action.objectName()
                and len(group.actions()) == 2
            ):
                action.setVisible(False)  # 纵向 / 横向
        self.print_action.triggered.disconnect()
        self.print_action.setToolTip("打印（选择打印机）")
        self.print_action.triggered.connect(self.print_now)
        self.save_action = QAction("另存为 PDF", self)
        self.save_action.setToolTip("把预览的内容保存为 PDF 文件")
        self.save_action.triggered.connect(self.save_as)
        toolbar.addSeparator()
        toolbar.addAction(self.save_action)
        shown, pages = len(self.rendered.images), self.rendered.pages
        if shown < pages:
            note = QLabel(f"　预览显示前 {shown} 页，打印和保存为全部 {pages} 页")
            note.setProperty("hint", True)
            toolbar.addWidget(note)

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def _final(self, out: Path | None, then: Callable[[Path], None], what: str) -> None:
        """``then(path)`` with the recorded PDF (``final_pdf`` into ``out`` or a temporary file), or with
        the previewed file when nothing needs recording."""
        if self.final_pdf is None:
            if out is None:
                then(self.rendered.path)
            else:
                shutil.copyfile(self.rendered.path, out)
                then(out)
            return
        final = self.final_pdf
        target = out if out is not None else _temp_pdf(self.title)

        def op(ctx: Context) -> Path:
            final(ctx, target)
            return target

        self.task = run_with_progress(self, self.runner, op, what, then, write=True)

    def print_now(self) -> None:
        if self.busy:
            return
        printer = new_printer(self.title)
        printer.setFromTo(0, 0)
        if not ask_print(self, printer):
            return
        self._final(None, lambda path: self._send(printer, path), "正在生成打印内容…")

    def _send(self, printer: QPrinter, path: Path) -> None:
        def op(_ctx: Context) -> int:
            return print_file(printer, path, _ctx.progress)

        def done(pages: int) -> None:
            self.printed_to = printer
            log.info(
                "printed %s: %d pages to %s",
                self.title,
                pages,
                printer.printerName() or printer.outputFileName(),
            )
            self.accept()

        self.task = run_with_progress(self, self.runner, op, "正在打印…", done)

    def save_as(self) -> None:
        if self.busy:
            return
        out = _ask_pdf(self, f"另存为 PDF — {self.title}", self.title)
        if out is None:
            return

        def saved(path: Path) -> None:
            self.saved_to = path
            self.notifier.info(f"已保存 PDF：\n{path}", title="另存为 PDF", parent=self)

        self._final(out, saved, "正在保存 PDF…")


# ============================================================================ the entry points


def new_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setDocName(title)
    printer.setFullPage(True)
    return printer


def _temp_pdf(title: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="cadredesk-print-"))
    return folder / f"{safe_file_name(title)}.pdf"


def _ask_pdf(parent: QWidget | None, caption: str, title: str) -> Path | None:
    chosen = ask_save_path(parent, caption, safe_file_name(title) + ".pdf", PDF_FILTER)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def run_with_progress(
    parent: QWidget | None,
    runner: TaskRunner,
    op: Callable[[Context], Any],
    text: str,
    done: Callable[[Any], None],
    *,
    write: bool = False,
) -> TaskHandle:
    """``op`` in the background with a progress window whose 取消 cancels it."""
    box = QProgressDialog(text, "取消", 0, 0, parent)
    box.setWindowTitle("请稍候")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setMinimumDuration(400)
    box.setAutoClose(False)
    box.setAutoReset(False)

    def progressed(n: int, total: int, line: str) -> None:
        box.setMaximum(max(total, 0))
        box.setValue(min(n, total) if total else 0)
        if line:
            box.setLabelText(line)

    def finished(result: Any) -> None:
        box.close()
        done(result)

    def failed(_exc: BaseException) -> bool:
        box.close()
        return False  # the runner shows it

    handle = runner.run(
        op, name=text, on_success=finished, on_failure=failed, on_progress=progressed, write=write
    )
    box.canceled.connect(handle.cancel)
    handle.finished.connect(box.close)
    handle.progress_dialog = box  # type: ignore[attr-defined]  # tests find the box here
    return handle


def _no_qtpdf(
    parent: QWidget | None, runner: TaskRunner, notifier: Notifier, make: MakePdf, title: str
) -> TaskHandle | None:
    out = _ask_pdf(parent, f"保存 PDF — {title}", title)
    if out is None:
        return None

    def saved(_result: object) -> None:
        notifier.warning(
            f"本机的 Qt 没有 PDF 预览组件（QtPdf），无法在程序内预览和直接打印。\n已保存 PDF：\n{out}\n"
            "请用 PDF 阅读器打开后打印。",
            title="打印",
            parent=parent,
        )

    return run_with_progress(parent, runner, lambda ctx: make(ctx, out), "正在生成 PDF…", saved, write=True)


def preview_pdf(
    parent: QWidget | None,
    runner: TaskRunner,
    notifier: Notifier,
    make_pdf: MakePdf,
    title: str,
    *,
    final_pdf: MakePdf | None = None,
    on_shown: Callable[[PdfPreviewDialog], None] | None = None,
) -> TaskHandle | None:
    """Make the PDF in the background, then show the print preview (window-modal, not blocking).
    ``on_shown(dialog)`` gets the dialog once it is open. None when QtPdf is missing and the clerk
    cancelled the save dialog that replaces the preview."""
    if not qtpdf_available():
        return _no_qtpdf(parent, runner, notifier, final_pdf or make_pdf, title)
    path = _temp_pdf(title)

    def op(ctx: Context) -> Rendered:
        result = make_pdf(ctx, path)
        ctx.progress.check()
        rendered = render_for_preview(path, ctx.progress)
        rendered.result = result
        return rendered

    def show(rendered: Rendered) -> None:
        warnings = getattr(rendered.result, "warnings", None)
        dialog = PdfPreviewDialog(
            rendered, title, runner=runner, notifier=notifier, final_pdf=final_pdf, parent=parent
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        if on_shown is not None:
            on_shown(dialog)
        if warnings:
            notifier.warning("生成的 PDF 有以下提示：\n" + "\n".join(warnings), parent=dialog)

    return run_with_progress(parent, runner, op, "正在生成打印预览…", show, write=True)


def print_pdf(
    parent: QWidget | None,
    runner: TaskRunner,
    notifier: Notifier,
    make_pdf: MakePdf,
    title: str,
    *,
    on_printed: Callable[[int], None] | None = None,
) -> TaskHandle | None:
    """直接打印: choose the printer first, then make the PDF and print it, with progress and 取消."""
    if not qtpdf_available():
        return _no_qtpdf(parent, runner, notifier, make_pdf, title)
    printer = new_printer(title)
    if not ask_print(parent, printer):
        return None
    path = _temp_pdf(title)

    def op(ctx: Context) -> int:
        make_pdf(ctx, path)
        ctx.progress.check()
        return print_file(printer, path, ctx.progress)

    def done(pages: int) -> None:
        if on_printed is not None:
            on_printed(pages)

    return run_with_progress(parent, runner, op, "正在生成并打印…", done, write=True)


__all__ = [
    "Cancelled",
    "PdfPreviewDialog",
    "Rendered",
    "paint_pages",
    "preview_pdf",
    "print_file",
    "print_pdf",
    "qtpdf_available",
    "render_for_preview",
    "render_page",
]
