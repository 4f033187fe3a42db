"""Opt-in start-up trace for the benchmarks (``benchmarks/bench_gui_start.py``).

With ``CADREDESK_STARTUP_TRACE=1`` the GUI prints two lines to stderr:

- ``painted <t>`` once the first window has been painted (the event loop is back after its first
  paint event);
- ``filled <t>`` once the first page's data has arrived and the window has been painted with it.

``t`` is ``time.time()`` (Unix seconds), so whoever started the process subtracts its own start
time.  ``CADREDESK_STARTUP_TRACE=quit`` also quits the application normally once filled (settings
saved, lock released), which lets a harness run the real start-up path and wait for the exit.
Without the variable nothing is installed.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV = "CADREDESK_STARTUP_TRACE"

_trace: _StartupTrace | None = None


class _StartupTrace(QObject):
    def __init__(self, app: QCoreApplication, quit_when_filled: bool) -> None:
        super().__init__(app)
        self._app = app
        self._quit = quit_when_filled
        self._painted = False
        self._data_in = False
        self._filled = False
        app.installEventFilter(self)

    def data_arrived(self) -> None:
        self._data_in = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            if not self._painted:
                self._painted = True
                QTimer.singleShot(0, lambda: self._say("painted"))
            if self._data_in and not self._filled:
                self._filled = True
                QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self._say("filled")
        self._app.removeEventFilter(self)
        if self._quit:
            self._app.quit()

    @staticmethod
    def _say(what: str) -> None:
        print(f"{what} {time.time():.6f}", file=sys.stderr, flush=True)


def install(app: QCoreApplication) -> None:
    """Watch for the first paint (call before the first window is shown)."""
    global _trace
    mode = os.environ.get(ENV, "")
    if mode and _trace is None:
        _trace = _StartupTrace(app, quit_when_filled=mode == "quit")


def first_page(handle: QObject) -> None:
    """``handle`` (a ``TaskHandle``) loads the first page; its ``finished`` signal means the data is in."""
    if _trace is not None:
        if getattr(handle, "done", False):
            _trace.data_arrived()
        else:
            handle.finished.connect(_trace.data_arrived)  # type: ignore[attr-defined]
