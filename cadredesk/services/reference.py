"""Reference data: townships, places with priority tags, dispatching units."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from cadredesk.core.enums import PlaceKind, PlaceTag
from cadredesk.core.models import Batch, BatchPlaceTag, Place, PlaceTagLink, Township, Unit
from cadredesk.core.names import initials_variants
from cadredesk.core.places import infer_kind
from cadredesk.core.search import person_matches
from cadredesk.core.security import Permission
from cadredesk.errors import NotFound, ValidationError
from cadredesk.services.context import Tx, command, query

__all__ = [
    "PlaceRow",
    "create_township",
    "create_unit",
    "infer_kind",
    "list_places",
    "save_place",
    "template_lists",
    "townships",
    "units",
]


@dataclass(frozen=True)
class PlaceRow:
    id: int
    township_id: int
    township: str
    name: str
    kind: str
    tags: tuple[str, ...]
    #: pinyin initials of the name and of township + name, every reading (search like the other pages)
    initials: str = ""

    def matches(self, query: str) -> bool:
        return person_matches(query, self.name, self.initials, "", self.township, *self.tags)


def place_initials(township: str, name: str) -> str:
    """Space-separated initials variants of the place's name and of township + name (丰登村 → “fdc …”)."""
    return " ".join(dict.fromkeys([*initials_variants(name), *initials_variants(township + name)]))


# --------------------------------------------------------------------------- helpers (caller's transaction)


def township_named(s: Session, name: str, *, create: bool) -> tuple[Township | None, bool]:
    """The township called ``name`` (spaces ignored); created when ``create``. Returns (it, created)."""
    name = "".join(name.split())
    if not name:
        raise ValidationError("乡镇名称不能为空")
    t = s.scalar(select(Township).where(Township.name == name))
    if t is not None or not create:
        return t, False
    order = (s.scalar(select(func.max(Township.sort_order))) or 0) + 1
    t = Township(name=name, sort_order=order)
    s.add(t)
    s.flush()
    return t, True


def unit_named(s: Session, name: str, *, create: bool) -> tuple[Unit | None, bool]:
    name = "".join(name.split())
    if not name:
        raise ValidationError("派出单位名称不能为空")
    u = s.scalar(select(Unit).where(Unit.name == name))
    if u is not None or not create:
        return u, False
    u = Unit(name=name)
    s.add(u)
    s.flush()
    return u, True


def list_places_in(s: Session) -> list[PlaceRow]:
    tags: dict[int, list[str]] = {}
    for pid, tag in s.execute(select(PlaceTagLink.place_id, PlaceTagLink.tag)):
        tags.setdefault(pid, []).append(tag)
    return [
        PlaceRow(pid, tid, tname, pname, kind, tuple(tags.get(pid, [])), place_initials(tname, pname))
        for pid, tid, tname, pname, kind in s.execute(
            select(Place.id, Township.id, Township.name, Place.name, Place.kind)
            .join(Township, Township.id == Place.township_id)
            .order_by(Township.sort_order, Township.name, Place.sort_order, Place.name)
        )
    ]


# --------------------------------------------------------------------------- commands


@command("township.create", permission=Permission.EDIT)
def create_township(tx: Tx, name: str) -> int:
    t, created = township_named(tx.session, name, create=True)
    assert t is not None
    if not created:
        raise ValidationError(f"乡镇“{t.name}”已存在", key="duplicate")
    tx.audit(entity="township", entity_id=t.id, detail=t.name)
    return t.id


@command("unit.create", permission=Permission.EDIT)
def create_unit(tx: Tx, name: str) -> int:
    u, created = unit_named(tx.session, name, create=True)
    assert u is not None
    if not created:
        raise ValidationError(f"派出单位“{u.name}”已存在", key="duplicate")
    tx.audit(entity="unit", entity_id=u.id, detail=u.name)
    return u.id


def store_place(
    s: Session,
    township_id: int,
    name: str,
    kind: str | None = None,
    tags: list[str] | None = None,
    place_id: int | None = None,
) -> Place:
    """Create or edit a place in the caller's transaction (no audit entry of its own)."""
    if s.get(Township, township_id) is None:
        raise NotFound(f"乡镇 {township_id} 不存在")
    name = "".join(name.split())
    if not name:
        raise ValidationError("派驻点名称不能为空")
    kind = kind or infer_kind(name)
    try:
        PlaceKind(kind)
    except ValueError:
        raise ValidationError(f"派驻点类型“{kind}”应为：村、社区、企业、项目工地") from None
    for t_ in tags or []:
        try:
            PlaceTag(t_)
        except ValueError:
            raise ValidationError(f"重点类别“{t_}”应为：{'、'.join(x.value for x in PlaceTag)}") from None
    dup = s.scalar(select(Place.id).where(Place.township_id == township_id, Place.name == name))
    if dup is not None and dup != place_id:
        raise ValidationError(f"该乡镇已有派驻点“{name}”", key="duplicate")
    if place_id is None:
        order = (
            s.scalar(select(func.max(Place.sort_order)).where(Place.township_id == township_id)) or 0
        ) + 1
        place = Place(township_id=township_id, name=name, kind=kind, sort_order=order)
        s.add(place)
    else:
        found = s.get(Place, place_id)
        if found is None:
            raise NotFound(f"派驻点 {place_id} 不存在")
        place = found
        place.township_id, place.name, place.kind = township_id, name, kind
    if tags is not None:
        place.tags = [PlaceTagLink(tag=t_) for t_ in dict.fromkeys(tags)]
    s.flush()
    return place


