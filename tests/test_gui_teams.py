"""工作队与工作小组 and 下载填报模板 on the 选派名单 page, driven as a clerk would.

Real SQLite in tmp_path, a synchronous task runner (plus one threaded run), dialogs opened with
``open()`` and driven directly, the save path injected.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from cadredesk.core.enums import Role, TeamKind
from cadredesk.core.models import AuditEntry, Cadre, Dispatch, Unit, WorkGroup, WorkGroupPlace
from cadredesk.core.names import initials_index, stroke_key
from cadredesk.services import assignment, batches, reference
from cadredesk.services.checks import Violation
from cadredesk.services.context import Actor, Context
from cadredesk.services.roster_view import DispatchRow, Target, load_teams, locate, team_rows
from cadredesk.storage.engine import Database
from cadredesk.ui.notify import RecordingNotifier
from cadredesk.ui.pages.roster_page import ROSTER_COLUMNS, RosterPage
from cadredesk.ui.table_model import TableModel
from cadredesk.ui.tasks import TaskRunner
from cadredesk.ui.teams_dialog import TeamsDialog
from cadredesk.ui.theme import ERROR_COLOR
from tests.factories import make_id

pytestmark = pytest.mark.gui

BATCH = "2025年度驻村蹲点"
PEOPLE = ("张一", "李二", "王三", "赵四", "钱五", "孙六")


@dataclass
class Env:
    db: Database
    runner: TaskRunner
    notifier: RecordingNotifier
    batch_id: int
    places: dict[str, int]
    townships: dict[str, int]
    dispatches: dict[str, int]
    tmp: Path


def add_dispatch(db: Database, batch_id: int, name: str, n: int, place_id: int, role: str) -> int:
    with db.session() as s:
        unit_id = s.scalar(select(Unit.id).where(Unit.name == "县财政局"))
        birth = dt.date(1980 + n, 1 + n % 12, 1 + n)
        c = Cadre(
            name=name,
            gender="男",
            id_number=make_id(birth, True),
            birth_date=birth,
            unit_id=unit_id,
            name_initials=initials_index(name),
            name_strokes=stroke_key(name),
        )
        s.add(c)
        s.flush()
        cadre_id = c.id
    ctx = Context(db=db, actor=Actor("tester", "测试员"))
    return assignment.assign(ctx, batch_id, cadre_id, place_id=place_id, role=role).dispatch_id


@pytest.fixture
def env(db: Database, tmp_path: Path, qapp: Any) -> Iterator[Env]:
    """黄河口镇 with five villages and a community, 仙河镇 with one village; six cadres on the roster."""
    ctx = Context(db=db, actor=Actor("tester", "测试员"))
    t1 = reference.create_township(ctx, "黄河口镇")
    t2 = reference.create_township(ctx, "仙河镇")
    places = {n: reference.save_place(ctx, t1, n) for n in ("一村", "二村", "三村", "五村", "六村")}
    places["幸福社区"] = reference.save_place(ctx, t1, "幸福社区")
    places["四村"] = reference.save_place(ctx, t2, "四村")
    reference.create_unit(ctx, "县财政局")
    reference.create_unit(ctx, "县教育局")
    batch_id = batches.create_batch(
        ctx, batches.BatchForm.defaults("county", dt.date(2025, 1, 1), name=BATCH)
    ).id
    townships = {"黄河口镇": t1, "仙河镇": t2}
    where = ["一村", "二村", "三村", "五村", "六村", "四村"]
    dispatches = {
        name: add_dispatch(db, batch_id, name, i, places[where[i]], Role.MEMBER.value)
        for i, name in enumerate(PEOPLE)
    }
    notifier = RecordingNotifier(answer=True)
    runner = TaskRunner(Context(db=db, actor=Actor("tester", "测试员")), notifier, synchronous=True)
    yield Env(db, runner, notifier, batch_id, places, townships, dispatches, tmp_path)
    runner.shutdown()


def page_for(env: Env, qtbot: Any) -> RosterPage:
    page = RosterPage(env.runner, env.notifier)
    qtbot.addWidget(page)
    page.reload()
    assert page.snapshot is not None and page.snapshot.batch is not None
    return page


def row_of(page: RosterPage, name: str) -> DispatchRow:
    return next(r for r in page.model.rows() if r.name == name)


def team_violations(page: RosterPage) -> list[Violation]:
    return [v for v in page.findings.model.rows() if v.rule == "team-composition"]


# --------------------------------------------------------------------------- 工作队


def test_state_enterprise_team_reaches_one_plus_four(env: Env, qtbot: Any, qtmodeltester: Any) -> None:
    # a state-enterprise team serves one or two enterprises (seed 000): its people are posted there
    ctx = Context(db=env.db, actor=Actor("tester", "测试员"))
    soe = reference.save_place(ctx, env.townships["黄河口镇"], "黄河油田公司", kind="企业")
    for name in PEOPLE[:5]:
        assignment.move(ctx, env.dispatches[name], place_id=soe)
    page = page_for(env, qtbot)
    assert page.teams_button.isEnabled()
    dialog = page.roster_actions.open_teams()
    assert isinstance(dialog, TeamsDialog) and page.dialog is dialog
    for model in (
        dialog.teams.team_model,
        dialog.teams.member_model,
        dialog.teams.candidate_model,
        dialog.groups.group_model,
    ):
        qtmodeltester.check(model)
    assert dialog.teams.team_model.rowCount() == 0 and "还没有工作队" in dialog.teams.team_count_label.text()
    assert dialog.teams.candidate_model.rowCount() == len(PEOPLE)

    # ---- a name is required; a duplicate is refused by the service, inline
    dialog.teams.create_team()
    assert dialog.error() == "请填写工作队名称"
    dialog.teams.team_name_edit.setText("省管企业服务队第一队")
    dialog.teams.team_kind_combo.setCurrentIndex(
        dialog.teams.team_kind_combo.findData(TeamKind.STATE_ENTERPRISE.value)
    )
    dialog.teams.create_team()
    assert dialog.error() == ""
    assert [t.name for t in dialog.teams.team_model.rows()] == ["省管企业服务队第一队"]
    team = dialog.teams.current_team()
    assert team is not None and team.kind == "省属企业" and team.required == 5 and team.members == 0
    assert dialog.teams.team_name_edit.text() == ""  # ready for the next one
    dialog.teams.team_name_edit.setText("省管企业服务队第一队")
    dialog.teams.create_team()
    assert "已存在" in dialog.error()
    assert dialog.teams.team_model.rowCount() == 1
    qtmodeltester.check(dialog.teams.team_model)

    # ---- four people in: the composition rule still complains (and says so in the table)
    four = [env.dispatches[n] for n in PEOPLE[:4]]
    assert dialog.teams.select_candidates(four) == 4
    assert dialog.teams.add_button.isEnabled()
    dialog.teams.add_to_team()
    assert dialog.error() == ""
    team = dialog.teams.current_team()
    assert team is not None and team.id is not None and team.members == 4 and team.leaders == ()
    assert {r.name for r in dialog.teams.member_model.rows()} == set(PEOPLE[:4])
    assert {r.name for r in dialog.teams.candidate_model.rows() if r.team_id is None} == set(PEOPLE[4:])
    size = dialog.teams.team_model.index(0, dialog.teams.team_model.column_index("size"))
    assert dialog.teams.team_model.data(size) == "4 / 5"
    assert dialog.teams.team_model.data(size, Qt.ItemDataRole.ForegroundRole).color() == ERROR_COLOR
    check = dialog.teams.team_model.data(
        dialog.teams.team_model.index(0, dialog.teams.team_model.column_index("check"))
    )
    assert "应为1名队长加4名队员，现有队长 0 人、共 4 人" in check
    qtmodeltester.check(dialog.teams.member_model)
    qtmodeltester.check(dialog.teams.candidate_model)

    # 设为队长: 张一 becomes the team's 工作队长
    dialog.teams.select_members([env.dispatches["张一"]])
    assert dialog.teams.leader_button.isEnabled()
    dialog.teams.make_leader()
    team = dialog.teams.current_team()
    assert team is not None and team.leaders == ("张一",)
    team_id = team.id

    # the page (after the dialog closes) lists the team and the violation, which jumps to its people
    dialog.reject()
    assert page.dialog is None
    assert row_of(page, "王三").team == "省管企业服务队第一队" and row_of(page, "钱五").team == ""
    violations = team_violations(page)
    assert len(violations) == 1 and violations[0].target == ("team", team_id)
    assert "共 4 人" in violations[0].detail
    target = page.jump_to(violations[0])
    assert target == Target("team", team_id)
    assert page.proxy.rowCount() == 4
    assert {r.name for r in page.selected_rows()} == set(PEOPLE[:4])
    assert not page.focus_button.isHidden()
    assert "省管企业服务队第一队" in page.focus_button.toolTip()

    # ---- the fifth: 1 + 4, the violation is gone (dialog opened on the focused team)
    page.clear_filters()
    assert page.proxy.rowCount() == len(PEOPLE)
    page.select_dispatch(env.dispatches["钱五"])
    dialog = page.roster_actions.open_teams(team_id=team_id)
    assert isinstance(dialog, TeamsDialog)
    current = dialog.teams.current_team()
    assert current is not None and current.id == team_id
    assert [r.name for r in dialog.teams.selected_candidates()] == [
        "钱五"
    ]  # the page's selection, preselected
    dialog.teams.add_to_team()
    team = dialog.teams.current_team()
    assert team is not None and team.members == 5 and team.issues == ()
    check = dialog.teams.team_model.data(
        dialog.teams.team_model.index(0, dialog.teams.team_model.column_index("check"))
    )
    assert check == "符合要求"
    assert "不符合要求 0 个" in dialog.status_label.text()
    dialog.reject()
    assert team_violations(page) == []
    assert row_of(page, "钱五").team == "省管企业服务队第一队"

    # ---- taking one out brings it back; the service audited every change
    dialog = page.roster_actions.open_teams(team_id=team_id)
    assert isinstance(dialog, TeamsDialog)
    dialog.teams.select_members([env.dispatches["钱五"]])
    dialog.teams.remove_from_team()
    dialog.reject()
    assert row_of(page, "钱五").team == ""
    assert len(team_violations(page)) == 1
    with env.db.reader() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.action.like("%team%"))))
    assert actions.count("team.create") == 1 and actions.count("team.members") == 3
    qtmodeltester.check(page.model)
    assert not env.notifier.texts("bug") and not env.notifier.texts("error")


def test_team_without_members_offers_the_dialog(env: Env, qtbot: Any) -> None:
    team_id = assignment.create_team(
        env.runner.ctx, env.batch_id, "黄河口镇乡村振兴服务队", TeamKind.VILLAGE.value
    )
    page = page_for(env, qtbot)
    violation = next(v for v in team_violations(page) if v.target == ("team", team_id))
    page.jump_to(violation)
    assert any("还没有队员" in t for t in env.notifier.texts("confirm"))
    dialog = page.dialog
    assert isinstance(dialog, TeamsDialog)
    team = dialog.teams.current_team()
    assert team is not None and team.id == team_id and team.required == 10 and team.composition == "1+9"
    assert dialog.tabs.currentIndex() == 0
    dialog.reject()
    assert page.proxy.rowCount() == len(PEOPLE)  # nothing filtered


# --------------------------------------------------------------------------- 工作小组


def test_work_groups_two_saved_one_or_four_refused(env: Env, qtbot: Any, qtmodeltester: Any) -> None:
    page = page_for(env, qtbot)
    dialog = page.roster_actions.open_teams()
    assert isinstance(dialog, TeamsDialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.groups.edit_group(None)
    dialog.groups.group_township_combo.setCurrentIndex(
        dialog.groups.group_township_combo.findData(env.townships["黄河口镇"])
    )
    # the township's villages only (no community, no other township's village)
    labels = [dialog.groups.village_list.item(i).text() for i in range(dialog.groups.village_list.count())]
    assert labels == ["一村", "二村", "三村", "五村", "六村"]
    assert dialog.groups.group_name_edit.text() == "黄河口镇第一工作小组"

    # one village: refused by the service, message shown, nothing saved
    dialog.groups.set_checked_villages([env.places["一村"]])
    assert "已选 1 个村" in dialog.groups.village_count_label.text()
    dialog.groups.save_group()
    assert "工作小组应由2至3个相邻村组成，当前选了 1 个" in dialog.error()
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.groups.group_model.rowCount() == 0
    # four villages: refused likewise
    dialog.groups.set_checked_villages([env.places[n] for n in ("一村", "二村", "三村", "五村")])
    dialog.groups.save_group()
    assert "当前选了 4 个" in dialog.error()
    assert dialog.groups.checked_villages() == [
        env.places[n] for n in ("一村", "二村", "三村", "五村")
    ]  # kept
    # two: saved
    dialog.groups.set_checked_villages([env.places["一村"], env.places["二村"]])
    dialog.groups.save_group()
    assert dialog.error() == ""
    groups = dialog.groups.group_model.rows()
    assert len(groups) == 1 and groups[0].places == ("一村", "二村") and groups[0].issues == ()
    assert groups[0].name == "黄河口镇第一工作小组" and groups[0].members == 2
    assert dialog.groups.current_group() is not None and "编辑工作小组" in dialog.groups.editor_box.title()
    qtmodeltester.check(dialog.groups.group_model)

    # a second group may not take a village of the first; its suggested name moves on
    dialog.groups.edit_group(None)
    assert dialog.groups.group_name_edit.text() == "黄河口镇第二工作小组"
    taken = [dialog.groups.village_list.item(i).text() for i in range(dialog.groups.village_list.count())]
    assert "一村（已在“黄河口镇第一工作小组”）" in taken
    dialog.groups.set_checked_villages([env.places["二村"], env.places["三村"]])
    dialog.groups.save_group()
    assert "二村已在工作小组“黄河口镇第一工作小组”中" in dialog.error()
    # a duplicate name is a message too, not a crash
    dialog.groups.group_name_edit.setText("黄河口镇第一工作小组")
    dialog.groups.set_checked_villages([env.places["五村"], env.places["六村"]])
    dialog.groups.save_group()
    assert "已有工作小组" in dialog.error()

    # edit the first: add 三村 (3 villages), then drop 一村 — its cadre leaves the group too
    first = groups[0].id
    assert dialog.groups.select_group(first)
    assert sorted(dialog.groups.checked_villages()) == sorted([env.places["一村"], env.places["二村"]])
    dialog.groups.set_checked_villages([env.places[n] for n in ("一村", "二村", "三村")])
    dialog.groups.save_group()
    assert dialog.error() == ""
    assert dialog.groups.group_model.rows()[0].places == ("一村", "二村", "三村")
    dialog.groups.set_checked_villages([env.places["二村"], env.places["三村"]])
    dialog.groups.save_group()
    assert dialog.groups.group_model.rows()[0].places == ("二村", "三村")
    dialog.reject()
    assert row_of(page, "张一").work_group == ""  # 一村 left the group
    assert row_of(page, "李二").work_group == "黄河口镇第一工作小组"
    assert row_of(page, "王三").work_group_id == first
    with env.db.reader() as s:
        d = s.get(Dispatch, env.dispatches["张一"])
        assert d is not None and d.work_group_id is None
    assert not [v for v in page.findings.model.rows() if v.rule == "work-group-size"]
    assert not env.notifier.texts("bug")


def test_work_group_violation_jumps_to_its_cadres(env: Env, qtbot: Any) -> None:
    """A one-village group (made outside the service) is flagged; the jump shows its village's cadre."""
    with env.db.session() as s:
        g = WorkGroup(batch_id=env.batch_id, township_id=env.townships["黄河口镇"], name="单村小组")
        s.add(g)
        s.flush()
        s.add(WorkGroupPlace(work_group_id=g.id, place_id=env.places["五村"]))
        group_id = g.id
    page = page_for(env, qtbot)
    violation = next(v for v in page.findings.model.rows() if v.rule == "work-group-size")
    assert violation.target == ("work_group", group_id) and "1 个村" in violation.detail
    target = page.jump_to(violation)
    assert target == Target("work_group", group_id)
    assert [page.proxy.row_at(i).name for i in range(page.proxy.rowCount())] == ["赵四"]
    assert [r.name for r in page.selected_rows()] == ["赵四"]
    assert "单村小组" in page.busy_label.text()
    # the dialog opens on the group (the roster is focused on it)
    dialog = page.roster_actions.open_teams()
    assert isinstance(dialog, TeamsDialog)
    assert dialog.tabs.currentIndex() == 1
    group = dialog.groups.current_group()
    assert group is not None and group.id == group_id and group.issues
    assert dialog.groups.checked_villages() == [env.places["五村"]]
    dialog.groups.set_checked_villages([env.places["五村"], env.places["六村"]])
    dialog.groups.save_group()
    assert dialog.error() == ""
    dialog.reject()
    assert not [v for v in page.findings.model.rows() if v.rule == "work-group-size"]
    page.focus_button.click()
    assert page.proxy.rowCount() == len(PEOPLE)


# --------------------------------------------------------------------------- 下载填报模板


def test_download_template(env: Env, qtbot: Any) -> None:
    page = page_for(env, qtbot)
    assert page.import_button.isEnabled() and page.template_action.isEnabled()
    assert page.template_action in page.import_button.menu().actions()
    out = env.tmp / "模板" / "名单模板"
    out.parent.mkdir()
    asked: list[str] = []

    def ask(_parent: Any, _title: str, suggested: str, _filters: str) -> str:
        asked.append(suggested)
        return str(out)

    page.output.ask_save_path = ask
    page.template_action.trigger()
    written = out.with_name("名单模板.xlsx")
    assert asked == [f"{BATCH}选派干部名单填报模板.xlsx"]
    assert written.exists() and page.output.last_export == written
    assert str(written) in page.busy_label.text()
    info = env.notifier.texts("info")
    assert info and str(written) in info[-1] and "乡镇 2 个、派驻点 7 个、派出单位 2 个" in info[-1]
    assert "尚未录入" not in info[-1]

    wb = openpyxl.load_workbook(written)
    ws = wb["名单"]
    assert ws["A1"].value == f"{BATCH}选派干部名单（填报模板）"
    validations = ws.data_validations.dataValidation
    lists = [dv for dv in validations if dv.type == "list"]
    assert len(lists) >= 5, [dv.formula1 for dv in validations]
    assert any(dv.type == "textLength" and dv.formula1 == "18" for dv in validations)
    hidden = next(s for s in wb.worksheets if s.sheet_state == "hidden")
    values = {str(c.value) for row in hidden.iter_rows() for c in row if c.value is not None}
    assert {"黄河口镇", "仙河镇", "一村", "幸福社区", "县财政局", "县教育局"} <= values
    assert all(hidden.title in dv.formula1 for dv in lists)
    # a cancelled file dialog does nothing
    page.output.ask_save_path = lambda *_a: None
    assert page.output.download_template() is None
    assert not env.notifier.texts("bug") and not env.notifier.texts("error")


