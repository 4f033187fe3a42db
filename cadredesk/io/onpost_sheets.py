"""Small on-post workbooks as clerks keep them: leader visits, insurance/Party/allowance lists, holiday notices.

Pure functions over ``excel_read.SheetData.rows`` (row ``i`` is Excel row ``i + 1``; merged cells
filled): find the header row by synonyms (full-width text, spaces and (必填) notes ignored, as in
``roster_layout``), map the columns, and hand back the data rows with their Excel row numbers; a
title row, a 填报单位 line, blank rows and footers (合计, 注, 填表人 …) are not data.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cadredesk.errors import ValidationError
from cadredesk.io.roster_layout import clean_text, is_blank, is_blank_row, parse_date

HEADER_SCAN_ROWS = 30
_FOOTER = re.compile(
    r"^(合计|总计|小计|共计|注[:：\d、.]|注$|说明[:：]|填表人|填报人|审核人|制表人|负责人|联系人|经办人|填表日期|填报日期)"
)


def header_key(value: Any) -> str:
    """A header cell → comparison key: NFKC, no whitespace, no */★ or (必填)-style notes, no colon."""
    if not isinstance(value, str):
        return ""
    t = "".join(unicodedata.normalize("NFKC", value).split())
    t = t.replace("*", "").replace("★", "")
    t = re.sub(r"\((必填|选填|可选|必选)\)", "", t)
    return t.strip(":")


@dataclass(frozen=True)
class SheetLayout:
    header_row: int  # 1-based
    columns: dict[int, str]  # 0-based column → field
    captions: dict[str, str]  # field → header text as found


@dataclass(frozen=True, slots=True)
class DataRow:
    row: int  # 1-based Excel row
    values: dict[str, Any]  # field → raw non-blank value

    def text(self, key: str) -> str:
        v = self.values.get(key)
        return "" if v is None else clean_text(v)


def _match(key: str, synonyms: Sequence[str]) -> bool:
    bare = re.sub(r"\([^()]*\)", "", key)
    return key in synonyms or bare in synonyms


def find_layout(
    rows: Sequence[Sequence[Any]],
    synonyms: Mapping[str, Sequence[str]],
    required: Sequence[str],
    what: str,
) -> SheetLayout:
    """The first row (of the top 30) naming every ``required`` field, and its column mapping."""
    keyed = {f: tuple(header_key(s) for s in names) for f, names in synonyms.items()}
    best: SheetLayout | None = None
    for r in range(min(len(rows), HEADER_SCAN_ROWS)):
        columns: dict[int, str] = {}
        captions: dict[str, str] = {}
        for col, cell in enumerate(rows[r]):
            key = header_key(cell)
            if not key:
                continue
            for f, names in keyed.items():
                if f not in captions and _match(key, names):
                    columns[col] = f
                    captions[f] = clean_text(cell)
                    break
        if all(f in captions for f in required):
            best = SheetLayout(r + 1, columns, captions)
            break
    if best is None:
        wanted = "、".join(f"“{synonyms[f][0]}”" for f in required)
        raise ValidationError(
            f"找不到{what}的表头：前 {HEADER_SCAN_ROWS} 行中没有同时含{wanted}的行", key="no-header"
        )
    return best


def data_rows(rows: Sequence[Sequence[Any]], layout: SheetLayout) -> list[DataRow]:
    """The rows under the header with any mapped value; footers, blank rows and repeated headers left out."""
    out: list[DataRow] = []
    cols = sorted(layout.columns.items())
    for r in range(layout.header_row, len(rows)):
        line = rows[r]
        if is_blank_row(line):
            continue
        first = next((v for v in line if not is_blank(v)), "")
        if isinstance(first, str) and _FOOTER.match(header_key(first)):
            continue
        values = {f: line[c] for c, f in cols if c < len(line) and not is_blank(line[c])}
        if not values:
            continue
        if all(
            isinstance(v, str) and header_key(v) == header_key(layout.captions.get(f, ""))
            for f, v in values.items()
        ):
            continue  # the header repeated (a sheet printed over several pages)
        out.append(DataRow(r + 1, values))
    return out


def cell_date(value: Any) -> dt.date:
    """A full date from a cell (date, serial, 2026-03-05, 2026.3.5, 2026年3月5日); ValueError otherwise."""
    loose = parse_date(value)
    if loose.full is None:
        raise ValueError(f"日期“{clean_text(value)}”缺少日")
    return loose.full


def cell_money(value: Any) -> float:
    """An amount of yuan (1500, 1,500.00, 1500元); ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError(f"金额“{value}”无法识别")
    if isinstance(value, int | float):
        return float(value)
    text = (
        clean_text(value).replace(",", "").replace("，", "").removesuffix("元").removesuffix("元/月").strip()
    )
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"金额“{clean_text(value)}”无法识别") from None


