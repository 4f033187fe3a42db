"""A verified backup of the county demo against the raw SQLite backup API.

- job: ``backup.create_backup`` (the CLI's ``backup``): a consistent snapshot (VACUUM INTO), the header
  (versions, source id, record counts, audit head), the packed file written atomically (temporary file,
  fsync, rename), read back and verified, its SHA-256, the audit entry;
- floor: ``sqlite3.Connection.backup`` of the same database into a new file, nothing else.

Goal: ≤ 2× the floor.

    python benchmarks/run_all.py --only backup
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import ClassVar

from harness import Env, Goal, Job, Row, Sample, ratio


class Backup(Job):
    name = "backup"
    title = "a verified backup of the county demo"
    floor_title = "the raw SQLite backup API (sqlite3.Connection.backup) into a new file"
    goal: ClassVar[Goal | dict[str, Goal]] = ratio(2)
    needs = ("county",)
    rounds = 5
    warmup = 1
    owner = "issue 12"

    def setup(self, env: Env) -> None:
        from cadredesk.services.database import open_workspace

        self.path = env.demo_copy("county")
        self.workspace = open_workspace(str(self.path), write=True)
        self.ctx = self.workspace.ctx
        self.out = self.path.with_name("backup.cdbak")
        self.raw_out = self.path.with_name("raw-backup.sqlite")
        self.size = 0

    def run_job(self) -> None:
        from cadredesk.services.backup import create_backup

        self.out.unlink(missing_ok=True)
        self.size = create_backup(self.ctx, self.out, reason="benchmark").size

    def run_floor(self) -> None:
        self.raw_out.unlink(missing_ok=True)
        src = sqlite3.connect(self.path)
        dst = sqlite3.connect(self.raw_out)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()

    def report(self, job: list[Sample], floor: list[Sample]) -> list[Row]:
        rows = super().report(job, floor)
        live = self.path.stat().st_size / 2**20
        for row in rows:
            row.note = f"database {live:.0f} MiB, backup {self.size / 2**20:.1f} MiB"
        return rows

    def teardown(self) -> None:
        self.workspace.close()


JOBS = [Backup]

if __name__ == "__main__":
    os.execv(
        sys.executable, [sys.executable, str(Path(__file__).with_name("run_all.py")), "--only", "backup"]
    )
