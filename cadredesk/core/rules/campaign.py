"""The dispatch list's rules, judged on plain facts read by the services.

Sources: 《在全县选派干部驻村蹲点工作会议上的讲话》 (the county scheme: coverage, quotas, 领队, work
groups, training) and 《山东省千名干部下基层工作动员部署会议召开》 (the provincial teams).

Every function takes ``CampaignFacts`` (one batch) and yields ``Violation``s.  Decisions where a
seed leaves a rule open are noted beside the rule and in docs/RULES.md.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from cadredesk.core.audit import mask_id
from cadredesk.core.enums import (
    ACTIVE_STATUSES,
    COUNTED_STATUSES,
    DispatchStatus,
    Level,
    PlaceKind,
    PlaceTag,
    RankLevel,
    Role,
    TeamKind,
)
from cadredesk.core.ranks import rank_level
from cadredesk.core.rules.base import ERROR, WARNING, RuleInfo, Violation, subject
from cadredesk.core.sources import cite
from cadredesk.core.training import TrainingFacts

ACTIVE = frozenset(ACTIVE_STATUSES)
COUNTED = frozenset(COUNTED_STATUSES)


@dataclass(frozen=True, slots=True)
class BatchFacts:
    id: int
    name: str
    level: str
    start: dt.date
    end: dt.date
    training_required: bool = True
    min_reserve_share: Decimal = Decimal("0")
    deputy_visit_months: int = 6
    head_visits_per_term: int = 1


@dataclass(frozen=True, slots=True)
class DispatchFact:
    id: int
    cadre_id: int
    name: str
    id_number: str
    status: str
    role: str
    start: dt.date
    end: dt.date
    unit_id: int | None = None
    township_id: int | None = None
    township: str = ""
    place_id: int | None = None
    place: str = ""
    place_kind: str = ""
    team_id: int | None = None
    is_reserve: bool = False
    has_grassroots_exp: bool = False
    strokes: str = ""
    rank: str = ""  # 职级, as listed in enums.RANKS ("" when not recorded)

    @property
    def active(self) -> bool:
        return self.status in ACTIVE

    @property
    def counted(self) -> bool:
        return self.status in COUNTED


@dataclass(frozen=True, slots=True)
class PlaceFact:
    id: int
    township_id: int
    township: str
    name: str
    kind: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TeamFact:
    id: int
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class GroupFact:
    id: int
    name: str
    township: str
    #: the township of each of its places
    place_townships: tuple[int, ...] = ()
    place_ids: tuple[int, ...] = ()


@dataclass
class CampaignFacts:
    batch: BatchFacts
    dispatches: list[DispatchFact] = field(default_factory=list)
    #: every place in township and place order, with *the batch's* priority tags (coverage is judged
    #: on the places tagged for this batch)
    places: list[PlaceFact] = field(default_factory=list)
    #: township id → name, for townships in their display order
    townships: dict[int, str] = field(default_factory=dict)
    units: dict[int, str] = field(default_factory=dict)
    quotas: dict[int, int] = field(default_factory=dict)  # unit id → quota in the batch
    teams: list[TeamFact] = field(default_factory=list)
    groups: list[GroupFact] = field(default_factory=list)
    #: cadre id → number of active dispatches across all batches (for cadres active in this batch)
    active_elsewhere: dict[int, int] = field(default_factory=dict)
    #: the batch's training rule, classes and marks (completion: ``core.training``)
    training: TrainingFacts = field(default_factory=TrainingFacts)


Rule = Callable[[CampaignFacts, dt.date], Iterable[Violation]]


def _at(f: CampaignFacts, what: str) -> str:
    return subject(f.batch.name, what)


def priority_coverage(f: CampaignFacts, _today: dt.date) -> Iterator[Violation]:
    """《在全县选派干部驻村蹲点工作会议上的讲话》: 软弱涣散村、经济薄弱村、换届选举重难点村全覆盖; 革命老区村、少数民族村应派尽派."""
    covered = {d.place_id for d in f.dispatches if d.counted and d.place_id is not None}
    for p in f.places:
        if not p.tags or p.id in covered:
            continue
        must = [t for t in p.tags if PlaceTag(t).must_cover]
        where = _at(f, f"{p.township}{p.name}")
        if must:
            yield Violation(
                "priority-uncovered",
                where,
                f"{'、'.join(must)}村须全覆盖，但未选派干部",
                ERROR,
                ("place", p.id),
            )
        else:
            yield Violation(
                "priority-uncovered",
                where,
                f"{'、'.join(p.tags)}村应派尽派，目前未选派干部",
                WARNING,
                ("place", p.id),
            )


def quota_shortfalls(quotas: dict[int, int], sent: Counter[int | None]) -> list[tuple[int, int, int]]:
    """``(unit id, quota, sent)`` of each unit that sent fewer cadres than its quota (seed 002's
    不能完成选派任务); ``sent`` counts the unit's dispatches that fill a quota (``COUNTED_STATUSES``)."""
    return [(uid, quota, sent.get(uid, 0)) for uid, quota in quotas.items() if sent.get(uid, 0) < quota]


