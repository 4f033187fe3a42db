# Generated from forms/profile_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_ProfileDialog(object):
    def setupUi(self, ProfileDialog):
        if not ProfileDialog.objectName():
            ProfileDialog.setObjectName(u"ProfileDialog")
        ProfileDialog.resize(1000, 640)
        self.mainLayout = QVBoxLayout(ProfileDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.nameLabel = QLabel(ProfileDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.nameLabel.setFont(font)
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.nameLabel)

        self.infoLabel = QLabel(ProfileDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.infoLabel)

        self.dispatchTitle = QLabel(ProfileDialog)
        self.dispatchTitle.setObjectName(u"dispatchTitle")
        self.dispatchTitle.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.dispatchTitle)

        self.dispatchView = QTableView(ProfileDialog)
        self.dispatchView.setObjectName(u"dispatchView")

        self.mainLayout.addWidget(self.dispatchView)

        self.emptyLabel = QLabel(ProfileDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.emptyLabel)

        self.tabs = QTabWidget(ProfileDialog)
        self.tabs.setObjectName(u"tabs")
        self.stepsTab = QWidget()
        self.stepsTab.setObjectName(u"stepsTab")
        self.stepsLayout = QVBoxLayout(self.stepsTab)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepsView = QTableView(self.stepsTab)
        self.stepsView.setObjectName(u"stepsView")

        self.stepsLayout.addWidget(self.stepsView)

        self.tabs.addTab(self.stepsTab, "")
        self.attendanceTab = QWidget()
        self.attendanceTab.setObjectName(u"attendanceTab")
        self.attendanceLayout = QVBoxLayout(self.attendanceTab)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.attendanceLabel = QLabel(self.attendanceTab)
        self.attendanceLabel.setObjectName(u"attendanceLabel")
        self.attendanceLabel.setWordWrap(True)

        self.attendanceLayout.addWidget(self.attendanceLabel)

        self.attendanceView = QTableView(self.attendanceTab)
        self.attendanceView.setObjectName(u"attendanceView")

        self.attendanceLayout.addWidget(self.attendanceView)

        self.attendanceLayout.setStretch(1, 1)
        self.tabs.addTab(self.attendanceTab, "")
        self.trainingTab = QWidget()
        self.trainingTab.setObjectName(u"trainingTab")
        self.trainingLayout = QVBoxLayout(self.trainingTab)
        self.trainingLayout.setObjectName(u"trainingLayout")
        self.trainingView = QTableView(self.trainingTab)
        self.trainingView.setObjectName(u"trainingView")

        self.trainingLayout.addWidget(self.trainingView)

        self.tabs.addTab(self.trainingTab, "")
        self.evaluationTab = QWidget()
        self.evaluationTab.setObjectName(u"evaluationTab")
        self.evaluationLayout = QVBoxLayout(self.evaluationTab)
        self.evaluationLayout.setObjectName(u"evaluationLayout")
        self.evaluationView = QTableView(self.evaluationTab)
        self.evaluationView.setObjectName(u"evaluationView")

        self.evaluationLayout.addWidget(self.evaluationView)

        self.tabs.addTab(self.evaluationTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(ProfileDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.exportButton = QPushButton(ProfileDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(ProfileDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)

        self.buttonLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.buttonLayout)

        self.mainLayout.setStretch(3, 1)
        self.mainLayout.setStretch(5, 2)

        self.retranslateUi(ProfileDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ProfileDialog)
    # setupUi

    def retranslateUi(self, ProfileDialog):
        ProfileDialog.setWindowTitle(QCoreApplication.translate("ProfileDialog", u"\u5e72\u90e8\u6863\u6848", None))
        self.nameLabel.setText(QCoreApplication.translate("ProfileDialog", u"\u6b63\u5728\u8bfb\u53d6\u5e72\u90e8\u6863\u6848\u2026", None))
        self.dispatchTitle.setText(QCoreApplication.translate("ProfileDialog", u"\u6d3e\u9a7b\u7ecf\u5386\uff08\u9009\u4e2d\u4e00\u6b21\u6d3e\u9a7b\uff0c\u4e0b\u65b9\u663e\u793a\u5176\u72b6\u6001\u53d8\u66f4\u4e0e\u8003\u52e4\uff09", None))
        self.emptyLabel.setText(QCoreApplication.translate("ProfileDialog", u"\u8be5\u5e72\u90e8\u5c1a\u65e0\u6d3e\u9a7b\u8bb0\u5f55\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.stepsTab), QCoreApplication.translate("ProfileDialog", u"\u72b6\u6001\u53d8\u66f4\u8bb0\u5f55", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attendanceTab), QCoreApplication.translate("ProfileDialog", u"\u8003\u52e4\u6c47\u603b", None))
        self.tabs.setTabText(self.tabs.indexOf(self.trainingTab), QCoreApplication.translate("ProfileDialog", u"\u57f9\u8bad\u4e0e\u4f20\u5e2e\u5e26", None))
        self.tabs.setTabText(self.tabs.indexOf(self.evaluationTab), QCoreApplication.translate("ProfileDialog", u"\u8003\u6838", None))
        self.exportButton.setText(QCoreApplication.translate("ProfileDialog", u"\u5bfc\u51fa\u6d3e\u9a7b\u7ecf\u5386\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ProfileDialog", u"\u628a\u4e0a\u65b9\u7684\u6d3e\u9a7b\u7ecf\u5386\u5217\u8868\u5bfc\u51fa\u4e3a Excel", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

