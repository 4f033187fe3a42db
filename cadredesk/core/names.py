"""Name helpers: pinyin initials for search (all readings of heteronym surnames) and the stroke sort key."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from itertools import islice, product

from cadredesk.core import strokes

# Surnames read differently from the character's everyday reading (notes/platform.md §7).
_SURNAME_INITIALS = {
    "单": "s", "曾": "z", "解": "x", "仇": "q", "查": "z", "区": "o", "朴": "p", "覃": "q", "乐": "y",
    "盖": "g", "尉": "y", "缪": "m", "召": "s", "员": "y", "万俟": "mq", "尉迟": "yc",
}  # fmt: skip


@cache
def _readings() -> dict[int, str]:
    """pypinyin's single-character table (code point → "lǐ,lì"), loaded when a name is first written.

    Only this table: pypinyin's phrase dictionary (a third of a second at start-up) is never needed for
    the initials of one character.  Importing ``pypinyin.pinyin_dict`` imports the package first, and
    with it the phrases and the segmenter (0.3-0.4 s), so the table's own file is read when it is there
    (it is, beside the module, in an installed or a frozen pypinyin); else the module is imported.
    """
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("pypinyin")  # finds the package without running it
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        table = Path(folder) / "pinyin_dict.json"
        if table.is_file():
            return {int(k): v for k, v in json.loads(table.read_text(encoding="utf-8")).items()}
    from pypinyin.pinyin_dict import pinyin_dict

    return pinyin_dict


@lru_cache(maxsize=65536)
def _char_initials(ch: str) -> tuple[str, ...]:
    if not ("\u3400" <= ch <= "\u9fff" or ord(ch) > 0xFFFF):
        return (ch.lower(),) if ch.isalnum() else ("",)
    readings = _readings().get(ord(ch), "")
    # the first letter of each reading, tone marks dropped (ǎ → a, ê → e)
    initials = (unicodedata.normalize("NFD", r)[0].lower() for r in readings.split(",") if r)
    return tuple(dict.fromkeys(initials)) or ("",)


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
