"""Evaluations (年度考核 / 期满考核): each party's part, the democratic part, the grade and its consequence.

One function per user action: enter or correct one party's score, recommended grade and opinion
(``save_party``), the cadre's self-summary (``save_summary``), a democratic result counted on paper
(``save_democratic``; ballots tallied in CadreDesk fill it by themselves, see ``services.ballots``), decide
one grade (``decide_grade``) or every complete one of a batch within the 优秀 share (``decide_all``), undo a
decision (``reopen_evaluation``), set a batch's parameters (``save_params``).  The arithmetic is in
``cadredesk.core.evaluation``; what the GUI's evaluation page shows comes from ``evaluation_sheet`` and
``list_evaluations``; the evaluator's side panel from ``evaluator_panel``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, object_session

from cadredesk.core.enums import (
    AttendanceMark,
    DispatchStatus,
    EvaluationKind,
    Grade,
    Level,
    PerformanceKind,
    TrainingMark,
)
from cadredesk.core.evaluation import (
    DEFAULT_PARAMS,
    PARTIES,
    Candidate,
    EvaluationParams,
    Outcome,
    PartyPart,
    Votes,
    apply_ceiling,
    assess,
    barred_until,
    consequence,
    democratic_score,
    excellent_limit,
    parse_share,
    share_text,
)
from cadredesk.core.models import (
    Attendance,
    Batch,
    Cadre,
    Dispatch,
    Evaluation,
    EvaluationRule,
    Mentor,
    MentorActivity,
    MentorPair,
    PerformanceEntry,
    Place,
    Township,
    TrainingSession,
    Unit,
)
from cadredesk.core.rules import evaluation as rules
from cadredesk.core.training import completion
from cadredesk.errors import Conflict, NotFound, ValidationError
from cadredesk.services import batches
from cadredesk.services.context import Tx, command, query
from cadredesk.services.training import training_facts

TERM_END = EvaluationKind.TERM_END.value
ANNUAL = EvaluationKind.ANNUAL.value
#: statuses of a dispatch that went on post (its days count as village service)
SERVED = (
    DispatchStatus.ON_POST.value,
    DispatchStatus.COMPLETED.value,
    DispatchStatus.RECALLED.value,
    DispatchStatus.ROTATED.value,
)
#: statuses of a dispatch that serves (served) to the end of the term: the end-of-term evaluation is theirs
TO_THE_END = (DispatchStatus.ON_POST.value, DispatchStatus.COMPLETED.value)
SOURCE_BALLOTS = "测评票"
SOURCE_ENTERED = "录入"


# ============================================================================================ lookups


def term_end_due(batch: Batch, status: str, today: dt.date) -> bool:
    """Is the end-of-term evaluation of a dispatch due: it served to the end and the batch has ended
    (or the dispatch is already 期满).

    The one place this is decided here; point it at the dispatch area's query of due evaluations
    (``services.term.due_evaluations``) once that exists.
    """
    return status in TO_THE_END and (batch.end < today or status == DispatchStatus.COMPLETED.value)


def org_dept_of(level: str) -> str:
    """Who concludes the evaluation on the form: the organization department of the batch's level."""
    return {
        Level.COUNTY.value: "县委组织部",
        Level.CITY.value: "市委组织部",
        Level.PROVINCE.value: "省委组织部",
    }.get(level, "组织部")


@dataclass(frozen=True)
class EvaluationTarget:
    """Which evaluation: a dispatch, the kind, the year (an end-of-term one's year is its batch's last)."""

    dispatch_id: int
    kind: str = TERM_END
    year: int = 0


def evaluation_year(batch: Batch, kind: str, year: int | None) -> int:
    if kind == TERM_END:
        return batch.end.year
    if year is None:
        raise ValidationError("年度考核需要指明年度")
    return year


def check_kind(kind: str) -> str:
    try:
        return EvaluationKind(kind).value
    except ValueError:
        raise ValidationError(f"考核类别只能是“年度考核”或“期满考核”，不是“{kind}”") from None


def find_dispatch(s: Session, id_number: str, batch: str | None = None) -> Dispatch:
    """The cadre's dispatch in the named (default: most recent) batch."""
    b = batches.find(s, batch)
    idn = id_number.strip().upper()
    d = s.scalar(
        select(Dispatch)
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .where(Dispatch.batch_id == b.id, Cadre.id_number == idn)
    )
    if d is None:
        who = s.scalar(select(Cadre.name).where(Cadre.id_number == idn))
        if who is None:
            raise NotFound(f"没有身份证号为 {idn} 的干部")
        raise NotFound(f"{who}（{idn}）不在批次“{b.name}”的选派名单中")
    return d


def target_of(s: Session, d: Dispatch, kind: str = TERM_END, year: int | None = None) -> EvaluationTarget:
    kind = check_kind(kind)
    return EvaluationTarget(d.id, kind, evaluation_year(d.batch, kind, year))


@query
def locate(
    tx: Tx, id_number: str, batch: str | None = None, kind: str = TERM_END, year: int | None = None
) -> EvaluationTarget:
    """The evaluation of the cadre with ``id_number`` in a batch (the faces' way in: CLI --cadre)."""
    d = find_dispatch(tx.session, id_number, batch)
    return target_of(tx.session, d, kind, year)


def params_of(s: Session, batch_id: int) -> EvaluationParams:
    row = s.get(EvaluationRule, batch_id)
    if row is None:
        return DEFAULT_PARAMS
    return EvaluationParams(
        weight_unit=Decimal(row.weight_unit),
        weight_org=Decimal(row.weight_org),
        weight_township=Decimal(row.weight_township),
        weight_democratic=Decimal(row.weight_democratic),
        excellent_min=Decimal(row.excellent_min),
        competent_min=Decimal(row.competent_min),
        basic_min=Decimal(row.basic_min),
        excellent_ceiling=parse_share(row.excellent_ceiling),
        incompetent_vote_share=parse_share(row.incompetent_vote_share),
        min_valid_ballots=row.min_valid_ballots,
        ballots_per_place=row.ballots_per_place,
        points_excellent=row.points_excellent,
        points_competent=row.points_competent,
        points_basic=row.points_basic,
        points_incompetent=row.points_incompetent,
    )


def _dispatch(s: Session, dispatch_id: int) -> Dispatch:
    d = s.get(Dispatch, dispatch_id)
    if d is None:
        raise NotFound(f"派驻记录 {dispatch_id} 不存在")
    return d


