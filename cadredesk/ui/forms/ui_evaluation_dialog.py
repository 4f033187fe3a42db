# Generated from forms/evaluation_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_dialog.ui'
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
    QDialogButtonBox, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_EvaluationDialog(object):
    def setupUi(self, EvaluationDialog):
        if not EvaluationDialog.objectName():
            EvaluationDialog.setObjectName(u"EvaluationDialog")
        EvaluationDialog.resize(1180, 720)
        self.dialogLayout = QVBoxLayout(EvaluationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.splitLayout = QHBoxLayout()
        self.splitLayout.setObjectName(u"splitLayout")
        self.formLayout = QVBoxLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.headerLabel = QLabel(EvaluationDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)

        self.formLayout.addWidget(self.headerLabel)

        self.partiesBox = QGroupBox(EvaluationDialog)
        self.partiesBox.setObjectName(u"partiesBox")
        self.partiesGrid = QGridLayout(self.partiesBox)
        self.partiesGrid.setObjectName(u"partiesGrid")
        self.partyHead = QLabel(self.partiesBox)
        self.partyHead.setObjectName(u"partyHead")
        self.partyHead.setProperty(u"hint", True)

        self.partiesGrid.addWidget(self.partyHead, 0, 0, 1, 1)

        self.scoreHead = QLabel(self.partiesBox)
        self.scoreHead.setObjectName(u"scoreHead")
        self.scoreHead.setProperty(u"hint", True)

        self.partiesGrid.addWidget(self.scoreHead, 0, 1, 1, 1)

        self.gradeHead = QLabel(self.partiesBox)
        self.gradeHead.setObjectName(u"gradeHead")
        self.gradeHead.setProperty(u"hint", True)

        self.partiesGrid.addWidget(self.gradeHead, 0, 2, 1, 1)

        self.opinionHead = QLabel(self.partiesBox)
        self.opinionHead.setObjectName(u"opinionHead")
        self.opinionHead.setProperty(u"hint", True)

        self.partiesGrid.addWidget(self.opinionHead, 0, 3, 1, 1)

        self.unitTitle = QLabel(self.partiesBox)
        self.unitTitle.setObjectName(u"unitTitle")

        self.partiesGrid.addWidget(self.unitTitle, 1, 0, 1, 1)

        self.unitScore = QLineEdit(self.partiesBox)
        self.unitScore.setObjectName(u"unitScore")
        self.unitScore.setMaxLength(5)
        self.unitScore.setMaximumWidth(80)

        self.partiesGrid.addWidget(self.unitScore, 1, 1, 1, 1)

        self.unitGrade = QComboBox(self.partiesBox)
        self.unitGrade.setObjectName(u"unitGrade")

        self.partiesGrid.addWidget(self.unitGrade, 1, 2, 1, 1)

        self.unitOpinion = QPlainTextEdit(self.partiesBox)
        self.unitOpinion.setObjectName(u"unitOpinion")
        self.unitOpinion.setMaximumHeight(64)
        self.unitOpinion.setTabChangesFocus(True)

        self.partiesGrid.addWidget(self.unitOpinion, 1, 3, 1, 1)

        self.orgTitle = QLabel(self.partiesBox)
        self.orgTitle.setObjectName(u"orgTitle")

        self.partiesGrid.addWidget(self.orgTitle, 2, 0, 1, 1)

        self.orgScore = QLineEdit(self.partiesBox)
        self.orgScore.setObjectName(u"orgScore")
        self.orgScore.setMaxLength(5)
        self.orgScore.setMaximumWidth(80)

        self.partiesGrid.addWidget(self.orgScore, 2, 1, 1, 1)

        self.orgGrade = QComboBox(self.partiesBox)
        self.orgGrade.setObjectName(u"orgGrade")

        self.partiesGrid.addWidget(self.orgGrade, 2, 2, 1, 1)

        self.orgOpinion = QPlainTextEdit(self.partiesBox)
        self.orgOpinion.setObjectName(u"orgOpinion")
        self.orgOpinion.setMaximumHeight(64)
        self.orgOpinion.setTabChangesFocus(True)

        self.partiesGrid.addWidget(self.orgOpinion, 2, 3, 1, 1)

        self.townshipTitle = QLabel(self.partiesBox)
        self.townshipTitle.setObjectName(u"townshipTitle")

        self.partiesGrid.addWidget(self.townshipTitle, 3, 0, 1, 1)

        self.townshipScore = QLineEdit(self.partiesBox)
        self.townshipScore.setObjectName(u"townshipScore")
        self.townshipScore.setMaxLength(5)
        self.townshipScore.setMaximumWidth(80)

        self.partiesGrid.addWidget(self.townshipScore, 3, 1, 1, 1)

        self.townshipGrade = QComboBox(self.partiesBox)
        self.townshipGrade.setObjectName(u"townshipGrade")

        self.partiesGrid.addWidget(self.townshipGrade, 3, 2, 1, 1)

        self.townshipOpinion = QPlainTextEdit(self.partiesBox)
        self.townshipOpinion.setObjectName(u"townshipOpinion")
        self.townshipOpinion.setMaximumHeight(64)
        self.townshipOpinion.setTabChangesFocus(True)

        self.partiesGrid.addWidget(self.townshipOpinion, 3, 3, 1, 1)

        self.partiesGrid.setColumnStretch(3, 1)

        self.formLayout.addWidget(self.partiesBox)

        self.democraticBox = QGroupBox(EvaluationDialog)
        self.democraticBox.setObjectName(u"democraticBox")
        self.democraticLayout = QVBoxLayout(self.democraticBox)
        self.democraticLayout.setObjectName(u"democraticLayout")
        self.ballotsLabel = QLabel(self.democraticBox)
        self.ballotsLabel.setObjectName(u"ballotsLabel")
        self.ballotsLabel.setWordWrap(True)

        self.democraticLayout.addWidget(self.ballotsLabel)

        self.votesLayout = QHBoxLayout()
        self.votesLayout.setObjectName(u"votesLayout")
        self.votesLabel = QLabel(self.democraticBox)
        self.votesLabel.setObjectName(u"votesLabel")

        self.votesLayout.addWidget(self.votesLabel)

        self.excellentVotes = QSpinBox(self.democraticBox)
        self.excellentVotes.setObjectName(u"excellentVotes")
        self.excellentVotes.setMaximum(9999)

        self.votesLayout.addWidget(self.excellentVotes)

        self.competentLabel = QLabel(self.democraticBox)
        self.competentLabel.setObjectName(u"competentLabel")

        self.votesLayout.addWidget(self.competentLabel)

        self.competentVotes = QSpinBox(self.democraticBox)
        self.competentVotes.setObjectName(u"competentVotes")
        self.competentVotes.setMaximum(9999)

        self.votesLayout.addWidget(self.competentVotes)

        self.basicLabel = QLabel(self.democraticBox)
        self.basicLabel.setObjectName(u"basicLabel")

        self.votesLayout.addWidget(self.basicLabel)

        self.basicVotes = QSpinBox(self.democraticBox)
        self.basicVotes.setObjectName(u"basicVotes")
        self.basicVotes.setMaximum(9999)

        self.votesLayout.addWidget(self.basicVotes)

        self.incompetentLabel = QLabel(self.democraticBox)
        self.incompetentLabel.setObjectName(u"incompetentLabel")

        self.votesLayout.addWidget(self.incompetentLabel)

        self.incompetentVotes = QSpinBox(self.democraticBox)
        self.incompetentVotes.setObjectName(u"incompetentVotes")
        self.incompetentVotes.setMaximum(9999)

        self.votesLayout.addWidget(self.incompetentVotes)

        self.demScoreLabel = QLabel(self.democraticBox)
        self.demScoreLabel.setObjectName(u"demScoreLabel")

        self.votesLayout.addWidget(self.demScoreLabel)

        self.democraticScore = QLineEdit(self.democraticBox)
        self.democraticScore.setObjectName(u"democraticScore")
        self.democraticScore.setMaxLength(5)
        self.democraticScore.setMaximumWidth(90)

        self.votesLayout.addWidget(self.democraticScore)

        self.votesSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.votesLayout.addItem(self.votesSpacer)


        self.democraticLayout.addLayout(self.votesLayout)


        self.formLayout.addWidget(self.democraticBox)

        self.summaryBox = QGroupBox(EvaluationDialog)
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryLayout = QVBoxLayout(self.summaryBox)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryEdit = QPlainTextEdit(self.summaryBox)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.summaryLayout.addWidget(self.summaryEdit)


        self.formLayout.addWidget(self.summaryBox)

        self.resultBox = QGroupBox(EvaluationDialog)
        self.resultBox.setObjectName(u"resultBox")
        self.resultLayout = QVBoxLayout(self.resultBox)
        self.resultLayout.setObjectName(u"resultLayout")
        self.outcomeLabel = QLabel(self.resultBox)
        self.outcomeLabel.setObjectName(u"outcomeLabel")
        self.outcomeLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.outcomeLabel)

        self.decidedLabel = QLabel(self.resultBox)
        self.decidedLabel.setObjectName(u"decidedLabel")
        self.decidedLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.decidedLabel)

        self.decideLayout = QHBoxLayout()
        self.decideLayout.setObjectName(u"decideLayout")
        self.decideLabel = QLabel(self.resultBox)
        self.decideLabel.setObjectName(u"decideLabel")

        self.decideLayout.addWidget(self.decideLabel)

        self.decideCombo = QComboBox(self.resultBox)
        self.decideCombo.setObjectName(u"decideCombo")

        self.decideLayout.addWidget(self.decideCombo)

        self.reasonLabel = QLabel(self.resultBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.decideLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QLineEdit(self.resultBox)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.decideLayout.addWidget(self.reasonEdit)

        self.decideButton = QPushButton(self.resultBox)
        self.decideButton.setObjectName(u"decideButton")

        self.decideLayout.addWidget(self.decideButton)

        self.reopenButton = QPushButton(self.resultBox)
        self.reopenButton.setObjectName(u"reopenButton")

        self.decideLayout.addWidget(self.reopenButton)

        self.decideLayout.setStretch(3, 1)

        self.resultLayout.addLayout(self.decideLayout)


        self.formLayout.addWidget(self.resultBox)

        self.errorLabel = QLabel(EvaluationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.formLayout.addWidget(self.errorLabel)

        self.formLayout.setStretch(3, 1)

        self.splitLayout.addLayout(self.formLayout)

        self.panelBox = QGroupBox(EvaluationDialog)
        self.panelBox.setObjectName(u"panelBox")
        self.panelBoxLayout = QVBoxLayout(self.panelBox)
        self.panelBoxLayout.setObjectName(u"panelBoxLayout")
        self.panelScroll = QScrollArea(self.panelBox)
        self.panelScroll.setObjectName(u"panelScroll")
        self.panelScroll.setWidgetResizable(True)
        self.panelScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.panelContents = QWidget()
        self.panelContents.setObjectName(u"panelContents")
        self.panelLayout = QVBoxLayout(self.panelContents)
        self.panelLayout.setObjectName(u"panelLayout")
        self.barLabel = QLabel(self.panelContents)
        self.barLabel.setObjectName(u"barLabel")
        self.barLabel.setWordWrap(True)
        self.barLabel.setProperty(u"error", True)

        self.panelLayout.addWidget(self.barLabel)

        self.attendanceTitle = QLabel(self.panelContents)
        self.attendanceTitle.setObjectName(u"attendanceTitle")
        self.attendanceTitle.setProperty(u"hint", True)

        self.panelLayout.addWidget(self.attendanceTitle)

        self.attendanceLabel = QLabel(self.panelContents)
        self.attendanceLabel.setObjectName(u"attendanceLabel")
        self.attendanceLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.attendanceLabel)

        self.trainingTitle = QLabel(self.panelContents)
        self.trainingTitle.setObjectName(u"trainingTitle")
        self.trainingTitle.setProperty(u"hint", True)

        self.panelLayout.addWidget(self.trainingTitle)

        self.trainingLabel = QLabel(self.panelContents)
        self.trainingLabel.setObjectName(u"trainingLabel")
        self.trainingLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.trainingLabel)

        self.mentoringTitle = QLabel(self.panelContents)
        self.mentoringTitle.setObjectName(u"mentoringTitle")
        self.mentoringTitle.setProperty(u"hint", True)

        self.panelLayout.addWidget(self.mentoringTitle)

        self.mentoringLabel = QLabel(self.panelContents)
        self.mentoringLabel.setObjectName(u"mentoringLabel")
        self.mentoringLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.mentoringLabel)

        self.achievementsTitle = QLabel(self.panelContents)
        self.achievementsTitle.setObjectName(u"achievementsTitle")
        self.achievementsTitle.setProperty(u"hint", True)

        self.panelLayout.addWidget(self.achievementsTitle)

        self.achievementsLabel = QLabel(self.panelContents)
        self.achievementsLabel.setObjectName(u"achievementsLabel")
        self.achievementsLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.achievementsLabel)

        self.negativesTitle = QLabel(self.panelContents)
        self.negativesTitle.setObjectName(u"negativesTitle")
        self.negativesTitle.setProperty(u"hint", True)

        self.panelLayout.addWidget(self.negativesTitle)

        self.negativesLabel = QLabel(self.panelContents)
        self.negativesLabel.setObjectName(u"negativesLabel")
        self.negativesLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.negativesLabel)

        self.panelSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.panelLayout.addItem(self.panelSpacer)

        self.panelScroll.setWidget(self.panelContents)

        self.panelBoxLayout.addWidget(self.panelScroll)


        self.splitLayout.addWidget(self.panelBox)

        self.splitLayout.setStretch(0, 3)
        self.splitLayout.setStretch(1, 2)

        self.dialogLayout.addLayout(self.splitLayout)

        self.buttonBox = QDialogButtonBox(EvaluationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.demScoreLabel.setBuddy(self.democraticScore)
        self.decideLabel.setBuddy(self.decideCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvaluationDialog)

        QMetaObject.connectSlotsByName(EvaluationDialog)
    # setupUi

    def retranslateUi(self, EvaluationDialog):
        EvaluationDialog.setWindowTitle(QCoreApplication.translate("EvaluationDialog", u"\u8003\u6838\u8bc4\u4ef7", None))
        self.headerLabel.setText("")
        self.partiesBox.setTitle(QCoreApplication.translate("EvaluationDialog", u"\u4e09\u65b9\u8bc4\u4ef7\uff08\u8bc4\u5206\u6216\u5efa\u8bae\u7b49\u6b21\uff0c\u4e66\u9762\u610f\u89c1\uff09", None))
        self.partyHead.setText(QCoreApplication.translate("EvaluationDialog", u"\u8bc4\u4ef7\u65b9", None))
        self.scoreHead.setText(QCoreApplication.translate("EvaluationDialog", u"\u8bc4\u5206", None))
        self.gradeHead.setText(QCoreApplication.translate("EvaluationDialog", u"\u5efa\u8bae\u7b49\u6b21", None))
        self.opinionHead.setText(QCoreApplication.translate("EvaluationDialog", u"\u4e66\u9762\u610f\u89c1", None))
        self.unitTitle.setText(QCoreApplication.translate("EvaluationDialog", u"\u6d3e\u51fa\u5355\u4f4d", None))
        self.unitScore.setPlaceholderText(QCoreApplication.translate("EvaluationDialog", u"0\u2013100", None))
        self.unitOpinion.setPlaceholderText(QCoreApplication.translate("EvaluationDialog", u"\u6d3e\u51fa\u5355\u4f4d\u7684\u4e66\u9762\u610f\u89c1", None))
        self.orgTitle.setText(QCoreApplication.translate("EvaluationDialog", u"\u7ec4\u7ec7\u90e8", None))
        self.orgScore.setPlaceholderText(QCoreApplication.translate("EvaluationDialog", u"0\u2013100", None))
        self.orgOpinion.setPlaceholderText(QCoreApplication.translate("EvaluationDialog", u"\u7ec4\u7ec7\u90e8\u7684\u4e66\u9762\u610f\u89c1", None))
        self.townshipTitle.setText(QCoreApplication.translate("EvaluationDialog", u"\u4e61\u9547", None))
        self.townshipScore.setPlaceholderText(QCoreApplication.translate("EvaluationDialog", u"0\u2013100", None))
        self.townshipOpinion.setPlaceholderText(QCoreApplication.translate("EvaluationDialog", u"\u4e61\u9547\u7684\u4e66\u9762\u610f\u89c1", None))
        self.democraticBox.setTitle(QCoreApplication.translate("EvaluationDialog", u"\u6c11\u4e3b\u6d4b\u8bc4", None))
        self.ballotsLabel.setText("")
        self.votesLabel.setText(QCoreApplication.translate("EvaluationDialog", u"\u7eb8\u8d28\u8ba1\u7968\uff1a\u4f18\u79c0", None))
        self.competentLabel.setText(QCoreApplication.translate("EvaluationDialog", u"\u79f0\u804c", None))
        self.basicLabel.setText(QCoreApplication.translate("EvaluationDialog", u"\u57fa\u672c\u79f0\u804c", None))
        self.incompetentLabel.setText(QCoreApplication.translate("EvaluationDialog", u"\u4e0d\u79f0\u804c", None))
        self.demScoreLabel.setText(QCoreApplication.translate("EvaluationDialog", u"\u6216\u5f97\u5206", None))
        self.democraticScore.setPlaceholderText(QCoreApplication.translate("EvaluationDialog", u"\u53ea\u6709\u5f97\u5206\u65f6", None))
        self.summaryBox.setTitle(QCoreApplication.translate("EvaluationDialog", u"\u4e2a\u4eba\u603b\u7ed3", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("EvaluationDialog", u"\u5e72\u90e8\u672c\u4eba\u7684\u9a7b\u6751\u5de5\u4f5c\u603b\u7ed3\uff08\u53ef\u7c98\u8d34\uff09", None))
        self.resultBox.setTitle(QCoreApplication.translate("EvaluationDialog", u"\u8003\u6838\u7ed3\u679c", None))
        self.outcomeLabel.setText("")
        self.decidedLabel.setText("")
        self.decideLabel.setText(QCoreApplication.translate("EvaluationDialog", u"\u786e\u5b9a\u4e3a", None))
        self.reasonLabel.setText(QCoreApplication.translate("EvaluationDialog", u"\u7406\u7531", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("EvaluationDialog", u"\u4e0e\u89c4\u5219\u7b49\u6b21\u4e0d\u540c\u3001\u6216\u64a4\u9500\u7b49\u6b21\u65f6\u5fc5\u586b", None))
        self.decideButton.setText(QCoreApplication.translate("EvaluationDialog", u"\u786e\u5b9a\u7b49\u6b21", None))
        self.reopenButton.setText(QCoreApplication.translate("EvaluationDialog", u"\u64a4\u9500\u7b49\u6b21", None))
        self.errorLabel.setText("")
        self.panelBox.setTitle(QCoreApplication.translate("EvaluationDialog", u"\u9a7b\u6751\u8868\u73b0\uff08\u4f9b\u8bc4\u4ef7\u53c2\u8003\uff09", None))
        self.barLabel.setText("")
        self.attendanceTitle.setText(QCoreApplication.translate("EvaluationDialog", u"\u5728\u5c97\uff08\u8003\u52e4\uff09", None))
        self.attendanceLabel.setText("")
        self.trainingTitle.setText(QCoreApplication.translate("EvaluationDialog", u"\u57f9\u8bad", None))
        self.trainingLabel.setText("")
        self.mentoringTitle.setText(QCoreApplication.translate("EvaluationDialog", u"\u4f20\u5e2e\u5e26", None))
        self.mentoringLabel.setText("")
        self.achievementsTitle.setText(QCoreApplication.translate("EvaluationDialog", u"\u5de5\u4f5c\u5b9e\u7ee9", None))
        self.achievementsLabel.setText("")
        self.negativesTitle.setText(QCoreApplication.translate("EvaluationDialog", u"\u8d1f\u9762\u8868\u73b0", None))
        self.negativesLabel.setText("")
    # retranslateUi

