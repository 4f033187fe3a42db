"""Commands for pre-deployment training (``training …``, ``import training``) and mentoring
(``mentor …``, ``import mentors``).  ``print signin`` and ``print pairs`` are print kinds
(``services.printing``).  Classes are named by name, courses by title, cadres by ID number, mentors by
township and name; without ``--batch`` the most recent batch."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cadredesk.cli.base import AddCommand, date_arg, emit, json_flag, mask_id, say, workspace
from cadredesk.errors import UserError

if TYPE_CHECKING:  # `cadredesk-cli --help` imports no SQLAlchemy
    from cadredesk.services.context import Context

MARK_CHOICES = ["出席", "缺席", "请假", "补课", "clear"]


def _hours(value: str) -> Decimal:
    try:
        return Decimal(value)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"学时应为数字，如 3 或 1.5：{value}") from None


def _batch_id(ctx: Context, name: str | None) -> int:
    from cadredesk.services.batches import find_batch

    return find_batch(ctx, name).id


def _session(ctx: Context, args: argparse.Namespace) -> Any:
    from cadredesk.services.training import find_session

    return find_session(ctx, args.batch, args.session)


def _township_id(ctx: Context, name: str) -> int:
    from cadredesk.services.reference import townships

    key = "".join(name.split())
    for tid, tname in townships(ctx):
        if tname == key:
            return tid
    raise UserError(f"没有名为“{name}”的乡镇", key="not-found")


# --------------------------------------------------------------------------- training: classes and courses


def cmd_add_session(args: argparse.Namespace) -> int:
    from cadredesk.services.training import SessionForm, create_session

    with workspace(args, write=True) as ctx:
        form = SessionForm(
            batch_id=_batch_id(ctx, args.batch), name=args.name, start=args.start, end=args.end or args.start,
            location=args.venue or "", organizer=args.organizer or "", note=args.note or "",
        )  # fmt: skip
        row = create_session(ctx, form, enrol=not args.no_enrol)
    if args.json:
        emit(row.to_json())
    else:
        say(f"已新建培训班“{row.name}”（{row.dates}），学员 {row.trainees} 人")
    return 0


def cmd_edit_session(args: argparse.Namespace) -> int:
    from cadredesk.services.training import SessionForm, get_session, update_session

    with workspace(args, write=True) as ctx:
        old = get_session(ctx, _session(ctx, args).id)
        changes = {
            "name": args.rename, "start": args.start, "end": args.end, "location": args.venue,
            "organizer": args.organizer, "note": args.note,
        }  # fmt: skip
        form = SessionForm(**{**old.__dict__, **{k: v for k, v in changes.items() if v is not None}})
        row = update_session(ctx, form)
    say(f"已保存培训班“{row.name}”（{row.dates}）")
    return 0


def cmd_delete_session(args: argparse.Namespace) -> int:
    from cadredesk.services.training import delete_session

    if not args.yes:
        raise UserError("删除培训班会一并删除其课程、学员名单和考勤记录；确认删除请加 --yes", key="confirm")
    with workspace(args, write=True) as ctx:
        marks = delete_session(ctx, _session(ctx, args).id)
    say(f"已删除培训班“{args.session}”（含 {marks} 条考勤记录）")
    return 0


def cmd_add_course(args: argparse.Namespace) -> int:
    from cadredesk.services.training import CourseForm, save_course

    with workspace(args, write=True) as ctx:
        ts = _session(ctx, args)
        row = save_course(
            ctx,
            CourseForm(
                session_id=ts.id, title=args.title, day=args.day or ts.start, hours=args.hours,
                lecturer=args.lecturer or "", topic=args.topic or "", required=not args.elective,
            ),
        )  # fmt: skip
    if args.json:
        emit(row.to_json())
    else:
        say(f"已添加课程“{row.title}”（{row.day}，{row.hours} 学时，{row.kind}）到“{ts.name}”")
    return 0


def cmd_edit_course(args: argparse.Namespace) -> int:
    from cadredesk.services.training import CourseForm, find_course, get_course, save_course

    with workspace(args, write=True) as ctx:
        ts = _session(ctx, args)
        old = get_course(ctx, find_course(ctx, ts.id, args.course).id)
        changes = {
            "title": args.title, "day": args.day, "hours": args.hours, "lecturer": args.lecturer, "topic": args.topic,
            "required": None if args.required is None else args.required == "yes",
        }  # fmt: skip
        row = save_course(
            ctx, CourseForm(**{**old.__dict__, **{k: v for k, v in changes.items() if v is not None}})
        )
    say(f"已保存课程“{row.title}”（{row.day}，{row.hours} 学时，{row.kind}）")
    return 0


def cmd_delete_course(args: argparse.Namespace) -> int:
    from cadredesk.services.training import delete_course, find_course

    if not args.yes:
        raise UserError("删除课程会一并删除该课程的考勤记录；确认删除请加 --yes", key="confirm")
    with workspace(args, write=True) as ctx:
        course = find_course(ctx, _session(ctx, args).id, args.course)
        marks = delete_course(ctx, course.id)
    say(f"已删除课程“{course.title}”（含 {marks} 条考勤记录）")
    return 0


# --------------------------------------------------------------------------- training: trainees and attendance


def _dispatches(ctx: Context, batch_id: int, id_numbers: list[str]) -> list[int]:
    from cadredesk.services.batch_people import find_dispatches

    return find_dispatches(ctx, batch_id, id_numbers)


def cmd_enrol(args: argparse.Namespace) -> int:
    from cadredesk.services.training import enrol, enrol_choices, unenrol

    if not args.cadres and not args.all:
        raise UserError("请列出干部的身份证号，或用 --all 加入本批次全部未列入名单的在派干部", key="usage")
    with workspace(args, write=True) as ctx:
        ts = _session(ctx, args)
        if args.all:
            ids = [c.dispatch_id for c in enrol_choices(ctx, ts.id) if not c.other_sessions]
        else:
            ids = _dispatches(ctx, ts.batch_id, args.cadres)
        n = unenrol(ctx, ts.id, ids) if args.remove else enrol(ctx, ts.id, ids)
    say(f"“{ts.name}”{'移出' if args.remove else '加入'}学员 {n} 人")
    return 0


def cmd_attend(args: argparse.Namespace) -> int:
    from cadredesk.services.training import MarkChange, attendance_grid, find_course, mark_course, set_marks

    if not args.cadres and not args.all:
        raise UserError("请列出干部的身份证号，或用 --all 给全体学员记考勤", key="usage")
    mark = None if args.mark == "clear" else args.mark
    with workspace(args, write=True) as ctx:
        ts = _session(ctx, args)
        course = find_course(ctx, ts.id, args.course) if args.course else None
        if args.all and course is not None and mark is not None:
            n = mark_course(ctx, course.id, mark, overwrite=args.overwrite)
        else:
            grid = attendance_grid(ctx, ts.id)
            courses = [course] if course is not None else grid.courses
            column = {c.id: i for i, c in enumerate(grid.courses)}
            current = {r.dispatch_id: r.marks for r in grid.rows}
            targets = list(current) if args.all else _dispatches(ctx, ts.batch_id, args.cadres)

            def keep(did: int, course_id: int) -> bool:
                """--all leaves cells already marked alone (unless --overwrite)."""
                return args.all and not args.overwrite and current[did][column[course_id]] is not None

            changes = [MarkChange(c.id, did, mark) for did in targets for c in courses if not keep(did, c.id)]
            n = set_marks(ctx, changes).changed
    what = f"“{course.title}”" if course is not None else "全部课程"
    say(f"“{ts.name}”{what}：{n} 格考勤已记为{mark or '未登记'}")
    return 0


# --------------------------------------------------------------------------- training: lists


def cmd_training_list(args: argparse.Namespace) -> int:
    from cadredesk.services.training import attendance_grid, list_courses, list_sessions

    with workspace(args, write=False) as ctx:
        if args.session:
            ts = _session(ctx, args)
            grid = attendance_grid(ctx, ts.id)
            if args.json:
                emit(
                    {
                        "session": ts.to_json(),
                        "courses": [c.to_json() for c in grid.courses],
                        "trainees": [
                            {"name": r.name, "id_number": r.id_number, "unit": r.unit, "township": r.township,
                             "place": r.place, "marks": list(r.marks), "training": r.completion.status,
                             "detail": r.completion.detail}
                            for r in grid.rows
                        ],
                    }
                )  # fmt: skip
                return 0
            say(f"{ts.name}（{ts.dates}，{ts.location}）学员 {ts.trainees} 人，已完成 {ts.complete} 人")
            for i, c in enumerate(grid.courses, start=1):
                counts = "，".join(f"{k or '未登记'} {v}" for k, v in c.counts.items() if v)
                say(f"  课程{i}：{c.title}（{c.day}，{c.hours} 学时，{c.kind}）{counts}")
            for r in grid.rows:
                cells = " ".join((m or "—")[:1] for m in r.marks)
                say(f"  {r.name}\t{r.township}{r.place}\t{cells}\t{r.completion.status}")
            return 0
        sessions = list_sessions(ctx, _batch_id(ctx, args.batch))
        courses = {t.id: list_courses(ctx, t.id) for t in sessions}
    if args.json:
        emit([{**t.to_json(), "course_list": [c.to_json() for c in courses[t.id]]} for t in sessions])
        return 0
    for t in sessions:
        say(
            f"{t.name}\t{t.dates}\t{t.location}\t课程 {t.courses} 门 {t.hours} 学时\t学员 {t.trainees} 人\t已完成 {t.complete} 人"
        )
        for c in courses[t.id]:
            say(f"  {c.day}\t{c.title}\t{c.lecturer}\t{c.topic}\t{c.hours} 学时\t{c.kind}")
    if not sessions:
        say("本批次还没有培训班")
    return 0


def cmd_training_status(args: argparse.Namespace) -> int:
    from cadredesk.services.training import completion_list, training_rule_of

    with workspace(args, write=False) as ctx:
        batch_id = _batch_id(ctx, args.batch)
        rule = training_rule_of(ctx, batch_id)
        rows = completion_list(ctx, batch_id)
    if args.incomplete:
        rows = [r for r in rows if not r.completion.complete]
    if args.json:
        emit(
            {
                "batch": rule.batch,
                "rule": rule.rule,
                "hours": rule.hours,
                "cadres": [r.to_json() for r in rows],
            }
        )
        return 0
    say(f"{rule.batch}：认定方式——{rule.text}")
    for r in rows:
        say(
            f"{r.name}\t{mask_id(r.id_number)}\t{r.township}{r.place}\t{r.status}\t{r.completion.status}\t{r.completion.detail}"
        )
    done = sum(1 for r in rows if r.completion.complete)
    say(f"共 {len(rows)} 人，已完成 {done} 人，未完成 {len(rows) - done} 人", err=True)
    return 0


def cmd_training_rule(args: argparse.Namespace) -> int:
    from cadredesk.services.training import set_training_rule, training_rule_of

    changing = args.rule is not None or args.hours is not None or args.required is not None
    with workspace(args, write=changing) as ctx:
        batch_id = _batch_id(ctx, args.batch)
        if changing:
            required = None if args.required is None else args.required == "yes"
            row = set_training_rule(ctx, batch_id, rule=args.rule, hours=args.hours, required=required)
        else:
            row = training_rule_of(ctx, batch_id)
    if args.json:
        emit({"batch": row.batch, "required": row.required, "rule": row.rule, "hours": row.hours})
    else:
        say(f"{row.batch}：{row.text}")
    return 0


def cmd_training_summary(args: argparse.Namespace) -> int:
    from cadredesk.services.cadre_summary import summaries, summary_of

    with workspace(args, write=False) as ctx:
        rows = (
            [summary_of(ctx, args.cadre, args.batch)]
            if args.cadre
            else summaries(ctx, _batch_id(ctx, args.batch))
        )
    if args.json:
        emit([r.to_json() for r in rows] if not args.cadre else rows[0].to_json())
        return 0
    for r in rows:
        say(f"{r.name}：{r.text}")
    return 0


def cmd_training_export(args: argparse.Namespace) -> int:
    from cadredesk.services.training import export_training

    with workspace(args, write=True) as ctx:  # an export is audited
        batch_id = _batch_id(ctx, args.batch)
        session_id = _session(ctx, args).id if args.what == "grid" else None
        result = export_training(
            ctx, Path(args.out), batch_id=batch_id, what=args.what, session_id=session_id
        )
    say(f"已导出 {result.rows} 行到 {result.path}")
    return 0


def cmd_import_training(args: argparse.Namespace) -> int:
    from cadredesk.cli.campaign import print_report
    from cadredesk.services.training import find_course
    from cadredesk.services.training_import import import_training

    with workspace(args, write=not args.dry_run) as ctx:
        batch_id = _batch_id(ctx, args.batch)
        session_id = _session(ctx, args).id if args.session else None
        course_id = None
        if args.course:
            if session_id is None:
                session_id = _session(ctx, args).id
            course_id = find_course(ctx, session_id, args.course).id
        report = import_training(
            ctx, Path(args.file), batch_id=batch_id, session_id=session_id, course_id=course_id, sheet=args.sheet,
            skip_invalid=args.skip_invalid, dry_run=args.dry_run,
            annotated_out=Path(args.annotate) if args.annotate else None,
        )  # fmt: skip
    if args.json:
        emit(report.to_json())
    else:
        say(f"培训班“{report.session}”，课程：{'、'.join(report.courses)}")
        print_report(report.to_json(), dry_run=args.dry_run)
        verb = "将写入" if args.dry_run else "写入"
        say(f"{verb} {report.marked} 格考勤，{report.unchanged} 格无变化，加入学员 {report.enrolled} 人")
    return 0


# --------------------------------------------------------------------------- mentoring


def _mentor_id(ctx: Context, township: str, name: str) -> int:
    from cadredesk.services.mentoring import find_mentor

    return find_mentor(ctx, township, name).id


def cmd_mentor_add(args: argparse.Namespace) -> int:
    from cadredesk.services.mentoring import MentorForm, save_mentor

    with workspace(args, write=True) as ctx:
        row = save_mentor(
            ctx,
            MentorForm(
                args.name,
                _township_id(ctx, args.township),
                args.post or "",
                args.phone or "",
                args.note or "",
            ),
        )
    say(f"已登记帮带人：{row.township} {row.name}（{row.post}）")
    return 0


def cmd_mentor_edit(args: argparse.Namespace) -> int:
    from cadredesk.services.mentoring import MentorForm, get_mentor, save_mentor

    with workspace(args, write=True) as ctx:
        old = get_mentor(ctx, _mentor_id(ctx, args.township, args.name))
        changes = {"name": args.rename, "post": args.post, "phone": args.phone, "note": args.note}
        row = save_mentor(
            ctx, MentorForm(**{**old.__dict__, **{k: v for k, v in changes.items() if v is not None}})
        )
    say(f"已保存帮带人：{row.township} {row.name}（{row.post}）")
    return 0


def cmd_mentor_delete(args: argparse.Namespace) -> int:
    from cadredesk.services.mentoring import delete_mentor

    if not args.yes:
        raise UserError("确认删除帮带人请加 --yes", key="confirm")
    with workspace(args, write=True) as ctx:
        delete_mentor(ctx, _mentor_id(ctx, args.township, args.name))
    say(f"已删除帮带人：{args.township} {args.name}")
    return 0


def cmd_mentor_pair(args: argparse.Namespace) -> int:
    from cadredesk.services.mentoring import pair

    with workspace(args, write=True) as ctx:
        mid = _mentor_id(ctx, args.township, args.name)
        ids = _dispatches(ctx, _batch_id(ctx, args.batch), args.cadres)
        out = pair(ctx, mid, ids, start=args.start)
    extra = f"（其中 {out.switched} 人更换了帮带人）" if out.switched else ""
    say(f"{args.name}新结对 {out.paired} 人{extra}，已是其帮带对象 {out.unchanged} 人")
    return 0


def _current_pair(ctx: Context, args: argparse.Namespace) -> Any:
    from cadredesk.services.batch_people import find_dispatch
    from cadredesk.services.mentoring import current_pair_of

    did = find_dispatch(ctx, _batch_id(ctx, args.batch), args.cadre)
    pair = current_pair_of(ctx, did)
    if pair is None:
        raise UserError(
            f"身份证号为 {mask_id(args.cadre)} 的干部目前没有帮带人（先用 mentor pair 结对）", key="not-found"
        )
    return pair


def cmd_mentor_unpair(args: argparse.Namespace) -> int:
    from cadredesk.services.mentoring import end_pair

    with workspace(args, write=True) as ctx:
        p = _current_pair(ctx, args)
        end_pair(ctx, p.id, on=args.on)
    say(f"已解除{p.mentor}与{p.name}的帮带关系")
    return 0


def cmd_mentor_log(args: argparse.Namespace) -> int:
    from cadredesk.services.mentoring import ActivityForm, save_activity

    with workspace(args, write=True) as ctx:
        p = _current_pair(ctx, args)
        save_activity(ctx, ActivityForm(p.id, args.date, args.form, args.topic, args.outcome or ""))
    say(f"已记录：{args.date} {p.mentor}—{p.name} {args.form}：{args.topic}")
    return 0


def cmd_mentor_list(args: argparse.Namespace) -> int:
    from cadredesk.services.mentoring import list_mentors

    with workspace(args, write=False) as ctx:
        tid = _township_id(ctx, args.township) if args.township else None
        rows = list_mentors(ctx, tid, _batch_id(ctx, args.batch))
    if args.json:
        emit([r.to_json() for r in rows])
        return 0
    for r in rows:
        say(f"{r.township}\t{r.name}\t{r.post}\t{r.phone}\t帮带 {r.mentees} 人\t活动 {r.activities} 次")
    say(f"共 {len(rows)} 名帮带人", err=True)
    return 0


def cmd_mentor_pairs(args: argparse.Namespace) -> int:
    from cadredesk.services.mentoring import list_pairs

    with workspace(args, write=False) as ctx:
        tid = _township_id(ctx, args.township) if args.township else None
        rows = list_pairs(ctx, _batch_id(ctx, args.batch), township_id=tid, current_only=not args.all)
    if args.json:
        emit([r.to_json() for r in rows])
        return 0
    for r in rows:
        end = f"至{r.end}" if r.end else "起"
        say(
            f"{r.township}\t{r.mentor}（{r.mentor_post}）\t{r.name}\t{r.place}\t{r.start}{end}\t活动 {r.activities} 次\t最近 {r.last_activity or '—'}"
        )
    say(f"共 {len(rows)} 对", err=True)
    return 0


def cmd_mentor_activities(args: argparse.Namespace) -> int:
    from cadredesk.services.mentoring import list_activities

    with workspace(args, write=False) as ctx:
        batch_id = _batch_id(ctx, args.batch)
        pair_id = _current_pair(ctx, args).id if args.cadre else None
        rows = list_activities(ctx, batch_id, pair_id=pair_id)
    if args.json:
        emit([r.to_json() for r in rows])
        return 0
    for r in rows:
        say(f"{r.day}\t{r.mentor}—{r.name}\t{r.form}\t{r.topic}\t{r.outcome}")
    say(f"共 {len(rows)} 次活动", err=True)
    return 0


def cmd_mentor_idle(args: argparse.Namespace) -> int:
    from cadredesk.services.mentoring import set_idle_months

    with workspace(args, write=True) as ctx:
        months = set_idle_months(ctx, _batch_id(ctx, args.batch), args.months)
    say(f"传帮带活动间隔：超过 {months} 个月无活动即提醒")
    return 0


def cmd_mentor_export(args: argparse.Namespace) -> int:
    from cadredesk.services.mentoring import export_mentoring

    with workspace(args, write=True) as ctx:
        result = export_mentoring(ctx, Path(args.out), batch_id=_batch_id(ctx, args.batch), what=args.what)
    say(f"已导出 {result.rows} 行到 {result.path}")
    return 0


def cmd_import_mentors(args: argparse.Namespace) -> int:
    from cadredesk.cli.campaign import print_report
    from cadredesk.services.mentoring_import import import_mentors

    with workspace(args, write=not args.dry_run) as ctx:
        batch_id = _batch_id(ctx, args.batch) if args.batch else None
        report = import_mentors(
            ctx,
            Path(args.file),
            batch_id=batch_id,
            sheet=args.sheet,
            skip_invalid=args.skip_invalid,
            dry_run=args.dry_run,
        )
    if args.json:
        emit(report.to_json())
    else:
        print_report(report.to_json(), dry_run=args.dry_run)
        say(
            f"帮带人：新建 {report.created}，更新 {report.updated}，无变化 {report.unchanged}；结对 {report.paired}"
        )
    return 0


# --------------------------------------------------------------------------- parser


def _subcommands(sub: Any, name: str) -> Any:
    """The sub-command list of an existing command (``import``), to add ours to it."""
    parser = sub.choices[name]
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def register(sub: Any, add: AddCommand) -> None:
    # the vocabularies from core: `cadredesk-cli --help` imports no services (nor SQLAlchemy)
    from cadredesk.core.enums import MENTOR_EXPORTS, TRAINING_EXPORTS, TRAINING_TOPICS, TrainingRule
    from cadredesk.core.enums import MENTOR_FORMS as FORMS

    EXPORTS, TOPICS, RULES = TRAINING_EXPORTS, TRAINING_TOPICS, tuple(r.value for r in TrainingRule)

    def batch(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--batch", help="批次名称（默认最近的批次）")

    def session(sp: argparse.ArgumentParser, required: bool = False) -> None:
        sp.add_argument(
            "--session",
            metavar="NAME",
            required=required,
            help="培训班名称（本批次只有一个培训班时可省略）" if not required else "培训班名称",
        )

    tr = add("training", _need_sub, "岗前培训：培训班、课程、学员、考勤和完成情况")
    tsub = tr.add_subparsers(dest="training_command", required=True, metavar="COMMAND")
    sp = add(
        "add-session", cmd_add_session, "新建培训班（默认把本批次未列入其他培训班的在派干部列为学员）", tsub
    )
    sp.add_argument("name", metavar="NAME", help="培训班名称，如“2026年驻村干部岗前培训班”")
    sp.add_argument("--start", type=date_arg, required=True, metavar="YYYY-MM-DD", help="开始日期")
    sp.add_argument("--end", type=date_arg, metavar="YYYY-MM-DD", help="结束日期（默认同开始日期）")
    sp.add_argument("--venue", metavar="TEXT", help="培训地点")
    sp.add_argument("--organizer", metavar="TEXT", help="主办单位")
    sp.add_argument("--note", metavar="TEXT", help="备注")
    sp.add_argument("--no-enrol", action="store_true", help="先不列学员（之后用 training enrol 加入）")
    batch(sp)
    json_flag(sp)
    sp = add("edit-session", cmd_edit_session, "修改培训班", tsub)
    session(sp)
    sp.add_argument("--rename", metavar="NAME", help="新名称")
    sp.add_argument("--start", type=date_arg, metavar="YYYY-MM-DD", help="开始日期")
    sp.add_argument("--end", type=date_arg, metavar="YYYY-MM-DD", help="结束日期")
    sp.add_argument("--venue", metavar="TEXT", help="培训地点")
    sp.add_argument("--organizer", metavar="TEXT", help="主办单位")
    sp.add_argument("--note", metavar="TEXT", help="备注")
    batch(sp)
    sp = add("delete-session", cmd_delete_session, "删除培训班（连同课程、学员名单和考勤）", tsub)
    session(sp)
    sp.add_argument("--yes", action="store_true", help="确认删除")
    batch(sp)

    sp = add("add-course", cmd_add_course, "给培训班添加课程", tsub)
    sp.add_argument("title", metavar="TITLE", help="课程名称")
    session(sp, required=False)
    sp.add_argument("--day", type=date_arg, metavar="YYYY-MM-DD", help="上课日期（默认培训班第一天）")
    sp.add_argument("--hours", type=_hours, required=True, metavar="N", help="学时，如 3 或 1.5")
    sp.add_argument("--lecturer", metavar="TEXT", help="授课人")
    sp.add_argument("--topic", metavar="TEXT", help=f"专题，如 {'、'.join(TOPICS[:6])}")
    sp.add_argument("--elective", action="store_true", help="选修课（默认必修）")
    batch(sp)
    json_flag(sp)
    sp = add("edit-course", cmd_edit_course, "修改课程", tsub)
    sp.add_argument("course", metavar="TITLE", help="课程名称（或其中不重复的一段）")
    session(sp, required=False)
    sp.add_argument("--title", metavar="TEXT", help="新的课程名称")
    sp.add_argument("--day", type=date_arg, metavar="YYYY-MM-DD", help="上课日期")
    sp.add_argument("--hours", type=_hours, metavar="N", help="学时")
    sp.add_argument("--lecturer", metavar="TEXT", help="授课人")
    sp.add_argument("--topic", metavar="TEXT", help="专题")
    sp.add_argument("--required", choices=["yes", "no"], help="yes 必修，no 选修")
    batch(sp)
    sp = add("delete-course", cmd_delete_course, "删除课程（连同其考勤）", tsub)
    sp.add_argument("course", metavar="TITLE", help="课程名称")
    session(sp, required=False)
    sp.add_argument("--yes", action="store_true", help="确认删除")
    batch(sp)

    sp = add("enrol", cmd_enrol, "把干部加入（或 --remove 移出）培训班学员名单", tsub)
    sp.add_argument("cadres", nargs="*", metavar="ID_NUMBER", help="干部的身份证号")
    session(sp, required=False)
    sp.add_argument("--all", action="store_true", help="本批次未列入任何培训班的在派干部")
    sp.add_argument("--remove", action="store_true", help="移出名单（连同其在本班的考勤）")
    batch(sp)
    sp = add("attend", cmd_attend, "登记考勤：出席、缺席、请假、补课", tsub)
    sp.add_argument("cadres", nargs="*", metavar="ID_NUMBER", help="干部的身份证号")
    session(sp, required=False)
    sp.add_argument("--course", metavar="TITLE", help="课程（默认本班全部课程）")
    sp.add_argument("--mark", choices=MARK_CHOICES, default="出席", help="考勤（默认出席；clear 清除）")
    sp.add_argument("--all", action="store_true", help="全体学员（已登记的格子不变，除非 --overwrite）")
    sp.add_argument("--overwrite", action="store_true", help="与 --all 同用：已登记的也改")
    batch(sp)

    sp = add("list", cmd_training_list, "列出培训班和课程；指定 --session 时列出该班考勤表", tsub)
    sp.add_argument("--session", metavar="NAME", help="列出该培训班的学员和考勤")
    batch(sp)
    json_flag(sp)
    sp = add("status", cmd_training_status, "每名干部的岗前培训完成情况", tsub)
    sp.add_argument("--incomplete", action="store_true", help="只列未完成的")
    batch(sp)
    json_flag(sp)
    sp = add("rule", cmd_training_rule, "查看或设置本批次岗前培训的认定方式", tsub)
    sp.add_argument(
        "--rule", choices=list(RULES), help="必修课：所在培训班全部必修课出席或补课；学时：累计学时达标"
    )
    sp.add_argument("--hours", type=int, metavar="N", help="按学时认定时应修的学时")
    sp.add_argument("--required", choices=["yes", "no"], help="上岗前是否须完成岗前培训")
    batch(sp)
    json_flag(sp)
    sp = add("summary", cmd_training_summary, "干部的培训和传帮带情况摘要（供干部档案和期满考核）", tsub)
    sp.add_argument("--cadre", metavar="ID_NUMBER", help="只看这名干部")
    batch(sp)
    json_flag(sp)
    sp = add(
        "export",
        cmd_training_export,
        "导出 Excel：grid 某班考勤表（可改后再导入）、status 完成情况、sessions 课程表",
        tsub,
    )
    sp.add_argument("--out", required=True, metavar="FILE.xlsx", help="保存到")
    sp.add_argument("--what", choices=list(EXPORTS), default="status", help="导出内容（默认 status）")
    session(sp, required=False)
    batch(sp)

    isub = _subcommands(sub, "import")
    sp = add("training", cmd_import_training, "导入录入 Excel 的培训签到表（考勤）", isub)
    sp.add_argument("file", metavar="FILE.xlsx")
    session(sp, required=False)
    sp.add_argument("--course", metavar="TITLE", help="签到表所属的课程（默认按表头判断）")
    sp.add_argument("--sheet", help="工作表名称")
    sp.add_argument("--skip-invalid", action="store_true", help="导入正确的行，跳过有错误的行")
    sp.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    sp.add_argument("--annotate", metavar="OUT.xlsx", help="另存一份标注了校验结果的工作簿")
    batch(sp)
    json_flag(sp)
    sp = add("mentors", cmd_import_mentors, "导入传帮带帮带人名单（可含被帮带人，即结对）", isub)
    sp.add_argument("file", metavar="FILE.xlsx")
    sp.add_argument("--sheet", help="工作表名称")
    sp.add_argument("--skip-invalid", action="store_true", help="导入正确的行，跳过有错误的行")
    sp.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    batch(sp)
    json_flag(sp)

    mt = add("mentor", _need_sub, "传帮带：帮带人、结对、活动记录")
    msub = mt.add_subparsers(dest="mentor_command", required=True, metavar="COMMAND")

    def who(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("name", metavar="NAME", help="帮带人姓名")
        sp.add_argument("--township", required=True, metavar="NAME", help="帮带人所在乡镇（街道）")

    sp = add("add", cmd_mentor_add, "登记帮带人（乡镇党政领导干部）", msub)
    who(sp)
    sp.add_argument("--post", metavar="TEXT", help="职务，如“镇党委副书记、镇长”")
    sp.add_argument("--phone", metavar="TEXT", help="联系电话")
    sp.add_argument("--note", metavar="TEXT", help="备注")
    sp = add("edit", cmd_mentor_edit, "修改帮带人", msub)
    who(sp)
    sp.add_argument("--rename", metavar="NAME", help="新姓名")
    sp.add_argument("--post", metavar="TEXT", help="职务")
    sp.add_argument("--phone", metavar="TEXT", help="联系电话")
    sp.add_argument("--note", metavar="TEXT", help="备注")
    sp = add("delete", cmd_mentor_delete, "删除误登记的帮带人（已有结对的不能删除）", msub)
    who(sp)
    sp.add_argument("--yes", action="store_true", help="确认删除")
    sp = add("pair", cmd_mentor_pair, "把一名或多名驻村干部与帮带人结对", msub)
    who(sp)
    sp.add_argument("cadres", nargs="+", metavar="ID_NUMBER", help="被帮带干部的身份证号")
    sp.add_argument("--start", type=date_arg, metavar="YYYY-MM-DD", help="结对日期（默认今天）")
    batch(sp)
    sp = add("unpair", cmd_mentor_unpair, "解除干部与其帮带人的结对", msub)
    sp.add_argument("cadre", metavar="ID_NUMBER", help="被帮带干部的身份证号")
    sp.add_argument("--on", type=date_arg, metavar="YYYY-MM-DD", help="解除日期（默认今天）")
    batch(sp)
    sp = add("log", cmd_mentor_log, "记录一次帮带活动", msub)
    sp.add_argument("cadre", metavar="ID_NUMBER", help="被帮带干部的身份证号（记入其当前的帮带关系）")
    sp.add_argument("--date", type=date_arg, required=True, metavar="YYYY-MM-DD", help="活动日期")
    sp.add_argument("--form", required=True, metavar="TEXT", help=f"形式，如 {'、'.join(FORMS[:4])}")
    sp.add_argument("--topic", required=True, metavar="TEXT", help="主题或内容")
    sp.add_argument("--outcome", metavar="TEXT", help="成效")
    batch(sp)
    sp = add("list", cmd_mentor_list, "列出帮带人", msub)
    sp.add_argument("--township", metavar="NAME", help="只列该乡镇（街道）")
    batch(sp)
    json_flag(sp)
    sp = add("pairs", cmd_mentor_pairs, "列出结对情况", msub)
    sp.add_argument("--township", metavar="NAME", help="只列该乡镇（街道）")
    sp.add_argument("--all", action="store_true", help="含已解除的结对")
    batch(sp)
    json_flag(sp)
    sp = add("activities", cmd_mentor_activities, "列出帮带活动记录", msub)
    sp.add_argument("--cadre", metavar="ID_NUMBER", help="只列这名干部当前帮带关系的活动")
    batch(sp)
    json_flag(sp)
    sp = add("idle-months", cmd_mentor_idle, "设置传帮带活动间隔（超过即提醒 mentor-idle）", msub)
    sp.add_argument("months", type=int, metavar="N", help="月数（1 至 12）")
    batch(sp)
    sp = add("export", cmd_mentor_export, "导出 Excel：mentors 帮带人、pairs 结对表、log 活动记录", msub)
    sp.add_argument("--out", required=True, metavar="FILE.xlsx", help="保存到")
    sp.add_argument("--what", choices=list(MENTOR_EXPORTS), default="pairs", help="导出内容（默认 pairs）")
    batch(sp)


def _need_sub(args: argparse.Namespace) -> int:  # pragma: no cover - argparse requires the subcommand
    raise UserError("缺少子命令")
