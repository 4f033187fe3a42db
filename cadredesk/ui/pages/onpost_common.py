"""What the 在岗管理 tabs share: the tab base (a page loading for the host page's batch), the cadre
choices of a batch, pinyin search, one-click writes, dates and money as text.

Each tab of the 在岗管理 page is a ``OnPostTab`` (a ``BasePage`` whose batch is the host page's); it
loads each time it is shown and when the batch changes while it is on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, TypeVar

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QLineEdit, QWidget

from cadredesk.core.names import initials_variants
from cadredesk.core.search import person_matches
from cadredesk.errors import UserError
from cadredesk.services.context import Context
from cadredesk.services.onpost import PostInfo
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.base import BasePage
from cadredesk.ui.sheet_import import SheetImportDialog, report_ops
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.widgets import debounced_search, reset_filters

R = TypeVar("R")


@lru_cache(maxsize=65536)
def initials(name: str) -> str:
    """Space-separated pinyin initials variants of a name (search like the other pages)."""
    return " ".join(initials_variants(name))


def matches(query: str, name: str, *others: str) -> bool:
    """The one search rule: a name, its pinyin initials, or a fragment of the other texts."""
    return person_matches(query, name, initials(name), "", *others)


def day_text(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def batch_month(ctx: Context, batch: int | None, today: dt.date) -> tuple[int, int]:
    """The month a month view opens on: today's, or the batch's nearest month when today is outside it."""
    from cadredesk.services.batches import list_batches

    row = next((b for b in list_batches(ctx) if b.id == batch), None) if batch is not None else None
    if row is None:
        return today.year, today.month
    day = min(max(today, row.start), row.end)
    return day.year, day.month


def money_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


@dataclass(frozen=True)
class CadreOption:
    """A cadre of the batch as a dialog offers it (one dispatch)."""

    dispatch_id: int
    name: str
    township: str
    place: str

    @property
    def label(self) -> str:
        where = f"{self.township}{self.place}"
        return f"{self.name}（{where}）" if where else self.name


def cadre_options(ctx: Context, batch: int | None) -> list[CadreOption]:
    """The batch's cadres for the dialogs' cadre combos (through ``services.onpost.list_post_info``)."""
    from cadredesk.services.onpost import list_post_info

    return [options_of(p) for p in list_post_info(ctx, batch)]


def options_of(p: PostInfo) -> CadreOption:
    return CadreOption(p.dispatch_id, p.name, p.township, p.place)


def fill_cadres(combo: QComboBox, options: Sequence[CadreOption], chosen: int | None = None) -> None:
    """A cadre combo the clerk may type into (any part of the name or place finds the cadre)."""
    with QSignalBlocker(combo):
        combo.clear()
        for o in options:
            combo.addItem(o.label, o.dispatch_id)
        combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else -1)
    if combo.isEditable():
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        if chosen is None:
            combo.setEditText("")


def chosen_data(combo: QComboBox) -> Any:
    """The data of the item whose text is in the combo (typed or chosen), else None."""
    text = combo.currentText().strip()
    if not text:
        return None
    index = combo.findText(text)
    if index >= 0:
        return combo.itemData(index)
    return combo.currentData() if combo.currentText() == combo.itemText(combo.currentIndex()) else None


class OnPostTab(BasePage[R]):
    """A tab of the 在岗管理 page: loads for the host's batch (``batch()``), each time it is shown."""

    title = ""

    def __init__(
        self,
        runner: TaskRunner,
        notifier: Notifier,
        batch: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, notifier, parent)
        self.batch = batch
        self._shown_batch: int | None = None
        self.import_dialog: SheetImportDialog | None = None

    def current_batch(self) -> Any:
        return self.batch()

    def shown_batch(self) -> Any:
        return self._shown_batch

    def _loaded(self, data: Any) -> None:
        self._shown_batch = self.batch()
        super()._loaded(data)

    def connect_list(
        self,
        search: QLineEdit,
        filters: Sequence[QComboBox | QCheckBox] = (),
        *,
        export: Callable[[], object],
        add: Callable[[], object] | None = None,
        edit: Callable[[], object] | None = None,
        delete: Callable[[], object] | None = None,
    ) -> None:
        """The usual list wiring: pinyin search and filters call ``apply_filter``; the form's ``addButton``,
        ``editButton``, ``deleteButton`` and ``exportButton`` do their action; edit and delete are enabled
        while a row is selected (``update_buttons``)."""
        ui: Any = getattr(self, "ui")  # noqa: B009 - every tab's form
        self._search = debounced_search(search, self.apply_filter, self)
        self._filter_widgets: tuple[QWidget, ...] = (search, *filters)
        for widget in filters:
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i: self.apply_filter())
            else:
                widget.toggled.connect(lambda _on: self.apply_filter())
        ui.exportButton.clicked.connect(lambda: export())
        for name, action in (("addButton", add), ("editButton", edit), ("deleteButton", delete)):
            if action is not None:
                getattr(ui, name).clicked.connect(lambda _c=False, a=action: a())
        self._row_buttons = [getattr(ui, n) for n, a in (("editButton", edit), ("deleteButton", delete)) if a]
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())

    def apply_filter(self) -> None:
        """Filter the table from the search and filter widgets (tabs with filters say how)."""

    def clear_filters(self) -> None:
        reset_filters(*getattr(self, "_filter_widgets", ()))
        self.apply_filter()

    def update_buttons(self) -> None:
        on = self.selected() is not None
        for button in getattr(self, "_row_buttons", ()):
            button.setEnabled(on)

    def open_sheet_import(
        self,
        import_one: Callable[[Context, str, int | None, bool, bool], Any],
        *,
        title: str,
        intro: str,
        count: Callable[[Any], str],
        valid: Callable[[Any], int],
    ) -> SheetImportDialog:
        """从 Excel 导入 for this tab's batch: ``import_one(ctx, path, batch, dry_run, skip_invalid)``; the tab
        reloads after the import (the dialog is kept in ``import_dialog``)."""
        batch = self.batch()

        def run(ctx: Context, path: str, dry_run: bool, skip: bool) -> Any:
            return import_one(ctx, path, batch, dry_run, skip)

        preview, commit = report_ops(run, count, valid)
        dialog = SheetImportDialog(self.runner, title, preview, commit, intro=intro, parent=self)
        self.import_dialog = dialog
        self.show_dialog(dialog, lambda: self.reload())
        return dialog

    def write(
        self,
        op: Callable[[Context], Any],
        name: str,
        done: Callable[[Any], None] | None = None,
        *,
        select: int | None = None,
    ) -> TaskHandle:
        """A write (approve, delete, seed …): its refusal in the status line, then the tab reloads."""

        def succeeded(result: Any) -> None:
            if done is not None:
                done(result)
            self.reload(select=select)

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, UserError):
                self.show_error(exc.message)
                return True
            return False

        self.show_status(name)
        return self.runner.run(op, name=name, write=True, on_success=succeeded, on_failure=failed)


__all__ = [
    "CadreOption",
    "OnPostTab",
    "batch_month",
    "cadre_options",
    "chosen_data",
    "day_text",
    "fill_cadres",
    "initials",
    "matches",
    "money_text",
    "options_of",
]
