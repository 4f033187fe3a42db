"""Each data row checked on its own (no database): required fields, the ID and what it implies,
vocabularies (cadre rules come from ``cadres.validate``); then the rows against each other and the
batch term."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from cadredesk.core.cadres import CadreForm, validate
from cadredesk.core.enums import PlaceKind, Role
from cadredesk.core.ranks import normalise_rank
from cadredesk.core.text import length_problems
from cadredesk.io.roster_layout import (
    FIELD_LABELS,
    LooseDate,
    RawRow,
    clean_text,
    compact_text,
    normalise_education,
    normalise_ethnicity,
    normalise_gender,
    normalise_political,
    parse_bool,
    parse_date,
    parse_role,
    phone_text,
    split_unit_post,
)

DEFAULT_ROLE = "队员"


@dataclass(slots=True)
class Line:
    """One data row: its values as read and checked, why it is rejected, and what it refers to."""

    row: int
    name: str
    reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    form: CadreForm | None = None
    id_number: str = ""
    township: str = ""
    place: str = ""
    place_kind: str = ""
    unit: str = ""
    role: str = DEFAULT_ROLE
    start: LooseDate | None = None
    end: LooseDate | None = None
    note: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)
    status: str = "ok"  # ok | skipped | rejected
    skip_reason: str = ""
    # resolved against the database
    cadre_id: int | None = None
    township_ref: Any = None
    place_ref: Any = None
    unit_ref: Any = None
    period: tuple[dt.date, dt.date] | None = None


def _date_or_error(value: Any) -> LooseDate | str:
    try:
        return parse_date(value)
    except ValueError as exc:
        return str(exc)


def _role_or_error(value: Any) -> tuple[str, str]:
    """(role, "") or ("", why it cannot be read)."""
    try:
        return parse_role(value), ""
    except ValueError as exc:
        return "", str(exc)


def _political(value: Any) -> tuple[str | None, str]:
    status = normalise_political(value)
    return status, "" if status is not None else f"政治面貌“{clean_text(value)}”不规范，未录入"


def _education(value: Any) -> tuple[str | None, str]:
    education = normalise_education(value)
    return education, "" if education is not None else f"学历“{clean_text(value)}”不规范，未录入"


def _opt_text(value: Any) -> str | None:
    return clean_text(value) or None  # over-long values are rejected in parse (FIELD_LIMITS)


def _phone(value: Any) -> str | None:
    if type(value) is str and value.isdigit() and value.isascii():  # phone_text would return it as is
        return value
    return phone_text(value) or None


_PLACE_KINDS = frozenset(k.value for k in PlaceKind)
_is_str = str.__instancecheck__  # isinstance(x, str), callable from C (filter)


class _Memo(dict[str | None, Any]):
    """``fn(text)`` by cell text (or ``None``), computed on first use."""

    __slots__ = ("fn",)

    def __init__(self, fn: Callable[[Any], Any]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key: str | None) -> Any:
        value = self[key] = self.fn(key)
        return value


class RowParser:
    """Checks one data row on its own (no database), for every row of one import.

    Cells that repeat from row to row (gender, dates, townships, units, roles …) are normalised
    once per distinct text: every normaliser here is a pure function of the cell, so a remembered
    result is the one a fresh call would give.  Only ``str`` cells and missing ones (``None``, a
    column the sheet lacks) are remembered (1, 1.0 and True are equal as dict keys but are different
    cells): ``m[x] if x.__class__ is str or x is None else m.fn(x)``.
    """

    def __init__(
        self,
        *,
        today: dt.date,
        has_role_column: bool,
        has_unit_column: bool = True,
        filled_by: str = "",
        known_units: Sequence[str] = (),
    ) -> None:
        self.today = today
        self.has_role_column = has_role_column
        #: no 派出单位 column: the unit comes from 工作单位及职务, else from the 填报单位 line
        self.filled_by = "" if has_unit_column else filled_by[:128]
        self.unit_post = _Memo(lambda x: split_unit_post(x, known_units, filled_by))
        self.township = _Memo(_township_text)
        self.place = _Memo(_place_text)
        self.gender = _Memo(normalise_gender)
        self.date = _Memo(_date_or_error)
        self.ethnicity = _Memo(normalise_ethnicity)
        self.political = _Memo(_political)
        self.education = _Memo(_education)
        self.post = _Memo(_post_text)
        self.rank = _Memo(_rank_text)
        self.unit = _Memo(_unit_text)
        self.place_kind = _Memo(compact_text)
        self.role = _Memo(_role_or_error)

    def parse(self, raw: RawRow) -> Line:
        v = raw.values
        line = Line(row=raw.row, name=compact_text(v.get("name")))
        line.raw = v
        reasons, warns = line.reasons, line.warnings
        # rare: only then measure each field (the longest text cell found in C: a generator was 10 % of parse)
        if max(map(len, filter(_is_str, v.values())), default=0) > 32:
            reasons.extend(length_problems(_measured(v), FIELD_LIMITS, FIELD_LABELS))
        raw_id = v.get("id_number")
        x = v.get("township")
        m = self.township
        line.township = m[x] if x.__class__ is str or x is None else m.fn(x)
        x = v.get("place")
        m = self.place
        line.place = m[x] if x.__class__ is str or x is None else m.fn(x)
        if not line.name:
            reasons.append("缺少姓名")
        if raw_id is None:
            reasons.append("缺少身份证号")

        gender = ""
        if "gender" in v:
            x, m = v["gender"], self.gender
            gender = m[x] if x.__class__ is str or x is None else m.fn(x)
        birth: LooseDate | None = None
        if "birth_date" in v:
            x, m = v["birth_date"], self.date
            parsed = m[x] if x.__class__ is str or x is None else m.fn(x)
            if parsed.__class__ is str:
                reasons.append(f"出生年月：{parsed}")
            else:
                birth = parsed
        ethnicity = "汉族"
        if "ethnicity" in v:
            x, m = v["ethnicity"], self.ethnicity
            ethnicity = m[x] if x.__class__ is str or x is None else m.fn(x)
        political = education = None
        if "political_status" in v:
            x, m = v["political_status"], self.political
            political, why = m[x] if x.__class__ is str or x is None else m.fn(x)
            if why:
                warns.append(why)
        if "education" in v:
            x, m = v["education"], self.education
            education, why = m[x] if x.__class__ is str or x is None else m.fn(x)
            if why:
                warns.append(why)
        flags: dict[str, bool] = {}
        if "is_reserve" in v or "has_grassroots_exp" in v:
            for key in ("is_reserve", "has_grassroots_exp"):
                if key in v:
                    try:
                        flags[key] = bool(parse_bool(v[key]))
                    except ValueError as exc:
                        warns.append(f"{FIELD_LABELS[key]}：{exc}，未录入")
        x, m = v.get("post"), self.post
        post = m[x] if x.__class__ is str or x is None else m.fn(x)
        unit_of_post = ""
        if "unit_post" in v:  # 工作单位及职务: the unit, the rest the post
            x, m = v["unit_post"], self.unit_post
            unit_of_post, post_of_unit, why = m[x] if x.__class__ is str or x is None else m.fn(x)
            post = post or (post_of_unit[:64] or None)
            if why and not v.get("unit"):
                warns.append(why)
        rank = None
        if "rank" in v:
            x, m = v["rank"], self.rank
            rank, why = m[x] if x.__class__ is str or x is None else m.fn(x)
            if why:
                warns.append(why)
        form = CadreForm(
            name=line.name,
            gender=gender,
            ethnicity=ethnicity,
            id_number=cast(str, raw_id if raw_id is not None else ""),
            birth_date=birth.full if birth else None,
            political_status=political,
            education=education,
            post=post,
            rank=rank,
            is_reserve=flags.get("is_reserve", False),
            has_grassroots_exp=flags.get("has_grassroots_exp", False),
            phone=_phone(v.get("phone")),
        )
        clean, errors = validate(form, today=self.today)
        if errors:
            if not line.name:
                errors.pop("name", None)
            if raw_id is None:
                errors.pop("id_number", None)
                if not gender:
                    errors.pop("gender", None)
            elif "id_number" in errors and not gender:
                errors.pop("gender", None)  # nothing to compare: the ID is the problem
            if "phone" in errors:
                warns.append(f"{errors.pop('phone')}，未录入")
                clean.phone = None
        id_ok = raw_id is not None and "id_number" not in errors
        if birth is not None and birth.day is None and id_ok:
            id_birth = clean.birth_date
            if id_birth is not None and not birth.matches(id_birth):
                errors["birth_date"] = f"出生年月 {birth} 与身份证号中的 {id_birth:%Y-%m} 不一致"
        if errors:
            order = ("id_number", "birth_date", "gender", "name", "ethnicity")
            reasons.extend(errors[k] for k in order if k in errors)
            reasons.extend(msg for k, msg in errors.items() if k not in order)
        if clean.warnings:
            warns.extend(clean.warnings)
        line.form = clean
        if id_ok:
            line.id_number = clean.id_number

        x, m = v.get("unit"), self.unit
        line.unit = (
            (m[x] if x.__class__ is str or x is None else m.fn(x)) or unit_of_post[:128] or self.filled_by
        )
        if "place_kind" in v:
            x, m = v["place_kind"], self.place_kind
            kind = m[x] if x.__class__ is str or x is None else m.fn(x)
            if kind and kind not in _PLACE_KINDS:
                warns.append(f"派驻点类型“{kind}”不规范，按名称推断")
                kind = ""
            line.place_kind = kind
        if "role" in v:
            x, m = v["role"], self.role
            role, why = m[x] if x.__class__ is str or x is None else m.fn(x)
            if why:
                reasons.append(why)
            else:
                line.role = role
        elif self.has_role_column:
            warns.append(f"未填写派驻身份，按“{DEFAULT_ROLE}”录入")
        if not line.place and not (line.role == Role.TOWNSHIP_LEAD.value and line.township):
            reasons.append("缺少派驻村（社区）" + ("" if line.township else "和乡镇"))
        if "start" in v:
            x, m = v["start"], self.date
            parsed = m[x] if x.__class__ is str or x is None else m.fn(x)
            if parsed.__class__ is str:
                reasons.append(f"{FIELD_LABELS['start']}：{parsed}")
            else:
                line.start = parsed
        if "end" in v:
            x, m = v["end"], self.date
            parsed = m[x] if x.__class__ is str or x is None else m.fn(x)
            if parsed.__class__ is str:
                reasons.append(f"{FIELD_LABELS['end']}：{parsed}")
            else:
                line.end = parsed
        if "note" in v:
            line.note = clean_text(v["note"]) or None
        return line


#: the widths of the columns imported values go to: longer is a rejected row, never a silent cut
FIELD_LIMITS = {"name": 32, "township": 64, "place": 128, "unit": 128, "post": 64, "rank": 32, "phone": 32}
_COMPACT = ("name", "township", "place")


def _measured(v: dict[str, Any]) -> dict[str, str]:
    return {k: (compact_text(v[k]) if k in _COMPACT else clean_text(v[k])) for k in FIELD_LIMITS if k in v}


def _township_text(value: Any) -> str:
    return compact_text(value)


def _place_text(value: Any) -> str:
    return compact_text(value)


def _unit_text(value: Any) -> str:
    return clean_text(value)


def _post_text(value: Any) -> str | None:
    return _opt_text(value)


def _rank_text(value: Any) -> tuple[str | None, str]:
    """职级 → (the listed rank, "") or (None, why it is not recorded)."""
    text = clean_text(value)
    if not text:
        return None, ""
    rank = normalise_rank(text)
    return rank, "" if rank is not None else f"职级“{text}”不在职级列表中，未录入"


def mark_file_duplicates(lines: list[Line]) -> None:
    """Rows sharing an ID: verbatim repeats are skipped; differing ones are all rejected, naming each other."""
    by_id: dict[str, list[Line]] = defaultdict(list)
    for line in lines:
        if line.id_number:
            by_id[line.id_number].append(line)
    for group in by_id.values():
        if len(group) < 2:
            continue
        first = group[0]
        if all(_fingerprint(g) == _fingerprint(first) for g in group[1:]):
            for g in group[1:]:
                g.status, g.skip_reason = "skipped", f"与第 {first.row} 行完全相同，跳过"
            continue
        for g in group:
            others = "、".join(str(o.row) for o in group if o is not g)
            g.reasons.append(f"与第 {others} 行身份证号重复")


def _fingerprint(line: Line) -> tuple[tuple[str, str], ...]:
    """The row's content (序号 aside), to tell a verbatim repeat from a conflicting duplicate."""
    return tuple(sorted((k, clean_text(x)) for k, x in line.raw.items() if k != "seq"))


def set_period(line: Line, term: tuple[dt.date, dt.date]) -> None:
    start = line.start.first_day() if line.start else term[0]
    end = line.end.last_day() if line.end else term[1]
    if end < start:
        line.reasons.append(f"派驻结束时间 {end} 早于开始时间 {start}")
        return
    if start < term[0] or end > term[1]:
        line.warnings.append(f"派驻时间 {start} 至 {end} 超出批次期限 {term[0]} 至 {term[1]}")
    line.period = (start, end)
