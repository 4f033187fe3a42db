"""Find the header of any list a clerk types into Excel, for a given vocabulary of columns.

The roster's header detection (``io.roster_layout``), generalised: a ``Vocabulary`` names the fields,
their header synonyms, the fields a header row must name (``anchors``), and optionally a resolver
for columns known only at run time (the courses of a training class as column headers).  The same
pieces do the same work: title lines and 填报 lines above the header, one- or two-level (merged)
headers with group labels, synonyms compared without spaces, full-width text folded, ``(必填)`` and
``*`` ignored; footers (合计, 注：…, 填表人), blank rows, repeated headers and township headings
between the data rows are told apart from data and reported with the reason.

Pure functions over ``excel_read.SheetData.rows`` (row ``i`` is Excel row ``i + 1``; merged ranges
filled with their top-left value).  No I/O, no database, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cadredesk.errors import ValidationError
from cadredesk.io.roster_layout import (
    _FOOTER,
    _ID_LIKE,
    _NAME_LIKE,
    _PAREN,
    _SECTION,
    RawRow,
    _hkey,
    _is_meta,
    clean_text,
    col_letter,
    is_blank,
    is_blank_row,
)

HEADER_SCAN_ROWS = 60

Dynamic = Callable[[str, str], "str | None"]


@dataclass(frozen=True)
class Vocabulary:
    """The columns of one kind of list."""

    labels: Mapping[str, str]  # field → caption the clerk reads
    synonyms: Mapping[str, tuple[str, ...]]  # field → header texts that name it
    anchors: frozenset[str]  # a header row names at least one of these
    required: tuple[str, ...] = ()  # fields the mapping must have
    #: (leaf key, group key) → field for headers known at run time (e.g. "course:12"); keys are
    #: ``header_key`` forms of the cells
    dynamic: Dynamic | None = None
    dynamic_label: Callable[[str], str] | None = None
    _lookup: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for f, names in self.synonyms.items():
            for n in names:
                self._lookup.setdefault(header_key(n), f)

    def label(self, key: str) -> str:
        if key in self.labels:
            return self.labels[key]
        return self.dynamic_label(key) if self.dynamic_label else key

    def _static(self, key: str) -> str | None:
        if not key:
            return None
        hit = self._lookup.get(key)
        if hit is None and "(" in key:
            hit = self._lookup.get(_PAREN.sub("", key))
        return hit

    def resolve(self, leaf: Any, parent: Any = None) -> str | None:
        """The field a header cell names, the group label above it as context."""
        lk, pk = header_key(leaf), header_key(parent)
        if lk and pk and lk != pk:
            if self.dynamic is not None:
                hit = self.dynamic(lk, pk)
                if hit:
                    return hit
            combined = self._static(pk + lk)
            if combined:
                return combined
        if lk:
            hit = self._static(lk)
            if hit is None and self.dynamic is not None:
                hit = self.dynamic(lk, "")
            return hit
        return self._static(pk)


def header_key(value: Any) -> str:
    """Header text → comparison key (NFKC, no whitespace, no */★, no (必填))."""
    return _hkey(value)


@dataclass(frozen=True)
class SheetLayout:
    """Where the list is in a sheet. Rows are 1-based Excel rows, columns 0-based (0 = A)."""

    header_rows: tuple[int, ...]
    columns: dict[int, str]  # column → field key
    headers: dict[int, str]  # column → header caption as found ("签到情况/第一课")
    data_rows: tuple[int, ...]
    skipped: tuple[tuple[int, str], ...] = ()  # rows after the header that are not data, with why
    notes: tuple[str, ...] = ()  # remarks about the mapping (duplicate columns …)
    unmapped: tuple[tuple[int, str], ...] = ()  # non-empty columns that map to no field (column, caption)
    title_lines: tuple[str, ...] = ()  # texts above the header (title, 培训时间/地点 lines)

    @property
    def last_header_row(self) -> int:
        return self.header_rows[-1]

    def column_of(self, key: str) -> int | None:
        for col, f in self.columns.items():
            if f == key:
                return col
        return None

    def missing(self, vocab: Vocabulary) -> list[str]:
        have = set(self.columns.values())
        return [vocab.label(k) for k in vocab.required if k not in have]


def _row_fields(row: Sequence[Any], vocab: Vocabulary) -> dict[int, str]:
    out: dict[int, str] = {}
    for c, v in enumerate(row):
        if isinstance(v, str) and v:
            f = vocab.resolve(v)
            if f:
                out[c] = f
    return out


def _looks_data(row: Sequence[Any]) -> bool:
    return any(isinstance(v, str) and _ID_LIKE.match("".join(clean_text(v).split())) for v in row)


def _cell(row: Sequence[Any], c: int) -> Any:
    return row[c] if c < len(row) else ""


def _joins_below(upper: Sequence[Any], lower: Sequence[Any], vocab: Vocabulary) -> bool:
    """Is ``lower`` a row of leaves under ``upper`` (which then holds group labels)?"""
    if is_blank_row(lower) or _is_meta(lower) or _looks_data(lower):
        return False
    for c, v in enumerate(lower):
        if is_blank(v) or not isinstance(v, str):
            continue
        above = _cell(upper, c)
        if header_key(above) == header_key(v):
            continue
        if (is_blank(above) or vocab.resolve(above) is None) and vocab.resolve(v, above):
            return True
    return False


def _joins_above(upper: Sequence[Any], lower: Sequence[Any], vocab: Vocabulary) -> bool:
    """Is ``upper`` a group-label row above the header row ``lower``?"""
    if is_blank_row(upper) or _is_meta(upper) or _looks_data(upper):
        return False
    texts = {header_key(v) for v in upper if isinstance(v, str) and not is_blank(v)} - {""}
    if len(texts) < 2 and not _row_fields(upper, vocab):
        (label,) = texts or {""}
        spanned = sum(1 for v in upper if isinstance(v, str) and header_key(v) == label)
        leaves = sum(1 for v in lower if not is_blank(v))
        if not label or len(label) > 10 or spanned >= leaves:
            return False
    for c, v in enumerate(upper):
        if is_blank(v) or not isinstance(v, str):
            continue
        below = _cell(lower, c)
        if header_key(below) == header_key(v):
            continue
        if is_blank(below) or vocab.resolve(v) is None:
            return True
        # a label merged over different leaves is a group label, whatever it would mean alone
        # (考勤情况 over the course titles)
        beside = _cell(upper, c + 1)
        if isinstance(beside, str) and header_key(beside) == header_key(v):
            below_beside = header_key(_cell(lower, c + 1))
            if below_beside and below_beside != header_key(below):
                return True
    return False


def _find_header(rows: Sequence[Sequence[Any]], vocab: Vocabulary) -> tuple[int, ...]:
    best, best_score = -1, 0
    for r in range(min(len(rows), HEADER_SCAN_ROWS)):
        found = set(_row_fields(rows[r], vocab).values())
        if not found & vocab.anchors:
            continue
        if len(found) > best_score:
            best, best_score = r, len(found)
    if best < 0 or best_score < 2:
        names = "、".join(f"“{vocab.label(a)}”" for a in sorted(vocab.anchors))
        raise ValidationError(
            f"找不到表头：前 {HEADER_SCAN_ROWS} 行中没有含{names}等列名的行", key="no-header"
        )
    if best + 1 < len(rows) and _joins_below(rows[best], rows[best + 1], vocab):
        return (best + 1, best + 2)
    if best >= 1 and _joins_above(rows[best - 1], rows[best], vocab):
        return (best, best + 1)
    return (best + 1,)


def _captions(
    rows: Sequence[Sequence[Any]], header_rows: Sequence[int], vocab: Vocabulary
) -> tuple[list[Any], list[Any]]:
    width = max((len(rows[r - 1]) for r in header_rows if 0 < r <= len(rows)), default=0)
    leaves = [_cell(rows[header_rows[-1] - 1], c) for c in range(width)]
    parents: list[Any] = [""] * width
    if len(header_rows) > 1:
        upper = rows[header_rows[0] - 1]
        carry: Any = ""
        for c in range(width):
            v = _cell(upper, c)
            if not is_blank(v):
                carry = v if vocab.resolve(v) is None else ""
                parents[c] = v
            elif carry and not is_blank(leaves[c]):
                parents[c] = carry
            else:
                carry = ""
    return parents, leaves


def _map(
    rows: Sequence[Sequence[Any]], header_rows: Sequence[int], vocab: Vocabulary
) -> tuple[dict[int, str], dict[int, str], list[str]]:
    parents, leaves = _captions(rows, header_rows, vocab)
    columns: dict[int, str] = {}
    headers: dict[int, str] = {}
    notes: list[str] = []
    taken: dict[str, int] = {}
    for c, (parent, leaf) in enumerate(zip(parents, leaves, strict=True)):
        p = "".join(clean_text(parent).split()) if isinstance(parent, str) else ""
        lf = "".join(clean_text(leaf).split()) if isinstance(leaf, str) else ""
        caption = f"{p}/{lf}" if p and lf and p != lf else (lf or p)
        if not caption:
            continue
        headers[c] = caption
        key = vocab.resolve(leaf if isinstance(leaf, str) else "", parent)
        if key is None:
            continue
        if key in taken:
            notes.append(
                f"{col_letter(c)} 列“{caption}”与 {col_letter(taken[key])} 列同为“{vocab.label(key)}”，已忽略"
            )
            continue
        taken[key] = c
        columns[c] = key
    return columns, headers, notes


def _why_not_data(row: Sequence[Any], values: dict[str, Any], vocab: Vocabulary) -> str | None:
    """None for a data row, else why the row is not data ("" for a blank row)."""
    if not values:
        return "" if is_blank_row(row) else "没有已识别列的内容"
    first = next((v for v in row if not is_blank(v)), "")
    if isinstance(first, str):
        k = header_key(first)
        if _FOOTER.match(k) or (":" in k and not _ID_LIKE.match(k)):
            return "表尾或说明行"
    for f, v in values.items():
        if f in vocab.anchors and isinstance(v, str) and vocab.resolve(v) == f:
            return "重复的表头行"
    content = {f: v for f, v in values.items() if f != "seq"}
    if not content:
        seq = values.get("seq")
        if isinstance(seq, str) and not re.fullmatch(r"\d+(\.0)?", clean_text(seq)):
            return f"非数据行：“{clean_text(seq)[:30]}”"
        return "只有序号"
    distinct = {clean_text(v) for v in content.values()}
    if len(distinct) >= 2:
        return None
    (_only_field, only_value), *_ = content.items()
    text = clean_text(only_value)
    # One text in every filled column: a line merged over the table (a section such as 永安镇, which
    # fills the 序号 column too), or a person's name alone — or the name typed again as the signature
    # (姓名 and 本人签名 alike), which is a signed data row.
    spread = len(content) > 1 and "seq" in values and clean_text(values["seq"]) == text
    if (
        any(f in vocab.anchors for f in content)
        and not spread
        and _NAME_LIKE.match(text)
        and not _SECTION.match(text)
    ):
        return None
    return f"非数据行：“{text[:30]}”"


def detect(
    rows: Sequence[Sequence[Any]],
    vocab: Vocabulary,
    *,
    header_rows: Sequence[int] | None = None,
    columns: Mapping[int, str] | None = None,
) -> tuple[SheetLayout, list[RawRow]]:
    """Find the header (or take ``header_rows``, 1-based), map the columns (or take ``columns``),
    and return the layout with the raw values of every data row."""
    if header_rows:
        hdr = tuple(sorted(int(r) for r in header_rows))
        if hdr[0] < 1 or hdr[-1] > len(rows):
            raise ValidationError(f"表头行 {hdr[-1]} 超出工作表范围（共 {len(rows)} 行）", key="bad-layout")
    else:
        hdr = _find_header(rows, vocab)
    found, headers, notes = _map(rows, hdr, vocab)
    if columns is not None:
        mapped = {int(c): f for c, f in columns.items() if f}
        if len(set(mapped.values())) != len(mapped):
            raise ValidationError("同一字段不能对应多列", key="bad-layout")
        found, notes = mapped, []
    found = dict(sorted(found.items()))
    pairs = list(found.items())
    raws: list[RawRow] = []
    data: list[int] = []
    skipped: list[tuple[int, str]] = []
    used: set[int] = set()
    for r in range(hdr[-1], len(rows)):
        line = rows[r]
        values = {f: line[c] for c, f in pairs if c < len(line) and not is_blank(line[c])}
        why = _why_not_data(line, values, vocab)
        if why is None:
            data.append(r + 1)
            raws.append(RawRow(r + 1, values))
            used.update(c for c, v in enumerate(line) if not is_blank(v))
        elif why:
            skipped.append((r + 1, why))
    unmapped = tuple((c, headers.get(c, col_letter(c))) for c in sorted(used) if c not in found)
    titles = tuple(
        clean_text(v)
        for r in range(hdr[0] - 1)
        for v in dict.fromkeys(x for x in rows[r] if isinstance(x, str) and not is_blank(x))
    )
    layout = SheetLayout(
        header_rows=hdr, columns=found, headers=headers, data_rows=tuple(data), skipped=tuple(skipped),
        notes=tuple(notes), unmapped=unmapped, title_lines=titles,
    )  # fmt: skip
    return layout, raws


__all__ = ["HEADER_SCAN_ROWS", "RawRow", "SheetLayout", "Vocabulary", "detect", "header_key"]
