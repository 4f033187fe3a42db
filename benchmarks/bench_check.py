"""``check`` on the city demo against a raw SQL pass reading the rows its rules read.

- job: ``cadredesk.services.checks.run_checks`` (integrity of what the rules read, the facts of every
  area, every rule) on a copy of the city demo, as of the demo's today, in the process;
- floor: the very SELECT statements ``run_checks`` sent to SQLite, captured in set-up, replayed on a
  bare ``sqlite3`` connection with ``fetchall()`` — reading the same rows without building facts,
  judging rules or writing findings.  New areas registered in ``services/checks.AREAS`` are in both
  automatically.
- a second row: the whole ``cadredesk-cli check`` process against a bare Python process doing the
  floor's reads (interpreter start, imports and output included; no goal).

    python benchmarks/run_all.py --only check
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, ClassVar

from harness import DEMO_TODAY, INFO, Env, Goal, Job, Row, Sample, cli_command, ratio


class Check(Job):
    name = "check"
    title = "check on the city demo"
    floor_title = "service: the same SELECTs replayed on a bare sqlite3 connection, fetchall (rows read, nothing judged); whole command: a bare Python process doing those reads"
    goal: ClassVar[Goal | dict[str, Goal]] = {"service": ratio(2), "whole command": INFO}
    needs = ("city",)
    rounds = 5
    warmup = 1

    def setup(self, env: Env) -> None:
        from sqlalchemy import event

        from cadredesk.services.database import open_workspace

        self.env = env
        self.path = env.demo_copy("city")
        self.day = dt.date.fromisoformat(DEMO_TODAY)
        self.workspace = open_workspace(str(self.path), write=False)
        statements: list[tuple[str, Any]] = []

        def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, many: bool) -> None:
            if statement.lstrip().upper().startswith(("SELECT", "WITH")) and not many:
                statements.append((statement, parameters))

        engine = self.workspace.ctx.db.engine
        event.listen(engine, "before_cursor_execute", capture)
        self.result = self._check()
        event.remove(engine, "before_cursor_execute", capture)
        self.statements = statements
        self.script = env.work / "floor.py"
        self.script.write_text(_FLOOR_SCRIPT)
        (env.work / "statements.json").write_text(json.dumps(statements, default=str))
        print(
            f"  {len(self.result.violations)} findings from {len(statements)} SELECTs; integrity "
            f"{self.result.integrity!r}",
            file=sys.stderr,
        )

    def _check(self) -> Any:
        from cadredesk.services.checks import run_checks

        return run_checks(self.workspace.ctx, as_of=self.day)

    def run_job(self) -> Sample:
        t = time.perf_counter()
        self._check()
        service = time.perf_counter() - t
        t = time.perf_counter()
        subprocess.run(
            [*cli_command(), "--db", str(self.path), "check", "--as-of", DEMO_TODAY],
            check=False,  # exit 1 when there are findings
            stdout=subprocess.DEVNULL,
            env=self.env.isolated_environ(),
        )
        return {"service": service, "whole command": time.perf_counter() - t}

    def run_floor(self) -> Sample:
        t = time.perf_counter()
        raw_reads(self.path, self.statements)
        reads = time.perf_counter() - t
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, str(self.script), str(self.path), str(self.env.work / "statements.json")],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return {"service": reads, "whole command": time.perf_counter() - t}

    def report(self, job: list[Sample], floor: list[Sample]) -> list[Row]:
        rows = super().report(job, floor)
        rows[0].note = f"{len(self.result.violations):,} findings"
        return rows

    def teardown(self) -> None:
        self.workspace.close()


def raw_reads(path: Path, statements: list[tuple[str, Any]]) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    n = 0
    for sql, params in statements:
        n += len(conn.execute(sql, params).fetchall())
    conn.close()
    return n


_FLOOR_SCRIPT = """
import json, sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
n = 0
for sql, params in json.load(open(sys.argv[2])):
    n += len(conn.execute(sql, params).fetchall())
print(n)
"""

JOBS = [Check]

if __name__ == "__main__":
    os.execv(sys.executable, [sys.executable, str(Path(__file__).with_name("run_all.py")), "--only", "check"])
