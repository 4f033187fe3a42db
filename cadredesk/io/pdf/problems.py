"""The problem ledger (问题台账) as a PDF: A4 landscape, one row per problem, overdue ones marked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cadredesk.core.dto import PrintMeta
from cadredesk.core.onpost_rows import ProblemRow
from cadredesk.io.pdf.base import LANDSCAPE, MM, Document, render_to_file, short_hash

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

#: (header, width in mm; 0 = a share of what is left, by the weight in SHARES)
COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 10),
    ("乡镇（街道）", 25),
    ("村（社区）", 26),
    ("类别", 18),
    ("问题描述", 0),
    ("发现人", 24),
    ("发现日期", 20),
    ("承办单位", 0),
    ("办理期限", 20),
    ("环节", 10),
    ("逾期天数", 18),
)
SHARES = {"问题描述": 2, "承办单位": 1}
#: one-line columns: plain text, never wrapped
_ONE_LINE = {"序号", "发现日期", "办理期限", "环节", "逾期天数"}
_PAD = 3.5
_CENTRED = {"序号", "类别", "发现日期", "办理期限", "环节", "逾期天数"}


def ledger_title(batch_name: str, overdue_only: bool) -> str:
    return f"{batch_name}{'逾期问题清单' if overdue_only else '问题台账'}"


def _cells(i: int, p: ProblemRow) -> list[str]:
    return [
        str(i),
        p.township,
        p.place,
        p.category,
        p.title,
        p.found_by,
        f"{p.found_on:%Y.%m.%d}",
        p.assignee,
        f"{p.deadline:%Y.%m.%d}" if p.deadline else "",
        p.stage,
        str(p.overdue_days) if p.overdue_days else "",
    ]


def ledger_hash(rows: Sequence[ProblemRow], batch_name: str) -> str:
    return short_hash({"batch": batch_name, "rows": [_cells(i, p) for i, p in enumerate(rows, 1)]})


def _story(
    doc: Document, rows: Sequence[ProblemRow], batch_name: str, as_of: dt.date, overdue_only: bool
) -> list[Flowable]:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    st = doc.styles
    closed = sum(1 for p in rows if p.closed)
    overdue = sum(1 for p in rows if p.overdue_days)
    story: list[Flowable] = [
        doc.para(ledger_title(batch_name, overdue_only), st.title),
        doc.para(
            f"（截至 {as_of:%Y年%m月%d日}，共 {len(rows)} 个，已销号 {closed} 个，逾期 {overdue} 个）",
            st.subtitle,
        ),
    ]
    texts = [_cells(i, p) for i, p in enumerate(rows, start=1)]
    fixed = sum(w for _h, w in COLUMNS) * MM
    left = doc.layout.frame_width - fixed
    total = sum(SHARES.values())
    widths = [w * MM if w else left * SHARES[h] / total for h, w in COLUMNS]
    data: list[list[object]] = [[doc.para(h, st.table_header) for h, _w in COLUMNS]]
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), doc.kit.font_name("song"), st.table.fontSize, st.table.leading),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    commands += [("ALIGN", (c, 1), (c, -1), "CENTER") for c, (h, _w) in enumerate(COLUMNS) if h in _ONE_LINE]
    for r, (row, p) in enumerate(zip(texts, rows, strict=True), start=1):
        data.append(
            [
                t
                if COLUMNS[c][0] in _ONE_LINE
                else doc.para(t, st.table_center if COLUMNS[c][0] in _CENTRED else st.table)
                for c, t in enumerate(row)
            ]
        )
        if p.overdue_days:
            commands.append(
                ("BACKGROUND", (len(COLUMNS) - 1, r), (len(COLUMNS) - 1, r), colors.Color(1, 0.85, 0.85))
            )
    if not rows:
        data.append([doc.para("（没有问题）", st.table_center)] + [""] * (len(COLUMNS) - 1))
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table = Table(data, colWidths=widths, repeatRows=1, splitByRow=1, hAlign="CENTER")
    table.setStyle(TableStyle(commands))
    story.append(table)
    return story


def render_ledger(
    rows: Sequence[ProblemRow],
    *,
    batch_name: str,
    as_of: dt.date,
    overdue_only: bool,
    meta: PrintMeta,
    out: Path,
) -> list[str]:
    return render_to_file(
        lambda doc: _story(doc, rows, batch_name, as_of, overdue_only),
        meta=meta,
        out=out,
        layout=LANDSCAPE,
        subject="问题台账",
    )
