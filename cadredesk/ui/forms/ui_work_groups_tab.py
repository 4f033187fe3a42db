# Generated from forms/work_groups_tab.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_groups_tab.ui'
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
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_WorkGroupsTab(object):
    def setupUi(self, WorkGroupsTab):
        if not WorkGroupsTab.objectName():
            WorkGroupsTab.setObjectName(u"WorkGroupsTab")
        WorkGroupsTab.resize(1040, 560)
        self.mainLayout = QVBoxLayout(WorkGroupsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(8, 8, 8, 8)
        self.splitter = QSplitter(WorkGroupsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.listPane.sizePolicy().hasHeightForWidth())
        self.listPane.setSizePolicy(sizePolicy)
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.listTop = QHBoxLayout()
        self.listTop.setObjectName(u"listTop")
        self.filterLabel = QLabel(self.listPane)
        self.filterLabel.setObjectName(u"filterLabel")

        self.listTop.addWidget(self.filterLabel)

        self.groupTownshipFilter = QComboBox(self.listPane)
        self.groupTownshipFilter.setObjectName(u"groupTownshipFilter")

        self.listTop.addWidget(self.groupTownshipFilter)

        self.groupCountLabel = QLabel(self.listPane)
        self.groupCountLabel.setObjectName(u"groupCountLabel")
        self.groupCountLabel.setProperty(u"hint", True)

        self.listTop.addWidget(self.groupCountLabel)

        self.newGroupButton = QPushButton(self.listPane)
        self.newGroupButton.setObjectName(u"newGroupButton")
        self.newGroupButton.setAutoDefault(False)

        self.listTop.addWidget(self.newGroupButton)

        self.listTop.setStretch(1, 1)
        self.listTop.setStretch(2, 2)

        self.listLayout.addLayout(self.listTop)

        self.groupView = QTableView(self.listPane)
        self.groupView.setObjectName(u"groupView")

        self.listLayout.addWidget(self.groupView)

        self.listLayout.setStretch(1, 1)
        self.splitter.addWidget(self.listPane)
        self.editorBox = QGroupBox(self.splitter)
        self.editorBox.setObjectName(u"editorBox")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(2)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.editorBox.sizePolicy().hasHeightForWidth())
        self.editorBox.setSizePolicy(sizePolicy1)
        self.editorLayout = QVBoxLayout(self.editorBox)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(8, 8, 8, 8)
        self.townshipLayout = QHBoxLayout()
        self.townshipLayout.setObjectName(u"townshipLayout")
        self.townshipLabel = QLabel(self.editorBox)
        self.townshipLabel.setObjectName(u"townshipLabel")

        self.townshipLayout.addWidget(self.townshipLabel)

        self.groupTownshipCombo = QComboBox(self.editorBox)
        self.groupTownshipCombo.setObjectName(u"groupTownshipCombo")
        self.groupTownshipCombo.setMinimumContentsLength(8)

        self.townshipLayout.addWidget(self.groupTownshipCombo)

        self.townshipLayout.setStretch(1, 1)

        self.editorLayout.addLayout(self.townshipLayout)

        self.nameLayout = QHBoxLayout()
        self.nameLayout.setObjectName(u"nameLayout")
        self.nameLabel = QLabel(self.editorBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.nameLayout.addWidget(self.nameLabel)

        self.groupNameEdit = QLineEdit(self.editorBox)
        self.groupNameEdit.setObjectName(u"groupNameEdit")
        self.groupNameEdit.setMaxLength(64)

        self.nameLayout.addWidget(self.groupNameEdit)

        self.nameLayout.setStretch(1, 1)

        self.editorLayout.addLayout(self.nameLayout)

        self.villagesLabel = QLabel(self.editorBox)
        self.villagesLabel.setObjectName(u"villagesLabel")
        self.villagesLabel.setProperty(u"hint", True)

        self.editorLayout.addWidget(self.villagesLabel)

        self.villageList = QListWidget(self.editorBox)
        self.villageList.setObjectName(u"villageList")
        self.villageList.setAlternatingRowColors(True)
        self.villageList.setSpacing(1)

        self.editorLayout.addWidget(self.villageList)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.villageCountLabel = QLabel(self.editorBox)
        self.villageCountLabel.setObjectName(u"villageCountLabel")

        self.saveLayout.addWidget(self.villageCountLabel)

        self.deleteGroupButton = QPushButton(self.editorBox)
        self.deleteGroupButton.setObjectName(u"deleteGroupButton")
        self.deleteGroupButton.setEnabled(False)
        self.deleteGroupButton.setAutoDefault(False)

        self.saveLayout.addWidget(self.deleteGroupButton)

        self.saveGroupButton = QPushButton(self.editorBox)
        self.saveGroupButton.setObjectName(u"saveGroupButton")
        self.saveGroupButton.setAutoDefault(False)

        self.saveLayout.addWidget(self.saveGroupButton)

        self.saveLayout.setStretch(0, 1)

        self.editorLayout.addLayout(self.saveLayout)

        self.editorLayout.setStretch(3, 1)
        self.splitter.addWidget(self.editorBox)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.groupTownshipFilter)
        self.townshipLabel.setBuddy(self.groupTownshipCombo)
        self.nameLabel.setBuddy(self.groupNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkGroupsTab)

        QMetaObject.connectSlotsByName(WorkGroupsTab)
    # setupUi

    def retranslateUi(self, WorkGroupsTab):
        self.filterLabel.setText(QCoreApplication.translate("WorkGroupsTab", u"\u4e61\u9547", None))
        self.newGroupButton.setText(QCoreApplication.translate("WorkGroupsTab", u"\u65b0\u5efa\u5de5\u4f5c\u5c0f\u7ec4", None))
        self.editorBox.setTitle(QCoreApplication.translate("WorkGroupsTab", u"\u65b0\u5efa\u5de5\u4f5c\u5c0f\u7ec4", None))
        self.townshipLabel.setText(QCoreApplication.translate("WorkGroupsTab", u"\u4e61\u9547\uff1a", None))
        self.nameLabel.setText(QCoreApplication.translate("WorkGroupsTab", u"\u540d\u79f0\uff1a", None))
        self.groupNameEdit.setPlaceholderText(QCoreApplication.translate("WorkGroupsTab", u"\u5982\uff1a\u9ec4\u6cb3\u53e3\u9547\u7b2c\u4e00\u5de5\u4f5c\u5c0f\u7ec4", None))
        self.villagesLabel.setText(QCoreApplication.translate("WorkGroupsTab", u"\u52fe\u90092\u81f33\u4e2a\u76f8\u90bb\u7684\u6751\uff08\u540c\u4e00\u4e61\u9547\uff09\uff1a", None))
        self.deleteGroupButton.setText(QCoreApplication.translate("WorkGroupsTab", u"\u5220\u9664\u5de5\u4f5c\u5c0f\u7ec4", None))
#if QT_CONFIG(tooltip)
        self.deleteGroupButton.setToolTip(QCoreApplication.translate("WorkGroupsTab", u"\u5220\u9664\u6b63\u5728\u7f16\u8f91\u7684\u5de5\u4f5c\u5c0f\u7ec4\uff1b\u5176\u6751\u548c\u9a7b\u6751\u5e72\u90e8\u4e0d\u53d7\u5f71\u54cd\uff0c\u53ea\u662f\u4e0d\u518d\u5c5e\u4e8e\u8be5\u5c0f\u7ec4", None))
#endif // QT_CONFIG(tooltip)
        self.saveGroupButton.setText(QCoreApplication.translate("WorkGroupsTab", u"\u4fdd\u5b58\u5de5\u4f5c\u5c0f\u7ec4", None))
        pass
    # retranslateUi

