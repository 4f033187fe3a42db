# Generated from forms/registers_tab.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registers_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_RegistersTab(object):
    def setupUi(self, RegistersTab):
        if not RegistersTab.objectName():
            RegistersTab.setObjectName(u"RegistersTab")
        RegistersTab.resize(1100, 560)
        self.registersLayout = QVBoxLayout(RegistersTab)
        self.registersLayout.setObjectName(u"registersLayout")
        self.registersLayout.setContentsMargins(6, 6, 6, 6)
        self.registerTop = QHBoxLayout()
        self.registerTop.setObjectName(u"registerTop")
        self.registerLabel = QLabel(RegistersTab)
        self.registerLabel.setObjectName(u"registerLabel")

        self.registerTop.addWidget(self.registerLabel)

        self.registerCombo = QComboBox(RegistersTab)
        self.registerCombo.setObjectName(u"registerCombo")

        self.registerTop.addWidget(self.registerCombo)

        self.registerGap = QSpacerItem(8, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.registerTop.addItem(self.registerGap)

        self.asOfLabel = QLabel(RegistersTab)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.registerTop.addWidget(self.asOfLabel)

        self.asOfEdit = QDateEdit(RegistersTab)
        self.asOfEdit.setObjectName(u"asOfEdit")
        self.asOfEdit.setCalendarPopup(True)

        self.registerTop.addWidget(self.asOfEdit)

        self.endedCheck = QCheckBox(RegistersTab)
        self.endedCheck.setObjectName(u"endedCheck")

        self.registerTop.addWidget(self.endedCheck)

        self.registerSearch = QLineEdit(RegistersTab)
        self.registerSearch.setObjectName(u"registerSearch")
        self.registerSearch.setClearButtonEnabled(True)

        self.registerTop.addWidget(self.registerSearch)

        self.registerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registerTop.addItem(self.registerSpacer)

        self.registerExportButton = QPushButton(RegistersTab)
        self.registerExportButton.setObjectName(u"registerExportButton")

        self.registerTop.addWidget(self.registerExportButton)

        self.registerTop.setStretch(6, 2)
        self.registerTop.setStretch(7, 1)

        self.registersLayout.addLayout(self.registerTop)

        self.registerNote = QLabel(RegistersTab)
        self.registerNote.setObjectName(u"registerNote")
        self.registerNote.setWordWrap(True)
        self.registerNote.setProperty(u"hint", True)

        self.registersLayout.addWidget(self.registerNote)

        self.registerStack = QStackedWidget(RegistersTab)
        self.registerStack.setObjectName(u"registerStack")
        self.barredView = QTableView()
        self.barredView.setObjectName(u"barredView")
        self.registerStack.addWidget(self.barredView)
        self.serviceView = QTableView()
        self.serviceView.setObjectName(u"serviceView")
        self.registerStack.addWidget(self.serviceView)
        self.unitsView = QTableView()
        self.unitsView.setObjectName(u"unitsView")
        self.registerStack.addWidget(self.unitsView)

        self.registersLayout.addWidget(self.registerStack)

        self.registersLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.registerLabel.setBuddy(self.registerCombo)
        self.asOfLabel.setBuddy(self.asOfEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegistersTab)

        QMetaObject.connectSlotsByName(RegistersTab)
    # setupUi

    def retranslateUi(self, RegistersTab):
        self.registerLabel.setText(QCoreApplication.translate("RegistersTab", u"\u540d\u518c", None))
        self.asOfLabel.setText(QCoreApplication.translate("RegistersTab", u"\u622a\u81f3", None))
        self.asOfEdit.setDisplayFormat(QCoreApplication.translate("RegistersTab", u"yyyy-MM-dd", None))
        self.endedCheck.setText(QCoreApplication.translate("RegistersTab", u"\u542b\u5df2\u671f\u6ee1", None))
#if QT_CONFIG(tooltip)
        self.endedCheck.setToolTip(QCoreApplication.translate("RegistersTab", u"\u4e5f\u5217\u51fa\u9650\u5236\u671f\u5df2\u8fc7\u7684\u8bb0\u5f55", None))
#endif // QT_CONFIG(tooltip)
        self.registerSearch.setPlaceholderText(QCoreApplication.translate("RegistersTab", u"\u641c\u7d22\uff1a\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u6216\u5355\u4f4d", None))
        self.registerExportButton.setText(QCoreApplication.translate("RegistersTab", u"\u5bfc\u51fa Excel", None))
        self.registerNote.setText("")
        pass
    # retranslateUi

