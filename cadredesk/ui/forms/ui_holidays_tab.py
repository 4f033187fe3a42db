# Generated from forms/holidays_tab.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'holidays_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

from cadredesk.ui.widgets import ClippedLabel

class Ui_HolidaysTab(object):
    def setupUi(self, HolidaysTab):
        if not HolidaysTab.objectName():
            HolidaysTab.setObjectName(u"HolidaysTab")
        HolidaysTab.resize(1040, 560)
        self.mainLayout = QVBoxLayout(HolidaysTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(8, 8, 8, 6)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.yearLabel = QLabel(HolidaysTab)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(HolidaysTab)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.filterLayout.addWidget(self.yearSpin)

        self.sourceLabel = QLabel(HolidaysTab)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setProperty(u"hint", True)

        self.filterLayout.addWidget(self.sourceLabel)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.seedButton = QPushButton(HolidaysTab)
        self.seedButton.setObjectName(u"seedButton")

        self.filterLayout.addWidget(self.seedButton)

        self.addButton = QPushButton(HolidaysTab)
        self.addButton.setObjectName(u"addButton")

        self.filterLayout.addWidget(self.addButton)

        self.workdayButton = QPushButton(HolidaysTab)
        self.workdayButton.setObjectName(u"workdayButton")

        self.filterLayout.addWidget(self.workdayButton)

        self.removeButton = QPushButton(HolidaysTab)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setEnabled(False)

        self.filterLayout.addWidget(self.removeButton)

        self.exportButton = QPushButton(HolidaysTab)
        self.exportButton.setObjectName(u"exportButton")

        self.filterLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.view = QTableView(HolidaysTab)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.statusLabel = ClippedLabel(HolidaysTab)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.mainLayout.addWidget(self.statusLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HolidaysTab)

        QMetaObject.connectSlotsByName(HolidaysTab)
    # setupUi

    def retranslateUi(self, HolidaysTab):
        self.yearLabel.setText(QCoreApplication.translate("HolidaysTab", u"\u5e74\u4efd", None))
        self.yearSpin.setSuffix(QCoreApplication.translate("HolidaysTab", u" \u5e74", None))
        self.sourceLabel.setText("")
        self.seedButton.setText(QCoreApplication.translate("HolidaysTab", u"\u8f7d\u5165\u6cd5\u5b9a\u8282\u5047\u65e5", None))
#if QT_CONFIG(tooltip)
        self.seedButton.setToolTip(QCoreApplication.translate("HolidaysTab", u"\u6309\u5185\u7f6e\u65e5\u5386\uff08\u56fd\u52a1\u9662\u529e\u516c\u5385\u653e\u5047\u901a\u77e5\uff09\u5199\u5165\u8fd9\u4e00\u5e74\u7684\u653e\u5047\u65e5\u548c\u8c03\u4f11\u4e0a\u73ed\u65e5", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("HolidaysTab", u"\u65b0\u589e\u653e\u5047\u65e5\u2026", None))
        self.workdayButton.setText(QCoreApplication.translate("HolidaysTab", u"\u65b0\u589e\u8c03\u4f11\u4e0a\u73ed\u65e5\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("HolidaysTab", u"\u5220\u9664", None))
        self.exportButton.setText(QCoreApplication.translate("HolidaysTab", u"\u5bfc\u51fa Excel\u2026", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi

