"""Find the header of a roster sheet as units really send it, map its columns, pick the data rows.

Pure functions over the 2-D cell lists of ``excel_read.SheetData.rows`` (row ``i`` is Excel row
``i + 1``; merged ranges already filled with their top-left value):

- ``detect_layout(rows)`` → ``RosterLayout``: header row(s) (one level, or two with group labels
  such as 基本情况 / 派驻情况 above the leaves), column → field mapping through synonyms, the data
  rows, and the rows after the header that are not data (blank, 合计/注/填表人 footers, repeated
  headers, rows with only a 序号, section titles) with the reason.
- The clerk can correct it: ``detect_layout(rows, header_rows=…, columns=…)`` recomputes the rest
  around an override; ``apply_layout(rows, layout)`` → ``RawRow`` per data row (raw cell values).
- Value normalisers shared by the importer: ``parse_date`` (1985.3, 1985.03, 1985年3月, 1985-03-12,
  19850312, 198503, Excel serials, date objects), ``parse_role``, ``parse_bool``, ``clean_text``, …

No I/O, no database, no Qt.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from operator import itemgetter
from typing import Any

from cadredesk.core.enums import ETHNICITIES, Role
from cadredesk.core.text import clean_text as _strip_unsafe
from cadredesk.errors import ValidationError

#: Field keys → the caption the GUI shows for them.
FIELD_LABELS: dict[str, str] = {
    "seq": "序号",
    "name": "姓名",
    "id_number": "身份证号",
    "gender": "性别",
    "ethnicity": "民族",
    "birth_date": "出生年月",
    "political_status": "政治面貌",
    "education": "学历",
    "unit": "派出单位",
    "post": "现任职务",
    "unit_post": "工作单位及职务",
    "rank": "职级",
    "township": "乡镇（街道）",
    "place": "派驻村（社区）",
    "place_kind": "派驻点类型",
    "role": "派驻身份",
    "is_reserve": "是否后备干部",
    "has_grassroots_exp": "有无基层工作经历",
    "phone": "联系电话",
    "start": "派驻开始时间",
    "end": "派驻结束时间",
    "note": "备注",
    "status": "状态",
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "序", "编号", "顺序号", "No", "No.", "NO"),
    "name": ("姓名", "干部姓名", "人员姓名", "选派干部姓名", "驻村干部姓名", "名字"),
    "id_number": (
        "身份证号", "身份证号码", "公民身份号码", "公民身份证号码", "身份证", "居民身份证号", "居民身份证号码",
        "身份证件号码", "证件号码", "身份号码",
    ),
    "gender": ("性别",),
    "ethnicity": ("民族",),
    "birth_date": ("出生年月", "出生", "出生日期", "出生年月日", "出生时间", "生日", "出生年月(年.月)"),
    "political_status": ("政治面貌", "党派"),
    "education": ("学历", "文化程度", "最高学历", "全日制学历", "学历(学位)", "学历学位"),
    "unit": (
        "派出单位", "工作单位", "单位", "所在单位", "原单位", "原工作单位", "选派单位", "单位名称", "推荐单位",
        "派出单位名称",
    ),
    "post": ("职务", "现任职务", "现职务", "原单位职务", "现任职务职级", "原任职务"),
    "unit_post": (
        "工作单位及职务", "单位及职务", "现工作单位及职务", "工作单位和职务", "单位和职务", "工作单位及职务(职级)",
        "现工作单位及职务(职级)", "派出单位及职务", "所在单位及职务", "原工作单位及职务", "工作单位职务",
    ),
    "rank": ("职级", "现职级", "职务层次", "级别", "职务级别"),
    "township": (
        "乡镇", "乡镇(街道)", "派驻乡镇", "派驻乡镇(街道)", "乡镇街道", "乡镇(街道)名称", "所在乡镇", "乡(镇)", "镇(乡)",
        "乡镇名称", "街道", "乡镇(街道、园区)",
    ),
    "place": (
        "派驻村", "派驻村(社区)", "村(社区)", "派驻地点", "村", "村名", "村居", "派驻村居", "派驻点", "派驻村(社区)名称",
        "驻村名称", "所驻村", "派驻村名称", "村(社区)名称", "派驻村(社区、企业)", "派驻单位(村、社区、企业)", "社区",
        "村(居)", "派驻村(居)", "拟派驻村", "拟派驻村(社区)", "拟驻村", "拟派村", "拟派驻村居", "拟派驻地点", "驻村地点",
        "派驻地", "驻点村", "拟派驻村(社区)名称", "拟派驻单位(村、社区、企业)",
    ),
    "place_kind": ("派驻点类型", "派驻类型", "村(社区)类型", "派驻点性质"),
    "role": (
        "派驻身份", "职务(驻村)", "驻村职务", "角色", "拟任职务", "派驻职务", "驻村身份", "拟任驻村职务", "驻村任职",
        "派驻角色", "担任职务(驻村)",
    ),
    "is_reserve": ("是否后备干部", "后备干部", "是否为后备干部", "是否属于后备干部"),
    "has_grassroots_exp": ("有无基层工作经历", "基层工作经历", "是否有基层工作经历", "有无基层经历"),
    "phone": ("联系电话", "手机", "手机号", "手机号码", "电话", "联系方式", "电话号码", "移动电话"),
    "start": (
        "派驻开始", "派驻开始时间", "派驻起始时间", "起始时间", "开始时间", "派驻时间起", "驻村开始时间", "开始日期",
        "起始日期", "派驻开始日期", "到岗时间",
    ),
    "end": (
        "派驻结束", "派驻结束时间", "结束时间", "派驻截止时间", "截止时间", "结束日期", "派驻时间止", "驻村结束时间",
        "截止日期", "派驻结束日期", "派驻期满时间",
    ),
    "note": ("备注", "说明"),
    "status": ("状态", "在岗状态", "派驻状态"),
}  # fmt: skip

_STARTS = ("开始", "起", "起始", "开始时间", "起始时间", "开始日期", "起始日期", "起始年月", "自")
_ENDS = ("结束", "止", "截止", "结束时间", "截止时间", "结束日期", "截止日期", "至")
_PLACE_LEAVES = ("村", "村(社区)", "地点", "名称", "村名", "村居", "社区", "村(居)", "派驻点")
_ROLE_LEAVES = ("职务", "身份", "角色", "任职", "担任职务")

_FOOTER = re.compile(
    r"^(合计|总计|小计|共计|总人数|注[:\d、.]|注$|说明[:\d、]|填表人|填报人|审核人|制表人|负责人|单位负责人|主要负责人|"
    r"联系人|经办人|填表日期|填报日期|制表日期|审核日期|领导签字|签字|盖章|\(盖章\)|单位\(盖章\))"
)
_TITLE = re.compile(r"(名单|名册|花名册|一览表|统计表|汇总表|登记表|信息表|情况表|明细表)$|^附件|^附表")
_SECTION = re.compile(r"^[一二三四五六七八九十]+[、.]")
_ID_LIKE = re.compile(r"^\d{15,17}[\dXx]$")
_NAME_LIKE = re.compile(r"^[\u3400-\u9fff\U00020000-\U0003134f·•]{2,6}$")
_FILLED_BY = re.compile(
    r"填报单位(?:\(盖章\))?[:]?(.*?)(?:\s{2,}|填报日期|填表日期|报送日期|日期[:]|填表人|联系人|$)"
)
_PAREN = re.compile(r"\([^()]*\)")
_SEAL = re.compile(r"[(（](?:盖章|公章|章)[)）]")
_NOTE = re.compile(r"\((必填|选填|可选|必选|必须填写|可不填)\)")

#: Scan this many rows from the top for the header.
HEADER_SCAN_ROWS = 60


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _hkey(value: Any) -> str:
    """Header text → comparison key: NFKC (full-width → ASCII), no whitespace, no */★ or (必填)."""
    if not isinstance(value, str):
        return ""
    t = "".join(_nfkc(value).split())
    t = t.replace("*", "").replace("★", "").replace("※", "")
    t = _NOTE.sub("", t)
    return t.strip(":")


_LOOKUP: dict[str, str] = {}
for _field, _names in _SYNONYMS.items():
    for _n in _names:
        _LOOKUP.setdefault(_hkey(_n), _field)


def _lookup(key: str) -> str | None:
    if not key:
        return None
    hit = _LOOKUP.get(key)
    if hit is None and "(" in key:
        hit = _LOOKUP.get(_PAREN.sub("", key))
    return hit


def resolve_header(leaf: Any, parent: Any = None) -> str | None:
    """The field a header cell names, with the group label above it as context (派驻情况 / 职务 → role)."""
    lk, pk = _hkey(leaf), _hkey(parent)
    if lk and pk and lk != pk:
        bare = _PAREN.sub("", lk)
        if re.search(r"派驻|驻村|任职|挂职|选派", pk):
            if bare in _ROLE_LEAVES:
                return "role"
            if bare in _PLACE_LEAVES:
                return "place"
        if re.search(r"派驻|驻村|时间|期限|日期|期间|任期", pk):
            if bare in _STARTS:
                return "start"
            if bare in _ENDS:
                return "end"
        combined = _lookup(pk + lk)
        if combined:
            return combined
    if lk:
        return _lookup(lk)
    return _lookup(pk)


# --------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class RosterLayout:
    """Where the roster is in a sheet. Rows are 1-based Excel rows, columns 0-based (0 = A)."""

    header_rows: tuple[int, ...]
    columns: dict[int, str]  # column → field key
    headers: dict[int, str]  # column → header caption as found ("派驻情况/村")
    data_rows: tuple[int, ...]
    skipped: tuple[tuple[int, str], ...] = ()  # rows after the header that are not data, with why
    notes: tuple[str, ...] = ()  # remarks about the mapping (duplicate columns …)
    filled_by: str = ""  # the 填报单位 line's unit, when there is one
    #: columns with content in the data rows that map to no field: (column, caption, cells with content);
    #: their content is not imported, and the report says so
    ignored: tuple[tuple[int, str, int], ...] = ()

    def column_of(self, key: str) -> int | None:
        for col, f in self.columns.items():
            if f == key:
                return col
        return None

    @property
    def last_header_row(self) -> int:
        return self.header_rows[-1]

    def missing_required(self) -> list[str]:
        """Captions of required columns the mapping lacks."""
        have = set(self.columns.values())
        return [FIELD_LABELS[k] for k in ("name", "id_number", "place") if k not in have]


@dataclass(frozen=True, slots=True)
class RawRow:
    """One data row: its Excel row number and the raw value of every mapped, non-empty cell."""

    row: int
    values: dict[str, Any]

    def get(self, key: str) -> Any:
        return self.values.get(key)


def col_letter(col: int) -> str:
    """0-based column → Excel letters (0 → A, 26 → AA)."""
    n, out = col + 1, ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


_BLANKS = " \t\r\n\u3000\u00a0\u200b\ufeff"


def is_blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip(_BLANKS)
    return False


def _filled(line: Sequence[Any], cols: Sequence[tuple[int, str]]) -> dict[str, Any]:
    """field → value of the non-blank mapped cells of a row (hot path: inlined blank test)."""
    n = len(line)
    return {
        f: v
        for c, f in cols
        if c < n and (v := line[c]) is not None and v != "" and (type(v) is not str or v.strip(_BLANKS))
    }


class _Filler:
    """``_filled(line, cols)`` for many rows with the same columns: the mapped cells of a row long
    enough to hold them all are fetched at once (``itemgetter``, in C) — 40 % of the layout pass."""

    def __init__(self, cols: Sequence[tuple[int, str]]) -> None:
        self.cols = cols
        self.fields = [f for _c, f in cols]
        self.need = max((c for c, _f in cols), default=-1) + 1
        self.get = itemgetter(*(c for c, _f in cols)) if len(cols) > 1 else None

    def __call__(self, line: Sequence[Any]) -> dict[str, Any]:
        if self.get is None or len(line) < self.need:
            return _filled(line, self.cols)
        return {  # the blank test is _filled's
            f: v
            for f, v in zip(self.fields, self.get(line), strict=True)
            if v is not None and v != "" and (type(v) is not str or v.strip(_BLANKS))
        }


def _texts(row: Sequence[Any]) -> list[str]:
    return [v for v in row if isinstance(v, str) and not is_blank(v)]


def _row_fields(row: Sequence[Any]) -> dict[int, str]:
    out: dict[int, str] = {}
    for c, v in enumerate(row):
        if isinstance(v, str) and v:
            f = resolve_header(v)
            if f:
                out[c] = f
    return out


def _is_meta(row: Sequence[Any]) -> bool:
    """Title rows, 填报单位/日期 lines, notes: text with a colon, or a title-like single text."""
    texts = _texts(row)
    if not texts:
        return False
    keys = [_hkey(t) for t in texts]
    if any(":" in _PAREN.sub("", k) for k in keys):
        return True
    if len(set(keys)) == 1 and (_TITLE.search(keys[0]) or len(keys[0]) > 12):
        return True
    return any(_TITLE.search(k) and len(k) > 6 for k in keys)


def _looks_data(row: Sequence[Any]) -> bool:
    for v in row:
        if isinstance(v, bool):
            continue
        if isinstance(v, int | float) and abs(v) >= 1e9:
            return True
        if isinstance(v, dt.date):
            return True
        if isinstance(v, str) and _ID_LIKE.match("".join(_nfkc(v).split())):
            return True
    return False


def _cell(rows: Sequence[Sequence[Any]], r: int, c: int) -> Any:
    if 0 <= r < len(rows) and c < len(rows[r]):
        return rows[r][c]
    return ""


def _joins_above(upper: Sequence[Any], lower: Sequence[Any]) -> bool:
    """Is ``upper`` a group-label row above the header row ``lower``?"""
    if is_blank_row(upper) or _is_meta(upper) or _looks_data(upper):
        return False
    texts = {_hkey(t) for t in _texts(upper)} - {""}
    if not texts:
        return False
    if len(texts) < 2 and not _row_fields(upper):
        # one group label over part of the header (a title spans it all)
        (label,) = texts
        spanned = sum(1 for v in upper if isinstance(v, str) and _hkey(v) == label)
        leaves = sum(1 for v in lower if not is_blank(v))
        if _TITLE.search(label) or len(label) > 10 or spanned >= leaves:
            return False
    for c, v in enumerate(upper):
        if is_blank(v) or not isinstance(v, str):
            continue
        below = _cell([lower], 0, c)
        if _hkey(below) == _hkey(v):
            continue
        if is_blank(below) or resolve_header(v) is None:
            return True
    return False


def _joins_below(upper: Sequence[Any], lower: Sequence[Any]) -> bool:
    """Is ``lower`` a row of leaves under the header row ``upper`` (which then holds group labels)?"""
    if is_blank_row(lower) or _is_meta(lower) or _looks_data(lower):
        return False
    for c, v in enumerate(lower):
        if is_blank(v) or not isinstance(v, str):
            continue
        above = _cell([upper], 0, c)
        if _hkey(above) == _hkey(v):
            continue
        if (is_blank(above) or resolve_header(above) is None) and resolve_header(v, above):
            return True
    return False


def is_blank_row(row: Sequence[Any]) -> bool:
    return all(is_blank(v) for v in row)


def _find_header(rows: Sequence[Sequence[Any]]) -> tuple[int, ...]:
    best, best_score = -1, 0
    for r in range(min(len(rows), HEADER_SCAN_ROWS)):
        found = set(_row_fields(rows[r]).values())
        if not found & {"name", "id_number"}:
            continue
        score = len(found)
        if score > best_score:
            best, best_score = r, score
    if best < 0 or best_score < 2:
        raise ValidationError("找不到表头：前 60 行中没有同时含“姓名”“身份证号”等列名的行", key="no-header")
    if best + 1 < len(rows) and _joins_below(rows[best], rows[best + 1]):
        return (best + 1, best + 2)
    if best >= 1 and _joins_above(rows[best - 1], rows[best]):
        return (best, best + 1)
    return (best + 1,)


def _captions(rows: Sequence[Sequence[Any]], header_rows: Sequence[int]) -> tuple[list[Any], list[Any]]:
    """(parent labels, leaf labels) per column; group labels carried right over blank cells above leaves."""
    width = max((len(rows[r - 1]) for r in header_rows if 0 < r <= len(rows)), default=0)
    leaf_r = header_rows[-1] - 1
    leaves = [_cell(rows, leaf_r, c) for c in range(width)]
    parents: list[Any] = [""] * width
    if len(header_rows) > 1:
        up_r = header_rows[0] - 1
        carry: Any = ""
        for c in range(width):
            v = _cell(rows, up_r, c)
            if not is_blank(v):
                carry = v if resolve_header(v) is None else ""
                parents[c] = v
            elif carry and not is_blank(leaves[c]):
                parents[c] = carry
            else:
                carry = ""
    return parents, leaves


def _map_columns(
    rows: Sequence[Sequence[Any]], header_rows: Sequence[int]
) -> tuple[dict[int, str], dict[int, str], list[str]]:
    parents, leaves = _captions(rows, header_rows)
    columns: dict[int, str] = {}
    headers: dict[int, str] = {}
    notes: list[str] = []
    taken: dict[str, int] = {}
    for c, (parent, leaf) in enumerate(zip(parents, leaves, strict=True)):
        p = "".join(_nfkc(parent).split()) if isinstance(parent, str) else ""
        lf = "".join(_nfkc(leaf).split()) if isinstance(leaf, str) else ""
        caption = f"{p}/{lf}" if p and lf and p != lf else (lf or p)
        if not caption:
            continue
        headers[c] = caption
        key = resolve_header(leaf if isinstance(leaf, str) else "", parent)
        if key is None:
            continue
        if key in taken:
            notes.append(
                f"{col_letter(c)} 列“{caption}”与 {col_letter(taken[key])} 列同为“{FIELD_LABELS[key]}”，已忽略"
            )
            continue
        taken[key] = c
        columns[c] = key
    return columns, headers, notes


def _filled_by(rows: Sequence[Sequence[Any]], before: int) -> str:
    for r in range(min(before, len(rows))):
        row = rows[r]
        for c, v in enumerate(row):
            if not isinstance(v, str) or "填报单位" not in v:
                continue
            m = _FILLED_BY.search(_nfkc(v).replace("\u3000", "  "))
            unit = m.group(1).strip(" _") if m else ""
            if not unit:
                for nxt in row[c + 1 :]:
                    if isinstance(nxt, str) and not is_blank(nxt) and nxt != v:
                        unit = nxt.strip(" _\u3000")
                        break
            if unit and "填报日期" not in unit:
                return _SEAL.sub("", "".join(unit.split())).strip(":")
    return ""


def _classify(
    row: Sequence[Any], columns: Sequence[tuple[int, str]] | _Filler
) -> tuple[str | None, dict[str, Any]]:
    """(None for a data row, else why the row is not data ("" for a blank row); the row's values)."""
    values = columns(row) if isinstance(columns, _Filler) else _filled(row, columns)
    return _why_not_data(row, values), values


def _why_not_data(row: Sequence[Any], values: dict[str, Any]) -> str | None:
    if not values:
        return "" if is_blank_row(row) else "没有已识别列的内容"
    id_value = values.get("id_number")
    if type(id_value) is str and _ID_LIKE.match(id_value):  # clean_text would leave it as it is
        return None
    has_id = id_value is not None and (
        (isinstance(id_value, int | float) and not isinstance(id_value, bool))
        or _ID_LIKE.match(clean_text(id_value)) is not None
    )
    if has_id:
        return None
    first = next((v for v in row if not is_blank(v)), "")
    if isinstance(first, str):
        k = _hkey(first)
        if _FOOTER.match(k) or ":" in k:
            return "表尾或说明行"
    name, number = values.get("name"), values.get("id_number")
    if (isinstance(name, str) and resolve_header(name) == "name") or (
        isinstance(number, str) and resolve_header(number) == "id_number"
    ):
        return "重复的表头行"
    content = {f: v for f, v in values.items() if f != "seq"}
    if not content:
        seq = values.get("seq")
        if isinstance(seq, str) and not re.fullmatch(r"\d+(\.0)?", clean_text(seq)):
            return f"非数据行：“{clean_text(seq)[:30]}”"
        return "只有序号"
    if "id_number" in content:
        return None  # an ID that is not ID-like (too short, letters …): a data row, rejected later
    distinct = {clean_text(v) for v in content.values()}
    if len(distinct) >= 2:
        return None
    (only_field, only_value), *_ = content.items()
    text = clean_text(only_value)
    if only_field == "name" and len(content) == 1 and _NAME_LIKE.match(text) and not _SECTION.match(text):
        return None
    return f"非数据行：“{text[:30]}”"


def detect_layout(
    rows: Sequence[Sequence[Any]],
    *,
    header_rows: Sequence[int] | None = None,
    columns: Mapping[int, str] | None = None,
) -> RosterLayout:
    """Find the header and data rows. ``header_rows`` (1-based) and ``columns`` override detection."""
    return _detect(rows, header_rows, columns, None)


def detect_and_apply(rows: Sequence[Sequence[Any]]) -> tuple[RosterLayout, list[RawRow]]:
    """``detect_layout(rows)`` and ``apply_layout(rows, layout)`` in one pass over the rows."""
    raws: list[RawRow] = []
    return _detect(rows, None, None, raws), raws


def _detect(
    rows: Sequence[Sequence[Any]],
    header_rows: Sequence[int] | None,
    columns: Mapping[int, str] | None,
    raws: list[RawRow] | None,
) -> RosterLayout:
    """detect_layout; with ``raws``, also collect what apply_layout would return for the layout."""
    if header_rows:
        hdr = tuple(sorted(int(r) for r in header_rows))
        if hdr[0] < 1 or hdr[-1] > len(rows):
            raise ValidationError(f"表头行 {hdr[-1]} 超出工作表范围（共 {len(rows)} 行）", key="bad-layout")
    else:
        hdr = _find_header(rows)
    found_columns, headers, notes = _map_columns(rows, hdr)
    if columns is not None:
        bad = [f for f in columns.values() if f not in FIELD_LABELS]
        if bad:
            raise ValidationError(f"未知的字段：{'、'.join(bad)}", key="bad-layout")
        mapped = {int(c): f for c, f in columns.items() if f}
        if len(set(mapped.values())) != len(mapped):
            raise ValidationError("同一字段不能对应多列", key="bad-layout")
        found_columns, notes = mapped, []
    data: list[int] = []
    skipped: list[tuple[int, str]] = []
    found_columns = dict(sorted(found_columns.items()))
    pairs = list(found_columns.items())  # as apply_layout takes them: the values come out alike
    width = max((len(rows[r - 1]) for r in hdr), default=0)
    unmapped = [c for c in range(width) if c not in found_columns]
    content: dict[int, int] = {}
    filler = _Filler(pairs)
    for r in range(hdr[-1], len(rows)):
        row = rows[r]
        why, values = _classify(row, filler)
        if why is None:
            data.append(r + 1)
            if raws is not None:
                raws.append(RawRow(r + 1, values))
            if len(row) > width:  # cells beyond the header's last column
                unmapped.extend(c for c in range(width, len(row)) if c not in found_columns)
                width = len(row)
            for c in unmapped:
                if c < len(row) and (v := row[c]) is not None and v != "" and not is_blank(v):
                    content[c] = content.get(c, 0) + 1
        elif why:
            skipped.append((r + 1, why))
    ignored = tuple((c, headers.get(c, ""), n) for c, n in sorted(content.items()))
    if "status" in found_columns.values():
        notes.append(f"“{FIELD_LABELS['status']}”列不导入：导入的名单一律从“推荐”开始")
    return RosterLayout(
        header_rows=hdr,
        columns=found_columns,
        headers=headers,
        data_rows=tuple(data),
        skipped=tuple(skipped),
        notes=tuple(notes),
        filled_by=_filled_by(rows, hdr[0] - 1),
        ignored=ignored,
    )


def with_columns(
    rows: Sequence[Sequence[Any]], layout: RosterLayout, columns: Mapping[int, str]
) -> RosterLayout:
    """The layout with the clerk's column mapping (data rows recomputed)."""
    return replace(
        detect_layout(rows, header_rows=layout.header_rows, columns=columns), headers=layout.headers
    )


def ignored_text(col: int, caption: str) -> str:
    """How the report names an ignored column: “G 列“备注二””, or “G 列（无列名）”."""
    return f"{col_letter(col)} 列“{caption}”" if caption else f"{col_letter(col)} 列（无列名）"


def split_unit_post(text: Any, known_units: Sequence[str] = (), filled_by: str = "") -> tuple[str, str, str]:
    """工作单位及职务 → (unit, post, note): the unit is the 填报单位 line's unit or a known unit's name (or
    short name) that the text starts with, the longest; the rest is the post.  The 填报单位 also matches
    without its place prefix (填报单位“东营区财政局”, text “区财政局科员”).  When nothing matches, the unit
    is the 填报单位 line's (if any) and the whole text is kept as the post, with a note saying so."""
    value = compact_text(text)
    if not value:
        return "", "", ""
    # (text the value starts with, the unit it names)
    candidates = [(filled_by[k:], filled_by) for k in range(max(1, len(filled_by) - 2))] if filled_by else []
    candidates += [(u, u) for u in known_units if u]  # on a tie the 填报单位 wins (first of the longest)
    hits = [(prefix, unit) for prefix, unit in candidates if value.startswith(prefix)]
    if hits:
        prefix, unit = max(hits, key=lambda h: len(h[0]))
        return unit, value[len(prefix) :].lstrip("、，,；;：: "), ""
    if filled_by:
        return (
            filled_by,
            value,
            f"“{value}”中未找到填报单位“{filled_by}”的名称，单位按填报单位录入，职务按原文录入",
        )
    return (
        "",
        value,
        f"未能从“{value}”中分出工作单位（没有填报单位行，也不是已登记单位的名称），职务按原文录入",
    )


def apply_layout(rows: Sequence[Sequence[Any]], layout: RosterLayout) -> list[RawRow]:
    """Raw values of every data row, by field (blank cells left out)."""
    out: list[RawRow] = []
    filler = _Filler(list(layout.columns.items()))
    for r in layout.data_rows:
        if not 1 <= r <= len(rows):
            continue
        out.append(RawRow(row=r, values=filler(rows[r - 1])))
    return out


# --------------------------------------------------------------------------- value normalisers

# full-width digits and Latin letters → ASCII; Chinese punctuation such as （） is kept
_FULLWIDTH: dict[int, int | None] = {
    i: i - 0xFEE0
    for lo, hi in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
    for i in range(lo, hi + 1)
}
_FULLWIDTH.update({0x3000: 0x20, 0x00A0: 0x20, 0x200B: None, 0xFEFF: None})


_NEEDS_TRANSLATE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000\u00a0\u200b\ufeff]")


