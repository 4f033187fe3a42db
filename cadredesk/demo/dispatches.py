"""Dispatches: the posts to fill, a cadre per post, recalls and their successors, the status
history, and the units' quotas."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from cadredesk.core.enums import DispatchStatus as Status
from cadredesk.core.enums import PlaceKind, PlaceTag, Role
from cadredesk.core.models import Cadre, Dispatch, DispatchEvent, UnitQuota
from cadredesk.demo.cadres import CadreMaker
from cadredesk.demo.context import Context
from cadredesk.demo.days import at_nine
from cadredesk.demo.plan import DispRec, PlaceRec, Slot, UnitRec

_RECALL_REASONS = (
    (Status.RECALLED, "因病需长期治疗，经组织部研究同意召回"),
    (Status.RECALLED, "考勤抽查多次不在岗，经约谈后召回"),
    (Status.ROTATED, "派出单位工作需要，经批准轮换"),
    (Status.ROTATED, "提拔任职，经批准轮换"),
)


#: insurers of the units' personal accident policies (no draw from the RNG: by unit)
INSURERS = (
    "中国人民财产保险股份有限公司",
    "中国人寿保险股份有限公司",
    "中国太平洋财产保险股份有限公司",
    "中国平安财产保险股份有限公司",
)


def insurance_start(expiry: dt.date) -> dt.date:
    """A one-year policy ending on ``expiry``."""
    try:
        return expiry.replace(year=expiry.year - 1) + dt.timedelta(days=1)
    except ValueError:  # 29 February
        return expiry.replace(year=expiry.year - 1, day=28) + dt.timedelta(days=1)


def village_slots(
    ctx: Context, villages_of: dict[int, list[PlaceRec]], target: int, uncovered: int
) -> list[Slot]:
    """County/city: one 领队 per township (one township with two, one with none), 第一书记 in the
    villages, 队员 in communities, enterprises, sites and extra in the bigger villages."""
    rng = ctx.rng
    slots: list[Slot] = []
    two, none_ = rng.sample(ctx.towns, 2)
    lead_villages: set[int] = set()
    for town in ctx.towns:
        plain = [p for p in villages_of[town.id] if not p.tags]
        if town is none_ or not plain:
            continue
        leads = rng.sample(plain, min(len(plain), 2 if town is two else 1))
        for p in leads:
            lead_villages.add(p.id)
            slots.append(Slot(town, p, Role.TOWNSHIP_LEAD))
    weak = [p for t in ctx.towns for p in villages_of[t.id] if PlaceTag.WEAK_ORG.value in p.tags]
    left_out = {rng.choice(weak).id} if weak else set()
    plain_rest = [p for t in ctx.towns for p in villages_of[t.id] if not p.tags and p.id not in lead_villages]
    left_out.update(p.id for p in rng.sample(plain_rest, min(uncovered, len(plain_rest))))
    covered: list[PlaceRec] = []
    for p in ctx.places:
        if p.kind is PlaceKind.VILLAGE:
            if p.id in lead_villages or p.id in left_out:
                continue
            slots.append(Slot(p.town, p, Role.FIRST_SECRETARY))
            covered.append(p)
        elif p.kind is PlaceKind.COMMUNITY:
            slots.extend([Slot(p.town, p, Role.MEMBER), Slot(p.town, p, Role.MEMBER)])
        else:
            slots.append(Slot(p.town, p, Role.MEMBER))
    weights = [3.0 if p.tags else 1.0 for p in covered]
    for p in rng.choices(covered, weights=weights, k=max(0, target - len(slots))):
        slots.append(Slot(p.town, p, Role.MEMBER))
    ctx.planted.append(f"{two.name}有2名领队，{none_.name}未确定领队")
    if weak:
        ctx.planted.append("1 个软弱涣散村未选派干部")
    slots.sort(key=lambda sl: (sl.town.id, sl.place.id, sl.role != Role.TOWNSHIP_LEAD))
    return slots


def pick_unit(ctx: Context, pool: list[UnitRec] | None = None) -> UnitRec:
    """A unit, weighted by its share of the cadres."""
    units = pool or ctx.units
    return ctx.rng.choices(units, weights=[u.weight for u in units])[0]


def make_dispatches(ctx: Context, slots: list[Slot], n_replacements: int) -> None:
    """A cadre per slot, a few recalled or rotated and replaced; writes cadres and dispatches."""
    rng, s = ctx.rng, ctx.spec
    maker = CadreMaker(ctx, len(slots) + n_replacements)
    cadres: list[dict[str, Any]] = []
    for slot in slots:
        senior = slot.role in (Role.TOWNSHIP_LEAD, Role.TEAM_LEADER)
        unit = pick_unit(ctx)
        row, party = maker.row(unit, senior)
        cadres.append(row)
        ctx.disps.append(
            DispRec(
                ctx.new_id(Dispatch), row["id"], row["name"], party, unit, slot.town, slot.place, slot.role,
                slot.team_id, s.start, s.end,
            )
        )  # fmt: skip
    # recalls and rotations, each followed by a successor from the same unit
    candidates = [d for d in ctx.disps if d.role in (Role.FIRST_SECRETARY, Role.MEMBER) and d.team_id is None]
    for d in rng.sample(candidates, min(n_replacements, len(candidates))):
        status, reason = rng.choice(_RECALL_REASONS)
        d.status, d.reason = status, reason
        d.end = ctx.day_between(s.replace_from, s.replace_to)
        row, party = maker.row(d.unit, False)
        cadres.append(row)
        succ = DispRec(
            ctx.new_id(Dispatch), row["id"], row["name"], party, d.unit, d.town, d.place, d.role, None,
            s.replacement_start, s.end, replacement=True,
        )  # fmt: skip
        d.replaced_by = succ.id
        ctx.disps.append(succ)
    ctx.put(Cadre, cadres)
    if n_replacements:
        ctx.planted.append(f"{n_replacements} 名干部被召回或轮换，已由同单位干部接替")


def write_dispatches(ctx: Context) -> None:
    """Write the planned dispatches (party transfer, insurance; five policies expire soon on
    purpose)."""
    rng, s = ctx.rng, ctx.spec
    on_post = [d for d in ctx.disps if d.on_post]
    soon = rng.sample(on_post, min(5, len(on_post)))
    soon_ids = {d.id for d in soon}
    first: list[dict[str, Any]] = []
    later: list[dict[str, Any]] = []
    for d in ctx.disps:
        village_like = d.place.kind in (PlaceKind.VILLAGE, PlaceKind.COMMUNITY)
        transfer = None
        if d.party and village_like and not ctx.chance(0.03):
            transfer = d.start + dt.timedelta(days=rng.randint(5, 30))
        expiry = s.insurance_expiry
        if d.id in soon_ids:
            expiry = ctx.today + dt.timedelta(days=rng.randint(3, 20))
        elif not d.on_post:
            expiry = max(d.end, s.start + dt.timedelta(days=364))
        row = ctx.versioned(
            dict(
                id=d.id,
                batch_id=ctx.batch_id,
                cadre_id=d.cadre_id,
                unit_id=d.unit.id,
                township_id=d.town.id,
                place_id=d.place.id,
                team_id=d.team_id,
                work_group_id=d.work_group_id,
                role=d.role.value,
                start=d.start,
                end=d.end,
                status=d.status.value,
                status_reason=d.reason,
                replaced_by_id=d.replaced_by,
                party_transfer_date=transfer,
                allowance_per_month=s.allowance,
                insurance_insurer=INSURERS[d.unit.id % len(INSURERS)],  # each unit insures its own
                insurance_policy=f"PEAC{d.start.year}{s.region_code}{rng.randrange(10**8):08d}",
                insurance_start=insurance_start(expiry),
                insurance_expiry=expiry,
            )
        )
        (later if d.replaced_by else first).append(row)
    ctx.put(Dispatch, first)  # successors first: replaced_by_id points at them
    ctx.put(Dispatch, later)
    ctx.planted.append(f"{len(soon)} 名在岗干部的人身意外伤害保险将在30天内到期")


def write_events(ctx: Context) -> None:
    """The status history of every dispatch: nominated, reviewed, training, on post (, left)."""
    rows: list[dict[str, Any]] = []
    for d in ctx.disps:
        trained = d.session_start or (d.start - dt.timedelta(days=7))
        chain: list[tuple[str | None, Status, dt.date, str | None]] = [
            (None, Status.NOMINATED, d.start - dt.timedelta(days=45 if not d.replacement else 20), "单位推荐"),
            (Status.NOMINATED.value, Status.REVIEWED, d.start - dt.timedelta(days=30 if not d.replacement else 12), "组织部审核通过"),
            (Status.REVIEWED.value, Status.TRAINING, trained, "参加岗前培训"),
            (Status.TRAINING.value, Status.ON_POST, d.start, "到村报到"),
        ]  # fmt: skip
        if not d.on_post:
            chain.append((Status.ON_POST.value, d.status, d.end, d.reason))
        for i, (frm, to, day, reason) in enumerate(chain):
            rows.append(
                dict(
                    id=ctx.new_id(DispatchEvent), dispatch_id=d.id, at=at_nine(day, 10 * i), from_status=frm,
                    to_status=to.value, reason=reason, user="demo",
                )
            )  # fmt: skip
    ctx.put(DispatchEvent, rows)


def write_quotas(ctx: Context, below: int) -> None:
    """Each unit's quota: what it sent, except ``below`` units that sent 1–2 fewer than asked."""
    sent = Counter(d.unit.id for d in ctx.disps if not d.replacement)
    units_sent = [u for u in ctx.units if sent.get(u.id)]
    short = {u.id for u in ctx.rng.sample(units_sent, min(below, len(units_sent)))}
    rows = [
        dict(
            batch_id=ctx.batch_id,
            unit_id=u.id,
            quota=sent[u.id] + (ctx.rng.randint(1, 2) if u.id in short else 0),
        )
        for u in units_sent
    ]
    ctx.put(UnitQuota, rows)
    ctx.planted.append(f"{len(short)} 个派出单位未完成选派任务（实派少于应派）")
