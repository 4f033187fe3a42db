"""Append to and verify the tamper-evident audit log (the ``audit_log`` table and its head).

Services never call ``record`` directly: ``Tx.audit`` (cadredesk.services.context) writes the one
entry of each user action, in the action's own transaction, so a failed audit insert fails the change.

What protects the log (see ``core/audit.py`` for the chain and the key evolution):
- the database refuses UPDATE and DELETE, and an INSERT whose id is not the next one (so no
  ``INSERT OR REPLACE`` and no row slipped in between) — ``PROTECTIONS``; ``ensure_protections``
  puts back any that were dropped (run when a writer opens the database);
- the head (count, last hash, the next entry's key) lives in ``audit_state``, outside the log:
  a removed tail or a removed log no longer matches it;
- the head is also written into every backup's header and into the auditor's checkpoints
  (``audit_checkpoint`` and a file the auditor keeps), so removing the state row as well is found;
- once a 安全审计员 started a key epoch, every entry carries an HMAC under a forward-evolving
  key: recomputing the chain after editing an entry is found by the auditor.
"""

from __future__ import annotations

import datetime as dt
import hmac
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, func, insert, select, text, type_coerce, update
from sqlalchemy.orm import Session

from cadredesk.core.audit import GENESIS, checkpoint_mac, digest, entry_mac, evolve
from cadredesk.core.crypto import SealError, seal, unseal
from cadredesk.core.models import AuditCheckpoint, AuditEntry, AuditKey, AuditState, utcnow

#: the triggers that make the log append-only (SQLite); restored by ``ensure_protections``
PROTECTIONS: dict[str, str] = {
    "audit_log_no_update": (
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    ),
    "audit_log_no_delete": (
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    ),
    "audit_log_append_next": (
        "CREATE TRIGGER audit_log_append_next BEFORE INSERT ON audit_log "
        "WHEN NEW.id IS NULL OR NEW.id <> COALESCE((SELECT max(id) FROM audit_log), 0) + 1 "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only: not the next entry'); END"
    ),
    "audit_checkpoint_no_update": (
        "CREATE TRIGGER audit_checkpoint_no_update BEFORE UPDATE ON audit_checkpoint "
        "BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END"
    ),
    "audit_checkpoint_no_delete": (
        "CREATE TRIGGER audit_checkpoint_no_delete BEFORE DELETE ON audit_checkpoint "
        "BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END"
    ),
    "audit_state_no_delete": (
        "CREATE TRIGGER audit_state_no_delete BEFORE DELETE ON audit_state "
        "BEGIN SELECT RAISE(ABORT, 'audit state cannot be deleted'); END"
    ),
    "audit_key_no_delete": (
        "CREATE TRIGGER audit_key_no_delete BEFORE DELETE ON audit_key "
        "BEGIN SELECT RAISE(ABORT, 'audit keys cannot be deleted'); END"
    ),
}
#: the PostgreSQL triggers (by name) that must exist
PG_PROTECTIONS = (
    "audit_log_append_only",
    "audit_log_append_next",
    "audit_checkpoint_append_only",
    "audit_state_no_delete",
    "audit_key_no_delete",
)
_PG_ADVISORY = 4344534


def _hash(prev: str, e: Any) -> str:
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


def _state(session: Session) -> AuditState | None:
    return session.execute(select(AuditState).where(AuditState.id == 1)).scalar_one_or_none()


