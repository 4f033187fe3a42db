"""传帮带 page: township leaders who mentor (帮带人), their pairs with resident cadres, and the log.

Layout: forms/mentoring_page.ui — the mentors list and the pairs side by side, the selected pair's
activities below. Pairs the ``mentor-idle`` rule flags today (``mentoring.idle_pairs``, with the
batch's interval, editable at the top) are highlighted. Dialogs in ``mentoring_dialogs``; the mentors
import uses ``ui/sheet_import`` over ``services.mentoring_import``'s dry run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from cadredesk.core.names import initials_index
from cadredesk.core.search import person_matches
from cadredesk.errors import UserError
from cadredesk.services import batches, mentoring, mentoring_import, reference
from cadredesk.services.batches import BatchRow
from cadredesk.services.context import Context
from cadredesk.services.mentoring import ActivityRow, IdleInfo, MentorRow, PairRow
from cadredesk.services.mentoring_print import print_pairs
from cadredesk.services.printing import PrintRequest
from cadredesk.ui import list_export
from cadredesk.ui.forms.ui_mentoring_page import Ui_MentoringPage
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.batch_page import BatchAreaPage
from cadredesk.ui.pages.mentoring_dialogs import ActivityDialog, MentorDialog, PairDialog
from cadredesk.ui.pages.page_output import PdfOutput
from cadredesk.ui.sheet_import import SheetImportDialog, SheetPreview, lines_from
from cadredesk.ui.table import Table, current, select_row
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import MUTED_COLOR, WARNING_BACKGROUND, WARNING_COLOR
from cadredesk.ui.widgets import debounced_search, fill_combo

log = logging.getLogger("cadredesk.ui")

MENTOR_COLUMNS: list[Column[MentorRow]] = [
    Column("township", "乡镇（街道）", lambda m: m.township, width=5),
    Column("name", "姓名", lambda m: m.name, width=4),
    Column("post", "职务", lambda m: m.post, tooltip=lambda m: m.post or None, width=9),
    Column("phone", "联系电话", lambda m: m.phone, width="18800000000"),
    Column("mentees", "帮带", lambda m: f"{m.mentees} 人", lambda m: m.mentees, align_center=True, width=3),
    Column("activities", "活动", lambda m: f"{m.activities} 次", lambda m: m.activities, align_center=True, width=3),
]  # fmt: skip


@dataclass(frozen=True)
class MentoringData:
    """What one load of the page reads (through ``mentoring``'s queries)."""

    batches: list[BatchRow]
    batch_id: int | None
    townships: list[tuple[int, str]] = field(default_factory=list)
    mentors: list[MentorRow] = field(default_factory=list)
    pairs: list[PairRow] = field(default_factory=list)
    activities: list[ActivityRow] = field(default_factory=list)
    idle: IdleInfo = field(default_factory=lambda: IdleInfo(3, frozenset()))


def load_mentoring(ctx: Context, batch_id: int | None) -> MentoringData:
    found = batches.list_batches(ctx)
    towns = reference.townships(ctx)
    if not found:
        return MentoringData([], None, towns, mentoring.list_mentors(ctx))
    if batch_id not in {b.id for b in found}:
        batch_id = found[0].id  # the most recent batch
    assert batch_id is not None
    return MentoringData(
        found, batch_id, towns, mentoring.list_mentors(ctx, batch_id=batch_id), mentoring.list_pairs(ctx, batch_id),
        mentoring.list_activities(ctx, batch_id), mentoring.idle_pairs(ctx, batch_id),
    )  # fmt: skip


class MentoringPage(BatchAreaPage[MentorRow]):
    """Emits ``loaded(mentors)`` after each (re)load; loads each time it is shown."""

    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(runner, notifier, parent)
        self.ui = Ui_MentoringPage()
        self.ui.setupUi(self)
        self.data: MentoringData | None = None
        self._initials: dict[str, str] = {}
        ui = self.ui
        self.init_table(
            ui.mentorView, MENTOR_COLUMNS, on_activate=lambda _m: self.edit_mentor(), stretch="post"
        )
        self.pair_columns = self._pair_columns()
        # pairs overdue by the mentor-idle rule first, then in township, mentor, place order
        self.pairs: Table[PairRow] = Table(
            ui.pairView, self.pair_columns, self, stretch="place", sort=("state", Qt.SortOrder.AscendingOrder)
        )
        self.activity_columns = self._activity_columns()
        self.activities: Table[ActivityRow] = Table(
            ui.activityView, self.activity_columns, self, on_activate=lambda _a: self.edit_activity(),
            stretch="outcome",
        )  # fmt: skip
        self.bind(status=ui.statusLabel, batch_combo=ui.batchCombo)
        self.pdf = PdfOutput(self, runner, notifier, self.show_status)
        fill_combo(ui.townshipCombo, [], all_text="全部乡镇")
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.topSplitter.setSizes([500, 660])
        self._connect()
        self._update_buttons()

    # ------------------------------------------------------------------ columns (idle pairs highlighted)
    def idle(self, p: PairRow) -> bool:
        return self.data is not None and p.current and p.dispatch_id in self.data.idle.dispatch_ids

    def _pair_background(self, p: PairRow) -> QColor | None:
        return WARNING_BACKGROUND if self.idle(p) else None

    def _pair_state(self, p: PairRow) -> str:
        if not p.current:
            return f"{p.end:%Y-%m-%d} 解除"
        return "活动超期" if self.idle(p) else "结对中"

    def _pair_columns(self) -> list[Column[PairRow]]:
        bg = self._pair_background
        return [
            Column("mentor", "帮带人", lambda p: p.mentor, tooltip=lambda p: f"{p.mentor_township} {p.mentor_post}", background=bg, width=4),
            Column("name", "被帮带人", lambda p: p.name, background=bg, width=4),
            Column(
                "place", "派驻村（社区）", lambda p: f"{p.township}{p.place}", lambda p: (p.township, p.place),
                tooltip=lambda p: f"{p.township}{p.place}（{p.unit}）", background=bg, width=9,
            ),
            Column("start", "结对日期", lambda p: f"{p.start:%Y-%m-%d}", lambda p: p.start, background=bg, width="2025-12-01"),
            Column("activities", "活动", lambda p: f"{p.activities} 次", lambda p: p.activities, align_center=True, background=bg, width=3),
            Column(
                "last", "最近活动", lambda p: f"{p.last_activity:%Y-%m-%d}" if p.last_activity else "无",
                lambda p: p.last_activity, background=bg, foreground=lambda p: WARNING_COLOR if self.idle(p) else None,
                width="2025-12-01",
            ),
            Column(
                "state", "情况", self._pair_state, lambda p: (not self.idle(p), not p.current),
                foreground=lambda p: WARNING_COLOR if self.idle(p) else (None if p.current else MUTED_COLOR),
                tooltip=lambda p: (
                    f"超过 {self.data.idle.months} 个月没有帮带活动（mentor-idle）" if self.idle(p) and self.data else None
                ),
                background=bg, width=4,
            ),
        ]  # fmt: skip

    def _activity_columns(self) -> list[Column[ActivityRow]]:
        return [
            Column("day", "日期", lambda a: f"{a.day:%Y-%m-%d}", lambda a: a.day, width="2025-12-01"),
            Column("mentor", "帮带人", lambda a: a.mentor, width=4),
            Column("name", "被帮带人", lambda a: a.name, width=4),
            Column("place", "派驻村", lambda a: f"{a.township}{a.place}", width=8),
            Column("form", "形式", lambda a: a.form, width=4),
            Column("topic", "主题", lambda a: a.topic, tooltip=lambda a: a.topic or None, width=14),
            Column("outcome", "成效", lambda a: a.outcome, tooltip=lambda a: a.outcome or None, width=14),
        ]  # fmt: skip

    def _connect(self) -> None:
        ui = self.ui
        ui.addMentorButton.clicked.connect(lambda: self.add_mentor())
        ui.editMentorButton.clicked.connect(lambda: self.edit_mentor())
        ui.deleteMentorButton.clicked.connect(lambda: self.delete_mentor())
        ui.importMentorsButton.clicked.connect(lambda: self.open_import())
        ui.exportMentorsButton.clicked.connect(lambda: self.export("mentors"))
        ui.pairButton.clicked.connect(lambda: self.open_pairing())
        ui.unpairButton.clicked.connect(lambda: self.unpair())
        ui.exportPairsButton.clicked.connect(lambda: self.export("pairs"))
        ui.printPairsButton.clicked.connect(lambda: self.print_pairs())
        ui.addActivityButton.clicked.connect(lambda: self.add_activity())
        ui.editActivityButton.clicked.connect(lambda: self.edit_activity())
        ui.deleteActivityButton.clicked.connect(lambda: self.delete_activity())
        ui.exportActivitiesButton.clicked.connect(lambda: self.export("activities"))
        ui.saveIdleButton.clicked.connect(lambda: self.save_idle_months())
        ui.refreshButton.clicked.connect(lambda: self.reload())
        self._search_timer = debounced_search(ui.searchEdit, self.apply_filter, self)
        ui.townshipCombo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        ui.currentOnlyCheck.toggled.connect(lambda _c: self.apply_filter())
        ui.idleOnlyCheck.toggled.connect(lambda _c: self.apply_filter())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        ui.pairView.selectionModel().selectionChanged.connect(lambda *_a: self._pair_chosen())
        ui.activityView.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

    # ------------------------------------------------------------------ loading
    def load_operation(self, batch: int | None) -> Callable[[Context], MentoringData]:
        return lambda ctx: load_mentoring(ctx, batch)

    def show_data(self, data: MentoringData) -> int:
        self.data = data
        ui = self.ui
        self.show_batches(data.batches, data.batch_id)
        fill_combo(ui.townshipCombo, [(name, name) for _tid, name in data.townships], all_text="全部乡镇")
        ui.idleSpin.setValue(data.idle.months)
        ui.idleSpin.setEnabled(data.batch_id is not None)
        ui.saveIdleButton.setEnabled(data.batch_id is not None)
        chosen_pair = self.pair()
        self._initials = {
            n: initials_index(n) for n in {*(m.name for m in data.mentors), *(p.name for p in data.pairs)}
        }
        self.model.set_rows(data.mentors)
        self.pairs.model.set_rows(data.pairs)
        self.activities.model.set_rows(data.activities)
        self.apply_filter()
        if chosen_pair is not None:
            select_row(ui.pairView, lambda p: p.id == chosen_pair.id)
        self._pair_chosen()
        return len(data.mentors)

    # ------------------------------------------------------------------ filters
    def apply_filter(self) -> None:
        self._search_timer.stop()
        ui = self.ui
        query = ui.searchEdit.text().strip()
        town = ui.townshipCombo.currentData()
        current_only, idle_only = ui.currentOnlyCheck.isChecked(), ui.idleOnlyCheck.isChecked()
        initials = self._initials

        def mentor_ok(m: MentorRow) -> bool:
            if town is not None and m.township != town:
                return False
            return person_matches(query, m.name, initials.get(m.name, ""), m.phone, m.post, m.township)

        def pair_ok(p: PairRow) -> bool:
            if town is not None and p.township != town and p.mentor_township != town:
                return False
            if current_only and not p.current:
                return False
            if idle_only and not self.idle(p):
                return False
            return person_matches(query, p.name, initials.get(p.name, ""), "", p.mentor, p.unit, p.place)

        self.proxy.set_predicate(mentor_ok if (query or town is not None) else None)
        self.pairs.proxy.set_predicate(
            pair_ok if (query or town is not None or current_only or idle_only) else None
        )
        self._filter_activities()
        self._summarise()

    def _filter_activities(self) -> None:
        p = self.pair()
        town = self.ui.townshipCombo.currentData()
        if p is not None:
            self.activities.proxy.set_predicate(lambda a: a.pair_id == p.id)
            self.ui.activitiesTitle.setText(f"{p.mentor} 帮带 {p.name}（{p.township}{p.place}）的活动记录")
        else:
            self.activities.proxy.set_predicate((lambda a: a.township == town) if town is not None else None)
            self.ui.activitiesTitle.setText(f"{town or '全部乡镇'}的活动记录（选中一个结对只看该结对的）")

    def _summarise(self) -> None:
        data = self.data
        if data is None:
            return
        if data.batch_id is None:
            self.show_status("尚无批次。请先在“选派名单”页新建批次。")
            return
        current = [p for p in data.pairs if p.current]
        idle = sum(1 for p in current if self.idle(p))
        self.show_status(
            f"帮带人 {len(data.mentors)} 名，当前结对 {len(current)} 对，其中超过 {data.idle.months} 个月没有帮带活动 "
            f"{idle} 对；活动记录 {len(data.activities)} 条"
        )

    def shown_pairs(self) -> list[PairRow]:
        return self.pairs.proxy.shown()

    def shown_mentors(self) -> list[MentorRow]:
        return self.proxy.shown()

    def shown_activities(self) -> list[ActivityRow]:
        return self.activities.proxy.shown()

    # ------------------------------------------------------------------ selection
    def mentor(self) -> MentorRow | None:
        return self.selected()

    def pair(self) -> PairRow | None:
        value: PairRow | None = current(self.ui.pairView)
        return value

    def activity(self) -> ActivityRow | None:
        value: ActivityRow | None = current(self.ui.activityView)
        return value

    def _pair_chosen(self) -> None:
        self._filter_activities()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        has_batch = self.data is not None and self.data.batch_id is not None
        m, p, a = self.mentor(), self.pair(), self.activity()
        ui.editMentorButton.setEnabled(m is not None)
        ui.deleteMentorButton.setEnabled(m is not None)
        ui.pairButton.setEnabled(has_batch and bool(self.data and self.data.mentors))
        ui.unpairButton.setEnabled(p is not None and p.current)
        ui.addActivityButton.setEnabled(p is not None)
        ui.editActivityButton.setEnabled(a is not None)
        ui.deleteActivityButton.setEnabled(a is not None)
        ui.printPairsButton.setEnabled(has_batch)

    # ------------------------------------------------------------------ mentors
    def add_mentor(self) -> MentorDialog:
        towns = self.data.townships if self.data else []
        preset = self.ui.townshipCombo.currentData()
        tid = next((t for t, name in towns if name == preset), None)
        dialog = MentorDialog(self.runner, towns, township_id=tid, parent=self)
        self.show_dialog(dialog, lambda: self.reload(select=dialog.result_id))
        return dialog

    def edit_mentor(self) -> TaskHandle | None:
        m = self.mentor()
        if m is None:
            return None
        towns = self.data.townships if self.data else []

        def opened(form: mentoring.MentorForm) -> None:
            dialog = MentorDialog(self.runner, towns, form, parent=self)
            self.show_dialog(dialog, lambda: self.reload(select=dialog.result_id))

        return self.runner.run(
            lambda ctx: mentoring.get_mentor(ctx, m.id), name="get mentor", on_success=opened
        )

    def delete_mentor(self) -> TaskHandle | None:
        m = self.mentor()
        if m is None:
            return None
        if not self.notifier.confirm(f"删除帮带人“{m.township} {m.name}”？", title="删除帮带人", parent=self):
            return None
        return self.write(lambda ctx: mentoring.delete_mentor(ctx, m.id), f"已删除帮带人“{m.name}”")

    def open_import(self) -> SheetImportDialog:
        batch_id = self.data.batch_id if self.data else None
        dialog = SheetImportDialog(
            self.runner, "导入帮带人名单",
            lambda ctx, path, _o: preview_mentors(ctx, path, batch_id),
            lambda ctx, path, _o, skip: import_mentors(ctx, path, batch_id, skip), parent=self,
        )  # fmt: skip
        self.show_dialog(dialog, lambda: self._imported(dialog.result_text))
        return dialog

    def _imported(self, text: str) -> None:
        self.reload()
        self.notifier.info(text, title="导入帮带人名单", parent=self)

    # ------------------------------------------------------------------ pairs
    def open_pairing(self) -> TaskHandle | None:
        data = self.data
        if data is None or data.batch_id is None:
            return None
        bid, mentors, chosen = data.batch_id, data.mentors, self.mentor()
        today = self.runner.ctx.today()

        def opened(people: list[Any]) -> None:
            dialog = PairDialog(
                self.runner,
                mentors,
                people,
                mentor_id=chosen.id if chosen else None,
                today=today,
                parent=self,
            )
            self.show_dialog(dialog, lambda: self.written(f"已结对 {dialog.result_id or 0} 人"))

        return self.runner.run(lambda ctx: mentoring.unpaired(ctx, bid), name="unpaired", on_success=opened)

    def unpair(self) -> TaskHandle | None:
        p = self.pair()
        if p is None or not p.current:
            return None
        if not self.notifier.confirm(
            f"解除 {p.mentor} 与 {p.name}（{p.township}{p.place}）的帮带关系？解除日期为今天，活动记录保留。",
            title="解除结对", parent=self,
        ):  # fmt: skip
            return None
        return self.write(lambda ctx: mentoring.end_pair(ctx, p.id), f"已解除 {p.mentor} 与 {p.name} 的结对")

    def save_idle_months(self) -> TaskHandle | None:
        if self.data is None or self.data.batch_id is None:
            return None
        bid, months = self.data.batch_id, self.ui.idleSpin.value()
        return self.write(
            lambda ctx: mentoring.set_idle_months(ctx, bid, months), f"帮带活动间隔已设为 {months} 个月"
        )

    # ------------------------------------------------------------------ activities
    def add_activity(self) -> ActivityDialog | None:
        p = self.pair()
        if p is None:
            return None
        dialog = ActivityDialog(self.runner, p, today=self.runner.ctx.today(), parent=self)
        self.show_dialog(dialog, lambda: self.written("已登记帮带活动"))
        return dialog

    def edit_activity(self) -> TaskHandle | None:
        a = self.activity()
        if a is None or self.data is None:
            return None
        p = next((x for x in self.data.pairs if x.id == a.pair_id), None)
        if p is None:
            return None
        today = self.runner.ctx.today()

        def opened(form: mentoring.ActivityForm) -> None:
            dialog = ActivityDialog(self.runner, p, form, today=today, parent=self)
            self.show_dialog(dialog, lambda: self.written("已修改帮带活动"))

        return self.runner.run(
            lambda ctx: mentoring.get_activity(ctx, a.id), name="get activity", on_success=opened
        )

    def delete_activity(self) -> TaskHandle | None:
        a = self.activity()
        if a is None:
            return None
        if not self.notifier.confirm(
            f"删除 {a.day:%Y-%m-%d} {a.mentor} 帮带 {a.name} 的活动记录“{a.topic}”？",
            title="删除活动记录",
            parent=self,
        ):
            return None
        return self.write(lambda ctx: mentoring.delete_activity(ctx, a.id), "已删除活动记录")

    # ------------------------------------------------------------------ output
    def export(self, which: str) -> TaskHandle | None:
        ui, batch = self.ui, self.batch_name()
        views: dict[str, tuple[Any, list[Any], str]] = {
            "mentors": (ui.mentorView, MENTOR_COLUMNS, f"{batch}传帮带帮带人名单"),
            "pairs": (ui.pairView, self.pair_columns, f"{batch}传帮带结对表"),
            "activities": (ui.activityView, self.activity_columns, f"{batch}传帮带活动记录"),
        }
        view, columns, title = views[which]
        return list_export.export_view(self, self.runner, self.notifier, view, columns, title)

    def print_pairs(self) -> TaskHandle | None:
        batch = self.batch_name()
        if not batch:
            return None

        def make(ctx: Context, out: Path) -> Any:
            return print_pairs(ctx, PrintRequest(out=out, batch=batch))

        return self.pdf.save("生成结对表 PDF", f"{batch}传帮带结对表", make)


# ------------------------------------------------------------------ the mentors import (dialog ops)
def preview_mentors(ctx: Context, path: Path, batch_id: int | None) -> SheetPreview:
    try:
        r = mentoring_import.import_mentors(ctx, path, batch_id=batch_id, skip_invalid=True, dry_run=True)
    except UserError as exc:
        return SheetPreview([], 0, 0, "", exc.message)
    summary = (
        f"合格 {r.imported} 行（新增帮带人 {r.created} 名，更新 {r.updated} 名，未变 {r.unchanged} 名，结对 {r.paired} 人），"
        f"不合格 {len(r.rejected)} 行" + ("。下表列出不合格的行和提示" if r.rejected or r.warnings else "")
    )
    return SheetPreview(lines_from(r.rejected, r.warnings), r.imported, len(r.rejected), summary)


def import_mentors(ctx: Context, path: Path, batch_id: int | None, skip: bool) -> str:
    r = mentoring_import.import_mentors(ctx, path, batch_id=batch_id, skip_invalid=skip)
    skipped = f"，跳过不合格 {len(r.rejected)} 行" if r.rejected else ""
    return f"已导入 {r.imported} 行：新增帮带人 {r.created} 名，更新 {r.updated} 名，结对 {r.paired} 人{skipped}。"


__all__ = ["MentoringData", "MentoringPage", "import_mentors", "load_mentoring", "preview_mentors"]
