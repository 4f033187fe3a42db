# Generated from forms/audit_page.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

from cadredesk.ui.widgets import NullableDateEdit

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(1000, 600)
        self.mainLayout = QVBoxLayout(AuditPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 8)
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.sinceEditLabel = QLabel(AuditPage)
        self.sinceEditLabel.setObjectName(u"sinceEditLabel")

        self.filterRow.addWidget(self.sinceEditLabel)

        self.sinceEdit = NullableDateEdit(AuditPage)
        self.sinceEdit.setObjectName(u"sinceEdit")

        self.filterRow.addWidget(self.sinceEdit)

        self.untilEditLabel = QLabel(AuditPage)
        self.untilEditLabel.setObjectName(u"untilEditLabel")

        self.filterRow.addWidget(self.untilEditLabel)

        self.untilEdit = NullableDateEdit(AuditPage)
        self.untilEdit.setObjectName(u"untilEdit")

        self.filterRow.addWidget(self.untilEdit)

        self.userComboLabel = QLabel(AuditPage)
        self.userComboLabel.setObjectName(u"userComboLabel")

        self.filterRow.addWidget(self.userComboLabel)

        self.userCombo = QComboBox(AuditPage)
        self.userCombo.setObjectName(u"userCombo")
        self.userCombo.setEditable(True)
        self.userCombo.setMinimumContentsLength(8)
        self.userCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterRow.addWidget(self.userCombo)

        self.actionComboLabel = QLabel(AuditPage)
        self.actionComboLabel.setObjectName(u"actionComboLabel")

        self.filterRow.addWidget(self.actionComboLabel)

        self.actionCombo = QComboBox(AuditPage)
        self.actionCombo.setObjectName(u"actionCombo")
        self.actionCombo.setMinimumContentsLength(10)
        self.actionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterRow.addWidget(self.actionCombo)

        self.queryButton = QPushButton(AuditPage)
        self.queryButton.setObjectName(u"queryButton")

        self.filterRow.addWidget(self.queryButton)

        self.clearButton = QPushButton(AuditPage)
        self.clearButton.setObjectName(u"clearButton")

        self.filterRow.addWidget(self.clearButton)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.mainLayout.addLayout(self.filterRow)

        self.view = QTableView(AuditPage)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.pageRow = QHBoxLayout()
        self.pageRow.setObjectName(u"pageRow")
        self.newerButton = QPushButton(AuditPage)
        self.newerButton.setObjectName(u"newerButton")
        self.newerButton.setEnabled(False)

        self.pageRow.addWidget(self.newerButton)

        self.olderButton = QPushButton(AuditPage)
        self.olderButton.setObjectName(u"olderButton")
        self.olderButton.setEnabled(False)

        self.pageRow.addWidget(self.olderButton)

        self.pageLabel = QLabel(AuditPage)
        self.pageLabel.setObjectName(u"pageLabel")

        self.pageRow.addWidget(self.pageLabel)

        self.pageSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pageRow.addItem(self.pageSpacer)

        self.exportButton = QPushButton(AuditPage)
        self.exportButton.setObjectName(u"exportButton")

        self.pageRow.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.pageRow)

        self.verifyGroup = QGroupBox(AuditPage)
        self.verifyGroup.setObjectName(u"verifyGroup")
        self.verifyRow = QHBoxLayout(self.verifyGroup)
        self.verifyRow.setObjectName(u"verifyRow")
        self.verifyButton = QPushButton(self.verifyGroup)
        self.verifyButton.setObjectName(u"verifyButton")

        self.verifyRow.addWidget(self.verifyButton)

        self.verifyLabel = QLabel(self.verifyGroup)
        self.verifyLabel.setObjectName(u"verifyLabel")
        self.verifyLabel.setWordWrap(True)
        self.verifyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verifyRow.addWidget(self.verifyLabel)

        self.verifyRow.setStretch(1, 1)

        self.mainLayout.addWidget(self.verifyGroup)

        self.statusLabel = QLabel(AuditPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.mainLayout.addWidget(self.statusLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.sinceEditLabel.setBuddy(self.sinceEdit)
        self.untilEditLabel.setBuddy(self.untilEdit)
        self.userComboLabel.setBuddy(self.userCombo)
        self.actionComboLabel.setBuddy(self.actionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditPage)

        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        self.sinceEditLabel.setText(QCoreApplication.translate("AuditPage", u"\u4ece\uff1a", None))
        self.untilEditLabel.setText(QCoreApplication.translate("AuditPage", u"\u81f3\uff1a", None))
        self.userComboLabel.setText(QCoreApplication.translate("AuditPage", u"\u7528\u6237\uff1a", None))
        self.actionComboLabel.setText(QCoreApplication.translate("AuditPage", u"\u64cd\u4f5c\uff1a", None))
        self.queryButton.setText(QCoreApplication.translate("AuditPage", u"\u67e5\u8be2", None))
        self.clearButton.setText(QCoreApplication.translate("AuditPage", u"\u6e05\u9664\u6761\u4ef6", None))
        self.newerButton.setText(QCoreApplication.translate("AuditPage", u"\u4e0a\u4e00\u9875\uff08\u8f83\u65b0\uff09", None))
        self.olderButton.setText(QCoreApplication.translate("AuditPage", u"\u4e0b\u4e00\u9875\uff08\u8f83\u65e9\uff09", None))
        self.pageLabel.setText("")
        self.exportButton.setText(QCoreApplication.translate("AuditPage", u"\u5bfc\u51fa Excel\u2026", None))
        self.verifyGroup.setTitle(QCoreApplication.translate("AuditPage", u"\u5b8c\u6574\u6027\u6821\u9a8c", None))
        self.verifyButton.setText(QCoreApplication.translate("AuditPage", u"\u6821\u9a8c\u5ba1\u8ba1\u65e5\u5fd7", None))
        self.verifyLabel.setText(QCoreApplication.translate("AuditPage", u"\u6821\u9a8c\u68c0\u67e5\u6bcf\u4e00\u6761\u8bb0\u5f55\u7684\u54c8\u5e0c\u94fe\u3001\u5bc6\u94a5\u7b7e\u540d\u548c\u4fdd\u5b58\u5728\u5907\u4efd\u4e2d\u7684\u94fe\u5934\uff0c\u627e\u51fa\u88ab\u4fee\u6539\u3001\u63d2\u5165\u6216\u5220\u9664\u7684\u7b2c\u4e00\u6761\u8bb0\u5f55\u3002", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi

