"""The end-of-term evaluation (期满考核) of the county's completed batch, ballots for a few places.

Drawn from its own ``random.Random(f"{seed}-evaluation")`` after every other writer, so the rows the
other writers make stay identical.  Every grade is what CadreDesk's rules give (``core.evaluation``:
weights, bands, the 不称职 vote share, the 优秀 share by rank), with a few cases planted for ``check``,
the registers and the printed forms:

- one place's ballots tallied in CadreDesk with invalid lines (nothing ticked, several ticked) and a
  voided ballot; in another place more than a third of the valid votes say 不称职 for one cadre, who is
  graded 不称职 (3年内不予提拔使用) whatever the parties' scores;
- one place where too few ballots came back: the democratic result does not stand, the grade waits;
- two cadres whose township has not yet given its part: undecided.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from cadredesk.core.enums import DispatchStatus, EvaluationKind, Grade
from cadredesk.core.evaluation import (
    DEFAULT_PARAMS,
    GRADES,
    KEY_OF,
    Candidate,
    PartyPart,
    Votes,
    apply_ceiling,
    assess,
    democratic_score,
    excellent_limit,
    format_serial,
    make_serial,
    tally,
)
from cadredesk.core.models import Ballot, BallotMark, Evaluation
from cadredesk.demo.context import Context
from cadredesk.demo.days import at_nine
from cadredesk.demo.plan import DispRec

TERM_END = EvaluationKind.TERM_END.value

_SUMMARY = (
    "驻村以来，本人坚持吃住在村，走遍全村{households}户农户，建立民情台账，协助村“两委”理清发展思路。",
    "围绕抓党建促发展，规范“三会一课”和主题党日，发展入党积极分子{k}名。",
    "积极争取派出单位支持，{achievement}。",
    "坚持为群众办实事，帮助解决就医、就学、用水等急难愁盼问题{m}件。",
    "不足之处是对农村政策学习还不够深入，今后将继续加强学习，发挥好桥梁纽带作用。",
)
_OPINIONS = {
    "优秀": "该同志驻村期间吃住在村、扎根基层，工作思路清晰，抓党建、促发展成效明显，群众认可度高。",
    "称职": "该同志能够按要求驻村开展工作，较好完成各项任务，遵守驻村纪律。",
    "基本称职": "该同志能够完成基本工作任务，但工作主动性不足，部分任务推进较慢，需进一步改进作风。",
    "不称职": "该同志驻村期间在岗时间不足，工作成效不明显，群众反映较多。",
}
_ORG_CONCLUSION = "经派出单位、乡镇党委考评和驻点村党员群众民主评议，综合确定为“{grade}”等次。"


def write_term_evaluations(ctx: Context) -> None:
    """County scale: the end-of-term evaluation of every dispatch that served to the end."""
    if ctx.spec.scale != "county":
        return
    rng = random.Random(f"{ctx.seed}-evaluation")
    p = DEFAULT_PARAMS
    year = ctx.spec.end.year
    decided_on = ctx.spec.eval_day + dt.timedelta(days=2)
    to_end = [d for d in ctx.disps if d.status in (DispatchStatus.ON_POST, DispatchStatus.COMPLETED)]
    annual = {
        did: (u, o, t, dem)
        for did, u, o, t, dem in ctx.conn.execute(
            select(
                Evaluation.dispatch_id, Evaluation.unit_score, Evaluation.org_score,
                Evaluation.township_score, Evaluation.democratic_score,
            ).where(Evaluation.kind == EvaluationKind.ANNUAL.value)
        )
    }  # fmt: skip
    achievements = _achievements(ctx)

    # ballots in four places with two cadres or one: tallied here (the rest were counted on paper)
    by_place: dict[int, list[DispRec]] = {}
    for d in to_end:
        by_place.setdefault(d.place.id, []).append(d)
    places = sorted(by_place)
    rng.shuffle(places)
    pairs = [pid for pid in places if len(by_place[pid]) == 2]
    singles = [pid for pid in places if len(by_place[pid]) == 1]
    tallied_places = pairs[:2] + singles[:1]  # normal, 不称职 vote share, normal
    short_place = singles[1]  # too few ballots returned
    planted_incompetent = by_place[pairs[1]][0]

    votes: dict[int, Votes | None] = {}
    ballots: list[dict[str, Any]] = []
    marks: list[dict[str, Any]] = []
    serial_no = 1
    printed = at_nine(ctx.spec.eval_day - dt.timedelta(days=8))
    tallied_at = at_nine(ctx.spec.eval_day - dt.timedelta(days=5))
    for pid in [*tallied_places, short_place]:
        members = sorted(by_place[pid], key=lambda d: (_role_rank(d), d.cadre_id))
        returned = 6 if pid == short_place else rng.randint(24, 30)
        lines: dict[int, list[str | None]] = {d.id: [] for d in members}
        for k in range(30):
            ballot_id = ctx.new_id(Ballot)
            serial = make_serial(printed.year, serial_no)
            serial_no += 1
            back = k < returned
            void = back and pid == tallied_places[0] and k == 3
            ballot: dict[str, Any] = dict(
                id=ballot_id, batch_id=ctx.batch_id, place_id=pid, serial=serial, kind=TERM_END, year=year,
                voter_kind=(rng.choice(("中共党员", "群众代表")) if back and rng.random() < 0.7 else None),
                printed_at=printed, tallied_at=tallied_at if back else None, tallied_by="demo" if back else None,
                void=void, void_reason="票面书写了姓名，整张作废" if void else None,
            )  # fmt: skip
            ballots.append(ballot)
            for pos, d in enumerate(members, start=1):
                mark = _mark(rng, d.id == planted_incompetent.id, k, annual.get(d.id)) if back else None
                if back and pid == tallied_places[0] and k in (5, 11) and pos == 1:
                    mark = "" if k == 5 else "12"  # one line left blank, one with two boxes ticked
                marks.append(dict(ballot_id=ballot_id, dispatch_id=d.id, position=pos, marks=mark))
                if back and not void:
                    lines[d.id].append(mark)
        for d in members:
            votes[d.id] = tally(lines[d.id]).votes
    ctx.put(Ballot, ballots)
    ctx.put(BallotMark, marks)
    ctx.planted.append(
        f"{len(tallied_places) + 1} 个派驻点的民主测评票已印制并录入（编号 {format_serial(make_serial(printed.year, 1))} 起），"
        "含未勾选、多选和作废的票"
    )

    # every other cadre: the paper count entered (valid votes per grade)
    rows: list[dict[str, Any]] = []
    with_ballots = {*tallied_places, short_place}
    pending_township = {d.id for d in rng.sample([d for d in to_end if d.place.id not in with_ballots], 2)}
    outcomes: dict[int, Any] = {}
    for d in to_end:
        u, o, t, dem = annual.get(d.id) or (None, None, None, None)
        base = [float(x) if x is not None else rng.uniform(76, 92) for x in (u, o, t)]
        scores = [Decimal(f"{min(99.0, max(45.0, x + rng.uniform(-2.5, 2.5))):.1f}") for x in base]
        township_grade_only = rng.random() < 0.1
        if d.id not in votes:
            votes[d.id] = _paper_votes(rng, float(dem) if dem is not None else base[0])
        v = votes[d.id]
        parts = {
            "unit": PartyPart(scores[0]),
            "org": PartyPart(scores[1]),
            "township": PartyPart(None, None) if d.id in pending_township else (
                PartyPart(None, _band(float(scores[2]))) if township_grade_only else PartyPart(scores[2])
            ),
        }  # fmt: skip
        out = assess(parts, v, p)
        outcomes[d.id] = out
        source = "测评票" if d.place.id in with_ballots else "录入"
        row: dict[str, Any] = dict(
            id=ctx.new_id(Evaluation), dispatch_id=d.id, kind=TERM_END, year=year,
            unit_score=scores[0], org_score=scores[1],
            township_score=parts["township"].score, township_grade=parts["township"].grade.value
            if parts["township"].grade else None,
            unit_grade=None, org_grade=None,
            democratic_score=democratic_score(v, p) if v is not None else None,
            votes_excellent=v.excellent if v else None, votes_competent=v.competent if v else None,
            votes_basic=v.basic if v else None, votes_incompetent=v.incompetent if v else None,
            democratic_source=source, total_score=None, grade=None,
            summary=_summary(rng, achievements.get(d.cadre_id)),
            unit_opinion=None, township_opinion=None, org_opinion=None,
            decided_on=None, decided_by=None, grade_note=None,
        )  # fmt: skip
        rows.append(row)

    # decide by the rules: 优秀 within the share, by rank
    complete = {did: out for did, out in outcomes.items() if out.complete}
    limit = excellent_limit(len(to_end), p)
    cut = apply_ceiling(
        [
            Candidate(did, out.total, out.democratic or Decimal(0), Decimal(0))
            for did, out in complete.items()
            if out.grade is Grade.EXCELLENT
        ],
        limit,
    )
    for row in rows:
        did = row["dispatch_id"]
        out = outcomes[did]
        grade = out.grade.value if out.grade else None
        notes = list(out.reasons)
        if did in cut.tied or not out.complete:
            grade = None
        elif did in cut.downgraded:
            grade = Grade.COMPETENT.value
            notes.append(
                f"综合得分 {out.total} 达到优秀分数线，但超出优秀等次比例（20%，最多 {limit} 人），按名次确定为称职"
            )
        row["unit_opinion"] = _OPINIONS[(grade or (out.grade.value if out.grade else "称职"))]
        if row["township_score"] is not None or row["township_grade"] is not None:
            row["township_opinion"] = row["unit_opinion"]
        if grade is not None:
            row.update(
                total_score=out.total, grade=grade, decided_on=decided_on, decided_by="demo",
                grade_note="；".join(notes) or None, org_opinion=_ORG_CONCLUSION.format(grade=grade),
            )  # fmt: skip
        ctx.versioned(row)
    ctx.put(Evaluation, rows)
    incompetent = next(r for r in rows if r["dispatch_id"] == planted_incompetent.id)
    ctx.planted.append(
        f"{planted_incompetent.cadre_name}的民主测评“不称职”票超过三分之一，期满考核为{incompetent['grade'] or '待定'}"
        "（3年内不予提拔使用）"
    )
    ctx.planted.append("1 个派驻点测评票收回不足 10 张，民主测评不成立，期满考核待定")
    ctx.planted.append("2 名干部乡镇党委尚未评价，期满考核待定")


def _role_rank(d: DispRec) -> int:
    return {"第一书记": 0, "工作队长": 1, "领队": 2, "队员": 3}.get(d.role.value, 9)


def _band(score: float) -> Grade:
    p = DEFAULT_PARAMS
    if score >= float(p.excellent_min):
        return Grade.EXCELLENT
    if score >= float(p.competent_min):
        return Grade.COMPETENT
    if score >= float(p.basic_min):
        return Grade.BASIC
    return Grade.INCOMPETENT


def _weights_for(score: float) -> tuple[float, float, float, float]:
    """How voters split for a cadre whose annual democratic score was ``score``."""
    if score >= 90:
        return (0.62, 0.34, 0.04, 0.0)
    if score >= 80:
        return (0.35, 0.55, 0.08, 0.02)
    if score >= 70:
        return (0.15, 0.6, 0.2, 0.05)
    return (0.05, 0.4, 0.35, 0.2)


def _mark(rng: random.Random, planted: bool, k: int, annual: Any) -> str:
    """One voter's box for one cadre; the planted cadre gets 不称职 on two ballots in five (over a third)."""
    if planted:
        grade = Grade.INCOMPETENT if k % 5 in (1, 3) else rng.choice((Grade.COMPETENT, Grade.BASIC))
        return KEY_OF[grade.value]
    dem = float(annual[3]) if annual and annual[3] is not None else 85.0
    return KEY_OF[rng.choices(GRADES, weights=_weights_for(dem))[0].value]


def _paper_votes(rng: random.Random, score: float) -> Votes:
    n = rng.randint(22, 46)
    counts = [0, 0, 0, 0]
    for _ in range(n):
        counts[rng.choices(range(4), weights=_weights_for(score))[0]] += 1
    return Votes.of_counts(counts)


def _achievements(ctx: Context) -> dict[int, str]:
    from cadredesk.core.models import PerformanceEntry

    out: dict[int, str] = {}
    for cid, content in ctx.conn.execute(
        select(PerformanceEntry.cadre_id, PerformanceEntry.content)
        .where(PerformanceEntry.batch_id == ctx.batch_id, PerformanceEntry.kind == "实绩")
        .order_by(PerformanceEntry.id)
    ):
        out.setdefault(cid, content)
    return out


def _summary(rng: random.Random, achievement: str | None) -> str:
    first = _SUMMARY[0].format(households=rng.randint(180, 460))
    second = _SUMMARY[1].format(k=rng.randint(1, 4))
    third = _SUMMARY[2].format(achievement=achievement or "推动村集体经济项目落地")
    fourth = _SUMMARY[3].format(m=rng.randint(6, 40))
    return "\n".join((first + second, third + fourth, _SUMMARY[4]))
