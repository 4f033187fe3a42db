# Generated from forms/import_runs_dialog.ui by tools/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_runs_dialog.ui'
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
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ImportRunsDialog(object):
    def setupUi(self, ImportRunsDialog):
        if not ImportRunsDialog.objectName():
            ImportRunsDialog.setObjectName(u"ImportRunsDialog")
        ImportRunsDialog.resize(980, 480)
        self.mainLayout = QVBoxLayout(ImportRunsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(ImportRunsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.hintLabel)

        self.view = QTableView(ImportRunsDialog)
        self.view.setObjectName(u"view")

        self.mainLayout.addWidget(self.view)

        self.statusLabel = QLabel(ImportRunsDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.undoButton = QPushButton(ImportRunsDialog)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setEnabled(False)

        self.buttonLayout.addWidget(self.undoButton)

        self.exportButton = QPushButton(ImportRunsDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(ImportRunsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)

        self.buttonLayout.setStretch(2, 1)

        self.mainLayout.addLayout(self.buttonLayout)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(ImportRunsDialog)

        QMetaObject.connectSlotsByName(ImportRunsDialog)
    # setupUi

    def retranslateUi(self, ImportRunsDialog):
        ImportRunsDialog.setWindowTitle(QCoreApplication.translate("ImportRunsDialog", u"\u5bfc\u5165\u8bb0\u5f55", None))
        self.hintLabel.setText(QCoreApplication.translate("ImportRunsDialog", u"\u6bcf\u6b21\u5bfc\u5165\u90fd\u6709\u8bb0\u5f55\u3002\u5bfc\u5165\u6709\u8bef\u7684\uff0c\u53ef\u6574\u4f53\u64a4\u9500\uff1a\u5220\u9664\u8be5\u6b21\u5bfc\u5165\u65b0\u5efa\u7684\u8bb0\u5f55\uff0c\u6062\u590d\u5b83\u4fee\u6539\u8fc7\u7684\u5185\u5bb9\uff1b\u5176\u6570\u636e\u5df2\u88ab\u5176\u4ed6\u8bb0\u5f55\u5f15\u7528\u6216\u5df2\u4fee\u6539\u8fc7\u7684\uff0c\u4e0d\u80fd\u64a4\u9500\u3002", None))
        self.undoButton.setText(QCoreApplication.translate("ImportRunsDialog", u"\u64a4\u9500\u5bfc\u5165\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ImportRunsDialog", u"\u5bfc\u51fa Excel\u2026", None))
    # retranslateUi

