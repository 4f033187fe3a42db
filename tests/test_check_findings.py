"""``check`` gives the same findings, in the same order, as before it was made faster.

tests/data/check_findings.json holds every finding of the county demo (seed 1) judged on three days
(the term's first weeks, the demo's today, after the term), written by the code before the speed
work of issue 13.  Any change to the facts loaders (services/checks.py) or the rules that is meant
to be a pure optimisation must keep this file's content.  A change that is meant to alter findings
(a new rule, a new demo row) rewrites the file on purpose:

    CADREDESK_UPDATE_FINDINGS=1 .venv/bin/python -m pytest -q tests/test_check_findings.py

and the diff of the JSON is reviewed like code.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest

from cadredesk.core.rules import Violation
from cadredesk.services import checks
from cadredesk.services.context import Context
from cadredesk.services.demo import generate_demo

GOLDEN = Path(__file__).parent / "data" / "check_findings.json"
DAYS = ("2026-01-15", "2026-11-20", "2027-01-10")
UPDATE = os.environ.get("CADREDESK_UPDATE_FINDINGS") == "1"


def _plain(v: Violation) -> list[object]:
    return [v.rule, v.subject, v.detail, v.severity, *(v.target or (None, None))]


def _findings(ctx: Context) -> dict[str, list[list[object]]]:
    out = {}
    for day in DAYS:
        result = checks.run_checks(ctx, as_of=dt.date.fromisoformat(day))
        assert result.integrity == "ok"
        out[day] = [_plain(v) for v in result.violations]
    return out


def _dump(golden: dict[str, dict[str, list[list[object]]]]) -> str:
    """One finding per line, so that a diff shows exactly which findings changed."""
    scales = []
    for scale, days in sorted(golden.items()):
        parts = []
        for day, rows in days.items():
            body = ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in rows)
            parts.append(f" {json.dumps(day)}: [\n{body}\n ]")
        scales.append(f"{json.dumps(scale)}: {{\n" + ",\n".join(parts) + "\n}")
    return "{\n" + ",\n".join(scales) + "\n}\n"


def _compare(scale: str, got: dict[str, list[list[object]]]) -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8")) if GOLDEN.exists() else {}
    if UPDATE:
        golden[scale] = got
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(_dump(golden), encoding="utf-8")
    want = golden[scale]
    for day in DAYS:
        assert got[day] == want[day], f"{scale} demo, as of {day}: the findings changed"


def test_county_demo_findings_are_unchanged(ctx: Context) -> None:
    generate_demo(ctx, "county", 1)
    got = _findings(ctx)
    # the file holds real findings of several rules, not an empty list that anything would match
    assert len(got["2026-11-20"]) >= 15
    assert {row[0] for day in DAYS for row in got[day]} >= {
        "priority-uncovered", "unit-quota", "training-incomplete", "township-lead",
        "insurance-expiring", "visit-deputy-gap", "visit-head-missing",
    }  # fmt: skip
    _compare("county", got)


@pytest.mark.slow
def test_province_demo_findings_are_unchanged(ctx: Context) -> None:
    """The province demo has work teams (team composition) and state enterprises."""
    generate_demo(ctx, "province", 1)
    _compare("province", _findings(ctx))


def test_check_finds_a_damaged_index_of_a_table_its_rules_read(ctx: Context, db_path: Path) -> None:
    """The integrity part still covers what the rules read: an index they read out of step with its
    table (ix_dispatch_batch_status still lists a recalled dispatch as 在岗)."""
    generate_demo(ctx, "county", 1)
    ctx.db.close()
    conn = sqlite3.connect(db_path)
    index = conn.execute(
        "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master WHERE name = 'ix_dispatch_batch_status'"
    ).fetchone()
    did = conn.execute("SELECT min(id) FROM dispatch WHERE status = '在岗'").fetchone()[0]
    # hide the index from SQLite, change the row, put the index back with its old entries
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("DELETE FROM sqlite_master WHERE name = 'ix_dispatch_batch_status'")
    conn.execute(f"PRAGMA schema_version={version + 1}")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE dispatch SET status = '召回' WHERE id = ?", (did,))
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", index)
    conn.execute(f"PRAGMA schema_version={version + 1}")
    conn.commit()
    conn.close()
    result = checks.run_checks(ctx, as_of=dt.date(2026, 11, 20))
    assert result.integrity != "ok"
    assert "ix_dispatch_batch_status" in result.integrity
    assert result.violations == []  # findings judged on damaged data are not shown
