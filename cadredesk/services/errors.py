"""The faces' last line: an exception that escaped a service, as a ``UserError`` if it is a fault
of the database or the disk (``cadredesk.storage.errors.translate``), else None (a bug)."""

from __future__ import annotations

from cadredesk.errors import UserError


def as_user_error(exc: BaseException) -> UserError | None:
    from cadredesk.storage.errors import translate

    return translate(exc)
