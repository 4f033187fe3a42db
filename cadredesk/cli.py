"""cadredesk-cli: the headless face over the same services as the GUI (see CLI.md).

Exit status: 0 done, 1 user-facing error (one line on stderr), 2 wrong usage,
3 a bug (traceback logged to the app-data log, not shown).  This module must
not import PySide6 (a test checks it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from cadredesk.storage.engine import Database

from cadredesk import __version__
from cadredesk.errors import UserError
from cadredesk.logsetup import setup_logging

log = logging.getLogger("cadredesk.cli")

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{value}") from None


def _month(value: str) -> str:
    try:
        dt.datetime.strptime(value, "%Y-%m")
    except ValueError:
        raise argparse.ArgumentTypeError(f"月份格式应为 YYYY-MM：{value}") from None
    return value


def emit(data: Any) -> None:
    """One JSON document on stdout, UTF-8, not ASCII-escaped."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n")


@contextmanager
def _opened(args: argparse.Namespace) -> Iterator[Database]:
    """The database named by --db, checked and up to date; closed (WAL checkpointed) afterwards."""
    db = _open(args)
    try:
        yield db
    finally:
        db.close()


def _open(args: argparse.Namespace) -> Database:
    from cadredesk.storage.engine import Database
    from cadredesk.storage.schema import SchemaState, ensure_schema, refuse_newer, state

    db = Database.open(args.db)
    try:
        found = state(db)
        if found is SchemaState.NEWER:
            refuse_newer(db)
        if found is not SchemaState.CURRENT:
            ensure_schema(db)  # a missing SQLite file is created; an older one upgraded after a backup
        from cadredesk.core.services.maintenance import refresh_sort_keys

        with db.session() as s:
            refresh_sort_keys(s)  # cheap when nothing changed: one settings row is read
    except BaseException:
        db.close()
        raise
    return db


