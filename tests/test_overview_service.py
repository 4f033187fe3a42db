"""The 总览 page's query (``dashboard.overview``) and the 打印 page's lists (``printing.print_choices``) on a
hand-built campaign (tests/onpost_data.py), expected values written out by hand."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from cadredesk.services import leave, problems
from cadredesk.services.context import Context
from cadredesk.services.dashboard import overview
from cadredesk.services.printing import print_choices
from tests import onpost_data
from tests.test_problem_lifecycle import _form

D = dt.date
AS_OF = D(2026, 6, 30)


def _campaign(ctx: Context) -> tuple[onpost_data.Campaign, Context, int, int]:
    camp = onpost_data.build(ctx)
    day = ctx.at(AS_OF)
    late = problems.report_problem(day, _form(camp))
    problems.advance_problem(
        day, late.id, "交办", day=D(2026, 5, 2), assignee="县交通运输局", deadline=D(2026, 6, 1)
    )
    asked = leave.request_leave(
        day, leave.LeaveForm(camp.did("王芳"), "事假", D(2026, 7, 1), D(2026, 7, 3), "家中有事")
    )
    return camp, day, late.id, asked.id


def test_overview_lists_every_finding_behind_the_alerts(any_ctx: Context) -> None:
    camp, day, problem_id, leave_id = _campaign(any_ctx)
    o = overview(day)
    assert o.batches == [onpost_data.BATCH]
    assert o.dashboard.as_of == AS_OF and o.dashboard.on_post == 7
    # seven cadres on post, none enrolled in a class, the batch not ended: nothing to evaluate yet
    assert (o.dispatched, o.trained, o.evaluations_due, o.evaluations_decided) == (7, 0, 0, 0)
    groups = Counter(i.group for i in o.items)
    # no insurance entered (7); the unit's deputy has not visited the places whose cadres came on
    # 2025-12-01 for six months (5: 南村's successor came on 2026-03-10); nobody trained (7); Party
    # members in a village or community without the transfer (5: 刘洋 is 群众, 赵磊 is at an enterprise);
    # cadres of villages and communities without households (6: not the enterprise); one overdue
    # problem; one leave waiting
    assert groups == {
        "insurance": 7,
        "visits": 5,
        "training": 7,
        "party": 5,
        "households": 6,
        "problems": 1,
        "leave": 1,
    }
    assert {a.key: a.count for a in o.dashboard.alerts if a.count} == dict(groups)  # the same rules as check
    (late,) = [i for i in o.items if i.group == "problems"]
    assert late.target == ("problem", problem_id) and late.what == "西村：村内主干道破损，雨天出行困难"
    assert late.initials.startswith("xc")
    (waiting,) = [i for i in o.items if i.group == "leave"]
    assert waiting.target == ("leave", leave_id) and waiting.subject == "王芳"
    assert waiting.detail == "07月01日至07月03日的请假待乡镇审批" and "wf" in waiting.initials.split()
    wang = [i for i in o.items if i.target == ("dispatch", camp.did("王芳"))]
    assert {i.group for i in wang} == {"insurance", "training", "party", "households"}
    assert len({i.id for i in o.items}) == len(o.items)


def test_overview_counts_decided_evaluations_after_the_term(any_ctx: Context) -> None:
    _campaign(any_ctx)
    o = overview(any_ctx.at(D(2026, 12, 10)))
    assert (o.evaluations_due, o.evaluations_decided, o.grades) == (7, 0, {})  # due, none decided yet


def test_print_choices_of_a_batch(any_ctx: Context) -> None:
    camp = onpost_data.build(any_ctx)
    ch = print_choices(any_ctx)
    assert ch.batch == onpost_data.BATCH and ch.sessions == [] and ch.years == [2025, 2026]
    assert ch.places == [
        "黄河口镇东村",
        "黄河口镇南村",
        "黄河口镇西村",
        "永安镇北村",
        "永安镇新华社区",
        "永安镇永安化工有限公司",
    ]
    # (places of one township by their order, then by name: 东 南 西 in code-point order)
    assert ch.ballots_per_place == 30
    names = [c.name for c in ch.evaluation_cadres]
    assert sorted(names) == sorted(["张伟", "王芳", "李强", "刘洋", "陈静", "赵磊", "张伟"])
    assert {c.id_number for c in ch.evaluation_cadres} == {idn for _d, idn in camp.people.values()}
    assert ("张伟", "黄河口镇东村") in {(c.name, c.place) for c in ch.evaluation_cadres}
