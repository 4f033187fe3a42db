# Generated from forms/visit_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_dialog.ui'
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

class Ui_VisitDialog(object):
    def setupUi(self, VisitDialog):
        if not VisitDialog.objectName():
            VisitDialog.setObjectName(u"VisitDialog")
        VisitDialog.resize(500, 380)
        VisitDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(VisitDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.unitLabel = QLabel(VisitDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(VisitDialog)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setEditable(True)
        self.unitCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.leaderLabel = QLabel(VisitDialog)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.leaderLabel)

        self.leaderEdit = QLineEdit(VisitDialog)
        self.leaderEdit.setObjectName(u"leaderEdit")
        self.leaderEdit.setMaxLength(64)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leaderEdit)

        self.roleLabel = QLabel(VisitDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(VisitDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.dayLabel = QLabel(VisitDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(VisitDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.placeLabel = QLabel(VisitDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeCombo = QComboBox(VisitDialog)
        self.placeCombo.setObjectName(u"placeCombo")
        self.placeCombo.setEditable(True)
        self.placeCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placeCombo)

        self.contentLabel = QLabel(VisitDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(VisitDialog)
        self.contentEdit.setObjectName(u"contentEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contentEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(VisitDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(VisitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitCombo)
        self.leaderLabel.setBuddy(self.leaderEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.dayLabel.setBuddy(self.dayEdit)
        self.placeLabel.setBuddy(self.placeCombo)
        self.contentLabel.setBuddy(self.contentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VisitDialog)

        QMetaObject.connectSlotsByName(VisitDialog)
    # setupUi

    def retranslateUi(self, VisitDialog):
        VisitDialog.setWindowTitle(QCoreApplication.translate("VisitDialog", u"\u767b\u8bb0\u6d3e\u51fa\u5355\u4f4d\u9886\u5bfc\u8d70\u8bbf", None))
        self.unitLabel.setText(QCoreApplication.translate("VisitDialog", u"\u6d3e\u51fa\u5355\u4f4d\uff1a", None))
        self.leaderLabel.setText(QCoreApplication.translate("VisitDialog", u"\u9886\u5bfc\u59d3\u540d\uff1a", None))
        self.roleLabel.setText(QCoreApplication.translate("VisitDialog", u"\u8eab\u4efd\uff1a", None))
        self.dayLabel.setText(QCoreApplication.translate("VisitDialog", u"\u8d70\u8bbf\u65e5\u671f\uff1a", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("VisitDialog", u"yyyy-MM-dd", None))
        self.placeLabel.setText(QCoreApplication.translate("VisitDialog", u"\u8d70\u8bbf\u6751\uff1a", None))
        self.contentLabel.setText(QCoreApplication.translate("VisitDialog", u"\u8d70\u8bbf\u5185\u5bb9\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

