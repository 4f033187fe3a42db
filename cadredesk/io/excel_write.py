"""Write workbooks with openpyxl: the roster export, the unit template, the annotated import copy.

Every string goes through ``put`` so that a hostile value (``=cmd|' /C calc'!A0``, ``@SUM(1)``) is
stored as a string cell, never a formula (openpyxl turns any ``=…`` string into a formula unless the
cell type is forced), control characters openpyxl refuses are dropped, and IDs/phones stay text
(``number_format='@'``; a numeric ID loses its last digits, notes/platform.md §6).  Files are
written atomically: a temporary file in the target folder, fsync, ``os.replace``, fsync the folder.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import WorksheetProperties
from openpyxl.worksheet.worksheet import Worksheet

from cadredesk.core.dto import RosterLine
from cadredesk.core.enums import EDUCATIONS, ETHNICITIES, POLITICAL_STATUSES, Role
from cadredesk.core.titles import roster_title
from cadredesk.io.atomic import write_atomic

#: Leading characters that make a spreadsheet treat text as a formula (OWASP, CWE-1236).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_MAX_CELL_TEXT = 32767
_SHEET_NAME_BAD = re.compile(r"[\\/?*\[\]:]")

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_RED_FILL = PatternFill("solid", fgColor="FFC7CE")
_YELLOW_FILL = PatternFill("solid", fgColor="FFEB9C")
_GREEN_FILL = PatternFill("solid", fgColor="C6EFCE")


# --------------------------------------------------------------------------- safe cells, atomic save


def safe_text(value: str) -> str:
    """Text openpyxl can store: no XML-illegal control characters, at most 32,767 characters."""
    return _ILLEGAL.sub("", value)[:_MAX_CELL_TEXT]


def put(ws: Worksheet, row: int, col: int, value: Any, *, text: bool = False) -> Cell:
    """Write one cell (1-based). Strings are always string cells; ``text`` stores the value as text '@'."""
    cell = ws.cell(row=row, column=col)
    if value is None:
        cell.value = None
    elif isinstance(value, str) or text:
        s = safe_text(value if isinstance(value, str) else str(value))
        cell.value = s
        cell.data_type = "s"  # never a formula, whatever the first character
        if s.startswith(FORMULA_PREFIXES):
            cell.quotePrefix = True  # Excel keeps it text even when the clerk edits the cell
    else:
        cell.value = value
    if text:
        cell.number_format = "@"
    return cell


def sheet_title(name: str, default: str = "Sheet1") -> str:
    """A legal worksheet name: no \\ / ? * [ ] :, at most 31 characters."""
    title = _SHEET_NAME_BAD.sub("_", name).strip("' ")[:31]
    return title or default


def atomic_save(wb: Workbook, out: str | Path) -> Path:
    """Save ``wb`` to ``out`` atomically; a failure leaves any previous file untouched."""
    return write_atomic(out, wb.save)


def _widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def _print_setup(ws: Any, title_rows: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = 1.0  # inch: room for the binding margin of filed copies
    ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


# --------------------------------------------------------------------------- any table (write-only, fast)

#: the body font of exported tables: an office Chinese font (Excel falls back to its own if absent)
BODY_FONT = "宋体"
TITLE_FONT = "黑体"


@dataclass(frozen=True)
class TableColumn:
    """One column of an exported table: its caption, how its values are stored, its width.

    kinds: ``text`` (a string cell, never a formula), ``id`` (text shown as text: ID numbers, phones,
    codes — never a number that loses digits), ``int``, ``number``, ``date`` (2026.03.01), ``month``
    (1997.07, as 出生年月 is written on paper), ``bool`` (是/否).  ``width`` None: from the content.
    """

    caption: str
    kind: str = "text"
    width: float | None = None


_KIND_FORMATS = {
    "id": "@",
    "date": "yyyy.mm.dd",
    "month": "yyyy.mm",
    "int": "0",
    "number": "General",
    "text": "General",
    "bool": "General",
}
_KIND_WIDTH = {"date": 12.0, "month": 9.0, "bool": 6.0}


def display_width(value: object) -> int:
    """Excel character units of a value on one line (a Chinese character counts two)."""
    text = value if isinstance(value, str) else "" if value is None else str(value)
    return len(text) + sum(1 for ch in text if ord(ch) > 0x2E80)


def _column_widths(columns: Sequence[TableColumn], rows: Sequence[Sequence[object]]) -> list[float]:
    widths = []
    for c, col in enumerate(columns):
        if col.width is not None:
            widths.append(col.width)
            continue
        fixed = _KIND_WIDTH.get(col.kind)
        longest = (
            max((display_width(r[c]) for r in rows if c < len(r)), default=0) if fixed is None else fixed
        )
        widths.append(float(min(48, max(display_width(col.caption) + 2, longest + 2, 6))))
    return widths


class _Cells:
    """Styled cells for a write-only sheet: each style combination is built once (openpyxl hashes
    styles on every assignment, a third of the time of a 10,000-row export) and copied by value."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self._protos: dict[tuple[str, bool], Any] = {}

    def _proto(self, kind: str, quoted: bool) -> Any:
        key = (kind, quoted)
        proto = self._protos.get(key)
        if proto is None:
            proto = WriteOnlyCell(self.ws)
            proto.font = Font(name=BODY_FONT, size=11)
            proto.border = _BORDER
            centred = kind in ("date", "month", "bool", "int")
            proto.alignment = Alignment(
                vertical="center", wrap_text=kind == "text", horizontal="center" if centred else None
            )
            proto.number_format = _KIND_FORMATS.get(kind, "General")
            if quoted:
                proto.quotePrefix = True
            self._protos[key] = proto._style
            proto = proto._style
        return proto

    def cell(self, value: object, kind: str) -> Any:
        if value is None or value == "":
            return Cell(self.ws, 1, 1, style_array=self._proto(kind, False))
        if kind in ("text", "id") or isinstance(value, str):
            text = safe_text(value if isinstance(value, str) else str(value))
            quoted = text.startswith(FORMULA_PREFIXES)
            c = Cell(self.ws, 1, 1, style_array=self._proto(kind, quoted))
            c._value, c.data_type = text, "s"  # never a formula, whatever the first character
            return c
        if kind == "bool":
            c = Cell(self.ws, 1, 1, style_array=self._proto(kind, False))
            c._value, c.data_type = ("是" if value else "否"), "s"
            return c
        c = Cell(self.ws, 1, 1, value=value)
        c._style = StyleArray(self._proto(kind, False))
        return c


