"""用户管理 page (系统管理员): the accounts with their roles, add a user, change a role (and a township
clerk's township), reset a password, lift a lockout, disable or enable an account, the idle-lock time.
In single-user mode (no account yet) it offers to create the first administrator. Everyone may change
their own password here.

Layout: forms/users_page.ui; the account dialogs are ``ui/account_dialog.AccountDialog``. Services:
``services.users`` and ``services.settings`` (idle lock).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QMainWindow, QWidget

from cadredesk.core.security import Permission
from cadredesk.services import reference, settings, users
from cadredesk.services.context import Context
from cadredesk.ui.access import limit, may, refusal
from cadredesk.ui.account_dialog import AccountDialog, Mode
from cadredesk.ui.forms.ui_users_page import Ui_UsersPage
from cadredesk.ui.list_export import export_view
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.base import BasePage
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_COLOR, MUTED_COLOR


def _local(at: dt.datetime | None) -> str:
    if at is None:
        return ""
    return f"{at.replace(tzinfo=dt.UTC).astimezone():%Y-%m-%d %H:%M}"


def locked(u: users.UserRow, now: dt.datetime | None = None) -> bool:
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return u.locked_until is not None and u.locked_until > now


def state_text(u: users.UserRow) -> str:
    if not u.active:
        return "已停用"
    if locked(u):
        return f"锁定至 {_local(u.locked_until)[11:]}"
    return "须修改密码" if u.must_change else "正常"


COLUMNS: list[Column[users.UserRow]] = [
    Column("username", "用户名", lambda u: u.username, width=10),
    Column("display_name", "姓名", lambda u: u.display_name, width=6),
    Column("role", "角色", lambda u: u.role, width=6),
    Column("township", "负责乡镇", lambda u: u.township or "", width=7),
    Column(
        "state", "状态", state_text,
        foreground=lambda u: ERROR_COLOR if locked(u) else (MUTED_COLOR if not u.active else None), width=10,
    ),
    Column("locked_until", "锁定至", lambda u: _local(u.locked_until) if locked(u) else "",
           lambda u: u.locked_until, width="0000-00-00 00:00"),
]  # fmt: skip


@dataclass(frozen=True)
class UsersSnapshot:
    has_users: bool
    users: list[users.UserRow]
    townships: list[str]
    idle_minutes: int | None


class UsersPage(BasePage[users.UserRow]):
    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(runner, notifier, parent)
        self.ui = Ui_UsersPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.init_table(ui.view, COLUMNS, on_activate=lambda u: self.open_dialog("role", u))
        self.bind(status=ui.statusLabel)
        self.snapshot: UsersSnapshot | None = None
        ui.setupButton.clicked.connect(self.setup_admin)
        ui.addButton.clicked.connect(lambda: self.open_dialog("add"))
        ui.editButton.clicked.connect(lambda: self.open_dialog("role", self.selected()))
        ui.resetButton.clicked.connect(lambda: self.open_dialog("reset", self.selected()))
        ui.unlockButton.clicked.connect(self.unlock_selected)
        ui.activeButton.clicked.connect(self.toggle_active)
        ui.passwordButton.clicked.connect(lambda: self.open_dialog("passwd"))
        ui.idleButton.clicked.connect(self.save_idle)
        ui.exportButton.clicked.connect(
            lambda: export_view(self, runner, notifier, self.view, COLUMNS, "用户")
        )
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    @property
    def admin(self) -> bool:
        return may(self.runner.ctx, Permission.USERS)

    # ------------------------------------------------------------------ loading
    def refresh(self, _result: object = None) -> None:
        self.reload()

    def load_operation(self, batch: Any) -> Callable[[Context], UsersSnapshot]:
        def op(ctx: Context) -> UsersSnapshot:
            if not users.has_users(ctx):
                return UsersSnapshot(False, [], [], None)
            rows = users.list_users(ctx) if may(ctx, Permission.USERS) else []
            townships = [name for _id, name in reference.townships(ctx)] if rows else []
            return UsersSnapshot(True, rows, townships, settings.idle_lock_minutes(ctx))

        return op

    def show_data(self, snap: UsersSnapshot) -> int:
        self.snapshot = snap
        ui, ctx = self.ui, self.runner.ctx
        self.model.set_rows(snap.users)
        if not snap.has_users:
            ui.noticeLabel.setText(
                "当前为单用户模式：本数据库还没有用户账号，任何打开它的人都能查看和修改全部数据。"
                "建议创建系统管理员账号，启用用户登录和权限控制。"
            )
        elif not self.admin:
            ui.noticeLabel.setText(
                f"{refusal(ctx, Permission.USERS)}：用户账号由系统管理员管理。您可以在这里修改自己的密码。"
            )
        else:
            ui.noticeLabel.setText(
                "系统管理员管理用户账号；每个账号只有一个角色（职责分离），不能修改自己的角色。"
            )
        if snap.idle_minutes is not None:
            ui.idleSpin.setValue(snap.idle_minutes)
        self._update_buttons()
        if not snap.has_users:
            return 0
        locked_n = sum(1 for u in snap.users if locked(u))
        if snap.users:
            self.show_status(f"共 {len(snap.users)} 个账号" + (f"，{locked_n} 个被锁定" if locked_n else ""))
        return len(snap.users)

    def _update_buttons(self) -> None:
        ui, ctx = self.ui, self.runner.ctx
        snap = self.snapshot
        single = snap is not None and not snap.has_users
        ui.setupButton.setVisible(single)
        for w in (
            ui.addButton,
            ui.editButton,
            ui.resetButton,
            ui.unlockButton,
            ui.activeButton,
            ui.exportButton,
        ):
            w.setVisible(not single)
        ui.passwordButton.setVisible(ctx.actor.authenticated)
        for idle in (ui.idleSpin, ui.idleButton, ui.idleHint, ui.idleSpinLabel):
            idle.setVisible(not single)
        chosen = self.selected()
        admin = self.admin
        ui.addButton.setEnabled(admin)
        ui.exportButton.setEnabled(admin)
        ui.editButton.setEnabled(admin and chosen is not None)
        ui.resetButton.setEnabled(admin and chosen is not None)
        ui.unlockButton.setEnabled(admin and chosen is not None and locked(chosen))
        ui.activeButton.setEnabled(admin and chosen is not None)
        ui.activeButton.setText("启用账号" if chosen is not None and not chosen.active else "停用账号")
        limit(
            ctx,
            Permission.USERS,
            ui.addButton,
            ui.editButton,
            ui.resetButton,
            ui.unlockButton,
            ui.activeButton,
        )
        ui.idleSpin.setEnabled(may(ctx, Permission.SETTINGS))
        ui.idleButton.setEnabled(may(ctx, Permission.SETTINGS))
        limit(ctx, Permission.SETTINGS, ui.idleSpin, ui.idleButton)

    # ------------------------------------------------------------------ actions
    def setup_admin(self) -> AccountDialog:
        from cadredesk.ui.session import switch_actor

        dialog = AccountDialog(self.runner, "setup", parent=self)

        def done() -> None:
            window = self.window()
            if dialog.login is not None and isinstance(window, QMainWindow):
                switch_actor(window, self.runner, dialog.login)
            elif dialog.login is not None:
                self.runner.ctx = users.logged_in(self.runner.ctx, dialog.login)
            self.reload()

        self.show_dialog(dialog, done)
        return dialog

    def open_dialog(self, mode: Mode, user: users.UserRow | None = None) -> AccountDialog | None:
        if mode != "passwd" and (not self.admin or (mode != "add" and user is None)):
            return None
        townships = self.snapshot.townships if self.snapshot else []
        if mode == "passwd":
            me = self.runner.ctx.actor
            user = users.UserRow(me.username, me.display_name, me.role, None, True, None, False)
        dialog = AccountDialog(self.runner, mode, user=user, townships=townships, parent=self)
        username = user.username if user is not None and mode != "passwd" else None

        def done() -> None:
            if mode == "passwd":
                self.notifier.info("密码已修改。", parent=self)
            self.reload(select=None)
            if username:
                self._select_after(username)

        self.show_dialog(dialog, done)
        return dialog

    def _select_after(self, username: str) -> None:
        from cadredesk.ui.table import select_row

        def select(_rows: int) -> None:
            select_row(self.view, lambda u: u.username == username)
            self.loaded.disconnect(select)

        self.loaded.connect(select)

    def unlock_selected(self) -> TaskHandle | None:
        user = self.selected()
        if user is None:
            return None
        return self.runner.run(
            lambda ctx: users.unlock_account(ctx, user.username),
            name="unlock user",
            write=True,
            on_success=self.refresh,
        )

    def toggle_active(self) -> TaskHandle | None:
        user = self.selected()
        if user is None:
            return None
        if user.active and not self.notifier.confirm(
            f"停用账号 {user.username}（{user.display_name}）？停用后该用户不能登录，账号和审计记录保留。",
            parent=self,
        ):
            return None
        return self.runner.run(
            lambda ctx: users.set_active(ctx, user.username, not user.active),
            name="user active",
            write=True,
            on_success=self.refresh,
        )

    def save_idle(self) -> TaskHandle:
        minutes = self.ui.idleSpin.value()
        return self.runner.run(
            lambda ctx: settings.set_idle_lock_minutes(ctx, minutes),
            name="idle lock",
            write=True,
            on_success=lambda _r: self.show_status(f"空闲锁屏时间已改为 {minutes} 分钟（下次登录时生效）。"),
        )


__all__ = ["UsersPage"]
