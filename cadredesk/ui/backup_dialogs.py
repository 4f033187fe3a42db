"""The 数据备份 page's dialogs: a backup passphrase (new, twice; or the one to open a backup) and the strong
confirmation before a restore. Layouts: forms/passphrase_dialog.ui, forms/restore_confirm_dialog.ui."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from cadredesk.ui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from cadredesk.ui.forms.ui_restore_confirm_dialog import Ui_RestoreConfirmDialog

#: a backup passphrase is at least this long (none at all: the backup is not encrypted)
MIN_PASSPHRASE = 8


class PassphraseDialog(QDialog):
    """``PassphraseDialog(new=True)``: an optional passphrase for a new backup, typed twice (empty: not
    encrypted). ``new=False``: the passphrase of an encrypted backup. ``passphrase`` after ``accepted``."""

    def __init__(self, *, new: bool, file_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.edit, self.edit2 = self.ui.passphraseEdit, self.ui.passphrase2Edit
        self.ui.errorLabel.hide()
        self.passphrase: str | None = None
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton)
        self.ok_button = ok
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        if new:
            self.setWindowTitle("备份密码（可选）")
            self.ui.noticeLabel.setText(
                "可以为备份设置密码：备份将加密（AES-256），U盘丢失时他人无法读取其中的干部信息。"
            )
            self.ui.hintLabel.setText(
                f"不设密码请留空，直接点“开始备份”。密码至少 {MIN_PASSPHRASE} 位；忘记密码将无法恢复这份备份，"
                "请妥善保管（不要和U盘放在一起）。"
            )
            ok.setText("开始备份")
        else:
            self.setWindowTitle("输入备份密码")
            self.ui.noticeLabel.setText(f"备份 {file_name} 已加密，请输入备份时设置的密码。")
            self.ui.hintLabel.hide()
            self.ui.passForm.setRowVisible(self.edit2, False)
        self.adjustSize()

    def error(self) -> str:
        return self.ui.errorLabel.text() if not self.ui.errorLabel.isHidden() else ""

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def submit(self) -> None:
        first, second = self.edit.text(), self.edit2.text()
        if self.new:
            if first or second:
                if len(first) < MIN_PASSPHRASE:
                    self.show_error(f"备份密码至少 {MIN_PASSPHRASE} 位（不设密码请两栏都留空）")
                    return
                if first != second:
                    self.show_error("两次输入的备份密码不一致")
                    return
            self.passphrase = first or None
        else:
            if not first:
                self.show_error("请输入备份密码")
                return
            self.passphrase = first
        self.edit.clear()
        self.edit2.clear()
        self.accept()


class RestoreConfirmDialog(QDialog):
    """Names what will be replaced and that a pre-restore copy is kept; 恢复 only once the box is ticked."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreConfirmDialog()
        self.ui.setupUi(self)
        self.ui.detailsLabel.setText(details)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton)
        self.ok_button = ok
        ok.setText("恢复")
        ok.setEnabled(False)
        self.ui.understandCheck.toggled.connect(ok.setEnabled)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.adjustSize()


__all__ = ["MIN_PASSPHRASE", "PassphraseDialog", "RestoreConfirmDialog"]
