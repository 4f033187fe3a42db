"""Mentoring (传帮带): the mentors list per township, mentor ↔ cadre pairs, the activity log, the rules' facts.

Seed 002: "建立传帮带制度，每位镇（街道）党政领导干部都要联系帮带若干名驻村干部".  A mentor is a township
leader (not necessarily a dispatched cadre), kept with their post; a pair links a mentor with a
dispatch of the same township; a cadre has one current mentor, a mentor several cadres.

What the 传帮带 page needs:
- tables: ``list_mentors`` (per township, with how many cadres each mentors), ``list_pairs`` (a batch's
  pairs with their activity count and last activity), ``list_activities`` (the log), ``unpaired``
  (cadres of a township without a current mentor, for the pairing dialog);
- dialogs: ``MentorForm`` + ``save_mentor``/``delete_mentor``; ``pair`` (several cadres with one mentor
  at once: the bulk action), ``end_pair``; ``ActivityForm`` + ``save_activity``/``delete_activity``;
- Excel: ``export_mentoring``; the facts of the three rules: ``mentoring_facts``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from cadredesk.core.enums import MENTOR_EXPORTS, MENTOR_FORMS, DispatchStatus
from cadredesk.core.models import Batch, Dispatch, Mentor, MentorActivity, MentorPair, Township
from cadredesk.core.rules import mentoring as rules
from cadredesk.errors import Conflict, NotFound, UserError, ValidationError
from cadredesk.services.batch_people import ENDED, Person, people_of
from cadredesk.services.context import Tx, command, query

__all__ = [
    "FORMS",
    "ActivityForm",
    "ActivityRow",
    "IdleInfo",
    "MentorForm",
    "MentorRow",
    "PairOutcome",
    "PairRow",
]

FORMS = MENTOR_FORMS


# --------------------------------------------------------------------------- plain data


@dataclass(frozen=True)
class MentorForm:
    name: str
    township_id: int
    post: str = ""
    phone: str = ""
    note: str = ""
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class MentorRow:
    id: int
    name: str
    township_id: int
    township: str
    post: str
    phone: str
    note: str
    mentees: int  # current pairs (in the batch asked for, or in any batch)
    activities: int

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name, "township": self.township, "post": self.post, "phone": self.phone,
            "mentees": self.mentees, "activities": self.activities,
        }  # fmt: skip


@dataclass(frozen=True)
class PairRow:
    id: int
    mentor_id: int
    mentor: str
    mentor_post: str
    mentor_township: str
    dispatch_id: int
    cadre_id: int
    name: str
    id_number: str
    unit: str
    township: str
    place: str
    status: str
    start: dt.date
    end: dt.date | None
    activities: int
    last_activity: dt.date | None

    @property
    def current(self) -> bool:
        return self.end is None

    def to_json(self) -> dict[str, object]:
        return {
            "mentor": self.mentor, "mentor_post": self.mentor_post, "mentor_township": self.mentor_township,
            "name": self.name, "id_number": self.id_number, "unit": self.unit, "township": self.township,
            "place": self.place, "status": self.status, "start": self.start.isoformat(),
            "end": self.end.isoformat() if self.end else None, "activities": self.activities,
            "last_activity": self.last_activity.isoformat() if self.last_activity else None,
        }  # fmt: skip


@dataclass(frozen=True)
class ActivityForm:
    pair_id: int
    day: dt.date
    form: str
    topic: str
    outcome: str = ""
    id: int | None = None


@dataclass(frozen=True)
class ActivityRow:
    id: int
    pair_id: int
    day: dt.date
    form: str
    topic: str
    outcome: str
    mentor: str
    name: str  # the cadre
    township: str
    place: str

    def to_json(self) -> dict[str, object]:
        return {
            "day": self.day.isoformat(), "form": self.form, "topic": self.topic, "outcome": self.outcome,
            "mentor": self.mentor, "name": self.name, "township": self.township, "place": self.place,
        }  # fmt: skip


@dataclass
class PairOutcome:
    paired: int = 0  # new pairs (or a former pair taken up again)
    unchanged: int = 0  # already this mentor's
    switched: int = 0  # of those paired: their former mentor's pair ended


# --------------------------------------------------------------------------- helpers (caller's transaction)


def _mentor(s: Session, mentor_id: int) -> Mentor:
    m = s.get(Mentor, mentor_id)
    if m is None:
        raise NotFound(f"帮带人 {mentor_id} 不存在")
    return m


def _pair(s: Session, pair_id: int) -> MentorPair:
    p = s.get(MentorPair, pair_id)
    if p is None:
        raise NotFound(f"帮带关系 {pair_id} 不存在")
    return p


def _text(value: str | None, limit: int, what: str) -> str:
    text = " ".join((value or "").split())
    if len(text) > limit:
        raise ValidationError(f"{what}太长（{len(text)} 个字，最多 {limit} 个）")
    return text


def mentor_named(s: Session, township_id: int, name: str) -> Mentor | None:
    return s.scalar(
        select(Mentor).where(Mentor.township_id == township_id, Mentor.name == "".join(name.split()))
    )


def store_mentor(s: Session, form: MentorForm) -> tuple[Mentor, list[str]]:
    """Validate and create or update a mentor in the caller's transaction; returns it and what changed."""
    name = "".join((form.name or "").split())
    if not name:
        raise ValidationError("帮带人姓名不能为空")
    if len(name) > 32:
        raise ValidationError(f"帮带人姓名太长（{len(name)} 个字）")
    township = s.get(Township, form.township_id)
    if township is None:
        raise NotFound(f"乡镇 {form.township_id} 不存在")
    same = mentor_named(s, township.id, name)
    if same is not None and same.id != form.id:
        raise ValidationError(f"{township.name}已有帮带人“{name}”", key="duplicate")
    values = {
        "name": name, "township_id": township.id, "post": _text(form.post, 64, "职务") or None,
        "phone": "".join((form.phone or "").split())[:32] or None, "note": (form.note or "").strip() or None,
    }  # fmt: skip
    if form.id is None:
        m = Mentor(**values)
        s.add(m)
        s.flush()
        return m, ["新建"]
    m = _mentor(s, form.id)
    if form.version is not None and form.version != m.version:
        raise Conflict(f"帮带人“{m.name}”的记录已被他人修改，请重新打开后再编辑")
    if m.township_id != township.id and s.scalar(
        select(MentorPair.id).where(MentorPair.mentor_id == m.id, MentorPair.end.is_(None)).limit(1)
    ):
        raise ValidationError(f"{m.name}还有帮带对象，调往其他乡镇前请先解除帮带关系")
    changes = [f"{k}: {getattr(m, k)}→{v}" for k, v in values.items() if getattr(m, k) != v]
    for k, v in values.items():
        setattr(m, k, v)
    try:
        s.flush()
    except StaleDataError:
        raise Conflict(f"帮带人“{name}”的记录已被他人修改，请重新打开后再编辑") from None
    return m, changes


