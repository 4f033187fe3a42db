"""培训 page: the batch's classes and courses, the attendance grid, each cadre's completion, the rule.

Layout: forms/training_page.ui — three tabs (培训班与课程, 考勤登记, 完成情况) under the batch combo and
the batch's completion rule (必修课 or 学时 with its hours, and whether 在岗 needs the training). The
grid is in ``training_grid``; the dialogs in ``training_dialogs``; the sign-in sheet import uses
``ui/sheet_import`` over ``services.training_import``'s dry run. Everything reads and writes through
``services.training`` off the GUI thread; every write reloads the page (the grid in place).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from cadredesk.core.enums import TrainingRule
from cadredesk.core.names import initials_index
from cadredesk.core.search import person_matches
from cadredesk.services import batches, training, training_import
from cadredesk.services.batches import BatchRow
from cadredesk.services.context import Context
from cadredesk.services.printing import PrintRequest
from cadredesk.services.training import CompletionRow, CourseRow, Grid, GridRow, MarkChange, SessionRow
from cadredesk.services.training_print import print_signin
from cadredesk.ui import list_export
from cadredesk.ui.forms.ui_training_page import Ui_TrainingPage
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.batch_page import BatchAreaPage
from cadredesk.ui.pages.page_output import PdfOutput
from cadredesk.ui.pages.training_dialogs import CourseDialog, EnrolDialog, SessionDialog
from cadredesk.ui.pages.training_grid import GridModel, MarkDelegate, MarkKeys, course_id_of, read_mark
from cadredesk.ui.sheet_import import PreviewLine, SheetImportDialog, SheetPreview, lines_from_notes
from cadredesk.ui.table import Table, current, setup_table, size_columns
from cadredesk.ui.table_model import Column, FilterProxy
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_COLOR, MUTED_COLOR, OK_COLOR
from cadredesk.ui.widgets import debounced_search, fill_combo

log = logging.getLogger("cadredesk.ui")

RULE_TEXTS = ((TrainingRule.REQUIRED_COURSES.value, "全部必修课"), (TrainingRule.HOURS.value, "累计学时"))


def _num(value: Any) -> str:
    return f"{value.normalize():f}" if value is not None else ""


SESSION_COLUMNS: list[Column[SessionRow]] = [
    Column("name", "培训班", lambda s: s.name, tooltip=lambda s: s.name, width=20),
    Column("dates", "培训时间", lambda s: s.dates, lambda s: s.start, width="2025-11-10 至 2025-11-12"),
    Column("location", "地点", lambda s: s.location, width=6),
    Column("organizer", "主办单位", lambda s: s.organizer, width=6),
    Column("courses", "课程", lambda s: f"{s.courses} 门", lambda s: s.courses, align_center=True, width=3),
    Column("hours", "学时", lambda s: _num(s.hours), lambda s: s.hours, align_center=True, width=3),
    Column("trainees", "学员", lambda s: f"{s.trainees} 人", lambda s: s.trainees, align_center=True, width=4),
    Column(
        "complete", "已完成", lambda s: f"{s.complete} 人", lambda s: s.complete, align_center=True,
        foreground=lambda s: OK_COLOR if s.trainees and s.complete == s.trainees else None, width=4,
    ),
]  # fmt: skip


def _count(mark: str) -> Callable[[CourseRow], str]:
    return lambda c: str(c.counts.get(mark, 0))


def _counted(mark: str) -> Callable[[CourseRow], int]:
    return lambda c: c.counts.get(mark, 0)


COURSE_COLUMNS: list[Column[CourseRow]] = [
    Column("day", "上课日期", lambda c: f"{c.day:%Y-%m-%d}", lambda c: c.day, width="2025-11-10"),
    Column("title", "课程名称", lambda c: c.title, tooltip=lambda c: c.title, width=18),
    Column("lecturer", "授课人", lambda c: c.lecturer, tooltip=lambda c: c.lecturer or None, width=13),
    Column("topic", "专题", lambda c: c.topic, width=4),
    Column("hours", "学时", lambda c: _num(c.hours), lambda c: c.hours, align_center=True, width=2),
    Column("kind", "类别", lambda c: c.kind, align_center=True, width=2),
    *(
        Column(m, m, _count(m), _counted(m), align_center=True, width=2)
        for m in training.MARKS
    ),
    Column(
        "unmarked", "未登记", _count(""), lambda c: c.counts.get("", 0), align_center=True,
        foreground=lambda c: ERROR_COLOR if c.counts.get("", 0) else None, width=3,
    ),
]  # fmt: skip

STATUS_COLUMNS: list[Column[CompletionRow]] = [
    Column("name", "姓名", lambda r: r.name, width=4),
    Column("id_number", "身份证号", lambda r: r.id_number, width="370502198405010013"),
    Column("unit", "单位", lambda r: r.unit, tooltip=lambda r: r.unit or None, width=9),
    Column("township", "乡镇（街道）", lambda r: r.township, width=5),
    Column("place", "派驻村", lambda r: r.place, width=5),
    Column("status", "状态", lambda r: r.status, width=3),
    Column("sessions", "培训班", lambda r: "、".join(r.sessions), tooltip=lambda r: "、".join(r.sessions) or None, width=12),
    Column("hours", "已修学时", lambda r: _num(r.completion.hours), lambda r: r.completion.hours, align_center=True, width=3),
    Column("courses", "已修课程", lambda r: str(r.completion.courses), lambda r: r.completion.courses, align_center=True, width=3),
    Column(
        "training", "培训情况", lambda r: r.completion.status, lambda r: (r.completion.complete, r.completion.enrolled),
        foreground=lambda r: OK_COLOR if r.completion.complete else ERROR_COLOR, width=4,
    ),
    Column(
        "detail", "说明", lambda r: r.completion.detail, tooltip=lambda r: r.completion.detail or None,
        foreground=lambda r: MUTED_COLOR if r.completion.complete else None, width=16,
    ),
]  # fmt: skip


@dataclass(frozen=True)
class TrainingData:
    """What one load of the page reads (through ``training``'s queries)."""

    batches: list[BatchRow]
    batch_id: int | None
    rule: training.TrainingRuleRow | None = None
    sessions: list[SessionRow] = field(default_factory=list)
    courses: dict[int, list[CourseRow]] = field(default_factory=dict)
    completion: list[CompletionRow] = field(default_factory=list)
    grid: Grid | None = None


def load_training(ctx: Context, batch_id: int | None, grid_session: int | None) -> TrainingData:
    found = batches.list_batches(ctx)
    if not found:
        return TrainingData([], None)
    if batch_id not in {b.id for b in found}:
        batch_id = found[0].id  # the most recent batch
    assert batch_id is not None
    sessions = training.list_sessions(ctx, batch_id)
    courses = {s.id: training.list_courses(ctx, s.id) for s in sessions}
    if grid_session not in courses:
        grid_session = sessions[0].id if sessions else None
    grid = training.attendance_grid(ctx, grid_session) if grid_session is not None else None
    return TrainingData(
        found, batch_id, training.training_rule_of(ctx, batch_id), sessions, courses,
        training.completion_list(ctx, batch_id), grid,
    )  # fmt: skip


class TrainingPage(BatchAreaPage[SessionRow]):
    """Emits ``loaded(classes)`` after each (re)load; loads each time it is shown."""

    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(runner, notifier, parent)
        self.ui = Ui_TrainingPage()
        self.ui.setupUi(self)
        self.data: TrainingData | None = None
        ui = self.ui
        self.init_table(
            ui.sessionView, SESSION_COLUMNS, on_activate=lambda _s: self.edit_session(), stretch="name"
        )
        self.courses: Table[CourseRow] = Table(
            ui.courseView, COURSE_COLUMNS, self, on_activate=lambda _c: self.edit_course(), stretch="title"
        )
        self.status: Table[CompletionRow] = Table(
            ui.statusView, STATUS_COLUMNS, self, multi=True, stretch="detail"
        )
        self.grid = GridModel(self)
        self.grid.on_edit = self._cell_edited
        self.grid_proxy = FilterProxy(self)
        self.grid_proxy.setSourceModel(self.grid)
        setup_table(
            ui.gridView, self.grid_proxy, self.grid.columns, multi=True, editable=True, stretch="detail"
        )
        ui.gridView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        ui.gridView.setItemDelegate(MarkDelegate(ui.gridView))
        self.keys = MarkKeys(ui.gridView, self.mark_cells, ui.overwriteCheck.isChecked)
        self.bind(status=ui.statusLabel, batch_combo=ui.batchCombo)
        self.pdf = PdfOutput(self, runner, notifier, self.show_status)
        for value, text in RULE_TEXTS:
            ui.ruleCombo.addItem(text, value)
        fill_combo(ui.statusTownshipCombo, [], all_text="全部乡镇")
        self._connect()
        self._update_buttons()

    def _connect(self) -> None:
        ui = self.ui
        ui.addSessionButton.clicked.connect(lambda: self.add_session())
        ui.editSessionButton.clicked.connect(lambda: self.edit_session())
        ui.deleteSessionButton.clicked.connect(lambda: self.delete_session())
        ui.exportSessionsButton.clicked.connect(lambda: self.export("sessions"))
        ui.printSigninButton.clicked.connect(lambda: self.print_signin())
        ui.addCourseButton.clicked.connect(lambda: self.add_course())
        ui.editCourseButton.clicked.connect(lambda: self.edit_course())
        ui.deleteCourseButton.clicked.connect(lambda: self.delete_course())
        ui.exportCoursesButton.clicked.connect(lambda: self.export("courses"))
        ui.printCourseButton.clicked.connect(lambda: self.print_signin(course=True))
        ui.gridSessionCombo.activated.connect(lambda _i: self.reload())
        ui.enrolButton.clicked.connect(lambda: self.open_enrol())
        ui.unenrolButton.clicked.connect(lambda: self.unenrol_selected())
        ui.importButton.clicked.connect(lambda: self.open_import())
        ui.exportGridButton.clicked.connect(lambda: self.export("grid"))
        ui.markCourseButton.clicked.connect(lambda: self.mark_course())
        ui.exportStatusButton.clicked.connect(lambda: self.export("status"))
        ui.saveRuleButton.clicked.connect(lambda: self.save_rule())
        ui.ruleCombo.currentIndexChanged.connect(lambda _i: self._rule_form_changed())
        ui.refreshButton.clicked.connect(lambda: self.reload())
        self._grid_timer = debounced_search(ui.gridSearchEdit, self.filter_grid, self)
        self._status_timer = debounced_search(ui.statusSearchEdit, self.filter_status, self)
        ui.statusTownshipCombo.currentIndexChanged.connect(lambda _i: self.filter_status())
        ui.incompleteCheck.toggled.connect(lambda _c: self.filter_status())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._session_chosen())
        ui.courseView.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        ui.gridView.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

    # ------------------------------------------------------------------ loading
    def load_operation(self, batch: int | None) -> Callable[[Context], TrainingData]:
        grid_session = self.ui.gridSessionCombo.currentData()
        return lambda ctx: load_training(ctx, batch, grid_session)

    def show_data(self, data: TrainingData) -> int:
        self.data = data
        ui = self.ui
        self.show_batches(data.batches, data.batch_id)
        self._show_rule()
        self.model.set_rows(data.sessions)
        if self.selected() is None and data.sessions:
            self.select_id(data.sessions[0].id)
        self._show_courses()
        fill_combo(ui.gridSessionCombo, [(s.name, s.id) for s in data.sessions])
        if data.grid is not None:
            ui.gridSessionCombo.blockSignals(True)
            ui.gridSessionCombo.setCurrentIndex(max(ui.gridSessionCombo.findData(data.grid.session.id), 0))
            ui.gridSessionCombo.blockSignals(False)
        self._show_grid(data.grid)
        self.status.model.set_rows(data.completion)
        towns = list(dict.fromkeys(r.township for r in data.completion if r.township))
        fill_combo(ui.statusTownshipCombo, [(t, t) for t in towns], all_text="全部乡镇")
        self._status_initials = {r.name: initials_index(r.name) for r in data.completion}
        self.filter_status()
        self._update_buttons()
        self._summarise()
        return len(data.sessions)

    def _summarise(self) -> None:
        data = self.data
        if data is None or data.batch_id is None:
            self.show_status("尚无批次。请先在“选派名单”页新建批次。")
            return
        if not data.sessions:
            self.show_status("本批次还没有培训班。点“新建培训班…”开始登记岗前培训。")
            return
        done = sum(1 for r in data.completion if r.completion.complete)
        self.show_status(
            f"培训班 {len(data.sessions)} 个；本批次干部 {len(data.completion)} 人，已完成岗前培训 {done} 人，"
            f"未完成 {len(data.completion) - done} 人"
        )

    def _show_rule(self) -> None:
        ui, rule = self.ui, self.data.rule if self.data else None
        for w in (ui.ruleCombo, ui.hoursSpin, ui.requiredCheck, ui.saveRuleButton):
            w.setEnabled(rule is not None)
        if rule is None:
            return
        for w in (ui.ruleCombo, ui.hoursSpin, ui.requiredCheck):
            w.blockSignals(True)
        ui.ruleCombo.setCurrentIndex(max(ui.ruleCombo.findData(rule.rule), 0))
        ui.hoursSpin.setValue(rule.hours)
        ui.requiredCheck.setChecked(rule.required)
        for w in (ui.ruleCombo, ui.hoursSpin, ui.requiredCheck):
            w.blockSignals(False)
        ui.ruleCombo.setToolTip(rule.text)
        self._rule_form_changed()

    def _rule_form_changed(self) -> None:
        hours = self.ui.ruleCombo.currentData() == TrainingRule.HOURS.value
        self.ui.hoursSpin.setEnabled(hours and self.data is not None and self.data.rule is not None)

    # ------------------------------------------------------------------ the classes and courses
    def session(self) -> SessionRow | None:
        return self.selected()

    def _session_chosen(self) -> None:
        self._show_courses()
        self._update_buttons()

    def _show_courses(self) -> None:
        s = self.session()
        rows = self.data.courses.get(s.id, []) if (self.data and s) else []
        self.courses.model.set_rows(rows)
        self.ui.coursesTitle.setText(f"“{s.name}”的课程（{len(rows)} 门）" if s else "课程（请先选择培训班）")
        self._update_buttons()

    def course(self) -> CourseRow | None:
        value: CourseRow | None = current(self.ui.courseView)
        return value

    def _update_buttons(self) -> None:
        ui = self.ui
        has_batch = self.data is not None and self.data.batch_id is not None
        s, c = self.session(), self.course()
        ui.addSessionButton.setEnabled(has_batch)
        for b in (ui.editSessionButton, ui.deleteSessionButton, ui.printSigninButton, ui.addCourseButton):
            b.setEnabled(s is not None)
        for b in (ui.editCourseButton, ui.deleteCourseButton, ui.printCourseButton):
            b.setEnabled(c is not None)
        has_grid = ui.gridSessionCombo.currentData() is not None
        for b in (ui.enrolButton, ui.importButton):
            b.setEnabled(has_grid)
        ui.unenrolButton.setEnabled(has_grid and bool(self.keys.selected_rows()))
        ui.markCourseButton.setEnabled(ui.markCourseCombo.currentData() is not None)

    def add_session(self) -> SessionDialog | None:
        if self.data is None or self.data.batch_id is None:
            return None
        dialog = SessionDialog(self.runner, self.data.batch_id, today=self.runner.ctx.today(), parent=self)
        self.show_dialog(dialog, lambda: self.reload(select=dialog.result_id))
        return dialog

    def edit_session(self) -> TaskHandle | None:
        s = self.session()
        if s is None or self.data is None or self.data.batch_id is None:
            return None
        batch_id = self.data.batch_id

        def opened(form: training.SessionForm) -> None:
            dialog = SessionDialog(self.runner, batch_id, form, parent=self)
            self.show_dialog(dialog, lambda: self.reload(select=dialog.result_id))

        return self.runner.run(
            lambda ctx: training.get_session(ctx, s.id), name="get session", on_success=opened
        )

    def delete_session(self) -> TaskHandle | None:
        s = self.session()
        if s is None:
            return None
        if not self.notifier.confirm(
            f"删除培训班“{s.name}”及其 {s.courses} 门课程、学员名单和全部考勤记录？此操作记入操作日志。",
            title="删除培训班", parent=self,
        ):  # fmt: skip
            return None
        return self.write(lambda ctx: training.delete_session(ctx, s.id), f"已删除培训班“{s.name}”")

    def add_course(self) -> CourseDialog | None:
        s = self.session()
        if s is None:
            return None
        dialog = CourseDialog(self.runner, s, parent=self)
        self.show_dialog(dialog, lambda: self.reload())
        return dialog

    def edit_course(self) -> TaskHandle | None:
        s, c = self.session(), self.course()
        if s is None or c is None:
            return None

        def opened(form: training.CourseForm) -> None:
            dialog = CourseDialog(self.runner, s, form, parent=self)
            self.show_dialog(dialog, lambda: self.reload())

        return self.runner.run(
            lambda ctx: training.get_course(ctx, c.id), name="get course", on_success=opened
        )

    def delete_course(self) -> TaskHandle | None:
        c = self.course()
        if c is None:
            return None
        marked = sum(n for m, n in c.counts.items() if m)
        if not self.notifier.confirm(
            f"删除课程“{c.title}”及其 {marked} 条考勤记录？", title="删除课程", parent=self
        ):
            return None
        return self.write(lambda ctx: training.delete_course(ctx, c.id), f"已删除课程“{c.title}”")

    # ------------------------------------------------------------------ the grid
    def _show_grid(self, grid: Grid | None) -> None:
        ui = self.ui
        if grid is None:
            self.grid.set_grid(-1, [], [])
            fill_combo(ui.markCourseCombo, [])
        else:
            if self.grid.set_grid(grid.session.id, grid.courses, grid.rows):
                size_columns(ui.gridView, self.grid.columns)
            fill_combo(ui.markCourseCombo, [(f"{i}.{c.title}", c.id) for i, c in enumerate(grid.courses, 1)])
        self.filter_grid()

    def filter_grid(self) -> None:
        self._grid_timer.stop()
        query = self.ui.gridSearchEdit.text().strip()
        initials = self.grid.initials

        def accepts(r: GridRow) -> bool:
            return person_matches(query, r.name, initials(r.name), "", r.unit, r.township, r.place)

        self.grid_proxy.set_predicate(accepts if query else None)

    def grid_rows(self) -> list[GridRow]:
        return self.grid_proxy.shown()

    def select_cell(self, name: str, course_id: int, *, extend: bool = False) -> bool:
        """Make the cell of ``name`` at ``course_id`` current (and selected), as a click would."""
        row = self.grid_proxy.proxy_row(lambda r: r.name == name)
        column = self.grid.column_index(f"c{course_id}")
        if row < 0:
            return False
        index = self.grid_proxy.index(row, column)
        flags = (
            QItemSelectionModel.SelectionFlag.Select
            if extend
            else QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.ui.gridView.selectionModel().setCurrentIndex(index, flags)
        return True

    def mark_cells(
        self, cells: list[tuple[GridRow, int]], mark: str | None, overwrite: bool
    ) -> TaskHandle | None:
        """Write ``mark`` into the cells (row, course id); without ``overwrite`` marked cells are kept."""
        position = {c.id: i for i, c in enumerate(self.grid.courses)}
        changes = [
            MarkChange(cid, r.dispatch_id, mark)
            for r, cid in cells
            if r.marks[position[cid]] != mark and (overwrite or r.marks[position[cid]] is None)
        ]
        if not changes:
            self.show_status("所选的格已登记考勤，未改动（如需改写，请勾选“覆盖已登记的考勤”）")
            return None
        self.grid.update_marks({(ch.course_id, ch.dispatch_id): ch.mark for ch in changes})
        what = mark or "清除"
        return self.write(lambda ctx: training.set_marks(ctx, changes), f"已登记 {len(changes)} 格：{what}")

    def _cell_edited(self, row: GridRow, key: str, value: Any) -> None:
        cid = course_id_of(key)
        if cid is None:
            return
        try:
            mark = read_mark(str(value), row.name)
        except ValueError:
            self.show_error(f"“{value}”不是考勤标记，应为：{'、'.join(training.MARKS)}（或留空清除）")
            return
        self.mark_cells([(row, cid)], mark, True)

    def mark_course(self) -> TaskHandle | None:
        cid = self.ui.markCourseCombo.currentData()
        if cid is None:
            return None
        overwrite = self.ui.overwriteCheck.isChecked()
        title = next((c.title for c in self.grid.courses if c.id == cid), "")

        def op(ctx: Context) -> int:
            return training.mark_course(ctx, cid, overwrite=overwrite)

        def done(n: int) -> str:
            kept = "" if overwrite else "（已登记的考勤保留不变）"
            return f"课程“{title}”：{n} 人记为出席{kept}"

        return self.write(op, done)

    def open_enrol(self) -> TaskHandle | None:
        sid = self.ui.gridSessionCombo.currentData()
        s = next((x for x in self.data.sessions if x.id == sid), None) if self.data else None
        if s is None:
            return None

        def opened(choices: list[training.EnrolChoice]) -> None:
            dialog = EnrolDialog(self.runner, s, choices, parent=self)
            self.show_dialog(dialog, lambda: self.reload())

        return self.runner.run(
            lambda ctx: training.enrol_choices(ctx, s.id), name="enrol choices", on_success=opened
        )

    def unenrol_selected(self) -> TaskHandle | None:
        rows = self.keys.selected_rows()
        sid = self.grid.session_id
        if not rows or sid is None:
            return None
        names = "、".join(r.name for r in rows[:5]) + (f"等 {len(rows)} 人" if len(rows) > 5 else "")
        if not self.notifier.confirm(
            f"把 {names} 移出培训班“{self.ui.gridSessionCombo.currentText()}”？其在本班的考勤记录一并删除。",
            title="移出学员", parent=self,
        ):  # fmt: skip
            return None
        ids = [r.dispatch_id for r in rows]
        return self.write(lambda ctx: training.unenrol(ctx, sid, ids), f"已移出学员 {len(rows)} 人")

    # ------------------------------------------------------------------ import
    def open_import(self) -> SheetImportDialog | None:
        sid = self.ui.gridSessionCombo.currentData()
        if self.data is None or self.data.batch_id is None or sid is None:
            return None
        batch_id = self.data.batch_id
        options = [("全部课程（或表中各课程列）", None)] + [
            (c.title, c.id) for c in self.data.courses.get(sid, [])
        ]
        dialog = SheetImportDialog(
            self.runner, f"导入签到表 — {self.ui.gridSessionCombo.currentText()}",
            lambda ctx, path, course: preview_signin(ctx, path, batch_id, sid, course),
            lambda ctx, path, course, skip: import_signin(ctx, path, batch_id, sid, course, skip),
            options=options, option_label="签到列记入", parent=self,
        )  # fmt: skip
        self.show_dialog(dialog, lambda: self._imported(dialog.result_text))
        return dialog

    def _imported(self, text: str) -> None:
        self.reload()
        self.notifier.info(text, title="导入签到表", parent=self)

    # ------------------------------------------------------------------ the rule
    def save_rule(self) -> TaskHandle | None:
        if self.data is None or self.data.batch_id is None:
            return None
        ui, bid = self.ui, self.data.batch_id
        rule, hours, required = ui.ruleCombo.currentData(), ui.hoursSpin.value(), ui.requiredCheck.isChecked()

        def op(ctx: Context) -> training.TrainingRuleRow:
            return training.set_training_rule(ctx, bid, rule=rule, hours=hours, required=required)

        return self.write(op, lambda r: f"已保存完成认定方式：{r.text}")

    # ------------------------------------------------------------------ status list
    def filter_status(self) -> None:
        self._status_timer.stop()
        ui = self.ui
        query = ui.statusSearchEdit.text().strip()
        town = ui.statusTownshipCombo.currentData()
        only = ui.incompleteCheck.isChecked()
        initials = getattr(self, "_status_initials", {})

        def accepts(r: CompletionRow) -> bool:
            if only and r.completion.complete:
                return False
            if town is not None and r.township != town:
                return False
            return person_matches(
                query, r.name, initials.get(r.name, ""), r.id_number, r.unit, r.township, r.place
            )

        self.status.proxy.set_predicate(accepts if (query or town is not None or only) else None)

    def status_rows(self) -> list[CompletionRow]:
        return self.status.proxy.shown()

    # ------------------------------------------------------------------ output
    def export(self, which: str) -> TaskHandle | None:
        ui, batch, s = self.ui, self.batch_name(), self.session()
        views: dict[str, tuple[QTableView, Sequence[Column[Any]], str]] = {
            "sessions": (ui.sessionView, SESSION_COLUMNS, f"{batch}岗前培训班"),
            "courses": (
                ui.courseView,
                COURSE_COLUMNS,
                f"{s.name if s else ''}课程",
            ),
            "grid": (ui.gridView, list(self.grid.columns), f"{ui.gridSessionCombo.currentText()}考勤表"),
            "status": (ui.statusView, STATUS_COLUMNS, f"{batch}岗前培训完成情况"),
        }
        view, columns, title = views[which]
        return list_export.export_view(self, self.runner, self.notifier, view, columns, title)

    def print_signin(self, *, course: bool = False) -> TaskHandle | None:
        s, c, batch = self.session(), self.course(), self.batch_name()
        if s is None or (course and c is None):
            return None
        course_title = c.title if course and c is not None else None
        name = f"{s.name}（{course_title}）签到表" if course_title else f"{s.name}签到表"

        def make(ctx: Context, out: Path) -> Any:
            return print_signin(ctx, PrintRequest(out=out, batch=batch, session=s.name, course=course_title))

        return self.pdf.save("生成签到表 PDF", name, make)


# ------------------------------------------------------------------ the signed-sheet import (dialog ops)
def _lines(preview: training_import.TrainingPreview) -> list[PreviewLine]:
    report = preview.report
    if report is None:
        return []
    layout = report.layout
    col = layout.column_of("name") if layout is not None else None
    rows = preview.sheet.rows

    def name_at(r: int) -> str:
        if col is None or not 0 < r <= len(rows) or col >= len(rows[r - 1]):
            return ""
        value = rows[r - 1][col]
        return "" if value is None else "".join(str(value).split())

    return lines_from_notes(report.row_notes, name_at, report.warnings)


def preview_signin(
    ctx: Context, path: Path, batch_id: int, session_id: int, course_id: int | None
) -> SheetPreview:
    p = training_import.preview_training_import(
        ctx, path, batch_id=batch_id, session_id=session_id, course_id=course_id
    )
    r = p.report
    if r is None:
        return SheetPreview([], 0, 0, "", p.error)
    mode = "各课程列" if r.mode == "grid" else "签到列"
    courses = "、".join(r.courses) if len(r.courses) <= 2 else f"“{r.courses[0]}”等 {len(r.courses)} 门课程"
    summary = (
        f"工作表“{r.sheet}”，按{mode}记入{courses}。合格 {r.imported} 行，不合格 {len(r.rejected)} 行；"
        f"将写入 {r.marked} 格，已相同 {r.unchanged} 格，新加入学员 {r.enrolled} 人"
    )
    return SheetPreview(_lines(p), r.imported, len(r.rejected), summary, p.error if not r.imported else "")


def import_signin(
    ctx: Context, path: Path, batch_id: int, session_id: int, course_id: int | None, skip: bool
) -> str:
    r = training_import.import_training(
        ctx, path, batch_id=batch_id, session_id=session_id, course_id=course_id, skip_invalid=skip
    )
    skipped = f"，跳过不合格 {len(r.rejected)} 行" if r.rejected else ""
    return f"已导入 {r.imported} 人：写入 {r.marked} 格，已相同 {r.unchanged} 格，新加入学员 {r.enrolled} 人{skipped}。"


__all__ = ["TrainingData", "TrainingPage", "import_signin", "load_training", "preview_signin"]
