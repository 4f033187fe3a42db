"""A page that is not built yet: says what it will do and which command does it today.

Layout: forms/placeholder_page.ui.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cadredesk.ui.forms.ui_placeholder_page import Ui_PlaceholderPage


class PlaceholderPage(QWidget):
    def __init__(
        self, title: str, purpose: str, commands: tuple[str, ...] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlaceholderPage()
        self.ui.setupUi(self)
        self.title = title
        self.commands = commands
        text = f"本页面尚在开发中：{purpose}。"
        if commands:
            text += "\n\n当前版本可通过命令行完成：\n" + "\n".join(f"    {c}" for c in commands)
        self.ui.pageTitle.setText(title)
        self.notice = self.ui.notice
        self.notice.setText(text)
