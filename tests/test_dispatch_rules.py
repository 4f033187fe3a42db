"""The dispatch list's rules as the seeds state them, on hand-made facts (pure core, no database).

Each case writes out, by hand, exactly the findings it expects: (rule, subject, detail, severity).
"""

from __future__ import annotations

import datetime as dt

from cadredesk.core.campaign import add_months, last_quarter
from cadredesk.core.ranks import normalise_rank, rank_level
from cadredesk.core.rules import campaign, on_post
from cadredesk.core.rules.campaign import BatchFacts, CampaignFacts, DispatchFact, GroupFact, TeamFact
from cadredesk.core.rules.on_post import OnPostFacts, PostFact, VisitFact

COUNTY = BatchFacts(1, "2026年驻村", "county", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
PROVINCE = BatchFacts(2, "千名干部下基层", "province", dt.date(2025, 3, 1), dt.date(2027, 2, 28))


def d(
    i: int, name: str, *, status: str = "在岗", role: str = "队员", place: int | None = None, kind: str = "村",
    township: int = 1, team: int | None = None, rank: str = "", end: dt.date | None = None, batch: BatchFacts = COUNTY,
) -> DispatchFact:  # fmt: skip
    places = {
        11: "东村",
        12: "西村",
        13: "南村",
        14: "北村",
        15: "中村",
        21: "甲公司",
        22: "乙公司",
        31: "孤村",
    }
    return DispatchFact(
        id=i, cadre_id=100 + i, name=name, id_number="370502198001010011", status=status, role=role,
        start=batch.start, end=end or batch.end, unit_id=7, township_id=township,
        township={1: "黄河口镇", 2: "仙河镇"}[township], place_id=place, place=places.get(place or 0, ""),
        place_kind=kind, team_id=team, rank=rank, strokes=f"{i:03d}",
    )  # fmt: skip


def found(rule, facts, today):  # type: ignore[no-untyped-def]
    return [(v.rule, v.subject, v.detail, v.severity) for v in rule(facts, today)]


# --------------------------------------------------------------------------- the end of a term


def test_term_ended_only_after_the_end() -> None:
    facts = CampaignFacts(
        COUNTY,
        [
            d(1, "张三", place=11),  # 在岗
            d(2, "李四", place=12, status="培训"),  # never went on post
            d(3, "王五", place=13, status="期满"),  # already closed
            d(4, "赵六", place=14, status="召回"),
            d(5, "钱七", place=15, end=dt.date(2026, 6, 30)),  # its own period ended earlier
        ],
    )
    assert found(campaign.term_ended, facts, dt.date(2026, 6, 30)) == []
    assert found(campaign.term_ended, facts, dt.date(2026, 7, 1)) == [
        (
            "term-ended",
            "2026年驻村 / 钱七（黄河口镇中村）",
            "派驻期已于 2026-06-30 届满，仍为“在岗”，请办理期满",
            "error",
        ),
    ]
    assert found(campaign.term_ended, facts, dt.date(2026, 12, 31)) == found(
        campaign.term_ended, facts, dt.date(2026, 7, 1)
    )
    assert found(campaign.term_ended, facts, dt.date(2027, 1, 1)) == [
        ("term-ended", "2026年驻村 / 张三（黄河口镇东村）", "派驻期已于 2026-12-31 届满，仍为“在岗”，请办理期满", "error"),
        ("term-ended", "2026年驻村 / 李四（黄河口镇西村）",
         "派驻期已于 2026-12-31 届满，仍为“培训”（未到岗），请撤回推荐或办理期满", "error"),
        ("term-ended", "2026年驻村 / 钱七（黄河口镇中村）", "派驻期已于 2026-06-30 届满，仍为“在岗”，请办理期满", "error"),
    ]  # fmt: skip


# --------------------------------------------------------------------------- teams (seed 000)


def test_team_place_counts_by_kind() -> None:
    teams = [TeamFact(1, "乡村振兴一队", "乡村振兴"), TeamFact(2, "民企一队", "民营企业"),
             TeamFact(3, "省企一队", "省属企业"), TeamFact(4, "省企二队", "省属企业")]  # fmt: skip
    people = []
    # village team: 1 leader + 9, five villages of one township — but one village is in another township
    for k in range(10):
        people.append(d(k + 1, f"村队{k}", role="工作队长" if k == 0 else "队员", team=1,
                        place=[11, 12, 13, 14, 31][k % 5], township=2 if k % 5 == 4 else 1))  # fmt: skip
    # private-enterprise team: 1 + 9 at only two enterprises
    for k in range(10):
        people.append(
            d(
                20 + k,
                f"民企{k}",
                role="工作队长" if k == 0 else "队员",
                team=2,
                place=21 + k % 2,
                kind="企业",
            )
        )
    # state-enterprise team 1: 1 + 4 at two enterprises (right); team 2: 1 + 4 at none (villages)
    for k in range(5):
        people.append(
            d(
                40 + k,
                f"省企{k}",
                role="工作队长" if k == 0 else "队员",
                team=3,
                place=21 + k % 2,
                kind="企业",
            )
        )
        people.append(d(50 + k, f"省二{k}", role="工作队长" if k == 0 else "队员", team=4, place=11))
    facts = CampaignFacts(PROVINCE, people, teams=teams)
    assert found(campaign.team_composition, facts, dt.date(2026, 1, 1)) == [
        ("team-composition", "千名干部下基层 / 乡村振兴一队", "乡村振兴工作队应服务1个乡镇、5个村，现为 2 个乡镇、5 个村", "error"),
        ("team-composition", "千名干部下基层 / 民企一队", "民营企业工作队应服务5家企业，现为 2 家", "error"),
        ("team-composition", "千名干部下基层 / 省企二队", "省属企业工作队应联系1到2家企业，现为 0 家", "error"),
    ]  # fmt: skip


def test_team_ranks_leader_bureau_members_division_or_section() -> None:
    teams = [TeamFact(1, "乡村振兴一队", "乡村振兴")]
    people = [
        d(
            1, "甲", role="工作队长", team=1, place=11, rank="二级调研员", batch=PROVINCE
        ),  # leader must be 厅级
        d(2, "乙", team=1, place=12, rank="一级主任科员", batch=PROVINCE),  # 科级: fine
        d(3, "丙", team=1, place=13, rank="正处级", batch=PROVINCE),  # 处级: fine
        d(4, "丁", team=1, place=14, rank="一级科员", batch=PROVINCE),  # below 科级
        d(5, "戊", team=1, place=15, rank="", batch=PROVINCE),  # not recorded
        d(6, "己", team=1, place=15, rank="二级巡视员", batch=PROVINCE, status="召回"),  # ended: not judged
    ]
    facts = CampaignFacts(PROVINCE, people, teams=teams)
    assert found(campaign.team_ranks, facts, dt.date(2026, 1, 1)) == [
        ("team-rank", "千名干部下基层 / 乡村振兴一队：甲", "队长职级为“二级调研员”，应为厅级及相应职级", "error"),
        ("team-rank", "千名干部下基层 / 乡村振兴一队：丁", "队员职级为“一级科员”，应为处级、科级及相应职级", "error"),
        ("team-rank", "千名干部下基层 / 乡村振兴一队：戊", "未登记职级（或职级不在列表中），无法核对队员须为处级、科级", "warning"),
    ]  # fmt: skip
    # the same team in a county batch: the provincial rule does not apply
    assert found(campaign.team_ranks, CampaignFacts(COUNTY, people, teams=teams), dt.date(2026, 1, 1)) == []


def test_rank_vocabulary_and_levels() -> None:
    assert [normalise_rank(x) for x in ("正科", "县处级副职", "管理6级", "1级主任科员", "一级巡视员", "科长", "", None)] == [
        "正科级", "副处级", "管理六级", "一级主任科员", "一级巡视员", None, None, None,
    ]  # fmt: skip
    assert [rank_level(x) for x in ("二级巡视员", "四级调研员", "四级主任科员", "二级科员", "专业技术十级", "科长")] == [
        "厅级", "处级", "科级", "科员级", "其他", None,
    ]  # fmt: skip


# --------------------------------------------------------------------------- work groups (seed 002)


def test_a_dispatched_village_in_no_work_group() -> None:
    people = [
        d(1, "张三", place=11), d(2, "李四", place=12), d(3, "王五", place=13),  # 东、西 grouped; 南 not
        d(4, "赵六", place=31, township=2),  # the only dispatched village of 仙河镇
        d(5, "钱七", place=21, kind="企业"),  # not a village
        d(6, "孙八", place=14, status="召回"),  # ended
        d(7, "周九", place=15, team=1),  # a provincial team member: teams have no work groups
    ]  # fmt: skip
    facts = CampaignFacts(COUNTY, people, groups=[GroupFact(1, "一组", "黄河口镇", (1, 1), (11, 12))])
    assert found(campaign.work_group_missing, facts, dt.date(2026, 3, 1)) == [
        ("work-group-missing", "2026年驻村 / 黄河口镇南村", "派驻村未编入工作小组（每2至3个相邻村编为一个小组）", "error"),
        ("work-group-missing", "2026年驻村 / 仙河镇孤村", "未编入工作小组（本乡镇只有这一个派驻村，无法与邻村编组）", "warning"),
    ]  # fmt: skip


# --------------------------------------------------------------------------- unit leader visits (seed 002)

B = BatchFacts(1, "2026年驻村", "county", dt.date(2026, 1, 1), dt.date(2026, 12, 31), deputy_visit_months=6)


def visits_facts(*visits: VisitFact, batch: BatchFacts = B) -> OnPostFacts:
    posts = [
        PostFact(1, "张三", "在岗", 7, place_id=11, place="黄河口镇东村"),
        PostFact(2, "李四", "在岗", 7, place_id=12, place="黄河口镇西村"),
        PostFact(3, "王五", "召回", 8, place_id=13, place="黄河口镇南村"),  # recalled: no visits owed
    ]
    return OnPostFacts(batch, posts, units={7: "县财政局", 8: "县教育局"}, visits=list(visits))


def test_helpers_for_the_visit_rules() -> None:
    assert last_quarter(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == dt.date(2026, 10, 1)
    assert add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2026, 1, 15), 6) == dt.date(2026, 7, 15)