def clean_text(value: Any) -> str:
    """A cell as text: integral floats without ".0", full-width ASCII made half-width, trimmed."""
    if type(value) is str:  # the common case, kept fast
        if _NEEDS_TRANSLATE.search(value):
            value = value.translate(_FULLWIDTH)
        if value.isprintable() and value[:1] != " " and value[-1:] != " " and "  " not in value:
            return value
        # control characters, bidirectional overrides and invisible characters never come in (core.text)
        return " ".join(_strip_unsafe(value).split())
    if value is None or isinstance(value, bool):
        return "" if value is None else ("是" if value else "否")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).translate(_FULLWIDTH)
    return " ".join(text.split())


def compact_text(value: Any) -> str:
    """``clean_text`` without any whitespace (Chinese names, places, units)."""
    return "".join(clean_text(value).split())


def name_key(value: Any) -> str:
    """Comparison key for place/township/unit names: NFKC, no whitespace, no 、."""
    return "".join(_nfkc(clean_text(value)).split())


@dataclass(frozen=True, slots=True)
class LooseDate:
    """A date as rosters write it: a year and month, the day when given."""

    year: int
    month: int
    day: int | None = None
    alt_month: int | None = None  # 1985.1 typed as a number may have meant 1985.10

    @property
    def full(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.day else None

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, self.day or 1)

    def last_day(self) -> dt.date:
        return dt.date(self.year, self.month, self.day or calendar.monthrange(self.year, self.month)[1])

    def matches(self, d: dt.date) -> bool:
        if d.year != self.year or d.month not in (self.month, self.alt_month):
            return False
        return self.day is None or (d.day == self.day and d.month == self.month)

    def __str__(self) -> str:
        return f"{self.year}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")


