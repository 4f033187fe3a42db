"""A township's monthly attendance sheet (考勤表) as townships really send it.

Pure functions over ``excel_read.SheetData.rows`` (row ``i`` is Excel row ``i + 1``, merged cells
filled):

- the title names the year and month ("安澜县黄河口镇驻村干部2026年3月考勤表", "2026.03", "二〇二六年三月"
  is not read: use ``--month``) and often the township;
- a header row holds the day numbers 1…28–31 (numbers, "1日", "1号", "01"); 姓名 and 身份证号 may sit
  in that row or in a merged cell above it; a weekday row (一 二 三 … / 星期) under it is skipped;
- one row per cadre; columns after the days (出勤天数, 合计, 备注) are read only to cross-check;
- marks: √ ✓ ✔ 在 = in post, 假 事 = personal leave, 病 = sick leave, 差 公 = official duty away,
  训 = training, 休 = rest day, 缺 旷 × = absent, blank = absent.

``parse_mark`` is also what the month grid accepts when a clerk types or pastes.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from cadredesk.core.enums import AttendanceMark as M
from cadredesk.errors import ValidationError
from cadredesk.io.onpost_sheets import header_key
from cadredesk.io.roster_layout import clean_text, is_blank, is_blank_row, resolve_header

_MARKS: dict[str, str] = {}
for _m, _words in {
    M.IN_POST: ("√", "✓", "✔", "☑", "在", "在岗", "出勤", "○", "〇", "v", "V"),
    M.PERSONAL_LEAVE: (
        "假",
        "事",
        "事假",
        "请假",
        "年",
        "年假",
        "年休假",
        "婚",
        "丧",
        "婚假",
        "丧假",
        "探亲",
    ),
    M.SICK_LEAVE: ("病", "病假"),
    M.DUTY: ("差", "公", "公出", "出差", "公差", "外出", "会"),
    M.TRAINING: ("训", "培", "培训", "学", "学习"),
    M.REST: ("休", "休息", "轮休", "调休"),
    M.ABSENT: ("缺", "缺勤", "旷", "旷工", "×", "✗", "✘", "x", "X", "缺岗"),
}.items():
    for _w in _words:
        _MARKS[_w] = _m.value

#: what the sheet's legend and error messages list
MARK_HELP = "√ ✓ 在 = 在岗，假 事 = 事假，病 = 病假，差 公 = 公出，训 = 培训，休 = 休息，缺 或空白 = 缺勤"


def parse_mark(value: Any) -> str | None:
    """A cell → the stored mark (在 事 病 公 训 休 缺); None for a blank cell; ValueError when unreadable."""
    if value is None or (isinstance(value, str) and is_blank(value)):
        return None
    if isinstance(value, bool):
        return M.IN_POST.value if value else M.ABSENT.value
    if isinstance(value, int | float):
        if value == 1:
            return M.IN_POST.value  # 1 = present, as some sheets count
        if value == 0:
            return M.ABSENT.value
        raise ValueError(f"“{clean_text(value)}”不是考勤符号")
    text = "".join(unicodedata.normalize("NFKC", str(value)).split())
    if text in _MARKS:
        return _MARKS[text]
    raise ValueError(f"“{clean_text(value)}”不是考勤符号（{MARK_HELP}）")


# --------------------------------------------------------------------------- layout

_YM = (
    re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月"),
    re.compile(r"((?:19|20)\d{2})\s*[.\-/]\s*(\d{1,2})(?!\d)"),
)
_TOWN = re.compile(r"([\u4e00-\u9fff]{1,10}?(?:镇|乡|街道))")
_SUMMARY = re.compile(r"(出勤|在岗|驻村|实际)(天数|日数)|合计|小计|天数")
_WEEKDAYS = set("一二三四五六日天") | {"星期", "周"}
_DAY = re.compile(r"^(\d{1,2})(?:日|号)?$")
HEADER_SCAN_ROWS = 25


@dataclass(frozen=True)
class SheetMonth:
    year: int
    month: int


@dataclass
class AttendanceLayout:
    header_row: int  # 1-based row holding the day numbers
    day_columns: dict[int, int]  # 0-based column → day of month
    name_col: int
    id_col: int | None
    summary_col: int | None  # 出勤天数 (cross-check)
    title_month: SheetMonth | None
    title_township: str
    first_data_row: int  # 1-based
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SheetLine:
    """One cadre's row: who, and the raw cell of each day column."""

    row: int
    name: str
    id_number: str
    cells: dict[int, Any]  # day of month → raw cell ("" when blank)
    stated_days: Any = None  # the sheet's own 出勤天数, when it has the column


def _day_number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if float(value).is_integer() and 1 <= value <= 31 else None
    if isinstance(value, dt.datetime | dt.date):
        return value.day  # a header typed as dates 2026-03-01 …
    if isinstance(value, str):
        m = _DAY.match("".join(unicodedata.normalize("NFKC", value).split()))
        return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 31 else None
    return None


