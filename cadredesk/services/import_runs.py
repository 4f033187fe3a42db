"""Import runs: every import that wrote data is recorded with what it created or changed, and can be
undone as a whole — in one step, audited — while nothing else refers to what it wrote.

An undo deletes what the import created (its dispatches with their status history, the cadres,
places, townships and units it added, the batch it created) and puts back what it changed (a
place's kind and tags, a unit's leaders, a quota).  It is refused, naming the reason, when the
records were changed since (a status advanced, a cadre edited) or when anything else refers to
them (attendance, training, evaluations, another import's dispatch …).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cadredesk.core.models import (
    Base,
    Batch,
    BatchPlaceTag,
    Cadre,
    Dispatch,
    ImportRun,
    ImportRunRow,
    Place,
    PlaceTagLink,
    Township,
    Unit,
    UnitQuota,
    utcnow,
)
from cadredesk.errors import NotFound, ValidationError
from cadredesk.services import references
from cadredesk.services.context import Tx, command, query
from cadredesk.storage.bulk import BulkInsert

#: created records are deleted in this order (what points at others first)
DELETE_ORDER = ("dispatch", "cadre", "place", "township", "unit", "batch")
#: what each kind of import is called
KIND_LABELS = {"roster": "选派名单", "places": "派驻点", "units": "派出单位"}
_NAMES = {
    "dispatch": (Dispatch, None),
    "cadre": (Cadre, Cadre.name),
    "place": (Place, Place.name),
    "township": (Township, Township.name),
    "unit": (Unit, Unit.name),
    "batch": (Batch, Batch.name),
}
_CHUNK = 500


@dataclass(frozen=True)
class ImportRunInfo:
    """One recorded import (the GUI's 导入记录 list, ``import list``)."""

    id: int
    kind: str
    file: str
    sheet: str
    batch: str
    at: dt.datetime
    user: str
    summary: str
    created: dict[str, int]
    changed: int
    undone_at: dt.datetime | None
    undone_by: str

    @property
    def undone(self) -> bool:
        return self.undone_at is not None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "file": self.file,
            "sheet": self.sheet,
            "batch": self.batch,
            "at": self.at.isoformat(sep=" ", timespec="seconds"),
            "user": self.user,
            "summary": self.summary,
            "created": self.created,
            "changed": self.changed,
            "undone_at": self.undone_at.isoformat(sep=" ", timespec="seconds") if self.undone_at else None,
        }


@dataclass
class UndoResult:
    run_id: int
    file: str
    deleted: dict[str, int] = field(default_factory=dict)
    restored: int = 0

    def to_json(self) -> dict[str, object]:
        return {"run_id": self.run_id, "file": self.file, "deleted": self.deleted, "restored": self.restored}

    @property
    def text(self) -> str:
        parts = [f"{references.label(k)} {n} 条" for k, n in self.deleted.items() if n]
        if self.restored:
            parts.append(f"恢复修改前的内容 {self.restored} 处")
        return "、".join(parts) or "无需改动"


# --------------------------------------------------------------------------- recording (caller's transaction)


def record_run(
    s: Session,
    *,
    kind: str,
    file: str,
    sheet: str | None,
    batch_id: int | None,
    user: str,
    summary: str,
    created: Mapping[str, Iterable[int]],
    changed: Sequence[tuple[str, int, dict[str, Any]]] = (),
) -> int:
    """Record an import that wrote data: ``created`` table → ids; ``changed`` (table, id, previous
    values as JSON-able data). Returns the run's id."""
    run = ImportRun(kind=kind, file=file[:255], sheet=(sheet or "")[:64] or None, batch_id=batch_id,
                    user=user[:32], summary=summary)  # fmt: skip
    s.add(run)
    s.flush()
    rows: list[tuple[str, int, str | None]] = []
    for entity, ids in created.items():
        rows.extend((entity, int(i), None) for i in ids)
    rows.extend((entity, int(i), json.dumps(before, ensure_ascii=False)) for entity, i, before in changed)
    # compiled once and handed to the driver: a 10,000-row roster records 20,000 rows
    bulk = BulkInsert(
        s.connection(), ImportRunRow.__table__, ("entity", "entity_id", "before"), {"run_id": run.id}
    )
    for i in range(0, len(rows), 5000):
        bulk.execute(list(zip(*rows[i : i + 5000], strict=True)))
    return run.id


