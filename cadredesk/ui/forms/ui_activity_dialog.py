# Generated from forms/activity_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_dialog.ui'
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

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        ActivityDialog.resize(520, 260)
        ActivityDialog.setMinimumSize(QSize(500, 0))
        self.mainLayout = QVBoxLayout(ActivityDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.activityForm = QFormLayout()
        self.activityForm.setObjectName(u"activityForm")
        self.activityForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.pairLabelLabel = QLabel(ActivityDialog)
        self.pairLabelLabel.setObjectName(u"pairLabelLabel")

        self.activityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pairLabelLabel)

        self.pairLabel = QLabel(ActivityDialog)
        self.pairLabel.setObjectName(u"pairLabel")

        self.activityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pairLabel)

        self.dayEditLabel = QLabel(ActivityDialog)
        self.dayEditLabel.setObjectName(u"dayEditLabel")

        self.activityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dayEditLabel)

        self.dayEdit = QDateEdit(ActivityDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.activityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.formComboLabel = QLabel(ActivityDialog)
        self.formComboLabel.setObjectName(u"formComboLabel")

        self.activityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formComboLabel)

        self.formCombo = QComboBox(ActivityDialog)
        self.formCombo.setObjectName(u"formCombo")
        self.formCombo.setEditable(True)
        self.formCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.activityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.formCombo)

        self.topicEditLabel = QLabel(ActivityDialog)
        self.topicEditLabel.setObjectName(u"topicEditLabel")

        self.activityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.topicEditLabel)

        self.topicEdit = QLineEdit(ActivityDialog)
        self.topicEdit.setObjectName(u"topicEdit")
        self.topicEdit.setMaxLength(128)

        self.activityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.topicEdit)

        self.outcomeEditLabel = QLabel(ActivityDialog)
        self.outcomeEditLabel.setObjectName(u"outcomeEditLabel")

        self.activityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.outcomeEditLabel)

        self.outcomeEdit = QPlainTextEdit(ActivityDialog)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setTabChangesFocus(True)
        self.outcomeEdit.setMaximumSize(QSize(16777215, 90))

        self.activityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)


        self.mainLayout.addLayout(self.activityForm)

        self.errorLabel = QLabel(ActivityDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ActivityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pairLabelLabel.setBuddy(self.pairLabel)
        self.dayEditLabel.setBuddy(self.dayEdit)
        self.formComboLabel.setBuddy(self.formCombo)
        self.topicEditLabel.setBuddy(self.topicEdit)
        self.outcomeEditLabel.setBuddy(self.outcomeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActivityDialog)

        QMetaObject.connectSlotsByName(ActivityDialog)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"\u767b\u8bb0\u5e2e\u5e26\u6d3b\u52a8", None))
        self.pairLabelLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u7ed3\u5bf9\uff1a", None))
        self.pairLabel.setText("")
        self.dayEditLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u65e5\u671f\uff1a", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("ActivityDialog", u"yyyy-MM-dd", None))
        self.formComboLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u5f62\u5f0f\uff1a", None))
        self.topicEditLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u4e3b\u9898\uff1a", None))
        self.topicEdit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u5982\uff1a\u5165\u6751\u5de5\u4f5c\u65b9\u6cd5\u4ea4\u6d41", None))
        self.outcomeEditLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u6210\u6548\uff1a", None))
    # retranslateUi

