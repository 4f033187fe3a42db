"""Import a dispatch roster (选派名单) workbook as units really send it into a batch.

Flow: read the sheet (``io.excel_read``) → find header and data rows (``io.roster_layout``) →
check every row on its own (required fields, the ID and what it implies, vocabularies; cadre rules
come from ``cadres.validate``) → duplicates within the file → checks against the database (ID under
another name, already in this batch, an active dispatch in another batch, unknown places) → write.

Outcomes (CLI.md "Roster import"):
- default all-or-nothing: one invalid row and nothing is written; ``ValidationError`` carries the
  report as ``result`` (the CLI prints it with ``--json`` and exits 1);
- ``skip_invalid``: the good rows are written, the bad ones reported;
- ``dry_run``: everything is checked, nothing is written; the outcome is the one the real run
  would have (``imported`` counts the rows it would write; invalid rows without ``skip_invalid``
  raise the same ``ValidationError``).
All writes happen in one transaction, with one audit row.  A row already in the batch (same cadre,
same place) is skipped with a warning, so importing a file twice adds nothing.

Report rows are the 1-based sheet rows the clerk sees in Excel; row 0 means the file as a whole.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.orm import Session

from cadredesk.core.audit import mask_id
from cadredesk.core.cadres import CadreForm, validate
from cadredesk.core.campaign import term_end
from cadredesk.core.enums import DispatchStatus, PlaceKind, Role
from cadredesk.core.models import Batch, Cadre, Dispatch, DispatchEvent, Place, Township, Unit, utcnow
from cadredesk.core.names import initials_index, stroke_key
from cadredesk.core.ranks import normalise_rank
from cadredesk.core.security import Permission
from cadredesk.core.text import length_problems
from cadredesk.errors import UserError, ValidationError
from cadredesk.io import excel_read, excel_write
from cadredesk.io.roster_layout import (
    FIELD_LABELS,
    LooseDate,
    RawRow,
    RosterLayout,
    apply_layout,
    clean_text,
    col_letter,
    compact_text,
    detect_and_apply,
    detect_layout,
    ignored_text,
    is_blank,
    name_key,
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
from cadredesk.services import batches, import_runs
from cadredesk.services.context import Context, Tx, command

DEFAULT_ROLE = "队员"
_ACTIVE = tuple(s.value for s in DispatchStatus if s.active)
_CHUNK = 500


# --------------------------------------------------------------------------- report


@dataclass
class ImportReport:
    """What an import did (or would do). ``to_json`` is the CLI.md contract."""

    imported: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    file: str = ""
    sheet: str = ""
    batch: str = ""
    dry_run: bool = False
    written: bool = False
    skipped: int = 0  # rows already in the batch, or repeated verbatim in the file
    valid: int = 0  # rows that passed every check
    created: dict[str, int] = field(default_factory=dict)  # batch / cadres / townships / places / units
    layout: RosterLayout | None = None
    #: 1-based row → (text, kind) for the annotated copy and the GUI; kind: ok, warning, skipped, rejected
    row_notes: dict[int, tuple[str, str]] = field(default_factory=dict)
    #: the recorded import run (``import undo``), once written
    run_id: int | None = None
    #: 1-based row → the ignored columns (``RosterLayout.ignored``) whose content in that row is not imported
    lost: dict[int, list[str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"imported": self.imported, "rejected": list(self.rejected), "warnings": list(self.warnings)}

    def warn(self, row: int, message: str) -> None:
        self.warnings.append({"row": row, "message": message})


# --------------------------------------------------------------------------- per-row parsing (no database)


@dataclass(slots=True)
class _Line:
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


def _opt_text(value: Any, limit: int) -> str | None:
    return clean_text(value) or None  # over-long values are rejected in parse (FIELD_LIMITS)


def _phone(value: Any) -> str | None:
    if type(value) is str and value.isdigit() and value.isascii():  # phone_text would return it as is
        return value
    return phone_text(value) or None


_PLACE_KINDS = frozenset(k.value for k in PlaceKind)


class _Memo(dict[str, Any]):
    """``fn(text)`` by cell text, computed on first use."""

    __slots__ = ("fn",)

    def __init__(self, fn: Callable[[Any], Any]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key: str) -> Any:
        value = self[key] = self.fn(key)
        return value


class _RowParser:
    """Checks one data row on its own (no database), for every row of one import.

    Cells that repeat from row to row (gender, dates, townships, units, roles …) are normalised
    once per distinct text: every normaliser here is a pure function of the cell, so a remembered
    result is the one a fresh call would give.  Only ``str`` cells are remembered (1, 1.0 and True
    are equal as dict keys but are different cells): ``m[x] if x.__class__ is str else m.fn(x)``.
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

    def parse(self, raw: RawRow) -> _Line:
        v = raw.values
        line = _Line(row=raw.row, name=compact_text(v.get("name")))
        line.raw = v
        reasons, warns = line.reasons, line.warnings
        if any(type(x) is str and len(x) > 32 for x in v.values()):  # rare: only then measure each field
            reasons.extend(length_problems(_measured(v), FIELD_LIMITS, FIELD_LABELS))
        raw_id = v.get("id_number")
        x = v.get("township")
        m = self.township
        line.township = m[x] if x.__class__ is str else m.fn(x)
        x = v.get("place")
        m = self.place
        line.place = m[x] if x.__class__ is str else m.fn(x)
        if not line.name:
            reasons.append("缺少姓名")
        if raw_id is None:
            reasons.append("缺少身份证号")

        gender = ""
        if "gender" in v:
            x, m = v["gender"], self.gender
            gender = m[x] if x.__class__ is str else m.fn(x)
        birth: LooseDate | None = None
        if "birth_date" in v:
            x, m = v["birth_date"], self.date
            parsed = m[x] if x.__class__ is str else m.fn(x)
            if parsed.__class__ is str:
                reasons.append(f"出生年月：{parsed}")
            else:
                birth = parsed
        ethnicity = "汉族"
        if "ethnicity" in v:
            x, m = v["ethnicity"], self.ethnicity
            ethnicity = m[x] if x.__class__ is str else m.fn(x)
        political = education = None
        if "political_status" in v:
            x, m = v["political_status"], self.political
            political, why = m[x] if x.__class__ is str else m.fn(x)
            if why:
                warns.append(why)
        if "education" in v:
            x, m = v["education"], self.education
            education, why = m[x] if x.__class__ is str else m.fn(x)
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
        post = m[x] if x.__class__ is str else m.fn(x)
        unit_of_post = ""
        if "unit_post" in v:  # 工作单位及职务: the unit, the rest the post
            x, m = v["unit_post"], self.unit_post
            unit_of_post, post_of_unit, why = m[x] if x.__class__ is str else m.fn(x)
            post = post or (post_of_unit[:64] or None)
            if why and not v.get("unit"):
                warns.append(why)
        rank = None
        if "rank" in v:
            x, m = v["rank"], self.rank
            rank, why = m[x] if x.__class__ is str else m.fn(x)
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
        line.unit = (m[x] if x.__class__ is str else m.fn(x)) or unit_of_post[:128] or self.filled_by
        if "place_kind" in v:
            x, m = v["place_kind"], self.place_kind
            kind = m[x] if x.__class__ is str else m.fn(x)
            if kind and kind not in _PLACE_KINDS:
                warns.append(f"派驻点类型“{kind}”不规范，按名称推断")
                kind = ""
            line.place_kind = kind
        if "role" in v:
            x, m = v["role"], self.role
            role, why = m[x] if x.__class__ is str else m.fn(x)
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
            parsed = m[x] if x.__class__ is str else m.fn(x)
            if parsed.__class__ is str:
                reasons.append(f"{FIELD_LABELS['start']}：{parsed}")
            else:
                line.start = parsed
        if "end" in v:
            x, m = v["end"], self.date
            parsed = m[x] if x.__class__ is str else m.fn(x)
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
    return _opt_text(value, 64)


def _rank_text(value: Any) -> tuple[str | None, str]:
    """职级 → (the listed rank, "") or (None, why it is not recorded)."""
    text = clean_text(value)
    if not text:
        return None, ""
    rank = normalise_rank(text)
    return rank, "" if rank is not None else f"职级“{text}”不在职级列表中，未录入"


# --------------------------------------------------------------------------- database lookups


@dataclass(eq=False)
class _New:
    """Something the import will create (township, place or unit); ``id`` set when written."""

    name: str
    kind: str = ""
    township: Any = None  # int id or _New, for places
    id: int | None = None


def _ref_id(ref: Any) -> int | None:
    if ref is None:
        return None
    if isinstance(ref, _New):
        return ref.id
    return int(ref)


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _select_in(
    session: Session,
    values: Sequence[Any],
    select_chunk: Callable[[Sequence[Any]], Any],
    sqlite_sql: str,
    *,
    before: tuple[Any, ...] = (),
    after: tuple[Any, ...] = (),
) -> Iterator[Any]:
    """Rows of a query restricted to ``column IN values``, run for chunks of the values.

    ``select_chunk(chunk)`` builds the statement; on SQLite the same query, ``sqlite_sql`` with
    ``{}`` where the chunk's placeholders go (parameters: ``before``, the chunk, ``after``), goes
    straight to the driver: SQLAlchemy's expanding-IN processing cost more than the lookups.
    """
    if not values:
        return
    conn = session.connection()
    sqlite = conn.dialect.name == "sqlite"
    for chunk in _chunks(values):
        if sqlite:
            yield from _driver_rows(
                conn, sqlite_sql.format(", ".join("?" * len(chunk))), (*before, *chunk, *after)
            )
        else:
            yield from conn.execute(select_chunk(chunk))


def _driver_rows(conn: Connection, sql: str, params: tuple[Any, ...]) -> Sequence[Any]:
    """Rows of a query run on the driver's own cursor (in the session's transaction)."""
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    cursor = dbapi.cursor()
    try:
        cursor.execute(sql, params)
        return cursor.fetchall()
    finally:
        cursor.close()


def _id_map(session: Session, stmt: Any, sqlite_sql: str, params: tuple[Any, ...]) -> dict[Any, int]:
    """{key: id} from a two-column query (``stmt``; on SQLite the same query as ``sqlite_sql``)."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        return dict(_driver_rows(conn, sqlite_sql, params))
    return dict(conn.execute(stmt).all())


def infer_place_kind(name: str) -> str:
    """村/社区/企业/项目工地 from a place's name (…村 → 村, …社区 → 社区, …公司/厂/企业 → 企业)."""
    if name.endswith("社区") or name.endswith("居委会"):
        return PlaceKind.COMMUNITY.value
    if any(w in name for w in ("公司", "厂", "企业", "集团", "有限", "合作社")):
        return PlaceKind.ENTERPRISE.value
    if any(w in name for w in ("项目", "工地", "工程")):
        return PlaceKind.PROJECT_SITE.value
    return PlaceKind.VILLAGE.value


class _Refs:
    """Reference data and the cadres concerned, loaded once; also what the import will create."""

    def __init__(self, session: Session, batch: Batch | None, id_numbers: Sequence[str]) -> None:
        self._keys: dict[str, str] = {}
        self.townships: dict[str, Any] = {}
        self.township_names: dict[Any, str] = {}
        for tid, tname in session.execute(select(Township.id, Township.name)):
            self.townships.setdefault(name_key(tname), tid)
            self.township_names[tid] = tname
        self.places: dict[tuple[Any, str], Any] = {}
        self.places_by_name: dict[str, list[tuple[Any, Any]]] = defaultdict(list)
        self.place_names: dict[Any, str] = {}
        for pid, tid, pname in session.execute(select(Place.id, Place.township_id, Place.name)):
            key = name_key(pname)
            self.places.setdefault((tid, key), pid)
            self.places_by_name[key].append((tid, pid))
            self.place_names[pid] = pname
        self.units: dict[str, Any] = {}
        for uid, uname, short in session.execute(select(Unit.id, Unit.name, Unit.short_name)):
            self.units.setdefault(name_key(uname), uid)
            if short:
                self.units.setdefault(name_key(short), uid)
        # cadres named in the file, their dispatches in this batch and active ones elsewhere
        self.cadres: dict[str, tuple[int, str]] = {}
        self.cadre_units: dict[int, int | None] = {}
        for cid, number, cname, unit_id in _select_in(
            session,
            list(dict.fromkeys(id_numbers)),
            lambda chunk: select(Cadre.id, Cadre.id_number, Cadre.name, Cadre.unit_id).where(
                Cadre.id_number.in_(chunk)
            ),
            "SELECT cadre.id, cadre.id_number, cadre.name, cadre.unit_id FROM cadre WHERE cadre.id_number IN ({})",
        ):
            self.cadres[number] = (cid, cname)
            self.cadre_units[cid] = unit_id
        cadre_ids = [c[0] for c in self.cadres.values()]
        self.in_batch: dict[int, tuple[int | None, int | None, str]] = {}
        self.elsewhere: dict[int, tuple[str, str]] = {}
        if batch is not None:
            batch_id = batch.id
            for d_cadre, d_tid, d_pid, role in _select_in(
                session,
                cadre_ids,
                lambda chunk: select(
                    Dispatch.cadre_id, Dispatch.township_id, Dispatch.place_id, Dispatch.role
                ).where(Dispatch.batch_id == batch_id, Dispatch.cadre_id.in_(chunk)),
                "SELECT dispatch.cadre_id, dispatch.township_id, dispatch.place_id, dispatch.role FROM dispatch "
                "WHERE dispatch.batch_id = ? AND dispatch.cadre_id IN ({})",
                before=(batch_id,),
            ):
                self.in_batch[d_cadre] = (d_tid, d_pid, role)

        other_batch = () if batch is None else (batch.id,)

        def elsewhere(chunk: Sequence[Any]) -> Any:
            stmt = (
                select(Dispatch.cadre_id, Batch.name, Dispatch.status)
                .join(Batch, Batch.id == Dispatch.batch_id)
                .where(Dispatch.cadre_id.in_(chunk), Dispatch.status.in_(_ACTIVE))
            )
            return stmt.where(Dispatch.batch_id != other_batch[0]) if other_batch else stmt

        elsewhere_sql = (
            "SELECT dispatch.cadre_id, batch.name, dispatch.status FROM dispatch "
            "JOIN batch ON batch.id = dispatch.batch_id WHERE dispatch.cadre_id IN ({}) "
            f"AND dispatch.status IN ({', '.join('?' * len(_ACTIVE))})"
        ) + (" AND dispatch.batch_id != ?" if other_batch else "")
        for e_cadre, bname, status in _select_in(
            session, cadre_ids, elsewhere, elsewhere_sql, after=(*_ACTIVE, *other_batch)
        ):
            self.elsewhere.setdefault(e_cadre, (bname, status))
        self.new_townships: list[_New] = []
        self.new_places: list[_New] = []
        self.new_units: list[_New] = []

    def key(self, name: str) -> str:
        """``name_key`` of a township, place or unit name (the same few names recur on every row)."""
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = name_key(name)
        return key

    def where(self, township: Any, place: Any) -> str:
        t = township.name if isinstance(township, _New) else self.township_names.get(township, "")
        p = place.name if isinstance(place, _New) else self.place_names.get(place, "")
        return f"{t}{p}" or "（未指定）"


def _resolve_places(line: _Line, refs: _Refs, create_places: bool) -> list[tuple[str, _New, str]]:
    """Set line.township_ref/place_ref; return the creations this row needs (list, obj, message)."""
    plans: list[tuple[str, _New, str]] = []
    tkey = refs.key(line.township)
    pkey = refs.key(line.place)
    township: Any = None
    if line.township:
        township = refs.townships.get(tkey)
        if township is None:
            if not create_places:
                line.reasons.append(f"乡镇“{line.township}”不存在（导入时选择“自动新建乡镇和派驻点”可新建）")
                return []
            township = _New(line.township)
            plans.append(("township", township, f"新建乡镇“{line.township}”"))
    place: Any = None
    if line.place:
        if township is not None:
            place = refs.places.get((township, pkey))
        else:
            found = refs.places_by_name.get(pkey, [])
            if len(found) == 1:
                township, place = found[0]
            elif len(found) > 1:
                names = "、".join(sorted({refs.where(t, None) for t, _p in found}))
                line.reasons.append(f"派驻村“{line.place}”在多个乡镇都有（{names}），请填写乡镇")
                return []
            else:
                line.reasons.append(
                    f"派驻村“{line.place}”不存在，且未填写乡镇"
                    + ("，无法新建" if create_places else "（导入时选择“自动新建乡镇和派驻点”可新建）")
                )
                return []
        if place is None:
            if not create_places:
                line.reasons.append(
                    f"派驻村“{line.place}”不在{refs.where(township, None)}的派驻点中"
                    "（导入时选择“自动新建乡镇和派驻点”可新建）"
                )
                return []
            kind = line.place_kind or infer_place_kind(line.place)
            place = _New(line.place, kind=kind, township=township)
            plans.append(("place", place, f"新建派驻点“{line.township}{line.place}”（类型：{kind}）"))
    line.township_ref, line.place_ref = township, place
    return plans


def _check_against_db(line: _Line, refs: _Refs, create_places: bool) -> list[tuple[str, _New, str]]:
    existing = refs.cadres.get(line.id_number)
    if existing is not None:
        cid, cname = existing
        if name_key(cname) != name_key(line.name):
            line.reasons.append(
                f"身份证号 {mask_id(line.id_number)} 已登记在干部“{cname}”名下，与本行姓名“{line.name}”不一致"
            )
        line.cadre_id = cid
    plans = _resolve_places(line, refs, create_places)
    if existing is not None and line.cadre_id is not None:
        cid = line.cadre_id
        if cid in refs.in_batch:
            tid, pid, _role = refs.in_batch[cid]
            if not line.reasons and tid == _ref_id(line.township_ref) and pid == _ref_id(line.place_ref):
                line.status, line.skip_reason = "skipped", "已存在，跳过"
                return []
            line.reasons.append(f"该干部在本批次已派驻到{refs.where(tid, pid)}，不能重复派驻")
        elif cid in refs.elsewhere:
            bname, status = refs.elsewhere[cid]
            line.reasons.append(
                f"该干部在批次“{bname}”中仍在派（状态：{status}），同一时间只能有一个在派任务"
            )
    if line.unit:
        key = refs.key(line.unit)
        unit = refs.units.get(key)
        if unit is None:
            unit = _New(line.unit)
            plans.append(("unit", unit, f"新建派出单位“{line.unit}”"))
        line.unit_ref = unit
    return plans


def _apply_plans(refs: _Refs, plans: list[tuple[str, _New, str]], line: _Line, report: ImportReport) -> None:
    for what, obj, message in plans:
        if what == "township":
            key = refs.key(obj.name)
            known = refs.townships.get(key)
            if known is not None:  # created by an earlier row
                _retarget(line, obj, known)
                continue
            refs.townships[key] = obj
            refs.new_townships.append(obj)
        elif what == "place":
            township = obj.township
            if isinstance(township, _New):
                township = refs.townships.get(refs.key(township.name), township)
                obj.township = township
            key2 = (township, refs.key(obj.name))
            known = refs.places.get(key2)
            if known is not None:
                line.place_ref = known
                continue
            refs.places[key2] = obj
            refs.places_by_name[refs.key(obj.name)].append((township, obj))
            refs.new_places.append(obj)
        else:
            key = refs.key(obj.name)
            known = refs.units.get(key)
            if known is not None:
                line.unit_ref = known
                continue
            refs.units[key] = obj
            refs.new_units.append(obj)
        report.warn(line.row, message)


def _retarget(line: _Line, old: _New, new: Any) -> None:
    if line.township_ref is old:
        line.township_ref = new
    if isinstance(line.place_ref, _New) and line.place_ref.township is old:
        line.place_ref.township = new


# --------------------------------------------------------------------------- the import


def _where(path: Path, sheet: str) -> str:
    return f"“{path.name}”工作表“{sheet}”"


@command("roster.import", permission=Permission.IMPORT)
def import_roster(
    tx: Tx,
    path: str | Path,
    batch_name: str,
    *,
    sheet: str | int | None = None,
    create_places: bool = False,
    skip_invalid: bool = False,
    dry_run: bool = False,
    layout: RosterLayout | None = None,
    annotated_out: str | Path | None = None,
) -> ImportReport:
    """Import a roster workbook into ``batch_name`` (created when missing). See the module docstring."""
    with _gc_paused():
        return _import(
            tx, Path(path), batch_name, sheet=sheet, create_places=create_places, skip_invalid=skip_invalid,
            dry_run=dry_run, layout=layout, annotated_out=annotated_out,
        )  # fmt: skip


def preview_roster(
    path: str | Path, sheet: str | int | None = None
) -> tuple[excel_read.SheetData, RosterLayout]:
    """Read the sheet and find its layout (for the GUI's column-mapping step); nothing is written.

    Pass the layout, corrected by the clerk if need be, back to ``import_roster(layout=…)``.
    """
    data, layout, _raws = _preview(Path(path), sheet, with_raws=False)
    return data, layout


def _preview(
    path: Path, sheet: str | int | None, *, with_raws: bool
) -> tuple[excel_read.SheetData, RosterLayout, list[RawRow] | None]:
    """preview_roster; ``with_raws``: also the data rows' values (apply_layout), found in the same pass."""

    def found(data: excel_read.SheetData) -> tuple[excel_read.SheetData, RosterLayout, list[RawRow] | None]:
        if with_raws:
            layout, raws = detect_and_apply(data.rows)
            return data, layout, raws
        return data, detect_layout(data.rows), None

    data = excel_read.read_sheet(path, sheet)
    try:
        return found(data)
    except UserError as exc:
        first_error = ValidationError(f"{_where(path, data.name)}：{exc.message}", key=exc.key)
    if sheet is None or sheet == "":  # a cover or instructions sheet first: try the other visible sheets
        for name in excel_read.list_sheets(path):
            if name == data.name:
                continue
            try:
                return found(excel_read.read_sheet(path, name))
            except UserError:
                continue
    raise first_error


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection during a bulk import (~20 % of the time for 10,000 rows)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _import(
    tx: Tx,
    path: Path,
    batch_name: str,
    *,
    sheet: str | int | None,
    create_places: bool,
    skip_invalid: bool,
    dry_run: bool,
    layout: RosterLayout | None,
    annotated_out: str | Path | None,
) -> ImportReport:
    path = Path(path)
    batch_name = (batch_name or "").strip()
    if not batch_name:
        raise ValidationError("请指定批次名称")
    today = tx.today()
    raws: list[RawRow] | None = None
    if layout is None:
        data, layout, raws = _preview(path, sheet, with_raws=True)
    else:
        data = excel_read.read_sheet(path, sheet)
    where = _where(path, data.name)
    missing = layout.missing_required()
    if missing:
        raise ValidationError(
            f"{where}缺少必需的列：{'、'.join(missing)}（表头在第 {layout.last_header_row} 行）",
            key="no-column",
        )
    if raws is None:
        raws = apply_layout(data.rows, layout)
    if not raws:
        raise ValidationError(f"{where}在表头（第 {layout.last_header_row} 行）之后没有数据行", key="empty")

    report = ImportReport(file=path.name, sheet=data.name, batch=batch_name, dry_run=dry_run, layout=layout)
    header_row = layout.last_header_row
    for note in layout.notes:
        report.warn(header_row, note)
    for col, caption, n in layout.ignored:  # nothing is dropped silently
        report.warn(header_row, f"{ignored_text(col, caption)}未对应任何字段，其中 {n} 行的内容不会导入")
        for r in layout.data_rows:
            line_cells = data.rows[r - 1]
            if col < len(line_cells) and not is_blank(line_cells[col]):
                report.lost.setdefault(r, []).append(ignored_text(col, caption))
    has_role_column = "role" in layout.columns.values()
    if not has_role_column:
        report.warn(header_row, f"名单中没有“派驻身份”列，全部按“{DEFAULT_ROLE}”录入")
    for row, why in layout.skipped:
        if why.startswith("非数据行") or why.startswith("没有已识别列"):
            report.warn(row, f"{why}，已忽略")
            report.row_notes[row] = (f"未导入：{why}", "warning")

    columns = set(layout.columns.values())
    known_units: list[str] = []
    if "unit_post" in columns:
        for uname, short in tx.session.execute(select(Unit.name, Unit.short_name)):
            known_units.extend(n for n in (uname, short) if n)
    parse = _RowParser(
        today=today, has_role_column=has_role_column, has_unit_column="unit" in columns,
        filled_by=layout.filled_by, known_units=known_units,
    ).parse  # fmt: skip
    if "unit" not in columns and layout.filled_by:
        how = "工作单位及职务中的单位，未写明的" if "unit_post" in columns else ""
        report.warn(header_row, f"名单中没有“派出单位”列，派出单位按{how}填报单位“{layout.filled_by}”录入")
    lines = [parse(raw) for raw in raws]
    del raws
    _mark_file_duplicates(lines)

    outcome_error: ValidationError | None = None
    session = tx.session
    tx.progress.check()
    batch = session.scalar(select(Batch).where(Batch.name == batch_name))
    # the batch term (a missing batch: one year from the earliest start in the file, else from
    # 1 January of the year its name gives — "2027年度驻村" — else of this year)
    if batch is not None:
        term = (batch.start, batch.end)
    else:
        starts = [ln.start.first_day() for ln in lines if ln.start and not ln.reasons and ln.status == "ok"]
        named = re.search(r"(20\d\d)\s*年", batch_name)
        first = min(starts) if starts else dt.date(int(named.group(1)) if named else today.year, 1, 1)
        term = (first, term_end(first, 1))
    refs = _Refs(session, batch, [ln.id_number for ln in lines if ln.id_number and ln.status == "ok"])
    for line in lines:
        if line.status != "ok":
            continue
        if not line.id_number:
            _resolve_places(line, refs, create_places)  # report every problem of the row at once
            continue
        plans = _check_against_db(line, refs, create_places)
        if line.status == "ok" and not line.reasons:
            _set_period(line, term)
        if line.status == "ok" and not line.reasons:
            _apply_plans(refs, plans, line, report)

    _finish_rows(lines, report)
    good = [ln for ln in lines if ln.status == "ok" and not ln.reasons]
    report.valid = len(good)
    writing = not dry_run and (skip_invalid or not report.rejected)
    if batch is None and good:
        verb = "已新建" if writing else "将新建"
        report.warnings.insert(
            0, {"row": 0, "message": f"批次“{batch_name}”不存在，{verb}（县级，{term[0]} 至 {term[1]}）"}
        )
    if report.rejected and not skip_invalid:  # a dry run reports the outcome the real run would have
        outcome_error = ValidationError(
            f"{where}有 {len(report.rejected)} 行不合格，未导入任何数据"
            "（改正后重新导入，或选择“跳过不合格的行”只导入合格的行）",
            result=report,
        )
    elif dry_run:
        report.imported = len(good)
    else:
        if batch is None and good:
            form = batches.BatchForm.defaults("county", term[0], term[1], name=batch_name)
            batch, _note = batches.store_new(session, form)
            report.created["batch"] = 1
        tx.progress.check()
        if batch is not None:
            fresh = [ln for ln in good if ln.cadre_id is None]
            _write(session, batch, good, refs, report, user=tx.actor.username)
            if good:
                report.run_id = _record_run(session, tx, path, data.name, batch, good, fresh, refs, report)
        report.imported = len(good)
        report.written = True
        tx.audit(
            entity="batch",
            entity_id=batch.id if batch is not None else None,
            detail=(
                f"{path.name}［{data.name}］导入 {report.imported} 人，跳过 {report.skipped}，"
                f"不合格 {len(report.rejected)}；新建干部 {report.created.get('cadres', 0)}、"
                f"乡镇 {report.created.get('townships', 0)}、派驻点 {report.created.get('places', 0)}、"
                f"派出单位 {report.created.get('units', 0)}"
            ),
        )
    _fill_notes(lines, report)
    if annotated_out is not None:
        excel_write.write_annotated(
            source=path,
            fmt=data.fmt,
            sheet=data.name,
            rows=data.rows,
            header_rows=layout.header_rows,
            notes=report.row_notes,
            out=annotated_out,
        )
    if outcome_error is not None:
        raise outcome_error
    return report


