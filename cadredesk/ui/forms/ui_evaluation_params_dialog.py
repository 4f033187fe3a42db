# Generated from forms/evaluation_params_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_params_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_EvaluationParamsDialog(object):
    def setupUi(self, EvaluationParamsDialog):
        if not EvaluationParamsDialog.objectName():
            EvaluationParamsDialog.setObjectName(u"EvaluationParamsDialog")
        EvaluationParamsDialog.resize(520, 560)
        self.paramsLayout = QVBoxLayout(EvaluationParamsDialog)
        self.paramsLayout.setObjectName(u"paramsLayout")
        self.introLabel = QLabel(EvaluationParamsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"hint", True)

        self.paramsLayout.addWidget(self.introLabel)

        self.paramsForm = QFormLayout()
        self.paramsForm.setObjectName(u"paramsForm")

        self.paramsLayout.addLayout(self.paramsForm)

        self.errorLabel = QLabel(EvaluationParamsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.paramsLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EvaluationParamsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.paramsLayout.addWidget(self.buttonBox)


        self.retranslateUi(EvaluationParamsDialog)

        QMetaObject.connectSlotsByName(EvaluationParamsDialog)
    # setupUi

    def retranslateUi(self, EvaluationParamsDialog):
        EvaluationParamsDialog.setWindowTitle(QCoreApplication.translate("EvaluationParamsDialog", u"\u8003\u6838\u53c2\u6570", None))
        self.introLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

