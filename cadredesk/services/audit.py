"""The audit log as the 安全审计员 (and the CLI's ``audit verify``) sees it.

- ``verify_audit``: walk the chain and the head; with the auditor logged in, also the keyed MACs;
  against anchors kept outside the table (backups' headers, checkpoint files, the automatic
  backups beside the database).  Names the first broken entry.
- ``checkpoint``: the auditor anchors the head (a row, and a file the auditor keeps elsewhere).
- ``ensure_protections``: run when a writer opens the database — the append-only triggers that
  someone dropped are put back, and that is itself audited.
- ``entries``: the viewer's page of entries.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from cadredesk.core.models import AuditEntry
from cadredesk.core.security import Permission
from cadredesk.errors import UserError
from cadredesk.services.context import Context, Tx, command, query
from cadredesk.storage import audit_log

CHECKPOINT_MAGIC = "cadredesk-audit-checkpoint"
#: the log is kept at least this long (《网络安全法》 Art. 21: six months); the program never purges it
RETENTION_DAYS = 184


@dataclass(frozen=True)
class AuditReport:
    checked: int
    broken_at: int | None = None
    reason: str = ""
    keyed: int = 0  # entries whose keyed MAC was checked (the auditor was logged in)
    anchors: int = 0  # heads outside the table compared with the log
    missing_protections: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return self.broken_at is None and not self.missing_protections

    def to_json(self) -> dict[str, object]:
        return {
            "intact": self.intact,
            "checked": self.checked,
            "broken_at": self.broken_at,
            "reason": self.reason,
            "keyed": self.keyed,
            "anchors": self.anchors,
            "missing_protections": self.missing_protections,
            "notes": self.notes,
        }


def read_anchor(path: Path) -> audit_log.Head:
    """The head recorded in a checkpoint file or a backup's header."""
    from cadredesk.storage import backup_file

    try:
        raw = path.read_bytes()[:65536]
    except OSError as exc:
        raise UserError(f"无法读取 {path}：{exc.strerror}", key="anchor-unreadable") from None
    if raw.startswith(backup_file.MAGIC):
        head = backup_file.read_header(path).get("audit_head") or {}
        return audit_log.Head(int(head.get("count", 0)), str(head.get("last_hash", "")))
    try:
        data = json.loads(raw.decode("utf-8"))
        if data.get("magic") != CHECKPOINT_MAGIC:
            raise ValueError
        return audit_log.Head(int(data["count"]), str(data["last_hash"]))
    except (ValueError, KeyError, UnicodeDecodeError):
        raise UserError(f"{path} 既不是审计检查点文件，也不是 CadreDesk 备份", key="anchor-invalid") from None


def _local_anchors(ctx: Context) -> list[tuple[str, audit_log.Head]]:
    """The heads in the automatic backups of this database (beside it, see services.backup)."""
    from cadredesk.services.backup import restore_points

    found = []
    for point in restore_points(ctx):
        if point.audit_count is not None and point.audit_hash:
            found.append((f"备份 {point.path.name} ", audit_log.Head(point.audit_count, point.audit_hash)))
    return found


def verify_audit(ctx: Context, anchors: list[Path] | None = None) -> AuditReport:
    """Walk the hash chain; name the first entry that was altered, inserted or removed."""
    heads = [(f"{p.name} ", read_anchor(p)) for p in anchors or []]
    heads += _local_anchors(ctx)
    return _verify(ctx, heads)


@query(permission=Permission.AUDIT)
def _verify(tx: Tx, heads: list[tuple[str, audit_log.Head]]) -> AuditReport:
    missing = audit_log.missing_protections(tx.session)
    res = audit_log.verify(tx.session, seeds=tx.actor.audit_keys, anchors=heads)
    notes = [
        f"第 {e.id} 条：{e.detail}"
        for e in tx.session.scalars(select(AuditEntry).where(AuditEntry.action == "audit.repair"))
    ]
    if res.unkeyed_epochs and tx.actor.role:
        notes.append("有审计密钥段无法用当前审计员的密码打开，这些段只做了非密钥校验")
    if missing:
        notes.append("缺少审计日志保护触发器：" + "、".join(missing))
    problem = res.problem
    return AuditReport(
        res.checked,
        problem.entry_id if problem else None,
        problem.reason if problem else "",
        keyed=res.keyed,
        anchors=len(heads),
        missing_protections=missing,
        notes=notes,
    )


@dataclass(frozen=True)
class CheckpointResult:
    count: int
    last_hash: str
    keyed: bool
    path: Path | None


@command("audit.checkpoint", permission=Permission.AUDIT)
def checkpoint(tx: Tx, out: Path | None = None) -> CheckpointResult:
    """Anchor the head: a row in the database and, with ``out``, a file the auditor keeps elsewhere."""
    cp = audit_log.add_checkpoint(tx.session, tx.actor.username, tx.actor.audit_keys)
    if out is not None:
        from cadredesk.io.atomic import write_atomic

        data = {
            "magic": CHECKPOINT_MAGIC,
            "count": cp.count,
            "last_hash": cp.last_hash,
            "mac": cp.mac,
            "at": cp.at.isoformat(timespec="seconds") + "Z",
            "by": tx.actor.username,
        }
        payload = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

        def write(fh: BinaryIO) -> None:
            fh.write(payload)

        write_atomic(out, write)
    tx.audit(
        entity="audit", entity_id=cp.count, detail=f"审计检查点：共 {cp.count} 条，末条 {cp.last_hash[:12]}"
    )
    return CheckpointResult(cp.count, cp.last_hash, cp.mac is not None, out)


@command("audit.repair", permission=None)
def ensure_protections(tx: Tx) -> list[str]:
    """Put back append-only protections someone dropped (run when a writer opens the database)."""
    missing = audit_log.missing_protections(tx.session)
    if missing:
        audit_log.restore_protections(tx.session, missing)
        tx.audit(
            entity="audit",
            detail="打开数据库时发现审计日志保护被删除，已恢复：" + "、".join(missing),
            result="warn",
        )
    return missing


@dataclass(frozen=True)
class EntryRow:
    id: int
    at: dt.datetime
    user: str
    host: str | None
    action: str
    entity: str | None
    entity_id: str | None
    detail: str | None
    result: str


@query(permission=Permission.AUDIT)
def entries(
    tx: Tx,
    *,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    user: str | None = None,
    action: str | None = None,
    before_id: int | None = None,
    limit: int = 500,
) -> list[EntryRow]:
    """The newest entries first (the auditor's viewer): ``since``/``until`` (UTC), one ``user``, actions
    starting with ``action`` (``"backup"``, ``"user.login"``), and ``before_id`` to page back."""
    q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if since is not None:
        q = q.where(AuditEntry.at >= since)
    if until is not None:
        q = q.where(AuditEntry.at < until)
    if user:
        q = q.where(AuditEntry.user == user)
    if action:
        q = q.where(AuditEntry.action.startswith(action, autoescape=True))
    if before_id is not None:
        q = q.where(AuditEntry.id < before_id)
    return [
        EntryRow(e.id, e.at, e.user, e.host, e.action, e.entity, e.entity_id, e.detail, e.result)
        for e in tx.session.scalars(q)
    ]
