"""The one print preview (ui/print_preview) and the 打印 page, driven as a clerk would: a hand-built campaign
in a real SQLite file (tests/onpost_data.py), real PDFs rendered with QtPdf into Qt's print preview and
into a QPrinter writing a PDF (the stand-in for the office printer), no mocks of Qt. File and printer
choices are injected (``print_preview.ask_save_path`` / ``ask_print``, ``print_page.ask_folder_path``)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from cadredesk.core.models import AuditEntry, Ballot
from cadredesk.services.context import Actor, Context
from cadredesk.services.printing import LABELS, PrintRequest, page_count, print_document
from cadredesk.storage.engine import Database
from cadredesk.ui import print_preview
from cadredesk.ui.notify import RecordingNotifier
from cadredesk.ui.pages import print_page
from cadredesk.ui.pages.print_page import PrintPage
from cadredesk.ui.pages.roster_output import RosterOutput
from cadredesk.ui.tasks import TaskRunner
from tests import onpost_data

pytestmark = pytest.mark.gui

AS_OF = dt.date(2026, 6, 30)


@dataclass
class Env:
    ctx: Context
    runner: TaskRunner
    notifier: RecordingNotifier
    camp: onpost_data.Campaign
    tmp: Path


@pytest.fixture
def env(db: Database, tmp_path: Path, qapp: Any) -> Iterator[Env]:
    ctx = Context(db=db, actor=Actor("clerk", "张干事")).at(AS_OF)
    camp = onpost_data.build(ctx)
    notifier = RecordingNotifier()
    runner = TaskRunner(ctx, notifier, synchronous=True)
    yield Env(ctx, runner, notifier, camp, tmp_path)
    for w in QApplication.topLevelWidgets():
        if isinstance(w, print_preview.PdfPreviewDialog):
            w.close()
    runner.shutdown()


def ink(image: QImage) -> int:
    """Pixels that are clearly not white paper (sampled every 3rd pixel in both directions)."""
    dark = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            if QColor(image.pixel(x, y)).lightness() < 128:
                dark += 1
    return dark


def to_printer(path: Path) -> Any:
    """An answer to the print dialog: a printer that writes a PDF file."""

    def answer(_parent: QWidget | None, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True

    return answer


def open_previews() -> list[print_preview.PdfPreviewDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, print_preview.PdfPreviewDialog) and w.isVisible()
    ]


def audits(ctx: Context, action: str) -> list[str]:
    with ctx.db.reader() as s:
        return list(s.scalars(select(AuditEntry.detail).where(AuditEntry.action == action)))


def ballots(ctx: Context) -> int:
    with ctx.db.reader() as s:
        return s.scalar(select(func.count()).select_from(Ballot)) or 0


# ------------------------------------------------------------------------------------ the preview itself


def test_qtpdf_is_there() -> None:
    assert print_preview.qtpdf_available()  # PySide6-Addons is a dependency


def test_preview_pages_are_the_pdf_pages_and_print_as_such(env: Env, qtbot: Any) -> None:
    """A real roster PDF (landscape) and a real 期满考核登记表 (portrait) in one preview each: the preview has
    the PDF's pages, drawn with ink; printed to a PDF printer every page comes out A4 in its orientation."""
    roster = env.tmp / "名单.pdf"
    print_document(env.ctx, "roster", PrintRequest(out=roster, batch=onpost_data.BATCH))
    forms = env.tmp / "登记表.pdf"
    print_document(env.ctx, "evaluation", PrintRequest(out=forms, batch=onpost_data.BATCH))
    for pdf, landscape in ((roster, True), (forms, False)):
        pages = page_count(pdf)
        rendered = print_preview.render_for_preview(pdf)
        assert rendered.pages == len(rendered.images) == pages
        first = rendered.images[0]
        assert (first.width() > first.height()) is landscape
        assert ink(first) > 300  # text and rules drawn, not a blank sheet
        dialog = print_preview.PdfPreviewDialog(rendered, pdf.stem, runner=env.runner, notifier=env.notifier)
        qtbot.addWidget(dialog)
        dialog.show()
        widget = dialog.findChild(QPrintPreviewWidget)
        assert widget is not None
        widget.updatePreview()
        assert widget.pageCount() == pages

        printed = env.tmp / f"打印-{pdf.name}"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        to_printer(printed)(None, printer)
        assert print_preview.print_file(printer, pdf) == pages
        assert page_count(printed) == pages
        back = print_preview.open_pdf(printed)
        size = back.pagePointSize(0)
        assert (round(size.width()), round(size.height())) == ((842, 595) if landscape else (595, 842))
        assert ink(back.render(0, QSize(round(size.width()), round(size.height())))) > 300
        back.close()
    assert page_count(forms) == 14  # a two-page form for each of the seven cadres on post


