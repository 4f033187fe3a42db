"""Which automatic backups to keep: the newest of each of the last 7 days, 4 weeks and 12 months.

A pure function (Anki-style thinning): everything from the last 24 hours is kept as well.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

DAILY = 7
WEEKLY = 4
MONTHLY = 12


def keep(times: Iterable[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    ordered = sorted(set(times), reverse=True)
    kept = {t for t in ordered if now - t < dt.timedelta(days=1)}
    for key, limit in (
        (lambda t: t.date(), DAILY),
        (lambda t: t.isocalendar()[:2], WEEKLY),
        (lambda t: (t.year, t.month), MONTHLY),
    ):
        seen: list[object] = []
        for t in ordered:
            k = key(t)
            if k in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(k)
            kept.add(t)
    return kept


#: the tier that keeps a backup, as the restore list names it
TIER_NAMES = {"daily": "每日", "weekly": "每周", "monthly": "每月"}


def tiers(times: Iterable[dt.datetime], now: dt.datetime) -> dict[dt.datetime, str]:
    """Which tier keeps each kept time: ``daily`` (the last 24 hours and the newest of each of the last
    7 days), else ``weekly``, else ``monthly`` — the restore list's 类型 column."""
    ordered = sorted(set(times), reverse=True)
    out: dict[dt.datetime, str] = {t: "daily" for t in ordered if now - t < dt.timedelta(days=1)}
    for name, key, limit in (
        ("daily", lambda t: t.date(), DAILY),
        ("weekly", lambda t: t.isocalendar()[:2], WEEKLY),
        ("monthly", lambda t: (t.year, t.month), MONTHLY),
    ):
        seen: list[object] = []
        for t in ordered:
            k = key(t)
            if k in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(k)
            out.setdefault(t, name)
    return out
