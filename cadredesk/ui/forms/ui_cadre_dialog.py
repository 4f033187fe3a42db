# Generated from forms/cadre_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cadre_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from cadredesk.ui.widgets import NullableDateEdit

class Ui_CadreDialog(object):
    def setupUi(self, CadreDialog):
        if not CadreDialog.objectName():
            CadreDialog.setObjectName(u"CadreDialog")
        CadreDialog.resize(780, 420)
        CadreDialog.setMinimumSize(QSize(760, 0))
        self.mainLayout = QVBoxLayout(CadreDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.basicBox = QGroupBox(CadreDialog)
        self.basicBox.setObjectName(u"basicBox")
        self.basicGrid = QGridLayout(self.basicBox)
        self.basicGrid.setObjectName(u"basicGrid")
        self.basicGrid.setVerticalSpacing(2)
        self.nameLabel = QLabel(self.basicBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.basicGrid.addWidget(self.nameLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.nameEdit = QLineEdit(self.basicBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(20)

        self.basicGrid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(self.basicBox)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"error", True)

        self.basicGrid.addWidget(self.nameError, 1, 1, 1, 1)

        self.idNumberLabel = QLabel(self.basicBox)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.basicGrid.addWidget(self.idNumberLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.idEdit = QLineEdit(self.basicBox)
        self.idEdit.setObjectName(u"idEdit")
        self.idEdit.setMaxLength(24)

        self.basicGrid.addWidget(self.idEdit, 2, 1, 1, 1)

        self.idNumberError = QLabel(self.basicBox)
        self.idNumberError.setObjectName(u"idNumberError")
        self.idNumberError.setWordWrap(True)
        self.idNumberError.setProperty(u"error", True)

        self.basicGrid.addWidget(self.idNumberError, 3, 1, 1, 1)

        self.genderLabel = QLabel(self.basicBox)
        self.genderLabel.setObjectName(u"genderLabel")

        self.basicGrid.addWidget(self.genderLabel, 4, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.genderCombo = QComboBox(self.basicBox)
        self.genderCombo.setObjectName(u"genderCombo")

        self.basicGrid.addWidget(self.genderCombo, 4, 1, 1, 1)

        self.genderError = QLabel(self.basicBox)
        self.genderError.setObjectName(u"genderError")
        self.genderError.setWordWrap(True)
        self.genderError.setProperty(u"error", True)

        self.basicGrid.addWidget(self.genderError, 5, 1, 1, 1)

        self.birthDateLabel = QLabel(self.basicBox)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.basicGrid.addWidget(self.birthDateLabel, 6, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.birthEdit = NullableDateEdit(self.basicBox)
        self.birthEdit.setObjectName(u"birthEdit")

        self.basicGrid.addWidget(self.birthEdit, 6, 1, 1, 1)

        self.birthDateError = QLabel(self.basicBox)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setWordWrap(True)
        self.birthDateError.setProperty(u"error", True)

        self.basicGrid.addWidget(self.birthDateError, 7, 1, 1, 1)

        self.ethnicityLabel = QLabel(self.basicBox)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.basicGrid.addWidget(self.ethnicityLabel, 8, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.ethnicityCombo = QComboBox(self.basicBox)
        self.ethnicityCombo.setObjectName(u"ethnicityCombo")

        self.basicGrid.addWidget(self.ethnicityCombo, 8, 1, 1, 1)

        self.ethnicityError = QLabel(self.basicBox)
        self.ethnicityError.setObjectName(u"ethnicityError")
        self.ethnicityError.setWordWrap(True)
        self.ethnicityError.setProperty(u"error", True)

        self.basicGrid.addWidget(self.ethnicityError, 9, 1, 1, 1)

        self.politicalStatusLabel = QLabel(self.basicBox)
        self.politicalStatusLabel.setObjectName(u"politicalStatusLabel")

        self.basicGrid.addWidget(self.politicalStatusLabel, 10, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.politicalCombo = QComboBox(self.basicBox)
        self.politicalCombo.setObjectName(u"politicalCombo")

        self.basicGrid.addWidget(self.politicalCombo, 10, 1, 1, 1)

        self.politicalStatusError = QLabel(self.basicBox)
        self.politicalStatusError.setObjectName(u"politicalStatusError")
        self.politicalStatusError.setWordWrap(True)
        self.politicalStatusError.setProperty(u"error", True)

        self.basicGrid.addWidget(self.politicalStatusError, 11, 1, 1, 1)

        self.partyJoinDateLabel = QLabel(self.basicBox)
        self.partyJoinDateLabel.setObjectName(u"partyJoinDateLabel")

        self.basicGrid.addWidget(self.partyJoinDateLabel, 12, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.partyDateEdit = NullableDateEdit(self.basicBox)
        self.partyDateEdit.setObjectName(u"partyDateEdit")

        self.basicGrid.addWidget(self.partyDateEdit, 12, 1, 1, 1)

        self.partyJoinDateError = QLabel(self.basicBox)
        self.partyJoinDateError.setObjectName(u"partyJoinDateError")
        self.partyJoinDateError.setWordWrap(True)
        self.partyJoinDateError.setProperty(u"error", True)

        self.basicGrid.addWidget(self.partyJoinDateError, 13, 1, 1, 1)

        self.educationLabel = QLabel(self.basicBox)
        self.educationLabel.setObjectName(u"educationLabel")

        self.basicGrid.addWidget(self.educationLabel, 14, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.educationCombo = QComboBox(self.basicBox)
        self.educationCombo.setObjectName(u"educationCombo")

        self.basicGrid.addWidget(self.educationCombo, 14, 1, 1, 1)

        self.educationError = QLabel(self.basicBox)
        self.educationError.setObjectName(u"educationError")
        self.educationError.setWordWrap(True)
        self.educationError.setProperty(u"error", True)

        self.basicGrid.addWidget(self.educationError, 15, 1, 1, 1)

        self.degreeLabel = QLabel(self.basicBox)
        self.degreeLabel.setObjectName(u"degreeLabel")

        self.basicGrid.addWidget(self.degreeLabel, 16, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.degreeCombo = QComboBox(self.basicBox)
        self.degreeCombo.setObjectName(u"degreeCombo")

        self.basicGrid.addWidget(self.degreeCombo, 16, 1, 1, 1)

        self.degreeError = QLabel(self.basicBox)
        self.degreeError.setObjectName(u"degreeError")
        self.degreeError.setWordWrap(True)
        self.degreeError.setProperty(u"error", True)

        self.basicGrid.addWidget(self.degreeError, 17, 1, 1, 1)

        self.basicGridSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.basicGrid.addItem(self.basicGridSpacer, 18, 1, 1, 1)

        self.basicGrid.setColumnStretch(1, 1)

        self.columnsLayout.addWidget(self.basicBox)

        self.workBox = QGroupBox(CadreDialog)
        self.workBox.setObjectName(u"workBox")
        self.workGrid = QGridLayout(self.workBox)
        self.workGrid.setObjectName(u"workGrid")
        self.workGrid.setVerticalSpacing(2)
        self.workStartDateLabel = QLabel(self.workBox)
        self.workStartDateLabel.setObjectName(u"workStartDateLabel")

        self.workGrid.addWidget(self.workStartDateLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.workDateEdit = NullableDateEdit(self.workBox)
        self.workDateEdit.setObjectName(u"workDateEdit")

        self.workGrid.addWidget(self.workDateEdit, 0, 1, 1, 1)

        self.workStartDateError = QLabel(self.workBox)
        self.workStartDateError.setObjectName(u"workStartDateError")
        self.workStartDateError.setWordWrap(True)
        self.workStartDateError.setProperty(u"error", True)

        self.workGrid.addWidget(self.workStartDateError, 1, 1, 1, 1)

        self.unitIdLabel = QLabel(self.workBox)
        self.unitIdLabel.setObjectName(u"unitIdLabel")

        self.workGrid.addWidget(self.unitIdLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.unitCombo = QComboBox(self.workBox)
        self.unitCombo.setObjectName(u"unitCombo")

        self.workGrid.addWidget(self.unitCombo, 2, 1, 1, 1)

        self.unitIdError = QLabel(self.workBox)
        self.unitIdError.setObjectName(u"unitIdError")
        self.unitIdError.setWordWrap(True)
        self.unitIdError.setProperty(u"error", True)

        self.workGrid.addWidget(self.unitIdError, 3, 1, 1, 1)

        self.postLabel = QLabel(self.workBox)
        self.postLabel.setObjectName(u"postLabel")

        self.workGrid.addWidget(self.postLabel, 4, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.postEdit = QLineEdit(self.workBox)
        self.postEdit.setObjectName(u"postEdit")
        self.postEdit.setMaxLength(64)

        self.workGrid.addWidget(self.postEdit, 4, 1, 1, 1)

        self.postError = QLabel(self.workBox)
        self.postError.setObjectName(u"postError")
        self.postError.setWordWrap(True)
        self.postError.setProperty(u"error", True)

        self.workGrid.addWidget(self.postError, 5, 1, 1, 1)

        self.rankLabel = QLabel(self.workBox)
        self.rankLabel.setObjectName(u"rankLabel")

        self.workGrid.addWidget(self.rankLabel, 6, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.rankEdit = QLineEdit(self.workBox)
        self.rankEdit.setObjectName(u"rankEdit")
        self.rankEdit.setMaxLength(32)

        self.workGrid.addWidget(self.rankEdit, 6, 1, 1, 1)

        self.rankError = QLabel(self.workBox)
        self.rankError.setObjectName(u"rankError")
        self.rankError.setWordWrap(True)
        self.rankError.setProperty(u"error", True)

        self.workGrid.addWidget(self.rankError, 7, 1, 1, 1)

        self.phoneLabel = QLabel(self.workBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.workGrid.addWidget(self.phoneLabel, 8, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.phoneEdit = QLineEdit(self.workBox)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(20)

        self.workGrid.addWidget(self.phoneEdit, 8, 1, 1, 1)

        self.phoneError = QLabel(self.workBox)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setProperty(u"error", True)

        self.workGrid.addWidget(self.phoneError, 9, 1, 1, 1)

        self.reserveCheck = QCheckBox(self.workBox)
        self.reserveCheck.setObjectName(u"reserveCheck")

        self.workGrid.addWidget(self.reserveCheck, 10, 1, 1, 1)

        self.isReserveError = QLabel(self.workBox)
        self.isReserveError.setObjectName(u"isReserveError")
        self.isReserveError.setWordWrap(True)
        self.isReserveError.setProperty(u"error", True)

        self.workGrid.addWidget(self.isReserveError, 11, 1, 1, 1)

        self.grassrootsCheck = QCheckBox(self.workBox)
        self.grassrootsCheck.setObjectName(u"grassrootsCheck")

        self.workGrid.addWidget(self.grassrootsCheck, 12, 1, 1, 1)

        self.hasGrassrootsExpError = QLabel(self.workBox)
        self.hasGrassrootsExpError.setObjectName(u"hasGrassrootsExpError")
        self.hasGrassrootsExpError.setWordWrap(True)
        self.hasGrassrootsExpError.setProperty(u"error", True)

        self.workGrid.addWidget(self.hasGrassrootsExpError, 13, 1, 1, 1)

        self.noteLabel = QLabel(self.workBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.workGrid.addWidget(self.noteLabel, 14, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.noteEdit = QPlainTextEdit(self.workBox)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMinimumSize(QSize(0, 64))
        self.noteEdit.setMaximumSize(QSize(16777215, 64))
        self.noteEdit.setTabChangesFocus(True)

        self.workGrid.addWidget(self.noteEdit, 14, 1, 1, 1)

        self.noteError = QLabel(self.workBox)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)
        self.noteError.setProperty(u"error", True)

        self.workGrid.addWidget(self.noteError, 15, 1, 1, 1)

        self.workGridSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.workGrid.addItem(self.workGridSpacer, 16, 1, 1, 1)

        self.workGrid.setColumnStretch(1, 1)

        self.columnsLayout.addWidget(self.workBox)

        self.columnsLayout.setStretch(0, 1)
        self.columnsLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.columnsLayout)

        self.warningLabel = QLabel(CadreDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.generalError = QLabel(CadreDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"error", True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(CadreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.idNumberLabel.setBuddy(self.idEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.birthDateLabel.setBuddy(self.birthEdit)
        self.ethnicityLabel.setBuddy(self.ethnicityCombo)
        self.politicalStatusLabel.setBuddy(self.politicalCombo)
        self.partyJoinDateLabel.setBuddy(self.partyDateEdit)
        self.educationLabel.setBuddy(self.educationCombo)
        self.degreeLabel.setBuddy(self.degreeCombo)
        self.workStartDateLabel.setBuddy(self.workDateEdit)
        self.unitIdLabel.setBuddy(self.unitCombo)
        self.postLabel.setBuddy(self.postEdit)
        self.rankLabel.setBuddy(self.rankEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.idEdit)
        QWidget.setTabOrder(self.idEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.birthEdit)
        QWidget.setTabOrder(self.birthEdit, self.ethnicityCombo)
        QWidget.setTabOrder(self.ethnicityCombo, self.politicalCombo)
        QWidget.setTabOrder(self.politicalCombo, self.partyDateEdit)
        QWidget.setTabOrder(self.partyDateEdit, self.educationCombo)
        QWidget.setTabOrder(self.educationCombo, self.degreeCombo)
        QWidget.setTabOrder(self.degreeCombo, self.workDateEdit)
        QWidget.setTabOrder(self.workDateEdit, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.postEdit)
        QWidget.setTabOrder(self.postEdit, self.rankEdit)
        QWidget.setTabOrder(self.rankEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.reserveCheck)
        QWidget.setTabOrder(self.reserveCheck, self.grassrootsCheck)
        QWidget.setTabOrder(self.grassrootsCheck, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.buttonBox)

        self.retranslateUi(CadreDialog)

        QMetaObject.connectSlotsByName(CadreDialog)
    # setupUi

    def retranslateUi(self, CadreDialog):
        CadreDialog.setWindowTitle(QCoreApplication.translate("CadreDialog", u"\u65b0\u589e\u5e72\u90e8", None))
        self.basicBox.setTitle(QCoreApplication.translate("CadreDialog", u"\u57fa\u672c\u4fe1\u606f", None))
        self.nameLabel.setText(QCoreApplication.translate("CadreDialog", u"\u59d3\u540d\uff1a", None))
        self.idNumberLabel.setText(QCoreApplication.translate("CadreDialog", u"\u8eab\u4efd\u8bc1\u53f7\uff1a", None))
        self.idEdit.setPlaceholderText(QCoreApplication.translate("CadreDialog", u"18\u4f4d\u5c45\u6c11\u8eab\u4efd\u8bc1\u53f7\u7801", None))
        self.genderLabel.setText(QCoreApplication.translate("CadreDialog", u"\u6027\u522b\uff1a", None))
        self.birthDateLabel.setText(QCoreApplication.translate("CadreDialog", u"\u51fa\u751f\u65e5\u671f\uff1a", None))
        self.ethnicityLabel.setText(QCoreApplication.translate("CadreDialog", u"\u6c11\u65cf\uff1a", None))
        self.politicalStatusLabel.setText(QCoreApplication.translate("CadreDialog", u"\u653f\u6cbb\u9762\u8c8c\uff1a", None))
        self.partyJoinDateLabel.setText(QCoreApplication.translate("CadreDialog", u"\u5165\u515a\u65f6\u95f4\uff1a", None))
        self.educationLabel.setText(QCoreApplication.translate("CadreDialog", u"\u5b66\u5386\uff1a", None))
        self.degreeLabel.setText(QCoreApplication.translate("CadreDialog", u"\u5b66\u4f4d\uff1a", None))
        self.workBox.setTitle(QCoreApplication.translate("CadreDialog", u"\u5de5\u4f5c\u4fe1\u606f", None))
        self.workStartDateLabel.setText(QCoreApplication.translate("CadreDialog", u"\u53c2\u52a0\u5de5\u4f5c\u65f6\u95f4\uff1a", None))
        self.unitIdLabel.setText(QCoreApplication.translate("CadreDialog", u"\u6d3e\u51fa\u5355\u4f4d\uff1a", None))
        self.postLabel.setText(QCoreApplication.translate("CadreDialog", u"\u73b0\u4efb\u804c\u52a1\uff1a", None))
        self.rankLabel.setText(QCoreApplication.translate("CadreDialog", u"\u804c\u7ea7\uff1a", None))
        self.phoneLabel.setText(QCoreApplication.translate("CadreDialog", u"\u8054\u7cfb\u7535\u8bdd\uff1a", None))
        self.reserveCheck.setText(QCoreApplication.translate("CadreDialog", u"\u540e\u5907\u5e72\u90e8", None))
        self.grassrootsCheck.setText(QCoreApplication.translate("CadreDialog", u"\u6709\u57fa\u5c42\u5de5\u4f5c\u7ecf\u5386", None))
        self.noteLabel.setText(QCoreApplication.translate("CadreDialog", u"\u5907\u6ce8\uff1a", None))
    # retranslateUi

