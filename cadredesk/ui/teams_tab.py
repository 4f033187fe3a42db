"""The 工作队 tab of 工作队与工作小组 (layout: forms/teams_tab.ui).

The teams with their size against 1+9 / 1+4 and the composition rule's verdict; create a team; rename or
delete the chosen one (its cadres stay on the roster); for the chosen team, its members (remove, make one
the 工作队长) and the batch's other active cadres to add (the rows selected on the page come preselected).
Changes run through the dialog's ``write``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from cadredesk.core.enums import Role, TeamKind
from cadredesk.services import assignment
from cadredesk.services.context import Context
from cadredesk.services.roster_view import DispatchRow, TeamRow, TeamsSnapshot
from cadredesk.ui.forms.ui_teams_tab import Ui_TeamsTab
from cadredesk.ui.table import Table, current, select_row, select_rows, selected
from cadredesk.ui.table_model import Column
from cadredesk.ui.theme import ERROR_COLOR, MUTED_COLOR, OK_COLOR
from cadredesk.ui.widgets import fill_combo, reset_filters

if TYPE_CHECKING:
    from cadredesk.ui.teams_dialog import TeamsDialog


def _muted(row: DispatchRow) -> QColor | None:
    return None if row.active else MUTED_COLOR


TEAM_COLUMNS: list[Column[TeamRow]] = [
    Column("name", "工作队", lambda t: t.name, tooltip=lambda t: t.name, width=13),
    Column("kind", "类型", lambda t: t.kind, width=5),
    Column("township", "乡镇", lambda t: t.township, width=6),
    Column(
        "size", "人数", lambda t: f"{t.members} / {t.required}", lambda t: t.members - t.required,
        tooltip=lambda t: f"应为1名队长加{t.required - 1}名队员（{t.composition}），现有在派 {t.members} 人",
        foreground=lambda t: ERROR_COLOR if t.members != t.required else None, align_center=True, width=4,
    ),
    Column(
        "leader", "队长", lambda t: "、".join(t.leaders) or "（未定）",
        foreground=lambda t: ERROR_COLOR if len(t.leaders) != 1 else None, width=5,
    ),
    Column(
        "check", "检查", lambda t: "；".join(t.issues) or "符合要求", lambda t: len(t.issues),
        tooltip=lambda t: "\n".join(t.issues) or None,
        foreground=lambda t: ERROR_COLOR if t.issues else OK_COLOR, width=16,
    ),
]  # fmt: skip

MEMBER_COLUMNS: list[Column[DispatchRow]] = [
    Column("name", "姓名", lambda r: r.name, lambda r: r.strokes or r.name, foreground=_muted, width=4),
    Column(
        "role", "身份", lambda r: r.role, lambda r: (r.role != Role.TEAM_LEADER.value, r.role),
        foreground=_muted, width=4,
    ),
    Column("status", "状态", lambda r: r.status, foreground=_muted, align_center=True, width=2),
    Column("township", "乡镇", lambda r: r.township, lambda r: r.township_order, foreground=_muted, width=4),
    Column("place", "派驻点", lambda r: r.place or "（未定）", tooltip=lambda r: r.place or None,
           foreground=_muted, width=5),
    Column("unit", "派出单位", lambda r: r.unit, tooltip=lambda r: r.unit, foreground=_muted, width=8),
]  # fmt: skip

CANDIDATE_COLUMNS: list[Column[DispatchRow]] = [
    Column("name", "姓名", lambda r: r.name, lambda r: r.strokes or r.name, width=4),
    Column("role", "身份", lambda r: r.role, width=4),
    Column("township", "乡镇", lambda r: r.township, lambda r: r.township_order, width=4),
    Column("place", "派驻点", lambda r: r.place or "（未定）", tooltip=lambda r: r.place or None, width=5),
    Column("team", "现属工作队", lambda r: r.team, tooltip=lambda r: r.team or None, width=7),
    Column("unit", "派出单位", lambda r: r.unit, tooltip=lambda r: r.unit, width=8),
]  # fmt: skip


class TeamsTab(QWidget):
    """工作队: the teams table on top, the chosen team's members and the candidates below."""

    def __init__(
        self, dialog: TeamsDialog, *, preselect: Sequence[int] = (), team_id: int | None = None
    ) -> None:
        super().__init__(dialog)
        self.ui = Ui_TeamsTab()
        self.ui.setupUi(self)
        self.dialog = dialog
        self.preselect = list(preselect)
        self._want_team = team_id
        self._alias_widgets()
        teams = Table(self.ui.teamView, TEAM_COLUMNS, self)
        members = Table(
            self.ui.memberView, MEMBER_COLUMNS, self, multi=True, sort=("role", Qt.SortOrder.AscendingOrder)
        )
        candidates = Table(
            self.ui.candidateView,
            CANDIDATE_COLUMNS,
            self,
            multi=True,
            on_activate=lambda _r: self.add_to_team(),
        )
        self.team_model, self.team_proxy, self.team_view = teams.model, teams.proxy, teams.view
        self.member_model, self.member_proxy, self.member_view = members.model, members.proxy, members.view
        self.candidate_model, self.candidate_proxy, self.candidate_view = (
            candidates.model, candidates.proxy, candidates.view
        )  # fmt: skip
        fill_combo(self.team_kind_filter, [(k.value, k.value) for k in TeamKind], all_text="全部类型")
        fill_combo(self.team_kind_combo, [(k.value, k.value) for k in TeamKind])
        fill_combo(self.team_township_combo, [], all_text="（不限乡镇）")
        self.ui.splitter.setSizes([210, 340])
        self._connect()
        self._update_actions()

    def _alias_widgets(self) -> None:
        ui = self.ui
        self.team_search, self.team_kind_filter = ui.teamSearch, ui.teamKindFilter
        self.team_problem_check, self.team_count_label = ui.teamProblemCheck, ui.teamCountLabel
        self.team_name_edit, self.team_kind_combo = ui.teamNameEdit, ui.teamKindCombo
        self.team_township_combo, self.create_team_button = ui.teamTownshipCombo, ui.createTeamButton
        self.team_rename_edit, self.rename_team_button = ui.teamRenameEdit, ui.renameTeamButton
        self.delete_team_button, self.member_box = ui.deleteTeamButton, ui.memberBox
        self.leader_button, self.remove_button = ui.leaderButton, ui.removeButton
        self.candidate_search, self.free_only_check = ui.candidateSearch, ui.freeOnlyCheck
        self.add_button, self.candidate_hint = ui.addButton, ui.candidateHint

    def _connect(self) -> None:
        self.team_search.textChanged.connect(lambda _t: self._filter_teams())
        self.team_kind_filter.currentIndexChanged.connect(lambda _i: self._filter_teams())
        self.team_problem_check.toggled.connect(lambda _c: self._filter_teams())
        self.create_team_button.clicked.connect(self.create_team)
        self.team_name_edit.returnPressed.connect(self.create_team)
        self.rename_team_button.clicked.connect(self.rename_team)
        self.team_rename_edit.returnPressed.connect(self.rename_team)
        self.team_rename_edit.textChanged.connect(lambda _t: self._update_actions())
        self.delete_team_button.clicked.connect(self.delete_team)
        self.team_view.selectionModel().selectionChanged.connect(lambda *_a: self._team_chosen())
        self.member_view.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.candidate_view.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.candidate_search.textChanged.connect(lambda _t: self._filter_candidates())
        self.free_only_check.toggled.connect(lambda _c: self._filter_candidates())
        self.add_button.clicked.connect(self.add_to_team)
        self.remove_button.clicked.connect(self.remove_from_team)
        self.leader_button.clicked.connect(self.make_leader)

    # ------------------------------------------------------------------ showing the batch
    def remember(self) -> None:
        """Before a reload: keep the chosen team chosen."""
        team = self.current_team()
        if self._want_team is None and team is not None:
            self._want_team = team.id

    def show_snapshot(self, snap: TeamsSnapshot, *, first: bool) -> None:
        fill_combo(self.team_township_combo, [(n, t) for t, n in snap.townships], all_text="（不限乡镇）")
        self.team_model.set_rows(snap.teams)
        self._filter_teams()
        self.candidate_model.set_rows([r for r in snap.rows if r.active])
        want, self._want_team = self._want_team, None
        if want is None and first and not self.preselect and snap.teams:
            # browsing: show a team straight away, the first that needs attention
            want = next((t.id for t in snap.teams if t.issues), snap.teams[0].id)
        if want is None or not self.select_team(want, show=False):
            self._team_chosen()
        if first and self.preselect:
            self.select_candidates(self.preselect)

    def _filter_teams(self) -> None:
        query = self.team_search.text().strip()
        kind = self.team_kind_filter.currentData()
        problems = self.team_problem_check.isChecked()

        def accepts(t: TeamRow) -> bool:
            return (kind is None or t.kind == kind) and (not problems or bool(t.issues)) and t.matches(query)

        filtered = bool(query) or kind is not None or problems
        self.team_proxy.set_predicate(accepts if filtered else None)
        total, shown = self.team_model.rowCount(), self.team_proxy.rowCount()
        if not total:
            self.team_count_label.setText("本批次还没有工作队")
        else:
            self.team_count_label.setText(
                f"显示 {shown} / 共 {total} 个" if shown != total else f"共 {total} 个"
            )

    def current_team(self) -> TeamRow | None:
        value = current(self.team_view)
        return value if isinstance(value, TeamRow) else None

    def select_team(self, team_id: int, *, show: bool = True) -> bool:
        if self.team_model.find(lambda t: t.id == team_id) < 0:
            return False
        if not select_row(self.team_view, lambda t: t.id == team_id):
            reset_filters(self.team_search, self.team_kind_filter, self.team_problem_check)
            self._filter_teams()
            select_row(self.team_view, lambda t: t.id == team_id)
        if show:
            self.dialog.show_tab(0)
        self._team_chosen()
        return True

    def _team_chosen(self) -> None:
        team = self.current_team()
        snap = self.dialog.snapshot
        with QSignalBlocker(self.team_rename_edit):
            self.team_rename_edit.setText(team.name if team is not None else "")
        if team is None or snap is None:
            self.member_box.setTitle("队员（请在上方选择一个工作队）")
            self.member_model.set_rows([])
        else:
            self.member_box.setTitle(
                f"{team.name}：在派 {team.members} 人，应为 {team.composition}（1名队长加{team.required - 1}名队员）"
            )
            self.member_model.set_rows([r for r in snap.rows if r.team_id == team.id])
        self._filter_candidates()

    def _filter_candidates(self) -> None:
        team = self.current_team()
        team_id = team.id if team is not None else None
        query = self.candidate_search.text().strip()
        free_only = self.free_only_check.isChecked()
        keep = set(self.preselect)

        def accepts(r: DispatchRow) -> bool:
            if team_id is not None and r.team_id == team_id:
                return False
            if free_only and r.team_id is not None and r.id not in keep:
                return False
            return r.matches(query)

        self.candidate_proxy.set_predicate(accepts)
        self._update_actions()

    # ------------------------------------------------------------------ selection
    def select_candidates(self, ids: Sequence[int]) -> int:
        """Select these dispatches in the right-hand list (as the clerk would); returns how many were found."""
        wanted = set(ids)
        count = select_rows(self.candidate_view, lambda r: r.id in wanted)
        self._update_actions()
        return count

    def selected_candidates(self) -> list[DispatchRow]:
        return selected(self.candidate_view)

    def selected_members(self) -> list[DispatchRow]:
        return selected(self.member_view)

    def select_members(self, ids: Sequence[int]) -> None:
        wanted = set(ids)
        select_rows(self.member_view, lambda r: r.id in wanted)
        self._update_actions()

    def _update_actions(self) -> None:
        team = self.current_team()
        candidates = self.selected_candidates()
        members = self.selected_members()
        self.add_button.setEnabled(team is not None and bool(candidates))
        new_name = self.team_rename_edit.text().strip()
        self.team_rename_edit.setEnabled(team is not None)
        self.rename_team_button.setEnabled(team is not None and bool(new_name) and new_name != team.name)
        self.delete_team_button.setEnabled(team is not None)
        self.remove_button.setEnabled(bool(members))
        self.leader_button.setEnabled(
            len(members) == 1 and members[0].active and members[0].role != Role.TEAM_LEADER.value
        )
        moving = [r for r in candidates if r.team_id is not None]
        if team is None and candidates:
            text = f"已选 {len(candidates)} 人：请在上方选择要编入的工作队"
        elif candidates:
            text = f"已选 {len(candidates)} 人" + (
                f"（其中 {len(moving)} 人将从原工作队转入）" if moving else ""
            )
        else:
            text = "可按住 Ctrl 或 Shift 多选"
        self.candidate_hint.setText(text)

    # ------------------------------------------------------------------ changes
    def _done(self, text: str, want_team: int | None = None) -> None:
        self._want_team = want_team
        self.dialog.status_label.setText(text)

    def create_team(self) -> None:
        name = self.team_name_edit.text().strip()
        if not name:
            self.dialog.show_error("请填写工作队名称")
            self.team_name_edit.setFocus()
            return
        kind, township_id = self.team_kind_combo.currentData(), self.team_township_combo.currentData()
        batch_id = self.dialog.batch_id

        def op(ctx: Context) -> int:
            return assignment.create_team(ctx, batch_id, name, kind, township_id)

        def done(team_id: int) -> None:
            self.team_name_edit.clear()
            self._done(f"已新建工作队“{name}”", team_id)

        self.dialog.write(op, "create team", done)

    def add_to_team(self) -> None:
        team = self.current_team()
        rows = self.selected_candidates()
        if team is None or not rows:
            self.dialog.show_error("请先在上方选择工作队，再在右侧选择要编入的人员")
            return
        ids, team_id = [r.id for r in rows], team.id

        def op(ctx: Context) -> int:
            return assignment.set_team(ctx, ids, team_id)

        def done(n: int) -> None:
            self.preselect = [i for i in self.preselect if i not in ids]
            self._done(f"已将 {n} 人编入“{team.name}”", team_id)

        self.dialog.write(op, "join team", done)

    def remove_from_team(self) -> None:
        rows = self.selected_members()
        if not rows:
            return
        ids = [r.id for r in rows]
        team = self.current_team()

        def op(ctx: Context) -> int:
            return assignment.set_team(ctx, ids, None)

        def done(n: int) -> None:
            self.dialog.status_label.setText(f"已将 {n} 人移出“{team.name if team else '工作队'}”")

        self.dialog.write(op, "leave team", done)

    def make_leader(self) -> None:
        rows = self.selected_members()
        team = self.current_team()
        if len(rows) != 1 or team is None:
            return
        chosen = rows[0]
        team_id, dispatch_id = team.id, chosen.id

        def op(ctx: Context) -> str:
            return assignment.set_team_leader(ctx, team_id, dispatch_id)

        def done(_result: Any) -> None:
            self.dialog.status_label.setText(f"{chosen.name}已设为“{team.name}”队长")

        self.dialog.write(op, "team leader", done)

    def rename_team(self) -> None:
        team = self.current_team()
        if team is None:
            return
        name = self.team_rename_edit.text().strip()
        if not name:
            self.dialog.show_error("请填写工作队的新名称")
            self.team_rename_edit.setFocus()
            return
        if name == team.name:
            return
        team_id, old = team.id, team.name

        def op(ctx: Context) -> None:
            assignment.rename_team(ctx, team_id, name)

        self.dialog.write(op, "rename team", lambda _r: self._done(f"工作队“{old}”已更名为“{name}”", team_id))

    def delete_team(self) -> None:
        team = self.current_team()
        snap = self.dialog.snapshot
        if team is None:
            return
        members = sum(1 for r in snap.rows if r.team_id == team.id) if snap else 0
        text = f"确定删除工作队“{team.name}”吗？" + (
            f"\n其 {members} 名队员仍留在选派名单中，但不再属于任何工作队。" if members else ""
        )
        if not self.dialog.runner.notifier.confirm(text, title="删除工作队", parent=self.dialog):
            return
        team_id, name = team.id, team.name

        def op(ctx: Context) -> int:
            return assignment.delete_team(ctx, team_id)

        def done(released: int) -> None:
            with QSignalBlocker(self.team_view.selectionModel()):
                self.team_view.clearSelection()
            self._done(f"已删除工作队“{name}”" + (f"，{released} 人已移出" if released else ""))

        self.dialog.write(op, "delete team", done)


__all__ = ["CANDIDATE_COLUMNS", "MEMBER_COLUMNS", "TEAM_COLUMNS", "TeamsTab"]
