# Generated from forms/backup_page.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_BackupPage(object):
    def setupUi(self, BackupPage):
        if not BackupPage.objectName():
            BackupPage.setObjectName(u"BackupPage")
        BackupPage.resize(1000, 640)
        self.mainLayout = QVBoxLayout(BackupPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 8)
        self.tabs = QTabWidget(BackupPage)
        self.tabs.setObjectName(u"tabs")
        self.backupTab = QWidget()
        self.backupTab.setObjectName(u"backupTab")
        self.backupTabLayout = QVBoxLayout(self.backupTab)
        self.backupTabLayout.setObjectName(u"backupTabLayout")
        self.backupGroup = QGroupBox(self.backupTab)
        self.backupGroup.setObjectName(u"backupGroup")
        self.backupGroupLayout = QVBoxLayout(self.backupGroup)
        self.backupGroupLayout.setObjectName(u"backupGroupLayout")
        self.backupHint = QLabel(self.backupGroup)
        self.backupHint.setObjectName(u"backupHint")
        self.backupHint.setWordWrap(True)
        self.backupHint.setProperty(u"hint", True)

        self.backupGroupLayout.addWidget(self.backupHint)

        self.backupRow = QHBoxLayout()
        self.backupRow.setObjectName(u"backupRow")
        self.backupButton = QPushButton(self.backupGroup)
        self.backupButton.setObjectName(u"backupButton")

        self.backupRow.addWidget(self.backupButton)

        self.progressBar = QProgressBar(self.backupGroup)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(True)

        self.backupRow.addWidget(self.progressBar)

        self.cancelButton = QPushButton(self.backupGroup)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setEnabled(False)

        self.backupRow.addWidget(self.cancelButton)

        self.backupSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupRow.addItem(self.backupSpacer)

        self.backupRow.setStretch(1, 1)

        self.backupGroupLayout.addLayout(self.backupRow)

        self.lastBackupLabel = QLabel(self.backupGroup)
        self.lastBackupLabel.setObjectName(u"lastBackupLabel")
        self.lastBackupLabel.setWordWrap(True)
        self.lastBackupLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backupGroupLayout.addWidget(self.lastBackupLabel)


        self.backupTabLayout.addWidget(self.backupGroup)

        self.checkGroup = QGroupBox(self.backupTab)
        self.checkGroup.setObjectName(u"checkGroup")
        self.checkGroupLayout = QVBoxLayout(self.checkGroup)
        self.checkGroupLayout.setObjectName(u"checkGroupLayout")
        self.checkRow = QHBoxLayout()
        self.checkRow.setObjectName(u"checkRow")
        self.verifyButton = QPushButton(self.checkGroup)
        self.verifyButton.setObjectName(u"verifyButton")

        self.checkRow.addWidget(self.verifyButton)

        self.restoreFileButton = QPushButton(self.checkGroup)
        self.restoreFileButton.setObjectName(u"restoreFileButton")

        self.checkRow.addWidget(self.restoreFileButton)

        self.checkSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkRow.addItem(self.checkSpacer)


        self.checkGroupLayout.addLayout(self.checkRow)

        self.resultLabel = QLabel(self.checkGroup)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resultLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.checkGroupLayout.addWidget(self.resultLabel)


        self.backupTabLayout.addWidget(self.checkGroup)

        self.autoGroup = QGroupBox(self.backupTab)
        self.autoGroup.setObjectName(u"autoGroup")
        self.autoGroupLayout = QVBoxLayout(self.autoGroup)
        self.autoGroupLayout.setObjectName(u"autoGroupLayout")
        self.autoRow = QHBoxLayout()
        self.autoRow.setObjectName(u"autoRow")
        self.autoHint = QLabel(self.autoGroup)
        self.autoHint.setObjectName(u"autoHint")
        self.autoHint.setWordWrap(True)
        self.autoHint.setProperty(u"hint", True)

        self.autoRow.addWidget(self.autoHint)

        self.autoBackupButton = QPushButton(self.autoGroup)
        self.autoBackupButton.setObjectName(u"autoBackupButton")

        self.autoRow.addWidget(self.autoBackupButton)

        self.restorePointButton = QPushButton(self.autoGroup)
        self.restorePointButton.setObjectName(u"restorePointButton")
        self.restorePointButton.setEnabled(False)

        self.autoRow.addWidget(self.restorePointButton)

        self.refreshButton = QPushButton(self.autoGroup)
        self.refreshButton.setObjectName(u"refreshButton")

        self.autoRow.addWidget(self.refreshButton)

        self.autoRow.setStretch(0, 1)

        self.autoGroupLayout.addLayout(self.autoRow)

        self.view = QTableView(self.autoGroup)
        self.view.setObjectName(u"view")

        self.autoGroupLayout.addWidget(self.view)

        self.autoGroupLayout.setStretch(1, 1)

        self.backupTabLayout.addWidget(self.autoGroup)

        self.backupTabLayout.setStretch(2, 1)
        self.tabs.addTab(self.backupTab, "")
        self.exchangeTab = QWidget()
        self.exchangeTab.setObjectName(u"exchangeTab")
        self.exchangeTabLayout = QVBoxLayout(self.exchangeTab)
        self.exchangeTabLayout.setObjectName(u"exchangeTabLayout")
        self.exportGroup = QGroupBox(self.exchangeTab)
        self.exportGroup.setObjectName(u"exportGroup")
        self.exportGroupLayout = QVBoxLayout(self.exportGroup)
        self.exportGroupLayout.setObjectName(u"exportGroupLayout")
        self.exportRow = QHBoxLayout()
        self.exportRow.setObjectName(u"exportRow")
        self.townshipComboLabel = QLabel(self.exportGroup)
        self.townshipComboLabel.setObjectName(u"townshipComboLabel")

        self.exportRow.addWidget(self.townshipComboLabel)

        self.townshipCombo = QComboBox(self.exportGroup)
        self.townshipCombo.setObjectName(u"townshipCombo")
        self.townshipCombo.setMinimumContentsLength(10)
        self.townshipCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.exportRow.addWidget(self.townshipCombo)

        self.exportButton = QPushButton(self.exportGroup)
        self.exportButton.setObjectName(u"exportButton")

        self.exportRow.addWidget(self.exportButton)

        self.exportSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportRow.addItem(self.exportSpacer)


        self.exportGroupLayout.addLayout(self.exportRow)

        self.exportHint = QLabel(self.exportGroup)
        self.exportHint.setObjectName(u"exportHint")
        self.exportHint.setWordWrap(True)
        self.exportHint.setProperty(u"hint", True)

        self.exportGroupLayout.addWidget(self.exportHint)


        self.exchangeTabLayout.addWidget(self.exportGroup)

        self.importGroup = QGroupBox(self.exchangeTab)
        self.importGroup.setObjectName(u"importGroup")
        self.importGroupLayout = QVBoxLayout(self.importGroup)
        self.importGroupLayout.setObjectName(u"importGroupLayout")
        self.importRow = QHBoxLayout()
        self.importRow.setObjectName(u"importRow")
        self.importButton = QPushButton(self.importGroup)
        self.importButton.setObjectName(u"importButton")

        self.importRow.addWidget(self.importButton)

        self.importSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importRow.addItem(self.importSpacer)


        self.importGroupLayout.addLayout(self.importRow)

        self.importResultLabel = QLabel(self.importGroup)
        self.importResultLabel.setObjectName(u"importResultLabel")
        self.importResultLabel.setWordWrap(True)
        self.importResultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.importGroupLayout.addWidget(self.importResultLabel)


        self.exchangeTabLayout.addWidget(self.importGroup)

        self.conflictGroup = QGroupBox(self.exchangeTab)
        self.conflictGroup.setObjectName(u"conflictGroup")
        self.conflictGroupLayout = QVBoxLayout(self.conflictGroup)
        self.conflictGroupLayout.setObjectName(u"conflictGroupLayout")
        self.conflictView = QTableView(self.conflictGroup)
        self.conflictView.setObjectName(u"conflictView")

        self.conflictGroupLayout.addWidget(self.conflictView)

        self.conflictRow = QHBoxLayout()
        self.conflictRow.setObjectName(u"conflictRow")
        self.keepOursButton = QPushButton(self.conflictGroup)
        self.keepOursButton.setObjectName(u"keepOursButton")
        self.keepOursButton.setEnabled(False)

        self.conflictRow.addWidget(self.keepOursButton)

        self.takeTheirsButton = QPushButton(self.conflictGroup)
        self.takeTheirsButton.setObjectName(u"takeTheirsButton")
        self.takeTheirsButton.setEnabled(False)

        self.conflictRow.addWidget(self.takeTheirsButton)

        self.conflictSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conflictRow.addItem(self.conflictSpacer)

        self.exportConflictsButton = QPushButton(self.conflictGroup)
        self.exportConflictsButton.setObjectName(u"exportConflictsButton")

        self.conflictRow.addWidget(self.exportConflictsButton)


        self.conflictGroupLayout.addLayout(self.conflictRow)

        self.conflictGroupLayout.setStretch(0, 1)

        self.exchangeTabLayout.addWidget(self.conflictGroup)

        self.exchangeTabLayout.setStretch(2, 1)
        self.tabs.addTab(self.exchangeTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.statusLabel = QLabel(BackupPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.mainLayout.addWidget(self.statusLabel)

        self.mainLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.townshipComboLabel.setBuddy(self.townshipCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BackupPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(BackupPage)
    # setupUi

    def retranslateUi(self, BackupPage):
        self.backupGroup.setTitle(QCoreApplication.translate("BackupPage", u"\u5907\u4efd\u5230U\u76d8\u6216\u6587\u4ef6\u5939", None))
        self.backupHint.setText(QCoreApplication.translate("BackupPage", u"\u5907\u4efd\u662f\u6570\u636e\u5e93\u7684\u4e00\u81f4\u5feb\u7167\uff0c\u5199\u5b8c\u540e\u8bfb\u56de\u6821\u9a8c\u3002\u53ef\u4ee5\u8bbe\u7f6e\u5907\u4efd\u5bc6\u7801\uff08AES-256 \u52a0\u5bc6\uff09\uff1a\u6ca1\u6709\u5bc6\u7801\u65e0\u6cd5\u6062\u590d\uff0c\u8bf7\u59a5\u5584\u4fdd\u7ba1\u3002", None))
        self.backupButton.setText(QCoreApplication.translate("BackupPage", u"\u7acb\u5373\u5907\u4efd\u2026", None))
#if QT_CONFIG(tooltip)
        self.backupButton.setToolTip(QCoreApplication.translate("BackupPage", u"\u9009\u62e9U\u76d8\u6216\u6587\u4ef6\u5939\uff0c\u628a\u6574\u4e2a\u6570\u636e\u5e93\u5907\u4efd\u5230\u90a3\u91cc", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("BackupPage", u"\u53d6\u6d88", None))
        self.lastBackupLabel.setText("")
        self.checkGroup.setTitle(QCoreApplication.translate("BackupPage", u"\u6821\u9a8c\u4e0e\u6062\u590d", None))
        self.verifyButton.setText(QCoreApplication.translate("BackupPage", u"\u6821\u9a8c\u5907\u4efd\u6587\u4ef6\u2026", None))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("BackupPage", u"\u68c0\u67e5\u4e00\u4e2a\u5907\u4efd\u6587\u4ef6\u662f\u5426\u5b8c\u597d\u3001\u80fd\u5426\u6062\u590d\uff08\u4e0d\u6539\u52a8\u6570\u636e\u5e93\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.restoreFileButton.setText(QCoreApplication.translate("BackupPage", u"\u4ece\u5907\u4efd\u6587\u4ef6\u6062\u590d\u2026", None))
        self.resultLabel.setText("")
        self.autoGroup.setTitle(QCoreApplication.translate("BackupPage", u"\u81ea\u52a8\u5907\u4efd", None))
        self.autoHint.setText(QCoreApplication.translate("BackupPage", u"\u9000\u51fa\u7a0b\u5e8f\u65f6\u548c\u6bcf\u5929\u4e00\u6b21\u81ea\u52a8\u5907\u4efd\u5230\u672c\u673a\uff0c\u4fdd\u7559\u6700\u8fd1 7 \u5929\u30014 \u5468\u300112 \u4e2a\u6708\u5404\u4e00\u4efd\u3002", None))
        self.autoBackupButton.setText(QCoreApplication.translate("BackupPage", u"\u7acb\u5373\u81ea\u52a8\u5907\u4efd", None))
        self.restorePointButton.setText(QCoreApplication.translate("BackupPage", u"\u4ece\u6240\u9009\u5907\u4efd\u6062\u590d\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("BackupPage", u"\u5237\u65b0", None))
        self.tabs.setTabText(self.tabs.indexOf(self.backupTab), QCoreApplication.translate("BackupPage", u"\u5907\u4efd\u4e0e\u6062\u590d", None))
        self.exportGroup.setTitle(QCoreApplication.translate("BackupPage", u"\u5bfc\u51fa\u4ea4\u6362\u5305", None))
        self.townshipComboLabel.setText(QCoreApplication.translate("BackupPage", u"\u4e61\u9547\uff1a", None))
        self.exportButton.setText(QCoreApplication.translate("BackupPage", u"\u5bfc\u51fa\u4ea4\u6362\u5305\u2026", None))
        self.exportHint.setText(QCoreApplication.translate("BackupPage", u"\u4ea4\u6362\u5305\u542b\u8be5\u4e61\u9547\u7684\u8003\u52e4\u3001\u8bf7\u9500\u5047\u3001\u9886\u5bfc\u8d70\u8bbf\u3001\u95ee\u9898\u548c\u4f20\u5e2e\u5e26\u8bb0\u5f55\uff0c\u7528U\u76d8\u4ea4\u7ed9\u53bf\u91cc\u5bfc\u5165\u3002", None))
        self.importGroup.setTitle(QCoreApplication.translate("BackupPage", u"\u5bfc\u5165\u4ea4\u6362\u5305", None))
        self.importButton.setText(QCoreApplication.translate("BackupPage", u"\u5bfc\u5165\u4ea4\u6362\u5305\u2026", None))
        self.importResultLabel.setText(QCoreApplication.translate("BackupPage", u"\u5bfc\u5165\u65f6\uff0c\u4e24\u8fb9\u90fd\u4fee\u6539\u8fc7\u7684\u540c\u4e00\u6761\u8bb0\u5f55\u4e0d\u4f1a\u88ab\u8986\u76d6\uff0c\u800c\u662f\u5217\u5728\u4e0b\u9762\u7684\u51b2\u7a81\u6e05\u5355\u4e2d\uff0c\u7531\u60a8\u51b3\u5b9a\u3002", None))
        self.conflictGroup.setTitle(QCoreApplication.translate("BackupPage", u"\u5f85\u51b3\u5b9a\u7684\u51b2\u7a81", None))
        self.keepOursButton.setText(QCoreApplication.translate("BackupPage", u"\u4fdd\u7559\u672c\u5730", None))
#if QT_CONFIG(tooltip)
        self.keepOursButton.setToolTip(QCoreApplication.translate("BackupPage", u"\u4fdd\u7559\u672c\u5e93\u7684\u8bb0\u5f55\uff0c\u4e0d\u91c7\u7528\u4ea4\u6362\u5305\u4e2d\u7684\u4fee\u6539", None))
#endif // QT_CONFIG(tooltip)
        self.takeTheirsButton.setText(QCoreApplication.translate("BackupPage", u"\u91c7\u7528\u5bf9\u65b9", None))
#if QT_CONFIG(tooltip)
        self.takeTheirsButton.setToolTip(QCoreApplication.translate("BackupPage", u"\u7528\u4ea4\u6362\u5305\u4e2d\u7684\u8bb0\u5f55\u66ff\u6362\u672c\u5e93\u7684\u8bb0\u5f55", None))
#endif // QT_CONFIG(tooltip)
        self.exportConflictsButton.setText(QCoreApplication.translate("BackupPage", u"\u5bfc\u51fa Excel\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.exchangeTab), QCoreApplication.translate("BackupPage", u"\u6570\u636e\u4ea4\u6362", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi

