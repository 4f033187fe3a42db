"""The one search rule every list uses: name, pinyin initials, or a fragment of an ID number."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

Matcher = Callable[[str, str, str, tuple[str, ...]], bool]


def person_matches(query: str, name: str, initials: str, id_text: str, *others: str) -> bool:
    """True when ``query`` finds this person.

    - ASCII letters: pinyin initials from the start of the name, any reading of each character
      (``initials`` holds the space-separated variants, e.g. ``"dxm cxm sxm"`` for 单晓明);
    - other ASCII (digits, X): a fragment of ``id_text`` (which may be masked);
    - Chinese: a fragment of the name or of any of ``others`` (place, township, unit …).

    A list filters every row on each keystroke, so the query is analysed once (``matcher``) and
    each row costs one or two substring tests.
    """
    return matcher(query)(name, initials, id_text, others)


@lru_cache(maxsize=256)
def matcher(query: str) -> Matcher:
    """``person_matches`` for one query: ``matcher(q)(name, initials, id_text, others)``."""
    q = query.strip()
    if not q:
        return lambda _name, _initials, _id, _others: True
    if q.isascii():
        ql = q.lower()
        if ql.isalpha():
            # a variant starts with ql: the first one, or one after a separating space
            spaced = " " + ql
            return lambda _name, initials, _id, _others: initials.startswith(ql) or spaced in initials
        qu = ql.upper()
        return lambda _name, _initials, id_text, _others: qu in id_text.upper()
    return lambda name, _initials, _id, others: q in name or any(q in o for o in others if o)
