# Generated from forms/postinfo_tab.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'postinfo_tab.ui'
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

class Ui_PostInfoTab(object):
    def setupUi(self, PostInfoTab):
        if not PostInfoTab.objectName():
            PostInfoTab.setObjectName(u"PostInfoTab")
        PostInfoTab.resize(1040, 560)
        self.mainLayout = QVBoxLayout(PostInfoTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(8, 8, 8, 6)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(PostInfoTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumWidth(220)

        self.filterLayout.addWidget(self.searchEdit)

        self.showLabel = QLabel(PostInfoTab)
        self.showLabel.setObjectName(u"showLabel")

        self.filterLayout.addWidget(self.showLabel)

        self.filterCombo = QComboBox(PostInfoTab)
        self.filterCombo.setObjectName(u"filterCombo")

        self.filterLayout.addWidget(self.filterCombo)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.editButton = QPushButton(PostInfoTab)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setEnabled(False)

        self.filterLayout.addWidget(self.editButton)

        self.importButton = QPushButton(PostInfoTab)
        self.importButton.setObjectName(u"importButton")

        self.filterLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(PostInfoTab)
        self.exportButton.setObjectName(u"exportButton")

        self.filterLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.view = QTableView(PostInfoTab)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.statusLabel = ClippedLabel(PostInfoTab)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.mainLayout.addWidget(self.statusLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.showLabel.setBuddy(self.filterCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PostInfoTab)

        QMetaObject.connectSlotsByName(PostInfoTab)
    # setupUi

    def retranslateUi(self, PostInfoTab):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PostInfoTab", u"\u641c\u7d22\uff1a\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u6216\u6d3e\u9a7b\u70b9", None))
        self.showLabel.setText(QCoreApplication.translate("PostInfoTab", u"\u663e\u793a", None))
        self.editButton.setText(QCoreApplication.translate("PostInfoTab", u"\u7f16\u8f91\u2026", None))
        self.importButton.setText(QCoreApplication.translate("PostInfoTab", u"\u4ece Excel \u5bfc\u5165\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("PostInfoTab", u"\u6279\u91cf\u5bfc\u5165\u4fdd\u9669\u3001\u515a\u7ec4\u7ec7\u5173\u7cfb\u8f6c\u63a5\u65e5\u671f\u548c\u751f\u6d3b\u8865\u52a9\u6807\u51c6", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("PostInfoTab", u"\u5bfc\u51fa Excel\u2026", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi

