# Generated from forms/leave_tab.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'leave_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

from cadredesk.ui.widgets import ClippedLabel

class Ui_LeaveTab(object):
    def setupUi(self, LeaveTab):
        if not LeaveTab.objectName():
            LeaveTab.setObjectName(u"LeaveTab")
        LeaveTab.resize(1040, 560)
        self.mainLayout = QVBoxLayout(LeaveTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(8, 8, 8, 6)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(LeaveTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumWidth(220)

        self.filterLayout.addWidget(self.searchEdit)

        self.stateLabel = QLabel(LeaveTab)
        self.stateLabel.setObjectName(u"stateLabel")

        self.filterLayout.addWidget(self.stateLabel)

        self.stateCombo = QComboBox(LeaveTab)
        self.stateCombo.setObjectName(u"stateCombo")

        self.filterLayout.addWidget(self.stateCombo)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.addButton = QPushButton(LeaveTab)
        self.addButton.setObjectName(u"addButton")

        self.filterLayout.addWidget(self.addButton)

        self.approveButton = QPushButton(LeaveTab)
        self.approveButton.setObjectName(u"approveButton")
        self.approveButton.setEnabled(False)

        self.filterLayout.addWidget(self.approveButton)

        self.refuseButton = QPushButton(LeaveTab)
        self.refuseButton.setObjectName(u"refuseButton")
        self.refuseButton.setEnabled(False)

        self.filterLayout.addWidget(self.refuseButton)

        self.returnButton = QPushButton(LeaveTab)
        self.returnButton.setObjectName(u"returnButton")
        self.returnButton.setEnabled(False)

        self.filterLayout.addWidget(self.returnButton)

        self.withdrawButton = QPushButton(LeaveTab)
        self.withdrawButton.setObjectName(u"withdrawButton")
        self.withdrawButton.setEnabled(False)

        self.filterLayout.addWidget(self.withdrawButton)

        self.exportButton = QPushButton(LeaveTab)
        self.exportButton.setObjectName(u"exportButton")

        self.filterLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.view = QTableView(LeaveTab)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.statusLabel = ClippedLabel(LeaveTab)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.mainLayout.addWidget(self.statusLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.stateLabel.setBuddy(self.stateCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LeaveTab)

        QMetaObject.connectSlotsByName(LeaveTab)
    # setupUi

    def retranslateUi(self, LeaveTab):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("LeaveTab", u"\u641c\u7d22\uff1a\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u6216\u6d3e\u9a7b\u70b9", None))
        self.stateLabel.setText(QCoreApplication.translate("LeaveTab", u"\u72b6\u6001", None))
        self.addButton.setText(QCoreApplication.translate("LeaveTab", u"\u767b\u8bb0\u8bf7\u5047\u2026", None))
        self.approveButton.setText(QCoreApplication.translate("LeaveTab", u"\u6279\u51c6\u2026", None))
        self.refuseButton.setText(QCoreApplication.translate("LeaveTab", u"\u4e0d\u6279\u51c6\u2026", None))
        self.returnButton.setText(QCoreApplication.translate("LeaveTab", u"\u9500\u5047\u2026", None))
        self.withdrawButton.setText(QCoreApplication.translate("LeaveTab", u"\u64a4\u56de\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("LeaveTab", u"\u5bfc\u51fa Excel\u2026", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi

