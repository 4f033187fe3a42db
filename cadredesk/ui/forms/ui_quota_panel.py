# Generated from forms/quota_panel.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quota_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_QuotaPanel(object):
    def setupUi(self, QuotaPanel):
        if not QuotaPanel.objectName():
            QuotaPanel.setObjectName(u"QuotaPanel")
        QuotaPanel.resize(420, 260)
        self.mainLayout = QVBoxLayout(QuotaPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(6, 6, 6, 6)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.onlyCheck = QCheckBox(QuotaPanel)
        self.onlyCheck.setObjectName(u"onlyCheck")

        self.topLayout.addWidget(self.onlyCheck)

        self.unitsButton = QPushButton(QuotaPanel)
        self.unitsButton.setObjectName(u"unitsButton")

        self.topLayout.addWidget(self.unitsButton)

        self.topLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.topLayout)

        self.view = QTableView(QuotaPanel)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.summaryLabel = QLabel(QuotaPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setProperty(u"hint", True)
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(QuotaPanel)

        QMetaObject.connectSlotsByName(QuotaPanel)
    # setupUi

    def retranslateUi(self, QuotaPanel):
        QuotaPanel.setTitle(QCoreApplication.translate("QuotaPanel", u"\u5355\u4f4d\u9009\u6d3e\u4efb\u52a1", None))
        self.onlyCheck.setText(QCoreApplication.translate("QuotaPanel", u"\u53ea\u770b\u6709\u4efb\u52a1\u6216\u5df2\u6d3e\u4eba\u7684\u5355\u4f4d", None))
        self.unitsButton.setText(QCoreApplication.translate("QuotaPanel", u"\u5bfc\u5165\u5355\u4f4d\u53ca\u540d\u989d\u2026", None))
#if QT_CONFIG(tooltip)
        self.unitsButton.setToolTip(QCoreApplication.translate("QuotaPanel", u"\u4ece Excel \u5bfc\u5165\u6d3e\u51fa\u5355\u4f4d\u3001\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u5206\u7ba1\u8d1f\u8d23\u4eba\u548c\u672c\u6279\u6b21\u7684\u9009\u6d3e\u540d\u989d", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