def unit_quota(f: CampaignFacts, _today: dt.date) -> Iterator[Violation]:
    """《在全县选派干部驻村蹲点工作会议上的讲话》: a unit that misses its quota loses award eligibility for 3 years."""
    sent: Counter[int | None] = Counter(d.unit_id for d in f.dispatches if d.counted)
    short = quota_shortfalls(f.quotas, sent)
    for unit_id, quota, n in sorted(short, key=lambda s: f.units.get(s[0], "")):
        yield Violation(
            "unit-quota",
            _at(f, f.units.get(unit_id, str(unit_id))),
            f"应派 {quota} 人，实派 {n} 人，缺 {quota - n} 人；{QUOTA_CONSEQUENCE}",
            ERROR,
            ("unit", unit_id),
        )


def one_active_dispatch(f: CampaignFacts, _today: dt.date) -> Iterator[Violation]:
    """A cadre holds one active dispatch at a time (across batches)."""
    for d in f.dispatches:
        n = f.active_elsewhere.get(d.cadre_id, 0)
        if d.active and n > 1:
            yield Violation(
                "one-active-dispatch",
                _at(f, f"{d.name}（{mask_id(d.id_number)}）"),
                f"同时有 {n} 个在派任务",
                ERROR,
                ("cadre", d.cadre_id),
            )


def dispatch_term(f: CampaignFacts, _today: dt.date) -> Iterator[Violation]:
    b = f.batch
    for d in f.dispatches:
        if d.start < b.start or d.end > b.end or d.end < d.start:
            yield Violation(
                "dispatch-term",
                _at(f, d.name),
                f"派驻期 {d.start} 至 {d.end} 超出批次期限 {b.start} 至 {b.end} 或首尾颠倒",
                ERROR,
                ("dispatch", d.id),
            )


def training(f: CampaignFacts, _today: dt.date) -> Iterator[Violation]:
    """《在全县选派干部驻村蹲点工作会议上的讲话》: every dispatched cadre takes 岗前培训 before going on post
    (completion: the batch's rule, ``core.training.completion``, the same function as the 在岗 gate)."""
    if not f.batch.training_required:
        return
    for d in sorted(f.dispatches, key=lambda d: (d.strokes, d.id)):
        if d.status != DispatchStatus.ON_POST.value:
            continue
        done = f.training.of(d.id)
        if not done.complete:
            yield Violation(
                "training-incomplete",
                _at(f, f"{d.name}（{d.township}{d.place}）"),
                f"已在岗但未完成岗前培训：{done.detail}",
                ERROR,
                ("dispatch", d.id),
            )


def township_lead(f: CampaignFacts, _today: dt.date) -> Iterator[Violation]:
    """《在全县选派干部驻村蹲点工作会议上的讲话》: each township names one 领队 among the cadres sent there (team members excepted)."""
    active = [d for d in f.dispatches if d.active]
    leads = Counter(d.township_id for d in active if d.role == Role.TOWNSHIP_LEAD.value)
    needing = {d.township_id for d in active if d.team_id is None and d.township_id is not None}
    for tid, tname in f.townships.items():
        if tid not in needing:
            continue
        n = leads.get(tid, 0)
        if n != 1:
            yield Violation(
                "township-lead",
                _at(f, tname),
                "尚未确定领队" if n == 0 else f"有 {n} 名领队，每个乡镇应只有1名",
                ERROR,
                ("township", tid),
            )


def work_groups(f: CampaignFacts, _today: dt.date) -> Iterator[Violation]:
    """《在全县选派干部驻村蹲点工作会议上的讲话》: 2–3 neighbouring villages of one township form a work group."""
    for g in f.groups:
        where, target = _at(f, f"{g.township}{g.name}"), ("work_group", g.id)
        n = len(g.place_townships)
        if not 2 <= n <= 3:
            yield Violation("work-group-size", where, f"工作小组有 {n} 个村，应为2至3个相邻村", ERROR, target)
        elif len(set(g.place_townships)) > 1:
            yield Violation("work-group-size", where, "工作小组的村不在同一乡镇", ERROR, target)


def work_group_missing(f: CampaignFacts, _today: dt.date) -> Iterator[Violation]:
    """《在全县选派干部驻村蹲点工作会议上的讲话》: every 2–3 neighbouring dispatched villages form a work group (工作小组), so a village with
    a cadre of the county scheme (not in a provincial team) that is in no group is flagged; where its
    township has no other such village it cannot be grouped, which is a reminder to look at."""
    grouped = {pid for g in f.groups for pid in g.place_ids}
    villages: dict[int, tuple[int | None, str, str]] = {}
    for d in f.dispatches:
        if (
            d.active
            and d.team_id is None
            and d.place_id is not None
            and d.place_kind == PlaceKind.VILLAGE.value
        ):
            villages.setdefault(d.place_id, (d.township_id, d.township, d.place))
    per_township = Counter(tid for tid, _t, _p in villages.values())
    for pid, (tid, township, place) in villages.items():
        if pid in grouped:
            continue
        where, target = _at(f, f"{township}{place}"), ("place", pid)
        if per_township[tid] < 2:
            yield Violation(
                "work-group-missing",
                where,
                "未编入工作小组（本乡镇只有这一个派驻村，无法与邻村编组）",
                WARNING,
                target,
            )
        else:
            yield Violation(
                "work-group-missing",
                where,
                "派驻村未编入工作小组（每2至3个相邻村编为一个小组）",
                ERROR,
                target,
            )


def term_ended(f: CampaignFacts, today: dt.date) -> Iterator[Violation]:
    """The end of a term: a dispatch still 在岗 (or not yet on post) after its period ended — the batch's
    end, or the dispatch's own earlier end — must be closed (期满) or withdrawn."""
    for d in sorted(f.dispatches, key=lambda d: (d.strokes, d.id)):
        end = min(d.end, f.batch.end)
        if not d.active or today <= end:
            continue
        if d.status == DispatchStatus.ON_POST.value:
            why = f"派驻期已于 {end} 届满，仍为“在岗”，请办理期满"
        else:
            why = f"派驻期已于 {end} 届满，仍为“{d.status}”（未到岗），请撤回推荐或办理期满"
        yield Violation(
            "term-ended", _at(f, f"{d.name}（{d.township}{d.place}）"), why, ERROR, ("dispatch", d.id)
        )


def team_size(kind: str) -> int:
    """People a team needs (《山东省千名干部下基层工作动员部署会议召开》): 1 leader + 9 members, or 1 + 4 for a state-enterprise team."""
    return 5 if kind == TeamKind.STATE_ENTERPRISE.value else 10


def team_composition(f: CampaignFacts, _today: dt.date) -> Iterator[Violation]:
    """《山东省千名干部下基层工作动员部署会议召开》: 1 leader + 9 members (village / private-enterprise teams), 1 + 4 (state-enterprise teams);
    a village team serves one township and five villages; a private-enterprise team five enterprises."""
    members: dict[int, Counter[str]] = defaultdict(Counter)
    places: dict[int, set[tuple[int, str]]] = defaultdict(set)
    townships: dict[int, set[int]] = defaultdict(set)
    for d in f.dispatches:
        if d.team_id is None or not d.active:
            continue
        members[d.team_id][d.role] += 1
        if d.place_id is not None:
            places[d.team_id].add((d.place_id, d.place_kind))
        if d.township_id is not None:
            townships[d.team_id].add(d.township_id)
    for team in sorted(f.teams, key=lambda t: t.name):
        c = members.get(team.id, Counter())
        leaders, total = c.get(Role.TEAM_LEADER.value, 0), sum(c.values())
        size = team_size(team.kind)
        where, target = _at(f, team.name), ("team", team.id)
        if leaders != 1 or total != size:
            yield Violation(
                "team-composition",
                where,
                f"应为1名队长加{size - 1}名队员，现有队长 {leaders} 人、共 {total} 人",
                ERROR,
                target,
            )
        kinds = Counter(k for _pid, k in places.get(team.id, set()))
        if team.kind == TeamKind.VILLAGE.value:
            n_town, n_village = len(townships.get(team.id, set())), kinds.get(PlaceKind.VILLAGE.value, 0)
            if n_village != 5 or n_town != 1:
                yield Violation(
                    "team-composition",
                    where,
                    f"乡村振兴工作队应服务1个乡镇、5个村，现为 {n_town} 个乡镇、{n_village} 个村",
                    ERROR,
                    target,
                )
        elif team.kind == TeamKind.PRIVATE_ENTERPRISE.value and kinds.get(PlaceKind.ENTERPRISE.value, 0) != 5:
            yield Violation(
                "team-composition",
                where,
                f"民营企业工作队应服务5家企业，现为 {kinds.get(PlaceKind.ENTERPRISE.value, 0)} 家",
                ERROR,
                target,
            )
        elif (
            team.kind == TeamKind.STATE_ENTERPRISE.value
            and not 1 <= kinds.get(PlaceKind.ENTERPRISE.value, 0) <= 2
        ):
            yield Violation(
                "team-composition",
                where,
                f"省属企业工作队应联系1到2家企业，现为 {kinds.get(PlaceKind.ENTERPRISE.value, 0)} 家",
                ERROR,
                target,
            )


