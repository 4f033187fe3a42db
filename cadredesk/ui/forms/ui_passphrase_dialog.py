# Generated from forms/passphrase_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'passphrase_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.9.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PassphraseDialog(object):
    def setupUi(self, PassphraseDialog):
        if not PassphraseDialog.objectName():
            PassphraseDialog.setObjectName(u"PassphraseDialog")
        PassphraseDialog.resize(460, 220)
        self.mainLayout = QVBoxLayout(PassphraseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.noticeLabel = QLabel(PassphraseDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noticeLabel)

        self.passForm = QFormLayout()
        self.passForm.setObjectName(u"passForm")
        self.passForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.passphraseEditLabel = QLabel(PassphraseDialog)
        self.passphraseEditLabel.setObjectName(u"passphraseEditLabel")

        self.passForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseEditLabel)

        self.passphraseEdit = QLineEdit(PassphraseDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphraseEdit.setMaxLength(256)

        self.passForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.passphrase2EditLabel = QLabel(PassphraseDialog)
        self.passphrase2EditLabel.setObjectName(u"passphrase2EditLabel")

        self.passForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase2EditLabel)

        self.passphrase2Edit = QLineEdit(PassphraseDialog)
        self.passphrase2Edit.setObjectName(u"passphrase2Edit")
        self.passphrase2Edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase2Edit.setMaxLength(256)

        self.passForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase2Edit)


        self.mainLayout.addLayout(self.passForm)

        self.hintLabel = QLabel(PassphraseDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(PassphraseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PassphraseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passphraseEditLabel.setBuddy(self.passphraseEdit)
        self.passphrase2EditLabel.setBuddy(self.passphrase2Edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PassphraseDialog)

        QMetaObject.connectSlotsByName(PassphraseDialog)
    # setupUi

    def retranslateUi(self, PassphraseDialog):
        PassphraseDialog.setWindowTitle(QCoreApplication.translate("PassphraseDialog", u"\u5907\u4efd\u5bc6\u7801", None))
        self.noticeLabel.setText("")
        self.passphraseEditLabel.setText(QCoreApplication.translate("PassphraseDialog", u"\u5907\u4efd\u5bc6\u7801\uff1a", None))
        self.passphrase2EditLabel.setText(QCoreApplication.translate("PassphraseDialog", u"\u518d\u6b21\u8f93\u5165\uff1a", None))
        self.hintLabel.setText("")
    # retranslateUi

