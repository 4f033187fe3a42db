# Generated from forms/assign_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assign_dialog.ui'
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
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from cadredesk.ui.pickers import (CadrePicker, PlacePicker)

class Ui_AssignDialog(object):
    def setupUi(self, AssignDialog):
        if not AssignDialog.objectName():
            AssignDialog.setObjectName(u"AssignDialog")
        AssignDialog.resize(760, 560)
        self.mainLayout = QVBoxLayout(AssignDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pickerLabel = QLabel(AssignDialog)
        self.pickerLabel.setObjectName(u"pickerLabel")

        self.mainLayout.addWidget(self.pickerLabel)

        self.picker = CadrePicker(AssignDialog)
        self.picker.setObjectName(u"picker")

        self.mainLayout.addWidget(self.picker)

        self.placeForm = QFormLayout()
        self.placeForm.setObjectName(u"placeForm")
        self.placeForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.placePickerLabel = QLabel(AssignDialog)
        self.placePickerLabel.setObjectName(u"placePickerLabel")

        self.placeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.placePickerLabel)

        self.placePicker = PlacePicker(AssignDialog)
        self.placePicker.setObjectName(u"placePicker")

        self.placeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.placePicker)

        self.roleComboLabel = QLabel(AssignDialog)
        self.roleComboLabel.setObjectName(u"roleComboLabel")

        self.placeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleComboLabel)

        self.roleCombo = QComboBox(AssignDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.placeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.datesLayoutLabel = QLabel(AssignDialog)
        self.datesLayoutLabel.setObjectName(u"datesLayoutLabel")

        self.placeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.datesLayoutLabel)

        self.datesLayout = QHBoxLayout()
        self.datesLayout.setObjectName(u"datesLayout")
        self.startEdit = QDateEdit(AssignDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.startEdit)

        self.datesLayoutTo = QLabel(AssignDialog)
        self.datesLayoutTo.setObjectName(u"datesLayoutTo")

        self.datesLayout.addWidget(self.datesLayoutTo)

        self.endEdit = QDateEdit(AssignDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.endEdit)

        self.datesLayoutSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesLayout.addItem(self.datesLayoutSpacer)


        self.placeForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.datesLayout)


        self.mainLayout.addLayout(self.placeForm)

        self.noteLabel = QLabel(AssignDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.noteLabel)

        self.errorLabel = QLabel(AssignDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AssignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.pickerLabel.setBuddy(self.picker)
        self.placePickerLabel.setBuddy(self.placePicker)
        self.roleComboLabel.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssignDialog)

        QMetaObject.connectSlotsByName(AssignDialog)
    # setupUi

    def retranslateUi(self, AssignDialog):
        AssignDialog.setWindowTitle(QCoreApplication.translate("AssignDialog", u"\u6307\u6d3e\u5e72\u90e8", None))
        self.pickerLabel.setText(QCoreApplication.translate("AssignDialog", u"\u9009\u62e9\u5e72\u90e8\uff1a", None))
        self.placePickerLabel.setText(QCoreApplication.translate("AssignDialog", u"\u6d3e\u9a7b\u4e61\u9547\u3001\u6d3e\u9a7b\u70b9\uff1a", None))
        self.roleComboLabel.setText(QCoreApplication.translate("AssignDialog", u"\u6d3e\u9a7b\u8eab\u4efd\uff1a", None))
        self.datesLayoutLabel.setText(QCoreApplication.translate("AssignDialog", u"\u6d3e\u9a7b\u671f\uff1a", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("AssignDialog", u"yyyy-MM-dd", None))
        self.datesLayoutTo.setText(QCoreApplication.translate("AssignDialog", u"\u81f3", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("AssignDialog", u"yyyy-MM-dd", None))
        self.noteLabel.setText(QCoreApplication.translate("AssignDialog", u"\u6307\u6d3e\u540e\u72b6\u6001\u4e3a\u201c\u63a8\u8350\u201d\uff1b\u5ba1\u6838\u3001\u57f9\u8bad\u3001\u4e0a\u5c97\u8bf7\u7528\u201c\u63a8\u8fdb\u72b6\u6001\u201d\u3002", None))
    # retranslateUi

