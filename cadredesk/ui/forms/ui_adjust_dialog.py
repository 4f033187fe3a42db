# Generated from forms/adjust_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'adjust_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

from cadredesk.ui.pickers import PlacePicker

class Ui_AdjustDialog(object):
    def setupUi(self, AdjustDialog):
        if not AdjustDialog.objectName():
            AdjustDialog.setObjectName(u"AdjustDialog")
        AdjustDialog.resize(540, 140)
        AdjustDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(AdjustDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.currentLabel = QLabel(AdjustDialog)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.currentLabel)

        self.placeForm = QFormLayout()
        self.placeForm.setObjectName(u"placeForm")
        self.placeForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.placePickerLabel = QLabel(AdjustDialog)
        self.placePickerLabel.setObjectName(u"placePickerLabel")

        self.placeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.placePickerLabel)

        self.placePicker = PlacePicker(AdjustDialog)
        self.placePicker.setObjectName(u"placePicker")

        self.placeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.placePicker)

        self.roleComboLabel = QLabel(AdjustDialog)
        self.roleComboLabel.setObjectName(u"roleComboLabel")

        self.placeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleComboLabel)

        self.roleCombo = QComboBox(AdjustDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.placeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)


        self.mainLayout.addLayout(self.placeForm)

        self.errorLabel = QLabel(AdjustDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AdjustDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.placePickerLabel.setBuddy(self.placePicker)
        self.roleComboLabel.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdjustDialog)

        QMetaObject.connectSlotsByName(AdjustDialog)
    # setupUi

    def retranslateUi(self, AdjustDialog):
        AdjustDialog.setWindowTitle(QCoreApplication.translate("AdjustDialog", u"\u8c03\u6574\u6d3e\u9a7b", None))
        self.placePickerLabel.setText(QCoreApplication.translate("AdjustDialog", u"\u6d3e\u9a7b\u4e61\u9547\u3001\u6d3e\u9a7b\u70b9\uff1a", None))
        self.roleComboLabel.setText(QCoreApplication.translate("AdjustDialog", u"\u6d3e\u9a7b\u8eab\u4efd\uff1a", None))
    # retranslateUi

