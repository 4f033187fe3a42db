"""Text that comes in from files: cleaned on the way in, never cut silently.

``clean_text`` removes C0/C1 control characters (tab and newlines become spaces), the
bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F) and zero-width
characters that hide text, so what a workbook carries can neither reorder nor hide what a clerk
sees, nor reach a terminal as an escape sequence.  ``fit`` checks a value against its field's
width: too long is a rejected row with the reason (the caller decides), never a silent cut.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_SPACES = re.compile(r"[\t\r\n]+")


def clean_text(value: str) -> str:
    """``value`` without control characters, bidirectional overrides or invisible characters."""
    return _CONTROL.sub("", _SPACES.sub(" ", value))


def has_unsafe(value: str) -> bool:
    return bool(_CONTROL.search(value))


class TooLong(ValueError):
    def __init__(self, what: str, limit: int, value: str) -> None:
        super().__init__(f"{what}超过 {limit} 个字（{len(value)} 个）：{value[:20]}…")
        self.what = what
        self.limit = limit
        self.value = value


def fit(value: str | None, limit: int, what: str) -> str | None:
    """``value`` cleaned; raises ``TooLong`` (with the full value) when it exceeds ``limit``."""
    if value is None:
        return None
    cleaned = clean_text(value)
    if len(cleaned) > limit:
        raise TooLong(what, limit, cleaned)
    return cleaned


def length_problems(values: dict[str, str], limits: dict[str, int], labels: dict[str, str]) -> list[str]:
    """Reasons to reject a row whose values exceed their fields' widths (the clerk sees the full value)."""
    out = []
    for key, limit in limits.items():
        value = values.get(key)
        if isinstance(value, str) and len(value) > limit:
            out.append(f"{labels.get(key, key)}超过 {limit} 个字（{len(value)} 个），请核对后重新填写")
    return out