#: ``save_place(batch_id=NEWEST)``: the tags go to the newest batch unless it is closed
NEWEST = -1


def newest_open_batch(s: Session) -> Batch | None:
    """The most recent batch (by start), if it is not closed: the campaign a single tag edit is for."""
    newest = s.scalar(select(Batch).order_by(Batch.start.desc(), Batch.id.desc()).limit(1))
    return newest if newest is not None and newest.closed_on is None else None


def set_batch_tags(s: Session, batch: Batch, place_id: int, tags: list[str]) -> bool:
    """The place's priority tags in ``batch`` (its list of 软弱涣散村 …); True when they changed.

    A closed batch's list is frozen (its findings are), so it is refused."""
    if batch.closed_on is not None:
        raise ValidationError(
            f"批次“{batch.name}”已于 {batch.closed_on} 结束，其重点村名单不能再修改", key="batch-closed"
        )
    for t_ in tags:
        try:
            PlaceTag(t_)
        except ValueError:
            raise ValidationError(f"重点类别“{t_}”应为：{'、'.join(x.value for x in PlaceTag)}") from None
    wanted = list(dict.fromkeys(tags))
    have = list(
        s.scalars(
            select(BatchPlaceTag.tag).where(
                BatchPlaceTag.batch_id == batch.id, BatchPlaceTag.place_id == place_id
            )
        )
    )
    if sorted(have) == sorted(wanted):
        return False
    s.execute(
        delete(BatchPlaceTag).where(BatchPlaceTag.batch_id == batch.id, BatchPlaceTag.place_id == place_id)
    )
    s.add_all(BatchPlaceTag(batch_id=batch.id, place_id=place_id, tag=t_) for t_ in wanted)
    s.flush()
    return True


def batch_tags(s: Session, batch_id: int) -> dict[int, tuple[str, ...]]:
    """place id → its priority tags in the batch, in PlaceTag order."""
    order = [t.value for t in PlaceTag]
    out: dict[int, list[str]] = {}
    for pid, tag in s.execute(
        select(BatchPlaceTag.place_id, BatchPlaceTag.tag).where(BatchPlaceTag.batch_id == batch_id)
    ):
        out.setdefault(pid, []).append(tag)
    return {pid: tuple(sorted(t, key=order.index)) for pid, t in out.items()}


@command("place.save", permission=Permission.EDIT)
def save_place(
    tx: Tx,
    township: int | str,
    name: str,
    kind: str | None = None,
    tags: list[str] | None = None,
    place_id: int | None = None,
    *,
    batch_id: int | None = NEWEST,
) -> int:
    """Create or edit a place; ``township`` is an id, or a name (a new township is created).

    ``tags`` are the place's current priority tags (the list a new batch starts from) and its tags
    in ``batch_id``: by default the newest batch while it is open, None for no batch. An earlier
    batch's list changes only when it is named.
    """
    new_township = ""
    if isinstance(township, str):
        t, created = township_named(tx.session, township, create=True)
        assert t is not None
        township_id = t.id
        new_township = f"（新建乡镇“{t.name}”）" if created else ""
    else:
        township_id = township
    place = store_place(tx.session, township_id, name, kind, tags, place_id)
    detail = f"{place.name} {place.kind} {','.join(tags or [])}{new_township}"
    if tags is not None and batch_id is not None:
        batch = newest_open_batch(tx.session) if batch_id == NEWEST else tx.session.get(Batch, batch_id)
        if batch is None and batch_id != NEWEST:
            raise NotFound(f"批次 {batch_id} 不存在")
        if batch is not None and set_batch_tags(tx.session, batch, place.id, tags):
            detail += f"（批次“{batch.name}”的重点类别）"
    tx.audit(entity="place", entity_id=place.id, detail=detail)
    return place.id


# --------------------------------------------------------------------------- queries


@query(permission=Permission.VIEW)
def list_places(tx: Tx) -> list[PlaceRow]:
    return list_places_in(tx.session)


@query(permission=Permission.VIEW)
def townships(tx: Tx) -> list[tuple[int, str]]:
    return [
        (tid, name)
        for tid, name in tx.session.execute(
            select(Township.id, Township.name).order_by(Township.sort_order, Township.name)
        )
    ]


@query(permission=Permission.VIEW)
def units(tx: Tx) -> list[tuple[int, str]]:
    return [(uid, name) for uid, name in tx.session.execute(select(Unit.id, Unit.name).order_by(Unit.name))]


def template_lists(s: Session) -> tuple[list[str], list[tuple[str, str]], list[str]]:
    """(townships, (township, place) pairs, units) for the roster template's dropdowns."""
    names = list(s.scalars(select(Township.name).order_by(Township.sort_order, Township.name)))
    places = [(r.township, r.name) for r in list_places_in(s)]
    unit_names = list(s.scalars(select(Unit.name).order_by(Unit.name)))
    return names, places, unit_names


@query
def batch_tags_of(tx: Tx, batch_id: int) -> dict[int, tuple[str, ...]]:
    """place id → its priority tags in the batch (the list the batch's coverage is judged by)."""
    return batch_tags(tx.session, batch_id)
