"""Printing every 期满考核登记表 of the county demo batch, against a raw reportlab canvas.

- job: ``print_document(ctx, "evaluation", …)`` — the CLI's ``print evaluation`` without ``--cadre``
  — on a copy of the county demo, after its term (as of 2026-12-05): reading every cadre's record
  (attendance, training, mentoring, achievements, ballots …), checking the form file, laying out and
  drawing every form, the footers, the atomic write and the audit entry;
- floor: a bare ``reportlab.pdfgen.canvas.Canvas`` drawing as many A4 pages with the same TrueType
  face the forms' text uses (embedded as a subset), each page carrying the form sheet's table cells as
  rectangles, the form's labels and the record's values as plain ``drawString`` lines of 38
  characters — no layout, no fallback fonts, no shrinking, no footer pass.

Goal: ≤ 2× the floor.

    python benchmarks/run_all.py --only evaluation-print
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

from harness import Env, Job, Row, Sample, ratio

#: the county batch (2025-12-01 … 2026-11-30) has ended: the forms are due
PRINT_DAY = dt.date(2026, 12, 5)


class EvaluationPrint(Job):
    name = "evaluation-print"
    title = "print every evaluation form of the county batch (PDF)"
    floor_title = (
        "a raw reportlab canvas drawing as many A4 pages in the forms' TrueType face: each form sheet's "
        "cells as rectangles, its labels and the record's values as plain strings"
    )
    goal = ratio(2)
    needs = ("county",)
    rounds = 3
    warmup = 1  # fonts found and registered, imports done
    owner = "issue 11"

    def setup(self, env: Env) -> None:
        from cadredesk.services import batches
        from cadredesk.services.database import open_workspace
        from cadredesk.services.evaluation_print import _evaluation_dispatches, evaluation_records, form_spec
        from cadredesk.services.settings import organization_of

        self.env = env
        self.workspace = open_workspace(str(env.demo_copy("county")), write=True)
        self.ctx = self.workspace.ctx.at(PRINT_DAY)
        with self.ctx.db.session() as s:
            b = batches.find(s, None)
            dispatches = _evaluation_dispatches(s, b, None)
            self.records = evaluation_records(s, b, dispatches, PRINT_DAY, organization_of(s))
        self.spec = form_spec("evaluation")
        self.pages = 0
        self.n = 0

    def out(self, suffix: str) -> Path:
        self.n += 1
        return self.env.work / f"out{self.n}{suffix}"

    def run_job(self) -> None:
        from cadredesk.services.printing import PrintRequest, print_document

        self.pages = print_document(self.ctx, "evaluation", PrintRequest(out=self.out(".pdf"))).pages

    def run_floor(self) -> None:
        raw_pdf(self.out("-floor.pdf"), self.records, self.spec, self.pages)

    def report(self, job: list[Sample], floor: list[Sample]) -> list[Row]:
        rows = super().report(job, floor)
        rows[0].note = f"{len(self.records):,} cadres, {self.pages} pages"
        return rows

    def teardown(self) -> None:
        self.workspace.close()


def raw_pdf(out: Path, records: list[dict[str, Any]], spec: Any, pages: int) -> None:
    """``pages`` A4 pages: per page, a form sheet's cells as rectangles with its labels and the record's
    values as plain strings, in the forms' value face."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from cadredesk.io.pdf.base import MM
    from cadredesk.io.pdf.fonts import get_fontkit

    face = get_fontkit().roles[spec.style.value_font].face
    name = f"floor-{face.index}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, face.path, subfontIndex=face.index, validate=0))
    width, height = 210 * MM, 297 * MM
    c = canvas.Canvas(str(out), pagesize=(width, height), invariant=1)
    size = spec.style.value_size
    sheets = spec.sheets
    for page in range(pages):
        rec = records[(page // len(sheets)) % len(records)]
        sheet = sheets[page % len(sheets)]
        c.setFont(name, size)
        y = height - 40 * MM
        for row in sheet.rows:
            h = row.height * MM
            x = 28 * MM
            for cell in row.cells:
                w = sum(spec.columns[cell.col : cell.col + cell.span]) * MM
                c.rect(x, y - h, w, h, stroke=1, fill=0)
                text = cell.text or str(rec.get(cell.field, "") or "")
                for k in range(0, min(len(text), 38 * 6), 38):
                    c.drawString(x + 2, y - 12 - (k // 38) * size * 1.4, text[k : k + 38])
                x += w
            y -= h
        c.drawString(width / 2 - 20, 20 * MM, f"第 {page + 1} 页")
        c.showPage()
    c.save()


JOBS = [EvaluationPrint]

if __name__ == "__main__":
    os.execv(
        sys.executable,
        [sys.executable, str(Path(__file__).with_name("run_all.py")), "--only", "evaluation-print"],
    )