def test_long_documents_preview_fewer_pixels_not_fewer_pages_up_to_the_budget() -> None:
    assert print_preview.preview_dpi(5) == print_preview.PREVIEW_DPI
    assert print_preview.preview_dpi(500) == print_preview.MIN_DPI
    assert print_preview.MIN_DPI < print_preview.preview_dpi(60) < print_preview.PREVIEW_DPI
    assert print_preview.preview_limit(30, 150) == 30
    assert 100 < print_preview.preview_limit(588, 96) < 588  # the rest is printed, not previewed


def test_generating_can_be_cancelled(env: Env, qtbot: Any) -> None:
    """取消 in the progress window while the PDF is being made: no preview opens, nothing is reported."""
    runner = TaskRunner(env.ctx, env.notifier)  # threads: the clerk clicks while the worker runs
    started, go_on = threading.Event(), threading.Event()

    def slow(ctx: Context, path: Path) -> None:
        started.set()
        go_on.wait(10)
        ctx.progress.check()  # the clerk's cancel stops it here
        print_document(ctx, "roster", PrintRequest(out=path, batch=onpost_data.BATCH))

    handle = print_preview.preview_pdf(None, runner, env.notifier, slow, "名单")
    assert handle is not None
    assert started.wait(10)
    box = handle.progress_dialog  # type: ignore[attr-defined]
    box.cancel()  # the 取消 button
    go_on.set()
    qtbot.waitUntil(lambda: handle.done, timeout=10_000)
    assert handle.was_cancelled and not open_previews() and env.notifier.messages == []
    runner.shutdown()


