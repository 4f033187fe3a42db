"""Pre-deployment training (岗前培训): classes, courses, trainees, attendance, completion.

Every action a clerk takes is one command here (one transaction, one audit entry when something
changed); the 培训 page and ``cadredesk-cli training …`` call the same functions.  Whether a cadre
has completed the training is never stored: ``training_facts`` reads a batch's classes, lists and
marks, and ``core.training.completion`` judges them — for the 在岗 gate (``dispatch_completion``,
used by ``services.assignment``), the ``training-incomplete`` rule (``services.checks``) and the lists.

What the page needs:
- tables: ``list_sessions`` (classes of a batch), ``list_courses`` (courses of a class),
  ``attendance_grid`` (trainees × courses with each cell's mark and each trainee's completion),
  ``completion_list`` (every cadre of the batch with hours, courses and status), ``enrol_choices``;
- dialogs: ``get_session``/``SessionForm`` + ``create_session``/``update_session``/``delete_session``;
  ``get_course``/``CourseForm`` + ``save_course``/``delete_course``; ``enrol``/``unenrol``;
- the grid: ``set_marks`` (any number of cells at once, one audit entry), ``mark_course`` (a whole
  course present for everyone not yet marked), ``set_mark`` (one cell);
- the batch's rule: ``training_rule_of``/``set_training_rule``; Excel: ``export_training``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from cadredesk.core.enums import (
    ACTIVE_STATUSES,
    TRAINING_EXPORTS,
    TRAINING_TOPICS,
    TrainingMark,
    TrainingRule,
)
from cadredesk.core.models import (
    Batch,
    Dispatch,
    TrainingAttendance,
    TrainingCourse,
    TrainingSession,
    TrainingTrainee,
)
from cadredesk.core.training import Completion, CourseFact, TrainingFacts
from cadredesk.errors import Conflict, NotFound, UserError, ValidationError
from cadredesk.services import batches
from cadredesk.services.batch_people import ENDED, Person, people_of
from cadredesk.services.context import Tx, command, query

__all__ = [
    "MARKS",
    "TOPICS",
    "Completion",
    "CompletionRow",
    "CourseForm",
    "CourseRow",
    "Grid",
    "GridRow",
    "MarkChange",
    "SessionForm",
    "SessionRow",
    "TrainingRuleRow",
]

#: the marks a cell can take (None clears it)
MARKS = tuple(m.value for m in TrainingMark)
TOPICS = TRAINING_TOPICS
RULES = tuple(r.value for r in TrainingRule)
_HOURS_MAX = Decimal("99.9")


# --------------------------------------------------------------------------- plain data


@dataclass(frozen=True)
class SessionForm:
    """Every editable field of a class; ``id``/``version`` are None for a new one."""

    batch_id: int
    name: str
    start: dt.date
    end: dt.date
    location: str = ""
    organizer: str = ""
    note: str = ""
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class SessionRow:
    id: int
    batch_id: int
    name: str
    start: dt.date
    end: dt.date
    location: str
    organizer: str
    courses: int
    hours: Decimal  # hours of all its courses
    required_hours: Decimal  # hours of its required courses
    trainees: int
    complete: int  # trainees who completed the training (the batch's rule)

    @property
    def dates(self) -> str:
        return (
            f"{self.start:%Y-%m-%d}"
            if self.start == self.end
            else f"{self.start:%Y-%m-%d} 至 {self.end:%Y-%m-%d}"
        )

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name, "start": self.start.isoformat(), "end": self.end.isoformat(),
            "location": self.location, "organizer": self.organizer, "courses": self.courses,
            "hours": float(self.hours), "trainees": self.trainees, "complete": self.complete,
        }  # fmt: skip


@dataclass(frozen=True)
class CourseForm:
    session_id: int
    title: str
    day: dt.date
    hours: Decimal
    lecturer: str = ""
    topic: str = ""
    required: bool = True
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class CourseRow:
    id: int
    session_id: int
    title: str
    lecturer: str
    topic: str
    day: dt.date
    hours: Decimal
    required: bool
    counts: dict[str, int] = field(default_factory=dict)  # mark → trainees; "" → not yet marked

    @property
    def kind(self) -> str:
        return "必修" if self.required else "选修"

    def to_json(self) -> dict[str, object]:
        return {
            "title": self.title, "lecturer": self.lecturer, "topic": self.topic, "day": self.day.isoformat(),
            "hours": float(self.hours), "required": self.required, "marks": dict(self.counts),
        }  # fmt: skip


@dataclass(frozen=True)
class GridRow:
    """One trainee of a class: the mark at each course (aligned with ``Grid.courses``) and completion."""

    dispatch_id: int
    cadre_id: int
    name: str
    id_number: str
    unit: str
    township: str
    place: str
    status: str
    marks: tuple[str | None, ...]
    completion: Completion


@dataclass(frozen=True)
class Grid:
    session: SessionRow
    courses: list[CourseRow]
    rows: list[GridRow]


@dataclass(frozen=True)
class MarkChange:
    """One grid cell: ``mark`` a TrainingMark value, or None to clear the cell."""

    course_id: int
    dispatch_id: int
    mark: str | None
    note: str | None = None


@dataclass(frozen=True)
class CompletionRow:
    """A cadre of the batch and where the training stands (the completion list, ``training status``)."""

    dispatch_id: int
    cadre_id: int
    name: str
    id_number: str
    unit: str
    township: str
    place: str
    status: str
    sessions: tuple[str, ...]
    completion: Completion

    def to_json(self) -> dict[str, object]:
        c = self.completion
        return {
            "name": self.name, "id_number": self.id_number, "unit": self.unit, "township": self.township,
            "place": self.place, "status": self.status, "sessions": list(self.sessions),
            "hours": float(c.hours), "courses": c.courses, "required_done": c.required_done,
            "required_total": c.required_total, "complete": c.complete, "training": c.status, "detail": c.detail,
        }  # fmt: skip


@dataclass(frozen=True)
class TrainingRuleRow:
    batch_id: int
    batch: str
    required: bool  # training_required: the 在岗 gate is on
    rule: str
    hours: int

    @property
    def text(self) -> str:
        if not self.required:
            return "本批次上岗前不要求完成岗前培训"
        if self.rule == TrainingRule.HOURS.value:
            return f"参加或补课的学时累计不少于 {self.hours} 学时"
        return "所在培训班的全部必修课均出席或补课"


# --------------------------------------------------------------------------- helpers (caller's transaction)


def _session(s: Session, session_id: int) -> TrainingSession:
    found = s.get(TrainingSession, session_id)
    if found is None:
        raise NotFound(f"培训班 {session_id} 不存在")
    return found


def _course(s: Session, course_id: int) -> TrainingCourse:
    found = s.get(TrainingCourse, course_id)
    if found is None:
        raise NotFound(f"课程 {course_id} 不存在")
    return found


def _batch(s: Session, batch_id: int) -> Batch:
    found = s.get(Batch, batch_id)
    if found is None:
        raise NotFound(f"批次 {batch_id} 不存在")
    return found


def course_facts(s: Session, batch_id: int) -> list[CourseFact]:
    return [
        CourseFact(cid, sid, title, Decimal(hours), bool(required))
        for cid, sid, title, hours, required in s.execute(
            select(
                TrainingCourse.id, TrainingCourse.session_id, TrainingCourse.title, TrainingCourse.hours,
                TrainingCourse.required,
            )
            .join(TrainingSession, TrainingSession.id == TrainingCourse.session_id)
            .where(TrainingSession.batch_id == batch_id)
            .order_by(TrainingCourse.day, TrainingCourse.id)
        )
    ]  # fmt: skip


def training_facts(s: Session, batch: Batch, dispatch_ids: Iterable[int] | None = None) -> TrainingFacts:
    """The batch's rule, courses, lists and marks (of every dispatch, or only ``dispatch_ids``)."""
    wanted = None if dispatch_ids is None else list(dispatch_ids)
    enrolled: dict[int, set[int]] = defaultdict(set)
    q = (
        select(TrainingTrainee.dispatch_id, TrainingTrainee.session_id)
        .join(TrainingSession, TrainingSession.id == TrainingTrainee.session_id)
        .where(TrainingSession.batch_id == batch.id)
    )
    if wanted is not None:
        q = q.where(TrainingTrainee.dispatch_id.in_(wanted))
    for did, sid in s.execute(q):
        enrolled[did].add(sid)
    marks: dict[int, dict[int, str]] = defaultdict(dict)
    q2 = (
        select(TrainingAttendance.dispatch_id, TrainingAttendance.course_id, TrainingAttendance.mark)
        .join(TrainingCourse, TrainingCourse.id == TrainingAttendance.course_id)
        .join(TrainingSession, TrainingSession.id == TrainingCourse.session_id)
        .where(TrainingSession.batch_id == batch.id)
    )
    if wanted is not None:
        q2 = q2.where(TrainingAttendance.dispatch_id.in_(wanted))
    for did, cid, mark in s.execute(q2):
        marks[did][cid] = mark
    return TrainingFacts(
        rule=batch.training_rule,
        required_hours=Decimal(batch.training_hours),
        courses=course_facts(s, batch.id),
        enrolled=dict(enrolled),
        marks=dict(marks),
    )


