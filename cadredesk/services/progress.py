"""Progress and cancellation of long operations (no database, no Qt: the GUI imports it at start-up)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from cadredesk.errors import Cancelled


class Progress:
    """Handed to long operations: report progress, and stop early when cancelled.

    Thread-safe: the GUI cancels from its thread while the operation runs in a worker.
    """

    def __init__(self, report: Callable[[int, int, str], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._report = report

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the clerk asked to stop (the transaction then rolls back)."""
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int, text: str = "") -> None:
        self.check()
        if self._report is not None:
            self._report(done, total, text)
