# Generated from forms/attendance_tab.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attendance_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from cadredesk.ui.widgets import ClippedLabel

class Ui_AttendanceTab(object):
    def setupUi(self, AttendanceTab):
        if not AttendanceTab.objectName():
            AttendanceTab.setObjectName(u"AttendanceTab")
        AttendanceTab.resize(1040, 560)
        self.mainLayout = QVBoxLayout(AttendanceTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(8, 8, 8, 6)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.townshipLabel = QLabel(AttendanceTab)
        self.townshipLabel.setObjectName(u"townshipLabel")

        self.filterLayout.addWidget(self.townshipLabel)

        self.townshipCombo = QComboBox(AttendanceTab)
        self.townshipCombo.setObjectName(u"townshipCombo")

        self.filterLayout.addWidget(self.townshipCombo)

        self.searchEdit = QLineEdit(AttendanceTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.monthGap = QSpacerItem(12, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.monthGap)

        self.prevButton = QPushButton(AttendanceTab)
        self.prevButton.setObjectName(u"prevButton")

        self.filterLayout.addWidget(self.prevButton)

        self.monthEdit = QDateEdit(AttendanceTab)
        self.monthEdit.setObjectName(u"monthEdit")

        self.filterLayout.addWidget(self.monthEdit)

        self.nextButton = QPushButton(AttendanceTab)
        self.nextButton.setObjectName(u"nextButton")

        self.filterLayout.addWidget(self.nextButton)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.importButton = QPushButton(AttendanceTab)
        self.importButton.setObjectName(u"importButton")

        self.filterLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(AttendanceTab)
        self.exportButton.setObjectName(u"exportButton")

        self.filterLayout.addWidget(self.exportButton)

        self.filterLayout.setStretch(1, 1)
        self.filterLayout.setStretch(2, 2)
        self.filterLayout.setStretch(7, 1)

        self.mainLayout.addLayout(self.filterLayout)

        self.legendLabel = QLabel(AttendanceTab)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)
        self.legendLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.legendLabel)

        self.view = QTableView(AttendanceTab)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.statusLabel = ClippedLabel(AttendanceTab)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.mainLayout.addWidget(self.statusLabel)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.townshipLabel.setBuddy(self.townshipCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AttendanceTab)

        QMetaObject.connectSlotsByName(AttendanceTab)
    # setupUi

    def retranslateUi(self, AttendanceTab):
        self.townshipLabel.setText(QCoreApplication.translate("AttendanceTab", u"\u4e61\u9547", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("AttendanceTab", u"\u641c\u7d22\uff1a\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u6216\u6d3e\u9a7b\u70b9", None))
        self.prevButton.setText(QCoreApplication.translate("AttendanceTab", u"\u2039 \u4e0a\u6708", None))
#if QT_CONFIG(tooltip)
        self.prevButton.setToolTip(QCoreApplication.translate("AttendanceTab", u"\u4e0a\u4e00\u4e2a\u6708", None))
#endif // QT_CONFIG(tooltip)
        self.monthEdit.setDisplayFormat(QCoreApplication.translate("AttendanceTab", u"yyyy\u5e74M\u6708", None))
#if QT_CONFIG(tooltip)
        self.monthEdit.setToolTip(QCoreApplication.translate("AttendanceTab", u"\u8003\u52e4\u6708\u4efd", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("AttendanceTab", u"\u4e0b\u6708 \u203a", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("AttendanceTab", u"\u4e0b\u4e00\u4e2a\u6708", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("AttendanceTab", u"\u5bfc\u5165\u8003\u52e4\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("AttendanceTab", u"\u5bfc\u5165\u4e61\u9547\u62a5\u9001\u7684\u6708\u5ea6\u8003\u52e4\u8868\uff1b\u540c\u4e00\u6708\u4efd\u91cd\u65b0\u5bfc\u5165\u4f1a\u66ff\u6362\uff0c\u4e0d\u4f1a\u91cd\u590d", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("AttendanceTab", u"\u5bfc\u51fa Excel\u2026", None))
        self.legendLabel.setText(QCoreApplication.translate("AttendanceTab", u"\u9009\u4e2d\u683c\u5b50\u540e\u6309\u952e\u5f55\u5165\uff1a1 \u5728\u5c97\u30002 \u4e8b\u5047\u30003 \u75c5\u5047\u30004 \u516c\u51fa\u30005 \u57f9\u8bad\u30006 \u4f11\u606f\u30007 \u7f3a\u52e4\uff08\u4e5f\u53ef\u76f4\u63a5\u8f93\u5165\u201c\u5728\u3001\u4e8b\u3001\u75c5\u3001\u516c\u3001\u8bad\u3001\u4f11\u3001\u7f3a\u201d\uff09\uff0cDelete \u6e05\u9664\uff1b\u6309\u4f4f Shift \u9009\u4e2d\u4e00\u540d\u5e72\u90e8\u7684\u8fde\u7eed\u591a\u5929\u53ef\u4e00\u6b21\u5f55\u5165\uff1b\u4ece Excel \u590d\u5236\u540e\u6309 Ctrl+V \u7c98\u8d34\u3002\u6d45\u9ec4\u4e3a\u6cd5\u5b9a\u8282\u5047\u65e5\uff0c\u7070\u8272\u4e3a\u5468\u672b\uff0c\u659c\u7ebf\u683c\u4e0d\u5728\u6d3e\u9a7b\u671f\u5185\u3002", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi

