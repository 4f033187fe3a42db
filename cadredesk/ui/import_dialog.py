"""导入名单: pick a workbook, preview how it will be read, adjust the column mapping, then import.

Layout: forms/import_dialog.ui; the mapping combos (one per sheet column) are made here, in its grid.

The preview is the importer's own dry run (``roster_import.import_roster(dry_run=True, layout=…)``)
so what the dialog marks as 不合格 is exactly what the import would reject.  Reading the file,
detecting the layout and each dry run happen in background operations; the dialog only shows
their results.  Changing a column's field, the header rows or an option re-runs the dry run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QLabel, QWidget

from cadredesk.errors import UserError
from cadredesk.services.context import Context
from cadredesk.services.roster_import import (
    FIELD_LABELS,
    ImportReport,
    Preview,
    RosterLayout,
    SheetData,
    clean_text,
    col_letter,
    import_roster,
    is_blank,
    preview_import,
)
from cadredesk.ui.forms.ui_import_dialog import Ui_ImportDialog
from cadredesk.ui.notify import Notifier
from cadredesk.ui.table import Table, size_columns
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import (
    ERROR_BACKGROUND,
    ERROR_COLOR,
    ERROR_STYLE,
    MUTED_COLOR,
    WARNING_BACKGROUND,
    WARNING_STYLE,
)

log = logging.getLogger("cadredesk.ui")

PREVIEW_ROWS = 200
REVALIDATE_DELAY_MS = 250
IGNORE = ""  # mapping combo data: the column is not imported
WORKBOOK_FILTER = "Excel 工作簿 (*.xlsx *.xlsm *.xls *.ods);;所有文件 (*)"
STATUS_TEXT = {
    "ok": "通过",
    "warning": "通过（有提示）",
    "rejected": "不合格",
    "skipped": "跳过",
    "ignored": "不是数据行",
    "pending": "",
}


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One sheet row below the header as the dialog shows it."""

    position: int  # 0-based order below the header
    row: int  # 1-based sheet row
    cells: tuple[str, ...]  # by sheet column
    status: str  # ok | warning | rejected | skipped | ignored | pending
    note: str

    @property
    def bad(self) -> bool:
        return self.status == "rejected"


def _preview_rows(preview: Preview) -> list[PreviewRow]:
    rows = preview.sheet.rows
    layout = preview.layout
    if layout is None:
        return []
    notes = preview.report.row_notes if preview.report else {}
    skipped = dict(layout.skipped)
    data_rows = set(layout.data_rows)
    width = preview.sheet.width
    out: list[PreviewRow] = []
    for r in range(layout.last_header_row + 1, len(rows) + 1):
        line = rows[r - 1]
        if r not in data_rows and r not in skipped:
            continue  # blank row
        cells = tuple(
            clean_text(line[c]) if c < len(line) and not is_blank(line[c]) else "" for c in range(width)
        )
        if r in data_rows:
            text, kind = notes.get(r, ("", "pending"))
            status = kind if kind in STATUS_TEXT else "ok"
        else:
            status, text = "ignored", f"已忽略：{skipped[r]}"
        out.append(PreviewRow(len(out), r, cells, status, text))
    return out


def _background(p: PreviewRow) -> QColor | None:
    if p.status == "rejected":
        return ERROR_BACKGROUND
    if p.status in ("warning", "skipped"):
        return WARNING_BACKGROUND
    return None


def _foreground(p: PreviewRow) -> QColor | None:
    return MUTED_COLOR if p.status in ("ignored", "skipped") else None


def _tooltip(p: PreviewRow) -> str | None:
    return f"第 {p.row} 行：{p.note}" if p.note else None


def leaf_caption(caption: str) -> str:
    """The lower level of a two-level caption ("基本情况/姓名" → "姓名")."""
    return caption.rsplit("/", 1)[-1]


def _check_text(p: PreviewRow) -> str:
    if p.status == "rejected":
        return f"不合格：{p.note}"
    if p.status in ("warning", "skipped", "ignored") and p.note:
        return p.note
    return STATUS_TEXT.get(p.status, p.status)


