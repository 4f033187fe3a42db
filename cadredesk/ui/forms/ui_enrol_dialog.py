# Generated from forms/enrol_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enrol_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_EnrolDialog(object):
    def setupUi(self, EnrolDialog):
        if not EnrolDialog.objectName():
            EnrolDialog.setObjectName(u"EnrolDialog")
        EnrolDialog.resize(760, 520)
        EnrolDialog.setMinimumSize(QSize(740, 0))
        self.mainLayout = QVBoxLayout(EnrolDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.enrolBar = QHBoxLayout()
        self.enrolBar.setObjectName(u"enrolBar")
        self.searchEdit = QLineEdit(EnrolDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(180, 0))

        self.enrolBar.addWidget(self.searchEdit)

        self.notInClassCheck = QCheckBox(EnrolDialog)
        self.notInClassCheck.setObjectName(u"notInClassCheck")
        self.notInClassCheck.setChecked(True)

        self.enrolBar.addWidget(self.notInClassCheck)


        self.mainLayout.addLayout(self.enrolBar)

        self.view = QTableView(EnrolDialog)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.hintLabel = QLabel(EnrolDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(EnrolDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EnrolDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(EnrolDialog)

        QMetaObject.connectSlotsByName(EnrolDialog)
    # setupUi

    def retranslateUi(self, EnrolDialog):
        EnrolDialog.setWindowTitle(QCoreApplication.translate("EnrolDialog", u"\u52a0\u5165\u5b66\u5458", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("EnrolDialog", u"\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u3001\u5355\u4f4d\u6216\u6751", None))
        self.notInClassCheck.setText(QCoreApplication.translate("EnrolDialog", u"\u53ea\u770b\u672a\u53c2\u52a0\u4efb\u4f55\u57f9\u8bad\u73ed\u7684\u5e72\u90e8", None))
        self.hintLabel.setText(QCoreApplication.translate("EnrolDialog", u"\u53ef\u6309\u4f4f Ctrl \u6216 Shift \u591a\u9009", None))
    # retranslateUi

