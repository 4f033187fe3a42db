"""Data safety in the GUI, step by step as a clerk does it: logging in (success, wrong password, lockout,
a password to change), the idle screen lock, the 数据备份 page (backup → verify → restore, the automatic
backups, a damaged file), 用户管理, the 审计日志 viewer, masked ID numbers and role limits."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from cadredesk.errors import UserError
from cadredesk.services import audit, backup, cadres, exchange, users
from cadredesk.services.context import Actor, Context
from cadredesk.services.database import SchemaState, Workspace
from cadredesk.storage.engine import Database
from cadredesk.ui.account_dialog import AccountDialog
from cadredesk.ui.backup_dialogs import PassphraseDialog, RestoreConfirmDialog
from cadredesk.ui.login_dialog import LoginDialog
from cadredesk.ui.main_window import MainWindow
from cadredesk.ui.notify import RecordingNotifier
from cadredesk.ui.pages import audit_page, backup_page, users_page
from cadredesk.ui.session import IdleGuard, start_session, switch_actor
from cadredesk.ui.table_model import TableModel
from cadredesk.ui.tasks import TaskRunner
from tests.gui_data import populate
from tests.test_safety_gui_services import PW, ROLES

pytestmark = pytest.mark.gui

FULL_ID = re.compile(r"\d{17}[\dXx]")
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two small real databases, made once: ``single`` (no accounts yet) and ``accounts`` (the four roles,
    their own passwords set, and ``newbie`` still on the initial password an administrator gave)."""
    folder = tmp_path_factory.mktemp("safety-gui")
    single = folder / "single.sqlite"
    db = Database.open(str(single))
    from cadredesk.storage.schema import ensure_schema

    ensure_schema(db)
    populate(db)
    db.close()
    accounts = folder / "accounts.sqlite"
    shutil.copyfile(single, accounts)
    db = Database.open(str(accounts))
    ctx = Context(db=db, actor=Actor("tester", "测试员"))
    users.setup_admin(ctx, "admin", PW["admin"], "王管理")
    admin = users.logged_in(ctx, users.login(ctx, "admin", PW["admin"]))
    for name, role in ROLES.items():
        township = "黄河口镇" if role == "乡镇联络员" else None
        users.create_user(admin, name, role, "Initial-Pass-1", township=township)
        first = users.logged_in(ctx, users.login(ctx, name, "Initial-Pass-1"))
        users.change_password(first, "Initial-Pass-1", PW[name])
    users.create_user(admin, "newbie", "业务操作员", "Initial-Pass-1")
    db.close()
    return {"single": single, "accounts": accounts}


@dataclass
class App:
    window: MainWindow
    runner: TaskRunner
    notifier: RecordingNotifier
    db: Database
    path: Path

    @property
    def ctx(self) -> Context:
        return self.runner.ctx

    def attach(self, qtbot: QtBot) -> None:
        """The database open and the first page loaded (after the login, as the application does)."""
        self.window.attach(Workspace(ctx=self.runner.ctx, found=SchemaState.CURRENT, lock=None), self.runner)
        with qtbot.waitSignal(self.window.cadre_page.loaded, timeout=10_000):
            self.window.start()

    def login(self, name: str) -> None:
        switch_actor(self.window, self.runner, users.login(self.runner.ctx, name, PW[name]))

    def show(self, qtbot: QtBot, key: str) -> QWidget:
        page = self.window.page(key)
        with qtbot.waitSignal(page.loaded, timeout=10_000):  # type: ignore[attr-defined]
            self.window.show_page(key)
        return page


