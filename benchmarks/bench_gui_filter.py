"""Filtering the city-scale cadre list: from a keystroke to the repainted list, the debounce included.

In the worker process (offscreen unless QT_QPA_PLATFORM says otherwise): CadreDesk's main window on
a copy of the city demo, its cadre page filled; then for three searches a clerk types (pinyin
initials, a Chinese name, an ID fragment) each character is sent as a real key event (Chinese as an
input-method commit, as an IME delivers it) and the clock runs until the list has been repainted
with the new result:

- ``keystroke → repainted list``: what the clerk sees (the search box's pause before filtering, the
  filter over every row, the repaint) — goal ≤ 100 ms;
- ``filter + repaint only``: the same without the pause (``apply_filter`` called at once);
- floor: a bare QLineEdit driving a QSortFilterProxyModel (``setFilterFixedString``) over Qt's
  QStringListModel of the same rows' names and ID numbers (no Python per row), on each keystroke,
  until repainted.

Each repetition keeps the median keystroke (3 searches × their characters); the best repetition is
shown, with the worst single keystroke in the note.  The page's widgets are reached by attribute
(``cadre_page``, ``search_edit``, ``proxy``, ``view``, ``apply_filter``, ``_search_timer``): update
them here when the page changes.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from harness import INFO, Env, Goal, Job, Row, Sample, at_most

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPED, DIRECT = "keystroke → repainted list (debounce included)", "filter + repaint only (no debounce)"
TIMEOUT_S = 3.0


class PaintClock:
    """Times an action until a widget has painted after the list changed (or, failing that, settled)."""

    def __init__(self, app: Any, viewport: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        clock = self

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                if watched is viewport and event.type() == QEvent.Type.Paint:
                    clock._painted()
                return False

        self.app = app
        self.filter = Filter()
        viewport.installEventFilter(self.filter)
        self.armed = False
        self.changed = False
        self.done_at: float | None = None

    def list_changed(self, *_args: Any) -> None:
        if self.armed:
            self.changed = True

    def _painted(self) -> None:
        from PySide6.QtCore import QTimer

        if self.armed and self.changed and self.done_at is None:
            QTimer.singleShot(0, self._finish)

    def _finish(self) -> None:
        if self.done_at is None:
            self.done_at = time.perf_counter()

    def time(self, action: Callable[[], None]) -> float:
        from PySide6.QtCore import QEventLoop

        self.armed, self.changed, self.done_at = True, False, None
        start = time.perf_counter()
        action()
        changed_at: float | None = None
        while self.done_at is None:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            now = time.perf_counter()
            if self.changed and changed_at is None:
                changed_at = now
            if now - start > TIMEOUT_S or (changed_at is not None and now - changed_at > 0.5):
                break  # the list changed but nothing repainted (hidden view): count until the change
        self.armed = False
        end = self.done_at or changed_at or time.perf_counter()
        return end - start


def key_events(widget: Any, char: str) -> None:
    """One typed character: a key press/release for ASCII, an input-method commit for Chinese."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QInputMethodEvent, QKeyEvent
    from PySide6.QtWidgets import QApplication

    if char.isascii():
        key = ord(char.upper()) if char.isalnum() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
    else:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)


def watch_list(model: Any, slot: Callable[..., None]) -> None:
    for signal in (model.rowsInserted, model.rowsRemoved, model.layoutChanged, model.modelReset):
        signal.connect(slot)


