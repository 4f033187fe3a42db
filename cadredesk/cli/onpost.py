"""Commands of on-post management: attendance and its import, compliance, leave, the holiday calendar,
leader visits, households, insurance / Party transfer / allowance, 实绩 and 负面表现 lists, the problem
ledger, the dashboard figures.  Handlers talk only to ``cadredesk.services``."""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from cadredesk.cli.base import (
    AddCommand,
    command_group,
    date_arg,
    emit,
    json_flag,
    mask_id,
    month_arg,
    say,
    workspace,
)
from cadredesk.errors import UserError

# --------------------------------------------------------------------------- helpers


def _month(text: str) -> tuple[int, int]:
    y, m = text.split("-")
    return int(y), int(m)


def _township_id(ctx: Any, name: str | None) -> int | None:
    if not name:
        return None
    from cadredesk.services.reference import townships

    key = "".join(name.split())
    for tid, tname in townships(ctx):
        if tname == key:
            return tid
    raise UserError(f"乡镇“{name}”未登记", key="not-found")


def _dispatch(ctx: Any, id_number: str, batch: str | None) -> Any:
    from cadredesk.services.onpost_base import find_dispatch

    return find_dispatch(ctx, id_number, batch)


def _print_import(rep: dict[str, Any], what: str, *, dry_run: bool = False) -> None:
    verb = "可导入" if dry_run else "已导入"
    n = rep.get("imported_days", rep.get("imported", 0))
    extra = f"，未变化 {rep['skipped']} 行" if rep.get("skipped") else ""
    say(f"{verb} {n} {what}{extra}，拒绝 {len(rep['rejected'])} 行")
    for r in rep["rejected"]:
        say(f"  第 {r['row']} 行 {r.get('name') or ''}：{r['reason']}")
    for w in rep.get("warnings", []):
        where = f"第 {w['row']} 行" if w.get("row") else "全表"
        say(f"  提示（{where}）：{w['message']}")


def _dec(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"不是金额：{text}") from None


# --------------------------------------------------------------------------- imports


def cmd_import_attendance(args: argparse.Namespace) -> int:
    from cadredesk.services.attendance import import_attendance

    with workspace(args, write=not args.dry_run) as ctx:
        report = import_attendance(
            ctx,
            Path(args.file),
            month=_month(args.month) if args.month else None,
            sheet_name=args.sheet,
            skip_invalid=args.skip_invalid,
            dry_run=args.dry_run,
        )
    if args.json:
        emit(report.to_json())
    else:
        say(f"{report.month} {report.township or ''}：{report.people} 人")
        _print_import(report.to_json(), "天考勤", dry_run=args.dry_run)
    return 0


def cmd_import_visits(args: argparse.Namespace) -> int:
    from cadredesk.services.visits import import_leader_visits

    with workspace(args, write=not args.dry_run) as ctx:
        report = import_leader_visits(
            ctx,
            Path(args.file),
            args.batch,
            sheet=args.sheet,
            skip_invalid=args.skip_invalid,
            dry_run=args.dry_run,
        )
    if args.json:
        emit(report.to_json())
    else:
        _print_import(report.to_json(), "次领导到村记录", dry_run=args.dry_run)
    return 0


def cmd_import_post(args: argparse.Namespace) -> int:
    from cadredesk.services.onpost import import_post_info

    with workspace(args, write=not args.dry_run) as ctx:
        report = import_post_info(
            ctx,
            Path(args.file),
            args.batch,
            sheet=args.sheet,
            skip_invalid=args.skip_invalid,
            dry_run=args.dry_run,
        )
    if args.json:
        emit(report.to_json())
    else:
        _print_import(report.to_json(), "人的在岗信息", dry_run=args.dry_run)
    return 0


def cmd_import_holidays(args: argparse.Namespace) -> int:
    from cadredesk.services.holidays import import_holidays

    with workspace(args, write=not args.dry_run) as ctx:
        report = import_holidays(ctx, Path(args.file), year=args.year, sheet=args.sheet, dry_run=args.dry_run)
    if args.json:
        emit(report.to_json())
    else:
        verb = "可导入" if args.dry_run else "已导入"
        say(f"{verb} {report.year} 年放假 {report.days} 天、调休上班 {report.workdays} 天")
        for w in report.warnings:
            say(f"  提示：{w}")
    return 0


# --------------------------------------------------------------------------- reports


def cmd_report_compliance(args: argparse.Namespace) -> int:
    from cadredesk.services.compliance import compliance_report

    with workspace(args, write=False) as ctx:
        report = compliance_report(
            ctx,
            args.batch,
            month=_month(args.month) if args.month else None,
            year=args.year,
            township_id=_township_id(ctx, args.township),
        )
    if args.json:
        emit(report.to_json())
        return 0
    say(f"{report.batch} {report.label}（{report.first} 至 {report.last}）")
    for w in report.warnings:
        say(f"提示：{w}", err=True)
    for r in report.rows:
        flag = "达标" if r.ok else f"差 {r.shortfall} 天"
        part = "" if r.complete else "（未结束）"
        say(
            f"{r.name}\t{mask_id(r.id_number)}\t{r.township}{r.place}\t在岗 {r.days_in_post} / 应 {r.required}\t{flag}{part}"
        )
    short = len(report.short)
    say(f"共 {len(report.rows)} 人，未达标 {short} 人")
    return 0


