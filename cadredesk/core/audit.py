"""The audit log's pure rules: how an entry is hashed into the chain, and how IDs are masked.

Each entry stores ``hash = SHA-256(prev_hash ‖ canonical entry)``; the first entry chains to
``GENESIS``.  Reading and writing the ``audit_log`` table is ``cadredesk.storage.audit_log``.
ID numbers must be masked before they reach an entry's ``detail``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

GENESIS = "0" * 64


def digest(
    prev_hash: str,
    *,
    at: dt.datetime,
    user: str,
    host: str | None,
    action: str,
    entity: str | None,
    entity_id: str | None,
    detail: str | None,
    result: str,
) -> str:
    """The chain hash of one entry."""
    payload = json.dumps(
        [at.isoformat(timespec="microseconds"), user, host, action, entity, entity_id, detail, result],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def mask_id(id_number: str | None) -> str:
    """前6位 + ******** + 后4位 (hides the birth date)."""
    if not id_number:
        return ""
    if len(id_number) < 11:
        return "*" * len(id_number)
    return id_number[:6] + "*" * (len(id_number) - 10) + id_number[-4:]