# --------------------------------------------------------------------------- queries


def _infos(s: Session, run_id: int | None = None) -> list[ImportRunInfo]:
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    changed: dict[int, int] = defaultdict(int)
    q = select(ImportRunRow.run_id, ImportRunRow.entity, ImportRunRow.before)
    if run_id is not None:
        q = q.where(ImportRunRow.run_id == run_id)
    for rid, entity, before in s.execute(q):
        if before is None:
            counts[rid][entity] = counts[rid].get(entity, 0) + 1
        else:
            changed[rid] += 1
    stmt = (
        select(ImportRun, Batch.name)
        .outerjoin(Batch, Batch.id == ImportRun.batch_id)
        .order_by(ImportRun.id.desc())
    )
    if run_id is not None:
        stmt = stmt.where(ImportRun.id == run_id)
    return [
        ImportRunInfo(
            r.id, r.kind, r.file, r.sheet or "", bname or "", r.at, r.user, r.summary or "",
            counts.get(r.id, {}), changed.get(r.id, 0), r.undone_at, r.undone_by or "",
        )
        for r, bname in s.execute(stmt)
    ]  # fmt: skip


@query
def list_imports(tx: Tx) -> list[ImportRunInfo]:
    """Every recorded import, newest first."""
    return _infos(tx.session)


# --------------------------------------------------------------------------- undo


def _created(s: Session, run_id: int) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for entity, entity_id in s.execute(
        select(ImportRunRow.entity, ImportRunRow.entity_id).where(
            ImportRunRow.run_id == run_id, ImportRunRow.before.is_(None)
        )
    ):
        out[entity].append(entity_id)
    return out


def _existing(s: Session, table: str, ids: list[int]) -> dict[int, tuple[int | None, str]]:
    """id → (version, name) of the rows that still exist."""
    t = Base.metadata.tables[table]
    version = t.c.get("version")
    _model, name_col = _NAMES[table]
    name = name_col if name_col is not None else t.c.id
    out: dict[int, tuple[int | None, str]] = {}
    for i in range(0, len(ids), _CHUNK):
        cols = [t.c.id, version if version is not None else t.c.id, name]
        for rid, ver, nm in s.execute(select(*cols).where(t.c.id.in_(ids[i : i + _CHUNK]))):
            out[rid] = (ver if version is not None else None, str(nm))
    return out


