"""The app's SVG icons (``assets/style/icons``), tinted to any colour and cached.

Icons are drawn in black; tinting paints the colour through the icon's alpha, so
one file serves light and dark themes and every state (a liked heart is red).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ...scenario.model import Action
from .theme import style_dir

# Which icon each scenario action shows on its button.
ACTION_ICONS: dict[Action, str] = {
    "reply": "reply", "quote": "quote", "post": "post", "like": "like", "repost": "repost",
    "delete": "delete", "report": "report", "dm": "dm", "escalate": "escalate", "ignore": "ignore",
}


@lru_cache(maxsize=32)
def _renderer(name: str) -> QSvgRenderer:
    return QSvgRenderer(str(style_dir() / "icons" / f"{name}.svg"))


def _ratio() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen else 1.0


@lru_cache(maxsize=512)
def _pixmap(name: str, colour: str, size: int, ratio: float) -> QPixmap:
    pixels = max(1, round(size * ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(name).render(painter, QRectF(0, 0, pixels, pixels))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), QColor(colour))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def pixmap(name: str, colour: QColor | str, size: int = 18) -> QPixmap:
    """``name`` tinted ``colour``, ``size`` logical pixels square, sharp on high-DPI screens."""
    value = colour.name(QColor.NameFormat.HexArgb) if isinstance(colour, QColor) else colour
    return _pixmap(name, value, size, _ratio())


def icon(name: str, colour: QColor | str, size: int = 18) -> QIcon:
    result = QIcon()
    result.addPixmap(pixmap(name, colour, size))
    return result


def draw(painter: QPainter, name: str, colour: QColor | str, x: float, y: float,
         size: int = 18) -> None:
    painter.drawPixmap(int(x), int(y), pixmap(name, colour, size))


def icon_size(size: int = 18) -> QSize:
    return QSize(size, size)
