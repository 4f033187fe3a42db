"""The shape of a dialog that saves one change: a form, an inline error line, OK (or 保存) and 取消.

A subclass builds its form (``self.ui.setupUi(self)``), calls ``bind(buttons, error_label)``, and says
``check()`` (a message while the form cannot be saved yet, before any database work) and ``operation()``
(the write, a function of the service context). ``submit()`` runs the write through the ``TaskRunner``
(off the GUI thread): a ``UserError`` is shown inside the dialog, which stays open; success sets
``result_id`` (and ``warnings``) and accepts. Dialogs are opened with ``open()`` by a page (not blocking),
so tests drive them directly: fill the widgets, call ``submit()``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from cadredesk.errors import UserError
from cadredesk.services import assignment
from cadredesk.services.context import Context
from cadredesk.ui.tasks import TaskRunner


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def set_date(
    edit: QDateEdit, day: dt.date, low: dt.date = dt.date(2000, 1, 1), high: dt.date = dt.date(2100, 12, 31)
) -> None:
    """A date edit's range and value (the value kept within the range)."""
    edit.setDateRange(qdate(low), qdate(high))
    edit.setDate(qdate(min(max(day, low), high)))


class SavingDialog(QDialog):
    """Common parts: the inline error line, the OK button, the save through the runner."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.result_id: int | None = None
        self.warnings: list[str] = []

    def bind(self, buttons: QDialogButtonBox, error_label: QLabel) -> None:
        """The form's button box (OK or 保存, and 取消) and its error line."""
        self.buttons = buttons
        self.error_label = error_label
        error_label.hide()
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok) or buttons.button(
            QDialogButtonBox.StandardButton.Save
        )
        assert isinstance(ok, QPushButton)
        self.ok_button = ok
        ok.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def error(self) -> str:
        """The error the clerk sees now ("" when none)."""
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def check(self) -> str:
        """A message when the form cannot be saved yet (checked before any database work)."""
        return ""

    def operation(self) -> Callable[[Context], Any]:
        raise NotImplementedError

    def submit(self) -> None:
        problem = self.check()
        if problem:
            self.show_error(problem)
            return
        self.show_error("")
        self.ok_button.setEnabled(False)
        self.runner.run(
            self.operation(),
            name=type(self).__name__,
            write=True,
            on_success=self._saved,
            on_failure=self._failed,
        )

    def _saved(self, result: Any) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(result, assignment.Outcome):
            self.result_id, self.warnings = result.dispatch_id, list(result.warnings)
        elif isinstance(result, int):
            self.result_id = result
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        self.ok_button.setEnabled(True)
        if isinstance(exc, UserError):
            self.show_error(exc.message)
            return True
        return False


__all__ = ["SavingDialog", "pydate", "qdate", "set_date"]