def _record_run(
    session: Session,
    tx: Tx,
    path: Path,
    sheet: str,
    batch: Batch,
    good: list[_Line],
    fresh: list[_Line],
    refs: _Refs,
    report: ImportReport,
) -> int:
    """Record what the import created, so that it can be undone as a whole (``import_runs``)."""
    cadre_ids = [ln.cadre_id for ln in good if ln.cadre_id is not None]
    dispatch_ids = [
        did
        for (did,) in _select_in(
            session,
            cadre_ids,
            lambda chunk: select(Dispatch.id).where(
                Dispatch.batch_id == batch.id, Dispatch.cadre_id.in_(chunk)
            ),
            "SELECT dispatch.id FROM dispatch WHERE dispatch.batch_id = ? AND dispatch.cadre_id IN ({})",
            before=(batch.id,),
        )
    ]
    created: dict[str, list[int]] = {
        "dispatch": dispatch_ids,
        "cadre": [ln.cadre_id for ln in fresh if ln.cadre_id is not None],
        "township": [t.id for t in refs.new_townships if t.id is not None],
        "place": [p.id for p in refs.new_places if p.id is not None],
        "unit": [u.id for u in refs.new_units if u.id is not None],
    }
    if report.created.get("batch"):
        created["batch"] = [batch.id]
    return import_runs.record_run(
        session, kind="roster", file=path.name, sheet=sheet, batch_id=batch.id, user=tx.actor.username,
        summary=f"导入 {len(good)} 人（新建干部 {len(created['cadre'])}）", created=created,
    )  # fmt: skip


def _mark_file_duplicates(lines: list[_Line]) -> None:
    """Rows sharing an ID: verbatim repeats are skipped; differing ones are all rejected, naming each other."""
    by_id: dict[str, list[_Line]] = defaultdict(list)
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


def _fingerprint(line: _Line) -> tuple[tuple[str, str], ...]:
    """The row's content (序号 aside), to tell a verbatim repeat from a conflicting duplicate."""
    return tuple(sorted((k, clean_text(x)) for k, x in line.raw.items() if k != "seq"))


def _set_period(line: _Line, term: tuple[dt.date, dt.date]) -> None:
    start = line.start.first_day() if line.start else term[0]
    end = line.end.last_day() if line.end else term[1]
    if end < start:
        line.reasons.append(f"派驻结束时间 {end} 早于开始时间 {start}")
        return
    if start < term[0] or end > term[1]:
        line.warnings.append(f"派驻时间 {start} 至 {end} 超出批次期限 {term[0]} 至 {term[1]}")
    line.period = (start, end)


def _finish_rows(lines: list[_Line], report: ImportReport) -> None:
    report.rejected.clear()
    report.skipped = 0
    for line in lines:
        if line.reasons:
            line.status = "rejected"
            report.rejected.append({"row": line.row, "name": line.name, "reason": "；".join(line.reasons)})
        elif line.status == "skipped":
            report.skipped += 1
            report.warn(line.row, f"{line.name}：{line.skip_reason}")
        for w in line.warnings:
            report.warn(line.row, w)
    report.rejected.sort(key=lambda r: r["row"])
    report.warnings.sort(key=lambda w: w["row"])


def _fill_notes(lines: list[_Line], report: ImportReport) -> None:
    by_row: dict[int, list[str]] = defaultdict(list)
    for w in report.warnings:
        by_row[w["row"]].append(w["message"])
    for line in lines:
        if line.status == "rejected":
            report.row_notes[line.row] = ("；".join(line.reasons), "rejected")
        elif line.status == "skipped":
            report.row_notes[line.row] = (line.skip_reason, "skipped")
        else:
            extra = by_row.get(line.row, [])
            # a row that loses data never reads 校验通过: it says what is not kept
            lost = [
                *(f"{c}的内容" for c in report.lost.get(line.row, [])),
                *(w for w in extra if "未录入" in w),
            ]
            others = [w for w in extra if "未录入" not in w]
            if lost:
                text = "已导入，但" if report.written else "可导入，但"
                text += f"以下内容未录入：{'；'.join(lost)}" + (
                    f"（另：{'；'.join(others)}）" if others else ""
                )
                report.row_notes[line.row] = (text, "warning")
            elif others:
                text = "已导入" if report.written else "校验通过"
                report.row_notes[line.row] = (f"{text}（{'；'.join(others)}）", "warning")
            else:
                report.row_notes[line.row] = ("已导入" if report.written else "校验通过", "ok")


