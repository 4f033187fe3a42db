"""Re-importing a training class's attendance grid (the 培训 page's 导出 → 导入 round trip) on the county
demo, against a raw python-calamine read of the same workbook.

- job: ``training_import.import_training`` on the grid ``export_training(what="grid")`` wrote for the
  batch's biggest class: the sheet read, the layout found, every trainee and course matched, the marks
  compared with the database (nothing changes, as a clerk re-importing an unchanged sheet), the audit;
- floor: ``CalamineWorkbook.from_path(…).get_sheet_by_index(0).to_python()`` of the same file.

No goal in the issue: the row is for information.

    python benchmarks/run_all.py --only training-import
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import ClassVar

from harness import DEMO_TODAY, INFO, Env, Goal, Job, Row, Sample


class TrainingImport(Job):
    name = "training-import"
    title = "re-import a training class's attendance grid (.xlsx)"
    floor_title = "python-calamine reading the same sheet"
    goal: ClassVar[Goal | dict[str, Goal]] = INFO
    needs = ("county",)
    rounds = 5
    warmup = 1
    owner = "issue 9"

    def setup(self, env: Env) -> None:
        from cadredesk.services import training
        from cadredesk.services.batches import find_batch
        from cadredesk.services.database import open_workspace

        self.path = env.demo_copy("county")
        self.workspace = open_workspace(str(self.path), write=True)
        self.ctx = self.workspace.ctx.at(dt.date.fromisoformat(DEMO_TODAY))
        self.batch = find_batch(self.ctx)
        biggest = max(training.list_sessions(self.ctx, self.batch.id), key=lambda s: s.trainees)
        self.trainees = biggest.trainees
        self.grid = self.path.with_name("grid.xlsx")
        training.export_training(
            self.ctx, self.grid, batch_id=self.batch.id, what="grid", session_id=biggest.id
        )

    def run_job(self) -> None:
        from cadredesk.services.training_import import import_training

        import_training(self.ctx, self.grid, batch_id=self.batch.id)

    def run_floor(self) -> None:
        from python_calamine import CalamineWorkbook

        CalamineWorkbook.from_path(str(self.grid)).get_sheet_by_index(0).to_python()

    def report(self, job: list[Sample], floor: list[Sample]) -> list[Row]:
        rows = super().report(job, floor)
        for row in rows:
            row.note = f"{self.trainees} trainees"
        return rows

    def teardown(self) -> None:
        self.workspace.close()


JOBS = [TrainingImport]

if __name__ == "__main__":
    os.execv(
        sys.executable,
        [sys.executable, str(Path(__file__).with_name("run_all.py")), "--only", "training-import"],
    )