def _lock_chain(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        # serialise writers of the chain across clerks
        session.execute(text(f"SELECT pg_advisory_xact_lock({_PG_ADVISORY})"))


def _host() -> str:
    try:
        return socket.gethostname()[:64]
    except OSError:  # pragma: no cover
        return ""


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
    """Append one entry inside the caller's transaction (and move the head)."""
    _lock_chain(session)
    state = session.execute(
        select(AuditState.count, AuditState.last_hash, AuditState.key).where(AuditState.id == 1)
    ).one_or_none()
    last_id = session.execute(select(func.max(AuditEntry.id))).scalar() or 0
    if state is None:
        # a database whose head was removed: start one from the table (verify reports the gap)
        prev = session.execute(select(AuditEntry.hash).where(AuditEntry.id == last_id)).scalar() or GENESIS
        session.execute(
            insert(AuditState).values(id=1, count=last_id, last_hash=prev, key=None, epoch_id=None)
        )
        key_hex = None
    else:
        prev = state.last_hash
        key_hex = state.key
    entry = AuditEntry(
        id=last_id + 1,
        at=utcnow(),
        user=user[:32],
        host=_host(),
        action=action[:32],
        entity=None if entity is None else entity[:32],
        entity_id=None if entity_id is None else str(entity_id)[:32],
        detail=detail,
        result=result[:8],
        prev_hash=prev,
    )
    entry.hash = _hash(entry.prev_hash, entry)
    values: dict[str, object] = {"count": AuditState.count + 1, "last_hash": entry.hash}
    if key_hex:
        key = bytes.fromhex(key_hex)
        entry.mac = entry_mac(key, entry.hash)
        values["key"] = evolve(key).hex()
    session.add(entry)
    session.flush()
    session.execute(update(AuditState).where(AuditState.id == 1).values(**values))
    return entry


# --------------------------------------------------------------------------- key epochs


def _seal_context(epoch_first: int, holder: str) -> str:
    return f"cadredesk-audit-key|{epoch_first}|{holder}"


def start_epoch(session: Session, holder: str, password: str) -> int:
    """A 安全审计员 starts a key epoch: a fresh seed sealed with their password; entries from the
    next one on carry MACs.  Returns the epoch id."""
    _lock_chain(session)
    seed = os.urandom(32)
    first = (session.execute(select(func.max(AuditEntry.id))).scalar() or 0) + 1
    sealed = seal(seed, password, context=_seal_context(first, holder))
    key = AuditKey(first_entry=first, holder=holder[:32], sealed=sealed, created_at=utcnow())
    session.add(key)
    session.flush()
    state = _state(session)
    if state is None:
        last = session.execute(select(AuditEntry.hash).where(AuditEntry.id == first - 1)).scalar()
        session.execute(
            insert(AuditState).values(
                id=1, count=first - 1, last_hash=last or GENESIS, key=seed.hex(), epoch_id=key.id
            )
        )
    else:
        session.execute(update(AuditState).where(AuditState.id == 1).values(key=seed.hex(), epoch_id=key.id))
    return key.id


def epochs_of(session: Session, holder: str) -> list[AuditKey]:
    return list(session.scalars(select(AuditKey).where(AuditKey.holder == holder).order_by(AuditKey.id)))


def unseal_epochs(session: Session, holder: str, password: str) -> dict[int, bytes]:
    """The seeds of every epoch ``holder`` sealed and ``password`` opens."""
    found: dict[int, bytes] = {}
    for k in epochs_of(session, holder):
        try:
            found[k.id] = unseal(k.sealed, password, context=_seal_context(k.first_entry, k.holder))
        except SealError:
            continue
    return found


def reseal(session: Session, holder: str, old_password: str, new_password: str) -> int:
    """Re-seal the holder's epochs under a new password (a password change); returns how many."""
    n = 0
    for k in epochs_of(session, holder):
        try:
            seed = unseal(k.sealed, old_password, context=_seal_context(k.first_entry, k.holder))
        except SealError:
            continue
        session.execute(
            update(AuditKey)
            .where(AuditKey.id == k.id)
            .values(sealed=seal(seed, new_password, context=_seal_context(k.first_entry, k.holder)))
        )
        n += 1
    return n


# --------------------------------------------------------------------------- head and checkpoints


@dataclass(frozen=True)
class Head:
    count: int
    last_hash: str

    def to_json(self) -> dict[str, object]:
        return {"count": self.count, "last_hash": self.last_hash}


def head(session: Session) -> Head:
    """The chain's head as the table shows it (what backups and checkpoints anchor)."""
    last_id = session.execute(select(func.max(AuditEntry.id))).scalar() or 0
    count = session.execute(select(func.count()).select_from(AuditEntry)).scalar() or 0
    last = session.execute(select(AuditEntry.hash).where(AuditEntry.id == last_id)).scalar()
    return Head(int(count), last or GENESIS)


def add_checkpoint(session: Session, user: str, seeds: dict[int, bytes]) -> AuditCheckpoint:
    h = head(session)
    mac = None
    state = _state(session)
    if state is not None and state.epoch_id in seeds:
        mac = checkpoint_mac(seeds[state.epoch_id], h.count, h.last_hash)
    cp = AuditCheckpoint(at=utcnow(), user=user[:32], count=h.count, last_hash=h.last_hash, mac=mac)
    session.add(cp)
    session.flush()
    return cp


# --------------------------------------------------------------------------- protections


def missing_protections(session: Session) -> list[str]:
    """The append-only triggers that are not in the database (dropped by someone)."""
    if session.get_bind().dialect.name == "sqlite":
        have = set(session.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
        return [name for name in PROTECTIONS if name not in have]
    have = set(session.execute(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).scalars())
    return [name for name in PG_PROTECTIONS if name not in have]


def restore_protections(session: Session, names: list[str]) -> None:
    """Put back dropped triggers (SQLite: the definitions above; PostgreSQL: through the functions)."""
    if session.get_bind().dialect.name == "sqlite":
        for name in names:
            session.execute(text(PROTECTIONS[name]))
        return
    pg = {
        "audit_log_append_only": "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
        "audit_log_append_next": "CREATE TRIGGER audit_log_append_next BEFORE INSERT ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_append_next()",
        "audit_checkpoint_append_only": "CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE "
        "ON audit_checkpoint FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()",
        "audit_state_no_delete": "CREATE TRIGGER audit_state_no_delete BEFORE DELETE ON audit_state "
        "FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()",
        "audit_key_no_delete": "CREATE TRIGGER audit_key_no_delete BEFORE DELETE ON audit_key "
        "FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()",
    }
    for name in names:
        session.execute(text(pg[name]))


# --------------------------------------------------------------------------- verify


@dataclass(frozen=True)
class AuditProblem:
    entry_id: int
    reason: str


@dataclass
class VerifyResult:
    checked: int = 0
    problem: AuditProblem | None = None
    keyed: int = 0  # entries whose MAC was checked with the auditor's key
    unkeyed_epochs: list[int] = field(default_factory=list)  # epochs the caller could not open
    notes: list[str] = field(default_factory=list)


@dataclass
class _Raw:
    id: int
    at: dt.datetime | None
    user: str
    host: str | None
    action: str
    entity: str | None
    entity_id: str | None
    detail: str | None
    result: str
    prev_hash: str
    hash: str
    mac: str | None


def _raw_entries(session: Session) -> Iterator[_Raw]:
    """The entries as stored, a malformed timestamp read as None (a forger's edit, not a crash)."""
    t = AuditEntry.__table__
    cols = [type_coerce(t.c.at, String()) if c.name == "at" else c for c in t.columns]
    for row in session.execute(select(*cols).order_by(t.c.id)).yield_per(2000):
        values = dict(zip([c.name for c in t.columns], row, strict=True))
        at = values["at"]
        if isinstance(at, str):
            try:
                at = dt.datetime.fromisoformat(at)
            except ValueError:
                at = None
        values["at"] = at if isinstance(at, dt.datetime) else None
        yield _Raw(**values)


def verify(
    session: Session,
    *,
    seeds: dict[int, bytes] | None = None,
    anchors: list[tuple[str, Head]] | None = None,
) -> VerifyResult:
    """Walk the chain; return the first problem (altered, inserted, removed entry or removed tail).

    ``seeds``: the epochs' K_0 the auditor unsealed (checks each entry's MAC and the stored key);
    ``anchors``: heads recorded outside the table (backups, checkpoint files) as (where, head).
    """
    res = VerifyResult()
    seeds = seeds or {}
    epochs = list(session.scalars(select(AuditKey).order_by(AuditKey.first_entry, AuditKey.id)))
    starts = {k.first_entry: k for k in epochs}
    prev = GENESIS
    key: bytes | None = None
    epoch: AuditKey | None = None
    expected_id = 1
    hashes_at: dict[int, str] = {}
    anchor_counts = {h.count for _, h in anchors or []}
    checkpoints = list(session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.id)))
    anchor_counts |= {c.count for c in checkpoints}
    for entry in _raw_entries(session):
        res.checked += 1
        if entry.at is None:
            res.problem = AuditProblem(entry.id, "记录的时间无法读取（记录被修改）")
            return res
        if entry.id in starts:
            epoch = starts[entry.id]
            key = seeds.get(epoch.id)
            if key is None and epoch.id not in res.unkeyed_epochs:
                res.unkeyed_epochs.append(epoch.id)
        if entry.id != expected_id:
            res.problem = AuditProblem(expected_id, f"第 {expected_id} 条起的记录缺失（记录被删除）")
            return res
        expected_id += 1
        if entry.prev_hash != prev:
            res.problem = AuditProblem(entry.id, "与上一条记录的链接断开（记录被删除、插入或调换）")
            return res
        if _hash(prev, entry) != entry.hash:
            res.problem = AuditProblem(entry.id, "记录内容与其校验值不符（记录被修改）")
            return res
        if epoch is not None:
            if not entry.mac:
                res.problem = AuditProblem(entry.id, "缺少审计密钥校验码（记录被伪造或替换）")
                return res
            if key is not None:
                if not hmac.compare_digest(entry_mac(key, entry.hash), entry.mac):
                    reason = "审计密钥校验码不符（记录被修改后重算了校验链）"
                    if entry.id == epoch.first_entry and entry.id > 1:
                        reason = (
                            f"审计密钥校验码不符（本条或之前未加密钥的第 1–{entry.id - 1} 条记录"
                            "被修改后重算了校验链）"
                        )
                    res.problem = AuditProblem(entry.id, reason)
                    return res
                res.keyed += 1
                key = evolve(key)
        if entry.id in anchor_counts:
            hashes_at[entry.id] = entry.hash
        prev = entry.hash
    count = res.checked
    # the head outside the table
    state = _state(session)
    if state is None:
        if count or epochs:
            res.problem = AuditProblem(count + 1, "审计日志的链头记录缺失（日志末尾或整个日志可能被删除）")
            return res
    else:
        if state.count > count:
            res.problem = AuditProblem(
                count + 1, f"链头记载共 {state.count} 条，现只有 {count} 条（末尾的记录被删除）"
            )
            return res
        if state.count != count or state.last_hash != prev:
            res.problem = AuditProblem(count, "链头与日志不一致（日志被改写）")
            return res
        final = epochs[-1] if epochs else None
        if final is not None:
            # the key the head must hold for the next entry: the final epoch's seed evolved once per entry
            expected = seeds.get(final.id) if final.first_entry > count else key if epoch is final else None
            if final.first_entry > count + 1 or (
                expected is not None and (state.epoch_id, state.key) != (final.id, expected.hex())
            ):
                res.problem = AuditProblem(count + 1, "审计密钥状态与日志不符（末尾的记录被删除或链被重算）")
                return res
    # anchors: backups' headers and the auditor's checkpoints
    for where, h in [
        *(anchors or []),
        *((f"审计检查点 {c.id}", Head(c.count, c.last_hash)) for c in checkpoints),
    ]:
        if h.count > count:
            res.problem = AuditProblem(
                count + 1, f"{where}记载当时已有 {h.count} 条记录，现只有 {count} 条（记录被删除）"
            )
            return res
        if h.count and hashes_at.get(h.count) != h.last_hash:
            res.problem = AuditProblem(h.count, f"与{where}记载的第 {h.count} 条不符（日志被改写）")
            return res
    held = [seeds[k.id] for k in epochs if k.id in seeds]
    if epochs and len(held) == len(epochs):  # the caller holds every epoch: checkpoints' MACs too
        for c in checkpoints:
            if c.mac and not any(
                hmac.compare_digest(checkpoint_mac(s, c.count, c.last_hash), c.mac) for s in held
            ):
                res.problem = AuditProblem(c.count, f"审计检查点 {c.id} 的校验码不符（检查点被伪造）")
                return res
    return res