def dispatch_completion(s: Session, dispatch: Dispatch) -> Completion:
    """Has this dispatch's cadre completed the training, by its batch's rule? (the 在岗 gate)"""
    return training_facts(s, dispatch.batch, [dispatch.id]).of(dispatch.id)


def _text(value: str | None, limit: int, what: str) -> str:
    text = " ".join((value or "").split())
    if len(text) > limit:
        raise ValidationError(f"{what}太长（{len(text)} 个字，最多 {limit} 个）")
    return text


def _hours(value: object) -> Decimal:
    try:
        hours = Decimal(str(value)).quantize(Decimal("0.1"))
    except (InvalidOperation, ValueError):
        raise ValidationError(f"学时应为数字，如 3 或 1.5，不是“{value}”") from None
    if not Decimal(0) < hours <= _HOURS_MAX:
        raise ValidationError(f"学时应大于 0、不超过 {_HOURS_MAX}，不是 {hours}")
    return hours


def _mark(value: str | None) -> str | None:
    if value is None:
        return None
    text = "".join(value.split())
    if text not in MARKS:
        raise ValidationError(f"考勤应为：{'、'.join(MARKS)}，不是“{value}”")
    return text


def _session_row(s: Session, ts: TrainingSession, facts: TrainingFacts | None = None) -> SessionRow:
    courses = list(ts.courses)
    trainees = list(s.scalars(select(TrainingTrainee.dispatch_id).where(TrainingTrainee.session_id == ts.id)))
    if facts is None:
        facts = training_facts(s, _batch(s, ts.batch_id), trainees)
    return SessionRow(
        id=ts.id, batch_id=ts.batch_id, name=ts.name, start=ts.start, end=ts.end, location=ts.location or "",
        organizer=ts.organizer or "", courses=len(courses), hours=sum((c.hours for c in courses), Decimal(0)),
        required_hours=sum((c.hours for c in courses if c.required), Decimal(0)), trainees=len(trainees),
        complete=sum(1 for d in trainees if facts.of(d).complete),
    )  # fmt: skip


