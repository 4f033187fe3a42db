"""What every command of ``cadredesk-cli`` shares: the parser, output, and opening the database.

A command module (``cadredesk/cli/<area>.py``) has ``register(sub, add)``, which adds its
sub-commands with ``add(name, handler, help)``; a handler is ``handler(args) -> int`` and talks
only to ``cadredesk.services``: it opens the database with ``workspace(args, write=…)`` and calls
service functions with the workspace's context.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NoReturn, Protocol

if TYPE_CHECKING:  # `cadredesk-cli --help` must not import SQLAlchemy (start-up, docs/performance.md)
    from cadredesk.services.context import Context

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    def __init__(self, message: str, parser: argparse.ArgumentParser | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.parser = parser


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message, self)

    def defer(self, build: Callable[[argparse.ArgumentParser], None]) -> None:
        """Add arguments only when this (sub-)command is parsed or its help shown.

        For arguments that need a slow import (a registry of services): ``cadredesk-cli --help`` and
        every other command start without it (docs/performance.md, CLI start-up).
        """
        self._deferred = [*getattr(self, "_deferred", []), build]

    def _build_deferred(self) -> None:
        while getattr(self, "_deferred", None):
            self._deferred.pop(0)(self)

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        self._build_deferred()
        return super().parse_known_args(args, namespace)

    def format_help(self) -> str:
        self._build_deferred()
        return super().format_help()

    def format_usage(self) -> str:
        self._build_deferred()
        return super().format_usage()


_WIDTH: list[int] = []


class HelpFormatter(argparse.HelpFormatter):
    """Section headings with a Chinese colon (位置参数：, 选项：).

    The terminal's width is asked once per process: argparse makes a formatter for every argument it
    adds (to check it), and asking each time was a third of building the parser (start-up).
    """

    def __init__(
        self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None
    ) -> None:
        if width is None:
            if not _WIDTH:
                import shutil

                _WIDTH.append(shutil.get_terminal_size().columns - 2)
            width = _WIDTH[0]
        super().__init__(prog, indent_increment, max_help_position, width)

    def start_section(self, heading: str | None) -> None:
        super().start_section(heading.rstrip(":") + "：" if heading else heading)

    def format_help(self) -> str:
        return super().format_help().replace("：:\n", "：\n")


class AddCommand(Protocol):
    def __call__(
        self, name: str, handler: Handler, help_: str, parent: Any = ...
    ) -> argparse.ArgumentParser: ...


def date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{value}") from None


def month_arg(value: str) -> str:
    try:
        dt.datetime.strptime(value, "%Y-%m")
    except ValueError:
        raise argparse.ArgumentTypeError(f"月份格式应为 YYYY-MM：{value}") from None
    return value


def mask_id(number: str | None) -> str:
    """``core.audit.mask_id``, imported when first needed (its hashing modules are not start-up's)."""
    from cadredesk.core.audit import mask_id as mask

    return mask(number)


def json_flag(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--json", action="store_true", help="以 JSON 输出结果（UTF-8，一个对象）")


# C0/C1 control characters and the bidirectional overrides: never sent to a terminal from data
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: object) -> str:
    """Text from the database or a file, made safe to print on a terminal (no escapes, no bidi tricks)."""
    return _UNSAFE.sub("", str(text))


def say(text: object = "", *, err: bool = False) -> None:
    print(clean(text), file=sys.stderr if err else sys.stdout)


def emit(data: Any) -> None:
    """One JSON document on stdout, UTF-8, not ASCII-escaped (JSON escapes control characters itself)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n")


def read_secret(path: str | None, *, env: str | None = None, prompt: str | None = None) -> str | None:
    """A password or passphrase: from a file (first line), else an environment variable, else a prompt
    on a terminal.  Never echoed, never logged."""
    import os

    if path:
        from cadredesk.errors import UserError

        try:
            with open(path, encoding="utf-8-sig") as fh:
                return fh.readline().rstrip("\r\n")
        except OSError as exc:
            raise UserError(f"无法读取密码文件 {path}：{exc.strerror}", key="password-file") from None
    if env and os.environ.get(env):
        return os.environ[env]
    if prompt and sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return None


def login_args(args: argparse.Namespace, ctx: Context, *, allow_must_change: bool = False) -> Context:
    """Log the CLI in as ``--user`` (CADREDESK_USER) when given or when the database has accounts.

    Single-user mode (no account yet): nothing to do, the command runs as before accounts existed.
    """
    import os

    from cadredesk.errors import UserError
    from cadredesk.services import users

    name = getattr(args, "user", None) or os.environ.get("CADREDESK_USER")
    if not name:
        if users.has_users(ctx):
            raise UserError(
                "此数据库已启用用户登录：请用 --user 用户名 登录（密码用 --password-file 文件、环境变量 "
                "CADREDESK_PASSWORD，或在终端输入）。",
                key="not-logged-in",
            )
        return ctx
    password = read_secret(
        getattr(args, "password_file", None), env="CADREDESK_PASSWORD", prompt=f"{name} 的密码："
    )
    if password is None:
        raise UserError(
            "请提供登录密码：--password-file 文件，或环境变量 CADREDESK_PASSWORD。", key="password-missing"
        )
    result = users.login(ctx, name, password)
    if result.must_change and not allow_must_change:
        raise UserError(
            f"用户 {name} 须先修改初始密码：cadredesk-cli --user {name} user passwd --new-password-file 文件",
            key="must-change-password",
        )
    if result.expired:
        say("提示：密码已超过 90 天未修改，请尽快修改（user passwd）。", err=True)
    args._login_password = password  # the auditor's key and `user passwd` need it once more
    return users.logged_in(ctx, result)


@contextmanager
def workspace(
    args: argparse.Namespace, *, write: bool, must_change_ok: bool = False, damaged_ok: bool = False
) -> Iterator[Context]:
    """The database named by ``--db``, opened for this command and logged in; closed (WAL checkpointed)
    afterwards.

    ``write``: the command changes data, so it holds the same one-writer lock as the GUI.
    """
    from cadredesk.services.database import open_workspace

    ws = open_workspace(args.db, write=write, damaged_ok=damaged_ok)
    try:
        if ws.damaged and damaged_ok:  # restore over a damaged file: its accounts cannot be read
            say("警告：当前数据库已损坏或无法读取，将用备份替换它，损坏的文件另存一份。", err=True)
            args._over_damaged = True
            yield ws.ctx
            return
        if ws.damaged:
            say(f"警告：{ws.ctx.read_only_reason}", err=True)
        yield login_args(args, ws.ctx, allow_must_change=must_change_ok)
    finally:
        ws.close()


def _missing_subcommand(args: argparse.Namespace) -> int:  # pragma: no cover - argparse requires one
    from cadredesk.errors import UserError

    raise UserError("缺少子命令")


def command_group(sub: Any, add: AddCommand, name: str, help_: str) -> Any:
    """The sub-command group ``name`` (``import``, ``export``, ``report`` …) to add commands to; created
    on first use, so that several areas add their commands to one group."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = add(name, _missing_subcommand, help_)
        return parser.add_subparsers(dest=f"{name}_command", required=True, metavar="COMMAND")
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError(f"command {name} has no sub-commands")
