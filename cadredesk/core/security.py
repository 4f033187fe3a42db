"""Who may do what: roles, permissions, the password policy, login lockout and the idle lock.

Separation of duties (等保 2.0 访问控制): every account holds exactly one role, so nobody holds two of
系统管理员 (accounts, settings, backup and restore), 安全审计员 (the audit log and its key) and the
business roles.  The matrix ``PERMISSIONS`` is the one place that says which role may do what; the
service layer checks it for every command (``@command(..., permission=...)``).

A database without any account is in *single-user mode* (the state of every database before
accounts were introduced, and of a new one until the first administrator is set up): whoever runs
the program acts with every permission, as before.  Once an account exists, every service call
needs a logged-in actor.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from cadredesk.core.enums import UserRole


class Permission(StrEnum):
    VIEW = "view"  # read business data (lists masked unless REVEAL)
    EDIT = "edit"  # create, change, delete master data and the campaign
    RECORD = "record"  # on-post records (attendance, leave, visits …), scoped to a township clerk's township
    IMPORT = "import"
    EXPORT = "export"  # exports and prints
    REVEAL = "reveal"  # see full ID and phone numbers
    EXCHANGE = "exchange"  # export a township package / import packages, resolve conflicts
    SETTINGS = "settings"
    USERS = "users"
    BACKUP = "backup"
    RESTORE = "restore"
    AUDIT = "audit"  # verify the audit log, checkpoints, read entries
    LOGIN = "login"  # log in, change one's own password (everyone)


P = Permission
PERMISSIONS: dict[UserRole, frozenset[Permission]] = {
    UserRole.ADMIN: frozenset({P.VIEW, P.SETTINGS, P.USERS, P.BACKUP, P.RESTORE, P.LOGIN}),
    UserRole.AUDITOR: frozenset({P.VIEW, P.AUDIT, P.LOGIN}),
    UserRole.OPERATOR: frozenset(
        {P.VIEW, P.EDIT, P.RECORD, P.IMPORT, P.EXPORT, P.REVEAL, P.EXCHANGE, P.BACKUP, P.LOGIN}
    ),
    UserRole.TOWNSHIP_CLERK: frozenset({P.VIEW, P.RECORD, P.EXPORT, P.EXCHANGE, P.LOGIN}),
}
#: single-user mode (no accounts yet): everything, as before accounts existed
SINGLE_USER = frozenset(Permission)

PERMISSION_LABELS: dict[Permission, str] = {
    P.VIEW: "查看数据",
    P.EDIT: "修改数据",
    P.RECORD: "登记驻村记录",
    P.IMPORT: "导入",
    P.EXPORT: "导出和打印",
    P.REVEAL: "查看完整身份证号和电话",
    P.EXCHANGE: "数据交换",
    P.SETTINGS: "修改设置",
    P.USERS: "管理用户",
    P.BACKUP: "备份",
    P.RESTORE: "恢复备份",
    P.AUDIT: "审计",
    P.LOGIN: "登录",
}


def allowed(role: str, permission: Permission) -> bool:
    try:
        return permission in PERMISSIONS[UserRole(role)]
    except ValueError:
        return False


# --------------------------------------------------------------------------- passwords

MIN_PASSWORD = 8
MAX_PASSWORD = 128
PASSWORD_MAX_AGE = dt.timedelta(days=90)


def password_problem(password: str, username: str = "") -> str | None:
    """Why ``password`` is not acceptable (≥ 8 characters, 3 of 4 classes, not the user name), or None."""
    if len(password) < MIN_PASSWORD:
        return f"密码至少 {MIN_PASSWORD} 位"
    if len(password) > MAX_PASSWORD:
        return f"密码最多 {MAX_PASSWORD} 位"
    classes = sum(
        (
            any(c.islower() and c.isascii() for c in password),
            any(c.isupper() and c.isascii() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )
    if classes < 3:
        return "密码须包含大写字母、小写字母、数字、符号中的至少三类"
    if username and username.lower() in password.lower():
        return "密码不能包含用户名"
    return None


# --------------------------------------------------------------------------- lockout

MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class LoginState:
    failed: int
    locked_until: dt.datetime | None


def after_failure(state: LoginState, now: dt.datetime) -> LoginState:
    """One more wrong password: the 5th in a row locks the account for 15 minutes."""
    failed = state.failed + 1
    if failed >= MAX_FAILED_LOGINS:
        return LoginState(0, now + LOCKOUT)
    return LoginState(failed, state.locked_until)


def is_locked(state: LoginState, now: dt.datetime) -> bool:
    return state.locked_until is not None and now < state.locked_until


# --------------------------------------------------------------------------- idle lock


@dataclass
class IdleLock:
    """Lock the screen after ``timeout`` seconds without input (default 10 minutes).

    The GUI calls ``touch()`` on input and polls ``locked``; unlocking needs the password again
    (``services.users.unlock``).  ``clock`` is injectable so the policy is tested without waiting.
    """

    timeout: float = 600.0
    clock: Callable[[], float] = time.monotonic
    _last: float = field(default=-1.0, init=False)
    _locked: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self._last = self.clock()

    def touch(self) -> None:
        if not self.locked:
            self._last = self.clock()

    @property
    def locked(self) -> bool:
        if not self._locked and self.timeout > 0 and self.clock() - self._last >= self.timeout:
            self._locked = True
        return self._locked

    def lock(self) -> None:
        self._locked = True

    def unlocked(self) -> None:
        """Called after the password was checked again."""
        self._locked = False
        self._last = self.clock()

    def remaining(self) -> float:
        return max(0.0, self.timeout - (self.clock() - self._last))
