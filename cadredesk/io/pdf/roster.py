"""The dispatch roster (选派干部名单) as a PDF: A4 landscape, one table, grouped by township or by 姓氏笔画.

No resident ID numbers are printed (PIPL: a printed list leaves the system; the ID is not needed on it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cadredesk.core.dto import PrintMeta, RosterLine
from cadredesk.core.titles import roster_title
from cadredesk.errors import UserError
from cadredesk.io.pdf.base import (
    LANDSCAPE,
    MM,
    Document,
    GridStyle,
    PageReport,
    fit_column_widths,
    flowables_height,
    paged_table,
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


#: columns whose values never wrap (a name of four or more characters stays on one line)
_NOWRAP = {"序号", "姓名", "性别", "出生年月", "派驻身份", "联系电话"}


def _info_line(doc: Document) -> Flowable:
    """制表单位 on the left, 制表日期 on the right, under the title."""
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Table, TableStyle

    base = doc.styles.subtitle
    left = ParagraphStyle("cd-info-l", parent=base, alignment=TA_LEFT, fontSize=12, leading=16, spaceAfter=0)
    right = ParagraphStyle("cd-info-r", parent=left, alignment=TA_RIGHT)
    doc.styles.role_of.update({"cd-info-l": "fangsong", "cd-info-r": "fangsong"})
    when = doc.meta.printed_at
    org = doc.meta.organization or ""
    cells = [
        [
            doc.para(f"制表单位：{org}", left),
            doc.para(f"制表日期：{when.year}年{when.month}月{when.day}日", right),
        ]
    ]
    width = doc.layout.frame_width
    t = Table(cells, colWidths=[width * 0.6, width * 0.4], hAlign="CENTER", spaceAfter=2 * MM)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), doc.kit.font_name("song"), 10.5),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))  # fmt: skip
    return t


def _story(doc: Document, lines: Sequence[RosterLine], batch_name: str, order: str) -> list[Flowable]:

    st = doc.styles
    title = roster_title(batch_name)
    how = "按乡镇（街道）排列" if order == "township" else "按姓氏笔画排列"
    story: list[Flowable] = [
        doc.para(title, st.title),
        doc.para(f"（{how}，共 {len(lines)} 人）", st.subtitle),
        _info_line(doc),
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
        nowrap=[h in _NOWRAP for h, _w, _m in COLUMNS],
    )

    song = doc.kit.font_name("song")
    size = st.table.fontSize
    ncols = len(COLUMNS)
    grid = GridStyle(
        font=song, size=size, leading=st.table.leading, pad_left=_CELL_PAD, pad_right=_CELL_PAD,
        header_font=doc.kit.font_name("hei"),
    )  # fmt: skip
    aligns = ["CENTER" if h in _CENTRED else "LEFT" for h, _w, _m in COLUMNS]
    inner = [w - 2 * _CELL_PAD for w in widths]
    plain: dict[tuple[str, int], object] = {}

    def cell(text: str, col: int) -> object:
        """Plain text where it fits on one line in the table font (fast); a wrapping Paragraph otherwise."""
        key = (text, col)
        if key in plain:
            return plain[key]
        runs = doc.text.runs(text, "song")
        if not runs:
            out: object = ""
        elif len(runs) == 1 and runs[0][0] == song and doc.text.width(text, "song", size) <= inner[col]:
            out = runs[0][1]
        else:
            return doc.para(text, st.table_center if COLUMNS[col][0] in _CENTRED else st.table)
        plain[key] = out
        return out

    # header captions as plain strings in 黑体 (they never wrap: the widths keep them on one line)
    header: list[object] = [h for h, _w, _m in COLUMNS]
    body: list[list[object]] = []
    headings: set[int] = set()
    for row in rows:
        if isinstance(row, str):
            headings.add(len(body))
            body.append([doc.para(row, st.table_group)] + [""] * (ncols - 1))
        else:
            body.append([cell(text, c) for c, text in enumerate(row)])
    if not rows:
        headings.add(0)
        body.append([doc.para("（本批次暂无选派干部）", st.table_center)] + [""] * (ncols - 1))
    if not rows:  # the note spans the table without a group background
        grid = dataclasses.replace(grid, group_fill=(1.0, 1.0, 1.0))
    first_room = doc.layout.frame_height - flowables_height(story, doc.layout.frame_width)
    story += paged_table(
        doc,
        header,
        body,
        widths,
        style=grid,
        aligns=aligns,
        headings=frozenset(headings),
        first_room=first_room,
    )
    return story


def _check(order: str, meta: PrintMeta, batch_name: str) -> PrintMeta:
    if order not in ORDERS:
        raise UserError(
            f"排序方式“{order}”无效，应为 township（按乡镇）或 strokes（按姓氏笔画）", key="invalid-order"
        )
    return meta if meta.title else dataclasses.replace(meta, title=roster_title(batch_name))


def render_roster(
    lines: Sequence[RosterLine],
    *,
    batch_name: str,
    order: str,
    meta: PrintMeta,
    out: Path,
    report: PageReport | None = None,
) -> list[str]:
    """Write the roster PDF to ``out`` atomically; returns font warnings (characters no font can draw).

    ``order='township'`` groups by township in the order the townships first appear; ``'strokes'`` prints one
    table in the order given (the caller sorts by 姓氏笔画) with the township in the place column.
    ``report(pages done, pages in all)`` follows the layout; raising from it cancels (no file is written).
    """
    meta = _check(order, meta, batch_name)
    return render_to_file(
        lambda doc: _story(doc, lines, batch_name, order),
        meta=meta,
        out=out,
        layout=LANDSCAPE,
        subject="选派干部名单",
        report=report,
    )


def render_roster_bytes(
    lines: Sequence[RosterLine], *, batch_name: str, order: str, meta: PrintMeta
) -> tuple[bytes, list[str]]:
    """The same PDF in memory (self-test, previews)."""
    meta = _check(order, meta, batch_name)
    return render_to_bytes(
        lambda doc: _story(doc, lines, batch_name, order), meta=meta, layout=LANDSCAPE, subject="选派干部名单"
    )
