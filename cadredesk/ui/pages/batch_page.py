"""What the 培训 and 传帮带 pages share: a batch combo over the loaded data, and writes that reload the page.

``self.data`` is what the page's load returned, with ``batches`` (``BatchRow``s, most recent first) and
``batch_id`` (the batch shown). ``write(op, done)`` runs a service command off the GUI thread; on success
the page reloads and shows ``done`` (a text, or a function of the result) in its status line; a
``UserError`` is shown to the clerk and the page reloads to show what is stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from cadredesk.errors import UserError
from cadredesk.services.batches import BatchRow
from cadredesk.services.context import Context
from cadredesk.ui.pages.base import BasePage
from cadredesk.ui.tasks import TaskHandle
from cadredesk.ui.widgets import fill_combo

log = logging.getLogger("cadredesk.ui")

R = TypeVar("R")


class BatchAreaPage(BasePage[R]):
    """A page of one batch's data (``self.data.batches``, ``self.data.batch_id``)."""

    data: Any = None
    _after_load = ""

    def shown_batch(self) -> int | None:
        return self.data.batch_id if self.data is not None else None

    def batch_name(self) -> str:
        if self.data is None:
            return ""
        return next((b.name for b in self.data.batches if b.id == self.data.batch_id), "")

    def show_batches(self, batches: Sequence[BatchRow], batch_id: int | None) -> None:
        """Refill the batch combo and show ``batch_id`` without triggering another load."""
        combo = self.batch_combo
        assert combo is not None
        fill_combo(combo, [(b.name, b.id) for b in batches] or [("（尚无批次）", None)])
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(batch_id), 0))
        combo.blockSignals(False)

    def written(self, text: str) -> None:
        """Reload, then say ``text`` in the status line."""
        self._after_load = text
        log.info("%s: %s", type(self).__name__, text)
        self.reload()

    def write(self, op: Callable[[Context], Any], done: str | Callable[[Any], str]) -> TaskHandle:
        def succeeded(result: Any) -> None:
            self.written(done(result) if callable(done) else done)

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, UserError):
                self.reload()
                self.notifier.error(exc.message, parent=self)
                return True
            return False

        return self.runner.run(
            op, name=f"{type(self).__name__} write", write=True, on_success=succeeded, on_failure=failed
        )

    def _loaded(self, data: Any) -> None:
        super()._loaded(data)
        if self._after_load:
            text, self._after_load = self._after_load, ""
            self.show_status(text)


__all__ = ["BatchAreaPage"]
