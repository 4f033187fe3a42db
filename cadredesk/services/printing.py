"""Printed outputs: gather the data, render the PDF atomically, audit the print.

``KINDS`` lists what this version can print; the CLI's ``print`` and the GUI offer exactly these.
Each kind is a command registered in ``PRINTERS`` (an area adds its own).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cadredesk.core.dto import PrintMeta
from cadredesk.core.security import Permission
from cadredesk.errors import UserError
from cadredesk.services import batches, roster
from cadredesk.services.context import Context, Tx, command
from cadredesk.services.settings import organization_of


@dataclass
class PrintResult:
    path: Path
    pages: int
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PrintRequest:
    """What the faces ask for (CLI.md: ``print KIND --out F [--batch NAME] [--cadre ID] [--order O]``)."""

    out: Path
    batch: str | None = None
    cadre: str | None = None
    order: str = "township"


def page_count(path: Path) -> int:
    data = path.read_bytes()
    return max(1, data.count(b"/Type /Page") - data.count(b"/Type /Pages"))


def print_meta(tx: Tx, title: str, data_hash: str) -> PrintMeta:
    """The footer facts: who printed (the clerk, not the OS login), the organization, when, what data."""
    return PrintMeta(
        title=title,
        user=tx.actor.label,
        printed_at=dt.datetime.now().replace(microsecond=0),
        data_hash=data_hash,
        organization=organization_of(tx.session),
    )


@command("print.roster", permission=Permission.EXPORT)
def print_roster(tx: Tx, req: PrintRequest) -> PrintResult:
    from cadredesk.io.pdf.roster import render_roster, roster_data_hash, roster_title

    b = batches.find(tx.session, req.batch)
    lines = roster.roster_lines(tx.session, b, req.order)
    if not lines:
        raise UserError(f"批次“{b.name}”的名单为空，没有可打印的内容", key="empty")
    meta = print_meta(tx, roster_title(b.name), roster_data_hash(lines, batch_name=b.name, order=req.order))
    warnings = render_roster(lines, batch_name=b.name, order=req.order, meta=meta, out=req.out)
    tx.audit(
        entity="batch", entity_id=b.id, detail=f"{b.name} {len(lines)}人 {meta.data_hash} → {req.out.name}"
    )
    return PrintResult(req.out, page_count(req.out), list(warnings))


#: kind → the command that prints it; the CLI's ``print`` choices and the GUI's print list
PRINTERS: dict[str, Callable[[Context, PrintRequest], PrintResult]] = {
    "roster": print_roster,
}
KINDS = tuple(PRINTERS)

#: what each kind is called on screen
LABELS = {
    "roster": "选派名单",
}


def print_document(ctx: Context, kind: str, req: PrintRequest) -> PrintResult:
    printer = PRINTERS.get(kind)
    if printer is None:
        raise UserError(f"本版本不能打印“{kind}”，可打印：{'、'.join(KINDS)}", key="usage")
    return printer(ctx, req)