def pair_in(
    s: Session, mentor: Mentor, dispatch_ids: Sequence[int], start: dt.date, *, check_township: bool = True
) -> tuple[PairOutcome, list[str]]:
    """Pair dispatches with ``mentor`` from ``start`` (caller's transaction).  A cadre's current pair with
    another mentor ends the day before; a former pair with this mentor is taken up again."""
    out = PairOutcome()
    names: list[str] = []
    ids = list(dict.fromkeys(dispatch_ids))
    found = {d.id: d for d in s.scalars(select(Dispatch).where(Dispatch.id.in_(ids)))}
    for did in ids:
        d = found.get(did)
        if d is None:
            raise NotFound(f"派驻记录 {did} 不存在")
        who = d.cadre.name
        if d.status in ENDED or d.status == DispatchStatus.COMPLETED.value:
            raise ValidationError(f"{who}的派驻已“{d.status}”，不能再结对")
        if check_township and d.township_id != mentor.township_id:
            there = d.township.name if d.township else "（未定乡镇）"
            raise ValidationError(
                f"帮带人{mentor.name}是{mentor.township.name}的领导，{who}派驻{there}：传帮带应在同一乡镇结对",
                key="mentor-township",
            )
        pairs = list(s.scalars(select(MentorPair).where(MentorPair.dispatch_id == did)))
        mine = next((p for p in pairs if p.mentor_id == mentor.id), None)
        if mine is not None and mine.end is None:
            out.unchanged += 1
            continue
        for p in pairs:
            if p.end is None and p.mentor_id != mentor.id:
                p.end = max(p.start, start - dt.timedelta(days=1))
                out.switched += 1
        if mine is not None:
            mine.end = None
            mine.start = min(mine.start, start)
        else:
            s.add(MentorPair(mentor_id=mentor.id, dispatch_id=did, start=start))
        out.paired += 1
        names.append(who)
    s.flush()
    return out, names


