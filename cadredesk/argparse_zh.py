"""argparse in Simplified Chinese: help, usage and error messages, whatever the OS language.

argparse looks its messages up through ``gettext`` at call time (``argparse._`` and
``argparse.ngettext``); ``install()`` points both at this table.  Both faces (``cadredesk`` and
``cadredesk-cli``) call it before building their parsers.
"""

from __future__ import annotations

import argparse

MESSAGES = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选：%(choices)s）",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "expected one argument": "此处需要一个参数值",
    "expected at most one argument": "此处最多一个参数值",
    "expected at least one argument": "此处至少需要一个参数值",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid %(type)s value: %(value)r": "无效的值：%(value)r（应为整数或规定的格式）",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "忽略了多余的参数值 %r",
    "one of the arguments %s is required": "参数 %s 必须提供其中之一",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 有歧义，可能是：%(matches)s",
    "unexpected option string: %s": "意外的选项：%s",
    "%r is not callable": "%r 不可调用",
    "conflicting subparser: %s": "子命令冲突：%s",
    "invalid conflict_resolution value: %r": "无效的冲突处理方式：%r",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
    "cannot merge actions - two groups are named %r": "无法合并：两个参数组同名 %r",
    "subcommands": "子命令",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的子命令 %(parser_name)r（可选：%(choices)s）",
}
PLURALS = {
    ("expected %s argument", "expected %s arguments"): "此处需要 %s 个参数值",
}


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return PLURALS.get((singular, plural), singular if n == 1 else plural)


def install() -> None:
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
