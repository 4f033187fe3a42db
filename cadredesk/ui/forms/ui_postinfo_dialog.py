# Generated from forms/postinfo_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'postinfo_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from cadredesk.ui.widgets import NullableDateEdit

class Ui_PostInfoDialog(object):
    def setupUi(self, PostInfoDialog):
        if not PostInfoDialog.objectName():
            PostInfoDialog.setObjectName(u"PostInfoDialog")
        PostInfoDialog.resize(480, 340)
        PostInfoDialog.setMinimumSize(QSize(460, 0))
        self.mainLayout = QVBoxLayout(PostInfoDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.cadreLabel = QLabel(PostInfoDialog)
        self.cadreLabel.setObjectName(u"cadreLabel")
        self.cadreLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.cadreLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.insurerLabel = QLabel(PostInfoDialog)
        self.insurerLabel.setObjectName(u"insurerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.insurerLabel)

        self.insurerEdit = QLineEdit(PostInfoDialog)
        self.insurerEdit.setObjectName(u"insurerEdit")
        self.insurerEdit.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.insurerEdit)

        self.policyLabel = QLabel(PostInfoDialog)
        self.policyLabel.setObjectName(u"policyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.policyLabel)

        self.policyEdit = QLineEdit(PostInfoDialog)
        self.policyEdit.setObjectName(u"policyEdit")
        self.policyEdit.setMaxLength(64)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.policyEdit)

        self.startLabel = QLabel(PostInfoDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = NullableDateEdit(PostInfoDialog)
        self.startEdit.setObjectName(u"startEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.expiryLabel = QLabel(PostInfoDialog)
        self.expiryLabel.setObjectName(u"expiryLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.expiryLabel)

        self.expiryEdit = NullableDateEdit(PostInfoDialog)
        self.expiryEdit.setObjectName(u"expiryEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.expiryEdit)

        self.transferLabel = QLabel(PostInfoDialog)
        self.transferLabel.setObjectName(u"transferLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.transferLabel)

        self.transferEdit = NullableDateEdit(PostInfoDialog)
        self.transferEdit.setObjectName(u"transferEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.transferEdit)

        self.allowanceLabel = QLabel(PostInfoDialog)
        self.allowanceLabel.setObjectName(u"allowanceLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.allowanceLabel)

        self.allowanceEdit = QLineEdit(PostInfoDialog)
        self.allowanceEdit.setObjectName(u"allowanceEdit")
        self.allowanceEdit.setMaxLength(12)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.allowanceEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(PostInfoDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PostInfoDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.insurerLabel.setBuddy(self.insurerEdit)
        self.policyLabel.setBuddy(self.policyEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.expiryLabel.setBuddy(self.expiryEdit)
        self.transferLabel.setBuddy(self.transferEdit)
        self.allowanceLabel.setBuddy(self.allowanceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PostInfoDialog)

        QMetaObject.connectSlotsByName(PostInfoDialog)
    # setupUi

    def retranslateUi(self, PostInfoDialog):
        PostInfoDialog.setWindowTitle(QCoreApplication.translate("PostInfoDialog", u"\u4fdd\u9669\u53ca\u515a\u7ec4\u7ec7\u5173\u7cfb", None))
        self.cadreLabel.setText("")
        self.insurerLabel.setText(QCoreApplication.translate("PostInfoDialog", u"\u627f\u4fdd\u516c\u53f8\uff1a", None))
        self.policyLabel.setText(QCoreApplication.translate("PostInfoDialog", u"\u4fdd\u5355\u53f7\uff1a", None))
        self.startLabel.setText(QCoreApplication.translate("PostInfoDialog", u"\u4fdd\u9669\u8d77\u671f\uff1a", None))
        self.expiryLabel.setText(QCoreApplication.translate("PostInfoDialog", u"\u4fdd\u9669\u6b62\u671f\uff1a", None))
        self.transferLabel.setText(QCoreApplication.translate("PostInfoDialog", u"\u515a\u7ec4\u7ec7\u5173\u7cfb\u8f6c\u5165\u6751\uff1a", None))
        self.allowanceLabel.setText(QCoreApplication.translate("PostInfoDialog", u"\u751f\u6d3b\u8865\u52a9\uff08\u5143/\u6708\uff09\uff1a", None))
        self.allowanceEdit.setPlaceholderText(QCoreApplication.translate("PostInfoDialog", u"\u4e0d\u586b\u5219\u4e0d\u53d1", None))
        self.errorLabel.setText("")
    # retranslateUi