def end_pairs_of(s: Session, dispatch_id: int, day: dt.date) -> int:
    """End the dispatch's current pairs on ``day`` (its term ended, or it was recalled or rotated);
    returns how many (caller's transaction; the log stays with the pair)."""
    n = 0
    for p in s.scalars(
        select(MentorPair).where(MentorPair.dispatch_id == dispatch_id, MentorPair.end.is_(None))
    ):
        p.end = max(p.start, day)
        n += 1
    if n:
        s.flush()
    return n


def _pair_rows(s: Session, batch_id: int, *, township_id: int | None = None, current_only: bool = False,
               mentor_id: int | None = None) -> list[PairRow]:  # fmt: skip
    people = people_of(s, batch_id)
    acts = {
        pid: (n, last)
        for pid, n, last in s.execute(
            select(MentorActivity.pair_id, func.count(), func.max(MentorActivity.day))
            .join(MentorPair, MentorPair.id == MentorActivity.pair_id)
            .join(Dispatch, Dispatch.id == MentorPair.dispatch_id)
            .where(Dispatch.batch_id == batch_id)
            .group_by(MentorActivity.pair_id)
        )
    }
    q = (
        select(MentorPair, Mentor.name, Mentor.post, Township.name, Township.sort_order)
        .join(Mentor, Mentor.id == MentorPair.mentor_id)
        .join(Township, Township.id == Mentor.township_id)
        .join(Dispatch, Dispatch.id == MentorPair.dispatch_id)
        .where(Dispatch.batch_id == batch_id)
    )
    if current_only:
        q = q.where(MentorPair.end.is_(None))
    if mentor_id is not None:
        q = q.where(MentorPair.mentor_id == mentor_id)
    rows = []
    for p, mname, mpost, mtown, _msort in s.execute(q):
        person = people.get(p.dispatch_id)
        if person is None or (township_id is not None and person.township_id != township_id):
            continue
        n, last = acts.get(p.id, (0, None))
        rows.append((person.order, p.mentor_id, p.start, p.id, PairRow(
            p.id, p.mentor_id, mname, mpost or "", mtown, p.dispatch_id, person.cadre_id, person.name,
            person.id_number, person.unit, person.township, person.place, person.status, p.start, p.end, n, last,
        )))  # fmt: skip
    rows.sort(key=lambda r: (r[0][:3], r[1], r[0], r[2], r[3]))  # township, mentor, place, cadre
    return [r[-1] for r in rows]


# --------------------------------------------------------------------------- mentors


@command("mentor.save")
def save_mentor(tx: Tx, form: MentorForm) -> MentorRow:
    """Create (``form.id`` None) or update a mentor of a township."""
    m, changes = store_mentor(tx.session, form)
    if changes:
        tx.audit(
            action="mentor.create" if form.id is None else "mentor.update",
            entity="mentor",
            entity_id=m.id,
            detail=f"{m.township.name} {m.name}（{m.post or ''}）：{'；'.join(changes)}",
        )
    return _mentor_rows(tx.session, mentor_id=m.id)[0]


@command("mentor.delete")
def delete_mentor(tx: Tx, mentor_id: int) -> None:
    """Delete a mentor entered by mistake; refused while any pair (with its log) refers to them."""
    s = tx.session
    m = _mentor(s, mentor_id)
    n = s.scalar(select(func.count()).select_from(MentorPair).where(MentorPair.mentor_id == m.id)) or 0
    if n:
        raise ValidationError(
            f"{m.name}有 {n} 条帮带关系（含活动记录），不能删除；不再帮带的，请解除帮带关系", key="in-use"
        )
    name, town = m.name, m.township.name
    s.delete(m)
    s.flush()
    tx.audit(entity="mentor", entity_id=mentor_id, detail=f"{town} {name}")


