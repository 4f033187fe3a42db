"""``print signin``: the training sign-in sheets of a batch, a class or a course (registered in
``services.printing.PRINTERS``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from cadredesk.core.models import TrainingSession, TrainingTrainee
from cadredesk.errors import UserError
from cadredesk.services import batches
from cadredesk.services.batch_people import people_of
from cadredesk.services.context import Tx, command
from cadredesk.services.training import course_titled, session_named

if TYPE_CHECKING:
    from cadredesk.io.pdf.signin import SigninSheet
    from cadredesk.services.printing import PrintRequest, PrintResult


def signin_sheets(tx: Tx, req: PrintRequest) -> tuple[str, list[SigninSheet]]:
    """(batch name, sheets): every class of the batch, or the one named; each class as one sheet, or
    one sheet per course (``req.by_course``), or only ``req.course``."""
    from cadredesk.io.pdf.signin import SigninRow, SigninSheet

    s = tx.session
    b = batches.find(s, req.batch)
    if req.session:
        sessions = [session_named(s, b, req.session)]
    else:
        sessions = list(
            s.scalars(
                select(TrainingSession)
                .where(TrainingSession.batch_id == b.id)
                .order_by(TrainingSession.start, TrainingSession.id)
            )
        )
        if not sessions:
            raise UserError(f"批次“{b.name}”还没有培训班，没有可打印的签到表", key="empty")
        if req.course and len(sessions) > 1:
            raise UserError(
                f"批次“{b.name}”有 {len(sessions)} 个培训班，按课程打印时请用 --session 指定培训班",
                key="ambiguous",
            )
    sheets: list[SigninSheet] = []
    for ts in sessions:
        trainees = list(
            s.scalars(select(TrainingTrainee.dispatch_id).where(TrainingTrainee.session_id == ts.id))
        )
        rows = tuple(
            SigninRow(p.name, p.unit, p.township, p.place) for p in people_of(s, b.id, trainees).values()
        )
        common = dict(
            session=ts.name, start=ts.start, end=ts.end, location=ts.location or "", organizer=ts.organizer or "",
            rows=rows,
        )  # fmt: skip
        if req.course:
            courses = [course_titled(s, ts, req.course)]
        elif req.by_course:
            courses = list(ts.courses)
            if not courses:
                raise UserError(f"培训班“{ts.name}”还没有课程，不能按课程打印", key="empty")
        else:
            sheets.append(SigninSheet(**common))  # type: ignore[arg-type]
            continue
        for c in courses:
            hours = f"{c.hours.normalize():f}"
            sheets.append(
                SigninSheet(**common, course=c.title, lecturer=c.lecturer or "", day=c.day, hours=hours)  # type: ignore[arg-type]
            )
    return b.name, sheets


@command("print.signin")
def print_signin(tx: Tx, req: PrintRequest) -> PrintResult:
    """The sign-in sheets (A4 portrait) of the batch's classes (``--session``: one class; ``--course``:
    one course; ``--by-course``: a sheet per course)."""
    from cadredesk.io.pdf.signin import render_signin, signin_data_hash
    from cadredesk.services.printing import PrintResult, page_count, print_meta

    batch_name, sheets = signin_sheets(tx, req)
    meta = print_meta(
        tx, sheets[0].title if len(sheets) == 1 else f"{batch_name}岗前培训签到表", signin_data_hash(sheets)
    )
    warnings = render_signin(sheets, meta=meta, out=req.out)
    people = sum(len(x.rows) for x in sheets)
    tx.audit(
        entity="training_session",
        detail=f"{batch_name} 签到表 {len(sheets)} 张 {people} 人次 {meta.data_hash} → {req.out.name}",
    )
    return PrintResult(req.out, page_count(req.out), list(warnings))
