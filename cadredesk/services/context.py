"""The calling convention of the application layer.

Every user action is one function in ``cadredesk.services``, written as

    @command("batch.create")
    def create_batch(tx: Tx, spec: BatchSpec) -> BatchRow: ...

and called by either face as ``batches.create_batch(ctx, spec)``.  The decorator opens **one
transaction**, hands the body a ``Tx`` (the session, the actor, the clock, progress and
``tx.audit``), commits on success and rolls back on any error.  A command that changed anything
must write **exactly one audit entry** (``tx.audit(...)``); writing two, or changing data without
one, is a bug caught at commit.  Reads are ``@query`` functions: a read-only ``Tx``, no audit.

Faults of the database or the disk (locked, read-only, full, damaged, I/O error) leave a command
as a ``UserError`` (``cadredesk.storage.errors.translate``), never as a driver exception.

Permissions: every command and query names the permission it needs, one line at the decorator —
``@command("cadre.save", permission=Permission.EDIT)``, ``@query(permission=Permission.AUDIT)`` — and
the transaction checks it against ``ctx.actor`` (``core/security.PERMISSIONS``) before the body
runs.  Without an explicit one a command needs EDIT and a query VIEW.  While the database has no
accounts (single-user mode) an anonymous actor has every permission; once one exists, an actor
that did not log in (``services.users.login``) is refused.  ``permission=None`` marks the few
system steps run while opening a database (sort keys, restoring audit protections).

The ``Context`` is what a face holds: the open database, who is acting, a clock and a progress
sink.  The GUI's task runner gives each background operation a context carrying that
operation's ``Progress`` (``ctx.with_progress``); the CLI uses the workspace's context as is.
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import event, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from cadredesk.core.models import AuditEntry, User
from cadredesk.core.security import Permission, allowed
from cadredesk.errors import DatabaseBusy, NotLoggedIn, PermissionDenied, UserError
from cadredesk.services.progress import Progress
from cadredesk.storage import audit_log
from cadredesk.storage.errors import translate

if TYPE_CHECKING:
    from cadredesk.storage.engine import Database

P = ParamSpec("P")
R = TypeVar("R")


def os_login() -> str:
    try:
        return getpass.getuser()[:32]
    except Exception:  # pragma: no cover - no login name (service accounts)
        return "unknown"


@dataclass(frozen=True)
class Actor:
    """Who performs the actions (recorded in the audit log and on printed footers)."""

    username: str
    display_name: str = ""
    role: str = ""
    #: a township clerk is limited to one township (None: the whole county)
    township_id: int | None = None
    #: True when this actor logged in with a password (``services.users.login``)
    authenticated: bool = False
    #: the audit key seeds a 安全审计员 unsealed at login (epoch id → K_0); never printed
    audit_keys: dict[int, bytes] = field(default_factory=dict, repr=False, compare=False)

    @property
    def label(self) -> str:
        return self.display_name or self.username

    @classmethod
    def from_os(cls) -> Actor:
        login = os_login()
        return cls(username=login, display_name=login)


NO_PROGRESS = Progress()


@dataclass(frozen=True)
class Context:
    """An open database and who is using it: the one argument every service function takes first."""

    db: Database
    actor: Actor = field(default_factory=Actor.from_os)
    progress: Progress = NO_PROGRESS
    #: today's date as the services see it (tests and ``check --as-of`` fix it)
    clock: Callable[[], dt.date] = dt.date.today
    #: True when another program holds the file (or it is damaged): reads work, commands are refused
    read_only: bool = False
    #: why the context is read-only (the sentence shown when a command is refused)
    read_only_reason: str = ""
    #: the wall clock (UTC, naive) for lockouts and sessions; tests fix it
    now: Callable[[], dt.datetime] = field(default=lambda: dt.datetime.now(dt.UTC).replace(tzinfo=None))

    def today(self) -> dt.date:
        return self.clock()

    def with_progress(self, progress: Progress) -> Context:
        return replace(self, progress=progress)

    def at(self, day: dt.date) -> Context:
        """The same context judging as of ``day``."""
        return replace(self, clock=lambda: day)


class Tx:
    """One transaction of one service call."""

    def __init__(self, ctx: Context, session: Session, action: str, *, write: bool) -> None:
        self.ctx = ctx
        self.permission: Permission | None = None
        self.session = session
        self.action = action
        self.write = write
        self.audits = 0
        self.changed = False

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    @property
    def progress(self) -> Progress:
        return self.ctx.progress

    def today(self) -> dt.date:
        return self.ctx.today()

    def may(self, permission: Permission) -> bool:
        """Whether the actor holds ``permission`` (single-user mode: everything)."""
        role = self.actor.role
        return allowed(role, permission) if role else True

    def require_township(self, township_id: int | None, what: str = "该记录") -> None:
        """A township clerk works on their own township only."""
        mine = self.actor.township_id
        if mine is not None and township_id != mine:
            raise PermissionDenied(f"{what}不属于您负责的乡镇，不能查看或修改。")

    def audit(
        self,
        *,
        detail: str | None = None,
        entity: str | None = None,
        entity_id: object = None,
        action: str | None = None,
        result: str = "ok",
    ) -> None:
        """Write the action's audit entry (once per command, in its transaction)."""
        if not self.write:
            raise RuntimeError(f"{self.action}: a query cannot write an audit entry")
        if self.audits:
            raise RuntimeError(f"{self.action}: a command writes exactly one audit entry")
        self.audits += 1
        audit_log.record(
            self.session,
            action or self.action,
            user=self.actor.username,
            entity=entity,
            entity_id=entity_id,
            detail=detail,
            result=result,
        )


