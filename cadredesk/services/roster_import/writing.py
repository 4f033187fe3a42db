"""Writing the checked rows: the townships, places and units to create, the cadres, their dispatches
and the dispatches' first events, in the session's transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from sqlalchemy import Connection, Dialect, FromClause, Table, func, insert, select
from sqlalchemy.orm import Session

from cadredesk.core.enums import DispatchStatus
from cadredesk.core.models import Batch, Cadre, Dispatch, DispatchEvent, Place, Township, Unit, utcnow
from cadredesk.core.names import initials_index, stroke_key
from cadredesk.services.roster_import.parsing import Line
from cadredesk.services.roster_import.references import New, Refs, chunks, ref_id
from cadredesk.services.roster_import.report import ImportReport


def write_rows(
    session: Session, batch: Batch, good: list[Line], refs: Refs, report: ImportReport, *, user: str
) -> None:
    if refs.new_townships:
        base = session.scalar(select(Township.sort_order).order_by(Township.sort_order.desc()).limit(1)) or 0
        _insert_new(
            session,
            Township.__table__,
            refs.new_townships,
            [{"name": t.name, "sort_order": base + i} for i, t in enumerate(refs.new_townships, start=1)],
        )
    if refs.new_places:
        base = session.scalar(select(Place.sort_order).order_by(Place.sort_order.desc()).limit(1)) or 0
        _insert_new(
            session,
            Place.__table__,
            refs.new_places,
            [
                {"township_id": ref_id(p.township), "name": p.name, "kind": p.kind, "sort_order": base + i}
                for i, p in enumerate(refs.new_places, start=1)
            ],
        )
    if refs.new_units:
        _insert_new(session, Unit.__table__, refs.new_units, [{"name": u.name} for u in refs.new_units])
    report.created.update(
        townships=len(refs.new_townships), places=len(refs.new_places), units=len(refs.new_units)
    )

    now = utcnow()
    fresh = [ln for ln in good if ln.cadre_id is None]
    if fresh:
        forms = [ln.form for ln in fresh]
        names = {f.name for f in forms if f is not None}
        initials = {n: initials_index(n) for n in names}
        strokes = {n: stroke_key(n) for n in names}
        form_values = attrgetter(*_CADRE_COLUMNS[:12])

        def cadre_rows(chunk: Sequence[Line]) -> list[tuple[Any, ...]]:
            rows = []
            for ln in chunk:
                f = ln.form
                assert f is not None and f.birth_date is not None
                unit = ln.unit_ref
                unit_id = None if unit is None else unit.id if unit.__class__ is New else int(unit)
                rows.append((*form_values(f), unit_id, initials[f.name], strokes[f.name], 1, now, now))
            return rows

        since = session.scalar(select(func.max(Cadre.id))) or 0
        _insert_chunked(session, Cadre.__table__, _CADRE_COLUMNS, fresh, cadre_rows)
        # the ids above ``since`` are this import's cadres (a row another writer added has another ID number)
        ids = dict(session.execute(select(Cadre.id_number, Cadre.id).where(Cadre.id > since)).all())
        for ln in fresh:
            ln.cadre_id = ids[ln.id_number]
    report.created["cadres"] = len(fresh)
    if not good:
        return

    nominated = DispatchStatus.NOMINATED.value
    cadre_units = refs.cadre_units
    batch_id = batch.id

    def dispatch_rows(chunk: Sequence[Line]) -> list[tuple[Any, ...]]:
        rows = []
        for ln in chunk:
            assert ln.period is not None and ln.cadre_id is not None
            unit, place = ln.unit_ref, ln.place_ref
            unit_id = None if unit is None else unit.id if unit.__class__ is New else int(unit)
            if unit_id is None:
                unit_id = cadre_units.get(ln.cadre_id)
            place_id = None if place is None else place.id if place.__class__ is New else int(place)
            start, end = ln.period
            rows.append(
                (
                    batch_id, ln.cadre_id, unit_id, _township_id(ln), place_id, ln.role, start, end, nominated,
                    ln.note, 1, now, now,
                )
            )  # fmt: skip
        return rows

    since = session.scalar(select(func.max(Dispatch.id))) or 0
    _insert_chunked(session, Dispatch.__table__, _DISPATCH_COLUMNS, good, dispatch_rows)
    by_cadre = dict(
        session.execute(
            select(Dispatch.cadre_id, Dispatch.id).where(Dispatch.batch_id == batch_id, Dispatch.id > since)
        ).all()
    )
    who = user[:32]
    file = report.file

    def event_rows(chunk: Sequence[Line]) -> list[tuple[Any, ...]]:
        return [
            (by_cadre[ln.cadre_id], now, None, nominated, f"名单导入：{file} 第 {ln.row} 行", who)
            for ln in chunk
            if ln.cadre_id is not None
        ]

    _insert_chunked(session, DispatchEvent.__table__, _EVENT_COLUMNS, good, event_rows)


#: Cadre columns the import writes: the form's first (in CadreForm attribute names), then the others.
_CADRE_COLUMNS = (
    "name", "gender", "ethnicity", "id_number", "birth_date", "political_status", "education", "post", "rank",
    "is_reserve", "has_grassroots_exp", "phone",
    "unit_id", "name_initials", "name_strokes", "version", "created_at", "updated_at",
)  # fmt: skip
_DISPATCH_COLUMNS = (
    "batch_id", "cadre_id", "unit_id", "township_id", "place_id", "role", "start", "end", "status", "note",
    "version", "created_at", "updated_at",
)  # fmt: skip
_EVENT_COLUMNS = ("dispatch_id", "at", "from_status", "to_status", "reason", "user")


def _insert_new(session: Session, table: Any, news: list[New], rows: list[dict[str, Any]]) -> None:
    """INSERT the townships, places or units the import creates (column defaults as the ORM would
    apply them: version 1, timestamps) and note their ids."""
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    for chunk_news, chunk_rows in zip(chunks(news), chunks(rows), strict=True):
        ids = session.execute(stmt, list(chunk_rows)).scalars().all()
        for new, new_id in zip(chunk_news, ids, strict=True):
            new.id = new_id


def _insert_chunked(
    session: Session,
    table: FromClause,
    columns: Sequence[str],
    lines: Sequence[Line],
    make_rows: Callable[[Sequence[Line]], list[tuple[Any, ...]]],
    size: int = 5000,
) -> None:
    """Bulk INSERT of ``make_rows(chunk)`` (value tuples in ``columns`` order) for chunks of ``lines``,
    so that a 200,000-row roster never holds all parameters at once."""
    conn = session.connection()
    bulk = _BulkInsert(conn.dialect, table, columns)
    for chunk in chunks(lines, size):
        bulk.execute(conn, make_rows(chunk))


def _township_id(line: Line) -> int | None:
    tid = ref_id(line.township_ref)
    if tid is None and isinstance(line.place_ref, New):
        tid = ref_id(line.place_ref.township)
    return tid


class _BulkInsert:
    """``insert(table)`` of many rows that give ``columns``, compiled once for the connection's dialect.

    ``execute`` hands the rows to the driver's ``executemany`` with each value in the form the
    column's type binds it (its dialect's own bind processor, run once per distinct value of the
    column: one timestamp, a few thousand dates).  ``Connection.execute(insert(table), rows)``
    builds and processes the parameters row by row, which was a third of a 10,000-row import.
    """

    def __init__(self, dialect: Dialect, table: FromClause, columns: Sequence[str]) -> None:
        assert isinstance(table, Table)
        compiled = insert(table).compile(dialect=dialect, column_keys=list(columns), for_executemany=True)
        binds = compiled.binds
        if set(binds) != set(columns):  # a column with a Python-side default the rows do not give
            raise ValueError(
                f"INSERT INTO {table.name} takes {sorted(binds)}, the rows give {sorted(columns)}"
            )
        self.sql = compiled.string
        self.positional = compiled.positional
        names = list(compiled.positiontup or ()) if self.positional else list(columns)
        self.keys = [compiled.escaped_bind_names.get(n, n) for n in names]  # as the SQL names them
        self.take = [columns.index(n) for n in names]  # parameter → index in a row
        self.processors = [binds[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names]

    def execute(self, conn: Connection, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        by_column = list(zip(*rows, strict=True))
        values: list[Sequence[Any]] = []
        for i, process in zip(self.take, self.processors, strict=True):
            column = by_column[i]
            if process is not None:
                bound = {v: process(v) for v in set(column)}
                column = tuple(map(bound.__getitem__, column))
            values.append(column)
        params: list[Any] = list(zip(*values, strict=True))
        if not self.positional:
            params = [dict(zip(self.keys, p, strict=True)) for p in params]
        conn.exec_driver_sql(self.sql, params)