# --------------------------------------------------------------------------- holiday notices

_PARENS = re.compile(r"[（(][^（）()]*[）)]")
_ISO = re.compile(r"(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})")
_PART_SPLIT = re.compile(r"[、，,；;\n]+")
_RANGE = re.compile(r"\s*(?:至|到|~|～|—|–|-)\s*")
_DATE = re.compile(r"^(?:(\d{4})年)?\s*(?:(\d{1,2})月)?\s*(\d{1,2})日?")


def notice_dates(value: Any, year: int) -> list[dt.date]:
    """Dates written in a notice's cell: "2月6日至12日", "1月1日", "2月14日（星期日）、2月20日（星期六）上班",
    "2027-02-06~2027-02-12", or a date cell; ``year`` where the text has none. ValueError otherwise."""
    if isinstance(value, dt.datetime):
        return [value.date()]
    if isinstance(value, dt.date):
        return [value]
    text = unicodedata.normalize("NFKC", clean_text(value))
    text = _PARENS.sub("", text)
    text = _ISO.sub(lambda m: f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日", text)
    text = re.sub(r"(上班|放假|调休|共\d+天|\d+天)", "", text).strip()
    if text in ("", "无", "不调休", "-"):
        return []
    out: list[dt.date] = []
    for part in _PART_SPLIT.split(text):
        part = part.strip()
        if not part:
            continue
        ends = _RANGE.split(part)
        if len(ends) > 2 or not all(ends):
            raise ValueError(f"“{clean_text(value)}”中的“{part}”无法识别为日期或日期范围")
        y, m = year, None
        days: list[dt.date] = []
        for end in ends:
            hit = _DATE.match(end)
            if not hit or hit.end() != len(end):
                raise ValueError(f"“{clean_text(value)}”中的“{end}”无法识别为日期")
            y = int(hit.group(1)) if hit.group(1) else y
            m = int(hit.group(2)) if hit.group(2) else m
            if m is None:
                raise ValueError(f"“{clean_text(value)}”中的“{end}”缺少月份")
            try:
                days.append(dt.date(y, m, int(hit.group(3))))
            except ValueError:
                raise ValueError(f"“{clean_text(value)}”中的日期“{end}”不存在") from None
        if len(days) == 2:
            first, last = days
            if last < first and last.month < first.month:  # "12月31日至1月2日": into the next year
                last = last.replace(year=last.year + 1)
            if last < first or (last - first).days > 31:
                raise ValueError(f"“{clean_text(value)}”中的日期范围“{part}”不合理")
            out.extend(first + dt.timedelta(days=i) for i in range((last - first).days + 1))
        else:
            out.extend(days)
    return out


_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def title_year(rows: Sequence[Sequence[Any]], before: int) -> int | None:
    """A year named in the rows above the header ("2027年部分节假日安排")."""
    for r in range(min(before, len(rows))):
        for v in rows[r]:
            if isinstance(v, str):
                m = _YEAR.search(unicodedata.normalize("NFKC", v))
                if m:
                    return int(m.group(1))
    return None