def team_ranks(f: CampaignFacts, _today: dt.date) -> Iterator[Violation]:
    """《山东省千名干部下基层工作动员部署会议召开》 (provincial teams): each team is led by a cadre of 厅级 (及相应职级) and made up of
    cadres of 处级 or 科级 (及相应职级). Judged in provincial batches only; a cadre whose rank is not
    recorded is a reminder (the rule cannot be judged), a wrong rank a problem."""
    if f.batch.level != Level.PROVINCE.value:
        return
    team_names = {t.id: t.name for t in f.teams}
    members = [d for d in f.dispatches if d.team_id in team_names and d.active]
    for d in sorted(
        members, key=lambda d: (team_names[d.team_id or 0], d.role != Role.TEAM_LEADER.value, d.strokes, d.id)
    ):
        where, target = _at(f, f"{team_names[d.team_id or 0]}：{d.name}"), ("dispatch", d.id)
        level = rank_level(d.rank)
        leader = d.role == Role.TEAM_LEADER.value
        if level is None:
            yield Violation(
                "team-rank", where, f"未登记职级（或职级不在列表中），无法核对{'队长须为厅级' if leader else '队员须为处级、科级'}",
                WARNING, target,
            )  # fmt: skip
        elif leader and level is not RankLevel.BUREAU:
            yield Violation("team-rank", where, f"队长职级为“{d.rank}”，应为厅级及相应职级", ERROR, target)
        elif not leader and level not in (RankLevel.DIVISION, RankLevel.SECTION):
            yield Violation(
                "team-rank", where, f"队员职级为“{d.rank}”，应为处级、科级及相应职级", ERROR, target
            )


def priority_share(f: CampaignFacts, _today: dt.date) -> Iterator[Violation]:
    """《在全县选派干部驻村蹲点工作会议上的讲话》: 优先选派后备干部和没有基层工作经历的干部. The seed sets no number; a batch may set
    ``min_reserve_share`` (share of dispatched cadres who are reserve cadres or lack grassroots experience)."""
    share_min = float(f.batch.min_reserve_share or 0)
    if share_min <= 0:
        return
    counted = [d for d in f.dispatches if d.counted]
    prio = sum(1 for d in counted if d.is_reserve or not d.has_grassroots_exp)
    if counted and prio / len(counted) < share_min:
        yield Violation(
            "priority-share",
            _at(f, "选派结构"),
            f"后备干部及无基层经历干部占 {prio / len(counted):.0%}，低于本批次要求的 {share_min:.0%}",
            WARNING,
        )


#: 《在全县选派干部驻村蹲点工作会议上的讲话》, word for word
QUOTA_CONSEQUENCE = (
    "对不能完成选派任务的单位，要取消该单位3年内参加县一级及以上党建工作先进单位和文明单位的评选资格"
)


#: the rule keys this module reports, with the label the GUI shows and the document it follows
INFOS = (
    RuleInfo("priority-uncovered", "重点村覆盖", cite("002")),
    RuleInfo("unit-quota", "单位选派任务", cite("002")),
    RuleInfo("one-active-dispatch", "同时在派", cite()),
    RuleInfo("dispatch-term", "派驻期限", cite("002", "000")),
    RuleInfo("term-ended", "期满未结束", cite("002", "000")),
    RuleInfo("training-incomplete", "岗前培训", cite("002")),
    RuleInfo("township-lead", "乡镇领队", cite("002")),
    RuleInfo("work-group-size", "工作小组", cite("002")),
    RuleInfo("work-group-missing", "未编工作小组", cite("002")),
    RuleInfo("team-composition", "工作队组成", cite("000")),
    RuleInfo("team-rank", "工作队职级", cite("000")),
    RuleInfo("priority-share", "选派结构", cite("002")),
)
RULES: tuple[Rule, ...] = (
    priority_coverage,
    unit_quota,
    one_active_dispatch,
    dispatch_term,
    term_ended,
    training,
    township_lead,
    work_groups,
    work_group_missing,
    team_composition,
    team_ranks,
    priority_share,
)


def check(facts: CampaignFacts, today: dt.date) -> list[Violation]:
    out: list[Violation] = []
    for rule in RULES:
        out.extend(rule(facts, today))
    return out