def test_template_without_reference_data_says_what_is_missing(
    db: Database, tmp_path: Path, qtbot: Any
) -> None:
    notifier = RecordingNotifier()
    runner = TaskRunner(Context(db=db, actor=Actor("tester", "测试员")), notifier, synchronous=True)
    page = RosterPage(runner, notifier)
    qtbot.addWidget(page)
    page.reload()
    assert not page.teams_button.isEnabled() and not page.import_button.isEnabled()  # no batch yet
    out = tmp_path / "空模板.xlsx"
    page.output.ask_save_path = lambda *_a: str(out)
    page.output.download_template()  # works without a batch too (the title then names none)
    assert out.exists()
    assert "尚未录入乡镇、派驻点、派出单位" in notifier.texts("info")[-1]
    assert openpyxl.load_workbook(out)["名单"]["A1"].value == "选派干部驻村名单（填报模板）"
    assert not notifier.texts("bug") and not notifier.texts("error")
    runner.shutdown()


# --------------------------------------------------------------------------- read model and models


def test_locate_teams_and_models(env: Env, qtmodeltester: Any) -> None:
    ctx = env.runner.ctx
    team_id = assignment.create_team(ctx, env.batch_id, "民企服务队", TeamKind.PRIVATE_ENTERPRISE.value)
    assignment.set_team(ctx, [env.dispatches["孙六"]], team_id)
    group_id = assignment.save_work_group(
        ctx, env.batch_id, env.townships["黄河口镇"], "甲组", [env.places["一村"], env.places["二村"]]
    )
    snap = load_teams(env.runner.ctx, env.batch_id)
    assert [(t.name, t.members, t.required) for t in snap.teams] == [("民企服务队", 1, 10)]
    assert any("5家企业" in i for i in snap.teams[0].issues)
    assert [(g.name, g.places, g.members) for g in snap.groups] == [("甲组", ("一村", "二村"), 2)]
    assert {p.name for p in snap.villages} == {"一村", "二村", "三村", "五村", "六村", "四村"}
    for kind, ident in (("team", team_id), ("work_group", group_id)):
        t = locate(Violation("x", "批 / 某", "", target=(kind, ident)), snap.rows)
        assert t == Target(kind, ident)
    assert [r.name for r in team_rows(snap.rows, Target("team", team_id))] == ["孙六"]
    assert {r.name for r in team_rows(snap.rows, Target("work_group", group_id))} == {"张一", "李二"}
    assert team_rows(snap.rows, Target("unit", 1)) == []
    # the roster's search finds a team by name
    assert [r.name for r in snap.rows if r.matches("民企服务")] == ["孙六"]
    roster: TableModel[DispatchRow] = TableModel(ROSTER_COLUMNS)
    roster.set_rows(snap.rows)
    qtmodeltester.check(roster)
    row = roster.find(lambda r: r.name == "孙六")
    assert roster.data(roster.index(row, roster.column_index("team"))) == "民企服务队"
    row = roster.find(lambda r: r.name == "张一")
    assert roster.data(roster.index(row, roster.column_index("work_group"))) == "甲组"


