"""Printed outputs: gather the data, render the PDF atomically, audit the print."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from cadredesk.core import audit
from cadredesk.core.dto import PrintMeta
from cadredesk.core.services import batches, roster
from cadredesk.errors import UserError
from cadredesk.storage.engine import Database

KINDS = ("roster", "signin", "pairs", "ballots", "evaluation", "experience", "summary")


@dataclass
class PrintResult:
    path: Path
    pages: int
    warnings: list[str] = field(default_factory=list)


def _page_count(path: Path) -> int:
    data = path.read_bytes()
    return max(1, data.count(b"/Type /Page") - data.count(b"/Type /Pages"))


def print_roster(
    db: Database, out: Path, *, batch: str | None = None, order: str = "township"
) -> PrintResult:
    from cadredesk.io.pdf.roster import render_roster, roster_data_hash, roster_title

    with db.reader() as s:
        b = batches.find_batch(s, batch)
        lines = roster.roster_lines(s, b, order)
        name = b.name
    if not lines:
        raise UserError(f"批次“{name}”的名单为空，没有可打印的内容", key="empty")
    meta = PrintMeta(
        title=roster_title(name),
        user=audit.current_user(),
        printed_at=dt.datetime.now().replace(microsecond=0),
        data_hash=roster_data_hash(lines, batch_name=name, order=order),
    )
    warnings = render_roster(lines, batch_name=name, order=order, meta=meta, out=out)
    with db.session() as s:
        audit.record(s, "print.roster", detail=f"{name} {len(lines)}人 {meta.data_hash} → {out.name}")
    return PrintResult(out, _page_count(out), list(warnings))


def print_document(
    db: Database,
    kind: str,
    out: Path,
    *,
    batch: str | None = None,
    cadre: str | None = None,
    order: str = "township",
) -> PrintResult:
    if kind == "roster":
        return print_roster(db, out, batch=batch, order=order)
    if kind not in KINDS:
        raise UserError(f"未知的打印类型：{kind}", key="usage")
    raise UserError(f"“{kind}”打印件尚未在本版本中提供（选派名单 roster 已可打印）。", key="not-available")
