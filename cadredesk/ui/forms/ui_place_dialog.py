# Generated from forms/place_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'place_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PlaceDialog(object):
    def setupUi(self, PlaceDialog):
        if not PlaceDialog.objectName():
            PlaceDialog.setObjectName(u"PlaceDialog")
        PlaceDialog.resize(460, 260)
        PlaceDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(PlaceDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.placeForm = QFormLayout()
        self.placeForm.setObjectName(u"placeForm")
        self.placeForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.townshipComboLabel = QLabel(PlaceDialog)
        self.townshipComboLabel.setObjectName(u"townshipComboLabel")

        self.placeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.townshipComboLabel)

        self.townshipCombo = QComboBox(PlaceDialog)
        self.townshipCombo.setObjectName(u"townshipCombo")
        self.townshipCombo.setEditable(True)
        self.townshipCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.placeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.townshipCombo)

        self.nameEditLabel = QLabel(PlaceDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.placeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(PlaceDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(64)

        self.placeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindComboLabel = QLabel(PlaceDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.placeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(PlaceDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.placeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)


        self.mainLayout.addLayout(self.placeForm)

        self.tagsBox = QGroupBox(PlaceDialog)
        self.tagsBox.setObjectName(u"tagsBox")
        self.tagsGrid = QGridLayout(self.tagsBox)
        self.tagsGrid.setObjectName(u"tagsGrid")
        self.mustLabel = QLabel(self.tagsBox)
        self.mustLabel.setObjectName(u"mustLabel")
        self.mustLabel.setProperty(u"hint", True)

        self.tagsGrid.addWidget(self.mustLabel, 0, 0, 1, 1)

        self.mayLabel = QLabel(self.tagsBox)
        self.mayLabel.setObjectName(u"mayLabel")
        self.mayLabel.setProperty(u"hint", True)

        self.tagsGrid.addWidget(self.mayLabel, 0, 1, 1, 1)


        self.mainLayout.addWidget(self.tagsBox)

        self.errorLabel = QLabel(PlaceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PlaceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.townshipComboLabel.setBuddy(self.townshipCombo)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.kindComboLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlaceDialog)

        QMetaObject.connectSlotsByName(PlaceDialog)
    # setupUi

    def retranslateUi(self, PlaceDialog):
        PlaceDialog.setWindowTitle(QCoreApplication.translate("PlaceDialog", u"\u65b0\u589e\u6d3e\u9a7b\u70b9", None))
        self.townshipComboLabel.setText(QCoreApplication.translate("PlaceDialog", u"\u4e61\u9547\uff08\u8857\u9053\uff09\uff1a", None))
        self.nameEditLabel.setText(QCoreApplication.translate("PlaceDialog", u"\u540d\u79f0\uff1a", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PlaceDialog", u"\u5982\uff1a\u5218\u5bb6\u6751\u3001\u5e78\u798f\u793e\u533a\u3001\u67d0\u67d0\u6709\u9650\u516c\u53f8", None))
        self.kindComboLabel.setText(QCoreApplication.translate("PlaceDialog", u"\u7c7b\u578b\uff1a", None))
        self.tagsBox.setTitle(QCoreApplication.translate("PlaceDialog", u"\u91cd\u70b9\u7c7b\u522b", None))
        self.mustLabel.setText(QCoreApplication.translate("PlaceDialog", u"\u987b\u5168\u8986\u76d6", None))
        self.mayLabel.setText(QCoreApplication.translate("PlaceDialog", u"\u5e94\u6d3e\u5c3d\u6d3e", None))
    # retranslateUi

