"""Commands of the evaluation area: evaluations (the parties' parts, the grade), ballots (tally, import,
void, progress) and the registers (barred cadres, village service, barred units)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cadredesk.cli.base import AddCommand, date_arg, emit, json_flag, mask_id, say, workspace
from cadredesk.errors import UserError

PARTIES = ["unit", "org", "township"]
PARTY_LABELS = {"unit": "派出单位", "org": "组织部", "township": "乡镇"}
GRADES = ["优秀", "称职", "基本称职", "不称职"]


def _kind(args: argparse.Namespace) -> tuple[str, int | None]:
    year = getattr(args, "annual", None)
    return ("年度考核", year) if year else ("期满考核", None)


def _target(ctx: Any, args: argparse.Namespace) -> Any:
    from cadredesk.services.evaluation import locate

    kind, year = _kind(args)
    return locate(ctx, args.cadre, args.batch, kind, year)


def _text_arg(value: str | None, file: str | None, what: str) -> str | None:
    if file:
        try:
            return Path(file).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"无法读取{what}文件“{file}”：{exc}") from None
    return value


# --------------------------------------------------------------------------- evaluations


def cmd_list(args: argparse.Namespace) -> int:
    from cadredesk.services.evaluation import list_evaluations

    kind, year = _kind(args)
    with workspace(args, write=False) as ctx:
        rows = list_evaluations(ctx, args.batch, kind, year)
    if args.json:
        emit([r.to_json() for r in rows])
        return 0
    for r in rows:
        parts = "/".join(x or "—" for x in (r.unit_part, r.org_part, r.township_part))
        dem = str(r.democratic) if r.democratic is not None else "—"
        total = str(r.total) if r.total is not None else "—"
        state = r.grade or (f"建议 {r.proposed}" if r.proposed else "缺" + "、".join(r.missing))
        bar = (
            f"（{r.consequence}，至 {r.barred_until}）"
            if r.barred_until
            else (f"（{r.consequence}）" if r.consequence else "")
        )
        say(
            f"{r.township}{r.place}\t{r.name}\t{mask_id(r.id_number)}\t三方 {parts}\t民主 {dem}\t综合 {total}\t{state}{bar}"
        )
    decided = sum(1 for r in rows if r.grade)
    say(f"共 {len(rows)} 人，已确定等次 {decided} 人", err=True)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from cadredesk.services.evaluation import evaluation_sheet

    with workspace(args, write=False) as ctx:
        sheet = evaluation_sheet(ctx, _target(ctx, args))
    r, p = sheet.row, sheet.panel
    if args.json:
        emit(
            {
                **r.to_json(),
                "summary": sheet.summary,
                "opinions": sheet.opinions,
                "attendance": p.attendance.text(),
                "training": [t.text() for t in p.training],
                "mentoring": p.mentoring.text(),
                "achievements": [{"day": e.day.isoformat(), "content": e.content} for e in p.achievements],
                "negatives": [{"day": e.day.isoformat(), "content": e.content} for e in p.negatives],
            }
        )
        return 0
    say(f"{r.name}（{mask_id(r.id_number)}）{r.unit} → {r.township}{r.place} {r.role}，{r.year}年{r.kind}")
    for key, label in PARTY_LABELS.items():
        part = {"unit": r.unit_part, "org": r.org_part, "township": r.township_part}[key]
        say(f"  {label}：{part or '—'}　意见：{sheet.opinions[key] or '（未填）'}")
    say(
        f"  民主测评：{r.votes.text() if r.votes else '—'}，得分 {r.democratic if r.democratic is not None else '—'}"
    )
    o = sheet.outcome
    say(
        f"  综合得分：{o.total if o.total is not None else '—'}　按规则等次：{o.grade.value if o.grade else '—'}"
    )
    for m in o.missing:
        say(f"  尚缺：{m}")
    for why in o.reasons:
        say(f"  说明：{why}")
    say(f"  确定等次：{r.grade or '未确定'}{('（' + r.consequence + '）') if r.consequence else ''}")
    say(f"  驻村考勤：{p.attendance.text()}")
    for t in p.training:
        say(f"  培训：{t.text()}")
    say(f"  传帮带：{p.mentoring.text() or '无'}")
    for e in p.achievements:
        say(f"  实绩：{e.day} {e.content}")
    for e in p.negatives:
        say(f"  负面表现：{e.day} {e.content}")
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    from cadredesk.services.evaluation import PartyForm, save_party

    opinion = _text_arg(args.opinion, args.opinion_file, "意见")
    with workspace(args, write=True) as ctx:
        saved = save_party(ctx, PartyForm(_target(ctx, args), args.party, args.score, args.grade, opinion))
    o = saved.outcome
    say(f"已保存{PARTY_LABELS[args.party]}的评价；综合得分 {o.total if o.total is not None else '—'}"
        + (f"，按规则为“{o.grade.value}”" if o.grade else f"（尚缺{'、'.join(o.missing)}）"))  # fmt: skip
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from cadredesk.services.evaluation import save_summary

    text = _text_arg(args.text, args.file, "个人总结") or ""
    with workspace(args, write=True) as ctx:
        save_summary(ctx, _target(ctx, args), text)
    say(f"已保存个人总结（{len(text.strip())} 字）")
    return 0


def cmd_democratic(args: argparse.Namespace) -> int:
    from cadredesk.services.evaluation import DemocraticForm, save_democratic

    votes = tuple(args.votes) if args.votes else None
    with workspace(args, write=True) as ctx:
        saved = save_democratic(ctx, DemocraticForm(_target(ctx, args), votes, args.score))
    o = saved.outcome
    say(f"已保存民主测评结果：得分 {o.democratic if o.democratic is not None else '—（有效票不足）'}")
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    from cadredesk.services.evaluation import DecideForm, decide_all, decide_grade

    kind, year = _kind(args)
    if args.all:
        if args.cadre or args.grade:
            raise UserError("--all 按规则确定全部等次，不能同时指定 --cadre 或 --grade", key="usage")
        with workspace(args, write=True) as ctx:
            report = decide_all(ctx, args.batch, kind, year)
        if args.json:
            emit(report.to_json())
            return 0
        say(
            f"{report.batch} {report.evaluation}：参加考核 {report.population} 人，优秀最多 {report.limit} 人"
        )
        say(f"本次确定 {len(report.decided)} 人")
        for name in report.downgraded:
            say(f"  超出优秀比例，确定为称职：{name}")
        for name in report.tied:
            say(f"  并列于优秀名额线，待人工确定：{name}")
        for line in report.incomplete:
            say(f"  未确定（{line}）")
        return 0
    if not args.cadre:
        raise UserError("请用 --cadre 指明干部，或用 --all 按规则确定全部等次", key="usage")
    with workspace(args, write=True) as ctx:
        d = decide_grade(ctx, DecideForm(_target(ctx, args), args.grade, args.reason or ""))
    if args.json:
        emit({"name": d.name, "grade": d.grade, "total": str(d.total) if d.total is not None else None,
              "decided_on": d.decided_on.isoformat(), "consequence": d.consequence,
              "barred_until": d.barred_until.isoformat() if d.barred_until else None, "note": d.note})  # fmt: skip
        return 0
    extra = f"；{d.consequence}" if d.consequence else ""
    if d.barred_until:
        extra += f"（至 {d.barred_until}）"
    say(f"{d.name}确定为“{d.grade}”（综合得分 {d.total if d.total is not None else '—'}）{extra}")
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    from cadredesk.services.evaluation import reopen_evaluation

    with workspace(args, write=True) as ctx:
        reopen_evaluation(ctx, _target(ctx, args), args.reason)
    say("已撤销等次，可修改后重新确定")
    return 0


def cmd_params(args: argparse.Namespace) -> int:
    from cadredesk.services.evaluation import evaluation_params, params_with, save_params

    changes: dict[str, str] = {}
    for item in args.set or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise UserError(f"--set 应写作 名称=值（如 excellent_ceiling=20%），不是“{item}”", key="usage")
        changes[key.strip()] = value.strip()
    if changes:
        with workspace(args, write=True) as ctx:
            view = evaluation_params(ctx, args.batch)
            view = save_params(ctx, view.batch, params_with(view.params, changes), view.version)
    else:
        with workspace(args, write=False) as ctx:
            view = evaluation_params(ctx, args.batch)
    if args.json:
        emit(view.to_json())
        return 0
    say(f"批次“{view.batch}”的考核参数{'（默认值）' if view.is_default else ''}：")
    for label, value in view.params.describe():
        say(f"  {label}：{value}")
    return 0


# --------------------------------------------------------------------------- ballots


def _say_ballot(view: Any) -> None:
    state = "已作废" if view.void else ("已录入" if view.tallied_at else "未录入")
    say(f"测评票 {view.printed}（{view.place}，{view.evaluation}）{state}")
    for ln in view.lines:
        say(f"  {ln.position}. {ln.name}（{ln.role}）：{ln.text}")


def cmd_ballot_show(args: argparse.Namespace) -> int:
    from cadredesk.services.ballots import ballot_sheet

    with workspace(args, write=False) as ctx:
        view = ballot_sheet(ctx, args.serial)
    if args.json:
        emit(view.to_json())
    else:
        _say_ballot(view)
    return 0


def cmd_ballot_tally(args: argparse.Namespace) -> int:
    from cadredesk.services.ballots import tally_ballot

    marks = " ".join(args.marks)
    with workspace(args, write=True) as ctx:
        result = tally_ballot(ctx, args.serial, marks, args.voter, args.correct)
    if args.json:
        emit(
            {
                **result.ballot.to_json(),
                "place_returned": result.place_returned,
                "place_issued": result.place_issued,
            }
        )
        return 0
    _say_ballot(result.ballot)
    say(f"  本村已录入 {result.place_returned} / {result.place_issued} 张")
    return 0


def cmd_ballot_void(args: argparse.Namespace) -> int:
    from cadredesk.services.ballots import void_ballot

    with workspace(args, write=True) as ctx:
        view = void_ballot(ctx, args.serial, args.reason)
    say(f"测评票 {view.printed} 已作废：{view.void_reason}")
    return 0


def cmd_ballot_import(args: argparse.Namespace) -> int:
    from cadredesk.services.ballots import import_tallies

    with workspace(args, write=not args.dry_run) as ctx:
        report = import_tallies(
            ctx, Path(args.file), sheet=args.sheet, skip_invalid=args.skip_invalid, dry_run=args.dry_run
        )
    if args.json:
        emit(report.to_json())
        return 0
    verb = "可录入" if args.dry_run else "已录入"
    say(f"{verb} {report.imported} 张测评票，拒绝 {len(report.rejected)} 行")
    for r in report.rejected:
        say(f"  第 {r['row']} 行（{r['serial']}）：{r['reason']}")
    for w in report.warnings:
        say(f"  提示（第 {w['row']} 行）：{w['message']}")
    return 0


def cmd_ballot_template(args: argparse.Namespace) -> int:
    from cadredesk.services.ballots import export_tally_sheet

    kind, year = _kind(args)
    with workspace(args, write=True) as ctx:
        result = export_tally_sheet(ctx, Path(args.out), args.batch, kind, year, args.place)
    say(f"已生成测评票录入表：{result.path}（{result.ballots} 张待录入）")
    return 0


def cmd_ballot_progress(args: argparse.Namespace) -> int:
    from cadredesk.services.ballots import ballot_progress

    kind, year = _kind(args)
    with workspace(args, write=False) as ctx:
        rows = ballot_progress(ctx, args.batch, kind, year)
    if args.json:
        emit([r.to_json() for r in rows])
        return 0
    for r in rows:
        cadres = "；".join(
            f"{c.name} 有效 {c.tally.votes.valid}（{c.tally.votes.text()}）" + ("" if c.enough else " 不足")
            for c in r.cadres
        )
        say(f"{r.place}\t印制 {r.issued} 收回 {r.returned} 作废 {r.void}\t{cadres}")
    say(f"共 {len(rows)} 个派驻点", err=True)
    return 0


# --------------------------------------------------------------------------- registers


def cmd_register(args: argparse.Namespace) -> int:
    from cadredesk.services import registers

    which = args.register_command
    if args.out:
        with workspace(args, write=True) as ctx:  # an export is audited
            result = registers.export_register(ctx, which, Path(args.out), args.as_of, args.all)
        say(f"已导出 {result.rows} 行到 {result.path}")
        return 0
    with workspace(args, write=False) as ctx:
        if which == "barred":
            barred = registers.barred_cadres(ctx, args.as_of, args.all)
            lines = [
                f"{r.name}\t{mask_id(r.id_number)}\t{r.unit}\t{r.batch}\t{r.grade}（{r.decided_on}）\t"
                f"不予提拔使用至 {r.until}" + ("" if r.running else "（已期满）")
                for r in barred
            ]
            payload = [r.to_json() for r in barred]
        elif which == "service":
            service = registers.service_register(ctx, args.as_of)
            lines = [
                f"{r.name}\t{mask_id(r.id_number)}\t{r.unit}\t{r.duration}"
                + "".join(f"\n    {p.text()}" for p in r.periods)
                for r in service
            ]
            payload = [r.to_json() for r in service]
        else:
            units = registers.barred_units(ctx, args.as_of, args.all)
            lines = [
                f"{r.unit}\t{r.batch}\t应派 {r.quota} 实派 {r.sent}\t{r.since} 至 {r.until} 取消评先资格"
                + ("" if r.running else "（已期满）")
                for r in units
            ]
            payload = [r.to_json() for r in units]
    if args.json:
        emit(payload)
        return 0
    for line in lines:
        say(line)
    say(f"共 {len(lines)} 条", err=True)
    return 0


# --------------------------------------------------------------------------- parser


def _who(sp: argparse.ArgumentParser, required: bool = True) -> None:
    sp.add_argument("--cadre", required=required, metavar="ID_NUMBER", help="干部身份证号")
    sp.add_argument("--batch", help="批次名称（默认最近的批次）")
    sp.add_argument("--annual", type=int, metavar="YYYY", help="该年度的年度考核（默认：期满考核）")


def register(sub: Any, add: AddCommand) -> None:
    ev = add("evaluation", _need_sub, "考核：三方评价、民主测评、确定等次")
    esub = ev.add_subparsers(dest="evaluation_command", required=True, metavar="COMMAND")
    sp = add("list", cmd_list, "列出考核情况（期满考核或 --annual 年度考核）", esub)
    sp.add_argument("--batch", help="批次名称（默认最近的批次）")
    sp.add_argument("--annual", type=int, metavar="YYYY", help="该年度的年度考核（默认：期满考核）")
    json_flag(sp)
    sp = add("show", cmd_show, "查看一名干部的考核及驻村表现（考勤、培训、传帮带、实绩、负面表现）", esub)
    _who(sp)
    json_flag(sp)
    sp = add("score", cmd_score, "录入或更正一方的评分、建议等次和意见", esub)
    _who(sp)
    sp.add_argument(
        "--party", required=True, choices=PARTIES, help="评价方：unit 派出单位，org 组织部，township 乡镇"
    )
    sp.add_argument("--score", metavar="N", help="评分（0–100，最多一位小数）")
    sp.add_argument("--grade", choices=GRADES, help="建议等次")
    sp.add_argument("--opinion", metavar="TEXT", help="书面意见")
    sp.add_argument("--opinion-file", metavar="FILE", help="从 UTF-8 文本文件读取书面意见")
    sp = add("summary", cmd_summary, "录入干部个人总结", esub)
    _who(sp)
    sp.add_argument("--text", metavar="TEXT", help="总结内容")
    sp.add_argument("--file", metavar="FILE", help="从 UTF-8 文本文件读取")
    sp = add(
        "democratic",
        cmd_democratic,
        "录入纸质计票的民主测评结果（系统内录入的测评票自动统计，无需此命令）",
        esub,
    )
    _who(sp)
    g = sp.add_mutually_exclusive_group(required=True)
    g.add_argument("--votes", nargs=4, type=int, metavar="N", help="有效票数：优秀 称职 基本称职 不称职")
    g.add_argument("--score", metavar="N", help="只有测评得分时")
    sp = add("decide", cmd_decide, "确定考核等次（按规则；或指明等次并说明理由）", esub)
    _who(sp, required=False)
    sp.add_argument("--grade", choices=GRADES, help="确定为该等次（与规则不同须 --reason）")
    sp.add_argument("--reason", metavar="TEXT", help="理由")
    sp.add_argument(
        "--all", action="store_true", help="按规则确定本批次所有内容完整的考核（优秀按比例、名次）"
    )
    json_flag(sp)
    sp = add("reopen", cmd_reopen, "撤销已确定的等次", esub)
    _who(sp)
    sp.add_argument("--reason", required=True, metavar="TEXT", help="撤销理由")
    sp = add("params", cmd_params, "查看或设置批次的考核参数（权重、分数线、优秀比例、最少有效票数…）", esub)
    sp.add_argument("--batch", help="批次名称（默认最近的批次）")
    sp.add_argument(
        "--set", action="append", metavar="KEY=VALUE", help="修改参数，如 excellent_ceiling=15%%（可多次）"
    )
    json_flag(sp)

    bal = add("ballot", _need_sub, "民主测评票：录入、作废、导入、进度")
    bsub = bal.add_subparsers(dest="ballot_command", required=True, metavar="COMMAND")
    sp = add("tally", cmd_ballot_tally, "录入一张收回的测评票：编号，然后每名干部一个选择", bsub)
    sp.add_argument("--serial", required=True, metavar="SERIAL", help="票面编号，如 26-000123-5")
    sp.add_argument(
        "--marks", required=True, nargs="+", metavar="M",
        help="按票面顺序每人一项：1 优秀 2 称职 3 基本称职 4 不称职，0 未勾选，9 多选（或如 13）；可连写如 1204",
    )  # fmt: skip
    sp.add_argument("--voter", choices=["中共党员", "群众代表"], help="测评人身份（票上勾选时）")
    sp.add_argument("--correct", action="store_true", help="更正已录入的票")
    json_flag(sp)
    sp = add("show", cmd_ballot_show, "查看一张测评票", bsub)
    sp.add_argument("--serial", required=True, metavar="SERIAL")
    json_flag(sp)
    sp = add("void", cmd_ballot_void, "作废一张测评票（整张不计）", bsub)
    sp.add_argument("--serial", required=True, metavar="SERIAL")
    sp.add_argument("--reason", required=True, metavar="TEXT", help="作废原因")
    sp = add("import", cmd_ballot_import, "从 Excel 录入表导入测评票", bsub)
    sp.add_argument("file", metavar="FILE.xlsx")
    sp.add_argument("--sheet", help="工作表名称")
    sp.add_argument("--skip-invalid", action="store_true", help="导入正确的行，跳过有错误的行")
    sp.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    json_flag(sp)
    sp = add("template", cmd_ballot_template, "生成测评票录入表（Excel，每张未录入的票一行）", bsub)
    sp.add_argument("--out", required=True, metavar="FILE.xlsx")
    sp.add_argument("--batch", help="批次名称（默认最近的批次）")
    sp.add_argument("--annual", type=int, metavar="YYYY", help="该年度的年度考核（默认：期满考核）")
    sp.add_argument("--place", metavar="NAME", help="只含该派驻点")
    sp = add("progress", cmd_ballot_progress, "各派驻点测评票印制、收回和有效票情况", bsub)
    sp.add_argument("--batch", help="批次名称（默认最近的批次）")
    sp.add_argument("--annual", type=int, metavar="YYYY", help="该年度的年度考核（默认：期满考核）")
    json_flag(sp)

    reg = add("register", _need_sub, "名册：不予提拔使用干部、驻村满一年干部、取消评先资格单位（跨批次）")
    rsub = reg.add_subparsers(dest="register_command", required=True, metavar="COMMAND")
    for name, help_ in (
        ("barred", "期满考核不称职、3年内不予提拔使用的干部及截止日期"),
        ("service", "驻村（社区）时间累计满一年的干部及其驻村经历"),
        ("units", "未完成选派任务、3年内取消评先资格的单位"),
    ):
        sp = add(name, cmd_register, help_, rsub)
        sp.add_argument("--as-of", type=date_arg, metavar="YYYY-MM-DD", help="按该日期（默认今天）")
        if name != "service":
            sp.add_argument("--all", action="store_true", help="含已期满的记录")
        else:
            sp.set_defaults(all=False)
        sp.add_argument("--out", metavar="FILE.xlsx", help="导出为 Excel")
        json_flag(sp)


def _need_sub(args: argparse.Namespace) -> int:  # pragma: no cover - argparse requires the subcommand
    raise UserError("缺少子命令")