# --------------------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace) -> int:
    from cadredesk.storage.engine import Database
    from cadredesk.storage.schema import SchemaState, ensure_schema, head_revision

    db = Database.open(args.db)
    try:
        found = ensure_schema(db)
    finally:
        db.close()
    words = {
        SchemaState.EMPTY: "已创建数据库结构",
        SchemaState.OLDER: "已将数据库结构升级到当前版本（升级前已备份）",
        SchemaState.CURRENT: "数据库结构已是当前版本",
    }
    print(f"{words[found]}：{db.display_name}（结构版本 {head_revision()}）")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from cadredesk import demo

    with _opened(args) as db:
        last = [-1.0]

        def progress(message: str, fraction: float) -> None:
            if fraction - last[0] >= 0.05 or fraction >= 1.0:
                last[0] = fraction
                print(f"[{fraction:4.0%}] {message}", file=sys.stderr, flush=True)

        summary = demo.generate(db, args.scale, args.seed, progress=progress)
    if args.json:
        emit(summary.to_json())
    else:
        c = summary.counts
        print(
            f"演示数据已生成（{args.scale}，种子 {args.seed}）：批次“{summary.batch}”，{c.get('cadre', 0)} 名干部，"
            f"{c.get('place', 0)} 个派驻点，{c.get('dispatch', 0)} 条派驻记录，{c.get('attendance', 0)} 条考勤"
        )
        for line in summary.planted:
            print(f"  预置问题：{line}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from cadredesk.core.services import checks

    with _opened(args) as db:
        result = checks.run_all(db, batch=args.batch)
    if args.json:
        emit(result.to_json())
    else:
        print(f"数据库完整性：{result.integrity}")
        for v in result.violations:
            print(f"- [{v.rule}] {v.subject}：{v.detail}")
        print(f"共 {len(result.violations)} 条规则提示")
    return 0 if result.integrity == "ok" else 1


def cmd_batch_add(args: argparse.Namespace) -> int:
    from cadredesk.core.services import batches

    with _opened(args) as db, db.session() as s:
        b = batches.create_batch(s, args.name, args.start, args.end, args.level)
        row = {"name": b.name, "level": b.level, "start": b.start.isoformat(), "end": b.end.isoformat()}
    if args.json:
        emit(row)
    else:
        print(f"已创建批次“{row['name']}”：{row['start']} 至 {row['end']}")
    return 0


def cmd_batch_list(args: argparse.Namespace) -> int:
    from cadredesk.core.services import batches

    with _opened(args) as db, db.reader() as s:
        rows = batches.list_batches(s)
    if args.json:
        emit([r.to_json() for r in rows])
    else:
        for r in rows:
            print(f"{r.name}\t{r.level}\t{r.start}~{r.end}\t{r.cadres} 人")
    return 0


def cmd_list_cadres(args: argparse.Namespace) -> int:
    from cadredesk.core.services import cadres

    with _opened(args) as db, db.reader() as s:
        rows = cadres.list_cadres(s, args.batch)
    if args.json:
        emit([r.to_json() for r in rows])
    else:
        from cadredesk.core.audit import mask_id

        for r in rows:
            print(
                "\t".join(
                    str(x or "")
                    for x in (
                        r.name,
                        r.gender,
                        mask_id(r.id_number),
                        r.unit,
                        r.township,
                        r.place,
                        r.role,
                        r.status,
                    )
                )
            )
        print(f"共 {len(rows)} 人", file=sys.stderr)
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from cadredesk.core import audit

    with _opened(args) as db, db.reader() as s:
        count, problem = audit.verify(s)
    if problem:
        raise UserError(
            f"审计日志第 {problem.entry_id} 条记录异常：{problem.reason}（共检查 {count} 条）",
            key="audit-broken",
        )
    print(f"审计日志完整：共 {count} 条记录，校验链无断点")
    return 0


def cmd_import_roster(args: argparse.Namespace) -> int:
    from cadredesk.core.services import roster_import

    with _opened(args) as db:
        report = roster_import.import_roster(
            db,
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
        _print_report(report.to_json(), dry_run=args.dry_run)
    return 0


def cmd_import_reference(args: argparse.Namespace) -> int:
    from cadredesk.core.services import reference_import

    with _opened(args) as db:
        if args.import_command == "places":
            report = reference_import.import_places(
                db, Path(args.file), sheet=args.sheet, skip_invalid=args.skip_invalid, dry_run=args.dry_run
            )
        else:
            report = reference_import.import_units(
                db,
                Path(args.file),
                batch=args.batch,
                sheet=args.sheet,
                skip_invalid=args.skip_invalid,
                dry_run=args.dry_run,
            )
    if args.json:
        emit(report.to_json())
    else:
        _print_report(report.to_json(), dry_run=args.dry_run)
    return 0


def _print_report(rep: dict[str, Any], *, dry_run: bool = False) -> None:
    verb = "可导入" if dry_run else "已导入"
    extra = (
        f"，更新 {rep['updated']} 行，无变化 {rep['unchanged']} 行"
        if "updated" in rep and not dry_run
        else ""
    )
    print(f"{verb} {rep['imported']} 行{extra}，拒绝 {len(rep['rejected'])} 行")
    for r in rep["rejected"]:
        print(f"  第 {r['row']} 行 {r.get('name') or ''}：{r['reason']}")
    for w in rep.get("warnings", []):
        print(f"  提示（第 {w.get('row', '-')} 行）：{w['message']}")


def cmd_export_roster(args: argparse.Namespace) -> int:
    from cadredesk.core.services import batches, roster
    from cadredesk.io import excel_write

    with _opened(args) as db, db.reader() as s:
        batch = batches.find_batch(s, args.batch)
        lines = roster.roster_lines(s, batch, args.order)
        name = batch.name
    excel_write.export_roster(lines, batch_name=name, unit_line=args.unit_line, out=Path(args.out))
    print(f"已导出 {len(lines)} 人到 {args.out}")
    return 0


def cmd_export_template(args: argparse.Namespace) -> int:
    from cadredesk.core.services import reference
    from cadredesk.io import excel_write

    with _opened(args) as db, db.reader() as s:
        townships, places, units = reference.template_choices(s)
    excel_write.write_template(Path(args.out), townships=townships, places=places, units=units)
    print(f"已生成填报模板：{args.out}")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from cadredesk.core.services import printing

    with _opened(args) as db:
        result = printing.print_document(
            db, args.kind, Path(args.out), batch=args.batch, cadre=args.cadre, order=args.order
        )
    for w in result.warnings:
        print(f"提示：{w}", file=sys.stderr)
    print(f"已生成 {args.out}（{result.pages} 页）")
    return 0


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="cadredesk-cli", description="选派干部驻村管理（命令行）")
    p.add_argument("--db", help="SQLite 文件路径或 SQLAlchemy URL（默认：CADREDESK_DB 或应用数据目录）")
    p.add_argument("--version", action="version", version=f"CadreDesk {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def add(name: str, handler: Handler, help_: str, parent: Any = sub) -> argparse.ArgumentParser:
        sp: argparse.ArgumentParser = parent.add_parser(name, help=help_, description=help_)
        sp.set_defaults(handler=handler)
        return sp

    def json_flag(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--json", action="store_true", help="以 JSON 输出结果")

    add("init", cmd_init, "创建或升级数据库结构")
    sp = add("demo", cmd_demo, "在空数据库中生成演示数据")
    sp.add_argument("--scale", choices=["county", "city", "province"], default="county")
    sp.add_argument("--seed", type=int, default=1)
    json_flag(sp)
    sp = add("check", cmd_check, "检查数据库完整性和各项工作规则")
    sp.add_argument("--batch", help="只检查该批次（默认全部）")
    json_flag(sp)

    batch = add("batch", _need_sub, "批次管理")
    bsub = batch.add_subparsers(dest="batch_command", required=True, parser_class=_Parser)
    sp = add("add", cmd_batch_add, "新建批次", bsub)
    sp.add_argument("name")
    sp.add_argument("--start", type=_date, required=True)
    sp.add_argument("--end", type=_date, required=True)
    sp.add_argument("--level", choices=["county", "city", "province"], default="county")
    json_flag(sp)
    sp = add("list", cmd_batch_list, "列出批次", bsub)
    json_flag(sp)

    lst = add("list", _need_sub, "列出数据")
    lsub = lst.add_subparsers(dest="list_command", required=True, parser_class=_Parser)
    sp = add("cadres", cmd_list_cadres, "列出干部", lsub)
    sp.add_argument("--batch")
    json_flag(sp)

    imp = add("import", _need_sub, "从 Excel 导入")
    isub = imp.add_subparsers(dest="import_command", required=True, parser_class=_Parser)
    sp = add("roster", cmd_import_roster, "导入选派名单", isub)
    sp.add_argument("file")
    sp.add_argument("--batch", required=True)
    sp.add_argument("--sheet")
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
        sp.add_argument("file")
        if what == "units":
            sp.add_argument("--batch", help="表中“选派名额”所属的批次")
        sp.add_argument("--sheet")
        sp.add_argument("--skip-invalid", action="store_true", help="导入正确的行，跳过有错误的行")
        sp.add_argument("--dry-run", action="store_true", help="只检查，不写入")
        json_flag(sp)

    exp = add("export", _need_sub, "导出 Excel")
    esub = exp.add_subparsers(dest="export_command", required=True, parser_class=_Parser)
    sp = add("roster", cmd_export_roster, "导出选派名单", esub)
    sp.add_argument("--batch")
    sp.add_argument("--out", required=True)
    sp.add_argument("--order", choices=["township", "strokes"], default="township")
    sp.add_argument("--unit-line", default="县委组织部", help="“填报单位”一行的内容")
    sp = add("template", cmd_export_template, "生成发给各单位的名单填报模板", esub)
    sp.add_argument("--out", required=True)

    sp = add("print", cmd_print, "生成 PDF 打印件")
    sp.add_argument(
        "kind", choices=["roster", "signin", "pairs", "ballots", "evaluation", "experience", "summary"]
    )
    sp.add_argument("--out", required=True)
    sp.add_argument("--batch")
    sp.add_argument("--cadre", metavar="ID_NUMBER")
    sp.add_argument("--order", choices=["township", "strokes"], default="township")

    aud = add("audit", _need_sub, "审计日志")
    asub = aud.add_subparsers(dest="audit_command", required=True, parser_class=_Parser)
    add("verify", cmd_audit_verify, "校验审计日志是否被篡改", asub)
    return p


def _need_sub(args: argparse.Namespace) -> int:  # pragma: no cover - argparse requires the subcommand
    raise UsageError("缺少子命令")


def main(argv: Sequence[str] | None = None) -> int:
    setup_logging()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"cadredesk-cli: 用法错误：{exc}", file=sys.stderr)
        return 2
    wants_json = bool(getattr(args, "json", False))
    try:
        return int(args.handler(args))
    except UserError as exc:
        log.info("user error in %s: %s", args.command, exc)
        if wants_json and exc.result is not None:
            res = exc.result
            emit(res.to_json() if hasattr(res, "to_json") else res)
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("已取消", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (`… --json | head`): not an error of ours; silence the final flush
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception:
        log.exception("unexpected error in %s", getattr(args, "command", "?"))
        from cadredesk.paths import log_dir

        print(
            f"内部错误：程序出现了意外问题，详细信息已写入日志 {log_dir()}。请联系维护人员。", file=sys.stderr
        )
        return 3


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