def cmd_report_trend(args: argparse.Namespace) -> int:
    from cadredesk.services.compliance import month_trend

    with workspace(args, write=False) as ctx:
        report = month_trend(
            ctx,
            args.batch,
            month=_month(args.month) if args.month else None,
            township_id=_township_id(ctx, args.township),
        )
    if args.json:
        emit(report.to_json())
        return 0
    say(f"{report.batch} {report.year}年{report.month}月（截至 {report.as_of}）")
    for town, day in sorted(report.entered_through.items()):
        say(f"  {town} 考勤已录入至 {day}")
    for r in report.flagged:
        t = r.trend
        say(
            f"{t.status}\t{r.name}\t{r.township}{r.place}\t在岗 {t.days_in_post} 天，按进度应 {t.expected} 天，本月应 {t.required} 天，最多可达 {t.possible} 天"
        )
    say(f"在岗 {len(report.rows)} 人，进度落后或已无法达标 {len(report.flagged)} 人")
    return 0


def cmd_report_allowance(args: argparse.Namespace) -> int:
    from cadredesk.services.onpost import allowance_sheet

    y, m = _month(args.month)
    with workspace(args, write=False) as ctx:
        sheet = allowance_sheet(ctx, args.batch, y, m)
    if args.json:
        emit(sheet.to_json())
        return 0
    say(f"{sheet.batch} {y}年{m}月生活补助（整月应在岗 {sheet.quota} 天）")
    for r in sheet.rows:
        amount = "未设定标准" if r.amount is None else f"{r.amount} 元"
        say(f"{r.name}\t{r.township}{r.place}\t在岗 {r.days_in_post} / 应 {r.required}\t{amount}")
    for w in sheet.warnings:
        say(f"提示：{w}")
    say(f"共 {len(sheet.rows)} 人，合计 {sheet.total} 元")
    return 0


def cmd_report_dashboard(args: argparse.Namespace) -> int:
    from cadredesk.services.dashboard import dashboard

    with workspace(args, write=False) as ctx:
        d = dashboard(ctx, args.batch, args.as_of)
    if args.json:
        emit(d.to_json())
        return 0
    say(f"{d.batch}（截至 {d.as_of}）")
    say(
        f"派驻点覆盖 {d.places_covered}/{d.places_total}，重点村 {d.priority_covered}/{d.priority_total}，在岗 {d.on_post} 人"
    )
    if d.last_month:
        m = d.last_month
        say(f"{m.year}年{m.month}月：{m.judged} 人中 {m.ok} 人达到当月天数要求")
    if d.this_month:
        t = d.this_month
        say(f"{t.year}年{t.month}月：进度落后 {len(t.behind_ids)} 人，已无法达标 {len(t.cannot_ids)} 人")
    for a in d.alerts:
        say(f"  {a.label}：{a.count}")
    say(f"问题台账：未销号 {d.problems_open}，逾期 {d.problems_overdue}，已销号 {d.problems_closed}")
    for note in d.notes:
        say(f"注：{note}")
    return 0


# --------------------------------------------------------------------------- exports


def cmd_export_allowance(args: argparse.Namespace) -> int:
    from cadredesk.services.onpost import export_allowance

    y, m = _month(args.month)
    with workspace(args, write=True) as ctx:
        result = export_allowance(ctx, args.batch, y, m, Path(args.out))
    for w in result.warnings:
        say(f"提示：{w}", err=True)
    say(f"已导出 {result.rows} 人的生活补助（合计 {result.total} 元）到 {result.path}")
    return 0


def cmd_export_problems(args: argparse.Namespace) -> int:
    from cadredesk.services.problems import export_problems

    with workspace(args, write=True) as ctx:
        result = export_problems(ctx, args.batch, Path(args.out), overdue_only=args.overdue)
    say(f"已导出 {result.rows} 个问题到 {result.path}")
    return 0


# --------------------------------------------------------------------------- attendance


def cmd_attendance_show(args: argparse.Namespace) -> int:
    from cadredesk.services.attendance import month_grid

    y, m = _month(args.month)
    with workspace(args, write=False) as ctx:
        grid = month_grid(ctx, args.batch, y, m, township_id=_township_id(ctx, args.township))
    if args.json:
        emit(
            {
                "batch": grid.batch,
                "month": args.month,
                "days": [{"day": d.day.isoformat(), "kind": d.kind, "name": d.name} for d in grid.days],
                "rows": [
                    {
                        "name": r.name,
                        "township": r.township,
                        "place": r.place,
                        "marks": "".join(mk or "·" for mk in r.marks),
                        "days_in_post": r.days_in_post,
                        "required": r.required,
                    }
                    for r in grid.rows
                ],
            }
        )
        return 0
    head = "".join(chr(0xFF10 + d.day.day % 10) for d in grid.days)  # full-width: as wide as a mark
    say(f"{grid.batch} {y}年{m}月（・ 未录入）")
    if grid.holiday_note:
        say(f"提示：{grid.holiday_note}", err=True)
    say(f"{'':<10}\t{head}")
    for r in grid.rows:
        marks = "".join(mk or "・" for mk in r.marks)
        say(f"{r.name:<10}\t{marks}\t在岗 {r.days_in_post} / 应 {r.required}")
    return 0


