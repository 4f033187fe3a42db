# Generated from forms/households_tab.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'households_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QHeaderView,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

from cadredesk.ui.widgets import ClippedLabel

class Ui_HouseholdsTab(object):
    def setupUi(self, HouseholdsTab):
        if not HouseholdsTab.objectName():
            HouseholdsTab.setObjectName(u"HouseholdsTab")
        HouseholdsTab.resize(1040, 560)
        self.mainLayout = QVBoxLayout(HouseholdsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(8, 8, 8, 6)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(HouseholdsTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumWidth(220)

        self.filterLayout.addWidget(self.searchEdit)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.addButton = QPushButton(HouseholdsTab)
        self.addButton.setObjectName(u"addButton")

        self.filterLayout.addWidget(self.addButton)

        self.editButton = QPushButton(HouseholdsTab)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setEnabled(False)

        self.filterLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(HouseholdsTab)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setEnabled(False)

        self.filterLayout.addWidget(self.deleteButton)

        self.visitButton = QPushButton(HouseholdsTab)
        self.visitButton.setObjectName(u"visitButton")
        self.visitButton.setEnabled(False)

        self.filterLayout.addWidget(self.visitButton)

        self.deleteVisitButton = QPushButton(HouseholdsTab)
        self.deleteVisitButton.setObjectName(u"deleteVisitButton")
        self.deleteVisitButton.setEnabled(False)

        self.filterLayout.addWidget(self.deleteVisitButton)

        self.exportButton = QPushButton(HouseholdsTab)
        self.exportButton.setObjectName(u"exportButton")

        self.filterLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(HouseholdsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.view = QTableView(self.splitter)
        self.view.setObjectName(u"view")
        self.splitter.addWidget(self.view)
        self.visitsBox = QGroupBox(self.splitter)
        self.visitsBox.setObjectName(u"visitsBox")
        self.visitsLayout = QVBoxLayout(self.visitsBox)
        self.visitsLayout.setObjectName(u"visitsLayout")
        self.visitsLayout.setContentsMargins(6, 6, 6, 6)
        self.visitsView = QTableView(self.visitsBox)
        self.visitsView.setObjectName(u"visitsView")

        self.visitsLayout.addWidget(self.visitsView)

        self.splitter.addWidget(self.visitsBox)

        self.mainLayout.addWidget(self.splitter)

        self.statusLabel = ClippedLabel(HouseholdsTab)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.mainLayout.addWidget(self.statusLabel)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(HouseholdsTab)

        QMetaObject.connectSlotsByName(HouseholdsTab)
    # setupUi

    def retranslateUi(self, HouseholdsTab):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("HouseholdsTab", u"\u641c\u7d22\uff1a\u6237\u4e3b\u3001\u5e72\u90e8\u59d3\u540d\u6216\u6d3e\u9a7b\u70b9", None))
        self.addButton.setText(QCoreApplication.translate("HouseholdsTab", u"\u65b0\u589e\u8054\u7cfb\u6237\u2026", None))
        self.editButton.setText(QCoreApplication.translate("HouseholdsTab", u"\u7f16\u8f91\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("HouseholdsTab", u"\u5220\u9664", None))
        self.visitButton.setText(QCoreApplication.translate("HouseholdsTab", u"\u8bb0\u5f55\u8d70\u8bbf\u2026", None))
        self.deleteVisitButton.setText(QCoreApplication.translate("HouseholdsTab", u"\u5220\u9664\u8d70\u8bbf\u8bb0\u5f55", None))
        self.exportButton.setText(QCoreApplication.translate("HouseholdsTab", u"\u5bfc\u51fa Excel\u2026", None))
        self.visitsBox.setTitle(QCoreApplication.translate("HouseholdsTab", u"\u6240\u9009\u8054\u7cfb\u6237\u7684\u8d70\u8bbf\u8bb0\u5f55", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi

