"""``print pairs``: the batch's mentoring pair table (registered in ``services.printing.PRINTERS``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cadredesk.services import batches
from cadredesk.services.batch_people import ENDED
from cadredesk.services.context import Tx, command
from cadredesk.services.mentoring import _pair_rows

if TYPE_CHECKING:
    from cadredesk.io.pdf.pairs import PairLine
    from cadredesk.services.printing import PrintRequest, PrintResult


def pair_lines(tx: Tx, batch_id: int) -> list[PairLine]:
    """The current pairs of cadres still serving, in township, mentor, place order."""
    from cadredesk.io.pdf.pairs import PairLine

    return [
        PairLine(p.township or p.mentor_township, p.mentor, p.mentor_post, p.name, p.unit, p.place)
        for p in _pair_rows(tx.session, batch_id, current_only=True)
        if p.status not in ENDED
    ]


@command("print.pairs")
def print_pairs(tx: Tx, req: PrintRequest) -> PrintResult:
    """The pair table (A4 portrait) grouped by township, with 帮带人 and 被帮带人 signature columns."""
    from cadredesk.io.pdf.pairs import pairs_data_hash, pairs_title, render_pairs
    from cadredesk.services.printing import PrintResult, page_count, print_meta

    b = batches.find(tx.session, req.batch)
    lines = pair_lines(tx, b.id)
    meta = print_meta(tx, pairs_title(b.name), pairs_data_hash(lines, b.name))
    warnings = render_pairs(lines, batch_name=b.name, meta=meta, out=req.out)
    tx.audit(
        entity="batch",
        entity_id=b.id,
        detail=f"{b.name} 结对表 {len(lines)} 对 {meta.data_hash} → {req.out.name}",
    )
    return PrintResult(req.out, page_count(req.out), list(warnings))