def _track_changes(session: Session, tx: Tx) -> None:
    @event.listens_for(session, "before_flush")
    def before_flush(s: Session, _ctx: Any, _instances: Any) -> None:
        for obj in (*s.new, *s.dirty, *s.deleted):
            if not isinstance(obj, AuditEntry) and (obj in s.new or obj in s.deleted or s.is_modified(obj)):
                tx.changed = True
                return


def _authorize(ctx: Context, session: Session, action: str, permission: Permission | None) -> None:
    if permission is None:
        return
    actor = ctx.actor
    if actor.role:
        if not allowed(actor.role, permission):
            from cadredesk.core.security import PERMISSION_LABELS

            raise PermissionDenied(
                f"{actor.label}（{actor.role}）没有“{PERMISSION_LABELS[permission]}”的权限（{action}）。"
            )
        return
    if session.execute(select(User.id).limit(1)).first() is not None:
        raise NotLoggedIn("此数据库已启用用户登录，请先登录（命令行：--user 用户名）。")


def _busy_holder(ctx: Context, exc: UserError) -> UserError:
    """A busy database names who holds it (the one-writer lock's sidecar)."""
    path = ctx.db.path
    if not isinstance(exc, DatabaseBusy) or path is None:
        return exc
    from cadredesk.storage.lock import InstanceLock

    lock = InstanceLock(path)
    if not lock.holder():
        return exc
    return DatabaseBusy(f"{exc.message.rstrip('。')}。正在使用它的是：{lock.holder_text()}。")


@contextmanager
def transaction(
    ctx: Context, action: str, *, write: bool, permission: Permission | None = None
) -> Iterator[Tx]:
    """The transaction behind ``@command`` / ``@query``; faults become ``UserError``."""
    if write and ctx.read_only:
        raise UserError(
            ctx.read_only_reason
            or "数据库正被另一个 CadreDesk 使用，现在只能查看，不能修改。请在那个程序中操作，或先关闭它。",
            key="database-in-use",
        )
    try:
        with ctx.db.sessionmaker() as session:
            tx = Tx(ctx, session, action, write=write)
            tx.permission = permission
            if write:
                _track_changes(session, tx)
                with session.begin():
                    _authorize(ctx, session, action, permission)
                    yield tx
                    session.flush()
                    if tx.changed and not tx.audits:
                        raise RuntimeError(f"{action}: data changed without an audit entry")
            else:
                _authorize(ctx, session, action, permission)
                yield tx
    except (SQLAlchemyError, OSError) as exc:
        user_error = translate(exc, ctx.db.display_name)
        if user_error is None:
            raise
        raise _busy_holder(ctx, user_error) from exc


_DEFAULT: Any = object()


def command(
    action: str, *, permission: Permission | None = _DEFAULT
) -> Callable[[Callable[Concatenate[Tx, P], R]], Callable[Concatenate[Context, P], R]]:
    """A user action that may change data: one transaction, one audit entry (see the module doc)."""
    needed: Permission | None = Permission.EDIT if permission is _DEFAULT else permission

    def wrap(fn: Callable[Concatenate[Tx, P], R]) -> Callable[Concatenate[Context, P], R]:
        @functools.wraps(fn)
        def run(ctx: Context, /, *args: P.args, **kwargs: P.kwargs) -> R:
            if not isinstance(ctx, Context):
                raise TypeError(f"{fn.__qualname__} takes a services Context first, not {type(ctx).__name__}")
            with transaction(ctx, action, write=True, permission=needed) as tx:
                return fn(tx, *args, **kwargs)

        run.action = action  # type: ignore[attr-defined]
        run.writes = True  # type: ignore[attr-defined]
        run.permission = needed  # type: ignore[attr-defined]
        run.permission_declared = permission is not _DEFAULT  # type: ignore[attr-defined]
        return run

    return wrap


def _query(
    fn: Callable[Concatenate[Tx, P], R], permission: Permission | None, declared: bool
) -> Callable[Concatenate[Context, P], R]:
    @functools.wraps(fn)
    def run(ctx: Context, /, *args: P.args, **kwargs: P.kwargs) -> R:
        if not isinstance(ctx, Context):
            raise TypeError(f"{fn.__qualname__} takes a services Context first, not {type(ctx).__name__}")
        with transaction(ctx, fn.__name__, write=False, permission=permission) as tx:
            return fn(tx, *args, **kwargs)

    run.writes = False  # type: ignore[attr-defined]
    run.permission = permission  # type: ignore[attr-defined]
    run.permission_declared = declared  # type: ignore[attr-defined]
    return run


def query(fn: Any = None, *, permission: Permission | None = _DEFAULT) -> Any:
    """A read: a session that is never committed, no audit entry.

    ``@query`` needs VIEW; ``@query(permission=Permission.AUDIT)`` names another.
    """
    needed: Permission | None = Permission.VIEW if permission is _DEFAULT else permission
    if fn is not None:
        return _query(fn, needed, False)
    return lambda f: _query(f, needed, permission is not _DEFAULT)