def test_without_qtpdf_the_pdf_is_saved_and_the_clerk_told(
    env: Env, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(print_preview, "qtpdf_available", lambda: False)
    out = env.tmp / "名单.pdf"
    monkeypatch.setattr(print_preview, "ask_save_path", lambda *_a: str(out.with_suffix("")))

    def make(ctx: Context, path: Path) -> object:
        return print_document(ctx, "roster", PrintRequest(out=path, batch=onpost_data.BATCH))

    print_preview.preview_pdf(None, env.runner, env.notifier, make, "名单")
    assert out.exists() and not open_previews()
    assert "没有 PDF 预览组件" in env.notifier.texts("warning")[0]


# ------------------------------------------------------------------------------------ the 打印 page


@pytest.fixture
def page(env: Env, qtbot: Any) -> PrintPage:
    p = PrintPage(env.runner, env.notifier)
    qtbot.addWidget(p)
    p.resize(1100, 640)
    p.show()
    qtbot.waitUntil(lambda: p.is_loaded)
    return p


def choose_kind(page: PrintPage, qtbot: Any, kind: str) -> None:
    row = list(LABELS).index(kind)
    item = page.ui.kindList.item(row)
    rect = page.ui.kindList.visualItemRect(item)
    qtbot.mouseClick(page.ui.kindList.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.kind() == kind and page.ui.pageTitle.text() == LABELS[kind]


def click(qtbot: Any, widget: QWidget) -> None:
    """A click once the widget is laid out (a row just shown gets its place on the next event loop turn)."""
    qtbot.waitUntil(lambda: widget.isVisible() and widget.width() > 10 and widget.pos().y() > 0)
    # on its indicator: a stretched radio button reacts only to its indicator and text
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def shown_options(page: PrintPage) -> set[str]:
    ui = page.ui
    rows = {
        "order": ui.orderCombo, "session": ui.sessionCombo, "course": ui.courseCombo, "by_course": ui.byCourseCheck,
        "place": ui.placeCombo, "copies": ui.copiesSpin, "year": ui.yearCombo, "cadre": ui.cadreCombo,
        "each": ui.perCadreRadio,
    }  # fmt: skip
    return {k for k, w in rows.items() if w.isVisibleTo(page)}


def test_every_kind_is_listed_with_only_its_options(page: PrintPage, qtbot: Any) -> None:
    assert [page.ui.kindList.item(i).text() for i in range(page.ui.kindList.count())] == list(LABELS.values())
    assert page.ui.batchCombo.currentText() == onpost_data.BATCH
    expected = {
        "roster": {"order"}, "signin": {"session", "course", "by_course"}, "pairs": set(), "summary": set(),
        "problems": set(), "ballots": {"place", "copies", "year"}, "evaluation": {"cadre", "each"},
        "experience": {"cadre", "each"},
    }  # fmt: skip
    for kind, options in expected.items():
        choose_kind(page, qtbot, kind)
        assert shown_options(page) == options, kind
    choose_kind(page, qtbot, "evaluation")
    assert page.ui.cadreCombo.count() == 8  # 全部干部 and the seven cadres
    page.ui.cadreCombo.setCurrentIndex(1)
    assert shown_options(page) == {"cadre"}  # one cadre: nothing to split
    choose_kind(page, qtbot, "ballots")
    assert page.ui.copiesSpin.value() == 30 and page.ui.placeCombo.count() == 7
    assert [page.ui.yearCombo.itemText(i) for i in range(3)] == [
        "期满考核",
        "2025年年度考核",
        "2026年年度考核",
    ]


def test_preview_one_form_then_print_it(
    env: Env, page: PrintPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """预览 of one cadre's 期满考核登记表 records nothing; 打印 in the preview prints it and audits the print."""
    choose_kind(page, qtbot, "evaluation")
    page.ui.cadreCombo.setCurrentIndex(page.ui.cadreCombo.findData(env.camp.idn("王芳")))
    qtbot.mouseClick(page.ui.previewButton, Qt.MouseButton.LeftButton)
    dialog = page.preview
    assert dialog is not None and dialog.isVisible() and dialog.rendered.pages == 2
    assert "王芳" in page.ui.statusLabel.text() and "共 2 页" in page.ui.statusLabel.text()
    assert audits(env.ctx, "print.evaluation") == []  # a preview is not a print
    printed = env.tmp / "打印.pdf"
    monkeypatch.setattr(print_preview, "ask_print", to_printer(printed))
    assert dialog.print_action is not None
    dialog.print_action.trigger()  # 打印 on the preview's toolbar
    assert page_count(printed) == 2 and dialog.printed_to is not None
    assert len(audits(env.ctx, "print.evaluation")) == 1


def test_ballots_preview_issues_no_serials_until_saved(
    env: Env, page: PrintPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_kind(page, qtbot, "ballots")
    page.ui.placeCombo.setCurrentIndex(page.ui.placeCombo.findData("黄河口镇西村"))
    page.ui.copiesSpin.setValue(3)
    qtbot.mouseClick(page.ui.previewButton, Qt.MouseButton.LeftButton)
    dialog = page.preview
    # three ballots, two to an A4 sheet
    assert dialog is not None and dialog.rendered.pages == 2 and ballots(env.ctx) == 0
    out = env.tmp / "测评票.pdf"
    monkeypatch.setattr(print_preview, "ask_save_path", lambda *_a: str(out))
    dialog.save_action.trigger()  # 另存为 PDF
    assert dialog.saved_to == out and page_count(out) == 2
    assert ballots(env.ctx) == 3  # the serials the preview showed are now issued


def test_save_and_direct_print(
    env: Env, page: PrintPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_kind(page, qtbot, "roster")
    page.ui.orderCombo.setCurrentIndex(1)  # 按姓氏笔画排列
    out = env.tmp / "名单"
    monkeypatch.setattr(print_preview, "ask_save_path", lambda *_a: str(out))
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert page.last_output == out.with_suffix(".pdf") and page_count(out.with_suffix(".pdf")) >= 1
    assert "已保存 PDF" in page.ui.statusLabel.text()
    printed = env.tmp / "直接打印.pdf"
    monkeypatch.setattr(print_preview, "ask_print", to_printer(printed))
    qtbot.mouseClick(page.ui.printButton, Qt.MouseButton.LeftButton)
    assert page_count(printed) == page_count(out.with_suffix(".pdf"))
    assert "已送打印机" in page.ui.statusLabel.text()
    assert len(audits(env.ctx, "print.roster")) == 2  # saved and printed


def test_batch_output_one_file_per_cadre(
    env: Env, page: PrintPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_kind(page, qtbot, "evaluation")
    click(qtbot, page.ui.perCadreRadio)
    assert page.per_cadre()
    folder = env.tmp / "登记表"
    folder.mkdir()
    monkeypatch.setattr(print_page, "ask_folder_path", lambda *_a: str(folder))
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    files = sorted(p.name for p in folder.iterdir())
    # two cadres called 张伟: told apart by the end of their ID numbers
    zhang = sorted(
        f"张伟_{env.camp.people[k][1][-4:]}_期满考核登记表.pdf"
        for k in env.camp.people
        if k.startswith("张伟")
    )
    assert len(files) == 7 and set(zhang) <= set(files) and "王芳_期满考核登记表.pdf" in files
    assert all(page_count(folder / f) == 2 for f in files)  # the two pages of one form
    assert "已保存 7 个 PDF" in page.ui.statusLabel.text()
    # 基层工作经历证明 only after the service ended: every cadre is skipped, and said so
    choose_kind(page, qtbot, "experience")
    click(qtbot, page.ui.perCadreRadio)
    assert page.per_cadre()
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "以下 7 人未生成" in env.notifier.texts("warning")[-1]
    assert "仍在派驻期内" in env.notifier.texts("warning")[-1]


def test_roster_page_output_previews(env: Env, qtbot: Any) -> None:
    """选派名单's 打印预览…: the same preview, the roster as it prints."""
    host = QWidget()
    qtbot.addWidget(host)
    output = RosterOutput(
        host, env.runner, env.notifier, batch_name=lambda: onpost_data.BATCH, status=lambda _t: None
    )
    output.preview("strokes")
    (dialog,) = open_previews()
    assert dialog.rendered.pages >= 1 and "按姓氏笔画" in dialog.title
