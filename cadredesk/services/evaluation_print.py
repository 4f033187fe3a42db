"""Printing the evaluation area's paper forms: 期满考核登记表, 基层工作经历证明, 民主测评票.

Each form's layout is a file under forms/print/ (drawn by ``cadredesk.io.pdf.forms``); this module
gathers the records — exactly the database's values, blank where nothing is recorded — checks the file
against the fields it provides, renders, and audits the print.  ``preview_*`` render the same bytes in
memory for the GUI's print preview without writing anything (ballots: with the serial numbers the print
would give them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from cadredesk.assets import form_text
from cadredesk.core.enums import DispatchStatus, Grade
from cadredesk.core.evaluation import (
    barred_until,
    cn_date,
    cn_month,
    consequence,
    format_serial,
    make_serial,
    span_text,
)
from cadredesk.core.models import Ballot, Batch, Cadre, Dispatch, Evaluation, Place, Township
from cadredesk.errors import UserError, ValidationError
from cadredesk.io.pdf.base import short_hash
from cadredesk.io.pdf.forms import FormSpec, load_form, render_form, render_form_bytes
from cadredesk.services import batches
from cadredesk.services.ballots import (
    ROLE_ORDER,
    BallotCadre,
    PlaceBallots,
    ballot_places,
    evaluation_title,
    issue_ballots,
    next_number,
)
from cadredesk.services.context import Tx, command, query
from cadredesk.services.evaluation import (
    ANNUAL,
    SERVED,
    TERM_END,
    TO_THE_END,
    EvaluatorPanel,
    find_dispatch,
    org_dept_of,
    outcome_of,
    panels_for,
    params_of,
    term_end_due,
    votes_of,
)
from cadredesk.services.settings import organization_of

if TYPE_CHECKING:  # services.printing lists these printers: imported lazily both ways
    from cadredesk.services.printing import PrintRequest, PrintResult

#: the fields each form file may use (forms/print/README.md describes them)
PERSON_FIELDS = (
    "name", "gender", "birth_month", "ethnicity", "political_status", "education", "party_join", "work_start",
    "id_number", "phone", "unit", "post", "unit_post", "rank", "township", "place", "place_full", "role",
    "start_cn", "end_cn", "period", "duration", "status", "batch", "organization", "org_dept", "year",
)  # fmt: skip
EVALUATION_FIELDS = (
    *PERSON_FIELDS, "evaluation", "summary", "attendance", "training", "mentoring", "achievements", "negatives",
    "democratic", "unit_score", "unit_grade", "unit_opinion", "township_score", "township_grade",
    "township_opinion", "org_score", "org_grade", "org_opinion", "total", "grade", "decided_on", "consequence",
)  # fmt: skip
EXPERIENCE_FIELDS = (*PERSON_FIELDS, "number", "grade", "outcome", "result_clause", "remark")
BALLOT_FIELDS = (
    "serial",
    "township",
    "place",
    "place_full",
    "evaluation",
    "batch",
    "organization",
    "year",
    "cadres",
)
BALLOT_ITEM_FIELDS = ("seq", "name", "role")

FORMS: dict[str, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {
    "evaluation": (EVALUATION_FIELDS, {}),
    "experience": (EXPERIENCE_FIELDS, {}),
    "ballot": (BALLOT_FIELDS, {"cadres": BALLOT_ITEM_FIELDS}),
}


def form_spec(name: str) -> FormSpec:
    """Load and check forms/print/<name>.toml against the fields this module provides."""
    fields, lists = FORMS[name]
    source = f"forms/print/{name}.toml"
    try:
        text = form_text(f"print/{name}.toml")
    except (FileNotFoundError, OSError) as exc:
        raise UserError(f"找不到打印格式文件 {source}（{exc}），请重新安装程序", key="bad-form") from None
    return load_form(text, source, fields=fields, list_fields=lists)


# ============================================================================================ records


def _person(d: Dispatch, b: Batch, organization: str, panel: EvaluatorPanel | None = None) -> dict[str, Any]:
    c = d.cadre
    unit = d.unit or c.unit
    unit_name = unit.name if unit is not None else ""
    township = d.township.name if d.township else ""
    place = d.place.name if d.place else ""
    education = "、".join(x for x in (c.education, c.degree) if x)
    return {
        "name": c.name,
        "gender": c.gender,
        "birth_month": cn_month(c.birth_date),
        "ethnicity": c.ethnicity,
        "political_status": c.political_status or "",
        "education": education,
        "party_join": cn_month(c.party_join_date),
        "work_start": cn_month(c.work_start_date),
        "id_number": c.id_number,
        "phone": c.phone or "",
        "unit": unit_name,
        "post": c.post or "",
        "unit_post": f"{unit_name}{c.post or ''}",
        "rank": c.rank or "",
        "township": township,
        "place": place,
        "place_full": f"{township}{place}",
        "role": d.role,
        "start_cn": cn_date(d.start),
        "end_cn": cn_date(d.end),
        "period": f"{cn_date(d.start)}至{cn_date(d.end)}",
        "duration": span_text(d.start, d.end),
        "status": d.status,
        "batch": b.name,
        "organization": organization,
        "org_dept": org_dept_of(b.level),
        "year": str(b.end.year),
    }


def _numbered(lines: Sequence[str]) -> str:
    return "\n".join(f"{k}. {line}" for k, line in enumerate(lines, start=1))


def _ballot_counts(
    s: Session, dispatches: Sequence[Dispatch], kind: str, year: int
) -> dict[int, tuple[int, int, int]]:
    """Per dispatch: ballots issued for its place, returned (tallied, not void), void."""
    if not dispatches:
        return {}
    batch_id = dispatches[0].batch_id
    per_place = {
        pid: (int(issued), int(returned or 0), int(voided or 0))
        for pid, issued, returned, voided in s.execute(
            select(
                Ballot.place_id,
                func.count(Ballot.id),
                func.sum(case(((Ballot.tallied_at.is_not(None)) & (Ballot.void.is_(False)), 1), else_=0)),
                func.sum(case((Ballot.void.is_(True), 1), else_=0)),
            )
            .where(Ballot.batch_id == batch_id, Ballot.kind == kind, Ballot.year == year)
            .group_by(Ballot.place_id)
        )
    }
    return {d.id: per_place[d.place_id] for d in dispatches if d.place_id in per_place}


def democratic_text(ev: Evaluation | None, counts: tuple[int, int, int] | None, p_min: int) -> str:
    if ev is None:
        return ""
    votes = votes_of(ev)
    parts: list[str] = []
    if counts and ev.democratic_source == "测评票":
        issued, returned, void = counts
        parts.append(
            f"印制测评票 {issued} 张，收回 {returned + void} 张" + (f"（其中作废 {void} 张）" if void else "")
        )
    if votes is not None:
        parts.append(f"对该同志有效票 {votes.valid} 张：{votes.text()}")
        if ev.democratic_score is not None:
            parts.append(f"测评得分 {ev.democratic_score} 分")
        else:
            parts.append(f"有效票少于 {p_min} 张，民主测评结果不成立")
    elif ev.democratic_score is not None:
        parts.append(f"测评得分 {ev.democratic_score} 分")
    if ev.democratic_source == "录入" and parts:
        parts.append("（纸质计票结果录入）")
    return "；".join(parts) + ("。" if parts else "")


def evaluation_records(
    s: Session, b: Batch, dispatches: Sequence[Dispatch], today: dt.date, organization: str
) -> list[dict[str, Any]]:
    """The 期满考核登记表 records: one per dispatch."""
    year = b.end.year
    p = params_of(s, b.id)
    panels = panels_for(s, dispatches, today)
    evs = {
        ev.dispatch_id: ev
        for ev in s.scalars(
            select(Evaluation).where(
                Evaluation.dispatch_id.in_([d.id for d in dispatches]),
                Evaluation.kind == TERM_END,
                Evaluation.year == year,
            )
        )
    }
    counts = _ballot_counts(s, dispatches, TERM_END, year)
    records = []
    for d in dispatches:
        panel = panels[d.id]
        ev = evs.get(d.id)
        rec = _person(d, b, organization, panel)
        out = outcome_of(ev, p) if ev is not None else None
        negatives = [f"{e.content}（{e.day:%Y-%m-%d}）" for e in panel.negatives]
        rec.update(
            evaluation=evaluation_title(b, TERM_END, year),
            summary=(ev.summary or "") if ev else "",
            attendance=panel.attendance.text(),
            training="\n".join(t.text() for t in panel.training),
            mentoring=panel.mentoring.text(),
            achievements=_numbered([f"{e.content}（{e.day:%Y-%m-%d}）" for e in panel.achievements]),
            negatives=_numbered(negatives) if negatives else "无",
            democratic=democratic_text(ev, counts.get(d.id), p.min_valid_ballots),
        )
        for party in ("unit", "township", "org"):
            score = getattr(ev, f"{party}_score") if ev else None
            rec[f"{party}_score"] = f"{score:.1f}" if score is not None else ""
            rec[f"{party}_grade"] = (getattr(ev, f"{party}_grade") or "") if ev else ""
            rec[f"{party}_opinion"] = (getattr(ev, f"{party}_opinion") or "") if ev else ""
        grade = (ev.grade or "") if ev else ""
        total = ev.total_score if ev is not None and ev.grade else (out.total if out else None)
        rec["grade"] = grade
        rec["total"] = f"{total:.1f}" if total is not None else ""
        rec["decided_on"] = cn_date(ev.decided_on) if ev and ev.decided_on else ""
        notes = []
        if grade:
            what = consequence(TERM_END, grade)
            if what:
                notes.append(
                    f"考核{grade}的，{what}"
                    + (f"（至 {cn_date(_until(ev))}）" if grade == Grade.INCOMPETENT.value and ev else "")
                    + "。"
                )
            if ev and ev.grade_note:
                notes.append(ev.grade_note)
        rec["consequence"] = "\n".join(notes)
        records.append(rec)
    return records


def _until(ev: Evaluation) -> dt.date | None:
    return barred_until(ev.decided_on) if ev.decided_on else None


def experience_records(
    s: Session, b: Batch, dispatches: Sequence[Dispatch], organization: str
) -> list[dict[str, Any]]:
    grades = dict(
        s.execute(
            select(Evaluation.dispatch_id, Evaluation.grade).where(
                Evaluation.dispatch_id.in_([d.id for d in dispatches]),
                Evaluation.kind == TERM_END,
                Evaluation.year == b.end.year,
            )
        ).all()
    )
    out = []
    for d in dispatches:
        rec = _person(d, b, organization)
        grade = grades.get(d.id) or ""
        if d.status in (DispatchStatus.RECALLED.value, DispatchStatus.ROTATED.value):
            outcome = d.status
            clause = (
                f"，{cn_date(d.end)}{'召回' if d.status == DispatchStatus.RECALLED.value else '轮换离岗'}"
            )
        else:
            outcome = "期满"
            clause = f"，期满考核等次为“{grade}”" if grade else ""
        rec.update(
            number=f"{b.end.year}-{d.id:05d}",
            grade=grade,
            outcome=outcome,
            result_clause=clause,
            remark="",
        )
        out.append(rec)
    return out


# ============================================================================================ which dispatches


def _ordered(s: Session, stmt: Any) -> list[Dispatch]:
    """Dispatches by township and place, then role (第一书记 first) and 姓氏笔画 within each place."""
    rows = list(
        s.scalars(
            stmt.join(Cadre, Cadre.id == Dispatch.cadre_id)
            .outerjoin(Township, Township.id == Dispatch.township_id)
            .outerjoin(Place, Place.id == Dispatch.place_id)
            .order_by(
                Township.sort_order,
                Township.name,
                Place.sort_order,
                Place.name,
                Cadre.name_strokes,
                Dispatch.id,
            )
            .options(
                selectinload(Dispatch.cadre).selectinload(Cadre.unit),
                selectinload(Dispatch.unit),
                selectinload(Dispatch.township),
                selectinload(Dispatch.place),
                selectinload(Dispatch.batch),
            )
        )
    )
    first: dict[int | None, int] = {}
    for k, d in enumerate(rows):
        first.setdefault(d.place_id, k)
    return sorted(rows, key=lambda d: (first[d.place_id], ROLE_ORDER.get(d.role, 9)))  # stable: strokes kept


def _evaluation_dispatches(s: Session, b: Batch, cadre: str | None) -> list[Dispatch]:
    if cadre:
        d = find_dispatch(s, cadre, b.name)
        if d.status not in TO_THE_END:
            raise ValidationError(
                f"{d.cadre.name}的派驻状态为“{d.status}”，没有期满考核登记表（只对任期届满的干部）"
            )
        return [d]
    found = _ordered(s, select(Dispatch).where(Dispatch.batch_id == b.id, Dispatch.status.in_(TO_THE_END)))
    if not found:
        raise UserError(f"批次“{b.name}”没有在岗或期满的干部，没有期满考核登记表可打印", key="empty")
    return found


def _experience_dispatches(
    s: Session, b: Batch, cadre: str | None, today: dt.date
) -> tuple[list[Dispatch], list[str]]:
    def ended(d: Dispatch) -> bool:
        return d.status in (DispatchStatus.RECALLED.value, DispatchStatus.ROTATED.value) or term_end_due(
            b, d.status, today
        )

    if cadre:
        d = find_dispatch(s, cadre, b.name)
        if d.status not in SERVED:
            raise ValidationError(f"{d.cadre.name}的派驻状态为“{d.status}”，尚未到岗，没有基层工作经历可证明")
        if not ended(d):
            raise ValidationError(
                f"{d.cadre.name}仍在派驻期内（至 {d.end}），基层工作经历证明在派驻结束后出具", key="not-ended"
            )
        return [d], []
    all_served = _ordered(s, select(Dispatch).where(Dispatch.batch_id == b.id, Dispatch.status.in_(SERVED)))
    found = [d for d in all_served if ended(d)]
    warnings = []
    if len(found) < len(all_served):
        warnings.append(f"{len(all_served) - len(found)} 名干部仍在派驻期内，未打印其基层工作经历证明")
    if not found:
        raise UserError(
            f"批次“{b.name}”还没有派驻结束的干部（批次至 {b.end}），基层工作经历证明在派驻结束后出具",
            key="empty",
        )
    return found, warnings


# ============================================================================================ commands


def _progress(tx: Tx, what: str) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:  # the clerk's cancel raises here: no file is written
        tx.progress.report(done, total, f"正在生成{what}（{done}/{total}）")

    return report


def _evaluation_job(tx: Tx, req: PrintRequest) -> tuple[FormSpec, list[dict[str, Any]], Batch, list[str]]:
    s = tx.session
    spec = form_spec("evaluation")
    b = batches.find(s, req.batch)
    ds = _evaluation_dispatches(s, b, req.cadre)
    return spec, evaluation_records(s, b, ds, tx.today(), organization_of(s)), b, []


@command("print.evaluation")
def print_evaluation(tx: Tx, req: PrintRequest) -> PrintResult:
    """期满考核登记表 for one cadre (``req.cadre``) or every cadre of the batch, one file."""
    from cadredesk.services.printing import PrintResult, page_count, print_meta

    spec, records, b, warnings = _evaluation_job(tx, req)
    meta = print_meta(tx, f"{b.name} 期满考核登记表", short_hash(records))
    warnings += render_form(
        spec, records, meta=meta, out=req.out, subject="期满考核登记表", report=_progress(tx, "考核登记表")
    )
    tx.audit(
        entity="batch",
        entity_id=b.id,
        detail=f"{b.name} 期满考核登记表 {len(records)}人 {meta.data_hash} → {req.out.name}",
    )
    return PrintResult(req.out, page_count(req.out), warnings)


def _experience_job(tx: Tx, req: PrintRequest) -> tuple[FormSpec, list[dict[str, Any]], Batch, list[str]]:
    s = tx.session
    spec = form_spec("experience")
    b = batches.find(s, req.batch)
    ds, warnings = _experience_dispatches(s, b, req.cadre, tx.today())
    return spec, experience_records(s, b, ds, organization_of(s)), b, warnings


@command("print.experience")
def print_experience(tx: Tx, req: PrintRequest) -> PrintResult:
    """基层工作经历证明 for the personnel file: one cadre, or every cadre whose service in the batch ended."""
    from cadredesk.services.printing import PrintResult, page_count, print_meta

    spec, records, b, warnings = _experience_job(tx, req)
    meta = print_meta(tx, f"{b.name} 基层工作经历证明", short_hash(records))
    warnings += render_form(
        spec, records, meta=meta, out=req.out, subject="基层工作经历证明", report=_progress(tx, "经历证明")
    )
    tx.audit(
        entity="batch",
        entity_id=b.id,
        detail=f"{b.name} 基层工作经历证明 {len(records)}人 {meta.data_hash} → {req.out.name}",
    )
    return PrintResult(req.out, page_count(req.out), warnings)


@dataclass(frozen=True)
class _BallotPlan:
    batch: Batch
    kind: str
    year: int
    copies: int
    records: list[dict[str, Any]]


def _ballot_plan(
    tx: Tx, req: PrintRequest, serials: Callable[[Batch, str, int, int], list[Any]]
) -> _BallotPlan:
    s = tx.session
    b = batches.find(s, req.batch)
    kind = ANNUAL if req.year else TERM_END
    year = req.year or b.end.year
    if kind == ANNUAL and not b.start.year <= year <= b.end.year:
        raise ValidationError(f"批次“{b.name}”（{b.start} 至 {b.end}）没有 {year} 年的年度考核")
    copies = req.copies or params_of(s, b.id).ballots_per_place
    organization = organization_of(s)
    title = evaluation_title(b, kind, year)
    records = []
    for pb in serials(b, kind, year, copies):
        for serial in pb.serials:
            records.append(
                dict(
                    serial=format_serial(serial), township=pb.township, place=pb.place,
                    place_full=f"{pb.township}{pb.place}", evaluation=title, batch=b.name, organization=organization,
                    year=str(year),
                    cadres=[dict(seq=str(c.position), name=c.name, role=c.role) for c in pb.cadres],
                )
            )  # fmt: skip
    return _BallotPlan(b, kind, year, copies, records)


@command("print.ballots")
def print_ballots(tx: Tx, req: PrintRequest) -> PrintResult:
    """Blank 民主测评票 for every place of the batch (or ``req.place``), ``req.copies`` each (default: the
    batch's parameter), each with a new serial number recorded for the tally."""
    from cadredesk.services.printing import PrintResult, page_count, print_meta

    spec = form_spec("ballot")
    s = tx.session
    today = tx.today()

    def issue(b: Batch, kind: str, year: int, copies: int) -> list[Any]:
        return issue_ballots(s, b, kind, year, copies, req.place, today)

    plan = _ballot_plan(tx, req, issue)
    meta = print_meta(tx, f"{plan.batch.name} 民主测评票", short_hash(plan.records))
    warnings = render_form(
        spec, plan.records, meta=meta, out=req.out, subject="民主测评票", report=_progress(tx, "测评票")
    )
    first, last = plan.records[0]["serial"], plan.records[-1]["serial"]
    places = len({r["place_full"] for r in plan.records})
    tx.audit(
        entity="batch",
        entity_id=plan.batch.id,
        detail=f"{plan.batch.name} {plan.year}年{plan.kind}民主测评票 {places} 个派驻点 × {plan.copies} 张，"
        f"编号 {first} 至 {last} → {req.out.name}",
    )
    return PrintResult(req.out, page_count(req.out), warnings)


# ============================================================================================ previews


@dataclass(frozen=True)
class Preview:
    pdf: bytes
    warnings: list[str]
    records: int


@query
def preview_evaluation(tx: Tx, req: PrintRequest) -> Preview:
    from cadredesk.services.printing import print_meta

    spec, records, b, warnings = _evaluation_job(tx, req)
    pdf, w = render_form_bytes(
        spec, records, meta=print_meta(tx, f"{b.name} 期满考核登记表", short_hash(records))
    )
    return Preview(pdf, warnings + w, len(records))


@query
def preview_experience(tx: Tx, req: PrintRequest) -> Preview:
    from cadredesk.services.printing import print_meta

    spec, records, b, warnings = _experience_job(tx, req)
    pdf, w = render_form_bytes(
        spec, records, meta=print_meta(tx, f"{b.name} 基层工作经历证明", short_hash(records))
    )
    return Preview(pdf, warnings + w, len(records))


@query
def preview_ballots(tx: Tx, req: PrintRequest) -> Preview:
    """The ballots as ``print_ballots`` would print them now (the serials it would give), nothing recorded."""
    from cadredesk.services.printing import print_meta

    s = tx.session
    spec = form_spec("ballot")

    def plan(b: Batch, kind: str, year: int, copies: int) -> list[Any]:
        n = next_number(s, tx.today().year)
        out = []
        for p, tname, members in ballot_places(s, b, kind, year, req.place):
            cadres = tuple(BallotCadre(k, d.id, c.name, d.role) for k, (d, c) in enumerate(members, start=1))
            out.append(
                PlaceBallots(
                    p.id,
                    tname,
                    p.name,
                    cadres,
                    tuple(make_serial(tx.today().year, n + k) for k in range(copies)),
                )
            )
            n += copies
        if not out:
            raise ValidationError(f"批次“{b.name}”没有需要民主测评的干部（在岗或期满）", key="empty")
        return out

    bp = _ballot_plan(tx, req, plan)
    meta = print_meta(tx, f"{bp.batch.name} 民主测评票", short_hash(bp.records))
    pdf, w = render_form_bytes(spec, bp.records, meta=meta)
    return Preview(pdf, w, len(bp.records))


__all__ = [
    "Preview",
    "form_spec",
    "preview_ballots",
    "preview_evaluation",
    "preview_experience",
    "print_ballots",
    "print_evaluation",
    "print_experience",
]