def _mentor_rows(
    s: Session, *, township_id: int | None = None, batch_id: int | None = None, mentor_id: int | None = None
) -> list[MentorRow]:
    counts: dict[int, int] = defaultdict(int)
    q = select(MentorPair.mentor_id, func.count()).where(MentorPair.end.is_(None))
    if batch_id is not None:
        q = q.join(Dispatch, Dispatch.id == MentorPair.dispatch_id).where(Dispatch.batch_id == batch_id)
    for mid, n in s.execute(q.group_by(MentorPair.mentor_id)):
        counts[mid] = n
    acts: dict[int, int] = defaultdict(int)
    q = select(MentorPair.mentor_id, func.count()).join(
        MentorActivity, MentorActivity.pair_id == MentorPair.id
    )
    if batch_id is not None:
        q = q.join(Dispatch, Dispatch.id == MentorPair.dispatch_id).where(Dispatch.batch_id == batch_id)
    for mid, n in s.execute(q.group_by(MentorPair.mentor_id)):
        acts[mid] = n
    q2 = (
        select(Mentor, Township.name)
        .join(Township, Township.id == Mentor.township_id)
        .order_by(Township.sort_order, Township.name, Mentor.id)
    )
    if township_id is not None:
        q2 = q2.where(Mentor.township_id == township_id)
    if mentor_id is not None:
        q2 = q2.where(Mentor.id == mentor_id)
    return [
        MentorRow(
            m.id,
            m.name,
            m.township_id,
            tname,
            m.post or "",
            m.phone or "",
            m.note or "",
            counts[m.id],
            acts[m.id],
        )
        for m, tname in s.execute(q2)
    ]


@query
def list_mentors(tx: Tx, township_id: int | None = None, batch_id: int | None = None) -> list[MentorRow]:
    """Mentors (of one township, or all) in township order, with the cadres each mentors now (in
    ``batch_id``, or in any batch) and their logged activities."""
    return _mentor_rows(tx.session, township_id=township_id, batch_id=batch_id)


@query
def get_mentor(tx: Tx, mentor_id: int) -> MentorForm:
    m = _mentor(tx.session, mentor_id)
    return MentorForm(m.name, m.township_id, m.post or "", m.phone or "", m.note or "", m.id, m.version)


@query
def find_mentor(tx: Tx, township: str, name: str) -> MentorRow:
    """A mentor by township name and name (the CLI names them so)."""
    s = tx.session
    t = s.scalar(select(Township).where(Township.name == "".join(township.split())))
    if t is None:
        raise NotFound(f"没有名为“{township}”的乡镇")
    m = mentor_named(s, t.id, name)
    if m is None:
        raise NotFound(f"{t.name}没有帮带人“{name}”（先用 mentor add 登记）")
    return _mentor_rows(s, mentor_id=m.id)[0]


# --------------------------------------------------------------------------- pairs


@command("mentor.pair")
def pair(tx: Tx, mentor_id: int, dispatch_ids: Sequence[int], *, start: dt.date | None = None) -> PairOutcome:
    """Pair one mentor with several cadres of the same township (from ``start``, default today).  A cadre
    who had another mentor changes mentor: the former pair ends the day before."""
    s = tx.session
    m = _mentor(s, mentor_id)
    out, names = pair_in(s, m, dispatch_ids, start or tx.today())
    if out.paired:
        switched = f"（其中 {out.switched} 人更换帮带人）" if out.switched else ""
        tx.audit(
            entity="mentor",
            entity_id=m.id,
            detail=f"{m.township.name} {m.name} 帮带：{'、'.join(names)}{switched}",
        )
    return out


@command("mentor.unpair")
def end_pair(tx: Tx, pair_id: int, *, on: dt.date | None = None) -> None:
    """End a pair (解除帮带关系) on ``on`` (default today); its log is kept."""
    s = tx.session
    p = _pair(s, pair_id)
    if p.end is not None:
        raise ValidationError(f"该帮带关系已于 {p.end} 解除")
    day = on or tx.today()
    if day < p.start:
        raise ValidationError(f"解除日期 {day} 早于结对日期 {p.start}")
    p.end = day
    s.flush()
    tx.audit(
        entity="mentor_pair", entity_id=p.id, detail=f"{p.mentor.name}—{p.dispatch.cadre.name} 于 {day} 解除"
    )


