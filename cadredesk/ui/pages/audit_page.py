"""审计日志 page (安全审计员): the audit log newest first, filtered by time range, user and action, a page
at a time, and ``audit verify`` (the hash chain, the keyed MACs once the auditor logged in, and the heads
anchored in the backups) with its result.

Layout: forms/audit_page.ui. Services: ``services.audit.entries`` and ``services.audit.verify_audit``.
Times are stored in UTC and shown on the clerk's clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from cadredesk.core.security import Permission
from cadredesk.services import audit
from cadredesk.services.audit import EntryRow
from cadredesk.services.context import Context
from cadredesk.ui.access import limit, may
from cadredesk.ui.forms.ui_audit_page import Ui_AuditPage
from cadredesk.ui.list_export import export_view
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.base import BasePage
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_COLOR, ERROR_STYLE, OK_STYLE, WARNING_COLOR
from cadredesk.ui.widgets import fill_combo, reset_filters

PAGE_SIZE = 200

#: the action filter: (label, action prefix)
ACTIONS: tuple[tuple[str, str], ...] = (
    ("登录", "user.login"),
    ("用户账号", "user."),
    ("备份与恢复", "backup."),
    ("审计", "audit."),
    ("数据交换", "exchange."),
    ("导入", "import."),
    ("导出", "export."),
    ("打印", "print."),
    ("干部", "cadre."),
    ("派驻", "dispatch."),
    ("批次", "batch."),
    ("设置", "setting."),
)
RESULTS = {"ok": "成功", "fail": "失败", "locked": "锁定", "warn": "警告"}


def local(at: dt.datetime) -> dt.datetime:
    return at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def utc_start(day: dt.date) -> dt.datetime:
    """The UTC moment (naive) the clerk's local ``day`` begins."""
    start = dt.datetime.combine(day, dt.time()).astimezone()
    return start.astimezone(dt.UTC).replace(tzinfo=None)


def _object(e: EntryRow) -> str:
    return f"{e.entity or ''} {e.entity_id or ''}".strip()


def _result_color(e: EntryRow) -> Any:
    return ERROR_COLOR if e.result in ("fail", "locked") else (WARNING_COLOR if e.result == "warn" else None)


COLUMNS: list[Column[EntryRow]] = [
    Column("id", "序号", lambda e: str(e.id), lambda e: e.id, width="0000000"),
    Column("at", "时间", lambda e: f"{local(e.at):%Y-%m-%d %H:%M:%S}", lambda e: e.at, width="0000-00-00 00:00:00"),
    Column("user", "用户", lambda e: e.user, width=7),
    Column("action", "操作", lambda e: e.action, width="maintenance.strokes"),
    Column("object", "对象", _object, tooltip=lambda e: _object(e) or None, width=8),
    Column("result", "结果", lambda e: RESULTS.get(e.result, e.result), foreground=_result_color,
           align_center=True, width=3),
    Column("detail", "内容", lambda e: e.detail or "", tooltip=lambda e: e.detail or None, width=40),
    Column("host", "计算机", lambda e: e.host or "", width=8),
]  # fmt: skip


@dataclass(frozen=True)
class Query:
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    user: str | None = None
    action: str | None = None
    before_id: int | None = None


@dataclass(frozen=True)
class AuditPageData:
    entries: list[EntryRow]
    more: bool  # older entries beyond this page


