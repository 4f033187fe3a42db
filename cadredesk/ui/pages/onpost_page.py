"""在岗管理 page: the batch, and one tab per on-post record — 考勤, 达标, 请销假, 节假日, 领导走访, 联系户,
保险及党组织关系, 实绩/负面清单.

The page loads the batches (``services.batches``); each tab loads its own records for the chosen batch
when it is shown (``onpost_common.OnPostTab``). Layout: forms/onpost_page.ui; the tabs' forms are theirs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from cadredesk.errors import UserError
from cadredesk.services import batches
from cadredesk.services.batches import BatchRow
from cadredesk.services.context import Context
from cadredesk.ui.forms.ui_onpost_page import Ui_OnPostPage
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.onpost_attendance import AttendanceTab
from cadredesk.ui.pages.onpost_calendar import HolidaysTab
from cadredesk.ui.pages.onpost_common import OnPostTab
from cadredesk.ui.pages.onpost_compliance import ComplianceTab
from cadredesk.ui.pages.onpost_leave import LeaveTab
from cadredesk.ui.pages.onpost_records import PerformanceTab, PostInfoTab
from cadredesk.ui.pages.onpost_visits import HouseholdsTab, VisitsTab
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.widgets import fill_combo

log = logging.getLogger("cadredesk.ui")

#: the tabs in order: (key, class)
TABS: tuple[tuple[str, type[OnPostTab[Any]]], ...] = (
    ("attendance", AttendanceTab),
    ("compliance", ComplianceTab),
    ("leave", LeaveTab),
    ("holidays", HolidaysTab),
    ("visits", VisitsTab),
    ("households", HouseholdsTab),
    ("post", PostInfoTab),
    ("performance", PerformanceTab),
)


@dataclass(frozen=True)
class BatchChoice:
    batches: list[BatchRow]
    default: int | None


def load_batches(ctx: Context) -> BatchChoice:
    rows = batches.list_batches(ctx)
    default = batches.find_batch(ctx).id if rows else None
    return BatchChoice(rows, default)


class OnPostPage(QWidget):
    """``tab(key)`` gives a tab; ``batch_id()`` the batch every tab shows."""

    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.notifier = runner, notifier
        self.ui = Ui_OnPostPage()
        self.ui.setupUi(self)
        self.is_loaded = False
        self._batches: TaskHandle | None = None
        self.tabs: dict[str, OnPostTab[Any]] = {}
        for key, cls in TABS:
            tab = cls(runner, notifier, self.batch_id, self)
            tab.setObjectName(f"tab_{key}")
            self.tabs[key] = tab
            self.ui.tabs.addTab(tab, cls.title)
        self.ui.batchCombo.currentIndexChanged.connect(lambda _i: self._batch_chosen())
        self.ui.refreshButton.clicked.connect(lambda: self.current_tab().reload())

    def tab(self, key: str) -> OnPostTab[Any]:
        return self.tabs[key]

    def show_tab(self, key: str) -> OnPostTab[Any]:
        tab = self.tabs[key]
        self.ui.tabs.setCurrentWidget(tab)
        return tab

    def show_record(self, key: int, kind: str = "") -> None:
        """A record opened from the 总览: a leave request on 请销假, a unit's latest leader visit on 领导走访."""
        if kind == "unit":
            tab = self.show_tab("visits")
            rows = [v for v in tab.model.rows() if v.unit_id == key]
            latest = max(rows, key=lambda v: v.day).id if rows else None
            tab.reveal(lambda v: v.unit_id == key and (latest is None or v.id == latest))
        else:
            self.show_tab("leave").show_record(key)

    def current_tab(self) -> OnPostTab[Any]:
        tab = self.ui.tabs.currentWidget()
        assert isinstance(tab, OnPostTab)
        return tab

    def batch_id(self) -> int | None:
        value = self.ui.batchCombo.currentData()
        return value if isinstance(value, int) else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._batches is None:
            self.load_batches()

    def load_batches(self) -> TaskHandle:
        self._batches = self.runner.run(
            load_batches, name="load batches", on_success=self._show_batches, on_failure=self._failed
        )
        return self._batches

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, UserError):
            self.current_tab().show_error(exc.message)
            return True
        return False

    def _show_batches(self, choice: BatchChoice) -> None:
        combo = self.ui.batchCombo
        wanted = self.batch_id() or choice.default
        fill_combo(
            combo, [(f"{b.name}（{b.cadres} 人）", b.id) for b in choice.batches] or [("（尚无批次）", None)]
        )
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(wanted), 0))
        combo.blockSignals(False)
        self.is_loaded = True
        self._batch_chosen()

    def _batch_chosen(self) -> None:
        tab = self.current_tab()
        if tab.is_loaded and tab.shown_batch() == self.batch_id():
            return
        tab.reload()


__all__ = ["TABS", "OnPostPage"]
