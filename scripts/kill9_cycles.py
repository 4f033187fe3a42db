"""kill -9 during writes, hundreds of cycles (the suite runs 30: tests/test_crash.py).

    python scripts/kill9_cycles.py [--cycles 300] [--seed 1] [--keep DIR]

Each cycle starts a child that opens the database as the CLI does and writes through the services (new
cadres, edits, 40-cadre rosters in one transaction), acknowledging every commit; it is SIGKILLed after a
random delay (0–0.6 s after its first commit). After every kill: integrity_check and foreign_key_check,
every acknowledged row present with its value, the audit chain intact, one audit entry per change.
Prints the counts; exit 1 if anything failed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.crash_child import crash_cycles


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cycles", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="folder for the database (default: a temporary one)")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="cadredesk-kill9-"))
    folder.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    stats = crash_cycles(folder / "kill9.sqlite", args.cycles, seed=args.seed)
    took = time.monotonic() - t0
    print(
        f"{stats.cycles} kill -9 cycles, {stats.acked} acknowledged commits, "
        f"{stats.integrity_failures} integrity failures, {len(stats.lost)} lost, "
        f"{len(stats.audit_problems)} audit problems, {took:.0f} s ({took / max(stats.cycles, 1):.2f} s/cycle)"
    )
    for line in (stats.lost + stats.audit_problems)[:20]:
        print("  ", line)
    return 0 if not (stats.integrity_failures or stats.lost or stats.audit_problems) else 1


if __name__ == "__main__":
    sys.exit(main())
