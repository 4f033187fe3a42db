"""Mentoring (传帮带): township leaders as mentors, one mentor per dispatch, their activities.

The draws from the run's RNG are those the generator always made here (mentor names and phones,
the number, form and day of each activity), so every row after these writers stays the same; topics,
outcomes, the activities that keep pairs within the batch's interval and the planted findings come
from ``random.Random(f"{seed}-mentoring")``.

Planted (``check`` reports them): two cadres on post without a mentor (``mentor-missing``), two
pairs with no activity for months (``mentor-idle``), one mentor from a neighbouring township
(``mentor-township``).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from typing import Any

from cadredesk.core.models import Mentor, MentorActivity, MentorPair
from cadredesk.core.rules.mentoring import add_months
from cadredesk.demo.context import Context
from cadredesk.demo.people import People

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
_TOPICS = {
    "谈心谈话": ("思想动态和驻村安排", "工作困难和生活保障", "下一阶段工作打算", "群众反映问题的处理"),
    "现场指导": ("村集体经济项目推进", "村级组织规范化建设", "“三会一课”落实", "人居环境整治"),
    "带领走访": ("走访脱贫户、监测户", "走访困难党员", "矛盾纠纷排查", "产业项目入户宣讲"),
    "工作交流": ("驻村工作经验交流", "阶段性工作点评", "民情日记交流", "典型案例研讨"),
}
_OUTCOMES = (
    "明确了下一步工作重点。",
    "协调解决了一项具体困难。",
    "形成问题清单，已交办有关站所。",
    "驻村干部掌握了入户工作方法。",
    "提出整改意见，约定下月回访。",
)
#: an interval short enough that the demo's pairs stay within the default rule (3 months)
_KEEP_WITHIN_DAYS = 75
_IDLE_PLANTED = 2
_MISSING_PLANTED = 2


def make_mentors(ctx: Context) -> None:
    """Four township leaders per township as mentors (names unique within a township)."""
    own = People(random.Random(f"{ctx.seed}-mentoring-names"))
    rows = []
    for town in ctx.towns:
        taken: set[str] = set()
        for post in _MENTOR_POSTS[town.kind]:
            mid = ctx.new_id(Mentor)
            name = ctx.people.name(ctx.chance(0.2))
            while name in taken:  # two leaders of one township never share a name in the list
                name = own.name(False)
            taken.add(name)
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
    own = random.Random(f"{ctx.seed}-mentoring")
    on_post = [d for d in ctx.disps if d.on_post and d.town.mentors]
    planted = own.sample(on_post, min(len(on_post), _MISSING_PLANTED + _IDLE_PLANTED + 1))
    missing = {d.id for d in planted[:_MISSING_PLANTED]}
    idle = {d.id for d in planted[_MISSING_PLANTED : _MISSING_PLANTED + _IDLE_PLANTED]}
    elsewhere = {d.id for d in planted[_MISSING_PLANTED + _IDLE_PLANTED :]}
    towns = ctx.towns
    pairs: list[dict[str, Any]] = []
    acts: list[dict[str, Any]] = []
    rr: Counter[int] = Counter()
    for d in ctx.disps:
        mentors = d.town.mentors
        if not mentors:
            continue
        mid, _mname, _post = mentors[rr[d.town.id] % len(mentors)]
        rr[d.town.id] += 1
        if d.id in elsewhere:  # paired with a leader of the neighbouring township
            other = towns[(towns.index(d.town) + 1) % len(towns)]
            if other.mentors:
                mid = other.mentors[-1][0]
        pid = ctx.new_id(MentorPair)
        last = min(d.end, ctx.today)
        months = max(1, (last - d.start).days // 30)
        days: list[dt.date] = []
        forms: list[str] = []
        for _ in range(max(1, months // 3 + rng.randint(0, 1))):
            kind, _content = rng.choice(_MENTOR_KINDS)
            days.append(ctx.day_between(d.start, last))
            forms.append(kind)
        if d.id in missing:
            continue  # the draws above are made all the same: the rows after stay identical
        pairs.append(
            dict(id=pid, mentor_id=mid, dispatch_id=d.id, start=d.start, end=None if d.on_post else d.end)
        )
        if d.id in idle:  # nothing logged for the last five months
            cut = add_months(ctx.today, -5)
            kept = [(day, f) for day, f in zip(days, forms, strict=True) if day < cut]
            days, forms = [x[0] for x in kept], [x[1] for x in kept]
        else:  # keep the pair within the interval: a talk where the log has a long gap
            edges = sorted(days)
            probe = d.start
            for day in [*edges, last]:
                while (day - probe).days > _KEEP_WITHIN_DAYS:
                    probe = probe + dt.timedelta(days=own.randint(30, _KEEP_WITHIN_DAYS))
                    if probe < last:
                        days.append(probe)
                        forms.append("谈心谈话")
                probe = max(probe, day)
        for day, kind in sorted(zip(days, forms, strict=True)):
            acts.append(
                dict(
                    id=ctx.new_id(MentorActivity), pair_id=pid, day=day, form=kind,
                    topic=own.choice(_TOPICS[kind]), outcome=own.choice(_OUTCOMES),
                )
            )  # fmt: skip
    ctx.put(MentorPair, pairs)
    ctx.put(MentorActivity, acts)
    ctx.planted.append(
        f"{len(missing)} 名在岗干部未确定帮带人，{len(idle)} 对传帮带超过3个月无活动，{len(elsewhere)} 名干部的帮带人不是本乡镇领导"
    )