def _course_row(c: TrainingCourse, counts: dict[str, int] | None = None) -> CourseRow:
    return CourseRow(
        c.id, c.session_id, c.title, c.lecturer or "", c.topic or "", c.day, Decimal(c.hours), bool(c.required),
        counts or {},
    )  # fmt: skip


def _clean_session(s: Session, form: SessionForm) -> SessionForm:
    name = _text(form.name, 128, "培训班名称")
    if not name:
        raise ValidationError("培训班名称不能为空")
    if not isinstance(form.start, dt.date) or not isinstance(form.end, dt.date):
        raise ValidationError("培训的开始、结束日期须为日期")
    if form.end < form.start:
        raise ValidationError(f"培训结束日期 {form.end} 早于开始日期 {form.start}")
    _batch(s, form.batch_id)
    same = s.scalar(
        select(TrainingSession.id).where(
            TrainingSession.batch_id == form.batch_id,
            TrainingSession.name == name,
            TrainingSession.id != (form.id or -1),
        )
    )
    if same is not None:
        raise ValidationError(f"本批次已有培训班“{name}”", key="duplicate")
    return SessionForm(
        batch_id=form.batch_id, name=name, start=form.start, end=form.end,
        location=_text(form.location, 128, "培训地点"), organizer=_text(form.organizer, 64, "主办单位"),
        note=(form.note or "").strip(), id=form.id, version=form.version,
    )  # fmt: skip


def add_trainees(s: Session, ts: TrainingSession, dispatch_ids: Iterable[int]) -> list[int]:
    """Put dispatches on the class's list (those not on it yet); returns the ones added."""
    ids = list(dict.fromkeys(dispatch_ids))
    if not ids:
        return []
    in_batch = set(
        s.scalars(select(Dispatch.id).where(Dispatch.batch_id == ts.batch_id, Dispatch.id.in_(ids)))
    )
    stray = [d for d in ids if d not in in_batch]
    if stray:
        raise ValidationError(f"派驻记录 {stray[0]} 不属于培训班“{ts.name}”所在的批次")
    have = set(s.scalars(select(TrainingTrainee.dispatch_id).where(TrainingTrainee.session_id == ts.id)))
    added = [d for d in ids if d not in have]
    s.add_all(TrainingTrainee(session_id=ts.id, dispatch_id=d) for d in added)
    s.flush()
    return added


def default_trainees(s: Session, batch_id: int, exclude_session: int | None = None) -> list[int]:
    """Dispatches a new class lists by default: those of the batch still running (推荐 … 在岗) that are
    on no other class's list."""
    listed = (
        select(TrainingTrainee.dispatch_id)
        .join(TrainingSession, TrainingSession.id == TrainingTrainee.session_id)
        .where(TrainingSession.batch_id == batch_id, TrainingSession.id != (exclude_session or -1))
    )
    return list(
        s.scalars(
            select(Dispatch.id)
            .where(
                Dispatch.batch_id == batch_id,
                Dispatch.status.in_(list(ACTIVE_STATUSES)),
                Dispatch.id.not_in(listed),
            )
            .order_by(Dispatch.id)
        )
    )


def _names(people: dict[int, Person], ids: Sequence[int], limit: int = 5) -> str:
    shown = [people[d].name for d in ids[:limit] if d in people]
    return "、".join(shown) + (f"等 {len(ids)} 人" if len(ids) > limit else "")


# --------------------------------------------------------------------------- classes


@command("training.session.create")
def create_session(tx: Tx, form: SessionForm, *, enrol: bool = True) -> SessionRow:
    """A new class; ``enrol``: list every running dispatch of the batch that is on no other class's list."""
    s = tx.session
    clean = _clean_session(s, form)
    ts = TrainingSession(
        batch_id=clean.batch_id, name=clean.name, start=clean.start, end=clean.end,
        location=clean.location or None, organizer=clean.organizer or None, note=clean.note or None,
    )  # fmt: skip
    s.add(ts)
    s.flush()
    added = add_trainees(s, ts, default_trainees(s, clean.batch_id, ts.id)) if enrol else []
    tx.audit(
        entity="training_session",
        entity_id=ts.id,
        detail=f"{ts.name} {ts.start}~{ts.end} {clean.location}；学员 {len(added)} 人",
    )
    return _session_row(s, ts)


