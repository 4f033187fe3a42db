"""The message bridge: code reports to the clerk through a Notifier, never by building widgets itself.

``DialogNotifier`` shows message boxes (the running application); ``StderrNotifier`` prints one line
per message (``--quit-when-ready``/``--self-test``, where nobody is there to press 确定);
``RecordingNotifier`` keeps the messages for tests.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

from cadredesk.errors import UserError

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class Notifier:
    """What the rest of the GUI may tell the clerk; see the three implementations below."""

    #: unexpected errors reported so far (``--quit-when-ready`` exits 3 when there were any)
    bugs = 0

    def error(self, text: str, *, title: str = "操作未完成", parent: QWidget | None = None) -> None:
        raise NotImplementedError

    def warning(self, text: str, *, title: str = "请注意", parent: QWidget | None = None) -> None:
        raise NotImplementedError

    def info(self, text: str, *, title: str = "提示", parent: QWidget | None = None) -> None:
        raise NotImplementedError

    def confirm(self, text: str, *, title: str = "请确认", parent: QWidget | None = None) -> bool:
        raise NotImplementedError

    def bug(self, exc_info: ExcInfo, *, parent: QWidget | None = None) -> None:
        """An unexpected error (already logged with its traceback)."""
        raise NotImplementedError


class DialogNotifier(Notifier):
    """Modal message boxes; the buttons read 确定/取消 through Qt's zh_CN translation."""

    def __init__(self, log_file: str = "") -> None:
        self.log_file = log_file

    def error(self, text: str, *, title: str = "操作未完成", parent: QWidget | None = None) -> None:
        QMessageBox.critical(parent, title, text)

    def warning(self, text: str, *, title: str = "请注意", parent: QWidget | None = None) -> None:
        QMessageBox.warning(parent, title, text)

    def info(self, text: str, *, title: str = "提示", parent: QWidget | None = None) -> None:
        QMessageBox.information(parent, title, text)

    def confirm(self, text: str, *, title: str = "请确认", parent: QWidget | None = None) -> bool:
        buttons = QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
        answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Ok

    def bug(self, exc_info: ExcInfo, *, parent: QWidget | None = None) -> None:
        from cadredesk.ui.crash import CrashDialog

        self.bugs += 1
        CrashDialog(exc_info, log_file=self.log_file, parent=parent).exec()


class StderrNotifier(Notifier):
    """One line on stderr per message; never blocks. Counts bugs so the caller can exit non-zero."""

    def __init__(self) -> None:
        self.errors = 0

    def _print(self, level: str, text: str) -> None:
        print(f"{level}：{text}", file=sys.stderr, flush=True)

    def error(self, text: str, *, title: str = "操作未完成", parent: QWidget | None = None) -> None:
        self.errors += 1
        self._print("错误", text)

    def warning(self, text: str, *, title: str = "请注意", parent: QWidget | None = None) -> None:
        self._print("注意", text)

    def info(self, text: str, *, title: str = "提示", parent: QWidget | None = None) -> None:
        self._print("提示", text)

    def confirm(self, text: str, *, title: str = "请确认", parent: QWidget | None = None) -> bool:
        self._print("未确认", text)
        return False

    def bug(self, exc_info: ExcInfo, *, parent: QWidget | None = None) -> None:
        self.bugs += 1
        self._print("程序内部错误", f"{exc_info[0].__name__}（详见日志）")


@dataclass
class Message:
    level: str  # error / warning / info / confirm / bug
    text: str
    title: str = ""


class RecordingNotifier(Notifier):
    """Keeps every message; ``confirm`` answers ``answer``. For tests and scripted runs."""

    def __init__(self, answer: bool = True) -> None:
        self.messages: list[Message] = []
        self.answer = answer

    def error(self, text: str, *, title: str = "操作未完成", parent: QWidget | None = None) -> None:
        self.messages.append(Message("error", text, title))

    def warning(self, text: str, *, title: str = "请注意", parent: QWidget | None = None) -> None:
        self.messages.append(Message("warning", text, title))

    def info(self, text: str, *, title: str = "提示", parent: QWidget | None = None) -> None:
        self.messages.append(Message("info", text, title))

    def confirm(self, text: str, *, title: str = "请确认", parent: QWidget | None = None) -> bool:
        self.messages.append(Message("confirm", text, title))
        return self.answer

    def bug(self, exc_info: ExcInfo, *, parent: QWidget | None = None) -> None:
        self.bugs += 1
        text = "".join(traceback.format_exception(exc_info[1]))
        self.messages.append(Message("bug", text, exc_info[0].__name__))

    def texts(self, level: str | None = None) -> list[str]:
        return [m.text for m in self.messages if level is None or m.level == level]


def show_refusal(
    notifier: Notifier, title: str, parent: QWidget | None = None
) -> Callable[[BaseException], bool]:
    """An ``on_failure`` for a task: a service's refusal (a ``UserError``) shown as a warning, as it says it;
    anything else left to the runner (a bug)."""

    def failed(exc: BaseException) -> bool:
        if isinstance(exc, UserError):
            notifier.warning(exc.message, title=title, parent=parent)
            return True
        return False

    return failed
