"""Who works in the window: the login at start-up, the first-run administrator, and the idle screen lock.

- ``start_session(window, runner, …)`` runs after the database is open and before the pages load: on a
  database with accounts the clerk logs in (``LoginDialog``) and, when an administrator set the password,
  changes it; the logged-in ``Actor`` goes into the runner's ``Context``, which every page's operations
  get. Without accounts (single-user mode) nothing is asked, except on a NEW database, where the first
  administrator may be created at once (or later on the 用户管理 page).
- ``IdleGuard``: an application-wide event filter notes every key press, click and wheel turn; a timer
  asks ``core.security.IdleLock`` (timeout from ``services.users.idle_lock``) whether the idle time has
  passed, then hides every window's content behind the 解锁 dialog until the password is given again.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QWidget

from cadredesk.core.security import IdleLock
from cadredesk.errors import UserError
from cadredesk.services import users
from cadredesk.services.context import Context
from cadredesk.ui.access import actor_text
from cadredesk.ui.login_dialog import LoginDialog
from cadredesk.ui.notify import Notifier
from cadredesk.ui.tasks import TaskRunner

log = logging.getLogger("cadredesk.ui")

#: how often the idle lock is asked whether the time is up (ms)
POLL_MS = 5_000

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def switch_actor(window: QMainWindow, runner: TaskRunner, result: users.LoginResult) -> None:
    """From now on the runner's operations act as the logged-in user; the status bar says who."""
    runner.ctx = users.logged_in(runner.ctx, result)
    show_actor(window, runner)
    IdleGuard.start(window, runner)


def show_actor(window: QMainWindow, runner: TaskRunner) -> None:
    label = window.findChild(QLabel, "actorLabel")
    if label is None:
        label = QLabel(window)
        label.setObjectName("actorLabel")
        window.statusBar().addPermanentWidget(label)
    label.setText(actor_text(runner.ctx))


def _must_change(window: QWidget, runner: TaskRunner, result: users.LoginResult, password: str) -> bool:
    """An administrator set the password (or it is older than 90 days): change it now. False: quit."""
    from cadredesk.ui.account_dialog import AccountDialog

    if not (result.must_change or result.expired):
        return True
    notice = (
        "系统管理员为您设置了初始密码，请先设置自己的密码。"
        if result.must_change
        else "密码已使用超过 90 天，请修改（也可以取消，下次再改）。"
    )
    dialog = AccountDialog(runner, "passwd", user=None, old_password=password, notice=notice, parent=window)
    dialog.user_edit.setText(result.actor.username)
    dialog.user_edit.setReadOnly(True)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return accepted or not result.must_change