def get_evaluation(s: Session, t: EvaluationTarget) -> Evaluation | None:
    return s.scalar(
        select(Evaluation).where(
            Evaluation.dispatch_id == t.dispatch_id, Evaluation.kind == t.kind, Evaluation.year == t.year
        )
    )


def ensure_evaluation(s: Session, t: EvaluationTarget) -> Evaluation:
    ev = get_evaluation(s, t)
    if ev is None:
        d = _dispatch(s, t.dispatch_id)
        if t.kind == TERM_END and d.status not in TO_THE_END:
            raise ValidationError(
                f"{d.cadre.name}的派驻状态为“{d.status}”，没有期满考核（期满考核只针对任期届满的干部）"
            )
        ev = Evaluation(dispatch_id=t.dispatch_id, kind=t.kind, year=t.year)
        s.add(ev)
        s.flush()
    return ev


def votes_of(ev: Evaluation) -> Votes | None:
    counts = (ev.votes_excellent, ev.votes_competent, ev.votes_basic, ev.votes_incompetent)
    if all(c is None for c in counts):
        return None
    return Votes.of_counts([c or 0 for c in counts])


def parts_of(ev: Evaluation) -> dict[str, PartyPart]:
    def grade(g: str | None) -> Grade | None:
        return Grade(g) if g else None

    return {
        "unit": PartyPart(_dec(ev.unit_score), grade(ev.unit_grade)),
        "org": PartyPart(_dec(ev.org_score), grade(ev.org_grade)),
        "township": PartyPart(_dec(ev.township_score), grade(ev.township_grade)),
    }


def _dec(v: Decimal | None) -> Decimal | None:
    return None if v is None else Decimal(v)


def outcome_of(ev: Evaluation | None, p: EvaluationParams) -> Outcome:
    if ev is None:
        return assess({}, None, p)
    votes = votes_of(ev)
    return assess(parts_of(ev), votes, p, democratic=_dec(ev.democratic_score) if votes is None else None)


def _editable(ev: Evaluation, what: str) -> None:
    if ev.grade is not None:
        raise ValidationError(
            f"{ev_label(ev)}已确定为“{ev.grade}”，不能再修改{what}；如确需修改，请先撤销等次",
            key="decided",
        )


def _check_version(ev: Evaluation, version: int | None) -> None:
    if version is not None and ev.version != version:
        raise Conflict(f"{ev_label(ev)}已被他人修改，请重新打开后再录入")


def ev_label(ev: Evaluation) -> str:
    """“王某的2026年期满考核”, for messages and the audit log."""
    s = object_session(ev)
    name = (
        s.scalar(
            select(Cadre.name)
            .join(Dispatch, Dispatch.cadre_id == Cadre.id)
            .where(Dispatch.id == ev.dispatch_id)
        )
        if s
        else ""
    )
    return f"{name}的{ev.year}年{ev.kind}"


def parse_score(value: object, what: str) -> Decimal | None:
    """A score as typed: 0–100, at most one decimal ("85", "85.5"); blank → None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        d = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise ValidationError(f"{what}应为 0 至 100 的数，不是“{value}”") from None
    if not d.is_finite() or not Decimal(0) <= d <= Decimal(100):
        raise ValidationError(f"{what}应为 0 至 100 的数，不是“{value}”")
    if d != d.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP):
        raise ValidationError(f"{what}最多保留一位小数：“{value}”")
    return d.quantize(Decimal("0.1"))


def parse_grade(value: str | None, what: str) -> str | None:
    if value is None or not str(value).strip():
        return None
    v = str(value).strip()
    try:
        return Grade(v).value
    except ValueError:
        raise ValidationError(f"{what}只能是 优秀、称职、基本称职、不称职，不是“{v}”") from None


# ============================================================================================ entering the parts


@dataclass(frozen=True)
class PartyForm:
    """One party's part: a score and/or a recommended grade, and the written opinion."""

    target: EvaluationTarget
    party: str  # unit | org | township
    score: Decimal | str | None = None
    grade: str | None = None
    opinion: str | None = None
    version: int | None = None


@dataclass(frozen=True)
class SavedPart:
    target: EvaluationTarget
    version: int
    outcome: Outcome


@command("evaluation.party")
def save_party(tx: Tx, form: PartyForm) -> SavedPart:
    """Enter or correct what the dispatching unit, the organization department or the township gave."""
    if form.party not in PARTIES:
        raise ValidationError(f"评价方只能是 {'、'.join(f'{k}（{v}）' for k, v in PARTIES.items())}")
    label = PARTIES[form.party]
    score = parse_score(form.score, f"{label}评分")
    grade = parse_grade(form.grade, f"{label}建议等次")
    opinion = (form.opinion or "").strip() or None
    s = tx.session
    ev = ensure_evaluation(s, form.target)
    _check_version(ev, form.version)
    _editable(ev, f"{label}的评价")
    old = (
        getattr(ev, f"{form.party}_score"),
        getattr(ev, f"{form.party}_grade"),
        getattr(ev, f"{form.party}_opinion"),
    )
    setattr(ev, f"{form.party}_score", score)
    setattr(ev, f"{form.party}_grade", grade)
    setattr(ev, f"{form.party}_opinion", opinion)
    s.flush()
    if old != (score, grade, opinion):
        tx.audit(
            entity="evaluation",
            entity_id=ev.id,
            detail=f"{ev_label(ev)} {label}：评分 {score if score is not None else '—'}，建议等次 {grade or '—'}，"
            f"意见 {len(opinion or '')} 字",
        )
    return SavedPart(
        form.target, ev.version, outcome_of(ev, params_of(s, _dispatch(s, ev.dispatch_id).batch_id))
    )


@command("evaluation.summary")
def save_summary(tx: Tx, target: EvaluationTarget, text: str, version: int | None = None) -> SavedPart:
    """The cadre's self-summary (个人总结), as handed in."""
    s = tx.session
    ev = ensure_evaluation(s, target)
    _check_version(ev, version)
    _editable(ev, "个人总结")
    new = text.strip() or None
    if new != ev.summary:
        ev.summary = new
        s.flush()
        tx.audit(entity="evaluation", entity_id=ev.id, detail=f"{ev_label(ev)} 个人总结 {len(new or '')} 字")
    return SavedPart(target, ev.version, outcome_of(ev, params_of(s, _dispatch(s, ev.dispatch_id).batch_id)))


