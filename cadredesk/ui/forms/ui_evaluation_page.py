# Generated from forms/evaluation_page.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_page.ui'
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
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

from cadredesk.ui.widgets import ClippedLabel

class Ui_EvaluationPage(object):
    def setupUi(self, EvaluationPage):
        if not EvaluationPage.objectName():
            EvaluationPage.setObjectName(u"EvaluationPage")
        EvaluationPage.resize(1100, 640)
        self.mainLayout = QVBoxLayout(EvaluationPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 8)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.batchLabel = QLabel(EvaluationPage)
        self.batchLabel.setObjectName(u"batchLabel")

        self.topLayout.addWidget(self.batchLabel)

        self.batchCombo = QComboBox(EvaluationPage)
        self.batchCombo.setObjectName(u"batchCombo")
        self.batchCombo.setMinimumContentsLength(17)
        self.batchCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.topLayout.addWidget(self.batchCombo)

        self.batchGap = QSpacerItem(8, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.batchGap)

        self.evaluationLabel = QLabel(EvaluationPage)
        self.evaluationLabel.setObjectName(u"evaluationLabel")

        self.topLayout.addWidget(self.evaluationLabel)

        self.evaluationCombo = QComboBox(EvaluationPage)
        self.evaluationCombo.setObjectName(u"evaluationCombo")
        self.evaluationCombo.setMinimumContentsLength(12)
        self.evaluationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.topLayout.addWidget(self.evaluationCombo)

        self.topSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.paramsButton = QPushButton(EvaluationPage)
        self.paramsButton.setObjectName(u"paramsButton")

        self.topLayout.addWidget(self.paramsButton)

        self.refreshButton = QPushButton(EvaluationPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topLayout.addWidget(self.refreshButton)

        self.topLayout.setStretch(5, 1)

        self.mainLayout.addLayout(self.topLayout)

        self.tabs = QTabWidget(EvaluationPage)
        self.tabs.setObjectName(u"tabs")
        self.listTab = QWidget()
        self.listTab.setObjectName(u"listTab")
        self.listLayout = QVBoxLayout(self.listTab)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(6, 6, 6, 6)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(self.listTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.townshipGap = QSpacerItem(6, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.townshipGap)

        self.townshipLabel = QLabel(self.listTab)
        self.townshipLabel.setObjectName(u"townshipLabel")

        self.filterLayout.addWidget(self.townshipLabel)

        self.townshipCombo = QComboBox(self.listTab)
        self.townshipCombo.setObjectName(u"townshipCombo")

        self.filterLayout.addWidget(self.townshipCombo)

        self.stateGap = QSpacerItem(6, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.stateGap)

        self.stateLabel = QLabel(self.listTab)
        self.stateLabel.setObjectName(u"stateLabel")

        self.filterLayout.addWidget(self.stateLabel)

        self.stateCombo = QComboBox(self.listTab)
        self.stateCombo.setObjectName(u"stateCombo")

        self.filterLayout.addWidget(self.stateCombo)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.openButton = QPushButton(self.listTab)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setEnabled(False)

        self.filterLayout.addWidget(self.openButton)

        self.decideAllButton = QPushButton(self.listTab)
        self.decideAllButton.setObjectName(u"decideAllButton")

        self.filterLayout.addWidget(self.decideAllButton)

        self.exportButton = QPushButton(self.listTab)
        self.exportButton.setObjectName(u"exportButton")

        self.filterLayout.addWidget(self.exportButton)

        self.printButton = QPushButton(self.listTab)
        self.printButton.setObjectName(u"printButton")

        self.filterLayout.addWidget(self.printButton)

        self.filterLayout.setStretch(0, 3)
        self.filterLayout.setStretch(3, 1)
        self.filterLayout.setStretch(6, 1)
        self.filterLayout.setStretch(7, 1)

        self.listLayout.addLayout(self.filterLayout)

        self.view = QTableView(self.listTab)
        self.view.setObjectName(u"view")

        self.listLayout.addWidget(self.view)

        self.tabs.addTab(self.listTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.statusLabel = ClippedLabel(EvaluationPage)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.bottomLayout.addWidget(self.statusLabel)

        self.progressBar = QProgressBar(EvaluationPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setVisible(False)
        self.progressBar.setMaximumWidth(260)
        self.progressBar.setTextVisible(True)

        self.bottomLayout.addWidget(self.progressBar)

        self.cancelButton = QPushButton(EvaluationPage)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setVisible(False)

        self.bottomLayout.addWidget(self.cancelButton)

        self.bottomLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.bottomLayout)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.batchLabel.setBuddy(self.batchCombo)
        self.evaluationLabel.setBuddy(self.evaluationCombo)
        self.townshipLabel.setBuddy(self.townshipCombo)
        self.stateLabel.setBuddy(self.stateCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvaluationPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(EvaluationPage)
    # setupUi

    def retranslateUi(self, EvaluationPage):
        self.batchLabel.setText(QCoreApplication.translate("EvaluationPage", u"\u6279\u6b21", None))
        self.evaluationLabel.setText(QCoreApplication.translate("EvaluationPage", u"\u8003\u6838", None))
        self.paramsButton.setText(QCoreApplication.translate("EvaluationPage", u"\u8003\u6838\u53c2\u6570\u2026", None))
#if QT_CONFIG(tooltip)
        self.paramsButton.setToolTip(QCoreApplication.translate("EvaluationPage", u"\u672c\u6279\u6b21\u8003\u6838\u7684\u6743\u91cd\u3001\u5206\u6570\u7ebf\u3001\u4f18\u79c0\u6bd4\u4f8b\u3001\u4e0d\u79f0\u804c\u7968\u6bd4\u4f8b\u3001\u6700\u5c11\u6709\u6548\u7968\u6570\u548c\u6d4b\u8bc4\u7968\u5f20\u6570", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("EvaluationPage", u"\u5237\u65b0", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("EvaluationPage", u"\u641c\u7d22\uff1a\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u3001\u6d3e\u9a7b\u70b9\u6216\u5355\u4f4d", None))
        self.townshipLabel.setText(QCoreApplication.translate("EvaluationPage", u"\u4e61\u9547", None))
        self.stateLabel.setText(QCoreApplication.translate("EvaluationPage", u"\u60c5\u51b5", None))
        self.openButton.setText(QCoreApplication.translate("EvaluationPage", u"\u5f55\u5165\u8bc4\u4ef7\u2026", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("EvaluationPage", u"\u5f55\u5165\u6216\u67e5\u770b\u9009\u4e2d\u5e72\u90e8\u7684\u4e09\u65b9\u8bc4\u4ef7\u3001\u6c11\u4e3b\u6d4b\u8bc4\uff0c\u786e\u5b9a\u7b49\u6b21\uff08\u4e5f\u53ef\u53cc\u51fb\u8be5\u884c\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.decideAllButton.setText(QCoreApplication.translate("EvaluationPage", u"\u6309\u89c4\u5219\u786e\u5b9a\u7b49\u6b21", None))
#if QT_CONFIG(tooltip)
        self.decideAllButton.setToolTip(QCoreApplication.translate("EvaluationPage", u"\u6309\u89c4\u5219\u786e\u5b9a\u672c\u6b21\u8003\u6838\u6240\u6709\u5185\u5bb9\u5b8c\u6574\u4e14\u5c1a\u672a\u786e\u5b9a\u7684\u7b49\u6b21\uff1b\u4f18\u79c0\u6309\u6bd4\u4f8b\u4e0a\u9650\u548c\u540d\u6b21\u786e\u5b9a", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("EvaluationPage", u"\u5bfc\u51fa Excel", None))
        self.printButton.setText(QCoreApplication.translate("EvaluationPage", u"\u751f\u6210 PDF", None))
        self.tabs.setTabText(self.tabs.indexOf(self.listTab), QCoreApplication.translate("EvaluationPage", u"\u8003\u6838\u540d\u5355", None))
        self.statusLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("EvaluationPage", u"\u53d6\u6d88", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("EvaluationPage", u"\u505c\u6b62\u6b63\u5728\u751f\u6210\u7684\u6587\u4ef6\uff08\u4e0d\u4f1a\u7559\u4e0b\u4e0d\u5b8c\u6574\u7684\u6587\u4ef6\uff09", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

