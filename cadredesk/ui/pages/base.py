"""What every page shares: loading in the background, the busy and error line, batch and filter combos,
the page's main table, and opening dialogs.

A page is a ``BasePage`` subclass whose static layout is a Designer form (``forms/<page>_page.ui``)::

    class PlacesPage(BasePage[PlaceStatus]):
        def __init__(self, runner, notifier, parent=None):
            super().__init__(runner, notifier, parent)
            self.ui = Ui_PlacesPage()
            self.ui.setupUi(self)
            self.init_table(self.ui.view, PLACE_COLUMNS, on_activate=self.open_editor)
            self.bind(status=self.ui.summaryLabel, batch_combo=self.ui.batchCombo)

        def load_operation(self, batch):            # runs in a worker: services only, plain data back
            return lambda ctx: load_places(ctx, batch)

        def show_data(self, snap) -> int:           # on the GUI thread: fill the widgets
            ...
            return len(snap.places)

``reload(batch, select=…)`` cancels a load still running, shows “正在加载…”, runs the operation and hands
its result to ``show_data``; then the row chosen before (or ``select``) is selected again, ``is_loaded``
becomes true and ``loaded(rows)`` is emitted. A ``UserError`` while loading (a locked or damaged database)
is shown in the status line; the old rows stay. Pages with ``reload_on_show`` load each time they are
shown (the start page is loaded by the main window instead).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QTableView, QWidget

from cadredesk.errors import UserError
from cadredesk.services.context import Context
from cadredesk.ui.notify import Notifier
from cadredesk.ui.table import Table, current, select_row, selected
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_STYLE

log = logging.getLogger("cadredesk.ui")

R = TypeVar("R")

LOADING = "正在加载…"


class BasePage(QWidget, Generic[R]):
    """A page of the main window over rows of type ``R`` (each with an ``id``). Emits ``loaded(rows)``."""

    loaded = Signal(int)
    #: load again each time the page is shown (navigating back to it shows fresh data)
    reload_on_show = True

    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.notifier = notifier
        self.is_loaded = False
        #: the dialog the page has open (tests drive it directly)
        self.dialog: QDialog | None = None
        self.status_label: QLabel | None = None
        self.batch_combo: QComboBox | None = None
        self._load: TaskHandle | None = None
        self._select_after_load: int | None = None
        self._reveal_after_load: Callable[[R], bool] | None = None

    # ------------------------------------------------------------------ set-up (from the subclass)
    def init_table(
        self,
        view: QTableView,
        columns: Sequence[Column[R]],
        *,
        tie: Callable[[R], Any] | None = None,
        **setup: Any,
    ) -> None:
        """The page's main table: ``self.model`` (all rows), ``self.proxy`` (filtered) and ``self.view``."""
        self.table: Table[R] = Table(view, columns, self, tie=tie, **setup)
        self.model, self.proxy, self.view = self.table.model, self.table.proxy, self.table.view

    def bind(self, *, status: QLabel, batch_combo: QComboBox | None = None) -> None:
        """The status line (busy, counts, load errors) and the batch combo (choosing a batch reloads)."""
        self.status_label = status
        status.setText(LOADING)
        if batch_combo is not None:
            self.batch_combo = batch_combo
            batch_combo.currentIndexChanged.connect(lambda _i: self._batch_chosen())

    # ------------------------------------------------------------------ what a page says
    def load_operation(self, batch: Any) -> Callable[[Context], Any]:
        """The background read for ``batch`` (the batch combo's data, or ``None``)."""
        raise NotImplementedError

    def show_data(self, data: Any) -> int:
        """Fill the page from what ``load_operation`` returned; returns the number of rows."""
        raise NotImplementedError

    def shown_batch(self) -> Any:
        """The batch the page shows now (compared with the combo to know whether a choice needs a load)."""
        return None

    # ------------------------------------------------------------------ loading
    @property
    def loading(self) -> bool:
        return self._load is not None and not self._load.done

    def current_batch(self) -> Any:
        return self.batch_combo.currentData() if self.batch_combo is not None else None

    def reload(self, batch: Any = None, *, select: int | None = None) -> TaskHandle:
        """Load ``batch`` (else the one chosen) in the background; the table keeps its rows meanwhile."""
        if self._load is not None and not self._load.done:
            self._load.cancel()
        wanted = batch if batch is not None else self.current_batch()
        self._select_after_load = select if select is not None else self.selected_id()
        self.show_status(LOADING)
        self._load = self.runner.run(
            self.load_operation(wanted),
            name=f"load {type(self).__name__}",
            on_success=self._loaded,
            on_failure=self._load_failed,
        )
        return self._load

    def load_if_needed(self) -> TaskHandle:
        """The load under way, or a new one."""
        if self._load is not None and not self._load.done:
            return self._load
        return self.reload()

    def _loaded(self, data: Any) -> None:
        self.show_status("")
        rows = self.show_data(data)
        self.is_loaded = True
        if self._select_after_load is not None:
            self.select_id(self._select_after_load)
        match, self._reveal_after_load = self._reveal_after_load, None
        if match is not None:
            self._reveal(match)
        log.info("%s loaded: %d rows", type(self).__name__, rows)
        self.loaded.emit(rows)

    # ------------------------------------------------------------------ a record opened from elsewhere
    def show_record(self, row_id: int, kind: str = "") -> None:
        """Select (and scroll to) the row with id ``row_id``, opened from elsewhere (the 总览's alerts)."""
        self.reveal(lambda r: getattr(r, "id", None) == row_id)

    def reveal(self, match: Callable[[R], bool]) -> None:
        """Select and scroll to the first row that ``match``es once the rows are fresh (after the load
        under way, else after a new one); filters that hide it are cleared (``clear_filters``)."""
        self._reveal_after_load = match
        if not self.loading:
            self.reload()

    def clear_filters(self) -> None:
        """Show every row again (pages with filters say how)."""

    def _reveal(self, match: Callable[[R], bool]) -> None:
        if self.model.find(match) < 0:
            self.show_error("要打开的记录不在当前列表中（可能已处理或属于其他批次）")
            return
        if not select_row(self.view, match):
            self.clear_filters()
            select_row(self.view, match)

    def _load_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, UserError):
            log.info("%s not loaded: %s", type(self).__name__, exc)
            self.show_error(exc.message)
            return True
        self.show_status("")
        return False  # a bug: the runner reports it

    def _batch_chosen(self) -> None:
        batch = self.current_batch()
        if batch != self.shown_batch():
            self.reload(batch)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.reload_on_show:
            self.load_if_needed()

    # ------------------------------------------------------------------ the status line
    def show_status(self, text: str) -> None:
        if self.status_label is not None:
            self.status_label.setStyleSheet("")
            self.status_label.setText(text)

    def show_error(self, text: str) -> None:
        if self.status_label is not None:
            self.status_label.setStyleSheet(ERROR_STYLE)
            self.status_label.setText(text)

    # ------------------------------------------------------------------ selection
    def selected_rows(self) -> list[R]:
        return selected(self.view)

    def selected(self) -> R | None:
        value: R | None = current(self.view)
        return value

    def selected_id(self) -> int | None:
        row = self.selected()
        return getattr(row, "id", None) if row is not None else None

    def select_id(self, row_id: int) -> bool:
        """Select (and scroll to) the row with this id, if it is shown."""
        return select_row(self.view, lambda r: getattr(r, "id", None) == row_id)

    # ------------------------------------------------------------------ dialogs
    def show_dialog(self, dialog: QDialog, on_accept: Callable[[], object] | None = None) -> QDialog:
        """Open ``dialog`` window-modal (not blocking), kept in ``self.dialog`` until it closes."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_accept is not None:
            dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None


__all__ = ["LOADING", "BasePage"]
