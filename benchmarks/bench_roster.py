"""The city roster (about 10,000 dispatches, 500 pages): printed to PDF and exported to Excel.

- ``roster-print``: ``print_document(ctx, "roster", …)`` (the CLI's ``print roster``) on a copy of
  the city demo, against a raw reportlab canvas drawing as many A4 landscape pages with the same
  rows' cells (the same strings, in the same TrueType face the roster's table text uses, embedded as
  subsets, with the grid lines) — goal ≤ 2×.  Slow (minutes): left out of ``--quick``.
- ``roster-export``: ``export_roster`` (the CLI's ``export roster``), against openpyxl's write-only
  mode writing the same cells (header + one row per dispatch, 18 columns) — goal ≤ 2×.

    python benchmarks/run_all.py --only roster-print --only roster-export
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path
from typing import Any

from harness import Env, Job, Row, Sample, ratio


class _City(Job):
    needs = ("city",)

    def setup(self, env: Env) -> None:
        from cadredesk.core.models import Batch
        from cadredesk.services.batches import find_batch
        from cadredesk.services.database import open_workspace
        from cadredesk.services.roster import roster_lines

        self.env = env
        self.workspace = open_workspace(str(env.demo_copy("city")), write=True)
        self.ctx = self.workspace.ctx
        self.batch = find_batch(self.ctx)
        with self.ctx.db.session() as s:
            b = s.get(Batch, self.batch.id)
            assert b is not None
            self.lines = roster_lines(s, b, "township")
        self.n = 0

    def out(self, suffix: str) -> Path:
        self.n += 1
        return self.env.work / f"out{self.n}{suffix}"

    def teardown(self) -> None:
        self.workspace.close()


class RosterPrint(_City):
    name = "roster-print"
    title = "print the city roster (PDF)"
    floor_title = "a raw reportlab canvas drawing as many A4 landscape pages of the same cells in the same TrueType face, with grid lines"
    goal = ratio(2)
    rounds = 1
    slow = True
    owner = "issue 8"

    def setup(self, env: Env) -> None:
        super().setup(env)
        self.pages = 0

    def run_job(self) -> None:
        from cadredesk.services.printing import PrintRequest, print_document

        result = print_document(self.ctx, "roster", PrintRequest(out=self.out(".pdf"), batch=self.batch.name))
        self.pages = result.pages

    def run_floor(self) -> None:
        if not self.pages:  # the floor draws as many pages as the job printed
            self.run_job()
        raw_pdf(self.out("-floor.pdf"), [_pdf_cells(x) for x in self.lines], self.pages)

    def report(self, job: list[Sample], floor: list[Sample]) -> list[Row]:
        rows = super().report(job, floor)
        rows[0].note = f"{len(self.lines):,} lines, {self.pages} pages"
        return rows


class RosterExport(_City):
    name = "roster-export"
    title = "export the city roster (Excel)"
    floor_title = "openpyxl write-only mode writing the same cells (header + 18 columns per dispatch)"
    goal = ratio(2)
    rounds = 3
    owner = "issue 8"

    def run_job(self) -> None:
        from cadredesk.services.roster import export_roster

        export_roster(self.ctx, self.out(".xlsx"), batch=self.batch.name)

    def run_floor(self) -> None:
        from openpyxl import Workbook

        from cadredesk.io.excel_write import ROSTER_COLUMNS

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("名单")
        ws.append([caption for caption, *_ in ROSTER_COLUMNS])
        for line in self.lines:
            ws.append([getattr(line, attr) for _caption, attr, *_ in ROSTER_COLUMNS])
        wb.save(self.out("-floor.xlsx"))

    def report(self, job: list[Sample], floor: list[Sample]) -> list[Row]:
        rows = super().report(job, floor)
        rows[0].note = f"{len(self.lines):,} rows"
        return rows


def _pdf_cells(line: Any) -> list[str]:
    d = dataclasses.asdict(line)
    return [
        str(d["seq"]), d["name"], d["gender"], d["ethnicity"],
        f"{d['birth_date'].year}.{d['birth_date'].month:02d}", d["political_status"], d["education"],
        f"{d['unit']}{d['post']}", f"{d['township']}{d['place']}", d["role"], d["phone"],
    ]  # fmt: skip


def raw_pdf(path: Path, rows: list[list[str]], pages: int) -> None:
    """``pages`` A4 landscape pages of ``rows`` (same number per page), one font, grid lines."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from cadredesk.io.pdf.fonts import get_fontkit

    face = get_fontkit().roles["song"].face
    name = f"floor-{face.index}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, face.path, subfontIndex=face.index, validate=0))
    width, height = landscape(A4)
    per_page = -(-len(rows) // max(1, pages))
    widths = [34, 52, 30, 44, 50, 60, 50, 190, 150, 56, 70]
    c = canvas.Canvas(str(path), pagesize=(width, height), initialFontName=name, initialFontSize=10.5)
    for page in range(pages):
        chunk = rows[page * per_page : (page + 1) * per_page]
        y = height - 70
        c.setFont(name, 10.5)
        for cells in chunk:
            x = 40.0
            for text, w in zip(cells, widths, strict=True):
                c.drawString(x + 3, y + 4, text)
                c.rect(x, y, w, 20, stroke=1, fill=0)
                x += w
            y -= 20
        c.drawString(width / 2 - 20, 30, f"- {page + 1} -")
        c.showPage()
    c.save()


JOBS = [RosterPrint, RosterExport]

if __name__ == "__main__":
    os.execv(
        sys.executable,
        [sys.executable, str(Path(__file__).with_name("run_all.py")), "--only", "roster-export"],
    )
