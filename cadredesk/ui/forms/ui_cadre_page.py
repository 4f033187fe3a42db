# Generated from forms/cadre_page.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cadre_page.ui'
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

class Ui_CadrePage(object):
    def setupUi(self, CadrePage):
        if not CadrePage.objectName():
            CadrePage.setObjectName(u"CadrePage")
        CadrePage.resize(1100, 640)
        self.mainLayout = QVBoxLayout(CadrePage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 8)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.searchEdit = QLineEdit(CadrePage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(220, 0))
        self.searchEdit.setMaximumSize(QSize(480, 16777215))
        self.searchEdit.setClearButtonEnabled(True)

        self.topLayout.addWidget(self.searchEdit)

        self.topSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.addButton = QPushButton(CadrePage)
        self.addButton.setObjectName(u"addButton")

        self.topLayout.addWidget(self.addButton)

        self.editButton = QPushButton(CadrePage)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setEnabled(False)

        self.topLayout.addWidget(self.editButton)

        self.profileButton = QPushButton(CadrePage)
        self.profileButton.setObjectName(u"profileButton")
        self.profileButton.setEnabled(False)

        self.topLayout.addWidget(self.profileButton)

        self.refreshButton = QPushButton(CadrePage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topLayout.addWidget(self.refreshButton)

        self.topLayout.setStretch(0, 1)
        self.topLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.topLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.batchLabel = QLabel(CadrePage)
        self.batchLabel.setObjectName(u"batchLabel")

        self.filterLayout.addWidget(self.batchLabel)

        self.batchCombo = QComboBox(CadrePage)
        self.batchCombo.setObjectName(u"batchCombo")
        self.batchCombo.setMinimumContentsLength(6)
        self.batchCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.batchCombo)

        self.batchSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.batchSpacer)

        self.townshipLabel = QLabel(CadrePage)
        self.townshipLabel.setObjectName(u"townshipLabel")

        self.filterLayout.addWidget(self.townshipLabel)

        self.townshipCombo = QComboBox(CadrePage)
        self.townshipCombo.setObjectName(u"townshipCombo")
        self.townshipCombo.setMinimumContentsLength(6)
        self.townshipCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.townshipCombo)

        self.townshipSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.townshipSpacer)

        self.unitLabel = QLabel(CadrePage)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterLayout.addWidget(self.unitLabel)

        self.unitCombo = QComboBox(CadrePage)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setMinimumContentsLength(10)
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.unitCombo)

        self.unitSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.unitSpacer)

        self.statusLabel = QLabel(CadrePage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(CadrePage)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setMinimumContentsLength(6)
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.statusCombo)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.mainLayout.addLayout(self.filterLayout)

        self.view = QTableView(CadrePage)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.countLabel = QLabel(CadrePage)
        self.countLabel.setObjectName(u"countLabel")

        self.footerLayout.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.exportButton = QPushButton(CadrePage)
        self.exportButton.setObjectName(u"exportButton")

        self.footerLayout.addWidget(self.exportButton)

        self.maskNote = QLabel(CadrePage)
        self.maskNote.setObjectName(u"maskNote")
        self.maskNote.setProperty(u"hint", True)

        self.footerLayout.addWidget(self.maskNote)


        self.mainLayout.addLayout(self.footerLayout)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.batchLabel.setBuddy(self.batchCombo)
        self.townshipLabel.setBuddy(self.townshipCombo)
        self.unitLabel.setBuddy(self.unitCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.batchCombo)
        QWidget.setTabOrder(self.batchCombo, self.townshipCombo)
        QWidget.setTabOrder(self.townshipCombo, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.view)

        self.retranslateUi(CadrePage)

        QMetaObject.connectSlotsByName(CadrePage)
    # setupUi

    def retranslateUi(self, CadrePage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CadrePage", u"\u641c\u7d22\uff1a\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\uff08\u5982 zs\uff09\u6216\u8eab\u4efd\u8bc1\u53f7", None))
        self.addButton.setText(QCoreApplication.translate("CadrePage", u"\u65b0\u589e", None))
        self.editButton.setText(QCoreApplication.translate("CadrePage", u"\u7f16\u8f91", None))
        self.profileButton.setText(QCoreApplication.translate("CadrePage", u"\u5e72\u90e8\u6863\u6848", None))
#if QT_CONFIG(tooltip)
        self.profileButton.setToolTip(QCoreApplication.translate("CadrePage", u"\u67e5\u770b\u6240\u9009\u5e72\u90e8\u7684\u5386\u6b21\u6d3e\u9a7b\u3001\u57f9\u8bad\u3001\u8003\u52e4\u548c\u8003\u6838", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("CadrePage", u"\u5237\u65b0", None))
        self.batchLabel.setText(QCoreApplication.translate("CadrePage", u"\u6279\u6b21", None))
        self.townshipLabel.setText(QCoreApplication.translate("CadrePage", u"\u4e61\u9547", None))
        self.unitLabel.setText(QCoreApplication.translate("CadrePage", u"\u5355\u4f4d", None))
        self.statusLabel.setText(QCoreApplication.translate("CadrePage", u"\u72b6\u6001", None))
        self.countLabel.setText(QCoreApplication.translate("CadrePage", u"\u6b63\u5728\u52a0\u8f7d\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("CadrePage", u"\u5bfc\u51fa Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("CadrePage", u"\u628a\u5f53\u524d\u663e\u793a\u7684\u5e72\u90e8\u5217\u8868\u5bfc\u51fa\u4e3a Excel", None))
#endif // QT_CONFIG(tooltip)
        self.maskNote.setText(QCoreApplication.translate("CadrePage", u"\u8eab\u4efd\u8bc1\u53f7\u5df2\u90e8\u5206\u9690\u85cf\uff0c\u6253\u5f00\u8be6\u60c5\u53ef\u67e5\u770b\u5b8c\u6574\u53f7\u7801\u3002", None))
        pass
    # retranslateUi

