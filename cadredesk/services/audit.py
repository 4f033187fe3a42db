"""The audit log as the clerk (and the auditor) sees it."""

from __future__ import annotations

from dataclasses import dataclass

from cadredesk.services.context import Tx, query
from cadredesk.storage import audit_log


@dataclass(frozen=True)
class AuditReport:
    checked: int
    broken_at: int | None = None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None


@query
def verify_audit(tx: Tx) -> AuditReport:
    """Walk the hash chain; name the first entry that was altered, inserted or removed."""
    count, problem = audit_log.verify(tx.session)
    if problem is None:
        return AuditReport(count)
    return AuditReport(count, problem.entry_id, problem.reason)
