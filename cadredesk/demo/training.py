"""Training before going on post: the pre-post classes (岗前培训), their courses, trainees and marks.

Successors of recalled cadres get a one-day class of their own.  The draws from the run's RNG are
those the generator always made here (who is left incomplete, teachers, hours and notes of the
incomplete), so every row after this writer stays the same; what the per-course records add —
which courses were missed, leave and make-up — comes from ``random.Random(f"{seed}-training")``.

Consistent with the batch's rule (必修课): everyone completes except the few left incomplete on
purpose, who miss required courses; a few others were on leave for one course and made it up.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from cadredesk.core.enums import TrainingMark
from cadredesk.core.models import TrainingAttendance, TrainingCourse, TrainingSession, TrainingTrainee
from cadredesk.demo.context import Context
from cadredesk.demo.days import WORK, day_kind
from cadredesk.demo.vocab import cn_number

#: (title, lecturer's post, topic, required)
_TRAINING_COURSES = (
    ("习近平新时代中国特色社会主义思想专题辅导", "党校教授", "理论学习", True),
    ("乡村振兴战略与强农惠农政策解读", "农业农村局副局长", "农村政策", True),
    ("抓党建促乡村振兴：基层党组织建设实务", "组织部副部长", "党的建设", True),
    ("驻村第一书记工作职责与方法", "优秀第一书记代表", "工作方法", True),
    ("发展壮大村级集体经济案例分析", "党校副教授", "集体经济", True),
    ("信访维稳与矛盾纠纷排查化解", "信访局副局长", "信访工作", True),
    ("农村人居环境整治与美丽乡村建设", "住建局副局长", "乡村振兴", False),
    ("廉洁自律与作风建设警示教育", "纪委监委干部", "廉政教育", True),
)
_PRESENT, _ABSENT, _LEAVE, _MAKE_UP = (m.value for m in TrainingMark)


def write_training(ctx: Context) -> None:
    """Pre-post classes of up to 400 (a few cadres on post left incomplete on purpose), and a
    short class for the successors; sets ``session_start`` on every dispatch."""
    rng, s = ctx.rng, ctx.spec
    own = random.Random(f"{ctx.seed}-training")
    initial = [d for d in ctx.disps if not d.replacement]
    per_class = 400
    n_classes = max(1, -(-len(initial) // per_class))
    sessions: list[dict[str, Any]] = []
    courses: list[dict[str, Any]] = []
    trainees: list[dict[str, Any]] = []
    marks: list[dict[str, Any]] = []
    incomplete = set(d.id for d in rng.sample([d for d in initial if d.on_post], max(3, len(initial) // 300)))
    for c in range(n_classes):
        sid = ctx.new_id(TrainingSession)
        first_day = s.start - dt.timedelta(days=21 - 3 * (c % 5))
        while day_kind(first_day) != WORK:
            first_day += dt.timedelta(days=1)
        days = [first_day]
        while len(days) < 3:
            nxt = days[-1] + dt.timedelta(days=1)
            while day_kind(nxt) != WORK:
                nxt += dt.timedelta(days=1)
            days.append(nxt)
        label = f"（第{cn_number(c + 1)}期）" if n_classes > 1 else ""
        sessions.append(
            ctx.versioned(
                dict(
                    id=sid, batch_id=ctx.batch_id, name=f"{s.batch_name}岗前培训班{label}", start=days[0],
                    end=days[-1], location=s.party_school, organizer=s.org_dept,
                )
            )
        )  # fmt: skip
        class_courses: list[tuple[int, bool]] = []
        for i, (title, teacher_post, topic, required) in enumerate(_TRAINING_COURSES):
            cid = ctx.new_id(TrainingCourse)
            class_courses.append((cid, required))
            courses.append(
                ctx.versioned(
                    dict(
                        id=cid, session_id=sid, title=title,
                        lecturer=f"{ctx.people.name(ctx.chance(0.3))}（{teacher_post}）", day=days[i * 3 // 8],
                        hours=Decimal("3.0"), topic=topic, required=required,
                    )
                )
            )  # fmt: skip
        for d in initial[c * per_class : (c + 1) * per_class]:
            d.session_start = days[0]
            note = None
            if d.id in incomplete:
                hours = Decimal(rng.choice((6, 9, 12, 15))).quantize(Decimal("0.1"))
                note = rng.choice(("因病缺课，需补训", "工作冲突，未参加全部课程", "结业考试未通过，待补考"))
                attended = int(hours) // 3
                missed = _LEAVE if note.startswith("因病") else _ABSENT
                for k, (cid, _req) in enumerate(class_courses):
                    marks.append(
                        dict(course_id=cid, dispatch_id=d.id, mark=_PRESENT if k < attended else missed)
                    )
            else:
                leave_at = own.randrange(len(class_courses)) if own.random() < 0.04 else -1
                for k, (cid, _req) in enumerate(class_courses):
                    if k == leave_at:
                        marks.append(dict(course_id=cid, dispatch_id=d.id, mark=_MAKE_UP, note="请假后补课"))
                    else:
                        marks.append(dict(course_id=cid, dispatch_id=d.id, mark=_PRESENT))
            trainees.append(dict(session_id=sid, dispatch_id=d.id, note=note))
    successors = [d for d in ctx.disps if d.replacement]
    if successors:
        sid = ctx.new_id(TrainingSession)
        day1 = s.replacement_start - dt.timedelta(days=6)
        while day_kind(day1) != WORK:
            day1 += dt.timedelta(days=1)
        sessions.append(
            ctx.versioned(
                dict(
                    id=sid, batch_id=ctx.batch_id, name=f"{s.batch_name}补充选派干部培训班", start=day1, end=day1,
                    location=s.party_school, organizer=s.org_dept,
                )
            )
        )  # fmt: skip
        ids = []
        for title, teacher_post, topic, _required in _TRAINING_COURSES[2:4]:
            cid = ctx.new_id(TrainingCourse)
            ids.append(cid)
            courses.append(
                ctx.versioned(
                    dict(
                        id=cid, session_id=sid, title=title,
                        lecturer=f"{ctx.people.name(ctx.chance(0.3))}（{teacher_post}）", day=day1,
                        hours=Decimal("3.0"), topic=topic, required=True,
                    )
                )
            )  # fmt: skip
        for d in successors:
            d.session_start = day1
            trainees.append(dict(session_id=sid, dispatch_id=d.id, note=None))
            marks.extend(dict(course_id=cid, dispatch_id=d.id, mark=_PRESENT) for cid in ids)
    for row in marks:
        row.setdefault("note", None)
    ctx.put(TrainingSession, sessions)
    ctx.put(TrainingCourse, courses)
    ctx.put(TrainingTrainee, trainees)
    ctx.put(TrainingAttendance, marks)
    ctx.planted.append(f"{len(incomplete)} 名在岗干部未完成岗前培训（必修课缺课）")