def start_session(
    window: QMainWindow, runner: TaskRunner, notifier: Notifier, *, new_database: bool, headless: bool
) -> bool:
    """Log in when the database has accounts (see the module doc). False: the clerk quit (or could not)."""
    try:
        has_users = users.has_users(runner.ctx)
    except UserError as exc:
        notifier.error(exc.message, title="无法打开数据库")
        return False
    if not has_users:
        if new_database and not headless:
            offer_setup(window, runner)
        show_actor(window, runner)
        return True
    name, password = os.environ.get("CADREDESK_USER", ""), os.environ.get("CADREDESK_PASSWORD", "")
    if name and password:  # as the CLI: a scripted start (screenshots, checks) logs in without asking
        try:
            result = users.login(runner.ctx, name, password)
        except UserError as exc:
            if headless:
                notifier.error(exc.message, title="无法登录")
                return False
        else:
            if not result.must_change:
                switch_actor(window, runner, result)
                return True
    if headless:
        notifier.error(
            "此数据库已启用用户登录：请设置环境变量 CADREDESK_USER 和 CADREDESK_PASSWORD 后再检查。",
            title="无法登录",
        )
        return False
    dialog = LoginDialog(runner, parent=window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.login is None:
        return False
    result = dialog.login
    runner.ctx = users.logged_in(runner.ctx, result)  # changing the password acts as the user
    if not _must_change(window, runner, result, dialog.password):
        return False
    switch_actor(window, runner, result)
    return True


def offer_setup(window: QMainWindow, runner: TaskRunner, parent: QWidget | None = None) -> bool:
    """The first-run administrator (a new database, or 用户管理 in single-user mode)."""
    from cadredesk.ui.account_dialog import AccountDialog

    dialog = AccountDialog(
        runner,
        "setup",
        notice="这是一个新数据库。建议现在创建系统管理员账号，启用用户登录（也可以取消，稍后在“用户管理”页创建；"
        "在此之前程序以单用户模式运行）。",
        parent=parent or window,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.login is None:
        return False
    switch_actor(window, runner, dialog.login)
    return True


def auto_backup(runner: TaskRunner, reason: str, *, wait: bool = False) -> None:
    """The automatic local backup (``services.backup.auto_backup``): daily in the background when due, and
    on exit (``wait``: the window is closed, the runner shut down). Roles without BACKUP skip it; a failure
    is logged, never shown as an error on the way out."""
    from cadredesk.core.security import Permission
    from cadredesk.ui.access import may

    ctx = runner.ctx
    if ctx.read_only or not may(ctx, Permission.BACKUP):
        return

    def op(c: Context) -> object:
        from cadredesk.services import backup

        if reason == "daily" and not backup.auto_backup_due(c):
            return None
        return backup.auto_backup(c, reason)

    if wait:
        try:
            op(ctx)
        except UserError as exc:
            log.warning("automatic backup on exit failed: %s", exc)
        return
    runner.run(op, name="auto backup", write=True, on_failure=lambda exc: _backup_failed(exc))


def _backup_failed(exc: BaseException) -> bool:
    if isinstance(exc, UserError):
        log.warning("automatic backup failed: %s", exc)
        return True
    return False


class IdleGuard(QObject):
    """Locks ``window`` after the idle time (module doc). ``clock`` and ``poll_ms`` for tests."""

    def __init__(
        self,
        window: QMainWindow,
        runner: TaskRunner,
        *,
        clock: Callable[[], float] | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.lock: IdleLock | None = None
        self.dialog: LoginDialog | None = None
        self._hidden: list[QWidget] = []
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.check)
        self.ready = runner.run(
            lambda ctx: users.idle_lock(ctx, clock),
            name="idle lock",
            on_success=self._got_lock,
            on_failure=lambda exc: isinstance(exc, UserError),  # no lock without the setting: logged only
        )

    @classmethod
    def start(cls, window: QMainWindow, runner: TaskRunner, **kw: object) -> IdleGuard | None:
        """One guard per window, once an actor has logged in."""
        if not runner.ctx.actor.authenticated:
            return None
        found = window.findChild(IdleGuard)
        if found is not None:
            return found
        return cls(window, runner, **kw)  # type: ignore[arg-type]

    def _got_lock(self, lock: IdleLock) -> None:
        self.lock = lock
        log.info("idle lock after %.0f s", lock.timeout)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.lock is not None and self.dialog is None and event.type() in INPUT_EVENTS:
            self.lock.touch()
        return False

    def check(self) -> None:
        """Lock now if the idle time has passed (the timer calls this; tests too)."""
        if self.lock is not None and self.dialog is None and self.lock.locked:
            self.show_lock()

    def show_lock(self) -> None:
        """Hide the window's content and every other window, then ask for the password."""
        central = self.window.centralWidget()
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not self.window and not isinstance(w, QMainWindow)
        ]
        for w in self._hidden:
            w.hide()
        if central is not None:
            central.hide()
        self.dialog = LoginDialog(self.runner, locked=True, parent=self.window)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.rejected.connect(self._quit)
        self.dialog.open()
        log.info("screen locked after idle time")

    def _unlocked(self) -> None:
        assert self.lock is not None
        self.lock.unlocked()
        self.dialog = None
        central = self.window.centralWidget()
        if central is not None:
            central.show()
        for w in self._hidden:
            w.show()
        self._hidden = []

    def _quit(self) -> None:
        self.dialog = None
        self.timer.stop()
        self.window.close()


__all__ = ["IdleGuard", "auto_backup", "offer_setup", "start_session", "switch_actor"]
