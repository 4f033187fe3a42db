"""Commands of the campaign itself: init, demo, check, batches, cadres, imports, exports, print."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cadredesk.cli.base import AddCommand, Parser, date_arg, emit, json_flag, say, workspace
from cadredesk.errors import UserError

LEVELS = ["county", "city", "province"]
LEVEL_LABELS = {"county": "县级", "city": "市级", "province": "省级"}


# --------------------------------------------------------------------------- database


def cmd_init(args: argparse.Namespace) -> int:
    from cadredesk.services.database import describe_state, init_database

    found, name, revision = init_database(args.db)
    say(f"{describe_state(found)}：{name}（结构版本 {revision}）")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from cadredesk.services.demo import generate_demo

    last = [-1.0]

    def progress(message: str, fraction: float) -> None:
        if fraction - last[0] >= 0.05 or fraction >= 1.0:
            last[0] = fraction
            say(f"[{fraction:4.0%}] {message}", err=True)

    with workspace(args, write=True) as ctx:
        summary = generate_demo(ctx, args.scale, args.seed, report=progress)
    if args.json:
        emit(summary.to_json())
    else:
        c = summary.counts
        say(
            f"演示数据已生成（{args.scale}，种子 {args.seed}）：批次“{summary.batch}”，{c.get('cadre', 0)} 名干部，"
            f"{c.get('place', 0)} 个派驻点，{c.get('dispatch', 0)} 条派驻记录，{c.get('attendance', 0)} 条考勤"
        )
        for line in summary.planted:
            say(f"  预置问题：{line}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from cadredesk.core.rules import label
    from cadredesk.services.checks import run_checks

    with workspace(args, write=False) as ctx:
        result = run_checks(ctx, batch=args.batch, as_of=args.as_of)
    if args.json:
        emit(result.to_json())
    else:
        say(f"数据库完整性：{'正常' if result.integrity == 'ok' else result.integrity}")
        say(f"检查日期：{result.as_of}")
        for v in result.violations:
            kind = "问题" if v.severity == "error" else "提醒"
            say(f"- {kind}［{label(v.rule)}］{v.subject}：{v.detail}")
        say(f"共 {len(result.violations)} 条规则提示")
    return 0 if result.integrity == "ok" else 1


# --------------------------------------------------------------------------- batches and cadres


def cmd_batch_add(args: argparse.Namespace) -> int:
    from cadredesk.services.batches import BatchForm, create_batch

    form = BatchForm.defaults(args.level, args.start, args.end, name=args.name)
    form = BatchForm(**{**form.__dict__, "term_reason": args.reason or ""})
    with workspace(args, write=True) as ctx:
        row = create_batch(ctx, form)
    if args.json:
        emit(row.to_json())
    else:
        say(f"已创建批次“{row.name}”：{row.start} 至 {row.end}")
    return 0


def cmd_batch_list(args: argparse.Namespace) -> int:
    from cadredesk.services.batches import list_batches

    with workspace(args, write=False) as ctx:
        rows = list_batches(ctx)
    if args.json:
        emit([r.to_json() for r in rows])
    else:
        for r in rows:
            extra = f"\t已于 {r.closed_on} 结束" if r.closed_on else ""
            extra += f"\t期限调整原因：{r.term_reason}" if r.term_reason else ""
            say(f"{r.name}\t{LEVEL_LABELS.get(r.level, r.level)}\t{r.start}~{r.end}\t{r.cadres} 人{extra}")
    return 0


def cmd_list_cadres(args: argparse.Namespace) -> int:
    from cadredesk.core.audit import mask_id
    from cadredesk.services.cadres import list_cadres

    with workspace(args, write=False) as ctx:
        rows = list_cadres(ctx, args.batch)
    if args.json:
        emit([r.to_json() for r in rows])
    else:
        for r in rows:
            fields = (r.name, r.gender, mask_id(r.id_number), r.unit, r.township, r.place, r.role, r.status)
            say("\t".join(str(x or "") for x in fields))
        say(f"共 {len(rows)} 人", err=True)
    return 0


# --------------------------------------------------------------------------- imports


def print_report(rep: dict[str, Any], *, dry_run: bool = False) -> None:
    verb = "可导入" if dry_run else "已导入"
    extra = (
        f"，更新 {rep['updated']} 行，无变化 {rep['unchanged']} 行"
        if "updated" in rep and not dry_run
        else ""
    )
    say(f"{verb} {rep['imported']} 行{extra}，拒绝 {len(rep['rejected'])} 行")
    for r in rep["rejected"]:
        say(f"  第 {r['row']} 行 {r.get('name') or ''}：{r['reason']}")
    for w in rep.get("warnings", []):
        say(f"  提示（第 {w.get('row', '-')} 行）：{w['message']}")


def cmd_import_roster(args: argparse.Namespace) -> int:
    from cadredesk.services.roster_import import import_roster

    with workspace(args, write=not args.dry_run) as ctx:
        report = import_roster(
            ctx,
            Path(args.file),
            args.batch,
            sheet=args.sheet,
            create_places=args.create_places,
            skip_invalid=args.skip_invalid,
            dry_run=args.dry_run,
            annotated_out=Path(args.annotate) if args.annotate else None,
        )
    if args.json:
        emit(report.to_json())
    else:
        print_report(report.to_json(), dry_run=args.dry_run)
    return 0


def cmd_import_reference(args: argparse.Namespace) -> int:
    from cadredesk.services import reference_import

    report: Any
    with workspace(args, write=not args.dry_run) as ctx:
        if args.import_command == "places":
            report = reference_import.import_places(
                ctx, Path(args.file), sheet=args.sheet, skip_invalid=args.skip_invalid, dry_run=args.dry_run
            )
        else:
            report = reference_import.import_units(
                ctx,
                Path(args.file),
                batch=args.batch,
                sheet=args.sheet,
                skip_invalid=args.skip_invalid,
                dry_run=args.dry_run,
            )
    if args.json:
        emit(report.to_json())
    else:
        print_report(report.to_json(), dry_run=args.dry_run)
    return 0


# --------------------------------------------------------------------------- exports and print


def cmd_export_roster(args: argparse.Namespace) -> int:
    from cadredesk.services.roster import export_roster

    with workspace(args, write=True) as ctx:  # an export is audited
        result = export_roster(
            ctx, Path(args.out), batch=args.batch, order=args.order, unit_line=args.unit_line
        )
    say(f"已导出 {result.rows} 人到 {result.path}")
    return 0


def cmd_export_template(args: argparse.Namespace) -> int:
    from cadredesk.services.roster import write_template

    with workspace(args, write=True) as ctx:
        result = write_template(ctx, Path(args.out))
    say(f"已生成填报模板：{result.path}")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from cadredesk.services.printing import PrintRequest, print_document

    req = PrintRequest(
        out=Path(args.out), batch=args.batch, cadre=args.cadre, order=args.order, session=args.session,
        course=args.course, by_course=args.by_course, place=args.place, copies=args.copies, year=args.year,
    )  # fmt: skip
    with workspace(args, write=True) as ctx:  # a print is audited
        result = print_document(ctx, args.kind, req)
    for w in result.warnings:
        say(f"提示：{w}", err=True)
    say(f"已生成 {result.path}（{result.pages} 页）")
    return 0


# --------------------------------------------------------------------------- parser


def _print_kind(sp: argparse.ArgumentParser) -> None:
    from cadredesk.services.printing import KINDS, LABELS  # imports every printing service

    kinds = "、".join(f"{k}（{LABELS.get(k, k)}）" for k in KINDS)
    sp.add_argument("kind", choices=list(KINDS), metavar="KIND", help=f"打印什么：{kinds}")


def register(sub: Any, add: AddCommand) -> None:
    add("init", cmd_init, "创建或升级数据库结构（升级前自动备份）")
    sp = add("demo", cmd_demo, "在空数据库中生成演示数据")
    sp.add_argument(
        "--scale", choices=["county", "city", "province"], default="county", help="规模（默认 county）"
    )
    sp.add_argument("--seed", type=int, default=1, help="随机种子（相同种子生成相同数据）")
    json_flag(sp)
    sp = add("check", cmd_check, "检查数据库完整性和各项工作规则")
    sp.add_argument("--batch", help="只检查该批次（默认全部）")
    sp.add_argument("--as-of", type=date_arg, metavar="YYYY-MM-DD", help="按该日期判断（默认今天）")
    json_flag(sp)

    batch = add("batch", _need_sub, "批次管理")
    bsub = batch.add_subparsers(dest="batch_command", required=True, metavar="COMMAND")
    sp = add("add", cmd_batch_add, "新建批次", bsub)
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("--start", type=date_arg, required=True, metavar="YYYY-MM-DD", help="开始日期")
    sp.add_argument("--end", type=date_arg, required=True, metavar="YYYY-MM-DD", help="结束日期")
    sp.add_argument(
        "--level", choices=LEVELS, default="county", help="级别：县级一年、省级两年（默认 county）"
    )
    sp.add_argument("--reason", metavar="TEXT", help="期限与级别不符时（县级一年、省级两年）须注明原因")
    json_flag(sp)
    sp = add("list", cmd_batch_list, "列出批次", bsub)
    json_flag(sp)

    lst = add("list", _need_sub, "列出数据")
    lsub = lst.add_subparsers(dest="list_command", required=True, metavar="COMMAND")
    sp = add("cadres", cmd_list_cadres, "列出干部", lsub)
    sp.add_argument("--batch", help="只列出该批次名单中的干部")
    json_flag(sp)

    imp = add("import", _need_sub, "从 Excel 导入")
    isub = imp.add_subparsers(dest="import_command", required=True, metavar="COMMAND")
    sp = add("roster", cmd_import_roster, "导入选派名单", isub)
    sp.add_argument("file", metavar="FILE.xlsx")
    sp.add_argument("--batch", required=True, help="导入到哪个批次（不存在则新建）")
    sp.add_argument("--sheet", help="工作表名称（默认第一个有名单的工作表）")
    sp.add_argument("--create-places", action="store_true", help="自动新建名单中未登记的乡镇和派驻点")
    sp.add_argument("--skip-invalid", action="store_true", help="导入正确的行，跳过有错误的行")
    sp.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    sp.add_argument("--annotate", metavar="OUT.xlsx", help="另存一份标注了校验结果的工作簿")
    json_flag(sp)
    for what, help_ in (
        ("places", "导入乡镇和派驻点（含重点类别）"),
        ("units", "导入派出单位及负责人、选派名额"),
    ):
        sp = add(what, cmd_import_reference, help_, isub)
        sp.add_argument("file", metavar="FILE.xlsx")
        if what == "units":
            sp.add_argument("--batch", help="表中“选派名额”所属的批次")
        sp.add_argument("--sheet", help="工作表名称")
        sp.add_argument("--skip-invalid", action="store_true", help="导入正确的行，跳过有错误的行")
        sp.add_argument("--dry-run", action="store_true", help="只检查，不写入")
        json_flag(sp)

    exp = add("export", _need_sub, "导出 Excel")
    esub = exp.add_subparsers(dest="export_command", required=True, metavar="COMMAND")
    sp = add("roster", cmd_export_roster, "导出选派名单", esub)
    sp.add_argument("--batch", help="批次名称（默认最近的批次）")
    sp.add_argument("--out", required=True, metavar="FILE.xlsx", help="保存到")
    sp.add_argument(
        "--order", choices=["township", "strokes"], default="township", help="按乡镇或按姓氏笔画排列"
    )
    sp.add_argument("--unit-line", metavar="TEXT", help="“填报单位”一行的内容（默认数据库中设置的单位名称）")
    sp = add("template", cmd_export_template, "生成发给各单位的名单填报模板", esub)
    sp.add_argument("--out", required=True, metavar="FILE.xlsx", help="保存到")

    sp = add("print", cmd_print, "生成 PDF 打印件")
    assert isinstance(sp, Parser)
    sp.defer(_print_kind)  # KIND's choices come from the printing registry, imported only for `print`
    sp.add_argument("--out", required=True, metavar="FILE.pdf", help="保存到")
    sp.add_argument("--batch", help="批次名称（默认最近的批次）")
    sp.add_argument("--cadre", metavar="ID_NUMBER", help="只打印这名干部")
    sp.add_argument(
        "--order", choices=["township", "strokes"], default="township", help="按乡镇或按姓氏笔画排列"
    )
    sp.add_argument("--session", metavar="NAME", help="signin：只打印该培训班（默认本批次全部培训班）")
    sp.add_argument("--course", metavar="TITLE", help="signin：只打印该课程的签到表")
    sp.add_argument("--by-course", action="store_true", help="signin：每门课程一张签到表")
    sp.add_argument("--place", metavar="NAME", help="ballots：只打印该派驻点（村名，重名时连同乡镇名）")
    sp.add_argument(
        "--copies", type=int, metavar="N", help="ballots：每个派驻点印制张数（默认批次考核参数，30 张）"
    )
    sp.add_argument(
        "--year", type=int, metavar="YYYY", help="ballots：该年度年度考核的测评票（默认期满考核）"
    )


def _need_sub(args: argparse.Namespace) -> int:  # pragma: no cover - argparse requires the subcommand
    raise UserError("缺少子命令")
