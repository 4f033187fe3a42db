"""考核 page: the evaluations of a batch (期满考核, each year's 年度考核), the ballot tally, the registers.

Tabs: 考核名单 (this module: the list with its filters; 录入评价 opens ``EvaluationDialog``; 按规则确定等次;
考核参数; 导出 Excel; 生成 PDF), 测评票录入 (``evaluation_tally.BallotTallyTab``) and 名册
(``evaluation_registers.RegistersTab``). PDFs are written by ``evaluation_output.EvaluationOutput``.
Layouts: forms/evaluation_page.ui, forms/ballot_tally.ui, forms/registers_tab.ui.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMenu, QWidget

from cadredesk.core.enums import Grade
from cadredesk.core.evaluation import share_text
from cadredesk.core.search import person_matches
from cadredesk.services import evaluation
from cadredesk.services.context import Context
from cadredesk.services.evaluation import DecideReport, EvaluationRow
from cadredesk.services.evaluation_view import EvaluationLine, load_evaluation_page
from cadredesk.services.evaluation_view import EvaluationPage as PageData
from cadredesk.ui.evaluation_dialog import EvaluationDialog, EvaluationParamsDialog
from cadredesk.ui.forms.ui_evaluation_page import Ui_EvaluationPage
from cadredesk.ui.list_export import export_view
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.base import BasePage
from cadredesk.ui.pages.evaluation_output import EvaluationOutput, Output
from cadredesk.ui.pages.evaluation_registers import RegistersTab
from cadredesk.ui.pages.evaluation_tally import BallotTallyTab
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_COLOR, OK_COLOR, WARNING_COLOR
from cadredesk.ui.widgets import debounced_search, fill_combo

log = logging.getLogger("cadredesk.ui")

#: the 情况 filter: label → predicate key
STATES = (
    ("全部", None),
    ("尚缺评价内容", "missing"),
    ("待确定等次", "ready"),
    ("已确定等次", "decided"),
    *((f"确定为{g.value}", g.value) for g in Grade),
    ("不予提拔使用", "barred"),
)


def democratic_text(r: EvaluationRow) -> str:
    if r.votes is not None:
        valid = r.votes.valid
        if r.democratic is None:
            return f"票数不足（{valid} 票）"
        return f"{r.democratic:.1f}（{valid} 票）"
    return f"{r.democratic:.1f}" if r.democratic is not None else ""


def democratic_tip(r: EvaluationRow) -> str | None:
    if r.votes is None:
        return f"民主测评得分（{r.democratic_source}）" if r.democratic is not None else None
    return f"{r.votes.text()}（{r.democratic_source or '录入'}）"


def consequence_text(r: EvaluationRow) -> str:
    """Short in the list (the whole sentence in the tooltip): 优先选拔使用 / 不予提拔使用至 2029-12-04."""
    if r.barred_until is not None:
        return f"不予提拔使用至 {r.barred_until:%Y-%m-%d}"
    return "优先选拔使用" if r.consequence else ""


def consequence_tip(r: EvaluationRow) -> str | None:
    if r.barred_until is not None:
        return f"{r.consequence}（{r.decided_on:%Y-%m-%d} 确定，至 {r.barred_until:%Y-%m-%d}）"
    return r.consequence or None


def grade_color(grade: str) -> QColor | None:
    if grade == Grade.EXCELLENT.value:
        return OK_COLOR
    if grade in (Grade.INCOMPETENT.value, Grade.BASIC.value):
        return ERROR_COLOR if grade == Grade.INCOMPETENT.value else WARNING_COLOR
    return None


def _dec(x: Decimal | None) -> str:
    return f"{x:.1f}" if x is not None else ""


def _part(r: EvaluationRow, key: str) -> str:
    return str(getattr(r, f"{key}_part"))


COLUMNS: list[Column[EvaluationLine]] = [
    Column(
        "place", "派驻点", lambda x: f"{x.row.township}{x.row.place}", lambda x: x.order,
        tooltip=lambda x: f"{x.row.township}{x.row.place}", width=9,
    ),
    Column("name", "姓名", lambda x: x.row.name, width=4),
    Column("role", "身份", lambda x: x.row.role, width=4),
    Column("unit", "派出单位", lambda x: x.row.unit, tooltip=lambda x: x.row.unit or None, width=6),
    Column("unit_part", "单位评价", lambda x: _part(x.row, "unit"), align_center=True, width=4),
    Column("org_part", "组织部评价", lambda x: _part(x.row, "org"), align_center=True, width=4),
    Column("township_part", "乡镇评价", lambda x: _part(x.row, "township"), align_center=True, width=4),
    Column(
        "democratic", "民主测评", lambda x: democratic_text(x.row), lambda x: x.row.democratic,
        tooltip=lambda x: democratic_tip(x.row), width="88.8（28 票）",
    ),
    Column("total", "综合得分", lambda x: _dec(x.row.total), lambda x: x.row.total, align_center=True, width=4),
    Column(
        "proposed", "规则等次", lambda x: x.row.proposed, foreground=lambda x: grade_color(x.row.proposed),
        tooltip=lambda x: ("尚缺" + "、".join(x.row.missing)) if x.row.missing else None, align_center=True, width=4,
    ),
    Column(
        "grade", "确定等次", lambda x: x.row.grade, foreground=lambda x: grade_color(x.row.grade),
        tooltip=lambda x: x.row.note or None, align_center=True, width=4,
    ),
    Column("consequence", "结果运用", lambda x: consequence_text(x.row), tooltip=lambda x: consequence_tip(x.row),
           foreground=lambda x: ERROR_COLOR if x.row.barred_until else None, width="不予提拔使用至 2029-12-04"),
    Column("missing", "尚缺", lambda x: "、".join(x.row.missing), foreground=lambda x: WARNING_COLOR, width=8),
]  # fmt: skip


def accepts_state(state: str | None, r: EvaluationRow) -> bool:
    if state is None:
        return True
    if state == "missing":
        return bool(r.missing) and not r.grade
    if state == "ready":
        return not r.missing and not r.grade
    if state == "decided":
        return bool(r.grade)
    if state == "barred":
        return r.barred_until is not None
    return r.grade == state


class EvaluationPage(BasePage[EvaluationLine]):
    """Emits ``loaded(rows)`` after each (re)load; loads each time it is shown."""

    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(runner, notifier, parent)
        self.ui = Ui_EvaluationPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.data: PageData | None = None
        self._stale = False
        self.init_table(ui.view, COLUMNS, on_activate=lambda _x: self.open_selected())
        self.bind(status=ui.statusLabel, batch_combo=ui.batchCombo)
        fill_combo(ui.stateCombo, STATES)
        fill_combo(ui.townshipCombo, [], all_text="全部乡镇")
        self.tally = BallotTallyTab(runner, notifier, self)
        self.registers = RegistersTab(runner, notifier, self)
        ui.tabs.addTab(self.tally, "测评票录入")
        ui.tabs.addTab(self.registers, "名册")
        self.output = EvaluationOutput(
            self, runner, notifier, bar=ui.progressBar, cancel=ui.cancelButton, status=ui.statusLabel,
            batch_name=lambda: self.data.batch if self.data else "",
        )  # fmt: skip
        self.print_menu = QMenu(self)
        ui.printButton.setMenu(self.print_menu)
        self._fill_print_menu()
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        self._search_timer = debounced_search(ui.searchEdit, self.apply_filter, self)
        ui.townshipCombo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        ui.stateCombo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        ui.evaluationCombo.activated.connect(lambda _i: self.reload())
        ui.refreshButton.clicked.connect(lambda: self.reload())
        ui.openButton.clicked.connect(self.open_selected)
        ui.decideAllButton.clicked.connect(self.decide_all)
        ui.paramsButton.clicked.connect(self.open_params)
        ui.exportButton.clicked.connect(self.export)
        ui.tabs.currentChanged.connect(self._tab_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.print_menu.aboutToShow.connect(self._fill_print_menu)
        self.tally.changed.connect(self._tallied)
        self.output.written.connect(self._written)

    # ------------------------------------------------------------------ loading
    def chosen_evaluation(self) -> tuple[str, int | None]:
        data = self.ui.evaluationCombo.currentData()
        if isinstance(data, tuple):
            return data[0], data[1]
        return evaluation.TERM_END, None

    def load_operation(self, batch: int | None) -> Callable[[Context], PageData]:
        kind, year = self.chosen_evaluation()
        if self.data is not None and batch != self.data.batch_id:
            kind, year = evaluation.TERM_END, None  # another batch: its 期满考核 first
        return lambda ctx: load_evaluation_page(ctx, batch, kind, year)

    def shown_batch(self) -> int | None:
        return self.data.batch_id if self.data is not None else None

    def show_data(self, data: PageData) -> int:
        self.data = data
        ui = self.ui
        assert self.batch_combo is not None
        fill_combo(self.batch_combo, data.batches or [("（尚无批次）", None)])
        self.batch_combo.blockSignals(True)
        self.batch_combo.setCurrentIndex(max(self.batch_combo.findData(data.batch_id), 0))
        self.batch_combo.blockSignals(False)
        fill_combo(ui.evaluationCombo, [(c.label, (c.kind, c.year)) for c in data.choices])
        ui.evaluationCombo.blockSignals(True)
        ui.evaluationCombo.setCurrentIndex(max(ui.evaluationCombo.findData((data.kind, data.year)), 0))
        ui.evaluationCombo.blockSignals(False)
        townships = sorted({x.row.township for x in data.lines if x.row.township}, key=self._township_order)
        fill_combo(ui.townshipCombo, [(t, t) for t in townships], all_text="全部乡镇")
        self.model.set_rows(data.lines)
        self.apply_filter()
        for button in (ui.decideAllButton, ui.paramsButton, ui.exportButton, ui.printButton):
            button.setEnabled(data.batch_id is not None)
        self.tally.set_batch(data)
        self.registers.ensure_loaded()
        self._selection_changed()
        return len(data.lines)

    def _township_order(self, name: str) -> int:
        assert self.data is not None
        return next(k for k, x in enumerate(self.data.lines) if x.row.township == name)

    def _tallied(self) -> None:
        self._stale = True  # the democratic parts changed: the list is read again when shown

    def _tab_changed(self, index: int) -> None:
        widget = self.ui.tabs.widget(index)
        if widget is self.tally:
            self.tally.focus_serial()
        elif widget is self.ui.listTab and self._stale:
            self._stale = False
            self.reload()

    # ------------------------------------------------------------------ filters and status
    def apply_filter(self) -> None:
        self._search_timer.stop()
        ui = self.ui
        query = ui.searchEdit.text().strip()
        township = ui.townshipCombo.currentData()
        state = ui.stateCombo.currentData()

        def accepts(x: EvaluationLine) -> bool:
            r = x.row
            if township is not None and r.township != township:
                return False
            if not accepts_state(state, r):
                return False
            return not query or person_matches(
                query, r.name, x.initials, r.id_number, r.place, r.township, r.unit
            )

        active = township is not None or state is not None or bool(query)
        self.proxy.set_predicate(accepts if active else None)
        self._update_status()

    def _update_status(self) -> None:
        data = self.data
        if data is None or data.batch_id is None:
            self.show_status("尚无批次。请先在“选派名单”页新建批次。")
            return
        lines = [x.row for x in data.lines]
        if not lines:
            self.show_status(f"“{data.batch}”没有需要{self.ui.evaluationCombo.currentText()}的干部。")
            return
        decided = sum(1 for r in lines if r.grade)
        ready = sum(1 for r in lines if not r.grade and not r.missing)
        shown = self.proxy.rowCount()
        prefix = f"显示 {shown} 人；" if shown != len(lines) else ""
        due = "" if data.batch_ended or data.kind != evaluation.TERM_END else "（批次尚未期满）"
        assert data.params is not None
        share = share_text(data.params.excellent_ceiling)
        self.show_status(
            f"{prefix}参加考核 {len(lines)} 人{due}，已确定等次 {decided} 人，可确定 {ready} 人，"
            f"尚缺评价内容 {len(lines) - decided - ready} 人；优秀 {data.excellent_decided} 人"
            f"（按{share}最多 {data.excellent_limit} 人）"
        )

    def _selection_changed(self) -> None:
        self.ui.openButton.setEnabled(self.selected() is not None)

    # ------------------------------------------------------------------ actions
    def open_selected(self) -> EvaluationDialog | None:
        line = self.selected()
        if line is None:
            return None
        return self.open_evaluation(line.row)

    def open_evaluation(self, r: EvaluationRow) -> EvaluationDialog:
        target = evaluation.EvaluationTarget(r.dispatch_id, r.kind, r.year)
        dialog = EvaluationDialog(self.runner, target, self)
        self.show_dialog(dialog)
        dialog.changed.connect(lambda: self.reload(select=r.dispatch_id))
        return dialog

    def open_params(self) -> EvaluationParamsDialog | None:
        if self.data is None or not self.data.batch:
            return None
        dialog = EvaluationParamsDialog(self.runner, self.data.batch, self)
        self.show_dialog(dialog, lambda: self.reload())
        return dialog

    def decide_all(self) -> TaskHandle | None:
        data = self.data
        if data is None or not data.batch:
            return None
        label = self.ui.evaluationCombo.currentText()
        if not self.notifier.confirm(
            f"按规则确定“{data.batch}”{label}中所有内容完整、尚未确定的等次？\n"
            "优秀按比例上限和综合得分名次确定，超出比例的确定为称职；名次并列的留待逐人确定。",
            title="按规则确定等次",
            parent=self,
        ):
            return None
        batch, kind, year = data.batch, data.kind, data.year

        def op(ctx: Context) -> DecideReport:
            return evaluation.decide_all(ctx, batch, kind, year)

        return self.runner.run(op, name="按规则确定等次", on_success=self._decided_all, write=True)

    def _decided_all(self, report: DecideReport) -> None:
        lines = [
            f"已确定 {len(report.decided)} 人（优秀最多 {report.limit} 人，参加考核 {report.population} 人）。"
        ]
        if report.downgraded:
            lines.append("超出优秀比例、确定为称职：" + "、".join(report.downgraded))
        if report.tied:
            lines.append("名次并列、留待逐人确定：" + "、".join(report.tied))
        if report.incomplete:
            shown = report.incomplete[:12]
            more = f"等 {len(report.incomplete)} 人" if len(report.incomplete) > len(shown) else ""
            lines.append("内容不全、未确定：" + "；".join(shown) + more)
        self.notifier.info("\n".join(lines), title="按规则确定等次", parent=self)
        self.reload()

    def export(self) -> TaskHandle | None:
        title = f"{self.data.batch}{self.ui.evaluationCombo.currentText()}" if self.data else "考核名单"
        return export_view(self, self.runner, self.notifier, self.view, COLUMNS, title)

    # ------------------------------------------------------------------ PDFs
    def outputs(self) -> list[tuple[str, Output | None]]:
        """The 生成 PDF menu: (text, output) — None for a separator."""
        r = self.selected().row if self.selected() is not None else None  # type: ignore[union-attr]
        out: list[tuple[str, Output | None]] = []
        if r is not None:
            out.append(
                (f"期满考核登记表（{r.name}）…", Output("evaluation", "期满考核登记表", r.id_number, r.name))
            )
        out.append(("期满考核登记表（全批）…", Output("evaluation", "期满考核登记表")))
        out.append(("", None))
        if r is not None:
            out.append(
                (
                    f"基层工作经历证明（{r.name}）…",
                    Output("experience", "基层工作经历证明", r.id_number, r.name),
                )
            )
        out.append(("基层工作经历证明（全批）…", Output("experience", "基层工作经历证明")))
        out.append(("", None))
        if r is not None and r.place:
            where = f"{r.township}{r.place}"
            out.append((f"民主测评票（{where}）…", Output("ballots", "民主测评票", who=where, place=where)))
        out.append(("民主测评票（全部派驻点）…", Output("ballots", "民主测评票")))
        return out

    def _fill_print_menu(self) -> None:
        self.print_menu.clear()
        for text, output in self.outputs():
            if output is None:
                self.print_menu.addSeparator()
                continue
            action = self.print_menu.addAction(text)
            action.triggered.connect(lambda _c=False, o=output: self.make_pdf(o))
        self.ui.printButton.setEnabled(
            not self.output.busy and self.data is not None and bool(self.data.batch)
        )

    def make_pdf(self, output: Output) -> TaskHandle | None:
        return self.output.start(output)

    def _written(self, kind: str) -> None:
        if kind == "ballots":  # new serials were recorded
            self.tally.reload_progress()


__all__ = ["COLUMNS", "EvaluationPage"]
