"""The dispatch roster (选派干部名单) as a PDF: A4 landscape, one table, grouped by township or by 姓氏笔画.

No resident ID numbers are printed (PIPL: a printed list leaves the system; the ID is not needed on it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cadredesk.core.dto import PrintMeta, RosterLine
from cadredesk.errors import UserError
from cadredesk.io.pdf.base import (
    LANDSCAPE,
    Document,
    fit_column_widths,
    render_to_bytes,
    render_to_file,
    short_hash,
)

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

ORDERS = ("township", "strokes")

#: (header, share of spare width (0: as wide as the content), starting cap in mm for content-sized columns)
COLUMNS: tuple[tuple[str, int, float], ...] = (
    ("序号", 0, 12),
    ("姓名", 0, 24),
    ("性别", 0, 12),
    ("民族", 0, 20),
    ("出生年月", 0, 20),
    ("政治面貌", 0, 24),
    ("学历", 0, 24),
    ("派出单位及职务", 3, 0),
    ("派驻村（社区）", 2, 0),
    ("派驻身份", 0, 22),
    ("联系电话", 0, 30),
)
_CELL_PAD = 4.0  # points, left and right
_CENTRED = {"序号", "姓名", "性别", "民族", "出生年月", "政治面貌", "学历", "派驻身份", "联系电话"}


def roster_title(batch_name: str) -> str:
    """“<批次>选派干部名单”, without doubling a batch name that already says 选派干部."""
    return (
        f"{batch_name}名单"
        if batch_name.endswith("干部")
        else (f"{batch_name}干部名单" if "选派" in batch_name else f"{batch_name}选派干部名单")
    )


def _cells(line: RosterLine, *, with_township: bool) -> list[str]:
    place = f"{line.township}{line.place}" if with_township and line.township else line.place
    return [
        str(line.seq),
        line.name,
        line.gender,
        line.ethnicity,
        f"{line.birth_date.year}.{line.birth_date.month:02d}",
        line.political_status,
        line.education,
        f"{line.unit}{line.post}",
        place,
        line.role,
        line.phone,
    ]


def roster_data_hash(lines: Sequence[RosterLine], *, batch_name: str = "", order: str = "township") -> str:
    """Short hash of exactly what the roster prints (for ``PrintMeta.data_hash``)."""
    rows = [[line.township, *_cells(line, with_township=False)] for line in lines]
    return short_hash({"batch": batch_name, "order": order, "rows": rows})


def _group(lines: Sequence[RosterLine]) -> list[tuple[str, list[RosterLine]]]:
    """Lines per township, townships in order of first appearance, lines in the order given."""
    groups: dict[str, list[RosterLine]] = {}
    for line in lines:
        groups.setdefault(line.township or "（未填乡镇）", []).append(line)
    return list(groups.items())


def _story(doc: Document, lines: Sequence[RosterLine], batch_name: str, order: str) -> list[Flowable]:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    st = doc.styles
    title = roster_title(batch_name)
    how = "按乡镇（街道）排列" if order == "township" else "按姓氏笔画排列"
    story: list[Flowable] = [
        doc.para(title, st.title),
        doc.para(f"（{how}，共 {len(lines)} 人）", st.subtitle),
    ]

    # Rows as text first: a group heading is a str, a cadre a list of cell texts.
    rows: list[str | list[str]] = []
    if order == "township":
        for township, members in _group(lines):
            rows.append(f"{township}（{len(members)} 人）")
            rows.extend(_cells(line, with_township=False) for line in members)
    else:
        rows.extend(_cells(line, with_township=True) for line in lines)
    cadre_rows = [row for row in rows if isinstance(row, list)]
    widths = fit_column_widths(
        doc,
        [h for h, _w, _m in COLUMNS],
        cadre_rows,
        weights=[w for _h, w, _m in COLUMNS],
        caps_mm=[m or None for _h, _w, m in COLUMNS],
        padding=_CELL_PAD,
    )

    song = doc.kit.font_name("song")
    size = st.table.fontSize
    ncols = len(COLUMNS)
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), song, size, st.table.leading),  # also keeps Helvetica out of blank cells
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    commands += [
        ("ALIGN", (c, 1), (c, -1), "CENTER") for c, (h, _w, _m) in enumerate(COLUMNS) if h in _CENTRED
    ]

    def cell(text: str, col: int) -> object:
        """Plain text where it fits on one line in the table font (fast); a wrapping Paragraph otherwise."""
        runs = doc.text.runs(text, "song")
        if not runs:
            return ""
        if (
            len(runs) == 1
            and runs[0][0] == song
            and doc.text.width(text, "song", size) <= widths[col] - 2 * _CELL_PAD
        ):
            return runs[0][1]
        return doc.para(text, st.table_center if COLUMNS[col][0] in _CENTRED else st.table)

    data: list[list[object]] = [[doc.para(h, st.table_header) for h, _w, _m in COLUMNS]]
    for row in rows:
        r = len(data)
        if isinstance(row, str):
            data.append([doc.para(row, st.table_group)] + [""] * (ncols - 1))
            commands += [
                ("SPAN", (0, r), (-1, r)),
                ("BACKGROUND", (0, r), (-1, r), colors.Color(0.95, 0.95, 0.95)),
                (
                    "NOSPLIT",
                    (0, r),
                    (-1, r + 1),
                ),  # a township heading never stays alone at the foot of a page
            ]
        else:
            data.append([cell(text, c) for c, text in enumerate(row)])
    if not rows:
        data.append([doc.para("（本批次暂无选派干部）", st.table_center)] + [""] * (ncols - 1))
        commands.append(("SPAN", (0, 1), (-1, 1)))

    table = Table(data, colWidths=widths, repeatRows=1, splitByRow=1, hAlign="CENTER")
    table.setStyle(TableStyle(commands))
    story.append(table)
    return story


def _check(order: str, meta: PrintMeta, batch_name: str) -> PrintMeta:
    if order not in ORDERS:
        raise UserError(
            f"排序方式“{order}”无效，应为 township（按乡镇）或 strokes（按姓氏笔画）", key="invalid-order"
        )
    return meta if meta.title else dataclasses.replace(meta, title=roster_title(batch_name))


def render_roster(
    lines: Sequence[RosterLine], *, batch_name: str, order: str, meta: PrintMeta, out: Path
) -> list[str]:
    """Write the roster PDF to ``out`` atomically; returns font warnings (characters no font can draw).

    ``order='township'`` groups by township in the order the townships first appear; ``'strokes'`` prints one
    table in the order given (the caller sorts by 姓氏笔画) with the township in the place column.
    """
    meta = _check(order, meta, batch_name)
    return render_to_file(
        lambda doc: _story(doc, lines, batch_name, order),
        meta=meta,
        out=out,
        layout=LANDSCAPE,
        subject="选派干部名单",
    )


def render_roster_bytes(
    lines: Sequence[RosterLine], *, batch_name: str, order: str, meta: PrintMeta
) -> tuple[bytes, list[str]]:
    """The same PDF in memory (self-test, previews)."""
    meta = _check(order, meta, batch_name)
    return render_to_bytes(
        lambda doc: _story(doc, lines, batch_name, order), meta=meta, layout=LANDSCAPE, subject="选派干部名单"
    )
