"""Workbooks of the evaluation area: the ballot tally sheet (template out, tallies in) and the registers.

Reading goes through ``excel_read.read_sheet`` (sniffing, size guards, merged cells); writing through
``excel_write.put`` (no formulas from data, IDs as text) and an atomic save.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from cadredesk.errors import UserError
from cadredesk.io.excel_read import read_sheet
from cadredesk.io.excel_write import atomic_save, put, sheet_title

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")

SERIAL_HEADERS = ("编号", "票号", "测评票编号", "票面编号", "序列号")
VOTER_HEADERS = ("测评人身份", "身份", "投票人身份")
IGNORED_HEADERS = ("测评地点", "地点", "派驻点", "村", "序号", "备注", "乡镇", "村（社区）")
_NAME_K = re.compile(r"^(?:第(\d+)人|干部(\d+)|姓名(\d+))$")
_CHOICE_K = re.compile(r"^(?:选择(\d+)|等次(\d+)|第(\d+)人(?:选择|等次|评价))$")
NOTE = (
    "填写说明：每名干部填 1 优秀、2 称职、3 基本称职、4 不称职；未勾选填 0，多选填 9（或所选各项，如 13）。"
    "未收回的票整行留空。测评人身份可不填（中共党员 / 群众代表）。"
)


class TallySheetError(UserError):
    key = "bad-workbook"


@dataclass(frozen=True)
class TallyRow:
    row: int  # 1-based, as Excel shows it
    serial_text: str
    voter_kind: str | None
    names: list[str]  # position mode: the names written beside the choices (may be blank)
    choices: list[str]


@dataclass(frozen=True)
class TallySheet:
    sheet: str
    by_name: bool  # columns are the cadres' names (a clerk's own sheet) rather than positions
    rows: list[TallyRow] = field(default_factory=list)


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _norm(h: Any) -> str:
    return re.sub(r"\s+", "", _text(h)).replace("　", "")


def read_tally_sheet(path: Path, sheet: str | None = None) -> TallySheet:
    """Find the header (a 编号 column), then either numbered choice columns (选择1, 选择2 … with 第1人 …
    beside them) or one column per cadre named by the cadre's name."""
    data = read_sheet(path, sheet)
    header_row = None
    for r, row in enumerate(data.rows[:30], start=1):
        if any(_norm(v) in SERIAL_HEADERS for v in row):
            header_row = r
            break
    if header_row is None:
        raise TallySheetError(f"“{path.name}”工作表“{data.name}”中找不到“编号”列（测评票编号），无法导入")
    headers = [_norm(v) for v in data.rows[header_row - 1]]
    serial_col = next(i for i, h in enumerate(headers) if h in SERIAL_HEADERS)
    voter_col = next((i for i, h in enumerate(headers) if h in VOTER_HEADERS), None)
    choice_cols: dict[int, int] = {}
    name_cols: dict[int, int] = {}
    for i, h in enumerate(headers):
        if m := _CHOICE_K.match(h):
            choice_cols[int(next(g for g in m.groups() if g))] = i
        elif m := _NAME_K.match(h):
            name_cols[int(next(g for g in m.groups() if g))] = i
    by_name = not choice_cols
    name_headers: list[tuple[int, str]] = []
    if by_name:
        skip = {serial_col, voter_col}
        name_headers = [
            (i, h)
            for i, h in enumerate(headers)
            if i not in skip and h and h not in IGNORED_HEADERS and not _NAME_K.match(h)
        ]
        if not name_headers:
            raise TallySheetError(
                f"“{path.name}”工作表“{data.name}”第 {header_row} 行没有选择列（应为“选择1”“选择2”…，或以干部姓名为列名）"
            )
    elif sorted(choice_cols) != list(range(1, len(choice_cols) + 1)):
        raise TallySheetError(f"“{path.name}”工作表“{data.name}”的选择列编号不连续：{sorted(choice_cols)}")
    rows: list[TallyRow] = []
    for r in range(header_row + 1, len(data.rows) + 1):
        serial = _text(data.value(r, serial_col))
        voter = _text(data.value(r, voter_col)) if voter_col is not None else ""
        if by_name:
            names = [h for _i, h in name_headers]
            choices = [_text(data.value(r, i)) for i, _h in name_headers]
        else:
            n = len(choice_cols)
            names = [_text(data.value(r, name_cols[k])) if k in name_cols else "" for k in range(1, n + 1)]
            choices = [_text(data.value(r, choice_cols[k])) for k in range(1, n + 1)]
        if not serial and not any(choices):
            continue
        if serial.startswith(("合计", "注", "说明", "填写说明")):
            continue
        rows.append(TallyRow(r, serial or "（空）", voter or None, names, choices))
    return TallySheet(data.name, by_name, rows)


@dataclass(frozen=True)
class TemplateRow:
    serial: str  # as printed
    place: str
    names: tuple[str, ...]


def write_tally_template(out: Path, rows: Sequence[TemplateRow], *, title: str) -> Path:
    """One row per ballot: 编号, 测评地点, 测评人身份, then 第k人 (printed) and 选择k (to fill) per cadre."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet_title("测评票录入")
    width = max(len(r.names) for r in rows)
    ncols = 3 + 2 * width
    put(ws, 1, 1, title).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    put(ws, 2, 1, NOTE).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    ws.row_dimensions[2].height = 32
    headers = ["编号", "测评地点", "测评人身份"]
    for k in range(1, width + 1):
        headers += [f"第{k}人", f"选择{k}"]
    for c, h in enumerate(headers, start=1):
        cell = put(ws, 3, c, h)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center")
    for r, row in enumerate(rows, start=4):
        put(ws, r, 1, row.serial, text=True).border = _BORDER
        put(ws, r, 2, row.place).border = _BORDER
        put(ws, r, 3, None).border = _BORDER
        for k in range(width):
            name = put(ws, r, 4 + 2 * k, row.names[k] if k < len(row.names) else "")
            name.border = _BORDER
            choice = put(ws, r, 5 + 2 * k, None)
            choice.border = _BORDER
            if k < len(row.names):
                choice.fill = _INPUT_FILL
            choice.number_format = "@"
    widths = [14, 22, 11] + [10, 7] * width
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "D4"
    return atomic_save(wb, out)


# ============================================================================================ registers


@dataclass(frozen=True)
class RegisterColumn:
    header: str
    width: float
    text: bool = False  # stored as text (IDs, dates as written)


def write_register(
    out: Path, *, title: str, subtitle: str, columns: Sequence[RegisterColumn], rows: Sequence[Sequence[Any]]
) -> Path:
    """A formatted register workbook: title, a line saying as of when and what, a header, the rows."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet_title(title)
    n = len(columns)
    put(ws, 1, 1, title).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    put(ws, 2, 1, subtitle)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    for c, col in enumerate(columns, start=1):
        cell = put(ws, 3, c, col.header)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(c)].width = col.width
    for r, row in enumerate(rows, start=4):
        for c, (col, value) in enumerate(zip(columns, row, strict=True), start=1):
            cell = put(ws, r, c, value, text=col.text)
            cell.border = _BORDER
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            if hasattr(value, "isoformat") and not col.text:
                cell.number_format = "yyyy-mm-dd"
    if not rows:
        put(ws, 4, 1, "（无）")
    ws.freeze_panes = "A4"
    ws.print_title_rows = "3:3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = 1.0
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    return atomic_save(wb, out)
