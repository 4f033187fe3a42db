"""The actions of the 选派名单 page's buttons: 新建/编辑批次, 导入名单, 指派, 调整, 推进状态, 召回/轮换, 工作队与小组.

Each opens its dialog on the page (``page.show_dialog``: window-modal, kept in ``page.dialog``) or asks
first, runs the change through the ``TaskRunner``, and lets the page reload (``page.saved``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from cadredesk.core.campaign import FORWARD, next_status
from cadredesk.core.enums import DispatchStatus
from cadredesk.services import assignment
from cadredesk.services.assignment import AdvanceResult
from cadredesk.services.context import Context
from cadredesk.services.roster_view import CadreChoice, cadre_choices
from cadredesk.ui.roster_dialogs import (
    AdjustDialog,
    AssignDialog,
    BatchDialog,
    EndEarlyDialog,
    TrainingOverrideDialog,
)
from cadredesk.ui.teams_dialog import TeamsDialog

if TYPE_CHECKING:
    from cadredesk.ui.import_dialog import ImportDialog
    from cadredesk.ui.pages.roster_page import RosterPage


class RosterActions(QObject):
    """What the page's action buttons do (also reached by a jump from a finding)."""

    def __init__(self, page: RosterPage) -> None:
        super().__init__(page)
        self.page = page

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


__all__ = ["RosterActions"]
