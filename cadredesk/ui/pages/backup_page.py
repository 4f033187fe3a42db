"""数据备份 page: back up to a USB stick (optionally encrypted), verify a backup, restore one (from a file or
the automatic backups), and the township ↔ county 数据交换 with its conflict list.

Layout: forms/backup_page.ui (two tabs), dialogs in ``ui/backup_dialogs.py``. Every step is a service call
off the GUI thread: ``services.backup`` (create_backup, verify_backup, restore_backup, auto_backup,
restore_points) and ``services.exchange`` (export_package, import_package, open_conflicts,
resolve_conflict). After a restore the page emits ``database_replaced`` and the main window builds its
pages again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from cadredesk.core.retention import TIER_NAMES
from cadredesk.core.security import Permission
from cadredesk.errors import UserError
from cadredesk.services import backup, exchange, reference
from cadredesk.services.context import Context
from cadredesk.ui.access import limit, may
from cadredesk.ui.backup_dialogs import PassphraseDialog, RestoreConfirmDialog
from cadredesk.ui.forms.ui_backup_page import Ui_BackupPage
from cadredesk.ui.list_export import export_view
from cadredesk.ui.notify import Notifier
from cadredesk.ui.pages.base import BasePage
from cadredesk.ui.table import Table, current
from cadredesk.ui.table_model import Column
from cadredesk.ui.tasks import TaskHandle, TaskRunner
from cadredesk.ui.theme import ERROR_STYLE, OK_STYLE
from cadredesk.ui.widgets import fill_combo

BACKUP_FILTER = "CadreDesk 备份 (*.cdbak);;所有文件 (*)"
PACKAGE_FILTER = "CadreDesk 交换包 (*.cdx *.zip);;所有文件 (*)"
KIND_LABELS = dict(exchange.iter_kinds())
#: the record counts shown from a backup's header (table → 中文)
COUNT_LABELS = {
    "cadre": "干部",
    "dispatch": "派驻",
    "batch": "批次",
    "place": "派驻点",
    "township": "乡镇",
    "attendance": "考勤",
    "audit_log": "审计记录",
}


def ask_folder(parent: QWidget, title: str) -> str | None:
    return QFileDialog.getExistingDirectory(parent, title) or None


def ask_open(parent: QWidget, title: str, filters: str) -> str | None:
    return QFileDialog.getOpenFileName(parent, title, "", filters)[0] or None


def ask_save(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    return QFileDialog.getSaveFileName(parent, title, suggested, filters)[0] or None


#: tests replace these to answer the file dialogs
ask_folder_path: Callable[[QWidget, str], str | None] = ask_folder
ask_open_path: Callable[[QWidget, str, str], str | None] = ask_open
ask_save_path: Callable[[QWidget, str, str, str], str | None] = ask_save


def local(at: dt.datetime) -> dt.datetime:
    """A stored UTC time (naive) on the clerk's clock."""
    return at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def size_text(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    return f"{max(1, size // 1024)} KB"


def counts_text(counts: dict[str, int]) -> str:
    shown = [f"{label} {counts[key]}" for key, label in COUNT_LABELS.items() if key in counts]
    total = sum(counts.values())
    return "，".join(shown) + f"（共 {len(counts)} 张表 {total} 行）"


POINT_COLUMNS: list[Column[backup.RestorePoint]] = [
    Column("at", "备份时间", lambda p: f"{local(p.created_at):%Y-%m-%d %H:%M}", lambda p: p.created_at,
           width="0000-00-00 00:00"),
    Column("tier", "类型", lambda p: TIER_NAMES.get(p.tier, ""), align_center=True, width=3),
    Column("reason", "触发", lambda p: p.reason, width=6),
    Column("size", "大小", lambda p: size_text(p.size), lambda p: p.size, width="1000.0 MB"),
    Column("cadres", "干部", lambda p: str(p.counts.get("cadre", "")), lambda p: p.counts.get("cadre"), width=4),
    Column("encrypted", "加密", lambda p: "是" if p.encrypted else "否", align_center=True, width=2),
    Column("file", "文件", lambda p: p.path.name, tooltip=lambda p: str(p.path), width=30),
]  # fmt: skip


def _differences(c: exchange.ConflictRow) -> str:
    return "；".join(f"{k}：本地“{ours}”，对方“{theirs}”" for k, (ours, theirs) in c.differences.items())


CONFLICT_COLUMNS: list[Column[exchange.ConflictRow]] = [
    Column("kind", "类别", lambda c: KIND_LABELS.get(c.kind, c.kind), width=5),
    Column("subject", "记录", lambda c: c.subject, tooltip=lambda c: c.subject, width=16),
    Column("differences", "两边的差异", _differences, tooltip=lambda c: _differences(c).replace("；", "\n"),
           width=40),
]  # fmt: skip


@dataclass(frozen=True)
class BackupSnapshot:
    points: list[backup.RestorePoint]
    townships: list[str]
    conflicts: list[exchange.ConflictRow] = field(default_factory=list)


class BackupPage(BasePage[backup.RestorePoint]):
    """Emits ``database_replaced`` after a restore (the main window reloads every page)."""

    database_replaced = Signal()

    def __init__(self, runner: TaskRunner, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(runner, notifier, parent)
        self.ui = Ui_BackupPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.init_table(ui.view, POINT_COLUMNS, on_activate=lambda p: self.restore_point(p))
        self.bind(status=ui.statusLabel)
        self.conflicts: Table[exchange.ConflictRow] = Table(ui.conflictView, CONFLICT_COLUMNS, self)
        self.backup_task: TaskHandle | None = None
        #: the last verified backup: (path, result) — shown in the result area
        self.verified: backup.VerifyResult | None = None
        ui.progressBar.hide()
        ui.cancelButton.hide()
        for label in (ui.lastBackupLabel, ui.resultLabel):  # shown once they have something to say
            label.hide()
        ui.backupButton.clicked.connect(self.start_backup)
        ui.cancelButton.clicked.connect(self.cancel_backup)
        ui.verifyButton.clicked.connect(self.verify_file)
        ui.restoreFileButton.clicked.connect(self.restore_file)
        ui.restorePointButton.clicked.connect(lambda: self.restore_point(self.selected()))
        ui.autoBackupButton.clicked.connect(self.auto_backup_now)
        ui.refreshButton.clicked.connect(lambda: self.reload())
        ui.exportButton.clicked.connect(self.export_package)
        ui.importButton.clicked.connect(self.import_package)
        ui.keepOursButton.clicked.connect(lambda: self.resolve("ours"))
        ui.takeTheirsButton.clicked.connect(lambda: self.resolve("theirs"))
        ui.exportConflictsButton.clicked.connect(
            lambda: export_view(self, runner, notifier, ui.conflictView, CONFLICT_COLUMNS, "交换冲突")
        )
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        ui.conflictView.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self._apply_role()

    def _apply_role(self) -> None:
        ctx, ui = self.runner.ctx, self.ui
        limit(ctx, Permission.BACKUP, ui.backupButton, ui.autoBackupButton)
        limit(ctx, Permission.RESTORE, ui.restoreFileButton)
        self.may_restore = may(ctx, Permission.RESTORE)
        self.may_exchange = limit(
            ctx,
            Permission.EXCHANGE,
            ui.exportButton,
            ui.importButton,
            ui.townshipCombo,
            ui.exportConflictsButton,
        )
        if ctx.read_only:
            for w in (
                ui.backupButton,
                ui.autoBackupButton,
                ui.restoreFileButton,
                ui.exportButton,
                ui.importButton,
            ):
                w.setEnabled(False)
                w.setToolTip(ctx.read_only_reason or "数据库现在只能查看")

    def _selection_changed(self) -> None:
        self.ui.restorePointButton.setEnabled(self.may_restore and self.selected() is not None)
        chosen = current(self.ui.conflictView) is not None
        self.ui.keepOursButton.setEnabled(self.may_exchange and chosen)
        self.ui.takeTheirsButton.setEnabled(self.may_exchange and chosen)

    # ------------------------------------------------------------------ loading
    def refresh(self, _result: object = None) -> None:
        self.reload()

    def load_operation(self, batch: Any) -> Callable[[Context], BackupSnapshot]:
        exchange_ok = self.may_exchange

        def op(ctx: Context) -> BackupSnapshot:
            points = backup.restore_points(ctx)
            townships = [name for _id, name in reference.townships(ctx)]
            conflicts = exchange.open_conflicts(ctx) if exchange_ok else []
            return BackupSnapshot(points, townships, conflicts)

        return op

    def show_data(self, snap: BackupSnapshot) -> int:
        fill_combo(self.ui.townshipCombo, [(n, n) for n in snap.townships])
        self.model.set_rows(snap.points)
        self.conflicts.model.set_rows(snap.conflicts)
        self.ui.conflictGroup.setTitle(
            f"待决定的冲突（{len(snap.conflicts)} 条）" if snap.conflicts else "待决定的冲突（没有）"
        )
        self._selection_changed()
        if snap.points:
            newest = snap.points[0]
            self.show_status(
                f"自动备份 {len(snap.points)} 份，最近一份 {local(newest.created_at):%Y-%m-%d %H:%M}；"
                f"保存在 {newest.path.parent}"
            )
        else:
            self.show_status("还没有自动备份（退出程序时和每天第一次打开时自动备份）。")
        return len(snap.points)

    # ------------------------------------------------------------------ backup
    def start_backup(self) -> None:
        folder = ask_folder_path(self, "选择备份到哪个文件夹（如U盘）")
        if not folder:
            return
        dialog = PassphraseDialog(new=True, parent=self)
        self.show_dialog(dialog, lambda: self.run_backup(Path(folder), dialog.passphrase))

    def backup_name(self) -> str:
        ws_name = "数据库"
        db = self.runner.ctx.db
        if db.path is not None:
            ws_name = db.path.stem
        return f"CadreDesk备份-{ws_name}-{dt.datetime.now():%Y%m%d-%H%M%S}{backup.SUFFIX}"

    def run_backup(self, folder: Path, passphrase: str | None) -> TaskHandle:
        out = folder / self.backup_name()
        ui = self.ui
        ui.progressBar.setRange(0, 3)
        ui.progressBar.setValue(0)
        ui.progressBar.setFormat("正在备份…")
        ui.progressBar.show()
        ui.cancelButton.show()
        ui.cancelButton.setEnabled(True)
        ui.backupButton.setEnabled(False)
        ui.lastBackupLabel.setStyleSheet("")
        ui.lastBackupLabel.setText(f"正在备份到 {out} …")
        ui.lastBackupLabel.show()

        def op(ctx: Context) -> backup.BackupResult:
            return backup.create_backup(ctx, out, passphrase, reason="手动")

        self.backup_task = self.runner.run(
            op,
            name="backup",
            write=True,
            on_success=self._backed_up,
            on_failure=self._backup_failed,
            on_progress=self._backup_progress,
        )
        self.backup_task.finished.connect(self._backup_finished)
        return self.backup_task

    def _backup_progress(self, done: int, total: int, text: str) -> None:
        self.ui.progressBar.setRange(0, total)
        self.ui.progressBar.setValue(done)
        self.ui.progressBar.setFormat(text or "%p%")

    def _backed_up(self, result: backup.BackupResult) -> None:
        self.ui.lastBackupLabel.setStyleSheet(OK_STYLE)
        self.ui.lastBackupLabel.setText(
            f"已备份到 {result.path}（{size_text(result.size)}，{'已加密' if result.encrypted else '未加密'}），"
            f"写完后已读回校验。SHA-256：{result.sha256}"
        )

    def _backup_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, UserError):
            self.ui.lastBackupLabel.setStyleSheet(ERROR_STYLE)
            self.ui.lastBackupLabel.setText(exc.message)
            return True
        return False

    def _backup_finished(self) -> None:
        ui = self.ui
        if self.backup_task is not None and self.backup_task.was_cancelled:
            ui.lastBackupLabel.setStyleSheet("")
            ui.lastBackupLabel.setText("备份已取消。")
        ui.progressBar.hide()
        ui.cancelButton.hide()
        ui.backupButton.setEnabled(may(self.runner.ctx, Permission.BACKUP))
        self.backup_task = None

    def cancel_backup(self) -> None:
        if self.backup_task is not None:
            self.ui.cancelButton.setEnabled(False)
            self.backup_task.cancel()

    def auto_backup_now(self) -> TaskHandle:
        self.show_status("正在自动备份…")
        return self.runner.run(
            lambda ctx: backup.auto_backup(ctx, "manual"),
            name="auto backup",
            write=True,
            on_success=self.refresh,
            on_failure=self._status_failure,
        )

    def _status_failure(self, exc: BaseException) -> bool:
        if isinstance(exc, UserError):
            self.show_error(exc.message)
            return True
        return False

    # ------------------------------------------------------------------ verify
    def verify_file(self) -> None:
        chosen = ask_open_path(self, "选择要校验的备份文件", BACKUP_FILTER)
        if chosen:
            self.verify(Path(chosen), then=None)

    def verify(
        self,
        path: Path,
        passphrase: str | None = None,
        *,
        then: Callable[[backup.VerifyResult, str | None], object] | None,
    ) -> TaskHandle:
        """Check ``path`` (asking for its passphrase when it is encrypted); show the header or the refusal,
        then ``then(result, passphrase)`` when it verified."""
        self.ui.resultLabel.setStyleSheet("")
        self.ui.resultLabel.setText(f"正在校验 {path.name} …")
        self.ui.resultLabel.show()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, UserError) and exc.key in ("passphrase-needed", "wrong-passphrase"):
                dialog = PassphraseDialog(new=False, file_name=path.name, parent=self)
                if exc.key == "wrong-passphrase":
                    dialog.show_error(exc.message)
                self.show_dialog(dialog, lambda: self.verify(path, dialog.passphrase, then=then))
                self.ui.resultLabel.setText(f"{path.name} 已加密，请输入备份密码。")
                return True
            if isinstance(exc, UserError):
                self.ui.resultLabel.setStyleSheet(ERROR_STYLE)
                self.ui.resultLabel.setText(f"校验未通过：{exc.message}")
                return True
            return False

        def done(result: backup.VerifyResult) -> None:
            self.verified = result
            self.ui.resultLabel.setText(self.header_text(result))
            self.ui.resultLabel.setStyleSheet(OK_STYLE)
            if then is not None:
                then(result, passphrase)

        return self.runner.run(
            lambda _ctx: backup.verify_backup(path, passphrase),
            name="verify",
            on_success=done,
            on_failure=failed,
        )

    @staticmethod
    def header_text(r: backup.VerifyResult) -> str:
        try:
            made = f"{local(dt.datetime.fromisoformat(r.created_at).replace(tzinfo=None)):%Y-%m-%d %H:%M}"
        except ValueError:
            made = r.created_at
        return (
            f"校验通过：{r.path.name}\n"
            f"备份时间 {made}，程序版本 {r.app_version}，数据结构版本 {r.schema_revision or '未知'}，"
            f"{'已加密' if r.encrypted else '未加密'}\n"
            f"记录数：{counts_text(r.counts)}\n"
            f"审计日志 {r.audit_count} 条；SHA-256 {r.sha256}"
        )

    # ------------------------------------------------------------------ restore
    def restore_file(self) -> None:
        chosen = ask_open_path(self, "选择用于恢复的备份文件", BACKUP_FILTER)
        if chosen:
            self.verify(Path(chosen), then=self.confirm_restore)

    def restore_point(self, point: backup.RestorePoint | None) -> None:
        if point is None or not self.may_restore:
            return
        self.verify(point.path, then=self.confirm_restore)

    def confirm_restore(self, result: backup.VerifyResult, passphrase: str | None) -> RestoreConfirmDialog:
        db = self.runner.ctx.db
        where = str(db.path) if db.path is not None else db.display_name
        details = (
            f"将被替换的数据库：{where}\n"
            f"用于恢复的备份：{result.path}\n{self.header_text(result).split(chr(10), 1)[1]}\n\n"
            "当前数据库的全部数据（包括备份之后录入的内容）将被备份中的数据替换。"
            "恢复前，当前数据库会另存为一份“恢复前副本”（文件名含 pre-restore），放在数据库所在的文件夹，"
            "需要时可以找回。"
        )
        dialog = RestoreConfirmDialog(details, parent=self)
        self.show_dialog(dialog, lambda: self.run_restore(result.path, passphrase))
        return dialog

    def run_restore(self, path: Path, passphrase: str | None) -> TaskHandle:
        self.show_status(f"正在从 {path.name} 恢复…")

        def done(result: backup.RestoreResult) -> None:
            kept = f"原数据库已另存为 {result.pre_restore}。" if result.pre_restore else ""
            upgraded = "备份的数据结构已升级到当前版本。" if result.upgraded_from else ""
            self.notifier.info(f"已从备份 {path.name} 恢复。{kept}{upgraded}", title="恢复完成", parent=self)
            self.database_replaced.emit()

        return self.runner.run(
            lambda ctx: backup.restore_backup(ctx, path, passphrase),
            name="restore",
            write=True,
            on_success=done,
            on_failure=self._status_failure,
        )

    # ------------------------------------------------------------------ exchange
    def export_package(self) -> TaskHandle | None:
        township = self.ui.townshipCombo.currentData()
        if not township:
            self.notifier.info("本库还没有乡镇，无法导出交换包。", parent=self)
            return None
        suggested = f"交换包-{township}-{dt.date.today():%Y%m%d}.cdx"
        chosen = ask_save_path(self, "导出交换包", suggested, PACKAGE_FILTER)
        if not chosen:
            return None
        out = Path(chosen)

        def done(result: exchange.ExportResult) -> None:
            counts = "，".join(f"{KIND_LABELS.get(k, k)} {v}" for k, v in result.counts.items())
            self.ui.exportHint.setText(f"已导出 {result.township} 的交换包到 {result.path}：{counts}。")

        return self.runner.run(
            lambda ctx: exchange.export_package(ctx, out, township=str(township)),
            name="exchange export",
            write=True,
            on_success=done,
        )

    def import_package(self) -> TaskHandle | None:
        chosen = ask_open_path(self, "选择要导入的交换包", PACKAGE_FILTER)
        if not chosen:
            return None
        path = Path(chosen)
        label = self.ui.importResultLabel

        def done(r: exchange.ImportReport) -> None:
            label.setStyleSheet(ERROR_STYLE if r.conflicts else OK_STYLE)
            label.setText(
                f"已导入 {path.name}（{r.township}）：新增 {r.added}，更新 {r.updated}，无变化 {r.unchanged}，"
                f"保留本地较新的 {r.kept}，冲突 {len(r.conflicts)}"
                + ("。冲突的记录未改动，请在下面逐条决定。" if r.conflicts else "。")
            )
            self.reload()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, UserError):
                label.setStyleSheet(ERROR_STYLE)
                label.setText(exc.message)
                return True
            return False

        label.setStyleSheet("")
        label.setText(f"正在导入 {path.name} …")
        return self.runner.run(
            lambda ctx: exchange.import_package(ctx, path),
            name="exchange import",
            write=True,
            on_success=done,
            on_failure=failed,
        )

    def resolve(self, keep: str) -> TaskHandle | None:
        conflict: exchange.ConflictRow | None = current(self.ui.conflictView)
        if conflict is None:
            return None
        return self.runner.run(
            lambda ctx: exchange.resolve_conflict(ctx, conflict.id, keep),
            name="exchange resolve",
            write=True,
            on_success=self.refresh,
        )


__all__ = ["BackupPage", "BackupSnapshot"]