def cmd_attendance_set(args: argparse.Namespace) -> int:
    from cadredesk.services.attendance import MarkEdit, set_marks

    last = args.to or args.date
    if last < args.date:
        raise UserError("结束日期早于开始日期", key="usage")
    with workspace(args, write=True) as ctx:
        ref = _dispatch(ctx, args.cadre, args.batch)
        edits = []
        day = args.date
        while day <= last:
            edits.append(MarkEdit(ref.id, day, None if args.mark in ("-", "清除") else args.mark))
            day += dt.timedelta(days=1)
        result = set_marks(ctx, edits)
    say(f"{ref.name}：登记 {result.set} 天，清除 {result.cleared} 天，未变化 {result.unchanged} 天")
    return 0


def cmd_attendance_cadre(args: argparse.Namespace) -> int:
    from cadredesk.services.attendance import MARK_LABELS, dispatch_months

    with workspace(args, write=False) as ctx:
        ref = _dispatch(ctx, args.cadre, args.batch)
        months = dispatch_months(ctx, ref.id)
    if args.json:
        emit(
            [
                {
                    "month": f"{mo.year}-{mo.month:02d}",
                    "counts": {MARK_LABELS[k]: v for k, v in mo.counts.items()},
                    "days_in_post": mo.days_in_post,
                    "required": mo.required,
                    "ok": mo.ok,
                    "complete": mo.complete,
                }
                for mo in months
            ]
        )
        return 0
    say(f"{ref.name}（{ref.township}{ref.place}，{ref.start} 至 {ref.end}）")
    for mo in months:
        detail = "，".join(f"{MARK_LABELS[k]} {v}" for k, v in sorted(mo.counts.items()))
        state = "达标" if mo.ok else f"差 {mo.required - mo.days_in_post} 天"
        say(
            f"{mo.year}年{mo.month:>2}月\t在岗 {mo.days_in_post} / 应 {mo.required}\t{state if mo.complete else '（未结束）'}\t{detail}"
        )
    return 0


# --------------------------------------------------------------------------- leave


def _say_leave(row: Any) -> None:
    decided = f"，{row.approved_by} {row.approved_on} 审批" if row.approved_by else ""
    back = f"，{row.returned_on} 销假" if row.returned_on else ""
    say(
        f"[{row.id}] {row.name} {row.kind} {row.start} 至 {row.end}（{row.days} 天）{row.status}{decided}{back}"
    )


def cmd_leave_request(args: argparse.Namespace) -> int:
    from cadredesk.services.leave import LeaveForm, request_leave

    with workspace(args, write=True) as ctx:
        ref = _dispatch(ctx, args.cadre, args.batch)
        row = request_leave(
            ctx, LeaveForm(ref.id, args.kind, args.start, args.end or args.start, args.reason or "")
        )
    emit(row.to_json()) if args.json else _say_leave(row)
    return 0


def cmd_leave_decide(args: argparse.Namespace) -> int:
    from cadredesk.services.leave import decide_leave

    with workspace(args, write=True) as ctx:
        row = decide_leave(
            ctx,
            args.leave_id,
            approve=args.leave_command == "approve",
            approver=args.by,
            day=args.date,
            note=args.note or "",
        )
    emit(row.to_json()) if args.json else _say_leave(row)
    return 0


def cmd_leave_return(args: argparse.Namespace) -> int:
    from cadredesk.services.leave import return_from_leave

    with workspace(args, write=True) as ctx:
        result = return_from_leave(ctx, args.leave_id, args.date)
    _say_leave(result.leave)
    if result.note:
        say(f"提示：{result.note}")
    return 0


def cmd_leave_withdraw(args: argparse.Namespace) -> int:
    from cadredesk.services.leave import withdraw_leave

    with workspace(args, write=True) as ctx:
        row = withdraw_leave(ctx, args.leave_id, args.reason or "")
    _say_leave(row)
    return 0


def cmd_leave_list(args: argparse.Namespace) -> int:
    from cadredesk.services.leave import list_leave

    with workspace(args, write=False) as ctx:
        did = _dispatch(ctx, args.cadre, args.batch).id if args.cadre else None
        rows = list_leave(ctx, args.batch, status=args.status, dispatch_id=did)
    if args.json:
        emit([r.to_json() for r in rows])
    else:
        for r in rows:
            _say_leave(r)
        say(f"共 {len(rows)} 条", err=True)
    return 0


# --------------------------------------------------------------------------- holidays


def cmd_holiday_list(args: argparse.Namespace) -> int:
    from cadredesk.services.holidays import list_holidays

    with workspace(args, write=False) as ctx:
        year = list_holidays(ctx, args.year)
    if args.json:
        emit(year.to_json())
        return 0
    say(f"{year.year} 年：{year.source_label}，放假 {year.holiday_count} 天")
    for d in year.days:
        say(
            f"{d.day}（星期{'一二三四五六日'[d.day.weekday()]}）\t{d.name}\t{'放假' if d.is_holiday else '调休上班'}"
        )
    return 0


def cmd_holiday_add(args: argparse.Namespace) -> int:
    from cadredesk.services.holidays import add_holiday

    with workspace(args, write=True) as ctx:
        year = add_holiday(ctx, args.date, args.name, workday=args.workday, last=args.to)
    say(f"已登记；{year.year} 年放假 {year.holiday_count} 天（{year.source_label}）")
    return 0


def cmd_holiday_remove(args: argparse.Namespace) -> int:
    from cadredesk.services.holidays import remove_holiday

    with workspace(args, write=True) as ctx:
        year = remove_holiday(ctx, args.date)
    say(f"已删除 {args.date}；{year.year} 年放假 {year.holiday_count} 天")
    return 0


