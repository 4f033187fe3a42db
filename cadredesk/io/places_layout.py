"""Find the header of a places sheet (乡镇、村/社区/企业 with priority tags) and map its columns.

The same shape as the roster's (``roster_layout``): pure functions over ``excel_read.SheetData.rows``,
a layout the clerk can correct (``detect_places_layout(rows, header_row=…, columns=…)``), the data
rows, the rows that are not data with the reason, and the columns with content that no field takes.
Field keys: ``township``, ``name``, ``kind``, ``tags`` (one column listing the tags), ``tag:<tag>``
(one column per tag, marked 是/√/●), ``households``, ``population``, ``code``, ``note``, ``seq``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cadredesk.core.enums import PlaceTag
from cadredesk.errors import ValidationError
from cadredesk.io.roster_layout import clean_text, col_letter, is_blank

HEADER_SCAN_ROWS = 30

#: field → what the clerk reads for it
PLACE_FIELD_LABELS: dict[str, str] = {
    "seq": "序号",
    "township": "乡镇（街道）",
    "name": "村（社区、企业）名称",
    "kind": "类型",
    "tags": "重点类别",
    **{f"tag:{t.value}": f"{t.value}（是/否）" for t in PlaceTag},
    "households": "户数",
    "population": "人口",
    "code": "代码",
    "note": "备注",
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "序", "编号"),
    "township": ("乡镇", "乡镇街道", "乡镇(街道)", "所属乡镇", "所属乡镇(街道)", "乡镇名称", "镇街", "街道", "乡(镇)"),
    "name": (
        "村", "村名", "村名称", "名称", "村社区", "村(社区)", "村(社区)名称", "村社区名称", "派驻点", "派驻点名称",
        "企业名称", "项目名称", "单位名称", "行政村", "行政村名称", "村(居)", "村居", "村(居)名称",
    ),
    "kind": ("类型", "类别", "派驻点类型", "性质", "村(社区)类型"),
    "tags": ("重点类别", "重点村类别", "村情类别", "标签", "重点类型", "村类别", "重点村类型"),
    "households": ("户数", "总户数"),
    "population": ("人口", "总人口", "人口数", "户籍人口"),
    "code": ("代码", "村代码", "行政区划代码", "统计用区划代码", "区划代码", "统一社会信用代码"),
    "note": ("备注", "说明"),
}  # fmt: skip
#: words in a header that name one tag's column (a column of marks)
TAG_WORDS = {
    PlaceTag.WEAK_ORG.value: ("软弱涣散",),
    PlaceTag.WEAK_ECONOMY.value: ("经济薄弱",),
    PlaceTag.ELECTION_HARD.value: ("换届", "重难点"),
    PlaceTag.OLD_REVOLUTIONARY.value: ("革命老区", "老区"),
    PlaceTag.ETHNIC_MINORITY.value: ("少数民族", "民族村"),
}
_FOOTER = re.compile(
    r"^(合计|总计|小计|共计|注[:：\d、.]?|说明[:：]|填表人|填报人|审核人|制表|负责人|联系人)"
)


def _key(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    text = "".join(unicodedata.normalize("NFKC", value).split()).replace("*", "").replace("★", "")
    return text.strip(":")


_LOOKUP = {_key(n): f for f, names in _SYNONYMS.items() for n in names}


def header_field(cell: Any) -> str | None:
    """The field a header cell names (``tag:<tag>`` for a column of one tag's marks), or None."""
    key = _key(cell)
    if not key:
        return None
    hit = _LOOKUP.get(key) or _LOOKUP.get(re.sub(r"\([^()]*\)$", "", key))
    if hit:
        return hit
    for tag, words in TAG_WORDS.items():
        if any(w in key for w in words) and len(key) <= 12:
            return f"tag:{tag}"
    return None


@dataclass(frozen=True)
class PlacesLayout:
    """Where the places are in a sheet. Rows 1-based (as in Excel), columns 0-based."""

    header_row: int
    columns: dict[int, str]  # column → field key
    headers: dict[int, str]  # column → caption as found
    data_rows: tuple[int, ...]
    skipped: tuple[tuple[int, str], ...] = ()
    notes: tuple[str, ...] = ()
    #: (column, caption, rows with content) of columns with content that map to no field
    ignored: tuple[tuple[int, str, int], ...] = ()

    def missing_required(self) -> list[str]:
        have = set(self.columns.values())
        return [PLACE_FIELD_LABELS[k] for k in ("township", "name") if k not in have]

    def column_of(self, key: str) -> int | None:
        return next((c for c, f in self.columns.items() if f == key), None)


def _row_fields(row: Sequence[Any]) -> dict[int, str]:
    found: dict[int, str] = {}
    for c, v in enumerate(row):
        f = header_field(v)
        if f and f not in found.values():
            found[c] = f
    return found


def _find_header(rows: Sequence[Sequence[Any]]) -> int:
    best, best_score = -1, 0
    for r in range(min(len(rows), HEADER_SCAN_ROWS)):
        fields = set(_row_fields(rows[r]).values())
        if not {"township", "name"} <= fields:
            continue
        if len(fields) > best_score:
            best, best_score = r, len(fields)
    if best < 0:
        raise ValidationError(
            f"前 {HEADER_SCAN_ROWS} 行中找不到派驻点表头（至少需要“乡镇”和“村名”两列）", key="no-header"
        )
    return best + 1


def detect_places_layout(
    rows: Sequence[Sequence[Any]], *, header_row: int | None = None, columns: Mapping[int, str] | None = None
) -> PlacesLayout:
    """Find the header and the data rows; ``header_row`` (1-based) and ``columns`` override detection."""
    if header_row is not None:
        if not 1 <= header_row <= len(rows):
            raise ValidationError(
                f"表头行 {header_row} 超出工作表范围（共 {len(rows)} 行）", key="bad-layout"
            )
        hdr = header_row
    else:
        hdr = _find_header(rows)
    header = rows[hdr - 1]
    headers = {c: "".join(clean_text(v).split()) for c, v in enumerate(header) if not is_blank(v)}
    notes: list[str] = []
    if columns is None:
        mapped: dict[int, str] = {}
        for c, v in enumerate(header):
            f = header_field(v)
            if not f:
                continue
            if f in mapped.values():
                first = next(k for k, x in mapped.items() if x == f)
                notes.append(
                    f"{col_letter(c)} 列“{headers.get(c, '')}”与 {col_letter(first)} 列同为“{PLACE_FIELD_LABELS[f]}”，已忽略"
                )
                continue
            mapped[c] = f
    else:
        bad = [f for f in columns.values() if f and f not in PLACE_FIELD_LABELS]
        if bad:
            raise ValidationError(f"未知的字段：{'、'.join(bad)}", key="bad-layout")
        mapped = {int(c): f for c, f in columns.items() if f}
        if len(set(mapped.values())) != len(mapped):
            raise ValidationError("同一字段不能对应多列", key="bad-layout")
    mapped = dict(sorted(mapped.items()))
    data: list[int] = []
    skipped: list[tuple[int, str]] = []
    content: dict[int, int] = {}
    for r in range(hdr, len(rows)):
        row = rows[r]
        values = [row[c] for c in mapped if c < len(row)]
        if all(is_blank(v) for v in row):
            continue
        lead = next((clean_text(v) for v in row if not is_blank(v)), "")
        if _FOOTER.match(lead):
            skipped.append((r + 1, "表尾或说明行"))
            continue
        if all(is_blank(v) for v in values):
            skipped.append((r + 1, "没有已识别列的内容"))
            continue
        if sum(1 for c in mapped if c < len(row) and header_field(row[c]) == mapped[c]) >= 2:
            skipped.append((r + 1, "重复的表头行"))
            continue
        data.append(r + 1)
        for c, v in enumerate(row):
            if c not in mapped and not is_blank(v):
                content[c] = content.get(c, 0) + 1
    ignored = tuple((c, headers.get(c, ""), n) for c, n in sorted(content.items()))
    return PlacesLayout(hdr, mapped, headers, tuple(data), tuple(skipped), tuple(notes), ignored)


def place_values(row: Sequence[Any], layout: PlacesLayout) -> dict[str, str]:
    """field → the cell's text (blank cells left out)."""
    out: dict[str, str] = {}
    for c, f in layout.columns.items():
        if c < len(row) and not is_blank(row[c]):
            out[f] = clean_text(row[c])
    return out


__all__ = [
    "PLACE_FIELD_LABELS",
    "TAG_WORDS",
    "PlacesLayout",
    "detect_places_layout",
    "header_field",
    "place_values",
]
