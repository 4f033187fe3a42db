"""用户账号 dialogs from one form (forms/account_dialog.ui): first-run administrator, add a user, change a
role, reset a password, change one's own password. Each is one service call (``services.users``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from PySide6.QtWidgets import QWidget

from cadredesk.core.enums import UserRole
from cadredesk.core.security import password_problem
from cadredesk.services import users
from cadredesk.services.context import Context
from cadredesk.ui.forms.ui_account_dialog import Ui_AccountDialog
from cadredesk.ui.saving_dialog import SavingDialog
from cadredesk.ui.tasks import TaskRunner

Mode = Literal["setup", "add", "role", "reset", "passwd"]

TITLES: dict[str, str] = {
    "setup": "创建系统管理员",
    "add": "添加用户",
    "role": "修改角色",
    "reset": "重置密码",
    "passwd": "修改密码",
}
#: which rows each mode shows
ROWS: dict[str, tuple[str, ...]] = {
    "setup": ("user", "name", "password"),
    "add": ("user", "name", "role", "password"),
    "role": ("user", "role"),
    "reset": ("user", "password"),
    "passwd": ("user", "old", "password"),
}


class AccountDialog(SavingDialog):
    """``AccountDialog(runner, mode, user=row, townships=[…])``; after ``accepted``: ``row`` (a UserRow, when
    the service returns one) and, for ``setup``, ``login`` (the new administrator logged in)."""

    def __init__(
        self,
        runner: TaskRunner,
        mode: Mode,
        *,
        user: users.UserRow | None = None,
        townships: Sequence[str] = (),
        old_password: str = "",
        notice: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.mode = mode
        self.user = user
        self.old_password = old_password
        self.ui = Ui_AccountDialog()
        self.ui.setupUi(self)
        self.bind(self.ui.buttonBox, self.ui.errorLabel)
        self.setWindowTitle(TITLES[mode])
        self.row: users.UserRow | None = None
        self.login: users.LoginResult | None = None
        ui = self.ui
        self.user_edit, self.name_edit, self.role_combo = ui.userEdit, ui.nameEdit, ui.roleCombo
        self.township_combo, self.old_edit = ui.townshipCombo, ui.oldPasswordEdit
        self.password_edit, self.password2_edit = ui.passwordEdit, ui.password2Edit
        for role in UserRole:
            self.role_combo.addItem(role.value, role.value)
        for name in townships:
            self.township_combo.addItem(name, name)
        if user is not None:
            self.user_edit.setText(user.username)
            self.user_edit.setReadOnly(True)
            self.name_edit.setText(user.display_name)
            self.role_combo.setCurrentIndex(max(self.role_combo.findData(user.role), 0))
            if user.township:
                self.township_combo.setCurrentIndex(max(self.township_combo.findData(user.township), 0))
        elif mode == "add":
            self.role_combo.setCurrentIndex(self.role_combo.findData(UserRole.OPERATOR.value))
        shown = ROWS[mode]
        form = ui.accountForm
        form.setRowVisible(self.user_edit, "user" in shown)
        form.setRowVisible(self.name_edit, "name" in shown)
        form.setRowVisible(self.role_combo, "role" in shown)
        form.setRowVisible(self.old_edit, "old" in shown and not old_password)
        form.setRowVisible(self.password_edit, "password" in shown)
        form.setRowVisible(self.password2_edit, "password" in shown)
        ui.rulesLabel.setVisible("password" in shown)
        if mode in ("reset", "passwd"):
            ui.passwordEditLabel.setText("新密码：")
        if mode in ("add", "reset"):
            ui.passwordEditLabel.setText("初始密码：" if mode == "add" else "新密码：")
            extra = "用户首次登录时须修改这个密码。"
            ui.rulesLabel.setText(ui.rulesLabel.text() + extra)
        ui.noticeLabel.setText(notice or self._default_notice())
        ui.noticeLabel.setVisible(bool(ui.noticeLabel.text()))
        self.role_combo.currentIndexChanged.connect(lambda _i: self._role_changed())
        self._role_changed()
        self.adjustSize()

    def _default_notice(self) -> str:
        if self.mode == "setup":
            return (
                "创建第一个账号（系统管理员）后，本数据库启用用户登录：每次打开都须登录，"
                "由系统管理员为其他人添加账号。请牢记密码，没有默认密码。"
            )
        if self.mode == "reset" and self.user is not None:
            return f"为 {self.user.display_name or self.user.username} 设置新密码，同时解除登录锁定。"
        return ""

    def _role_changed(self) -> None:
        clerk = self.role_combo.currentData() == UserRole.TOWNSHIP_CLERK.value
        self.ui.accountForm.setRowVisible(self.township_combo, "role" in ROWS[self.mode] and clerk)

    # ------------------------------------------------------------------ SavingDialog
    def check(self) -> str:
        shown = ROWS[self.mode]
        name = self.user_edit.text().strip()
        if "user" in shown and not name:
            return "请填写用户名"
        if "old" in shown and not (self.old_password or self.old_edit.text()):
            return "请输入原密码"
        if "password" in shown:
            password = self.password_edit.text()
            problem = password_problem(password, name)
            if problem:
                return problem
            if password != self.password2_edit.text():
                return "两次输入的密码不一致"
        if "role" in shown and self._township() is None and self._clerk():
            return "乡镇联络员须指定负责的乡镇"
        return ""

    def _clerk(self) -> bool:
        return bool(self.role_combo.currentData() == UserRole.TOWNSHIP_CLERK.value)

    def _township(self) -> str | None:
        value = self.township_combo.currentData()
        return str(value) if self._clerk() and value else None

    def operation(self) -> Callable[[Context], Any]:
        name = self.user_edit.text().strip()
        display = self.name_edit.text().strip()
        role = str(self.role_combo.currentData())
        township = self._township()
        password = self.password_edit.text()
        old = self.old_password or self.old_edit.text()
        mode = self.mode

        def op(ctx: Context) -> Any:
            if mode == "setup":
                users.setup_admin(ctx, name, password, display)
                return users.login(ctx, name, password)  # the administrator works on at once
            if mode == "add":
                return users.create_user(ctx, name, role, password, display_name=display, township=township)
            if mode == "role":
                return users.set_role(ctx, name, role, township=township)
            if mode == "reset":
                users.reset_password(ctx, name, password)
                return None
            users.change_password(ctx, old, password)
            return None

        return op

    def _saved(self, result: Any) -> None:
        if isinstance(result, users.LoginResult):
            self.login = result
        elif isinstance(result, users.UserRow):
            self.row = result
        self.password_edit.clear()
        self.password2_edit.clear()
        super()._saved(None)


__all__ = ["AccountDialog"]
