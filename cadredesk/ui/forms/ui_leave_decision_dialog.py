# Generated from forms/leave_decision_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'leave_decision_dialog.ui'
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

class Ui_LeaveDecisionDialog(object):
    def setupUi(self, LeaveDecisionDialog):
        if not LeaveDecisionDialog.objectName():
            LeaveDecisionDialog.setObjectName(u"LeaveDecisionDialog")
        LeaveDecisionDialog.resize(460, 220)
        LeaveDecisionDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(LeaveDecisionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(LeaveDecisionDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.approverLabel = QLabel(LeaveDecisionDialog)
        self.approverLabel.setObjectName(u"approverLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.approverLabel)

        self.approverEdit = QLineEdit(LeaveDecisionDialog)
        self.approverEdit.setObjectName(u"approverEdit")
        self.approverEdit.setMaxLength(64)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.approverEdit)

        self.dayLabel = QLabel(LeaveDecisionDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(LeaveDecisionDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.noteLabel = QLabel(LeaveDecisionDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(LeaveDecisionDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(LeaveDecisionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(LeaveDecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.approverLabel.setBuddy(self.approverEdit)
        self.dayLabel.setBuddy(self.dayEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LeaveDecisionDialog)

        QMetaObject.connectSlotsByName(LeaveDecisionDialog)
    # setupUi

    def retranslateUi(self, LeaveDecisionDialog):
        LeaveDecisionDialog.setWindowTitle(QCoreApplication.translate("LeaveDecisionDialog", u"\u5ba1\u6279\u8bf7\u5047", None))
        self.summaryLabel.setText("")
        self.approverLabel.setText(QCoreApplication.translate("LeaveDecisionDialog", u"\u5ba1\u6279\u4eba\uff1a", None))
        self.approverEdit.setPlaceholderText(QCoreApplication.translate("LeaveDecisionDialog", u"\u4e61\u9547\u515a\u59d4\u8d1f\u8d23\u540c\u5fd7\u59d3\u540d", None))
        self.dayLabel.setText(QCoreApplication.translate("LeaveDecisionDialog", u"\u65e5\u671f\uff1a", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("LeaveDecisionDialog", u"yyyy-MM-dd", None))
        self.noteLabel.setText(QCoreApplication.translate("LeaveDecisionDialog", u"\u610f\u89c1\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

