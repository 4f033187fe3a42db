"""Database-wide settings a clerk sets once (the organization's name …)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from cadredesk.core.models import Setting
from cadredesk.core.security import Permission
from cadredesk.errors import ValidationError
from cadredesk.services.context import Tx, command, query

ORGANIZATION = "organization"
DEFAULT_ORGANIZATION = "县委组织部"


def organization_of(session: Session) -> str:
    """The organization named on exports and printed footers (e.g. “某某县委组织部”)."""
    row = session.get(Setting, ORGANIZATION)
    return row.value if row is not None and row.value.strip() else DEFAULT_ORGANIZATION


@query(permission=Permission.VIEW)
def organization(tx: Tx) -> str:
    return organization_of(tx.session)


@command("setting.organization", permission=Permission.SETTINGS)
def set_organization(tx: Tx, name: str) -> None:
    name = "".join(name.split())
    if not name:
        raise ValidationError("单位名称不能为空")
    if len(name) > 64:
        raise ValidationError(f"单位名称太长（{len(name)} 个字，最多 64 个）")
    row = tx.session.get(Setting, ORGANIZATION)
    old = row.value if row is not None else DEFAULT_ORGANIZATION
    if row is None:
        tx.session.add(Setting(key=ORGANIZATION, value=name))
    else:
        row.value = name
    tx.audit(entity="setting", entity_id=ORGANIZATION, detail=f"{old}→{name}")


IDLE_LOCK = "idle_lock_minutes"
DEFAULT_IDLE_LOCK = 10
IDLE_LOCK_RANGE = (1, 60)


def idle_lock_minutes_of(session: Session) -> int:
    row = session.get(Setting, IDLE_LOCK)
    try:
        minutes = int(row.value) if row is not None else DEFAULT_IDLE_LOCK
    except ValueError:
        return DEFAULT_IDLE_LOCK
    low, high = IDLE_LOCK_RANGE
    return minutes if low <= minutes <= high else DEFAULT_IDLE_LOCK


@query(permission=Permission.LOGIN)
def idle_lock_minutes(tx: Tx) -> int:
    """Minutes without input before the GUI locks its screen (``core.security.IdleLock``; 等保: 10)."""
    return idle_lock_minutes_of(tx.session)


@command("setting.idle_lock", permission=Permission.SETTINGS)
def set_idle_lock_minutes(tx: Tx, minutes: int) -> None:
    low, high = IDLE_LOCK_RANGE
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not low <= minutes <= high:
        raise ValidationError(f"锁屏时间应为 {low} 至 {high} 分钟之间的整数，不是 {minutes!r}")
    old = idle_lock_minutes_of(tx.session)
    row = tx.session.get(Setting, IDLE_LOCK)
    if row is None:
        tx.session.add(Setting(key=IDLE_LOCK, value=str(minutes)))
    else:
        row.value = str(minutes)
    tx.audit(entity="setting", entity_id=IDLE_LOCK, detail=f"空闲锁屏 {old}→{minutes} 分钟")
