"""The three scales, each a fixed sequence of writers, and the tail they share.

The order of the calls is the order of the draws from the one RNG: moving a call changes every
row after it.  A new writer goes at the end of ``common_tail`` (or wherever it must go, knowing
that the rows after it change for the same seed).
"""

from __future__ import annotations

from collections.abc import Callable

from cadredesk.core.enums import PlaceKind, TeamKind
from cadredesk.demo.attendance import write_attendance
from cadredesk.demo.context import Context
from cadredesk.demo.dispatches import (
    make_dispatches,
    village_slots,
    write_dispatches,
    write_events,
    write_quotas,
)
from cadredesk.demo.evaluations import write_evaluations, write_performance_and_care
from cadredesk.demo.mentoring import make_mentors, write_mentoring
from cadredesk.demo.onpost import write_on_post_extras
from cadredesk.demo.plan import PlaceRec
from cadredesk.demo.problems import write_problems
from cadredesk.demo.reference import (
    local_unit_names,
    make_batch,
    make_places,
    make_soes,
    make_towns,
    make_units,
    place_plan,
    tag_villages,
    villages_by_town,
    write_batch_tags,
    write_places,
)
from cadredesk.demo.teams import TeamPlan, assign_work_groups
from cadredesk.demo.term_evaluation import write_term_evaluations
from cadredesk.demo.training import write_training
from cadredesk.demo.visits import write_households, write_leader_visits, write_place_visits
from cadredesk.demo.vocab import CITY_DISTRICTS, PROVINCE_CITIES, PROVINCE_COUNTIES, PROVINCE_UNITS, cn_number


def run(ctx: Context) -> None:
    """Write the whole campaign of ``ctx.spec.scale``."""
    _BUILDERS[ctx.spec.scale](ctx)
    write_batch_tags(ctx)
    ctx.fix_sequences()


def common_tail(ctx: Context, quota_short: int, missing_head: int, missing_deputy: int) -> None:
    """Everything after the dispatches are planned: their records, attendance, visits, assessment."""
    ctx.step("正在生成培训、传帮带和状态记录…", 0.12)
    write_dispatches(ctx)
    write_events(ctx)
    write_training(ctx)
    write_quotas(ctx, quota_short)
    write_mentoring(ctx)
    ctx.step("正在生成考勤和请销假记录…", 0.15)
    write_attendance(ctx, 0.15, 0.9)
    ctx.step("正在生成走访、问题台账和考核记录…", 0.9)
    write_leader_visits(ctx, missing_head, missing_deputy)
    write_households(ctx)
    write_problems(ctx)
    write_evaluations(ctx)
    write_performance_and_care(ctx)
    write_place_visits(ctx)
    write_on_post_extras(ctx)
    write_term_evaluations(ctx)  # its own RNG: the rows above stay the same
    ctx.step("演示数据已生成", 1.0)


def build_county(ctx: Context) -> None:
    """安澜县: 20 townships, 250 places, about 300 cadres, one year."""
    s = ctx.spec
    ctx.step("正在生成单位、乡镇和村（社区）…", 0.0)
    make_units(ctx, local_unit_names("县"))
    kinds = ["街道"] * 4 + ["镇"] * 13 + ["乡"] * 3
    ctx.rng.shuffle(kinds)
    make_towns(ctx, [(k, s.region, s.region_code) for k in kinds])
    place_plan(ctx, villages=196, communities=26, enterprises=20, sites=8, prefix="安澜")
    make_mentors(ctx)
    make_batch(ctx)
    ctx.step("正在生成干部和选派名单…", 0.05)
    villages_of = villages_by_town(ctx)
    slots = village_slots(ctx, villages_of, target=294, uncovered=4)
    make_dispatches(ctx, slots, n_replacements=6)
    assign_work_groups(ctx)
    common_tail(ctx, quota_short=2, missing_head=2, missing_deputy=2)


