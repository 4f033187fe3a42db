"""The floor of GUI start-up: a bare PySide6 window with a table, filled from a raw sqlite3 query.

    python benchmarks/bare_window.py DB.sqlite

Prints ``painted <t>`` after the window's first paint and ``filled <t>`` after the first paint with
the cadre rows in the table (``t`` = ``time.time()``, as CadreDesk's CADREDESK_STARTUP_TRACE), then
quits.  The rows are the cadre list's columns read with one raw query in the GUI thread: no
SQLAlchemy, no services, no background thread, no styling — what any PySide6 program showing the
same table cannot do without.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

SQL = """
SELECT c.name, c.gender, c.ethnicity, c.id_number, c.birth_date, c.political_status, u.name, c.post,
       t.name, p.name, d.role, d.status
FROM cadre c
LEFT JOIN unit u ON u.id = c.unit_id
LEFT JOIN (SELECT cadre_id, max(id) AS did FROM dispatch GROUP BY cadre_id) cur ON cur.cadre_id = c.id
LEFT JOIN dispatch d ON d.id = cur.did
LEFT JOIN township t ON t.id = d.township_id
LEFT JOIN place p ON p.id = d.place_id
ORDER BY c.id
"""
HEADERS = [
    "姓名",
    "性别",
    "民族",
    "身份证号",
    "出生日期",
    "政治面貌",
    "派出单位",
    "职务",
    "乡镇",
    "派驻点",
    "身份",
    "状态",
]


class Model(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[Any, ...]] = []

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None


class Trace(QObject):
    def __init__(self, app: QApplication, fill: Any) -> None:
        super().__init__()
        self.app, self.fill = app, fill
        self.painted = self.filled = self.data_in = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if not self.painted:
                self.painted = True
                QTimer.singleShot(0, self.first_paint)
            elif self.data_in and not self.filled:
                self.filled = True
                QTimer.singleShot(0, self.done)
        return False

    def first_paint(self) -> None:
        print(f"painted {time.time():.6f}", file=sys.stderr, flush=True)
        self.fill()
        self.data_in = True

    def done(self) -> None:
        print(f"filled {time.time():.6f}", file=sys.stderr, flush=True)
        self.app.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("floor")
    view = QTableView()
    model = Model()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 760)

    def fill() -> None:
        conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
        rows = conn.execute(SQL).fetchall()
        conn.close()
        model.beginResetModel()
        model.rows = rows
        model.endResetModel()

    _trace = Trace(app, fill)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
