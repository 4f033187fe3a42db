"""The composition root of the GUI: ``cadredesk`` / ``python -m cadredesk``.

Everything the windows need (database, background runner, notifier, settings) is created here
and passed down through constructors; nothing else reaches for globals.
"""

from __future__ import annotations

import argparse
import gc
import logging
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from PySide6.QtCore import QEventLoop, QLibraryInfo, QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from cadredesk import APP_NAME, APP_TITLE, __version__, argparse_zh
from cadredesk.assets import resource_bytes, resource_file, resource_path
from cadredesk.errors import UserError
from cadredesk.logsetup import setup_logging
from cadredesk.paths import log_dir
from cadredesk.ui import startup_trace
from cadredesk.ui.crash import CrashDialog, ExceptionHandler
from cadredesk.ui.main_window import MainWindow
from cadredesk.ui.notify import DialogNotifier, Notifier, StderrNotifier
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import app_icon, page_icon, stylesheet

log = logging.getLogger("cadredesk.ui")

ORGANIZATION = "CadreDesk"
READY_TIMEOUT_MS = 120_000
BUNDLED_FONT = ("fonts", "wqy-microhei.ttc")
#: Qt's own Chinese strings, shipped for builds whose PySide6 folder lacks them (resources/translations)
QTBASE_QM = ("translations", "qtbase_zh_CN.qm")


# ---------------------------------------------------------------------- command line
def parse_args(argv: list[str] | None) -> argparse.Namespace:
    argparse_zh.install()
    parser = argparse.ArgumentParser(prog="cadredesk", description=f"{APP_TITLE}（图形界面）")
    parser.add_argument(
        "--db", metavar="DB", help="SQLite 文件路径或数据库 URL（默认：环境变量 CADREDESK_DB 或用户数据目录）"
    )
    parser.add_argument(
        "--quit-when-ready", action="store_true", help="打开数据库、显示主窗口并填好首页后退出（用于检查）"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="同上，另外生成一份PDF并读取内置资源，输出 self-test ok"
    )
    parser.add_argument(
        "--page",
        metavar="PAGE",
        help="启动后打开的页面：overview roster cadres places training mentoring on_post problems "
        "evaluation print backup",
    )
    parser.add_argument(
        "--version", action="version", version=f"CadreDesk {__version__}", help="显示版本号并退出"
    )
    return parser.parse_args(argv)


# ---------------------------------------------------------------------- Qt application
def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    return app


def install_translator(app: QApplication) -> QTranslator | None:
    """Qt's own zh_CN strings (确定/取消/保存, calendar, context menus).

    From PySide6's translations folder first, else the copy in resources/translations (frozen builds
    often leave Qt's translations out).
    """
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    QLocale.setDefault(locale)
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(locale, "qtbase", "_", folder):
        try:
            shipped = resource_path(*QTBASE_QM)
        except FileNotFoundError:
            shipped = None
        if shipped is None or not translator.load(str(shipped)):
            log.warning(
                "qtbase_zh_CN.qm found neither in %s nor in the resources; Qt's buttons stay in English",
                folder,
            )
            return None
        log.info("Qt's Chinese strings loaded from %s", shipped)
    app.installTranslator(translator)
    return translator


def ensure_cjk_font() -> None:
    """On a PC without any Chinese font, use the bundled one rather than showing boxes."""
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return
    with resource_file(*BUNDLED_FONT) as path:
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("bundled font %s could not be loaded", path)


