# Generated from forms/restore_confirm_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_confirm_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RestoreConfirmDialog(object):
    def setupUi(self, RestoreConfirmDialog):
        if not RestoreConfirmDialog.objectName():
            RestoreConfirmDialog.setObjectName(u"RestoreConfirmDialog")
        RestoreConfirmDialog.resize(560, 300)
        self.mainLayout = QVBoxLayout(RestoreConfirmDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.warningLabel = QLabel(RestoreConfirmDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.warningLabel)

        self.detailsLabel = QLabel(RestoreConfirmDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.detailsLabel)

        self.understandCheck = QCheckBox(RestoreConfirmDialog)
        self.understandCheck.setObjectName(u"understandCheck")

        self.mainLayout.addWidget(self.understandCheck)

        self.bottomSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RestoreConfirmDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(RestoreConfirmDialog)

        QMetaObject.connectSlotsByName(RestoreConfirmDialog)
    # setupUi

    def retranslateUi(self, RestoreConfirmDialog):
        RestoreConfirmDialog.setWindowTitle(QCoreApplication.translate("RestoreConfirmDialog", u"\u786e\u8ba4\u6062\u590d", None))
        self.warningLabel.setText(QCoreApplication.translate("RestoreConfirmDialog", u"\u6062\u590d\u5c06\u7528\u5907\u4efd\u4e2d\u7684\u6570\u636e\u66ff\u6362\u5f53\u524d\u6570\u636e\u5e93\u7684\u5168\u90e8\u5185\u5bb9\u3002", None))
        self.detailsLabel.setText("")
        self.understandCheck.setText(QCoreApplication.translate("RestoreConfirmDialog", u"\u6211\u5df2\u4e86\u89e3\uff1a\u5f53\u524d\u6570\u636e\u5e93\u7684\u5168\u90e8\u6570\u636e\u5c06\u88ab\u5907\u4efd\u4e2d\u7684\u6570\u636e\u66ff\u6362", None))
    # retranslateUi

