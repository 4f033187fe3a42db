"""Background operations: service calls off the GUI thread, results delivered on it.

An operation is a plain function ``op(ctx) -> result`` that calls services with the context it is
given (``cadredesk.services.context.Context``, carrying this operation's ``Progress``).  It runs
in a worker thread, must not touch widgets, and returns plain data (dataclasses, never ORM
instances).  Its callbacks run on the GUI thread: ``on_success(result)``, ``on_failure(exc)``
(return True when handled), and ``on_progress(done, total, text)``.  Unhandled failures go to the
notifier: a ``UserError`` (database faults included) as a plain message, anything else as a bug
(logged with its traceback, crash dialog).  ``Cancelled`` ends an operation quietly.

Reads run on a small pool; writes (``write=True``) run one at a time.  ``synchronous=True`` runs
everything inline, for tests that want no threads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from cadredesk.errors import Cancelled, UserError
from cadredesk.services.progress import Progress
from cadredesk.ui.notify import Notifier

if TYPE_CHECKING:
    from cadredesk.services.context import Context

log = logging.getLogger("cadredesk.ui")

Operation = Callable[["Context"], Any]

__all__ = ["Cancelled", "Operation", "Progress", "TaskHandle", "TaskRunner"]


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int, str)


class TaskHandle(QObject):
    """A running operation, living on the GUI thread. ``finished`` is emitted once, last."""

    finished = Signal()

    def __init__(
        self,
        name: str,
        runner: TaskRunner,
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], bool | None] | None,
        on_progress: Callable[[int, int, str], None] | None,
    ) -> None:
        super().__init__()
        self.name = name
        self._runner = runner
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self.signals = _Signals()
        self.progress = Progress(self.signals.progressed.emit)
        self.done = False
        self.was_cancelled = False
        # The handle lives on the GUI thread, so these queued connections deliver there.
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        self.signals.cancelled.connect(self._cancelled)
        self.signals.progressed.connect(self._progressed)

    def cancel(self) -> None:
        """Ask the operation to stop; its result, if it still arrives, is dropped."""
        self.was_cancelled = True
        self.progress.cancel()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        if self.was_cancelled:
            self._finish()
            return
        try:
            if self._on_success is not None:
                self._on_success(result)
        finally:
            self._finish()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        try:
            if not self.was_cancelled:
                handled = self._on_failure(exc) if self._on_failure is not None else False
                if not handled:
                    self._runner.report_failure(self.name, exc)
        finally:
            self._finish()

    @Slot()
    def _cancelled(self) -> None:
        self.was_cancelled = True
        self._finish()

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None and not self.was_cancelled:
            self._on_progress(done, total, text)

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        self._runner._forget(self)
        self.finished.emit()


class _Job(QRunnable):
    def __init__(self, ctx: Context, op: Operation, handle: TaskHandle) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._ctx = ctx
        self._op = op
        # keep only the thread-safe parts of the handle
        self._signals = handle.signals
        self._progress = handle.progress

    def run(self) -> None:
        try:
            self._progress.check()
            result = self._op(self._ctx.with_progress(self._progress))
            self._signals.succeeded.emit(result)
        except Cancelled:
            self._signals.cancelled.emit()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._signals.failed.emit(exc)


class TaskRunner(QObject):
    """The one way the GUI runs database work. Created once by the composition root."""

    def __init__(self, ctx: Context, notifier: Notifier, *, synchronous: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        self.notifier = notifier
        self.synchronous = synchronous
        self._reads = QThreadPool()
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool()
        self._writes.setMaxThreadCount(1)
        self._running: set[TaskHandle] = set()

    def run(
        self,
        op: Operation,
        *,
        name: str = "",
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], bool | None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        write: bool = False,
    ) -> TaskHandle:
        handle = TaskHandle(
            name or getattr(op, "__name__", "task"), self, on_success, on_failure, on_progress
        )
        self._running.add(handle)
        job = _Job(self.ctx, op, handle)
        if self.synchronous:
            job.run()  # signals are delivered directly: same thread
        else:
            (self._writes if write else self._reads).start(job)
        return handle

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def report_failure(self, name: str, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            from cadredesk.services.errors import as_user_error

            exc = as_user_error(exc) or exc
        if isinstance(exc, UserError):
            log.info("%s: %s", name, exc)
            self.notifier.error(exc.message)
        else:
            log.error("%s failed", name, exc_info=(type(exc), exc, exc.__traceback__))
            self.notifier.bug((type(exc), exc, exc.__traceback__))

    def _forget(self, handle: TaskHandle) -> None:
        self._running.discard(handle)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel what is running and wait for the workers (before the database is closed)."""
        for handle in list(self._running):
            handle.cancel()
        ok = self._reads.waitForDone(timeout_ms) and self._writes.waitForDone(timeout_ms)
        if not ok:
            log.warning("background tasks still running at shutdown")
        return bool(ok)
