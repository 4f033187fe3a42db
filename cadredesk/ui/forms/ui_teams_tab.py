# Generated from forms/teams_tab.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'teams_tab.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_TeamsTab(object):
    def setupUi(self, TeamsTab):
        if not TeamsTab.objectName():
            TeamsTab.setObjectName(u"TeamsTab")
        TeamsTab.resize(1040, 560)
        self.mainLayout = QVBoxLayout(TeamsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(8, 8, 8, 8)
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.teamSearch = QLineEdit(TeamsTab)
        self.teamSearch.setObjectName(u"teamSearch")
        self.teamSearch.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.teamSearch)

        self.teamKindFilter = QComboBox(TeamsTab)
        self.teamKindFilter.setObjectName(u"teamKindFilter")

        self.searchLayout.addWidget(self.teamKindFilter)

        self.teamProblemCheck = QCheckBox(TeamsTab)
        self.teamProblemCheck.setObjectName(u"teamProblemCheck")

        self.searchLayout.addWidget(self.teamProblemCheck)

        self.teamCountLabel = QLabel(TeamsTab)
        self.teamCountLabel.setObjectName(u"teamCountLabel")
        self.teamCountLabel.setProperty(u"hint", True)

        self.searchLayout.addWidget(self.teamCountLabel)

        self.searchLayout.setStretch(0, 3)
        self.searchLayout.setStretch(1, 1)
        self.searchLayout.setStretch(3, 2)

        self.mainLayout.addLayout(self.searchLayout)

        self.createLayout = QHBoxLayout()
        self.createLayout.setObjectName(u"createLayout")
        self.createLabel = QLabel(TeamsTab)
        self.createLabel.setObjectName(u"createLabel")

        self.createLayout.addWidget(self.createLabel)

        self.teamNameEdit = QLineEdit(TeamsTab)
        self.teamNameEdit.setObjectName(u"teamNameEdit")
        self.teamNameEdit.setMaxLength(64)

        self.createLayout.addWidget(self.teamNameEdit)

        self.teamKindCombo = QComboBox(TeamsTab)
        self.teamKindCombo.setObjectName(u"teamKindCombo")

        self.createLayout.addWidget(self.teamKindCombo)

        self.teamTownshipCombo = QComboBox(TeamsTab)
        self.teamTownshipCombo.setObjectName(u"teamTownshipCombo")
        self.teamTownshipCombo.setMinimumContentsLength(6)

        self.createLayout.addWidget(self.teamTownshipCombo)

        self.createTeamButton = QPushButton(TeamsTab)
        self.createTeamButton.setObjectName(u"createTeamButton")
        self.createTeamButton.setAutoDefault(False)

        self.createLayout.addWidget(self.createTeamButton)

        self.createLayout.setStretch(1, 3)
        self.createLayout.setStretch(3, 1)

        self.mainLayout.addLayout(self.createLayout)

        self.chosenLayout = QHBoxLayout()
        self.chosenLayout.setObjectName(u"chosenLayout")
        self.chosenLabel = QLabel(TeamsTab)
        self.chosenLabel.setObjectName(u"chosenLabel")

        self.chosenLayout.addWidget(self.chosenLabel)

        self.teamRenameEdit = QLineEdit(TeamsTab)
        self.teamRenameEdit.setObjectName(u"teamRenameEdit")
        self.teamRenameEdit.setMaxLength(64)

        self.chosenLayout.addWidget(self.teamRenameEdit)

        self.renameTeamButton = QPushButton(TeamsTab)
        self.renameTeamButton.setObjectName(u"renameTeamButton")
        self.renameTeamButton.setAutoDefault(False)

        self.chosenLayout.addWidget(self.renameTeamButton)

        self.deleteTeamButton = QPushButton(TeamsTab)
        self.deleteTeamButton.setObjectName(u"deleteTeamButton")
        self.deleteTeamButton.setAutoDefault(False)

        self.chosenLayout.addWidget(self.deleteTeamButton)

        self.chosenSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chosenLayout.addItem(self.chosenSpacer)

        self.chosenLayout.setStretch(1, 3)
        self.chosenLayout.setStretch(4, 1)

        self.mainLayout.addLayout(self.chosenLayout)

        self.splitter = QSplitter(TeamsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.teamView = QTableView(self.splitter)
        self.teamView.setObjectName(u"teamView")
        self.splitter.addWidget(self.teamView)
        self.lowerSplitter = QSplitter(self.splitter)
        self.lowerSplitter.setObjectName(u"lowerSplitter")
        self.lowerSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.lowerSplitter.setChildrenCollapsible(False)
        self.memberBox = QGroupBox(self.lowerSplitter)
        self.memberBox.setObjectName(u"memberBox")
        self.memberLayout = QVBoxLayout(self.memberBox)
        self.memberLayout.setObjectName(u"memberLayout")
        self.memberLayout.setContentsMargins(6, 6, 6, 6)
        self.memberView = QTableView(self.memberBox)
        self.memberView.setObjectName(u"memberView")
        self.memberView.setTextElideMode(Qt.TextElideMode.ElideMiddle)

        self.memberLayout.addWidget(self.memberView)

        self.memberButtons = QHBoxLayout()
        self.memberButtons.setObjectName(u"memberButtons")
        self.leaderButton = QPushButton(self.memberBox)
        self.leaderButton.setObjectName(u"leaderButton")
        self.leaderButton.setAutoDefault(False)

        self.memberButtons.addWidget(self.leaderButton)

        self.removeButton = QPushButton(self.memberBox)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.memberButtons.addWidget(self.removeButton)

        self.memberSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberButtons.addItem(self.memberSpacer)


        self.memberLayout.addLayout(self.memberButtons)

        self.memberLayout.setStretch(0, 1)
        self.lowerSplitter.addWidget(self.memberBox)
        self.candidateBox = QGroupBox(self.lowerSplitter)
        self.candidateBox.setObjectName(u"candidateBox")
        self.candidateLayout = QVBoxLayout(self.candidateBox)
        self.candidateLayout.setObjectName(u"candidateLayout")
        self.candidateLayout.setContentsMargins(6, 6, 6, 6)
        self.candidateTop = QHBoxLayout()
        self.candidateTop.setObjectName(u"candidateTop")
        self.candidateSearch = QLineEdit(self.candidateBox)
        self.candidateSearch.setObjectName(u"candidateSearch")
        self.candidateSearch.setClearButtonEnabled(True)

        self.candidateTop.addWidget(self.candidateSearch)

        self.freeOnlyCheck = QCheckBox(self.candidateBox)
        self.freeOnlyCheck.setObjectName(u"freeOnlyCheck")
        self.freeOnlyCheck.setChecked(True)

        self.candidateTop.addWidget(self.freeOnlyCheck)

        self.candidateTop.setStretch(0, 1)

        self.candidateLayout.addLayout(self.candidateTop)

        self.candidateView = QTableView(self.candidateBox)
        self.candidateView.setObjectName(u"candidateView")
        self.candidateView.setTextElideMode(Qt.TextElideMode.ElideMiddle)

        self.candidateLayout.addWidget(self.candidateView)

        self.candidateButtons = QHBoxLayout()
        self.candidateButtons.setObjectName(u"candidateButtons")
        self.addButton = QPushButton(self.candidateBox)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.candidateButtons.addWidget(self.addButton)

        self.candidateHint = QLabel(self.candidateBox)
        self.candidateHint.setObjectName(u"candidateHint")
        self.candidateHint.setProperty(u"hint", True)

        self.candidateButtons.addWidget(self.candidateHint)

        self.candidateButtons.setStretch(1, 1)

        self.candidateLayout.addLayout(self.candidateButtons)

        self.candidateLayout.setStretch(1, 1)
        self.lowerSplitter.addWidget(self.candidateBox)
        self.splitter.addWidget(self.lowerSplitter)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.createLabel.setBuddy(self.teamNameEdit)
        self.chosenLabel.setBuddy(self.teamRenameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TeamsTab)

        QMetaObject.connectSlotsByName(TeamsTab)
    # setupUi

    def retranslateUi(self, TeamsTab):
        self.teamSearch.setPlaceholderText(QCoreApplication.translate("TeamsTab", u"\u641c\u7d22\u5de5\u4f5c\u961f\uff1a\u540d\u79f0\u3001\u4e61\u9547\u6216\u961f\u957f", None))
        self.teamProblemCheck.setText(QCoreApplication.translate("TeamsTab", u"\u53ea\u770b\u4e0d\u7b26\u5408\u8981\u6c42\u7684", None))
        self.createLabel.setText(QCoreApplication.translate("TeamsTab", u"\u65b0\u5efa\uff1a", None))
        self.teamNameEdit.setPlaceholderText(QCoreApplication.translate("TeamsTab", u"\u65b0\u5de5\u4f5c\u961f\u540d\u79f0\uff0c\u5982\uff1a\u9ec4\u6cb3\u53e3\u9547\u4e61\u6751\u632f\u5174\u670d\u52a1\u961f", None))
        self.createTeamButton.setText(QCoreApplication.translate("TeamsTab", u"\u65b0\u5efa\u5de5\u4f5c\u961f", None))
#if QT_CONFIG(tooltip)
        self.createTeamButton.setToolTip(QCoreApplication.translate("TeamsTab", u"\u4e61\u6751\u632f\u5174\u3001\u6c11\u8425\u4f01\u4e1a\u5de5\u4f5c\u961f\u4e3a1\u540d\u961f\u957f\u52a09\u540d\u961f\u5458\uff1b\u7701\u5c5e\u4f01\u4e1a\u5de5\u4f5c\u961f\u4e3a1\u540d\u961f\u957f\u52a04\u540d\u961f\u5458", None))
#endif // QT_CONFIG(tooltip)
        self.chosenLabel.setText(QCoreApplication.translate("TeamsTab", u"\u6240\u9009\uff1a", None))
        self.teamRenameEdit.setPlaceholderText(QCoreApplication.translate("TeamsTab", u"\u5728\u4e0b\u65b9\u8868\u683c\u4e2d\u9009\u62e9\u4e00\u4e2a\u5de5\u4f5c\u961f", None))
        self.renameTeamButton.setText(QCoreApplication.translate("TeamsTab", u"\u91cd\u547d\u540d", None))
        self.deleteTeamButton.setText(QCoreApplication.translate("TeamsTab", u"\u5220\u9664\u5de5\u4f5c\u961f", None))
#if QT_CONFIG(tooltip)
        self.deleteTeamButton.setToolTip(QCoreApplication.translate("TeamsTab", u"\u5220\u9664\u6240\u9009\u5de5\u4f5c\u961f\uff1b\u5176\u961f\u5458\u4ecd\u7559\u5728\u9009\u6d3e\u540d\u5355\u4e2d\uff0c\u53ea\u662f\u4e0d\u518d\u5c5e\u4e8e\u4efb\u4f55\u5de5\u4f5c\u961f", None))
#endif // QT_CONFIG(tooltip)
        self.memberBox.setTitle(QCoreApplication.translate("TeamsTab", u"\u961f\u5458", None))
        self.leaderButton.setText(QCoreApplication.translate("TeamsTab", u"\u8bbe\u4e3a\u961f\u957f", None))
#if QT_CONFIG(tooltip)
        self.leaderButton.setToolTip(QCoreApplication.translate("TeamsTab", u"\u6240\u9009\u961f\u5458\u7684\u6d3e\u9a7b\u8eab\u4efd\u6539\u4e3a\u201c\u5de5\u4f5c\u961f\u957f\u201d\uff0c\u539f\u961f\u957f\u6539\u4e3a\u201c\u961f\u5458\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("TeamsTab", u"\u79fb\u51fa\u5de5\u4f5c\u961f", None))
        self.candidateBox.setTitle(QCoreApplication.translate("TeamsTab", u"\u53ef\u7f16\u5165\u7684\u4eba\u5458\uff08\u672c\u6279\u6b21\u5728\u6d3e\uff09", None))
        self.candidateSearch.setPlaceholderText(QCoreApplication.translate("TeamsTab", u"\u641c\u7d22\uff1a\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u3001\u4e61\u9547\u6216\u6d3e\u9a7b\u70b9", None))
        self.freeOnlyCheck.setText(QCoreApplication.translate("TeamsTab", u"\u53ea\u770b\u672a\u7f16\u961f\u7684", None))
        self.addButton.setText(QCoreApplication.translate("TeamsTab", u"\u2190 \u52a0\u5165\u8be5\u5de5\u4f5c\u961f", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("TeamsTab", u"\u628a\u53f3\u4fa7\u9009\u4e2d\u7684\u4eba\u5458\uff08\u53ef\u591a\u9009\uff09\u7f16\u5165\u4e0a\u65b9\u6240\u9009\u7684\u5de5\u4f5c\u961f\uff1b\u5df2\u5728\u5176\u4ed6\u5de5\u4f5c\u961f\u7684\u5c06\u8f6c\u5165\u672c\u961f", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

