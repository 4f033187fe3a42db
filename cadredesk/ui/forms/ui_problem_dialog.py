# Generated from forms/problem_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'problem_dialog.ui'
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

class Ui_ProblemDialog(object):
    def setupUi(self, ProblemDialog):
        if not ProblemDialog.objectName():
            ProblemDialog.setObjectName(u"ProblemDialog")
        ProblemDialog.resize(540, 400)
        ProblemDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(ProblemDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.placeLabel = QLabel(ProblemDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeCombo = QComboBox(ProblemDialog)
        self.placeCombo.setObjectName(u"placeCombo")
        self.placeCombo.setEditable(True)
        self.placeCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.placeCombo)

        self.foundByLabel = QLabel(ProblemDialog)
        self.foundByLabel.setObjectName(u"foundByLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.foundByLabel)

        self.foundByEdit = QLineEdit(ProblemDialog)
        self.foundByEdit.setObjectName(u"foundByEdit")
        self.foundByEdit.setMaxLength(64)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.foundByEdit)

        self.foundOnLabel = QLabel(ProblemDialog)
        self.foundOnLabel.setObjectName(u"foundOnLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.foundOnLabel)

        self.foundOnEdit = QDateEdit(ProblemDialog)
        self.foundOnEdit.setObjectName(u"foundOnEdit")
        self.foundOnEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.foundOnEdit)

        self.categoryLabel = QLabel(ProblemDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(ProblemDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)
        self.categoryCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.titleLabel = QLabel(ProblemDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ProblemDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.detailLabel = QLabel(ProblemDialog)
        self.detailLabel.setObjectName(u"detailLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.detailLabel)

        self.detailEdit = QPlainTextEdit(ProblemDialog)
        self.detailEdit.setObjectName(u"detailEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.detailEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(ProblemDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProblemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.placeLabel.setBuddy(self.placeCombo)
        self.foundByLabel.setBuddy(self.foundByEdit)
        self.foundOnLabel.setBuddy(self.foundOnEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.detailLabel.setBuddy(self.detailEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProblemDialog)

        QMetaObject.connectSlotsByName(ProblemDialog)
    # setupUi

    def retranslateUi(self, ProblemDialog):
        ProblemDialog.setWindowTitle(QCoreApplication.translate("ProblemDialog", u"\u767b\u8bb0\u95ee\u9898", None))
        self.placeLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u6d3e\u9a7b\u70b9\uff1a", None))
        self.foundByLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u53d1\u73b0\u4eba\uff1a", None))
        self.foundOnLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u53d1\u73b0\u65e5\u671f\uff1a", None))
        self.foundOnEdit.setDisplayFormat(QCoreApplication.translate("ProblemDialog", u"yyyy-MM-dd", None))
        self.categoryLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u7c7b\u522b\uff1a", None))
        self.titleLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u95ee\u9898\uff1a", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ProblemDialog", u"\u7b80\u8981\u63cf\u8ff0\uff08\u6700\u591a 200 \u5b57\uff09", None))
        self.detailLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u8be6\u7ec6\u60c5\u51b5\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

