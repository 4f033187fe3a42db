"""Has a cadre completed the pre-deployment training (岗前培训)?  One pure function, used everywhere.

The 在岗 gate (``services.assignment``), the ``training-incomplete`` rule (``core.rules.campaign``),
the training lists and the cadre summary all call :func:`completion`; nothing stores the result.

The batch chooses the rule (``TrainingRule``, docs/RULES.md):

- **必修课** (default): the cadre completes a class when every required course of that class is
  出席 or 补课; completing any one class of the batch he is on the list of is enough (a batch may run
  several classes: by group, or a later one for replacements).  A class without required courses
  completes nobody under this rule.
- **学时**: the hours of every course marked 出席 or 补课, in any class of the batch, add up to at
  least the batch's required hours.

请假 is an excused absence, not attendance: the course counts only once it is made up (补课).
缺席 and an unmarked course do not count.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from cadredesk.core.enums import TrainingMark, TrainingRule

_COUNTING = frozenset(m.value for m in TrainingMark if m.counts)


@dataclass(frozen=True, slots=True)
class CourseFact:
    id: int
    session_id: int
    title: str
    hours: Decimal
    required: bool = True


@dataclass(frozen=True, slots=True)
class Completion:
    """Where one cadre stands: complete or not, and why, in numbers a clerk can check."""

    complete: bool
    rule: str
    hours: Decimal  # hours of the courses attended or made up (all classes)
    required_hours: Decimal  # the batch's hours (the 学时 rule's threshold)
    courses: int  # courses attended or made up (all classes)
    required_done: int  # required courses attended or made up, in the class closest to completion
    required_total: int  # required courses of that class
    missing: tuple[str, ...] = ()  # titles of that class's required courses not yet attended or made up
    enrolled: bool = True  # on the list of at least one class (or marked at one of its courses)
    leave: int = 0  # courses on leave (请假) not yet made up
    absent: int = 0  # courses marked 缺席

    @property
    def status(self) -> str:
        """已完成 / 未完成 / 未参训 (on no class's list)."""
        if self.complete:
            return "已完成"
        return "未完成" if self.enrolled else "未参训"

    @property
    def detail(self) -> str:
        """One line for lists and messages: 必修课 6/8，缺：…  or  学时 18/24."""
        if not self.enrolled:
            return "未列入任何培训班"
        if self.rule == TrainingRule.HOURS.value:
            text = f"学时 {_num(self.hours)}/{_num(self.required_hours)}"
        elif self.required_total == 0:
            text = "所在培训班未设必修课"
        else:
            text = f"必修课 {self.required_done}/{self.required_total}"
            if self.missing:
                shown = "、".join(self.missing[:3]) + ("等" if len(self.missing) > 3 else "")
                text += f"，缺：{shown}"
        extra = []
        if self.leave:
            extra.append(f"请假未补 {self.leave} 门")
        if self.absent:
            extra.append(f"缺席 {self.absent} 门")
        return text + (f"（{'，'.join(extra)}）" if extra and not self.complete else "")


def _num(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text


def completion(
    rule: str,
    required_hours: Decimal | int,
    courses: Iterable[CourseFact],
    enrolled: Collection[int],
    marks: Mapping[int, str],
) -> Completion:
    """Judge one cadre.

    ``courses``: the courses of the batch's classes (others are ignored); ``enrolled``: ids of the
    classes whose list the cadre is on; ``marks``: course id → TrainingMark value for this cadre.
    A class where the cadre has a mark counts as one he takes part in, list or not.
    """
    required_hours = Decimal(required_hours)
    by_session: dict[int, list[CourseFact]] = {}
    known: dict[int, CourseFact] = {}
    for c in courses:
        by_session.setdefault(c.session_id, []).append(c)
        known[c.id] = c
    taking = set(enrolled) | {known[cid].session_id for cid in marks if cid in known}
    hours = Decimal(0)
    done = leave = absent = 0
    for cid, mark in marks.items():
        course = known.get(cid)
        if course is None:
            continue
        if mark in _COUNTING:
            hours += course.hours
            done += 1
        elif mark == TrainingMark.LEAVE.value:
            leave += 1
        elif mark == TrainingMark.ABSENT.value:
            absent += 1

    best: tuple[int, int, tuple[str, ...]] | None = None  # (done, total, missing) of the closest class
    for sid in sorted(taking):
        required = [c for c in by_session.get(sid, []) if c.required]
        if not required:
            continue
        missing = tuple(c.title for c in required if marks.get(c.id) not in _COUNTING)
        cand = (len(required) - len(missing), len(required), missing)
        if best is None or (len(cand[2]), -cand[1]) < (len(best[2]), -best[1]):
            best = cand
    req_done, req_total, missing = best if best is not None else (0, 0, ())

    if rule == TrainingRule.HOURS.value:
        complete = bool(taking) and hours >= required_hours
    else:
        complete = best is not None and not missing
    return Completion(
        complete=complete,
        rule=rule,
        hours=hours,
        required_hours=required_hours,
        courses=done,
        required_done=req_done,
        required_total=req_total,
        missing=missing,
        enrolled=bool(taking),
        leave=leave,
        absent=absent,
    )


@dataclass
class TrainingFacts:
    """A batch's training as the rules see it: its rule, courses, lists and marks (by dispatch)."""

    rule: str = TrainingRule.REQUIRED_COURSES.value
    required_hours: Decimal = Decimal(24)
    courses: list[CourseFact] = field(default_factory=list)
    enrolled: dict[int, set[int]] = field(default_factory=dict)  # dispatch id → class ids
    marks: dict[int, dict[int, str]] = field(default_factory=dict)  # dispatch id → course id → mark

    def __post_init__(self) -> None:
        self._by_session: dict[int, list[CourseFact]] = {}
        self._session_of: dict[int, int] = {}
        for c in self.courses:
            self._by_session.setdefault(c.session_id, []).append(c)
            self._session_of[c.id] = c.session_id

    def of(self, dispatch_id: int) -> Completion:
        """``completion`` of one dispatch, given only the courses of the classes it concerns."""
        enrolled = self.enrolled.get(dispatch_id, set())
        marks = self.marks.get(dispatch_id, {})
        sessions = set(enrolled) | {self._session_of[c] for c in marks if c in self._session_of}
        courses = [c for sid in sorted(sessions) for c in self._by_session.get(sid, [])]
        return completion(self.rule, self.required_hours, courses, enrolled, marks)