def make_settings() -> QSettings:
    """Per-user settings (INI file; on Linux under $XDG_CONFIG_HOME/CadreDesk/)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_NAME)


# ---------------------------------------------------------------------- self-test
def self_test(window: MainWindow) -> list[str]:
    """Checks for a frozen build; returns the problems found (empty = ok)."""
    from cadredesk.services.selftest import check_resources_and_pdf

    problems: list[str] = []
    try:
        font = resource_bytes(*BUNDLED_FONT)
        if len(font) < 1_000_000:
            problems.append(f"内置字体文件不完整（{len(font)} 字节）")
    except OSError as exc:
        problems.append(f"读不到内置字体：{exc}")
    try:
        if not stylesheet() or app_icon().isNull() or any(page_icon(k).isNull() for k in window.page_keys()):
            problems.append("界面样式或图标缺失")
    except (OSError, KeyError, ValueError) as exc:
        problems.append(f"读不到界面样式或图标：{exc}")
    problems += check_resources_and_pdf(window.runner.ctx.actor.label)
    problems += _check_preview()
    if window.cadre_page.model.rowCount() != window.cadre_page.proxy.rowCount():
        problems.append("干部列表的筛选结果与数据不一致")
    from cadredesk.ui.cadre_dialog import CadreDialog

    for dialog in (
        CadreDialog(window.runner.ctx, window.notifier, None, parent=window),
        CrashDialog((RuntimeError, RuntimeError("self-test"), None), parent=window),  # built from a .ui form
    ):
        dialog.close()
        dialog.deleteLater()
    return problems


def _check_preview() -> list[str]:
    """The print preview's engine (QtPdf, from PySide6-Addons) is bundled and draws a generated page."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from cadredesk.services.selftest import render_test_pdf

    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError as exc:
        return [f"缺少打印预览组件 QtPdf：{exc}"]
    buffer = QBuffer()
    buffer.setData(QByteArray(render_test_pdf("self-test")))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() != 1:
        return ["打印预览组件 QtPdf 读不了自检PDF"]
    from cadredesk.ui.print_preview import render_page

    image = render_page(doc, 0, 20)  # the preview's own drawing path, at a thumbnail's resolution
    doc.close()
    return [] if not image.isNull() else ["打印预览组件 QtPdf 画不出自检PDF的页面"]


