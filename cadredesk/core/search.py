"""The one search rule every list uses: name, pinyin initials, or a fragment of an ID number."""

from __future__ import annotations


def person_matches(query: str, name: str, initials: str, id_text: str, *others: str) -> bool:
    """True when ``query`` finds this person.

    - ASCII letters: pinyin initials from the start of the name, any reading of each character
      (``initials`` holds the space-separated variants, e.g. ``"dxm cxm sxm"`` for 单晓明);
    - other ASCII (digits, X): a fragment of ``id_text`` (which may be masked);
    - Chinese: a fragment of the name or of any of ``others`` (place, township, unit …).
    """
    q = query.strip()
    if not q:
        return True
    if q.isascii():
        ql = q.lower()
        if ql.isalpha():
            return any(v.startswith(ql) for v in initials.split())
        return ql.upper() in id_text.upper()
    return q in name or any(q in o for o in others if o)