def test_head_visit_is_counted_per_village_and_flagged_from_the_last_quarter() -> None:
    # the head visited 东村 only: 西村 still owes a visit
    facts = visits_facts(
        VisitFact(7, "主要负责人", dt.date(2026, 5, 10), 11),
        VisitFact(7, "分管负责人", dt.date(2026, 3, 1), 11), VisitFact(7, "分管负责人", dt.date(2026, 8, 1), 11),
        VisitFact(7, "分管负责人", dt.date(2026, 3, 1), 12), VisitFact(7, "分管负责人", dt.date(2026, 8, 1), 12),
    )  # fmt: skip
    head = [
        v for v in found(on_post.leader_visits, facts, dt.date(2026, 9, 30)) if v[0] == "visit-head-missing"
    ]
    assert head == []  # before the last quarter: nothing yet
    head = [
        v for v in found(on_post.leader_visits, facts, dt.date(2026, 10, 1)) if v[0] == "visit-head-missing"
    ]
    assert head == [
        ("visit-head-missing", "2026年驻村 / 县财政局 → 黄河口镇西村",
         "派驻期已进入最后一季度，主要负责人尚未按要求到村调研指导（应至少 1 次，现 0 次），请在 2026-12-31 前安排", "warning"),
    ]  # fmt: skip
    head = [
        v for v in found(on_post.leader_visits, facts, dt.date(2027, 1, 1)) if v[0] == "visit-head-missing"
    ]
    assert head == [
        ("visit-head-missing", "2026年驻村 / 县财政局 → 黄河口镇西村",
         "派驻期 2026-01-01 至 2026-12-31 内主要负责人未按要求到村调研指导（应至少 1 次，现 0 次）", "error"),
    ]  # fmt: skip


