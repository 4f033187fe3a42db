# Generated from forms/visits_tab.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visits_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

from cadredesk.ui.widgets import ClippedLabel

class Ui_VisitsTab(object):
    def setupUi(self, VisitsTab):
        if not VisitsTab.objectName():
            VisitsTab.setObjectName(u"VisitsTab")
        VisitsTab.resize(1040, 560)
        self.mainLayout = QVBoxLayout(VisitsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(8, 8, 8, 6)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(VisitsTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumWidth(220)

        self.filterLayout.addWidget(self.searchEdit)

        self.roleLabel = QLabel(VisitsTab)
        self.roleLabel.setObjectName(u"roleLabel")

        self.filterLayout.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(VisitsTab)
        self.roleCombo.setObjectName(u"roleCombo")

        self.filterLayout.addWidget(self.roleCombo)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.addButton = QPushButton(VisitsTab)
        self.addButton.setObjectName(u"addButton")

        self.filterLayout.addWidget(self.addButton)

        self.editButton = QPushButton(VisitsTab)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setEnabled(False)

        self.filterLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(VisitsTab)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setEnabled(False)

        self.filterLayout.addWidget(self.deleteButton)

        self.importButton = QPushButton(VisitsTab)
        self.importButton.setObjectName(u"importButton")

        self.filterLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(VisitsTab)
        self.exportButton.setObjectName(u"exportButton")

        self.filterLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.view = QTableView(VisitsTab)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.statusLabel = ClippedLabel(VisitsTab)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.mainLayout.addWidget(self.statusLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VisitsTab)

        QMetaObject.connectSlotsByName(VisitsTab)
    # setupUi

    def retranslateUi(self, VisitsTab):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("VisitsTab", u"\u641c\u7d22\uff1a\u6d3e\u51fa\u5355\u4f4d\u3001\u9886\u5bfc\u59d3\u540d\u6216\u6d3e\u9a7b\u70b9", None))
        self.roleLabel.setText(QCoreApplication.translate("VisitsTab", u"\u8eab\u4efd", None))
        self.addButton.setText(QCoreApplication.translate("VisitsTab", u"\u767b\u8bb0\u8d70\u8bbf\u2026", None))
        self.editButton.setText(QCoreApplication.translate("VisitsTab", u"\u7f16\u8f91\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("VisitsTab", u"\u5220\u9664", None))
        self.importButton.setText(QCoreApplication.translate("VisitsTab", u"\u4ece Excel \u5bfc\u5165\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("VisitsTab", u"\u5bfc\u51fa Excel\u2026", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi

