"""Name helpers: pinyin initials for search (all readings of heteronym surnames) and the stroke sort key."""

from __future__ import annotations

from functools import lru_cache
from itertools import islice, product

from pypinyin import Style, pinyin

from cadredesk.core import strokes

# Surnames read differently from the character's everyday reading (notes/platform.md §7).
_SURNAME_INITIALS = {
    "单": "s", "曾": "z", "解": "x", "仇": "q", "查": "z", "区": "o", "朴": "p", "覃": "q", "乐": "y",
    "盖": "g", "尉": "y", "缪": "m", "召": "s", "员": "y", "万俟": "mq", "尉迟": "yc",
}  # fmt: skip


@lru_cache(maxsize=65536)
def _char_initials(ch: str) -> tuple[str, ...]:
    if not ("\u3400" <= ch <= "\u9fff" or ord(ch) > 0xFFFF):
        return (ch.lower(),) if ch.isalnum() else ("",)
    found = pinyin(ch, style=Style.FIRST_LETTER, heteronym=True, errors="ignore")
    readings = found[0] if found else []
    return tuple(dict.fromkeys(r[:1].lower() for r in readings if r)) or ("",)


def initials_variants(name: str, limit: int = 4) -> list[str]:
    """Every plausible initials string of a name, e.g. 单晓 → ['sx', 'dx', 'cx']."""
    name = "".join(name.split())
    if not name:
        return [""]
    choices = list(map(_char_initials, name))
    surname = _SURNAME_INITIALS.get(name[:1])
    if surname and surname not in choices[0]:
        choices[0] = (surname, *choices[0])
    return ["".join(combo) for combo in islice(product(*choices), max(limit, 1))]


def initials_index(name: str) -> str:
    """Space-separated initials variants, stored in cadre.name_initials for LIKE search."""
    return " ".join(initials_variants(name))[:64]


def stroke_key(name: str) -> str:
    """姓氏笔画 sort key (see cadredesk.core.strokes)."""
    return strokes.stroke_key(name)[: strokes.MAX_KEY_LENGTH]
