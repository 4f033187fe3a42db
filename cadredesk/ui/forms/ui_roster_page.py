# Generated from forms/roster_page.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_page.ui'
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
    QSpacerItem, QSplitter, QTableView, QToolButton,
    QVBoxLayout, QWidget)

from cadredesk.ui.pages.roster_panels import (FindingsPanel, QuotaPanel)
from cadredesk.ui.widgets import ClippedLabel

class Ui_RosterPage(object):
    def setupUi(self, RosterPage):
        if not RosterPage.objectName():
            RosterPage.setObjectName(u"RosterPage")
        RosterPage.resize(1180, 700)
        self.mainLayout = QVBoxLayout(RosterPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 8)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.batchLabel = QLabel(RosterPage)
        self.batchLabel.setObjectName(u"batchLabel")

        self.topLayout.addWidget(self.batchLabel)

        self.batchCombo = QComboBox(RosterPage)
        self.batchCombo.setObjectName(u"batchCombo")
        self.batchCombo.setMinimumContentsLength(16)
        self.batchCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.topLayout.addWidget(self.batchCombo)

        self.batchGap = QSpacerItem(8, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.batchGap)

        self.batchInfo = ClippedLabel(RosterPage)
        self.batchInfo.setObjectName(u"batchInfo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.batchInfo.sizePolicy().hasHeightForWidth())
        self.batchInfo.setSizePolicy(sizePolicy)
        self.batchInfo.setMinimumSize(QSize(40, 0))
        self.batchInfo.setProperty(u"hint", True)

        self.topLayout.addWidget(self.batchInfo)

        self.newBatchButton = QPushButton(RosterPage)
        self.newBatchButton.setObjectName(u"newBatchButton")

        self.topLayout.addWidget(self.newBatchButton)

        self.editBatchButton = QToolButton(RosterPage)
        self.editBatchButton.setObjectName(u"editBatchButton")
        self.editBatchButton.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)

        self.topLayout.addWidget(self.editBatchButton)

        self.closeBatchButton = QPushButton(RosterPage)
        self.closeBatchButton.setObjectName(u"closeBatchButton")

        self.topLayout.addWidget(self.closeBatchButton)

        self.refreshButton = QPushButton(RosterPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topLayout.addWidget(self.refreshButton)

        self.topLayout.setStretch(3, 1)

        self.mainLayout.addLayout(self.topLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.importButton = QToolButton(RosterPage)
        self.importButton.setObjectName(u"importButton")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.importButton.sizePolicy().hasHeightForWidth())
        self.importButton.setSizePolicy(sizePolicy1)
        self.importButton.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)

        self.actionsLayout.addWidget(self.importButton)

        self.assignButton = QPushButton(RosterPage)
        self.assignButton.setObjectName(u"assignButton")

        self.actionsLayout.addWidget(self.assignButton)

        self.adjustButton = QPushButton(RosterPage)
        self.adjustButton.setObjectName(u"adjustButton")

        self.actionsLayout.addWidget(self.adjustButton)

        self.advanceButton = QPushButton(RosterPage)
        self.advanceButton.setObjectName(u"advanceButton")

        self.actionsLayout.addWidget(self.advanceButton)

        self.endButton = QPushButton(RosterPage)
        self.endButton.setObjectName(u"endButton")

        self.actionsLayout.addWidget(self.endButton)

        self.teamsButton = QPushButton(RosterPage)
        self.teamsButton.setObjectName(u"teamsButton")

        self.actionsLayout.addWidget(self.teamsButton)

        self.actionsGap = QSpacerItem(8, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsGap)

        self.exportButton = QPushButton(RosterPage)
        self.exportButton.setObjectName(u"exportButton")

        self.actionsLayout.addWidget(self.exportButton)

        self.printButton = QPushButton(RosterPage)
        self.printButton.setObjectName(u"printButton")

        self.actionsLayout.addWidget(self.printButton)

        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.mainLayout.addLayout(self.actionsLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(RosterPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.townshipGap = QSpacerItem(6, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.townshipGap)

        self.townshipLabel = QLabel(RosterPage)
        self.townshipLabel.setObjectName(u"townshipLabel")

        self.filterLayout.addWidget(self.townshipLabel)

        self.townshipCombo = QComboBox(RosterPage)
        self.townshipCombo.setObjectName(u"townshipCombo")

        self.filterLayout.addWidget(self.townshipCombo)

        self.statusGap = QSpacerItem(6, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.statusGap)

        self.statusLabel = QLabel(RosterPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(RosterPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.focusButton = QPushButton(RosterPage)
        self.focusButton.setObjectName(u"focusButton")

        self.filterLayout.addWidget(self.focusButton)

        self.countGap = QSpacerItem(12, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.countGap)

        self.countLabel = ClippedLabel(RosterPage)
        self.countLabel.setObjectName(u"countLabel")
        sizePolicy.setHeightForWidth(self.countLabel.sizePolicy().hasHeightForWidth())
        self.countLabel.setSizePolicy(sizePolicy)
        self.countLabel.setMinimumSize(QSize(40, 0))

        self.filterLayout.addWidget(self.countLabel)

        self.filterLayout.setStretch(0, 3)
        self.filterLayout.setStretch(3, 1)
        self.filterLayout.setStretch(6, 1)
        self.filterLayout.setStretch(9, 2)

        self.mainLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(RosterPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.view = QTableView(self.splitter)
        self.view.setObjectName(u"view")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(3)
        sizePolicy2.setHeightForWidth(self.view.sizePolicy().hasHeightForWidth())
        self.view.setSizePolicy(sizePolicy2)
        self.splitter.addWidget(self.view)
        self.bottomSplitter = QSplitter(self.splitter)
        self.bottomSplitter.setObjectName(u"bottomSplitter")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy3.setHorizontalStretch(0)
        sizePolicy3.setVerticalStretch(2)
        sizePolicy3.setHeightForWidth(self.bottomSplitter.sizePolicy().hasHeightForWidth())
        self.bottomSplitter.setSizePolicy(sizePolicy3)
        self.bottomSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.bottomSplitter.setChildrenCollapsible(False)
        self.quotaPanel = QuotaPanel(self.bottomSplitter)
        self.quotaPanel.setObjectName(u"quotaPanel")
        sizePolicy4 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy4.setHorizontalStretch(2)
        sizePolicy4.setVerticalStretch(0)
        sizePolicy4.setHeightForWidth(self.quotaPanel.sizePolicy().hasHeightForWidth())
        self.quotaPanel.setSizePolicy(sizePolicy4)
        self.bottomSplitter.addWidget(self.quotaPanel)
        self.findingsPanel = FindingsPanel(self.bottomSplitter)
        self.findingsPanel.setObjectName(u"findingsPanel")
        sizePolicy5 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy5.setHorizontalStretch(3)
        sizePolicy5.setVerticalStretch(0)
        sizePolicy5.setHeightForWidth(self.findingsPanel.sizePolicy().hasHeightForWidth())
        self.findingsPanel.setSizePolicy(sizePolicy5)
        self.bottomSplitter.addWidget(self.findingsPanel)
        self.splitter.addWidget(self.bottomSplitter)

        self.mainLayout.addWidget(self.splitter)

        self.busyLabel = ClippedLabel(RosterPage)
        self.busyLabel.setObjectName(u"busyLabel")
        sizePolicy.setHeightForWidth(self.busyLabel.sizePolicy().hasHeightForWidth())
        self.busyLabel.setSizePolicy(sizePolicy)
        self.busyLabel.setMinimumSize(QSize(40, 0))
        self.busyLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.busyLabel)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.batchLabel.setBuddy(self.batchCombo)
        self.townshipLabel.setBuddy(self.townshipCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.batchCombo, self.newBatchButton)
        QWidget.setTabOrder(self.newBatchButton, self.editBatchButton)
        QWidget.setTabOrder(self.editBatchButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.adjustButton)
        QWidget.setTabOrder(self.adjustButton, self.advanceButton)
        QWidget.setTabOrder(self.advanceButton, self.endButton)
        QWidget.setTabOrder(self.endButton, self.teamsButton)
        QWidget.setTabOrder(self.teamsButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.townshipCombo)
        QWidget.setTabOrder(self.townshipCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.focusButton)
        QWidget.setTabOrder(self.focusButton, self.view)

        self.retranslateUi(RosterPage)

        QMetaObject.connectSlotsByName(RosterPage)
    # setupUi

    def retranslateUi(self, RosterPage):
        self.batchLabel.setText(QCoreApplication.translate("RosterPage", u"\u6279\u6b21", None))
        self.newBatchButton.setText(QCoreApplication.translate("RosterPage", u"\u65b0\u5efa\u6279\u6b21", None))
        self.editBatchButton.setText(QCoreApplication.translate("RosterPage", u"\u7f16\u8f91\u6279\u6b21", None))
#if QT_CONFIG(tooltip)
        self.editBatchButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u7f16\u8f91\u672c\u6279\u6b21\u7684\u671f\u9650\u548c\u89c4\u5219\u53c2\u6570\uff1b\u7bad\u5934\u83dc\u5355\u4e2d\u53ef\u5220\u9664\u8bef\u5efa\u7684\u6279\u6b21", None))
#endif // QT_CONFIG(tooltip)
        self.closeBatchButton.setText(QCoreApplication.translate("RosterPage", u"\u529e\u7406\u671f\u6ee1\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeBatchButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u6279\u6b21\u671f\u6ee1\uff1a\u5728\u5c97\u4eba\u5458\u4e00\u6b21\u529e\u7406\u4e3a\u201c\u671f\u6ee1\u201d\uff0c\u4fdd\u5b58\u68c0\u67e5\u7ed3\u679c\uff1b\u4e4b\u540e\u53ef\u6d3e\u5165\u4e0b\u4e00\u6279\u6b21", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("RosterPage", u"\u5237\u65b0", None))
        self.importButton.setText(QCoreApplication.translate("RosterPage", u"\u5bfc\u5165\u540d\u5355", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u4ece\u6d3e\u51fa\u5355\u4f4d\u62a5\u9001\u7684 Excel \u540d\u5355\u5bfc\u5165\uff08\u53ef\u9884\u89c8\u3001\u8c03\u6574\u5217\u5bf9\u5e94\u5173\u7cfb\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.assignButton.setText(QCoreApplication.translate("RosterPage", u"\u6307\u6d3e", None))
#if QT_CONFIG(tooltip)
        self.assignButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u9009\u62e9\u5e72\u90e8\u3001\u6d3e\u9a7b\u70b9\u548c\u6d3e\u9a7b\u8eab\u4efd\uff0c\u52a0\u5165\u672c\u6279\u6b21\u540d\u5355", None))
#endif // QT_CONFIG(tooltip)
        self.adjustButton.setText(QCoreApplication.translate("RosterPage", u"\u8c03\u6574", None))
#if QT_CONFIG(tooltip)
        self.adjustButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u8c03\u6574\u6240\u9009\u5e72\u90e8\u7684\u6d3e\u9a7b\u70b9\u6216\u6d3e\u9a7b\u8eab\u4efd", None))
#endif // QT_CONFIG(tooltip)
        self.advanceButton.setText(QCoreApplication.translate("RosterPage", u"\u63a8\u8fdb\u72b6\u6001", None))
#if QT_CONFIG(tooltip)
        self.advanceButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u63a8\u8350 \u2192 \u5ba1\u6838 \u2192 \u57f9\u8bad \u2192 \u5728\u5c97 \u2192 \u671f\u6ee1\uff08\u53ef\u591a\u9009\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.endButton.setText(QCoreApplication.translate("RosterPage", u"\u53ec\u56de/\u8f6e\u6362", None))
#if QT_CONFIG(tooltip)
        self.endButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u53ec\u56de\u6216\u8f6e\u6362\u6240\u9009\u5e72\u90e8\uff0c\u53ef\u540c\u65f6\u5b89\u6392\u63a5\u66ff\u4eba\u5458", None))
#endif // QT_CONFIG(tooltip)
        self.teamsButton.setText(QCoreApplication.translate("RosterPage", u"\u5de5\u4f5c\u961f\u4e0e\u5c0f\u7ec4", None))
#if QT_CONFIG(tooltip)
        self.teamsButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u5de5\u4f5c\u961f\uff081\u540d\u961f\u957f\u52a09\u540d\u62164\u540d\u961f\u5458\uff09\u4e0e\u5de5\u4f5c\u5c0f\u7ec4\uff08\u540c\u4e00\u4e61\u95472\u81f33\u4e2a\u76f8\u90bb\u6751\uff09\uff1a\u65b0\u5efa\u3001\u7f16\u5165\u6216\u79fb\u51fa\u6240\u9009\u4eba\u5458", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("RosterPage", u"\u5bfc\u51fa Excel", None))
        self.printButton.setText(QCoreApplication.translate("RosterPage", u"\u6253\u5370 PDF", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RosterPage", u"\u641c\u7d22\uff1a\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u3001\u6d3e\u9a7b\u70b9\u6216\u5355\u4f4d", None))
        self.townshipLabel.setText(QCoreApplication.translate("RosterPage", u"\u4e61\u9547", None))
        self.statusLabel.setText(QCoreApplication.translate("RosterPage", u"\u72b6\u6001", None))
        self.focusButton.setText("")
#if QT_CONFIG(tooltip)
        self.focusButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u53ea\u663e\u793a\u8fd9\u4e00\u5de5\u4f5c\u961f\u6216\u5de5\u4f5c\u5c0f\u7ec4\u7684\u4eba\u5458\uff1b\u70b9\u51fb\u663e\u793a\u5168\u90e8", None))
#endif // QT_CONFIG(tooltip)
        self.countLabel.setText(QCoreApplication.translate("RosterPage", u"\u6b63\u5728\u52a0\u8f7d\u2026", None))
        pass
    # retranslateUi