@dataclass(frozen=True)
class DemocraticForm:
    """A democratic result counted on paper: valid votes per grade, or only a score."""

    target: EvaluationTarget
    votes: tuple[int, int, int, int] | None = None  # 优秀, 称职, 基本称职, 不称职
    score: Decimal | str | None = None
    version: int | None = None


@command("evaluation.democratic")
def save_democratic(tx: Tx, form: DemocraticForm) -> SavedPart:
    """Enter the democratic evaluation counted outside CadreDesk (ballots tallied here fill it themselves)."""
    s = tx.session
    ev = ensure_evaluation(s, form.target)
    _check_version(ev, form.version)
    _editable(ev, "民主测评结果")
    if ev.democratic_source == SOURCE_BALLOTS:
        raise ValidationError(
            f"{ev_label(ev)}的民主测评已按录入的测评票统计，不能再手工录入（如需更正，请更正或作废测评票）",
            key="ballots",
        )
    p = params_of(s, _dispatch(s, ev.dispatch_id).batch_id)
    if form.votes is not None:
        if len(form.votes) != 4 or any(
            not isinstance(v, int) or isinstance(v, bool) or v < 0 for v in form.votes
        ):
            raise ValidationError("民主测评票数应为四个不小于 0 的整数（优秀、称职、基本称职、不称职）")
        votes = Votes.of_counts(form.votes)
        if form.score not in (None, ""):
            raise ValidationError("已录入各等次票数时，测评得分由票数计算，不另行录入")
        ev.votes_excellent, ev.votes_competent, ev.votes_basic, ev.votes_incompetent = votes.as_tuple()
        ev.democratic_score = democratic_score(votes, p)
        detail = f"{votes.text()}，得分 {ev.democratic_score if ev.democratic_score is not None else '不足最少票数'}"
    else:
        score = parse_score(form.score, "民主测评得分")
        ev.votes_excellent = ev.votes_competent = ev.votes_basic = ev.votes_incompetent = None
        ev.democratic_score = score
        detail = f"得分 {score if score is not None else '（清除）'}"
    ev.democratic_source = (
        SOURCE_ENTERED if (form.votes is not None or ev.democratic_score is not None) else None
    )
    s.flush()
    tx.audit(
        entity="evaluation", entity_id=ev.id, detail=f"{ev_label(ev)} 民主测评（纸质计票录入）：{detail}"
    )
    return SavedPart(form.target, ev.version, outcome_of(ev, p))


# ============================================================================================ deciding


def _population(s: Session, batch: Batch, kind: str, year: int) -> int:
    """How many cadres the evaluation concerns (the base of the 优秀 share)."""
    with_rows = set(
        s.scalars(
            select(Evaluation.dispatch_id)
            .join(Dispatch, Dispatch.id == Evaluation.dispatch_id)
            .where(Dispatch.batch_id == batch.id, Evaluation.kind == kind, Evaluation.year == year)
        )
    )
    subject = select(Dispatch.id).where(Dispatch.batch_id == batch.id, Dispatch.status.in_(TO_THE_END))
    if kind == ANNUAL:
        subject = subject.where(Dispatch.start <= dt.date(year, 12, 31), Dispatch.end >= dt.date(year, 1, 1))
    return len(with_rows | set(s.scalars(subject)))


def _excellent_decided(s: Session, batch_id: int, kind: str, year: int, but: int | None = None) -> int:
    q = (
        select(func.count(Evaluation.id))
        .join(Dispatch, Dispatch.id == Evaluation.dispatch_id)
        .where(
            Dispatch.batch_id == batch_id,
            Evaluation.kind == kind,
            Evaluation.year == year,
            Evaluation.grade == Grade.EXCELLENT.value,
        )
    )
    if but is not None:
        q = q.where(Evaluation.id != but)
    return s.scalar(q) or 0


@dataclass(frozen=True)
class DecideForm:
    target: EvaluationTarget
    grade: str | None = None  # None: the grade the rules give
    reason: str = ""  # required when the grade differs from the rules' (or the parts are incomplete)
    version: int | None = None


@dataclass(frozen=True)
class Decision:
    target: EvaluationTarget
    name: str
    grade: str
    total: Decimal | None
    decided_on: dt.date
    consequence: str
    barred_until: dt.date | None
    note: str


@command("evaluation.decide")
def decide_grade(tx: Tx, form: DecideForm) -> Decision:
    """Decide one evaluation's grade (the organization department's conclusion).

    Without a grade, the rules' grade (all parts needed).  A grade other than the rules' needs a reason,
    recorded with the decision.  优秀 is refused beyond the batch's share.
    """
    s = tx.session
    d = _dispatch(s, form.target.dispatch_id)
    ev = ensure_evaluation(s, form.target)
    _check_version(ev, form.version)
    if ev.grade is not None:
        raise ValidationError(f"{ev_label(ev)}已确定为“{ev.grade}”；如需改定，请先撤销等次", key="decided")
    p = params_of(s, d.batch_id)
    out = outcome_of(ev, p)
    wanted = parse_grade(form.grade, "等次")
    reason = form.reason.strip()
    if wanted is None:
        if not out.complete:
            raise ValidationError(
                f"{ev_label(ev)}尚缺{'、'.join(out.missing)}，不能按规则确定等次；"
                "如需直接确定，请指明等次并说明理由",
                key="incomplete",
            )
        assert out.grade is not None
        wanted = out.grade.value
    elif (out.grade is None or wanted != out.grade.value) and not reason:
        computed = (
            f"按规则应为“{out.grade.value}”（综合得分 {out.total}）"
            if out.grade
            else f"尚缺{'、'.join(out.missing)}"
        )
        raise ValidationError(f"{ev_label(ev)}{computed}，确定为“{wanted}”须说明理由", key="reason")
    if wanted == Grade.EXCELLENT.value:
        population = _population(s, d.batch, form.target.kind, form.target.year)
        limit = excellent_limit(population, p)
        already = _excellent_decided(s, d.batch_id, form.target.kind, form.target.year, ev.id)
        if already + 1 > limit:
            raise ValidationError(
                f"“优秀”等次已确定 {already} 人，参加考核 {population} 人，按{share_text(p.excellent_ceiling)}的比例"
                f"最多 {limit} 人，{d.cadre.name}不能再确定为“优秀”",
                key="excellent-ceiling",
            )
    notes = [*out.reasons]
    if reason:
        notes.append(reason)
    _decide(ev, out, wanted, "；".join(notes) or None, tx.today(), tx.actor.username)
    s.flush()
    tx.audit(
        entity="evaluation",
        entity_id=ev.id,
        detail=f"{ev_label(ev)} 确定为“{wanted}”（综合得分 {out.total if out.total is not None else '—'}）"
        + (f"；{ev.grade_note}" if ev.grade_note else ""),
    )
    return _decision(form.target, d.cadre.name, ev)