@command("training.session.update")
def update_session(tx: Tx, form: SessionForm) -> SessionRow:
    if form.id is None:
        raise ValidationError("要修改的培训班没有编号")
    s = tx.session
    ts = _session(s, form.id)
    if form.version is not None and form.version != ts.version:
        raise Conflict(f"培训班“{ts.name}”已被他人修改，请重新打开后再编辑")
    clean = _clean_session(s, SessionForm(**{**form.__dict__, "batch_id": ts.batch_id}))
    outside = s.scalar(
        select(TrainingCourse.title).where(
            TrainingCourse.session_id == ts.id,
            (TrainingCourse.day < clean.start) | (TrainingCourse.day > clean.end),
        )
    )
    if outside is not None:
        raise ValidationError(
            f"课程“{outside}”的日期不在 {clean.start} 至 {clean.end} 之内，请先调整课程日期"
        )
    changes = []
    for key, new in (
        ("name", clean.name), ("start", clean.start), ("end", clean.end), ("location", clean.location or None),
        ("organizer", clean.organizer or None), ("note", clean.note or None),
    ):  # fmt: skip
        if getattr(ts, key) != new:
            changes.append(f"{key}: {getattr(ts, key)}→{new}")
            setattr(ts, key, new)
    if changes:
        try:
            s.flush()
        except StaleDataError:
            raise Conflict(f"培训班“{clean.name}”已被他人修改，请重新打开后再编辑") from None
        tx.audit(entity="training_session", entity_id=ts.id, detail="；".join(changes))
    return _session_row(s, ts)


@command("training.session.delete")
def delete_session(tx: Tx, session_id: int) -> int:
    """Delete a class with its courses, list and marks; returns how many marks went with it."""
    s = tx.session
    ts = _session(s, session_id)
    marks = (
        s.scalar(
            select(func.count())
            .select_from(TrainingAttendance)
            .join(TrainingCourse, TrainingCourse.id == TrainingAttendance.course_id)
            .where(TrainingCourse.session_id == ts.id)
        )
        or 0
    )
    name, courses = ts.name, len(ts.courses)
    s.delete(ts)
    s.flush()
    tx.audit(
        entity="training_session", entity_id=session_id, detail=f"{name}（{courses} 门课程，{marks} 条考勤）"
    )
    return marks


# --------------------------------------------------------------------------- courses


@command("training.course.save")
def save_course(tx: Tx, form: CourseForm) -> CourseRow:
    """Create (``form.id`` None) or update a course of a class."""
    s = tx.session
    ts = _session(s, form.session_id)
    title = _text(form.title, 128, "课程名称")
    if not title:
        raise ValidationError("课程名称不能为空")
    if not isinstance(form.day, dt.date):
        raise ValidationError("请填写上课日期")
    if not ts.start <= form.day <= ts.end:
        raise ValidationError(f"上课日期 {form.day} 不在培训班“{ts.name}”的日期 {ts.start} 至 {ts.end} 之内")
    hours = _hours(form.hours)
    topic = _text(form.topic, 16, "课程专题")
    lecturer = _text(form.lecturer, 64, "授课人")
    same = s.scalar(
        select(TrainingCourse.id).where(
            TrainingCourse.session_id == ts.id,
            TrainingCourse.title == title,
            TrainingCourse.id != (form.id or -1),
        )
    )
    if same is not None:
        raise ValidationError(
            f"培训班“{ts.name}”已有课程“{title}”（同名课程请加以区分，如“（一）”“（二）”）", key="duplicate"
        )
    values = {
        "title": title, "day": form.day, "hours": hours, "lecturer": lecturer or None, "topic": topic or None,
        "required": bool(form.required),
    }  # fmt: skip
    if form.id is None:
        course = TrainingCourse(session_id=ts.id, **values)
        s.add(course)
        s.flush()
        tx.audit(
            action="training.course.create",
            entity="training_course",
            entity_id=course.id,
            detail=f"{ts.name}：{title} {form.day} {hours}学时 {'必修' if form.required else '选修'}",
        )
        return _course_row(course)
    course = _course(s, form.id)
    if course.session_id != ts.id:
        raise ValidationError("课程不能移到另一个培训班")
    if form.version is not None and form.version != course.version:
        raise Conflict(f"课程“{course.title}”已被他人修改，请重新打开后再编辑")
    changes = [f"{k}: {getattr(course, k)}→{v}" for k, v in values.items() if getattr(course, k) != v]
    for k, v in values.items():
        setattr(course, k, v)
    if changes:
        try:
            s.flush()
        except StaleDataError:
            raise Conflict(f"课程“{title}”已被他人修改，请重新打开后再编辑") from None
        tx.audit(
            action="training.course.update",
            entity="training_course",
            entity_id=course.id,
            detail="；".join(changes),
        )
    return _course_row(course, _mark_counts(s, [course.id]).get(course.id))


@command("training.course.delete")
def delete_course(tx: Tx, course_id: int) -> int:
    """Delete a course with its marks; returns how many marks went with it."""
    s = tx.session
    course = _course(s, course_id)
    marks = (
        s.scalar(
            select(func.count())
            .select_from(TrainingAttendance)
            .where(TrainingAttendance.course_id == course_id)
        )
        or 0
    )
    title = course.title
    s.delete(course)
    s.flush()
    tx.audit(entity="training_course", entity_id=course_id, detail=f"{title}（{marks} 条考勤）")
    return marks


# --------------------------------------------------------------------------- the list of trainees


@command("training.enrol")
def enrol(tx: Tx, session_id: int, dispatch_ids: Sequence[int]) -> int:
    """Put cadres (dispatches of the class's batch) on the class's list; returns how many were added."""
    s = tx.session
    ts = _session(s, session_id)
    added = add_trainees(s, ts, dispatch_ids)
    if added:
        people = people_of(s, ts.batch_id, added)
        tx.audit(
            entity="training_session", entity_id=ts.id, detail=f"{ts.name} 加入学员：{_names(people, added)}"
        )
    return len(added)


