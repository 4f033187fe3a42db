# Generated from forms/account_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AccountDialog(object):
    def setupUi(self, AccountDialog):
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        AccountDialog.resize(460, 320)
        self.mainLayout = QVBoxLayout(AccountDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.noticeLabel = QLabel(AccountDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noticeLabel)

        self.accountForm = QFormLayout()
        self.accountForm.setObjectName(u"accountForm")
        self.accountForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.userEditLabel = QLabel(AccountDialog)
        self.userEditLabel.setObjectName(u"userEditLabel")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userEditLabel)

        self.userEdit = QLineEdit(AccountDialog)
        self.userEdit.setObjectName(u"userEdit")
        self.userEdit.setMaxLength(32)

        self.accountForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.nameEditLabel = QLabel(AccountDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(AccountDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(32)

        self.accountForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleComboLabel = QLabel(AccountDialog)
        self.roleComboLabel.setObjectName(u"roleComboLabel")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleComboLabel)

        self.roleCombo = QComboBox(AccountDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.townshipComboLabel = QLabel(AccountDialog)
        self.townshipComboLabel.setObjectName(u"townshipComboLabel")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.townshipComboLabel)

        self.townshipCombo = QComboBox(AccountDialog)
        self.townshipCombo.setObjectName(u"townshipCombo")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.townshipCombo)

        self.oldPasswordEditLabel = QLabel(AccountDialog)
        self.oldPasswordEditLabel.setObjectName(u"oldPasswordEditLabel")

        self.accountForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.oldPasswordEditLabel)

        self.oldPasswordEdit = QLineEdit(AccountDialog)
        self.oldPasswordEdit.setObjectName(u"oldPasswordEdit")
        self.oldPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.oldPasswordEdit.setMaxLength(128)

        self.accountForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.oldPasswordEdit)

        self.passwordEditLabel = QLabel(AccountDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.accountForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(AccountDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.setMaxLength(128)

        self.accountForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.password2EditLabel = QLabel(AccountDialog)
        self.password2EditLabel.setObjectName(u"password2EditLabel")

        self.accountForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.password2EditLabel)

        self.password2Edit = QLineEdit(AccountDialog)
        self.password2Edit.setObjectName(u"password2Edit")
        self.password2Edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2Edit.setMaxLength(128)

        self.accountForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.password2Edit)


        self.mainLayout.addLayout(self.accountForm)

        self.rulesLabel = QLabel(AccountDialog)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setWordWrap(True)
        self.rulesLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.rulesLabel)

        self.errorLabel = QLabel(AccountDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AccountDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.userEditLabel.setBuddy(self.userEdit)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.roleComboLabel.setBuddy(self.roleCombo)
        self.townshipComboLabel.setBuddy(self.townshipCombo)
        self.oldPasswordEditLabel.setBuddy(self.oldPasswordEdit)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
        self.password2EditLabel.setBuddy(self.password2Edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccountDialog)

        QMetaObject.connectSlotsByName(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog):
        AccountDialog.setWindowTitle(QCoreApplication.translate("AccountDialog", u"\u7528\u6237\u8d26\u53f7", None))
        self.noticeLabel.setText("")
        self.userEditLabel.setText(QCoreApplication.translate("AccountDialog", u"\u7528\u6237\u540d\uff1a", None))
        self.userEdit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"\u5b57\u6bcd\u3001\u6570\u5b57\u3001\u6c49\u5b57\u6216 . _ -", None))
        self.nameEditLabel.setText(QCoreApplication.translate("AccountDialog", u"\u59d3\u540d\uff1a", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"\u663e\u793a\u5728\u5ba1\u8ba1\u65e5\u5fd7\u548c\u6253\u5370\u4ef6\u4e0a", None))
        self.roleComboLabel.setText(QCoreApplication.translate("AccountDialog", u"\u89d2\u8272\uff1a", None))
        self.townshipComboLabel.setText(QCoreApplication.translate("AccountDialog", u"\u8d1f\u8d23\u4e61\u9547\uff1a", None))
        self.oldPasswordEditLabel.setText(QCoreApplication.translate("AccountDialog", u"\u539f\u5bc6\u7801\uff1a", None))
        self.passwordEditLabel.setText(QCoreApplication.translate("AccountDialog", u"\u5bc6\u7801\uff1a", None))
        self.password2EditLabel.setText(QCoreApplication.translate("AccountDialog", u"\u518d\u6b21\u8f93\u5165\uff1a", None))
        self.rulesLabel.setText(QCoreApplication.translate("AccountDialog", u"\u5bc6\u7801\u81f3\u5c11 8 \u4f4d\uff0c\u987b\u5305\u542b\u5927\u5199\u5b57\u6bcd\u3001\u5c0f\u5199\u5b57\u6bcd\u3001\u6570\u5b57\u3001\u7b26\u53f7\u4e2d\u7684\u81f3\u5c11\u4e09\u7c7b\uff0c\u4e14\u4e0d\u80fd\u5305\u542b\u7528\u6237\u540d\u3002", None))
    # retranslateUi

