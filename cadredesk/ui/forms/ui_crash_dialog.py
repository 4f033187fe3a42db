# Generated from forms/crash_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'crash_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CrashDialog(object):
    def setupUi(self, CrashDialog):
        if not CrashDialog.objectName():
            CrashDialog.setObjectName(u"CrashDialog")
        CrashDialog.resize(520, 180)
        CrashDialog.setModal(True)
        self.mainLayout = QVBoxLayout(CrashDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(CrashDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.detailsEdit = QPlainTextEdit(CrashDialog)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setMinimumSize(QSize(0, 180))
        self.detailsEdit.setReadOnly(True)

        self.mainLayout.addWidget(self.detailsEdit)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.detailsButton = QPushButton(CrashDialog)
        self.detailsButton.setObjectName(u"detailsButton")
        self.detailsButton.setCheckable(True)

        self.buttonLayout.addWidget(self.detailsButton)

        self.copyButton = QPushButton(CrashDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonLayout.addWidget(self.copyButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.quitButton = QPushButton(CrashDialog)
        self.quitButton.setObjectName(u"quitButton")

        self.buttonLayout.addWidget(self.quitButton)

        self.closeButton = QPushButton(CrashDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(CrashDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(CrashDialog)
    # setupUi

    def retranslateUi(self, CrashDialog):
        CrashDialog.setWindowTitle(QCoreApplication.translate("CrashDialog", u"\u7a0b\u5e8f\u5185\u90e8\u9519\u8bef", None))
        self.messageLabel.setText(QCoreApplication.translate("CrashDialog", u"\u7a0b\u5e8f\u9047\u5230\u4e86\u4e00\u4e2a\u610f\u5916\u9519\u8bef\uff0c\u521a\u624d\u7684\u64cd\u4f5c\u6ca1\u6709\u5b8c\u6210\u3002\n"
"\u5df2\u7ecf\u4fdd\u5b58\u7684\u6570\u636e\u4e0d\u53d7\u5f71\u54cd\u3002\u60a8\u53ef\u4ee5\u7ee7\u7eed\u4f7f\u7528\uff1b\u5982\u679c\u95ee\u9898\u53cd\u590d\u51fa\u73b0\uff0c\u8bf7\u628a\u65e5\u5fd7\u6587\u4ef6\u4ea4\u7ed9\u6280\u672f\u652f\u6301\u4eba\u5458\u3002", None))
        self.detailsButton.setText(QCoreApplication.translate("CrashDialog", u"\u8be6\u7ec6\u4fe1\u606f", None))
        self.copyButton.setText(QCoreApplication.translate("CrashDialog", u"\u590d\u5236\u8be6\u7ec6\u4fe1\u606f", None))
        self.quitButton.setText(QCoreApplication.translate("CrashDialog", u"\u9000\u51fa\u7a0b\u5e8f", None))
        self.closeButton.setText(QCoreApplication.translate("CrashDialog", u"\u7ee7\u7eed\u4f7f\u7528", None))
    # retranslateUi