@command("training.unenrol")
def unenrol(tx: Tx, session_id: int, dispatch_ids: Sequence[int]) -> int:
    """Take cadres off the class's list, with their marks at its courses; returns how many were removed."""
    s = tx.session
    ts = _session(s, session_id)
    ids = list(dict.fromkeys(dispatch_ids))
    listed = set(
        s.scalars(
            select(TrainingTrainee.dispatch_id).where(
                TrainingTrainee.session_id == ts.id, TrainingTrainee.dispatch_id.in_(ids)
            )
        )
    )
    gone = [d for d in ids if d in listed]
    if not gone:
        return 0
    people = people_of(s, ts.batch_id, gone)
    course_ids = select(TrainingCourse.id).where(TrainingCourse.session_id == ts.id)
    s.execute(
        delete(TrainingAttendance).where(
            TrainingAttendance.course_id.in_(course_ids), TrainingAttendance.dispatch_id.in_(gone)
        )
    )
    s.execute(
        delete(TrainingTrainee).where(
            TrainingTrainee.session_id == ts.id, TrainingTrainee.dispatch_id.in_(gone)
        )
    )
    tx.audit(entity="training_session", entity_id=ts.id, detail=f"{ts.name} 移出学员：{_names(people, gone)}")
    return len(gone)


# --------------------------------------------------------------------------- attendance


@dataclass
class MarkOutcome:
    changed: int = 0
    unchanged: int = 0
    enrolled: int = 0  # cadres put on a class's list because they were marked


def apply_marks(s: Session, changes: Sequence[MarkChange]) -> tuple[MarkOutcome, dict[int, Counter[str]]]:
    """Write grid cells in the caller's transaction: marks set, changed or cleared; cadres marked at a
    class they are not listed for are put on its list.  Returns the outcome and, per course, the marks
    written (``""`` for cleared) for the audit line."""
    out = MarkOutcome()
    written: dict[int, Counter[str]] = defaultdict(Counter)
    if not changes:
        return out, written
    course_ids = {c.course_id for c in changes}
    courses = {c.id: c for c in s.scalars(select(TrainingCourse).where(TrainingCourse.id.in_(course_ids)))}
    missing = course_ids - set(courses)
    if missing:
        raise NotFound(f"课程 {min(missing)} 不存在")
    sessions = {c.session_id for c in courses.values()}
    batch_of = dict(
        s.execute(
            select(TrainingSession.id, TrainingSession.batch_id).where(TrainingSession.id.in_(sessions))
        ).all()
    )
    listed: set[tuple[int, int]] = {
        (sid, did)
        for sid, did in s.execute(
            select(TrainingTrainee.session_id, TrainingTrainee.dispatch_id).where(
                TrainingTrainee.session_id.in_(sessions)
            )
        )
    }
    dispatch_ids = {c.dispatch_id for c in changes}
    batch_of_dispatch = dict(
        s.execute(select(Dispatch.id, Dispatch.batch_id).where(Dispatch.id.in_(dispatch_ids))).all()
    )
    existing = {
        (a.course_id, a.dispatch_id): a
        for a in s.scalars(
            select(TrainingAttendance).where(
                TrainingAttendance.course_id.in_(course_ids), TrainingAttendance.dispatch_id.in_(dispatch_ids)
            )
        )
    }
    seen: set[tuple[int, int]] = set()
    for ch in changes:
        key = (ch.course_id, ch.dispatch_id)
        if key in seen:
            raise ValidationError("同一格考勤不能在一次操作中改两次")
        seen.add(key)
        course = courses[ch.course_id]
        sid = course.session_id
        if ch.dispatch_id not in batch_of_dispatch:
            raise NotFound(f"派驻记录 {ch.dispatch_id} 不存在")
        if batch_of_dispatch[ch.dispatch_id] != batch_of[sid]:
            raise ValidationError(f"派驻记录 {ch.dispatch_id} 不属于课程“{course.title}”所在的批次")
        mark = _mark(ch.mark)
        note = (ch.note or "").strip() or None
        row = existing.get(key)
        if mark is None:
            if row is None:
                out.unchanged += 1
                continue
            s.delete(row)
            out.changed += 1
            written[ch.course_id][""] += 1
            continue
        if (sid, ch.dispatch_id) not in listed:
            s.add(TrainingTrainee(session_id=sid, dispatch_id=ch.dispatch_id))
            listed.add((sid, ch.dispatch_id))
            out.enrolled += 1
        if row is None:
            s.add(
                TrainingAttendance(course_id=ch.course_id, dispatch_id=ch.dispatch_id, mark=mark, note=note)
            )
        elif row.mark != mark or (ch.note is not None and row.note != note):
            row.mark = mark
            if ch.note is not None:
                row.note = note
        else:
            out.unchanged += 1
            continue
        out.changed += 1
        written[ch.course_id][mark] += 1
    s.flush()
    return out, written


def _written_text(s: Session, written: dict[int, Counter[str]]) -> str:
    titles = dict(
        s.execute(
            select(TrainingCourse.id, TrainingCourse.title).where(TrainingCourse.id.in_(list(written)))
        ).all()
    )
    parts = []
    for cid, counts in sorted(written.items()):
        what = "，".join(f"{m or '清除'} {n}" for m, n in sorted(counts.items()))
        parts.append(f"{titles.get(cid, cid)}：{what}")
    return "；".join(parts)


@command("training.marks")
def set_marks(tx: Tx, changes: Sequence[MarkChange]) -> MarkOutcome:
    """Set many cells of the grid at once (the grid's edits, a paste, a selection marked together)."""
    out, written = apply_marks(tx.session, changes)
    if out.changed:
        tx.audit(
            entity="training_attendance",
            detail=f"考勤 {out.changed} 格：{_written_text(tx.session, written)}",
        )
    return out


