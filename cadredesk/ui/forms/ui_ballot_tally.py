# Generated from forms/ballot_tally.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ballot_tally.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_BallotTallyTab(object):
    def setupUi(self, BallotTallyTab):
        if not BallotTallyTab.objectName():
            BallotTallyTab.setObjectName(u"BallotTallyTab")
        BallotTallyTab.resize(1100, 560)
        self.tallyLayout = QHBoxLayout(BallotTallyTab)
        self.tallyLayout.setObjectName(u"tallyLayout")
        self.tallyLayout.setContentsMargins(6, 6, 6, 6)
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.entryBox = QGroupBox(BallotTallyTab)
        self.entryBox.setObjectName(u"entryBox")
        self.entryLayout = QVBoxLayout(self.entryBox)
        self.entryLayout.setObjectName(u"entryLayout")
        self.serialLayout = QHBoxLayout()
        self.serialLayout.setObjectName(u"serialLayout")
        self.serialLabel = QLabel(self.entryBox)
        self.serialLabel.setObjectName(u"serialLabel")

        self.serialLayout.addWidget(self.serialLabel)

        self.serialEdit = QLineEdit(self.entryBox)
        self.serialEdit.setObjectName(u"serialEdit")
        self.serialEdit.setMaxLength(20)

        self.serialLayout.addWidget(self.serialEdit)

        self.correctCheck = QCheckBox(self.entryBox)
        self.correctCheck.setObjectName(u"correctCheck")

        self.serialLayout.addWidget(self.correctCheck)

        self.voterLabel = QLabel(self.entryBox)
        self.voterLabel.setObjectName(u"voterLabel")

        self.serialLayout.addWidget(self.voterLabel)

        self.voterCombo = QComboBox(self.entryBox)
        self.voterCombo.setObjectName(u"voterCombo")
        self.voterCombo.setMinimumContentsLength(5)
        self.voterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.serialLayout.addWidget(self.voterCombo)

        self.serialLayout.setStretch(1, 1)

        self.entryLayout.addLayout(self.serialLayout)

        self.placeLabel = QLabel(self.entryBox)
        self.placeLabel.setObjectName(u"placeLabel")
        self.placeLabel.setWordWrap(True)

        self.entryLayout.addWidget(self.placeLabel)

        self.linesView = QTableView(self.entryBox)
        self.linesView.setObjectName(u"linesView")

        self.entryLayout.addWidget(self.linesView)

        self.keysLabel = QLabel(self.entryBox)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)
        self.keysLabel.setProperty(u"hint", True)

        self.entryLayout.addWidget(self.keysLabel)

        self.errorLabel = QLabel(self.entryBox)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.entryLayout.addWidget(self.errorLabel)

        self.entryButtons = QHBoxLayout()
        self.entryButtons.setObjectName(u"entryButtons")
        self.entrySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryButtons.addItem(self.entrySpacer)

        self.clearButton = QPushButton(self.entryBox)
        self.clearButton.setObjectName(u"clearButton")

        self.entryButtons.addWidget(self.clearButton)

        self.saveButton = QPushButton(self.entryBox)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)

        self.entryButtons.addWidget(self.saveButton)


        self.entryLayout.addLayout(self.entryButtons)

        self.lastLabel = QLabel(self.entryBox)
        self.lastLabel.setObjectName(u"lastLabel")
        self.lastLabel.setWordWrap(True)
        self.lastLabel.setProperty(u"hint", True)

        self.entryLayout.addWidget(self.lastLabel)


        self.leftLayout.addWidget(self.entryBox)

        self.voidBox = QGroupBox(BallotTallyTab)
        self.voidBox.setObjectName(u"voidBox")
        self.voidLayout = QHBoxLayout(self.voidBox)
        self.voidLayout.setObjectName(u"voidLayout")
        self.voidSerialLabel = QLabel(self.voidBox)
        self.voidSerialLabel.setObjectName(u"voidSerialLabel")

        self.voidLayout.addWidget(self.voidSerialLabel)

        self.voidSerialEdit = QLineEdit(self.voidBox)
        self.voidSerialEdit.setObjectName(u"voidSerialEdit")
        self.voidSerialEdit.setMaxLength(20)

        self.voidLayout.addWidget(self.voidSerialEdit)

        self.voidReasonLabel = QLabel(self.voidBox)
        self.voidReasonLabel.setObjectName(u"voidReasonLabel")

        self.voidLayout.addWidget(self.voidReasonLabel)

        self.voidReasonEdit = QLineEdit(self.voidBox)
        self.voidReasonEdit.setObjectName(u"voidReasonEdit")

        self.voidLayout.addWidget(self.voidReasonEdit)

        self.voidButton = QPushButton(self.voidBox)
        self.voidButton.setObjectName(u"voidButton")
        self.voidButton.setEnabled(False)

        self.voidLayout.addWidget(self.voidButton)

        self.voidLayout.setStretch(1, 1)
        self.voidLayout.setStretch(3, 2)

        self.leftLayout.addWidget(self.voidBox)

        self.leftLayout.setStretch(0, 1)

        self.tallyLayout.addLayout(self.leftLayout)

        self.progressLayout = QVBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressTop = QHBoxLayout()
        self.progressTop.setObjectName(u"progressTop")
        self.progressTitle = QLabel(BallotTallyTab)
        self.progressTitle.setObjectName(u"progressTitle")

        self.progressTop.addWidget(self.progressTitle)

        self.progressSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progressTop.addItem(self.progressSpacer)

        self.templateButton = QPushButton(BallotTallyTab)
        self.templateButton.setObjectName(u"templateButton")

        self.progressTop.addWidget(self.templateButton)

        self.importButton = QPushButton(BallotTallyTab)
        self.importButton.setObjectName(u"importButton")

        self.progressTop.addWidget(self.importButton)

        self.progressExportButton = QPushButton(BallotTallyTab)
        self.progressExportButton.setObjectName(u"progressExportButton")

        self.progressTop.addWidget(self.progressExportButton)


        self.progressLayout.addLayout(self.progressTop)

        self.progressView = QTableView(BallotTallyTab)
        self.progressView.setObjectName(u"progressView")

        self.progressLayout.addWidget(self.progressView)

        self.progressHint = QLabel(BallotTallyTab)
        self.progressHint.setObjectName(u"progressHint")
        self.progressHint.setWordWrap(True)
        self.progressHint.setProperty(u"hint", True)

        self.progressLayout.addWidget(self.progressHint)


        self.tallyLayout.addLayout(self.progressLayout)

        self.tallyLayout.setStretch(0, 5)
        self.tallyLayout.setStretch(1, 6)
