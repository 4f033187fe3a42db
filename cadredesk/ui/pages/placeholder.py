"""A page that is not built yet: says what it will do and which command does it today."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(
        self, title: str, purpose: str, commands: tuple[str, ...] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title = title
        text = f"本页面尚在开发中：{purpose}。"
        self.commands = commands
        if commands:
            text += "\n\n当前版本可通过命令行完成：\n" + "\n".join(f"    {c}" for c in commands)
        self.notice = QLabel(text)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addWidget(self.notice)
        layout.addStretch(1)
