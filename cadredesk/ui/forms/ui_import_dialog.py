# Generated from forms/import_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
    QDialog, QDialogButtonBox, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(1100, 720)
        self.mainLayout = QVBoxLayout(ImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileCaption = QLabel(ImportDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.fileLayout.addWidget(self.fileCaption)

        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fileLayout.addWidget(self.fileLabel)

        self.sheetLabel = QLabel(ImportDialog)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileLayout.addWidget(self.sheetLabel)

        self.sheetCombo = QComboBox(ImportDialog)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setMinimumContentsLength(10)
        self.sheetCombo.setEnabled(False)

        self.fileLayout.addWidget(self.sheetCombo)

        self.chooseButton = QPushButton(ImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileLayout.addWidget(self.chooseButton)

        self.fileLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.fileLayout)

        self.splitter = QSplitter(ImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.mappingBox = QGroupBox(self.splitter)
        self.mappingBox.setObjectName(u"mappingBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.mappingBox.sizePolicy().hasHeightForWidth())
        self.mappingBox.setSizePolicy(sizePolicy)
        self.mappingLayout = QVBoxLayout(self.mappingBox)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingLayout.setContentsMargins(6, 6, 6, 6)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLabel = QLabel(self.mappingBox)
        self.headerLabel.setObjectName(u"headerLabel")

        self.headerLayout.addWidget(self.headerLabel)

        self.headerSpin = QSpinBox(self.mappingBox)
        self.headerSpin.setObjectName(u"headerSpin")
        self.headerSpin.setMinimum(1)
        self.headerSpin.setMaximum(60)

        self.headerLayout.addWidget(self.headerSpin)

        self.headerRowsLabel = QLabel(self.mappingBox)
        self.headerRowsLabel.setObjectName(u"headerRowsLabel")

        self.headerLayout.addWidget(self.headerRowsLabel)

        self.headerLevels = QComboBox(self.mappingBox)
        self.headerLevels.setObjectName(u"headerLevels")

        self.headerLayout.addWidget(self.headerLevels)

        self.headerSpacer = QSpacerItem(12, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.titleLabel = QLabel(self.mappingBox)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"hint", True)
        self.titleLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.titleLabel)

        self.headerLayout.setStretch(5, 1)

        self.mappingLayout.addLayout(self.headerLayout)

        self.mappingArea = QScrollArea(self.mappingBox)
        self.mappingArea.setObjectName(u"mappingArea")
        self.mappingArea.setFrameShape(QFrame.Shape.NoFrame)
        self.mappingArea.setWidgetResizable(True)
        self.mappingWidget = QWidget()
        self.mappingWidget.setObjectName(u"mappingWidget")
        self.mappingWidget.setGeometry(QRect(0, 0, 1000, 100))
        self.mappingGrid = QGridLayout(self.mappingWidget)
        self.mappingGrid.setObjectName(u"mappingGrid")
        self.mappingGrid.setHorizontalSpacing(10)
        self.mappingGrid.setContentsMargins(0, 0, 0, 0)
        self.mappingArea.setWidget(self.mappingWidget)

        self.mappingLayout.addWidget(self.mappingArea)

        self.layoutNote = QLabel(self.mappingBox)
        self.layoutNote.setObjectName(u"layoutNote")
        self.layoutNote.setWordWrap(True)

        self.mappingLayout.addWidget(self.layoutNote)

        self.mappingLayout.setStretch(1, 1)
        self.splitter.addWidget(self.mappingBox)
        self.previewBox = QGroupBox(self.splitter)
        self.previewBox.setObjectName(u"previewBox")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(3)
        sizePolicy1.setHeightForWidth(self.previewBox.sizePolicy().hasHeightForWidth())
        self.previewBox.setSizePolicy(sizePolicy1)
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(6, 6, 6, 6)
        self.previewTop = QHBoxLayout()
        self.previewTop.setObjectName(u"previewTop")
        self.summaryLabel = QLabel(self.previewBox)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.previewTop.addWidget(self.summaryLabel)

        self.onlyBadCheck = QCheckBox(self.previewBox)
        self.onlyBadCheck.setObjectName(u"onlyBadCheck")

        self.previewTop.addWidget(self.onlyBadCheck)

        self.previewTop.setStretch(0, 1)

        self.previewLayout.addLayout(self.previewTop)

        self.view = QTableView(self.previewBox)
        self.view.setObjectName(u"view")

        self.previewLayout.addWidget(self.view)

        self.previewLayout.setStretch(1, 1)
        self.splitter.addWidget(self.previewBox)

        self.mainLayout.addWidget(self.splitter)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.createPlacesCheck = QCheckBox(ImportDialog)
        self.createPlacesCheck.setObjectName(u"createPlacesCheck")

        self.optionsLayout.addWidget(self.createPlacesCheck)

        self.optionsGap = QSpacerItem(12, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsGap)

        self.skipInvalidCheck = QCheckBox(ImportDialog)
        self.skipInvalidCheck.setObjectName(u"skipInvalidCheck")

        self.optionsLayout.addWidget(self.skipInvalidCheck)

        self.optionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.annotateButton = QPushButton(ImportDialog)
        self.annotateButton.setObjectName(u"annotateButton")

        self.optionsLayout.addWidget(self.annotateButton)


        self.mainLayout.addLayout(self.optionsLayout)

        self.errorLabel = QLabel(ImportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.busyLabel = QLabel(ImportDialog)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setProperty(u"hint", True)

        self.bottomLayout.addWidget(self.busyLabel)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.bottomLayout.addWidget(self.buttonBox)

        self.bottomLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.bottomLayout)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.headerLabel.setBuddy(self.headerSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"\u5bfc\u5165\u9009\u6d3e\u540d\u5355", None))
        self.fileCaption.setText(QCoreApplication.translate("ImportDialog", u"\u540d\u5355\u6587\u4ef6\uff1a", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"\u5c1a\u672a\u9009\u62e9\u6587\u4ef6", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportDialog", u"\u5de5\u4f5c\u8868", None))
        self.chooseButton.setText(QCoreApplication.translate("ImportDialog", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.mappingBox.setTitle(QCoreApplication.translate("ImportDialog", u"\u5217\u4e0e\u5b57\u6bb5\u7684\u5bf9\u5e94\uff08\u53ef\u8c03\u6574\uff09", None))
        self.headerLabel.setText(QCoreApplication.translate("ImportDialog", u"\u8868\u5934\u5728\u7b2c", None))
        self.headerRowsLabel.setText(QCoreApplication.translate("ImportDialog", u"\u884c\u8d77\uff0c", None))
        self.previewBox.setTitle(QCoreApplication.translate("ImportDialog", u"\u9884\u89c8", None))
        self.onlyBadCheck.setText(QCoreApplication.translate("ImportDialog", u"\u53ea\u770b\u4e0d\u5408\u683c\u7684\u884c", None))
        self.createPlacesCheck.setText(QCoreApplication.translate("ImportDialog", u"\u81ea\u52a8\u65b0\u5efa\u540d\u5355\u4e2d\u672a\u767b\u8bb0\u7684\u4e61\u9547\u548c\u6d3e\u9a7b\u70b9", None))
        self.skipInvalidCheck.setText(QCoreApplication.translate("ImportDialog", u"\u8df3\u8fc7\u4e0d\u5408\u683c\u7684\u884c\uff0c\u53ea\u5bfc\u5165\u5408\u683c\u7684\u884c", None))
        self.annotateButton.setText(QCoreApplication.translate("ImportDialog", u"\u53e6\u5b58\u6821\u9a8c\u7ed3\u679c\u2026", None))
#if QT_CONFIG(tooltip)
        self.annotateButton.setToolTip(QCoreApplication.translate("ImportDialog", u"\u4fdd\u5b58\u4e00\u4efd\u5728\u6bcf\u884c\u65c1\u6807\u6ce8\u4e86\u6821\u9a8c\u7ed3\u679c\u7684\u5de5\u4f5c\u7c3f\uff0c\u53ef\u9000\u56de\u62a5\u9001\u5355\u4f4d\u6539\u6b63", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

