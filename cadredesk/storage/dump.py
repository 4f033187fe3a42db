"""A logical dump of every table as JSON Lines, and loading one back (engine-independent).

The second recovery path of a backup (and the whole of a PostgreSQL backup): one line naming the
revision, then per table a line ``{"table": name, "columns": [...]}`` followed by one JSON array per
row, in primary-key order and in foreign-key order between tables, so loading it back satisfies
the constraints and the audit log's append-next rule.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, inspect, select, text
from sqlalchemy import types as satypes

from cadredesk.core.models import Base

MAGIC = "cadredesk-dump"


def tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _out(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _default(value: Any) -> Any:
    """What JSON cannot hold itself, as ``_out`` writes it (the encoder calls this only for those)."""
    out = _out(value)
    if out is value:
        raise TypeError(f"cannot dump a {type(value).__name__}")
    return out


#: one encoder for every row (``json.dumps`` with options builds a new one per call); the same text as
#: ``json.dumps([_out(v) for v in row], ensure_ascii=False)``
_encode_row = json.JSONEncoder(ensure_ascii=False, default=_default).encode


def _converter(column: Any) -> Any:
    t = column.type
    if isinstance(t, satypes.DateTime):
        return dt.datetime.fromisoformat
    if isinstance(t, satypes.Date):
        return dt.date.fromisoformat
    if isinstance(t, satypes.Numeric) and not isinstance(t, satypes.Float):
        return Decimal
    if isinstance(t, satypes.LargeBinary):
        return lambda v: base64.b64decode(v)
    return None


def rows(conn: Connection) -> Iterator[tuple[Table, Any]]:
    for table in tables():
        for row in conn.execute(select(table).order_by(*table.primary_key.columns)):
            yield table, row


def write(conn: Connection, path: Path, revision: str | None) -> dict[str, int]:
    """Dump every table to ``path`` (an older database: the tables and columns it has); returns the row
    count of each table."""
    counts: dict[str, int] = {}
    inspector = inspect(conn)
    present = set(inspector.get_table_names())
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps({"magic": MAGIC, "version": 1, "revision": revision}) + "\n")
        for table in tables():
            if table.name not in present:
                continue
            have = {c["name"] for c in inspector.get_columns(table.name)}
            columns = [c for c in table.columns if c.name in have]
            cols = [c.name for c in columns]
            fh.write(json.dumps({"table": table.name, "columns": cols}, ensure_ascii=False) + "\n")
            n = 0
            # the file's own primary key (an older schema may key a table differently from the model)
            pk = inspector.get_pk_constraint(table.name).get("constrained_columns") or []
            order = [table.c[name] for name in pk if name in have and name in table.c] or columns[:1]
            result = conn.execute(select(*columns).order_by(*order)).yield_per(5000)
            for row in result:
                fh.write(_encode_row(tuple(row)))
                fh.write("\n")
                n += 1
            counts[table.name] = n
    return counts


def read(path: Path) -> Iterator[tuple[str, list[str], list[Any] | None]]:
    """(table, columns, row) per row; row None at a table's start."""
    with open(path, encoding="utf-8") as fh:
        first = json.loads(fh.readline())
        if first.get("magic") != MAGIC:
            raise ValueError("not a CadreDesk dump")
        table, cols = "", []
        for line in fh:
            item = json.loads(line)
            if isinstance(item, dict):
                table, cols = item["table"], item["columns"]
                yield table, cols, None
            else:
                yield table, cols, item


def revision_of(path: Path) -> str | None:
    with open(path, encoding="utf-8") as fh:
        rev = json.loads(fh.readline()).get("revision")
        return str(rev) if rev else None


def load(conn: Connection, path: Path) -> dict[str, int]:
    """Insert the dump into empty tables (inside the caller's transaction)."""
    by_name = {t.name: t for t in tables()}
    counts: dict[str, int] = {}
    batch: list[dict[str, Any]] = []
    current: Table | None = None
    convert: dict[str, Any] = {}

    def flush() -> None:
        if current is not None and batch:
            conn.execute(insert(current), batch)
            batch.clear()

    for name, cols, row in read(path):
        if row is None:
            flush()
            current = by_name.get(name)
            if current is None:
                raise ValueError(f"unknown table {name}")
            convert = {c: _converter(current.c[c]) for c in cols if c in current.c}
            counts[name] = 0
            continue
        assert current is not None
        values = {}
        for c, v in zip(cols, row, strict=True):
            if c in convert:
                f = convert[c]
                values[c] = f(v) if (f is not None and v is not None) else v
        batch.append(values)
        counts[name] += 1
        if current.name == "audit_log" or len(batch) >= 2000:
            flush()  # the audit log's trigger wants each id to follow the last one
    flush()
    if conn.dialect.name == "postgresql":  # sequences after explicit ids
        for table in tables():
            pk = list(table.primary_key.columns)
            if len(pk) == 1 and isinstance(pk[0].type, satypes.Integer) and table.name != "audit_log":
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'), "
                        f"COALESCE((SELECT max({pk[0].name}) FROM {table.name}), 0) + 1, false) "
                        f"WHERE pg_get_serial_sequence('{table.name}', '{pk[0].name}') IS NOT NULL"
                    )
                )
    return counts
