"""The 培训 page's dialogs: 培训班 (forms/session_dialog.ui), 课程 (forms/course_dialog.ui) and 加入学员
(forms/enrol_dialog.ui). Each saves through one service command off the GUI thread (``SavingDialog``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtWidgets import QWidget

from cadredesk.core.names import initials_index
from cadredesk.core.search import person_matches
from cadredesk.services import training
from cadredesk.services.context import Context
from cadredesk.services.training import CourseForm, EnrolChoice, SessionForm
from cadredesk.ui.forms.ui_course_dialog import Ui_CourseDialog
from cadredesk.ui.forms.ui_enrol_dialog import Ui_EnrolDialog
from cadredesk.ui.forms.ui_session_dialog import Ui_SessionDialog
from cadredesk.ui.saving_dialog import SavingDialog, pydate, set_date
from cadredesk.ui.table import Table, select_rows, selected
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskRunner
from cadredesk.ui.theme import OK_COLOR
from cadredesk.ui.widgets import debounced_search


class SessionDialog(SavingDialog):
    """新建 / 编辑培训班. ``form`` is the stored class (``training.get_session``) when editing."""

    def __init__(
        self,
        runner: TaskRunner,
        batch_id: int,
        form: SessionForm | None = None,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        self.bind(self.ui.buttonBox, self.ui.errorLabel)
        self.batch_id, self.form = batch_id, form
        ui = self.ui
        day = today or dt.date.today()
        if form is not None:
            self.setWindowTitle(f"编辑培训班 — {form.name}")
            ui.nameEdit.setText(form.name)
            set_date(ui.startEdit, form.start)
            set_date(ui.endEdit, form.end)
            ui.locationEdit.setText(form.location)
            ui.organizerEdit.setText(form.organizer)
            ui.noteEdit.setText(form.note)
            ui.enrolCheck.hide()
        else:
            set_date(ui.startEdit, day)
            set_date(ui.endEdit, day)
        ui.startEdit.dateChanged.connect(self._start_changed)

    def _start_changed(self) -> None:
        if self.ui.endEdit.date() < self.ui.startEdit.date():
            self.ui.endEdit.setDate(self.ui.startEdit.date())

    def check(self) -> str:
        if not self.ui.nameEdit.text().strip():
            return "请填写培训班名称"
        if self.ui.endEdit.date() < self.ui.startEdit.date():
            return "结束日期不能早于开始日期"
        return ""

    def session_form(self) -> SessionForm:
        ui = self.ui
        old = self.form
        return SessionForm(
            batch_id=self.batch_id, name=ui.nameEdit.text().strip(), start=pydate(ui.startEdit.date()),
            end=pydate(ui.endEdit.date()), location=ui.locationEdit.text().strip(),
            organizer=ui.organizerEdit.text().strip(), note=ui.noteEdit.text().strip(),
            id=old.id if old else None, version=old.version if old else None,
        )  # fmt: skip

    def operation(self) -> Callable[[Context], int]:
        form, enrol = self.session_form(), self.ui.enrolCheck.isChecked()
        if form.id is not None:
            return lambda ctx: training.update_session(ctx, form).id
        return lambda ctx: training.create_session(ctx, form, enrol=enrol).id


class CourseDialog(SavingDialog):
    """新增 / 编辑课程 of a class (dates within the class's)."""

    def __init__(
        self,
        runner: TaskRunner,
        session: training.SessionRow,
        form: CourseForm | None = None,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.ui = Ui_CourseDialog()
        self.ui.setupUi(self)
        self.bind(self.ui.buttonBox, self.ui.errorLabel)
        self.session, self.form = session, form
        ui = self.ui
        ui.topicCombo.addItems(list(training.TOPICS))
        ui.topicCombo.setCurrentIndex(-1)
        set_date(ui.dayEdit, form.day if form else session.start, session.start, session.end)
        if form is not None:
            self.setWindowTitle(f"编辑课程 — {form.title}")
            ui.titleEdit.setText(form.title)
            ui.hoursSpin.setValue(float(form.hours))
            ui.lecturerEdit.setText(form.lecturer)
            ui.topicCombo.setEditText(form.topic)
            ui.requiredCheck.setChecked(form.required)
        else:
            self.setWindowTitle(f"新增课程 — {session.name}")

    def check(self) -> str:
        return "" if self.ui.titleEdit.text().strip() else "请填写课程名称"

    def course_form(self) -> CourseForm:
        ui, old = self.ui, self.form
        return CourseForm(
            session_id=self.session.id, title=ui.titleEdit.text().strip(), day=pydate(ui.dayEdit.date()),
            hours=Decimal(str(round(ui.hoursSpin.value(), 1))), lecturer=ui.lecturerEdit.text().strip(),
            topic=ui.topicCombo.currentText().strip(), required=ui.requiredCheck.isChecked(),
            id=old.id if old else None, version=old.version if old else None,
        )  # fmt: skip

    def operation(self) -> Callable[[Context], int]:
        form = self.course_form()
        return lambda ctx: training.save_course(ctx, form).id


ENROL_COLUMNS: list[Column[EnrolChoice]] = [
    Column("name", "姓名", lambda c: c.name, width=4),
    Column("unit", "单位", lambda c: c.unit, tooltip=lambda c: c.unit or None, width=10),
    Column("township", "乡镇（街道）", lambda c: c.township, width=5),
    Column("place", "派驻村", lambda c: c.place, width=5),
    Column("status", "状态", lambda c: c.status, width=3),
    Column("other", "已在培训班", lambda c: "、".join(c.other_sessions), width=10),
    Column(
        "complete", "培训情况", lambda c: "已完成" if c.complete else "未完成",
        foreground=lambda c: OK_COLOR if c.complete else None, width=4,
    ),
]  # fmt: skip


class EnrolDialog(SavingDialog):
    """加入学员: cadres of the batch not on the class's list; several at once."""

    def __init__(
        self,
        runner: TaskRunner,
        session: training.SessionRow,
        choices: Sequence[EnrolChoice],
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.ui = Ui_EnrolDialog()
        self.ui.setupUi(self)
        self.bind(self.ui.buttonBox, self.ui.errorLabel)
        self.setWindowTitle(f"加入学员 — {session.name}")
        self.session = session
        self.table: Table[EnrolChoice] = Table(self.ui.view, ENROL_COLUMNS, self, multi=True)
        self.table.model.set_rows(list(choices))
        self._initials = {c.name: initials_index(c.name) for c in choices}
        self._timer = debounced_search(self.ui.searchEdit, self.apply_filter, self)
        self.ui.notInClassCheck.toggled.connect(lambda _c: self.apply_filter())
        self.apply_filter()

    def apply_filter(self) -> None:
        self._timer.stop()
        query = self.ui.searchEdit.text().strip()
        only_new = self.ui.notInClassCheck.isChecked()

        def accepts(c: EnrolChoice) -> bool:
            if only_new and c.other_sessions:
                return False
            return person_matches(query, c.name, self._initials[c.name], "", c.unit, c.township, c.place)

        self.table.proxy.set_predicate(accepts if query or only_new else None)
        shown = self.table.proxy.rowCount()
        self.ui.hintLabel.setText(f"列出 {shown} 人；按住 Ctrl 或 Shift 多选，Ctrl+A 全选")

    def select(self, predicate: Callable[[EnrolChoice], bool]) -> int:
        return select_rows(self.ui.view, predicate)

    def check(self) -> str:
        return "" if selected(self.ui.view) else "请选择要加入的干部"

    def operation(self) -> Callable[[Context], int]:
        ids = [c.dispatch_id for c in selected(self.ui.view)]
        sid = self.session.id
        return lambda ctx: training.enrol(ctx, sid, ids)


__all__ = ["CourseDialog", "EnrolDialog", "SessionDialog"]