def _cell_text(column: int) -> Callable[[PreviewRow], str]:
    return lambda p: p.cells[column] if column < len(p.cells) else ""


def preview_columns(layout: RosterLayout | None, width: int) -> list[Column[PreviewRow]]:
    cols: list[Column[PreviewRow]] = [
        Column(
            "row", "行号", lambda p: str(p.row), lambda p: p.row, tooltip=_tooltip, background=_background,
            foreground=_foreground, align_center=True, width=3,
        ),
        Column(
            "check", "校验结果", _check_text,
            lambda p: (p.status != "rejected", p.row), tooltip=_tooltip, background=_background,
            foreground=lambda p: ERROR_COLOR if p.bad else _foreground(p), width=14,
        ),
    ]  # fmt: skip
    headers = layout.headers if layout else {}
    mapped = layout.columns if layout else {}
    for c in range(width):
        caption = leaf_caption(headers.get(c, ""))
        field = mapped.get(c)
        title = f"{col_letter(c)} {caption}".strip()
        if field and FIELD_LABELS[field] != caption:
            title += f" → {FIELD_LABELS[field]}"
        elif not field and caption:
            title += "（忽略）"
        elif not field:
            continue
        cols.append(
            Column(
                f"c{c}", title, _cell_text(c), tooltip=_tooltip, background=_background,
                foreground=_foreground if field else (lambda _p: MUTED_COLOR),
                width=max(4, min(12, len(title) - 1)),
            )
        )  # fmt: skip
    return cols


