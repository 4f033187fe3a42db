# Generated from forms/users_page.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_UsersPage(object):
    def setupUi(self, UsersPage):
        if not UsersPage.objectName():
            UsersPage.setObjectName(u"UsersPage")
        UsersPage.resize(1000, 600)
        self.mainLayout = QVBoxLayout(UsersPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 8)
        self.noticeLabel = QLabel(UsersPage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noticeLabel)

        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.setupButton = QPushButton(UsersPage)
        self.setupButton.setObjectName(u"setupButton")

        self.topRow.addWidget(self.setupButton)

        self.addButton = QPushButton(UsersPage)
        self.addButton.setObjectName(u"addButton")

        self.topRow.addWidget(self.addButton)

        self.editButton = QPushButton(UsersPage)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setEnabled(False)

        self.topRow.addWidget(self.editButton)

        self.resetButton = QPushButton(UsersPage)
        self.resetButton.setObjectName(u"resetButton")
        self.resetButton.setEnabled(False)

        self.topRow.addWidget(self.resetButton)

        self.unlockButton = QPushButton(UsersPage)
        self.unlockButton.setObjectName(u"unlockButton")
        self.unlockButton.setEnabled(False)

        self.topRow.addWidget(self.unlockButton)

        self.activeButton = QPushButton(UsersPage)
        self.activeButton.setObjectName(u"activeButton")
        self.activeButton.setEnabled(False)

        self.topRow.addWidget(self.activeButton)

        self.topSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.exportButton = QPushButton(UsersPage)
        self.exportButton.setObjectName(u"exportButton")

        self.topRow.addWidget(self.exportButton)

        self.passwordButton = QPushButton(UsersPage)
        self.passwordButton.setObjectName(u"passwordButton")

        self.topRow.addWidget(self.passwordButton)


        self.mainLayout.addLayout(self.topRow)

        self.view = QTableView(UsersPage)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.idleRow = QHBoxLayout()
        self.idleRow.setObjectName(u"idleRow")
        self.idleSpinLabel = QLabel(UsersPage)
        self.idleSpinLabel.setObjectName(u"idleSpinLabel")

        self.idleRow.addWidget(self.idleSpinLabel)

        self.idleSpin = QSpinBox(UsersPage)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(60)
        self.idleSpin.setValue(10)

        self.idleRow.addWidget(self.idleSpin)

        self.idleButton = QPushButton(UsersPage)
        self.idleButton.setObjectName(u"idleButton")

        self.idleRow.addWidget(self.idleButton)

        self.idleHint = QLabel(UsersPage)
        self.idleHint.setObjectName(u"idleHint")
        self.idleHint.setProperty(u"hint", True)

        self.idleRow.addWidget(self.idleHint)

        self.idleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idleRow.addItem(self.idleSpacer)


        self.mainLayout.addLayout(self.idleRow)

        self.statusLabel = QLabel(UsersPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.mainLayout.addWidget(self.statusLabel)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.idleSpinLabel.setBuddy(self.idleSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UsersPage)

        QMetaObject.connectSlotsByName(UsersPage)
    # setupUi

    def retranslateUi(self, UsersPage):
        self.noticeLabel.setText("")
        self.setupButton.setText(QCoreApplication.translate("UsersPage", u"\u521b\u5efa\u7cfb\u7edf\u7ba1\u7406\u5458\u2026", None))
        self.addButton.setText(QCoreApplication.translate("UsersPage", u"\u6dfb\u52a0\u7528\u6237\u2026", None))
        self.editButton.setText(QCoreApplication.translate("UsersPage", u"\u4fee\u6539\u89d2\u8272\u2026", None))
        self.resetButton.setText(QCoreApplication.translate("UsersPage", u"\u91cd\u7f6e\u5bc6\u7801\u2026", None))
        self.unlockButton.setText(QCoreApplication.translate("UsersPage", u"\u89e3\u9664\u9501\u5b9a", None))
        self.activeButton.setText(QCoreApplication.translate("UsersPage", u"\u505c\u7528\u8d26\u53f7", None))
        self.exportButton.setText(QCoreApplication.translate("UsersPage", u"\u5bfc\u51fa Excel\u2026", None))
        self.passwordButton.setText(QCoreApplication.translate("UsersPage", u"\u4fee\u6539\u6211\u7684\u5bc6\u7801\u2026", None))
        self.idleSpinLabel.setText(QCoreApplication.translate("UsersPage", u"\u7a7a\u95f2\u9501\u5c4f\uff1a", None))
        self.idleSpin.setSuffix(QCoreApplication.translate("UsersPage", u" \u5206\u949f", None))
        self.idleButton.setText(QCoreApplication.translate("UsersPage", u"\u4fdd\u5b58", None))
        self.idleHint.setText(QCoreApplication.translate("UsersPage", u"\u65e0\u4eba\u64cd\u4f5c\u8d85\u8fc7\u8fd9\u4e2a\u65f6\u95f4\uff0c\u7a97\u53e3\u9501\u5b9a\uff0c\u987b\u91cd\u65b0\u8f93\u5165\u5bc6\u7801\u3002", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi

