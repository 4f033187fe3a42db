# Generated from forms/holiday_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'holiday_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_HolidayDialog(object):
    def setupUi(self, HolidayDialog):
        if not HolidayDialog.objectName():
            HolidayDialog.setObjectName(u"HolidayDialog")
        HolidayDialog.resize(460, 220)
        HolidayDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(HolidayDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(HolidayDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.firstLabel = QLabel(HolidayDialog)
        self.firstLabel.setObjectName(u"firstLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstLabel)

        self.firstEdit = QDateEdit(HolidayDialog)
        self.firstEdit.setObjectName(u"firstEdit")
        self.firstEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstEdit)

        self.lastLabel = QLabel(HolidayDialog)
        self.lastLabel.setObjectName(u"lastLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastLabel)

        self.lastEdit = QDateEdit(HolidayDialog)
        self.lastEdit.setObjectName(u"lastEdit")
        self.lastEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastEdit)

        self.nameLabel = QLabel(HolidayDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(HolidayDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(32)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(HolidayDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(HolidayDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.firstLabel.setBuddy(self.firstEdit)
        self.lastLabel.setBuddy(self.lastEdit)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HolidayDialog)

        QMetaObject.connectSlotsByName(HolidayDialog)
    # setupUi

    def retranslateUi(self, HolidayDialog):
        HolidayDialog.setWindowTitle(QCoreApplication.translate("HolidayDialog", u"\u65b0\u589e\u653e\u5047\u65e5", None))
        self.introLabel.setText("")
        self.firstLabel.setText(QCoreApplication.translate("HolidayDialog", u"\u65e5\u671f\uff1a", None))
        self.firstEdit.setDisplayFormat(QCoreApplication.translate("HolidayDialog", u"yyyy-MM-dd", None))
        self.lastLabel.setText(QCoreApplication.translate("HolidayDialog", u"\u81f3\uff1a", None))
        self.lastEdit.setDisplayFormat(QCoreApplication.translate("HolidayDialog", u"yyyy-MM-dd", None))
        self.nameLabel.setText(QCoreApplication.translate("HolidayDialog", u"\u8282\u65e5\u540d\u79f0\uff1a", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("HolidayDialog", u"\u5982 \u6625\u8282\u3001\u56fd\u5e86\u8282", None))
        self.errorLabel.setText("")
    # retranslateUi

