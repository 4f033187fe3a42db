"""A small, varied cadre list for the GUI tests (real SQLite file, written through the services)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from cadredesk.core.models import Dispatch, Place, Township, Unit
from cadredesk.services import batches, cadres
from cadredesk.services.context import Actor, Context
from cadredesk.storage.engine import Database
from tests.factories import make_id


@dataclass(frozen=True)
class Person:
    name: str
    birth: dt.date
    male: bool
    unit: str | None
    township: str | None = None
    place: str | None = None
    role: str | None = None
    status: str | None = None
    ethnicity: str = "汉族"


PEOPLE = (
    Person("张三", dt.date(1985, 3, 12), True, "县财政局", "黄河口镇", "一村", "第一书记", "在岗"),
    Person("李四", dt.date(1990, 7, 1), False, "县教育局", "新户镇", "四村", "队员", "培训"),
    Person("王五", dt.date(1978, 11, 30), True, "县财政局"),  # never dispatched: township/place/status None
    Person("单晓", dt.date(1992, 1, 5), False, None, "黄河口镇", "二村", "队员", "在岗"),
    Person(
        "阿依古丽·买买提",
        dt.date(1988, 6, 15),
        False,
        "县教育局",
        "新户镇",
        "五村",
        "队员",
        "在岗",
        "维吾尔族",
    ),
    Person("丁一", dt.date(1983, 2, 2), True, "县财政局", "黄河口镇", "三村", "工作队长", "期满"),
)


def populate(db: Database) -> dict[str, int]:
    """Townships, places, units, one batch, the cadres of PEOPLE and their dispatches; returns name → id."""
    ids: dict[str, int] = {}
    ctx = Context(db=db, actor=Actor("tester", "测试员"))
    batch = batches.create_batch(
        ctx, batches.BatchForm.defaults("county", dt.date(2025, 3, 1), name="2025年驻村")
    )
    unit_ids: dict[str, int] = {}
    with db.session() as s:
        units = {n: Unit(name=n) for n in ("县财政局", "县教育局")}
        s.add_all(units.values())
        towns = {n: Township(name=n) for n in ("黄河口镇", "新户镇")}
        s.add_all(towns.values())
        s.flush()
        places: dict[str, Place] = {}
        for person in PEOPLE:
            if person.place and person.township:
                places[person.place] = Place(
                    township_id=towns[person.township].id, name=person.place, kind="村"
                )
        s.add_all(places.values())
        s.flush()
        unit_ids = {n: u.id for n, u in units.items()}
    for i, person in enumerate(PEOPLE):
        form = cadres.CadreForm(
            name=person.name,
            id_number=make_id(person.birth, person.male, seq=i),
            ethnicity=person.ethnicity,
            unit_id=unit_ids[person.unit] if person.unit else None,
            political_status="中共党员",
            post="科员" if i % 2 else None,
            phone="0546-1234567",
        )
        ids[person.name] = cadres.save_cadre(ctx, form)
    with db.session() as s:
        towns = {t.name: t for t in s.scalars(select(Township))}
        places = {p.name: p for p in s.scalars(select(Place))}
        for person in PEOPLE:
            cadre_id = ids[person.name]
            if person.place and person.township and person.role and person.status:
                s.add(
                    Dispatch(
                        batch_id=batch.id,
                        cadre_id=cadre_id,
                        unit_id=unit_ids[person.unit] if person.unit else None,
                        township_id=towns[person.township].id,
                        place_id=places[person.place].id,
                        role=person.role,
                        start=batch.start,
                        end=batch.end,
                        status=person.status,
                    )
                )
    return ids
