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

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cadredesk.errors import UserError
from cadredesk.ui.notify import ExcInfo, Notifier

log = logging.getLogger("cadredesk.ui")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashDialog(QDialog):
    """程序内部错误: what happened in plain words, the log file, and a 详细信息 expander."""

    def __init__(self, exc_info: ExcInfo, *, log_file: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("程序内部错误")
        self.setModal(True)
        text = (
            "程序遇到了一个意外错误，刚才的操作没有完成。\n"
            "已经保存的数据不受影响。您可以继续使用；如果问题反复出现，请把日志文件交给技术支持人员。"
        )
        if log_file:
            text += f"\n\n日志文件：{log_file}"
        message = QLabel(text)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details = QPlainTextEdit("".join(traceback.format_exception(*exc_info)))
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(180)
        self.details.hide()

        self.details_button = QPushButton("详细信息")
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        copy_button = QPushButton("复制详细信息")
        copy_button.clicked.connect(self._copy)
        close_button = QPushButton("继续使用")
        close_button.setDefault(True)
        close_button.clicked.connect(self.accept)
        quit_button = QPushButton("退出程序")
        quit_button.clicked.connect(self._quit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addWidget(copy_button)
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        self.resize(520, 180)

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
