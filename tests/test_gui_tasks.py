"""Background operations: service calls in a worker thread, results and errors on the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from cadredesk.core.models import Cadre
from cadredesk.errors import NotFound
from cadredesk.services import cadres
from cadredesk.services.context import Context, Tx, command
from cadredesk.ui.notify import RecordingNotifier
from cadredesk.ui.tasks import TaskRunner
from tests.gui_data import PEOPLE, populate

pytestmark = pytest.mark.gui


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


def test_read_runs_in_a_worker_and_delivers_on_the_gui_thread(
    qtbot: QtBot, ctx: Context, notifier: RecordingNotifier
) -> None:
    populate(ctx.db)
    runner = TaskRunner(ctx, notifier)
    seen: dict[str, Any] = {}

    def op(c: Context) -> list[str]:
        seen["worker"] = threading.get_ident()
        c.progress.report(1, 2, "读取中")
        return [r.name for r in cadres.list_cadres(c)]

    def done(names: list[str]) -> None:
        seen["names"] = names
        seen["delivered_on_gui"] = threading.get_ident() == threading.main_thread().ident

    progress: list[tuple[int, int, str]] = []
    handle = runner.run(op, on_success=done, on_progress=lambda d, t, s: progress.append((d, t, s)))
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass
    assert seen["worker"] != threading.main_thread().ident
    assert seen["delivered_on_gui"] is True
    assert sorted(seen["names"]) == sorted(p.name for p in PEOPLE)
    assert progress == [(1, 2, "读取中")]
    assert not runner.busy and notifier.messages == []


def test_write_commits_and_user_errors_become_messages(
    qtbot: QtBot, ctx: Context, notifier: RecordingNotifier
) -> None:
    ids = populate(ctx.db)
    runner = TaskRunner(ctx, notifier)

    def rename(c: Context) -> int:
        form = cadres.get_cadre(c, ids["王五"])
        form.post = "科长"
        return cadres.save_cadre(c, form)

    handle = runner.run(rename, write=True)
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass
    with ctx.db.reader() as s:
        assert s.get(Cadre, ids["王五"]).post == "科长"  # type: ignore[union-attr]

    def missing(c: Context) -> None:
        cadres.get_cadre(c, 99_999)

    handle = runner.run(missing)
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass
    assert notifier.texts("error") == ["干部记录 99999 不存在"]


def test_failed_write_rolls_back_and_a_bug_is_reported(ctx: Context, notifier: RecordingNotifier) -> None:
    populate(ctx.db)
    runner = TaskRunner(ctx, notifier, synchronous=True)

    @command("test.half-done")
    def half_done(tx: Tx) -> None:
        tx.session.execute(update(Cadre).values(post="写了一半"))
        raise RuntimeError("disk unplugged halfway")

    runner.run(half_done, write=True)
    [bug] = notifier.messages
    assert bug.level == "bug" and "disk unplugged halfway" in bug.text
    with ctx.db.reader() as s:
        assert s.scalar(select(func.count(Cadre.id)).where(Cadre.post == "写了一半")) == 0


def test_failure_handler_can_take_over(ctx: Context, notifier: RecordingNotifier) -> None:
    runner = TaskRunner(ctx, notifier, synchronous=True)
    caught: list[BaseException] = []

    def fail(_c: Context) -> None:
        raise NotFound("没有名为“x”的批次")

    def take_over(exc: BaseException) -> bool:
        caught.append(exc)
        return True

    runner.run(fail, on_failure=take_over)
    assert len(caught) == 1 and isinstance(caught[0], NotFound)
    assert notifier.messages == []


def test_cancel_stops_the_operation_and_drops_the_result(
    qtbot: QtBot, ctx: Context, notifier: RecordingNotifier
) -> None:
    runner = TaskRunner(ctx, notifier)
    started = threading.Event()
    release = threading.Event()
    results: list[object] = []

    def slow(c: Context) -> str:
        started.set()
        release.wait(10)
        c.progress.check()  # raises Cancelled
        return "too late"

    handle = runner.run(slow, on_success=results.append)
    assert started.wait(10)
    handle.cancel()
    release.set()
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass
    assert handle.was_cancelled and results == [] and notifier.messages == []


def test_shutdown_waits_for_workers(ctx: Context, notifier: RecordingNotifier) -> None:
    runner = TaskRunner(ctx, notifier)
    started = threading.Event()
    finished = threading.Event()

    def op(c: Context) -> None:
        started.set()
        while not c.progress.cancelled:  # a long operation that honours cancel
            threading.Event().wait(0.005)
        finished.set()

    handle = runner.run(op)
    assert started.wait(10)
    assert runner.shutdown(10_000)  # cancels, then waits for the worker to return
    assert finished.is_set() and handle.was_cancelled


def test_a_locked_database_is_a_message_not_a_bug(ctx: Context, notifier: RecordingNotifier) -> None:
    """Another program holds a write transaction: the command waits its bounded time, then says so."""
    import sqlite3

    from sqlalchemy import event

    ids = populate(ctx.db)
    form = cadres.get_cadre(ctx, ids["王五"])
    form.post = "科长"
    ctx.db.engine.dispose()  # new connections wait 50 ms instead of 5 s, to keep the test short
    event.listen(ctx.db.engine, "connect", lambda conn, _rec: conn.execute("PRAGMA busy_timeout=50"))
    assert ctx.db.path is not None
    other = sqlite3.connect(ctx.db.path, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # a writer that does not let go
    try:
        TaskRunner(ctx, notifier, synchronous=True).run(lambda c: cadres.save_cadre(c, form), write=True)
    finally:
        other.rollback()
        other.close()
    assert [m.level for m in notifier.messages] == ["error"]
    assert "正被其他程序写入" in notifier.messages[0].text
