"""Bulk statements for imports, compiled once for the session's dialect and run on its driver.

Both are SQLAlchemy Core statements (``insert(table)``, a ``select`` with an expanding ``IN``); the
SQL is what SQLAlchemy compiles for the dialect, and every value is bound by its column type's own
processor for that dialect.  What they skip is SQLAlchemy's per-execution work, which for 10,000
rows cost more than the database did: building and processing the parameters row by row
(``Connection.execute(insert(table), rows)``), and expanding the ``IN`` list value by value on
every run of the select.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import Any, cast

from sqlalchemy import BindParameter, Connection, FromClause, SelectBase, Table, bindparam, insert
from sqlalchemy.sql.compiler import SQLCompiler

#: values per lookup statement (SQLite before 3.32 allowed 999 parameters)
CHUNK = 500
#: the ``IN`` list of an ``InLookup`` statement
IN_VALUES: BindParameter[Any] = bindparam("values", expanding=True)


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    """``items`` in slices of ``size`` (the parameters of one statement)."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


class BulkInsert:
    """``insert(table)`` of many rows on ``conn``.

    The rows give ``columns`` (a list of values per column) and ``constants`` (one value for every
    row); ``execute`` hands them to the driver's ``executemany``, each value bound by its column
    type's processor, run once per distinct value of a column (a constant once).
    """

    def __init__(
        self, conn: Connection, table: FromClause, columns: Sequence[str], constants: Mapping[str, Any]
    ) -> None:
        assert isinstance(table, Table)
        self.conn = conn
        dialect = conn.dialect
        given = [*columns, *constants]
        compiled = insert(table).compile(dialect=dialect, column_keys=given, for_executemany=True)
        binds = compiled.binds
        if set(binds) != set(given):  # a column with a Python-side default the rows do not give
            raise ValueError(f"INSERT INTO {table.name} takes {sorted(binds)}, the rows give {sorted(given)}")
        self.sql = compiled.string
        self.positional = compiled.positional
        #: the statement's parameters in order: (name as the SQL has it, column index or None and the
        #: constant's bound value, processor of the column's values)
        self.params: list[tuple[str, int | None, Any, Any]] = []
        for name in (compiled.positiontup or ()) if self.positional else given:
            process = binds[name].type.dialect_impl(dialect).bind_processor(dialect)
            key = compiled.escaped_bind_names.get(name, name)
            if name in constants:
                value = constants[name]
                self.params.append((key, None, value if process is None else process(value), None))
            else:
                self.params.append((key, columns.index(name), None, process))

    def execute(self, values: Sequence[Sequence[Any]]) -> None:
        """INSERT one row per index of the column lists ``values`` (``columns`` order)."""
        rows = len(values[0])
        if not rows:
            return
        by_param: list[Iterable[Any]] = []
        for _key, index, constant, process in self.params:
            if index is None:
                by_param.append(repeat(constant, rows))
                continue
            column = values[index]
            if process is not None:  # a column holds values of its one type: equal ones bind alike
                bound = {v: process(v) for v in set(column)}
                column = list(map(bound.__getitem__, column))
            by_param.append(column)
        params: list[Any] = list(zip(*by_param, strict=True))
        if not self.positional:
            keys = [p[0] for p in self.params]
            params = [dict(zip(keys, p, strict=True)) for p in params]
        self.conn.exec_driver_sql(self.sql, params)


class _Slot:
    """Stands for the n-th value of a chunk while a statement is expanded for chunks of its length."""

    __slots__ = ("n",)

    def __init__(self, n: int) -> None:
        self.n = n


@dataclass(slots=True)
class _Expanded:
    """A lookup statement expanded for chunks of one length."""

    sql: str
    params: list[Any]  # bound values in the statement's order; None where the chunk's values go
    places: list[tuple[int, int]]  # (index in params, index in the chunk)
    process: Any  # the IN column's bind processor
    names: list[str] | None  # the parameters' names for a named paramstyle, else None


class InLookup:
    """Rows of ``stmt`` on ``conn``, whose ``IN`` list is ``IN_VALUES``.

    ``rows(values)`` runs the statement for chunks of the values: expanded once per chunk length
    (``construct_expanded_state``), the chunk's values bound by the ``IN`` column's processor, the
    rows passed through the selected columns' result processors.  ``params``: the statement's other
    parameters.  Compiled on first use (an import often needs only some of its lookups).
    """

    def __init__(self, conn: Connection, stmt: SelectBase, **params: Any) -> None:
        self.conn = conn
        self.stmt = stmt
        self.params = params
        self.compiled: SQLCompiler | None = None
        self.results: list[Any] | None = None
        self.expanded: dict[int, _Expanded] = {}

    def rows(self, values: Sequence[Any]) -> Iterator[Sequence[Any]]:
        for chunk in chunks(values):
            shape = self.expanded.get(len(chunk)) or self._expand(len(chunk))
            if shape.process is not None:
                chunk = [shape.process(v) for v in chunk]
            params = shape.params
            for place, n in shape.places:
                params[place] = chunk[n]
            result = self.conn.exec_driver_sql(
                shape.sql,
                tuple(params) if shape.names is None else dict(zip(shape.names, params, strict=True)),
            )
            if self.results is None:
                yield from result
            else:
                processors = self.results
                for row in result:
                    yield tuple(v if p is None else p(v) for p, v in zip(processors, row, strict=True))

    def _expand(self, length: int) -> _Expanded:
        dialect = self.conn.dialect
        if self.compiled is None:
            self.compiled = cast(SQLCompiler, self.stmt.compile(dialect=dialect))
            results = [
                c.type.dialect_impl(dialect).result_processor(dialect, None)
                for c in self.stmt.selected_columns
            ]
            self.results = results if any(results) else None
        state = self.compiled.construct_expanded_state(
            {**self.params, IN_VALUES.key: [_Slot(n) for n in range(length)]}
        )
        positional = self.compiled.positional
        names = list(state.positiontup or ()) if positional else list(state.parameters)
        shape = self.expanded[length] = _Expanded(
            state.statement, [], [], None, None if positional else names
        )
        for place, name in enumerate(names):
            value = state.parameters[name]
            processor = state.processors.get(name)
            if isinstance(value, _Slot):
                shape.places.append((place, value.n))
                shape.process = processor
                shape.params.append(None)
            else:
                shape.params.append(value if processor is None else processor(value))
        assert shape.places, "the statement has no IN_VALUES"
        return shape
