"""On-post extras (issue 10), drawn from their own RNG so that every row written before stays identical:

- the holiday table filled from the built-in calendar for the campaign's years (a year it does not
  know stays empty: the clerk types in that year's State Council notice);
- joint household visits (seed 004: 入户时一般要有2名以上干部): a second cadre of the same place joins
  some visits;
- visits for the households the main run left without any (it samples the heavier records at city and
  province scale), 4–6 a year, so that ``household-visits-short`` finds the planted few;
- a few leave requests still waiting for the township's approval.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select

from cadredesk.core.enums import DispatchStatus, LeaveStatus, PlaceKind
from cadredesk.core.holidays import builtin_year
from cadredesk.core.models import (
    Cadre,
    Dispatch,
    Holiday,
    Household,
    HouseholdVisit,
    HouseholdVisitCadre,
    Leave,
    Place,
)
from cadredesk.demo.context import Context
from cadredesk.demo.days import WORK, day_kind
from cadredesk.demo.plan import DispRec

_NOTES = (
    "宣传惠民政策，了解家庭收入情况",
    "走访慰问，询问生产生活困难",
    "了解就业意愿，推荐就近务工岗位",
    "核实帮扶措施落实情况",
)


def _day_between(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    """A random workday in [lo, hi] when there is one (this module's own RNG)."""
    if hi < lo:
        return lo
    day = lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))
    probe = day
    while probe <= hi and day_kind(probe) != WORK:
        probe += dt.timedelta(days=1)
    return probe if probe <= hi else day


def write_on_post_extras(ctx: Context) -> None:
    rng = random.Random(f"{ctx.seed}-on-post")
    _holidays(ctx)
    _households(ctx, rng)
    _pending_leave(ctx, rng)
    _planted(ctx)


def _holidays(ctx: Context) -> None:
    s = ctx.spec
    rows: list[dict[str, Any]] = []
    for year in range(s.start.year, s.end.year + 1):
        rows.extend(dict(day=h.day, is_holiday=h.is_holiday, name=h.name) for h in builtin_year(year) or ())
    ctx.put(Holiday, rows)


def _households(ctx: Context, rng: random.Random) -> None:
    conn = ctx.conn
    by_id = {d.id: d for d in ctx.disps}
    at_place: dict[int, list[DispRec]] = defaultdict(list)
    for d in ctx.disps:
        at_place[d.place.id].append(d)
    homes = conn.execute(select(Household.id, Household.dispatch_id).order_by(Household.id)).all()
    visited = set(conn.scalars(select(HouseholdVisit.household_id).distinct()))
    visits: list[dict[str, Any]] = []
    who: list[dict[str, Any]] = []
    # 1. households without any visit (not sampled by the main run): 4–6 a year, spread over the period
    for hid, did in homes:
        owner = by_id.get(did) if did is not None else None
        if owner is None or hid in visited:
            continue
        first, last = owner.start, min(owner.end, ctx.today)
        if last <= first:
            continue
        years = (last - first).days / 365
        n = max(1, round(rng.randint(4, 6) * years))
        step = (last - first).days / n
        for k in range(n):
            lo = first + dt.timedelta(days=int(k * step))
            hi = first + dt.timedelta(days=max(int((k + 1) * step) - 1, int(k * step)))
            vid = ctx.new_id(HouseholdVisit)
            visits.append(
                dict(id=vid, household_id=hid, day=_day_between(rng, lo, hi), note=rng.choice(_NOTES))
            )
            who.append(dict(visit_id=vid, dispatch_id=owner.id))
    ctx.put(HouseholdVisit, visits)
    ctx.put(HouseholdVisitCadre, who)
    # 2. joint visits: another cadre of the same place, on post that day, goes along
    joint: list[dict[str, Any]] = []
    rows = conn.execute(
        select(HouseholdVisitCadre.visit_id, HouseholdVisitCadre.dispatch_id, HouseholdVisit.day)
        .join(HouseholdVisit, HouseholdVisit.id == HouseholdVisitCadre.visit_id)
        .order_by(HouseholdVisitCadre.visit_id)
    ).all()
    for vid, did, day in rows:
        went = by_id.get(did)
        if went is None:
            continue
        share = 0.5 if went.place.kind is PlaceKind.COMMUNITY else 0.15
        mates = [o for o in at_place[went.place.id] if o.id != did and o.start <= day <= o.end]
        if mates and rng.random() < share:
            joint.append(dict(visit_id=vid, dispatch_id=rng.choice(mates).id))
    ctx.put(HouseholdVisitCadre, joint)


def _pending_leave(ctx: Context, rng: random.Random) -> None:
    on_post = [d for d in ctx.disps if d.on_post and d.end >= ctx.today + dt.timedelta(days=10)]
    rows: list[dict[str, Any]] = []
    for d in rng.sample(on_post, min(3, len(on_post))):
        start = _day_between(rng, ctx.today + dt.timedelta(days=2), ctx.today + dt.timedelta(days=9))
        rows.append(
            dict(
                id=ctx.new_id(Leave), dispatch_id=d.id, kind="事假", start=start,
                end=start + dt.timedelta(days=rng.randint(0, 1)), reason="家中有事需处理",
                status=LeaveStatus.REQUESTED.value, requested_on=ctx.today,
            )
        )  # fmt: skip
    ctx.put(Leave, rows)


def _planted(ctx: Context) -> None:
    missing = ctx.conn.scalar(
        select(func.count())
        .select_from(Dispatch)
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .join(Place, Place.id == Dispatch.place_id)
        .where(
            Dispatch.batch_id == ctx.batch_id,
            Dispatch.status == DispatchStatus.ON_POST.value,
            Dispatch.party_transfer_date.is_(None),
            Cadre.political_status.in_(("中共党员", "中共预备党员")),
            Place.kind.in_((PlaceKind.VILLAGE.value, PlaceKind.COMMUNITY.value)),
        )
    )
    if missing:
        ctx.planted.append(f"{missing} 名在岗党员干部的党组织关系尚未转入驻点村")
