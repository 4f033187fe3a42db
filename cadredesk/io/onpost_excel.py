"""On-post workbooks: the month's living allowance (生活补助发放表) and the problem ledger (问题台账).

Written with ``excel_write``'s safe cells (no formula injection, IDs as text) and atomic save.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from cadredesk.core.onpost_rows import AllowanceSheet, ProblemRow
from cadredesk.io.excel_write import atomic_save, put, sheet_title

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_SHORT_FILL = PatternFill("solid", fgColor="FFEB9C")
_OVERDUE_FILL = PatternFill("solid", fgColor="FFC7CE")
_MONEY = "#,##0.00"


def _title(ws: Worksheet, text: str, sub: str, ncol: int) -> None:
    last = get_column_letter(ncol)
    put(ws, 1, 1, text)
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].font = Font(name="黑体", size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 30
    put(ws, 2, 1, sub)
    ws.merge_cells(f"A2:{last}2")
    ws["A2"].alignment = Alignment(horizontal="left", vertical="center")


def _header(ws: Worksheet, row: int, captions: Sequence[str], widths: Sequence[float]) -> None:
    for c, caption in enumerate(captions, start=1):
        cell = put(ws, row, c, caption)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(c)].width = widths[c - 1]
    ws.row_dimensions[row].height = 30


def _print_setup(ws: Worksheet, title_rows: str, landscape: bool = True) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.page_margins.left = 1.0
    ws.page_margins.right = 0.5
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def _cell(
    ws: Worksheet, row: int, col: int, value: Any, *, money: bool = False, center: bool = False
) -> None:
    cell = put(ws, row, col, value)
    cell.border = _BORDER
    cell.alignment = Alignment(horizontal="center" if center else None, vertical="center", wrap_text=True)
    if money:
        cell.number_format = _MONEY
    elif isinstance(value, dt.date):
        cell.number_format = "yyyy-mm-dd"


def write_allowance(sheet: AllowanceSheet, out: str | Path, *, organization: str = "") -> Path:
    """The month's allowance: one row per cadre, a total, and the lines for signatures."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet_title(f"{sheet.year}年{sheet.month}月生活补助")
    captions = (
        "序号",
        "乡镇（街道）",
        "派驻村（社区）",
        "姓名",
        "补助标准（元/月）",
        "在岗天数",
        "应在岗天数",
        "补助金额（元）",
        "领取人签字",
    )
    widths = (6, 14, 18, 10, 12, 9, 10, 13, 14)
    _title(
        ws,
        f"{sheet.batch}驻村干部{sheet.year}年{sheet.month}月生活补助发放表",
        f"填报单位：{organization}　　当月整月应在岗 {sheet.quota} 天（22 天减法定节假日）；"
        "补助金额 = 补助标准 × min(在岗天数, 应在岗天数) ÷ 整月应在岗天数",
        len(captions),
    )
    _header(ws, 3, captions, widths)
    r = 3
    for i, row in enumerate(sheet.rows, start=1):
        r = 3 + i
        _cell(ws, r, 1, i, center=True)
        _cell(ws, r, 2, row.township)
        _cell(ws, r, 3, row.place)
        _cell(ws, r, 4, row.name, center=True)
        _cell(
            ws, r, 5, row.standard if row.standard is not None else "未设定", money=row.standard is not None
        )
        _cell(ws, r, 6, row.days_in_post, center=True)
        _cell(ws, r, 7, row.required, center=True)
        _cell(ws, r, 8, row.amount, money=True)
        _cell(ws, r, 9, None)
        if row.days_in_post < row.required:
            ws.cell(row=r, column=6).fill = _SHORT_FILL
    r += 1
    put(ws, r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
    ws.cell(row=r, column=1).font = Font(bold=True)
    _cell(ws, r, 8, Decimal(sheet.total), money=True)
    ws.cell(row=r, column=8).font = Font(bold=True)
    for c in range(1, 10):
        ws.cell(row=r, column=c).border = _BORDER
    r += 2
    for note in sheet.warnings:
        put(ws, r, 1, f"注：{note}")
        r += 1
    put(ws, r + 1, 1, "制表人：　　　　　　　审核人：　　　　　　　单位负责人：　　　　　　　（盖章）")
    ws.freeze_panes = "A4"
    _print_setup(ws, "3:3", landscape=False)
    return atomic_save(wb, out)


def write_problems(
    rows: Sequence[ProblemRow],
    out: str | Path,
    *,
    batch_name: str,
    organization: str = "",
    as_of: dt.date,
    overdue_only: bool = False,
) -> Path:
    """The ledger: one row per problem; a second sheet with every step of every problem."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "问题台账"
    captions = (
        "序号",
        "乡镇（街道）",
        "村（社区）",
        "问题类别",
        "问题描述",
        "发现人",
        "发现日期",
        "承办单位",
        "办理期限",
        "当前环节",
        "逾期天数",
        "销号日期",
    )
    widths = (6, 13, 15, 11, 40, 16, 11, 20, 11, 9, 8, 11)
    what = "逾期问题清单" if overdue_only else "问题台账"
    _title(
        ws,
        f"{batch_name}{what}",
        f"填报单位：{organization}　　统计日期：{as_of:%Y-%m-%d}　　共 {len(rows)} 条",
        len(captions),
    )
    _header(ws, 3, captions, widths)
    for i, p in enumerate(rows, start=1):
        r = 3 + i
        values = (
            i, p.township, p.place, p.category, p.title + (f"\n{p.detail}" if p.detail else ""), p.found_by,
            p.found_on, p.assignee, p.deadline, p.stage, p.overdue_days or None, p.closed_on,
        )  # fmt: skip
        for c, v in enumerate(values, start=1):
            _cell(ws, r, c, v, center=c in (1, 7, 9, 10, 11, 12))
        if p.overdue_days:
            ws.cell(row=r, column=11).fill = _OVERDUE_FILL
    ws.freeze_panes = "A4"
    if rows:
        ws.auto_filter.ref = f"A3:{get_column_letter(len(captions))}{3 + len(rows)}"
    _print_setup(ws, "3:3")
    st = wb.create_sheet("办理过程")
    captions2 = (
        "问题序号",
        "问题描述",
        "环节",
        "日期",
        "办理人（单位）",
        "说明",
        "登记时间",
        "登记人",
        "重新打开",
    )
    widths2 = (8, 36, 8, 11, 20, 40, 18, 10, 9)
    _title(st, f"{batch_name}问题办理过程", f"统计日期：{as_of:%Y-%m-%d}", len(captions2))
    _header(st, 3, captions2, widths2)
    r = 3
    for i, p in enumerate(rows, start=1):
        for step in p.steps:
            r += 1
            recorded = step.at.strftime("%Y-%m-%d %H:%M") if step.at else ""
            values2 = (
                i,
                p.title,
                step.stage,
                step.day,
                step.actor,
                step.note,
                recorded,
                step.recorded_by,
                "是" if step.reopened else "",
            )
            for c, v2 in enumerate(values2, start=1):
                _cell(st, r, c, v2, center=c in (1, 3, 4, 9))
    st.freeze_panes = "A4"
    _print_setup(st, "3:3")
    wb.active = 0
    return atomic_save(wb, out)