def _dispatch_names(s: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    out: dict[int, str] = {}
    for i in range(0, len(wanted), _CHUNK):
        for did, name in s.execute(
            select(Dispatch.id, Cadre.name)
            .join(Cadre, Cadre.id == Dispatch.cadre_id)
            .where(Dispatch.id.in_(wanted[i : i + _CHUNK]))
        ):
            out[did] = name
    return out


def _examples(names: Mapping[int, str], ids: Iterable[int], limit: int = 3) -> str:
    shown = [names[i] for i in sorted(ids) if i in names][:limit]
    more = len(set(ids)) - len(shown)
    return "、".join(shown) + (f"等 {len(set(ids))} 条" if more > 0 else "")


@command("import.undo")
def undo_import(tx: Tx, run_id: int) -> UndoResult:
    """Undo an import as a whole (see the module doc); refused, naming why, when it cannot be."""
    s = tx.session
    run = s.get(ImportRun, run_id)
    if run is None:
        raise NotFound(f"没有编号为 {run_id} 的导入记录")
    what = f"导入记录 {run.id}（{run.file}）"
    if run.undone_at is not None:
        raise ValidationError(
            f"{what}已于 {run.undone_at:%Y-%m-%d %H:%M} 由 {run.undone_by} 撤销", key="already-undone"
        )
    created = _created(s, run.id)
    existing = {table: _existing(s, table, ids) for table, ids in created.items() if table in _NAMES}
    names = {t: {i: nm for i, (_v, nm) in rows.items()} for t, rows in existing.items()}
    if "dispatch" in existing:
        names["dispatch"] = _dispatch_names(s, existing["dispatch"])
    problems: list[str] = []
    # changed since the import: a status advanced, a cadre or place edited
    for table in DELETE_ORDER:
        edited = [i for i, (ver, _n) in existing.get(table, {}).items() if ver is not None and ver > 1]
        if edited:
            problems.append(
                f"{references.label(table)}{_examples(names.get(table, {}), edited)}在导入后已被修改（如推进了状态、编辑了信息）"
            )
    deleting = {table: set(rows) for table, rows in existing.items()}
    for table in DELETE_ORDER:
        ids = deleting.get(table)
        if not ids:
            continue
        found = references.referrers(s, table, ids, deleting=deleting)
        if found:
            targets = set().union(*(r.targets for r in found))
            problems.append(
                f"{references.label(table)}{_examples(names.get(table, {}), targets)}已被其他记录引用"
                f"（{references.describe(found)}）"
            )
    changed = list(
        s.execute(
            select(ImportRunRow.entity, ImportRunRow.entity_id, ImportRunRow.before).where(
                ImportRunRow.run_id == run.id, ImportRunRow.before.is_not(None)
            )
        )
    )
    restores = []
    for entity, entity_id, before_text in changed:
        before = json.loads(before_text or "{}")
        why = _restore_blocked(s, run, entity, entity_id, before)
        if why:
            problems.append(why)
        restores.append((entity, entity_id, before))
    if problems:
        raise ValidationError(
            f"不能撤销{what}：" + "；".join(problems) + "。请先处理这些记录，或逐条修改。", key="undo-refused"
        )
    result = UndoResult(run.id, run.file)
    for table in DELETE_ORDER:
        doomed = sorted(deleting.get(table, ()))
        if not doomed:
            continue
        t = Base.metadata.tables[table]
        for i in range(0, len(doomed), _CHUNK):
            s.execute(delete(t).where(t.c.id.in_(doomed[i : i + _CHUNK])))
        result.deleted[table] = len(doomed)
    for entity, entity_id, before in restores:
        _restore(s, run, entity, entity_id, before)
        result.restored += 1
    run.undone_at, run.undone_by = utcnow(), tx.actor.username[:32]
    s.flush()
    s.expire_all()
    tx.audit(entity="import_run", entity_id=run.id, detail=f"撤销{what}：删除 {result.text}")
    return result


# --------------------------------------------------------------------------- changed records (places, units, quotas)


def _restore_blocked(
    s: Session, run: ImportRun, entity: str, entity_id: int, before: dict[str, Any]
) -> str | None:
    if entity == "unit_quota":
        return None
    row: Place | Unit | None
    if entity == "place":
        row = s.get(Place, entity_id)
    elif entity == "unit":
        row = s.get(Unit, entity_id)
    else:
        return None
    if row is None:
        return None
    after = before.get("_version_after")
    if after is not None and row.version != after:
        return f"{references.label(entity)}“{row.name}”在导入后又被修改过"
    return None


def _restore(s: Session, run: ImportRun, entity: str, entity_id: int, before: dict[str, Any]) -> None:
    if entity == "unit_quota":
        if run.batch_id is None:
            return
        quota = before.get("quota", 0)
        row = s.get(UnitQuota, (run.batch_id, entity_id))
        if quota:
            if row is None:
                s.add(UnitQuota(batch_id=run.batch_id, unit_id=entity_id, quota=quota))
            else:
                row.quota = quota
        elif row is not None:
            s.delete(row)
        s.flush()
        return
    if entity == "place":
        place = s.get(Place, entity_id)
        if place is None:
            return
        for key in ("kind", "households", "population", "note"):
            if key in before:
                setattr(place, key, before[key])
        if "tags" in before:
            place.tags = [PlaceTagLink(tag=t) for t in before["tags"]]
        if "batch_tags" in before and run.batch_id is not None:
            s.execute(
                delete(BatchPlaceTag).where(
                    BatchPlaceTag.batch_id == run.batch_id, BatchPlaceTag.place_id == entity_id
                )
            )
            s.add_all(
                BatchPlaceTag(batch_id=run.batch_id, place_id=entity_id, tag=t) for t in before["batch_tags"]
            )
        s.flush()
        return
    if entity == "unit":
        unit = s.get(Unit, entity_id)
        if unit is None:
            return
        for key, value in before.items():
            if not key.startswith("_"):
                setattr(unit, key, value)
        s.flush()