# --------------------------------------------------------------------------- writing


def _write(
    session: Session, batch: Batch, good: list[_Line], refs: _Refs, report: ImportReport, *, user: str
) -> None:
    if refs.new_townships:
        base = session.scalar(select(Township.sort_order).order_by(Township.sort_order.desc()).limit(1)) or 0
        _insert_new(
            session,
            Township.__table__,
            refs.new_townships,
            [{"name": t.name, "sort_order": base + i} for i, t in enumerate(refs.new_townships, start=1)],
        )
    if refs.new_places:
        base = session.scalar(select(Place.sort_order).order_by(Place.sort_order.desc()).limit(1)) or 0
        _insert_new(
            session,
            Place.__table__,
            refs.new_places,
            [
                {"township_id": _ref_id(p.township), "name": p.name, "kind": p.kind, "sort_order": base + i}
                for i, p in enumerate(refs.new_places, start=1)
            ],
        )
    if refs.new_units:
        _insert_new(session, Unit.__table__, refs.new_units, [{"name": u.name} for u in refs.new_units])
    report.created.update(
        townships=len(refs.new_townships), places=len(refs.new_places), units=len(refs.new_units)
    )

    now = utcnow()
    fresh = [ln for ln in good if ln.cadre_id is None]
    if fresh:
        forms = [ln.form for ln in fresh]
        names = {f.name for f in forms if f is not None}
        initials = {n: initials_index(n) for n in names}
        strokes = {n: stroke_key(n) for n in names}
        form_values = attrgetter(*_CADRE_COLUMNS[:12])

        def cadre_rows(chunk: Sequence[_Line]) -> list[tuple[Any, ...]]:
            rows = []
            for ln in chunk:
                f = ln.form
                assert f is not None and f.birth_date is not None
                unit = ln.unit_ref
                unit_id = None if unit is None else unit.id if unit.__class__ is _New else int(unit)
                rows.append((*form_values(f), unit_id, initials[f.name], strokes[f.name], 1, now, now))
            return rows

        since = session.scalar(select(func.max(Cadre.id))) or 0
        _insert_chunked(session, Cadre.__table__, _CADRE_COLUMNS, fresh, cadre_rows)
        # the ids above ``since`` are this import's cadres (a row another writer added has another ID number)
        ids = _id_map(
            session,
            select(Cadre.id_number, Cadre.id).where(Cadre.id > since),
            "SELECT cadre.id_number, cadre.id FROM cadre WHERE cadre.id > ?",
            (since,),
        )
        for ln in fresh:
            ln.cadre_id = ids[ln.id_number]
    report.created["cadres"] = len(fresh)
    if not good:
        return

    nominated = DispatchStatus.NOMINATED.value
    cadre_units = refs.cadre_units
    batch_id = batch.id

    def dispatch_rows(chunk: Sequence[_Line]) -> list[tuple[Any, ...]]:
        rows = []
        for ln in chunk:
            assert ln.period is not None and ln.cadre_id is not None
            unit, place = ln.unit_ref, ln.place_ref
            unit_id = None if unit is None else unit.id if unit.__class__ is _New else int(unit)
            if unit_id is None:
                unit_id = cadre_units.get(ln.cadre_id)
            place_id = None if place is None else place.id if place.__class__ is _New else int(place)
            start, end = ln.period
            rows.append(
                (
                    batch_id, ln.cadre_id, unit_id, _township_id(ln), place_id, ln.role, start, end, nominated,
                    ln.note, 1, now, now,
                )
            )  # fmt: skip
        return rows

    since = session.scalar(select(func.max(Dispatch.id))) or 0
    _insert_chunked(session, Dispatch.__table__, _DISPATCH_COLUMNS, good, dispatch_rows)
    by_cadre = _id_map(
        session,
        select(Dispatch.cadre_id, Dispatch.id).where(Dispatch.batch_id == batch_id, Dispatch.id > since),
        "SELECT dispatch.cadre_id, dispatch.id FROM dispatch WHERE dispatch.batch_id = ? AND dispatch.id > ?",
        (batch_id, since),
    )
    who = user[:32]
    file = report.file

    def event_rows(chunk: Sequence[_Line]) -> list[tuple[Any, ...]]:
        return [
            (by_cadre[ln.cadre_id], now, None, nominated, f"名单导入：{file} 第 {ln.row} 行", who)
            for ln in chunk
            if ln.cadre_id is not None
        ]

    _insert_chunked(session, DispatchEvent.__table__, _EVENT_COLUMNS, good, event_rows)


#: Cadre columns the import writes: the form's first (in CadreForm attribute names), then the others.
_CADRE_COLUMNS = (
    "name", "gender", "ethnicity", "id_number", "birth_date", "political_status", "education", "post", "rank",
    "is_reserve", "has_grassroots_exp", "phone",
    "unit_id", "name_initials", "name_strokes", "version", "created_at", "updated_at",
)  # fmt: skip
_DISPATCH_COLUMNS = (
    "batch_id", "cadre_id", "unit_id", "township_id", "place_id", "role", "start", "end", "status", "note",
    "version", "created_at", "updated_at",
)  # fmt: skip
_EVENT_COLUMNS = ("dispatch_id", "at", "from_status", "to_status", "reason", "user")


