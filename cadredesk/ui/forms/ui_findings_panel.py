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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

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

        self.ruleCombo = QComboBox(FindingsPanel)
        self.ruleCombo.setObjectName(u"ruleCombo")
        self.ruleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.topLayout.addWidget(self.ruleCombo)

        self.errorsOnlyCheck = QCheckBox(FindingsPanel)
        self.errorsOnlyCheck.setObjectName(u"errorsOnlyCheck")

        self.topLayout.addWidget(self.errorsOnlyCheck)

        self.asOfLabel = QLabel(FindingsPanel)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.topLayout.addWidget(self.asOfLabel)

        self.asOfEdit = QDateEdit(FindingsPanel)
        self.asOfEdit.setObjectName(u"asOfEdit")
        self.asOfEdit.setCalendarPopup(True)

        self.topLayout.addWidget(self.asOfEdit)

        self.topLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.topLayout)

        self.view = QTableView(FindingsPanel)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.asOfLabel.setBuddy(self.asOfEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FindingsPanel)

        QMetaObject.connectSlotsByName(FindingsPanel)
    # setupUi

    def retranslateUi(self, FindingsPanel):
        FindingsPanel.setTitle(QCoreApplication.translate("FindingsPanel", u"\u89c4\u5219\u68c0\u67e5", None))
#if QT_CONFIG(tooltip)
        self.ruleCombo.setToolTip(QCoreApplication.translate("FindingsPanel", u"\u53ea\u770b\u67d0\u4e00\u6761\u89c4\u5219\u7684\u68c0\u67e5\u7ed3\u679c", None))
#endif // QT_CONFIG(tooltip)
        self.errorsOnlyCheck.setText(QCoreApplication.translate("FindingsPanel", u"\u53ea\u770b\u95ee\u9898", None))
#if QT_CONFIG(tooltip)
        self.errorsOnlyCheck.setToolTip(QCoreApplication.translate("FindingsPanel", u"\u53ea\u663e\u793a\u201c\u95ee\u9898\u201d\uff0c\u4e0d\u663e\u793a\u201c\u63d0\u9192\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.asOfLabel.setText(QCoreApplication.translate("FindingsPanel", u"\u68c0\u67e5\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.asOfEdit.setToolTip(QCoreApplication.translate("FindingsPanel", u"\u6309\u8fd9\u4e00\u5929\u7684\u60c5\u51b5\u68c0\u67e5\uff08\u9ed8\u8ba4\u4eca\u5929\uff09\uff1b\u6539\u4e3a\u5176\u4ed6\u65e5\u671f\u53ef\u67e5\u770b\u5f53\u65f6\u7684\u60c5\u51b5", None))
#endif // QT_CONFIG(tooltip)
        self.asOfEdit.setDisplayFormat(QCoreApplication.translate("FindingsPanel", u"yyyy-MM-dd", None))
#if QT_CONFIG(tooltip)
        self.view.setToolTip(QCoreApplication.translate("FindingsPanel", u"\u53cc\u51fb\u4e00\u9879\u53ef\u5b9a\u4f4d\u5230\u76f8\u5173\u8bb0\u5f55", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

