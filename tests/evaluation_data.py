"""A small hand-built county batch for the evaluation tests: one township, two villages, three cadres on
post, the batch over (the clock is 2026-12-05)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from cadredesk.core.models import Batch, Cadre, Dispatch, Place, Township, Unit
from cadredesk.services.context import Actor, Context
from tests.factories import make_id

TODAY = dt.date(2026, 12, 5)
START, END = dt.date(2025, 12, 1), dt.date(2026, 11, 30)


@dataclass(frozen=True)
class World:
    ctx: Context
    batch: str
    wang: int  # 王喆堃, 第一书记 of 一村 (dispatch ids)
    li: int  # 李四, 队员 of 一村
    zhao: int  # 赵珺, 第一书记 of 二村
    ids: dict[str, str]  # name → ID number


def build(ctx: Context, *, extra: int = 0) -> World:
    """The batch "2025年度驻村蹲点" with its three dispatches; ``extra`` more 队员 in 二村 (for shares)."""
    ctx = replace(ctx, clock=lambda: TODAY, actor=Actor("clerk", "张科员"))
    people = [
        ("王喆堃", "第一书记", "一村", True),
        ("李四", "队员", "一村", False),
        ("赵珺", "第一书记", "二村", False),
    ]
    people += [(f"队员{'甲乙丙丁戊己庚辛'[k]}", "队员", "二村", True) for k in range(extra)]
    ids: dict[str, str] = {}
    dispatch: dict[str, int] = {}
    with ctx.db.session() as s:
        b = Batch(name="2025年度驻村蹲点", level="county", start=START, end=END, term_years=1)
        t = Township(name="黄河口镇", sort_order=1)
        s.add_all([b, t])
        s.flush()
        places = {
            n: Place(township_id=t.id, name=n, kind="村", sort_order=k)
            for k, n in enumerate(("一村", "二村"))
        }
        unit = Unit(name="县财政局")
        s.add_all([*places.values(), unit])
        s.flush()
        for k, (name, role, place, male) in enumerate(people):
            idn = make_id(dt.date(1980 + k, 3, 7), male=male, seq=k)
            ids[name] = idn
            c = Cadre(name=name, gender="男" if male else "女", id_number=idn, birth_date=dt.date(1980 + k, 3, 7),
                      political_status="中共党员", education="大学", unit_id=unit.id, post="科员", name_strokes=f"{k:03d}")  # fmt: skip
            s.add(c)
            s.flush()
            d = Dispatch(batch_id=b.id, cadre_id=c.id, unit_id=unit.id, township_id=t.id, place_id=places[place].id,
                         role=role, start=START, end=END, status="在岗")  # fmt: skip
            s.add(d)
            s.flush()
            dispatch[name] = d.id
    return World(ctx, "2025年度驻村蹲点", dispatch["王喆堃"], dispatch["李四"], dispatch["赵珺"], ids)
