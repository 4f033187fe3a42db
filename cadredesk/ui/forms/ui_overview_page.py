# Generated from forms/overview_page.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_OverviewPage(object):
    def setupUi(self, OverviewPage):
        if not OverviewPage.objectName():
            OverviewPage.setObjectName(u"OverviewPage")
        OverviewPage.resize(1100, 640)
        self.mainLayout = QVBoxLayout(OverviewPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 8)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.batchLabel = QLabel(OverviewPage)
        self.batchLabel.setObjectName(u"batchLabel")

        self.topLayout.addWidget(self.batchLabel)

        self.batchCombo = QComboBox(OverviewPage)
        self.batchCombo.setObjectName(u"batchCombo")
        self.batchCombo.setMinimumContentsLength(28)
        self.batchCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.topLayout.addWidget(self.batchCombo)

        self.asOfLabel = QLabel(OverviewPage)
        self.asOfLabel.setObjectName(u"asOfLabel")
        self.asOfLabel.setProperty(u"hint", True)

        self.topLayout.addWidget(self.asOfLabel)

        self.topSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.refreshButton = QPushButton(OverviewPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topLayout.addWidget(self.refreshButton)

        self.summaryButton = QPushButton(OverviewPage)
        self.summaryButton.setObjectName(u"summaryButton")

        self.topLayout.addWidget(self.summaryButton)


        self.mainLayout.addLayout(self.topLayout)

        self.figuresFrame = QFrame(OverviewPage)
        self.figuresFrame.setObjectName(u"figuresFrame")
        self.figuresFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.figuresGrid = QGridLayout(self.figuresFrame)
        self.figuresGrid.setObjectName(u"figuresGrid")
        self.figuresGrid.setHorizontalSpacing(18)
        self.coverageValue = QLabel(self.figuresFrame)
        self.coverageValue.setObjectName(u"coverageValue")
        self.coverageValue.setProperty(u"figure", True)
        self.coverageValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.figuresGrid.addWidget(self.coverageValue, 0, 0, 1, 1)

        self.coverageCaption = QLabel(self.figuresFrame)
        self.coverageCaption.setObjectName(u"coverageCaption")
        self.coverageCaption.setProperty(u"hint", True)

        self.figuresGrid.addWidget(self.coverageCaption, 1, 0, 1, 1)

        self.priorityValue = QLabel(self.figuresFrame)
        self.priorityValue.setObjectName(u"priorityValue")
        self.priorityValue.setProperty(u"figure", True)
        self.priorityValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.figuresGrid.addWidget(self.priorityValue, 0, 1, 1, 1)

        self.priorityCaption = QLabel(self.figuresFrame)
        self.priorityCaption.setObjectName(u"priorityCaption")
        self.priorityCaption.setProperty(u"hint", True)

        self.figuresGrid.addWidget(self.priorityCaption, 1, 1, 1, 1)

        self.dispatchedValue = QLabel(self.figuresFrame)
        self.dispatchedValue.setObjectName(u"dispatchedValue")
        self.dispatchedValue.setProperty(u"figure", True)
        self.dispatchedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.figuresGrid.addWidget(self.dispatchedValue, 0, 2, 1, 1)

        self.dispatchedCaption = QLabel(self.figuresFrame)
        self.dispatchedCaption.setObjectName(u"dispatchedCaption")
        self.dispatchedCaption.setProperty(u"hint", True)

        self.figuresGrid.addWidget(self.dispatchedCaption, 1, 2, 1, 1)

        self.onPostValue = QLabel(self.figuresFrame)
        self.onPostValue.setObjectName(u"onPostValue")
        self.onPostValue.setProperty(u"figure", True)
        self.onPostValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.figuresGrid.addWidget(self.onPostValue, 0, 3, 1, 1)

        self.onPostCaption = QLabel(self.figuresFrame)
        self.onPostCaption.setObjectName(u"onPostCaption")
        self.onPostCaption.setProperty(u"hint", True)

        self.figuresGrid.addWidget(self.onPostCaption, 1, 3, 1, 1)

        self.trainingValue = QLabel(self.figuresFrame)
        self.trainingValue.setObjectName(u"trainingValue")
        self.trainingValue.setProperty(u"figure", True)
        self.trainingValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.figuresGrid.addWidget(self.trainingValue, 0, 4, 1, 1)

        self.trainingCaption = QLabel(self.figuresFrame)
        self.trainingCaption.setObjectName(u"trainingCaption")
        self.trainingCaption.setProperty(u"hint", True)

        self.figuresGrid.addWidget(self.trainingCaption, 1, 4, 1, 1)

        self.evaluationValue = QLabel(self.figuresFrame)
        self.evaluationValue.setObjectName(u"evaluationValue")
        self.evaluationValue.setProperty(u"figure", True)
        self.evaluationValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.figuresGrid.addWidget(self.evaluationValue, 0, 5, 1, 1)

        self.evaluationCaption = QLabel(self.figuresFrame)
        self.evaluationCaption.setObjectName(u"evaluationCaption")
        self.evaluationCaption.setProperty(u"hint", True)

        self.figuresGrid.addWidget(self.evaluationCaption, 1, 5, 1, 1)

        self.lastMonthValue = QLabel(self.figuresFrame)
        self.lastMonthValue.setObjectName(u"lastMonthValue")
        self.lastMonthValue.setProperty(u"figure", True)
        self.lastMonthValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.figuresGrid.addWidget(self.lastMonthValue, 0, 6, 1, 1)

        self.lastMonthCaption = QLabel(self.figuresFrame)
        self.lastMonthCaption.setObjectName(u"lastMonthCaption")
        self.lastMonthCaption.setProperty(u"hint", True)

        self.figuresGrid.addWidget(self.lastMonthCaption, 1, 6, 1, 1)

        self.thisMonthValue = QLabel(self.figuresFrame)
        self.thisMonthValue.setObjectName(u"thisMonthValue")
        self.thisMonthValue.setProperty(u"figure", True)
        self.thisMonthValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.figuresGrid.addWidget(self.thisMonthValue, 0, 7, 1, 1)

        self.thisMonthCaption = QLabel(self.figuresFrame)
        self.thisMonthCaption.setObjectName(u"thisMonthCaption")
        self.thisMonthCaption.setProperty(u"hint", True)

        self.figuresGrid.addWidget(self.thisMonthCaption, 1, 7, 1, 1)


        self.mainLayout.addWidget(self.figuresFrame)

        self.monthsLabel = QLabel(OverviewPage)
        self.monthsLabel.setObjectName(u"monthsLabel")
        self.monthsLabel.setWordWrap(True)
        self.monthsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.monthsLabel)

        self.alertsLayout = QHBoxLayout()
        self.alertsLayout.setObjectName(u"alertsLayout")
        self.alertsTitle = QLabel(OverviewPage)
        self.alertsTitle.setObjectName(u"alertsTitle")

        self.alertsLayout.addWidget(self.alertsTitle)

        self.groupCombo = QComboBox(OverviewPage)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setMinimumContentsLength(16)
        self.groupCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.alertsLayout.addWidget(self.groupCombo)

        self.searchEdit = QLineEdit(OverviewPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.alertsLayout.addWidget(self.searchEdit)

        self.alertsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.alertsLayout.addItem(self.alertsSpacer)

        self.openButton = QPushButton(OverviewPage)
        self.openButton.setObjectName(u"openButton")

        self.alertsLayout.addWidget(self.openButton)

        self.exportButton = QPushButton(OverviewPage)
        self.exportButton.setObjectName(u"exportButton")

        self.alertsLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.alertsLayout)

        self.view = QTableView(OverviewPage)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.notesLabel = QLabel(OverviewPage)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setProperty(u"hint", True)
        self.notesLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.notesLabel)

        self.statusLabel = QLabel(OverviewPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.statusLabel)

        self.mainLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.batchLabel.setBuddy(self.batchCombo)
        self.alertsTitle.setBuddy(self.groupCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OverviewPage)

        QMetaObject.connectSlotsByName(OverviewPage)
    # setupUi

    def retranslateUi(self, OverviewPage):
        self.batchLabel.setText(QCoreApplication.translate("OverviewPage", u"\u6279\u6b21", None))
        self.asOfLabel.setText("")
        self.refreshButton.setText(QCoreApplication.translate("OverviewPage", u"\u5237\u65b0", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("OverviewPage", u"\u91cd\u65b0\u7edf\u8ba1\uff08F5\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.summaryButton.setText(QCoreApplication.translate("OverviewPage", u"\u6253\u5370\u7edf\u8ba1\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.summaryButton.setToolTip(QCoreApplication.translate("OverviewPage", u"\u9884\u89c8\u5e76\u6253\u5370\u672c\u9875\u7684\u7edf\u8ba1\u6570\u5b57\uff08\u60c5\u51b5\u7edf\u8ba1\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.coverageValue.setText(QCoreApplication.translate("OverviewPage", u"\u2014", None))
        self.coverageCaption.setText(QCoreApplication.translate("OverviewPage", u"\u6d3e\u9a7b\u70b9\u8986\u76d6", None))
        self.priorityValue.setText(QCoreApplication.translate("OverviewPage", u"\u2014", None))
        self.priorityCaption.setText(QCoreApplication.translate("OverviewPage", u"\u91cd\u70b9\u6751\u8986\u76d6", None))
        self.dispatchedValue.setText(QCoreApplication.translate("OverviewPage", u"\u2014", None))
        self.dispatchedCaption.setText(QCoreApplication.translate("OverviewPage", u"\u5df2\u9009\u6d3e", None))
        self.onPostValue.setText(QCoreApplication.translate("OverviewPage", u"\u2014", None))
        self.onPostCaption.setText(QCoreApplication.translate("OverviewPage", u"\u5728\u5c97", None))
        self.trainingValue.setText(QCoreApplication.translate("OverviewPage", u"\u2014", None))
        self.trainingCaption.setText(QCoreApplication.translate("OverviewPage", u"\u5b8c\u6210\u5c97\u524d\u57f9\u8bad", None))
        self.evaluationValue.setText(QCoreApplication.translate("OverviewPage", u"\u2014", None))
        self.evaluationCaption.setText(QCoreApplication.translate("OverviewPage", u"\u671f\u6ee1\u8003\u6838\u5df2\u5b9a\u7b49\u6b21", None))
        self.lastMonthValue.setText(QCoreApplication.translate("OverviewPage", u"\u2014", None))
        self.lastMonthCaption.setText(QCoreApplication.translate("OverviewPage", u"\u4e0a\u6708\u5728\u5c97\u5929\u6570\u8fbe\u6807", None))
        self.thisMonthValue.setText(QCoreApplication.translate("OverviewPage", u"\u2014", None))
        self.thisMonthCaption.setText(QCoreApplication.translate("OverviewPage", u"\u672c\u6708\u8fdb\u5ea6\u843d\u540e", None))
        self.monthsLabel.setText("")
        self.alertsTitle.setText(QCoreApplication.translate("OverviewPage", u"\u63d0\u9192", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("OverviewPage", u"\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u3001\u6d3e\u9a7b\u70b9\u6216\u5355\u4f4d", None))
        self.openButton.setText(QCoreApplication.translate("OverviewPage", u"\u67e5\u770b\u8bb0\u5f55", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("OverviewPage", u"\u6253\u5f00\u8fd9\u6761\u63d0\u9192\u6240\u6307\u7684\u8bb0\u5f55\uff08\u4e5f\u53ef\u53cc\u51fb\u6216\u56de\u8f66\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("OverviewPage", u"\u5bfc\u51fa Excel\u2026", None))
        self.notesLabel.setText("")
        self.statusLabel.setText("")
        pass
    # retranslateUi