@query
def list_pairs(
    tx: Tx,
    batch_id: int,
    *,
    township_id: int | None = None,
    current_only: bool = False,
    mentor_id: int | None = None,
) -> list[PairRow]:
    """The batch's pairs in township, mentor, place order, with their activity count and last activity."""
    return _pair_rows(
        tx.session, batch_id, township_id=township_id, current_only=current_only, mentor_id=mentor_id
    )


@query
def current_pair_of(tx: Tx, dispatch_id: int) -> PairRow | None:
    d = tx.session.get(Dispatch, dispatch_id)
    if d is None:
        raise NotFound(f"派驻记录 {dispatch_id} 不存在")
    rows = [r for r in _pair_rows(tx.session, d.batch_id, current_only=True) if r.dispatch_id == dispatch_id]
    return rows[0] if rows else None


@query
def unpaired(tx: Tx, batch_id: int, township_id: int | None = None) -> list[Person]:
    """Cadres of the batch still serving (推荐 … 在岗) without a current mentor (the pairing dialog)."""
    s = tx.session
    paired = set(
        s.scalars(
            select(MentorPair.dispatch_id)
            .join(Dispatch, Dispatch.id == MentorPair.dispatch_id)
            .where(Dispatch.batch_id == batch_id, MentorPair.end.is_(None))
        )
    )
    done = (*ENDED, DispatchStatus.COMPLETED.value)
    return [
        p
        for p in people_of(s, batch_id).values()
        if p.dispatch_id not in paired
        and p.status not in done
        and (township_id is None or p.township_id == township_id)
    ]


# --------------------------------------------------------------------------- the activity log


def _clean_activity(s: Session, form: ActivityForm, today: dt.date) -> tuple[MentorPair, dict[str, object]]:
    p = _pair(s, form.pair_id)
    if not isinstance(form.day, dt.date):
        raise ValidationError("请填写活动日期")
    if form.day > today:
        raise ValidationError(f"活动日期 {form.day} 晚于今天")
    if form.day < p.start:
        raise ValidationError(f"活动日期 {form.day} 早于结对日期 {p.start}")
    if p.end is not None and form.day > p.end:
        raise ValidationError(f"活动日期 {form.day} 晚于帮带关系解除日期 {p.end}")
    kind = _text(form.form, 16, "活动形式")
    if not kind:
        raise ValidationError(f"请填写活动形式（如{'、'.join(FORMS[:3])}）")
    topic = (form.topic or "").strip()
    if not topic:
        raise ValidationError("请填写活动主题或内容")
    return p, {"day": form.day, "form": kind, "topic": topic, "outcome": (form.outcome or "").strip() or None}


@command("mentor.log")
def save_activity(tx: Tx, form: ActivityForm) -> int:
    """Add (``form.id`` None) or correct an entry of a pair's log; returns its id."""
    s = tx.session
    p, values = _clean_activity(s, form, tx.today())
    if form.id is None:
        a = MentorActivity(pair_id=p.id, **values)
        s.add(a)
        s.flush()
        tx.audit(
            entity="mentor_activity", entity_id=a.id,
            detail=f"{p.mentor.name}—{p.dispatch.cadre.name} {form.day} {values['form']}：{values['topic']}",
        )  # fmt: skip
        return a.id
    a_found = s.get(MentorActivity, form.id)
    if a_found is None:
        raise NotFound(f"活动记录 {form.id} 不存在")
    if a_found.pair_id != p.id:
        raise ValidationError("活动记录不能移到另一对帮带关系")
    changes = [f"{k}: {getattr(a_found, k)}→{v}" for k, v in values.items() if getattr(a_found, k) != v]
    for k, v in values.items():
        setattr(a_found, k, v)
    if changes:
        s.flush()
        tx.audit(
            action="mentor.log.update",
            entity="mentor_activity",
            entity_id=a_found.id,
            detail="；".join(changes),
        )
    return a_found.id