class Filter(Job):
    name = "gui-filter"
    title = "filter the city cadre list"
    floor_title = "a bare QLineEdit → QSortFilterProxyModel.setFilterFixedString over a QStringListModel of the same names and IDs (filtered in C++), until repainted"
    goal: ClassVar[Goal | dict[str, Goal]] = {TYPED: at_most(0.1), DIRECT: INFO}
    needs = ("city",)
    rounds = 3

    def setup(self, env: Env) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from cadredesk.services.database import open_workspace
        from cadredesk.ui.main_window import MainWindow
        from cadredesk.ui.notify import StderrNotifier
        from cadredesk.ui.tasks import TaskRunner

        self.env = env
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.workspace = open_workspace(str(env.demo_copy("city")), write=True)
        self.runner = TaskRunner(self.workspace.ctx, StderrNotifier())
        settings = QSettings(str(env.work / "settings.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.workspace, self.runner, StderrNotifier(), settings)
        self.window.resize(1366, 768)
        self.window.show()
        handle = self.window.start()
        deadline = time.perf_counter() + 120
        while not handle.done and time.perf_counter() < deadline:
            self.app.processEvents()
            time.sleep(0.002)
        self.app.processEvents()
        page = self.page = self.window.cadre_page
        rows = page.model.rows()
        if not rows:
            raise RuntimeError("the cadre page did not fill")
        sample = rows[len(rows) // 3]
        initials = (sample.initials.split() or ["wxm"])[0]
        self.queries = [initials[:3], sample.name[:3], sample.id_number[-4:]]
        print(f"  {len(rows):,} cadres; searches typed: {self.queries}", file=sys.stderr)
        self.clock = PaintClock(self.app, page.view.viewport())
        watch_list(page.proxy, self.clock.list_changed)
        timer = getattr(page, "_search_timer", None)
        if timer is not None:  # a search that leaves the same rows still counts once it has run
            timer.timeout.connect(self.clock.list_changed)
        self._build_floor([(r.name, r.id_number) for r in rows])

    def _build_floor(self, rows: list[tuple[str, str]]) -> None:
        from PySide6.QtCore import QSortFilterProxyModel, QStringListModel
        from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

        self.floor_widget = QWidget()
        self.floor_edit = QLineEdit()
        # Qt's own C++ model: filtering never calls back into Python
        self.floor_model = QStringListModel([f"{name} {number}" for name, number in rows])
        self.floor_proxy = QSortFilterProxyModel()
        self.floor_proxy.setSourceModel(self.floor_model)
        view = QListView()
        view.setModel(self.floor_proxy)
        layout = QVBoxLayout(self.floor_widget)
        layout.addWidget(self.floor_edit)
        layout.addWidget(view)
        self.floor_widget.resize(1366, 768)
        self.floor_widget.show()
        self.floor_edit.textChanged.connect(self.floor_proxy.setFilterFixedString)
        self.floor_clock = PaintClock(self.app, view.viewport())
        watch_list(self.floor_proxy, self.floor_clock.list_changed)
        self.floor_edit.textChanged.connect(self.floor_clock.list_changed)
        self.app.processEvents()

    def _clear(self) -> None:
        self.page.search_edit.setText("")
        self.page.apply_filter()
        self.floor_edit.setText("")
        for _ in range(20):
            self.app.processEvents()

    def run_job(self) -> Sample:
        typed: list[float] = []
        direct: list[float] = []
        edit = self.page.search_edit
        for query in self.queries:
            self._clear()
            edit.setFocus()
            for ch in query:
                typed.append(self.clock.time(lambda ch=ch: key_events(edit, ch)))
            self._clear()
            for k in range(1, len(query) + 1):

                def direct_action(text: str = query[:k]) -> None:
                    edit.setText(text)
                    self.page.apply_filter()

                direct.append(self.clock.time(direct_action))
        self.worst = max(typed)
        return {TYPED: statistics.median(typed), DIRECT: statistics.median(direct)}

    def run_floor(self) -> Sample:
        times: list[float] = []
        for query in self.queries:
            self._clear()
            self.floor_edit.setFocus()
            for ch in query:
                times.append(self.floor_clock.time(lambda ch=ch: key_events(self.floor_edit, ch)))
        med = statistics.median(times)
        return {TYPED: med, DIRECT: med}

    def report(self, job: list[Sample], floor: list[Sample]) -> list[Row]:
        rows = super().report(job, floor)
        rows[0].note = f"median keystroke; worst {self.worst * 1000:.0f} ms"
        return rows

    def teardown(self) -> None:
        self.window.close()
        self.runner.shutdown()
        self.workspace.close()


JOBS = [Filter]

if __name__ == "__main__":
    os.execv(
        sys.executable, [sys.executable, str(Path(__file__).with_name("run_all.py")), "--only", "gui-filter"]
    )
