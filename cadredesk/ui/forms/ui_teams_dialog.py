# Generated from forms/teams_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'teams_dialog.ui'
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
    QHBoxLayout, QLabel, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_TeamsDialog(object):
    def setupUi(self, TeamsDialog):
        if not TeamsDialog.objectName():
            TeamsDialog.setObjectName(u"TeamsDialog")
        TeamsDialog.resize(1080, 660)
        self.mainLayout = QVBoxLayout(TeamsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(10, 10, 10, 8)
        self.tabs = QTabWidget(TeamsDialog)
        self.tabs.setObjectName(u"tabs")

        self.mainLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(TeamsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.statusLabel = QLabel(TeamsDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setProperty(u"hint", True)
        self.statusLabel.setWordWrap(True)

        self.bottomLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(TeamsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)

        self.bottomLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.bottomLayout)

        self.mainLayout.setStretch(0, 1)

        self.retranslateUi(TeamsDialog)

        QMetaObject.connectSlotsByName(TeamsDialog)
    # setupUi

    def retranslateUi(self, TeamsDialog):
        TeamsDialog.setWindowTitle(QCoreApplication.translate("TeamsDialog", u"\u5de5\u4f5c\u961f\u4e0e\u5de5\u4f5c\u5c0f\u7ec4", None))
    # retranslateUi

