"""Demo data: a deterministic, realistic campaign in an empty database (``demo``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from cadredesk.core.security import Permission
from cadredesk.services.context import Tx, command

if TYPE_CHECKING:
    from cadredesk.demo import DemoSummary

SCALES = ("county", "city", "province")


@command("demo", permission=Permission.EDIT)
def generate_demo(
    tx: Tx, scale: str = "county", seed: int = 1, *, report: Callable[[str, float], None] | None = None
) -> DemoSummary:
    """Fill an empty database with one demo campaign; cancelling (progress) writes nothing."""
    from cadredesk import demo

    def progress(message: str, fraction: float) -> None:
        tx.progress.report(int(fraction * 1000), 1000, message)
        if report is not None:
            report(message, fraction)

    summary = demo.fill(tx.session, scale, seed, progress, cancel=lambda: tx.progress.cancelled)
    tx.audit(detail=f"scale={scale} seed={seed}")
    return summary
