"""The one engine that draws CadreDesk's paper forms from their layout files (forms/print/*.toml).

A form file declares the page, the type, a grid of columns and, per page, rows of cells: labels, values
from the record (``field``) or templates (``text = "{start}至{end}"``), tall boxes with signature, seal and
date places, tick-box choices, blank tick boxes, a photo place.  A county whose local form differs edits
the file, not the program; the file format is described in forms/print/README.md.  Loading checks the
file (unknown keys, fields, spans, heights, a binding margin of at least 25 mm) and names what is wrong
and where.

Drawing is direct on a reportlab canvas (no platypus): text is broken into lines here (CJK line breaking
with the closing/opening punctuation rules, Latin words kept whole), set in the role's font with the
per-character fallback of :mod:`cadredesk.io.pdf.fonts` (rare name characters never print blank and stay
extractable), shrunk down to the form's smallest size when a box is too small, and what still does not fit
continues on an attached page (附页) after the record's pages — nothing is cut.  Signature, seal and date
places are left blank inside dashed bounds: nothing is ever pre-filled there.
"""

from __future__ import annotations

import io
import re
import string
import tomllib
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from cadredesk import __version__
from cadredesk.core.dto import PrintMeta
from cadredesk.errors import UserError
from cadredesk.io.atomic import write_atomic
from cadredesk.io.pdf.base import (
    MM,
    PORTRAIT,
    SIZES,
    Document,
    PageLayout,
    _canvas_maker,
    _footer_painter,
    _pdf_date,
    make_styles,
)
from cadredesk.io.pdf.fonts import CANNOT_END, CANNOT_START, TextSetter, get_fontkit

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

#: a record: field name → text, or (for ``repeat`` rows) field name → list of item records
Record = Mapping[str, Any]

SCHEMA = 1
MIN_BINDING_MM = 25.0  # 干部人事档案: left binding margin 20–25 mm (notes/reliability.md §4)
CELL_KINDS = ("label", "value", "box", "choices", "checkbox", "photo", "blank")
SIGN_PLACES = ("signature", "seal", "date")
ROLES = ("song", "fangsong", "kai", "hei", "title")

_FORM_KEYS = {"schema", "kind", "name", "title", "subtitle", "per_sheet", "columns", "page", "style", "pages"}
_PAGE_KEYS = {"top", "bottom", "left", "right"}
_STYLE_KEYS = {
    "title_font", "title_size", "subtitle_font", "subtitle_size", "label_font", "label_size", "value_font",
    "value_size", "note_font", "note_size", "min_size", "line", "padding", "grid", "frame",
}  # fmt: skip
_SHEET_KEYS = {"title", "subtitle", "header", "rows", "notes"}
_ROW_KEYS = {"height", "fill", "cells", "repeat", "min_rows"}
_CELL_KEYS = {
    "kind", "label", "field", "text", "span", "rowspan", "align", "valign", "vertical", "font", "size",
    "sign", "signer", "seal_label", "choices", "prefix", "indent", "name", "empty",
}  # fmt: skip
_HEADER_KEYS = {"text", "align"}


class FormError(UserError):
    """A form layout file that cannot be used (names the file and the place in it)."""

    key = "bad-form"


# ============================================================================================ the spec


@dataclass(frozen=True, slots=True)
class Style:
    title_font: str = "title"
    title_size: float = SIZES["二号"]
    subtitle_font: str = "fangsong"
    subtitle_size: float = SIZES["四号"]
    label_font: str = "song"
    label_size: float = SIZES["小四"]
    value_font: str = "fangsong"
    value_size: float = SIZES["小四"]
    note_font: str = "song"
    note_size: float = SIZES["五号"]
    min_size: float = SIZES["小五"]
    line: float = 1.4  # line pitch as a multiple of the type size
    padding: float = 1.6  # mm inside each cell
    grid: float = 0.6  # pt, inner lines
    frame: float = 1.2  # pt, the table's outer border


@dataclass(frozen=True, slots=True)
class Cell:
    kind: str
    text: str = ""  # a label's text, or a template for values and boxes
    field: str = ""  # the record field (values, boxes, choices)
    span: int = 1
    rowspan: int = 1
    align: str = "left"
    valign: str = "middle"
    vertical: bool = False
    font: str = ""
    size: float = 0.0
    sign: tuple[str, ...] = ()
    signer: str = "签名"
    seal_label: str = "（盖章）"
    choices: tuple[str, ...] = ()
    prefix: str = ""
    indent: bool = False
    name: str = ""  # what the continuation page calls this box ("个人总结")
    empty: str = ""  # printed when the value is empty
    # placed at load time
    col: int = 0


@dataclass(frozen=True, slots=True)
class Row:
    height: float  # mm; for ``fill`` rows the least height
    cells: tuple[Cell, ...]
    fill: bool = False
    repeat: str = ""  # a list field: one row per item
    min_rows: int = 0  # blank rows added up to this many (repeat rows)


@dataclass(frozen=True, slots=True)
class Sheet:
    """One page of the form (or one slot when several forms share a sheet of paper)."""

    rows: tuple[Row, ...]
    title: str | None = None
    subtitle: str = ""
    header: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormSpec:
    source: str  # the file, for messages
    kind: str
    title: str
    subtitle: str
    columns: tuple[float, ...]  # mm, scaled to the frame width
    sheets: tuple[Sheet, ...]
    layout: PageLayout = PORTRAIT
    style: Style = field(default_factory=Style)
    per_sheet: int = 1

    @property
    def fields(self) -> set[str]:
        """Every record field the file uses (``list.item`` for fields of repeated rows)."""
        found: set[str] = set()
        for sheet in self.sheets:
            texts = [sheet.title or "", sheet.subtitle, *(t for t, _a in sheet.header), *sheet.notes]
            for row in sheet.rows:
                for c in row.cells:
                    names = set(_template_fields(c.text))
                    if c.field:
                        names.add(c.field)
                    names |= set(_template_fields(c.seal_label)) | set(_template_fields(c.signer))
                    found |= {f"{row.repeat}.{n}" for n in names} if row.repeat else names
                    if row.repeat:
                        found.add(row.repeat)
            for t in texts:
                found |= set(_template_fields(t))
        found |= set(_template_fields(self.title)) | set(_template_fields(self.subtitle))
        return found