def cmd_holiday_seed(args: argparse.Namespace) -> int:
    from cadredesk.services.holidays import seed_holidays

    with workspace(args, write=True) as ctx:
        year = seed_holidays(ctx, args.year, replace=args.replace)
    say(f"已按内置日历写入 {year.year} 年：放假 {year.holiday_count} 天，共 {len(year.days)} 天")
    return 0


# --------------------------------------------------------------------------- leader visits and households


def cmd_visit_add(args: argparse.Namespace) -> int:
    from cadredesk.services.visits import LeaderVisitForm, save_leader_visit

    role = {"head": "主要负责人", "deputy": "分管负责人", "other": "其他"}.get(
        args.role or "", args.role or ""
    )
    form = LeaderVisitForm(
        args.batch,
        args.unit,
        args.leader,
        args.date,
        args.place,
        role,
        args.township or "",
        args.content or "",
    )
    with workspace(args, write=True) as ctx:
        row = save_leader_visit(ctx, form)
    for w in row.warnings:
        say(f"提示：{w}", err=True)
    emit(row.to_json()) if args.json else say(
        f"[{row.id}] {row.unit} {row.role} {row.leader} {row.day} 到{row.township}{row.place}"
    )
    return 0


def cmd_visit_list(args: argparse.Namespace) -> int:
    from cadredesk.services.visits import list_leader_visits

    with workspace(args, write=False) as ctx:
        rows = list_leader_visits(ctx, args.batch)
    if args.json:
        emit([r.to_json() for r in rows])
    else:
        for r in rows:
            say(f"[{r.id}] {r.day} {r.unit} {r.role} {r.leader} 到{r.township}{r.place}：{r.content}")
        say(f"共 {len(rows)} 次", err=True)
    return 0


def cmd_visit_delete(args: argparse.Namespace) -> int:
    from cadredesk.services.visits import delete_leader_visit

    with workspace(args, write=True) as ctx:
        delete_leader_visit(ctx, args.visit_id)
    say(f"已删除领导到村记录 {args.visit_id}")
    return 0


def cmd_household_add(args: argparse.Namespace) -> int:
    from cadredesk.services.visits import HouseholdForm, save_household

    with workspace(args, write=True) as ctx:
        ref = _dispatch(ctx, args.cadre, args.batch)
        row = save_household(ctx, HouseholdForm(ref.id, args.head, args.address or "", args.category or ""))
    emit(row.to_json()) if args.json else say(f"[{row.id}] {row.cadre} 联系 {row.head_name}（{row.place}）")
    return 0


def cmd_household_list(args: argparse.Namespace) -> int:
    from cadredesk.services.visits import list_households

    with workspace(args, write=False) as ctx:
        did = _dispatch(ctx, args.cadre, args.batch).id if args.cadre else None
        rows = list_households(ctx, dispatch_id=did, batch=args.batch)
    if args.json:
        emit([r.to_json() for r in rows])
    else:
        for r in rows:
            say(
                f"[{r.id}] {r.cadre}\t{r.head_name}\t{r.category}\t{r.address}\t走访 {r.visits} 次，最近 {r.last_visit or '—'}"
            )
        say(f"共 {len(rows)} 户", err=True)
    return 0


def cmd_household_visit(args: argparse.Namespace) -> int:
    from cadredesk.services.visits import HouseholdVisitForm, record_household_visit

    with workspace(args, write=True) as ctx:
        ids = tuple(_dispatch(ctx, c, args.batch).id for c in args.cadre)
        row = record_household_visit(
            ctx, HouseholdVisitForm(args.household_id, args.date, ids, args.note or "")
        )
    emit(row.to_json()) if args.json else say(
        f"[{row.id}] {row.day} {'、'.join(row.cadres)} 走访 {row.head_name}"
    )
    return 0


def cmd_household_delete(args: argparse.Namespace) -> int:
    from cadredesk.services.visits import delete_household

    with workspace(args, write=True) as ctx:
        delete_household(ctx, args.household_id)
    say(f"已删除联系户 {args.household_id}")
    return 0


# --------------------------------------------------------------------------- insurance, Party transfer, allowance


def _opt_date(text: str) -> dt.date | None:
    return None if text in ("-", "清除") else date_arg(text)


def _say_post(info: Any) -> None:
    say(f"{info.name}（{info.township}{info.place}）")
    say(
        f"  意外伤害保险：{info.insurer or '—'} {info.policy or '—'} {info.insurance_start or '—'} 至 {info.insurance_expiry or '—'}"
    )
    say(f"  党组织关系转入：{info.party_transfer_date or '未转入'}")
    say(
        f"  生活补助标准：{info.allowance_per_month if info.allowance_per_month is not None else '未设定'} 元/月"
    )


def cmd_post_show(args: argparse.Namespace) -> int:
    from cadredesk.services.onpost import post_info

    with workspace(args, write=False) as ctx:
        info = post_info(ctx, _dispatch(ctx, args.cadre, args.batch).id)
    emit(info.to_json()) if args.json else _say_post(info)
    return 0