class AuditPage(BasePage[EntryRow]):
    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(runner, notifier, parent)
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.init_table(ui.view, COLUMNS, stretch="detail")
        self.bind(status=ui.statusLabel)
        fill_combo(ui.actionCombo, ACTIONS, all_text="全部操作")
        line = ui.userCombo.lineEdit()
        if line is not None:
            line.setPlaceholderText("全部用户")
        ui.userCombo.setCurrentIndex(-1)
        self.query = Query()
        #: before_id of each page shown before this one (for 上一页)
        self.pages: list[int | None] = []
        self.more = False
        self.report: audit.AuditReport | None = None
        ui.queryButton.clicked.connect(self.run_query)
        ui.clearButton.clicked.connect(self.clear)
        ui.olderButton.clicked.connect(self.older)
        ui.newerButton.clicked.connect(self.newer)
        ui.verifyButton.clicked.connect(self.verify)
        ui.exportButton.clicked.connect(
            lambda: export_view(self, runner, notifier, self.view, COLUMNS, "审计日志")
        )
        ctx = runner.ctx
        if not limit(ctx, Permission.AUDIT, ui.queryButton, ui.clearButton, ui.verifyButton):
            ui.verifyLabel.setText("只有安全审计员可以查看和校验审计日志。")
        limit(ctx, Permission.EXPORT, ui.exportButton)

    # ------------------------------------------------------------------ filters and paging
    def current_query(self) -> Query:
        ui = self.ui
        since, until = ui.sinceEdit.value(), ui.untilEdit.value()
        user = ui.userCombo.currentText().strip() or None
        return Query(
            since=utc_start(since) if since else None,
            until=utc_start(until + dt.timedelta(days=1)) if until else None,
            user=user,
            action=ui.actionCombo.currentData(),
        )

    def run_query(self) -> TaskHandle:
        """The filters as set, from the newest entry."""
        self.query = self.current_query()
        self.pages = []
        return self.reload()

    def clear(self) -> TaskHandle:
        ui = self.ui
        ui.sinceEdit.set_value(None)
        ui.untilEdit.set_value(None)
        reset_filters(ui.actionCombo)
        ui.userCombo.setCurrentIndex(-1)
        ui.userCombo.setEditText("")
        return self.run_query()

    def older(self) -> TaskHandle | None:
        rows = self.model.rows()
        if not self.more or not rows:
            return None
        self.pages.append(self.query.before_id)
        self.query = Query(**{**self.query.__dict__, "before_id": min(e.id for e in rows)})
        return self.reload()

    def newer(self) -> TaskHandle | None:
        if not self.pages:
            return None
        before = self.pages.pop()
        self.query = Query(**{**self.query.__dict__, "before_id": before})
        return self.reload()

    # ------------------------------------------------------------------ loading
    def load_operation(self, batch: Any) -> Callable[[Context], AuditPageData]:
        q = self.query

        def op(ctx: Context) -> AuditPageData:
            found = audit.entries(
                ctx, since=q.since, until=q.until, user=q.user, action=q.action, before_id=q.before_id,
                limit=PAGE_SIZE + 1,
            )  # fmt: skip
            return AuditPageData(found[:PAGE_SIZE], len(found) > PAGE_SIZE)

        return op

    def show_data(self, data: AuditPageData) -> int:
        ui = self.ui
        self.more = data.more
        self.model.set_rows(data.entries)
        users = sorted(
            {e.user for e in data.entries} | {ui.userCombo.itemText(i) for i in range(ui.userCombo.count())}
        )
        typed = ui.userCombo.currentText()
        ui.userCombo.blockSignals(True)
        ui.userCombo.clear()
        ui.userCombo.addItems([u for u in users if u])
        ui.userCombo.setCurrentIndex(-1)
        ui.userCombo.setEditText(typed)
        ui.userCombo.blockSignals(False)
        ui.olderButton.setEnabled(data.more)
        ui.newerButton.setEnabled(bool(self.pages))
        page = len(self.pages) + 1
        if data.entries:
            ids = [e.id for e in data.entries]
            ui.pageLabel.setText(f"第 {page} 页：第 {min(ids)}–{max(ids)} 条中符合条件的 {len(ids)} 条")
        else:
            ui.pageLabel.setText(f"第 {page} 页：没有符合条件的记录")
        self.show_status("最新的记录在最上面；鼠标停在“内容”上可看全文。时间为本机时间。")
        return len(data.entries)

    # ------------------------------------------------------------------ verify
    def verify(self) -> TaskHandle:
        label = self.ui.verifyLabel
        label.setStyleSheet("")
        label.setText("正在校验审计日志…")
        return self.runner.run(
            audit.verify_audit, name="audit verify", on_success=self._verified, on_failure=self._verify_failed
        )

    def _verified(self, report: audit.AuditReport) -> None:
        self.report = report
        label = self.ui.verifyLabel
        keyed = f"，其中 {report.keyed} 条核对了审计密钥" if report.keyed else "（未核对审计密钥）"
        anchors = f"，与 {report.anchors} 个保存在备份或检查点中的链头一致" if report.anchors else ""
        notes = ("\n" + "\n".join(report.notes)) if report.notes else ""
        if report.intact:
            label.setStyleSheet(OK_STYLE)
            label.setText(f"审计日志完整：已校验 {report.checked} 条{keyed}{anchors}。{notes}")
        else:
            label.setStyleSheet(ERROR_STYLE)
            where = (
                f"第 {report.broken_at} 条：{report.reason}"
                if report.broken_at is not None
                else report.reason
            )
            missing = (
                "\n缺少审计日志保护触发器：" + "、".join(report.missing_protections)
                if report.missing_protections
                else ""
            )
            label.setText(f"审计日志未通过校验（已校验 {report.checked} 条）。{where}{missing}{notes}")

    def _verify_failed(self, exc: BaseException) -> bool:
        from cadredesk.errors import UserError

        if isinstance(exc, UserError):
            self.ui.verifyLabel.setStyleSheet(ERROR_STYLE)
            self.ui.verifyLabel.setText(exc.message)
            return True
        return False

    @property
    def allowed(self) -> bool:
        return may(self.runner.ctx, Permission.AUDIT)


__all__ = ["AuditPage"]
