"""Printed outputs of the on-post area: the summary statistics (``print summary``) and the problem
ledger (``print problems``); registered in ``services.printing.PRINTERS``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cadredesk.errors import UserError
from cadredesk.services.context import Tx, command
from cadredesk.services.dashboard import dashboard_of
from cadredesk.services.onpost_base import batch_of
from cadredesk.services.problems import problem_rows

if TYPE_CHECKING:
    from cadredesk.services.printing import PrintRequest, PrintResult


@command("print.summary")
def print_summary(tx: Tx, req: PrintRequest) -> PrintResult:
    """The dashboard's figures for the batch as of today, on A4."""
    from cadredesk.io.pdf.summary import render_summary, summary_hash, summary_title
    from cadredesk.services.printing import PrintResult, page_count, print_meta

    s = tx.session
    b = batch_of(s, req.batch)
    figures = dashboard_of(s, b, tx.today())
    meta = print_meta(tx, summary_title(b.name), summary_hash(figures))
    warnings = render_summary(figures, meta=meta, out=req.out)
    tx.audit(
        entity="batch",
        entity_id=b.id,
        detail=f"{b.name} 情况统计（截至 {tx.today()}）{meta.data_hash} → {req.out.name}",
    )
    return PrintResult(req.out, page_count(req.out), list(warnings))


@command("print.problems")
def print_problems(tx: Tx, req: PrintRequest) -> PrintResult:
    """The batch's problem ledger, overdue rows marked."""
    from cadredesk.io.pdf.problems import ledger_hash, ledger_title, render_ledger
    from cadredesk.services.printing import PrintResult, page_count, print_meta

    s = tx.session
    b = batch_of(s, req.batch)
    rows = problem_rows(s, b, tx.today())
    if not rows:
        raise UserError(f"批次“{b.name}”的问题台账为空，没有可打印的内容", key="empty")
    meta = print_meta(tx, ledger_title(b.name, False), ledger_hash(rows, b.name))
    warnings = render_ledger(
        rows, batch_name=b.name, as_of=tx.today(), overdue_only=False, meta=meta, out=req.out
    )
    tx.audit(
        entity="batch",
        entity_id=b.id,
        detail=f"{b.name} 问题台账 {len(rows)} 条 {meta.data_hash} → {req.out.name}",
    )
    return PrintResult(req.out, page_count(req.out), list(warnings))