def _decide(ev: Evaluation, out: Outcome, grade: str, note: str | None, today: dt.date, user: str) -> None:
    ev.grade = grade
    ev.total_score = out.total
    if out.democratic is not None and ev.democratic_source != SOURCE_ENTERED:
        ev.democratic_score = out.democratic
    ev.grade_note = note
    ev.decided_on = today
    ev.decided_by = user[:32]


def _decision(t: EvaluationTarget, name: str, ev: Evaluation) -> Decision:
    assert ev.grade is not None and ev.decided_on is not None
    until = (
        barred_until(ev.decided_on) if ev.kind == TERM_END and ev.grade == Grade.INCOMPETENT.value else None
    )
    return Decision(
        t,
        name,
        ev.grade,
        _dec(ev.total_score),
        ev.decided_on,
        consequence(ev.kind, ev.grade),
        until,
        ev.grade_note or "",
    )


@dataclass
class DecideReport:
    batch: str
    evaluation: str
    population: int
    limit: int
    decided: list[Decision] = field(default_factory=list)
    downgraded: list[str] = field(default_factory=list)  # names over the 优秀 share: 称职
    tied: list[str] = field(default_factory=list)  # tied at the cut: left for the clerk
    incomplete: list[str] = field(default_factory=list)  # "name：缺…"

    def to_json(self) -> dict[str, object]:
        return {
            "batch": self.batch,
            "evaluation": self.evaluation,
            "population": self.population,
            "excellent_limit": self.limit,
            "decided": [
                {
                    "name": d.name,
                    "grade": d.grade,
                    "total": str(d.total) if d.total is not None else None,
                    "note": d.note,
                }
                for d in self.decided
            ],
            "downgraded": self.downgraded,
            "tied": self.tied,
            "incomplete": self.incomplete,
        }


@command("evaluation.decide_all")
def decide_all(
    tx: Tx, batch: str | None = None, kind: str = TERM_END, year: int | None = None
) -> DecideReport:
    """Decide every complete, undecided evaluation of a batch by the rules, in one step.

    Totals in the 优秀 band compete for the places the share leaves (after those already decided), best
    total first (then the democratic score, then the organization department's); the rest become 称职
    with a note; candidates still tied at the cut are left undecided for the clerk.
    """
    s = tx.session
    b = batches.find(s, batch)
    kind = check_kind(kind)
    yr = evaluation_year(b, kind, year)
    p = params_of(s, b.id)
    population = _population(s, b, kind, yr)
    limit = excellent_limit(population, p)
    rows = s.execute(
        select(Evaluation, Cadre.name)
        .join(Dispatch, Dispatch.id == Evaluation.dispatch_id)
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .where(
            Dispatch.batch_id == b.id,
            Evaluation.kind == kind,
            Evaluation.year == yr,
            Evaluation.grade.is_(None),
        )
        .order_by(Cadre.name_strokes, Dispatch.id)
    ).all()
    report = DecideReport(b.name, f"{yr}年{kind}", population, limit)
    outcomes: dict[int, tuple[Evaluation, str, Outcome]] = {}
    for ev, name in rows:
        out = outcome_of(ev, p)
        if out.complete:
            outcomes[ev.id] = (ev, name, out)
        else:
            report.incomplete.append(f"{name}：缺{'、'.join(out.missing)}")
    if kind == TERM_END:
        for _did, name in s.execute(
            select(Dispatch.id, Cadre.name)
            .join(Cadre, Cadre.id == Dispatch.cadre_id)
            .where(
                Dispatch.batch_id == b.id,
                Dispatch.status.in_(TO_THE_END),
                Dispatch.id.not_in(
                    select(Evaluation.dispatch_id).where(Evaluation.kind == kind, Evaluation.year == yr)
                ),
            )
            .order_by(Cadre.name_strokes, Dispatch.id)
        ):
            report.incomplete.append(f"{name}：尚未录入任何考核内容")
    places = max(0, limit - _excellent_decided(s, b.id, kind, yr))
    candidates = [
        Candidate(
            ev.id, out.total or Decimal(0), out.democratic or Decimal(0), _dec(ev.org_score) or Decimal(0)
        )
        for ev, _n, out in outcomes.values()
        if out.grade == Grade.EXCELLENT
    ]
    cut = apply_ceiling(candidates, places)
    today, user = tx.today(), tx.actor.username
    for ev_id, (ev, name, out) in outcomes.items():
        grade = out.grade.value if out.grade else ""
        note = list(out.reasons)
        if ev_id in cut.tied:
            report.tied.append(name)
            continue
        if ev_id in cut.downgraded:
            grade = Grade.COMPETENT.value
            note.append(
                f"综合得分 {out.total} 达到优秀分数线，但超出优秀等次比例（{share_text(p.excellent_ceiling)}，最多 {limit} 人），按名次确定为称职"
            )
            report.downgraded.append(name)
        _decide(ev, out, grade, "；".join(note) or None, today, user)
        report.decided.append(_decision(EvaluationTarget(ev.dispatch_id, kind, yr), name, ev))
    if report.decided:
        s.flush()
        counts = Counter(d.grade for d in report.decided)
        tx.audit(
            entity="batch",
            entity_id=b.id,
            detail=f"{b.name} {yr}年{kind} 按规则确定等次 {len(report.decided)} 人（"
            + "、".join(f"{g.value} {counts.get(g.value, 0)}" for g in Grade)
            + f"）；超出优秀比例改为称职 {len(report.downgraded)} 人，并列待定 {len(report.tied)} 人",
        )
    return report