def _day_columns(row: Sequence[Any]) -> dict[int, int]:
    """The longest run 1, 2, 3 … of day numbers in the row (at least 28)."""
    best: dict[int, int] = {}
    run: dict[int, int] = {}
    expect = 1
    for col, v in enumerate(row):
        n = _day_number(v)
        if n == expect:
            run[col] = n
            expect += 1
        elif n == 1:
            run, expect = {col: 1}, 2
        elif is_blank(v) and run and expect <= 31:
            continue  # a blank cell inside the run (a merged weekend marker): keep looking
        else:
            if len(run) > len(best):
                best = run
            run, expect = {}, 1
    if len(run) > len(best):
        best = run
    return best if len(best) >= 28 else {}


def title_info(rows: Sequence[Sequence[Any]], before: int) -> tuple[SheetMonth | None, str]:
    """Year/month and township named in the rows above the header."""
    month: SheetMonth | None = None
    town = ""
    for r in range(min(before, len(rows))):
        for v in rows[r]:
            if not isinstance(v, str) or is_blank(v):
                continue
            text = unicodedata.normalize("NFKC", v)
            if month is None and not re.search(r"填报|填表|制表|报送|日期", text):
                for pattern in _YM:
                    m = pattern.search(text)
                    if m and 1 <= int(m.group(2)) <= 12:
                        month = SheetMonth(int(m.group(1)), int(m.group(2)))
                        break
            if not town and ("考勤" in text or "填报单位" in text or "单位" in text):
                m = _TOWN.search(text.split("单位")[-1] if "单位" in text else text)
                if m:
                    town = re.sub(r"^.*?(?:县|区|市)", "", m.group(1)) or m.group(1)
    return month, town


def detect(rows: Sequence[Sequence[Any]]) -> AttendanceLayout:
    """Find the day header, the name/ID columns and where the data starts."""
    for r in range(min(len(rows), HEADER_SCAN_ROWS)):
        days = _day_columns(rows[r])
        if not days:
            continue
        first_day_col = min(days)
        name_col = id_col = summary_col = None
        for rr in (r, r - 1, r - 2):  # the 姓名 cell may be merged down from above the day numbers
            if rr < 0:
                continue
            for col, v in enumerate(rows[rr]):
                if not isinstance(v, str):
                    continue
                field = resolve_header(v)
                if field == "name" and name_col is None and col < first_day_col:
                    name_col = col
                elif field == "id_number" and id_col is None and col < first_day_col:
                    id_col = col
                elif col > max(days) and summary_col is None and _SUMMARY.search(header_key(v)):
                    summary_col = col
        if name_col is None:
            raise ValidationError(f"第 {r + 1} 行有日期 1–{len(days)}，但找不到“姓名”列", key="no-header")
        start = r + 1
        while start < len(rows) and _is_weekday_row(rows[start], days):
            start += 1
        month, town = title_info(rows, r)
        return AttendanceLayout(r + 1, days, name_col, id_col, summary_col, month, town, start + 1)
    raise ValidationError(
        f"找不到考勤表的表头：前 {HEADER_SCAN_ROWS} 行中没有依次写着 1、2、3……（至少到 28）的日期行",
        key="no-header",
    )


def _is_weekday_row(row: Sequence[Any], days: dict[int, int]) -> bool:
    texts = [clean_text(row[c]) for c in days if c < len(row) and not is_blank(row[c])]
    if not texts:
        return False
    return all(t in _WEEKDAYS or t.startswith(("星期", "周")) for t in texts)


_FOOTER = re.compile(
    r"^(合计|总计|小计|注[:：\d、.]|注$|说明|备注[:：]|填表人|填报人|审核人|制表人|负责人|联系人|经办人|填表日期|填报日期|考勤员|乡镇\(街道\)党|签字|盖章)"
)


def lines(
    rows: Sequence[Sequence[Any]], layout: AttendanceLayout
) -> tuple[list[SheetLine], list[tuple[int, str]]]:
    """The cadre rows, and the rows after the header that are not data (row, why) for the report."""
    out: list[SheetLine] = []
    skipped: list[tuple[int, str]] = []
    for r in range(layout.first_data_row - 1, len(rows)):
        row = rows[r]
        if is_blank_row(row):
            continue
        first = next((v for v in row if not is_blank(v)), "")
        if isinstance(first, str) and _FOOTER.match(header_key(first)):
            skipped.append((r + 1, "表尾或说明行"))
            continue
        name = "".join(clean_text(row[layout.name_col]).split()) if layout.name_col < len(row) else ""
        if name and resolve_header(name) == "name":
            skipped.append((r + 1, "重复的表头行"))
            continue
        idn = ""
        if layout.id_col is not None and layout.id_col < len(row):
            raw = row[layout.id_col]
            idn = "".join(clean_text(raw).split()).upper() if not is_blank(raw) else ""
        cells = {d: (row[c] if c < len(row) else "") for c, d in layout.day_columns.items()}
        stated = (
            row[layout.summary_col]
            if layout.summary_col is not None and layout.summary_col < len(row)
            else None
        )
        if not name and not idn:
            if any(not is_blank(v) for v in cells.values()):
                out.append(SheetLine(r + 1, "", "", cells, stated))  # marks without a person: rejected
            continue
        out.append(SheetLine(r + 1, name, idn, cells, stated))
    return out, skipped
