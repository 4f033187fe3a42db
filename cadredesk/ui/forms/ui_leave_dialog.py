# Generated from forms/leave_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'leave_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_LeaveDialog(object):
    def setupUi(self, LeaveDialog):
        if not LeaveDialog.objectName():
            LeaveDialog.setObjectName(u"LeaveDialog")
        LeaveDialog.resize(460, 300)
        LeaveDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(LeaveDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.cadreLabel = QLabel(LeaveDialog)
        self.cadreLabel.setObjectName(u"cadreLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cadreLabel)

        self.cadreCombo = QComboBox(LeaveDialog)
        self.cadreCombo.setObjectName(u"cadreCombo")
        self.cadreCombo.setEditable(True)
        self.cadreCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cadreCombo)

        self.kindLabel = QLabel(LeaveDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(LeaveDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.startLabel = QLabel(LeaveDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateEdit(LeaveDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(LeaveDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QDateEdit(LeaveDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.reasonLabel = QLabel(LeaveDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(LeaveDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.requestedLabel = QLabel(LeaveDialog)
        self.requestedLabel.setObjectName(u"requestedLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.requestedLabel)

        self.requestedEdit = QDateEdit(LeaveDialog)
        self.requestedEdit.setObjectName(u"requestedEdit")
        self.requestedEdit.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.requestedEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(LeaveDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(LeaveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.cadreLabel.setBuddy(self.cadreCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.requestedLabel.setBuddy(self.requestedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LeaveDialog)

        QMetaObject.connectSlotsByName(LeaveDialog)
    # setupUi

    def retranslateUi(self, LeaveDialog):
        LeaveDialog.setWindowTitle(QCoreApplication.translate("LeaveDialog", u"\u767b\u8bb0\u8bf7\u5047", None))
        self.cadreLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u5e72\u90e8\uff1a", None))
        self.kindLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u5047\u522b\uff1a", None))
        self.startLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u5f00\u59cb\u65e5\u671f\uff1a", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("LeaveDialog", u"yyyy-MM-dd", None))
        self.endLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u7ed3\u675f\u65e5\u671f\uff1a", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("LeaveDialog", u"yyyy-MM-dd", None))
        self.reasonLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u4e8b\u7531\uff1a", None))
        self.requestedLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u7533\u8bf7\u65e5\u671f\uff1a", None))
        self.requestedEdit.setDisplayFormat(QCoreApplication.translate("LeaveDialog", u"yyyy-MM-dd", None))
        self.errorLabel.setText("")
    # retranslateUi

