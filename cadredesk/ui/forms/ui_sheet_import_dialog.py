# Generated from forms/sheet_import_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sheet_import_dialog.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_SheetImportDialog(object):
    def setupUi(self, SheetImportDialog):
        if not SheetImportDialog.objectName():
            SheetImportDialog.setObjectName(u"SheetImportDialog")
        SheetImportDialog.resize(760, 480)
        SheetImportDialog.setMinimumSize(QSize(640, 0))
        self.mainLayout = QVBoxLayout(SheetImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(SheetImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.introLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(SheetImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(SheetImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.mainLayout.addLayout(self.fileLayout)

        self.skipCheck = QCheckBox(SheetImportDialog)
        self.skipCheck.setObjectName(u"skipCheck")

        self.mainLayout.addWidget(self.skipCheck)

        self.summaryLabel = QLabel(SheetImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.problemView = QTableView(SheetImportDialog)
        self.problemView.setObjectName(u"problemView")

        self.mainLayout.addWidget(self.problemView)

        self.errorLabel = QLabel(SheetImportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SheetImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(4, 1)

        self.retranslateUi(SheetImportDialog)

        QMetaObject.connectSlotsByName(SheetImportDialog)
    # setupUi

    def retranslateUi(self, SheetImportDialog):
        SheetImportDialog.setWindowTitle(QCoreApplication.translate("SheetImportDialog", u"\u4ece Excel \u5bfc\u5165", None))
        self.introLabel.setText("")
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("SheetImportDialog", u"\u9009\u62e9\u8981\u5bfc\u5165\u7684 Excel \u5de5\u4f5c\u7c3f", None))
        self.browseButton.setText(QCoreApplication.translate("SheetImportDialog", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.skipCheck.setText(QCoreApplication.translate("SheetImportDialog", u"\u8df3\u8fc7\u6709\u95ee\u9898\u7684\u884c\uff0c\u53ea\u5bfc\u5165\u6b63\u786e\u7684\u884c", None))
        self.summaryLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

