# Generated from forms/end_early_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'end_early_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QPlainTextEdit, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from cadredesk.ui.pickers import CadrePicker

class Ui_EndEarlyDialog(object):
    def setupUi(self, EndEarlyDialog):
        if not EndEarlyDialog.objectName():
            EndEarlyDialog.setObjectName(u"EndEarlyDialog")
        EndEarlyDialog.resize(720, 560)
        self.mainLayout = QVBoxLayout(EndEarlyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.currentLabel = QLabel(EndEarlyDialog)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.currentLabel)

        self.endForm = QFormLayout()
        self.endForm.setObjectName(u"endForm")
        self.endForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.kindLayoutLabel = QLabel(EndEarlyDialog)
        self.kindLayoutLabel.setObjectName(u"kindLayoutLabel")

        self.endForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLayoutLabel)

        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.recallRadio = QRadioButton(EndEarlyDialog)
        self.recallRadio.setObjectName(u"recallRadio")
        self.recallRadio.setChecked(True)

        self.kindLayout.addWidget(self.recallRadio)

        self.rotateRadio = QRadioButton(EndEarlyDialog)
        self.rotateRadio.setObjectName(u"rotateRadio")

        self.kindLayout.addWidget(self.rotateRadio)

        self.kindSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindLayout.addItem(self.kindSpacer)


        self.endForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindLayout)

        self.dateEditLabel = QLabel(EndEarlyDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.endForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(EndEarlyDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.endForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.reasonEditLabel = QLabel(EndEarlyDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.endForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QPlainTextEdit(EndEarlyDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMinimumSize(QSize(0, 60))
        self.reasonEdit.setMaximumSize(QSize(16777215, 60))
        self.reasonEdit.setTabChangesFocus(True)

        self.endForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.endForm)

        self.replaceCheck = QCheckBox(EndEarlyDialog)
        self.replaceCheck.setObjectName(u"replaceCheck")

        self.mainLayout.addWidget(self.replaceCheck)

        self.picker = CadrePicker(EndEarlyDialog)
        self.picker.setObjectName(u"picker")
        self.picker.setEnabled(False)

        self.mainLayout.addWidget(self.picker)

        self.errorLabel = QLabel(EndEarlyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EndEarlyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EndEarlyDialog)

        QMetaObject.connectSlotsByName(EndEarlyDialog)
    # setupUi

    def retranslateUi(self, EndEarlyDialog):
        EndEarlyDialog.setWindowTitle(QCoreApplication.translate("EndEarlyDialog", u"\u53ec\u56de / \u8f6e\u6362", None))
        self.kindLayoutLabel.setText(QCoreApplication.translate("EndEarlyDialog", u"\u65b9\u5f0f\uff1a", None))
        self.recallRadio.setText(QCoreApplication.translate("EndEarlyDialog", u"\u53ec\u56de", None))
        self.rotateRadio.setText(QCoreApplication.translate("EndEarlyDialog", u"\u8f6e\u6362", None))
        self.dateEditLabel.setText(QCoreApplication.translate("EndEarlyDialog", u"\u79bb\u5c97\u65e5\u671f\uff1a", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("EndEarlyDialog", u"yyyy-MM-dd", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("EndEarlyDialog", u"\u539f\u56e0\uff1a", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("EndEarlyDialog", u"\u5fc5\u586b\uff0c\u5982\uff1a\u56e0\u5de5\u4f5c\u9700\u8981\u53ec\u56de\u539f\u5355\u4f4d\uff1b\u56e0\u8eab\u4f53\u539f\u56e0\u8f6e\u6362", None))
        self.replaceCheck.setText(QCoreApplication.translate("EndEarlyDialog", u"\u5b89\u6392\u63a5\u66ff\u4eba\u5458\uff08\u63a5\u66ff\u540c\u4e00\u6d3e\u9a7b\u70b9\u548c\u8eab\u4efd\uff09", None))
    # retranslateUi

