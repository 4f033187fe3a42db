"""What the logged-in actor may do, for enabling buttons (the services check again and refuse)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cadredesk.core.security import PERMISSION_LABELS, Permission, allowed
from cadredesk.services.context import Context


def may(ctx: Context, permission: Permission) -> bool:
    """Whether the context's actor holds ``permission`` (single-user mode, no role: everything)."""
    role = ctx.actor.role
    return allowed(role, permission) if role else True


def refusal(ctx: Context, permission: Permission) -> str:
    """The sentence shown on a button the actor may not use."""
    actor = ctx.actor
    return f"{actor.label}（{actor.role}）没有“{PERMISSION_LABELS[permission]}”的权限"


def limit(ctx: Context, permission: Permission, *widgets: QWidget) -> bool:
    """Disable ``widgets`` (with the reason as tooltip) when the actor lacks ``permission``."""
    ok = may(ctx, permission)
    if not ok:
        for w in widgets:
            w.setEnabled(False)
            w.setToolTip(refusal(ctx, permission))
    return ok


def actor_text(ctx: Context) -> str:
    """The status bar's “who is working” text."""
    actor = ctx.actor
    if not actor.authenticated:
        return "单用户模式（未启用登录）"
    return f"当前用户：{actor.label}（{actor.role}）"