@command("mentor.log.delete")
def delete_activity(tx: Tx, activity_id: int) -> None:
    s = tx.session
    a = s.get(MentorActivity, activity_id)
    if a is None:
        raise NotFound(f"活动记录 {activity_id} 不存在")
    p = _pair(s, a.pair_id)
    detail = f"{p.mentor.name}—{p.dispatch.cadre.name} {a.day} {a.form}"
    s.delete(a)
    s.flush()
    tx.audit(entity="mentor_activity", entity_id=activity_id, detail=detail)


def activity_rows(
    s: Session, batch_id: int, *, pair_id: int | None = None, township_id: int | None = None
) -> list[ActivityRow]:
    q = (
        select(MentorActivity, Mentor.name, MentorPair.dispatch_id)
        .join(MentorPair, MentorPair.id == MentorActivity.pair_id)
        .join(Mentor, Mentor.id == MentorPair.mentor_id)
        .join(Dispatch, Dispatch.id == MentorPair.dispatch_id)
        .where(Dispatch.batch_id == batch_id)
        .order_by(MentorActivity.day.desc(), MentorActivity.id.desc())
    )
    if pair_id is not None:
        q = q.where(MentorActivity.pair_id == pair_id)
    people = people_of(s, batch_id)
    out = []
    for a, mname, did in s.execute(q):
        p = people.get(did)
        if p is None or (township_id is not None and p.township_id != township_id):
            continue
        out.append(
            ActivityRow(
                a.id, a.pair_id, a.day, a.form, a.topic, a.outcome or "", mname, p.name, p.township, p.place
            )
        )
    return out


@query
def list_activities(
    tx: Tx, batch_id: int, *, pair_id: int | None = None, township_id: int | None = None
) -> list[ActivityRow]:
    """The log of the batch's pairs (or of one pair / one township), newest first."""
    return activity_rows(tx.session, batch_id, pair_id=pair_id, township_id=township_id)


@query
def get_activity(tx: Tx, activity_id: int) -> ActivityForm:
    a = tx.session.get(MentorActivity, activity_id)
    if a is None:
        raise NotFound(f"活动记录 {activity_id} 不存在")
    return ActivityForm(a.pair_id, a.day, a.form, a.topic, a.outcome or "", a.id)


@command("mentor.idle-months")
def set_idle_months(tx: Tx, batch_id: int, months: int) -> int:
    """The batch's ``mentor-idle`` interval: a pair with no activity for longer is flagged."""
    from cadredesk.core.campaign import RULE_FIELDS

    b = tx.session.get(Batch, batch_id)
    if b is None:
        raise NotFound(f"批次 {batch_id} 不存在")
    label, low, high = RULE_FIELDS["mentor_idle_months"]
    if isinstance(months, bool) or not isinstance(months, int) or not low <= months <= high:
        raise ValidationError(f"“{label}”应为 {low} 至 {high} 之间的整数，不是 {months!r}")
    if months != b.mentor_idle_months:
        old, b.mentor_idle_months = b.mentor_idle_months, months
        tx.session.flush()
        tx.audit(entity="batch", entity_id=b.id, detail=f"{b.name} 传帮带活动间隔 {old}→{months} 个月")
    return months


@dataclass(frozen=True)
class IdleInfo:
    """The batch's ``mentor-idle`` interval and the cadres whose current pair is overdue by that rule
    (the 传帮带 page highlights their pairs)."""

    months: int
    dispatch_ids: frozenset[int]


@query
def idle_pairs(tx: Tx, batch_id: int) -> IdleInfo:
    """Which current pairs the ``mentor-idle`` rule flags today, judged by the rule itself."""
    b = tx.session.get(Batch, batch_id)
    if b is None:
        raise NotFound(f"批次 {batch_id} 不存在")
    found = rules.mentor_idle(mentoring_facts(tx.session, b), tx.today())
    return IdleInfo(b.mentor_idle_months, frozenset(v.target[1] for v in found if v.target is not None))


# --------------------------------------------------------------------------- the rules' facts


