"""Leave (请销假): a few short leaves per dispatch, approved by the township's first mentor."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cadredesk.core.models import Leave
from cadredesk.demo.context import Context
from cadredesk.demo.days import HOLIDAY, WORK, day_kind
from cadredesk.demo.plan import DispRec
from cadredesk.demo.vocab import weighted

_LEAVE_KINDS = (("事假", 45.0), ("病假", 30.0), ("年休假", 20.0), ("婚丧假", 5.0))
_LEAVE_REASONS = {
    "事假": ("家中有事需处理", "子女升学事宜", "陪同家人就医", "办理个人事务"),
    "病假": ("感冒发烧就医", "腰椎不适就医治疗", "门诊复查", "急性肠胃炎就医"),
    "年休假": ("按规定休年休假",),
    "婚丧假": ("直系亲属丧事", "本人结婚"),
}


def leaves_for(
    ctx: Context, d: DispRec, first: dt.date, last: dt.date, tight: set[tuple[int, int]]
) -> tuple[list[dict[str, Any]], set[dt.date]]:
    """Leave rows of one dispatch between ``first`` and ``last``, and the days they cover.

    About one try in three per 120 days; leaves are whole workday runs that avoid statutory
    holidays, earlier leaves, and the ``tight`` (year, month)s with no room for leave.
    """
    rng = ctx.rng
    span = (last - first).days + 1
    rows: list[dict[str, Any]] = []
    used: set[dt.date] = set()
    approver = d.town.mentors[0][1] if d.town.mentors else None
    for _ in range(max(1, round(span / 120))):
        if rng.random() >= 0.3:
            continue
        kind = weighted(rng, _LEAVE_KINDS)
        length = {"事假": rng.randint(1, 2), "病假": rng.randint(1, 3), "年休假": rng.randint(3, 5)}.get(
            kind, 3
        )
        start = first + dt.timedelta(days=rng.randrange(span))
        while day_kind(start) != WORK and start < last:
            start += dt.timedelta(days=1)
        end = start + dt.timedelta(days=length - 1)
        days = [start + dt.timedelta(days=i) for i in range(length)]
        if end > last or any(x in used or day_kind(x) == HOLIDAY for x in days):
            continue
        if (start.year, start.month) in tight or (end.year, end.month) in tight:
            continue  # no room for leave this month (Spring Festival): keep the violations planted ones
        used.update(days)
        back = end + dt.timedelta(days=1)
        rows.append(
            dict(
                id=ctx.new_id(Leave), dispatch_id=d.id, kind=kind, start=start, end=end,
                reason=rng.choice(_LEAVE_REASONS[kind]), approved_by=approver,
                approved_on=start - dt.timedelta(days=0 if kind == "病假" else rng.randint(1, 3)),
                returned_on=back if back <= ctx.today else None,
            )
        )  # fmt: skip
        row = rows[-1]
        row["requested_on"] = row["approved_on"] - dt.timedelta(days=0 if kind == "病假" else 1)
        row["status"] = "已销假" if row["returned_on"] else "已批准"
    return rows, used
