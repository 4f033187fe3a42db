"""Problem ledger (问题台账): problems found at the places, and each one's steps to closing."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from cadredesk.core.enums import PlaceKind, ProblemStage
from cadredesk.core.models import Problem, ProblemStep
from cadredesk.demo.context import Context
from cadredesk.demo.days import at_nine
from cadredesk.demo.plan import DispRec
from cadredesk.demo.vocab import weighted

_VILLAGE_PROBLEMS = (
    ("基层组织建设", "村党支部组织生活不规范，“三会一课”记录不全", "镇党委"),
    ("基层组织建设", "村“两委”班子年龄偏大，后备力量不足", "镇党委"),
    ("产业发展", "村集体经济收入偏低，缺少稳定增收项目", "{L}农业农村局"),
    ("产业发展", "冬暖式大棚闲置，需引进经营主体", "{L}农业农村局"),
    ("基础设施", "村内主干道破损，雨天出行困难", "{L}交通运输局"),
    ("基础设施", "灌溉机井老化，春灌用水困难", "{L}水利局"),
    ("民生保障", "部分脱贫户务工就业不稳定", "{L}人力资源和社会保障局"),
    ("民生保障", "村卫生室设备陈旧，群众就医不便", "{L}卫生健康局"),
    ("矛盾纠纷", "土地承包边界纠纷长期未解决", "镇司法所"),
    ("人居环境", "村内坑塘垃圾堆积，影响环境", "镇政府"),
    ("人居环境", "生活污水直排沟渠，群众反映强烈", "{L}住房和城乡建设局"),
)
_ENTERPRISE_PROBLEMS = (
    ("摸实情", "企业生产经营情况底数不清，需建立一企一档", "{L}工业和信息化局"),
    ("讲政策", "企业对研发费用加计扣除政策不了解", "{L}税务局"),
    ("解难题", "企业流动资金紧张，需对接银行信贷", "{L}地方金融服务中心"),
    ("解难题", "企业用工短缺，急需招聘技术工人", "{L}人力资源和社会保障局"),
    ("推项目", "新建项目用地手续办理缓慢", "{L}自然资源和规划局"),
    ("推项目", "项目施工用电接入滞后", "供电公司"),
    ("优环境", "企业周边道路破损，物流车辆通行困难", "{L}交通运输局"),
    ("优环境", "多部门重复检查，企业负担较重", "{L}市场监督管理局"),
)


def write_problems(ctx: Context) -> None:
    """Problems found by the cadres at some places, with their steps (交办, 办理, 反馈, 督办,
    销号); a few are overdue on purpose, open ones are recent."""
    rng, s = ctx.rng, ctx.spec
    by_place: dict[int, list[DispRec]] = defaultdict(list)
    for d in ctx.disps:
        by_place[d.place.id].append(d)
    problems: list[dict[str, Any]] = []
    steps: list[dict[str, Any]] = []
    forced_overdue = 3 + len(ctx.disps) // 1000
    level = "县" if ctx.spec.scale == "county" else "市"  # whose departments take the problems
    for pid in sorted(by_place):
        if rng.random() >= max(s.sample * 2.5, 0.25):
            continue
        ds = by_place[pid]
        for _ in range(weighted(rng, ((0, 25.0), (1, 40.0), (2, 25.0), (3, 10.0)))):
            d = rng.choice(ds)
            place = d.place
            table = (
                _VILLAGE_PROBLEMS
                if place.kind in (PlaceKind.VILLAGE, PlaceKind.COMMUNITY)
                else _ENTERPRISE_PROBLEMS
            )
            category, title, assignee = rng.choice(table)
            assignee = assignee.format(L=level)
            if assignee.startswith("镇"):
                assignee = d.town.name + assignee[1:]
            last = min(d.end, ctx.today - dt.timedelta(days=3))
            if last <= d.start + dt.timedelta(days=10):
                continue
            found = ctx.day_between(d.start + dt.timedelta(days=10), last)
            deadline = found + dt.timedelta(days=rng.choice((15, 30, 45, 60)))
            prid = ctx.new_id(Problem)
            overdue = forced_overdue > 0 and deadline < ctx.today - dt.timedelta(days=10)
            if overdue:
                forced_overdue -= 1
                reach = rng.choice((ProblemStage.HANDLING, ProblemStage.SUPERVISED))
            else:
                reach = weighted(
                    rng,
                    ((ProblemStage.CLOSED, 65.0), (ProblemStage.FEEDBACK, 12.0), (ProblemStage.HANDLING, 13.0),
                     (ProblemStage.ASSIGNED, 10.0)),
                )  # fmt: skip
                if reach is not ProblemStage.CLOSED:  # open problems are recent and within their deadline
                    found = ctx.day_between(
                        max(d.start + dt.timedelta(days=10), ctx.today - dt.timedelta(days=40)), last
                    )
                    deadline = max(
                        found + dt.timedelta(days=rng.choice((15, 30, 45, 60))),
                        ctx.today + dt.timedelta(days=rng.randint(3, 30)),
                    )
            actor = {
                ProblemStage.FOUND: f"{d.role.value} {d.cadre_name}",
                ProblemStage.ASSIGNED: d.town.name,
                ProblemStage.HANDLING: assignee,
                ProblemStage.FEEDBACK: assignee,
                ProblemStage.SUPERVISED: s.org_dept,
                ProblemStage.CLOSED: d.town.name,
            }
            gaps = {
                ProblemStage.ASSIGNED: rng.randint(1, 4),
                ProblemStage.HANDLING: rng.randint(1, 6),
                ProblemStage.FEEDBACK: rng.randint(5, 35),
                ProblemStage.SUPERVISED: rng.randint(1, 5),
                ProblemStage.CLOSED: rng.randint(1, 6),
            }
            day = found
            stage = ProblemStage.FOUND
            trail = [(ProblemStage.FOUND, found)]
            for nxt in (
                ProblemStage.ASSIGNED,
                ProblemStage.HANDLING,
                ProblemStage.FEEDBACK,
                ProblemStage.SUPERVISED,
                ProblemStage.CLOSED,
            ):
                if nxt is ProblemStage.SUPERVISED and not (
                    day > deadline or reach is ProblemStage.SUPERVISED
                ):
                    continue
                if overdue and nxt is ProblemStage.FEEDBACK:
                    continue
                if overdue and nxt is ProblemStage.CLOSED:
                    break
                if nxt is ProblemStage.SUPERVISED:
                    day = max(day, deadline) + dt.timedelta(days=gaps[nxt])
                else:
                    day = day + dt.timedelta(days=gaps[nxt])
                if day > ctx.today:
                    break
                trail.append((nxt, day))
                stage = nxt
                if nxt is reach:
                    break
            notes = {
                ProblemStage.FOUND: f"走访中发现：{title}",
                ProblemStage.ASSIGNED: f"交由{assignee}办理，限期 {deadline:%Y年%m月%d日} 前办结",
                ProblemStage.HANDLING: "已制定解决方案，正在推进",
                ProblemStage.FEEDBACK: "办理情况已反馈群众",
                ProblemStage.SUPERVISED: "逾期未办结，下发督办通知",
                ProblemStage.CLOSED: "问题已解决，群众满意，予以销号",
            }
            problems.append(
                ctx.versioned(
                    dict(
                        id=prid, batch_id=ctx.batch_id, place_id=place.id, dispatch_id=d.id, title=title,
                        detail=f"{d.town.name}{place.name}：{title}。", category=category, found_on=found,
                        deadline=deadline, stage=stage.value, assignee=assignee, found_by=actor[ProblemStage.FOUND],
                        closed_on=trail[-1][1] if stage is ProblemStage.CLOSED else None,
                    )
                )
            )  # fmt: skip
            for st, when in trail:
                steps.append(
                    dict(
                        id=ctx.new_id(ProblemStep),
                        problem_id=prid,
                        stage=st.value,
                        day=when,
                        actor=actor[st],
                        note=notes[st],
                        at=at_nine(when, 30),
                        recorded_by="demo",
                        reopened=False,
                    )
                )
    ctx.put(Problem, problems)
    ctx.put(ProblemStep, steps)
