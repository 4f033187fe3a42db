# Generated from forms/training_page.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

from cadredesk.ui.widgets import ClippedLabel

class Ui_TrainingPage(object):
    def setupUi(self, TrainingPage):
        if not TrainingPage.objectName():
            TrainingPage.setObjectName(u"TrainingPage")
        TrainingPage.resize(1100, 640)
        self.mainLayout = QVBoxLayout(TrainingPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 8)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.batchLabel = QLabel(TrainingPage)
        self.batchLabel.setObjectName(u"batchLabel")

        self.topLayout.addWidget(self.batchLabel)

        self.batchCombo = QComboBox(TrainingPage)
        self.batchCombo.setObjectName(u"batchCombo")
        self.batchCombo.setMinimumContentsLength(16)
        self.batchCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.topLayout.addWidget(self.batchCombo)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.ruleLabel = QLabel(TrainingPage)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.topLayout.addWidget(self.ruleLabel)

        self.ruleCombo = QComboBox(TrainingPage)
        self.ruleCombo.setObjectName(u"ruleCombo")

        self.topLayout.addWidget(self.ruleCombo)

        self.hoursLabel = QLabel(TrainingPage)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.topLayout.addWidget(self.hoursLabel)

        self.hoursSpin = QSpinBox(TrainingPage)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setMinimum(1)
        self.hoursSpin.setMaximum(200)

        self.topLayout.addWidget(self.hoursSpin)

        self.requiredCheck = QCheckBox(TrainingPage)
        self.requiredCheck.setObjectName(u"requiredCheck")

        self.topLayout.addWidget(self.requiredCheck)

        self.saveRuleButton = QPushButton(TrainingPage)
        self.saveRuleButton.setObjectName(u"saveRuleButton")

        self.topLayout.addWidget(self.saveRuleButton)


        self.mainLayout.addLayout(self.topLayout)

        self.tabs = QTabWidget(TrainingPage)
        self.tabs.setObjectName(u"tabs")
        self.sessionsTab = QWidget()
        self.sessionsTab.setObjectName(u"sessionsTab")
        self.sessionsLayout = QVBoxLayout(self.sessionsTab)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionsLayout.setContentsMargins(0, 6, 0, 0)
        self.sessionBar = QHBoxLayout()
        self.sessionBar.setObjectName(u"sessionBar")
        self.sessionsTitle = QLabel(self.sessionsTab)
        self.sessionsTitle.setObjectName(u"sessionsTitle")

        self.sessionBar.addWidget(self.sessionsTitle)

        self.sessionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionBar.addItem(self.sessionSpacer)

        self.addSessionButton = QPushButton(self.sessionsTab)
        self.addSessionButton.setObjectName(u"addSessionButton")

        self.sessionBar.addWidget(self.addSessionButton)

        self.editSessionButton = QPushButton(self.sessionsTab)
        self.editSessionButton.setObjectName(u"editSessionButton")

        self.sessionBar.addWidget(self.editSessionButton)

        self.deleteSessionButton = QPushButton(self.sessionsTab)
        self.deleteSessionButton.setObjectName(u"deleteSessionButton")

        self.sessionBar.addWidget(self.deleteSessionButton)

        self.exportSessionsButton = QPushButton(self.sessionsTab)
        self.exportSessionsButton.setObjectName(u"exportSessionsButton")

        self.sessionBar.addWidget(self.exportSessionsButton)

        self.printSigninButton = QPushButton(self.sessionsTab)
        self.printSigninButton.setObjectName(u"printSigninButton")

        self.sessionBar.addWidget(self.printSigninButton)


        self.sessionsLayout.addLayout(self.sessionBar)

        self.sessionView = QTableView(self.sessionsTab)
        self.sessionView.setObjectName(u"sessionView")

        self.sessionsLayout.addWidget(self.sessionView)

        self.courseBar = QHBoxLayout()
        self.courseBar.setObjectName(u"courseBar")
        self.coursesTitle = ClippedLabel(self.sessionsTab)
        self.coursesTitle.setObjectName(u"coursesTitle")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.coursesTitle.sizePolicy().hasHeightForWidth())
        self.coursesTitle.setSizePolicy(sizePolicy)

        self.courseBar.addWidget(self.coursesTitle)

        self.addCourseButton = QPushButton(self.sessionsTab)
        self.addCourseButton.setObjectName(u"addCourseButton")

        self.courseBar.addWidget(self.addCourseButton)

        self.editCourseButton = QPushButton(self.sessionsTab)
        self.editCourseButton.setObjectName(u"editCourseButton")

        self.courseBar.addWidget(self.editCourseButton)

        self.deleteCourseButton = QPushButton(self.sessionsTab)
        self.deleteCourseButton.setObjectName(u"deleteCourseButton")

        self.courseBar.addWidget(self.deleteCourseButton)

        self.exportCoursesButton = QPushButton(self.sessionsTab)
        self.exportCoursesButton.setObjectName(u"exportCoursesButton")

        self.courseBar.addWidget(self.exportCoursesButton)

        self.printCourseButton = QPushButton(self.sessionsTab)
        self.printCourseButton.setObjectName(u"printCourseButton")

        self.courseBar.addWidget(self.printCourseButton)

        self.courseBar.setStretch(0, 1)

        self.sessionsLayout.addLayout(self.courseBar)

        self.courseView = QTableView(self.sessionsTab)
        self.courseView.setObjectName(u"courseView")

        self.sessionsLayout.addWidget(self.courseView)

        self.sessionsLayout.setStretch(1, 1)
        self.sessionsLayout.setStretch(3, 3)
        self.tabs.addTab(self.sessionsTab, "")
        self.gridTab = QWidget()
        self.gridTab.setObjectName(u"gridTab")
        self.gridLayout = QVBoxLayout(self.gridTab)
        self.gridLayout.setObjectName(u"gridLayout")
        self.gridLayout.setContentsMargins(0, 6, 0, 0)
        self.gridBar = QHBoxLayout()
        self.gridBar.setObjectName(u"gridBar")
        self.gridSessionLabel = QLabel(self.gridTab)
        self.gridSessionLabel.setObjectName(u"gridSessionLabel")

        self.gridBar.addWidget(self.gridSessionLabel)

        self.gridSessionCombo = QComboBox(self.gridTab)
        self.gridSessionCombo.setObjectName(u"gridSessionCombo")
        self.gridSessionCombo.setMinimumContentsLength(22)
        self.gridSessionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.gridBar.addWidget(self.gridSessionCombo)

        self.gridSearchEdit = QLineEdit(self.gridTab)
        self.gridSearchEdit.setObjectName(u"gridSearchEdit")
        self.gridSearchEdit.setClearButtonEnabled(True)
        self.gridSearchEdit.setMinimumSize(QSize(180, 0))

        self.gridBar.addWidget(self.gridSearchEdit)

        self.gridSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gridBar.addItem(self.gridSpacer)

        self.enrolButton = QPushButton(self.gridTab)
        self.enrolButton.setObjectName(u"enrolButton")

        self.gridBar.addWidget(self.enrolButton)

        self.unenrolButton = QPushButton(self.gridTab)
        self.unenrolButton.setObjectName(u"unenrolButton")

        self.gridBar.addWidget(self.unenrolButton)

        self.importButton = QPushButton(self.gridTab)
        self.importButton.setObjectName(u"importButton")

        self.gridBar.addWidget(self.importButton)

        self.exportGridButton = QPushButton(self.gridTab)
        self.exportGridButton.setObjectName(u"exportGridButton")

        self.gridBar.addWidget(self.exportGridButton)


        self.gridLayout.addLayout(self.gridBar)

        self.markBar = QHBoxLayout()
        self.markBar.setObjectName(u"markBar")
        self.markHint = ClippedLabel(self.gridTab)
        self.markHint.setObjectName(u"markHint")
        self.markHint.setProperty(u"hint", True)
        sizePolicy.setHeightForWidth(self.markHint.sizePolicy().hasHeightForWidth())
        self.markHint.setSizePolicy(sizePolicy)

        self.markBar.addWidget(self.markHint)

        self.markCourseLabel = QLabel(self.gridTab)
        self.markCourseLabel.setObjectName(u"markCourseLabel")

        self.markBar.addWidget(self.markCourseLabel)

        self.markCourseCombo = QComboBox(self.gridTab)
        self.markCourseCombo.setObjectName(u"markCourseCombo")
        self.markCourseCombo.setMinimumContentsLength(12)
        self.markCourseCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.markBar.addWidget(self.markCourseCombo)

        self.markCourseButton = QPushButton(self.gridTab)
        self.markCourseButton.setObjectName(u"markCourseButton")

        self.markBar.addWidget(self.markCourseButton)

        self.overwriteCheck = QCheckBox(self.gridTab)
        self.overwriteCheck.setObjectName(u"overwriteCheck")

        self.markBar.addWidget(self.overwriteCheck)

        self.markBar.setStretch(0, 1)

        self.gridLayout.addLayout(self.markBar)

        self.gridView = QTableView(self.gridTab)
        self.gridView.setObjectName(u"gridView")

        self.gridLayout.addWidget(self.gridView)

        self.gridLayout.setStretch(2, 1)
        self.tabs.addTab(self.gridTab, "")
        self.statusTab = QWidget()
        self.statusTab.setObjectName(u"statusTab")
        self.statusLayout = QVBoxLayout(self.statusTab)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLayout.setContentsMargins(0, 6, 0, 0)
        self.statusBar = QHBoxLayout()
        self.statusBar.setObjectName(u"statusBar")
        self.statusSearchEdit = QLineEdit(self.statusTab)
        self.statusSearchEdit.setObjectName(u"statusSearchEdit")
        self.statusSearchEdit.setClearButtonEnabled(True)
        self.statusSearchEdit.setMinimumSize(QSize(180, 0))

        self.statusBar.addWidget(self.statusSearchEdit)

        self.statusTownshipCombo = QComboBox(self.statusTab)
        self.statusTownshipCombo.setObjectName(u"statusTownshipCombo")
        self.statusTownshipCombo.setMinimumContentsLength(8)
        self.statusTownshipCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.statusBar.addWidget(self.statusTownshipCombo)

        self.incompleteCheck = QCheckBox(self.statusTab)
        self.incompleteCheck.setObjectName(u"incompleteCheck")

        self.statusBar.addWidget(self.incompleteCheck)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusBar.addItem(self.statusSpacer)

        self.exportStatusButton = QPushButton(self.statusTab)
        self.exportStatusButton.setObjectName(u"exportStatusButton")

        self.statusBar.addWidget(self.exportStatusButton)


        self.statusLayout.addLayout(self.statusBar)

        self.statusView = QTableView(self.statusTab)
        self.statusView.setObjectName(u"statusView")

        self.statusLayout.addWidget(self.statusView)

        self.statusLayout.setStretch(1, 1)
        self.tabs.addTab(self.statusTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.statusLabel = ClippedLabel(TrainingPage)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.footerLayout.addWidget(self.statusLabel)

        self.refreshButton = QPushButton(TrainingPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.footerLayout.addWidget(self.refreshButton)

        self.footerLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.footerLayout)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.batchLabel.setBuddy(self.batchCombo)
        self.ruleLabel.setBuddy(self.ruleCombo)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.gridSessionLabel.setBuddy(self.gridSessionCombo)
        self.markCourseLabel.setBuddy(self.markCourseCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrainingPage)

        QMetaObject.connectSlotsByName(TrainingPage)
    # setupUi

    def retranslateUi(self, TrainingPage):
        self.batchLabel.setText(QCoreApplication.translate("TrainingPage", u"\u6279\u6b21", None))
        self.ruleLabel.setText(QCoreApplication.translate("TrainingPage", u"\u5b8c\u6210\u8ba4\u5b9a", None))
        self.hoursLabel.setText(QCoreApplication.translate("TrainingPage", u"\u5e94\u4fee\u5b66\u65f6", None))
        self.hoursSpin.setSuffix(QCoreApplication.translate("TrainingPage", u" \u5b66\u65f6", None))
        self.requiredCheck.setText(QCoreApplication.translate("TrainingPage", u"\u4e0a\u5c97\u524d\u987b\u5b8c\u6210\u57f9\u8bad", None))
        self.saveRuleButton.setText(QCoreApplication.translate("TrainingPage", u"\u4fdd\u5b58\u8ba4\u5b9a\u65b9\u5f0f", None))
        self.sessionsTitle.setText(QCoreApplication.translate("TrainingPage", u"\u57f9\u8bad\u73ed", None))
        self.addSessionButton.setText(QCoreApplication.translate("TrainingPage", u"\u65b0\u5efa\u57f9\u8bad\u73ed\u2026", None))
        self.editSessionButton.setText(QCoreApplication.translate("TrainingPage", u"\u7f16\u8f91\u2026", None))
        self.deleteSessionButton.setText(QCoreApplication.translate("TrainingPage", u"\u5220\u9664", None))
        self.exportSessionsButton.setText(QCoreApplication.translate("TrainingPage", u"\u5bfc\u51fa Excel\u2026", None))
        self.printSigninButton.setText(QCoreApplication.translate("TrainingPage", u"\u751f\u6210\u7b7e\u5230\u8868 PDF\u2026", None))
        self.coursesTitle.setText(QCoreApplication.translate("TrainingPage", u"\u8bfe\u7a0b", None))
        self.addCourseButton.setText(QCoreApplication.translate("TrainingPage", u"\u65b0\u589e\u8bfe\u7a0b\u2026", None))
        self.editCourseButton.setText(QCoreApplication.translate("TrainingPage", u"\u7f16\u8f91\u8bfe\u7a0b\u2026", None))
        self.deleteCourseButton.setText(QCoreApplication.translate("TrainingPage", u"\u5220\u9664\u8bfe\u7a0b", None))
        self.exportCoursesButton.setText(QCoreApplication.translate("TrainingPage", u"\u5bfc\u51fa Excel\u2026", None))
        self.printCourseButton.setText(QCoreApplication.translate("TrainingPage", u"\u751f\u6210\u672c\u8bfe\u7b7e\u5230\u8868 PDF\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.sessionsTab), QCoreApplication.translate("TrainingPage", u"\u57f9\u8bad\u73ed\u4e0e\u8bfe\u7a0b", None))
        self.gridSessionLabel.setText(QCoreApplication.translate("TrainingPage", u"\u57f9\u8bad\u73ed", None))
        self.gridSearchEdit.setPlaceholderText(QCoreApplication.translate("TrainingPage", u"\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u3001\u5355\u4f4d\u6216\u6751", None))
        self.enrolButton.setText(QCoreApplication.translate("TrainingPage", u"\u52a0\u5165\u5b66\u5458\u2026", None))
        self.unenrolButton.setText(QCoreApplication.translate("TrainingPage", u"\u79fb\u51fa\u5b66\u5458", None))
        self.importButton.setText(QCoreApplication.translate("TrainingPage", u"\u5bfc\u5165\u7b7e\u5230\u8868\u2026", None))
        self.exportGridButton.setText(QCoreApplication.translate("TrainingPage", u"\u5bfc\u51fa Excel\u2026", None))
        self.markHint.setText(QCoreApplication.translate("TrainingPage", u"\u9009\u4e2d\u8003\u52e4\u683c\u540e\u6309\u952e\u767b\u8bb0\uff1a1 \u6216 C \u51fa\u5e2d\uff0c2 \u6216 Q \u7f3a\u5e2d\uff0c3 \u6216 J \u8bf7\u5047\uff0c4 \u6216 B \u8865\u8bfe\uff0cDelete \u6e05\u9664\uff1b\u53cc\u51fb\u683c\u53ef\u4ece\u5217\u8868\u4e2d\u9009", None))
        self.markCourseLabel.setText(QCoreApplication.translate("TrainingPage", u"\u6574\u95e8\u8bfe\uff1a", None))
        self.markCourseButton.setText(QCoreApplication.translate("TrainingPage", u"\u8bb0\u4e3a\u51fa\u5e2d", None))
        self.overwriteCheck.setText(QCoreApplication.translate("TrainingPage", u"\u8986\u76d6\u5df2\u767b\u8bb0\u7684\u8003\u52e4", None))
        self.tabs.setTabText(self.tabs.indexOf(self.gridTab), QCoreApplication.translate("TrainingPage", u"\u8003\u52e4\u767b\u8bb0", None))
        self.statusSearchEdit.setPlaceholderText(QCoreApplication.translate("TrainingPage", u"\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u3001\u5355\u4f4d\u6216\u6751", None))
        self.incompleteCheck.setText(QCoreApplication.translate("TrainingPage", u"\u53ea\u770b\u672a\u5b8c\u6210", None))
        self.exportStatusButton.setText(QCoreApplication.translate("TrainingPage", u"\u5bfc\u51fa Excel\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.statusTab), QCoreApplication.translate("TrainingPage", u"\u5b8c\u6210\u60c5\u51b5", None))
        self.statusLabel.setText(QCoreApplication.translate("TrainingPage", u"\u6b63\u5728\u52a0\u8f7d\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("TrainingPage", u"\u5237\u65b0", None))
        pass
    # retranslateUi