def build_city(ctx: Context) -> None:
    """东营市 and its five districts/counties: about 3,000 places, 10,000 cadres, two years."""
    ctx.step("正在生成单位、乡镇和村（社区）…", 0.0)
    unit_names = local_unit_names("市")
    for district, _code in CITY_DISTRICTS:
        unit_names.extend(local_unit_names(district))
    make_units(ctx, unit_names)
    towns: list[tuple[str, str, str]] = []
    for district, code in CITY_DISTRICTS:
        kinds = ["街道"] * 2 + ["镇"] * 5 + ["乡"]
        towns.extend((k, district, code) for k in kinds)
    make_towns(ctx, towns)
    place_plan(ctx, villages=1664, communities=232, enterprises=1000, sites=100, prefix="东营")
    make_mentors(ctx)
    make_batch(ctx)
    ctx.step("正在生成干部和选派名单…", 0.05)
    villages_of = villages_by_town(ctx)
    slots = village_slots(ctx, villages_of, target=9900, uncovered=10)
    make_dispatches(ctx, slots, n_replacements=100)
    assign_work_groups(ctx)
    common_tail(ctx, quota_short=5, missing_head=4, missing_deputy=4)


def build_province(ctx: Context) -> None:
    """山东省: work teams of provincial departments in 50 townships, 17 high-tech zones (private
    enterprises) and 30 provincial state enterprises."""
    rng, s = ctx.rng, ctx.spec
    ctx.step("正在生成省直单位、服务乡镇和企业…", 0.0)
    make_units(ctx, [(n, None) for n in PROVINCE_UNITS])
    counties = list(PROVINCE_COUNTIES[:49])
    towns: list[tuple[str, str, str]] = [
        ("镇" if rng.random() < 0.8 else "乡", c, s.region_code) for c in counties
    ]
    towns.append(("镇", rng.choice(counties[14:19]), s.region_code))  # 5 teams to the 潍坊 disaster counties
    towns.extend(("街道", f"{city}市高新区", s.region_code) for city in PROVINCE_CITIES)
    towns.append(("街道", "济南市历下区", s.region_code))
    make_towns(ctx, towns)
    village_towns, city_towns, soe_town = ctx.towns[:50], ctx.towns[50:67], ctx.towns[67]
    taken: set[str] = set()
    villages_of: dict[int, list[PlaceRec]] = {}
    for t in village_towns:
        villages_of[t.id] = make_places(ctx, t, [PlaceKind.VILLAGE] * 5, "", taken)
        tag_villages(ctx, villages_of[t.id])
    private_of: dict[int, list[PlaceRec]] = {}
    for city, t in zip(PROVINCE_CITIES, city_towns, strict=True):
        private_of[t.id] = make_places(ctx, t, [PlaceKind.ENTERPRISE] * 10, city, taken)
    soes = make_soes(ctx, soe_town, 30, taken)
    write_places(ctx)
    make_mentors(ctx)
    make_batch(ctx)
    ctx.step("正在组建工作队…", 0.05)
    teams = TeamPlan(ctx)
    for t in village_towns:
        teams.add(f"{t.county}{t.name}乡村振兴服务队", TeamKind.VILLAGE, t, villages_of[t.id], 9)
    for city, t in zip(PROVINCE_CITIES, city_towns, strict=True):
        ents = private_of[t.id]
        teams.add(f"{city}民营企业服务队（一）", TeamKind.PRIVATE_ENTERPRISE, t, ents[:5], 9)
        teams.add(f"{city}民营企业服务队（二）", TeamKind.PRIVATE_ENTERPRISE, t, ents[5:], 9)
    k = 0
    for n in range(16):
        size = 2 if n < 14 else 1
        served = soes[k : k + size]
        k += size
        teams.add(f"省管企业服务队第{cn_number(n + 1)}队", TeamKind.STATE_ENTERPRISE, soe_town, served, 4)
    teams.write()
    make_dispatches(ctx, teams.slots, n_replacements=0)
    common_tail(ctx, quota_short=2, missing_head=2, missing_deputy=2)


_BUILDERS: dict[str, Callable[[Context], None]] = {
    "county": build_county,
    "city": build_city,
    "province": build_province,
}
