"""Reference data: townships, places with priority tags, dispatching units."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cadredesk.core import audit
from cadredesk.core.enums import PlaceKind, PlaceTag
from cadredesk.core.models import Place, PlaceTagLink, Township, Unit
from cadredesk.errors import NotFound, ValidationError


@dataclass(frozen=True)
class PlaceRow:
    id: int
    township_id: int
    township: str
    name: str
    kind: str
    tags: tuple[str, ...]


def infer_kind(name: str) -> str:
    """A place's kind from its name: …村 → 村, …社区 → 社区, …公司/厂/企业 → 企业, …工地/项目 → 项目工地."""
    n = name.strip()
    if n.endswith(("社区", "居委会")):
        return PlaceKind.COMMUNITY.value
    if n.endswith(("工地", "项目")) or "项目" in n:
        return PlaceKind.PROJECT_SITE.value
    if any(k in n for k in ("公司", "厂", "企业", "集团", "合作社")):
        return PlaceKind.ENTERPRISE.value
    return PlaceKind.VILLAGE.value


def get_or_create_township(s: Session, name: str) -> tuple[Township, bool]:
    name = "".join(name.split())
    if not name:
        raise ValidationError("乡镇名称不能为空")
    t = s.scalar(select(Township).where(Township.name == name))
    if t is not None:
        return t, False
    order = (s.scalar(select(func.max(Township.sort_order))) or 0) + 1
    t = Township(name=name, sort_order=order)
    s.add(t)
    s.flush()
    audit.record(s, "township.create", entity="township", entity_id=t.id, detail=name)
    return t, True


def save_place(
    s: Session,
    township_id: int,
    name: str,
    kind: str | None = None,
    tags: list[str] | None = None,
    place_id: int | None = None,
) -> int:
    name = "".join(name.split())
    if not name:
        raise ValidationError("派驻点名称不能为空")
    kind = kind or infer_kind(name)
    try:
        PlaceKind(kind)
    except ValueError:
        raise ValidationError(f"派驻点类型“{kind}”应为：村、社区、企业、项目工地") from None
    for t in tags or []:
        try:
            PlaceTag(t)
        except ValueError:
            raise ValidationError(f"重点类别“{t}”应为：{'、'.join(x.value for x in PlaceTag)}") from None
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
        place.tags = [PlaceTagLink(tag=t) for t in dict.fromkeys(tags)]
    s.flush()
    audit.record(
        s, "place.save", entity="place", entity_id=place.id, detail=f"{name} {kind} {','.join(tags or [])}"
    )
    return place.id


def list_places(s: Session) -> list[PlaceRow]:
    tags: dict[int, list[str]] = {}
    for pid, tag in s.execute(select(PlaceTagLink.place_id, PlaceTagLink.tag)):
        tags.setdefault(pid, []).append(tag)
    return [
        PlaceRow(pid, tid, tname, pname, kind, tuple(tags.get(pid, [])))
        for pid, tid, tname, pname, kind in s.execute(
            select(Place.id, Township.id, Township.name, Place.name, Place.kind)
            .join(Township, Township.id == Place.township_id)
            .order_by(Township.sort_order, Township.name, Place.sort_order, Place.name)
        )
    ]


def get_or_create_unit(s: Session, name: str) -> tuple[Unit, bool]:
    name = "".join(name.split())
    if not name:
        raise ValidationError("派出单位名称不能为空")
    u = s.scalar(select(Unit).where(Unit.name == name))
    if u is not None:
        return u, False
    u = Unit(name=name)
    s.add(u)
    s.flush()
    audit.record(s, "unit.create", entity="unit", entity_id=u.id, detail=name)
    return u, True


def template_choices(s: Session) -> tuple[list[str], list[tuple[str, str]], list[str]]:
    """(townships, (township, place) pairs, units) for the roster template's dropdowns."""
    townships = list(s.scalars(select(Township.name).order_by(Township.sort_order, Township.name)))
    places = [(r.township, r.name) for r in list_places(s)]
    units = list(s.scalars(select(Unit.name).order_by(Unit.name)))
    return townships, places, units