@command("evaluation.reopen")
def reopen_evaluation(tx: Tx, target: EvaluationTarget, reason: str) -> None:
    """Undo a decided grade (to correct a part, or decide again); the reason is audited."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("撤销已确定的等次须说明理由")
    s = tx.session
    ev = get_evaluation(s, target)
    if ev is None or ev.grade is None:
        raise ValidationError("该考核尚未确定等次，无需撤销")
    old = ev.grade
    ev.grade = None
    ev.decided_on = None
    ev.decided_by = None
    ev.grade_note = None
    s.flush()
    tx.audit(entity="evaluation", entity_id=ev.id, detail=f"{ev_label(ev)} 撤销等次“{old}”：{reason}")


# ============================================================================================ parameters


@dataclass(frozen=True)
class ParamsView:
    batch: str
    params: EvaluationParams
    is_default: bool
    version: int | None

    def to_json(self) -> dict[str, object]:
        return {
            "batch": self.batch,
            "default": self.is_default,
            "parameters": {label: value for label, value in self.params.describe()},
        }


#: parameter → (label, kind): "weight" (0–1 or a percentage), "score", "share", "count"
PARAM_FIELDS: dict[str, tuple[str, str]] = {
    "weight_unit": ("派出单位评分权重", "weight"),
    "weight_org": ("组织部评分权重", "weight"),
    "weight_township": ("乡镇评分权重", "weight"),
    "weight_democratic": ("民主评议权重", "weight"),
    "excellent_min": ("优秀分数线", "score"),
    "competent_min": ("称职分数线", "score"),
    "basic_min": ("基本称职分数线", "score"),
    "excellent_ceiling": ("优秀等次比例上限", "share"),
    "incompetent_vote_share": ("不称职票比例", "share"),
    "min_valid_ballots": ("每名干部最少有效票数", "count"),
    "ballots_per_place": ("每村印制测评票张数", "count"),
    "points_excellent": ("测评票优秀分值", "count"),
    "points_competent": ("测评票称职分值", "count"),
    "points_basic": ("测评票基本称职分值", "count"),
    "points_incompetent": ("测评票不称职分值", "count"),
}


def params_with(current: EvaluationParams, changes: dict[str, str]) -> EvaluationParams:
    """``current`` with parameters changed from text as typed ("30%", "0.3", "1/3", "10"); Chinese errors."""
    values: dict[str, object] = {}
    for key, text in changes.items():
        if key not in PARAM_FIELDS:
            raise ValidationError(f"没有名为“{key}”的考核参数（可用：{'、'.join(PARAM_FIELDS)}）")
        label, kind = PARAM_FIELDS[key]
        try:
            if kind in ("weight", "share"):
                share = parse_share(text)
                values[key] = (
                    share if kind == "share" else Decimal(share.numerator) / Decimal(share.denominator)
                )
            elif kind == "score":
                score = parse_score(text, label)
                if score is None:
                    raise ValueError
                values[key] = score
            else:
                values[key] = int(str(text).strip())
        except ValueError as exc:
            raise ValidationError(
                f"{label}（{key}）的值“{text}”无法识别{('：' + str(exc)) if str(exc) else ''}"
            ) from None
    return current.updated(**values)


def share_stored(share: Fraction) -> str:
    """A share as stored: a whole percentage where it is one ("20%"), else exact ("1/3")."""
    pct = share * 100
    return f"{pct.numerator}%" if pct.denominator == 1 else f"{share.numerator}/{share.denominator}"


@query
def evaluation_params(tx: Tx, batch: str | None = None) -> ParamsView:
    b = batches.find(tx.session, batch)
    row = tx.session.get(EvaluationRule, b.id)
    return ParamsView(b.name, params_of(tx.session, b.id), row is None, row.version if row else None)


@command("evaluation.params")
def save_params(
    tx: Tx, batch: str | None, params: EvaluationParams, version: int | None = None
) -> ParamsView:
    """Set a batch's evaluation parameters; refused once any grade of the batch is decided with others."""
    problems = params.problems()
    if problems:
        raise ValidationError("；".join(problems))
    s = tx.session
    b = batches.find(s, batch)
    row = s.get(EvaluationRule, b.id)
    if row is not None and version is not None and row.version != version:
        raise Conflict(f"批次“{b.name}”的考核参数已被他人修改，请重新打开")
    old = params_of(s, b.id)
    if old == params:
        return ParamsView(b.name, params, row is None, row.version if row else None)
    decided = s.scalar(
        select(func.count(Evaluation.id))
        .join(Dispatch, Dispatch.id == Evaluation.dispatch_id)
        .where(Dispatch.batch_id == b.id, Evaluation.grade.is_not(None))
    )
    if decided:
        raise ValidationError(
            f"批次“{b.name}”已有 {decided} 人确定了等次，考核参数不能再改（否则前后标准不一）；如确需修改，请先撤销这些等次",
            key="decided",
        )
    values = dict(
        weight_unit=params.weight_unit, weight_org=params.weight_org, weight_township=params.weight_township,
        weight_democratic=params.weight_democratic, excellent_min=params.excellent_min,
        competent_min=params.competent_min, basic_min=params.basic_min,
        excellent_ceiling=share_stored(params.excellent_ceiling),
        incompetent_vote_share=share_stored(params.incompetent_vote_share),
        min_valid_ballots=params.min_valid_ballots, ballots_per_place=params.ballots_per_place,
        points_excellent=params.points_excellent, points_competent=params.points_competent,
        points_basic=params.points_basic, points_incompetent=params.points_incompetent,
    )  # fmt: skip
    if row is None:
        row = EvaluationRule(batch_id=b.id, **values)
        s.add(row)
    else:
        for k, v in values.items():
            setattr(row, k, v)
    s.flush()
    changes = [
        f"{a}：{va}→{vb}"
        for (a, va), (_b, vb) in zip(old.describe(), params.describe(), strict=True)
        if va != vb
    ]
    tx.audit(entity="batch", entity_id=b.id, detail=f"{b.name} 考核参数：" + "；".join(changes))
    return ParamsView(b.name, params, False, row.version)


# ============================================================================================ what evaluators see


@dataclass(frozen=True)
class AttendanceSummary:
    """Days recorded in the dispatch's attendance, and the batch's yearly requirement pro rata."""

    in_post: int  # 在岗 + 公出 + 培训 (the marks that count in post)
    duty: int
    training: int
    leave: int
    absent: int
    rest: int
    required: int
    min_days_month: int
    covered_days: int

    @property
    def ok(self) -> bool:
        return self.in_post >= self.required

    def text(self) -> str:
        if not (self.in_post or self.leave or self.absent or self.rest):
            return "无考勤记录"
        return (
            f"驻村期间在岗 {self.in_post} 天（含公出 {self.duty} 天、培训 {self.training} 天），请假 {self.leave} 天，"
            f"缺勤 {self.absent} 天；按派驻时间应不少于 {self.required} 天（每月一般不少于 {self.min_days_month} 天），"
            + ("达到要求。" if self.ok else f"差 {self.required - self.in_post} 天。")
        )


def attendance_summary(counts: dict[str, int], d: Dispatch, b: Batch, today: dt.date) -> AttendanceSummary:
    """Counts of the dispatch's attendance marks and the yearly requirement pro rata to the days covered.

    The on-post area (issue 10) owns the compliance rule (holidays, months); point this at its services
    once merged.  Here: ``min_days_year`` × days covered ÷ 365, rounded half up.
    """
    in_post = duty = training = leave = absent = rest = 0
    for mark, n in counts.items():
        try:
            m = AttendanceMark(mark)
        except ValueError:
            continue
        if m.counts_in_post:
            in_post += n
        if m is AttendanceMark.DUTY:
            duty += n
        elif m is AttendanceMark.TRAINING:
            training += n
        elif m is AttendanceMark.REST:
            rest += n
        elif m is AttendanceMark.ABSENT:
            absent += n
        elif not m.counts_in_post:
            leave += n
    last = min(d.end, today)
    covered = max(0, (last - d.start).days + 1)
    required = int(
        (Decimal(b.min_days_year) * min(covered, 365) / 365).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    )
    return AttendanceSummary(
        in_post, duty, training, leave, absent, rest, required, b.min_days_month, covered
    )


@dataclass(frozen=True)
class TrainingLine:
    session: str
    start: dt.date
    end: dt.date
    organizer: str
    hours: Decimal
    completed: bool

    def text(self) -> str:
        when = f"{self.start.year}年{self.start.month}月"
        org = f"（{self.organizer}）" if self.organizer else ""
        hours = format(self.hours.normalize(), "f")
        return f"{when} {self.session}{org}，{hours} 学时，{'已结业' if self.completed else '未结业'}"


@dataclass(frozen=True)
class MentoringSummary:
    mentors: tuple[str, ...]  # "张三（黄河口镇党委书记）"
    activities: int
    by_kind: tuple[tuple[str, int], ...]

    def text(self) -> str:
        if not self.mentors:
            return ""
        kinds = "、".join(f"{k} {n} 次" for k, n in self.by_kind)
        return (
            f"帮带人：{'、'.join(self.mentors)}；帮带活动 {self.activities} 次"
            + (f"（{kinds}）" if kinds else "")
            + "。"
        )


@dataclass(frozen=True)
class PerformanceLine:
    day: dt.date
    content: str
    score: Decimal | None


@dataclass(frozen=True)
class EvaluatorPanel:
    """What an evaluator sees beside the form: the cadre's record in the batch."""

    dispatch_id: int
    name: str
    id_number: str
    unit: str
    township: str
    place: str
    role: str
    start: dt.date
    end: dt.date
    status: str
    attendance: AttendanceSummary
    training: tuple[TrainingLine, ...]
    mentoring: MentoringSummary
    achievements: tuple[PerformanceLine, ...]
    negatives: tuple[PerformanceLine, ...]
    #: an earlier end-of-term 不称职 still barring promotion (decided on, until)
    barred: tuple[dt.date, dt.date] | None = None


def panels_for(s: Session, dispatches: Sequence[Dispatch], today: dt.date) -> dict[int, EvaluatorPanel]:
    """The side-panel facts of many dispatches at once (a handful of grouped queries, for printing a batch)."""
    if not dispatches:
        return {}
    ids = [d.id for d in dispatches]
    cadre_ids = {d.cadre_id for d in dispatches}
    marks: dict[int, dict[str, int]] = defaultdict(dict)
    trainings: dict[int, list[TrainingLine]] = {}
    mentors: dict[int, list[str]] = defaultdict(list)
    activities: dict[int, Counter[str]] = defaultdict(Counter)
    perf: dict[tuple[int, int | None], list[tuple[str, PerformanceLine]]] = defaultdict(list)
    for chunk in _chunks(ids):
        for did, mark, n in s.execute(
            select(Attendance.dispatch_id, Attendance.mark, func.count())
            .where(Attendance.dispatch_id.in_(chunk))
            .group_by(Attendance.dispatch_id, Attendance.mark)
        ):
            marks[did][mark] = n
        for did, name, post in s.execute(
            select(MentorPair.dispatch_id, Mentor.name, Mentor.post)
            .join(Mentor, Mentor.id == MentorPair.mentor_id)
            .where(MentorPair.dispatch_id.in_(chunk))
            .order_by(MentorPair.id)
        ):
            mentors[did].append(f"{name}（{post}）" if post else name)
        for did, kind in s.execute(
            select(MentorPair.dispatch_id, MentorActivity.form)
            .join(MentorActivity, MentorActivity.pair_id == MentorPair.id)
            .where(MentorPair.dispatch_id.in_(chunk))
        ):
            activities[did][kind] += 1
    trainings.update(_training_lines(s, dispatches))
    for chunk in _chunks(sorted(cadre_ids)):
        for pcid, pbid, kind, day, content, score in s.execute(
            select(PerformanceEntry.cadre_id, PerformanceEntry.batch_id, PerformanceEntry.kind, PerformanceEntry.day,
                   PerformanceEntry.content, PerformanceEntry.score)
            .where(PerformanceEntry.cadre_id.in_(chunk))
            .order_by(PerformanceEntry.day, PerformanceEntry.id)
        ):  # fmt: skip
            perf[(pcid, pbid)].append((kind, PerformanceLine(day, content, score)))
    bars = _promotion_bars(s, cadre_ids, today)
    out: dict[int, EvaluatorPanel] = {}
    for d in dispatches:
        cadre, b = d.cadre, d.batch
        kinds = activities.get(d.id, Counter())
        entries = perf.get((d.cadre_id, d.batch_id), [])
        unit = d.unit or cadre.unit
        bar = next(((dec, until) for did, dec, until in bars.get(d.cadre_id, []) if did != d.id), None)
        out[d.id] = EvaluatorPanel(
            d.id, cadre.name, cadre.id_number, unit.name if unit is not None else "",
            d.township.name if d.township else "", d.place.name if d.place else "", d.role, d.start, d.end,
            d.status, attendance_summary(marks.get(d.id, {}), d, b, today),
            tuple(trainings.get(d.id, [])),
            MentoringSummary(
                tuple(mentors.get(d.id, [])), sum(kinds.values()),
                tuple(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
            ),
            tuple(e for k, e in entries if k == PerformanceKind.ACHIEVEMENT.value),
            tuple(e for k, e in entries if k == PerformanceKind.NEGATIVE.value),
            bar,
        )  # fmt: skip
    return out


#: the training marks whose course counts (attended or made up)
COUNTING_MARKS = frozenset(m.value for m in TrainingMark if m.counts)


def _training_lines(s: Session, dispatches: Sequence[Dispatch]) -> dict[int, list[TrainingLine]]:
    """Per dispatch, one line per training class it took part in: the hours of the courses attended or
    made up in that class, and whether the batch's completion rule is met (``core.training``)."""
    by_batch: dict[int, list[Dispatch]] = defaultdict(list)
    for d in dispatches:
        by_batch[d.batch_id].append(d)
    out: dict[int, list[TrainingLine]] = {}
    for members in by_batch.values():
        batch = members[0].batch
        facts = training_facts(s, batch, [d.id for d in members])
        sessions = {
            t.id: t for t in s.scalars(select(TrainingSession).where(TrainingSession.batch_id == batch.id))
        }
        for d in members:
            marks = facts.marks.get(d.id, {})
            enrolled = facts.enrolled.get(d.id, set())
            done = completion(facts.rule, facts.required_hours, facts.courses, enrolled, marks).complete
            taken = set(enrolled) | {c.session_id for c in facts.courses if c.id in marks}
            lines = []
            for sid in sorted(taken, key=lambda i: (sessions[i].start, i)):
                t = sessions[sid]
                hours = sum(
                    (
                        c.hours
                        for c in facts.courses
                        if c.session_id == sid and marks.get(c.id) in COUNTING_MARKS
                    ),
                    Decimal(0),
                )
                lines.append(TrainingLine(t.name, t.start, t.end or t.start, t.organizer or "", hours, done))
            out[d.id] = lines
    return out


def _chunks(ids: Sequence[int], size: int = 500) -> list[Sequence[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _promotion_bars(
    s: Session, cadre_ids: set[int], today: dt.date
) -> dict[int, list[tuple[int, dt.date, dt.date]]]:
    """Running promotion bars per cadre: (dispatch id, decided on, last day)."""
    out: dict[int, list[tuple[int, dt.date, dt.date]]] = defaultdict(list)
    for chunk in _chunks(sorted(cadre_ids)):
        for cid, did, decided in s.execute(
            select(Dispatch.cadre_id, Dispatch.id, Evaluation.decided_on)
            .join(Evaluation, Evaluation.dispatch_id == Dispatch.id)
            .where(
                Dispatch.cadre_id.in_(chunk),
                Evaluation.kind == TERM_END,
                Evaluation.grade == Grade.INCOMPETENT.value,
                Evaluation.decided_on.is_not(None),
            )
        ):
            if decided is None:
                continue
            until = barred_until(decided)
            if decided <= today <= until:
                out[cid].append((did, decided, until))
    return out


def panel_of(s: Session, d: Dispatch, today: dt.date) -> EvaluatorPanel:
    return panels_for(s, [d], today)[d.id]


@query
def evaluator_panel(tx: Tx, dispatch_id: int) -> EvaluatorPanel:
    """The side panel of the evaluation page: attendance, training, mentoring, achievements, negatives."""
    return panel_of(tx.session, _dispatch(tx.session, dispatch_id), tx.today())


# ============================================================================================ listing


@dataclass(frozen=True)
class EvaluationRow:
    """One line of the evaluation list (GUI page, ``evaluation list``)."""

    dispatch_id: int
    kind: str
    year: int
    name: str
    id_number: str
    unit: str
    township: str
    place: str
    role: str
    status: str
    unit_part: str  # "88.0" / "称职" / ""
    org_part: str
    township_part: str
    votes: Votes | None
    democratic: Decimal | None
    democratic_source: str
    total: Decimal | None  # by the rules, now
    proposed: str  # the rules' grade ("" while incomplete)
    missing: tuple[str, ...]
    grade: str  # decided ("" not yet)
    decided_on: dt.date | None
    consequence: str
    barred_until: dt.date | None
    note: str
    due: bool
    version: int | None

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "id_number": self.id_number,
            "unit": self.unit,
            "township": self.township,
            "place": self.place,
            "role": self.role,
            "kind": self.kind,
            "year": self.year,
            "unit_part": self.unit_part,
            "org_part": self.org_part,
            "township_part": self.township_part,
            "votes": list(self.votes.as_tuple()) if self.votes else None,
            "democratic": str(self.democratic) if self.democratic is not None else None,
            "total": str(self.total) if self.total is not None else None,
            "proposed": self.proposed,
            "missing": list(self.missing),
            "grade": self.grade,
            "decided_on": self.decided_on.isoformat() if self.decided_on else None,
            "consequence": self.consequence,
            "barred_until": self.barred_until.isoformat() if self.barred_until else None,
            "note": self.note,
            "due": self.due,
        }


def _part_text(score: Decimal | None, grade: str | None) -> str:
    if score is not None:
        return f"{Decimal(score):.1f}"
    return grade or ""


def evaluation_rows(s: Session, b: Batch, kind: str, year: int, today: dt.date) -> list[EvaluationRow]:
    p = params_of(s, b.id)
    du, cu = aliased(Unit), aliased(Unit)
    stmt = (
        select(Dispatch, Cadre, du.name, cu.name, Township.name, Place.name, Evaluation)
        .join(Cadre, Cadre.id == Dispatch.cadre_id)
        .outerjoin(du, du.id == Dispatch.unit_id)
        .outerjoin(cu, cu.id == Cadre.unit_id)
        .outerjoin(Township, Township.id == Dispatch.township_id)
        .outerjoin(Place, Place.id == Dispatch.place_id)
        .outerjoin(
            Evaluation,
            (Evaluation.dispatch_id == Dispatch.id) & (Evaluation.kind == kind) & (Evaluation.year == year),
        )
        .where(Dispatch.batch_id == b.id)
        .order_by(
            Township.sort_order, Township.name, Place.sort_order, Place.name, Cadre.name_strokes, Dispatch.id
        )
    )
    if kind == TERM_END:
        stmt = stmt.where(Dispatch.status.in_(TO_THE_END) | Evaluation.id.is_not(None))
    else:
        stmt = stmt.where(
            (
                Dispatch.status.in_(TO_THE_END)
                & (Dispatch.start <= dt.date(year, 12, 31))
                & (Dispatch.end >= dt.date(year, 1, 1))
            )
            | Evaluation.id.is_not(None)
        )
    out: list[EvaluationRow] = []
    for d, c, dunit, cunit, tname, pname, ev in s.execute(stmt).all():
        o = outcome_of(ev, p)
        grade = ev.grade if ev is not None and ev.grade else ""
        until = (
            barred_until(ev.decided_on)
            if ev is not None and ev.decided_on and grade == Grade.INCOMPETENT.value and kind == TERM_END
            else None
        )
        out.append(
            EvaluationRow(
                d.id, kind, year, c.name, c.id_number, dunit or cunit or "", tname or "", pname or "", d.role, d.status,
                _part_text(ev.unit_score, ev.unit_grade) if ev else "",
                _part_text(ev.org_score, ev.org_grade) if ev else "",
                _part_text(ev.township_score, ev.township_grade) if ev else "",
                votes_of(ev) if ev else None, o.democratic, (ev.democratic_source or "") if ev else "",
                o.total, o.grade.value if o.grade else "", o.missing, grade, ev.decided_on if ev else None,
                consequence(kind, grade or None), until, (ev.grade_note or "") if ev else "",
                kind == TERM_END and term_end_due(b, d.status, today), ev.version if ev else None,
            )
        )  # fmt: skip
    return out


@query
def list_evaluations(
    tx: Tx, batch: str | None = None, kind: str = TERM_END, year: int | None = None
) -> list[EvaluationRow]:
    """Every cadre an evaluation concerns, with the parts entered, the rules' total and grade, the decision."""
    b = batches.find(tx.session, batch)
    kind = check_kind(kind)
    return evaluation_rows(tx.session, b, kind, evaluation_year(b, kind, year), tx.today())


@dataclass(frozen=True)
class EvaluationSheet:
    """Everything the evaluation page edits and shows for one cadre."""

    target: EvaluationTarget
    batch: str
    params: EvaluationParams
    row: EvaluationRow
    summary: str
    opinions: dict[str, str]  # party → opinion
    scores: dict[str, Decimal | None]
    grades: dict[str, str]
    panel: EvaluatorPanel
    outcome: Outcome


@query
def evaluation_sheet(tx: Tx, target: EvaluationTarget) -> EvaluationSheet:
    s = tx.session
    d = _dispatch(s, target.dispatch_id)
    b = d.batch
    rows = [r for r in evaluation_rows(s, b, target.kind, target.year, tx.today()) if r.dispatch_id == d.id]
    if not rows:
        raise NotFound(f"{d.cadre.name}没有{target.year}年{target.kind}")
    ev = get_evaluation(s, target)
    p = params_of(s, b.id)
    return EvaluationSheet(
        target,
        b.name,
        p,
        rows[0],
        (ev.summary or "") if ev else "",
        {k: (getattr(ev, f"{k}_opinion") or "") if ev else "" for k in PARTIES},
        {k: _dec(getattr(ev, f"{k}_score")) if ev else None for k in PARTIES},
        {k: (getattr(ev, f"{k}_grade") or "") if ev else "" for k in PARTIES},
        panel_of(s, d, tx.today()),
        outcome_of(ev, p),
    )


# ============================================================================================ rule facts


def evaluation_facts(s: Session, b: Batch, today: dt.date) -> rules.EvaluationFacts:
    """Facts for ``core.rules.evaluation`` (registered in ``services.checks.AREAS``)."""
    from cadredesk.services.ballots import sample_facts
    from cadredesk.services.checks import batch_facts

    p = params_of(s, b.id)
    year = b.end.year
    decided = dict(
        s.execute(
            select(Evaluation.dispatch_id, Evaluation.grade).where(
                Evaluation.kind == TERM_END, Evaluation.year == year, Evaluation.dispatch_id.in_(
                    select(Dispatch.id).where(Dispatch.batch_id == b.id))
            )
        ).all()
    )  # fmt: skip
    due = [
        rules.DueFact(did, name, idn, f"{tname or ''}{pname or ''}", decided.get(did))
        for did, name, idn, status, tname, pname in s.execute(
            select(Dispatch.id, Cadre.name, Cadre.id_number, Dispatch.status, Township.name, Place.name)
            .join(Cadre, Cadre.id == Dispatch.cadre_id)
            .outerjoin(Township, Township.id == Dispatch.township_id)
            .outerjoin(Place, Place.id == Dispatch.place_id)
            .where(Dispatch.batch_id == b.id)
            .order_by(Township.sort_order, Township.name, Place.sort_order, Cadre.name_strokes, Dispatch.id)
        ).all()
        if term_end_due(b, status, today)
    ]
    per_eval: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
    for kind, yr, grade in s.execute(
        select(Evaluation.kind, Evaluation.year, Evaluation.grade)
        .join(Dispatch, Dispatch.id == Evaluation.dispatch_id)
        .where(Dispatch.batch_id == b.id, Evaluation.grade.is_not(None))
    ):
        per_eval[(kind, yr)][grade or ""] += 1
    shares = [
        rules.ShareFact(f"{yr}年{kind}", _population(s, b, kind, yr), grades.get(Grade.EXCELLENT.value, 0))
        for (kind, yr), grades in sorted(per_eval.items())
    ]
    return rules.EvaluationFacts(batch_facts(b), p, due, sample_facts(s, b), shares)


__all__: Sequence[str] = (
    "DecideForm",
    "DemocraticForm",
    "EvaluationTarget",
    "PartyForm",
    "decide_all",
    "decide_grade",
    "evaluation_params",
    "evaluation_sheet",
    "evaluator_panel",
    "list_evaluations",
    "locate",
    "reopen_evaluation",
    "save_democratic",
    "save_params",
    "save_party",
    "save_summary",
)