@contextmanager
def _close_on_signals(app: QApplication) -> Iterator[None]:
    """SIGTERM (logout, shutdown) and Ctrl+C close the window normally: settings saved, lock released."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    signals = [signal.SIGINT, signal.SIGTERM]
    previous = {sig: signal.getsignal(sig) for sig in signals}
    for sig in signals:
        signal.signal(sig, lambda *_args: app.closeAllWindows())
    ticker = QTimer()  # Python runs signal handlers only when it gets control: wake it up now and then
    ticker.timeout.connect(lambda: None)
    ticker.start(500)
    try:
        yield
    finally:
        ticker.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _wait(handle: TaskHandle, timeout_ms: int) -> None:
    if handle.done:
        return
    loop = QEventLoop()
    handle.finished.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


# ---------------------------------------------------------------------- start-up
#: garbage collection comes back on this long after the first page's data arrived (after its paint)
GC_DELAY_MS = 100
#: main() turned cyclic garbage collection off (it was on)
_gc_paused = False
#: the daily automatic backup starts this long after the first page is filled, never while it fills
DAILY_BACKUP_DELAY_MS = 500


def _collect_garbage_after(handle: TaskHandle) -> None:
    """Cyclic garbage collection is off while the program starts (importing SQLAlchemy and the models
    makes collections that scan the growing heap again and again: about a third of the start-up) and
    back on a moment after the first page is filled."""
    if handle.done:
        _resume_gc()
    else:
        handle.finished.connect(lambda: QTimer.singleShot(GC_DELAY_MS, _resume_gc))


def _resume_gc() -> None:
    """Collection back on, if main() turned it off and is still running (not for a caller who had it off,
    nor from a late timer of an earlier run)."""
    if _gc_paused:
        gc.enable()


def _daily_backup_later(window: MainWindow, handle: TaskHandle, runner: TaskRunner) -> QTimer:
    """The daily automatic backup, started a moment after the first page is filled (it reads the whole
    database: it must not compete with the first page).  Stop the timer when the window closes."""
    from cadredesk.ui.session import auto_backup

    timer = QTimer(window)
    timer.setSingleShot(True)
    timer.setInterval(DAILY_BACKUP_DELAY_MS)
    timer.timeout.connect(lambda: auto_backup(runner, "daily"))
    if handle.done:
        timer.start()
    else:
        handle.finished.connect(timer.start)
    return timer


# ---------------------------------------------------------------------- main
def main(argv: list[str] | None = None, *, notifier: Notifier | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # --help, --version, wrong usage (2)
        return exc.code if isinstance(exc.code, int) else 0
    global _gc_paused
    _gc_paused = gc.isenabled()
    gc.disable()  # until the first page is filled (_collect_garbage_after)
    try:
        return _main(args, notifier)
    finally:
        if _gc_paused:
            gc.enable()
        _gc_paused = False


def _main(args: argparse.Namespace, notifier: Notifier | None) -> int:
    setup_logging()
    headless = bool(args.quit_when_ready or args.self_test)
    app = application()
    startup_trace.install(app)  # CADREDESK_STARTUP_TRACE=1: benchmarks time the first paint
    translator = install_translator(app)
    ensure_cjk_font()
    if notifier is None:
        notifier = StderrNotifier() if headless else DialogNotifier(str(log_dir() / "cadredesk.log"))
    hook = ExceptionHandler(notifier)
    hook.install()
    log.info("CadreDesk %s starting", __version__)
    try:
        return _run(app, args, notifier, headless)
    except Exception:  # a bug while starting: logged, crash dialog (or one line on stderr), exit 3
        hook(*sys.exc_info())
        return 3
    finally:
        hook.uninstall()
        if translator is not None:
            app.removeTranslator(translator)


def _run(app: QApplication, args: argparse.Namespace, notifier: Notifier, headless: bool) -> int:
    # The window first, from Qt alone: the clerk sees it before the database layer is even imported.
    window = MainWindow(None, None, notifier, make_settings())
    if args.page and args.page not in window.page_keys():
        notifier.error(f"没有名为 {args.page} 的页面，可用：{' '.join(window.page_keys())}")
        return 2
    window.show()
    app.processEvents()  # the first paint
    app.processEvents()  # and what it queued (the start-up trace's "painted" mark)
    if not headless:  # creating or upgrading a large database takes a moment
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    from cadredesk.services.database import SchemaState, open_workspace

    try:
        opened = open_workspace(args.db, write=True)
    except UserError as exc:
        log.warning("database not opened: %s", exc)
        if not headless:
            QApplication.restoreOverrideCursor()
        notifier.error(exc.message, title="无法打开数据库")
        window.close()
        window.deleteLater()
        return 1
    finally:
        if not headless and QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()
    runner = TaskRunner(opened.ctx, notifier)
    try:
        from cadredesk.ui.session import auto_backup, start_session

        new_database = opened.found is SchemaState.EMPTY
        if not start_session(window, runner, notifier, new_database=new_database, headless=headless):
            return 1 if headless else 0
        window.attach(opened, runner)
        if args.page:
            window.show_page(args.page)
        if opened.found is SchemaState.OLDER:
            window.statusBar().showMessage("数据库已升级到当前版本，升级前已自动备份。", 15_000)
        elif opened.found is SchemaState.EMPTY:
            window.statusBar().showMessage("已新建数据库。", 15_000)
        handle = window.start()
        startup_trace.first_page(handle)
        _collect_garbage_after(handle)
        if not headless:
            # in the background once the first page is filled, when the newest automatic one is a day old
            daily = _daily_backup_later(window, handle, runner)
            with _close_on_signals(app):
                code = app.exec()
            daily.stop()  # not started yet (closed at once): the backup on exit below is the day's
            auto_backup(runner, "exit", wait=True)
            return code
        _wait(handle, READY_TIMEOUT_MS)
        app.processEvents()
        if not window.ready:
            notifier.error("主窗口的首页未能在限定时间内填好数据")
            return 3 if notifier.bugs else 1
        if args.self_test:
            problems = self_test(window)
            if problems:
                for p in problems:
                    notifier.error(p, title="自检未通过")
                return 1
            print("self-test ok", flush=True)
        return 3 if notifier.bugs else 0
    finally:
        with suppress(RuntimeError):
            window.close()
            window.deleteLater()
        runner.shutdown()
        opened.close()
        app.processEvents()
