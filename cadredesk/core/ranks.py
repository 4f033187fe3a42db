"""职级: the list a cadre's rank is chosen from, how rosters write it, and the level it counts as.

《山东省千名干部下基层工作动员部署会议召开》 composes each provincial team of one leader of
“厅级及相应职级” and members of “处级、科级及相应职级”; ``rank_level`` says which of these a rank is.
"""

from __future__ import annotations

import re
import unicodedata

from cadredesk.core.enums import RANKS, RankLevel

_RANKS = frozenset(RANKS)

_LEVELS: dict[str, RankLevel] = {}
for _rank in RANKS:
    if _rank in ("正厅级", "副厅级", "一级巡视员", "二级巡视员", "管理三级", "管理四级"):
        _LEVELS[_rank] = RankLevel.BUREAU
    elif _rank.endswith("处级") or _rank.endswith("调研员") or _rank in ("管理五级", "管理六级"):
        _LEVELS[_rank] = RankLevel.DIVISION
    elif _rank.endswith("科级") or _rank.endswith("主任科员") or _rank in ("管理七级", "管理八级"):
        _LEVELS[_rank] = RankLevel.SECTION
    elif _rank in ("科员", "办事员", "一级科员", "二级科员", "管理九级", "管理十级"):
        _LEVELS[_rank] = RankLevel.STAFF
    else:
        _LEVELS[_rank] = RankLevel.OTHER

#: how rosters write a rank → the listed name
_ALIASES = {
    "正厅": "正厅级", "副厅": "副厅级", "厅级正职": "正厅级", "厅级副职": "副厅级", "正局级": "正厅级", "副局级": "副厅级",
    "正处": "正处级", "副处": "副处级", "县处级正职": "正处级", "县处级副职": "副处级", "处级正职": "正处级",
    "处级副职": "副处级", "正县级": "正处级", "副县级": "副处级",
    "正科": "正科级", "副科": "副科级", "乡科级正职": "正科级", "乡科级副职": "副科级", "科级正职": "正科级",
    "科级副职": "副科级",
    "科员级": "科员", "办事员级": "办事员",
}  # fmt: skip
_DIGITS = {"1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}
_NUMBERED = re.compile(r"^(管理|专业技术)(\d{1,2})级$")
_TENS = {10: "十", 11: "十一", 12: "十二", 13: "十三"}


def normalise_rank(value: object) -> str | None:
    """A rank as written (“正科”, “县处级副职”, “管理6级”, “一级主任科员”) → its name in ``RANKS``,
    or None when it is not one of them (blank included)."""
    if value is None:
        return None
    text = "".join(unicodedata.normalize("NFKC", str(value)).split())
    text = text.removesuffix("职级").removesuffix("(职级)") if text not in _RANKS else text
    if text in _RANKS:
        return text
    if text in _ALIASES:
        return _ALIASES[text]
    m = _NUMBERED.match(text)
    if m:
        n = int(m.group(2))
        word = _TENS.get(n) or _DIGITS.get(str(n), "")
        candidate = f"{m.group(1)}{word}级"
        return candidate if candidate in _RANKS else None
    for digit, word in _DIGITS.items():  # 1级主任科员 → 一级主任科员
        if text.startswith(digit + "级"):
            candidate = word + text[1:]
            return candidate if candidate in _RANKS else None
    return None


def rank_level(rank: str | None) -> RankLevel | None:
    """The level a listed rank counts as; None for a blank or unlisted rank."""
    if not rank:
        return None
    return _LEVELS.get(rank)
