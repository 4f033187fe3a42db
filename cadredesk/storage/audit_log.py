"""Append to and verify the tamper-evident audit log (the ``audit_log`` table).

Services never call this directly: ``Tx.audit`` (cadredesk.services.context) writes the one entry
of each user action, in the action's own transaction, so a failed audit insert fails the change.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from cadredesk.core.audit import GENESIS, digest
from cadredesk.core.models import AuditEntry, utcnow


def _hash(prev: str, e: AuditEntry) -> str:
    return digest(
        prev,
        at=e.at,
        user=e.user,
        host=e.host,
        action=e.action,
        entity=e.entity,
        entity_id=e.entity_id,
        detail=e.detail,
        result=e.result,
    )


def record(
    session: Session,
    action: str,
    *,
    user: str,
    entity: str | None = None,
    entity_id: object = None,
    detail: str | None = None,
    result: str = "ok",
) -> AuditEntry:
    """Append one entry inside the caller's transaction."""
    if session.get_bind().dialect.name == "postgresql":
        # serialise writers of the chain across clerks
        session.execute(text("SELECT pg_advisory_xact_lock(4344534)"))
    prev = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    entry = AuditEntry(
        at=utcnow(),
        user=user[:32],
        host=socket.gethostname()[:64],
        action=action[:32],
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id)[:32],
        detail=detail,
        result=result,
        prev_hash=prev or GENESIS,
    )
    entry.hash = _hash(entry.prev_hash, entry)
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
        if _hash(prev, entry) != entry.hash:
            return count, AuditProblem(entry.id, "记录内容与其校验值不符（记录被修改）")
        prev = entry.hash
    return count, None
