"""cadredesk-cli: the headless face over the same services as the GUI (see CLI.md).

Exit status: 0 done, 1 a problem the clerk can fix (one Chinese line on stderr), 2 wrong usage,
3 a bug (traceback in the app-data log, not shown).  The CLI speaks Chinese throughout (argparse
too); the stable English key of an error appears only in ``--json`` output.  This package must
not import PySide6, SQLAlchemy, storage or io (tests check it): it talks to ``cadredesk.services``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cadredesk import __version__, argparse_zh
from cadredesk.cli import campaign, dispatch, evaluation, onpost, safety, training
from cadredesk.cli.base import Handler, HelpFormatter, Parser, UsageError, clean, emit, say
from cadredesk.errors import UserError

if TYPE_CHECKING:
    import logging

#: the command modules, in the order their commands appear in the help
AREAS = (campaign, dispatch, training, onpost, evaluation, safety)


def build_parser() -> argparse.ArgumentParser:
    argparse_zh.install()
    p = Parser(
        prog="cadredesk-cli",
        formatter_class=HelpFormatter,
        description="选派干部驻村管理（命令行）。与图形界面使用同一套业务服务。",
        epilog="退出状态：0 完成，1 需要处理的问题（原因见错误信息），2 用法错误。",
    )
    p.add_argument(
        "--db",
        metavar="DB",
        help="SQLite 文件路径或数据库 URL（默认：环境变量 CADREDESK_DB 或用户数据目录）",
    )
    p.add_argument(
        "--user",
        metavar="NAME",
        help="以该用户登录（数据库启用了用户账号时必须；也可用环境变量 CADREDESK_USER）",
    )
    p.add_argument(
        "--password-file",
        metavar="F",
        help="登录密码所在的文件（第一行）；也可用环境变量 CADREDESK_PASSWORD，或在终端输入",
    )
    p.add_argument("--version", action="version", version=f"CadreDesk {__version__}", help="显示版本号并退出")
    sub = p.add_subparsers(dest="command", required=True, parser_class=Parser, metavar="COMMAND")

    def add(name: str, handler: Handler, help_: str, parent: Any = sub) -> argparse.ArgumentParser:
        sp: argparse.ArgumentParser = parent.add_parser(
            name, help=help_, description=help_, formatter_class=HelpFormatter
        )
        sp.set_defaults(handler=handler)
        return sp

    for area in AREAS:
        area.register(sub, add)
    return p


def _log() -> logging.Logger:
    """The CLI's logger, its file handler set up on first use: after the arguments are parsed, so that
    ``--help`` and usage errors import neither ``logging`` nor the app-data paths (start-up)."""
    import logging

    from cadredesk.logsetup import setup_logging

    setup_logging()
    return logging.getLogger("cadredesk.cli")


def _user_error(exc: UserError, command: str, wants_json: bool) -> int:
    _log().info("user error in %s: [%s] %s", command, exc.key, exc.message)
    if wants_json:
        result = exc.result
        payload: Any = {} if result is None else result.to_json() if hasattr(result, "to_json") else result
        if isinstance(payload, dict):
            payload = {**payload, "error": {"key": exc.key, "message": exc.message}}
        emit(payload)
    say(f"错误：{exc.message}", err=True)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        (exc.parser or parser).print_usage(sys.stderr)
        print(f"cadredesk-cli：用法错误：{clean(exc.message)}", file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else 0
    wants_json = bool(getattr(args, "json", False))
    command = getattr(args, "command", "?")
    _log()  # a command runs: its log file is ready before it starts
    try:
        return int(args.handler(args))
    except UserError as exc:
        return _user_error(exc, command, wants_json)
    except KeyboardInterrupt:
        say("已取消", err=True)
        return 130
    except BrokenPipeError:
        # the reader went away (`… --json | head`): not an error of ours; silence the final flush
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        from cadredesk.services.errors import as_user_error

        user_error = as_user_error(exc)
        if user_error is not None:
            return _user_error(user_error, command, wants_json)
        _log().exception("unexpected error in %s", command)
        from cadredesk.paths import log_dir

        say(f"内部错误：程序出现了意外问题，详细信息已写入日志 {log_dir()}。请联系维护人员。", err=True)
        return 3


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
