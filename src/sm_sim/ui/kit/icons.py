"""The app's SVG icons (``assets/style/icons``), tinted to any colour and cached.

Icons are drawn in black; tinting paints the colour through the icon's alpha, so
one file serves light and dark themes and every state (a liked heart is red).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QLabel

from ...scenario.model import Action
from .appearance import notifier, px
from .theme import current, style_dir

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


class Tint(QObject):
    """Icon ``name`` on a button or label in the theme's ``token`` colour, ``size`` grown with
    its font, painted again whenever the appearance changes (a child of its target, so it
    goes when the target does)."""

    def __init__(self, target: QAbstractButton | QLabel, name: str, token: str,
                 size: int = 18) -> None:
        super().__init__(target)
        self.target, self.name, self.token, self.size = target, name, token, size
        notifier().changed.connect(self.apply)
        self.apply()

    def show(self, name: str) -> None:
        """Change the icon shown (a pause button becoming a play button)."""
        self.name = name
        self.apply()

    def apply(self, _appearance: object = None) -> None:
        side = px(self.target.font(), self.size)
        colour = getattr(current(), self.token)
        if isinstance(self.target, QLabel):
            self.target.setPixmap(pixmap(self.name, colour, side))
        else:
            self.target.setIcon(icon(self.name, colour, side))
            self.target.setIconSize(icon_size(side))
