"""登录 at start-up and 解锁 after the idle lock: one form (forms/login_dialog.ui).

The password is checked by ``services.users.login`` / ``unlock`` off the GUI thread; the service's own
sentences are shown inline (wrong password with the attempts left, locked out until when). Imports only
Qt, the form and the users service, so the start-up stays quick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from cadredesk.errors import UserError
from cadredesk.services import users
from cadredesk.ui.forms.ui_login_dialog import Ui_LoginDialog

if TYPE_CHECKING:
    from cadredesk.services.context import Context
    from cadredesk.ui.tasks import TaskRunner


class LoginDialog(QDialog):
    """``LoginDialog(runner)`` logs in; ``LoginDialog(runner, locked=True)`` unlocks the runner's actor.

    After ``accepted``: ``login`` (the service's ``LoginResult``) and ``password`` (for a password that must
    be changed now)."""

    def __init__(self, runner: TaskRunner, *, locked: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.locked = locked
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.user_edit, self.password_edit = self.ui.userEdit, self.ui.passwordEdit
        self.error_label = self.ui.errorLabel
        self.error_label.hide()
        self.login: users.LoginResult | None = None
        self.password = ""
        self.quit_requested = False
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        assert isinstance(ok, QPushButton) and isinstance(cancel, QPushButton)
        self.ok_button, self.cancel_button = ok, cancel
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self._cancel)
        actor = runner.ctx.actor
        db = runner.ctx.db
        self.ui.databaseLabel.setText(f"数据库：{db.path if db.path is not None else db.display_name}")
        if locked:
            self.setWindowTitle("屏幕已锁定")
            self.ui.pageTitle.setText("屏幕已锁定")
            self.ui.hintLabel.setText(f"较长时间无人操作，窗口已锁定。请输入 {actor.label} 的密码解锁。")
            self.user_edit.setText(actor.username)
            self.user_edit.setReadOnly(True)
            ok.setText("解锁")
            cancel.setText("退出程序")
            self.password_edit.setFocus()
        else:
            ok.setText("登录")
            cancel.setText("退出")
            self.user_edit.setFocus()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 30)
        self.adjustSize()

    # ------------------------------------------------------------------ the clerk's answers
    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def submit(self) -> None:
        name, password = self.user_edit.text().strip(), self.password_edit.text()
        if not name:
            self.show_error("请输入用户名")
            return
        if not password:
            self.show_error("请输入密码")
            self.password_edit.setFocus()
            return
        self.show_error("")
        self.ok_button.setEnabled(False)
        locked = self.locked

        def op(ctx: Context) -> users.LoginResult:
            return users.unlock(ctx, password) if locked else users.login(ctx, name, password)

        self.runner.run(
            op,
            name="login",
            write=True,  # failed attempts are counted and audited
            on_success=lambda result: self._done(result, password),
            on_failure=self._failed,
        )

    def _done(self, result: users.LoginResult, password: str) -> None:
        self.ok_button.setEnabled(True)
        self.login, self.password = result, password
        self.password_edit.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        self.ok_button.setEnabled(True)
        if isinstance(exc, UserError):
            self.show_error(exc.message)
            self.password_edit.clear()
            self.password_edit.setFocus()
            return True
        return False

    # ------------------------------------------------------------------ leaving
    def _cancel(self) -> None:
        self.quit_requested = True
        super().reject()

    def reject(self) -> None:
        """Escape or the window's close button: the lock screen stays; the login dialog quits."""
        if self.locked:
            return
        self._cancel()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.locked and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)


__all__ = ["LoginDialog"]
