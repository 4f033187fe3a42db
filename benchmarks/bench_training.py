"""Training and mentoring at scale: ``check``'s training and mentoring facts, the sign-in sheet and the
pair table PDFs, and a sign-in sheet import against the raw read.

Uses a demo database: ``python benchmarks/bench_training.py [DB.sqlite] [--scale county|city]`` (a new
one is generated in a temporary folder when no DB is given; city takes about a minute).  Prints
seconds and ratios; nothing is asserted.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from cadredesk.services import checks, training
from cadredesk.services.batches import find_batch
from cadredesk.services.context import Actor, Context
from cadredesk.services.demo import generate_demo
from cadredesk.services.printing import PrintRequest, print_document
from cadredesk.services.training_import import import_training
from cadredesk.storage.engine import Database
from cadredesk.storage.schema import ensure_schema


def timed(label: str, fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = fn()
    took = time.perf_counter() - t0
    print(f"{label:<46} {took:7.2f} s")
    return took, result


def main(argv: list[str]) -> None:
    scale = argv[argv.index("--scale") + 1] if "--scale" in argv else "county"
    paths = [a for a in argv if a.endswith(".sqlite")]
    tmp = Path(tempfile.mkdtemp(prefix="bench-training-"))
    db_path = Path(paths[0]) if paths else tmp / f"{scale}.sqlite"
    db = Database.open(str(db_path))
    ensure_schema(db)
    ctx = Context(db=db, actor=Actor("bench", "基准测试"))
    if not paths:
        timed(f"demo --scale {scale}", lambda: generate_demo(ctx, scale, 1))
    batch = find_batch(ctx)
    sessions = training.list_sessions(ctx, batch.id)
    print(f"{batch.name}: {batch.cadres} dispatches, {len(sessions)} classes")
    timed("check (every rule, every area)", lambda: checks.run_checks(ctx))
    timed("training status (completion of every cadre)", lambda: training.completion_list(ctx, batch.id))
    first = sessions[0]
    _t, res = timed(
        f"print signin, one class ({first.trainees} trainees)",
        lambda: print_document(ctx, "signin", PrintRequest(out=tmp / "signin.pdf", session=first.name)),
    )
    print(f"{'':<46} {res.pages} pages")
    _t, res = timed(
        "print pairs (whole batch)", lambda: print_document(ctx, "pairs", PrintRequest(out=tmp / "pairs.pdf"))
    )
    print(f"{'':<46} {res.pages} pages")
    grid = tmp / "grid.xlsx"
    timed(
        "export the class's attendance grid",
        lambda: training.export_training(ctx, grid, batch_id=batch.id, what="grid", session_id=first.id),
    )
    raw, _ = timed(
        "floor: python-calamine read of the grid",
        lambda: CalamineWorkbook.from_path(str(grid)).get_sheet_by_index(0).to_python(),
    )
    took, _ = timed(
        "import training (grid, nothing changes)", lambda: import_training(ctx, grid, batch_id=batch.id)
    )
    print(f"{'import / raw read':<46} {took / raw:7.1f} ×")
    db.close()


if __name__ == "__main__":
    main(sys.argv[1:])
