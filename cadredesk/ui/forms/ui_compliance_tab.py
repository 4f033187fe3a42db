# Generated from forms/compliance_tab.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'compliance_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

from cadredesk.ui.widgets import ClippedLabel

class Ui_ComplianceTab(object):
    def setupUi(self, ComplianceTab):
        if not ComplianceTab.objectName():
            ComplianceTab.setObjectName(u"ComplianceTab")
        ComplianceTab.resize(1040, 560)
        self.mainLayout = QVBoxLayout(ComplianceTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(8, 8, 8, 6)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.modeLabel = QLabel(ComplianceTab)
        self.modeLabel.setObjectName(u"modeLabel")

        self.filterLayout.addWidget(self.modeLabel)

        self.modeCombo = QComboBox(ComplianceTab)
        self.modeCombo.setObjectName(u"modeCombo")

        self.filterLayout.addWidget(self.modeCombo)

        self.monthEdit = QDateEdit(ComplianceTab)
        self.monthEdit.setObjectName(u"monthEdit")

        self.filterLayout.addWidget(self.monthEdit)

        self.yearSpin = QSpinBox(ComplianceTab)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.filterLayout.addWidget(self.yearSpin)

        self.townshipLabel = QLabel(ComplianceTab)
        self.townshipLabel.setObjectName(u"townshipLabel")

        self.filterLayout.addWidget(self.townshipLabel)

        self.townshipCombo = QComboBox(ComplianceTab)
        self.townshipCombo.setObjectName(u"townshipCombo")

        self.filterLayout.addWidget(self.townshipCombo)

        self.searchEdit = QLineEdit(ComplianceTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.shortOnlyCheck = QCheckBox(ComplianceTab)
        self.shortOnlyCheck.setObjectName(u"shortOnlyCheck")

        self.filterLayout.addWidget(self.shortOnlyCheck)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.exportButton = QPushButton(ComplianceTab)
        self.exportButton.setObjectName(u"exportButton")

        self.filterLayout.addWidget(self.exportButton)

        self.filterLayout.setStretch(5, 1)
        self.filterLayout.setStretch(6, 2)
        self.filterLayout.setStretch(8, 1)

        self.mainLayout.addLayout(self.filterLayout)

        self.stack = QStackedWidget(ComplianceTab)
        self.stack.setObjectName(u"stack")
        self.compliancePage = QWidget()
        self.compliancePage.setObjectName(u"compliancePage")
        self.complianceLayout = QVBoxLayout(self.compliancePage)
        self.complianceLayout.setObjectName(u"complianceLayout")
        self.complianceLayout.setContentsMargins(0, 0, 0, 0)
        self.complianceView = QTableView(self.compliancePage)
        self.complianceView.setObjectName(u"complianceView")

        self.complianceLayout.addWidget(self.complianceView)

        self.stack.addWidget(self.compliancePage)
        self.trendPage = QWidget()
        self.trendPage.setObjectName(u"trendPage")
        self.trendLayout = QVBoxLayout(self.trendPage)
        self.trendLayout.setObjectName(u"trendLayout")
        self.trendLayout.setContentsMargins(0, 0, 0, 0)
        self.trendView = QTableView(self.trendPage)
        self.trendView.setObjectName(u"trendView")

        self.trendLayout.addWidget(self.trendView)

        self.stack.addWidget(self.trendPage)

        self.mainLayout.addWidget(self.stack)

        self.statusLabel = ClippedLabel(ComplianceTab)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.mainLayout.addWidget(self.statusLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.modeLabel.setBuddy(self.modeCombo)
        self.townshipLabel.setBuddy(self.townshipCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ComplianceTab)

        QMetaObject.connectSlotsByName(ComplianceTab)
    # setupUi

    def retranslateUi(self, ComplianceTab):
        self.modeLabel.setText(QCoreApplication.translate("ComplianceTab", u"\u67e5\u770b", None))
        self.monthEdit.setDisplayFormat(QCoreApplication.translate("ComplianceTab", u"yyyy\u5e74M\u6708", None))
#if QT_CONFIG(tooltip)
        self.monthEdit.setToolTip(QCoreApplication.translate("ComplianceTab", u"\u6708\u4efd", None))
#endif // QT_CONFIG(tooltip)
        self.yearSpin.setSuffix(QCoreApplication.translate("ComplianceTab", u" \u5e74", None))
#if QT_CONFIG(tooltip)
        self.yearSpin.setToolTip(QCoreApplication.translate("ComplianceTab", u"\u9a7b\u6751\u5e74\u5ea6\uff08\u81ea\u6279\u6b21\u5f00\u59cb\u4e4b\u65e5\u8d77\u7b97\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.townshipLabel.setText(QCoreApplication.translate("ComplianceTab", u"\u4e61\u9547", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ComplianceTab", u"\u641c\u7d22\uff1a\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u6216\u6d3e\u9a7b\u70b9", None))
        self.shortOnlyCheck.setText(QCoreApplication.translate("ComplianceTab", u"\u53ea\u770b\u4e0d\u8fbe\u6807", None))
        self.exportButton.setText(QCoreApplication.translate("ComplianceTab", u"\u5bfc\u51fa Excel\u2026", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi

