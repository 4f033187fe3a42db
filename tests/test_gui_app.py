"""The GUI entry point: opening, creating, refusing and locking databases; self-test; error reporting."""

from __future__ import annotations

import getpass
import hashlib
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from cadredesk.errors import ValidationError
from cadredesk.services.selftest import render_test_pdf
from cadredesk.storage.engine import Database
from cadredesk.storage.lock import InstanceLock
from cadredesk.storage.schema import SchemaState, state
from cadredesk.ui.app import install_translator, main
from cadredesk.ui.crash import CrashDialog, ExceptionHandler
from cadredesk.ui.notify import RecordingNotifier
from tests.gui_data import populate

pytestmark = pytest.mark.gui


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_quit_when_ready_creates_a_new_database(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "新建.sqlite"
    notifier = RecordingNotifier()
    assert main(["--db", str(path), "--quit-when-ready"], notifier=notifier) == 0
    assert notifier.messages == []
    db = Database.open(str(path))
    try:
        assert state(db) is SchemaState.CURRENT
    finally:
        db.close()
    assert not (tmp_path / "新建.sqlite.holder.json").exists()  # the lock was released


def test_quit_when_ready_on_a_filled_database(qapp: QApplication, db: Database, db_path: Path) -> None:
    populate(db)
    db.close()
    assert main(["--db", str(db_path), "--quit-when-ready"], notifier=RecordingNotifier()) == 0


def test_garbage_collection_is_paused_only_while_starting(
    qapp: QApplication, db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Start-up runs without cyclic garbage collection (docs/performance.md) and puts it back on; a caller
    that had it off keeps it off."""
    import gc

    from cadredesk.ui import app as app_module

    populate(db)
    db.close()
    seen: list[bool] = []
    real_run = app_module._run

    def run(*args: object) -> int:
        seen.append(gc.isenabled())
        return real_run(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(app_module, "_run", run)
    assert gc.isenabled()
    assert main(["--db", str(db_path), "--quit-when-ready"], notifier=RecordingNotifier()) == 0
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        assert main(["--db", str(db_path), "--quit-when-ready"], notifier=RecordingNotifier()) == 0
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_self_test_prints_ok(qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "s.sqlite"), "--self-test"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "self-test ok"


def test_self_test_pdf_embeds_its_fonts(tmp_path: Path) -> None:
    out = tmp_path / "self-test.pdf"
    out.write_bytes(render_test_pdf("测试员"))
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in r for r in rows), fonts  # every font embedded
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "自检页" in text


def test_newer_schema_is_refused_and_left_untouched(qapp: QApplication, db: Database, db_path: Path) -> None:
    db.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999zz'")
    conn.close()
    before = sha256(db_path)
    notifier = RecordingNotifier()
    assert main(["--db", str(db_path), "--quit-when-ready"], notifier=notifier) == 1
    assert sha256(db_path) == before
    [message] = notifier.messages
    assert message.level == "error" and message.title == "无法打开数据库"
    assert "更新版本" in message.text and "9999zz" in message.text


def test_newer_schema_message_on_stderr_when_headless(
    qapp: QApplication, db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999zz'")
    conn.close()
    assert main(["--db", str(db_path), "--quit-when-ready"]) == 1
    err = capsys.readouterr().err
    assert "更新版本" in err and "Traceback" not in err


def test_foreign_sqlite_file_is_refused(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "别的程序.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()
    notifier = RecordingNotifier()
    assert main(["--db", str(path), "--quit-when-ready"], notifier=notifier) == 1
    assert "不是 CadreDesk 数据库" in notifier.texts("error")[0]


def test_second_instance_is_told_who_holds_the_database(
    qapp: QApplication, db: Database, db_path: Path
) -> None:
    db.close()
    holder = InstanceLock(db_path)
    holder.acquire()
    try:
        notifier = RecordingNotifier()
        assert main(["--db", str(db_path), "--quit-when-ready"], notifier=notifier) == 1
        [text] = notifier.texts("error")
        assert "正被另一个 CadreDesk 使用" in text
        assert getpass.getuser() in text and str(os.getpid()) in text
    finally:
        holder.release()
    assert main(["--db", str(db_path), "--quit-when-ready"], notifier=RecordingNotifier()) == 0


def test_second_instance_in_another_process_is_refused(db: Database, db_path: Path) -> None:
    db.close()
    with InstanceLock(db_path):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        proc = subprocess.run(
            [sys.executable, "-m", "cadredesk", "--db", str(db_path), "--quit-when-ready"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    assert proc.returncode == 1
    assert "正被另一个 CadreDesk 使用" in proc.stderr and "Traceback" not in proc.stderr


def test_wrong_usage_exits_2(qapp: QApplication) -> None:
    assert main(["--no-such-option"]) == 2


def test_qt_buttons_are_translated(qapp: QApplication) -> None:
    translator = install_translator(qapp)
    assert translator is not None
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {"确定", "取消"}
    finally:
        qapp.removeTranslator(translator)


def test_exception_hook_user_error_is_a_message_and_bug_is_reported(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    notifier = RecordingNotifier()
    hook = ExceptionHandler(notifier)
    try:
        raise ValidationError("第3行：身份证号为空", key="invalid")
    except ValidationError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert notifier.texts("error") == ["第3行：身份证号为空"]
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        hook(type(exc), exc, exc.__traceback__)
    [bug] = notifier.messages[1:]
    assert bug.level == "bug" and "ZeroDivisionError" in bug.text
    assert any(r.levelname == "ERROR" and r.exc_info for r in caplog.records)


def test_exception_hook_is_installed_and_removed() -> None:
    previous = sys.excepthook
    hook = ExceptionHandler(RecordingNotifier())
    hook.install()
    assert sys.excepthook is hook
    hook.uninstall()
    assert sys.excepthook is previous


def test_crash_dialog_hides_the_traceback_until_asked(qtbot: QtBot) -> None:
    try:
        raise KeyError("place_id")
    except KeyError as exc:
        info = (type(exc), exc, exc.__traceback__)
    dialog = CrashDialog(info, log_file="/tmp/cadredesk.log")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.details.isVisible()
    assert dialog.details_button.text() == "详细信息"
    dialog.details_button.click()
    assert dialog.details.isVisible() and "KeyError" in dialog.details.toPlainText()


def test_a_bug_while_filling_the_first_page_exits_3(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cadredesk.ui.pages import cadres as cadre_page

    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("query planner exploded")

    monkeypatch.setattr(cadre_page.cadre_service, "list_cadres", broken)
    notifier = RecordingNotifier()
    assert main(["--db", str(tmp_path / "b.sqlite"), "--quit-when-ready"], notifier=notifier) == 3
    bugs = [m for m in notifier.messages if m.level == "bug"]
    assert len(bugs) == 1 and "query planner exploded" in bugs[0].text


def test_a_bug_while_building_the_window_exits_3(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cadredesk.ui import app as app_module

    def broken(*_a: object, **_k: object) -> None:
        raise TypeError("bad widget")

    monkeypatch.setattr(app_module, "MainWindow", broken)
    notifier = RecordingNotifier()
    path = tmp_path / "w.sqlite"
    assert main(["--db", str(path), "--quit-when-ready"], notifier=notifier) == 3
    assert [m.level for m in notifier.messages] == ["bug"] and "bad widget" in notifier.messages[0].text
    assert not (tmp_path / "w.sqlite.holder.json").exists()  # the lock is released on the way out


@pytest.mark.skipif(
    sys.platform == "win32", reason="SIGTERM is a POSIX signal; Windows has no equivalent to send"
)
def test_sigterm_closes_the_window_normally(db: Database, db_path: Path, _isolated_home: Path) -> None:
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    log = _isolated_home / "logs" / "cadredesk.log"
    with subprocess.Popen(
        [sys.executable, "-m", "cadredesk", "--db", str(db_path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            loaded = False  # the event loop runs once the first page is filled ("CadrePage loaded: 0 rows")
            for _ in range(600):
                loaded = log.exists() and bool(re.search(r"Page loaded: \d+ rows", log.read_text("utf-8")))
                if loaded or proc.poll() is not None:
                    break
                time.sleep(0.05)
            assert proc.poll() is None, "the GUI ended before it was asked to"
            assert loaded, "the GUI never logged its first page as loaded"
            proc.send_signal(signal.SIGTERM)
            _out, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert "Traceback" not in err
    assert proc.returncode == 0
    assert not db_path.with_name(db_path.name + ".holder.json").exists()  # the lock was released
    ini = Path(env["XDG_CONFIG_HOME"]) / "CadreDesk" / "CadreDesk.ini"
    assert "geometry" in ini.read_text(encoding="utf-8")  # the window was closed, not killed
