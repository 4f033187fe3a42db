"""What every writer shares: the connection, the one RNG, id counters, bulk ``put`` and the plan.

A ``Context`` is made once per run and handed to the per-concern writers in a fixed order; the
order of their calls on ``rng`` is what makes a seed reproduce the same rows.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, select, text

from cadredesk.core.models import Base
from cadredesk.demo.days import WORK, at_nine, day_kind
from cadredesk.demo.people import People
from cadredesk.demo.plan import DispRec, PlaceRec, TownRec, UnitRec
from cadredesk.demo.spec import Spec
from cadredesk.errors import UserError

ProgressFn = Callable[[str, float], None]
CancelFn = Callable[[], bool]

#: rows per Core ``executemany``
_CHUNK = 20_000


class DemoCancelled(UserError):
    key = "cancelled"


class Context:
    """One generator run: plumbing (progress, ids, bulk inserts) and the in-memory plan."""

    def __init__(
        self,
        conn: Connection,
        spec: Spec,
        seed: int,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
    ) -> None:
        self.conn = conn
        self.spec = spec
        self.seed = seed  # areas added later draw from their own random.Random(f"{seed}-<area>")
        self.rng = random.Random(seed)
        self.people = People(self.rng)
        self._progress = progress
        self._cancel = cancel
        self.counts: Counter[str] = Counter()
        self.planted: list[str] = []  # rule violations planted on purpose, for the summary
        self._next_id: dict[str, int] = {}
        self.stamp = at_nine(spec.start - dt.timedelta(days=50))  # created_at / updated_at of every row
        self.today = spec.att_to
        # the plan, filled in by the writers in turn
        self.units: list[UnitRec] = []
        self.towns: list[TownRec] = []
        self.places: list[PlaceRec] = []
        self.disps: list[DispRec] = []
        self.batch_id = 0
        #: leader visits as written, (unit id, place id, VisitorRole value) → days, and the units
        #: planted without a head visit / with a deputy gap (write_leader_visits → write_place_visits)
        self.leader_visit_days: dict[tuple[int, int, str], list[dt.date]] = {}
        self.visits_planted: tuple[set[int], set[int]] = (set(), set())

    def step(self, message: str, fraction: float) -> None:
        """Report progress; raise ``DemoCancelled`` when the caller asked to stop."""
        if self._cancel is not None and self._cancel():
            raise DemoCancelled("已取消生成演示数据，数据库未作任何改动。")
        if self._progress is not None:
            self._progress(message, max(0.0, min(1.0, fraction)))

    def new_id(self, model: type[Base]) -> int:
        """The next primary key of ``model``'s table (after what the database already holds)."""
        table = cast(Table, model.__table__)
        if table.name not in self._next_id:
            current = self.conn.execute(select(func.max(table.c.id))).scalar()
            self._next_id[table.name] = int(current or 0) + 1
        n = self._next_id[table.name]
        self._next_id[table.name] = n + 1
        return n

    def put(self, model: type[Base], rows: list[dict[str, Any]]) -> None:
        """Bulk-insert ``rows`` (explicit keys) in chunks and count them."""
        if not rows:
            return
        table = cast(Table, model.__table__)
        for i in range(0, len(rows), _CHUNK):
            self.conn.execute(insert(table), rows[i : i + _CHUNK])
        self.counts[table.name] += len(rows)

    def versioned(self, row: dict[str, Any]) -> dict[str, Any]:
        """``row`` with the optimistic-lock version and the fixed timestamps of versioned tables."""
        row.update(version=1, created_at=self.stamp, updated_at=self.stamp)
        return row

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def day_between(self, lo: dt.date, hi: dt.date, workday: bool = True) -> dt.date:
        """A random day in [lo, hi], moved to a workday inside the range when there is one."""
        if hi < lo:
            return lo
        day = lo + dt.timedelta(days=self.rng.randrange((hi - lo).days + 1))
        if workday:
            probe = day
            while probe <= hi and day_kind(probe) != WORK:
                probe += dt.timedelta(days=1)
            if probe <= hi:
                return probe
            probe = day
            while probe >= lo and day_kind(probe) != WORK:
                probe -= dt.timedelta(days=1)
            if probe >= lo:
                return probe
        return day

    def fix_sequences(self) -> None:
        """PostgreSQL: explicit ids leave the serial/identity sequences behind; move them on."""
        if self.conn.dialect.name != "postgresql":
            return
        prep = self.conn.dialect.identifier_preparer
        for name in sorted(self._next_id):
            quoted = prep.quote(name)
            self.conn.execute(
                text(f"SELECT setval(pg_get_serial_sequence(:t, 'id'), (SELECT MAX(id) FROM {quoted}))"),
                {"t": quoted},
            )
