"""System tables: users, the audit log and its keys and anchors, settings, exchange bookkeeping."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from cadredesk.core.models.base import Base, utcnow


class User(Base):
    """An account: one role each (separation of duties); a township clerk is limited to one township."""

    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(8))  # UserRole
    password_hash: Mapped[str | None] = mapped_column(String(255))
    #: None: the password was set by an administrator and must be changed at the next login
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    failed_logins: Mapped[int] = mapped_column(SmallInteger, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    township_id: Mapped[int | None] = mapped_column(ForeignKey("township.id", ondelete="RESTRICT"))


class AuditEntry(Base):
    """Append-only, hash-chained audit log.

    ``hash`` = SHA-256(prev_hash ‖ row) chains every entry; ``mac`` = HMAC(K_i, hash) with a
    forward-evolving key whose seed only the 安全审计员 can unseal (``AuditKey``), so a forger who
    can write the file cannot recompute earlier entries.  Ids are contiguous: the database refuses an
    insert whose id is not the next one (no REPLACE, no insert in the middle).
    """

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(32))
    host: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str | None] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(Text)
    result: Mapped[str] = mapped_column(String(8), default="ok")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str | None] = mapped_column(String(64))


class AuditState(Base):
    """The head of the audit chain (one row): entries written, last hash, the current evolving key."""

    __tablename__ = "audit_state"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    count: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))
    #: K_i for the next entry (hex); None until a 安全审计员 started a key epoch
    key: Mapped[str | None] = mapped_column(String(64))
    epoch_id: Mapped[int | None] = mapped_column(Integer)


class AuditKey(Base):
    """A key epoch of the audit chain: the seed key K_0, sealed with its auditor's password."""

    __tablename__ = "audit_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    first_entry: Mapped[int] = mapped_column(Integer)
    holder: Mapped[str] = mapped_column(String(32))
    sealed: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AuditCheckpoint(Base):
    """An auditor's anchor of the chain's head (also written to a file the auditor keeps)."""

    __tablename__ = "audit_checkpoint"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(32))
    count: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str | None] = mapped_column(String(64))


class Setting(Base):
    """Database-wide settings (ID mask, county name, …)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ExchangeIdentity(Base):
    """The global identity of a row that came from another database (rows made here are
    ``<database id>/<table>/<id>``)."""

    __tablename__ = "exchange_identity"
    uid: Mapped[str] = mapped_column(String(96), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(32))
    local_id: Mapped[int] = mapped_column(Integer)


class ExchangeBase(Base):
    """Per peer database and record: the content hash last received from that peer (the common base)."""

    __tablename__ = "exchange_base"
    peer: Mapped[str] = mapped_column(String(36), primary_key=True)
    uid: Mapped[str] = mapped_column(String(96), primary_key=True)
    hash: Mapped[str] = mapped_column(String(64))


class ExchangeConflict(Base):
    """A record changed on both sides: kept for the clerk to decide, never overwritten silently."""

    __tablename__ = "exchange_conflict"
    id: Mapped[int] = mapped_column(primary_key=True)
    peer: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(32))
    uid: Mapped[str] = mapped_column(String(96))
    subject: Mapped[str] = mapped_column(String(200))
    ours: Mapped[str | None] = mapped_column(Text)
    theirs: Mapped[str] = mapped_column(Text)
    theirs_hash: Mapped[str] = mapped_column(String(64))
    found_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    resolution: Mapped[str | None] = mapped_column(String(8))  # ours / theirs
    resolved_by: Mapped[str | None] = mapped_column(String(32))
