"""Township ↔ county exchange through the real CLI: a round trip, a record changed on both sides reported
for the clerk (never overwritten), re-importing the same package changes nothing, the clerk decides."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

CLI = Path(sys.executable).with_name("cadredesk-cli")
EXCHANGED = ("problem_step", "problem", "leave", "leader_visit", "mentor_activity", "attendance")


def cli(db: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CLI), "--db", str(db), *map(str, args)], capture_output=True, text=True, timeout=600
    )


def sql(db: Path, statement: str, *params: object) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db, isolation_level=None)
    try:
        return con.execute(statement, params).fetchall()
    finally:
        con.close()


def ok(res: subprocess.CompletedProcess[str]) -> dict[str, object]:
    assert res.returncode == 0, res.stderr
    return dict(json.loads(res.stdout))


def test_exchange_round_trip_with_a_conflict(tmp_path: Path) -> None:
    county = tmp_path / "县.sqlite"
    assert cli(county, "init").returncode == 0
    assert cli(county, "demo").returncode == 0, "demo"
    [(township, n_problems)] = sql(
        county,
        "SELECT t.name, count(*) FROM problem p JOIN place pl ON pl.id = p.place_id "
        "JOIN township t ON t.id = pl.township_id GROUP BY t.id ORDER BY 2 DESC, t.id LIMIT 1",
    )
    assert int(str(n_problems)) >= 2
    # two of its problems named uniquely: one will change on both sides, one only in the township
    both, town_only = "两边都改过的问题", "只有乡镇改过的问题"
    ids = sql(
        county,
        "SELECT p.id FROM problem p JOIN place pl ON pl.id = p.place_id JOIN township t ON t.id = pl.township_id "
        "WHERE t.name = ? ORDER BY p.id LIMIT 2",
        township,
    )
    for (pid,), title in zip(ids, (both, town_only), strict=True):
        sql(county, "UPDATE problem SET title = ? WHERE id = ?", title, pid)
    first = ok(
        cli(county, "exchange", "export", "--township", township, "--out", tmp_path / "县发.zip", "--json")
    )
    total = sum(int(v) for v in dict(first["counts"]).values())  # type: ignore[call-overload]
    assert total > 0

    # the township's own database: the same reference data, none of the exchanged records, its own identity
    town = tmp_path / "乡镇.sqlite"
    shutil.copyfile(county, town)
    for table in EXCHANGED:
        sql(town, f"DELETE FROM {table}")
    sql(town, "DELETE FROM setting WHERE key = 'database_id'")

    rep = ok(cli(town, "exchange", "import", tmp_path / "县发.zip", "--json"))
    assert (rep["added"], rep["conflicts"]) == (total, [])
    again = ok(cli(town, "exchange", "import", tmp_path / "县发.zip", "--json"))
    assert (again["added"], again["updated"], again["unchanged"], again["conflicts"]) == (0, 0, total, [])

    sql(town, "UPDATE problem SET assignee = '乡镇改的责任人', version = version + 1 WHERE title = ?", both)
    sql(county, "UPDATE problem SET assignee = '县里改的责任人', version = version + 1 WHERE title = ?", both)
    sql(
        town, "UPDATE problem SET detail = '乡镇补充的情况', version = version + 1 WHERE title = ?", town_only
    )
    sql(
        town,
        "INSERT INTO problem (batch_id, place_id, dispatch_id, title, detail, category, found_on, deadline, stage, "
        "assignee, closed_on, version, created_at, updated_at) SELECT batch_id, place_id, dispatch_id, "
        "'乡镇新发现的问题', NULL, category, found_on, deadline, stage, NULL, NULL, 1, created_at, updated_at "
        "FROM problem WHERE title = ?",
        town_only,
    )

    ok(cli(town, "exchange", "export", "--out", tmp_path / "乡镇报.zip", "--township", township, "--json"))
    back = ok(cli(county, "exchange", "import", tmp_path / "乡镇报.zip", "--json"))
    assert back["added"] == 1 and back["updated"] == 1, back
    [conflict] = back["conflicts"]  # type: ignore[misc]
    assert both in str(conflict)
    # never silently overwritten: the county keeps its value until the clerk decides
    assert sql(county, "SELECT assignee FROM problem WHERE title = ?", both) == [("县里改的责任人",)]
    assert sql(county, "SELECT detail FROM problem WHERE title = ?", town_only) == [("乡镇补充的情况",)]
    assert sql(county, "SELECT count(*) FROM problem WHERE title = '乡镇新发现的问题'") == [(1,)]

    # the same package again changes nothing and adds no second conflict
    before = sql(county, "SELECT count(*), sum(version) FROM problem")
    again = ok(cli(county, "exchange", "import", tmp_path / "乡镇报.zip", "--json"))
    assert (again["added"], again["updated"]) == (0, 0)
    assert sql(county, "SELECT count(*), sum(version) FROM problem") == before
    listed = json.loads(cli(county, "exchange", "conflicts", "--json").stdout)
    assert len(listed) == 1
    cid = listed[0]["id"]
    res = cli(county, "exchange", "resolve", str(cid), "--keep", "theirs")
    assert res.returncode == 0, res.stderr
    assert sql(county, "SELECT assignee FROM problem WHERE title = ?", both) == [("乡镇改的责任人",)]
    assert json.loads(cli(county, "exchange", "conflicts", "--json").stdout) == []
    assert cli(county, "audit", "verify").returncode == 0
