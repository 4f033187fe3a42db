# Generated from forms/performance_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'performance_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PerformanceDialog(object):
    def setupUi(self, PerformanceDialog):
        if not PerformanceDialog.objectName():
            PerformanceDialog.setObjectName(u"PerformanceDialog")
        PerformanceDialog.resize(500, 360)
        PerformanceDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(PerformanceDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.cadreLabel = QLabel(PerformanceDialog)
        self.cadreLabel.setObjectName(u"cadreLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cadreLabel)

        self.cadreCombo = QComboBox(PerformanceDialog)
        self.cadreCombo.setObjectName(u"cadreCombo")
        self.cadreCombo.setEditable(True)
        self.cadreCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cadreCombo)

        self.kindLabel = QLabel(PerformanceDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(PerformanceDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.dayLabel = QLabel(PerformanceDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(PerformanceDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.contentLabel = QLabel(PerformanceDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(PerformanceDialog)
        self.contentEdit.setObjectName(u"contentEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.scoreLabel = QLabel(PerformanceDialog)
        self.scoreLabel.setObjectName(u"scoreLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scoreLabel)

        self.scoreEdit = QLineEdit(PerformanceDialog)
        self.scoreEdit.setObjectName(u"scoreEdit")
        self.scoreEdit.setMaxLength(8)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scoreEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(PerformanceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PerformanceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.cadreLabel.setBuddy(self.cadreCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dayLabel.setBuddy(self.dayEdit)
        self.contentLabel.setBuddy(self.contentEdit)
        self.scoreLabel.setBuddy(self.scoreEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PerformanceDialog)

        QMetaObject.connectSlotsByName(PerformanceDialog)
    # setupUi

    def retranslateUi(self, PerformanceDialog):
        PerformanceDialog.setWindowTitle(QCoreApplication.translate("PerformanceDialog", u"\u65b0\u589e\u5b9e\u7ee9\u6216\u8d1f\u9762\u8868\u73b0", None))
        self.cadreLabel.setText(QCoreApplication.translate("PerformanceDialog", u"\u5e72\u90e8\uff1a", None))
        self.kindLabel.setText(QCoreApplication.translate("PerformanceDialog", u"\u7c7b\u522b\uff1a", None))
        self.dayLabel.setText(QCoreApplication.translate("PerformanceDialog", u"\u65e5\u671f\uff1a", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("PerformanceDialog", u"yyyy-MM-dd", None))
        self.contentLabel.setText(QCoreApplication.translate("PerformanceDialog", u"\u5185\u5bb9\uff1a", None))
        self.scoreLabel.setText(QCoreApplication.translate("PerformanceDialog", u"\u52a0\u51cf\u5206\uff1a", None))
        self.scoreEdit.setPlaceholderText(QCoreApplication.translate("PerformanceDialog", u"\u53ef\u4e0d\u586b\uff0c\u5982 2 \u6216 -1.5", None))
        self.errorLabel.setText("")
    # retranslateUi

