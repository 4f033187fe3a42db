# Generated from forms/mentor_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mentor_dialog.ui'
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

class Ui_MentorDialog(object):
    def setupUi(self, MentorDialog):
        if not MentorDialog.objectName():
            MentorDialog.setObjectName(u"MentorDialog")
        MentorDialog.resize(460, 260)
        MentorDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(MentorDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mentorForm = QFormLayout()
        self.mentorForm.setObjectName(u"mentorForm")
        self.mentorForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.townshipComboLabel = QLabel(MentorDialog)
        self.townshipComboLabel.setObjectName(u"townshipComboLabel")

        self.mentorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.townshipComboLabel)

        self.townshipCombo = QComboBox(MentorDialog)
        self.townshipCombo.setObjectName(u"townshipCombo")

        self.mentorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.townshipCombo)

        self.nameEditLabel = QLabel(MentorDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.mentorForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(MentorDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(32)

        self.mentorForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.postComboLabel = QLabel(MentorDialog)
        self.postComboLabel.setObjectName(u"postComboLabel")

        self.mentorForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postComboLabel)

        self.postCombo = QComboBox(MentorDialog)
        self.postCombo.setObjectName(u"postCombo")
        self.postCombo.setEditable(True)
        self.postCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.mentorForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.postCombo)

        self.phoneEditLabel = QLabel(MentorDialog)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.mentorForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(MentorDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(32)

        self.mentorForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.noteEditLabel = QLabel(MentorDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.mentorForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(MentorDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(256)

        self.mentorForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.mentorForm)

        self.errorLabel = QLabel(MentorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MentorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.townshipComboLabel.setBuddy(self.townshipCombo)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.postComboLabel.setBuddy(self.postCombo)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MentorDialog)

        QMetaObject.connectSlotsByName(MentorDialog)
    # setupUi

    def retranslateUi(self, MentorDialog):
        MentorDialog.setWindowTitle(QCoreApplication.translate("MentorDialog", u"\u65b0\u589e\u5e2e\u5e26\u4eba", None))
        self.townshipComboLabel.setText(QCoreApplication.translate("MentorDialog", u"\u4e61\u9547\uff08\u8857\u9053\uff09\uff1a", None))
        self.nameEditLabel.setText(QCoreApplication.translate("MentorDialog", u"\u59d3\u540d\uff1a", None))
        self.postComboLabel.setText(QCoreApplication.translate("MentorDialog", u"\u804c\u52a1\uff1a", None))
        self.phoneEditLabel.setText(QCoreApplication.translate("MentorDialog", u"\u8054\u7cfb\u7535\u8bdd\uff1a", None))
        self.noteEditLabel.setText(QCoreApplication.translate("MentorDialog", u"\u5907\u6ce8\uff1a", None))
    # retranslateUi

