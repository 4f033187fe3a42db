"""The 传帮带 page's dialogs: 帮带人 (forms/mentor_dialog.ui), 结对帮带 — one mentor with several cadres
at once (forms/pair_dialog.ui) — and 帮带活动 (forms/activity_dialog.ui). Each saves through one
service command off the GUI thread (``SavingDialog``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from cadredesk.core.names import initials_index
from cadredesk.core.search import person_matches
from cadredesk.services import mentoring
from cadredesk.services.batch_people import Person
from cadredesk.services.context import Context
from cadredesk.services.mentoring import ActivityForm, MentorForm, MentorRow, PairRow
from cadredesk.ui.forms.ui_activity_dialog import Ui_ActivityDialog
from cadredesk.ui.forms.ui_mentor_dialog import Ui_MentorDialog
from cadredesk.ui.forms.ui_pair_dialog import Ui_PairDialog
from cadredesk.ui.saving_dialog import SavingDialog, pydate, set_date
from cadredesk.ui.table import Table, select_rows, selected
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskRunner
from cadredesk.ui.widgets import debounced_search

#: posts of township leaders offered in the 职务 combo (free text is accepted)
POSTS = (
    "镇党委书记", "镇党委副书记、镇长", "镇党委副书记", "镇党委委员、组织委员", "镇党委委员、副镇长", "镇人大主席",
    "街道党工委书记", "街道党工委副书记、办事处主任", "街道党工委副书记", "街道党工委委员",
)  # fmt: skip


class MentorDialog(SavingDialog):
    """新增 / 编辑帮带人: township, name, post, phone, note."""

    def __init__(
        self,
        runner: TaskRunner,
        townships: Sequence[tuple[int, str]],
        form: MentorForm | None = None,
        *,
        township_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.ui = Ui_MentorDialog()
        self.ui.setupUi(self)
        self.bind(self.ui.buttonBox, self.ui.errorLabel)
        self.form = form
        ui = self.ui
        for tid, name in townships:
            ui.townshipCombo.addItem(name, tid)
        wanted = form.township_id if form else township_id
        ui.townshipCombo.setCurrentIndex(ui.townshipCombo.findData(wanted) if wanted is not None else -1)
        ui.postCombo.addItems(list(POSTS))
        ui.postCombo.setCurrentIndex(-1)
        if form is not None:
            self.setWindowTitle(f"编辑帮带人 — {form.name}")
            ui.nameEdit.setText(form.name)
            ui.postCombo.setEditText(form.post)
            ui.phoneEdit.setText(form.phone)
            ui.noteEdit.setText(form.note)

    def check(self) -> str:
        if self.ui.townshipCombo.currentData() is None:
            return "请选择乡镇（街道）"
        if not self.ui.nameEdit.text().strip():
            return "请填写帮带人姓名"
        return ""

    def mentor_form(self) -> MentorForm:
        ui, old = self.ui, self.form
        return MentorForm(
            name=ui.nameEdit.text().strip(), township_id=ui.townshipCombo.currentData(),
            post=ui.postCombo.currentText().strip(), phone=ui.phoneEdit.text().strip(),
            note=ui.noteEdit.text().strip(), id=old.id if old else None, version=old.version if old else None,
        )  # fmt: skip

    def operation(self) -> Callable[[Context], int]:
        form = self.mentor_form()
        return lambda ctx: mentoring.save_mentor(ctx, form).id


PERSON_COLUMNS: list[Column[Person]] = [
    Column("name", "姓名", lambda p: p.name, lambda p: p.strokes, width=4),
    Column("unit", "派出单位", lambda p: p.unit, tooltip=lambda p: p.unit or None, width=10),
    Column("township", "乡镇（街道）", lambda p: p.township, width=5),
    Column("place", "派驻村", lambda p: p.place, width=6),
    Column("role", "身份", lambda p: p.role, width=5),
    Column("status", "状态", lambda p: p.status, width=3),
]


class PairDialog(SavingDialog):
    """结对帮带: one mentor, several cadres of the mentor's township without a mentor, from a date."""

    def __init__(
        self,
        runner: TaskRunner,
        mentors: Sequence[MentorRow],
        people: Sequence[Person],
        *,
        mentor_id: int | None = None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.ui = Ui_PairDialog()
        self.ui.setupUi(self)
        self.bind(self.ui.buttonBox, self.ui.errorLabel)
        ui = self.ui
        self.mentors = {m.id: m for m in mentors}
        for m in mentors:
            ui.mentorCombo.addItem(
                f"{m.township}　{m.name}（{m.post}）" if m.post else f"{m.township}　{m.name}", m.id
            )
        ui.mentorCombo.setCurrentIndex(
            max(ui.mentorCombo.findData(mentor_id), 0) if mentor_id is not None else 0
        )
        set_date(ui.startEdit, today)
        self.table: Table[Person] = Table(ui.view, PERSON_COLUMNS, self, multi=True)
        self.table.model.set_rows(list(people))
        self._initials = {p.name: initials_index(p.name) for p in people}
        self._timer = debounced_search(ui.searchEdit, self.apply_filter, self)
        ui.mentorCombo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.apply_filter()

    def mentor(self) -> MentorRow | None:
        return self.mentors.get(self.ui.mentorCombo.currentData())

    def apply_filter(self) -> None:
        self._timer.stop()
        m = self.mentor()
        query = self.ui.searchEdit.text().strip()
        town = m.township_id if m else None

        def accepts(p: Person) -> bool:
            if p.township_id != town:
                return False
            return person_matches(query, p.name, self._initials[p.name], "", p.unit, p.place)

        self.table.proxy.set_predicate(accepts)
        n = self.table.proxy.rowCount()
        where = m.township if m else ""
        self.ui.hintLabel.setText(
            f"{where}尚无帮带人的驻村干部 {n} 人；按住 Ctrl 或 Shift 多选，Ctrl+A 全选"
            if n
            else f"{where}的驻村干部都已有帮带人（更换帮带人可先解除原结对，或在命令行用 mentor pair）"
        )

    def select(self, predicate: Callable[[Person], bool]) -> int:
        return select_rows(self.ui.view, predicate)

    def check(self) -> str:
        if self.mentor() is None:
            return "请选择帮带人（可先在左侧新增帮带人）"
        return "" if selected(self.ui.view) else "请选择被帮带的驻村干部（可多选）"

    def operation(self) -> Callable[[Context], int]:
        m = self.mentor()
        assert m is not None
        ids = [p.dispatch_id for p in selected(self.ui.view)]
        start = pydate(self.ui.startEdit.date())
        return lambda ctx: mentoring.pair(ctx, m.id, ids, start=start).paired


class ActivityDialog(SavingDialog):
    """登记 / 编辑帮带活动 of a pair: date, form, topic, outcome."""

    def __init__(
        self,
        runner: TaskRunner,
        pair: PairRow,
        form: ActivityForm | None = None,
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.ui = Ui_ActivityDialog()
        self.ui.setupUi(self)
        self.bind(self.ui.buttonBox, self.ui.errorLabel)
        self.pair, self.form = pair, form
        ui = self.ui
        ui.pairLabel.setText(
            f"{pair.mentor}（{pair.mentor_post}）帮带 {pair.name}（{pair.township}{pair.place}）"
        )
        ui.formCombo.addItems(list(mentoring.FORMS))
        high = min(today, pair.end) if pair.end else today
        set_date(ui.dayEdit, form.day if form else high, pair.start, max(high, pair.start))
        if form is not None:
            self.setWindowTitle(f"编辑帮带活动 — {pair.name}")
            ui.formCombo.setEditText(form.form)
            ui.topicEdit.setText(form.topic)
            ui.outcomeEdit.setPlainText(form.outcome)
        else:
            self.setWindowTitle(f"登记帮带活动 — {pair.mentor} 帮带 {pair.name}")

    def check(self) -> str:
        if not self.ui.formCombo.currentText().strip():
            return "请选择或填写活动形式"
        return "" if self.ui.topicEdit.text().strip() else "请填写活动主题"

    def activity_form(self) -> ActivityForm:
        ui = self.ui
        return ActivityForm(
            pair_id=self.pair.id, day=pydate(ui.dayEdit.date()), form=ui.formCombo.currentText().strip(),
            topic=ui.topicEdit.text().strip(), outcome=ui.outcomeEdit.toPlainText().strip(),
            id=self.form.id if self.form else None,
        )  # fmt: skip

    def operation(self) -> Callable[[Context], int]:
        form = self.activity_form()
        return lambda ctx: mentoring.save_activity(ctx, form)


__all__ = ["ActivityDialog", "MentorDialog", "PairDialog"]
