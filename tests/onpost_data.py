"""A small hand-built campaign for the on-post tests: one county batch (2025-12-01 … 2026-11-30), two
townships, villages, a community, an enterprise, a unit with its head and deputy, and cadres on post."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from cadredesk.core.models import Batch, Cadre, Dispatch, Place, Township, Unit
from cadredesk.services.context import Context
from tests.factories import make_id

BATCH = "2025年度驻村蹲点"
START, END = dt.date(2025, 12, 1), dt.date(2026, 11, 30)


@dataclass
class Campaign:
    batch_id: int
    unit_id: int
    townships: dict[str, int] = field(default_factory=dict)
    places: dict[str, int] = field(default_factory=dict)
    #: name → (dispatch id, id number)
    people: dict[str, tuple[int, str]] = field(default_factory=dict)

    def did(self, name: str) -> int:
        return self.people[name][0]

    def idn(self, name: str) -> str:
        return self.people[name][1]


#: name, township, place, start, end, political status
PEOPLE: tuple[tuple[str, str, str, dt.date, dt.date, str], ...] = (
    ("张伟", "黄河口镇", "东村", START, END, "中共党员"),
    ("王芳", "黄河口镇", "西村", START, END, "中共党员"),
    ("李强", "黄河口镇", "南村", dt.date(2026, 3, 10), END, "中共党员"),  # a successor, arrives on the 10th
    ("刘洋", "永安镇", "北村", START, dt.date(2026, 3, 20), "群众"),  # leaves on the 20th
    ("陈静", "永安镇", "新华社区", START, END, "中共预备党员"),
    ("赵磊", "永安镇", "永安化工有限公司", START, END, "中共党员"),
    ("张伟", "永安镇", "北村", START, END, "中共党员"),  # same name as the first, another township
)


def build(ctx: Context, *, status: str = "在岗") -> Campaign:
    with ctx.db.session() as s:
        b = Batch(name=BATCH, level="county", start=START, end=END, term_years=1)
        unit = Unit(name="县农业农村局", head_name="孙主任", deputy_name="周副主任")
        s.add_all([b, unit])
        s.flush()
        camp = Campaign(b.id, unit.id)
        for i, name in enumerate(("黄河口镇", "永安镇")):
            t = Township(name=name, sort_order=i + 1)
            s.add(t)
            s.flush()
            camp.townships[name] = t.id
        for town, place, kind in (
            ("黄河口镇", "东村", "村"), ("黄河口镇", "西村", "村"), ("黄河口镇", "南村", "村"),
            ("永安镇", "北村", "村"), ("永安镇", "新华社区", "社区"), ("永安镇", "永安化工有限公司", "企业"),
            ("永安镇", "东村", "村"),
        ):  # fmt: skip
            p = Place(township_id=camp.townships[town], name=place, kind=kind)
            s.add(p)
            s.flush()
            camp.places[f"{town}{place}"] = p.id
        for k, (name, town, place, start, end, political) in enumerate(PEOPLE):
            idn = make_id(dt.date(1980 + k, 3, 1 + k), seq=k)
            cadre = Cadre(
                name=name, gender="男", id_number=idn, birth_date=dt.date(1980 + k, 3, 1 + k), unit_id=unit.id,
                political_status=political,
            )  # fmt: skip
            s.add(cadre)
            s.flush()
            d = Dispatch(
                batch_id=b.id, cadre_id=cadre.id, unit_id=unit.id, township_id=camp.townships[town],
                place_id=camp.places[f"{town}{place}"], role="第一书记", start=start, end=end, status=status,
                allowance_per_month=Decimal("1500.00"),
            )  # fmt: skip
            s.add(d)
            s.flush()
            key = name if name not in camp.people else f"{name}（{town}）"
            camp.people[key] = (d.id, idn)
    return camp
