# Generated from forms/problem_detail_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'problem_detail_dialog.ui'
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
    QHeaderView, QLabel, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_ProblemDetailDialog(object):
    def setupUi(self, ProblemDetailDialog):
        if not ProblemDetailDialog.objectName():
            ProblemDetailDialog.setObjectName(u"ProblemDetailDialog")
        ProblemDetailDialog.resize(760, 460)
        ProblemDetailDialog.setMinimumSize(QSize(640, 0))
        self.mainLayout = QVBoxLayout(ProblemDetailDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.infoLabel = QLabel(ProblemDetailDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.infoLabel)

        self.stepsTitle = QLabel(ProblemDetailDialog)
        self.stepsTitle.setObjectName(u"stepsTitle")

        self.mainLayout.addWidget(self.stepsTitle)

        self.stepsView = QTableView(ProblemDetailDialog)
        self.stepsView.setObjectName(u"stepsView")

        self.mainLayout.addWidget(self.stepsView)

        self.buttonBox = QDialogButtonBox(ProblemDetailDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(2, 1)

        self.retranslateUi(ProblemDetailDialog)

        QMetaObject.connectSlotsByName(ProblemDetailDialog)
    # setupUi

    def retranslateUi(self, ProblemDetailDialog):
        ProblemDetailDialog.setWindowTitle(QCoreApplication.translate("ProblemDetailDialog", u"\u95ee\u9898\u8be6\u60c5", None))
        self.infoLabel.setText("")
        self.stepsTitle.setText(QCoreApplication.translate("ProblemDetailDialog", u"\u529e\u7406\u8fc7\u7a0b", None))
    # retranslateUi

