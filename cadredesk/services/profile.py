"""A cadre's profile (干部档案): everything the office knows of one cadre, for the profile dialog that
opens from any list — every dispatch with its status history, training, attendance summary and
evaluations (with the grade's consequence in the seed's words)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from cadredesk.core.audit import mask_id
from cadredesk.core.enums import AttendanceMark, Grade
from cadredesk.core.models import (
    Attendance,
    Batch,
    Cadre,
    Dispatch,
    DispatchEvent,
    Evaluation,
    Place,
    Team,
    Township,
    Unit,
    WorkGroup,
)
from cadredesk.errors import NotFound
from cadredesk.services.cadre_summary import TrainingMentoringSummary, summaries_of
from cadredesk.services.context import Tx, query


@dataclass(frozen=True)
class StatusStep:
    at: dt.datetime
    from_status: str
    to_status: str
    reason: str
    user: str


@dataclass(frozen=True)
class EvaluationLine:
    kind: str
    year: int
    grade: str
    total_score: Decimal | None
    decided_on: dt.date | None
    consequence: str  # in the seed's words ("" where the seed says nothing)


@dataclass(frozen=True)
class AttendanceSummary:
    """Days recorded for a dispatch, by mark; ``in_post`` counts 在岗, 出差/公务 and 培训 days."""

    days: dict[str, int]
    first: dt.date | None
    last: dt.date | None

    @property
    def in_post(self) -> int:
        return sum(n for mark, n in self.days.items() if AttendanceMark(mark).counts_in_post)

    @property
    def recorded(self) -> int:
        return sum(self.days.values())


@dataclass(frozen=True)
class DispatchHistory:
    id: int
    batch: str
    batch_closed_on: dt.date | None
    unit: str
    township: str
    place: str
    role: str
    status: str
    status_reason: str
    start: dt.date
    end: dt.date
    team: str
    work_group: str
    insurance_expiry: dt.date | None
    party_transfer_date: dt.date | None
    steps: list[StatusStep]
    attendance: AttendanceSummary
    evaluations: list[EvaluationLine]


@dataclass(frozen=True)
class CadreProfile:
    id: int
    name: str
    gender: str
    ethnicity: str
    id_number: str
    birth_date: dt.date
    political_status: str
    education: str
    unit: str
    post: str
    rank: str
    is_reserve: bool
    has_grassroots_exp: bool
    phone: str
    dispatches: list[DispatchHistory] = field(default_factory=list)
    #: training and mentoring per dispatch (the batch's completion rule; the mentor and activities)
    training: list[TrainingMentoringSummary] = field(default_factory=list)

    @property
    def masked_id(self) -> str:
        return mask_id(self.id_number)

    def to_json(self) -> dict[str, object]:
        def plain(value: object) -> object:
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, list):
                return [plain(v) for v in value]
            if isinstance(value, dt.date):
                return value.isoformat()
            if isinstance(value, Decimal):
                return float(value)
            return value

        out = plain(asdict(self))
        assert isinstance(out, dict)
        for d, src in zip(out["dispatches"], self.dispatches, strict=True):
            d["attendance"]["in_post"] = src.attendance.in_post
        return out

    def lines(self) -> list[str]:
        """The profile as text (the command line's ``cadre profile``)."""
        out = [
            f"{self.name}　{self.gender}　{self.ethnicity}　{self.birth_date:%Y.%m}生　{self.masked_id}",
            f"{self.unit}{self.post}" + (f"（{self.rank}）" if self.rank else "")
            + ("　后备干部" if self.is_reserve else "") + ("　有基层工作经历" if self.has_grassroots_exp else ""),
        ]  # fmt: skip
        for d in self.dispatches:
            out.append(
                f"■ {d.batch}：{d.township}{d.place} {d.role}，{d.start}至{d.end}，{d.status}"
                + (f"（{d.status_reason}）" if d.status_reason else "")
            )
            for step in d.steps:
                reason = f"（{step.reason}）" if step.reason else ""
                out.append(f"    {step.at:%Y-%m-%d} {step.from_status or '—'}→{step.to_status}{reason}")
            if d.attendance.recorded:
                out.append(f"    考勤：记录 {d.attendance.recorded} 天，在岗 {d.attendance.in_post} 天")
            for e in d.evaluations:
                extra = f"，{e.consequence}" if e.consequence else ""
                out.append(f"    {e.year}年{e.kind}：{e.grade or '未定等次'}{extra}")
        for t in self.training:
            out.append(f"■ {t.batch}：{t.text}")
        return out


@query
def cadre_profile(tx: Tx, cadre_id: int) -> CadreProfile:
    """Everything about one cadre (see the module doc), dispatches newest first."""
    s = tx.session
    row = s.execute(
        select(Cadre, Unit.name).outerjoin(Unit, Unit.id == Cadre.unit_id).where(Cadre.id == cadre_id)
    ).first()
    if row is None:
        raise NotFound(f"干部记录 {cadre_id} 不存在")
    c, unit = row
    du = aliased(Unit)
    dispatch_rows = list(
        s.execute(
            select(
                Dispatch,
                Batch.name,
                Batch.closed_on,
                du.name,
                Township.name,
                Place.name,
                Team.name,
                WorkGroup.name,
            )
            .join(Batch, Batch.id == Dispatch.batch_id)
            .outerjoin(du, du.id == Dispatch.unit_id)
            .outerjoin(Township, Township.id == Dispatch.township_id)
            .outerjoin(Place, Place.id == Dispatch.place_id)
            .outerjoin(Team, Team.id == Dispatch.team_id)
            .outerjoin(WorkGroup, WorkGroup.id == Dispatch.work_group_id)
            .where(Dispatch.cadre_id == cadre_id)
            .order_by(Batch.start.desc(), Dispatch.start.desc(), Dispatch.id.desc())
        )
    )
    ids = [d.id for d, *_rest in dispatch_rows]
    steps: dict[int, list[StatusStep]] = defaultdict(list)
    marks: dict[int, Counter[str]] = defaultdict(Counter)
    spans: dict[int, tuple[dt.date | None, dt.date | None]] = {}
    evals: dict[int, list[EvaluationLine]] = defaultdict(list)
    if ids:
        for e in s.scalars(
            select(DispatchEvent).where(DispatchEvent.dispatch_id.in_(ids)).order_by(DispatchEvent.id)
        ):
            steps[e.dispatch_id].append(
                StatusStep(e.at, e.from_status or "", e.to_status, e.reason or "", e.user or "")
            )
        for did, mark, n in s.execute(
            select(Attendance.dispatch_id, Attendance.mark, func.count())
            .where(Attendance.dispatch_id.in_(ids))
            .group_by(Attendance.dispatch_id, Attendance.mark)
        ):
            marks[did][mark] = n
        for did, first, last in s.execute(
            select(Attendance.dispatch_id, func.min(Attendance.day), func.max(Attendance.day))
            .where(Attendance.dispatch_id.in_(ids))
            .group_by(Attendance.dispatch_id)
        ):
            spans[did] = (first, last)
        for ev in s.scalars(
            select(Evaluation).where(Evaluation.dispatch_id.in_(ids)).order_by(Evaluation.year, Evaluation.id)
        ):
            grade = ev.grade or ""
            consequence = Grade(grade).consequence if grade in {g.value for g in Grade} else ""
            evals[ev.dispatch_id].append(
                EvaluationLine(ev.kind, ev.year, grade, ev.total_score, ev.decided_on, consequence)
            )
    dispatches = [
        DispatchHistory(
            d.id, bname, closed, dunit or unit or "", tname or "", pname or "", d.role, d.status, d.status_reason or "",
            d.start, d.end, team or "", group or "", d.insurance_expiry, d.party_transfer_date, steps.get(d.id, []),
            AttendanceSummary(dict(marks.get(d.id, Counter())), *spans.get(d.id, (None, None))), evals.get(d.id, []),
        )
        for d, bname, closed, dunit, tname, pname, team, group in dispatch_rows
    ]  # fmt: skip
    training = [
        summary
        for batch in s.scalars(
            select(Batch)
            .where(Batch.id.in_(select(Dispatch.batch_id).where(Dispatch.cadre_id == cadre_id)))
            .order_by(Batch.start.desc())
        )
        for summary in summaries_of(s, batch, [d.id for d, *_rest in dispatch_rows if d.batch_id == batch.id])
    ]
    return CadreProfile(
        c.id, c.name, c.gender, c.ethnicity, c.id_number, c.birth_date, c.political_status or "",
        c.education or "", unit or "", c.post or "", c.rank or "", c.is_reserve, c.has_grassroots_exp,
        c.phone or "", dispatches, training,
    )  # fmt: skip
