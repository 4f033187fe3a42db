# Generated from forms/course_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'course_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CourseDialog(object):
    def setupUi(self, CourseDialog):
        if not CourseDialog.objectName():
            CourseDialog.setObjectName(u"CourseDialog")
        CourseDialog.resize(500, 260)
        CourseDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(CourseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.courseForm = QFormLayout()
        self.courseForm.setObjectName(u"courseForm")
        self.courseForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.titleEditLabel = QLabel(CourseDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.courseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(CourseDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(128)

        self.courseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dayEditLabel = QLabel(CourseDialog)
        self.dayEditLabel.setObjectName(u"dayEditLabel")

        self.courseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dayEditLabel)

        self.dayEdit = QDateEdit(CourseDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.courseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.hoursSpinLabel = QLabel(CourseDialog)
        self.hoursSpinLabel.setObjectName(u"hoursSpinLabel")

        self.courseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hoursSpinLabel)

        self.hoursSpin = QDoubleSpinBox(CourseDialog)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(1)
        self.hoursSpin.setMinimum(0.500000000000000)
        self.hoursSpin.setMaximum(99.900000000000006)
        self.hoursSpin.setSingleStep(0.500000000000000)
        self.hoursSpin.setValue(3.000000000000000)

        self.courseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hoursSpin)

        self.lecturerEditLabel = QLabel(CourseDialog)
        self.lecturerEditLabel.setObjectName(u"lecturerEditLabel")

        self.courseForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lecturerEditLabel)

        self.lecturerEdit = QLineEdit(CourseDialog)
        self.lecturerEdit.setObjectName(u"lecturerEdit")
        self.lecturerEdit.setMaxLength(64)

        self.courseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lecturerEdit)

        self.topicComboLabel = QLabel(CourseDialog)
        self.topicComboLabel.setObjectName(u"topicComboLabel")

        self.courseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.topicComboLabel)

        self.topicCombo = QComboBox(CourseDialog)
        self.topicCombo.setObjectName(u"topicCombo")
        self.topicCombo.setEditable(True)
        self.topicCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.courseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.topicCombo)

        self.requiredCheck = QCheckBox(CourseDialog)
        self.requiredCheck.setObjectName(u"requiredCheck")
        self.requiredCheck.setChecked(True)

        self.courseForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.requiredCheck)


        self.mainLayout.addLayout(self.courseForm)

        self.errorLabel = QLabel(CourseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CourseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.dayEditLabel.setBuddy(self.dayEdit)
        self.hoursSpinLabel.setBuddy(self.hoursSpin)
        self.lecturerEditLabel.setBuddy(self.lecturerEdit)
        self.topicComboLabel.setBuddy(self.topicCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CourseDialog)

        QMetaObject.connectSlotsByName(CourseDialog)
    # setupUi

    def retranslateUi(self, CourseDialog):
        CourseDialog.setWindowTitle(QCoreApplication.translate("CourseDialog", u"\u65b0\u589e\u8bfe\u7a0b", None))
        self.titleEditLabel.setText(QCoreApplication.translate("CourseDialog", u"\u8bfe\u7a0b\u540d\u79f0\uff1a", None))
        self.dayEditLabel.setText(QCoreApplication.translate("CourseDialog", u"\u4e0a\u8bfe\u65e5\u671f\uff1a", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("CourseDialog", u"yyyy-MM-dd", None))
        self.hoursSpinLabel.setText(QCoreApplication.translate("CourseDialog", u"\u5b66\u65f6\uff1a", None))
        self.lecturerEditLabel.setText(QCoreApplication.translate("CourseDialog", u"\u6388\u8bfe\u4eba\uff1a", None))
        self.lecturerEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"\u59d3\u540d\uff08\u804c\u52a1\uff09", None))
        self.topicComboLabel.setText(QCoreApplication.translate("CourseDialog", u"\u4e13\u9898\uff1a", None))
        self.requiredCheck.setText(QCoreApplication.translate("CourseDialog", u"\u5fc5\u4fee\u8bfe\uff08\u4e0d\u52fe\u9009\u4e3a\u9009\u4fee\u8bfe\uff09", None))
    # retranslateUi