#if QT_CONFIG(shortcut)
        self.serialLabel.setBuddy(self.serialEdit)
        self.voterLabel.setBuddy(self.voterCombo)
        self.voidSerialLabel.setBuddy(self.voidSerialEdit)
        self.voidReasonLabel.setBuddy(self.voidReasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BallotTallyTab)

        QMetaObject.connectSlotsByName(BallotTallyTab)
    # setupUi

    def retranslateUi(self, BallotTallyTab):
        self.entryBox.setTitle(QCoreApplication.translate("BallotTallyTab", u"\u5f55\u5165\u4e00\u5f20\u6d4b\u8bc4\u7968", None))
        self.serialLabel.setText(QCoreApplication.translate("BallotTallyTab", u"\u7968\u9762\u7f16\u53f7", None))
        self.serialEdit.setPlaceholderText(QCoreApplication.translate("BallotTallyTab", u"\u5982 26-000123-4\uff0c\u56de\u8f66", None))
        self.correctCheck.setText(QCoreApplication.translate("BallotTallyTab", u"\u66f4\u6b63", None))
#if QT_CONFIG(tooltip)
        self.correctCheck.setToolTip(QCoreApplication.translate("BallotTallyTab", u"\u66f4\u6b63\u4e00\u5f20\u5df2\u5f55\u5165\u7684\u7968\uff08\u5148\u52fe\u9009\uff0c\u518d\u8f93\u5165\u7f16\u53f7\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.voterLabel.setText(QCoreApplication.translate("BallotTallyTab", u"\u6d4b\u8bc4\u4eba", None))
        self.placeLabel.setText("")
        self.keysLabel.setText(QCoreApplication.translate("BallotTallyTab", u"\u6bcf\u540d\u5e72\u90e8\u6309\u4e00\u4e2a\u952e\uff1a1 \u6216 Y \u4f18\u79c0\uff0c2 \u6216 C \u79f0\u804c\uff0c3 \u6216 J \u57fa\u672c\u79f0\u804c\uff0c4 \u6216 B \u4e0d\u79f0\u804c\uff1b0 \u672a\u52fe\u9009\uff0c9 \u591a\u9009\uff08\u5747\u4e3a\u65e0\u6548\uff09\uff1b\u9000\u683c\u952e\u56de\u5230\u4e0a\u4e00\u4eba\uff1b\u5168\u90e8\u9009\u597d\u540e\u6309\u56de\u8f66\u4fdd\u5b58\u5e76\u5f55\u5165\u4e0b\u4e00\u5f20\uff0cEsc \u653e\u5f03\u8fd9\u5f20\u3002", None))
        self.errorLabel.setText("")
        self.clearButton.setText(QCoreApplication.translate("BallotTallyTab", u"\u653e\u5f03\u8fd9\u5f20", None))
        self.saveButton.setText(QCoreApplication.translate("BallotTallyTab", u"\u4fdd\u5b58\uff08\u56de\u8f66\uff09", None))
        self.lastLabel.setText("")
        self.voidBox.setTitle(QCoreApplication.translate("BallotTallyTab", u"\u4f5c\u5e9f\u4e00\u5f20\u6d4b\u8bc4\u7968", None))
        self.voidSerialLabel.setText(QCoreApplication.translate("BallotTallyTab", u"\u7f16\u53f7", None))
        self.voidSerialEdit.setPlaceholderText(QCoreApplication.translate("BallotTallyTab", u"\u7968\u9762\u7f16\u53f7", None))
        self.voidReasonLabel.setText(QCoreApplication.translate("BallotTallyTab", u"\u539f\u56e0", None))
        self.voidReasonEdit.setPlaceholderText(QCoreApplication.translate("BallotTallyTab", u"\u5982\uff1a\u6495\u6bc1\u3001\u6709\u6807\u8bb0\u53ef\u8fa8\u8ba4\u6d4b\u8bc4\u4eba", None))
        self.voidButton.setText(QCoreApplication.translate("BallotTallyTab", u"\u4f5c\u5e9f", None))
        self.progressTitle.setText(QCoreApplication.translate("BallotTallyTab", u"\u5404\u6d3e\u9a7b\u70b9\u6536\u56de\u60c5\u51b5", None))
        self.templateButton.setText(QCoreApplication.translate("BallotTallyTab", u"\u4e0b\u8f7d\u5f55\u5165\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("BallotTallyTab", u"\u751f\u6210 Excel \u5f55\u5165\u8868\uff1a\u6bcf\u5f20\u672a\u5f55\u5165\u7684\u7968\u4e00\u884c\uff0c\u53ef\u5728\u8868\u4e2d\u5f55\u5165\u540e\u5bfc\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("BallotTallyTab", u"\u4ece Excel \u5bfc\u5165\u2026", None))
        self.progressExportButton.setText(QCoreApplication.translate("BallotTallyTab", u"\u5bfc\u51fa Excel", None))
        self.progressHint.setText("")
        pass
    # retranslateUi

