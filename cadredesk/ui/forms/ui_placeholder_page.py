# Generated from forms/placeholder_page.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'placeholder_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PlaceholderPage(object):
    def setupUi(self, PlaceholderPage):
        if not PlaceholderPage.objectName():
            PlaceholderPage.setObjectName(u"PlaceholderPage")
        PlaceholderPage.resize(800, 500)
        self.mainLayout = QVBoxLayout(PlaceholderPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 18, 24, 18)
        self.pageTitle = QLabel(PlaceholderPage)
        self.pageTitle.setObjectName(u"pageTitle")

        self.mainLayout.addWidget(self.pageTitle)

        self.headingSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.headingSpacer)

        self.notice = QLabel(PlaceholderPage)
        self.notice.setObjectName(u"notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.mainLayout.addWidget(self.notice)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)


        self.retranslateUi(PlaceholderPage)

        QMetaObject.connectSlotsByName(PlaceholderPage)
    # setupUi

    def retranslateUi(self, PlaceholderPage):
        self.pageTitle.setText(QCoreApplication.translate("PlaceholderPage", u"\u9875\u9762\u540d\u79f0", None))
        self.notice.setText(QCoreApplication.translate("PlaceholderPage", u"\u672c\u9875\u9762\u5c1a\u5728\u5f00\u53d1\u4e2d\u3002", None))
        pass
    # retranslateUi

