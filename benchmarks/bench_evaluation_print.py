"""Benchmark: printing every 期满考核登记表 of the county demo batch, against a raw reportlab canvas.

    python benchmarks/bench_evaluation_print.py [--db county.sqlite] [--rounds 3] [--profile]

1. A county demo database (``demo --scale county``, made in a temporary folder unless ``--db`` names one).
2. The job: ``print_document(ctx, "evaluation", …)`` — the CLI's ``print evaluation`` without ``--batch``:
   reading every cadre's record (attendance, training, mentoring, achievements, ballots …), checking
   the form file, laying out and drawing every form, the footers, the atomic write and the audit entry.
3. The floor: a bare ``reportlab.pdfgen.canvas.Canvas`` drawing the same number of A4 pages with the
   same TrueType face the forms' text uses (embedded as a subset), each page carrying the same table
   cells as rectangles, the form's labels and the record's values as plain ``drawString`` lines of 38
   characters — no layout, no fallback fonts, no shrinking, no footer pass.
4. Both run ``--rounds`` times after one warm-up (fonts registered, imports done); the fastest round
   of each is reported, as wall-clock and CPU time (this machine is shared: CPU time is steadier).

Prints pages, times and the ratio (goal: at most 2×).  ``--profile`` prints the job's top functions.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cadredesk.services.context import Actor, Context
from cadredesk.storage.engine import Database
from cadredesk.storage.schema import ensure_schema

DEMO_DAY = dt.date(2026, 12, 5)  # the county batch (2025-12-01 … 2026-11-30) has ended


def make_demo(folder: Path) -> Path:
    from cadredesk.services.demo import generate_demo

    path = folder / "county.sqlite"
    db = Database.open(str(path))
    ensure_schema(db)
    generate_demo(Context(db=db, actor=Actor("bench", "基准测试")), "county", 1)
    db.close()
    return path


def timed(fn: Any) -> tuple[float, float]:
    w0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w0, time.process_time() - c0


def run_floor(out: Path, records: list[dict[str, Any]], spec: Any, pages: int) -> None:
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="a county demo database (default: made in a temporary folder)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="profile one job run (CPU time)")
    args = ap.parse_args()

    from cadredesk.services.evaluation_print import evaluation_records, form_spec
    from cadredesk.services.printing import PrintRequest, print_document

    with tempfile.TemporaryDirectory(prefix="cd-bench-eval-") as tmp:
        folder = Path(tmp)
        db_path = Path(args.db) if args.db else make_demo(folder)
        db = Database.open(str(db_path))
        ensure_schema(db)
        ctx = Context(db=db, actor=Actor("bench", "基准测试"), clock=lambda: DEMO_DAY)

        def job(k: int) -> int:
            return print_document(ctx, "evaluation", PrintRequest(out=folder / f"job{k}.pdf")).pages

        pages = job(0)  # warm-up: fonts discovered and registered, imports done
        spec = form_spec("evaluation")
        with db.session() as s:
            from cadredesk.services import batches
            from cadredesk.services.evaluation_print import _evaluation_dispatches

            b = batches.find(s, None)
            records = evaluation_records(s, b, _evaluation_dispatches(s, b, None), DEMO_DAY, "县委组织部")
        run_floor(folder / "floor0.pdf", records, spec, pages)

        job_times = [timed(lambda k=k: job(k)) for k in range(1, args.rounds + 1)]
        floor_times = [
            timed(lambda k=k: run_floor(folder / f"floor{k}.pdf", records, spec, pages))
            for k in range(1, args.rounds + 1)
        ]
        jw, jc = min(t[0] for t in job_times), min(t[1] for t in job_times)
        fw, fc = min(t[0] for t in floor_times), min(t[1] for t in floor_times)
        print(f"print evaluation (county batch): {len(records)} cadres, {pages} pages")
        print(f"  job   : wall {jw:6.2f} s   cpu {jc:6.2f} s   ({pages / jc:5.0f} pages/s cpu)")
        print(f"  floor : wall {fw:6.2f} s   cpu {fc:6.2f} s   (raw reportlab canvas, same pages and face)")
        print(f"  ratio : wall {jw / fw:4.2f}×   cpu {jc / fc:4.2f}×   (goal ≤ 2×)")
        if args.profile:
            pr = cProfile.Profile(time.process_time)
            pr.enable()
            job(99)
            pr.disable()
            pstats.Stats(pr).sort_stats("cumulative").print_stats(30)
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
