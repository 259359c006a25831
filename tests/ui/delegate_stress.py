"""Repaint a Python QStyledItemDelegate 20,000 times, with index.data() returning None.

Run as a script by test_pyside_regression.py: PySide6 6.12.0 on Python 3.11 aborts the
process here (none_dealloc in paint overrides), which no in-process test can catch.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QListView, QStyledItemDelegate

ROWS, PAINTS = 50, 20_000


class Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else ROWS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None  # every role is None: the path that aborted


class Delegate(QStyledItemDelegate):
    painted = 0

    def sizeHint(self, option, index):
        return QSize(300, 10)

    def paint(self, painter, option, index):
        Delegate.painted += 1
        value = index.data(Qt.ItemDataRole.UserRole)
        painter.drawText(option.rect, 0, "" if value is None else str(value))


def main() -> int:
    app = QApplication(sys.argv[:1])
    view = QListView()
    model, delegate = Model(), Delegate()
    view.setModel(model)
    view.setItemDelegate(delegate)
    view.resize(320, ROWS * 10 + 20)
    view.show()
    image = QImage(view.size(), QImage.Format.Format_ARGB32)
    while Delegate.painted < PAINTS:
        view.render(image)
    view.close()
    app.processEvents()
    print(f"painted {Delegate.painted}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
