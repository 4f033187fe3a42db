"""The audit log's pure rules: how an entry is hashed into the chain, keyed, and how IDs are masked.

Each entry stores ``hash = SHA-256(prev_hash ‖ canonical entry)``; the first entry chains to
``GENESIS``.  Anyone can recompute that chain, so once a 安全审计员 has started a key epoch every
entry also stores ``mac = HMAC-SHA256(K_i, hash)`` where ``K_{i+1} = evolve(K_i)`` (one-way): the
database keeps only the key for the *next* entry, so a forger holding the file cannot recompute the
MAC of any entry already written; the auditor, who can unseal K_0, recomputes them all
(Schneier–Kelsey forward-secure logging).  Reading and writing the table is
``cadredesk.storage.audit_log``.  ID numbers must be masked before they reach an entry's ``detail``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
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


def evolve(key: bytes) -> bytes:
    """The next entry's key; one-way, so earlier keys cannot be recovered from a later one."""
    return hashlib.sha256(b"cadredesk-audit-key-evolve\x00" + key).digest()


def entry_mac(key: bytes, entry_hash: str) -> str:
    return hmac.new(key, entry_hash.encode("ascii"), hashlib.sha256).hexdigest()


def checkpoint_mac(seed: bytes, count: int, last_hash: str) -> str:
    """An auditor's checkpoint of the head, keyed with the epoch's seed (not the evolving key)."""
    return hmac.new(seed, f"checkpoint|{count}|{last_hash}".encode("ascii"), hashlib.sha256).hexdigest()


def mask_id(id_number: str | None) -> str:
    """前6位 + ******** + 后4位 (hides the birth date)."""
    if not id_number:
        return ""
    if len(id_number) < 11:
        return "*" * len(id_number)
    return id_number[:6] + "*" * (len(id_number) - 10) + id_number[-4:]


def mask_phone(phone: str | None) -> str:
    """A phone number with its middle digits hidden (138****5678); other text keeps its last 4 characters."""
    if not phone:
        return ""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if len(digits) >= 11:
        return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]
    if len(phone) <= 4:
        return "*" * len(phone)
    return "*" * (len(phone) - 4) + phone[-4:]