def test_dialog_with_background_threads(env: Env, qtbot: Any) -> None:
    runner = TaskRunner(env.runner.ctx, env.notifier)
    try:
        dialog = TeamsDialog(runner, env.batch_id, BATCH)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.snapshot is not None, timeout=10_000)
        dialog.teams.team_name_edit.setText("一队")
        dialog.teams.create_team()
        qtbot.waitUntil(lambda: dialog.teams.team_model.rowCount() == 1, timeout=10_000)
        qtbot.waitUntil(lambda: dialog.teams.current_team() is not None, timeout=10_000)
        dialog.teams.select_candidates([env.dispatches["张一"]])
        dialog.teams.add_to_team()
        qtbot.waitUntil(lambda: dialog.teams.member_model.rowCount() == 1, timeout=10_000)
        assert dialog.dirty and not env.notifier.texts("bug")
    finally:
        assert runner.shutdown()


def test_rename_and_delete_team_and_group(env: Env, qtbot: Any, qtmodeltester: Any) -> None:
    ctx = env.runner.ctx
    team_id = assignment.create_team(ctx, env.batch_id, "一队", TeamKind.VILLAGE.value)
    assignment.create_team(ctx, env.batch_id, "二队", TeamKind.VILLAGE.value)
    assignment.set_team(ctx, [env.dispatches[name] for name in ("张一", "李二")], team_id)
    group_id = assignment.save_work_group(
        ctx, env.batch_id, env.townships["黄河口镇"], "甲组", [env.places["一村"], env.places["二村"]]
    )
    page = page_for(env, qtbot)
    dialog = page.roster_actions.open_teams(team_id=team_id)
    assert isinstance(dialog, TeamsDialog)
    team = dialog.teams.current_team()
    assert team is not None and team.id == team_id
    assert dialog.teams.team_rename_edit.text() == "一队" and not dialog.teams.rename_team_button.isEnabled()
    assert dialog.teams.delete_team_button.isEnabled()

    # ---- 重命名: a taken name is refused inline; a free one sticks and the team stays chosen
    dialog.teams.team_rename_edit.setText("二队")
    assert dialog.teams.rename_team_button.isEnabled()
    dialog.teams.rename_team()
    assert dialog.error() == "工作队“二队”已存在"
    dialog.teams.team_rename_edit.setText("黄河口镇乡村振兴服务队")
    dialog.teams.rename_team()
    assert dialog.error() == ""
    assert sorted(t.name for t in dialog.teams.team_model.rows()) == ["二队", "黄河口镇乡村振兴服务队"]
    team = dialog.teams.current_team()
    assert team is not None and team.id == team_id and team.name == "黄河口镇乡村振兴服务队"
    assert {r.name for r in dialog.teams.member_model.rows()} == {"张一", "李二"}
    qtmodeltester.check(dialog.teams.team_model)

    # ---- 删除工作队: declined, nothing happens; confirmed, the team goes and its members are free
    env.notifier.answer = False
    dialog.teams.delete_team()
    assert dialog.teams.team_model.rowCount() == 2
    env.notifier.answer = True
    dialog.teams.delete_team()
    confirms = env.notifier.texts("confirm")
    assert len(confirms) == 2 and "黄河口镇乡村振兴服务队" in confirms[-1] and "2 名队员" in confirms[-1]
    assert dialog.error() == ""
    assert [t.name for t in dialog.teams.team_model.rows()] == ["二队"]
    chosen = dialog.teams.current_team()
    assert chosen is None or chosen.id != team_id
    assert all(r.team_id is None for r in dialog.teams.candidate_model.rows())
    qtmodeltester.check(dialog.teams.team_model)
    qtmodeltester.check(dialog.teams.candidate_model)

    # ---- 删除工作小组: the edited group goes; its villages are free for a new one
    assert dialog.groups.select_group(group_id)
    assert dialog.groups.delete_group_button.isEnabled()
    dialog.groups.delete_group()
    assert "甲组" in env.notifier.texts("confirm")[-1] and "一村、二村" in env.notifier.texts("confirm")[-1]
    assert dialog.error() == ""
    assert dialog.groups.group_model.rowCount() == 0 and dialog.groups.current_group() is None
    assert (
        dialog.groups.editor_box.title() == "新建工作小组"
        and not dialog.groups.delete_group_button.isEnabled()
    )
    assert not any(
        "已在" in dialog.groups.village_list.item(i).text() for i in range(dialog.groups.village_list.count())
    )
    qtmodeltester.check(dialog.groups.group_model)
    dialog.reject()

    assert row_of(page, "张一").team == "" and row_of(page, "张一").work_group == ""
    with env.db.reader() as s:
        assert s.scalars(select(WorkGroupPlace)).all() == []
        assert s.get(WorkGroup, group_id) is None
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-3:] == ["team.rename", "team.delete", "workgroup.delete"]
    assert not env.notifier.texts("bug")
