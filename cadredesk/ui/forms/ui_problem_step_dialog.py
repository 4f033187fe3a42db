# Generated from forms/problem_step_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'problem_step_dialog.ui'
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
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

from cadredesk.ui.widgets import NullableDateEdit

class Ui_ProblemStepDialog(object):
    def setupUi(self, ProblemStepDialog):
        if not ProblemStepDialog.objectName():
            ProblemStepDialog.setObjectName(u"ProblemStepDialog")
        ProblemStepDialog.resize(500, 340)
        ProblemStepDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(ProblemStepDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(ProblemStepDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.stageLabel = QLabel(ProblemStepDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageCombo = QComboBox(ProblemStepDialog)
        self.stageCombo.setObjectName(u"stageCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stageCombo)

        self.dayLabel = QLabel(ProblemStepDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(ProblemStepDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.assigneeLabel = QLabel(ProblemStepDialog)
        self.assigneeLabel.setObjectName(u"assigneeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.assigneeLabel)

        self.assigneeEdit = QLineEdit(ProblemStepDialog)
        self.assigneeEdit.setObjectName(u"assigneeEdit")
        self.assigneeEdit.setMaxLength(128)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.assigneeEdit)

        self.deadlineLabel = QLabel(ProblemStepDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineEdit = NullableDateEdit(ProblemStepDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.actorLabel = QLabel(ProblemStepDialog)
        self.actorLabel.setObjectName(u"actorLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.actorLabel)

        self.actorEdit = QLineEdit(ProblemStepDialog)
        self.actorEdit.setObjectName(u"actorEdit")
        self.actorEdit.setMaxLength(64)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.actorEdit)

        self.noteLabel = QLabel(ProblemStepDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(ProblemStepDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(200)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(ProblemStepDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProblemStepDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.stageLabel.setBuddy(self.stageCombo)
        self.dayLabel.setBuddy(self.dayEdit)
        self.assigneeLabel.setBuddy(self.assigneeEdit)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
        self.actorLabel.setBuddy(self.actorEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProblemStepDialog)

        QMetaObject.connectSlotsByName(ProblemStepDialog)
    # setupUi

    def retranslateUi(self, ProblemStepDialog):
        ProblemStepDialog.setWindowTitle(QCoreApplication.translate("ProblemStepDialog", u"\u63a8\u8fdb\u95ee\u9898", None))
        self.summaryLabel.setText("")
        self.stageLabel.setText(QCoreApplication.translate("ProblemStepDialog", u"\u63a8\u8fdb\u5230\uff1a", None))
        self.dayLabel.setText(QCoreApplication.translate("ProblemStepDialog", u"\u65e5\u671f\uff1a", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("ProblemStepDialog", u"yyyy-MM-dd", None))
        self.assigneeLabel.setText(QCoreApplication.translate("ProblemStepDialog", u"\u627f\u529e\u4eba\uff08\u5355\u4f4d\uff09\uff1a", None))
        self.deadlineLabel.setText(QCoreApplication.translate("ProblemStepDialog", u"\u529e\u7ed3\u671f\u9650\uff1a", None))
        self.actorLabel.setText(QCoreApplication.translate("ProblemStepDialog", u"\u7ecf\u529e\u4eba\uff1a", None))
        self.actorEdit.setPlaceholderText(QCoreApplication.translate("ProblemStepDialog", u"\u4e0d\u586b\u5219\u8bb0\u4e3a\u5f53\u524d\u7528\u6237\u6216\u627f\u529e\u4eba", None))
        self.noteLabel.setText(QCoreApplication.translate("ProblemStepDialog", u"\u8bf4\u660e\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