def _insert_new(session: Session, table: Any, news: list[_New], rows: list[dict[str, Any]]) -> None:
    """INSERT the townships, places or units the import creates (column defaults as the ORM would
    apply them: version 1, timestamps) and note their ids."""
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    for chunk_news, chunk_rows in zip(_chunks(news), _chunks(rows), strict=True):
        ids = session.execute(stmt, list(chunk_rows)).scalars().all()
        for new, new_id in zip(chunk_news, ids, strict=True):
            new.id = new_id


def _insert_chunked(
    session: Session,
    table: Any,
    columns: Sequence[str],
    lines: Sequence[_Line],
    make_rows: Callable[[Sequence[_Line]], list[tuple[Any, ...]]],
    size: int = 5000,
) -> None:
    """Bulk INSERT of ``make_rows(chunk)`` (value tuples in ``columns`` order) for chunks of ``lines``,
    so that a 200,000-row roster never holds all parameters at once."""
    for chunk in _chunks(lines, size):
        _bulk_insert(session, table, columns, make_rows(chunk))


def _township_id(line: _Line) -> int | None:
    tid = _ref_id(line.township_ref)
    if tid is None and isinstance(line.place_ref, _New):
        tid = _ref_id(line.place_ref.township)
    return tid


def _sqlite_converter(column: Any) -> Any:
    """How SQLAlchemy's SQLite types store a column's Python value (None = as is)."""
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        return None
    if python_type is dt.datetime:
        memo: dict[Any, Any] = {}

        def stamp(v: Any) -> Any:
            if v is None:
                return None
            out = memo.get(v)
            if out is None:
                out = memo[v] = v.strftime("%Y-%m-%d %H:%M:%S.%f")
            return out

        return stamp
    if python_type is dt.date:
        return lambda v: None if v is None else v.isoformat()
    return None  # booleans too: the driver binds True/False as 1/0, as SQLAlchemy's int(v) stores them


def _bulk_insert(session: Session, table: Any, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """INSERT many rows (value tuples in ``columns`` order) in the session's transaction.

    On SQLite the rows go straight to the driver's ``executemany`` (SQLAlchemy's per-row parameter
    processing was a third of a 10,000-row import), with dates and datetimes stored as
    SQLAlchemy's SQLite types store them; other databases use a Core ``insert``.
    """
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        session.execute(insert(table), [dict(zip(columns, r, strict=True)) for r in rows])
        return
    quote = conn.dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    converters = [(i, f) for i, n in enumerate(columns) if (f := _sqlite_converter(table.c[n])) is not None]
    if converters:
        by_column = list(zip(*rows, strict=True))
        for i, f in converters:  # each distinct value once (one timestamp, a few thousand dates)
            stored = {v: f(v) for v in set(by_column[i])}
            by_column[i] = tuple(map(stored.__getitem__, by_column[i]))
        rows = list(zip(*by_column, strict=True))
    conn.exec_driver_sql(sql, rows)


# --------------------------------------------------------------------------- the GUI's preview


@dataclass(frozen=True)
class Preview:
    """What reading a workbook and a dry run of the import found (the import dialog's preview)."""

    sheet: excel_read.SheetData
    layout: RosterLayout | None
    layout_error: str
    report: ImportReport | None
    report_error: str


def preview_import(
    ctx: Context,
    path: Path,
    batch_name: str,
    *,
    sheet: str | None = None,
    data: excel_read.SheetData | None = None,
    header_rows: Sequence[int] | None = None,
    columns: dict[int, str] | None = None,
    create_places: bool = False,
) -> Preview:
    """Read the sheet (unless ``data`` is the one already read), find or apply the clerk's column
    mapping, and dry-run the import with it: nothing is written."""
    sheet_data = data if data is not None else excel_read.read_sheet(path, sheet)
    ctx.progress.check()
    try:
        layout = detect_layout(sheet_data.rows, header_rows=header_rows, columns=columns)
    except UserError as exc:
        return Preview(sheet_data, None, exc.message, None, "")
    missing = layout.missing_required()
    if missing:
        return Preview(
            sheet_data, layout, "", None, f"缺少必需的列：{'、'.join(missing)}。请在上方为相应的列选择字段。"
        )
    ctx.progress.check()
    try:
        report = import_roster(
            ctx, path, batch_name, sheet=sheet_data.name, create_places=create_places, skip_invalid=True,
            dry_run=True, layout=layout,
        )  # fmt: skip
    except UserError as exc:
        return Preview(sheet_data, layout, "", None, exc.message)
    return Preview(sheet_data, layout, "", report, "")


def read_workbook_sheets(path: Path) -> list[str]:
    """The visible sheets of a workbook, for the dialog's sheet choice."""
    return excel_read.list_sheets(path)


# what the import dialog shows of the layout (re-exported: the faces talk to services only)
SheetData = excel_read.SheetData
__all__ = [
    "FIELD_LABELS",
    "ImportReport",
    "Preview",
    "RosterLayout",
    "SheetData",
    "clean_text",
    "col_letter",
    "import_roster",
    "is_blank",
    "preview_import",
    "preview_roster",
]
