"""The main window: a navigation column, one page per task, the database in the status bar.

Layout: forms/main_window.ui (the navigation and the page stack); the pages and the navigation items come
from ``PAGES``.

Start-up order (a clerk sees the window at once): the window is built and shown from Qt alone
(navigation, a "正在打开数据库…" notice); then the database is opened and ``attach`` hands it the
workspace and the task runner. Pages are built when first shown, so a page's modules (and the
services they use) are imported only when the clerk goes there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QWidget

from cadredesk import APP_TITLE
from cadredesk.ui.forms.ui_main_window import Ui_MainWindow
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.placeholder import PlaceholderPage
from cadredesk.ui.theme import NAV_ICON_SIZE, page_icon, stylesheet

if TYPE_CHECKING:
    from cadredesk.services.database import Workspace
    from cadredesk.ui.pages.cadres import CadrePage
    from cadredesk.ui.pages.places_page import PlacesPage
    from cadredesk.ui.pages.roster_page import RosterPage
    from cadredesk.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger("cadredesk.ui")


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    purpose: str
    commands: tuple[str, ...] = ()


#: every page, in navigation order; pages without a factory in ``MainWindow`` show their notice
PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "overview", "总览",
        "显示当前批次的选派、在岗、培训完成和考核情况，以及保险到期、问题逾期、领导走访缺漏、在岗天数不足等提醒",
    ),
    PageSpec(
        "roster", "选派名单",
        "按批次管理选派名单：导入派出单位报送的名单，分配派驻点和身份，跟踪推荐、审核、培训、在岗到期满的状态",
        (
            "cadredesk-cli batch add 2026年度驻村 --start 2026-01-01 --end 2026-12-31",
            "cadredesk-cli import roster 名单.xlsx --batch 2026年度驻村",
            "cadredesk-cli export roster --batch 2026年度驻村 --out 名单.xlsx",
        ),
    ),
    PageSpec("cadres", "干部", "干部信息的查询、录入和修改"),
    PageSpec(
        "places", "派驻点",
        "管理乡镇（街道）和派驻点（村、社区、企业、项目工地）及软弱涣散、经济薄弱等重点标签，查看覆盖情况",
        ("cadredesk-cli import places 派驻点.xlsx",),
    ),
    PageSpec(
        "training", "培训",
        "岗前培训的场次、课程、学时和签到，未完成培训的干部在上岗前予以提示",
    ),
    PageSpec(
        "mentoring", "传帮带",
        "乡镇党政领导与驻村干部的结对关系和帮带记录",
    ),
    PageSpec(
        "on_post", "在岗管理",
        "考勤、请销假、每月和全年在岗天数达标情况，以及派出单位领导走访",
    ),
    PageSpec("problems", "问题台账", "问题的发现、交办、处理、反馈、督办闭环管理和办理期限提醒"),
    PageSpec(
        "evaluation", "考核",
        "年度考核和期满考核、三方评分、民主测评票的打印与统计、考核等次及其结果运用",
    ),
    PageSpec(
        "print", "打印",
        "打印选派名单、培训签到表、结对表、民主测评票、期满考核登记表、基层工作经历证明和统计表",
    ),
    PageSpec(
        "backup", "数据备份",
        "备份、校验和恢复数据库（用U盘在电脑之间交换数据）",
    ),
    PageSpec("users", "用户管理", "用户账号、角色和密码（系统管理员），空闲锁屏时间"),
    PageSpec("audit", "审计日志", "查看和校验审计日志（安全审计员）"),
)  # fmt: skip

START_PAGE = "cadres"

#: the page that shows each kind of record (an alert or a finding opens its record there)
RECORD_PAGES = {
    "dispatch": "roster", "team": "roster", "work_group": "roster", "cadre": "cadres",
    "place": "places", "township": "places", "problem": "problems", "leave": "on_post", "unit": "on_post",
}  # fmt: skip
#: the kinds of record a page's ``show_record(key, kind)`` selects; other kinds only show the page
PAGE_RECORDS = {
    "roster": ("dispatch",),
    "places": ("place",),
    "problems": ("problem",),
    "on_post": ("leave", "unit"),
}


def window_title(workspace: Workspace | None) -> str:
    return f"{APP_TITLE} — {workspace.file_name}" if workspace is not None else APP_TITLE


def _page_factory(key: str) -> Callable[[TaskRunner, Notifier], QWidget] | None:
    """The page class for a key, imported on first use (None: the page is not built yet)."""
    if key == "cadres":
        from cadredesk.ui.pages.cadres import CadrePage

        return CadrePage
    if key == "roster":
        from cadredesk.ui.pages.roster_page import RosterPage

        return RosterPage
    if key == "places":
        from cadredesk.ui.pages.places_page import PlacesPage

        return PlacesPage
    if key == "evaluation":
        from cadredesk.ui.pages.evaluation_page import EvaluationPage

        return EvaluationPage
    if key == "on_post":
        from cadredesk.ui.pages.onpost_page import OnPostPage

        return OnPostPage
    if key == "problems":
        from cadredesk.ui.pages.problems_page import ProblemsPage

        return ProblemsPage
    if key == "training":
        from cadredesk.ui.pages.training_page import TrainingPage

        return TrainingPage
    if key == "mentoring":
        from cadredesk.ui.pages.mentoring_page import MentoringPage

        return MentoringPage
    if key == "print":
        from cadredesk.ui.pages.print_page import PrintPage

        return PrintPage
    if key == "overview":
        from cadredesk.ui.pages.overview_page import OverviewPage

        return OverviewPage
    if key == "backup":
        from cadredesk.ui.pages.backup_page import BackupPage

        return BackupPage
    if key == "users":
        from cadredesk.ui.pages.users_page import UsersPage

        return UsersPage
    if key == "audit":
        from cadredesk.ui.pages.audit_page import AuditPage

        return AuditPage
    return None


class MainWindow(QMainWindow):
    """``MainWindow(workspace, runner, notifier, settings)`` — or ``MainWindow(None, None, …)`` for the
    shell shown while the database opens, then ``attach(workspace, runner)``."""

    #: the pages were built again after the database's content was replaced (a restore)
    pages_reloaded = Signal()

    def __init__(
        self,
        workspace: Workspace | None,
        runner: TaskRunner | None,
        notifier: Notifier,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self._runner: TaskRunner | None = None
        self.notifier = notifier
        self.settings = settings
        self.setWindowTitle(window_title(None))
        self.setStyleSheet(stylesheet())

        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)  # forms/main_window.ui: the navigation column and the page stack
        self.nav = self.ui.nav
        self.stack = self.ui.stack
        self.nav.setIconSize(QSize(NAV_ICON_SIZE, NAV_ICON_SIZE))
        #: pages built so far (a page is built the first time it is shown)
        self.pages: dict[str, QWidget] = {}
        self._slots: dict[str, QWidget] = {}
        row_height = self.fontMetrics().height() + 16
        for spec in PAGES:
            slot = QLabel("正在打开数据库…")
            slot.setObjectName("hint")
            slot.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._slots[spec.key] = slot
            self.stack.addWidget(slot)
            item = QListWidgetItem(page_icon(spec.key), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, row_height))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._row_changed)
        nav_width = self.fontMetrics().horizontalAdvance("数据备份中") + 40 + NAV_ICON_SIZE + 6
        self.ui.navTitle.setFixedWidth(nav_width)
        self.nav.setFixedWidth(nav_width)

        self.db_label = QLabel("")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)

        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self.page_keys().index(START_PAGE))
        self.stack.setCurrentIndex(self.page_keys().index(START_PAGE))
        self.nav.blockSignals(False)
        self._restore_geometry()
        if workspace is not None and runner is not None:
            self.attach(workspace, runner)

    def attach(self, workspace: Workspace, runner: TaskRunner) -> None:
        """The database is open: show its name and build the page on screen."""
        self.workspace = workspace
        self._runner = runner
        self.setWindowTitle(window_title(workspace))
        self.db_label.setText(f"数据库：{workspace.display_name}")
        self.page(self.current_page_key())

    @property
    def runner(self) -> TaskRunner:
        assert self._runner is not None, "the database is not open yet"
        return self._runner

    # ------------------------------------------------------------------ pages
    def page_keys(self) -> list[str]:
        return [spec.key for spec in PAGES]

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built now if it has not been shown yet."""
        built = self.pages.get(key)
        if built is not None:
            return built
        spec = next(s for s in PAGES if s.key == key)
        factory = _page_factory(key)
        page = (
            factory(self.runner, self.notifier)
            if factory
            else PlaceholderPage(spec.title, spec.purpose, spec.commands)
        )
        page.setObjectName(f"page_{key}")
        requests = getattr(page, "record_requested", None)
        if requests is not None:  # a page whose rows point at other records (总览's alerts)
            requests.connect(self.open_record)
        replaced = getattr(page, "database_replaced", None)
        if replaced is not None:  # a restore: every page shows the restored data
            replaced.connect(self.reload_pages, Qt.ConnectionType.QueuedConnection)
        index = self.page_keys().index(key)
        slot = self._slots.pop(key)
        was_current = self.stack.currentWidget() is slot
        self.stack.insertWidget(index, page)
        if was_current:
            self.stack.setCurrentWidget(page)
        self.stack.removeWidget(slot)
        slot.deleteLater()
        self.pages[key] = page
        return page

    def reload_pages(self) -> None:
        """The database's content was replaced (a restore): build the pages again, the one shown first."""
        current = self.current_page_key()
        for key, page in list(self.pages.items()):
            slot = QLabel("正在加载…")
            slot.setObjectName("hint")
            slot.setAlignment(Qt.AlignmentFlag.AlignCenter)
            index = self.page_keys().index(key)
            self.stack.insertWidget(index, slot)
            self._slots[key] = slot
            self.stack.removeWidget(page)
            page.deleteLater()
            del self.pages[key]
        self.stack.setCurrentIndex(self.page_keys().index(current))
        self.page(current)
        self.start()  # the start page loads only when asked (it does not reload when shown)
        self.pages_reloaded.emit()

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        if self._runner is not None:
            self.page(self.page_keys()[row])
        self.stack.setCurrentIndex(row)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.page_keys().index(key))

    def open_record(self, kind: str, key: int) -> QWidget | None:
        """Show the page for a record of ``kind`` and ask it to select record ``key`` when it can
        (``show_record(key)``); None when no page shows that kind."""
        page_key = RECORD_PAGES.get(kind)
        if page_key is None:
            return None
        self.show_page(page_key)
        page = self.page(page_key)
        show = getattr(page, "show_record", None)
        if callable(show) and kind in PAGE_RECORDS.get(page_key, ()):
            show(key, kind)
        return page

    def current_page_key(self) -> str:
        return self.page_keys()[self.nav.currentRow()]

    @property
    def cadre_page(self) -> CadrePage:
        return self.page("cadres")  # type: ignore[return-value]

    @property
    def roster_page(self) -> RosterPage:
        return self.page("roster")  # type: ignore[return-value]

    @property
    def places_page(self) -> PlacesPage:
        return self.page("places")  # type: ignore[return-value]

    def start(self) -> TaskHandle:
        """Fill the first page (in the background)."""
        return self.cadre_page.reload()

    @property
    def ready(self) -> bool:
        page: Any = self.pages.get("cadres")
        return bool(page is not None and page.is_loaded)

    # ------------------------------------------------------------------ geometry
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry):
            state = self.settings.value("main_window/state")
            if isinstance(state, QByteArray):
                self.restoreState(state)
            return
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 760)
            return
        available = screen.availableGeometry()
        self.resize(min(1360, int(available.width() * 0.92)), min(820, int(available.height() * 0.9)))
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())
        if available.height() < 820:  # a 1366×768 laptop: every row counts (the roster shows 20 or more)
            self.setGeometry(available)
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def save_geometry(self) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/state", self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        if self._runner is not None:
            self._runner.shutdown()
        super().closeEvent(event)