def mentoring_facts(s: Session, b: Batch) -> rules.MentoringFacts:
    from cadredesk.services.checks import batch_facts

    mentees = [
        rules.MenteeFact(p.dispatch_id, p.name, p.status, p.township_id, p.township, p.place, p.strokes)
        for p in people_of(s, b.id).values()
    ]
    last = dict(
        s.execute(
            select(MentorActivity.pair_id, func.max(MentorActivity.day))
            .join(MentorPair, MentorPair.id == MentorActivity.pair_id)
            .join(Dispatch, Dispatch.id == MentorPair.dispatch_id)
            .where(Dispatch.batch_id == b.id)
            .group_by(MentorActivity.pair_id)
        ).all()
    )
    pairs = [
        rules.PairFact(pid, did, mid, mname, mpost or "", tid, tname, start, end, last.get(pid))
        for pid, did, mid, mname, mpost, tid, tname, start, end in s.execute(
            select(
                MentorPair.id, MentorPair.dispatch_id, Mentor.id, Mentor.name, Mentor.post, Mentor.township_id,
                Township.name, MentorPair.start, MentorPair.end,
            )
            .join(Mentor, Mentor.id == MentorPair.mentor_id)
            .join(Township, Township.id == Mentor.township_id)
            .join(Dispatch, Dispatch.id == MentorPair.dispatch_id)
            .where(Dispatch.batch_id == b.id)
            .order_by(MentorPair.id)
        )
    ]  # fmt: skip
    return rules.MentoringFacts(batch_facts(b), b.mentor_idle_months, mentees, pairs)


# --------------------------------------------------------------------------- Excel


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


EXPORTS = MENTOR_EXPORTS


@command("export.mentoring")
def export_mentoring(tx: Tx, out: Path, *, batch_id: int, what: str = "pairs") -> ExportResult:
    """A list of the 传帮带 page as a workbook: ``mentors``, ``pairs`` or ``log`` (the activities)."""
    from cadredesk.io.excel_tables import Column, export_table
    from cadredesk.services.settings import organization_of

    s = tx.session
    b = s.get(Batch, batch_id)
    if b is None:
        raise NotFound(f"批次 {batch_id} 不存在")
    info = f"导出单位：{organization_of(s)}"
    if what == "mentors":
        columns = [
            Column("序号", 6), Column("乡镇（街道）", 14), Column("姓名", 10), Column("职务", 28),
            Column("联系电话", 14, text=True), Column("帮带人数", 9, center=True), Column("活动次数", 9, center=True),
            Column("备注", 20),
        ]  # fmt: skip
        rows: list[list[object]] = [
            [i, m.township, m.name, m.post, m.phone, m.mentees, m.activities, m.note]
            for i, m in enumerate(_mentor_rows(s, batch_id=b.id), start=1)
        ]
        title = f"{b.name}传帮带帮带人名单"
    elif what == "pairs":
        columns = [
            Column("序号", 6), Column("乡镇（街道）", 14), Column("帮带人", 10), Column("帮带人职务", 24),
            Column("被帮带人", 10), Column("身份证号", 21, text=True), Column("派出单位", 22),
            Column("派驻村（社区）", 14), Column("结对日期", 11), Column("解除日期", 11), Column("活动次数", 9, center=True),
            Column("最近活动", 11),
        ]  # fmt: skip
        rows = [
            [i, p.township, p.mentor, p.mentor_post, p.name, p.id_number, p.unit, p.place, p.start, p.end or "",
             p.activities, p.last_activity or ""]
            for i, p in enumerate(_pair_rows(s, b.id), start=1)
        ]  # fmt: skip
        title = f"{b.name}传帮带结对表"
    elif what == "log":
        columns = [
            Column("序号", 6), Column("日期", 11), Column("乡镇（街道）", 14), Column("帮带人", 10),
            Column("被帮带人", 10), Column("派驻村（社区）", 14), Column("形式", 10), Column("主题", 30),
            Column("成效", 30),
        ]  # fmt: skip
        rows = [
            [i, a.day, a.township, a.mentor, a.name, a.place, a.form, a.topic, a.outcome]
            for i, a in enumerate(activity_rows(s, b.id), start=1)
        ]
        title = f"{b.name}传帮带活动记录"
    else:
        raise ValidationError(f"导出内容应为：{'、'.join(EXPORTS)}，不是“{what}”")
    if not rows:
        raise UserError("没有可导出的内容", key="empty")
    path = export_table(out, title=title, info=info, columns=columns, rows=rows)
    tx.audit(entity="batch", entity_id=b.id, detail=f"{title} {len(rows)} 行 → {Path(path).name}")
    return ExportResult(Path(path), len(rows))
