"""The problem ledger's loop (问题台账, seeds 003/004): 发现 → 交办 → 处理 → 反馈 → (督办) → 销号.

Pure rules over a problem's state; the services apply them in one transaction and record the step.

- No step is skipped: each stage follows the one before it.
- 交办 names who handles it and the deadline.
- 督办 (supervision) is recorded only when the problem is overdue (its deadline has passed on the
  day of the step) while it is assigned or being handled, or when its 反馈 came late; after it the
  problem resumes where it stood (督办 at 处理 → next 反馈).
- A problem whose 反馈 came after its deadline is closed (销号) only after a 督办.
- A closed problem is read only; reopening it is a step of its own (with a reason) that puts it back
  to 处理, optionally with a new deadline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cadredesk.core.enums import ProblemStage as S

#: the main line of the loop; 督办 is inserted when overdue
MAIN_LINE: tuple[S, ...] = (S.FOUND, S.ASSIGNED, S.HANDLING, S.FEEDBACK, S.CLOSED)


class LifecycleError(ValueError):
    """A step the loop does not allow; the message is one Chinese sentence for the clerk."""


@dataclass(frozen=True, slots=True)
class StepFact:
    stage: str
    day: dt.date
    reopened: bool = False


@dataclass(frozen=True, slots=True)
class ProblemState:
    """What the rules look at: the current stage, deadline, and the steps so far (oldest first)."""

    stage: str
    deadline: dt.date | None
    steps: tuple[StepFact, ...] = ()

    @property
    def closed(self) -> bool:
        return self.stage == S.CLOSED.value

    def resumed_from(self) -> str:
        """The main-line stage the problem stands at (the stage before a 督办)."""
        if self.stage != S.SUPERVISED.value:
            return self.stage
        for step in reversed(self.steps):
            if step.stage != S.SUPERVISED.value:
                return step.stage
        return S.ASSIGNED.value

    def feedback_day(self) -> dt.date | None:
        """Day of the latest 反馈 since the last reopening."""
        for step in reversed(self.steps):
            if step.reopened:
                return None
            if step.stage == S.FEEDBACK.value:
                return step.day
        return None

    def supervised_since_reopen(self) -> bool:
        for step in reversed(self.steps):
            if step.reopened:
                return False
            if step.stage == S.SUPERVISED.value:
                return True
        return False


def is_overdue(state: ProblemState, today: dt.date) -> bool:
    return not state.closed and state.deadline is not None and state.deadline < today


def next_stages(state: ProblemState, today: dt.date) -> list[str]:
    """The stages the problem may move to now (the GUI offers exactly these)."""
    if state.closed:
        return []
    base = state.resumed_from()
    i = MAIN_LINE.index(S(base))
    out: list[str] = []
    nxt = MAIN_LINE[i + 1]
    if nxt is not S.CLOSED or _may_close(state):
        out.append(nxt.value)
    still_open = base in (S.ASSIGNED.value, S.HANDLING.value) or (
        base == S.FEEDBACK.value and not _may_close(state)
    )
    if state.stage != S.SUPERVISED.value and still_open and is_overdue(state, today):
        out.append(S.SUPERVISED.value)
    return out


def _may_close(state: ProblemState) -> bool:
    fb = state.feedback_day()
    late = fb is not None and state.deadline is not None and fb > state.deadline
    return not late or state.supervised_since_reopen()


def check_step(
    state: ProblemState,
    to: str,
    day: dt.date,
    today: dt.date,
    *,
    assignee: str | None = None,
    deadline: dt.date | None = None,
) -> None:
    """Raise ``LifecycleError`` unless the problem may move to ``to`` on ``day`` (recorded ``today``)."""
    try:
        target = S(to)
    except ValueError:
        raise LifecycleError(f"“{to}”不是问题台账的环节，应为{'、'.join(s.value for s in S)}") from None
    if state.closed:
        raise LifecycleError("问题已销号，不能再办理；如需继续办理，请先重新打开")
    if day > today:
        raise LifecycleError(f"办理日期 {day} 晚于今天")
    last = state.steps[-1].day if state.steps else None
    if last is not None and day < last:
        raise LifecycleError(f"办理日期 {day} 早于上一环节的日期 {last}")
    if target is S.FOUND:
        raise LifecycleError("“发现”是问题登记时的环节，不能再次办理")
    allowed = next_stages(state, day)  # overdue or not on the day of the step
    if target.value not in allowed:
        if target is S.SUPERVISED:
            if state.stage == S.SUPERVISED.value:
                raise LifecycleError("问题已在督办中，请办理下一环节")
            if state.resumed_from() == S.FOUND.value:
                raise LifecycleError("问题尚未交办，不能督办")
            raise LifecycleError(
                f"问题未逾期（办理期限 {state.deadline}），只有逾期未销号的问题才能督办"
                if state.deadline
                else "问题没有办理期限，不能督办"
            )
        if target is S.CLOSED and S.CLOSED.value == _main_next(state) and not _may_close(state):
            raise LifecycleError(f"反馈晚于办理期限 {state.deadline}，须先督办再销号")
        expected = _main_next(state)
        raise LifecycleError(f"不能跳过环节：问题处于“{state.stage}”，下一环节应为“{expected}”")
    if target is S.ASSIGNED:
        if not (assignee or "").strip():
            raise LifecycleError("交办须写明承办单位或责任人")
        if deadline is None:
            raise LifecycleError("交办须写明办理期限")
        if deadline < day:
            raise LifecycleError(f"办理期限 {deadline} 早于交办日期 {day}")


def _main_next(state: ProblemState) -> str:
    i = MAIN_LINE.index(S(state.resumed_from()))
    return MAIN_LINE[i + 1].value


def check_reopen(state: ProblemState, reason: str, new_deadline: dt.date | None, today: dt.date) -> None:
    if not state.closed:
        raise LifecycleError("只有已销号的问题才能重新打开")
    if not reason.strip():
        raise LifecycleError("重新打开须写明原因")
    if new_deadline is not None and new_deadline < today:
        raise LifecycleError(f"新的办理期限 {new_deadline} 早于今天")


def reopened_stage() -> str:
    """Where a reopened problem stands: handling again (it was assigned before)."""
    return S.HANDLING.value


def check_edit(state: ProblemState) -> None:
    """Closed items are read only."""
    if state.closed:
        raise LifecycleError("问题已销号，内容不能修改；如需更正，请先重新打开")


def overdue_days(state: ProblemState, today: dt.date) -> int:
    if not is_overdue(state, today) or state.deadline is None:
        return 0
    return (today - state.deadline).days


def state_of(stage: str, deadline: dt.date | None, steps: Sequence[StepFact]) -> ProblemState:
    return ProblemState(stage, deadline, tuple(steps))
