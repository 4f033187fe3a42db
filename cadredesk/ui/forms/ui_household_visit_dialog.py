# Generated from forms/household_visit_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_visit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_HouseholdVisitDialog(object):
    def setupUi(self, HouseholdVisitDialog):
        if not HouseholdVisitDialog.objectName():
            HouseholdVisitDialog.setObjectName(u"HouseholdVisitDialog")
        HouseholdVisitDialog.resize(460, 360)
        HouseholdVisitDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(HouseholdVisitDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.householdLabel = QLabel(HouseholdVisitDialog)
        self.householdLabel.setObjectName(u"householdLabel")
        self.householdLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.householdLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.dayLabel = QLabel(HouseholdVisitDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(HouseholdVisitDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.cadresLabel = QLabel(HouseholdVisitDialog)
        self.cadresLabel.setObjectName(u"cadresLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cadresLabel)

        self.cadreList = QListWidget(HouseholdVisitDialog)
        self.cadreList.setObjectName(u"cadreList")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cadreList)

        self.noteLabel = QLabel(HouseholdVisitDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(HouseholdVisitDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(HouseholdVisitDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(HouseholdVisitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayEdit)
        self.cadresLabel.setBuddy(self.cadreList)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HouseholdVisitDialog)

        QMetaObject.connectSlotsByName(HouseholdVisitDialog)
    # setupUi

    def retranslateUi(self, HouseholdVisitDialog):
        HouseholdVisitDialog.setWindowTitle(QCoreApplication.translate("HouseholdVisitDialog", u"\u8bb0\u5f55\u8d70\u8bbf\u8054\u7cfb\u6237", None))
        self.householdLabel.setText("")
        self.dayLabel.setText(QCoreApplication.translate("HouseholdVisitDialog", u"\u8d70\u8bbf\u65e5\u671f\uff1a", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("HouseholdVisitDialog", u"yyyy-MM-dd", None))
        self.cadresLabel.setText(QCoreApplication.translate("HouseholdVisitDialog", u"\u8d70\u8bbf\u5e72\u90e8\uff1a", None))
#if QT_CONFIG(tooltip)
        self.cadreList.setToolTip(QCoreApplication.translate("HouseholdVisitDialog", u"\u52fe\u9009\u4e00\u540c\u8d70\u8bbf\u7684\u5e72\u90e8\uff08\u53ef\u591a\u4eba\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.noteLabel.setText(QCoreApplication.translate("HouseholdVisitDialog", u"\u60c5\u51b5\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

