"""The app's mark and name, at the top of every page."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from . import icons
from .theme import APP_NAME


class Brand(QWidget):
    """The Chirrup mark and name; compact, the mark alone."""

    def __init__(self, parent: QWidget, size: int = 28) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        mark = QLabel(self)
        icons.Tint(mark, "logo", "accent", size)
        row.addWidget(mark)
        self.name = QLabel(APP_NAME, self, objectName="brand")
        row.addWidget(self.name)
        row.addStretch(1)
        self.setAccessibleName(APP_NAME)

    def set_compact(self, compact: bool) -> None:
        self.name.setVisible(not compact)


def brand(parent: QWidget, size: int = 28) -> Brand:
    return Brand(parent, size)
