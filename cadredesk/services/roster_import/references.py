"""The rows checked against the database: the reference data (townships, places, units) and the
cadres the file names, loaded once; what each row refers to, and what the import will create."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from cadredesk.core.audit import mask_id
from cadredesk.core.enums import DispatchStatus, PlaceKind
from cadredesk.core.models import Batch, Cadre, Dispatch, Place, Township, Unit
from cadredesk.io.roster_layout import name_key
from cadredesk.services.roster_import.parsing import Line
from cadredesk.services.roster_import.report import ImportReport
from cadredesk.storage.bulk import IN_VALUES, InLookup

_ACTIVE = tuple(s.value for s in DispatchStatus if s.active)


@dataclass(eq=False)
class New:
    """Something the import will create (township, place or unit); ``id`` set when written."""

    name: str
    kind: str = ""
    township: Any = None  # int id or New, for places
    id: int | None = None


def ref_id(ref: Any) -> int | None:
    """The id of a township, place or unit a row refers to (``None``: none, or not written yet)."""
    if ref is None:
        return None
    if isinstance(ref, New):
        return ref.id
    return int(ref)


#: cadres by ID number: (id, ID number, name, unit)
_CADRES_BY_ID_NUMBER = select(Cadre.id, Cadre.id_number, Cadre.name, Cadre.unit_id).where(
    Cadre.id_number.in_(IN_VALUES)
)
#: their dispatches in one batch: (cadre, township, place, role)
_IN_BATCH = select(Dispatch.cadre_id, Dispatch.township_id, Dispatch.place_id, Dispatch.role).where(
    Dispatch.batch_id == bindparam("batch_id"), Dispatch.cadre_id.in_(IN_VALUES)
)
#: their active dispatches: (cadre, batch name, status)
_ACTIVE_DISPATCHES = (
    select(Dispatch.cadre_id, Batch.name, Dispatch.status)
    .join(Batch, Batch.id == Dispatch.batch_id)
    .where(Dispatch.cadre_id.in_(IN_VALUES), Dispatch.status.in_(_ACTIVE))
)


def infer_place_kind(name: str) -> str:
    """村/社区/企业/项目工地 from a place's name (…村 → 村, …社区 → 社区, …公司/厂/企业 → 企业)."""
    if name.endswith("社区") or name.endswith("居委会"):
        return PlaceKind.COMMUNITY.value
    if any(w in name for w in ("公司", "厂", "企业", "集团", "有限", "合作社")):
        return PlaceKind.ENTERPRISE.value
    if any(w in name for w in ("项目", "工地", "工程")):
        return PlaceKind.PROJECT_SITE.value
    return PlaceKind.VILLAGE.value


class Refs:
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
        conn = session.connection()
        for cid, number, cname, unit_id in InLookup(conn, _CADRES_BY_ID_NUMBER).rows(
            list(dict.fromkeys(id_numbers))
        ):
            self.cadres[number] = (cid, cname)
            self.cadre_units[cid] = unit_id
        cadre_ids = [c[0] for c in self.cadres.values()]
        self.in_batch: dict[int, tuple[int | None, int | None, str]] = {}
        self.elsewhere: dict[int, tuple[str, str]] = {}
        active = _ACTIVE_DISPATCHES
        if batch is not None:
            for d_cadre, d_tid, d_pid, role in InLookup(conn, _IN_BATCH, batch_id=batch.id).rows(cadre_ids):
                self.in_batch[d_cadre] = (d_tid, d_pid, role)
            active = active.where(Dispatch.batch_id != batch.id)
        for e_cadre, bname, status in InLookup(conn, active).rows(cadre_ids):
            self.elsewhere.setdefault(e_cadre, (bname, status))
        self.new_townships: list[New] = []
        self.new_places: list[New] = []
        self.new_units: list[New] = []

    def key(self, name: str) -> str:
        """``name_key`` of a township, place or unit name (the same few names recur on every row)."""
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = name_key(name)
        return key

    def where(self, township: Any, place: Any) -> str:
        t = township.name if isinstance(township, New) else self.township_names.get(township, "")
        p = place.name if isinstance(place, New) else self.place_names.get(place, "")
        return f"{t}{p}" or "（未指定）"


def resolve_places(line: Line, refs: Refs, create_places: bool) -> list[tuple[str, New, str]]:
    """Set line.township_ref/place_ref; return the creations this row needs (list, obj, message)."""
    plans: list[tuple[str, New, str]] = []
    tkey = refs.key(line.township)
    pkey = refs.key(line.place)
    township: Any = None
    if line.township:
        township = refs.townships.get(tkey)
        if township is None:
            if not create_places:
                line.reasons.append(f"乡镇“{line.township}”不存在（导入时选择“自动新建乡镇和派驻点”可新建）")
                return []
            township = New(line.township)
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
            place = New(line.place, kind=kind, township=township)
            plans.append(("place", place, f"新建派驻点“{line.township}{line.place}”（类型：{kind}）"))
    line.township_ref, line.place_ref = township, place
    return plans


def check_against_db(line: Line, refs: Refs, create_places: bool) -> list[tuple[str, New, str]]:
    """The row's cadre (the ID under another name, already in this batch, in a batch elsewhere), place
    and unit; returns the creations the row needs (``apply_plans`` makes them once it is accepted)."""
    existing = refs.cadres.get(line.id_number)
    if existing is not None:
        cid, cname = existing
        if name_key(cname) != name_key(line.name):
            line.reasons.append(
                f"身份证号 {mask_id(line.id_number)} 已登记在干部“{cname}”名下，与本行姓名“{line.name}”不一致"
            )
        line.cadre_id = cid
    plans = resolve_places(line, refs, create_places)
    if existing is not None and line.cadre_id is not None:
        cid = line.cadre_id
        if cid in refs.in_batch:
            tid, pid, _role = refs.in_batch[cid]
            if not line.reasons and tid == ref_id(line.township_ref) and pid == ref_id(line.place_ref):
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
            unit = New(line.unit)
            plans.append(("unit", unit, f"新建派出单位“{line.unit}”"))
        line.unit_ref = unit
    return plans


def apply_plans(refs: Refs, plans: list[tuple[str, New, str]], line: Line, report: ImportReport) -> None:
    """Note an accepted row's creations in ``refs`` (or point the row at what an earlier row creates)."""
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
            if isinstance(township, New):
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


def _retarget(line: Line, old: New, new: Any) -> None:
    if line.township_ref is old:
        line.township_ref = new
    if isinstance(line.place_ref, New) and line.place_ref.township is old:
        line.place_ref.township = new
