"""Visits: unit leaders visiting their cadres (单位领导到村看望) and cadres visiting the
households they are paired with (联系户走访)."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from typing import Any

from cadredesk.core.enums import PlaceKind, VisitorRole
from cadredesk.core.models import Household, HouseholdVisit, HouseholdVisitCadre, LeaderVisit
from cadredesk.demo.context import Context
from cadredesk.demo.plan import DispRec, UnitRec
from cadredesk.demo.vocab import weighted

_HOUSEHOLD_KINDS = (
    ("一般户", 55.0),
    ("脱贫户", 20.0),
    ("监测户", 6.0),
    ("低保户", 12.0),
    ("特困供养户", 4.0),
    ("残疾人家庭", 3.0),
)
_HOUSEHOLD_NOTES = (
    "宣传惠民政策，了解家庭收入情况",
    "走访慰问，询问生产生活困难",
    "帮助联系就医，落实医保报销",
    "了解就业意愿，推荐就近务工岗位",
    "核实帮扶措施落实情况",
    "协调解决饮水、用电问题",
)


def write_leader_visits(ctx: Context, missing_head: int, missing_deputy: int) -> None:
    """Visits of each unit's head (1–2 a term) and deputy (every 3–5 months) to 1–2 of its
    dispatches; ``missing_head`` units get no head visit, ``missing_deputy`` one long gap."""
    rng, s = ctx.rng, ctx.spec
    places_of: dict[int, list[DispRec]] = defaultdict(list)
    for d in ctx.disps:
        places_of[d.unit.id].append(d)
    units = [u for u in ctx.units if places_of.get(u.id)]
    no_head = {u.id for u in rng.sample(units, min(missing_head, len(units)))}
    rest = [u for u in units if u.id not in no_head]
    lax = {u.id for u in rng.sample(rest, min(missing_deputy, len(rest)))}
    rows: list[dict[str, Any]] = []

    def visit(u: UnitRec, day: dt.date, role: VisitorRole, name: str) -> None:
        here = [d for d in places_of[u.id] if d.start <= day <= d.end] or places_of[u.id]
        for d in rng.sample(here, min(len(here), rng.randint(1, 2))):
            rows.append(
                dict(
                    id=ctx.new_id(LeaderVisit), batch_id=ctx.batch_id, unit_id=u.id, place_id=d.place.id,
                    visitor_name=name, visitor_role=role.value, day=day,
                    note="到村看望驻村干部，听取工作汇报，协调解决实际困难",
                )
            )  # fmt: skip

    for u in units:
        if u.id not in no_head:
            for _ in range(rng.randint(1, 2)):
                visit(
                    u,
                    ctx.day_between(s.start + dt.timedelta(days=20), ctx.today),
                    VisitorRole.HEAD,
                    u.head_name,
                )
        day = s.start + dt.timedelta(days=rng.randint(15, 100))
        gap_done = u.id not in lax
        while day <= ctx.today:
            visit(
                u,
                ctx.day_between(day, min(day + dt.timedelta(days=6), ctx.today)),
                VisitorRole.DEPUTY,
                u.deputy_name,
            )
            if not gap_done and day > s.start + dt.timedelta(days=60):
                day += dt.timedelta(days=rng.randint(205, 240))  # the planted gap
                gap_done = True
            else:
                day += dt.timedelta(days=rng.randint(95, 165))
    ctx.put(LeaderVisit, rows)
    for r in rows:
        ctx.leader_visit_days.setdefault((r["unit_id"], r["place_id"], r["visitor_role"]), []).append(
            r["day"]
        )
    ctx.visits_planted = (no_head, lax)
    ctx.planted.append(
        f"{len(no_head)} 个单位主要负责人未到村看望，{len(lax)} 个单位分管负责人超过半年未到村"
    )


def write_place_visits(ctx: Context) -> None:
    """The leaders' visits are judged per village: every place a unit has cadres in gets its head's
    visit and its deputy's visits at most 5 months apart, besides the visits above, except at the units
    planted without (no head visit; one long deputy gap). Draws from its own RNG (the rows before it
    stay the same for a seed)."""
    rng = random.Random(f"{ctx.seed}-place-visits")
    no_head, lax = ctx.visits_planted
    spans: dict[tuple[int, int], list[dt.date]] = {}
    leaders: dict[int, UnitRec] = {}
    for d in ctx.disps:
        if d.status.value in ("召回", "轮换"):
            continue
        span = spans.setdefault((d.unit.id, d.place.id), [d.start, d.end])
        span[0], span[1] = min(span[0], d.start), max(span[1], d.end)
        leaders[d.unit.id] = d.unit
    rows: list[dict[str, Any]] = []

    def add(uid: int, pid: int, role: VisitorRole, day: dt.date) -> None:
        u = leaders[uid]
        rows.append(
            dict(
                id=ctx.new_id(LeaderVisit), batch_id=ctx.batch_id, unit_id=uid, place_id=pid,
                visitor_name=u.head_name if role is VisitorRole.HEAD else u.deputy_name, visitor_role=role.value,
                day=day, note="到村调研指导，听取驻村干部工作汇报",
            )
        )  # fmt: skip

    for (uid, pid), (start, end) in sorted(spans.items()):
        last = min(end, ctx.today)
        if last <= start:
            continue
        heads = ctx.leader_visit_days.get((uid, pid, VisitorRole.HEAD.value), [])
        if uid not in no_head and not any(start <= d <= last for d in heads) and (last - start).days > 30:
            add(
                uid,
                pid,
                VisitorRole.HEAD,
                start + dt.timedelta(days=rng.randint(20, (last - start).days - 1)),
            )
        if uid in lax:
            continue
        days = sorted(
            day for day in ctx.leader_visit_days.get((uid, pid, VisitorRole.DEPUTY.value), []) if day >= start
        )
        edge = start
        for day in [*days, last]:
            while (day - edge).days > 150:  # a visit within the gap, 3–5 months after the previous one
                edge = edge + dt.timedelta(days=rng.randint(90, 150))
                add(uid, pid, VisitorRole.DEPUTY, edge)
            edge = max(edge, day)
    ctx.put(LeaderVisit, rows)


def write_households(ctx: Context) -> None:
    """Five paired households per village/community dispatch; the sampled share of dispatches
    (``spec.sample``) get their visits, 4–6 a year (a few only 3)."""
    rng, s = ctx.rng, ctx.spec
    homes: list[dict[str, Any]] = []
    visits: list[dict[str, Any]] = []
    who: list[dict[str, Any]] = []
    for d in ctx.disps:
        if d.place.kind not in (PlaceKind.VILLAGE, PlaceKind.COMMUNITY):
            continue
        sampled = rng.random() < s.sample
        first, last = d.start, min(d.end, ctx.today)
        years = max((last - first).days, 1) / 365
        for _ in range(5):
            hid = ctx.new_id(Household)
            if d.place.kind is PlaceKind.VILLAGE:
                address = f"{d.place.name}{rng.randint(1, 8)}组{rng.randint(1, 60)}号"
            else:
                address = f"{d.place.name}{rng.randint(1, 30)}号楼{rng.randint(1, 4)}单元{rng.randint(1, 6)}0{rng.randint(1, 4)}"
            homes.append(
                dict(
                    id=hid, place_id=d.place.id, head_name=ctx.people.name(ctx.chance(0.2)), address=address,
                    category=weighted(rng, _HOUSEHOLD_KINDS), dispatch_id=d.id,
                )
            )  # fmt: skip
            if not sampled:
                continue
            n = max(1, round(rng.randint(4, 6) * years))
            if ctx.chance(0.03):
                n = max(1, round(3 * years))  # fewer than 4 a year: a finding for the checker
            step = (last - first).days / n
            for k in range(n):
                lo = first + dt.timedelta(days=int(k * step))
                hi = first + dt.timedelta(days=max(int((k + 1) * step) - 1, int(k * step)))
                vid = ctx.new_id(HouseholdVisit)
                visits.append(
                    dict(
                        id=vid,
                        household_id=hid,
                        day=ctx.day_between(lo, hi),
                        note=rng.choice(_HOUSEHOLD_NOTES),
                    )
                )
                who.append(dict(visit_id=vid, dispatch_id=d.id))
    ctx.put(Household, homes)
    ctx.put(HouseholdVisit, visits)
    ctx.put(HouseholdVisitCadre, who)
