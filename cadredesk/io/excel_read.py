"""Read one worksheet of a workbook (.xlsx/.xlsm/.xls/.ods) into rows of cell values.

python-calamine does the reading (notes/platform.md §6): it never runs macros and never
evaluates formulas — a formula cell yields its cached value, or "" when the file has none.

Rows keep Excel's numbering: ``SheetData.rows[i]`` is sheet row ``i + 1`` and column 0 is A,
whatever empty area precedes the data.  Empty cells are ``""``.  Merged ranges are filled with
their top-left value (titles spread across the row, a township cell merged down several cadres),
because that is what the clerk reads on screen.

Guards, each a ``UserError`` naming the file (and the sheet):
- missing file, folder, empty file, over-size file;
- not a workbook: sniffed from the bytes, not the extension (a renamed .docx, .txt, .pdf, SQLite
  database or web page), and a workbook saved under the wrong extension is still read;
- encrypted (password-protected) workbooks;
- too many rows, and sparse "bombs" (two cells at A1 and XFD1048576 make calamine allocate the
  whole dense range and abort the process): the sheet's extent is scanned from the XML before
  calamine touches it (.xlsx/.xlsm and .ods); zip members over a size cap are refused.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

import python_calamine as calamine
from defusedxml import ElementTree as SafeET

from cadredesk.errors import UserError

CellValue = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta

#: Most rows a roster sheet may have (data plus title, header and footer rows).
MAX_ROWS = 200_000
#: Most cells (rows × columns of the used range) calamine may be asked to hold (~50 bytes each).
MAX_CELLS = 6_000_000
#: Largest workbook file accepted.
MAX_FILE_BYTES = 100 * 1024 * 1024
#: Largest uncompressed zip member (a sheet's XML, the shared strings) accepted, and all members together.
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
#: A member this big that shrank more than this ratio is a zip bomb (spreadsheet XML deflates ~10-30×).
BOMB_MIN_BYTES = 32 * 1024 * 1024
BOMB_RATIO = 200

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_CFB_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

# <row r="N"> and <c r="AB12">. Patterns start with a literal so that the scan stays fast; the
# general row pattern (prefixed tags, r after other attributes) is used only when the simple one
# misses rows.  A stray match elsewhere only makes a bound larger (safer).
_ROW_SIMPLE = re.compile(rb'<row r="(\d+)"')
_ROW_REF = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\b[^>]*?\sr=\"(\d+)\"")
# Only two- and three-letter column references are collected: one-letter columns are at most Z (26).
_WIDE_COL = re.compile(rb'r="([A-Z]{2,3})\d+"')
# Cells may name a row beyond their <row r=…> (malformed, but calamine trusts them): rows of six or
# more digits are always collected, every cell's row only when the sheet is wider than Z.
_BIG_CELL_ROW = re.compile(rb'r="[A-Z]{1,3}(\d{6,})"')
_CELL_ROW = re.compile(rb'r="[A-Z]{1,3}(\d+)"')
# One pass that finds whether either of the two patterns above can match at all (a reference with a
# second column letter, or a one-letter column with a row of six or more digits): usually neither does.
_WIDE_OR_BIG = re.compile(rb'r="[A-Z](?:[A-Z]|\d{6})')


#: What a damaged zip container can raise while it is listed or inflated.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)


class _TooBig(Exception):
    """A zip member larger than MAX_MEMBER_BYTES."""


class WorkbookError(UserError):
    """The file cannot be read as a roster workbook."""

    key = "bad-workbook"


@dataclass(frozen=True, slots=True)
class SheetData:
    """One worksheet as the clerk sees it."""

    path: Path
    name: str  # sheet name
    fmt: str  # xlsx, xlsm, xls, ods
    rows: list[list[Any]]  # rows[i] is Excel row i + 1; cell values, "" when empty
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based, inclusive
    sheet_names: tuple[str, ...] = ()

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def value(self, row: int, col: int) -> Any:
        """Cell at 1-based ``row`` and 0-based ``col`` ("" outside the data)."""
        if 1 <= row <= len(self.rows) and 0 <= col < len(self.rows[row - 1]):
            return self.rows[row - 1][col]
        return ""


# --------------------------------------------------------------------------- sniffing


def _fail(path: Path, message: str, key: str = "bad-workbook") -> WorkbookError:
    return WorkbookError(f"无法读取“{path.name}”：{message}", key=key)


def _sniff_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "xl/workbook.xml" in names:
                return "xlsm" if "xl/vbaProject.bin" in names else "xlsx"
            if "xl/workbook.bin" in names:
                raise _fail(path, "这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再导入")
            if "mimetype" in names:
                mime = zf.read("mimetype")[:100].decode("ascii", "replace").strip()
                if mime == "application/vnd.oasis.opendocument.spreadsheet":
                    return "ods"
                raise _fail(path, f"这是 OpenDocument 文档（{mime}），不是电子表格")
            if "word/document.xml" in names:
                raise _fail(path, "这是 Word 文档，不是 Excel 工作簿")
            if "ppt/presentation.xml" in names:
                raise _fail(path, "这是 PowerPoint 演示文稿，不是 Excel 工作簿")
    except _ZIP_ERRORS:
        raise _fail(path, "文件已损坏（压缩结构不完整），请重新获取原文件") from None
    raise _fail(path, "这是一个压缩包，不是 Excel 工作簿")


def _sniff_cfb(path: Path) -> str:
    """OLE compound file: old .xls, Word .doc, or an encrypted .xlsx (EncryptedPackage stream)."""
    blob = path.read_bytes()
    if "EncryptedPackage".encode("utf-16-le") in blob or "EncryptionInfo".encode("utf-16-le") in blob:
        raise _fail(path, "工作簿设置了打开密码，请在 Excel 中取消密码后另存再导入", key="encrypted")
    if "Workbook".encode("utf-16-le") in blob or "Book".encode("utf-16-le") in blob:
        return "xls"
    if "WordDocument".encode("utf-16-le") in blob:
        raise _fail(path, "这是 Word 文档，不是 Excel 工作簿")
    raise _fail(path, "这是一个 Office 复合文档，但不是 Excel 工作簿")


def sniff_format(path: str | Path) -> str:
    """Workbook format from the file's bytes: ``xlsx``, ``xlsm``, ``xls`` or ``ods``; else WorkbookError."""
    path = Path(path)
    if not path.exists():
        raise WorkbookError(f"找不到文件“{path}”", key="not-found")
    if path.is_dir():
        raise WorkbookError(f"“{path}”是一个文件夹，不是 Excel 文件", key="not-found")
    size = path.stat().st_size
    if size == 0:
        raise _fail(path, "文件是空的（0 字节）", key="empty")
    if size > MAX_FILE_BYTES:
        raise _fail(
            path,
            f"文件过大（{size // (1024 * 1024)} MB，上限 {MAX_FILE_BYTES // (1024 * 1024)} MB）",
            key="too-large",
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(512)
    except OSError as exc:
        raise _fail(path, f"文件无法打开（{exc.strerror or exc}）", key="io") from None
    if head.startswith(_ZIP_MAGIC):
        return _sniff_zip(path)
    if head.startswith(_CFB_MAGIC):
        return _sniff_cfb(path)
    if head.startswith(b"SQLite format 3\x00"):
        raise _fail(path, "这是数据库文件，不是 Excel 工作簿")
    if head.startswith(b"%PDF"):
        raise _fail(path, "这是 PDF 文件，不是 Excel 工作簿")
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<html", b"<!doctype", b"<table", b"<?xml", b"mime-version")):
        raise _fail(
            path, "这是网页或 XML 格式的表格（常见于从网站导出的 .xls），请用 Excel 打开后另存为 .xlsx 再导入"
        )
    raise _fail(path, "不是 Excel 工作簿（.xlsx、.xls 或 .ods）；如果是 CSV 或文本，请用 Excel 另存为 .xlsx")


# --------------------------------------------------------------------------- extent scans (bomb guards)


def _xlsx_sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → zip member of its XML, from workbook.xml and its relationships."""
    wb = SafeET.fromstring(zf.read("xl/workbook.xml"))
    rels_name = "xl/_rels/workbook.xml.rels"
    targets: dict[str, str] = {}
    if rels_name in zf.namelist():
        for rel in SafeET.fromstring(zf.read(rels_name)):
            rid, target = rel.get("Id"), rel.get("Target")
            if rid and target:
                member = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
                parts: list[str] = []
                for part in member.split("/"):
                    if part == "..":
                        if parts:
                            parts.pop()
                    elif part and part != ".":
                        parts.append(part)
                targets[rid] = "/".join(parts)
    out: dict[str, str] = {}
    for sheet in wb.iter(f"{{{_MAIN_NS}}}sheet"):
        name = sheet.get("name") or ""
        rid = sheet.get(f"{{{_REL_NS}}}id") or ""
        if rid in targets:
            out[name] = targets[rid]
    return out


def _chunks(stream: IO[bytes], size: int = 8 << 20) -> Iterator[bytes]:
    """Chunks of a stream cut just after a '>' so that no tag straddles two chunks."""
    carry = b""
    while True:
        block = stream.read(size)
        if not block:
            if carry:
                yield carry
            return
        data = carry + block
        cut = data.rfind(b">")
        if cut < 0:
            carry = data
            continue
        carry = data[cut + 1 :]
        yield data[: cut + 1]


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def _scan_xlsx_extent(zf: zipfile.ZipFile, member: str) -> tuple[int, int]:
    """Upper bounds (rows, columns) of the sheet's used range, read from its XML without calamine."""
    info = zf.getinfo(member)
    if info.file_size > MAX_MEMBER_BYTES:
        raise _TooBig(f"工作表数据过大（解压后 {info.file_size // (1024 * 1024)} MB）")
    max_row = row_tags = 0
    max_col = 26
    with zf.open(member) as stream:
        for chunk in _chunks(stream):
            tags = chunk.count(b"<row") + chunk.count(b":row")
            row_tags += tags
            refs = _ROW_SIMPLE.findall(chunk)
            if len(refs) < tags:
                refs = _ROW_REF.findall(chunk)
            if refs:
                max_row = max(max_row, max(map(int, refs)))
            if _WIDE_OR_BIG.search(chunk) is None:
                continue
            big = _BIG_CELL_ROW.findall(chunk)
            if big:
                max_row = max(max_row, max(map(int, big)))
            wide = _WIDE_COL.findall(chunk)
            if wide:
                max_col = max(max_col, max(_col_number(w) for w in set(wide)))
    if max_col > 26:  # a wide sheet: the exact last row matters, check every cell (second pass)
        with zf.open(member) as stream:
            for chunk in _chunks(stream):
                cells = _CELL_ROW.findall(chunk)
                if cells:
                    max_row = max(max_row, max(map(int, cells)))
    return max(max_row, row_tags), max_col


def _scan_ods_extent(zf: zipfile.ZipFile) -> tuple[int, int]:
    """Upper bounds (rows, columns) holding values over all .ods tables (repeats counted).

    calamine loads every table of an .ods when the workbook is opened, so all are checked.
    """
    info = zf.getinfo("content.xml")
    if info.file_size > MAX_MEMBER_BYTES:
        raise _TooBig(f"工作表数据过大（解压后 {info.file_size // (1024 * 1024)} MB）")
    t = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    o = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
    worst = (0, 0)
    with zf.open("content.xml") as stream:
        row = col = max_row = max_col = row_max_col = 0
        for event, elem in SafeET.iterparse(stream, events=("start", "end")):
            tag = elem.tag
            if tag == f"{t}table":
                if event == "start":
                    row = max_row = max_col = 0
                else:
                    worst = (max(worst[0], max_row), max(worst[1], max_col))
                    elem.clear()
            elif tag == f"{t}table-row":
                if event == "start":
                    col = row_max_col = 0
                else:
                    rep = int(elem.get(f"{t}number-rows-repeated") or 1)
                    if row_max_col:
                        max_row = row + rep
                        max_col = max(max_col, row_max_col)
                    row += rep
                    elem.clear()
            elif tag in (f"{t}table-cell", f"{t}covered-table-cell") and event == "end":
                rep = int(elem.get(f"{t}number-columns-repeated") or 1)
                col += rep
                if elem.get(f"{o}value-type") or len(elem):
                    row_max_col = col
    return worst


def _guard_members(zf: zipfile.ZipFile) -> None:
    """Declared sizes and compression ratios of every member (calamine inflates what it reads whole)."""
    total = 0
    for info in zf.infolist():
        total += info.file_size
        if info.file_size > MAX_MEMBER_BYTES:
            raise _TooBig(f"中的“{info.filename}”解压后过大（{info.file_size // (1024 * 1024)} MB）")
        if info.file_size > BOMB_MIN_BYTES and info.file_size > BOMB_RATIO * max(info.compress_size, 1):
            raise _TooBig(f"中的“{info.filename}”压缩比异常（疑似压缩炸弹）")
    if total > MAX_TOTAL_BYTES:
        raise _TooBig(f"解压后过大（共 {total // (1024 * 1024)} MB）")


def _guard_extent(path: Path, fmt: str, sheet_name: str) -> None:
    """Refuse a sheet whose used range is too big for calamine (for an .ods: all its tables)."""
    if fmt not in ("xlsx", "xlsm", "ods"):
        return  # .xls is at most 65,536 × 256 cells: bounded by the format
    label = f"工作表“{sheet_name}”" if sheet_name else "工作表"
    try:
        with zipfile.ZipFile(path) as zf:
            try:
                _guard_members(zf)
            except _TooBig as exc:
                raise _fail(path, f"文件{exc}", key="too-large") from None
            if fmt == "ods":
                rows, cols = _scan_ods_extent(zf)
            else:
                member = _xlsx_sheet_parts(zf).get(sheet_name)
                if member is None or member not in zf.namelist():
                    return  # let calamine report it
                rows, cols = _scan_xlsx_extent(zf, member)
    except _TooBig as exc:
        raise _fail(path, f"{label}{exc}", key="too-large") from None
    except (*_ZIP_ERRORS, SafeET.ParseError, KeyError):
        raise _fail(path, "文件已损坏，无法解析其内容") from None
    except Exception as exc:  # defusedxml refusals (entities, DTD …)
        if type(exc).__module__.startswith("defusedxml"):
            raise _fail(path, "文件中含有不安全的 XML 内容，已拒绝读取") from None
        raise
    if rows > MAX_ROWS:
        raise _fail(
            path, f"{label}有 {rows} 行，超过上限 {MAX_ROWS} 行；请删除多余的行后再导入", key="too-large"
        )
    if rows * cols > MAX_CELLS:
        raise _fail(
            path,
            f"{label}的数据范围过大（{rows} 行 × {cols} 列）；请删除远处多余的单元格内容后再导入",
            key="too-large",
        )


# --------------------------------------------------------------------------- reading


def _open(path: Path, fmt: str) -> calamine.CalamineWorkbook:
    try:
        if path.suffix.lower().lstrip(".") == fmt:
            return calamine.CalamineWorkbook.from_path(str(path))
        with path.open("rb") as fh:  # right content under the wrong extension
            return calamine.CalamineWorkbook.from_filelike(fh)
    except calamine.PasswordError:
        raise _fail(path, "工作簿设置了密码，请在 Excel 中取消密码后另存再导入", key="encrypted") from None
    except (calamine.CalamineError, OSError, ValueError) as exc:
        raise _fail(path, f"文件已损坏或格式不受支持（{exc}）") from None


def _visible_worksheets(wb: calamine.CalamineWorkbook) -> list[str]:
    out = []
    for meta in wb.sheets_metadata:
        if meta.typ == calamine.SheetTypeEnum.WorkSheet and meta.visible == calamine.SheetVisibleEnum.Visible:
            out.append(meta.name)
    return out


def list_sheets(path: str | Path) -> list[str]:
    """Names of the visible worksheets, in workbook order."""
    path = Path(path)
    fmt = sniff_format(path)
    if fmt == "ods":
        _guard_extent(path, fmt, "")
    wb = _open(path, fmt)
    try:
        return _visible_worksheets(wb)
    finally:
        wb.close()


def _pick_sheet(path: Path, names: list[str], visible: list[str], sheet: str | int | None) -> list[str]:
    """Candidate sheet names, in order of preference."""
    if sheet is None or sheet == "":
        if not visible:
            raise _fail(path, "工作簿中没有可见的工作表", key="empty")
        return visible
    if isinstance(sheet, int):
        if 1 <= sheet <= len(names):
            return [names[sheet - 1]]
    else:
        if sheet in names:
            return [sheet]
        wanted = "".join(sheet.split())
        for n in names:
            if "".join(n.split()) == wanted:
                return [n]
        if wanted.isdigit() and 1 <= int(wanted) <= len(names):
            return [names[int(wanted) - 1]]
    listing = "、".join(f"“{n}”" for n in names)
    raise WorkbookError(f"“{path.name}”中没有工作表“{sheet}”；现有工作表：{listing}", key="no-sheet")


def _fill_merged(rows: list[list[Any]], merged: list[tuple[int, int, int, int]]) -> None:
    nrows = len(rows)
    for r0, c0, r1, c1 in merged:
        if r0 >= nrows:
            continue
        top = rows[r0]
        if c0 >= len(top):
            continue
        value = top[c0]
        if value == "" or value is None:
            continue
        for r in range(r0, min(r1, nrows - 1) + 1):
            line = rows[r]
            for c in range(c0, min(c1, len(line) - 1) + 1):
                if line[c] == "" or line[c] is None:
                    line[c] = value


def read_sheet(path: str | Path, sheet: str | int | None = None, *, fill_merged: bool = True) -> SheetData:
    """Read one worksheet: the named one (name or 1-based index), else the first visible one with data."""
    path = Path(path)
    fmt = sniff_format(path)
    if fmt == "ods":
        _guard_extent(path, fmt, "")  # calamine reads every .ods table on opening
    wb = _open(path, fmt)
    try:
        names = list(wb.sheet_names)
        candidates = _pick_sheet(path, names, _visible_worksheets(wb), sheet)
        for name in candidates:
            if fmt != "ods":
                _guard_extent(path, fmt, name)
            try:
                ws = wb.get_sheet_by_name(name)
                rows = ws.to_python(skip_empty_area=False, nrows=MAX_ROWS + 1)
                ranges = ws.merged_cell_ranges or []
            except calamine.PasswordError:
                raise _fail(
                    path, "工作簿设置了密码，请在 Excel 中取消密码后另存再导入", key="encrypted"
                ) from None
            except calamine.CalamineError as exc:
                raise _fail(path, f"工作表“{name}”无法读取（{exc}）") from None
            if len(rows) > MAX_ROWS:
                raise _fail(path, f"工作表“{name}”超过 {MAX_ROWS} 行，请拆分后再导入", key="too-large")
            if not any(v != "" and v is not None for r in rows for v in r):
                continue
            merged = [(a[0], a[1], b[0], b[1]) for a, b in ranges]
            if fill_merged and merged:
                _fill_merged(rows, merged)
            return SheetData(
                path=path, name=name, fmt=fmt, rows=rows, merged=merged, sheet_names=tuple(names)
            )
    finally:
        wb.close()
    if len(candidates) == 1:
        raise _fail(path, f"工作表“{candidates[0]}”是空的", key="empty")
    raise _fail(path, "工作簿中所有工作表都是空的", key="empty")
