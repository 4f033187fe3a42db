# Generated from forms/training_override_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_override_dialog.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_TrainingOverrideDialog(object):
    def setupUi(self, TrainingOverrideDialog):
        if not TrainingOverrideDialog.objectName():
            TrainingOverrideDialog.setObjectName(u"TrainingOverrideDialog")
        TrainingOverrideDialog.resize(480, 200)
        TrainingOverrideDialog.setMinimumSize(QSize(460, 0))
        self.mainLayout = QVBoxLayout(TrainingOverrideDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(TrainingOverrideDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.reasonEdit = QPlainTextEdit(TrainingOverrideDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMinimumSize(QSize(0, 70))
        self.reasonEdit.setMaximumSize(QSize(16777215, 70))
        self.reasonEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.reasonEdit)

        self.errorLabel = QLabel(TrainingOverrideDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TrainingOverrideDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(TrainingOverrideDialog)

        QMetaObject.connectSlotsByName(TrainingOverrideDialog)
    # setupUi

    def retranslateUi(self, TrainingOverrideDialog):
        TrainingOverrideDialog.setWindowTitle(QCoreApplication.translate("TrainingOverrideDialog", u"\u672a\u5b8c\u6210\u5c97\u524d\u57f9\u8bad", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("TrainingOverrideDialog", u"\u5148\u884c\u4e0a\u5c97\u539f\u56e0\uff08\u5fc5\u586b\uff09", None))
    # retranslateUi

