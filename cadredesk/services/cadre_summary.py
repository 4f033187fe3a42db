"""A cadre's training and mentoring in one batch, in a few numbers and names: for the cadre's profile
and the end-of-term registration form (期满考核登记表).

``summaries(batch_id)`` gives every cadre of a batch (one query set for a whole printed run);
``cadre_summary(dispatch_id)`` one; ``summary_of(id_number, batch)`` finds the dispatch by ID number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cadredesk.core.models import (
    Batch,
    Dispatch,
    Mentor,
    MentorActivity,
    MentorPair,
    Township,
    TrainingSession,
)
from cadredesk.errors import NotFound
from cadredesk.services import batches
from cadredesk.services.batch_people import dispatch_of_cadre, people_of
from cadredesk.services.context import Tx, query
from cadredesk.services.training import training_facts


@dataclass(frozen=True)
class TrainingMentoringSummary:
    dispatch_id: int
    cadre_id: int
    name: str
    batch: str
    # training
    training: str  # 已完成 / 未完成 / 未参训
    training_detail: str
    sessions: tuple[str, ...]
    hours: Decimal
    courses: int
    required_done: int
    required_total: int
    # mentoring: the current mentor (else the last one)
    mentor: str
    mentor_post: str
    mentor_township: str
    mentored_since: dt.date | None
    activities: int  # with every mentor of this dispatch
    last_activity: dt.date | None

    @property
    def text(self) -> str:
        """One paragraph for a form: 岗前培训… ；传帮带…"""
        t = f"参加岗前培训{'、'.join(self.sessions) or ''}，修完 {self.courses} 门课程 {_num(self.hours)} 学时，{self.training}"
        if self.mentor:
            m = f"帮带人{self.mentor}（{self.mentor_township}{'，' + self.mentor_post if self.mentor_post else ''}），"
            m += f"开展帮带活动 {self.activities} 次"
        else:
            m = "未确定传帮带帮带人"
        return f"{t}；{m}。"

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name, "batch": self.batch, "training": self.training, "training_detail": self.training_detail,
            "sessions": list(self.sessions), "hours": float(self.hours), "courses": self.courses,
            "required_done": self.required_done, "required_total": self.required_total, "mentor": self.mentor,
            "mentor_post": self.mentor_post, "mentor_township": self.mentor_township,
            "mentored_since": self.mentored_since.isoformat() if self.mentored_since else None,
            "activities": self.activities,
            "last_activity": self.last_activity.isoformat() if self.last_activity else None,
        }  # fmt: skip


def _num(value: Decimal) -> str:
    return f"{value.normalize():f}"


def summaries_of(
    s: Session, batch: Batch, dispatch_ids: list[int] | None = None
) -> list[TrainingMentoringSummary]:
    people = people_of(s, batch.id, dispatch_ids)
    facts = training_facts(s, batch, dispatch_ids)
    names = dict(
        s.execute(
            select(TrainingSession.id, TrainingSession.name).where(TrainingSession.batch_id == batch.id)
        ).all()
    )
    session_of = {c.id: c.session_id for c in facts.courses}
    pairs: dict[int, tuple[str, str, int, dt.date | None, bool]] = {}
    for did, mname, mpost, mtid, start, end in s.execute(
        select(
            MentorPair.dispatch_id,
            Mentor.name,
            Mentor.post,
            Mentor.township_id,
            MentorPair.start,
            MentorPair.end,
        )
        .join(Mentor, Mentor.id == MentorPair.mentor_id)
        .join(Dispatch, Dispatch.id == MentorPair.dispatch_id)
        .where(Dispatch.batch_id == batch.id)
        .order_by(MentorPair.start, MentorPair.id)
    ):
        current = end is None
        if did not in pairs or current or not pairs[did][4]:
            pairs[did] = (mname, mpost or "", mtid, start, current)
    towns = dict(s.execute(select(Township.id, Township.name)).all())
    acts = {
        did: (n, last)
        for did, n, last in s.execute(
            select(MentorPair.dispatch_id, func.count(MentorActivity.id), func.max(MentorActivity.day))
            .join(MentorActivity, MentorActivity.pair_id == MentorPair.id)
            .join(Dispatch, Dispatch.id == MentorPair.dispatch_id)
            .where(Dispatch.batch_id == batch.id)
            .group_by(MentorPair.dispatch_id)
        )
    }
    out = []
    for did, p in people.items():
        c = facts.of(did)
        sessions = set(facts.enrolled.get(did, set())) | {
            session_of[x] for x in facts.marks.get(did, {}) if x in session_of
        }
        mname, mpost, mtown, since, _cur = pairs.get(did, ("", "", 0, None, False))
        n, last = acts.get(did, (0, None))
        out.append(
            TrainingMentoringSummary(
                did, p.cadre_id, p.name, batch.name, c.status, c.detail,
                tuple(names[x] for x in sorted(sessions) if x in names), c.hours, c.courses, c.required_done,
                c.required_total, mname, mpost, towns.get(mtown, "") if mname else "", since, n, last,
            )
        )  # fmt: skip
    return out


@query
def summaries(tx: Tx, batch_id: int) -> list[TrainingMentoringSummary]:
    """Every cadre of the batch, in township, place, 姓氏笔画 order."""
    b = tx.session.get(Batch, batch_id)
    if b is None:
        raise NotFound(f"批次 {batch_id} 不存在")
    return summaries_of(tx.session, b)


@query
def cadre_summary(tx: Tx, dispatch_id: int) -> TrainingMentoringSummary:
    d = tx.session.get(Dispatch, dispatch_id)
    if d is None:
        raise NotFound(f"派驻记录 {dispatch_id} 不存在")
    return summaries_of(tx.session, d.batch, [d.id])[0]


@query
def summary_of(tx: Tx, id_number: str, batch: str | None = None) -> TrainingMentoringSummary:
    """The summary of the cadre with ``id_number`` in ``batch`` (default: the most recent batch)."""
    b = batches.find(tx.session, batch)
    did = dispatch_of_cadre(tx.session, b.id, id_number)
    return summaries_of(tx.session, b, [did])[0]
