"""Accounts, login and roles (the GUI's login dialog and user page call these; the CLI too).

- ``setup_admin``: the first-run step — creates the first 系统管理员 while no account exists (there is
  no default password). From then on every service call needs a logged-in actor.
- ``login(ctx, username, password)`` → ``Actor``: salted scrypt check; 5 wrong passwords in a row lock
  the account for 15 minutes; every attempt is audited (never the password).  A 安全审计员's login
  also unseals the audit key so that ``audit verify`` can check the keyed chain.
- ``create_user`` / ``set_role`` / ``reset_password`` / ``unlock_account`` / ``set_active``: the
  administrator's work.
  Separation of duties: one role per account, and an administrator cannot change their own role.
- ``change_password``: the user's own (required after an administrator set it; every 90 days advised).
  A 安全审计员 setting their own password starts the audit key epoch sealed with it.
- ``unlock``: the idle-locked screen asks for the password again (``core.security.IdleLock``).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from cadredesk.core.crypto import check_password, hash_password
from cadredesk.core.enums import UserRole
from cadredesk.core.models import Township, User
from cadredesk.core.security import (
    MAX_FAILED_LOGINS,
    PASSWORD_MAX_AGE,
    IdleLock,
    LoginState,
    Permission,
    after_failure,
    is_locked,
    password_problem,
)
from cadredesk.errors import AccountLocked, LoginFailed, NotFound, PermissionDenied, ValidationError
from cadredesk.services.context import Actor, Context, Tx, command, query, transaction
from cadredesk.storage import audit_log


@functools.cache
def _dummy_hash() -> str:
    """A hash checked when the user does not exist, so the time taken tells nothing."""
    return hash_password("dummy-password-not-used-1A!")


@dataclass(frozen=True)
class UserRow:
    username: str
    display_name: str
    role: str
    township: str | None
    active: bool
    locked_until: dt.datetime | None
    must_change: bool

    def to_json(self) -> dict[str, object]:
        return {
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role,
            "township": self.township,
            "active": self.active,
            "locked_until": self.locked_until.isoformat(timespec="seconds") if self.locked_until else None,
            "must_change": self.must_change,
        }


@dataclass(frozen=True)
class LoginResult:
    actor: Actor
    must_change: bool  # set by an administrator: to be changed before anything else
    expired: bool = False  # older than 90 days: the user is asked to change it


def _clean_name(username: str) -> str:
    name = username.strip()
    if not name or len(name) > 32 or any(not (c.isalnum() or c in "._-") for c in name):
        raise ValidationError("用户名须为 1–32 个字母、数字、汉字或 . _ -")
    return name


def _check_password(password: str, username: str) -> None:
    problem = password_problem(password, username)
    if problem:
        raise ValidationError(problem, key="weak-password")


def _local_time(at: dt.datetime, now: dt.datetime) -> str:
    """A stored (UTC, naive) time as the clerk's wall clock shows it: 16:45, or 12月4日 16:45 on another
    day than ``now`` (UTC, naive)."""
    local = at.replace(tzinfo=dt.UTC).astimezone()
    today = now.replace(tzinfo=dt.UTC).astimezone().date()
    return f"{local:%H:%M}" if local.date() == today else f"{local.month}月{local.day}日 {local:%H:%M}"


def _township_id(tx: Tx, role: UserRole, township: str | None) -> int | None:
    if role is not UserRole.TOWNSHIP_CLERK:
        if township:
            raise ValidationError("只有乡镇联络员限定乡镇")
        return None
    if not township:
        raise ValidationError("乡镇联络员须指定负责的乡镇")
    tid = tx.session.scalar(select(Township.id).where(Township.name == township))
    if tid is None:
        raise NotFound(f"没有名为“{township}”的乡镇")
    return tid


def _role(role: str) -> UserRole:
    try:
        return UserRole(role)
    except ValueError:
        raise ValidationError(f"没有“{role}”这个角色：可选 {'、'.join(r.value for r in UserRole)}") from None


@query(permission=None)
def has_users(tx: Tx) -> bool:
    """False while the database is in single-user (first-run) mode."""
    return tx.session.execute(select(User.id).limit(1)).first() is not None


@command("user.setup", permission=None)
def setup_admin(tx: Tx, username: str, password: str, display_name: str = "") -> UserRow:
    """First run: the first 系统管理员 (refused once any account exists)."""
    if tx.session.execute(select(User.id).limit(1)).first() is not None:
        raise PermissionDenied("已有用户账号，不能再次进行首次设置。请由系统管理员登录后添加用户。")
    name = _clean_name(username)
    _check_password(password, name)
    user = User(
        username=name,
        display_name=(display_name or name)[:32],
        role=UserRole.ADMIN.value,
        password_hash=hash_password(password),
        password_changed_at=tx.ctx.now(),
        failed_logins=0,
        active=True,
    )
    tx.session.add(user)
    tx.session.flush()
    tx.audit(entity="user", entity_id=name, detail=f"首次设置：创建系统管理员 {name}")
    return _row(tx, user)


def _row(tx: Tx, u: User) -> UserRow:
    township = tx.session.get(Township, u.township_id).name if u.township_id else None  # type: ignore[union-attr]
    return UserRow(
        u.username, u.display_name, u.role, township, u.active, u.locked_until, u.password_changed_at is None
    )


@query(permission=Permission.USERS)
def list_users(tx: Tx) -> list[UserRow]:
    return [_row(tx, u) for u in tx.session.scalars(select(User).order_by(User.id))]


@command("user.create", permission=Permission.USERS)
def create_user(
    tx: Tx, username: str, role: str, password: str, *, display_name: str = "", township: str | None = None
) -> UserRow:
    """An administrator adds an account with an initial password the user must change at first login."""
    name = _clean_name(username)
    r = _role(role)
    _check_password(password, name)
    if tx.session.scalar(select(User.id).where(func.lower(User.username) == name.lower())) is not None:
        raise ValidationError(f"用户名“{name}”已存在", key="duplicate")
    user = User(
        username=name,
        display_name=(display_name or name)[:32],
        role=r.value,
        password_hash=hash_password(password),
        password_changed_at=None,
        failed_logins=0,
        active=True,
        township_id=_township_id(tx, r, township),
    )
    tx.session.add(user)
    tx.session.flush()
    tx.audit(
        entity="user",
        entity_id=name,
        detail=f"创建用户 {name}，角色 {r.value}" + (f"，乡镇 {township}" if township else ""),
    )
    return _row(tx, user)


def _user(tx: Tx, username: str) -> User:
    user = tx.session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(f"没有用户“{username}”")
    return user


@command("user.role", permission=Permission.USERS)
def set_role(tx: Tx, username: str, role: str, *, township: str | None = None) -> UserRow:
    user = _user(tx, username)
    if user.username == tx.actor.username:
        raise PermissionDenied("不能修改自己的角色（职责分离）。")
    r = _role(role)
    old = user.role
    user.role = r.value
    user.township_id = _township_id(tx, r, township)
    tx.audit(entity="user", entity_id=username, detail=f"角色 {old}→{r.value}")
    return _row(tx, user)


@command("user.reset-password", permission=Permission.USERS)
def reset_password(tx: Tx, username: str, password: str) -> None:
    """A forgotten password: the administrator sets a new one the user must change (and unlocks)."""
    user = _user(tx, username)
    _check_password(password, user.username)
    user.password_hash = hash_password(password)
    user.password_changed_at = None
    user.failed_logins = 0
    user.locked_until = None
    tx.audit(entity="user", entity_id=username, detail="管理员重置了密码（须在下次登录时修改）")


@command("user.unlock", permission=Permission.USERS)
def unlock_account(tx: Tx, username: str) -> UserRow:
    """The administrator lifts a lockout after failed logins (the password stays as it is)."""
    user = _user(tx, username)
    if user.locked_until is None and not user.failed_logins:
        raise ValidationError(f"用户“{username}”没有被锁定")
    user.failed_logins = 0
    user.locked_until = None
    tx.audit(entity="user", entity_id=username, detail="管理员解除了登录锁定")
    return _row(tx, user)


@command("user.active", permission=Permission.USERS)
def set_active(tx: Tx, username: str, active: bool) -> None:
    user = _user(tx, username)
    if user.username == tx.actor.username and not active:
        raise PermissionDenied("不能停用自己的账号。")
    user.active = active
    tx.audit(entity="user", entity_id=username, detail="启用账号" if active else "停用账号")


@command("user.password", permission=Permission.LOGIN)
def change_password(tx: Tx, old_password: str, new_password: str) -> None:
    """The logged-in user changes their own password (a 安全审计员's audit key goes with it)."""
    user = _user(tx, tx.actor.username)
    if not check_password(old_password, user.password_hash):
        raise LoginFailed("原密码不正确。")
    _check_password(new_password, user.username)
    if old_password == new_password:
        raise ValidationError("新密码不能与原密码相同", key="weak-password")
    user.password_hash = hash_password(new_password)
    user.password_changed_at = tx.ctx.now()
    detail = "修改了自己的密码"
    if user.role == UserRole.AUDITOR.value:
        if audit_log.reseal(tx.session, user.username, old_password, new_password) == 0:
            epoch = audit_log.start_epoch(tx.session, user.username, new_password)
            detail += f"；开始审计密钥第 {epoch} 段"
        else:
            detail += "；审计密钥已随新密码重新封存"
    tx.session.flush()
    tx.audit(entity="user", entity_id=user.username, detail=detail)


def login(ctx: Context, username: str, password: str) -> LoginResult:
    """Check the password; returns the context's new actor.  Wrong passwords count towards the lockout
    (committed even though the login fails); every attempt is audited."""
    now = ctx.now()
    failure: Exception | None = None
    with transaction(ctx, "user.login", write=True, permission=None) as tx:
        user = tx.session.scalar(select(User).where(User.username == username.strip()))
        if user is None or not user.active:
            check_password(password, _dummy_hash())
            tx.audit(
                entity="user", entity_id=username[:32], detail="登录失败：用户不存在或已停用", result="fail"
            )
            failure = LoginFailed("用户名或密码不正确。")
        else:
            state = LoginState(user.failed_logins, user.locked_until)
            if is_locked(state, now):
                until = state.locked_until
                assert until is not None
                minutes = max(1, math.ceil((until - now).total_seconds() / 60))
                tx.audit(
                    entity="user", entity_id=user.username, detail="登录被拒绝：账号锁定中", result="locked"
                )
                failure = AccountLocked(
                    f"密码连续输错次数过多，账号已锁定至 {_local_time(until, now)}，请 {minutes} 分钟后再试，"
                    "或请系统管理员解锁。",
                    result=until,
                )
            elif not check_password(password, user.password_hash):
                after = after_failure(state, now)
                user.failed_logins, user.locked_until = after.failed, after.locked_until
                if after.locked_until is not None and after.locked_until > now:
                    tx.audit(
                        entity="user",
                        entity_id=user.username,
                        detail="密码错误，账号锁定 15 分钟",
                        result="locked",
                    )
                    failure = AccountLocked(
                        f"密码连续输错 {MAX_FAILED_LOGINS} 次，账号已锁定 15 分钟，"
                        f"至 {_local_time(after.locked_until, now)} 后可再试。",
                        result=after.locked_until,
                    )
                else:
                    tx.audit(
                        entity="user",
                        entity_id=user.username,
                        detail=f"密码错误（连续第 {after.failed} 次）",
                        result="fail",
                    )
                    left = MAX_FAILED_LOGINS - after.failed
                    failure = LoginFailed(
                        f"用户名或密码不正确。再输错 {left} 次，账号将锁定 15 分钟。", result=left
                    )
            else:
                user.failed_logins, user.locked_until = 0, None
                seeds = {}
                if user.role == UserRole.AUDITOR.value:
                    seeds = audit_log.unseal_epochs(tx.session, user.username, password)
                actor = Actor(
                    username=user.username,
                    display_name=user.display_name,
                    role=user.role,
                    township_id=user.township_id,
                    authenticated=True,
                    audit_keys=seeds,
                )
                changed = user.password_changed_at
                must_change = changed is None
                expired = changed is not None and now - changed > PASSWORD_MAX_AGE
                tx.audit(entity="user", entity_id=user.username, detail=f"登录成功（{user.role}）")
    if failure is not None:
        raise failure
    return LoginResult(actor, must_change, expired)


def logged_in(ctx: Context, result: LoginResult) -> Context:
    """The context acting as the logged-in user."""
    return replace(ctx, actor=result.actor)


def idle_lock(ctx: Context, clock: Callable[[], float] | None = None) -> IdleLock:
    """The GUI's idle lock with the database's timeout (``settings.idle_lock_minutes``): call ``touch()``
    on input, poll ``locked``, and after ``unlock(ctx, password)`` succeeded call ``unlocked()``."""
    from cadredesk.services.settings import idle_lock_minutes

    minutes = idle_lock_minutes(ctx)
    return IdleLock(timeout=minutes * 60.0, clock=clock or time.monotonic)


def unlock(ctx: Context, password: str) -> LoginResult:
    """The idle-locked screen: the same user logs in again (same lockout rules)."""
    return login(ctx, ctx.actor.username, password)