def _text_cell(ws: Any, text: str) -> Any:
    """A write-only string cell that is never a formula."""
    cell = WriteOnlyCell(ws)
    if text:
        cell._value, cell.data_type = safe_text(text), "s"
        if cell._value.startswith(FORMULA_PREFIXES):
            cell.quotePrefix = True
    return cell


def write_table(
    out: str | Path,
    *,
    title: str,
    columns: Sequence[TableColumn],
    rows: Sequence[Sequence[object]],
    info_line: str = "",
    sheet: str = "",
    report: Callable[[int, int], None] | None = None,
) -> Path:
    """Any list as a formatted workbook, written atomically: the title, an information line (制表单位,
    date), a header, one row per item; borders, the body in 宋体, column widths from the content, frozen
    header, filter, A4 landscape print setup with the title rows repeated.  Strings are string cells
    (formula injection neutralised), ``id`` columns text.  ``report(done, total)`` is called as rows
    are written (it may raise to cancel)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title(sheet or title, "Sheet1"))
    ws.sheet_properties = WorksheetProperties()
    ncol = max(1, len(columns))
    last = get_column_letter(ncol)
    for i, w in enumerate(_column_widths(columns, rows), start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.row_dimensions[1].height = 30
    ws.row_dimensions[3].height = 30
    ws.merged_cells.add(f"A1:{last}1")
    if info_line:
        ws.merged_cells.add(f"A2:{last}2")
    ws.freeze_panes = "A4"
    if rows:
        ws.auto_filter.ref = f"A3:{last}{len(rows) + 3}"
    _print_setup(ws, "1:3")

    head = _text_cell(ws, title)
    head.font = Font(name=TITLE_FONT, size=16, bold=True)
    head.alignment = Alignment(horizontal="center", vertical="center")
    ws.append([head])
    info = _text_cell(ws, info_line)
    info.font = Font(name=BODY_FONT, size=11)
    info.alignment = Alignment(horizontal="left", vertical="center")
    ws.append([info])
    header = []
    for col in columns:
        h = _text_cell(ws, col.caption)
        h.font = Font(name=TITLE_FONT, size=11)
        h.fill = _HEADER_FILL
        h.border = _BORDER
        h.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        header.append(h)
    ws.append(header)
    cells = _Cells(ws)
    kinds = [col.kind for col in columns]
    total = len(rows)
    for i, row in enumerate(rows):
        ws.append([cells.cell(v, k) for v, k in zip(row, kinds, strict=False)])
        if report is not None and i % 500 == 0:
            report(i, total)
    if report is not None:
        report(total, total)
    return atomic_save(wb, out)


# --------------------------------------------------------------------------- roster export

#: Export columns: header (a synonym ``import_roster`` maps back), RosterLine attribute, kind.
ROSTER_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("序号", "seq", "int"),
    ("乡镇（街道）", "township", "text"),
    ("派驻村（社区）", "place", "text"),
    ("派驻点类型", "place_kind", "text"),
    ("姓名", "name", "text"),
    ("性别", "gender", "text"),
    ("民族", "ethnicity", "text"),
    ("出生年月", "birth_date", "month"),
    ("身份证号", "id_number", "id"),
    ("政治面貌", "political_status", "text"),
    ("学历", "education", "text"),
    ("派出单位", "unit", "text"),
    ("现任职务", "post", "text"),
    ("派驻身份", "role", "text"),
    ("派驻开始时间", "start", "date"),
    ("派驻结束时间", "end", "date"),
    ("状态", "status", "text"),
    ("联系电话", "phone", "id"),
)


def table_info_line(unit_line: str, when: dt.date) -> str:
    """“制表单位：某某县委组织部　　制表日期：2026年5月1日” (the roster PDF prints the same)."""
    return f"制表单位：{unit_line}　　制表日期：{when.year}年{when.month}月{when.day}日"


def export_roster(
    lines: Iterable[RosterLine],
    *,
    batch_name: str,
    unit_line: str,
    out: str | Path,
    exported_at: dt.datetime | None = None,
    report: Callable[[int, int], None] | None = None,
) -> Path:
    """The batch roster workbook: title, 制表单位/制表日期 line, header, one row per dispatch."""
    exported_at = exported_at or dt.datetime.now()
    getters = attrgetter(*(attr for _c, attr, _k in ROSTER_COLUMNS))
    rows = [getters(line) for line in lines]
    return write_table(
        out,
        title=roster_title(batch_name),
        sheet="选派名单",
        columns=[TableColumn(caption, kind) for caption, _attr, kind in ROSTER_COLUMNS],
        rows=rows,
        info_line=table_info_line(unit_line, exported_at.date()),
        report=report,
    )


# --------------------------------------------------------------------------- unit template

#: Template columns: header, width, list source key (None = free text).
TEMPLATE_COLUMNS: tuple[tuple[str, float, str | None], ...] = (
    ("序号", 6, None),
    ("姓名", 10, None),
    ("性别", 6, "gender"),
    ("民族", 9, "ethnicity"),
    ("出生年月", 11, None),
    ("身份证号", 21, None),
    ("政治面貌", 12, "political"),
    ("学历", 11, "education"),
    ("派出单位", 22, "unit"),
    ("现任职务", 18, None),
    ("职级", 10, None),
    ("乡镇（街道）", 14, "township"),
    ("派驻村（社区）", 16, "place"),
    ("派驻身份", 10, "role"),
    ("是否后备干部", 8, "yesno"),
    ("有无基层工作经历", 8, "hasnot"),
    ("联系电话", 14, None),
    ("派驻开始时间", 12, None),
    ("派驻结束时间", 12, None),
    ("备注", 16, None),
)
TEMPLATE_INPUT_ROWS = 200
TEMPLATE_HEADER_ROW = 4
_LISTS_SHEET = "lists"


def write_template(
    out: str | Path,
    *,
    townships: Sequence[str],
    places: Sequence[str | tuple[str, str]],
    units: Sequence[str],
    title: str = "选派干部驻村名单（填报模板）",
) -> Path:
    """A roster template for units: instructions, header, dropdowns, ID column as 18-character text.

    ``places`` are place names or (township, place) pairs; the place dropdown lists each name once.
    """
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "名单"
    ncol = len(TEMPLATE_COLUMNS)
    last = get_column_letter(ncol)
    first_input = TEMPLATE_HEADER_ROW + 1
    last_input = TEMPLATE_HEADER_ROW + TEMPLATE_INPUT_ROWS

    put(ws, 1, 1, title)
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].font = Font(name="黑体", size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 30
    put(ws, 2, 1, "填报单位：　　　　　　　　　　填报日期：　　　　年　　月　　日")
    ws.merge_cells(f"A2:{last}2")
    put(
        ws,
        3,
        1,
        "填表说明：1. 每名干部一行，请勿合并单元格、勿改动表头；2. 身份证号为18位，按文本录入（末位X大写小写均可）；"
        "3. 出生年月写作 1985.03，派驻开始/结束时间写作 2026-03-01（不填则按批次期限）；"
        "4. 乡镇、派驻村、派驻身份、民族等请从下拉列表中选择；5. 是否后备干部填“是/否”，有无基层工作经历填“有/无”。",
    )
    ws.merge_cells(f"A3:{last}3")
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws["A3"].font = Font(color="C00000")
    ws.row_dimensions[3].height = 48

    for c, (caption, _w, _src) in enumerate(TEMPLATE_COLUMNS, start=1):
        cell = put(ws, TEMPLATE_HEADER_ROW, c, caption)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[TEMPLATE_HEADER_ROW].height = 32
    for r in range(first_input, last_input + 1):
        for c in range(1, ncol + 1):
            cell = ws.cell(row=r, column=c)
            cell.number_format = "@"
            cell.border = _BORDER
    _widths(ws, [w for _c, w, _s in TEMPLATE_COLUMNS])
    ws.freeze_panes = ws.cell(row=first_input, column=3)
    _print_setup(ws, f"{TEMPLATE_HEADER_ROW}:{TEMPLATE_HEADER_ROW}")

    def unique(items: Iterable[str]) -> list[str]:
        return [safe_text(x) for x in dict.fromkeys(x.strip() for x in items if x and x.strip())]

    lists: dict[str, list[str]] = {
        "township": unique(townships),
        "place": unique(p if isinstance(p, str) else p[1] for p in places),
        "unit": unique(units),
        "role": [r.value for r in Role],
        "gender": ["男", "女"],
        "ethnicity": list(ETHNICITIES),
        "political": list(POLITICAL_STATUSES),
        "education": list(EDUCATIONS),
        "yesno": ["是", "否"],
        "hasnot": ["有", "无"],
    }
    captions = {
        "township": "乡镇（街道）", "place": "派驻村（社区）", "unit": "派出单位", "role": "派驻身份", "gender": "性别",
        "ethnicity": "民族", "political": "政治面貌", "education": "学历", "yesno": "是否后备干部", "hasnot": "有无基层工作经历",
    }  # fmt: skip
    # free entry allowed (with a warning) where the clerk may legitimately add a new name
    lenient = {"township", "place", "unit"}
    ls = wb.create_sheet(_LISTS_SHEET)
    ls.sheet_state = "hidden"
    refs: dict[str, str] = {}
    for i, (key, values) in enumerate(lists.items(), start=1):
        put(ls, 1, i, captions[key])
        for j, v in enumerate(values, start=2):
            put(ls, j, i, v, text=True)
        if values:
            letter = get_column_letter(i)
            refs[key] = f"{_LISTS_SHEET}!${letter}$2:${letter}${len(values) + 1}"

    for c, (caption, _w, src) in enumerate(TEMPLATE_COLUMNS, start=1):
        letter = get_column_letter(c)
        rng = f"{letter}{first_input}:{letter}{last_input}"
        if src and src in refs:
            dv = DataValidation(
                type="list",
                formula1=refs[src],
                allow_blank=True,
                showDropDown=False,  # (sic) False shows the in-cell arrow
                showErrorMessage=True,
                errorStyle="warning" if src in lenient else "stop",
                errorTitle=f"{caption}不在列表中",
                error=f"请从下拉列表中选择{caption}。"
                + ("如确需新增，可点“是”继续。" if src in lenient else ""),
                promptTitle=caption,
                prompt=f"请从下拉列表中选择{caption}",
                showInputMessage=True,
            )
            dv.add(rng)
            ws.add_data_validation(dv)
        elif caption == "身份证号":
            dv = DataValidation(
                type="textLength",
                operator="equal",
                formula1="18",
                allow_blank=True,
                showErrorMessage=True,
                errorStyle="stop",
                errorTitle="身份证号位数不对",
                error="身份证号应为18位（按文本录入，末位可为X）。",
                promptTitle="身份证号",
                prompt="18位，按文本录入",
                showInputMessage=True,
            )
            dv.add(rng)
            ws.add_data_validation(dv)
    wb.active = 0
    return atomic_save(wb, out)


# --------------------------------------------------------------------------- annotated import copy

#: Kinds of annotation: fill colour of the 校验结果 cell.
_KIND_FILL = {"rejected": _RED_FILL, "skipped": _YELLOW_FILL, "warning": _YELLOW_FILL, "ok": _GREEN_FILL}
ANNOTATION_HEADER = "校验结果"


def _load_for_annotation(source: Path, fmt: str, sheet: str) -> tuple[Workbook, Worksheet] | None:
    if fmt not in ("xlsx", "xlsm"):
        return None
    try:
        with warnings.catch_warnings(), source.open("rb") as fh:
            warnings.simplefilter("ignore")  # unsupported extensions (x14 validations …) are dropped
            wb = load_workbook(fh, keep_vba=False, rich_text=False)
    except Exception:  # openpyxl cannot load every file calamine reads: fall back to a plain copy
        return None
    if sheet not in wb.sheetnames:
        return None
    return wb, wb[sheet]


def write_annotated(
    *,
    source: Path,
    fmt: str,
    sheet: str,
    rows: Sequence[Sequence[Any]],
    header_rows: Sequence[int],
    notes: Mapping[int, tuple[str, str]],
    out: str | Path,
) -> Path:
    """A copy of the roster with a 校验结果 column: ``notes`` maps a 1-based row to (text, kind).

    kind is ``rejected`` (red), ``skipped``/``warning`` (yellow) or ``ok`` (green).  An .xlsx/.xlsm
    source keeps its formatting; any other source is rewritten as a plain sheet of its values.
    """
    loaded = _load_for_annotation(source, fmt, sheet)
    width = max((len(r) for r in rows), default=0)
    if loaded is not None:
        wb, ws = loaded
        col = max(ws.max_column, width) + 1
    else:
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.title = sheet_title(sheet)
        for r, line in enumerate(rows, start=1):
            for c, v in enumerate(line, start=1):
                if v == "" or v is None:
                    continue
                cell = put(ws, r, c, v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(v, dt.date):
                    cell.number_format = "yyyy-mm-dd"
        col = width + 1
    top = header_rows[0] if header_rows else 1
    head = put(ws, top, col, ANNOTATION_HEADER)
    head.font = Font(bold=True, color="C00000")
    head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    head.border = _BORDER
    if header_rows and header_rows[-1] > top:
        ws.merge_cells(start_row=top, start_column=col, end_row=header_rows[-1], end_column=col)
    for r, (text, kind) in sorted(notes.items()):
        cell = put(ws, r, col, text)
        fill = _KIND_FILL.get(kind)
        if fill is not None:
            cell.fill = fill
        if kind == "rejected":
            cell.font = Font(color="9C0006")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = _BORDER
    ws.column_dimensions[get_column_letter(col)].width = annotation_width(
        text for text, _kind in notes.values()
    )
    return atomic_save(wb, out)


def annotation_width(texts: Iterable[str]) -> float:
    """The 校验结果 column's width (Excel character units): the longest note on one line, a Chinese
    character counting two, between 30 and 100 (longer notes wrap)."""
    longest = max((sum(2 if ord(ch) > 0x2E80 else 1 for ch in t) for t in texts), default=0)
    return float(min(100, max(30, longest + 2)))