@command("training.mark")
def set_mark(tx: Tx, course_id: int, dispatch_id: int, mark: str | None, note: str | None = None) -> bool:
    """One cell of the grid; returns whether it changed."""
    out, written = apply_marks(tx.session, [MarkChange(course_id, dispatch_id, mark, note)])
    if out.changed:
        batch_id = _session(tx.session, _course(tx.session, course_id).session_id).batch_id
        person = people_of(tx.session, batch_id, [dispatch_id]).get(dispatch_id)
        tx.audit(
            entity="training_attendance",
            entity_id=f"{course_id}/{dispatch_id}",
            detail=f"{person.name if person else dispatch_id}：{_written_text(tx.session, written)}",
        )
    return bool(out.changed)


@command("training.mark-course")
def mark_course(
    tx: Tx, course_id: int, mark: str = TrainingMark.PRESENT.value, *, overwrite: bool = False
) -> int:
    """Mark a whole course (出席 by default) for every trainee of its class.  Cells already marked keep
    their mark (a 请假 entered before stays) unless ``overwrite``.  Returns how many cells changed."""
    s = tx.session
    course = _course(s, course_id)
    mark = _mark(mark) or TrainingMark.PRESENT.value
    trainees = list(
        s.scalars(select(TrainingTrainee.dispatch_id).where(TrainingTrainee.session_id == course.session_id))
    )
    if not overwrite:
        marked = set(
            s.scalars(select(TrainingAttendance.dispatch_id).where(TrainingAttendance.course_id == course_id))
        )
        trainees = [d for d in trainees if d not in marked]
    out, _written = apply_marks(s, [MarkChange(course_id, d, mark) for d in trainees])
    if out.changed:
        tx.audit(
            entity="training_course",
            entity_id=course_id,
            detail=f"{course.title}：{out.changed} 人记为{mark}",
        )
    return out.changed


# --------------------------------------------------------------------------- the batch's rule


@query
def training_rule_of(tx: Tx, batch_id: int) -> TrainingRuleRow:
    b = _batch(tx.session, batch_id)
    return TrainingRuleRow(b.id, b.name, b.training_required, b.training_rule, b.training_hours)


@command("training.rule")
def set_training_rule(
    tx: Tx, batch_id: int, *, rule: str | None = None, hours: int | None = None, required: bool | None = None
) -> TrainingRuleRow:
    """Change how the batch judges completion (``rule``: 必修课 / 学时), its required hours, or whether
    going on post needs the training at all (``required``)."""
    b = _batch(tx.session, batch_id)
    changes = []
    if rule is not None:
        rule = "".join(rule.split())
        if rule not in RULES:
            raise ValidationError(f"岗前培训认定方式应为：{'、'.join(RULES)}，不是“{rule}”")
        if rule != b.training_rule:
            changes.append(f"认定方式 {b.training_rule}→{rule}")
            b.training_rule = rule
    if hours is not None:
        from cadredesk.core.campaign import RULE_FIELDS

        label, low, high = RULE_FIELDS["training_hours"]
        if isinstance(hours, bool) or not isinstance(hours, int) or not low <= hours <= high:
            raise ValidationError(f"“{label}”应为 {low} 至 {high} 之间的整数，不是 {hours!r}")
        if hours != b.training_hours:
            changes.append(f"应修学时 {b.training_hours}→{hours}")
            b.training_hours = hours
    if required is not None and required != b.training_required:
        changes.append(f"上岗须完成培训 {b.training_required}→{required}")
        b.training_required = required
    if changes:
        tx.session.flush()
        tx.audit(entity="batch", entity_id=b.id, detail=f"{b.name} 岗前培训：{'；'.join(changes)}")
    return TrainingRuleRow(b.id, b.name, b.training_required, b.training_rule, b.training_hours)


# --------------------------------------------------------------------------- queries for the page


def session_rows(s: Session, batch: Batch) -> list[SessionRow]:
    facts = training_facts(s, batch)
    sessions = s.scalars(
        select(TrainingSession)
        .where(TrainingSession.batch_id == batch.id)
        .order_by(TrainingSession.start, TrainingSession.id)
    )
    return [_session_row(s, ts, facts) for ts in sessions]


@query
def list_sessions(tx: Tx, batch_id: int) -> list[SessionRow]:
    """The classes of a batch, in date order, with their courses, hours, trainees and completions."""
    return session_rows(tx.session, _batch(tx.session, batch_id))


@query
def find_session(tx: Tx, batch: str | None = None, name: str | None = None) -> SessionRow:
    """A class by name in the batch (default: the most recent batch); without a name, the batch's
    only class (or its latest, when ``name`` is "")."""
    s = tx.session
    b = batches.find(s, batch)
    return _session_row(s, session_named(s, b, name))


def session_named(s: Session, b: Batch, name: str | None) -> TrainingSession:
    q = select(TrainingSession).where(TrainingSession.batch_id == b.id)
    if name:
        found = s.scalar(q.where(TrainingSession.name == " ".join(name.split())))
        if found is None:
            names = "、".join(s.scalars(select(TrainingSession.name).where(TrainingSession.batch_id == b.id)))
            raise NotFound(
                f"批次“{b.name}”没有名为“{name}”的培训班" + (f"（现有：{names}）" if names else "")
            )
        return found
    found_all = list(s.scalars(q.order_by(TrainingSession.start, TrainingSession.id)))
    if not found_all:
        raise NotFound(f"批次“{b.name}”还没有培训班，请先新建（training add-session）")
    if len(found_all) > 1:
        raise ValidationError(
            f"批次“{b.name}”有 {len(found_all)} 个培训班（{'、'.join(t.name for t in found_all)}），请指定培训班",
            key="ambiguous",
        )
    return found_all[0]


