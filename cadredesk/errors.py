"""User-facing errors: one clear Chinese sentence, an English key, never a traceback.

Anything that is not a ``UserError`` is a bug: it is logged with its traceback
and reported as such by the CLI (exit 3) and the GUI (crash dialog).
"""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """An error the clerk can act on (bad file, bad data, refused restore …)."""

    key = "error"

    def __init__(self, message: str, *, key: str | None = None, result: Any = None) -> None:
        super().__init__(message)
        self.message = message
        if key:
            self.key = key
        #: a partial result to print with ``--json`` on exit 1 (e.g. an import report)
        self.result = result

    def __str__(self) -> str:
        return f"{self.message} [{self.key}]"


class SchemaTooNew(UserError):
    key = "schema-too-new"


class NotCadreDesk(UserError):
    key = "not-cadredesk"


class DatabaseInUse(UserError):
    key = "database-in-use"


class DatabaseNotEmpty(UserError):
    key = "database-not-empty"


class ValidationError(UserError):
    key = "invalid"


class NotFound(UserError):
    key = "not-found"


class Conflict(UserError):
    """Another clerk changed the record first (optimistic concurrency)."""

    key = "conflict"


class DatabaseBusy(UserError):
    """Another program is writing: waited the bounded time, gave up."""

    key = "database-busy"


class ReadOnlyDatabase(UserError):
    key = "read-only"


class DiskFull(UserError):
    key = "disk-full"


class StorageIOError(UserError):
    key = "io-error"


class DatabaseDamaged(UserError):
    """The file is damaged or not a database: the way back is a verified backup."""

    key = "database-damaged"


class DatabaseUnavailable(UserError):
    """Cannot open or reach the database (missing folder, server down, bad login, unknown URL)."""

    key = "database-unavailable"


class PermissionDenied(UserError):
    """The actor's role does not allow the action (or the record is outside their township)."""

    key = "permission-denied"


class NotLoggedIn(UserError):
    key = "not-logged-in"


class LoginFailed(UserError):
    key = "login-failed"


class AccountLocked(UserError):
    key = "account-locked"


class NotABackup(UserError):
    """The file is not a CadreDesk backup (another file, or its header is gone)."""

    key = "not-a-backup"


class BackupDamaged(UserError):
    """The backup file is damaged (bits changed, truncated, reordered)."""

    key = "backup-damaged"


class WrongPassphrase(UserError):
    key = "wrong-passphrase"


class BackupTooNew(UserError):
    """The backup was made by a newer CadreDesk (format or schema)."""

    key = "backup-too-new"


class Cancelled(UserError):
    """The clerk cancelled a long operation; nothing was written."""

    key = "cancelled"

    def __init__(self, message: str = "操作已取消，没有写入任何内容") -> None:
        super().__init__(message)