_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DATE_TEXT = re.compile(
    r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*(?:[-./月]\s*(\d{1,2})\s*日?)?\s*月?\.?"
    r"(?:\s*[T ]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_DATE_DIGITS = re.compile(r"^(\d{4})(\d{2})(\d{2})?$")


def _loose(text: str, y: int, m: int, d: int | None, alt: int | None = None) -> LooseDate:
    if not (1900 <= y <= 2100) or not (1 <= m <= 12):
        raise ValueError(f"日期“{text}”无法识别")
    if d is not None:
        try:
            dt.date(y, m, d)
        except ValueError:
            raise ValueError(f"日期“{text}”不存在") from None
    return LooseDate(y, m, d, alt)


def parse_date(value: Any) -> LooseDate:
    """A roster date cell → LooseDate; ValueError (Chinese) when it cannot be read."""
    if isinstance(value, dt.datetime):
        return LooseDate(value.year, value.month, value.day)
    if isinstance(value, dt.date):
        return LooseDate(value.year, value.month, value.day)
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"日期“{value}”无法识别")
    if isinstance(value, int | float):
        if (isinstance(value, float) and not math.isfinite(value)) or abs(value) >= 10**9:
            raise ValueError(f"日期“{value}”无法识别")
        if isinstance(value, float) and not value.is_integer():
            if 1900 <= value < 2101:  # 1985.03 typed into a number cell
                whole, _, frac = repr(value).partition(".")
                if "e" in frac:
                    raise ValueError(f"日期“{value}”无法识别")
                if len(frac) == 1:
                    month = int(frac)
                    return _loose(repr(value), int(whole), month, None, 10 if month == 1 else None)
                day = int(frac[2:4]) if len(frac) >= 4 else None
                return _loose(repr(value), int(whole), int(frac[:2]), day)
            value = int(value)  # a serial with a time of day
        n = int(value)
        text = str(n)
        if 1900 <= n <= 2100:
            raise ValueError(f"日期“{text}”只有年份，请写明月份（如 {text}.03）")
        if 19000101 <= n <= 21001231:
            return _loose(text, n // 10000, n // 100 % 100, n % 100)
        if 190001 <= n <= 210012:
            return _loose(text, n // 100, n % 100, None)
        if 1 <= n <= 2958465:
            d = _EXCEL_EPOCH + dt.timedelta(days=n)
            return LooseDate(d.year, d.month, d.day)
        raise ValueError(f"日期“{text}”无法识别")
    text = " ".join(_nfkc(value).split()).rstrip("日").strip()
    m = _DATE_TEXT.match(text)
    if m:
        return _loose(value, int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
    m = _DATE_DIGITS.match(text)
    if m:
        return _loose(value, int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
    if re.fullmatch(r"\d{5}(\.0+)?", text):
        return parse_date(float(text))
    raise ValueError(f"日期“{value.strip()}”无法识别（可写作 1985.03 或 1985-03-12）")


_ROLES = frozenset(r.value for r in Role)


def parse_role(value: Any) -> str:
    """派驻身份 → Role value (第一书记 / 工作队长 / 队员 / 领队); ValueError when unknown."""
    text = clean_text(value)
    if text in _ROLES:
        return text
    text = "".join(_nfkc(text).split())
    if text in _ROLES:
        return text
    if "第一书记" in text:
        return Role.FIRST_SECRETARY.value
    if "领队" in text:
        return Role.TOWNSHIP_LEAD.value
    if "队长" in text:
        return Role.TEAM_LEADER.value
    if "队员" in text or text in ("成员", "工作队成员", "驻村工作队成员"):
        return Role.MEMBER.value
    raise ValueError(f"派驻身份“{clean_text(value)}”无法识别，应为第一书记、工作队长、队员或领队")


_TRUE = {"是", "有", "√", "✓", "✔", "y", "yes", "true", "1", "是的", "1.0"}
_FALSE = {"否", "无", "没有", "×", "✗", "x", "n", "no", "false", "0", "不是", "0.0"}


def parse_bool(value: Any) -> bool | None:
    """是/否, 有/无, √/×, 1/0 → bool; blank → None; ValueError otherwise."""
    if isinstance(value, bool):
        return value
    text = "".join(_nfkc(clean_text(value)).split()).lower()
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"“{clean_text(value)}”应填“是”或“否”")


def normalise_gender(value: Any) -> str:
    text = "".join(_nfkc(clean_text(value)).split())
    return {"男性": "男", "女性": "女", "m": "男", "f": "女", "M": "男", "F": "女"}.get(text, text)


def normalise_ethnicity(value: Any) -> str:
    text = compact_text(value)
    if text in ETHNICITIES:
        return text
    if text + "族" in ETHNICITIES:
        return text + "族"
    return text


_POLITICAL = {
    "中共党员": "中共党员", "党员": "中共党员", "共产党员": "中共党员", "中国共产党党员": "中共党员",
    "中共预备党员": "中共预备党员", "预备党员": "中共预备党员",
    "共青团员": "共青团员", "团员": "共青团员",
    "群众": "群众", "无党派人士": "无党派人士", "无党派": "无党派人士", "民主党派": "民主党派",
}  # fmt: skip
_PARTIES = ("民革", "民盟", "民建", "民进", "农工", "致公", "九三", "台盟")


def normalise_political(value: Any) -> str | None:
    """政治面貌 → one of enums.POLITICAL_STATUSES, or None when it cannot be mapped."""
    text = "".join(_nfkc(clean_text(value)).split())
    if text in _POLITICAL:
        return _POLITICAL[text]
    if any(p in text for p in _PARTIES):
        return "民主党派"
    if "预备" in text:
        return "中共预备党员"
    if "党员" in text and "中共" in text:
        return "中共党员"
    return None


def normalise_education(value: Any) -> str | None:
    """学历 → one of enums.EDUCATIONS, or None when it cannot be mapped."""
    text = "".join(_nfkc(clean_text(value)).split())
    if re.search(r"研究生|硕士|博士", text):
        return "研究生"
    if re.search(r"大学|本科|学士", text):
        return "大学"
    if re.search(r"大专|专科|高职", text):
        return "大专"
    if re.search(r"中专|中技|技校|职高|中等专业", text):
        return "中专"
    if "高中" in text:
        return "高中"
    if re.search(r"初中|小学", text):
        return "初中及以下"
    return None


def phone_text(value: Any) -> str:
    """A phone cell as text (a number cell gives its digits)."""
    return "".join(clean_text(value).split())


__all__ = [
    "FIELD_LABELS",
    "LooseDate",
    "RawRow",
    "RosterLayout",
    "apply_layout",
    "clean_text",
    "col_letter",
    "compact_text",
    "detect_and_apply",
    "detect_layout",
    "ignored_text",
    "is_blank",
    "name_key",
    "normalise_education",
    "normalise_ethnicity",
    "normalise_gender",
    "normalise_political",
    "parse_bool",
    "parse_date",
    "parse_role",
    "phone_text",
    "resolve_header",
    "split_unit_post",
    "with_columns",
]