def course_titled(s: Session, ts: TrainingSession, title: str) -> TrainingCourse:
    text = " ".join(title.split())
    for c in ts.courses:
        if c.title == text:
            return c
    hits = [c for c in ts.courses if text and text in c.title]
    if len(hits) == 1:
        return hits[0]
    titles = "、".join(c.title for c in ts.courses)
    raise NotFound(f"培训班“{ts.name}”没有课程“{title}”" + (f"（现有：{titles}）" if titles else ""))


@query
def find_course(tx: Tx, session_id: int, title: str) -> CourseRow:
    """A course of the class by title (a unique part of the title will do)."""
    s = tx.session
    c = course_titled(s, _session(s, session_id), title)
    return _course_row(c, _mark_counts(s, [c.id]).get(c.id))


@query
def get_session(tx: Tx, session_id: int) -> SessionForm:
    ts = _session(tx.session, session_id)
    return SessionForm(
        batch_id=ts.batch_id, name=ts.name, start=ts.start, end=ts.end, location=ts.location or "",
        organizer=ts.organizer or "", note=ts.note or "", id=ts.id, version=ts.version,
    )  # fmt: skip


@query
def get_course(tx: Tx, course_id: int) -> CourseForm:
    c = _course(tx.session, course_id)
    return CourseForm(
        session_id=c.session_id, title=c.title, day=c.day, hours=Decimal(c.hours), lecturer=c.lecturer or "",
        topic=c.topic or "", required=bool(c.required), id=c.id, version=c.version,
    )  # fmt: skip


def _mark_counts(s: Session, course_ids: Sequence[int]) -> dict[int, dict[str, int]]:
    out: dict[int, dict[str, int]] = defaultdict(dict)
    for cid, mark, n in s.execute(
        select(TrainingAttendance.course_id, TrainingAttendance.mark, func.count())
        .where(TrainingAttendance.course_id.in_(list(course_ids)))
        .group_by(TrainingAttendance.course_id, TrainingAttendance.mark)
    ):
        out[cid][mark] = n
    return out


def course_rows(s: Session, ts: TrainingSession) -> list[CourseRow]:
    courses = list(ts.courses)
    counts = _mark_counts(s, [c.id for c in courses])
    trainees = (
        s.scalar(select(func.count()).select_from(TrainingTrainee).where(TrainingTrainee.session_id == ts.id))
        or 0
    )
    rows = []
    for c in courses:
        n = dict(counts.get(c.id, {}))
        n[""] = max(0, trainees - sum(n.values()))
        rows.append(_course_row(c, n))
    return rows


@query
def list_courses(tx: Tx, session_id: int) -> list[CourseRow]:
    """The courses of a class in date order, each with how many trainees got each mark ("" = unmarked)."""
    return course_rows(tx.session, _session(tx.session, session_id))


def grid_of(s: Session, ts: TrainingSession) -> Grid:
    batch = _batch(s, ts.batch_id)
    trainees = list(s.scalars(select(TrainingTrainee.dispatch_id).where(TrainingTrainee.session_id == ts.id)))
    people = people_of(s, ts.batch_id, trainees)
    facts = training_facts(s, batch, trainees)
    courses = course_rows(s, ts)
    rows = []
    for did, p in people.items():
        marks = facts.marks.get(did, {})
        rows.append(
            GridRow(
                did, p.cadre_id, p.name, p.id_number, p.unit, p.township, p.place, p.status,
                tuple(marks.get(c.id) for c in courses), facts.of(did),
            )
        )  # fmt: skip
    return Grid(_session_row(s, ts, facts), courses, rows)


@query
def attendance_grid(tx: Tx, session_id: int) -> Grid:
    """The class's trainees × courses: every cell's mark (None = not marked) and each trainee's completion
    (by the batch's rule, over all its classes); trainees in township, place, 姓氏笔画 order."""
    return grid_of(tx.session, _session(tx.session, session_id))


def completion_rows(s: Session, batch: Batch, *, include_ended: bool = False) -> list[CompletionRow]:
    people = people_of(s, batch.id)
    facts = training_facts(s, batch)
    names = dict(
        s.execute(
            select(TrainingSession.id, TrainingSession.name).where(TrainingSession.batch_id == batch.id)
        ).all()
    )
    session_of = {c.id: c.session_id for c in facts.courses}
    rows = []
    for did, p in people.items():
        if p.status in ENDED and not include_ended:
            continue
        sessions = set(facts.enrolled.get(did, set())) | {
            session_of[c] for c in facts.marks.get(did, {}) if c in session_of
        }
        rows.append(
            CompletionRow(
                did, p.cadre_id, p.name, p.id_number, p.unit, p.township, p.place, p.status,
                tuple(names[s_] for s_ in sorted(sessions) if s_ in names), facts.of(did),
            )
        )  # fmt: skip
    return rows


@query
def completion_list(tx: Tx, batch_id: int, *, include_ended: bool = False) -> list[CompletionRow]:
    """Every cadre of the batch (召回/轮换 left out unless ``include_ended``) with the classes they are
    in, hours, courses and completion by the batch's rule."""
    return completion_rows(tx.session, _batch(tx.session, batch_id), include_ended=include_ended)


