"""Commands of the dispatch list as a clerk really uses it: the end of a term, undo and delete, stepping
a status back, places imported like rosters, a cadre's profile, the organization's name.

Some of them extend the groups the campaign module creates (``batch close``, ``import undo``, the
options of ``import places``); the others are groups of their own (``cadre``, ``place``, ``dispatch``,
``setting``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cadredesk.cli.base import AddCommand, date_arg, emit, json_flag, say, workspace
from cadredesk.errors import UserError


def run_id_arg(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"导入记录编号应为正整数（见 import list）：{value}")
    return int(value)


def _sub(parser: argparse.ArgumentParser) -> Any:
    """The sub-command group of a command created by another module (``batch``, ``import``, ``list``)."""
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


# --------------------------------------------------------------------------- the end of a term


def cmd_batch_close(args: argparse.Namespace) -> int:
    from cadredesk.services.term import close_batch

    with workspace(args, write=True) as ctx:
        result = close_batch(ctx, args.name, on=args.on, withdraw_pending=args.withdraw_pending)
    if args.json:
        emit(result.to_json())
    else:
        say(f"批次“{result.batch}”已于 {result.closed_on} 期满：{result.completed} 人期满")
        if result.withdrawn:
            say(f"尚未到岗、已撤回推荐 {len(result.withdrawn)} 人：{'、'.join(result.withdrawn)}")
        say(f"已保存本批次的检查结果 {result.findings} 条（此后检查本批次即显示这些结果）")
    return 0


def cmd_batch_delete(args: argparse.Namespace) -> int:
    from cadredesk.services import deletion

    with workspace(args, write=True) as ctx:
        done = deletion.delete_batch(ctx, deletion.find_batch_id(ctx, args.name))
    say(f"已删除批次“{done.name}”")
    return 0


def cmd_list_due(args: argparse.Namespace) -> int:
    from cadredesk.core.audit import mask_id
    from cadredesk.services.term import evaluations_due

    with workspace(args, write=False) as ctx:
        rows = evaluations_due(ctx, args.batch)
    if args.json:
        emit([r.to_json() for r in rows])
    else:
        for r in rows:
            say(
                "\t".join(
                    (r.batch, r.name, mask_id(r.id_number), r.unit, f"{r.township}{r.place}", str(r.end))
                )
            )
        say(f"共 {len(rows)} 人待期满考核", err=True)
    return 0


# --------------------------------------------------------------------------- undo and delete


def cmd_import_list(args: argparse.Namespace) -> int:
    from cadredesk.services.import_runs import KIND_LABELS, list_imports

    with workspace(args, write=False) as ctx:
        runs = list_imports(ctx)
    if args.json:
        emit([r.to_json() for r in runs])
    else:
        for r in runs:
            state = f"已于 {r.undone_at:%Y-%m-%d %H:%M} 撤销" if r.undone_at else "可撤销"
            say(
                f"{r.id}\t{r.at:%Y-%m-%d %H:%M}\t{KIND_LABELS.get(r.kind, r.kind)}\t{r.file}\t{r.batch}\t{r.summary}\t{state}"
            )
        say(f"共 {len(runs)} 次导入", err=True)
    return 0


def cmd_import_undo(args: argparse.Namespace) -> int:
    from cadredesk.services.import_runs import undo_import

    with workspace(args, write=True) as ctx:
        result = undo_import(ctx, args.run)
    if args.json:
        emit(result.to_json())
    else:
        say(f"已撤销导入记录 {result.run_id}（{result.file}）：删除 {result.text}")
    return 0


def cmd_cadre_delete(args: argparse.Namespace) -> int:
    from cadredesk.services import deletion

    with workspace(args, write=True) as ctx:
        done = deletion.delete_cadre(ctx, deletion.find_cadre(ctx, args.id_number))
    say(f"已删除干部“{done.name}”")
    return 0


def cmd_place_delete(args: argparse.Namespace) -> int:
    from cadredesk.services import deletion

    with workspace(args, write=True) as ctx:
        done = deletion.delete_place(ctx, deletion.find_place(ctx, args.township, args.name))
    say(f"已删除派驻点“{done.name}”")
    return 0


def cmd_dispatch_back(args: argparse.Namespace) -> int:
    from cadredesk.services import assignment

    with workspace(args, write=True) as ctx:
        did = assignment.find_dispatch(ctx, args.id_number, args.batch)
        if args.dispatch_command == "withdraw":
            assignment.withdraw(ctx, did, reason=args.reason)
        else:
            assignment.step_back(ctx, did, reason=args.reason)
    say("已撤回推荐" if args.dispatch_command == "withdraw" else "已退回上一步")
    return 0


# --------------------------------------------------------------------------- places, profile, settings


def cmd_import_places(args: argparse.Namespace) -> int:
    from cadredesk.cli.campaign import print_report
    from cadredesk.services.reference_import import import_places

    with workspace(args, write=not args.dry_run) as ctx:
        report = import_places(
            ctx,
            Path(args.file),
            sheet=args.sheet,
            batch=args.batch,
            create_townships=args.create_townships,
            skip_invalid=args.skip_invalid,
            dry_run=args.dry_run,
            annotated_out=Path(args.annotate) if args.annotate else None,
        )
    if args.json:
        emit(report.to_json())
    else:
        print_report(report.to_json(), dry_run=args.dry_run)
        if report.run_id is not None:
            say(f"导入记录编号 {report.run_id}（如需整体撤销：import undo {report.run_id}）")
    return 0


def cmd_cadre_profile(args: argparse.Namespace) -> int:
    from cadredesk.services import deletion
    from cadredesk.services.profile import cadre_profile

    with workspace(args, write=False) as ctx:
        profile = cadre_profile(ctx, deletion.find_cadre(ctx, args.id_number))
    if args.json:
        emit(profile.to_json())
    else:
        for line in profile.lines():
            say(line)
    return 0


def cmd_setting_organization(args: argparse.Namespace) -> int:
    from cadredesk.services.settings import organization, set_organization

    if args.name is None:
        with workspace(args, write=False) as ctx:
            say(organization(ctx))
        return 0
    with workspace(args, write=True) as ctx:
        set_organization(ctx, args.name)
        say(f"单位名称已设为“{organization(ctx)}”（打印件页脚和导出表的制表单位使用此名称）")
    return 0


def _need_sub(args: argparse.Namespace) -> int:  # pragma: no cover - argparse requires the subcommand
    raise UserError("缺少子命令")


# --------------------------------------------------------------------------- parser


def register(sub: Any, add: AddCommand) -> None:
    batch_sub = _sub(sub.choices["batch"])
    sp = add("close", cmd_batch_close, "批次期满：在岗干部一次办理期满，保存本批次的检查结果", batch_sub)
    sp.add_argument("name", metavar="NAME", help="批次名称")
    sp.add_argument(
        "--on", type=date_arg, metavar="YYYY-MM-DD", help="期满日期（默认批次结束日期，不能晚于今天）"
    )
    sp.add_argument(
        "--withdraw-pending", action="store_true", help="一并撤回尚未到岗（推荐、审核、培训）的推荐"
    )
    json_flag(sp)
    sp = add("delete", cmd_batch_delete, "删除误建的批次（已有名单、工作队等记录的不能删除）", batch_sub)
    sp.add_argument("name", metavar="NAME", help="批次名称")

    list_sub = _sub(sub.choices["list"])
    sp = add("due", cmd_list_due, "列出待期满考核的干部（已期满、尚无期满考核记录）", list_sub)
    sp.add_argument("--batch", help="只列出该批次")
    json_flag(sp)

    import_sub = _sub(sub.choices["import"])
    sp = add("list", cmd_import_list, "列出导入记录（可按编号整体撤销）", import_sub)
    json_flag(sp)
    sp = add("undo", cmd_import_undo, "整体撤销一次导入（导入的记录未被其他记录引用时）", import_sub)
    sp.add_argument("run", type=run_id_arg, metavar="RUN_ID", help="导入记录编号（见 import list）")
    json_flag(sp)
    places = import_sub.choices["places"]
    places.set_defaults(handler=cmd_import_places)
    places.add_argument("--batch", help="重点类别用于该批次的重点村名单（不指定则只保存为派驻点的现行类别）")
    places.add_argument("--create-townships", action="store_true", help="一并新建表中尚未登记的乡镇")
    places.add_argument("--annotate", metavar="OUT.xlsx", help="另存一份标注了校验结果的工作簿")

    cadre = add("cadre", _need_sub, "干部")
    csub = cadre.add_subparsers(dest="cadre_command", required=True, metavar="COMMAND")
    sp = add("profile", cmd_cadre_profile, "干部档案：历次派驻及状态记录、培训、考勤汇总、考核", csub)
    sp.add_argument("id_number", metavar="ID_NUMBER", help="身份证号")
    json_flag(sp)
    sp = add("delete", cmd_cadre_delete, "删除误录的干部（已有派驻、培训等记录的不能删除）", csub)
    sp.add_argument("id_number", metavar="ID_NUMBER", help="身份证号")

    place = add("place", _need_sub, "派驻点")
    psub = place.add_subparsers(dest="place_command", required=True, metavar="COMMAND")
    sp = add("delete", cmd_place_delete, "删除误录的派驻点（已有派驻、工作小组等记录的不能删除）", psub)
    sp.add_argument("township", metavar="TOWNSHIP", help="乡镇（街道）")
    sp.add_argument("name", metavar="PLACE", help="村（社区）名称")

    dispatch = add("dispatch", _need_sub, "派驻记录的状态")
    dsub = dispatch.add_subparsers(dest="dispatch_command", required=True, metavar="COMMAND")
    for name, help_ in (
        ("back", "退回上一步（审核→推荐、培训→审核、在岗→培训、期满→在岗），须注明原因"),
        ("withdraw", "撤回推荐（只限推荐、审核阶段；已培训或在岗的请召回），须注明原因"),
    ):
        sp = add(name, cmd_dispatch_back, help_, dsub)
        sp.add_argument("id_number", metavar="ID_NUMBER", help="干部身份证号")
        sp.add_argument("--batch", help="批次名称（默认该干部最近的批次）")
        sp.add_argument("--reason", required=True, metavar="TEXT", help="原因（记入状态记录和审计日志）")

    setting = add("setting", _need_sub, "设置")
    ssub = setting.add_subparsers(dest="setting_command", required=True, metavar="COMMAND")
    sp = add("organization", cmd_setting_organization, "查看或设置单位名称（打印件页脚、制表单位）", ssub)
    sp.add_argument(
        "name", nargs="?", metavar="NAME", help="单位名称，如“某某县委组织部”（不填则显示当前名称）"
    )
