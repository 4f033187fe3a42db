"""Small reusable widgets (each can be placed in a Designer form as a promoted widget)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

_NULL = QDate(1900, 1, 1)


class NullableDateEdit(QWidget):
    """A date that may be left empty (未填写): a QDateEdit plus a 清空 button.

    ``default_page`` is the month the calendar opens on while the date is empty (default: today's).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, default_page: dt.date | None = None) -> None:
        super().__init__(parent)
        self._default_page = default_page or dt.date.today()
        self.edit = QDateEdit()
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(_NULL)
        self.edit.setMaximumDate(QDate(2100, 12, 31))
        self.edit.setSpecialValueText("未填写")
        self.edit.setDate(_NULL)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        # an empty date would open the calendar in January 1900: open it on a sensible page instead
        self.edit.calendarWidget().installEventFilter(self)
        self.clear_button = QToolButton()
        self.clear_button.setText("清空")
        self.clear_button.setToolTip("清空这个日期")
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)

    def set_default_page(self, day: dt.date) -> None:
        self._default_page = day

    def value(self) -> dt.date | None:
        d = self.edit.date()
        if d == _NULL:
            return None
        return dt.date(d.year(), d.month(), d.day())

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else _NULL)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.value() is None:
            self.edit.calendarWidget().setCurrentPage(self._default_page.year, self._default_page.month)
        return False


#: how long typing must pause before a list is filtered (ms)
SEARCH_DELAY_MS = 30


def debounced_search(edit: QLineEdit, apply: Callable[[], None], parent: QObject) -> QTimer:
    """Run ``apply`` once typing in ``edit`` pauses (and at once on Enter); returns the timer."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(apply)
    edit.textChanged.connect(lambda _t: timer.start())
    edit.returnPressed.connect(apply)
    return timer


class ClippedLabel(QLabel):
    """A one-line status text that never widens the window: elided with “…”, whole in its tooltip.

    Give it a horizontal size policy of Ignored (as the forms do) so long texts cannot push the layout.
    """

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        align = self.alignment() | Qt.AlignmentFlag.AlignVCenter
        self.style().drawItemText(
            painter, rect, int(align), self.palette(), self.isEnabled(), text, self.foregroundRole()
        )


def set_hint(label: QLabel, on: bool = True) -> None:
    """Show ``label`` as a muted hint (the stylesheet's ``QLabel[hint="true"]``)."""
    label.setProperty("hint", on)
    label.style().unpolish(label)
    label.style().polish(label)


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, Any]], *, all_text: str | None = None) -> None:
    """Refill ``combo`` with (text, data) items, after an optional 全部… item (data ``None``), keeping the
    chosen data when it is still there (else the first item); emits no signal."""
    chosen = combo.currentData()
    with QSignalBlocker(combo):
        combo.clear()
        if all_text is not None:
            combo.addItem(all_text, None)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(chosen) if chosen is not None else -1
        combo.setCurrentIndex(max(index, 0))


def reset_filters(*widgets: QWidget) -> None:
    """Filters back to 全部, without signals: combos to their first item, edits cleared, checks off."""
    for widget in widgets:
        with QSignalBlocker(widget):
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            elif isinstance(widget, QLineEdit):
                widget.clear()
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                widget.setChecked(False)
