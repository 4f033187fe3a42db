# Generated from forms/performance_tab.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'performance_tab.ui'
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

class Ui_PerformanceTab(object):
    def setupUi(self, PerformanceTab):
        if not PerformanceTab.objectName():
            PerformanceTab.setObjectName(u"PerformanceTab")
        PerformanceTab.resize(1040, 560)
        self.mainLayout = QVBoxLayout(PerformanceTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(8, 8, 8, 6)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(PerformanceTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumWidth(220)

        self.filterLayout.addWidget(self.searchEdit)

        self.kindLabel = QLabel(PerformanceTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(PerformanceTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filterLayout.addWidget(self.kindCombo)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.addButton = QPushButton(PerformanceTab)
        self.addButton.setObjectName(u"addButton")

        self.filterLayout.addWidget(self.addButton)

        self.editButton = QPushButton(PerformanceTab)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setEnabled(False)

        self.filterLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(PerformanceTab)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setEnabled(False)

        self.filterLayout.addWidget(self.deleteButton)

        self.exportButton = QPushButton(PerformanceTab)
        self.exportButton.setObjectName(u"exportButton")

        self.filterLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.view = QTableView(PerformanceTab)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.statusLabel = ClippedLabel(PerformanceTab)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.mainLayout.addWidget(self.statusLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PerformanceTab)

        QMetaObject.connectSlotsByName(PerformanceTab)
    # setupUi

    def retranslateUi(self, PerformanceTab):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PerformanceTab", u"\u641c\u7d22\uff1a\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u6216\u6d3e\u9a7b\u70b9", None))
        self.kindLabel.setText(QCoreApplication.translate("PerformanceTab", u"\u7c7b\u522b", None))
        self.addButton.setText(QCoreApplication.translate("PerformanceTab", u"\u65b0\u589e\u2026", None))
        self.editButton.setText(QCoreApplication.translate("PerformanceTab", u"\u7f16\u8f91\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("PerformanceTab", u"\u5220\u9664", None))
        self.exportButton.setText(QCoreApplication.translate("PerformanceTab", u"\u5bfc\u51fa Excel\u2026", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi

