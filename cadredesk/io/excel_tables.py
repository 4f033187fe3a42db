"""Any list of the GUI as a formatted workbook: title, an info line, a one- or two-level header, rows.

Cells go through ``excel_write.put`` (strings never become formulas, IDs stay text) and the file is
written atomically.  Columns with the same ``group`` next to each other get a merged group label above
their headers (the other headers span both header rows), the way clerks draw such sheets — and the
way ``io.sheet_layout`` reads them back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from cadredesk.io.excel_write import atomic_save, put, sheet_title

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


@dataclass(frozen=True)
class Column:
    caption: str
    width: float = 12
    text: bool = False  # stored as text '@' (ID numbers, phone numbers)
    group: str | None = None  # a merged label above this column's header
    center: bool = False


def export_table(
    out: str | Path,
    *,
    title: str,
    info: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Any]],
    sheet: str | None = None,
) -> Path:
    """Write one sheet: title (row 1), ``info`` (row 2), the header, then ``rows`` (values by column)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet_title(sheet or title)
    n = len(columns)
    last = get_column_letter(n)
    put(ws, 1, 1, title)
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].font = Font(name="黑体", size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 30
    put(ws, 2, 1, info)
    ws.merge_cells(f"A2:{last}2")
    ws["A2"].alignment = Alignment(horizontal="left", vertical="center")

    grouped = any(c.group for c in columns)
    top = 3
    header_rows = 2 if grouped else 1
    bold = Font(bold=True)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def head(r: int, c: int, text: str) -> None:
        cell = put(ws, r, c, text)
        cell.font, cell.fill, cell.border, cell.alignment = bold, _HEADER_FILL, _BORDER, centre

    c = 1
    while c <= n:
        col = columns[c - 1]
        if grouped and col.group:
            span = c
            while span < n and columns[span].group == col.group:
                span += 1
            head(top, c, col.group)
            for k in range(c, span + 1):
                head(top + 1, k, columns[k - 1].caption)
                if k > c:
                    ws.cell(row=top, column=k).border = _BORDER
            if span > c:
                ws.merge_cells(start_row=top, start_column=c, end_row=top, end_column=span)
            c = span + 1
            continue
        head(top, c, col.caption)
        if grouped:
            ws.cell(row=top + 1, column=c).border = _BORDER
            ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
        c += 1
    for r in range(top, top + header_rows):
        ws.row_dimensions[r].height = 24 if grouped else 30

    first = top + header_rows
    left = Alignment(vertical="center", wrap_text=True)
    for r, values in enumerate(rows, start=first):
        for c, (col, value) in enumerate(zip(columns, values, strict=False), start=1):
            if col.text:
                cell = put(ws, r, c, str(value) if value not in (None, "") else None, text=True)
            elif isinstance(value, dt.date | dt.datetime):
                cell = put(ws, r, c, value)
                cell.number_format = (
                    "yyyy-mm-dd" if not isinstance(value, dt.datetime) else "yyyy-mm-dd hh:mm"
                )
            else:
                cell = put(ws, r, c, None if value == "" else value)
            cell.border = _BORDER
            cell.alignment = centre if col.center else left
    for i, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    ws.freeze_panes = ws.cell(row=first, column=1).coordinate
    last_row = first + len(rows) - 1
    if rows:
        ws.auto_filter.ref = f"A{first - 1}:{last}{last_row}"
    total = sum(col.width for col in columns)
    ws.page_setup.orientation = "landscape" if total > 100 else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"1:{first - 1}"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = 1.0
    ws.page_margins.right = 0.5
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    return atomic_save(wb, out)
