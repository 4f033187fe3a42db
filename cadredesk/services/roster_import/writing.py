"""Writing the checked rows: the townships, places and units to create, the cadres, their dispatches
and the dispatches' first events, in the session's transaction."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import attrgetter
from typing import Any

from sqlalchemy import Executable, FromClause, func, insert, select
from sqlalchemy.orm import Session

from cadredesk.core.enums import DispatchStatus
from cadredesk.core.models import Batch, Cadre, Dispatch, DispatchEvent, Place, Township, Unit, utcnow
from cadredesk.core.names import initials_index, stroke_key
from cadredesk.services.roster_import.parsing import Line
from cadredesk.services.roster_import.references import New, Refs, ref_id
from cadredesk.services.roster_import.report import ImportReport
from cadredesk.storage.bulk import BulkInsert, chunks


def write_rows(
    session: Session, batch: Batch, good: list[Line], refs: Refs, report: ImportReport, *, user: str
) -> dict[str, list[int]]:
    """INSERT what the good rows need: new townships, places and units, new cadres, a dispatch in
    ``batch`` per row and its first event (推荐, by ``user``); counts go to ``report.created``.

    Returns the ids of what was created, by table (``import_runs.record_run``)."""
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
    stamps = {"version": 1, "created_at": now, "updated_at": now}
    fresh = [ln for ln in good if ln.cadre_id is None]
    if fresh:
        names = {ln.form.name for ln in fresh if ln.form is not None}
        initials = {n: initials_index(n) for n in names}
        strokes = {n: stroke_key(n) for n in names}

        def cadre_values(chunk: Sequence[Line]) -> list[Sequence[Any]]:
            forms = [ln.form for ln in chunk if ln.form is not None]
            assert len(forms) == len(chunk)
            return [
                *(list(map(attrgetter(name), forms)) for name in _FORM_COLUMNS),
                _ids([ln.unit_ref for ln in chunk]),
                [initials[f.name] for f in forms],
                [strokes[f.name] for f in forms],
            ]

        since = session.scalar(select(func.max(Cadre.id))) or 0
        _insert_chunked(session, Cadre.__table__, _CADRE_COLUMNS, stamps, fresh, cadre_values)
        # the ids above ``since`` are this import's cadres (a row another writer added has another ID number)
        ids = _id_map(session, select(Cadre.id_number, Cadre.id).where(Cadre.id > since))
        for ln in fresh:
            ln.cadre_id = ids[ln.id_number]
    report.created["cadres"] = len(fresh)
    created: dict[str, list[int]] = {
        "dispatch": [],
        "cadre": [ln.cadre_id for ln in fresh if ln.cadre_id is not None],
        "township": [t.id for t in refs.new_townships if t.id is not None],
        "place": [p.id for p in refs.new_places if p.id is not None],
        "unit": [u.id for u in refs.new_units if u.id is not None],
    }
    if not good:
        return created

    nominated = DispatchStatus.NOMINATED.value
    cadre_units = refs.cadre_units

    def dispatch_values(chunk: Sequence[Line]) -> list[Sequence[Any]]:
        periods = [ln.period for ln in chunk if ln.period is not None]
        cadre_ids = [ln.cadre_id for ln in chunk if ln.cadre_id is not None]
        assert len(periods) == len(cadre_ids) == len(chunk)
        units = _ids([ln.unit_ref for ln in chunk])
        places = [ln.place_ref for ln in chunk]
        townships = _ids([ln.township_ref for ln in chunk])
        return [
            cadre_ids,
            [cadre_units.get(c) if u is None else u for u, c in zip(units, cadre_ids, strict=True)],
            [  # a new place's township when the row names none
                ref_id(p.township) if t is None and p.__class__ is New else t
                for t, p in zip(townships, places, strict=True)
            ],
            _ids(places),
            [ln.role for ln in chunk],
            [p[0] for p in periods],
            [p[1] for p in periods],
            [ln.note for ln in chunk],
        ]

    since = session.scalar(select(func.max(Dispatch.id))) or 0
    dispatch_constants = {"batch_id": batch.id, "status": nominated, **stamps}
    _insert_chunked(session, Dispatch.__table__, _DISPATCH_COLUMNS, dispatch_constants, good, dispatch_values)
    by_cadre = _id_map(
        session,
        select(Dispatch.cadre_id, Dispatch.id).where(Dispatch.batch_id == batch.id, Dispatch.id > since),
    )
    created["dispatch"] = [by_cadre[ln.cadre_id] for ln in good if ln.cadre_id is not None]
    file = report.file

    def event_values(chunk: Sequence[Line]) -> list[Sequence[Any]]:
        cadre_ids = [ln.cadre_id for ln in chunk if ln.cadre_id is not None]
        assert len(cadre_ids) == len(chunk)
        return [
            [by_cadre[c] for c in cadre_ids],
            [f"名单导入：{file} 第 {ln.row} 行" for ln in chunk],
        ]

    event_constants = {"at": now, "from_status": None, "to_status": nominated, "user": user[:32]}
    _insert_chunked(session, DispatchEvent.__table__, _EVENT_COLUMNS, event_constants, good, event_values)
    return created


#: The columns the import writes, besides those with one value for every row (``constants``).
#: Cadres: the form's first (CadreForm attribute names), then the others.
_FORM_COLUMNS = (
    "name", "gender", "ethnicity", "id_number", "birth_date", "political_status", "education", "post", "rank",
    "is_reserve", "has_grassroots_exp", "phone",
)  # fmt: skip
_CADRE_COLUMNS = (*_FORM_COLUMNS, "unit_id", "name_initials", "name_strokes")
_DISPATCH_COLUMNS = ("cadre_id", "unit_id", "township_id", "place_id", "role", "start", "end", "note")
_EVENT_COLUMNS = ("dispatch_id", "reason")


def _id_map(session: Session, stmt: Executable) -> dict[Any, int]:
    """{key: id} from a two-column select, run as Core on the session's connection (thousands of
    rows: the ORM's result processing for ``session.execute`` was a tenth of the writing)."""
    return dict(session.connection().execute(stmt).all())


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
    constants: Mapping[str, Any],
    lines: Sequence[Line],
    make_values: Callable[[Sequence[Line]], list[Sequence[Any]]],
    size: int = 5000,
) -> None:
    """Bulk INSERT of one row per line: ``make_values(chunk)`` gives the values of ``columns`` (one
    list per column), ``constants`` the columns with one value for every row.  In chunks of
    ``lines``, so that a 200,000-row roster never holds all parameters at once."""
    bulk = BulkInsert(session.connection(), table, columns, constants)
    for chunk in chunks(lines, size):
        bulk.execute(make_values(chunk))


def _ids(refs: list[Any]) -> list[int | None]:
    """``ref_id`` of each township, place or unit (inlined: it runs for every row)."""
    return [None if r is None else r.id if r.__class__ is New else int(r) for r in refs]