def _template_fields(text: str) -> list[str]:
    try:
        return [name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name]
    except ValueError:
        return []


def _size(value: Any, where: str, source: str) -> float:
    if isinstance(value, str) and value in SIZES:
        return float(SIZES[value])
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 4 <= value <= 72:
        return float(value)
    raise FormError(
        f"打印格式文件 {source}：{where}的字号“{value}”无法识别（可写 五号、小四 等或 4–72 的磅数）"
    )


def load_form(
    text: str,
    source: str,
    *,
    fields: Collection[str] | None = None,
    list_fields: Mapping[str, Collection[str]] | None = None,
) -> FormSpec:
    """Parse and check a form layout file.

    ``fields``: the record fields the printing service provides (unknown names are refused);
    ``list_fields``: for each list field usable in ``repeat`` rows, its item fields.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FormError(f"打印格式文件 {source} 格式有误：{exc}") from None

    def fail(message: str) -> FormError:
        return FormError(f"打印格式文件 {source}：{message}")

    def check_keys(table: Any, allowed: set[str], where: str) -> dict[str, Any]:
        if not isinstance(table, dict):
            raise fail(f"{where}应是一个表")
        unknown = sorted(set(table) - allowed)
        if unknown:
            raise fail(f"{where}有不认识的项 {', '.join(unknown)}（可用：{', '.join(sorted(allowed))}）")
        return table

    check_keys(data, _FORM_KEYS, "文件顶层")
    if data.get("schema") != SCHEMA:
        raise fail(f"schema 应为 {SCHEMA}（本程序读取的格式版本）")
    kind = str(data.get("kind", ""))
    title = str(data.get("title", ""))
    per_sheet = data.get("per_sheet", 1)
    if per_sheet not in (1, 2):
        raise fail("per_sheet 只能是 1 或 2（每页印一份或两份）")

    page = check_keys(data.get("page", {}), _PAGE_KEYS, "[page] ")
    margins = {k: float(page.get(k, getattr(PORTRAIT, k))) for k in ("top", "bottom", "left", "right")}
    if margins["left"] < MIN_BINDING_MM:
        raise fail(
            f"左侧装订边距 {margins['left']:g} 毫米太窄，干部人事档案材料至少需要 {MIN_BINDING_MM:g} 毫米"
        )
    if any(not 5 <= v <= 60 for v in margins.values()):
        raise fail("页边距应在 5 至 60 毫米之间")
    layout = replace(
        PORTRAIT, top=margins["top"], bottom=margins["bottom"], left=margins["left"], right=margins["right"]
    )
    width_mm = 210 - margins["left"] - margins["right"]
    height_mm = 297 - margins["top"] - margins["bottom"]

    st = check_keys(data.get("style", {}), _STYLE_KEYS, "[style] ")
    style = Style()
    changes: dict[str, Any] = {}
    for key, value in st.items():
        if key.endswith("_font"):
            if value not in ROLES:
                raise fail(f"[style] {key} 应为 {'、'.join(ROLES)} 之一，不是“{value}”")
            changes[key] = value
        elif key.endswith("_size"):
            changes[key] = _size(value, f"[style] {key} ", source)
        elif not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
            raise fail(f"[style] {key} 应为正数")
        else:
            changes[key] = float(value)
    style = replace(style, **changes)

    cols = data.get("columns")
    if (
        not isinstance(cols, list)
        or not cols
        or not all(isinstance(c, (int, float)) and not isinstance(c, bool) and c > 0 for c in cols)
    ):
        raise fail("columns 应是各列宽度（毫米）的列表，如 [20, 30, 20]")
    scale = width_mm / sum(cols)
    columns = tuple(c * scale for c in cols)
    ncols = len(columns)

    known = set(fields) if fields is not None else None
    lists = {k: set(v) for k, v in (list_fields or {}).items()}

    def check_fields(names: list[str], where: str, item_of: str = "") -> None:
        if known is None:
            return
        for name in names:
            ok = name in lists.get(item_of, set()) if item_of else name in known
            if not ok:
                pool = sorted(lists.get(item_of, set()) if item_of else known)
                raise fail(f"{where}用到的字段“{name}”不存在（可用：{'、'.join(pool)}）")

    def template(value: Any, where: str, item_of: str = "") -> str:
        if not isinstance(value, str):
            raise fail(f"{where}应是文字")
        try:
            names = [n for _l, n, spec, conv in string.Formatter().parse(value) if n is not None]
        except ValueError as exc:
            raise fail(f"{where}的花括号不成对：{exc}") from None
        if any(n == "" for n in names):
            raise fail(f"{where}有空的 {{}}，请写明字段名，如 {{name}}")
        check_fields(names, where, item_of)
        return value

    sheets: list[Sheet] = []
    raw_pages = data.get("pages")
    if not isinstance(raw_pages, list) or not raw_pages:
        raise fail("至少需要一个 [[pages]]")
    if per_sheet == 2 and len(raw_pages) != 1:
        raise fail("per_sheet = 2（每页印两份）只适用于只有一页的表")
    title_h, subtitle_h = _title_height(style), _subtitle_height(style)
    for pi, raw in enumerate(raw_pages, start=1):
        where_p = f"第 {pi} 页"
        check_keys(raw, _SHEET_KEYS, where_p)
        sheet_title = raw.get("title", title if pi == 1 else None)
        if sheet_title is not None:
            sheet_title = template(sheet_title, f"{where_p}标题")
        subtitle = template(
            raw.get("subtitle", data.get("subtitle", "") if pi == 1 else ""), f"{where_p}副标题"
        )
        header = []
        for hi, h in enumerate(raw.get("header", []), start=1):
            check_keys(h, _HEADER_KEYS, f"{where_p}表头第 {hi} 项")
            align = h.get("align", "left")
            if align not in ("left", "center", "right"):
                raise fail(f"{where_p}表头第 {hi} 项的 align 应为 left、center 或 right")
            header.append((template(h.get("text", ""), f"{where_p}表头第 {hi} 项"), align))
        notes = tuple(template(n, f"{where_p}说明") for n in raw.get("notes", []))
        rows: list[Row] = []
        taken: dict[tuple[int, int], bool] = {}  # (row, col) covered by a rowspan from above
        raw_rows = raw.get("rows", [])
        if not isinstance(raw_rows, list) or not raw_rows:
            raise fail(f"{where_p}没有 rows")
        for ri, rr in enumerate(raw_rows):
            where_r = f"{where_p}第 {ri + 1} 行"
            check_keys(rr, _ROW_KEYS, where_r)
            fill = bool(rr.get("fill", False))
            height = rr.get("height", 0 if fill else None)
            if (
                not isinstance(height, (int, float))
                or isinstance(height, bool)
                or height < 0
                or (height == 0 and not fill)
            ):
                raise fail(f"{where_r}需要 height（毫米）或 fill = true")
            repeat = str(rr.get("repeat", ""))
            if repeat and repeat not in lists and known is not None:
                raise fail(
                    f"{where_r}的 repeat “{repeat}”不是可重复的列表（可用：{'、'.join(sorted(lists))}）"
                )
            min_rows = int(rr.get("min_rows", 0))
            cells: list[Cell] = []
            col = 0
            raw_cells = rr.get("cells", [])
            if not isinstance(raw_cells, list) or not raw_cells:
                raise fail(f"{where_r}没有 cells")
            for ci, rc in enumerate(raw_cells, start=1):
                where_c = f"{where_r}第 {ci} 格"
                check_keys(rc, _CELL_KEYS, where_c)
                while taken.get((ri, col)):
                    col += 1
                cell = _cell(rc, where_c, fail, template, check_fields, repeat)
                span, rowspan = cell.span, cell.rowspan
                if col + span > ncols or any(taken.get((ri, c)) for c in range(col, col + span)):
                    raise fail(f"{where_c}超出了 {ncols} 列，或与上方跨行的格重叠（请检查 span 和 rowspan）")
                if rowspan > 1 and (repeat or fill):
                    raise fail(f"{where_c}：重复行和 fill 行中的格不能跨行（rowspan）")
                if ri + rowspan > len(raw_rows):
                    raise fail(f"{where_c}的 rowspan 超出了本页的行数")
                for r in range(ri + 1, ri + rowspan):
                    for c in range(col, col + span):
                        taken[(r, c)] = True
                cells.append(replace(cell, col=col, size=cell.size))
                col += span
            while taken.get((ri, col)):
                col += 1
            if col != ncols:
                raise fail(f"{where_r}的格子共占 {col} 列，应为 {ncols} 列")
            rows.append(Row(float(height), tuple(cells), fill, repeat, min_rows))
        sheet = Sheet(tuple(rows), sheet_title, subtitle, tuple(header), notes)
        avail = height_mm if per_sheet == 1 else height_mm / 2 - _SLOT_GAP_MM / 2
        fixed = _chrome_height(sheet, style, title_h, subtitle_h) + sum(
            r.height * max(1, r.min_rows if r.repeat else 1) for r in rows
        )
        if fixed > avail + 0.01:
            raise fail(f"{where_p}的内容高 {fixed:.0f} 毫米，超过了可用的 {avail:.0f} 毫米，请减小 height")
        sheets.append(sheet)
    return FormSpec(
        source, kind, title, str(data.get("subtitle", "")), columns, tuple(sheets), layout, style, per_sheet
    )


def _cell(
    rc: dict[str, Any],
    where: str,
    fail: Callable[[str], FormError],
    template: Callable[..., str],
    check_fields: Callable[..., None],
    repeat: str,
) -> Cell:
    kind = rc.get("kind")
    if kind is None:
        kind = "label" if "label" in rc else "value" if ("field" in rc or "text" in rc) else ""
    if kind not in CELL_KINDS:
        raise fail(f"{where}的 kind 应为 {'、'.join(CELL_KINDS)} 之一")
    text = template(rc.get("label", rc.get("text", "")), where, repeat)
    fld = str(rc.get("field", ""))
    if fld:
        check_fields([fld], where, repeat)
    span, rowspan = rc.get("span", 1), rc.get("rowspan", 1)
    if not isinstance(span, int) or not isinstance(rowspan, int) or span < 1 or rowspan < 1:
        raise fail(f"{where}的 span、rowspan 应为正整数")
    align = rc.get("align", "center" if kind in ("label", "checkbox", "photo") else "left")
    valign = rc.get("valign", "top" if kind == "box" else "middle")
    if align not in ("left", "center", "right") or valign not in ("top", "middle"):
        raise fail(f"{where}的 align 应为 left/center/right，valign 应为 top/middle")
    sign = tuple(rc.get("sign", ()))
    if any(s not in SIGN_PLACES for s in sign) or (sign and kind != "box"):
        raise fail(f"{where}的 sign 只能用于 box，取值为 {'、'.join(SIGN_PLACES)}")
    choices = tuple(str(c) for c in rc.get("choices", ()))
    if kind == "choices" and not choices:
        raise fail(f"{where}是 choices，需要列出 choices")
    font = str(rc.get("font", ""))
    if font and font not in ROLES:
        raise fail(f"{where}的 font 应为 {'、'.join(ROLES)} 之一")
    size = _size(rc["size"], where, "") if "size" in rc else 0.0
    signer = template(str(rc.get("signer", "签名")), where)
    seal_label = template(str(rc.get("seal_label", "（盖章）")), where)
    return Cell(
        kind=kind, text=text, field=fld, span=span, rowspan=rowspan, align=align, valign=valign,
        vertical=bool(rc.get("vertical", False)), font=font, size=size, sign=sign, signer=signer,
        seal_label=seal_label, choices=choices, prefix=str(rc.get("prefix", "")),
        indent=bool(rc.get("indent", kind == "box")), name=str(rc.get("name", "")),
        empty=str(rc.get("empty", "")),
    )  # fmt: skip


_SLOT_GAP_MM = 8.0  # between two forms on one sheet (the cut line runs through it)
_HEADER_MM = 8.0
_NOTE_GAP_MM = 1.5


def _title_height(style: Style) -> float:
    return style.title_size * 1.25 / MM + 3.0


def _subtitle_height(style: Style) -> float:
    return style.subtitle_size * 1.4 / MM + 1.0


def _chrome_height(sheet: Sheet, style: Style, title_h: float, subtitle_h: float) -> float:
    """Millimetres a sheet spends outside its table (title, subtitle, header line, notes)."""
    h = 0.0
    if sheet.title:
        h += title_h
    if sheet.subtitle:
        h += subtitle_h
    if sheet.header:
        h += _HEADER_MM
    if sheet.notes:
        h += _NOTE_GAP_MM + len(sheet.notes) * style.note_size * style.line / MM
    return h


# ============================================================================================ text


@dataclass(slots=True)
class Line:
    runs: list[tuple[str, str]]  # (font name, text)
    width: float  # at size 1
    start: int  # index of its first character in the paragraph text
    end: int


class Typesetter:
    """Line breaking and measuring with per-character font fallback (widths cached per font)."""

    def __init__(self, text: TextSetter) -> None:
        self.text = text
        self._widths: dict[str, dict[str, float]] = {}
        self._memo: dict[tuple[str, str, float, float, float], list[Line]] = {}
        self._measured: dict[tuple[str, str], float] = {}

    def char_widths(self, s: str, role: str) -> tuple[list[str], list[float]]:
        """Font name and width (at size 1 pt) of each character of ``s`` in ``role``."""
        from reportlab.pdfbase.pdfmetrics import getFont

        names: list[str] = []
        widths: list[float] = []
        chars: list[str] = []
        for name, run in self.text.runs(s, role):
            cache = self._widths.get(name)
            if cache is None:
                cache = self._widths[name] = {}
            font = None
            for ch in run:
                w = cache.get(ch)
                if w is None:
                    font = font or getFont(name)
                    w = cache[ch] = font.stringWidth(ch, 1.0)
                names.append(name)
                widths.append(w)
                chars.append(ch)
        self._last_chars = chars
        return names, widths

    def measure(self, s: str, role: str) -> float:
        """Width of ``s`` at 1 pt (memoized: mostly the form's own labels)."""
        key = (s, role)
        found = self._measured.get(key)
        if found is None:
            found = self._measured[key] = sum(self.char_widths(s, role)[1])
        return found

    def break_lines(self, s: str, role: str, size: float, width: float, indent: float = 0.0) -> list[Line]:
        """``s`` (one paragraph, no newlines) broken into lines of at most ``width`` points (memoized: labels,
        choices and the signature texts repeat on every form; the lines must not be changed)."""
        key = (s, role, size, round(width, 2), indent)
        found = self._memo.get(key)
        if found is None:
            found = self._break_lines(s, role, size, width, indent)
            if len(self._memo) > 20_000:
                self._memo.clear()
            self._memo[key] = found
        return found

    def _break_lines(self, s: str, role: str, size: float, width: float, indent: float) -> list[Line]:
        names, widths = self.char_widths(s, role)
        chars = self._last_chars
        n = len(chars)
        lines: list[Line] = []
        i = 0
        first = True
        limit_units = width / size if size else 0.0
        while i < n:
            if not first:
                while i < n and chars[i] == " ":
                    i += 1
                if i >= n:
                    break
            avail = limit_units - (indent / size if first else 0.0)
            j, used = i, 0.0
            while j < n and used + widths[j] <= avail + 1e-6:
                used += widths[j]
                j += 1
            if j < n:
                if j == i:  # not even one character fits: put it on its own line
                    j = i + 1
                else:
                    j = _break_point(chars, i, j)
                    if j < n and chars[j] in CANNOT_START and j - i >= 1 and widths[j] <= avail:
                        # a closing mark that would start the next line hangs at the end of this one
                        j += 1
            runs: list[tuple[str, str]] = []
            for k in range(i, j):
                if runs and runs[-1][0] == names[k]:
                    runs[-1] = (names[k], runs[-1][1] + chars[k])
                else:
                    runs.append((names[k], chars[k]))
            lines.append(Line(runs, sum(widths[i:j]), i, j))
            i = j
            first = False
        if not lines:
            lines.append(Line([], 0.0, 0, 0))
        return lines


_WORD = re.compile(r"[0-9A-Za-z.%\-_/:@]")


def _break_point(chars: Sequence[str], i: int, j: int) -> int:
    """Where to end a line that would overflow at ``j``: not before a closing mark, not after an opening
    mark, not inside a Latin word or number (unless the word fills the line)."""
    k = j
    # an opening mark must not end the line
    while k - 1 > i and chars[k - 1] in CANNOT_END:
        k -= 1
    # more than one closing mark would start the next line: carry the previous character along
    if k + 1 < len(chars) and chars[k] in CANNOT_START and chars[k + 1] in CANNOT_START and k - 1 > i:
        k -= 1
    # a word or number stays whole
    if k < len(chars) and _WORD.match(chars[k]) and _WORD.match(chars[k - 1]):
        w = k
        while w > i and _WORD.match(chars[w - 1]):
            w -= 1
        if w > i:
            k = w
    return max(k, i + 1)


# ============================================================================================ drawing

#: the smallest size a short value (a name, a unit) shrinks to before it continues on 附页
VALUE_MIN_SIZE = 7.0
#: labels are the form's own words: they shrink as far as needed, never continue
LABEL_MIN_SIZE = 5.0
#: the tightest line pitch a box may use before its text shrinks or continues on 附页
TIGHT_LINE = 1.15
_POINTER = "（续见附页）"


class _Painter:
    """Collects one page's drawing and emits it compactly when the page ends: the strokes of each line
    style as one path, and all the text in one text object (relative moves; the font and the grey set
    only when they change).  reportlab formats every number and encodes every stream in Python, so
    fewer operators is what makes a page cheap."""

    def __init__(self, c: Canvas) -> None:
        self.c = c
        self.strokes: dict[tuple[float, tuple[float, ...], float], list[tuple[str, tuple[float, ...]]]] = {}
        self.texts: list[tuple[float, float, Line, float, float]] = []

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        width: float,
        dash: tuple[float, ...] = (),
        gray: float = 0.0,
    ) -> None:
        self.strokes.setdefault((width, dash, gray), []).append(("rect", (x, y, w, h)))

    def lines(
        self, points: Sequence[float], width: float, dash: tuple[float, ...] = (), gray: float = 0.0
    ) -> None:
        """A polyline through (x0, y0, x1, y1, …)."""
        self.strokes.setdefault((width, dash, gray), []).append(("poly", tuple(points)))

    def text(self, x: float, y: float, line: Line, size: float, gray: float = 0.0) -> None:
        if line.runs:
            self.texts.append((x, y, line, size, gray))

    def flush(self) -> None:
        from reportlab.lib.rl_accel import fp_str

        c = self.c
        if self.strokes:
            c.saveState()
            for (width, dash, gray), shapes in self.strokes.items():
                c.setLineWidth(width)
                c.setDash(list(dash) if dash else [])
                c.setStrokeGray(gray)
                p = c.beginPath()
                for kind, v in shapes:
                    if kind == "rect":
                        p.rect(*v)
                    else:
                        p.moveTo(v[0], v[1])
                        for k in range(2, len(v), 2):
                            p.lineTo(v[k], v[k + 1])
                c.drawPath(p, stroke=1, fill=0)
            c.restoreState()
        if self.texts:
            t = c.beginText(0, 0)
            code = t._code  # relative moves written directly: moveCursor re-parses the previous operator
            lx = ly = 0.0
            font: tuple[str, float] | None = None
            gray = 0.0
            for x, y, line, size, g in self.texts:
                code.append(f"{fp_str(x - lx, y - ly)} Td")
                lx, ly = x, y
                if g != gray:
                    t.setFillGray(g)
                    gray = g
                for name, run in line.runs:
                    if font != (name, size):
                        t.setFont(name, size)
                        font = (name, size)
                    t._textOut(run)  # as drawString does: no width computed, the next move is absolute
            c.drawText(t)
        self.strokes = {}
        self.texts = []


