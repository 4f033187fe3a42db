"""Groups of dispatches: work teams (工作队, province scale) and work groups (工作小组, 2–3
neighbouring villages, county and city scale)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from cadredesk.core.enums import PlaceKind, Role, TeamKind
from cadredesk.core.models import Team, WorkGroup, WorkGroupPlace
from cadredesk.demo.context import Context
from cadredesk.demo.plan import PlaceRec, Slot, TownRec
from cadredesk.demo.vocab import cn_number


class TeamPlan:
    """Work teams and their posts: a leader at the first place served, members spread over all."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.rows: list[dict[str, Any]] = []
        self.slots: list[Slot] = []

    def add(self, name: str, kind: TeamKind, town: TownRec, served: list[PlaceRec], members: int) -> None:
        """A team of one leader and ``members`` members serving ``served`` in ``town``."""
        ctx = self.ctx
        tid = ctx.new_id(Team)
        self.rows.append(
            ctx.versioned(
                dict(id=tid, batch_id=ctx.batch_id, name=name, kind=kind.value, township_id=town.id)
            )
        )
        self.slots.append(Slot(town, served[0], Role.TEAM_LEADER, tid))
        for k in range(members):
            self.slots.append(Slot(town, served[k % len(served)], Role.MEMBER, tid))

    def write(self) -> None:
        self.ctx.put(Team, self.rows)


def assign_work_groups(ctx: Context) -> None:
    """2–3 neighbouring villages with resident cadres form a work group (county and city)."""
    by_town: dict[int, list[PlaceRec]] = defaultdict(list)
    seen: set[int] = set()
    for d in ctx.disps:
        if d.place.kind is PlaceKind.VILLAGE and d.place.id not in seen and d.team_id is None:
            seen.add(d.place.id)
            by_town[d.town.id].append(d.place)
    groups: list[dict[str, Any]] = []
    members: list[dict[str, Any]] = []
    group_of: dict[int, int] = {}
    for town in ctx.towns:
        villages = sorted(by_town.get(town.id, []), key=lambda p: p.id)
        n = len(villages)
        if n < 2:
            continue
        sizes = [3] * (n // 3)
        if n % 3 == 1:
            sizes[-1:] = [2, 2]
        elif n % 3 == 2:
            sizes.append(2)
        k = 0
        for g, size in enumerate(sizes, start=1):
            gid = ctx.new_id(WorkGroup)
            groups.append(
                dict(
                    id=gid,
                    batch_id=ctx.batch_id,
                    township_id=town.id,
                    name=f"{town.stem}第{cn_number(g)}工作小组",
                )
            )
            for p in villages[k : k + size]:
                members.append(dict(work_group_id=gid, place_id=p.id))
                group_of[p.id] = gid
            k += size
    for d in ctx.disps:
        d.work_group_id = group_of.get(d.place.id)
    ctx.put(WorkGroup, groups)
    ctx.put(WorkGroupPlace, members)
