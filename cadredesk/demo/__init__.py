"""Deterministic, realistic demo data for ``cadredesk-cli demo`` (county, city or province scale).

Everything is drawn from one ``random.Random(seed)`` and fixed calendar dates, never the clock:
the same scale and seed give the same rows.  The demo's "today" is 2026-11-20 (attendance runs up
to that day); the campaign rules are broken on purpose in a few places so that ``check`` has
something to report (see ``DemoSummary.planted``).

Rows are written with SQLAlchemy Core bulk inserts (explicit primary keys, lists of dicts in
chunks); daily attendance — about 7 million rows at city scale — goes through the driver
(``executemany`` of tuples on SQLite, ``COPY`` on PostgreSQL with psycopg) one chunk of
dispatches at a time, so memory stays flat.  All of it is one transaction: a cancelled or failed
run leaves the database as it was.

The package sits above ``cadredesk.core`` and ``cadredesk.storage`` (never imported by them) and
below the CLI and the GUI.  One module per concern: ``context`` (the run's RNG, ids, bulk
``put``, plan), ``spec`` (the scales), ``days``, ``people``, ``vocab``, ``plan``; the writers
``reference``, ``cadres``, ``dispatches``, ``teams``, ``training``, ``mentoring``, ``attendance``,
``leave``, ``visits``, ``problems``, ``evaluations``; and ``scales``, which calls them in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select

from cadredesk.core.models import Batch, Cadre, Place, Township
from cadredesk.demo import scales
from cadredesk.demo.context import CancelFn, Context, DemoCancelled, ProgressFn
from cadredesk.demo.people import COMPOUND_SURNAMES, HETERONYM_SURNAMES, RARE_CHARS
from cadredesk.demo.spec import SCALES, SPECS
from cadredesk.errors import DatabaseNotEmpty, ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


__all__ = [
    "COMPOUND_SURNAMES",
    "HETERONYM_SURNAMES",
    "NOT_EMPTY_MESSAGE",
    "RARE_CHARS",
    "SCALES",
    "CancelFn",
    "DemoCancelled",
    "DemoSummary",
    "ProgressFn",
    "fill",
]

NOT_EMPTY_MESSAGE = "数据库中已有数据，演示数据只能写入空数据库。请换一个新的数据库文件。"


@dataclass
class DemoSummary:
    """What ``fill`` wrote: rows per table, and the rule violations planted on purpose."""

    scale: str
    seed: int
    batch: str
    counts: dict[str, int] = field(default_factory=dict)
    planted: list[str] = field(default_factory=list)

    @property
    def cadres(self) -> int:
        return self.counts.get("cadre", 0)

    @property
    def dispatches(self) -> int:
        return self.counts.get("dispatch", 0)

    @property
    def attendance(self) -> int:
        return self.counts.get("attendance", 0)

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())

    def to_json(self) -> dict[str, object]:
        return {
            "scale": self.scale,
            "seed": self.seed,
            "batch": self.batch,
            "counts": dict(self.counts),
            "planted": list(self.planted),
        }


def _refuse_non_empty(session: Session) -> None:
    for model in (Cadre, Batch, Township, Place):
        if session.execute(select(model.id).limit(1)).first() is not None:
            raise DatabaseNotEmpty(NOT_EMPTY_MESSAGE)


def fill(
    session: Session,
    scale: str = "county",
    seed: int = 1,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> DemoSummary:
    """Fill an empty database (schema already created) with one demo campaign, in the caller's
    transaction (``services.demo.generate_demo`` is the command a clerk runs).

    ``progress(message, fraction)`` is called between steps; ``cancel()`` returning True stops the
    run with ``DemoCancelled`` (the caller rolls back: nothing is written).
    """
    if scale not in SPECS:
        raise ValidationError(f"未知的演示数据规模：{scale}（可选 county、city、province）")
    spec = SPECS[scale]
    _refuse_non_empty(session)
    ctx = Context(session.connection(), spec, seed, progress, cancel)
    scales.run(ctx)
    return DemoSummary(scale, seed, spec.batch_name, dict(sorted(ctx.counts.items())), ctx.planted)
