"""工作队与工作小组: the batch's teams and work groups, opened from the 选派名单 page.

Layout: forms/teams_dialog.ui, with two tabs: ``TeamsTab`` (cadredesk/ui/teams_tab.py) and
``WorkGroupsTab`` (cadredesk/ui/work_groups_tab.py). The dialog reads the batch (``load_teams``) and hands
the snapshot to both tabs; every change is a write operation through the ``TaskRunner`` (``write``): a
``UserError`` from the service is shown inline and the dialog stays as it was; after a change the dialog
reads the batch again. Deletions ask first through the runner's notifier. The page reloads when the
dialog closes if anything changed (``dirty``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from cadredesk.errors import UserError
from cadredesk.services.context import Context
from cadredesk.services.roster_view import TeamsSnapshot, load_teams
from cadredesk.ui.forms.ui_teams_dialog import Ui_TeamsDialog
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.teams_tab import TeamsTab
from cadredesk.ui.work_groups_tab import WorkGroupsTab

log = logging.getLogger("cadredesk.ui")

TEAMS_TAB, GROUPS_TAB = 0, 1


class TeamsDialog(QDialog):
    """工作队与工作小组 of one batch. ``changed`` after each saved change; ``dirty`` once anything changed."""

    changed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        batch_id: int,
        batch_name: str,
        *,
        preselect: Sequence[int] = (),
        team_id: int | None = None,
        group_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TeamsDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"工作队与工作小组 — {batch_name}")
        self.runner = runner
        self.batch_id = batch_id
        self.snapshot: TeamsSnapshot | None = None
        self.dirty = False
        self._load: TaskHandle | None = None
        self.tabs, self.error_label, self.status_label = self.ui.tabs, self.ui.errorLabel, self.ui.statusLabel
        self.error_label.hide()
        self.teams = TeamsTab(self, preselect=preselect, team_id=team_id)
        self.groups = WorkGroupsTab(self, group_id=group_id)
        self.tabs.addTab(self.teams, "工作队")
        self.tabs.addTab(self.groups, "工作小组")
        if group_id is not None and team_id is None:
            self.tabs.setCurrentIndex(GROUPS_TAB)
        self.ui.buttonBox.rejected.connect(self.reject)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a search or name field must not press a button
        self.reload()

    # ------------------------------------------------------------------ loading
    def reload(self) -> TaskHandle:
        if self._load is not None and not self._load.done:
            self._load.cancel()
        if self.snapshot is not None:
            self.teams.remember()
            self.groups.remember()
        batch_id = self.batch_id

        def op(ctx: Context) -> TeamsSnapshot:
            return load_teams(ctx, batch_id)

        self._load = self.runner.run(op, name="load teams", on_success=self._loaded)
        return self._load

    def _loaded(self, snap: TeamsSnapshot) -> None:
        first = self.snapshot is None
        self.snapshot = snap
        self.teams.show_snapshot(snap, first=first)
        self.groups.show_snapshot(snap)
        bad_teams = sum(1 for t in snap.teams if t.issues)
        bad_groups = sum(1 for g in snap.groups if g.issues)
        self.status_label.setText(
            f"工作队 {len(snap.teams)} 个（不符合要求 {bad_teams} 个）；"
            f"工作小组 {len(snap.groups)} 个（不符合要求 {bad_groups} 个）"
        )

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    # ------------------------------------------------------------------ changes
    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def write(self, op: Callable[[Context], Any], name: str, then: Callable[[Any], None]) -> None:
        """Run a change; a UserError shows inline, success marks the dialog dirty and reads the batch again."""
        self.show_error("")

        def saved(result: Any) -> None:
            self.dirty = True
            self.changed.emit()
            then(result)
            self.reload()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, UserError):
                self.show_error(exc.message)
                return True
            return False

        self.runner.run(op, name=name, write=True, on_success=saved, on_failure=failed)


__all__ = ["GROUPS_TAB", "TEAMS_TAB", "TeamsDialog"]
