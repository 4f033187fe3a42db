"""The actions of the 选派名单 page's buttons and right-click menu: 新建/编辑/删除批次, 办理期满, 导入名单 and its
导入记录 (撤销导入), 指派, 调整, 推进状态, 退回上一步, 撤回推荐, 召回/轮换, 工作队与小组, 查看干部档案.

Each opens its dialog on the page (``page.show_dialog``: window-modal, kept in ``page.dialog``) or asks
first, runs the change through the ``TaskRunner``, and lets the page reload (``page.saved``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from cadredesk.core.campaign import FORWARD, WITHDRAWABLE, next_status, previous_status
from cadredesk.core.enums import DispatchStatus
from cadredesk.services import assignment, deletion
from cadredesk.services.assignment import AdvanceResult
from cadredesk.services.context import Context
from cadredesk.services.roster_view import CadreChoice, DispatchRow, cadre_choices
from cadredesk.services.term import PENDING
from cadredesk.ui.import_runs_dialog import ImportRunsDialog
from cadredesk.ui.notify import show_refusal
from cadredesk.ui.profile_dialog import ProfileDialog, open_profile
from cadredesk.ui.roster_dialogs import (
    AdjustDialog,
    AssignDialog,
    BatchDialog,
    EndEarlyDialog,
    TrainingOverrideDialog,
)
from cadredesk.ui.teams_dialog import TeamsDialog
from cadredesk.ui.term_dialogs import STEP_BACK, WITHDRAW, CloseBatchDialog, ReasonDialog

if TYPE_CHECKING:
    from cadredesk.ui.import_dialog import ImportDialog
    from cadredesk.ui.pages.roster_page import RosterPage


class RosterActions(QObject):
    """What the page's action buttons do (also reached by a jump from a finding)."""

    def __init__(self, page: RosterPage) -> None:
        super().__init__(page)
        self.page = page
        #: the profile opened last (tests read it)
        self.profile: ProfileDialog | None = None

    # ------------------------------------------------------------------ batch, import, teams
    def open_batch_dialog(self, *, new: bool) -> QDialog:
        page = self.page
        form = None if new or page.snapshot is None else page.snapshot.batch
        dialog = BatchDialog(page.runner, form, parent=page)
        return page.show_dialog(dialog, lambda: page.saved(batch=dialog.result_id))

    def open_import(self) -> ImportDialog | None:
        from cadredesk.ui.import_dialog import ImportDialog  # the Excel reader loads when first needed

        page = self.page
        if page.snapshot is None or page.snapshot.batch is None:
            return None
        dialog = ImportDialog(page.runner, page.notifier, page.snapshot.batch.name, parent=page)
        dialog.ask_open_path = lambda title, filters: page.ask_open_path(dialog, title, filters)
        page.show_dialog(dialog, lambda: self._imported(dialog))
        return dialog

    def _imported(self, dialog: ImportDialog) -> None:
        report = dialog.report
        if report is not None:
            rejected = len(report.rejected)
            text = f"已导入 {report.imported} 人" + (f"，跳过 {rejected} 行有错误的记录" if rejected else "")
            self.page.busy_label.setText(text)
        self.page.saved()

    def open_teams(self, *, team_id: int | None = None, group_id: int | None = None) -> TeamsDialog | None:
        """工作队与工作小组; the rows selected on the page come preselected for joining a team."""
        page = self.page
        snap = page.snapshot
        if snap is None or snap.batch is None or snap.batch.id is None:
            return None
        focus = page.focus_target
        if team_id is None and group_id is None and focus is not None:
            team_id = focus.id if focus.kind == "team" else None
            group_id = focus.id if focus.kind == "work_group" else None
        preselect = [r.id for r in page.selected_rows() if r.active]
        dialog = TeamsDialog(
            page.runner, snap.batch.id, snap.batch.name, preselect=preselect, team_id=team_id,
            group_id=group_id, parent=page,
        )  # fmt: skip
        page.show_dialog(dialog)
        dialog.finished.connect(lambda _r: page.saved() if dialog.dirty else None)
        return dialog

    # ------------------------------------------------------------------ 指派, 调整, 召回/轮换
    def _with_choices(self, then: Callable[[list[CadreChoice]], None]) -> None:
        """Read the cadres free to be dispatched, then continue on the GUI thread."""
        snap = self.page.snapshot
        assert snap is not None and snap.batch is not None and snap.batch.id is not None
        batch_id = snap.batch.id

        def op(ctx: Context) -> list[CadreChoice]:
            return cadre_choices(ctx, batch_id)

        self.page.runner.run(op, name="cadre choices", on_success=then)

    def open_assign(self, place_id: int | None = None) -> None:
        page = self.page
        snap = page.snapshot
        if snap is None or snap.batch is None:
            return
        batch = snap.batch

        def show(choices: list[CadreChoice]) -> None:
            if not choices:
                page.notifier.info(
                    "没有可指派的干部：干部库中的干部都已在本批次名单中或正在其他批次派驻。请先在“干部”页录入干部。",
                    parent=page,
                )
                return
            dialog = AssignDialog(page.runner, batch, choices, snap.places, place_id=place_id, parent=page)
            page.show_dialog(dialog, lambda: page.saved(select=dialog.result_id))

        self._with_choices(show)

    def open_adjust(self) -> QDialog | None:
        page = self.page
        rows = page.selected_rows()
        if len(rows) != 1 or not rows[0].active or page.snapshot is None:
            return None
        dialog = AdjustDialog(page.runner, rows[0], page.snapshot.places, parent=page)
        return page.show_dialog(dialog, lambda: page.saved(select=dialog.row.id))

    def open_end_early(self) -> None:
        page = self.page
        rows = page.selected_rows()
        if len(rows) != 1 or not rows[0].active:
            return
        row = rows[0]

        def show(choices: list[CadreChoice]) -> None:
            dialog = EndEarlyDialog(page.runner, row, choices, parent=page)
            page.show_dialog(dialog, lambda: self._ended(dialog))

        self._with_choices(show)

    def _ended(self, dialog: EndEarlyDialog) -> None:
        done = f"{dialog.row.name}已{dialog.kind()}"
        if dialog.replace_check.isChecked() and dialog.result_id is not None:
            done += "，接替人员已加入名单（推荐）"
        self.page.busy_label.setText(done)
        self.page.saved(select=dialog.result_id)

    # ------------------------------------------------------------------ 推进状态
    def advance_selected(self) -> None:
        page = self.page
        rows = [r for r in page.selected_rows() if next_status(r.status) is not None]
        if not rows:
            return
        steps = Counter((r.status, FORWARD[DispatchStatus(r.status)].value) for r in rows)
        plan = "；".join(f"{a}→{b} {n} 人" for (a, b), n in steps.items())
        who = rows[0].name if len(rows) == 1 else f"所选 {len(rows)} 人"
        if not page.notifier.confirm(
            f"将{who}推进到下一状态：{plan}。确定吗？", title="推进状态", parent=page
        ):
            return
        self._advance([r.id for r in rows], {r.id: r.name for r in rows})

    def _advance(
        self, ids: list[int], names: dict[int, str], override: bool = False, reason: str = ""
    ) -> None:
        def op(ctx: Context) -> AdvanceResult:
            return assignment.advance_many(ctx, ids, override_training=override, reason=reason or None)

        self.page.runner.run(op, name="advance", write=True, on_success=lambda r: self._advanced(r, names))

    def _advanced(self, result: AdvanceResult, names: dict[int, str]) -> None:
        page = self.page
        if sum(result.advanced.values()):
            page.busy_label.setText(
                "已推进：" + "；".join(f"{a}→{b} {n} 人" for (a, b), n in result.advanced.items())
            )
        if result.errors:
            page.notifier.warning(
                "以下记录未能推进：\n" + "\n".join(f"{names.get(i, i)}：{msg}" for i, msg in result.errors),
                parent=page,
            )
        if sum(result.advanced.values()) or result.errors:
            page.saved()
        if result.blocked:
            blocked = list(result.blocked)
            dialog = TrainingOverrideDialog([names.get(i, str(i)) for i in blocked], parent=page)
            page.show_dialog(dialog, lambda: self._advance(blocked, names, True, dialog.reason()))

    # ------------------------------------------------------------------ 退回上一步, 撤回推荐
    @staticmethod
    def can_step_back(row: DispatchRow) -> bool:
        return previous_status(row.status) is not None

    @staticmethod
    def can_withdraw(row: DispatchRow) -> bool:
        return DispatchStatus(row.status) in WITHDRAWABLE

    def open_reason(self, kind: str) -> ReasonDialog | None:
        """退回上一步 (``STEP_BACK``) or 撤回推荐 (``WITHDRAW``) for the one selected dispatch."""
        page = self.page
        rows = page.selected_rows()
        if len(rows) != 1:
            return None
        row = rows[0]
        if not (self.can_step_back(row) if kind == STEP_BACK else self.can_withdraw(row)):
            return None
        dialog = ReasonDialog(page.runner, row, kind, parent=page)

        def done() -> None:
            page.busy_label.setText(
                f"{row.name}已退回上一步" if kind == STEP_BACK else f"已撤回对{row.name}的推荐"
            )
            page.saved(select=row.id)

        page.show_dialog(dialog, done)
        return dialog

    def open_step_back(self) -> ReasonDialog | None:
        return self.open_reason(STEP_BACK)

    def open_withdraw(self) -> ReasonDialog | None:
        return self.open_reason(WITHDRAW)

    # ------------------------------------------------------------------ 办理期满, 删除批次
    def open_close_batch(self) -> CloseBatchDialog | None:
        page = self.page
        snap = page.snapshot
        if snap is None or snap.batch is None or page.batch_closed_on() is not None:
            return None
        pending = [f"{r.name}（{r.status}）" for r in snap.rows if r.status in PENDING]
        dialog = CloseBatchDialog(page.runner, snap.batch, pending, page.runner.ctx.today(), parent=page)

        def done() -> None:
            r = dialog.closed
            if r is not None:
                text = f"{r.batch} 已于 {r.closed_on} 期满：{r.completed} 人期满"
                if r.withdrawn:
                    text += f"，撤回尚未到岗的推荐 {len(r.withdrawn)} 人"
                page.busy_label.setText(text + f"；保存检查结果 {r.findings} 条")
            page.saved()

        page.show_dialog(dialog, done)
        return dialog

    def delete_batch(self) -> None:
        """删除误建批次: refused by the service (its message shown) while anything refers to the batch."""
        page = self.page
        snap = page.snapshot
        if snap is None or snap.batch is None or snap.batch.id is None:
            return
        batch_id, name = snap.batch.id, snap.batch.name
        if not page.notifier.confirm(
            f"删除误建的批次“{name}”？已有名单、工作队等记录的批次不能删除。", title="删除批次", parent=page
        ):
            return

        def op(ctx: Context) -> deletion.Deleted:
            return deletion.delete_batch(ctx, batch_id)

        def done(result: deletion.Deleted) -> None:
            page.busy_label.setText(f"已删除批次“{result.name}”")
            page.saved()

        page.runner.run(
            op,
            name="delete batch",
            write=True,
            on_success=done,
            on_failure=show_refusal(page.notifier, "删除批次", page),
        )

    # ------------------------------------------------------------------ 导入记录, 干部档案
    def open_import_runs(self) -> ImportRunsDialog:
        page = self.page
        dialog = ImportRunsDialog(page.runner, page.notifier, parent=page)
        page.show_dialog(dialog)
        dialog.finished.connect(lambda _r: page.saved() if dialog.changed else None)
        dialog.load()
        return dialog

    def open_profile(self) -> ProfileDialog | None:
        page = self.page
        row = page.selected()
        if row is None:
            return None
        self.profile = open_profile(page, page.runner, page.notifier, row.cadre_id)
        return self.profile


__all__ = ["RosterActions"]
