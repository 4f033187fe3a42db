"""Titles and file names of what CadreDesk prints and exports, without doubled words."""

from __future__ import annotations

import re

_BAD_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def roster_title(batch_name: str) -> str:
    """“<批次>选派干部名单” without doubling words the batch's name already has:
    2025年度选派干部驻村蹲点 → 2025年度驻村蹲点选派干部名单; 2026年驻村干部 → 2026年驻村选派干部名单;
    2026年度选派干部名单 → 2026年度选派干部名单."""
    name = batch_name.strip()
    if name.endswith("名单"):
        return name
    core = name.replace("选派干部", "")
    for tail in ("干部", "选派"):
        core = core.removesuffix(tail)
    return f"{core or name}选派干部名单"


def file_name(text: str, suffix: str = "") -> str:
    """A file name from a title: characters Windows refuses replaced, at most 120 characters."""
    stem = _BAD_FILE_CHARS.sub("_", text).strip(" .")[:120] or "导出"
    return stem + suffix


def roster_file_name(batch_name: str, order: str = "township", suffix: str = ".xlsx") -> str:
    """The name a roster export or print is saved under: “2025年度驻村蹲点选派干部名单（按乡镇）.xlsx”."""
    how = "按乡镇" if order == "township" else "按姓氏笔画"
    return file_name(f"{roster_title(batch_name)}（{how}）", suffix)
