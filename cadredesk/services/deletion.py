"""Deleting a cadre, a place or a batch entered by mistake — only while nothing refers to it.

What refers to a record is read from the schema (``references``): a cadre with a dispatch, a place
with a dispatch or a work group, a batch with a roster … is refused with a sentence naming what
refers to it.  What belongs to the record goes with it (a place's tags; a batch's quotas, tag list
and stored findings).  One transaction, one audit entry each.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select

from cadredesk.core.audit import mask_id
from cadredesk.core.models import Batch, BatchFinding, BatchPlaceTag, Cadre, Place, Township, UnitQuota
from cadredesk.errors import NotFound, ValidationError
from cadredesk.services import batches, references
from cadredesk.services.context import Tx, command, query


@dataclass(frozen=True)
class Deleted:
    kind: str  # cadre | place | batch
    id: int
    name: str


def _refuse_if_referred(tx: Tx, table: str, ident: int, what: str) -> None:
    found = references.referrers(tx.session, table, [ident])
    if found:
        raise ValidationError(
            f"{what}不能删除：已有{references.describe(found)}引用它。请先删除或改正这些记录。", key="in-use"
        )


@command("cadre.delete")
def delete_cadre(tx: Tx, cadre_id: int) -> Deleted:
    """Delete a cadre entered by mistake (no dispatch, training, evaluation … refers to them)."""
    cadre = tx.session.get(Cadre, cadre_id)
    if cadre is None:
        raise NotFound(f"干部记录 {cadre_id} 不存在")
    what = f"干部“{cadre.name}”（{mask_id(cadre.id_number)}）"
    _refuse_if_referred(tx, "cadre", cadre.id, what)
    name, number = cadre.name, cadre.id_number
    tx.session.execute(delete(Cadre).where(Cadre.id == cadre_id))
    tx.audit(entity="cadre", entity_id=cadre_id, detail=f"删除误录干部 {name}（{mask_id(number)}）")
    return Deleted("cadre", cadre_id, name)


@command("place.delete")
def delete_place(tx: Tx, place_id: int) -> Deleted:
    """Delete a place entered by mistake (no dispatch, work group, visit … refers to it); its tags go with it."""
    s = tx.session
    place = s.get(Place, place_id)
    if place is None:
        raise NotFound(f"派驻点 {place_id} 不存在")
    township = s.get(Township, place.township_id)
    what = f"派驻点“{township.name if township else ''}{place.name}”"
    _refuse_if_referred(tx, "place", place.id, what)
    name = f"{township.name if township else ''}{place.name}"
    s.execute(delete(Place).where(Place.id == place_id))  # place_tag, batch_place_tag: ON DELETE CASCADE
    s.expire_all()
    tx.audit(entity="place", entity_id=place_id, detail=f"删除误录派驻点 {name}")
    return Deleted("place", place_id, name)


@command("batch.delete")
def delete_batch(tx: Tx, batch_id: int) -> Deleted:
    """Delete a batch entered by mistake: refused while it has a roster, teams, work groups, training,
    visits …; its quotas, priority-tag list and stored findings go with it."""
    s = tx.session
    batch = s.get(Batch, batch_id)
    if batch is None:
        raise NotFound(f"批次 {batch_id} 不存在")
    _refuse_if_referred(tx, "batch", batch.id, f"批次“{batch.name}”")
    owned: list[str] = []
    for model in (UnitQuota, BatchPlaceTag, BatchFinding):
        n = s.scalar(select(func.count()).select_from(model).where(model.batch_id == batch.id)) or 0
        if n:
            owned.append(f"{references.label(model.__tablename__)} {n} 条")
    name = batch.name
    s.execute(delete(Batch).where(Batch.id == batch_id))  # owned rows: ON DELETE CASCADE / SET NULL
    s.expire_all()
    tx.audit(
        entity="batch",
        entity_id=batch_id,
        detail=f"删除误建批次 {name}" + (f"（连同{'、'.join(owned)}）" if owned else ""),
    )
    return Deleted("batch", batch_id, name)


# --------------------------------------------------------------------------- lookups for the command line


@query
def find_cadre(tx: Tx, id_number: str) -> int:
    number = "".join(id_number.split()).upper()
    found = tx.session.scalar(select(Cadre.id).where(Cadre.id_number == number))
    if found is None:
        raise NotFound(f"没有身份证号为 {mask_id(number)} 的干部")
    return found


@query
def find_place(tx: Tx, township: str, name: str) -> int:
    t = "".join(township.split())
    p = "".join(name.split())
    found = tx.session.scalar(
        select(Place.id)
        .join(Township, Township.id == Place.township_id)
        .where(Township.name == t, Place.name == p)
    )
    if found is None:
        raise NotFound(f"没有派驻点“{t}{p}”")
    return found


@query
def find_batch_id(tx: Tx, name: str) -> int:
    return batches.find(tx.session, name).id
