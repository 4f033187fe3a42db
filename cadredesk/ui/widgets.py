"""Small reusable widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLineEdit, QToolButton, QWidget

_NULL = QDate(1900, 1, 1)


class NullableDateEdit(QWidget):
    """A date that may be left empty (未填写): a QDateEdit plus a 清空 button."""

    changed = Signal()

    def __init__(self, default_page: dt.date | None = None, parent: QWidget | None = None) -> None:
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
SEARCH_DELAY_MS = 150


def debounced_search(edit: QLineEdit, apply: Callable[[], None], parent: QObject) -> QTimer:
    """Run ``apply`` once typing in ``edit`` pauses (and at once on Enter); returns the timer."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(apply)
    edit.textChanged.connect(lambda _t: timer.start())
    edit.returnPressed.connect(apply)
    return timer
