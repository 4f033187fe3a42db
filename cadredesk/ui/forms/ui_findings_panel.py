# Generated from forms/findings_panel.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'findings_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_FindingsPanel(object):
    def setupUi(self, FindingsPanel):
        if not FindingsPanel.objectName():
            FindingsPanel.setObjectName(u"FindingsPanel")
        FindingsPanel.resize(600, 260)
        self.mainLayout = QVBoxLayout(FindingsPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(6, 6, 6, 6)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.summaryLabel = QLabel(FindingsPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.topLayout.addWidget(self.summaryLabel)

        self.hintLabel = QLabel(FindingsPanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setProperty(u"hint", True)

        self.topLayout.addWidget(self.hintLabel)

        self.topLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.topLayout)

        self.view = QTableView(FindingsPanel)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(FindingsPanel)

        QMetaObject.connectSlotsByName(FindingsPanel)
    # setupUi

    def retranslateUi(self, FindingsPanel):
        FindingsPanel.setTitle(QCoreApplication.translate("FindingsPanel", u"\u89c4\u5219\u68c0\u67e5", None))
        self.hintLabel.setText(QCoreApplication.translate("FindingsPanel", u"\u53cc\u51fb\u4e00\u9879\u53ef\u5b9a\u4f4d\u5230\u76f8\u5173\u8bb0\u5f55\u3002", None))
    # retranslateUi