def cmd_post_set(args: argparse.Namespace) -> int:
    from cadredesk.services.onpost import KEEP, PostInfoChange, save_post_info

    def given(value: Any, conv: Any = None) -> Any:
        if value is None:
            return KEEP
        if value in ("-", "清除"):
            return None
        return conv(value) if conv else value

    change = PostInfoChange(
        insurer=given(args.insurer),
        policy=given(args.policy),
        insurance_start=given(args.insurance_start, date_arg),
        insurance_expiry=given(args.insurance_expiry, date_arg),
        party_transfer_date=given(args.party_transfer, date_arg),
        allowance_per_month=given(args.allowance, _dec),
    )
    if not change.given():
        raise UserError(
            "没有要修改的内容（--insurer、--policy、--insurance-start、--insurance-expiry、--party-transfer、--allowance）",
            key="usage",
        )
    with workspace(args, write=True) as ctx:
        info = save_post_info(ctx, _dispatch(ctx, args.cadre, args.batch).id, change)
    emit(info.to_json()) if args.json else _say_post(info)
    return 0


def cmd_post_allowance_all(args: argparse.Namespace) -> int:
    from cadredesk.services.onpost import set_allowance_standard

    with workspace(args, write=True) as ctx:
        n = set_allowance_standard(ctx, args.batch, args.amount, township_id=_township_id(ctx, args.township))
    say(f"已将 {n} 人的生活补助标准设为 {args.amount} 元/月")
    return 0


# --------------------------------------------------------------------------- performance lists


def cmd_perf_add(args: argparse.Namespace) -> int:
    from cadredesk.services.performance import PerformanceForm, save_performance

    with workspace(args, write=True) as ctx:
        ref = _dispatch(ctx, args.cadre, args.batch)
        row = save_performance(ctx, PerformanceForm(ref.id, args.kind, args.date, args.content, args.score))
    emit(row.to_json()) if args.json else say(f"[{row.id}] {row.name} {row.kind} {row.day}：{row.content}")
    return 0


def cmd_perf_list(args: argparse.Namespace) -> int:
    from cadredesk.services.performance import list_performance

    with workspace(args, write=False) as ctx:
        did = _dispatch(ctx, args.cadre, args.batch).id if args.cadre else None
        rows = list_performance(ctx, args.batch, dispatch_id=did, kind=args.kind)
    if args.json:
        emit([r.to_json() for r in rows])
    else:
        for r in rows:
            score = f"（{r.score} 分）" if r.score is not None else ""
            say(f"[{r.id}] {r.name} {r.kind} {r.day}：{r.content}{score}")
        say(f"共 {len(rows)} 条", err=True)
    return 0


def cmd_perf_delete(args: argparse.Namespace) -> int:
    from cadredesk.services.performance import delete_performance

    with workspace(args, write=True) as ctx:
        delete_performance(ctx, args.entry_id)
    say(f"已删除清单条目 {args.entry_id}")
    return 0


# --------------------------------------------------------------------------- the problem ledger


def _say_problem(p: Any, *, steps: bool = False) -> None:
    due = f"，期限 {p.deadline}" if p.deadline else ""
    late = f"，逾期 {p.overdue_days} 天" if p.overdue_days else ""
    say(f"[{p.id}] {p.township}{p.place} {p.category}：{p.title}（{p.stage}{due}{late}）")
    if steps:
        for st in p.steps:
            mark = "（重新打开）" if st.reopened else ""
            say(f"    {st.day} {st.stage}{mark} {st.actor}：{st.note}  — {st.recorded_by} 登记")
        if p.next_stages:
            say(f"    下一环节：{'、'.join(p.next_stages)}")


def cmd_problem_add(args: argparse.Namespace) -> int:
    from cadredesk.services.problems import ProblemForm, report_problem

    with workspace(args, write=True) as ctx:
        did = _dispatch(ctx, args.cadre, args.batch).id if args.cadre else None
        row = report_problem(
            ctx,
            ProblemForm(
                args.batch, args.place, args.found_by, args.date, args.category, args.title, args.detail or "",
                args.township or "", did,
            ),
        )  # fmt: skip
    emit(row.to_json(with_steps=True)) if args.json else _say_problem(row, steps=True)
    return 0


def cmd_problem_advance(args: argparse.Namespace) -> int:
    from cadredesk.services.problems import advance_problem

    with workspace(args, write=True) as ctx:
        row = advance_problem(
            ctx, args.problem_id, args.stage, day=args.date, actor=args.by or "", note=args.note or "",
            assignee=args.to, deadline=args.deadline,
        )  # fmt: skip
    emit(row.to_json(with_steps=True)) if args.json else _say_problem(row, steps=True)
    return 0


def cmd_problem_reopen(args: argparse.Namespace) -> int:
    from cadredesk.services.problems import reopen_problem

    with workspace(args, write=True) as ctx:
        row = reopen_problem(ctx, args.problem_id, args.reason, deadline=args.deadline)
    emit(row.to_json(with_steps=True)) if args.json else _say_problem(row, steps=True)
    return 0


def cmd_problem_show(args: argparse.Namespace) -> int:
    from cadredesk.services.problems import problem_detail

    with workspace(args, write=False) as ctx:
        row = problem_detail(ctx, args.problem_id)
    emit(row.to_json(with_steps=True)) if args.json else _say_problem(row, steps=True)
    return 0


def cmd_problem_list(args: argparse.Namespace) -> int:
    from cadredesk.services.problems import list_problems

    with workspace(args, write=False) as ctx:
        rows = list_problems(ctx, args.batch, stage=args.stage, overdue_only=args.overdue)
    if args.json:
        emit([r.to_json() for r in rows])
    else:
        for r in rows:
            _say_problem(r)
        say(f"共 {len(rows)} 个", err=True)
    return 0


# --------------------------------------------------------------------------- parser