@pytest.fixture
def make_app(qtbot: QtBot, templates: dict[str, Path], tmp_path: Path) -> Iterator[Callable[[str], App]]:
    made: list[App] = []

    def make(kind: str) -> App:
        path = tmp_path / f"{kind}.sqlite"
        shutil.copyfile(templates[kind], path)
        db = Database.open(str(path))
        notifier = RecordingNotifier()
        runner = TaskRunner(Context(db=db, actor=Actor("clerk-pc", "本机")), notifier)
        settings = QSettings(str(tmp_path / f"{kind}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(None, None, notifier, settings)
        qtbot.addWidget(window)
        window.show()
        app = App(window, runner, notifier, db, path)
        made.append(app)
        return app

    yield make
    for app in made:
        app.runner.shutdown()
        app.db.close()


def answer(qtbot: QtBot, kind: type[QDialog], steps: Callable[[QDialog], None]) -> None:
    """Answer the modal dialog that is about to open (start-up dialogs block in ``exec``)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, run)
            return
        steps(dialog)

    QTimer.singleShot(0, run)


def type_login(qtbot: QtBot, dialog: LoginDialog, name: str, password: str) -> None:
    if not dialog.user_edit.isReadOnly():
        dialog.user_edit.clear()
        qtbot.keyClicks(dialog.user_edit, name)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.ok_button, LEFT)


# ---------------------------------------------------------------------- login


def test_login_at_start_up_acts_as_that_user_and_shows_who(
    qtbot: QtBot, make_app: Callable[[str], App]
) -> None:
    app = make_app("accounts")

    def steps(d: QDialog) -> None:
        assert isinstance(d, LoginDialog)
        assert "accounts.sqlite" in d.ui.databaseLabel.text()
        type_login(qtbot, d, "clerk", "Wrong-Pass-9")
        qtbot.waitUntil(lambda: bool(d.error()), timeout=10_000)
        assert d.error() == "用户名或密码不正确。再输错 4 次，账号将锁定 15 分钟。"
        assert d.password_edit.text() == ""  # typed again, never kept
        type_login(qtbot, d, "clerk", PW["clerk"])

    answer(qtbot, LoginDialog, steps)
    assert start_session(app.window, app.runner, app.notifier, new_database=False, headless=False)
    actor = app.ctx.actor
    assert (actor.username, actor.role, actor.authenticated) == ("clerk", "业务操作员", True)
    label = app.window.findChild(QWidget, "actorLabel")
    assert label is not None and label.text() == "当前用户：clerk（业务操作员）"  # type: ignore[attr-defined]
    app.attach(qtbot)
    assert app.window.cadre_page.model.rowCount() == 6
    entries = audit.entries(users.logged_in(app.ctx, users.login(app.ctx, "shenji", PW["shenji"])))
    logins = [e for e in entries if e.action == "user.login" and e.entity_id == "clerk"]
    assert [e.result for e in logins[:2]] == ["ok", "fail"]
    assert app.notifier.messages == []


def test_five_wrong_passwords_lock_the_account_and_say_until_when(
    qtbot: QtBot, make_app: Callable[[str], App]
) -> None:
    app = make_app("accounts")
    dialog = LoginDialog(app.runner, parent=app.window)
    dialog.show()
    for left in (4, 3, 2, 1):
        type_login(qtbot, dialog, "clerk", "Wrong-Pass-9")
        qtbot.waitUntil(lambda n=left: f"再输错 {n} 次" in dialog.error(), timeout=10_000)  # type: ignore[misc]
    type_login(qtbot, dialog, "clerk", "Wrong-Pass-9")
    qtbot.waitUntil(lambda: "账号已锁定 15 分钟" in dialog.error(), timeout=10_000)
    assert re.search(r"至 \d\d:\d\d 后可再试", dialog.error())
    type_login(qtbot, dialog, "clerk", PW["clerk"])  # the right password no longer opens it
    qtbot.waitUntil(lambda: "已锁定至" in dialog.error(), timeout=10_000)
    assert dialog.isVisible() and dialog.login is None
    assert "Traceback" not in dialog.error() and app.notifier.messages == []
    # quitting the login leaves the program (start_session says so)
    answer(qtbot, LoginDialog, lambda d: qtbot.mouseClick(d.cancel_button, LEFT))  # type: ignore[attr-defined]
    assert not start_session(app.window, app.runner, app.notifier, new_database=False, headless=False)
    dialog.close()


def test_a_password_set_by_the_administrator_is_changed_at_the_first_login(
    qtbot: QtBot, make_app: Callable[[str], App]
) -> None:
    app = make_app("accounts")

    def change(d: QDialog) -> None:
        assert isinstance(d, AccountDialog) and d.mode == "passwd"
        assert d.user_edit.text() == "newbie" and d.old_edit.isHidden()
        qtbot.keyClicks(d.password_edit, "short")
        qtbot.keyClicks(d.password2_edit, "short")
        qtbot.mouseClick(d.ok_button, LEFT)
        assert d.error() == "密码至少 8 位"
        d.password_edit.setText("Xinren-Pass-2026")
        d.password2_edit.setText("Xinren-Pass-2026")
        qtbot.mouseClick(d.ok_button, LEFT)

    def login(d: QDialog) -> None:
        assert isinstance(d, LoginDialog)
        answer(qtbot, AccountDialog, change)
        type_login(qtbot, d, "newbie", "Initial-Pass-1")

    answer(qtbot, LoginDialog, login)
    assert start_session(app.window, app.runner, app.notifier, new_database=False, headless=False)
    assert app.ctx.actor.username == "newbie"
    result = users.login(app.ctx, "newbie", "Xinren-Pass-2026")
    assert not result.must_change


# ---------------------------------------------------------------------- idle lock


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_idle_time_locks_the_window_until_the_password_is_given(
    qtbot: QtBot, make_app: Callable[[str], App]
) -> None:
    app = make_app("accounts")
    app.runner.ctx = users.logged_in(app.ctx, users.login(app.ctx, "clerk", PW["clerk"]))
    app.attach(qtbot)
    clock = FakeClock()
    guard = IdleGuard(app.window, app.runner, clock=clock, poll_ms=10)
    qtbot.waitUntil(lambda: guard.lock is not None, timeout=10_000)
    assert guard.lock is not None and guard.lock.timeout == 600  # the database's setting: 10 minutes
    page = app.window.cadre_page
    editor = page.open_editor(None)  # a dialog left open
    editor.show()
    clock.now += 500
    qtbot.keyClick(page.search_edit, Qt.Key.Key_A)  # input resets the idle time
    clock.now += 599
    qtbot.wait(50)
    assert not guard.locked
    clock.now += 2
    qtbot.waitUntil(lambda: guard.locked, timeout=5_000)
    lock = guard.dialog
    assert isinstance(lock, LoginDialog) and lock.locked and lock.isVisible()
    central = app.window.centralWidget()
    assert central is not None and not central.isVisible() and not editor.isVisible()
    assert lock.user_edit.text() == "clerk" and lock.user_edit.isReadOnly()
    qtbot.keyClick(lock, Qt.Key.Key_Escape)  # Escape does not unlock
    assert lock.isVisible()
    type_login(qtbot, lock, "clerk", "Wrong-Pass-9")
    qtbot.waitUntil(lambda: "再输错 4 次" in lock.error(), timeout=10_000)
    assert guard.locked
    type_login(qtbot, lock, "clerk", PW["clerk"])
    qtbot.waitUntil(lambda: not guard.locked, timeout=10_000)
    assert central.isVisible() and editor.isVisible()
    clock.now += 599
    qtbot.wait(50)
    assert not guard.locked  # the idle time starts again at the unlock
    editor.close()


# ---------------------------------------------------------------------- 数据备份


def test_backup_verify_and_restore_round_trip_through_the_page(
    qtbot: QtBot, make_app: Callable[[str], App], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app("single")
    app.attach(qtbot)
    page = app.show(qtbot, "backup")
    assert isinstance(page, backup_page.BackupPage)
    stick = tmp_path / "U盘"
    stick.mkdir()
    monkeypatch.setattr(backup_page, "ask_folder_path", lambda *_a: str(stick))
    # 立即备份 with a passphrase typed twice
    qtbot.mouseClick(page.ui.backupButton, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, PassphraseDialog)
    qtbot.keyClicks(dialog.edit, "Beifen-2026")
    qtbot.keyClicks(dialog.edit2, "Beifen-2025")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.error() == "两次输入的备份密码不一致" and dialog.isVisible()
    dialog.edit2.setText("Beifen-2026")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(
        lambda: page.backup_task is None and "已备份到" in page.ui.lastBackupLabel.text(), timeout=30_000
    )
    [made] = list(stick.glob("*.cdbak"))
    assert "已加密" in page.ui.lastBackupLabel.text() and str(made) in page.ui.lastBackupLabel.text()
    assert "张三" not in made.read_bytes().decode("utf-8", "replace")
    # the data changes after the backup
    original = {r.name for r in cadres.list_cadres(app.ctx, None)}
    cadres.save_cadre(app.ctx, cadres.CadreForm(name="新来的", id_number="370502199001010011", gender="男"))
    assert len(cadres.list_cadres(app.ctx, None)) == len(original) + 1
    # 校验备份: it is encrypted, so the passphrase is asked; a wrong one is refused, the right one shows it
    monkeypatch.setattr(backup_page, "ask_open_path", lambda *_a: str(made))
    qtbot.mouseClick(page.ui.verifyButton, LEFT)
    qtbot.waitUntil(lambda: isinstance(page.dialog, PassphraseDialog), timeout=10_000)
    ask = page.dialog
    assert isinstance(ask, PassphraseDialog) and ask.edit2.isHidden()
    qtbot.keyClicks(ask.edit, "Wrong-Phrase")
    qtbot.mouseClick(ask.ok_button, LEFT)
    qtbot.waitUntil(
        lambda: isinstance(page.dialog, PassphraseDialog) and page.dialog is not ask, timeout=10_000
    )
    again = page.dialog
    assert isinstance(again, PassphraseDialog) and "密码错误" in again.error()
    qtbot.keyClicks(again.edit, "Beifen-2026")
    qtbot.mouseClick(again.ok_button, LEFT)
    qtbot.waitUntil(lambda: page.ui.resultLabel.text().startswith("校验通过"), timeout=10_000)
    shown = page.ui.resultLabel.text()
    assert "已加密" in shown and "干部 6" in shown and "程序版本" in shown and "数据结构版本" in shown
    # 从备份文件恢复: verified again, then the strong confirmation, then the swap
    replaced: list[bool] = []
    app.window.pages_reloaded.connect(lambda: replaced.append(True))
    qtbot.mouseClick(page.ui.restoreFileButton, LEFT)
    qtbot.waitUntil(lambda: isinstance(page.dialog, PassphraseDialog), timeout=10_000)
    ask = page.dialog
    assert isinstance(ask, PassphraseDialog)
    qtbot.keyClicks(ask.edit, "Beifen-2026")
    qtbot.mouseClick(ask.ok_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(page.dialog, RestoreConfirmDialog), timeout=10_000)
    confirm = page.dialog
    assert isinstance(confirm, RestoreConfirmDialog)
    details = confirm.ui.detailsLabel.text()
    assert str(app.path) in details and "恢复前副本" in details and "干部 6" in details
    assert not confirm.ok_button.isEnabled()  # not before the clerk ticks that the data will be replaced
    qtbot.mouseClick(confirm.ui.understandCheck, LEFT)
    assert confirm.ok_button.isEnabled()
    qtbot.mouseClick(confirm.ok_button, LEFT)
    qtbot.waitUntil(lambda: bool(replaced), timeout=30_000)
    [done] = app.notifier.messages
    assert done.title == "恢复完成" and "pre-restore" in done.text
    assert {r.name for r in cadres.list_cadres(app.ctx, None)} == original
    assert list(tmp_path.glob("single.pre-restore-*.sqlite"))
    qtbot.waitUntil(lambda: app.window.cadre_page.is_loaded, timeout=10_000)
    assert app.window.cadre_page.model.rowCount() == len(original)  # the rebuilt page shows the restored data
    assert app.window.page("backup") is not page


def test_automatic_backups_are_listed_and_restored_and_damage_is_refused(
    qtbot: QtBot, make_app: Callable[[str], App], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app("single")
    app.attach(qtbot)
    page = app.show(qtbot, "backup")
    assert isinstance(page, backup_page.BackupPage)
    assert page.model.rowCount() == 0
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        qtbot.mouseClick(page.ui.autoBackupButton, LEFT)
    [point] = page.model.rows()
    index = page.proxy.index(0, page.model.column_index("tier"))
    assert index.data() == "每日" and page.proxy.index(0, page.model.column_index("encrypted")).data() == "否"
    # a damaged copy of it is refused with the reason, and no restore is offered
    bad = tmp_path / "坏的.cdbak"
    data = bytearray(point.path.read_bytes())
    data[len(data) // 2] ^= 0x40
    bad.write_bytes(bytes(data))
    monkeypatch.setattr(backup_page, "ask_open_path", lambda *_a: str(bad))
    before = app.path.read_bytes()
    qtbot.mouseClick(page.ui.restoreFileButton, LEFT)
    qtbot.waitUntil(lambda: page.ui.resultLabel.text().startswith("校验未通过"), timeout=10_000)
    assert "损坏" in page.ui.resultLabel.text() and page.dialog is None
    assert app.path.read_bytes() == before
    # restore from the list: select, 从所选备份恢复, confirm
    cadres.save_cadre(app.ctx, cadres.CadreForm(name="后来的", id_number="370502199001010011", gender="男"))
    page.view.selectRow(0)
    assert page.ui.restorePointButton.isEnabled()
    qtbot.mouseClick(page.ui.restorePointButton, LEFT)
    qtbot.waitUntil(lambda: isinstance(page.dialog, RestoreConfirmDialog), timeout=10_000)
    confirm = page.dialog
    assert isinstance(confirm, RestoreConfirmDialog)
    confirm.ui.understandCheck.setChecked(True)
    with qtbot.waitSignal(app.window.pages_reloaded, timeout=30_000):
        qtbot.mouseClick(confirm.ok_button, LEFT)
    assert "后来的" not in {r.name for r in cadres.list_cadres(app.ctx, None)}


def test_exchange_package_export_import_and_conflicts_decided_on_the_page(
    qtbot: QtBot, make_app: Callable[[str], App], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app("single")
    app.attach(qtbot)
    page = app.show(qtbot, "backup")
    assert isinstance(page, backup_page.BackupPage)
    page.ui.tabs.setCurrentIndex(1)
    package = tmp_path / "交换包.cdx"
    monkeypatch.setattr(backup_page, "ask_save_path", lambda *_a: str(package))
    page.ui.townshipCombo.setCurrentIndex(page.ui.townshipCombo.findData("黄河口镇"))
    qtbot.mouseClick(page.ui.exportButton, LEFT)
    qtbot.waitUntil(lambda: "已导出 黄河口镇" in page.ui.exportHint.text(), timeout=10_000)
    assert package.exists()
    # importing our own package back is refused with the service's sentence
    monkeypatch.setattr(backup_page, "ask_open_path", lambda *_a: str(package))
    qtbot.mouseClick(page.ui.importButton, LEFT)
    qtbot.waitUntil(lambda: "来自本数据库自身" in page.ui.importResultLabel.text(), timeout=10_000)
    assert page.conflicts.model.rowCount() == 0 and app.notifier.messages == []


# ---------------------------------------------------------------------- 用户管理


def test_first_run_administrator_from_the_users_page(qtbot: QtBot, make_app: Callable[[str], App]) -> None:
    app = make_app("single")
    app.attach(qtbot)
    page = app.show(qtbot, "users")
    assert isinstance(page, users_page.UsersPage)
    assert "单用户模式" in page.ui.noticeLabel.text() and page.ui.setupButton.isVisible()
    assert not page.ui.addButton.isVisible()
    qtbot.mouseClick(page.ui.setupButton, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, AccountDialog) and dialog.mode == "setup"
    qtbot.keyClicks(dialog.user_edit, "admin")
    dialog.name_edit.setText("王管理")
    qtbot.keyClicks(dialog.password_edit, PW["admin"])
    qtbot.keyClicks(dialog.password2_edit, PW["admin"])
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert app.ctx.actor.username == "admin" and app.ctx.actor.authenticated
    assert [u.username for u in page.model.rows()] == ["admin"]
    assert page.ui.addButton.isVisible() and not page.ui.setupButton.isVisible()
    assert app.window.findChild(IdleGuard) is not None  # the idle lock runs from now on


def test_administrator_adds_changes_resets_and_unlocks_users(
    qtbot: QtBot, make_app: Callable[[str], App]
) -> None:
    app = make_app("accounts")
    app.login("admin")
    app.attach(qtbot)
    for _ in range(5):  # someone guessed at the clerk's password
        with pytest.raises(UserError):
            users.login(app.ctx, "clerk", "Wrong-Pass-9")
    page = app.show(qtbot, "users")
    assert isinstance(page, users_page.UsersPage)
    names = [u.username for u in page.model.rows()]
    assert names == ["admin", "shenji", "clerk", "xz", "newbie"]
    state = page.model.column_index("state")
    clerk_row = names.index("clerk")
    assert page.proxy.index(clerk_row, state).data().startswith("锁定至")
    # 解除锁定
    page.view.selectRow(clerk_row)
    assert page.ui.unlockButton.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.ui.unlockButton, LEFT)
    assert users.login(app.ctx, "clerk", PW["clerk"]).actor.username == "clerk"
    # 添加用户: a township clerk needs a township
    qtbot.mouseClick(page.ui.addButton, LEFT)
    add = page.dialog
    assert isinstance(add, AccountDialog)
    qtbot.keyClicks(add.user_edit, "xz2")
    add.name_edit.setText("李填报")
    add.role_combo.setCurrentIndex(add.role_combo.findData("乡镇联络员"))
    assert add.township_combo.isVisible()
    add.township_combo.setCurrentIndex(add.township_combo.findData("新户镇"))
    add.password_edit.setText("Initial-Pass-2")
    add.password2_edit.setText("Initial-Pass-2")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(add.ok_button, LEFT)
    [row] = [u for u in page.model.rows() if u.username == "xz2"]
    assert (row.role, row.township, row.must_change, row.display_name) == (
        "乡镇联络员",
        "新户镇",
        True,
        "李填报",
    )
    # 修改角色 of the new user to 业务操作员 (the township goes)
    page.view.selectRow([u.username for u in page.model.rows()].index("xz2"))
    qtbot.mouseClick(page.ui.editButton, LEFT)
    edit = page.dialog
    assert isinstance(edit, AccountDialog) and edit.user_edit.isReadOnly()
    edit.role_combo.setCurrentIndex(edit.role_combo.findData("业务操作员"))
    assert edit.township_combo.isHidden()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(edit.ok_button, LEFT)
    [row] = [u for u in page.model.rows() if u.username == "xz2"]
    assert (row.role, row.township) == ("业务操作员", None)
    # the administrator's own role cannot be changed: the service's sentence in the dialog
    page.view.selectRow(0)
    qtbot.mouseClick(page.ui.editButton, LEFT)
    own = page.dialog
    assert isinstance(own, AccountDialog)
    own.role_combo.setCurrentIndex(own.role_combo.findData("安全审计员"))
    qtbot.mouseClick(own.ok_button, LEFT)
    qtbot.waitUntil(lambda: bool(own.error()), timeout=10_000)
    assert own.error() == "不能修改自己的角色（职责分离）。"
    own.reject()
    # 重置密码
    page.view.selectRow([u.username for u in page.model.rows()].index("clerk"))
    qtbot.mouseClick(page.ui.resetButton, LEFT)
    reset = page.dialog
    assert isinstance(reset, AccountDialog) and reset.mode == "reset"
    reset.password_edit.setText("Reset-Pass-2026")
    reset.password2_edit.setText("Reset-Pass-2026")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(reset.ok_button, LEFT)
    assert users.login(app.ctx, "clerk", "Reset-Pass-2026").must_change
    assert app.notifier.messages == []


def test_users_page_is_refused_to_other_roles(qtbot: QtBot, make_app: Callable[[str], App]) -> None:
    app = make_app("accounts")
    app.login("clerk")
    app.attach(qtbot)
    page = app.show(qtbot, "users")
    assert isinstance(page, users_page.UsersPage)
    assert page.model.rowCount() == 0
    assert "没有“管理用户”的权限" in page.ui.noticeLabel.text()
    assert not page.ui.addButton.isEnabled() and "管理用户" in page.ui.addButton.toolTip()
    assert not page.ui.idleButton.isEnabled() and page.ui.passwordButton.isEnabled()


# ---------------------------------------------------------------------- 审计日志


def test_auditor_filters_pages_and_verifies_the_audit_log(
    qtbot: QtBot, make_app: Callable[[str], App], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app("accounts")
    app.login("shenji")
    app.attach(qtbot)
    monkeypatch.setattr(audit_page, "PAGE_SIZE", 5)
    page = app.show(qtbot, "audit")
    assert isinstance(page, audit_page.AuditPage)
    ids = [e.id for e in page.model.rows()]
    total = len(audit.entries(app.ctx, limit=10_000))
    assert len(ids) == 5 and ids == sorted(ids, reverse=True) and ids[0] == total
    # 下一页 (older), then back
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.ui.olderButton, LEFT)
    assert [e.id for e in page.model.rows()] == list(range(ids[-1] - 1, ids[-1] - 6, -1))
    assert page.ui.newerButton.isEnabled() and page.ui.pageLabel.text().startswith("第 2 页")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.ui.newerButton, LEFT)
    assert [e.id for e in page.model.rows()] == ids
    # filter: the user 'clerk' and 用户账号 actions; then today only
    page.ui.userCombo.setEditText("clerk")
    page.ui.actionCombo.setCurrentIndex(page.ui.actionCombo.findData("user."))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.ui.queryButton, LEFT)
    rows = page.model.rows()
    assert rows and all(e.user == "clerk" and e.action.startswith("user.") for e in rows)
    assert rows[0].detail == "修改了自己的密码"
    yesterday = dt.date.today() - dt.timedelta(days=1)
    page.ui.untilEdit.set_value(yesterday)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.ui.queryButton, LEFT)
    assert page.model.rowCount() == 0 and "没有符合条件的记录" in page.ui.pageLabel.text()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.ui.clearButton, LEFT)
    assert page.model.rowCount() == 5
    # 校验审计日志: intact, keyed with the auditor's key
    qtbot.mouseClick(page.ui.verifyButton, LEFT)
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    assert page.report is not None and page.report.intact and page.report.keyed > 0
    assert page.ui.verifyLabel.text().startswith(f"审计日志完整：已校验 {page.report.checked} 条")
    # someone with the file rewrites an entry (dropping the protections first): found and named
    with sqlite3.connect(app.path) as conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE audit_log SET detail='登录成功（系统管理员）' WHERE id=3")
    conn.close()
    page.report = None
    qtbot.mouseClick(page.ui.verifyButton, LEFT)
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    text = page.ui.verifyLabel.text()
    assert text.startswith("审计日志未通过校验") and "第 3 条" in text and "缺少审计日志保护触发器" in text
    assert not page.ui.exportButton.isEnabled()  # 安全审计员 has no export permission
    assert app.notifier.messages == []


def test_audit_viewer_refuses_other_roles_with_the_services_message(
    qtbot: QtBot, make_app: Callable[[str], App]
) -> None:
    app = make_app("accounts")
    app.login("admin")
    app.attach(qtbot)
    page = app.window.page("audit")
    assert isinstance(page, audit_page.AuditPage)
    app.window.show_page("audit")
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.ui.statusLabel.text() == "王管理（系统管理员）没有“审计”的权限（entries）。"
    assert not page.ui.verifyButton.isEnabled() and page.model.rowCount() == 0
    assert app.notifier.messages == []


# ---------------------------------------------------------------------- masking and role limits


def test_ids_are_masked_for_roles_that_may_not_see_them(qtbot: QtBot, make_app: Callable[[str], App]) -> None:
    app = make_app("accounts")
    app.login("shenji")
    app.attach(qtbot)
    page = app.window.cadre_page
    rows = page.model.rows()
    assert rows and not any(FULL_ID.search(r.id_number) for r in rows)  # masked by the service already
    shown = [page.proxy.index(r, 3).data() for r in range(page.proxy.rowCount())]
    assert all(re.fullmatch(r"\d{6}\*{8}\d{3}[\dX]", s) for s in shown)
    born = [page.proxy.index(r, 4).data() for r in range(page.proxy.rowCount())]
    assert all(re.fullmatch(r"\d{4}-\d{2}", s) for s in born)  # year-month only: the day would unmask the ID
    assert "无权查看完整号码" in page.ui.maskNote.text()  # not "open the details to see it"
    roster = app.show(qtbot, "roster")
    roster_rows = roster.model.rows()  # type: ignore[attr-defined]
    assert roster_rows and not any(FULL_ID.search(r.id_number) for r in roster_rows)
    # the cadre dialog shows the masked number and cannot save
    dialog = page.open_editor(rows[0].id)
    assert "********" in dialog.id_edit.text() and not dialog.save_button.isEnabled()
    assert re.fullmatch(r"\d{4}-\d{2}", dialog.birth_edit.edit.text())
    assert "没有“修改数据”的权限" in dialog.general_error.text()
    assert not page.add_button.isEnabled()
    dialog.close()


def test_an_operator_sees_full_numbers_in_the_roster(qtbot: QtBot, make_app: Callable[[str], App]) -> None:
    app = make_app("accounts")
    app.login("clerk")
    app.attach(qtbot)
    roster = app.show(qtbot, "roster")
    assert all(FULL_ID.fullmatch(r.id_number) for r in roster.model.rows())  # type: ignore[attr-defined]
    page = app.show(qtbot, "backup")
    assert isinstance(page, backup_page.BackupPage)
    assert page.ui.backupButton.isEnabled() and not page.ui.restoreFileButton.isEnabled()
    assert "恢复备份" in page.ui.restoreFileButton.toolTip()


def test_a_refused_action_shows_the_permission_sentence_never_a_traceback(
    qtbot: QtBot, make_app: Callable[[str], App]
) -> None:
    app = make_app("accounts")
    app.login("shenji")
    app.attach(qtbot)
    roster = app.show(qtbot, "roster")
    qtbot.mouseClick(roster.ui.newBatchButton, LEFT)  # type: ignore[attr-defined]
    dialog = roster.dialog  # type: ignore[attr-defined]
    dialog.name_edit.setText("2027年驻村")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: bool(dialog.error()), timeout=10_000)
    assert dialog.error() == "shenji（安全审计员）没有“修改数据”的权限（batch.create）。"
    assert app.notifier.bugs == 0
    dialog.reject()


# ---------------------------------------------------------------------- models


def test_the_pages_models_pass_the_model_tester(qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime(2026, 3, 1, 8, 0)
    point = backup.RestorePoint(
        tmp_path / "自动.cdbak", now, "每日自动", 2048, False, None, None, {}, "daily"
    )
    conflict = exchange.ConflictRow(1, "attendance", "u-1", "张三 2026年3月考勤", {"天数": (20, None)})
    user = users.UserRow("xz", "李填报", "乡镇联络员", None, True, None, True)
    entry = audit.EntryRow(1, now, "审计员", None, "user.login", None, None, "登录成功（安全审计员）", "ok")
    for columns, row in (
        (backup_page.POINT_COLUMNS, point),
        (backup_page.CONFLICT_COLUMNS, conflict),
        (users_page.COLUMNS, user),
        (audit_page.COLUMNS, entry),
    ):
        model: TableModel[object] = TableModel(columns)  # type: ignore[arg-type]
        model.set_rows([row])
        qtmodeltester.check(model)
        model.set_rows([])
        qtmodeltester.check(model)
