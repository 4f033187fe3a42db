"""The 传帮带 page driven as a clerk would: real SQLite, real .xlsx, real PDF; one test per user step.

Data through the services (tests.test_mentoring: 永安镇 with cadres 甲乙丙 on post and leaders 陈书记,
林镇长; 黄河镇 with 丁 and 周书记). The page judges as of 15 April 2026 (the clock of the context).
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cadredesk.core.models import AuditEntry
from cadredesk.services import mentoring
from cadredesk.services.context import Actor, Context
from cadredesk.services.mentoring import ActivityForm
from cadredesk.storage.engine import Database
from cadredesk.ui import list_export
from cadredesk.ui.notify import RecordingNotifier
from cadredesk.ui.pages import page_output
from cadredesk.ui.pages.mentoring_dialogs import ActivityDialog, MentorDialog, PairDialog
from cadredesk.ui.pages.mentoring_page import MentoringPage
from cadredesk.ui.sheet_import import SheetImportDialog
from cadredesk.ui.table import select_row
from cadredesk.ui.tasks import TaskRunner
from cadredesk.ui.theme import WARNING_BACKGROUND
from tests.test_gui_training import save_dialog_answer
from tests.test_mentoring import START, _setup

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 4, 15)


@dataclass
class Env:
    ctx: Context
    page: MentoringPage
    notifier: RecordingNotifier
    ids: dict[str, Any]
    tmp: Path


@pytest.fixture
def env(db: Database, tmp_path: Path, qtbot: QtBot) -> Iterator[Env]:
    ctx = Context(db=db, actor=Actor("tester", "测试员")).at(TODAY)
    ids = _setup(ctx)
    d1, d2, _d3, d4 = ids["d"]  # type: ignore[misc]
    m1, _m2, m3 = ids["m"]  # type: ignore[misc]
    mentoring.pair(ctx, m1, [d1, d2], start=START)
    mentoring.pair(ctx, m3, [d4], start=START)
    pairs = {p.name: p.id for p in mentoring.list_pairs(ctx, ids["batch"])}  # type: ignore[arg-type]
    mentoring.save_activity(
        ctx, ActivityForm(pairs["测试甲"], dt.date(2026, 3, 20), "谈心谈话", "驻村打算", "明确重点")
    )
    mentoring.save_activity(ctx, ActivityForm(pairs["测试丁"], dt.date(2026, 4, 2), "现场指导", "项目推进"))
    notifier = RecordingNotifier(answer=True)
    runner = TaskRunner(ctx, notifier, synchronous=True)
    page = MentoringPage(runner, notifier)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    page.reload()
    yield Env(ctx, page, notifier, ids, tmp_path)
    runner.shutdown()


def audit_actions(env: Env) -> list[str]:
    with env.ctx.db.reader() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def pair_row(page: MentoringPage, name: str) -> int:
    return page.pairs.proxy.proxy_row(lambda p: p.name == name and p.current)


def test_page_lists_mentors_pairs_and_log_and_highlights_idle_pairs(env: Env, qtmodeltester: Any) -> None:
    page = env.page
    assert [(m.township, m.name, m.mentees) for m in page.shown_mentors()] == [
        ("永安镇", "陈书记", 2), ("永安镇", "林镇长", 0), ("黄河镇", "周书记", 1),
    ]  # fmt: skip
    # pairs overdue come first, then township, mentor, place order
    assert [(p.mentor, p.name) for p in page.shown_pairs()] == [
        ("陈书记", "测试乙"),
        ("陈书记", "测试甲"),
        ("周书记", "测试丁"),
    ]
    # 乙 has had no activity since 1 January: more than three months on 15 April
    state = page.pairs.model.column_index("state")
    row = pair_row(page, "测试乙")
    assert page.pairs.proxy.index(row, state).data() == "活动超期"
    assert page.pairs.proxy.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).color() == WARNING_BACKGROUND
    assert page.pairs.proxy.index(pair_row(page, "测试甲"), state).data() == "结对中"
    assert page.ui.statusLabel.text() == (
        "帮带人 3 名，当前结对 3 对，其中超过 3 个月没有帮带活动 1 对；活动记录 2 条"
    )
    for model in (page.model, page.pairs.model, page.activities.model):
        qtmodeltester.check(model, force_py=True)


def test_filters_idle_only_township_and_search(env: Env, qtbot: QtBot) -> None:
    page = env.page
    qtbot.mouseClick(page.ui.idleOnlyCheck, Qt.MouseButton.LeftButton)
    assert [p.name for p in page.shown_pairs()] == ["测试乙"]
    qtbot.mouseClick(page.ui.idleOnlyCheck, Qt.MouseButton.LeftButton)
    page.ui.townshipCombo.setCurrentIndex(page.ui.townshipCombo.findData("黄河镇"))
    assert [m.name for m in page.shown_mentors()] == ["周书记"]
    assert [p.name for p in page.shown_pairs()] == ["测试丁"]
    assert [a.topic for a in page.shown_activities()] == ["项目推进"]
    page.ui.townshipCombo.setCurrentIndex(0)
    page.ui.searchEdit.setText("永安1")  # by the village
    page.apply_filter()
    assert [p.name for p in page.shown_pairs()] == ["测试甲"]
    page.ui.searchEdit.setText("zsj")  # 周书记 by pinyin initials: the mentor, not the pairs
    page.apply_filter()
    assert [m.name for m in page.shown_mentors()] == ["周书记"]


def test_add_edit_and_delete_a_mentor(env: Env, qtbot: QtBot) -> None:
    page = env.page
    qtbot.mouseClick(page.ui.addMentorButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MentorDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error() == "请选择乡镇（街道）"
    dialog.ui.townshipCombo.setCurrentIndex(dialog.ui.townshipCombo.findText("黄河镇"))
    dialog.ui.nameEdit.setText("吴副镇长")
    dialog.ui.postCombo.setCurrentText("镇党委委员、副镇长")
    dialog.ui.phoneEdit.setText("13900000009")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.mentor() is not None and page.mentor().name == "吴副镇长"  # type: ignore[union-attr]
    qtbot.mouseClick(page.ui.editMentorButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MentorDialog)
    assert dialog.ui.phoneEdit.text() == "13900000009"
    dialog.ui.postCombo.setCurrentText("镇人大主席")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert {m.name: m.post for m in page.shown_mentors()}["吴副镇长"] == "镇人大主席"
    qtbot.mouseClick(page.ui.deleteMentorButton, Qt.MouseButton.LeftButton)
    assert "吴副镇长" not in [m.name for m in page.shown_mentors()]
    # a mentor with pairs cannot be deleted: the service says why
    select_row(page.view, lambda m: m.name == "陈书记")
    qtbot.mouseClick(page.ui.deleteMentorButton, Qt.MouseButton.LeftButton)
    assert "不能删除" in env.notifier.texts("error")[-1]


def test_pair_several_cadres_with_one_mentor_in_one_step(env: Env, qtbot: QtBot) -> None:
    page = env.page
    mentoring.end_pair(env.ctx, next(p.id for p in page.shown_pairs() if p.name == "测试乙"), on=TODAY)
    page.reload()
    select_row(page.view, lambda m: m.name == "林镇长")
    qtbot.mouseClick(page.ui.pairButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PairDialog)
    assert dialog.mentor() is not None and dialog.mentor().name == "林镇长"  # type: ignore[union-attr]
    # only 永安镇's cadres without a mentor: 乙 (pair ended) and 丙
    assert sorted(p.name for p in dialog.table.proxy.shown()) == ["测试丙", "测试乙"]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error() == "请选择被帮带的驻村干部（可多选）"
    dialog.ui.startEdit.setDate(QDate(2026, 4, 16))
    assert dialog.select(lambda p: True) == 2
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    mine = [
        (p.name, p.start) for p in mentoring.list_pairs(env.ctx, env.ids["batch"], mentor_id=env.ids["m"][1])
    ]
    assert sorted(mine) == [("测试丙", dt.date(2026, 4, 16)), ("测试乙", dt.date(2026, 4, 16))]
    assert audit_actions(env).count("mentor.pair") == 3  # two in the set-up, one for both cadres
    assert page.ui.statusLabel.text() == "已结对 2 人"


def test_unpair(env: Env, qtbot: QtBot) -> None:
    page = env.page
    select_row(page.ui.pairView, lambda p: p.name == "测试乙")
    qtbot.mouseClick(page.ui.unpairButton, Qt.MouseButton.LeftButton)
    assert "解除 陈书记 与 测试乙（永安镇永安2村）的帮带关系" in env.notifier.texts("confirm")[-1]
    assert "测试乙" not in [p.name for p in page.shown_pairs()]  # only current pairs are shown
    qtbot.mouseClick(page.ui.currentOnlyCheck, Qt.MouseButton.LeftButton)
    ended = [p for p in page.shown_pairs() if p.name == "测试乙"]
    assert ended and ended[0].end == TODAY


def test_log_edit_and_delete_an_activity(env: Env, qtbot: QtBot) -> None:
    page = env.page
    select_row(page.ui.pairView, lambda p: p.name == "测试乙")
    assert page.shown_activities() == []  # the selected pair's log
    qtbot.mouseClick(page.ui.addActivityButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ActivityDialog)
    dialog.ui.dayEdit.setDate(QDate(2026, 4, 10))
    dialog.ui.formCombo.setCurrentText("带领走访")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error() == "请填写活动主题"
    dialog.ui.topicEdit.setText("走访脱贫户")
    dialog.ui.outcomeEdit.setPlainText("摸清了三户的困难")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [(a.day, a.form, a.topic) for a in page.shown_activities()] == [
        (dt.date(2026, 4, 10), "带领走访", "走访脱贫户")
    ]
    # no longer idle: the highlight goes
    state = page.pairs.model.column_index("state")
    assert page.pairs.proxy.index(pair_row(page, "测试乙"), state).data() == "结对中"
    select_row(page.ui.activityView, lambda a: a.topic == "走访脱贫户")
    qtbot.mouseClick(page.ui.editActivityButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ActivityDialog)
    assert dialog.ui.outcomeEdit.toPlainText() == "摸清了三户的困难"
    dialog.ui.topicEdit.setText("走访脱贫户和监测户")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [a.topic for a in page.shown_activities()] == ["走访脱贫户和监测户"]
    select_row(page.ui.activityView, lambda a: a.topic == "走访脱贫户和监测户")
    qtbot.mouseClick(page.ui.deleteActivityButton, Qt.MouseButton.LeftButton)
    assert page.shown_activities() == []
    assert {"mentor.log", "mentor.log.delete"} <= set(audit_actions(env))


def test_the_idle_interval_is_edited_on_the_page(env: Env, qtbot: QtBot) -> None:
    page = env.page
    assert page.ui.idleSpin.value() == 3
    page.ui.idleSpin.setValue(4)
    qtbot.mouseClick(page.ui.saveIdleButton, Qt.MouseButton.LeftButton)
    assert mentoring.idle_pairs(env.ctx, env.ids["batch"]).months == 4
    state = page.pairs.model.column_index("state")
    assert page.pairs.proxy.index(pair_row(page, "测试乙"), state).data() == "结对中"
    assert page.ui.statusLabel.text() == "帮带活动间隔已设为 4 个月"


def test_import_mentors_with_a_bad_row(env: Env, qtbot: QtBot) -> None:
    page = env.page
    sheet = env.tmp / "帮带人.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["传帮带帮带人名单"])
    ws.append(["序号", "乡镇", "帮带人姓名", "职务", "联系电话", "被帮带人"])
    ws.append([1, "永安镇", "林镇长", "镇党委副书记、镇长", "13800000002", "测试丙"])
    ws.append([2, "无此镇", "王某", "镇长", "", ""])
    ws.append([3, "黄河镇", "赵委员", "镇党委委员、组织委员", "13800000003", ""])
    wb.save(sheet)
    qtbot.mouseClick(page.ui.importMentorsButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SheetImportDialog)
    assert dialog.ui.courseCombo.isHidden()
    dialog.choose_file(sheet)
    bad = [ln for ln in dialog.model.rows() if ln.bad]
    assert [(ln.row, ln.name) for ln in bad] == [(4, "王某")] and "无此镇" in bad[0].note
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.ui.skipInvalidCheck, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    assert "赵委员" in [m.name for m in page.shown_mentors()]
    assert ("林镇长", "测试丙") in [(p.mentor, p.name) for p in page.shown_pairs()]
    assert "跳过不合格 1 行" in env.notifier.texts("info")[-1]


def test_export_lists(env: Env, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page = env.page
    saved: list[Path] = []
    answer = save_dialog_answer(env.tmp, saved)
    monkeypatch.setattr(list_export, "ask_save_path", answer)
    for button in ("exportMentorsButton", "exportPairsButton", "exportActivitiesButton"):
        qtbot.mouseClick(getattr(page.ui, button), Qt.MouseButton.LeftButton)
    assert [p.name.split("（")[0] for p in saved] == [
        "2026年驻村传帮带帮带人名单", "2026年驻村传帮带结对表", "2026年驻村传帮带活动记录",
    ]  # fmt: skip
    ws = openpyxl.load_workbook(saved[1]).active
    assert ws is not None
    values = [[c for c in row if c is not None] for row in ws.iter_rows(values_only=True)]
    assert any("测试乙" in v and "活动超期" in v for v in values)


def test_print_the_pair_table(env: Env, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page = env.page
    saved: list[Path] = []
    answer = save_dialog_answer(env.tmp, saved)
    monkeypatch.setattr(page_output, "ask_save_path", answer)
    qtbot.mouseClick(page.ui.printPairsButton, Qt.MouseButton.LeftButton)
    assert [p.name for p in saved] == ["2026年驻村传帮带结对表.pdf"]
    text = subprocess.run(["pdftotext", "-layout", str(saved[0]), "-"], capture_output=True, text=True).stdout
    assert "陈书记" in text and "测试乙" in text and "周书记" in text
    assert page.ui.statusLabel.text().startswith("已生成 PDF（1 页）")
    assert "print.pairs" in audit_actions(env)
