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
