# Generated from forms/close_batch_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'close_batch_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CloseBatchDialog(object):
    def setupUi(self, CloseBatchDialog):
        if not CloseBatchDialog.objectName():
            CloseBatchDialog.setObjectName(u"CloseBatchDialog")
        CloseBatchDialog.resize(520, 260)
        CloseBatchDialog.setMinimumSize(QSize(500, 0))
        self.mainLayout = QVBoxLayout(CloseBatchDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(CloseBatchDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dayLabel = QLabel(CloseBatchDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(CloseBatchDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dayEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.withdrawCheck = QCheckBox(CloseBatchDialog)
        self.withdrawCheck.setObjectName(u"withdrawCheck")

        self.mainLayout.addWidget(self.withdrawCheck)

        self.pendingLabel = QLabel(CloseBatchDialog)
        self.pendingLabel.setObjectName(u"pendingLabel")
        self.pendingLabel.setWordWrap(True)
        self.pendingLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.pendingLabel)

        self.errorLabel = QLabel(CloseBatchDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CloseBatchDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CloseBatchDialog)

        QMetaObject.connectSlotsByName(CloseBatchDialog)
    # setupUi

    def retranslateUi(self, CloseBatchDialog):
        CloseBatchDialog.setWindowTitle(QCoreApplication.translate("CloseBatchDialog", u"\u529e\u7406\u671f\u6ee1", None))
        self.dayLabel.setText(QCoreApplication.translate("CloseBatchDialog", u"\u7ed3\u675f\u65e5\u671f", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("CloseBatchDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(tooltip)
        self.dayEdit.setToolTip(QCoreApplication.translate("CloseBatchDialog", u"\u9ed8\u8ba4\u6279\u6b21\u7684\u671f\u6ee1\u65e5\u671f\uff1b\u786e\u9700\u63d0\u524d\u7ed3\u675f\u7684\uff0c\u9009\u62e9\u4e0d\u665a\u4e8e\u4eca\u5929\u7684\u65e5\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.withdrawCheck.setText(QCoreApplication.translate("CloseBatchDialog", u"\u4e00\u5e76\u64a4\u56de\u5c1a\u672a\u5230\u5c97\u7684\u63a8\u8350\uff08\u63a8\u8350\u3001\u5ba1\u6838\u3001\u57f9\u8bad\u72b6\u6001\u7684\u4eba\u5458\uff09", None))
    # retranslateUi