@dataclass(frozen=True)
class EnrolChoice:
    dispatch_id: int
    name: str
    unit: str
    township: str
    place: str
    status: str
    other_sessions: tuple[str, ...]  # classes of the batch the cadre is already listed in
    complete: bool


@query
def enrol_choices(tx: Tx, session_id: int) -> list[EnrolChoice]:
    """Cadres of the class's batch not on its list (the 加入学员 dialog), with the other classes they are in."""
    s = tx.session
    ts = _session(s, session_id)
    batch = _batch(s, ts.batch_id)
    listed = set(s.scalars(select(TrainingTrainee.dispatch_id).where(TrainingTrainee.session_id == ts.id)))
    facts = training_facts(s, batch)
    names = dict(
        s.execute(
            select(TrainingSession.id, TrainingSession.name).where(TrainingSession.batch_id == batch.id)
        ).all()
    )
    return [
        EnrolChoice(
            did, p.name, p.unit, p.township, p.place, p.status,
            tuple(names[x] for x in sorted(facts.enrolled.get(did, set()))), facts.of(did).complete,
        )
        for did, p in people_of(s, batch.id).items()
        if did not in listed and p.status not in ENDED
    ]  # fmt: skip


# --------------------------------------------------------------------------- Excel


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


EXPORTS = TRAINING_EXPORTS


@command("export.training")
def export_training(
    tx: Tx, out: Path, *, batch_id: int, what: str = "status", session_id: int | None = None
) -> ExportResult:
    """A list of the 培训 page as a workbook: ``grid`` (one class's trainees × courses, importable
    back with ``import training``), ``status`` (every cadre's completion) or ``sessions``."""
    from cadredesk.io.excel_tables import Column, export_table
    from cadredesk.services.settings import organization_of

    s = tx.session
    batch = _batch(s, batch_id)
    org = organization_of(s)
    if what == "grid":
        if session_id is None:
            raise ValidationError("导出考勤表须指定培训班")
        ts = _session(s, session_id)
        grid = grid_of(s, ts)
        columns = [
            Column("序号", 6), Column("姓名", 10), Column("身份证号", 21, text=True), Column("单位", 24),
            Column("乡镇（街道）", 12), Column("派驻村（社区）", 14),
            *(Column(c.title, 12, group=f"考勤（{'、'.join(MARKS)}）", center=True) for c in grid.courses),
            Column("培训情况", 10), Column("说明", 28),
        ]  # fmt: skip
        rows = [
            [i, r.name, r.id_number, r.unit, r.township, r.place, *(m or "" for m in r.marks), r.completion.status,
             r.completion.detail]
            for i, r in enumerate(grid.rows, start=1)
        ]  # fmt: skip
        title = f"{ts.name}考勤表"
        info = f"培训时间：{grid.session.dates}　地点：{ts.location or ''}　导出单位：{org}"
    elif what == "status":
        comp = completion_rows(s, batch)
        columns = [
            Column("序号", 6), Column("姓名", 10), Column("身份证号", 21, text=True), Column("单位", 24),
            Column("乡镇（街道）", 12), Column("派驻村（社区）", 14), Column("状态", 7), Column("培训班", 20),
            Column("已修学时", 9, center=True), Column("已修课程", 9, center=True), Column("培训情况", 10),
            Column("说明", 30),
        ]  # fmt: skip
        rows = [
            [i, r.name, r.id_number, r.unit, r.township, r.place, r.status, "、".join(r.sessions),
             float(r.completion.hours), r.completion.courses, r.completion.status, r.completion.detail]
            for i, r in enumerate(comp, start=1)
        ]  # fmt: skip
        rule = training_rule_of_batch(batch)
        title = f"{batch.name}岗前培训完成情况"
        info = f"认定方式：{rule.text}　导出单位：{org}"
    elif what == "sessions":
        columns = [
            Column("培训班", 24), Column("开始日期", 11), Column("结束日期", 11), Column("地点", 18),
            Column("主办单位", 18), Column("课程", 30), Column("授课人", 16), Column("专题", 10),
            Column("上课日期", 11), Column("学时", 7, center=True), Column("必修/选修", 9, center=True),
        ]  # fmt: skip
        rows = []
        for ts in s.scalars(
            select(TrainingSession)
            .where(TrainingSession.batch_id == batch.id)
            .order_by(TrainingSession.start, TrainingSession.id)
        ):
            for c in ts.courses:
                rows.append([
                    ts.name, ts.start, ts.end, ts.location or "", ts.organizer or "", c.title, c.lecturer or "",
                    c.topic or "", c.day, float(c.hours), "必修" if c.required else "选修",
                ])  # fmt: skip
        title = f"{batch.name}岗前培训课程"
        info = f"导出单位：{org}"
    else:
        raise ValidationError(f"导出内容应为：{'、'.join(EXPORTS)}，不是“{what}”")
    if not rows:
        raise UserError("没有可导出的内容", key="empty")
    path = export_table(out, title=title, info=info, columns=columns, rows=rows)
    tx.audit(entity="batch", entity_id=batch.id, detail=f"{title} {len(rows)} 行 → {Path(path).name}")
    return ExportResult(Path(path), len(rows))


def training_rule_of_batch(b: Batch) -> TrainingRuleRow:
    return TrainingRuleRow(b.id, b.name, b.training_required, b.training_rule, b.training_hours)
