# Generated from forms/places_page.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'places_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_PlacesPage(object):
    def setupUi(self, PlacesPage):
        if not PlacesPage.objectName():
            PlacesPage.setObjectName(u"PlacesPage")
        PlacesPage.resize(1100, 640)
        self.mainLayout = QVBoxLayout(PlacesPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 10, 12, 8)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.batchLabel = QLabel(PlacesPage)
        self.batchLabel.setObjectName(u"batchLabel")

        self.topLayout.addWidget(self.batchLabel)

        self.batchCombo = QComboBox(PlacesPage)
        self.batchCombo.setObjectName(u"batchCombo")
        self.batchCombo.setMinimumContentsLength(14)
        self.batchCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.topLayout.addWidget(self.batchCombo)

        self.topSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.addButton = QPushButton(PlacesPage)
        self.addButton.setObjectName(u"addButton")

        self.topLayout.addWidget(self.addButton)

        self.importButton = QPushButton(PlacesPage)
        self.importButton.setObjectName(u"importButton")

        self.topLayout.addWidget(self.importButton)

        self.editButton = QPushButton(PlacesPage)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setEnabled(False)

        self.topLayout.addWidget(self.editButton)

        self.exportButton = QPushButton(PlacesPage)
        self.exportButton.setObjectName(u"exportButton")

        self.topLayout.addWidget(self.exportButton)

        self.refreshButton = QPushButton(PlacesPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topLayout.addWidget(self.refreshButton)

        self.topLayout.setStretch(1, 1)
        self.topLayout.setStretch(2, 2)

        self.mainLayout.addLayout(self.topLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(PlacesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.townshipGap = QSpacerItem(6, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.townshipGap)

        self.townshipLabel = QLabel(PlacesPage)
        self.townshipLabel.setObjectName(u"townshipLabel")

        self.filterLayout.addWidget(self.townshipLabel)

        self.townshipCombo = QComboBox(PlacesPage)
        self.townshipCombo.setObjectName(u"townshipCombo")

        self.filterLayout.addWidget(self.townshipCombo)

        self.kindGap = QSpacerItem(6, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.kindGap)

        self.kindLabel = QLabel(PlacesPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(PlacesPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filterLayout.addWidget(self.kindCombo)

        self.priorityGap = QSpacerItem(6, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.priorityGap)

        self.priorityLabel = QLabel(PlacesPage)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.filterLayout.addWidget(self.priorityLabel)

        self.priorityCombo = QComboBox(PlacesPage)
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.filterLayout.addWidget(self.priorityCombo)

        self.coverageGap = QSpacerItem(6, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.coverageGap)

        self.coverageLabel = QLabel(PlacesPage)
        self.coverageLabel.setObjectName(u"coverageLabel")

        self.filterLayout.addWidget(self.coverageLabel)

        self.coverageCombo = QComboBox(PlacesPage)
        self.coverageCombo.setObjectName(u"coverageCombo")

        self.filterLayout.addWidget(self.coverageCombo)

        self.filterLayout.setStretch(0, 2)
        self.filterLayout.setStretch(3, 1)
        self.filterLayout.setStretch(6, 1)
        self.filterLayout.setStretch(9, 1)
        self.filterLayout.setStretch(12, 1)

        self.mainLayout.addLayout(self.filterLayout)

        self.view = QTableView(PlacesPage)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.summaryLabel = QLabel(PlacesPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.footerLayout.addWidget(self.summaryLabel)

        self.legend = QLabel(PlacesPage)
        self.legend.setObjectName(u"legend")
        self.legend.setProperty(u"hint", True)

        self.footerLayout.addWidget(self.legend)

        self.footerLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.footerLayout)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.batchLabel.setBuddy(self.batchCombo)
        self.townshipLabel.setBuddy(self.townshipCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.priorityLabel.setBuddy(self.priorityCombo)
        self.coverageLabel.setBuddy(self.coverageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.batchCombo, self.addButton)
        QWidget.setTabOrder(self.addButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.townshipCombo)
        QWidget.setTabOrder(self.townshipCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.priorityCombo)
        QWidget.setTabOrder(self.priorityCombo, self.coverageCombo)
        QWidget.setTabOrder(self.coverageCombo, self.view)

        self.retranslateUi(PlacesPage)

        QMetaObject.connectSlotsByName(PlacesPage)
    # setupUi

    def retranslateUi(self, PlacesPage):
        self.batchLabel.setText(QCoreApplication.translate("PlacesPage", u"\u8986\u76d6\u60c5\u51b5\u6309\u6279\u6b21", None))
        self.addButton.setText(QCoreApplication.translate("PlacesPage", u"\u65b0\u589e\u6d3e\u9a7b\u70b9", None))
        self.importButton.setText(QCoreApplication.translate("PlacesPage", u"\u4ece Excel \u5bfc\u5165\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("PlacesPage", u"\u5bfc\u5165\u4e61\u9547\u548c\u6751\uff08\u793e\u533a\u3001\u4f01\u4e1a\uff09\u540d\u5355\uff0c\u542b\u91cd\u70b9\u7c7b\u522b\uff1b\u5df2\u6709\u7684\u6d3e\u9a7b\u70b9\u6309\u8868\u66f4\u65b0", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("PlacesPage", u"\u7f16\u8f91", None))
        self.exportButton.setText(QCoreApplication.translate("PlacesPage", u"\u5bfc\u51fa Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("PlacesPage", u"\u628a\u5f53\u524d\u663e\u793a\u7684\u6d3e\u9a7b\u70b9\u5217\u8868\uff08\u542b\u672c\u6279\u6b21\u91cd\u70b9\u7c7b\u522b\u548c\u8986\u76d6\u60c5\u51b5\uff09\u5bfc\u51fa\u4e3a Excel", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("PlacesPage", u"\u5237\u65b0", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PlacesPage", u"\u641c\u7d22\uff1a\u6d3e\u9a7b\u70b9\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u3001\u4e61\u9547\u6216\u5e72\u90e8\u59d3\u540d", None))
        self.townshipLabel.setText(QCoreApplication.translate("PlacesPage", u"\u4e61\u9547", None))
        self.kindLabel.setText(QCoreApplication.translate("PlacesPage", u"\u7c7b\u578b", None))
        self.priorityLabel.setText(QCoreApplication.translate("PlacesPage", u"\u91cd\u70b9", None))
        self.coverageLabel.setText(QCoreApplication.translate("PlacesPage", u"\u8986\u76d6", None))
        self.summaryLabel.setText(QCoreApplication.translate("PlacesPage", u"\u6b63\u5728\u52a0\u8f7d\u2026", None))
        self.legend.setText(QCoreApplication.translate("PlacesPage", u"\u7ea2\u8272\uff1a\u987b\u5168\u8986\u76d6\u7684\u91cd\u70b9\u6751\u5c1a\u672a\u9009\u6d3e\u5e72\u90e8\uff1b\u9ec4\u8272\uff1a\u5e94\u6d3e\u5c3d\u6d3e\u7684\u6751\u5c1a\u672a\u9009\u6d3e\u3002", None))
        pass
    # retranslateUi

