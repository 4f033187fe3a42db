"""测评票录入 tab of the 考核 page: a keyboard-driven tally of returned ballots, voiding, the import from a
workbook, the typing template, and the progress per place.

The tally is typed, not clicked: the serial, Enter (the service refuses an unknown, void, already tallied or
decided ballot at once, its message shown inline); then one key per cadre in printed order (1/Y 优秀,
2/C 称职, 3/J 基本称职, 4/B 不称职, 0 nothing ticked, 9 several ticked; Backspace goes back); Enter saves
the ballot (``ballots.tally_ballot``) and the serial box is ready for the next one; Esc drops it.
Layout: forms/ballot_tally.ui.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from cadredesk.core.evaluation import mark_text
from cadredesk.errors import UserError
from cadredesk.services import ballots
from cadredesk.services.ballots import (
    BallotView,
    PlaceProgress,
    TallyImportReport,
    TallyResult,
    TallySheetResult,
)
from cadredesk.services.context import Context
from cadredesk.ui.forms.ui_ballot_tally import Ui_BallotTallyTab
from cadredesk.ui.list_export import ask_save, export_view
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.roster_output import safe_file_name
from cadredesk.ui.table import Table, select_row
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_COLOR, OK_COLOR, WARNING_COLOR

if TYPE_CHECKING:
    from cadredesk.services.evaluation_view import EvaluationPage

#: key → the token the service reads (1–4 a grade, 0 nothing ticked, 9 several)
KEYS: dict[int, str] = {
    Qt.Key.Key_1: "1", Qt.Key.Key_Y: "1",
    Qt.Key.Key_2: "2", Qt.Key.Key_C: "2",
    Qt.Key.Key_3: "3", Qt.Key.Key_J: "3",
    Qt.Key.Key_4: "4", Qt.Key.Key_B: "4",
    Qt.Key.Key_0: "0", Qt.Key.Key_9: "9",
}  # fmt: skip
#: a typed token → the stored form ``mark_text`` reads
STORED = {"1": "1", "2": "2", "3": "3", "4": "4", "0": "", "9": "*"}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class EntryLine:
    """One cadre on the ballot being typed; ``token`` None until a key is pressed for them."""

    position: int
    name: str
    role: str
    token: str | None
    current: bool

    @property
    def text(self) -> str:
        return "" if self.token is None else mark_text(STORED[self.token])


def _choice_color(line: EntryLine) -> QColor | None:
    if line.token is None:
        return None
    return OK_COLOR if line.token in "1234" else WARNING_COLOR


LINE_COLUMNS: list[Column[EntryLine]] = [
    Column("position", "序号", lambda x: str(x.position), lambda x: x.position, align_center=True, width=3),
    Column("name", "姓名", lambda x: x.name, width=6),
    Column("role", "身份", lambda x: x.role, width=5),
    Column("choice", "选择", lambda x: x.text, foreground=_choice_color, width=10),
]


def _valid_min(p: PlaceProgress) -> int | None:
    return min((c.tally.votes.valid for c in p.cadres), default=None)


def _enough(p: PlaceProgress) -> bool:
    return bool(p.cadres) and all(c.enough for c in p.cadres)


def _progress_color(p: PlaceProgress) -> QColor | None:
    if not p.returned:
        return None
    return OK_COLOR if _enough(p) else ERROR_COLOR


def _cadres_tip(p: PlaceProgress) -> str:
    return "\n".join(
        f"{c.name}（{c.role}）：有效 {c.tally.votes.valid} 票（{c.tally.votes.text()}），无效 {c.tally.invalid}"
        for c in p.cadres
    )


def progress_columns(minimum: Callable[[], int]) -> list[Column[PlaceProgress]]:
    return [
        Column("place", "派驻点", lambda p: p.place, tooltip=_cadres_tip, width=12),
        Column("issued", "印制", lambda p: str(p.issued), lambda p: p.issued, align_center=True, width=3),
        Column("returned", "收回", lambda p: str(p.returned), lambda p: p.returned, align_center=True, width=3),
        Column("void", "作废", lambda p: str(p.void), lambda p: p.void, align_center=True, width=3),
        Column(
            "valid", "最少有效票", lambda p: "" if _valid_min(p) is None else str(_valid_min(p)), _valid_min,
            tooltip=_cadres_tip, align_center=True, width=5,
        ),
        Column(
            "enough", "是否达到最少票数",
            lambda p: (f"已达到 {minimum()} 张" if _enough(p) else f"不足 {minimum()} 张") if p.returned else "尚未收回",
            lambda p: (p.returned > 0, _enough(p)), foreground=_progress_color, width=7,
        ),
    ]  # fmt: skip


def ask_open(parent: QWidget, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


class BallotTallyTab(QWidget):
    """Emits ``changed`` after a ballot is saved, voided or imported (the evaluation list is stale then)."""

    changed = Signal()

    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.notifier = runner, notifier
        self.ui = Ui_BallotTallyTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.data: EvaluationPage | None = None
        self.ballot: BallotView | None = None
        self.tokens: list[str | None] = []
        self.at = 0
        self.ask_save_path: Callable[[QWidget, str, str, str], str | None] = ask_save
        self.ask_open_path: Callable[[QWidget, str, str], str | None] = ask_open
        self.lines = Table(ui.linesView, LINE_COLUMNS, self, sortable=False, stretch="choice")
        self.progress_columns = progress_columns(lambda: self.minimum)
        self.progress = Table(ui.progressView, self.progress_columns, self, stretch="place")
        for text in ("（未注明）", *ballots.VOTER_KINDS):
            ui.voterCombo.addItem(text, None if text.startswith("（") else text)
        ui.errorLabel.hide()
        ui.linesView.installEventFilter(self)
        ui.linesView.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        ui.serialEdit.returnPressed.connect(self.open_serial)
        ui.saveButton.clicked.connect(self.save)
        ui.clearButton.clicked.connect(self.clear)
        ui.voidButton.clicked.connect(self.void)
        ui.voidSerialEdit.textChanged.connect(lambda _t: self._void_enabled())
        ui.voidReasonEdit.textChanged.connect(lambda _t: self._void_enabled())
        ui.importButton.clicked.connect(self.import_workbook)
        ui.templateButton.clicked.connect(self.download_template)
        ui.progressExportButton.clicked.connect(self.export_progress)
        ui.correctCheck.toggled.connect(lambda _on: self.clear())
        self._show_lines()

    @property
    def minimum(self) -> int:
        return self.data.params.min_valid_ballots if self.data is not None and self.data.params else 10

    # ------------------------------------------------------------------ the batch and its progress
    def set_batch(self, data: EvaluationPage) -> None:
        self.data = data
        self.reload_progress()

    def reload_progress(self) -> TaskHandle | None:
        data = self.data
        if data is None or not data.batch:
            return None
        batch, kind, year = data.batch, data.kind, data.year

        def op(ctx: Context) -> list[PlaceProgress]:
            return ballots.ballot_progress(ctx, batch, kind, year)

        return self.runner.run(op, name="读取测评票收回情况", on_success=self._show_progress)

    def _show_progress(self, rows: list[PlaceProgress]) -> None:
        self.progress.model.set_rows(rows)
        if not rows:
            self.ui.progressHint.setText(
                "本次考核尚未印制测评票。可在“考核名单”中点“生成 PDF”→“民主测评票”，印制时每张票编号即记入本系统。"
            )
            return
        returned = sum(p.returned for p in rows)
        issued = sum(p.issued for p in rows)
        short = sum(1 for p in rows if p.returned and not _enough(p))
        self.ui.progressHint.setText(
            f"{len(rows)} 个派驻点共印制 {issued} 张，已收回录入 {returned} 张；每名干部至少需 {self.minimum} 张有效票，"
            f"已收回但不足的派驻点 {short} 个（鼠标停在一行上可看每人的票数）。"
        )

    # ------------------------------------------------------------------ typing a ballot
    def focus_serial(self) -> None:
        self.ui.serialEdit.setFocus()
        self.ui.serialEdit.selectAll()

    def open_serial(self) -> TaskHandle | None:
        serial = self.ui.serialEdit.text().strip()
        if not serial:
            return None
        correct = self.ui.correctCheck.isChecked()

        def op(ctx: Context) -> BallotView:
            return ballots.ballot_for_entry(ctx, serial, correct)

        self.show_error("")
        return self.runner.run(op, name="读取测评票", on_success=self._opened, on_failure=self._refused)

    def _opened(self, view: BallotView) -> None:
        self.ballot = view
        correct = self.ui.correctCheck.isChecked()
        self.tokens = [self._token_of(ln.marks) if correct else None for ln in view.lines]
        self.at = 0
        index = self.ui.voterCombo.findData(view.voter_kind or None) if correct else 0
        self.ui.voterCombo.setCurrentIndex(max(index, 0))
        self.ui.placeLabel.setText(
            f"<b>{view.printed}</b>　{view.place}　{view.evaluation}　共 {len(view.lines)} 名干部"
            + ("（更正：原录入已列出，逐人重新按键）" if correct else "")
        )
        self._show_lines()
        self.ui.linesView.setFocus()

    @staticmethod
    def _token_of(marks: str | None) -> str | None:
        if marks is None:
            return None
        if marks == "":
            return "0"
        return marks if len(marks) == 1 else "9"

    def _refused(self, exc: BaseException) -> bool:
        if isinstance(exc, UserError):
            self.show_error(exc.message)
            self.focus_serial()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.linesView and event.type() == QEvent.Type.KeyPress and self.ballot is not None:
            assert isinstance(event, QKeyEvent)
            return self.key(Qt.Key(event.key()))
        return super().eventFilter(watched, event)

    def key(self, key: Qt.Key) -> bool:
        """One key on the ballot being typed; True when it was used."""
        if self.ballot is None:
            return False
        if key in KEYS and self.at < len(self.tokens):
            self.tokens[self.at] = KEYS[key]
            self.at += 1
        elif key == Qt.Key.Key_Backspace:
            self.at = max(0, self.at - 1)
            self.tokens[self.at] = None
        elif key in ENTER_KEYS:
            self.save()
            return True
        elif key == Qt.Key.Key_Escape:
            self.clear()
            return True
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            self.at = min(max(0, self.at + step), len(self.tokens) - 1)
        else:
            return key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        self.show_error("")
        self._show_lines()
        return True

    def _show_lines(self) -> None:
        view = self.ballot
        rows = (
            [
                EntryLine(ln.position, ln.name, ln.role, tok, k == self.at)
                for k, (ln, tok) in enumerate(zip(view.lines, self.tokens, strict=True))
            ]
            if view is not None
            else []
        )
        self.lines.model.set_rows(rows)
        if rows:
            select_row(self.ui.linesView, lambda x: x.current)
        self.ui.saveButton.setEnabled(view is not None and all(t is not None for t in self.tokens))

    def save(self) -> TaskHandle | None:
        view = self.ballot
        if view is None:
            return None
        missing = [ln.name for ln, t in zip(view.lines, self.tokens, strict=True) if t is None]
        if missing:
            self.show_error(f"还有 {len(missing)} 人未录入选择：{'、'.join(missing)}")
            return None
        marks = [t or "0" for t in self.tokens]
        voter = self.ui.voterCombo.currentData()
        correct = self.ui.correctCheck.isChecked()
        serial = view.printed

        def op(ctx: Context) -> TallyResult:
            return ballots.tally_ballot(ctx, serial, marks, voter, correct)

        return self.runner.run(
            op, name="录入测评票", write=True, on_success=self._saved, on_failure=self._save_failed
        )

    def _saved(self, result: TallyResult) -> None:
        v = result.ballot
        what = "，".join(f"{ln.name} {ln.text}" for ln in v.lines)
        self.ui.lastLabel.setText(
            f"已保存 {v.printed}（{v.place}）：{what}。本村已收回 {result.place_returned}/{result.place_issued} 张。"
        )
        self.ui.correctCheck.blockSignals(True)
        self.ui.correctCheck.setChecked(False)
        self.ui.correctCheck.blockSignals(False)
        self.clear()
        self.reload_progress()
        self.changed.emit()

    def _save_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, UserError):
            self.show_error(exc.message)
            return True
        return False

    def clear(self) -> None:
        """Drop the ballot being typed; the serial box is ready for the next one."""
        self.ballot = None
        self.tokens = []
        self.at = 0
        self.ui.placeLabel.clear()
        self.ui.serialEdit.clear()
        self.show_error("")
        self._show_lines()
        self.focus_serial()

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def error(self) -> str:
        return self.ui.errorLabel.text() if not self.ui.errorLabel.isHidden() else ""

    # ------------------------------------------------------------------ voiding
    def _void_enabled(self) -> None:
        ui = self.ui
        ui.voidButton.setEnabled(bool(ui.voidSerialEdit.text().strip() and ui.voidReasonEdit.text().strip()))

    def void(self) -> TaskHandle | None:
        serial, reason = self.ui.voidSerialEdit.text().strip(), self.ui.voidReasonEdit.text().strip()
        if not serial or not reason:
            return None

        def op(ctx: Context) -> BallotView:
            return ballots.void_ballot(ctx, serial, reason)

        def done(view: BallotView) -> None:
            self.ui.voidSerialEdit.clear()
            self.ui.voidReasonEdit.clear()
            self.ui.lastLabel.setText(f"已作废 {view.printed}（{view.place}）：{view.void_reason}")
            self.reload_progress()
            self.changed.emit()

        return self.runner.run(
            op, name="作废测评票", write=True, on_success=done, on_failure=self._save_failed
        )

    # ------------------------------------------------------------------ import, template, export
    def import_workbook(self) -> TaskHandle | None:
        chosen = self.ask_open_path(self, "导入测评票录入表", "Excel 工作簿 (*.xlsx *.xls)")
        if not chosen:
            return None
        path = Path(chosen)

        def check(ctx: Context) -> TallyImportReport:
            return ballots.import_tallies(ctx, path, skip_invalid=True, dry_run=True)

        def checked(report: TallyImportReport) -> None:
            self._confirm_import(path, report)

        return self.runner.run(check, name="检查测评票录入表", on_success=checked)

    def _confirm_import(self, path: Path, report: TallyImportReport) -> TaskHandle | None:
        if not report.imported:
            reasons = "\n".join(f"第 {r['row']} 行：{r['reason']}" for r in report.rejected[:10])
            self.notifier.warning(
                f"“{path.name}”中没有可录入的测评票。\n{reasons}", title="导入测评票", parent=self
            )
            return None
        text = f"“{path.name}”中可录入 {report.imported} 张测评票。"
        if report.rejected:
            shown = report.rejected[:10]
            text += f"\n\n以下 {len(report.rejected)} 行有错误，将跳过：\n" + "\n".join(
                f"第 {r['row']} 行（{r['serial']}）：{r['reason']}" for r in shown
            )
            if len(report.rejected) > len(shown):
                text += "\n……"
        if report.warnings:
            text += "\n\n提示：\n" + "\n".join(
                f"第 {w['row']} 行：{w['message']}" for w in report.warnings[:5]
            )
        text += "\n\n现在导入吗？" if not report.rejected else "\n\n只导入正确的行吗？"
        if not self.notifier.confirm(text, title="导入测评票", parent=self):
            return None
        skip = bool(report.rejected)

        def op(ctx: Context) -> TallyImportReport:
            return ballots.import_tallies(ctx, path, skip_invalid=skip)

        def done(result: TallyImportReport) -> None:
            self.ui.lastLabel.setText(
                f"已从“{path.name}”导入 {result.imported} 张测评票，跳过 {len(result.rejected)} 行。"
            )
            self.reload_progress()
            self.changed.emit()

        return self.runner.run(op, name="导入测评票", write=True, on_success=done)

    def download_template(self) -> TaskHandle | None:
        data = self.data
        if data is None or not data.batch:
            return None
        suggested = safe_file_name(f"{data.batch}民主测评票录入表") + ".xlsx"
        chosen = self.ask_save_path(self, "下载测评票录入表", suggested, "Excel 工作簿 (*.xlsx)")
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")
        batch, kind, year = data.batch, data.kind, data.year

        def op(ctx: Context) -> TallySheetResult:
            return ballots.export_tally_sheet(ctx, out, batch, kind, year)

        def done(result: TallySheetResult) -> None:
            self.ui.lastLabel.setText(f"录入表已保存（{result.ballots} 张待录入的票）：{result.path}")

        return self.runner.run(op, name="生成测评票录入表", write=True, on_success=done)

    def export_progress(self) -> TaskHandle | None:
        title = f"{self.data.batch}测评票收回情况" if self.data else "测评票收回情况"
        return export_view(
            self, self.runner, self.notifier, self.ui.progressView, self.progress_columns, title
        )

    def shown(self) -> list[Any]:
        return self.lines.model.rows()


__all__ = ["KEYS", "BallotTallyTab", "EntryLine"]
