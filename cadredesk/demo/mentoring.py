"""Mentoring (传帮带): township leaders as mentors, one mentor per dispatch, their activities."""

from __future__ import annotations

from collections import Counter
from typing import Any

from cadredesk.core.models import Mentor, MentorActivity, MentorPair
from cadredesk.demo.context import Context

_MENTOR_POSTS = {
    "镇": ("镇党委书记", "镇党委副书记、镇长", "镇党委副书记", "镇党委委员、组织委员"),
    "乡": ("乡党委书记", "乡党委副书记、乡长", "乡党委副书记", "乡党委委员、组织委员"),
    "街道": (
        "街道党工委书记",
        "街道党工委副书记、办事处主任",
        "街道党工委副书记",
        "街道党工委委员、组织委员",
    ),
}
_MENTOR_KINDS = (
    ("谈心谈话", "与驻村干部谈心谈话，了解思想动态和工作困难，提出改进建议。"),
    ("现场指导", "到村现场指导村级组织运转和集体经济项目推进。"),
    ("带领走访", "带领驻村干部走访脱贫户、监测户，传授群众工作方法。"),
    ("工作交流", "组织驻村干部交流工作经验，点评阶段性工作成效。"),
)


def make_mentors(ctx: Context) -> None:
    """Four township leaders per township as mentors."""
    rows = []
    for town in ctx.towns:
        for post in _MENTOR_POSTS[town.kind]:
            mid = ctx.new_id(Mentor)
            name = ctx.people.name(ctx.chance(0.2))
            town.mentors.append((mid, name, post))
            rows.append(
                ctx.versioned(
                    dict(id=mid, name=name, township_id=town.id, post=post, phone=ctx.people.phone())
                )
            )
    ctx.put(Mentor, rows)


def write_mentoring(ctx: Context) -> None:
    """Each dispatch paired with its township's mentors in turn; an activity every ~3 months."""
    rng = ctx.rng
    pairs: list[dict[str, Any]] = []
    acts: list[dict[str, Any]] = []
    rr: Counter[int] = Counter()
    for d in ctx.disps:
        mentors = d.town.mentors
        if not mentors:
            continue
        mid, _mname, _post = mentors[rr[d.town.id] % len(mentors)]
        rr[d.town.id] += 1
        pid = ctx.new_id(MentorPair)
        pairs.append(
            dict(id=pid, mentor_id=mid, dispatch_id=d.id, start=d.start, end=None if d.on_post else d.end)
        )
        last = min(d.end, ctx.today)
        months = max(1, (last - d.start).days // 30)
        for _ in range(max(1, months // 3 + rng.randint(0, 1))):
            kind, content = rng.choice(_MENTOR_KINDS)
            acts.append(
                dict(
                    id=ctx.new_id(MentorActivity),
                    pair_id=pid,
                    day=ctx.day_between(d.start, last),
                    kind=kind,
                    content=content,
                )
            )
    ctx.put(MentorPair, pairs)
    ctx.put(MentorActivity, acts)
