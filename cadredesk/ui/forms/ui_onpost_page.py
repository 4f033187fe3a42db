# Generated from forms/onpost_page.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'onpost_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_OnPostPage(object):
    def setupUi(self, OnPostPage):
        if not OnPostPage.objectName():
            OnPostPage.setObjectName(u"OnPostPage")
        OnPostPage.resize(1100, 640)
        self.mainLayout = QVBoxLayout(OnPostPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 8)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.batchLabel = QLabel(OnPostPage)
        self.batchLabel.setObjectName(u"batchLabel")

        self.topLayout.addWidget(self.batchLabel)

        self.batchCombo = QComboBox(OnPostPage)
        self.batchCombo.setObjectName(u"batchCombo")
        self.batchCombo.setMinimumContentsLength(24)
        self.batchCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.topLayout.addWidget(self.batchCombo)

        self.topSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.refreshButton = QPushButton(OnPostPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.topLayout)

        self.tabs = QTabWidget(OnPostPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)

        self.mainLayout.addWidget(self.tabs)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.batchLabel.setBuddy(self.batchCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OnPostPage)

        QMetaObject.connectSlotsByName(OnPostPage)
    # setupUi

    def retranslateUi(self, OnPostPage):
        self.batchLabel.setText(QCoreApplication.translate("OnPostPage", u"\u6279\u6b21", None))
        self.refreshButton.setText(QCoreApplication.translate("OnPostPage", u"\u5237\u65b0", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("OnPostPage", u"\u91cd\u65b0\u8bfb\u53d6\u5f53\u524d\u9875\u7b7e\u7684\u6570\u636e", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

