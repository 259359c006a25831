"""What an empty list says, painted where its rows would be (a feed, the messages)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from .theme import current


def paint_empty_text(viewport: QWidget, text: str) -> None:
    painter = QPainter(viewport)
    painter.setPen(current().color("muted"))
    area = QRect(24, 40, viewport.width() - 48, 200)
    painter.drawText(area, int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap), text)
    painter.end()
