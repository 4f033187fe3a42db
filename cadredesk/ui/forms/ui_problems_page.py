# Generated from forms/problems_page.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'problems_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from cadredesk.ui.widgets import ClippedLabel

class Ui_ProblemsPage(object):
    def setupUi(self, ProblemsPage):
        if not ProblemsPage.objectName():
            ProblemsPage.setObjectName(u"ProblemsPage")
        ProblemsPage.resize(1100, 640)
        self.mainLayout = QVBoxLayout(ProblemsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 8)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.batchLabel = QLabel(ProblemsPage)
        self.batchLabel.setObjectName(u"batchLabel")

        self.filterLayout.addWidget(self.batchLabel)

        self.batchCombo = QComboBox(ProblemsPage)
        self.batchCombo.setObjectName(u"batchCombo")
        self.batchCombo.setMinimumContentsLength(24)
        self.batchCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.batchCombo)

        self.batchGap = QSpacerItem(12, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.batchGap)

        self.searchEdit = QLineEdit(ProblemsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.stageLabel = QLabel(ProblemsPage)
        self.stageLabel.setObjectName(u"stageLabel")

        self.filterLayout.addWidget(self.stageLabel)

        self.stageCombo = QComboBox(ProblemsPage)
        self.stageCombo.setObjectName(u"stageCombo")

        self.filterLayout.addWidget(self.stageCombo)

        self.townshipLabel = QLabel(ProblemsPage)
        self.townshipLabel.setObjectName(u"townshipLabel")

        self.filterLayout.addWidget(self.townshipLabel)

        self.townshipCombo = QComboBox(ProblemsPage)
        self.townshipCombo.setObjectName(u"townshipCombo")

        self.filterLayout.addWidget(self.townshipCombo)

        self.overdueCheck = QCheckBox(ProblemsPage)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterLayout.addWidget(self.overdueCheck)

        self.filterLayout.setStretch(3, 2)
        self.filterLayout.setStretch(7, 1)

        self.mainLayout.addLayout(self.filterLayout)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.addButton = QPushButton(ProblemsPage)
        self.addButton.setObjectName(u"addButton")

        self.actionLayout.addWidget(self.addButton)

        self.editButton = QPushButton(ProblemsPage)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setEnabled(False)

        self.actionLayout.addWidget(self.editButton)

        self.advanceButton = QPushButton(ProblemsPage)
        self.advanceButton.setObjectName(u"advanceButton")
        self.advanceButton.setEnabled(False)

        self.actionLayout.addWidget(self.advanceButton)

        self.reopenButton = QPushButton(ProblemsPage)
        self.reopenButton.setObjectName(u"reopenButton")
        self.reopenButton.setEnabled(False)

        self.actionLayout.addWidget(self.reopenButton)

        self.detailButton = QPushButton(ProblemsPage)
        self.detailButton.setObjectName(u"detailButton")
        self.detailButton.setEnabled(False)

        self.actionLayout.addWidget(self.detailButton)

        self.actionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.exportButton = QPushButton(ProblemsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.actionLayout.addWidget(self.exportButton)

        self.pdfButton = QPushButton(ProblemsPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.actionLayout.addWidget(self.pdfButton)

        self.refreshButton = QPushButton(ProblemsPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.actionLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.actionLayout)

        self.view = QTableView(ProblemsPage)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.statusLabel = ClippedLabel(ProblemsPage)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.mainLayout.addWidget(self.statusLabel)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.batchLabel.setBuddy(self.batchCombo)
        self.stageLabel.setBuddy(self.stageCombo)
        self.townshipLabel.setBuddy(self.townshipCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProblemsPage)

        QMetaObject.connectSlotsByName(ProblemsPage)
    # setupUi

    def retranslateUi(self, ProblemsPage):
        self.batchLabel.setText(QCoreApplication.translate("ProblemsPage", u"\u6279\u6b21", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ProblemsPage", u"\u641c\u7d22\uff1a\u95ee\u9898\u3001\u6d3e\u9a7b\u70b9\u3001\u4e61\u9547\u3001\u53d1\u73b0\u4eba\u6216\u627f\u529e\u4eba", None))
        self.stageLabel.setText(QCoreApplication.translate("ProblemsPage", u"\u73af\u8282", None))
        self.townshipLabel.setText(QCoreApplication.translate("ProblemsPage", u"\u4e61\u9547", None))
        self.overdueCheck.setText(QCoreApplication.translate("ProblemsPage", u"\u53ea\u770b\u903e\u671f", None))
#if QT_CONFIG(tooltip)
        self.overdueCheck.setToolTip(QCoreApplication.translate("ProblemsPage", u"\u672a\u9500\u53f7\u4e14\u5df2\u8d85\u8fc7\u529e\u7ed3\u671f\u9650\u7684\u95ee\u9898", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("ProblemsPage", u"\u767b\u8bb0\u95ee\u9898\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ProblemsPage", u"\u4fee\u6539\u2026", None))
        self.advanceButton.setText(QCoreApplication.translate("ProblemsPage", u"\u63a8\u8fdb\u5230\u4e0b\u4e00\u73af\u8282\u2026", None))
        self.reopenButton.setText(QCoreApplication.translate("ProblemsPage", u"\u91cd\u65b0\u6253\u5f00\u2026", None))
        self.detailButton.setText(QCoreApplication.translate("ProblemsPage", u"\u8be6\u60c5\u53ca\u529e\u7406\u8fc7\u7a0b\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ProblemsPage", u"\u5bfc\u51fa Excel\u2026", None))
        self.pdfButton.setText(QCoreApplication.translate("ProblemsPage", u"\u751f\u6210 PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("ProblemsPage", u"\u6253\u5370\u95ee\u9898\u53f0\u8d26\uff08\u751f\u6210 PDF \u6587\u4ef6\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("ProblemsPage", u"\u5237\u65b0", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi

