"""Printed outputs: gather the data, render the PDF atomically, audit the print.

``KINDS`` lists what this version can print; the CLI's ``print`` and the GUI offer exactly these.
Each kind is a command registered in ``PRINTERS`` (an area adds its own).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cadredesk.core.dto import PrintMeta
from cadredesk.core.security import Permission
from cadredesk.errors import UserError
from cadredesk.services import (
    batches,
    evaluation_print,
    mentoring_print,
    onpost_print,
    roster,
    training_print,
)
from cadredesk.services.context import Context, Tx, command, query
from cadredesk.services.settings import organization_of


@dataclass
class PrintResult:
    path: Path
    pages: int
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PrintRequest:
    """What the faces ask for (CLI.md: ``print KIND --out F [--batch NAME] [--cadre ID] [--order O]``)."""

    out: Path
    batch: str | None = None
    cadre: str | None = None
    order: str = "township"
    session: str | None = None  # signin: one class of the batch
    course: str | None = None  # signin: one course of the class
    by_course: bool = False  # signin: a sheet per course
    place: str | None = None  # ballots: one place (村名 or 乡镇村名)
    copies: int | None = None  # ballots: how many per place (default: the batch's evaluation parameter)
    year: int | None = None  # ballots: for that year's annual evaluation (default: the end-of-term one)


def page_count(path: Path) -> int:
    data = path.read_bytes()
    return max(1, data.count(b"/Type /Page") - data.count(b"/Type /Pages"))


def print_meta(tx: Tx, title: str, data_hash: str) -> PrintMeta:
    """The footer facts: who printed, the organization, when, what data.  The clerk is named only when
    logged in to an account (never the PC's OS login: on a shared office PC it names nobody)."""
    return PrintMeta(
        title=title,
        user=tx.actor.label if tx.actor.authenticated else "",
        printed_at=dt.datetime.now().replace(microsecond=0),
        data_hash=data_hash,
        organization=organization_of(tx.session),
    )


@command("print.roster", permission=Permission.EXPORT)
def print_roster(tx: Tx, req: PrintRequest) -> PrintResult:
    from cadredesk.io.pdf.roster import render_roster, roster_data_hash, roster_title

    b = batches.find(tx.session, req.batch)
    lines = roster.roster_lines(tx.session, b, req.order)
    if not lines:
        raise UserError(f"批次“{b.name}”的名单为空，没有可打印的内容", key="empty")
    meta = print_meta(tx, roster_title(b.name), roster_data_hash(lines, batch_name=b.name, order=req.order))

    def report(done: int, total: int) -> None:  # the clerk's cancel raises here: no file is written
        tx.progress.report(done, total, f"正在生成第 {done} 页（共 {total} 页）")

    warnings = render_roster(lines, batch_name=b.name, order=req.order, meta=meta, out=req.out, report=report)
    tx.audit(
        entity="batch", entity_id=b.id, detail=f"{b.name} {len(lines)}人 {meta.data_hash} → {req.out.name}"
    )
    return PrintResult(req.out, page_count(req.out), list(warnings))


#: kind → the command that prints it; the CLI's ``print`` choices and the GUI's print list
PRINTERS: dict[str, Callable[[Context, PrintRequest], PrintResult]] = {
    "roster": print_roster,
    "signin": training_print.print_signin,
    "pairs": mentoring_print.print_pairs,
    "summary": onpost_print.print_summary,
    "problems": onpost_print.print_problems,
    "ballots": evaluation_print.print_ballots,
    "evaluation": evaluation_print.print_evaluation,
    "experience": evaluation_print.print_experience,
}
KINDS = tuple(PRINTERS)

#: what each kind is called on screen
LABELS = {
    "roster": "选派名单",
    "signin": "培训签到表",
    "pairs": "传帮带结对表",
    "summary": "情况统计",
    "problems": "问题台账",
    "ballots": "民主测评票",
    "evaluation": "期满考核登记表",
    "experience": "基层工作经历证明",
}


def print_document(ctx: Context, kind: str, req: PrintRequest) -> PrintResult:
    printer = PRINTERS.get(kind)
    if printer is None:
        raise UserError(f"本版本不能打印“{kind}”，可打印：{'、'.join(KINDS)}", key="usage")
    return printer(ctx, req)


# ============================================================================ what the GUI's print page offers

#: the options each kind takes (the print page shows only these); every kind takes ``batch``
OPTIONS: dict[str, tuple[str, ...]] = {
    "roster": ("order",),
    "signin": ("session", "course", "by_course"),
    "ballots": ("place", "copies", "year"),
    "evaluation": ("cadre", "each"),
    "experience": ("cadre", "each"),
}
#: kinds whose printing records something besides the audit line, with the unrecorded preview
#: (the ballots' serial numbers are issued when printed: the preview shows the ones they would get)
PREVIEWS: dict[str, Callable[[Context, PrintRequest], object]] = {
    "ballots": evaluation_print.preview_ballots,
    "evaluation": evaluation_print.preview_evaluation,
    "experience": evaluation_print.preview_experience,
}


@dataclass(frozen=True)
class ChoiceCadre:
    id_number: str
    name: str
    place: str  # 乡镇村, for the clerk to tell namesakes apart


@dataclass(frozen=True)
class PrintChoices:
    """The print page's lists for one batch: its classes and courses, ballot places, cadres."""

    batch: str
    sessions: list[tuple[str, list[str]]]  # class name, its course titles
    places: list[str]  # 乡镇村 of the places with cadres to evaluate
    evaluation_cadres: list[ChoiceCadre]  # on post or at the end of their term
    experience_cadres: list[ChoiceCadre]  # served
    ballots_per_place: int
    years: list[int]  # the batch's calendar years (annual evaluations)


@query
def print_choices(tx: Tx, batch: str | None = None) -> PrintChoices:
    from sqlalchemy import select

    from cadredesk.core.models import Cadre, Dispatch, Place, Township, TrainingCourse, TrainingSession
    from cadredesk.services.ballots import ballot_places
    from cadredesk.services.evaluation import SERVED, TERM_END, TO_THE_END, params_of

    s = tx.session
    b = batches.find(s, batch)
    sessions = []
    for ts in s.scalars(
        select(TrainingSession)
        .where(TrainingSession.batch_id == b.id)
        .order_by(TrainingSession.start, TrainingSession.id)
    ):
        titles = s.scalars(
            select(TrainingCourse.title)
            .where(TrainingCourse.session_id == ts.id)
            .order_by(TrainingCourse.day, TrainingCourse.id)
        )
        sessions.append((ts.name, list(dict.fromkeys(titles))))
    places = [f"{t}{p.name}" for p, t, _members in ballot_places(s, b, TERM_END, b.end.year)]

    def cadres(statuses: tuple[str, ...]) -> list[ChoiceCadre]:
        rows = s.execute(
            select(Cadre.id_number, Cadre.name, Township.name, Place.name)
            .join(Dispatch, Dispatch.cadre_id == Cadre.id)
            .outerjoin(Township, Township.id == Dispatch.township_id)
            .outerjoin(Place, Place.id == Dispatch.place_id)
            .where(Dispatch.batch_id == b.id, Dispatch.status.in_(statuses))
            .order_by(Township.sort_order, Township.name, Place.sort_order, Place.name, Cadre.name_strokes)
        ).all()
        return [ChoiceCadre(i, n, f"{t or ''}{p or ''}") for i, n, t, p in rows]

    return PrintChoices(
        batch=b.name,
        sessions=sessions,
        places=places,
        evaluation_cadres=cadres(tuple(TO_THE_END)),
        experience_cadres=cadres(tuple(SERVED)),
        ballots_per_place=params_of(s, b.id).ballots_per_place,
        years=list(range(b.start.year, b.end.year + 1)),
    )