class ImportDialog(QDialog):
    """``report`` holds the import's report after a successful 导入 (the dialog is then accepted)."""

    def __init__(
        self,
        runner: TaskRunner,
        notifier: Notifier,
        batch_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.notifier = notifier
        self.batch_name = batch_name
        self.path: Path | None = None
        self.sheet: SheetData | None = None
        self.roster_layout: RosterLayout | None = None
        self.preview: Preview | None = None
        self.report: ImportReport | None = None
        self.ask_open_path: Callable[[str, str], str | None] = self._ask_open
        self.ask_save_path: Callable[[str, str, str], str | None] = self._ask_save
        self._task: TaskHandle | None = None
        self._filling = False
        self.mapping_combos: dict[int, QComboBox] = {}
        self.setWindowTitle(f"导入选派名单 — {batch_name}")
        self._build()
        self._connect()
        self._update_buttons()

    # ------------------------------------------------------------------ layout (forms/import_dialog.ui)
    def _build(self) -> None:
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.file_label, self.choose_button, self.sheet_combo = ui.fileLabel, ui.chooseButton, ui.sheetCombo
        self.header_spin, self.header_levels = ui.headerSpin, ui.headerLevels
        self.title_label, self.layout_note = ui.titleLabel, ui.layoutNote
        self.mapping_area, self.mapping_widget, self.mapping_grid = (
            ui.mappingArea,
            ui.mappingWidget,
            ui.mappingGrid,
        )
        self.only_bad_check, self.summary_label = ui.onlyBadCheck, ui.summaryLabel
        self.create_places_check, self.skip_invalid_check = ui.createPlacesCheck, ui.skipInvalidCheck
        self.annotate_button, self.busy_label, self.buttons = ui.annotateButton, ui.busyLabel, ui.buttonBox
        self.error_label = ui.errorLabel
        self.error_label.hide()
        self.header_levels.addItem("一级表头", 1)
        self.header_levels.addItem("两级表头", 2)
        self.table: Table[PreviewRow] = Table(ui.view, preview_columns(None, 0), self, sortable=False)
        self.model, self.proxy, self.view = self.table.model, self.table.proxy, self.table.view
        self.import_button = self.buttons.addButton("导入", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)

    def _connect(self) -> None:
        self._revalidate_timer = QTimer(self)
        self._revalidate_timer.setSingleShot(True)
        self._revalidate_timer.setInterval(REVALIDATE_DELAY_MS)
        self._revalidate_timer.timeout.connect(self.revalidate)
        self.choose_button.clicked.connect(lambda: self.choose_file())
        self.sheet_combo.activated.connect(lambda _i: self._sheet_chosen())
        self.header_spin.valueChanged.connect(lambda _v: self._header_changed())
        self.header_levels.currentIndexChanged.connect(lambda _i: self._header_changed())
        self.create_places_check.toggled.connect(lambda _c: self.revalidate())
        self.skip_invalid_check.toggled.connect(lambda _c: self._update_buttons())
        self.only_bad_check.toggled.connect(lambda _c: self._filter())
        self.annotate_button.clicked.connect(lambda: self.save_annotated())
        self.import_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    # ------------------------------------------------------------------ file
    def _ask_open(self, title: str, filters: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", filters)
        return path or None

    def _ask_save(self, title: str, suggested: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, filters)
        return path or None

    def choose_file(self, path: str | Path | None = None) -> TaskHandle | None:
        """Pick a workbook (or use ``path``) and preview it in the background."""
        if path is None:
            chosen = self.ask_open_path("选择名单文件", WORKBOOK_FILTER)
            if not chosen:
                return None
            path = chosen
        self.path = Path(path)
        self.file_label.setText(str(self.path))
        self.sheet = None
        self.roster_layout = None
        return self._run_preview(sheet=None, header_rows=None, columns=None)

    def _sheet_chosen(self) -> None:
        name = self.sheet_combo.currentText()
        if self.sheet is None or name == self.sheet.name or self.path is None:
            return
        self.sheet = None
        self._run_preview(sheet=name, header_rows=None, columns=None)

    def _header_changed(self) -> None:
        if self._filling or self.sheet is None:
            return
        first = self.header_spin.value()
        levels = int(self.header_levels.currentData())
        self._run_preview(
            sheet=self.sheet.name, header_rows=tuple(range(first, first + levels)), columns=None
        )

    def current_columns(self) -> dict[int, str]:
        return {c: combo.currentData() for c, combo in self.mapping_combos.items() if combo.currentData()}

    def revalidate(self) -> TaskHandle | None:
        """Dry-run again with the layout as the clerk set it (header rows and column mapping)."""
        self._revalidate_timer.stop()
        if self.sheet is None or self.roster_layout is None:
            return None
        return self._run_preview(
            sheet=self.sheet.name, header_rows=self.roster_layout.header_rows, columns=self.current_columns()
        )

    def _run_preview(
        self, *, sheet: str | None, header_rows: Sequence[int] | None, columns: dict[int, str] | None
    ) -> TaskHandle | None:
        if self.path is None:
            return None
        if self._task is not None and not self._task.done:
            self._task.cancel()
        path, batch_name = self.path, self.batch_name
        data = self.sheet if self.sheet is not None and (sheet is None or sheet == self.sheet.name) else None
        create = self.create_places_check.isChecked()

        def op(ctx: Context) -> Preview:
            return preview_import(
                ctx, path, batch_name, sheet=sheet, data=data, header_rows=header_rows, columns=columns,
                create_places=create,
            )  # fmt: skip

        self.busy_label.setText("正在读取和校验…")
        self._show_error("")
        self._task = self.runner.run(
            op, name="import preview", on_success=self._previewed, on_failure=self._failed
        )
        self._update_buttons()
        return self._task

    def _failed(self, exc: BaseException) -> bool:
        self._task = None
        self.busy_label.setText("")
        self._update_buttons()
        if isinstance(exc, UserError):
            self._show_error(exc.message)
            return True
        return False

    # ------------------------------------------------------------------ showing the preview
    def _previewed(self, preview: Preview) -> None:
        self._task = None
        self.preview = preview
        self.sheet = preview.sheet
        self.roster_layout = preview.layout
        self.report = None
        self.busy_label.setText("")
        self._filling = True
        try:
            self.sheet_combo.clear()
            for name in preview.sheet.sheet_names or (preview.sheet.name,):
                self.sheet_combo.addItem(name)
            self.sheet_combo.setCurrentText(preview.sheet.name)
            self.sheet_combo.setEnabled(self.sheet_combo.count() > 1)
            if preview.layout is not None:
                self.header_spin.setValue(preview.layout.header_rows[0])
                self.header_levels.setCurrentIndex(len(preview.layout.header_rows) - 1)
            self._fill_mapping(preview)
        finally:
            self._filling = False
        self._show_titles(preview)
        rows = _preview_rows(preview)
        self.model.set_columns(preview_columns(preview.layout, preview.sheet.width), rows)
        size_columns(self.view, self.model.columns)
        self._filter()
        self._summarise(preview, rows)
        self._update_buttons()

    def _fill_mapping(self, preview: Preview) -> None:
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop; do not let it paint until then
                widget.deleteLater()
        self.mapping_combos.clear()
        layout = preview.layout
        if layout is None:
            return
        columns = sorted(set(layout.headers) | set(layout.columns))
        per_row = 4
        for i, c in enumerate(columns):
            label, combo = self._mapping_row(c, layout.headers.get(c, ""), layout.columns.get(c, IGNORE))
            self.mapping_combos[c] = combo
            r, k = divmod(i, per_row)
            self.mapping_grid.addWidget(label, r, 2 * k, Qt.AlignmentFlag.AlignRight)
            self.mapping_grid.addWidget(combo, r, 2 * k + 1)
        # show up to four rows of the mapping without scrolling (wide sheets scroll)
        rows = min(4, -(-len(columns) // per_row))
        row_height = max(c.sizeHint().height() for c in self.mapping_combos.values()) if columns else 0
        spacing = max(self.mapping_grid.verticalSpacing(), 0)
        self.mapping_area.setMinimumHeight(rows * (row_height + spacing) + 4)

    def _mapping_row(self, c: int, caption: str, field: str) -> tuple[QLabel, QComboBox]:
        """The label and field combo of sheet column ``c`` (0-based)."""
        short = leaf_caption(caption)
        label = QLabel(f"{col_letter(c)} 列“{short}”：" if short else f"{col_letter(c)} 列：")
        label.setToolTip(f"第 {col_letter(c)} 列，表头“{caption}”" if caption else f"第 {col_letter(c)} 列")
        combo = QComboBox()
        combo.addItem("（忽略）", IGNORE)
        for key, text in FIELD_LABELS.items():
            combo.addItem(text, key)
        combo.setCurrentIndex(max(combo.findData(field), 0))
        combo.currentIndexChanged.connect(lambda _i, col=c: self._mapping_changed(col))
        return label, combo

    def _mapping_changed(self, column: int) -> None:
        if self._filling:
            return
        field = self.mapping_combos[column].currentData()
        if field:
            # one field, one column: the column that had it is now ignored
            self._filling = True
            try:
                for c, combo in self.mapping_combos.items():
                    if c != column and combo.currentData() == field:
                        combo.setCurrentIndex(0)
            finally:
                self._filling = False
        self._revalidate_timer.start()

    def set_mapping(self, column: int, field: str) -> None:
        """Map a sheet column (0-based) to a field key, or ``""`` to ignore it, as the clerk would."""
        combo = self.mapping_combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def _show_titles(self, preview: Preview) -> None:
        layout = preview.layout
        parts: list[str] = []
        if layout is not None:
            for r in range(1, layout.header_rows[0]):
                texts = list(
                    dict.fromkeys(clean_text(v) for v in preview.sheet.rows[r - 1] if not is_blank(v))
                )
                if texts:
                    parts.append(f"第{r}行：{' '.join(texts)[:60]}")
            head = "、".join(str(r) for r in layout.header_rows)
            parts.append(f"表头：第 {head} 行")
            if layout.filled_by:
                parts.append(f"填报单位：{layout.filled_by}")
        self.title_label.setText("；".join(parts))
        notes = list(layout.notes) if layout else []
        if preview.layout_error:
            notes.insert(0, preview.layout_error + "。请指定表头所在的行。")
        self.layout_note.setText("\n".join(notes))
        self.layout_note.setStyleSheet(ERROR_STYLE if preview.layout_error else WARNING_STYLE)

    def _summarise(self, preview: Preview, rows: list[PreviewRow]) -> None:
        report = preview.report
        if report is None:
            self.summary_label.setText(preview.report_error or preview.layout_error or "")
            self.summary_label.setStyleSheet(ERROR_STYLE)
            return
        data = len(preview.layout.data_rows) if preview.layout else 0
        text = (
            f"数据 {data} 行：校验通过 {report.valid} 行，不合格 {len(report.rejected)} 行"
            + (f"，已在名单中或重复 {report.skipped} 行" if report.skipped else "")
            + (f"；提示 {len(report.warnings)} 条（见各行提示）" if report.warnings else "")
        )
        if len(rows) > PREVIEW_ROWS and not self.only_bad_check.isChecked():
            text += f"。下表显示前 {PREVIEW_ROWS} 行"
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(ERROR_STYLE if report.rejected else "")

    def _filter(self) -> None:
        only_bad = self.only_bad_check.isChecked()
        self.proxy.set_predicate((lambda p: p.bad) if only_bad else (lambda p: p.position < PREVIEW_ROWS))

    def preview_rows(self) -> list[PreviewRow]:
        """The rows the table shows now (after the 只看不合格 filter)."""
        return [self.proxy.row_at(i) for i in range(self.proxy.rowCount())]

    # ------------------------------------------------------------------ import
    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def _update_buttons(self) -> None:
        busy = self._task is not None and not self._task.done
        report = self.preview.report if self.preview else None
        ready = report is not None and report.valid > 0
        if ready and report is not None and report.rejected and not self.skip_invalid_check.isChecked():
            ready = False
            self.import_button.setToolTip(
                "有不合格的行：勾选“跳过不合格的行”只导入合格的行，或改正原表后重新选择文件"
            )
        else:
            self.import_button.setToolTip("")
        self.import_button.setEnabled(ready and not busy)
        self.annotate_button.setEnabled(report is not None and not busy)
        self.choose_button.setEnabled(not busy)

    def submit(self) -> TaskHandle | None:
        """Import for real with the previewed layout and the chosen options."""
        if (
            self.path is None
            or self.roster_layout is None
            or self.sheet is None
            or not self.import_button.isEnabled()
        ):
            return None
        path, batch_name, layout, sheet = self.path, self.batch_name, self.roster_layout, self.sheet.name
        create, skip = self.create_places_check.isChecked(), self.skip_invalid_check.isChecked()

        def op(ctx: Context) -> ImportReport:
            return import_roster(
                ctx, path, batch_name, sheet=sheet, create_places=create, skip_invalid=skip, layout=layout
            )

        self.busy_label.setText("正在导入…")
        self._show_error("")
        self._task = self.runner.run(
            op, name="import roster", write=True, on_success=self._imported, on_failure=self._failed
        )
        self._update_buttons()
        return self._task

    def _imported(self, report: ImportReport) -> None:
        self._task = None
        self.report = report
        self.busy_label.setText(f"已导入 {report.imported} 人")
        log.info("roster imported: %d rows, %d rejected", report.imported, len(report.rejected))
        self.accept()

    def save_annotated(self, out: str | Path | None = None) -> TaskHandle | None:
        """Save a copy of the workbook with each row's 校验结果 beside it."""
        if self.path is None or self.roster_layout is None or self.sheet is None:
            return None
        if out is None:
            chosen = self.ask_save_path(
                "另存校验结果", f"{self.path.stem}（校验结果）.xlsx", "Excel 工作簿 (*.xlsx)"
            )
            if not chosen:
                return None
            out = chosen
        target = Path(out)
        path, batch_name, layout, sheet = self.path, self.batch_name, self.roster_layout, self.sheet.name
        create = self.create_places_check.isChecked()

        def op(ctx: Context) -> Path:
            import_roster(
                ctx, path, batch_name, sheet=sheet, create_places=create, skip_invalid=True, dry_run=True,
                layout=layout, annotated_out=target,
            )  # fmt: skip
            return target

        def done(saved: Path) -> None:
            self._task = None
            self.busy_label.setText(f"已保存校验结果：{saved.name}")
            self._update_buttons()

        self.busy_label.setText("正在保存校验结果…")
        self._task = self.runner.run(op, name="annotate roster", on_success=done, on_failure=self._failed)
        self._update_buttons()
        return self._task
