# Generated from forms/cadre_picker.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cadre_picker.ui'
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
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_CadrePicker(object):
    def setupUi(self, CadrePicker):
        if not CadrePicker.objectName():
            CadrePicker.setObjectName(u"CadrePicker")
        CadrePicker.resize(600, 300)
        self.mainLayout = QVBoxLayout(CadrePicker)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.searchEdit = QLineEdit(CadrePicker)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.mainLayout.addWidget(self.searchEdit)

        self.view = QTableView(CadrePicker)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.countLabel = QLabel(CadrePicker)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.countLabel)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(CadrePicker)

        QMetaObject.connectSlotsByName(CadrePicker)
    # setupUi

    def retranslateUi(self, CadrePicker):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CadrePicker", u"\u641c\u7d22\uff1a\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u6216\u5355\u4f4d", None))
        pass
    # retranslateUi

