"""The app's mark and name, at the top of every page."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from . import icons
from .theme import APP_NAME, current


def brand(parent: QWidget, size: int = 28) -> QWidget:
    """The Chirrup mark and name."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    mark = QLabel(box)
    mark.setPixmap(icons.pixmap("logo", current().accent, size))
    row.addWidget(mark)
    row.addWidget(QLabel(APP_NAME, box, objectName="brand"))
    row.addStretch(1)
    box.setAccessibleName(APP_NAME)
    return box
