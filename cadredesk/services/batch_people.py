"""The cadres of a batch as the training and mentoring lists show them (helpers, caller's transaction).

One row per dispatch: the cadre's name and ID number, the sending unit, the township and place, the
status, and the sort key the printed lists use (township, place, then 姓氏笔画).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from cadredesk.core.enums import DispatchStatus
from cadredesk.core.models import Cadre, Dispatch, Place, Township, Unit
from cadredesk.errors import NotFound
from cadredesk.services.context import Tx, query

ENDED = (DispatchStatus.RECALLED.value, DispatchStatus.ROTATED.value)


@dataclass(frozen=True, slots=True)
class Person:
    """A dispatch of the batch with what lists and printed forms show of its cadre."""

    dispatch_id: int
    cadre_id: int
    name: str
    id_number: str
    unit: str
    post: str
    township_id: int | None
    township: str
    place: str
    role: str
    status: str
    start: dt.date
    end: dt.date
    strokes: str
    order: tuple[Any, ...]  # township order, place order, 姓氏笔画

    @property
    def where(self) -> str:
        return f"{self.township}{self.place}"


def people_of(s: Session, batch_id: int, dispatch_ids: Iterable[int] | None = None) -> dict[int, Person]:
    """dispatch id → Person for the batch (or only ``dispatch_ids``), in printing order."""
    du, cu = aliased(Unit), aliased(Unit)
    stmt = (
        select(
            Dispatch.id, Cadre.id, Cadre.name, Cadre.id_number, du.name, cu.name, Cadre.post,
            Dispatch.township_id, Township.name, Township.sort_order, Place.name, Place.sort_order,
            Dispatch.role, Dispatch.status, Dispatch.start, Dispatch.end, Cadre.name_strokes,
        )
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .outerjoin(du, du.id == Dispatch.unit_id)
        .outerjoin(cu, cu.id == Cadre.unit_id)
        .outerjoin(Township, Township.id == Dispatch.township_id)
        .outerjoin(Place, Place.id == Dispatch.place_id)
        .where(Dispatch.batch_id == batch_id)
    )  # fmt: skip
    wanted = None if dispatch_ids is None else set(dispatch_ids)
    if wanted is not None and len(wanted) <= 500:
        stmt = stmt.where(Dispatch.id.in_(wanted))
    rows: list[Person] = []
    for (did, cid, name, idn, d_unit, c_unit, post, tid, tname, tsort, pname, psort, role, status, start, end,
         strokes) in s.execute(stmt):  # fmt: skip
        if wanted is not None and did not in wanted:
            continue
        order = (tname is None, tsort or 0, tname or "", pname is not None, psort or 0, pname or "",
                 strokes or "", name, did)  # fmt: skip
        rows.append(
            Person(
                did, cid, name, idn, d_unit or c_unit or "", post or "", tid, tname or "", pname or "", role,
                status, start, end, strokes or "", order,
            )
        )  # fmt: skip
    rows.sort(key=lambda p: p.order)
    return {p.dispatch_id: p for p in rows}


def dispatch_of_cadre(s: Session, batch_id: int, id_number: str) -> int:
    """The dispatch of the cadre with ``id_number`` in the batch (the CLI names cadres by ID number)."""
    number = "".join(id_number.split()).upper()
    found = s.scalar(
        select(Dispatch.id)
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .where(Dispatch.batch_id == batch_id, Cadre.id_number == number)
    )
    if found is None:
        from cadredesk.core.audit import mask_id

        raise NotFound(f"身份证号为 {mask_id(number)} 的干部不在本批次名单中")
    return found


@query
def find_dispatch(tx: Tx, batch_id: int, id_number: str) -> int:
    """The dispatch of the cadre with ``id_number`` in the batch (for the CLI)."""
    return dispatch_of_cadre(tx.session, batch_id, id_number)


@query
def find_dispatches(tx: Tx, batch_id: int, id_numbers: Sequence[str]) -> list[int]:
    return [dispatch_of_cadre(tx.session, batch_id, n) for n in id_numbers]