@dataclass(slots=True)
class _Overflow:
    name: str
    text: str


@dataclass(slots=True)
class _Ctx:
    """What drawing one record needs."""

    paint: _Painter
    record: Record
    overflow: list[_Overflow]


class _Blank(dict[str, Any]):
    """A record for ``str.format`` in which missing or None fields are blank."""

    def __init__(self, record: Record) -> None:
        super().__init__()
        self.record = record

    def __getitem__(self, key: str) -> Any:
        value = self.record.get(key)
        return "" if value is None else value


def _fmt(template: str, record: Record) -> str:
    if "{" not in template:
        return template
    return string.Formatter().vformat(template, (), _Blank(record))


def _value(cell: Cell, record: Record) -> str:
    if cell.field:
        v = record.get(cell.field)
        text = "" if v is None else str(v)
    else:
        text = _fmt(cell.text, record)
    return text if text.strip() else cell.empty


def _paragraphs(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").split("\n")


@dataclass(frozen=True, slots=True)
class _Placed:
    line: Line
    para: int  # index of its paragraph
    indent: bool  # first line of an indented paragraph


def _layout(ts: Typesetter, text: str, role: str, size: float, width: float, indent: bool) -> list[_Placed]:
    """Every line of ``text`` at ``size`` (paragraphs' first lines indented by two characters)."""
    out: list[_Placed] = []
    for p, para in enumerate(_paragraphs(text)):
        ind = 2 * size if indent and para.strip() else 0.0
        for k, line in enumerate(ts.break_lines(para, role, size, width, ind)):
            out.append(_Placed(line, p, bool(ind) and k == 0))
    return out


def _rest(text: str, placed: list[_Placed], from_line: int) -> str:
    """The text from line ``from_line`` on: the rest of its paragraph, then the following paragraphs."""
    paras = _paragraphs(text)
    first = placed[from_line]
    return "\n".join([paras[first.para][first.line.start :], *paras[first.para + 1 :]])


def _fit(
    ts: Typesetter,
    text: str,
    role: str,
    size: float,
    min_size: float,
    width: float,
    height: float,
    leading: float,
    indent: bool,
) -> tuple[float, float, list[_Placed], str]:
    """``(size, line pitch factor, lines, rest)``: the largest size from ``size`` down to ``min_size`` (half
    points) at which ``text`` fits in ``width`` × ``height``, first at the form's line pitch, then as tight as
    ``TIGHT_LINE``; at ``min_size`` and the tight pitch, the lines that fit and the text left over."""
    s = size
    while True:
        placed = _layout(ts, text, role, s, width, indent)
        n = len(placed)
        if n * s * leading <= height + 0.01:
            return s, leading, placed, ""
        if n * s * TIGHT_LINE <= height + 0.01:
            return s, height / (n * s), placed, ""
        if s <= min_size:
            break
        s = max(min_size, s - 0.5)
    fits = max(0, int((height + 0.01) // (s * TIGHT_LINE)))
    keep = max(0, fits - 1)  # the last line that fits says where the rest went
    return s, TIGHT_LINE, placed[:keep], _rest(text, placed, keep)


def _merge(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Touching or overlapping intervals joined."""
    out: list[tuple[float, float]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1] + 0.01:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


class _Engine:
    def __init__(self, spec: FormSpec, text: TextSetter) -> None:
        self.spec = spec
        self.ts = Typesetter(text)
        self.style = spec.style
        self.left = spec.layout.left * MM
        self.width = spec.layout.frame_width
        self.top = spec.layout.pagesize[1] - spec.layout.top * MM
        self.height = spec.layout.frame_height
        xs = [self.left]
        for w in spec.columns:
            xs.append(xs[-1] + w * MM)
        self.xs = xs

    # ------------------------------------------------------------------ one record
    def draw_record(
        self, paint: _Painter, record: Record, top: float, height: float, new_page: Callable[[], None]
    ) -> bool:
        """Draw every sheet of the form for ``record`` (the first at ``top``); True when it took more
        than the one page or slot it started on."""
        ctx = _Ctx(paint, record, [])
        for k, sheet in enumerate(self.spec.sheets):
            if k:
                new_page()
                top, height = self.top, self.height
            self.draw_sheet(ctx, sheet, top, height)
        if ctx.overflow:
            new_page()
            self._continuation(ctx, new_page)
            return True
        return len(self.spec.sheets) > 1

    def cut_line(self, paint: _Painter, y: float) -> None:
        paint.lines((self.left - 14 * MM, y, self.left + self.width + 14 * MM, y), 0.4, (3, 3), 0.5)

    def needed_height(self, sheet: Sheet, record: Record) -> float:
        """Points the sheet needs for ``record`` without squeezing (fill rows at their least height)."""
        st = self.style
        rows = self._expand(sheet, record)
        return (
            _chrome_height(sheet, st, _title_height(st), _subtitle_height(st)) * MM
            + sum(row.height for row, _r in rows) * MM
        )

    def draw_sheet(self, ctx: _Ctx, sheet: Sheet, top: float, height: float) -> None:
        paint, st, rec = ctx.paint, self.style, ctx.record
        y = top
        centre = self.left + self.width / 2
        if sheet.title:
            title = _fmt(sheet.title, rec)
            self._text_line(paint, centre, y - st.title_size, title, st.title_font, st.title_size, "center")
            y -= _title_height(st) * MM
        if sheet.subtitle:
            sub = _fmt(sheet.subtitle, rec)
            self._text_line(
                paint, centre, y - st.subtitle_size, sub, st.subtitle_font, st.subtitle_size, "center"
            )
            y -= _subtitle_height(st) * MM
        if sheet.header:
            base = y - _HEADER_MM * MM + 2.4 * MM
            for text, align in sheet.header:
                x = {"left": self.left, "center": centre, "right": self.left + self.width}[align]
                self._text_line(paint, x, base, _fmt(text, rec), st.label_font, st.label_size, align)
            y -= _HEADER_MM * MM
        notes_h = (_NOTE_GAP_MM * MM + len(sheet.notes) * st.note_size * st.line) if sheet.notes else 0.0
        bottom = self.draw_table(ctx, sheet, y, y - (top - height) - notes_h)
        ny = bottom - _NOTE_GAP_MM * MM - st.note_size
        for note in sheet.notes:
            self._text_line(paint, self.left, ny, _fmt(note, rec), st.note_font, st.note_size, "left")
            ny -= st.note_size * st.line

    def _text_line(
        self,
        paint: _Painter,
        x: float,
        y: float,
        text: str,
        role: str,
        size: float,
        align: str,
        gray: float = 0.0,
    ) -> None:
        line = self.ts.break_lines(text, role, size, 100_000)[0]
        w = line.width * size
        if align == "center":
            x -= w / 2
        elif align == "right":
            x -= w
        paint.text(x, y, line, size, gray)

    def _block(
        self,
        ctx: _Ctx,
        left: float,
        top: float,
        width: float,
        height: float,
        text: str,
        role: str,
        size: float,
        min_size: float,
        align: str,
        valign: str,
        indent: bool,
        name: str | None,
    ) -> None:
        """Text in a box: shrunk to fit, the rest (``name`` given) noted for the continuation page."""
        s, lead, placed, rest = _fit(
            self.ts, text, role, size, min_size, width, height, self.style.line, indent
        )
        if rest and name is None:
            rest = ""  # a label: drawn as far as it goes
        if rest:
            ctx.overflow.append(_Overflow(name or "内容", rest))
            pointer = self.ts.break_lines(_POINTER, role, s, width)[0]
            placed = [*placed, _Placed(pointer, -1, False)]
        block = len(placed) * s * lead
        y = top - (height - block) / 2 if valign == "middle" else top
        y -= (
            s * lead / 2 + s * 0.35
        )  # the first baseline: centre of the first line box, less half an x-height
        for pl in placed:
            dx = 2 * s if pl.indent else 0.0
            if align == "center":
                dx = (width - pl.line.width * s) / 2
            elif align == "right":
                dx = width - pl.line.width * s
            ctx.paint.text(left + dx, y, pl.line, s)
            y -= s * lead

    def _label(
        self, ctx: _Ctx, cell: Cell, rec: Record, left: float, top: float, width: float, height: float
    ) -> None:
        """A label: each written line on one line, shrunk to fit (wrapped only when even the smallest size
        is too wide); a vertical label spreads its characters down a tall cell."""
        st = self.style
        role = cell.font or st.label_font
        size = cell.size or st.label_size
        text = _fmt(cell.text, rec)
        lines = [ch for ch in text if not ch.isspace()] if cell.vertical else _paragraphs(text)
        units = max((self.ts.measure(t, role) for t in lines), default=0.0)
        pitch = 1.25
        s = min(size, width / units if units else size, height / (len(lines) * pitch))
        if s < LABEL_MIN_SIZE:
            self._block(ctx, left, top, width, height, text, role, LABEL_MIN_SIZE, LABEL_MIN_SIZE, cell.align,
                        "middle", False, None)  # fmt: skip
            return
        step = min(height / len(lines), s * 2.4) if cell.vertical else s * pitch
        y = top - (height - step * len(lines)) / 2 - step / 2 - s * 0.35
        x = {"left": left, "center": left + width / 2, "right": left + width}[cell.align]
        for t in lines:
            self._text_line(ctx.paint, x, y, t, role, s, cell.align)
            y -= step

    # ------------------------------------------------------------------ the table
    def _expand(self, sheet: Sheet, record: Record) -> list[tuple[Row, Record]]:
        """Rows with repeated rows unrolled: (row, the record its cells read)."""
        out: list[tuple[Row, Record]] = []
        for row in sheet.rows:
            if not row.repeat:
                out.append((row, record))
                continue
            items = list(record.get(row.repeat) or [])
            out.extend((row, item) for item in items)
            out.extend((row, {}) for _ in range(max(0, row.min_rows - len(items))))
        return out

    def draw_table(self, ctx: _Ctx, sheet: Sheet, top: float, avail: float) -> float:
        """Draw the grid and its cells from ``top`` within ``avail`` points; returns the table's bottom."""
        st = self.style
        rows = self._expand(sheet, ctx.record)
        heights = [row.height * MM for row, _r in rows]
        fixed = sum(heights)
        fills = [i for i, (row, _r) in enumerate(rows) if row.fill]
        if fills:
            extra = max(0.0, avail - fixed) / len(fills)
            for i in fills:
                heights[i] += extra
        elif fixed > avail:  # more repeated rows than the page holds at their height: squeeze them
            heights = [h * avail / fixed for h in heights]
        ys = [top]
        for h in heights:
            ys.append(ys[-1] - h)
        horizontal: dict[float, list[tuple[float, float]]] = {}
        vertical: dict[float, list[tuple[float, float]]] = {}
        for ri, (row, rec) in enumerate(rows):
            for cell in row.cells:
                x0, x1 = self.xs[cell.col], self.xs[cell.col + cell.span]
                y0, y1 = ys[ri], ys[min(ri + cell.rowspan, len(rows))]
                horizontal.setdefault(round(y1, 3), []).append((x0, x1))
                vertical.setdefault(round(x0, 3), []).append((y1, y0))
                vertical.setdefault(round(x1, 3), []).append((y1, y0))
                self.draw_cell(ctx, cell, rec, x0, y0, x1 - x0, y0 - y1)
        # the grid as merged segments (each shared edge drawn once), the outer frame heavier
        for y, spans in horizontal.items():
            for a, b in _merge(spans):
                ctx.paint.lines((a, y, b, y), st.grid)
        for x, spans in vertical.items():
            for a, b in _merge(spans):
                ctx.paint.lines((x, a, x, b), st.grid)
        ctx.paint.rect(self.xs[0], ys[-1], self.xs[-1] - self.xs[0], top - ys[-1], st.frame)
        return ys[-1]

    def draw_cell(self, ctx: _Ctx, cell: Cell, rec: Record, x: float, top: float, w: float, h: float) -> None:
        st = self.style
        pad = st.padding * MM
        kind = cell.kind
        inner_w, inner_h = w - 2 * pad, h - 2 * pad
        if kind == "blank":
            return
        if kind == "label":  # labels get less room above and below than values
            self._label(ctx, cell, rec, x + pad, top - pad / 2, inner_w, h - pad)
            return
        if kind == "checkbox":
            side = 4.2 * MM
            self._box(ctx.paint, x + (w - side) / 2, top - (h + side) / 2, side, False)
            return
        if kind == "photo":
            self._text_line(ctx.paint, x + w / 2, top - h / 2 - 1.2 * MM, cell.text or "照片", st.label_font,
                            SIZES["小五"], "center", gray=0.55)  # fmt: skip
            return
        if kind == "choices":
            self._choices(ctx, cell, rec, x + pad, top, inner_w, h)
            return
        role = cell.font or st.value_font
        size = cell.size or st.value_size
        text = _value(cell, rec)
        name = cell.name or cell.field or "内容"
        if kind == "value":
            if text:
                self._block(ctx, x + pad, top - pad, inner_w, inner_h, text, role, size,
                            min(VALUE_MIN_SIZE, size), cell.align, cell.valign, False, name)  # fmt: skip
            return
        strip = self._sign_strip(cell)  # a box: text on top, the signature/seal/date places at the bottom
        if text:
            self._block(ctx, x + pad, top - pad, inner_w, inner_h - strip, text, role, size,
                        min(st.min_size, size), cell.align, cell.valign, cell.indent, name)  # fmt: skip
        if cell.sign:
            self._sign_places(ctx, cell, rec, x + pad, top - h + pad, inner_w)

    # ------------------------------------------------------------------ boxes, ticks, signature places
    @staticmethod
    def _box(paint: _Painter, x: float, y: float, side: float, ticked: bool) -> None:
        paint.rect(x, y, side, side, 0.7)
        if ticked:  # drawn with lines: no font needs a ✓ glyph
            paint.lines(
                (
                    x + side * 0.18,
                    y + side * 0.55,
                    x + side * 0.42,
                    y + side * 0.22,
                    x + side * 0.88,
                    y + side * 0.88,
                ),
                1.2,
            )

    def _choices(self, ctx: _Ctx, cell: Cell, rec: Record, x: float, top: float, w: float, h: float) -> None:
        st, paint = self.style, ctx.paint
        role = cell.font or st.label_font
        size = cell.size or st.label_size
        chosen = _value(cell, rec).strip() if cell.field else ""
        base = top - h / 2 - size * 0.35
        side, gap, after_box = size * 0.95, size * 1.3, size * 0.3
        prefix = _fmt(cell.prefix, rec)
        total = (
            self.ts.measure(prefix, role) * size
            + sum(side + after_box + self.ts.measure(t, role) * size + gap for t in cell.choices)
            - gap
        )
        cx = x + (w - total) / 2 if cell.align == "center" else x
        if prefix:
            self._text_line(paint, cx, base, prefix, role, size, "left")
            cx += self.ts.measure(prefix, role) * size
        for text in cell.choices:
            self._box(paint, cx, base - size * 0.12, side, text == chosen)
            cx += side + after_box
            self._text_line(paint, cx, base, text, role, size, "left")
            cx += self.ts.measure(text, role) * size + gap

    #: mm: the seal place (a 42 mm seal is stamped over the date: 骑年盖月) and the signature box
    SEAL_W, SEAL_H = 46.0, 26.0
    SIGN_W, SIGN_H = 38.0, 10.0

    def _sign_strip(self, cell: Cell) -> float:
        if not cell.sign:
            return 0.0
        if "seal" in cell.sign:
            return (self.SEAL_H + 1.5) * MM
        return (self.SIGN_H + 2.0) * MM

    def _sign_places(self, ctx: _Ctx, cell: Cell, rec: Record, x: float, bottom: float, w: float) -> None:
        """Dashed, empty places: the signature box; the seal area with the date line under the seal."""
        paint, st = ctx.paint, self.style
        role, size = st.label_font, st.label_size
        right = x + w
        date_text = "年　　月　　日"
        dash, gray = (2.0, 2.0), 0.45
        if "seal" in cell.sign:
            sw, sh = self.SEAL_W * MM, self.SEAL_H * MM
            sx = right - sw
            paint.rect(sx, bottom, sw, sh, 0.5, dash, gray)
            seal_label = _fmt(cell.seal_label, rec)
            ls = min(size, (sw - 3 * MM) / max(self.ts.measure(seal_label, role), 1.0))
            self._text_line(
                paint, sx + sw / 2, bottom + sh - size * 1.45, seal_label, role, ls, "center", gray=0.4
            )
            if "date" in cell.sign:
                self._text_line(paint, sx + sw - 3 * MM, bottom + 2.6 * MM, date_text, role, size, "right")
            sign_right = sx - 5 * MM
        else:
            sign_right = right
            if "date" in cell.sign:
                self._text_line(paint, right - 2 * MM, bottom + 3.0 * MM, date_text, role, size, "right")
                sign_right = right - self.ts.measure(date_text, role) * size - 10 * MM
        if "signature" in cell.sign:
            bw, bh = self.SIGN_W * MM, self.SIGN_H * MM
            bx = sign_right - bw
            paint.rect(bx, bottom, bw, bh, 0.5, dash, gray)
            label = _fmt(cell.signer, rec) + "："
            self._text_line(paint, bx - 1.5 * MM, bottom + bh / 2 - size * 0.35, label, role, size, "right")

    # ------------------------------------------------------------------ 附页
    def _continuation(self, ctx: _Ctx, new_page: Callable[[], None]) -> None:
        """What did not fit in its box, on attached pages after the record's own."""
        paint, st, rec = ctx.paint, self.style, ctx.record
        centre = self.left + self.width / 2
        y = self.top - st.subtitle_size
        title = f"{_fmt(self.spec.title, rec)}（附页）"
        self._text_line(paint, centre, y, title, st.label_font, st.subtitle_size, "center")
        y -= st.subtitle_size * 1.4
        if rec.get("name"):
            self._text_line(paint, self.left, y, f"姓名：{rec['name']}", st.label_font, st.label_size, "left")
            y -= st.label_size * 1.8
        size = st.value_size
        lead = size * st.line
        bottom = self.top - self.height

        def room() -> None:
            nonlocal y
            if y - lead < bottom:
                new_page()
                y = self.top

        for part in ctx.overflow:
            room()
            self._text_line(paint, self.left, y - size, f"{part.name}（续）：", st.label_font, size, "left")
            y -= lead
            for pl in _layout(self.ts, part.text, st.value_font, size, self.width, True):
                room()
                indent = pl.indent and pl.para > 0  # the first paragraph continues a cut one
                paint.text(self.left + (2 * size if indent else 0.0), y - size, pl.line, size)
                y -= lead
            y -= lead / 2


# ============================================================================================ rendering


def _render(
    spec: FormSpec,
    records: Sequence[Record],
    meta: PrintMeta,
    target: BinaryIO,
    subject: str,
    report: Callable[[int, int], None] | None,
) -> list[str]:
    from reportlab.pdfbase.pdfdoc import PDFZCompress

    kit = get_fontkit()
    text = kit.text()
    doc = Document(kit=kit, text=text, styles=make_styles(kit), layout=spec.layout, meta=meta)
    canvas_class = _canvas_maker(_footer_painter(doc), _pdf_date(meta.printed_at))
    c = canvas_class(
        target,
        pagesize=spec.layout.pagesize,
        invariant=1,
        initialFontName=kit.font_name("song"),
        lang="zh-CN",
    )
    c.setTitle(meta.title)
    c.setAuthor("CadreDesk")
    c.setSubject(subject)
    c.setCreator(f"CadreDesk {__version__}")
    c.setProducer(f"CadreDesk {__version__} (ReportLab)")
    if meta.data_hash:
        c.setKeywords([meta.data_hash])
    # Page streams zlib-compressed without the ASCII85 wrapping reportlab adds by default (it encodes it in
    # pure Python: a quarter of the print time); fonts and ToUnicode maps stay compressed as before.
    c.setPageCompression(0)
    c._doc.setCompression(1)
    c._doc.defaultStreamFilters = [PDFZCompress]
    engine = _Engine(spec, text)
    paint = _Painter(c)
    half = engine.height / 2
    slot_h = half - _SLOT_GAP_MM * MM / 2
    slot = 0  # the next free slot on the current page (two forms a sheet)
    started = False

    def new_page() -> None:
        paint.flush()
        c.showPage()

    for k, record in enumerate(records):
        if spec.per_sheet == 1:
            if started:
                new_page()
            engine.draw_record(paint, record, engine.top, engine.height, new_page)
        else:
            alone = engine.needed_height(spec.sheets[0], record) > slot_h
            if started and (slot == 0 or alone):
                new_page()
                slot = 0
            if alone:
                engine.draw_record(paint, record, engine.top, engine.height, new_page)
                slot = 0
            else:
                top = engine.top if slot == 0 else engine.top - half - _SLOT_GAP_MM * MM / 2
                if slot == 1:
                    engine.cut_line(paint, engine.top - half)
                more = engine.draw_record(paint, record, top, slot_h, new_page)
                slot = 0 if more else (slot + 1) % 2
        started = True
        if report is not None:
            report(k + 1, len(records))
    if not records:
        engine.draw_sheet(_Ctx(paint, {}, []), spec.sheets[0], engine.top, engine.height)
    new_page()
    c.save()
    return text.warnings()


def render_form_bytes(
    spec: FormSpec,
    records: Sequence[Record],
    *,
    meta: PrintMeta,
    subject: str = "",
    report: Callable[[int, int], None] | None = None,
) -> tuple[bytes, list[str]]:
    """Render in memory (print preview): ``(pdf bytes, font warnings)``."""
    buffer = io.BytesIO()
    warnings = _render(spec, records, meta, buffer, subject, report)
    return buffer.getvalue(), warnings


def render_form(
    spec: FormSpec,
    records: Sequence[Record],
    *,
    meta: PrintMeta,
    out: Path,
    subject: str = "",
    report: Callable[[int, int], None] | None = None,
) -> list[str]:
    """Render into ``out`` atomically (a failure or a cancel leaves no partial file); font warnings."""
    warnings: list[str] = []

    def write(fh: BinaryIO) -> None:
        warnings.extend(_render(spec, records, meta, fh, subject, report))

    write_atomic(Path(out), write)
    return warnings
