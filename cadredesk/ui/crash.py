"""Unexpected errors: logged with their traceback, shown to the clerk as one plain Chinese dialog.

The traceback is only visible behind the 详细信息 button, for whoever supports the clerk.
A ``UserError`` that escapes a slot is not a bug: it becomes an ordinary message.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QPushButton, QWidget

from cadredesk.errors import UserError
from cadredesk.ui.forms.ui_crash_dialog import Ui_CrashDialog
from cadredesk.ui.notify import ExcInfo, Notifier

log = logging.getLogger("cadredesk.ui")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashDialog(QDialog):
    """程序内部错误: what happened in plain words, the log file, and a 详细信息 expander.

    The layout and texts are in forms/crash_dialog.ui; this class adds the traceback and the buttons' actions.
    """

    def __init__(self, exc_info: ExcInfo, *, log_file: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        if log_file:
            self.ui.messageLabel.setText(f"{self.ui.messageLabel.text()}\n\n日志文件：{log_file}")

        self.details: QPlainTextEdit = self.ui.detailsEdit
        self.details.setPlainText("".join(traceback.format_exception(*exc_info)))
        self.details.hide()

        self.details_button: QPushButton = self.ui.detailsButton
        self.details_button.toggled.connect(self._toggle_details)
        self.ui.copyButton.clicked.connect(self._copy)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.quitButton.clicked.connect(self._quit)

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.adjustSize()

    def _copy(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())

    def _quit(self) -> None:
        self.reject()
        QApplication.exit(3)


class ExceptionHandler:
    """``sys.excepthook`` for the GUI; re-entrant calls (an error while reporting) are only logged."""

    def __init__(self, notifier: Notifier) -> None:
        self.notifier = notifier
        self._busy = False
        self._previous: ExceptHook | None = None

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.exit(130)
            return
        if not isinstance(exc, UserError):
            from cadredesk.services.errors import as_user_error

            exc = as_user_error(exc) or exc  # a locked, full or damaged database is not a bug
        if isinstance(exc, UserError):
            log.info("user error: %s", exc)
            self.notifier.error(exc.message, parent=QApplication.activeWindow())
            return
        log.error("unhandled exception", exc_info=(exc_type, exc, tb))
        if self._busy:
            return
        self._busy = True
        try:
            self.notifier.bug((exc_type, exc, tb), parent=QApplication.activeWindow())
        except Exception:  # reporting must never raise into Qt
            log.exception("the crash dialog failed")
        finally:
            self._busy = False

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook is self:
            sys.excepthook = self._previous
        self._previous = None
