# Generated from forms/batch_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'batch_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_BatchDialog(object):
    def setupUi(self, BatchDialog):
        if not BatchDialog.objectName():
            BatchDialog.setObjectName(u"BatchDialog")
        BatchDialog.resize(600, 560)
        BatchDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(BatchDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.basicForm = QFormLayout()
        self.basicForm.setObjectName(u"basicForm")
        self.basicForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.nameEditLabel = QLabel(BatchDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(BatchDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(128)

        self.basicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.levelComboLabel = QLabel(BatchDialog)
        self.levelComboLabel.setObjectName(u"levelComboLabel")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.levelComboLabel)

        self.levelCombo = QComboBox(BatchDialog)
        self.levelCombo.setObjectName(u"levelCombo")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.datesLayoutLabel = QLabel(BatchDialog)
        self.datesLayoutLabel.setObjectName(u"datesLayoutLabel")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.datesLayoutLabel)

        self.datesLayout = QHBoxLayout()
        self.datesLayout.setObjectName(u"datesLayout")
        self.startEdit = QDateEdit(BatchDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.startEdit)

        self.datesLayoutTo = QLabel(BatchDialog)
        self.datesLayoutTo.setObjectName(u"datesLayoutTo")

        self.datesLayout.addWidget(self.datesLayoutTo)

        self.endEdit = QDateEdit(BatchDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.endEdit)

        self.datesLayoutSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesLayout.addItem(self.datesLayoutSpacer)


        self.basicForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.datesLayout)

        self.reasonEditLabel = QLabel(BatchDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QLineEdit(BatchDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.basicForm)

        self.rulesBox = QGroupBox(BatchDialog)
        self.rulesBox.setObjectName(u"rulesBox")
        self.rulesForm = QFormLayout(self.rulesBox)
        self.rulesForm.setObjectName(u"rulesForm")
        self.rulesForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.trainingCheck = QCheckBox(self.rulesBox)
        self.trainingCheck.setObjectName(u"trainingCheck")

        self.rulesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.trainingCheck)

        self.reserveLayoutLabel = QLabel(self.rulesBox)
        self.reserveLayoutLabel.setObjectName(u"reserveLayoutLabel")

        self.rulesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reserveLayoutLabel)

        self.reserveLayout = QHBoxLayout()
        self.reserveLayout.setObjectName(u"reserveLayout")
        self.reserveSpin = QDoubleSpinBox(self.rulesBox)
        self.reserveSpin.setObjectName(u"reserveSpin")
        self.reserveSpin.setMinimumSize(QSize(80, 0))
        self.reserveSpin.setDecimals(0)
        self.reserveSpin.setMaximum(100.000000000000000)

        self.reserveLayout.addWidget(self.reserveSpin)

        self.reserveHint = QLabel(self.rulesBox)
        self.reserveHint.setObjectName(u"reserveHint")
        self.reserveHint.setProperty(u"hint", True)

        self.reserveLayout.addWidget(self.reserveHint)

        self.reserveSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reserveLayout.addItem(self.reserveSpacer)


        self.rulesForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.reserveLayout)

        self.defaultsLayout = QHBoxLayout()
        self.defaultsLayout.setObjectName(u"defaultsLayout")
        self.defaultsButton = QPushButton(self.rulesBox)
        self.defaultsButton.setObjectName(u"defaultsButton")

        self.defaultsLayout.addWidget(self.defaultsButton)

        self.defaultsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.defaultsLayout.addItem(self.defaultsSpacer)


        self.rulesForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.defaultsLayout)


        self.mainLayout.addWidget(self.rulesBox)

        self.sourceLabel = QLabel(BatchDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setProperty(u"hint", True)
        self.sourceLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.sourceLabel)

        self.noteLabel = QLabel(BatchDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.mainLayout.addWidget(self.noteLabel)

        self.noteEdit = QPlainTextEdit(BatchDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMinimumSize(QSize(0, 52))
        self.noteEdit.setMaximumSize(QSize(16777215, 52))
        self.noteEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.noteEdit)

        self.errorLabel = QLabel(BatchDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(BatchDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.levelComboLabel.setBuddy(self.levelCombo)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BatchDialog)

        QMetaObject.connectSlotsByName(BatchDialog)
    # setupUi

    def retranslateUi(self, BatchDialog):
        BatchDialog.setWindowTitle(QCoreApplication.translate("BatchDialog", u"\u65b0\u5efa\u6279\u6b21", None))
        self.nameEditLabel.setText(QCoreApplication.translate("BatchDialog", u"\u6279\u6b21\u540d\u79f0\uff1a", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("BatchDialog", u"\u5982\uff1a2025\u5e74\u5ea6\u9a7b\u6751\u8e72\u70b9", None))
        self.levelComboLabel.setText(QCoreApplication.translate("BatchDialog", u"\u7ea7\u522b\uff1a", None))
        self.datesLayoutLabel.setText(QCoreApplication.translate("BatchDialog", u"\u6d3e\u9a7b\u671f\uff1a", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("BatchDialog", u"yyyy-MM-dd", None))
        self.datesLayoutTo.setText(QCoreApplication.translate("BatchDialog", u"\u81f3", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("BatchDialog", u"yyyy-MM-dd", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("BatchDialog", u"\u671f\u9650\u8c03\u6574\u539f\u56e0\uff1a", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("BatchDialog", u"\u671f\u9650\u4e0e\u7ea7\u522b\u4e0d\u7b26\u65f6\uff08\u53bf\u7ea7\u4e00\u5e74\u3001\u7701\u7ea7\u4e24\u5e74\uff09\u987b\u586b\u5199\u539f\u56e0", None))
        self.rulesBox.setTitle(QCoreApplication.translate("BatchDialog", u"\u671f\u9650\u4e0e\u5de5\u4f5c\u89c4\u5219", None))
        self.trainingCheck.setText(QCoreApplication.translate("BatchDialog", u"\u4e0a\u5c97\u524d\u987b\u5b8c\u6210\u5c97\u524d\u57f9\u8bad", None))
        self.reserveLayoutLabel.setText(QCoreApplication.translate("BatchDialog", u"\u540e\u5907\u5e72\u90e8\u53ca\u65e0\u57fa\u5c42\u7ecf\u5386\u5e72\u90e8\u5360\u6bd4\u4e0d\u4f4e\u4e8e\uff1a", None))
        self.reserveSpin.setSuffix(QCoreApplication.translate("BatchDialog", u" %", None))
        self.reserveHint.setText(QCoreApplication.translate("BatchDialog", u"\uff080 \u8868\u793a\u4e0d\u4f5c\u8981\u6c42\uff09", None))
        self.defaultsButton.setText(QCoreApplication.translate("BatchDialog", u"\u6062\u590d\u672c\u7ea7\u522b\u9ed8\u8ba4\u503c", None))
        self.sourceLabel.setText(QCoreApplication.translate("BatchDialog", u"\u9ed8\u8ba4\u503c\u4f9d\u636e\uff08\u8fd0\u884c\u65f6\u6309\u6587\u4ef6\u6807\u9898\u586b\u5165\uff09", None))
        self.noteLabel.setText(QCoreApplication.translate("BatchDialog", u"\u5907\u6ce8\uff1a", None))
    # retranslateUi

