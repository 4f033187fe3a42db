# Generated from forms/dry_run_import_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dry_run_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

from cadredesk.ui.widgets import ClippedLabel

class Ui_DryRunImportDialog(object):
    def setupUi(self, DryRunImportDialog):
        if not DryRunImportDialog.objectName():
            DryRunImportDialog.setObjectName(u"DryRunImportDialog")
        DryRunImportDialog.resize(820, 560)
        DryRunImportDialog.setMinimumSize(QSize(800, 0))
        self.mainLayout = QVBoxLayout(DryRunImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(DryRunImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.introLabel)

        self.fileBar = QHBoxLayout()
        self.fileBar.setObjectName(u"fileBar")
        self.fileLabel = ClippedLabel(DryRunImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fileLabel.sizePolicy().hasHeightForWidth())
        self.fileLabel.setSizePolicy(sizePolicy)

        self.fileBar.addWidget(self.fileLabel)

        self.chooseButton = QPushButton(DryRunImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileBar.addWidget(self.chooseButton)

        self.fileBar.setStretch(0, 1)

        self.mainLayout.addLayout(self.fileBar)

        self.optionBar = QHBoxLayout()
        self.optionBar.setObjectName(u"optionBar")
        self.courseLabel = QLabel(DryRunImportDialog)
        self.courseLabel.setObjectName(u"courseLabel")

        self.optionBar.addWidget(self.courseLabel)

        self.courseCombo = QComboBox(DryRunImportDialog)
        self.courseCombo.setObjectName(u"courseCombo")
        self.courseCombo.setMinimumContentsLength(24)
        self.courseCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.optionBar.addWidget(self.courseCombo)

        self.optionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionBar.addItem(self.optionSpacer)

        self.optionBar.setStretch(2, 1)

        self.mainLayout.addLayout(self.optionBar)

        self.summaryLabel = QLabel(DryRunImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.view = QTableView(DryRunImportDialog)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.checkBar = QHBoxLayout()
        self.checkBar.setObjectName(u"checkBar")
        self.onlyBadCheck = QCheckBox(DryRunImportDialog)
        self.onlyBadCheck.setObjectName(u"onlyBadCheck")

        self.checkBar.addWidget(self.onlyBadCheck)

        self.skipInvalidCheck = QCheckBox(DryRunImportDialog)
        self.skipInvalidCheck.setObjectName(u"skipInvalidCheck")

        self.checkBar.addWidget(self.skipInvalidCheck)

        self.checkSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkBar.addItem(self.checkSpacer)

        self.busyLabel = QLabel(DryRunImportDialog)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setProperty(u"hint", True)

        self.checkBar.addWidget(self.busyLabel)


        self.mainLayout.addLayout(self.checkBar)

        self.errorLabel = QLabel(DryRunImportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DryRunImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.courseLabel.setBuddy(self.courseCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DryRunImportDialog)

        QMetaObject.connectSlotsByName(DryRunImportDialog)
    # setupUi

    def retranslateUi(self, DryRunImportDialog):
        DryRunImportDialog.setWindowTitle(QCoreApplication.translate("DryRunImportDialog", u"\u5bfc\u5165", None))
        self.introLabel.setText("")
        self.fileLabel.setText(QCoreApplication.translate("DryRunImportDialog", u"\u5c1a\u672a\u9009\u62e9\u6587\u4ef6", None))
        self.chooseButton.setText(QCoreApplication.translate("DryRunImportDialog", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.courseLabel.setText(QCoreApplication.translate("DryRunImportDialog", u"\u7b7e\u5230\u5217\u8bb0\u5165", None))
        self.onlyBadCheck.setText(QCoreApplication.translate("DryRunImportDialog", u"\u53ea\u770b\u4e0d\u5408\u683c\u548c\u6709\u63d0\u793a\u7684\u884c", None))
        self.skipInvalidCheck.setText(QCoreApplication.translate("DryRunImportDialog", u"\u8df3\u8fc7\u4e0d\u5408\u683c\u7684\u884c\uff0c\u53ea\u5bfc\u5165\u5408\u683c\u7684\u884c", None))
        self.busyLabel.setText("")
    # retranslateUi

