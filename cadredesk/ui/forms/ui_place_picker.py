# Generated from forms/place_picker.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'place_picker.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QSizePolicy,
    QWidget)

class Ui_PlacePicker(object):
    def setupUi(self, PlacePicker):
        if not PlacePicker.objectName():
            PlacePicker.setObjectName(u"PlacePicker")
        PlacePicker.resize(400, 30)
        self.mainLayout = QHBoxLayout(PlacePicker)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.townshipCombo = QComboBox(PlacePicker)
        self.townshipCombo.setObjectName(u"townshipCombo")

        self.mainLayout.addWidget(self.townshipCombo)

        self.placeCombo = QComboBox(PlacePicker)
        self.placeCombo.setObjectName(u"placeCombo")
        self.placeCombo.setMinimumContentsLength(12)

        self.mainLayout.addWidget(self.placeCombo)

        self.mainLayout.setStretch(0, 1)
        self.mainLayout.setStretch(1, 2)

        self.retranslateUi(PlacePicker)

        QMetaObject.connectSlotsByName(PlacePicker)
    # setupUi

    def retranslateUi(self, PlacePicker):
        pass
    # retranslateUi

