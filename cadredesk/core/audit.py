"""Tamper-evident audit log: one row per change, in the same transaction, hash-chained.

Each row stores ``hash = SHA-256(prev_hash ‖ canonical row)``; ``verify`` walks the
chain and names the first entry that does not match.  The table is append-only
(database triggers, see the first migration).  ID numbers must be masked before
they reach ``detail``.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import socket
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from cadredesk.core.models import AuditEntry, utcnow

GENESIS = "0" * 64


def current_user() -> str:
    try:
        return getpass.getuser()[:32]
    except Exception:  # pragma: no cover - no login name (service accounts)
        return "unknown"


def _digest(prev_hash: str, e: AuditEntry) -> str:
    payload = json.dumps(
        [
            e.at.isoformat(timespec="microseconds"),
            e.user,
            e.host,
            e.action,
            e.entity,
            e.entity_id,
            e.detail,
            e.result,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def record(
    session: Session,
    action: str,
    *,
    entity: str | None = None,
    entity_id: object = None,
    detail: str | None = None,
    user: str | None = None,
    result: str = "ok",
) -> AuditEntry:
    """Append one audit row inside the caller's transaction (a failed insert fails the change)."""
    if session.get_bind().dialect.name == "postgresql":
        # serialise writers of the chain across clerks
        session.execute(text("SELECT pg_advisory_xact_lock(4344534)"))
    prev = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    entry = AuditEntry(
        at=utcnow(),
        user=(user or current_user())[:32],
        host=socket.gethostname()[:64],
        action=action[:32],
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id)[:32],
        detail=detail,
        result=result,
        prev_hash=prev or GENESIS,
    )
    entry.hash = _digest(entry.prev_hash, entry)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class AuditProblem:
    entry_id: int
    reason: str


def verify(session: Session) -> tuple[int, AuditProblem | None]:
    """Walk the chain; return (entries checked, first problem or None)."""
    prev = GENESIS
    count = 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(2000):
        count += 1
        if entry.prev_hash != prev:
            return count, AuditProblem(entry.id, "与上一条记录的链接断开（记录被删除、插入或调换）")
        if _digest(prev, entry) != entry.hash:
            return count, AuditProblem(entry.id, "记录内容与其校验值不符（记录被修改）")
        prev = entry.hash
    return count, None


def mask_id(id_number: str | None) -> str:
    """前6位 + ******** + 后4位 (hides the birth date)."""
    if not id_number:
        return ""
    if len(id_number) < 11:
        return "*" * len(id_number)
    return id_number[:6] + "*" * (len(id_number) - 10) + id_number[-4:]
