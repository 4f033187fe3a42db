"""The problem ledger (问题台账) as a PDF: A4 landscape, one row per problem, overdue ones marked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cadredesk.core.dto import PrintMeta
from cadredesk.core.onpost_rows import ProblemRow
from cadredesk.io.pdf.base import LANDSCAPE, Document, fit_column_widths, render_to_file, short_hash

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

COLUMNS: tuple[tuple[str, int, float], ...] = (
    ("序号", 0, 12),
    ("乡镇（街道）", 0, 26),
    ("村（社区）", 0, 26),
    ("类别", 0, 22),
    ("问题描述", 4, 0),
    ("发现人及日期", 1, 0),
    ("承办单位", 2, 0),
    ("办理期限", 0, 22),
    ("环节", 0, 12),
    ("逾期", 0, 14),
)
_PAD = 3.5
_CENTRED = {"序号", "类别", "办理期限", "环节", "逾期"}


def ledger_title(batch_name: str, overdue_only: bool) -> str:
    return f"{batch_name}{'逾期问题清单' if overdue_only else '问题台账'}"


def _cells(i: int, p: ProblemRow) -> list[str]:
    return [
        str(i),
        p.township,
        p.place,
        p.category,
        p.title,
        f"{p.found_by} {p.found_on:%Y.%m.%d}",
        p.assignee,
        f"{p.deadline:%Y.%m.%d}" if p.deadline else "",
        p.stage,
        f"{p.overdue_days}天" if p.overdue_days else "",
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
    widths = fit_column_widths(
        doc,
        [h for h, _w, _m in COLUMNS],
        texts,
        weights=[w for _h, w, _m in COLUMNS],
        caps_mm=[m or None for _h, _w, m in COLUMNS],
        padding=_PAD,
    )
    data: list[list[object]] = [[doc.para(h, st.table_header) for h, _w, _m in COLUMNS]]
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
    for r, (row, p) in enumerate(zip(texts, rows, strict=True), start=1):
        data.append(
            [
                doc.para(t, st.table_center if COLUMNS[c][0] in _CENTRED else st.table)
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
