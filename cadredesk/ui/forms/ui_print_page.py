# Generated from forms/print_page.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_PrintPage(object):
    def setupUi(self, PrintPage):
        if not PrintPage.objectName():
            PrintPage.setObjectName(u"PrintPage")
        PrintPage.resize(1100, 640)
        self.mainLayout = QHBoxLayout(PrintPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 8)
        self.kindLayout = QVBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindTitle = QLabel(PrintPage)
        self.kindTitle.setObjectName(u"kindTitle")

        self.kindLayout.addWidget(self.kindTitle)

        self.kindList = QListWidget(PrintPage)
        self.kindList.setObjectName(u"kindList")
        self.kindList.setMinimumSize(QSize(190, 0))
        self.kindList.setMaximumSize(QSize(240, 16777215))

        self.kindLayout.addWidget(self.kindList)


        self.mainLayout.addLayout(self.kindLayout)

        self.detailLayout = QVBoxLayout()
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(12, -1, -1, -1)
        self.pageTitle = QLabel(PrintPage)
        self.pageTitle.setObjectName(u"pageTitle")

        self.detailLayout.addWidget(self.pageTitle)

        self.descriptionLabel = QLabel(PrintPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)
        self.descriptionLabel.setProperty(u"hint", True)

        self.detailLayout.addWidget(self.descriptionLabel)

        self.optionsBox = QGroupBox(PrintPage)
        self.optionsBox.setObjectName(u"optionsBox")
        self.optionsBox.setMaximumSize(QSize(720, 16777215))
        self.optionsForm = QFormLayout(self.optionsBox)
        self.optionsForm.setObjectName(u"optionsForm")
        self.optionsForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.batchLabel = QLabel(self.optionsBox)
        self.batchLabel.setObjectName(u"batchLabel")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.batchLabel)

        self.batchCombo = QComboBox(self.optionsBox)
        self.batchCombo.setObjectName(u"batchCombo")
        self.batchCombo.setMinimumContentsLength(24)
        self.batchCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.batchCombo)

        self.orderLabel = QLabel(self.optionsBox)
        self.orderLabel.setObjectName(u"orderLabel")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.orderLabel)

        self.orderCombo = QComboBox(self.optionsBox)
        self.orderCombo.setObjectName(u"orderCombo")
        self.orderCombo.setMinimumContentsLength(24)
        self.orderCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.orderCombo)

        self.sessionLabel = QLabel(self.optionsBox)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(self.optionsBox)
        self.sessionCombo.setObjectName(u"sessionCombo")
        self.sessionCombo.setMinimumContentsLength(24)
        self.sessionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.courseLabel = QLabel(self.optionsBox)
        self.courseLabel.setObjectName(u"courseLabel")

        self.optionsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.courseLabel)

        self.courseCombo = QComboBox(self.optionsBox)
        self.courseCombo.setObjectName(u"courseCombo")
        self.courseCombo.setMinimumContentsLength(24)
        self.courseCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.optionsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.courseCombo)

        self.byCourseCheck = QCheckBox(self.optionsBox)
        self.byCourseCheck.setObjectName(u"byCourseCheck")

        self.optionsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.byCourseCheck)

        self.placeLabel = QLabel(self.optionsBox)
        self.placeLabel.setObjectName(u"placeLabel")

        self.optionsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeCombo = QComboBox(self.optionsBox)
        self.placeCombo.setObjectName(u"placeCombo")
        self.placeCombo.setMinimumContentsLength(24)
        self.placeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.optionsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.placeCombo)

        self.copiesLabel = QLabel(self.optionsBox)
        self.copiesLabel.setObjectName(u"copiesLabel")

        self.optionsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.copiesLabel)

        self.copiesSpin = QSpinBox(self.optionsBox)
        self.copiesSpin.setObjectName(u"copiesSpin")
        self.copiesSpin.setMinimum(1)
        self.copiesSpin.setMaximum(999)
        self.copiesSpin.setValue(30)

        self.optionsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.copiesSpin)

        self.yearLabel = QLabel(self.optionsBox)
        self.yearLabel.setObjectName(u"yearLabel")

        self.optionsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearCombo = QComboBox(self.optionsBox)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumContentsLength(24)
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.optionsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.yearCombo)

        self.cadreLabel = QLabel(self.optionsBox)
        self.cadreLabel.setObjectName(u"cadreLabel")

        self.optionsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.cadreLabel)

        self.cadreCombo = QComboBox(self.optionsBox)
        self.cadreCombo.setObjectName(u"cadreCombo")
        self.cadreCombo.setMinimumContentsLength(24)
        self.cadreCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.optionsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.cadreCombo)

        self.eachLabel = QLabel(self.optionsBox)
        self.eachLabel.setObjectName(u"eachLabel")

        self.optionsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.eachLabel)

        self.eachLayout = QVBoxLayout()
        self.eachLayout.setObjectName(u"eachLayout")
        self.oneFileRadio = QRadioButton(self.optionsBox)
        self.oneFileRadio.setObjectName(u"oneFileRadio")
        self.oneFileRadio.setChecked(True)

        self.eachLayout.addWidget(self.oneFileRadio)

        self.perCadreRadio = QRadioButton(self.optionsBox)
        self.perCadreRadio.setObjectName(u"perCadreRadio")

        self.eachLayout.addWidget(self.perCadreRadio)


        self.optionsForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.eachLayout)


        self.detailLayout.addWidget(self.optionsBox)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.previewButton = QPushButton(PrintPage)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonLayout.addWidget(self.previewButton)

        self.printButton = QPushButton(PrintPage)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(PrintPage)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.detailLayout.addLayout(self.buttonLayout)

        self.statusLabel = QLabel(PrintPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.statusLabel)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.bottomSpacer)

        self.detailLayout.setStretch(5, 1)

        self.mainLayout.addLayout(self.detailLayout)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.kindTitle.setBuddy(self.kindList)
        self.batchLabel.setBuddy(self.batchCombo)
        self.orderLabel.setBuddy(self.orderCombo)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.courseLabel.setBuddy(self.courseCombo)
        self.placeLabel.setBuddy(self.placeCombo)
        self.copiesLabel.setBuddy(self.copiesSpin)
        self.yearLabel.setBuddy(self.yearCombo)
        self.cadreLabel.setBuddy(self.cadreCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PrintPage)

        QMetaObject.connectSlotsByName(PrintPage)
    # setupUi

    def retranslateUi(self, PrintPage):
        self.kindTitle.setText(QCoreApplication.translate("PrintPage", u"\u6253\u5370\u4ec0\u4e48", None))
        self.pageTitle.setText(QCoreApplication.translate("PrintPage", u"\u9009\u6d3e\u540d\u5355", None))
        self.descriptionLabel.setText(QCoreApplication.translate("PrintPage", u"\u8bf4\u660e", None))
        self.optionsBox.setTitle(QCoreApplication.translate("PrintPage", u"\u9009\u9879", None))
        self.batchLabel.setText(QCoreApplication.translate("PrintPage", u"\u6279\u6b21", None))
        self.orderLabel.setText(QCoreApplication.translate("PrintPage", u"\u6392\u5217\u987a\u5e8f", None))
        self.sessionLabel.setText(QCoreApplication.translate("PrintPage", u"\u57f9\u8bad\u73ed", None))
        self.courseLabel.setText(QCoreApplication.translate("PrintPage", u"\u8bfe\u7a0b", None))
        self.byCourseCheck.setText(QCoreApplication.translate("PrintPage", u"\u6bcf\u95e8\u8bfe\u7a0b\u4e00\u5f20\u7b7e\u5230\u8868", None))
        self.placeLabel.setText(QCoreApplication.translate("PrintPage", u"\u6d3e\u9a7b\u70b9", None))
        self.copiesLabel.setText(QCoreApplication.translate("PrintPage", u"\u6bcf\u70b9\u5f20\u6570", None))
        self.copiesSpin.setSuffix(QCoreApplication.translate("PrintPage", u" \u5f20", None))
        self.yearLabel.setText(QCoreApplication.translate("PrintPage", u"\u8003\u6838", None))
        self.cadreLabel.setText(QCoreApplication.translate("PrintPage", u"\u5e72\u90e8", None))
        self.eachLabel.setText(QCoreApplication.translate("PrintPage", u"\u8f93\u51fa", None))
        self.oneFileRadio.setText(QCoreApplication.translate("PrintPage", u"\u5168\u90e8\u5e72\u90e8\u5408\u5e76\u4e3a\u4e00\u4e2a PDF", None))
        self.perCadreRadio.setText(QCoreApplication.translate("PrintPage", u"\u6bcf\u540d\u5e72\u90e8\u4e00\u4e2a PDF\uff0c\u4fdd\u5b58\u5230\u6587\u4ef6\u5939", None))
        self.previewButton.setText(QCoreApplication.translate("PrintPage", u"\u9884\u89c8\u2026", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("PrintPage", u"\u751f\u6210\u540e\u5728\u6253\u5370\u9884\u89c8\u4e2d\u67e5\u770b\uff0c\u9884\u89c8\u4e2d\u53ef\u76f4\u63a5\u6253\u5370\u6216\u53e6\u5b58\u4e3a PDF", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("PrintPage", u"\u6253\u5370\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("PrintPage", u"\u9009\u62e9\u6253\u5370\u673a\u540e\u76f4\u63a5\u6253\u5370\uff0c\u4e0d\u9884\u89c8", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("PrintPage", u"\u4fdd\u5b58 PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("PrintPage", u"\u751f\u6210 PDF \u6587\u4ef6\u5e76\u4fdd\u5b58", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText("")
        pass
    # retranslateUi

