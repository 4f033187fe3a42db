# Generated from forms/pair_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pair_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_PairDialog(object):
    def setupUi(self, PairDialog):
        if not PairDialog.objectName():
            PairDialog.setObjectName(u"PairDialog")
        PairDialog.resize(760, 540)
        PairDialog.setMinimumSize(QSize(740, 0))
        self.mainLayout = QVBoxLayout(PairDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pairForm = QFormLayout()
        self.pairForm.setObjectName(u"pairForm")
        self.pairForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.mentorComboLabel = QLabel(PairDialog)
        self.mentorComboLabel.setObjectName(u"mentorComboLabel")

        self.pairForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mentorComboLabel)

        self.mentorCombo = QComboBox(PairDialog)
        self.mentorCombo.setObjectName(u"mentorCombo")
        self.mentorCombo.setMinimumContentsLength(24)
        self.mentorCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.pairForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mentorCombo)

        self.startEditLabel = QLabel(PairDialog)
        self.startEditLabel.setObjectName(u"startEditLabel")

        self.pairForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startEditLabel)

        self.startEdit = QDateEdit(PairDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.pairForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)


        self.mainLayout.addLayout(self.pairForm)

        self.pairBar = QHBoxLayout()
        self.pairBar.setObjectName(u"pairBar")
        self.cadresLabel = QLabel(PairDialog)
        self.cadresLabel.setObjectName(u"cadresLabel")

        self.pairBar.addWidget(self.cadresLabel)

        self.searchEdit = QLineEdit(PairDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(180, 0))

        self.pairBar.addWidget(self.searchEdit)

        self.pairBar.setStretch(0, 1)

        self.mainLayout.addLayout(self.pairBar)

        self.view = QTableView(PairDialog)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.hintLabel = QLabel(PairDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setProperty(u"hint", True)
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(PairDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PairDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.mentorComboLabel.setBuddy(self.mentorCombo)
        self.startEditLabel.setBuddy(self.startEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PairDialog)

        QMetaObject.connectSlotsByName(PairDialog)
    # setupUi

    def retranslateUi(self, PairDialog):
        PairDialog.setWindowTitle(QCoreApplication.translate("PairDialog", u"\u7ed3\u5bf9\u5e2e\u5e26", None))
        self.mentorComboLabel.setText(QCoreApplication.translate("PairDialog", u"\u5e2e\u5e26\u4eba\uff1a", None))
        self.startEditLabel.setText(QCoreApplication.translate("PairDialog", u"\u7ed3\u5bf9\u65e5\u671f\uff1a", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("PairDialog", u"yyyy-MM-dd", None))
        self.cadresLabel.setText(QCoreApplication.translate("PairDialog", u"\u9009\u62e9\u88ab\u5e2e\u5e26\u7684\u9a7b\u6751\u5e72\u90e8\uff08\u53ef\u591a\u9009\uff09\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PairDialog", u"\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u3001\u5355\u4f4d\u6216\u6751", None))
        self.hintLabel.setText(QCoreApplication.translate("PairDialog", u"\u5217\u51fa\u5e2e\u5e26\u4eba\u6240\u5728\u4e61\u9547\u5c1a\u65e0\u5e2e\u5e26\u4eba\u7684\u9a7b\u6751\u5e72\u90e8\uff1b\u6309\u4f4f Ctrl \u6216 Shift \u591a\u9009", None))
    # retranslateUi