def test_the_batch_parameters_are_the_rule() -> None:
    # two head visits a term and a deputy every 3 months, as a batch may set them
    strict = BatchFacts(1, "2026年驻村", "county", dt.date(2026, 1, 1), dt.date(2026, 12, 31),
                        deputy_visit_months=3, head_visits_per_term=2)  # fmt: skip
    facts = visits_facts(
        VisitFact(7, "主要负责人", dt.date(2026, 5, 10), 11),
        VisitFact(7, "分管负责人", dt.date(2026, 2, 1), 11), VisitFact(7, "分管负责人", dt.date(2026, 6, 1), 11),
        batch=strict,
    )  # fmt: skip
    got = [v for v in found(on_post.leader_visits, facts, dt.date(2026, 6, 15)) if "东村" in v[1]]
    assert got == [
        ("visit-deputy-gap", "2026年驻村 / 县财政局 → 黄河口镇东村", "分管负责人 2026-02-01 至 2026-06-01 间超过3个月未到村", "error"),
    ]  # fmt: skip


def test_deputy_gap_longer_than_the_interval_is_a_problem_and_a_near_one_a_reminder() -> None:
    facts = visits_facts(
        # 东村: visited 2026-02-01 and 2026-07-01 (5 months), then nothing
        VisitFact(7, "分管负责人", dt.date(2026, 2, 1), 11), VisitFact(7, "分管负责人", dt.date(2026, 7, 1), 11),
        # 西村: 2026-01-20, then 2026-08-15 — a past gap of more than 6 months
        VisitFact(7, "分管负责人", dt.date(2026, 1, 20), 12), VisitFact(7, "分管负责人", dt.date(2026, 8, 15), 12),
        VisitFact(7, "主要负责人", dt.date(2026, 4, 1), 11), VisitFact(7, "主要负责人", dt.date(2026, 4, 1), 12),
    )  # fmt: skip
    assert found(on_post.leader_visits, facts, dt.date(2026, 12, 5)) == [
        ("visit-deputy-gap", "2026年驻村 / 县财政局 → 黄河口镇东村",
         "分管负责人上次到村为 2026-07-01，应于 2027-01-01 前再次到村调研指导（每6个月至少1次）", "warning"),
        ("visit-deputy-gap", "2026年驻村 / 县财政局 → 黄河口镇西村", "分管负责人 2026-01-20 至 2026-08-15 间超过6个月未到村", "error"),
    ]  # fmt: skip
    # a running gap already past the interval is a problem, not a reminder
    only = visits_facts(
        VisitFact(7, "分管负责人", dt.date(2026, 2, 1), 11),
        VisitFact(7, "主要负责人", dt.date(2026, 4, 1), 11),
    )
    got = [v for v in found(on_post.leader_visits, only, dt.date(2026, 8, 2)) if "东村" in v[1]]
    assert got == [
        ("visit-deputy-gap", "2026年驻村 / 县财政局 → 黄河口镇东村",
         "分管负责人自 2026-02-01 起已超过6个月未到村（应于 2026-08-01 前到村）", "error"),
    ]  # fmt: skip
    # a period that has not begun owes nothing; a closed one gets no reminders
    assert found(on_post.leader_visits, facts, dt.date(2025, 12, 31)) == []
    assert all(v[3] == "error" for v in found(on_post.leader_visits, facts, dt.date(2027, 3, 1)))