def register(sub: Any, add: AddCommand) -> None:
    from cadredesk.core.enums import LeaveKind, LeaveStatus, ProblemStage

    def batch_opt(sp: argparse.ArgumentParser, required: bool = False) -> None:
        sp.add_argument(
            "--batch", required=required, help="批次名称" + ("" if required else "（默认最近的批次）")
        )

    def cadre_opt(sp: argparse.ArgumentParser, required: bool = True) -> None:
        sp.add_argument("--cadre", required=required, metavar="ID_NUMBER", help="干部的身份证号")

    imp = command_group(sub, add, "import", "从 Excel 导入")
    sp = add("attendance", cmd_import_attendance, "导入乡镇的月度考勤表（同一月份重新导入则替换）", imp)
    sp.add_argument("file", metavar="FILE.xlsx")
    sp.add_argument("--month", type=month_arg, metavar="YYYY-MM", help="考勤月份（标题中未写明年月时必填）")
    sp.add_argument("--sheet", help="工作表名称（默认第一个有内容的工作表）")
    sp.add_argument("--skip-invalid", action="store_true", help="导入正确的行，跳过有错误的行")
    sp.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    json_flag(sp)
    for name, handler, help_ in (
        ("visits", cmd_import_visits, "导入派出单位领导到村看望记录"),
        ("post-info", cmd_import_post, "导入意外伤害保险、党组织关系转入日期、生活补助标准（按列识别）"),
    ):
        sp = add(name, handler, help_, imp)
        sp.add_argument("file", metavar="FILE.xlsx")
        batch_opt(sp, required=True)
        sp.add_argument("--sheet", help="工作表名称")
        sp.add_argument("--skip-invalid", action="store_true", help="导入正确的行，跳过有错误的行")
        sp.add_argument("--dry-run", action="store_true", help="只检查，不写入")
        json_flag(sp)
    sp = add("holidays", cmd_import_holidays, "导入国务院办公厅放假通知（替换该年的节假日表）", imp)
    sp.add_argument("file", metavar="FILE.xlsx")
    sp.add_argument("--year", type=int, metavar="YYYY", help="年份（标题中未写明时必填）")
    sp.add_argument("--sheet", help="工作表名称")
    sp.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    json_flag(sp)

    rep = command_group(sub, add, "report", "统计报表")
    sp = add(
        "compliance",
        cmd_report_compliance,
        "驻村天数统计：每月不少于22天（法定节假日除外）、每年不少于250天",
        rep,
    )
    batch_opt(sp, required=True)
    which = sp.add_mutually_exclusive_group(required=True)
    which.add_argument("--month", type=month_arg, metavar="YYYY-MM", help="统计一个月")
    which.add_argument("--year", type=int, metavar="YYYY", help="统计一个驻村年度（以该年为主的十二个月）")
    sp.add_argument("--township", help="只统计该乡镇")
    json_flag(sp)
    sp = add("trend", cmd_report_trend, "本月进度：在月底前找出可能达不到天数要求的干部", rep)
    batch_opt(sp)
    sp.add_argument("--month", type=month_arg, metavar="YYYY-MM", help="月份（默认本月）")
    sp.add_argument("--township", help="只看该乡镇")
    json_flag(sp)
    sp = add("allowance", cmd_report_allowance, "按在岗天数计算当月生活补助", rep)
    batch_opt(sp)
    sp.add_argument("--month", type=month_arg, required=True, metavar="YYYY-MM", help="月份")
    json_flag(sp)
    sp = add("dashboard", cmd_report_dashboard, "总览：覆盖、在岗、天数达标、各类提醒", rep)
    batch_opt(sp)
    sp.add_argument("--as-of", type=date_arg, metavar="YYYY-MM-DD", help="按该日期统计（默认今天）")
    json_flag(sp)

    exp = command_group(sub, add, "export", "导出 Excel")
    sp = add("allowance", cmd_export_allowance, "导出月度生活补助发放表", exp)
    batch_opt(sp)
    sp.add_argument("--month", type=month_arg, required=True, metavar="YYYY-MM", help="月份")
    sp.add_argument("--out", required=True, metavar="FILE.xlsx", help="保存到")
    sp = add("problems", cmd_export_problems, "导出问题台账（含办理过程）", exp)
    batch_opt(sp)
    sp.add_argument("--out", required=True, metavar="FILE.xlsx", help="保存到")
    sp.add_argument("--overdue", action="store_true", help="只导出逾期未销号的问题")

    att = command_group(sub, add, "attendance", "考勤")
    sp = add("show", cmd_attendance_show, "显示一个月的考勤表（干部 × 日期）", att)
    batch_opt(sp)
    sp.add_argument("--month", type=month_arg, required=True, metavar="YYYY-MM", help="月份")
    sp.add_argument("--township", help="只显示该乡镇")
    json_flag(sp)
    sp = add("set", cmd_attendance_set, "登记一名干部一天或连续几天的考勤", att)
    cadre_opt(sp)
    batch_opt(sp)
    sp.add_argument(
        "--date", type=date_arg, required=True, metavar="YYYY-MM-DD", help="日期（连续几天时为开始日期）"
    )
    sp.add_argument("--to", type=date_arg, metavar="YYYY-MM-DD", help="结束日期（含）")
    sp.add_argument(
        "mark",
        metavar="MARK",
        help="在岗（√ 在）、事假（事 假）、病假（病）、公出（公 差）、培训（训）、休息（休）、缺勤（缺）；- 清除",
    )
    sp = add("cadre", cmd_attendance_cadre, "一名干部各月的在岗天数", att)
    cadre_opt(sp)
    batch_opt(sp)
    json_flag(sp)

    lv = command_group(sub, add, "leave", "请销假")
    sp = add("request", cmd_leave_request, "登记请假申请", lv)
    cadre_opt(sp)
    batch_opt(sp)
    sp.add_argument("--kind", required=True, choices=[k.value for k in LeaveKind], help="请假类别")
    sp.add_argument(
        "--from", dest="start", type=date_arg, required=True, metavar="YYYY-MM-DD", help="开始日期"
    )
    sp.add_argument("--to", dest="end", type=date_arg, metavar="YYYY-MM-DD", help="结束日期（含，默认一天）")
    sp.add_argument("--reason", metavar="TEXT", help="事由")
    json_flag(sp)
    for name, help_ in (("approve", "乡镇批准请假"), ("refuse", "乡镇不予批准")):
        sp = add(name, cmd_leave_decide, help_, lv)
        sp.add_argument("leave_id", type=int, metavar="LEAVE_ID")
        sp.add_argument("--by", required=True, metavar="NAME", help="审批人")
        sp.add_argument("--date", type=date_arg, metavar="YYYY-MM-DD", help="审批日期（默认今天）")
        sp.add_argument(
            "--note", metavar="TEXT", required=name == "refuse", help="审批意见（不予批准时必填）"
        )
        json_flag(sp)
    sp = add("return", cmd_leave_return, "销假（返岗）", lv)
    sp.add_argument("leave_id", type=int, metavar="LEAVE_ID")
    sp.add_argument("--date", type=date_arg, metavar="YYYY-MM-DD", help="返岗日期（默认今天）")
    sp = add("withdraw", cmd_leave_withdraw, "撤销请假申请（或尚未开始的已批准请假）", lv)
    sp.add_argument("leave_id", type=int, metavar="LEAVE_ID")
    sp.add_argument("--reason", metavar="TEXT", help="原因")
    sp = add("list", cmd_leave_list, "列出请假记录", lv)
    batch_opt(sp)
    cadre_opt(sp, required=False)
    sp.add_argument("--status", choices=[s.value for s in LeaveStatus], help="只列出该状态")
    json_flag(sp)

    hol = command_group(sub, add, "holiday", "法定节假日表")
    sp = add("list", cmd_holiday_list, "列出一年的法定节假日和调休上班日", hol)
    sp.add_argument("year", type=int, metavar="YYYY")
    json_flag(sp)
    sp = add("add", cmd_holiday_add, "登记放假日（或调休上班日）", hol)
    sp.add_argument(
        "--date", type=date_arg, required=True, metavar="YYYY-MM-DD", help="日期（连续几天时为开始日期）"
    )
    sp.add_argument("--to", type=date_arg, metavar="YYYY-MM-DD", help="结束日期（含）")
    sp.add_argument("--name", required=True, help="节日名称，如 春节")
    sp.add_argument("--workday", action="store_true", help="这是调休上班日（周六或周日）")
    sp = add("remove", cmd_holiday_remove, "删除一天", hol)
    sp.add_argument("--date", type=date_arg, required=True, metavar="YYYY-MM-DD", help="日期")
    sp = add("seed", cmd_holiday_seed, "按内置日历写入一年（之后可修改）", hol)
    sp.add_argument("year", type=int, metavar="YYYY")
    sp.add_argument("--replace", action="store_true", help="覆盖表中已有的该年数据")

    vis = command_group(sub, add, "visit", "派出单位领导到村看望")
    sp = add("add", cmd_visit_add, "登记一次领导到村", vis)
    batch_opt(sp)
    sp.add_argument("--unit", required=True, help="派出单位")
    sp.add_argument("--leader", required=True, metavar="NAME", help="领导姓名")
    sp.add_argument(
        "--role", help="head（主要负责人）、deputy（分管负责人）或 other；不填则按单位登记的负责人判断"
    )
    sp.add_argument("--date", type=date_arg, required=True, metavar="YYYY-MM-DD", help="到村日期")
    sp.add_argument("--place", required=True, help="村（社区）")
    sp.add_argument("--township", help="乡镇（村名重复时必填）")
    sp.add_argument("--content", metavar="TEXT", help="看望指导内容")
    json_flag(sp)
    sp = add("list", cmd_visit_list, "列出领导到村记录", vis)
    batch_opt(sp)
    json_flag(sp)
    sp = add("delete", cmd_visit_delete, "删除一条领导到村记录", vis)
    sp.add_argument("visit_id", type=int, metavar="VISIT_ID")

    hh = command_group(sub, add, "household", "联系户")
    sp = add("add", cmd_household_add, "为干部登记一个联系户", hh)
    cadre_opt(sp)
    batch_opt(sp)
    sp.add_argument("--head", required=True, metavar="NAME", help="户主姓名")
    sp.add_argument("--address", help="住址")
    sp.add_argument("--category", help="类别，如 脱贫户、低保户、一般户")
    json_flag(sp)
    sp = add("list", cmd_household_list, "列出联系户及走访次数", hh)
    cadre_opt(sp, required=False)
    batch_opt(sp)
    json_flag(sp)
    sp = add("visit", cmd_household_visit, "登记一次入户走访（可多名干部一同走访）", hh)
    sp.add_argument("household_id", type=int, metavar="HOUSEHOLD_ID")
    sp.add_argument("--date", type=date_arg, required=True, metavar="YYYY-MM-DD", help="走访日期")
    sp.add_argument(
        "--cadre", required=True, action="append", metavar="ID_NUMBER", help="参加走访的干部（可重复）"
    )
    batch_opt(sp)
    sp.add_argument("--note", metavar="TEXT", help="走访内容")
    json_flag(sp)
    sp = add("delete", cmd_household_delete, "删除联系户（连同走访记录）", hh)
    sp.add_argument("household_id", type=int, metavar="HOUSEHOLD_ID")

    post = command_group(sub, add, "post", "在岗信息：意外伤害保险、党组织关系转接、生活补助标准")
    sp = add("show", cmd_post_show, "显示一名干部的在岗信息", post)
    cadre_opt(sp)
    batch_opt(sp)
    json_flag(sp)
    sp = add("set", cmd_post_set, "登记或更正一名干部的在岗信息（- 表示清除）", post)
    cadre_opt(sp)
    batch_opt(sp)
    sp.add_argument("--insurer", help="承保机构")
    sp.add_argument("--policy", help="保单号")
    sp.add_argument("--insurance-start", metavar="YYYY-MM-DD", help="保险起期")
    sp.add_argument("--insurance-expiry", metavar="YYYY-MM-DD", help="保险止期")
    sp.add_argument("--party-transfer", metavar="YYYY-MM-DD", help="党组织关系转入驻点村的日期")
    sp.add_argument("--allowance", metavar="YUAN", help="生活补助标准（元/月）")
    json_flag(sp)
    sp = add("allowance-all", cmd_post_allowance_all, "为批次（或一个乡镇）的全部干部设定生活补助标准", post)
    batch_opt(sp)
    sp.add_argument("--amount", type=_dec, required=True, metavar="YUAN", help="元/月")
    sp.add_argument("--township", help="只设定该乡镇")

    perf = command_group(sub, add, "perf", "实绩清单和负面表现清单")
    sp = add("add", cmd_perf_add, "记入一条", perf)
    cadre_opt(sp)
    batch_opt(sp)
    sp.add_argument("--kind", required=True, choices=["实绩", "负面表现"], help="清单类别")
    sp.add_argument("--date", type=date_arg, required=True, metavar="YYYY-MM-DD", help="日期")
    sp.add_argument("--content", required=True, metavar="TEXT", help="内容")
    sp.add_argument("--score", help="分值（可选）")
    json_flag(sp)
    sp = add("list", cmd_perf_list, "列出清单条目", perf)
    cadre_opt(sp, required=False)
    batch_opt(sp)
    sp.add_argument("--kind", choices=["实绩", "负面表现"], help="只列出该类")
    json_flag(sp)
    sp = add("delete", cmd_perf_delete, "删除一条", perf)
    sp.add_argument("entry_id", type=int, metavar="ENTRY_ID")

    pb = command_group(sub, add, "problem", "问题台账")
    sp = add("add", cmd_problem_add, "登记发现的问题", pb)
    batch_opt(sp)
    sp.add_argument("--place", required=True, help="村（社区、企业）")
    sp.add_argument("--township", help="乡镇（村名重复时必填）")
    sp.add_argument("--found-by", required=True, metavar="NAME", help="发现人")
    sp.add_argument("--date", type=date_arg, required=True, metavar="YYYY-MM-DD", help="发现日期")
    sp.add_argument("--category", required=True, help="问题类别，如 产业发展、基础设施、民生保障")
    sp.add_argument("--title", required=True, metavar="TEXT", help="问题描述")
    sp.add_argument("--detail", metavar="TEXT", help="详细情况")
    cadre_opt(sp, required=False)
    json_flag(sp)
    sp = add("advance", cmd_problem_advance, "办理到下一环节：交办、处理、反馈、督办（逾期时）、销号", pb)
    sp.add_argument("problem_id", type=int, metavar="PROBLEM_ID")
    sp.add_argument(
        "stage",
        choices=[s.value for s in ProblemStage if s is not ProblemStage.FOUND],
        metavar="STAGE",
        help="交办、处理、反馈、督办、销号",
    )
    sp.add_argument("--date", type=date_arg, metavar="YYYY-MM-DD", help="办理日期（默认今天）")
    sp.add_argument("--by", metavar="NAME", help="办理人（单位）")
    sp.add_argument("--to", metavar="NAME", help="交办给谁（交办时必填）")
    sp.add_argument("--deadline", type=date_arg, metavar="YYYY-MM-DD", help="办理期限（交办时必填）")
    sp.add_argument("--note", metavar="TEXT", help="说明")
    json_flag(sp)
    sp = add("reopen", cmd_problem_reopen, "重新打开已销号的问题", pb)
    sp.add_argument("problem_id", type=int, metavar="PROBLEM_ID")
    sp.add_argument("--reason", required=True, metavar="TEXT", help="原因")
    sp.add_argument("--deadline", type=date_arg, metavar="YYYY-MM-DD", help="新的办理期限")
    json_flag(sp)
    sp = add("show", cmd_problem_show, "显示一个问题及其办理过程", pb)
    sp.add_argument("problem_id", type=int, metavar="PROBLEM_ID")
    json_flag(sp)
    sp = add("list", cmd_problem_list, "列出问题台账", pb)
    batch_opt(sp)
    sp.add_argument("--stage", choices=[s.value for s in ProblemStage], help="只列出该环节")
    sp.add_argument("--overdue", action="store_true", help="只列出逾期未销号的问题")
    json_flag(sp)
