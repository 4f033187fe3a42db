"""打印 page: every printable kind (``services.printing.PRINTERS``) with the options it takes, 预览 (the one
print preview, ``ui/print_preview``), 打印 (straight to a printer), 保存 PDF, and batch output of the
per-cadre forms (one PDF for the batch, or one per cadre into a folder) with progress and 取消.

Layout: forms/print_page.ui. The option rows a kind does not take are hidden (``printing.OPTIONS``). The
lists (batches, classes and courses, ballot places, cadres) come from one background read,
``printing.print_choices``. Kinds with an unrecorded preview (``printing.PREVIEWS``: the ballots get their
serial numbers only when printed) preview with it and record when printed or saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from cadredesk.errors import UserError
from cadredesk.services import printing
from cadredesk.services.batches import BatchRow, list_batches
from cadredesk.services.context import Context
from cadredesk.services.printing import LABELS, OPTIONS, PREVIEWS, PrintChoices, PrintRequest, PrintResult
from cadredesk.services.progress import Progress
from cadredesk.ui import print_preview
from cadredesk.ui.forms.ui_print_page import Ui_PrintPage
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.base import BasePage
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.widgets import fill_combo

#: what each kind is, for the clerk (kinds added later show their label only)
DESCRIPTIONS = {
    "roster": "本批次选派干部名单（A4 横向），按乡镇（街道）或按姓氏笔画排列，带制表单位和日期。",
    "signin": "岗前培训签到表：本批次全部培训班，或选定的一个培训班、一门课程；也可每门课程一张。",
    "pairs": "传帮带结对表：按乡镇列出帮带人和被帮带人，留双方签名栏。",
    "summary": "情况统计：派驻点覆盖、在岗人数、在岗天数达标和各类提醒，与“总览”页的数字相同。",
    "problems": "问题台账：本批次全部问题及其交办、处理、反馈、督办和销号情况，逾期的标出。",
    "ballots": "民主测评票：每个派驻点若干张，每张有编号、被测评干部和四个等次。预览不登记编号；"
    "打印或保存 PDF 时编号即登记为已发放，收回后按编号录入。",
    "evaluation": "期满考核登记表：一名干部，或本批次全部在岗和期满的干部（每人一份，可合并为一个 PDF "
    "或每人一个文件）。",
    "experience": "基层工作经历证明：派驻结束的干部，归入干部人事档案（每人一份）。",
}
ORDERS = (("township", "按乡镇（街道）排列"), ("strokes", "按姓氏笔画排列"))
#: the option rows of the form: option key → the widgets of its row
ROWS = ("order", "session", "course", "by_course", "place", "copies", "year", "cadre", "each")


def ask_folder(parent: QWidget, title: str) -> str | None:
    return QFileDialog.getExistingDirectory(parent, title) or None


#: tests replace this to answer the folder dialog
ask_folder_path: Callable[[QWidget, str], str | None] = ask_folder


@dataclass(frozen=True)
class PrintSnapshot:
    batches: list[BatchRow]
    choices: PrintChoices | None


def load_print_page(ctx: Context, batch: str | None) -> PrintSnapshot:
    rows = list_batches(ctx)
    if not rows:
        return PrintSnapshot(rows, None)
    return PrintSnapshot(rows, printing.print_choices(ctx, batch))


@dataclass(frozen=True)
class BatchOutput:
    folder: Path
    files: list[Path]
    pages: int
    skipped: list[str]


class PrintPage(BasePage[Any]):
    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(runner, notifier, parent)
        self.ui = Ui_PrintPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.bind(status=ui.statusLabel, batch_combo=ui.batchCombo)
        self.choices: PrintChoices | None = None
        self.task: TaskHandle | None = None
        self.last_output: Path | BatchOutput | None = None
        #: the preview dialog last opened (tests drive it)
        self.preview: print_preview.PdfPreviewDialog | None = None
        row_height = self.fontMetrics().height() + 14
        for kind in printing.KINDS:
            item = QListWidgetItem(LABELS.get(kind, kind))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setSizeHint(QSize(0, row_height))
            ui.kindList.addItem(item)
        for key, text in ORDERS:
            ui.orderCombo.addItem(text, key)
        ui.kindList.currentRowChanged.connect(lambda _r: self._kind_changed())
        ui.sessionCombo.currentIndexChanged.connect(lambda _i: self._fill_courses())
        ui.courseCombo.currentIndexChanged.connect(lambda _i: self._course_changed())
        ui.cadreCombo.currentIndexChanged.connect(lambda _i: self._show_rows())
        ui.previewButton.clicked.connect(self.preview_document)
        ui.printButton.clicked.connect(self.print_document)
        ui.saveButton.clicked.connect(self.save_document)
        ui.kindList.setCurrentRow(0)

    # ------------------------------------------------------------------ loading
    def selected_id(self) -> int | None:
        return None  # no table: nothing to keep selected

    def load_operation(self, batch: Any) -> Callable[[Context], PrintSnapshot]:
        return lambda ctx: load_print_page(ctx, batch)

    def shown_batch(self) -> Any:
        return self.choices.batch if self.choices is not None else None

    def show_data(self, snap: PrintSnapshot) -> int:
        self.choices = snap.choices
        combo = self.ui.batchCombo
        combo.blockSignals(True)
        fill_combo(combo, [(b.name, b.name) for b in reversed(snap.batches)])
        if snap.choices is not None:
            combo.setCurrentIndex(combo.findData(snap.choices.batch))
        combo.blockSignals(False)
        self._fill_lists()
        self._kind_changed()
        if snap.choices is None:
            self.show_status("还没有批次，没有可打印的内容。请先在“选派名单”页新建批次。")
        return len(snap.batches)

    def _fill_lists(self) -> None:
        ui, ch = self.ui, self.choices
        fill_combo(
            ui.sessionCombo, [("全部培训班", None)] + [(n, n) for n, _c in (ch.sessions if ch else [])]
        )
        fill_combo(ui.placeCombo, [("全部派驻点", None)] + [(p, p) for p in (ch.places if ch else [])])
        years = [("期满考核", None)] + [(f"{y}年年度考核", y) for y in (ch.years if ch else [])]
        fill_combo(ui.yearCombo, years)
        if ch is not None:
            ui.copiesSpin.setValue(ch.ballots_per_place)
        self._fill_courses()

    def _fill_courses(self) -> None:
        ch, session = self.choices, self.ui.sessionCombo.currentData()
        titles = next((c for n, c in (ch.sessions if ch else []) if n == session), [])
        fill_combo(self.ui.courseCombo, [("全部课程", None)] + [(t, t) for t in titles])
        self.ui.courseCombo.setEnabled(session is not None)
        self._course_changed()

    def _course_changed(self) -> None:
        self.ui.byCourseCheck.setEnabled(self.ui.courseCombo.currentData() is None)

    # ------------------------------------------------------------------ the kind and its options
    def kind(self) -> str:
        item = self.ui.kindList.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else printing.KINDS[0]

    def select_kind(self, kind: str) -> None:
        self.ui.kindList.setCurrentRow(list(printing.KINDS).index(kind))

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.ui.pageTitle.setText(LABELS.get(kind, kind))
        self.ui.descriptionLabel.setText(DESCRIPTIONS.get(kind, ""))
        if kind in ("evaluation", "experience"):
            ch = self.choices
            people = (ch.evaluation_cadres if kind == "evaluation" else ch.experience_cadres) if ch else []
            fill_combo(
                self.ui.cadreCombo,
                [("全部干部", None)]
                + [(f"{c.name}（{c.place}）" if c.place else c.name, c.id_number) for c in people],
            )
        self._show_rows()

    def _show_rows(self) -> None:
        ui, takes = self.ui, OPTIONS.get(self.kind(), ())
        widgets = {
            "order": ui.orderCombo, "session": ui.sessionCombo, "course": ui.courseCombo,
            "by_course": ui.byCourseCheck, "place": ui.placeCombo, "copies": ui.copiesSpin,
            "year": ui.yearCombo, "cadre": ui.cadreCombo,
        }  # fmt: skip
        for key, widget in widgets.items():
            ui.optionsForm.setRowVisible(widget, key in takes)
        each = "each" in takes and ui.cadreCombo.currentData() is None
        ui.optionsForm.setRowVisible(ui.eachLayout, each)
        ready = self.choices is not None and not self.busy
        for button in (ui.previewButton, ui.printButton, ui.saveButton):
            button.setEnabled(ready)

    def request(self, out: Path) -> PrintRequest:
        """The options on screen, for the kind chosen (options it does not take stay at their defaults)."""
        ui, takes = self.ui, OPTIONS.get(self.kind(), ())
        value: dict[str, Any] = {}
        if "order" in takes:
            value["order"] = ui.orderCombo.currentData()
        if "session" in takes:
            value["session"] = ui.sessionCombo.currentData()
            value["course"] = ui.courseCombo.currentData() if value["session"] else None
            value["by_course"] = ui.byCourseCheck.isChecked() and not value["course"]
        if "place" in takes:
            value["place"] = ui.placeCombo.currentData()
            value["copies"] = ui.copiesSpin.value()
            value["year"] = ui.yearCombo.currentData()
        if "cadre" in takes:
            value["cadre"] = ui.cadreCombo.currentData()
        return PrintRequest(out=out, batch=self.choices.batch if self.choices else None, **value)

    def per_cadre(self) -> bool:
        return (
            "each" in OPTIONS.get(self.kind(), ())
            and self.ui.cadreCombo.currentData() is None
            and self.ui.perCadreRadio.isChecked()
        )

    def title(self) -> str:
        label = LABELS.get(self.kind(), self.kind())
        batch = self.choices.batch if self.choices else ""
        who = (
            self.ui.cadreCombo.currentText().split("（")[0] if "cadre" in OPTIONS.get(self.kind(), ()) else ""
        )
        if who == "全部干部":
            who = ""
        return "".join(x for x in (batch, " " if batch else "", who, label))

    # ------------------------------------------------------------------ the three buttons
    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def _track(self, handle: TaskHandle | None) -> TaskHandle | None:
        if handle is not None:
            self.task = handle
            handle.finished.connect(self._show_rows)
            self._show_rows()
        return handle

    def _makers(self) -> tuple[print_preview.MakePdf, print_preview.MakePdf | None]:
        """(what the preview shows, what printing records — None when the preview already is the print)."""
        kind = self.kind()
        base = self.request(Path())

        def final(ctx: Context, path: Path) -> PrintResult:
            return printing.print_document(ctx, kind, replace(base, out=path))

        preview = PREVIEWS.get(kind)
        if preview is None:
            return final, None

        def unrecorded(ctx: Context, path: Path) -> object:
            shown: Any = preview(ctx, replace(base, out=path))
            path.write_bytes(shown.pdf)
            return shown

        return unrecorded, final

    def preview_document(self) -> TaskHandle | None:
        if self.busy or self.choices is None:
            return None
        make, final = self._makers()
        self.show_status("正在生成打印预览…")

        def shown(dialog: print_preview.PdfPreviewDialog) -> None:
            self.preview = dialog
            pages = dialog.rendered.pages
            self.show_status(f"预览：{self.title()}，共 {pages} 页")

        return self._track(
            print_preview.preview_pdf(
                self, self.runner, self.notifier, make, self.title(), final_pdf=final, on_shown=shown
            )
        )

    def print_document(self) -> TaskHandle | None:
        if self.busy or self.choices is None:
            return None
        make, final = self._makers()

        def printed(pages: int) -> None:
            self.show_status(f"已送打印机：{self.title()}，{pages} 页")

        return self._track(
            print_preview.print_pdf(
                self, self.runner, self.notifier, final or make, self.title(), on_printed=printed
            )
        )

    def save_document(self) -> TaskHandle | None:
        if self.busy or self.choices is None:
            return None
        if self.per_cadre():
            return self.save_each()
        chosen = print_preview.ask_save_path(
            self, f"保存 PDF — {self.title()}", print_preview.safe_file_name(self.title()) + ".pdf",
            print_preview.PDF_FILTER,
        )  # fmt: skip
        if not chosen:
            return None
        out = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        kind, req = self.kind(), self.request(out)

        def op(ctx: Context) -> PrintResult:
            return printing.print_document(ctx, kind, req)

        def done(result: PrintResult) -> None:
            self.last_output = result.path
            self.show_status(f"已保存 PDF（{result.pages} 页）：{result.path}")
            if result.warnings:
                self.notifier.warning("生成的 PDF 有以下提示：\n" + "\n".join(result.warnings), parent=self)

        return self._track(
            print_preview.run_with_progress(self, self.runner, op, "正在生成 PDF…", done, write=True)
        )

    def save_each(self) -> TaskHandle | None:
        """One PDF per cadre of the batch into a folder the clerk chooses."""
        kind = self.kind()
        ch = self.choices
        assert ch is not None
        people = ch.evaluation_cadres if kind == "evaluation" else ch.experience_cadres
        if not people:
            self.notifier.info("本批次没有可打印的干部。", title="保存 PDF", parent=self)
            return None
        chosen = ask_folder_path(self, f"选择保存{LABELS[kind]}的文件夹")
        if not chosen:
            return None
        folder, label, base = Path(chosen), LABELS[kind], self.request(Path())
        names = [c.name for c in people]

        def op(ctx: Context) -> BatchOutput:
            files, pages, skipped = [], 0, []
            for n, c in enumerate(people):
                ctx.progress.report(n, len(people), f"正在生成 {c.name} 的{label}（{n + 1}/{len(people)}）")
                stem = c.name if names.count(c.name) == 1 else f"{c.name}_{c.id_number[-4:]}"
                out = folder / print_preview.safe_file_name(f"{stem}_{label}.pdf")
                one = replace(base, out=out, cadre=c.id_number)
                try:
                    result = printing.print_document(ctx.with_progress(Progress()), kind, one)
                except UserError as exc:  # this cadre has no such form (still in post …): the others go on
                    skipped.append(f"{c.name}：{exc.message}")
                    continue
                files.append(result.path)
                pages += result.pages
            ctx.progress.report(len(people), len(people), "")
            return BatchOutput(folder, files, pages, skipped)

        def done(result: BatchOutput) -> None:
            self.last_output = result
            self.show_status(f"已保存 {len(result.files)} 个 PDF（共 {result.pages} 页）到：{result.folder}")
            if result.skipped:
                shown = result.skipped[:20] + (
                    [f"……等 {len(result.skipped)} 人"] if len(result.skipped) > 20 else []
                )
                self.notifier.warning(
                    f"以下 {len(result.skipped)} 人未生成：\n" + "\n".join(shown), parent=self
                )

        return self._track(
            print_preview.run_with_progress(self, self.runner, op, f"正在生成{label}…", done, write=True)
        )


__all__ = ["PrintPage", "load_print_page"]
