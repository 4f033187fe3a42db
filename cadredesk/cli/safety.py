"""Commands of data safety: backup, verify, restore, restore points, the audit log, users, exchange."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cadredesk.cli.base import AddCommand, emit, json_flag, read_secret, say, workspace
from cadredesk.errors import UserError

ROLES = ["系统管理员", "安全审计员", "业务操作员", "乡镇联络员"]


def _passphrase(args: argparse.Namespace) -> str | None:
    if not getattr(args, "passphrase_file", None):
        return None
    secret = read_secret(args.passphrase_file)
    if not secret:
        raise UserError(f"密码文件 {args.passphrase_file} 是空的", key="passphrase-empty")
    return secret


def _new_password(args: argparse.Namespace, who: str) -> str:
    if getattr(args, "new_password_file", None):
        secret = read_secret(args.new_password_file)
        if secret:
            return secret
        raise UserError(f"密码文件 {args.new_password_file} 是空的", key="password-file")
    first = read_secret(None, prompt=f"{who} 的新密码：")
    if first is None:
        raise UserError("请用 --new-password-file 文件 提供新密码", key="password-missing")
    if read_secret(None, prompt="再输入一次：") != first:
        raise UserError("两次输入的密码不一致", key="password-mismatch")
    return first


# --------------------------------------------------------------------------- backup, verify, restore


def cmd_backup(args: argparse.Namespace) -> int:
    from cadredesk.services.backup import create_backup

    passphrase = _passphrase(args)
    with workspace(args, write=True) as ctx:  # a backup is audited
        result = create_backup(ctx, Path(args.out), passphrase, reason="手动")
    if args.json:
        emit(result.to_json())
    else:
        say(
            f"备份已完成并校验通过：{result.path}（{result.size} 字节{'，已加密' if result.encrypted else ''}）"
        )
        say(f"SHA-256: {result.sha256}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from cadredesk.services.backup import verify_backup

    result = verify_backup(Path(args.file), _passphrase(args))
    if args.json:
        emit(result.to_json())
    else:
        say(
            f"备份完好：{result.path}，创建于 {result.created_at}，程序版本 {result.app_version}，"
            f"结构版本 {result.schema_revision}，{'已加密，' if result.encrypted else ''}"
            f"干部 {result.counts.get('cadre', 0)} 人，审计记录 {result.audit_count} 条"
        )
        say(f"SHA-256: {result.sha256}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from cadredesk.services.backup import restore_backup, verify_backup

    passphrase = _passphrase(args)
    checked = verify_backup(Path(args.file), passphrase)  # before the database is even opened
    if not args.yes:
        if not (sys.stdin is not None and sys.stdin.isatty()):
            raise UserError("恢复会替换当前数据库：请加 --yes 确认。", key="confirm")
        answer = input(f"将用 {checked.created_at} 的备份替换当前数据库（原数据库另存一份），继续吗？[y/N] ")
        if answer.strip().lower() not in ("y", "yes", "是"):
            say("已取消，数据库未改动。")
            return 1
    with workspace(args, write=True, damaged_ok=True) as ctx:
        over_damaged = bool(getattr(args, "_over_damaged", False))
        result = restore_backup(ctx, Path(args.file), passphrase, over_damaged=over_damaged)
    if args.json:
        emit(result.to_json())
    else:
        say(f"已从 {result.path} 恢复数据库。")
        if result.pre_restore:
            say(f"恢复前的数据库已保存为：{result.pre_restore}")
        if result.upgraded_from:
            say(f"备份的数据库结构已从 {result.upgraded_from} 升级到当前版本。")
    return 0


def cmd_restore_points(args: argparse.Namespace) -> int:
    from cadredesk.services.backup import restore_points

    with workspace(args, write=False) as ctx:
        points = restore_points(ctx)
    if args.json:
        emit(
            [
                {
                    "path": str(p.path),
                    "created_at": p.created_at.isoformat(),
                    "reason": p.reason,
                    "size": p.size,
                }
                for p in points
            ]
        )
    else:
        for p in points:
            say(f"{p.created_at:%Y-%m-%d %H:%M}\t{p.reason}\t{p.size} 字节\t{p.path}")
        say(f"共 {len(points)} 个自动备份", err=True)
    return 0


def cmd_auto_backup(args: argparse.Namespace) -> int:
    from cadredesk.services.backup import auto_backup, auto_backup_due

    with workspace(args, write=True) as ctx:
        if args.if_due and not auto_backup_due(ctx):
            say("今天已有自动备份，无需再备份。")
            return 0
        result = auto_backup(ctx, args.reason)
    if args.json:
        emit(result.to_json())
    else:
        say(f"自动备份已完成并校验通过：{result.path}（{result.size} 字节）；旧备份按 7 日、4 周、12 月保留")
    return 0


# --------------------------------------------------------------------------- audit


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from cadredesk.services.audit import verify_audit

    with workspace(args, write=False) as ctx:
        report = verify_audit(ctx, [Path(a) for a in args.anchor or []])
    for note in report.notes:
        say(f"提示：{note}", err=True)
    if report.broken_at is not None:
        raise UserError(
            f"审计日志第 {report.broken_at} 条记录异常：{report.reason}（共检查 {report.checked} 条）",
            key="audit-broken",
            result=report.to_json(),
        )
    if report.missing_protections:
        missing = "、".join(report.missing_protections)
        raise UserError(
            f"审计日志的保护触发器被删除：{missing}（下次写入时会自动恢复并记录）",
            key="audit-unprotected",
            result=report.to_json(),
        )
    if args.json:
        emit(report.to_json())
        return 0
    keyed = f"，其中 {report.keyed} 条已用审计密钥核对" if report.keyed else ""
    anchors = f"，与 {report.anchors} 个外部锚点一致" if report.anchors else ""
    say(f"审计日志完整：共 {report.checked} 条记录，校验链无断点{keyed}{anchors}")
    return 0


def cmd_audit_checkpoint(args: argparse.Namespace) -> int:
    from cadredesk.services.audit import checkpoint

    with workspace(args, write=True) as ctx:
        result = checkpoint(ctx, Path(args.out) if args.out else None)
    say(
        f"已记录审计检查点：共 {result.count} 条，末条校验值 {result.last_hash[:16]}…"
        + ("（已用审计密钥签名）" if result.keyed else "")
        + (f"，并保存到 {result.path}" if result.path else "")
    )
    return 0


def cmd_audit_list(args: argparse.Namespace) -> int:
    from cadredesk.services.audit import entries

    with workspace(args, write=False) as ctx:
        rows = entries(ctx, limit=args.limit)
    if args.json:
        emit([{**r.__dict__, "at": r.at.isoformat()} for r in rows])
    else:
        for r in rows:
            say(f"{r.id}\t{r.at:%Y-%m-%d %H:%M:%S}\t{r.user}\t{r.action}\t{r.result}\t{r.detail or ''}")
    return 0


# --------------------------------------------------------------------------- users


def cmd_user_setup(args: argparse.Namespace) -> int:
    from cadredesk.services.users import setup_admin

    password = _new_password(args, args.name)
    with workspace(args, write=True) as ctx:
        row = setup_admin(ctx, args.name, password, args.display_name or "")
    say(f"已创建系统管理员 {row.username}。此后每条命令都须登录：--user {row.username}")
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from cadredesk.services.users import create_user

    password = _new_password(args, args.name)
    with workspace(args, write=True) as ctx:
        row = create_user(
            ctx, args.name, args.role, password, display_name=args.display_name or "", township=args.township
        )
    say(
        f"已创建用户 {row.username}（{row.role}{'，' + row.township if row.township else ''}），首次登录须修改密码"
    )
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from cadredesk.services.users import list_users

    with workspace(args, write=False) as ctx:
        rows = list_users(ctx)
    if args.json:
        emit([r.to_json() for r in rows])
    else:
        for r in rows:
            state = "停用" if not r.active else "锁定中" if r.locked_until else "正常"
            say(f"{r.username}\t{r.display_name}\t{r.role}\t{r.township or ''}\t{state}")
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    from cadredesk.services.users import change_password

    new = _new_password(args, "您")
    with workspace(args, write=True, must_change_ok=True) as ctx:
        if not ctx.actor.authenticated:
            raise UserError("请先用 --user 登录，再修改自己的密码", key="not-logged-in")
        change_password(ctx, args._login_password, new)
    say("密码已修改")
    return 0


def cmd_user_reset(args: argparse.Namespace) -> int:
    from cadredesk.services.users import reset_password

    password = _new_password(args, args.name)
    with workspace(args, write=True) as ctx:
        reset_password(ctx, args.name, password)
    say(f"已重置 {args.name} 的密码（下次登录须修改），并解除锁定")
    return 0


def cmd_user_unlock(args: argparse.Namespace) -> int:
    from cadredesk.services.users import unlock_account

    with workspace(args, write=True) as ctx:
        unlock_account(ctx, args.name)
    say(f"已解除 {args.name} 的登录锁定")
    return 0


def cmd_user_role(args: argparse.Namespace) -> int:
    from cadredesk.services.users import set_role

    with workspace(args, write=True) as ctx:
        row = set_role(ctx, args.name, args.role, township=args.township)
    say(f"{row.username} 的角色已改为 {row.role}")
    return 0


def cmd_user_idle_lock(args: argparse.Namespace) -> int:
    from cadredesk.services.settings import idle_lock_minutes, set_idle_lock_minutes

    with workspace(args, write=args.minutes is not None) as ctx:
        if args.minutes is not None:
            set_idle_lock_minutes(ctx, args.minutes)
        minutes = idle_lock_minutes(ctx)
    say(f"空闲 {minutes} 分钟后锁定屏幕")
    return 0


def cmd_user_active(args: argparse.Namespace) -> int:
    from cadredesk.services.users import set_active

    with workspace(args, write=True) as ctx:
        set_active(ctx, args.name, args.user_command == "enable")
    say(f"已{'启用' if args.user_command == 'enable' else '停用'} {args.name}")
    return 0


# --------------------------------------------------------------------------- exchange


def cmd_exchange_export(args: argparse.Namespace) -> int:
    from cadredesk.services.exchange import export_package

    with workspace(args, write=True) as ctx:  # an export is audited
        result = export_package(ctx, Path(args.out), township=args.township)
    if args.json:
        emit(result.to_json())
    else:
        counts = "，".join(f"{k} {v}" for k, v in result.counts.items())
        say(f"已导出 {result.township} 的交换包：{result.path}（{counts}）")
    return 0


def cmd_exchange_import(args: argparse.Namespace) -> int:
    from cadredesk.services.exchange import import_package

    with workspace(args, write=True) as ctx:
        report = import_package(ctx, Path(args.file))
    if args.json:
        emit(report.to_json())
    else:
        say(
            f"交换包来自 {report.township}：新增 {report.added}，更新 {report.updated}，无变化 {report.unchanged}，"
            f"本地较新保留 {report.kept}，冲突 {len(report.conflicts)}"
        )
        for c in report.conflicts:
            say(
                f"  冲突 {c.id}：{c.subject}（两边都改过；用 exchange resolve {c.id} --keep ours|theirs 决定）"
            )
    return 0


def cmd_exchange_conflicts(args: argparse.Namespace) -> int:
    from cadredesk.services.exchange import open_conflicts

    with workspace(args, write=False) as ctx:
        rows = open_conflicts(ctx)
    if args.json:
        emit([r.to_json() for r in rows])
    else:
        for c in rows:
            say(f"{c.id}\t{c.kind}\t{c.subject}")
            for f, (ours, theirs) in c.differences.items():
                say(f"    {f}：本地 {ours!s} ／ 对方 {theirs!s}")
        say(f"共 {len(rows)} 个待决定的冲突", err=True)
    return 0


def cmd_exchange_resolve(args: argparse.Namespace) -> int:
    from cadredesk.services.exchange import resolve_conflict

    with workspace(args, write=True) as ctx:
        resolve_conflict(ctx, args.id, args.keep)
    say(f"冲突 {args.id} 已按“{'保留本地' if args.keep == 'ours' else '采用对方'}”处理")
    return 0


# --------------------------------------------------------------------------- parser


def register(sub: Any, add: AddCommand) -> None:
    sp = add("backup", cmd_backup, "备份数据库到文件（一致快照，写完后读回校验），打印其 SHA-256")
    sp.add_argument("--out", required=True, metavar="FILE", help="备份文件（如 U 盘上的 备份.cdbak）")
    sp.add_argument("--passphrase-file", metavar="F", help="加密口令所在的文件（第一行）；不给则不加密")
    json_flag(sp)
    sp = add("verify", cmd_verify, "校验备份文件是否完好可恢复（不打开数据库）")
    sp.add_argument("file", metavar="FILE")
    sp.add_argument("--passphrase-file", metavar="F", help="加密备份的口令文件")
    json_flag(sp)
    sp = add("restore", cmd_restore, "校验后用备份替换数据库（原数据库另存为 pre-restore 副本）")
    sp.add_argument("file", metavar="FILE")
    sp.add_argument("--passphrase-file", metavar="F", help="加密备份的口令文件")
    sp.add_argument("--yes", action="store_true", help="不再询问，直接恢复")
    json_flag(sp)
    sp = add("restore-points", cmd_restore_points, "列出本数据库的自动备份（可用于恢复）")
    json_flag(sp)
    sp = add("auto-backup", cmd_auto_backup, "自动备份到应用数据文件夹（按 7 日、4 周、12 月保留旧备份）")
    sp.add_argument("--reason", choices=["exit", "daily"], default="daily", help="exit 退出时，daily 每日")
    sp.add_argument("--if-due", action="store_true", help="只在距上次自动备份满一天时备份")
    json_flag(sp)

    aud = add("audit", _need_sub, "审计日志")
    asub = aud.add_subparsers(dest="audit_command", required=True, metavar="COMMAND")
    sp = add("verify", cmd_audit_verify, "校验审计日志是否被篡改（安全审计员登录时还核对审计密钥）", asub)
    sp.add_argument(
        "--anchor", action="append", metavar="FILE", help="与该检查点文件或备份记载的链头比对（可多次）"
    )
    json_flag(sp)
    sp = add("checkpoint", cmd_audit_checkpoint, "记录审计检查点（链头），可另存文件由审计员保管", asub)
    sp.add_argument("--out", metavar="FILE", help="同时保存到该文件")
    sp = add("list", cmd_audit_list, "列出最近的审计记录", asub)
    sp.add_argument("--limit", type=int, default=50, help="条数（默认 50）")
    json_flag(sp)

    usr = add("user", _need_sub, "用户账号与登录")
    usub = usr.add_subparsers(dest="user_command", required=True, metavar="COMMAND")
    sp = add("setup", cmd_user_setup, "首次设置：创建第一个系统管理员（之后须登录）", usub)
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("--display-name", metavar="TEXT", help="姓名")
    sp.add_argument("--new-password-file", metavar="F", help="新密码所在的文件（第一行）；不给则在终端输入")
    sp = add("add", cmd_user_add, "添加用户（系统管理员）", usub)
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("--role", required=True, choices=ROLES, metavar="ROLE", help="角色：" + "、".join(ROLES))
    sp.add_argument("--township", metavar="NAME", help="乡镇联络员负责的乡镇")
    sp.add_argument("--display-name", metavar="TEXT", help="姓名")
    sp.add_argument("--new-password-file", metavar="F", help="初始密码所在的文件（用户首次登录须修改）")
    sp = add("list", cmd_user_list, "列出用户（系统管理员）", usub)
    json_flag(sp)
    sp = add("passwd", cmd_user_passwd, "修改自己的密码（登录密码即原密码）", usub)
    sp.add_argument("--new-password-file", metavar="F", help="新密码所在的文件（第一行）")
    sp = add("reset", cmd_user_reset, "重置用户的密码并解除锁定（系统管理员）", usub)
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("--new-password-file", metavar="F", help="新密码所在的文件（用户下次登录须修改）")
    sp = add("unlock", cmd_user_unlock, "解除用户因密码输错而被锁定的状态（系统管理员）", usub)
    sp.add_argument("name", metavar="NAME")
    sp = add("role", cmd_user_role, "修改用户的角色（系统管理员，不能改自己的）", usub)
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("role", choices=ROLES, metavar="ROLE", help="角色：" + "、".join(ROLES))
    sp.add_argument("--township", metavar="NAME", help="乡镇联络员负责的乡镇")
    sp = add("idle-lock", cmd_user_idle_lock, "查看或设置空闲锁屏时间（设置须系统管理员）", usub)
    sp.add_argument("minutes", nargs="?", type=int, metavar="MINUTES", help="1 至 60 分钟")
    for verb, help_ in (("disable", "停用账号"), ("enable", "启用账号")):
        sp = add(verb, cmd_user_active, help_ + "（系统管理员）", usub)
        sp.add_argument("name", metavar="NAME")

    exc = add("exchange", _need_sub, "乡镇与县之间交换驻村记录")
    xsub = exc.add_subparsers(dest="exchange_command", required=True, metavar="COMMAND")
    sp = add("export", cmd_exchange_export, "导出一个乡镇的驻村记录交换包", xsub)
    sp.add_argument("--township", metavar="NAME", help="乡镇名称（乡镇联络员默认自己的乡镇）")
    sp.add_argument("--out", required=True, metavar="FILE.zip", help="保存到")
    json_flag(sp)
    sp = add("import", cmd_exchange_import, "导入交换包（两边都改过的记录列为冲突，不覆盖）", xsub)
    sp.add_argument("file", metavar="FILE.zip")
    json_flag(sp)
    sp = add("conflicts", cmd_exchange_conflicts, "列出待决定的交换冲突", xsub)
    json_flag(sp)
    sp = add("resolve", cmd_exchange_resolve, "决定一个冲突：保留本地或采用对方", xsub)
    sp.add_argument("id", type=int, metavar="ID")
    sp.add_argument(
        "--keep", required=True, choices=["ours", "theirs"], help="ours 保留本地，theirs 采用对方"
    )


def _need_sub(args: argparse.Namespace) -> int:  # pragma: no cover - argparse requires the subcommand
    raise UserError("缺少子命令")
