# Generated from forms/household_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_HouseholdDialog(object):
    def setupUi(self, HouseholdDialog):
        if not HouseholdDialog.objectName():
            HouseholdDialog.setObjectName(u"HouseholdDialog")
        HouseholdDialog.resize(460, 300)
        HouseholdDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(HouseholdDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.cadreLabel = QLabel(HouseholdDialog)
        self.cadreLabel.setObjectName(u"cadreLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cadreLabel)

        self.cadreCombo = QComboBox(HouseholdDialog)
        self.cadreCombo.setObjectName(u"cadreCombo")
        self.cadreCombo.setEditable(True)
        self.cadreCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cadreCombo)

        self.headLabel = QLabel(HouseholdDialog)
        self.headLabel.setObjectName(u"headLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.headLabel)

        self.headEdit = QLineEdit(HouseholdDialog)
        self.headEdit.setObjectName(u"headEdit")
        self.headEdit.setMaxLength(64)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.headEdit)

        self.addressLabel = QLabel(HouseholdDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(HouseholdDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.categoryLabel = QLabel(HouseholdDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(HouseholdDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)
        self.categoryCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categoryCombo)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(HouseholdDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(HouseholdDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.cadreLabel.setBuddy(self.cadreCombo)
        self.headLabel.setBuddy(self.headEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HouseholdDialog)

        QMetaObject.connectSlotsByName(HouseholdDialog)
    # setupUi

    def retranslateUi(self, HouseholdDialog):
        HouseholdDialog.setWindowTitle(QCoreApplication.translate("HouseholdDialog", u"\u65b0\u589e\u8054\u7cfb\u6237", None))
        self.cadreLabel.setText(QCoreApplication.translate("HouseholdDialog", u"\u8054\u7cfb\u5e72\u90e8\uff1a", None))
        self.headLabel.setText(QCoreApplication.translate("HouseholdDialog", u"\u6237\u4e3b\u59d3\u540d\uff1a", None))
        self.addressLabel.setText(QCoreApplication.translate("HouseholdDialog", u"\u4f4f\u5740\uff1a", None))
        self.categoryLabel.setText(QCoreApplication.translate("HouseholdDialog", u"\u6237\u7c7b\u522b\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

