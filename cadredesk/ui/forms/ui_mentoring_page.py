# Generated from forms/mentoring_page.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mentoring_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTableView, QVBoxLayout, QWidget)

from cadredesk.ui.widgets import ClippedLabel

class Ui_MentoringPage(object):
    def setupUi(self, MentoringPage):
        if not MentoringPage.objectName():
            MentoringPage.setObjectName(u"MentoringPage")
        MentoringPage.resize(1100, 640)
        self.mainLayout = QVBoxLayout(MentoringPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 8)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.batchLabel = QLabel(MentoringPage)
        self.batchLabel.setObjectName(u"batchLabel")

        self.topLayout.addWidget(self.batchLabel)

        self.batchCombo = QComboBox(MentoringPage)
        self.batchCombo.setObjectName(u"batchCombo")
        self.batchCombo.setMinimumContentsLength(16)
        self.batchCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.topLayout.addWidget(self.batchCombo)

        self.townshipLabel = QLabel(MentoringPage)
        self.townshipLabel.setObjectName(u"townshipLabel")

        self.topLayout.addWidget(self.townshipLabel)

        self.townshipCombo = QComboBox(MentoringPage)
        self.townshipCombo.setObjectName(u"townshipCombo")
        self.townshipCombo.setMinimumContentsLength(8)
        self.townshipCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.topLayout.addWidget(self.townshipCombo)

        self.searchEdit = QLineEdit(MentoringPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(180, 0))

        self.topLayout.addWidget(self.searchEdit)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.idleLabel = QLabel(MentoringPage)
        self.idleLabel.setObjectName(u"idleLabel")

        self.topLayout.addWidget(self.idleLabel)

        self.idleSpin = QSpinBox(MentoringPage)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(12)

        self.topLayout.addWidget(self.idleSpin)

        self.idleTail = QLabel(MentoringPage)
        self.idleTail.setObjectName(u"idleTail")

        self.topLayout.addWidget(self.idleTail)

        self.saveIdleButton = QPushButton(MentoringPage)
        self.saveIdleButton.setObjectName(u"saveIdleButton")

        self.topLayout.addWidget(self.saveIdleButton)


        self.mainLayout.addLayout(self.topLayout)

        self.splitter = QSplitter(MentoringPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.topSplitter = QSplitter(self.splitter)
        self.topSplitter.setObjectName(u"topSplitter")
        self.topSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.topSplitter.setChildrenCollapsible(False)
        self.mentorsBox = QGroupBox(self.topSplitter)
        self.mentorsBox.setObjectName(u"mentorsBox")
        self.mentorsBoxLayout = QVBoxLayout(self.mentorsBox)
        self.mentorsBoxLayout.setObjectName(u"mentorsBoxLayout")
        self.mentorBar = QHBoxLayout()
        self.mentorBar.setObjectName(u"mentorBar")
        self.addMentorButton = QPushButton(self.mentorsBox)
        self.addMentorButton.setObjectName(u"addMentorButton")

        self.mentorBar.addWidget(self.addMentorButton)

        self.editMentorButton = QPushButton(self.mentorsBox)
        self.editMentorButton.setObjectName(u"editMentorButton")

        self.mentorBar.addWidget(self.editMentorButton)

        self.deleteMentorButton = QPushButton(self.mentorsBox)
        self.deleteMentorButton.setObjectName(u"deleteMentorButton")

        self.mentorBar.addWidget(self.deleteMentorButton)

        self.mentorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mentorBar.addItem(self.mentorSpacer)

        self.importMentorsButton = QPushButton(self.mentorsBox)
        self.importMentorsButton.setObjectName(u"importMentorsButton")

        self.mentorBar.addWidget(self.importMentorsButton)

        self.exportMentorsButton = QPushButton(self.mentorsBox)
        self.exportMentorsButton.setObjectName(u"exportMentorsButton")

        self.mentorBar.addWidget(self.exportMentorsButton)


        self.mentorsBoxLayout.addLayout(self.mentorBar)

        self.mentorView = QTableView(self.mentorsBox)
        self.mentorView.setObjectName(u"mentorView")

        self.mentorsBoxLayout.addWidget(self.mentorView)

        self.mentorsBoxLayout.setStretch(1, 1)
        self.topSplitter.addWidget(self.mentorsBox)
        self.pairsBox = QGroupBox(self.topSplitter)
        self.pairsBox.setObjectName(u"pairsBox")
        self.pairsBoxLayout = QVBoxLayout(self.pairsBox)
        self.pairsBoxLayout.setObjectName(u"pairsBoxLayout")
        self.pairBar = QHBoxLayout()
        self.pairBar.setObjectName(u"pairBar")
        self.pairButton = QPushButton(self.pairsBox)
        self.pairButton.setObjectName(u"pairButton")

        self.pairBar.addWidget(self.pairButton)

        self.unpairButton = QPushButton(self.pairsBox)
        self.unpairButton.setObjectName(u"unpairButton")

        self.pairBar.addWidget(self.unpairButton)

        self.currentOnlyCheck = QCheckBox(self.pairsBox)
        self.currentOnlyCheck.setObjectName(u"currentOnlyCheck")
        self.currentOnlyCheck.setChecked(True)

        self.pairBar.addWidget(self.currentOnlyCheck)

        self.idleOnlyCheck = QCheckBox(self.pairsBox)
        self.idleOnlyCheck.setObjectName(u"idleOnlyCheck")

        self.pairBar.addWidget(self.idleOnlyCheck)

        self.pairSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pairBar.addItem(self.pairSpacer)

        self.exportPairsButton = QPushButton(self.pairsBox)
        self.exportPairsButton.setObjectName(u"exportPairsButton")

        self.pairBar.addWidget(self.exportPairsButton)

        self.printPairsButton = QPushButton(self.pairsBox)
        self.printPairsButton.setObjectName(u"printPairsButton")

        self.pairBar.addWidget(self.printPairsButton)


        self.pairsBoxLayout.addLayout(self.pairBar)

        self.pairView = QTableView(self.pairsBox)
        self.pairView.setObjectName(u"pairView")

        self.pairsBoxLayout.addWidget(self.pairView)

        self.pairsBoxLayout.setStretch(1, 1)
        self.topSplitter.addWidget(self.pairsBox)
        self.splitter.addWidget(self.topSplitter)
        self.activitiesBox = QGroupBox(self.splitter)
        self.activitiesBox.setObjectName(u"activitiesBox")
        self.activitiesBoxLayout = QVBoxLayout(self.activitiesBox)
        self.activitiesBoxLayout.setObjectName(u"activitiesBoxLayout")
        self.activityBar = QHBoxLayout()
        self.activityBar.setObjectName(u"activityBar")
        self.activitiesTitle = ClippedLabel(self.activitiesBox)
        self.activitiesTitle.setObjectName(u"activitiesTitle")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.activitiesTitle.sizePolicy().hasHeightForWidth())
        self.activitiesTitle.setSizePolicy(sizePolicy)

        self.activityBar.addWidget(self.activitiesTitle)

        self.addActivityButton = QPushButton(self.activitiesBox)
        self.addActivityButton.setObjectName(u"addActivityButton")

        self.activityBar.addWidget(self.addActivityButton)

        self.editActivityButton = QPushButton(self.activitiesBox)
        self.editActivityButton.setObjectName(u"editActivityButton")

        self.activityBar.addWidget(self.editActivityButton)

        self.deleteActivityButton = QPushButton(self.activitiesBox)
        self.deleteActivityButton.setObjectName(u"deleteActivityButton")

        self.activityBar.addWidget(self.deleteActivityButton)

        self.exportActivitiesButton = QPushButton(self.activitiesBox)
        self.exportActivitiesButton.setObjectName(u"exportActivitiesButton")

        self.activityBar.addWidget(self.exportActivitiesButton)

        self.activityBar.setStretch(0, 1)

        self.activitiesBoxLayout.addLayout(self.activityBar)

        self.activityView = QTableView(self.activitiesBox)
        self.activityView.setObjectName(u"activityView")

        self.activitiesBoxLayout.addWidget(self.activityView)

        self.activitiesBoxLayout.setStretch(1, 1)
        self.splitter.addWidget(self.activitiesBox)

        self.mainLayout.addWidget(self.splitter)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.statusLabel = ClippedLabel(MentoringPage)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.footerLayout.addWidget(self.statusLabel)

        self.refreshButton = QPushButton(MentoringPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.footerLayout.addWidget(self.refreshButton)

        self.footerLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.footerLayout)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.batchLabel.setBuddy(self.batchCombo)
        self.townshipLabel.setBuddy(self.townshipCombo)
        self.idleLabel.setBuddy(self.idleSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MentoringPage)

        QMetaObject.connectSlotsByName(MentoringPage)
    # setupUi

    def retranslateUi(self, MentoringPage):
        self.batchLabel.setText(QCoreApplication.translate("MentoringPage", u"\u6279\u6b21", None))
        self.townshipLabel.setText(QCoreApplication.translate("MentoringPage", u"\u4e61\u9547", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MentoringPage", u"\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u3001\u5355\u4f4d\u6216\u6751", None))
        self.idleLabel.setText(QCoreApplication.translate("MentoringPage", u"\u5e2e\u5e26\u6d3b\u52a8\u95f4\u9694\u8d85\u8fc7", None))
        self.idleSpin.setSuffix(QCoreApplication.translate("MentoringPage", u" \u4e2a\u6708", None))
        self.idleTail.setText(QCoreApplication.translate("MentoringPage", u"\u6807\u4e3a\u8d85\u671f", None))
        self.saveIdleButton.setText(QCoreApplication.translate("MentoringPage", u"\u4fdd\u5b58", None))
        self.mentorsBox.setTitle(QCoreApplication.translate("MentoringPage", u"\u5e2e\u5e26\u4eba\uff08\u4e61\u9547\u515a\u653f\u9886\u5bfc\uff09", None))
        self.addMentorButton.setText(QCoreApplication.translate("MentoringPage", u"\u65b0\u589e\u2026", None))
        self.editMentorButton.setText(QCoreApplication.translate("MentoringPage", u"\u7f16\u8f91\u2026", None))
        self.deleteMentorButton.setText(QCoreApplication.translate("MentoringPage", u"\u5220\u9664", None))
        self.importMentorsButton.setText(QCoreApplication.translate("MentoringPage", u"\u5bfc\u5165\u2026", None))
        self.exportMentorsButton.setText(QCoreApplication.translate("MentoringPage", u"\u5bfc\u51fa Excel\u2026", None))
        self.pairsBox.setTitle(QCoreApplication.translate("MentoringPage", u"\u7ed3\u5bf9\u5173\u7cfb", None))
        self.pairButton.setText(QCoreApplication.translate("MentoringPage", u"\u7ed3\u5bf9\u5e2e\u5e26\u2026", None))
        self.unpairButton.setText(QCoreApplication.translate("MentoringPage", u"\u89e3\u9664\u7ed3\u5bf9", None))
        self.currentOnlyCheck.setText(QCoreApplication.translate("MentoringPage", u"\u53ea\u770b\u5f53\u524d\u7ed3\u5bf9", None))
        self.idleOnlyCheck.setText(QCoreApplication.translate("MentoringPage", u"\u53ea\u770b\u6d3b\u52a8\u8d85\u671f", None))
        self.exportPairsButton.setText(QCoreApplication.translate("MentoringPage", u"\u5bfc\u51fa Excel\u2026", None))
        self.printPairsButton.setText(QCoreApplication.translate("MentoringPage", u"\u751f\u6210\u7ed3\u5bf9\u8868 PDF\u2026", None))
        self.activitiesBox.setTitle(QCoreApplication.translate("MentoringPage", u"\u5e2e\u5e26\u6d3b\u52a8\u8bb0\u5f55", None))
        self.activitiesTitle.setText("")
        self.addActivityButton.setText(QCoreApplication.translate("MentoringPage", u"\u767b\u8bb0\u6d3b\u52a8\u2026", None))
        self.editActivityButton.setText(QCoreApplication.translate("MentoringPage", u"\u7f16\u8f91\u2026", None))
        self.deleteActivityButton.setText(QCoreApplication.translate("MentoringPage", u"\u5220\u9664", None))
        self.exportActivitiesButton.setText(QCoreApplication.translate("MentoringPage", u"\u5bfc\u51fa Excel\u2026", None))
        self.statusLabel.setText(QCoreApplication.translate("MentoringPage", u"\u6b63\u5728\u52a0\u8f7d\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("MentoringPage", u"\u5237\u65b0", None))
        pass
    # retranslateUi

