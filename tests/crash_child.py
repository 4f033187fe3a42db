"""kill -9 during writes: a child that writes through the services and acknowledges each commit, and the
parent's cycle that kills it at a random moment and checks the file.

    python -m tests.crash_child DB SEED      (one child, on its own)
    python -m tests.crash_child --fork DB    (what ``crash_cycles`` runs: a fork server)

The fork server imports everything once and then, for each seed read from stdin, forks a child that opens
the database and writes until killed — a real process, SIGKILLed by the parent, but without the second
of interpreter start-up and imports per cycle. It reports ``pid N`` before the child's ``ack`` lines (they
share its stdout) and ``dead`` once the child is reaped, so everything the child printed came before.

The child opens the database as the CLI does (``open_workspace``: lock, checks, WAL) and loops over three
kinds of user action — a new cadre, an edit of one, a 40-row roster of new cadres saved one after another
in one transaction (a batch with its cadres) — printing ``ack <kind> <key>`` after each commit returned.
The parent SIGKILLs it after a random delay, then checks: ``integrity_check`` and ``foreign_key_check``
clean, every acknowledged row present with its acknowledged value, the audit log intact (``verify``) and
one audit entry per change (cadres created = ``cadre.create`` entries).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child(db: str, seed: int) -> None:
    from cadredesk.core.enums import DispatchStatus, Level, Role
    from cadredesk.core.models import Batch, Cadre, Dispatch
    from cadredesk.services.cadres import CadreForm, get_cadre, save_cadre
    from cadredesk.services.context import Tx, command
    from cadredesk.services.database import open_workspace
    from tests.factories import make_id

    @command("crash.roster")
    def roster(tx: Tx, name: str, people: list[tuple[str, str]]) -> int:
        start, end = dt.date(2027, 1, 1), dt.date(2027, 12, 31)
        batch = Batch(name=name, level=Level.COUNTY.value, start=start, end=end)
        tx.session.add(batch)
        tx.session.flush()
        for person, id_number in people:
            cadre = Cadre(name=person, gender="男", id_number=id_number)
            tx.session.add(cadre)
            tx.session.flush()
            tx.session.add(
                Dispatch(
                    batch_id=batch.id,
                    cadre_id=cadre.id,
                    role=Role.MEMBER.value,
                    start=start,
                    end=end,
                    status=DispatchStatus.ON_POST.value,
                )
            )
        tx.audit(entity="batch", entity_id=batch.id, detail=f"{name} {len(people)} 人")
        return batch.id

    rng = random.Random(seed)
    surnames = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
    ws = open_workspace(db, write=True)
    ctx = ws.ctx
    out = sys.stdout
    n = 0
    while True:
        n += 1
        kind = rng.choice(["new", "new", "edit", "roster"])
        tag = f"{seed}-{n}"
        if kind == "new":
            name = rng.choice(surnames) + "测试"
            key = make_id(
                dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(12000)), seq=rng.randrange(1000)
            )
            try:
                cid = save_cadre(ctx, CadreForm(name=name, gender="男", id_number=key, note=tag))
            except Exception:  # a duplicate ID drawn again: not a crash question
                continue
            out.write(f"ack new {cid} {tag}\n")
        elif kind == "edit":
            ids = _ids(ctx)
            if not ids:
                continue
            cid = rng.choice(ids)
            form = get_cadre(ctx, cid)
            save_cadre(ctx, dataclasses.replace(form, note=tag))
            out.write(f"ack edit {cid} {tag}\n")
        else:
            people = [
                (
                    rng.choice(surnames) + "名单",
                    make_id(dt.date(1950, 1, 1) + dt.timedelta(days=n * 40 + i), seq=seed % 1000),
                )
                for i in range(40)
            ]
            try:
                bid = roster(ctx, f"批次{tag}", people)
            except Exception:
                continue
            out.write(f"ack roster {bid} {tag} {len(people)}\n")
        out.flush()


def _ids(ctx: object) -> list[int]:
    from sqlalchemy import select

    from cadredesk.core.models import Cadre

    with ctx.db.reader() as s:  # type: ignore[attr-defined]
        return list(s.scalars(select(Cadre.id).limit(200)))


@dataclass
class CrashStats:
    cycles: int = 0
    acked: int = 0
    integrity_failures: int = 0
    lost: list[str] = field(default_factory=list)
    audit_problems: list[str] = field(default_factory=list)


def _check(db: Path, acks: list[list[str]], stats: CrashStats) -> None:
    con = sqlite3.connect(db)
    try:
        if (
            con.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
            or con.execute("PRAGMA foreign_key_check").fetchall()
        ):
            stats.integrity_failures += 1
        notes = dict(con.execute("SELECT id, note FROM cadre"))
        batches = dict(
            con.execute(
                "SELECT b.id, count(d.id) FROM batch b LEFT JOIN dispatch d ON d.batch_id = b.id GROUP BY b.id"
            )
        )
        last_note: dict[int, str] = {}
        for ack in acks:
            kind, key, tag = ack[0], int(ack[1]), ack[2]
            if kind in ("new", "edit"):
                last_note[key] = tag
            elif batches.get(key) != int(ack[3]):
                stats.lost.append(" ".join(ack))
        for cid, tag in last_note.items():
            # the acknowledged value, or a later one the child committed but was killed before acking
            if cid not in notes or (notes[cid] != tag and not _later(notes[cid], tag)):
                stats.lost.append(f"cadre {cid}: {tag} → {notes.get(cid)}")
        # one audit entry per change: cadres saved singly = cadre.create entries, batches = crash.roster
        created = con.execute("SELECT count(*) FROM audit_log WHERE action = 'cadre.create'").fetchone()[0]
        rosters = con.execute("SELECT count(*) FROM audit_log WHERE action = 'crash.roster'").fetchone()[0]
        total = con.execute("SELECT count(*) FROM cadre").fetchone()[0]
        if total - sum(batches.values()) != created or len(batches) != rosters:
            stats.audit_problems.append(
                f"cadres {total}, batches {len(batches)} vs audit {created}, {rosters}"
            )
    finally:
        con.close()
    from cadredesk.storage import audit_log
    from cadredesk.storage.engine import Database

    database = Database("sqlite:///" + db.as_posix())
    try:
        with database.reader() as s:
            res = audit_log.verify(s)
        if res.problem is not None:
            stats.audit_problems.append(f"audit {res.problem}")
    finally:
        database.engine.dispose()


def _later(found: str | None, tag: str) -> bool:
    if not found:
        return False
    a, b = found.split("-"), tag.split("-")
    return (int(a[0]), int(a[1])) > (int(b[0]), int(b[1]))


def fork_server(db: str) -> None:
    """Fork one writing child per seed read from stdin (see the module's docstring)."""
    import tempfile

    from cadredesk.services.cadres import CadreForm, save_cadre
    from cadredesk.services.database import open_workspace
    from tests.factories import make_id

    # warm up once, on a database of its own: lazy imports, stroke and pinyin tables, the migrations
    with tempfile.TemporaryDirectory() as scratch:
        ws = open_workspace(str(Path(scratch) / "warm.sqlite"), write=True)
        save_cadre(ws.ctx, CadreForm(name="预热", gender="男", id_number=make_id(dt.date(1980, 1, 1))))
        ws.close()
    out = sys.stdout
    for line in sys.stdin:
        out.flush()  # nothing buffered may be written twice
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                child(db, int(line))
            finally:
                os._exit(code)  # never back into the server's loop
        out.write(f"pid {pid}\n")
        out.flush()
        os.waitpid(pid, 0)
        out.write("dead\n")
        out.flush()


def crash_cycles(db: Path, cycles: int, *, seed: int = 0, max_delay: float = 0.6) -> CrashStats:
    """Run ``cycles`` children on ``db`` (created if missing), each killed with SIGKILL at random."""
    rng = random.Random(seed)
    stats = CrashStats()
    acks: list[list[str]] = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_child", "--fork", str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert server.stdin is not None and server.stdout is not None
    try:
        for cycle in range(cycles):
            server.stdin.write(f"{seed * 100_000 + cycle + 1}\n")
            server.stdin.flush()
            started = server.stdout.readline().split()
            assert started[:1] == ["pid"], f"the fork server did not start a child: {started}"
            pid = int(started[1])
            lines = [server.stdout.readline()]  # wait for the first commit: the child is writing
            if lines[0] != "dead\n":
                time.sleep(rng.uniform(0, max_delay))
                os.kill(pid, signal.SIGKILL)
                while (line := server.stdout.readline()) not in ("dead\n", ""):
                    lines.append(line)
            for line in lines:
                parts = line.split()
                if len(parts) >= 3 and parts[0] == "ack":
                    acks.append(parts[1:])
            stats.cycles += 1
            _check(db, acks, stats)
    finally:
        server.stdin.close()
        server.wait(timeout=60)
        server.stdout.close()
    stats.acked = len(acks)
    return stats


if __name__ == "__main__":
    if sys.argv[1] == "--fork":
        fork_server(sys.argv[2])
    else:
        child(sys.argv[1], int(sys.argv[2]))
