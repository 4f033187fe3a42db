"""kill -9 during writes (30 cycles here; ``scripts/kill9_cycles.py`` runs hundreds): the file always
passes integrity_check, no acknowledged commit is lost, the audit chain stays intact with one entry per
change, and the next program opens it unaided."""

from __future__ import annotations

from pathlib import Path

from tests.crash_child import crash_cycles


def test_kill_9_during_writes_loses_no_committed_data(tmp_path: Path) -> None:
    stats = crash_cycles(tmp_path / "kill9.sqlite", 30, seed=7)
    assert stats.cycles == 30
    assert stats.acked > 30  # the children were really writing when killed
    assert stats.integrity_failures == 0
    assert stats.lost == []
    assert stats.audit_problems == []
