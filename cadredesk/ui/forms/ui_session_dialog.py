# Generated from forms/session_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.resize(500, 260)
        SessionDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(SessionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.sessionForm = QFormLayout()
        self.sessionForm.setObjectName(u"sessionForm")
        self.sessionForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.nameEditLabel = QLabel(SessionDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(SessionDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(128)

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.startEditLabel = QLabel(SessionDialog)
        self.startEditLabel.setObjectName(u"startEditLabel")

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startEditLabel)

        self.startEdit = QDateEdit(SessionDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endEditLabel = QLabel(SessionDialog)
        self.endEditLabel.setObjectName(u"endEditLabel")

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endEditLabel)

        self.endEdit = QDateEdit(SessionDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.locationEditLabel = QLabel(SessionDialog)
        self.locationEditLabel.setObjectName(u"locationEditLabel")

        self.sessionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.locationEditLabel)

        self.locationEdit = QLineEdit(SessionDialog)
        self.locationEdit.setObjectName(u"locationEdit")
        self.locationEdit.setMaxLength(128)

        self.sessionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.organizerEditLabel = QLabel(SessionDialog)
        self.organizerEditLabel.setObjectName(u"organizerEditLabel")

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.organizerEditLabel)

        self.organizerEdit = QLineEdit(SessionDialog)
        self.organizerEdit.setObjectName(u"organizerEdit")
        self.organizerEdit.setMaxLength(128)

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.organizerEdit)

        self.noteEditLabel = QLabel(SessionDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.sessionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(SessionDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(256)

        self.sessionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.enrolCheck = QCheckBox(SessionDialog)
        self.enrolCheck.setObjectName(u"enrolCheck")
        self.enrolCheck.setChecked(True)

        self.sessionForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.enrolCheck)


        self.mainLayout.addLayout(self.sessionForm)

        self.errorLabel = QLabel(SessionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.startEditLabel.setBuddy(self.startEdit)
        self.endEditLabel.setBuddy(self.endEdit)
        self.locationEditLabel.setBuddy(self.locationEdit)
        self.organizerEditLabel.setBuddy(self.organizerEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SessionDialog)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"\u65b0\u5efa\u57f9\u8bad\u73ed", None))
        self.nameEditLabel.setText(QCoreApplication.translate("SessionDialog", u"\u540d\u79f0\uff1a", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"\u5982\uff1a2026\u5e74\u5ea6\u9009\u6d3e\u5e72\u90e8\u9a7b\u6751\u5c97\u524d\u57f9\u8bad\u73ed", None))
        self.startEditLabel.setText(QCoreApplication.translate("SessionDialog", u"\u5f00\u59cb\u65e5\u671f\uff1a", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"yyyy-MM-dd", None))
        self.endEditLabel.setText(QCoreApplication.translate("SessionDialog", u"\u7ed3\u675f\u65e5\u671f\uff1a", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"yyyy-MM-dd", None))
        self.locationEditLabel.setText(QCoreApplication.translate("SessionDialog", u"\u5730\u70b9\uff1a", None))
        self.locationEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"\u5982\uff1a\u53bf\u59d4\u515a\u6821", None))
        self.organizerEditLabel.setText(QCoreApplication.translate("SessionDialog", u"\u4e3b\u529e\u5355\u4f4d\uff1a", None))
        self.organizerEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"\u5982\uff1a\u53bf\u59d4\u7ec4\u7ec7\u90e8", None))
        self.noteEditLabel.setText(QCoreApplication.translate("SessionDialog", u"\u5907\u6ce8\uff1a", None))
        self.enrolCheck.setText(QCoreApplication.translate("SessionDialog", u"\u628a\u672c\u6279\u6b21\u5c1a\u672a\u53c2\u52a0\u57f9\u8bad\u73ed\u7684\u5e72\u90e8\u5217\u4e3a\u5b66\u5458", None))
    # retranslateUi

