"""Automatic backups: which generations are kept (worked out by hand), and the CLI that makes them."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from cadredesk.core.retention import keep

CLI = Path(sys.executable).with_name("cadredesk-cli")


def test_seven_daily_four_weekly_twelve_monthly_by_hand() -> None:
    now = dt.datetime(2026, 3, 20, 12, 0)  # a Friday, ISO week 12
    at = lambda m, d, h=10, y=2026: dt.datetime(y, m, d, h)  # noqa: E731
    kept = {
        at(3, 20, 9): "within 24 hours",
        at(3, 19): "day 2",
        at(3, 18): "day 3",
        at(3, 17): "day 4",
        at(3, 16): "day 5 (Monday of week 12)",
        at(3, 15): "day 6, newest of week 11",
        at(3, 14): "day 7",
        at(3, 8): "newest of week 10",
        at(3, 1): "newest of week 9 (the 4th week)",
        at(2, 20): "newest of February",
        at(1, 5): "newest of January",
        **{at(m, 5, y=2025): f"newest of 2025-{m:02d}" for m in range(4, 13)},  # months 4 … 12
    }
    dropped = {
        at(3, 20, 8) - dt.timedelta(days=1, hours=2): "day 19 has a newer one",
        at(3, 13): "8th day, week 11 has a newer one",
        at(3, 2): "week 10 has a newer one",
        at(2, 10): "February has a newer one, 5th week",
        **{at(m, 5, y=2025): "13th month and older" for m in (1, 2, 3)},
    }
    assert keep([*kept, *dropped], now) == set(kept)
    assert all(t.isocalendar()[1] == 12 for t in (at(3, 16), at(3, 20, 9)))
    assert at(3, 15).isocalendar()[1] == 11 and at(3, 1).isocalendar()[1] == 9


def test_nothing_and_one_backup() -> None:
    now = dt.datetime(2026, 3, 20, 12, 0)
    assert keep([], now) == set()
    old = dt.datetime(2020, 1, 1)
    assert keep([old], now) == {old}  # the only backup there is, however old, stays


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(CLI), *map(str, args)], capture_output=True, text=True, timeout=300)


def test_auto_backup_command_and_restore_points(tmp_path: Path) -> None:
    db = tmp_path / "自动.sqlite"
    assert (
        cli("--db", db, "batch", "add", "一批", "--start", "2027-01-01", "--end", "2027-12-31").returncode
        == 0
    )
    res = cli("--db", db, "auto-backup", "--reason", "exit", "--json")
    assert res.returncode == 0, res.stderr
    made = json.loads(res.stdout)
    res = cli("--db", db, "auto-backup", "--if-due")
    assert res.returncode == 0 and "无需再备份" in res.stdout
    points = json.loads(cli("--db", db, "restore-points", "--json").stdout)
    assert [p["path"] for p in points] == [made["path"]] and points[0]["reason"] == "退出时自动"
    assert cli("--db", db, "verify", made["path"]).returncode == 0
    assert cli("--db", db, "restore", made["path"], "--yes").returncode == 0
