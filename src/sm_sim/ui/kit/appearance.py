"""The reader's appearance choices — theme, text size, reduced motion — and applying them to
the whole application at once, live: palette and style sheet, the app font, Qt's own
animated effects, and a signal for the parts that draw with the choices themselves (tinted
icons, the feed's new-post pill).

The text size multiplies the base font, which is the system's own (at least 12 points,
see ``app.make_application``), taken once when the application is made; the style sheet's
point sizes are multiplied with it, so headings grow as body text does. Painted parts size
themselves from their font (``grow``), so they follow both."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication

from . import theme

THEMES = {"auto": "Automatic (as the computer is set)", "light": "Light", "dark": "Dark",
          "contrast": "High contrast"}
TEXT_SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)
DESIGN_POINTS = 12.0  # the body text size the painted parts' pixel sizes were drawn for
ICON_GROWTH = 1.5  # the most a picture beside text grows (an avatar, a counter's icon, a badge)


@dataclass(frozen=True)
class Appearance:
    theme: str = "auto"  # a key of THEMES
    text_scale: float = 1.0  # one of TEXT_SCALES
    reduce_motion: bool = False

    def __post_init__(self) -> None:
        if self.theme not in THEMES:
            object.__setattr__(self, "theme", "auto")
        nearest = min(TEXT_SCALES, key=lambda s: abs(s - self.text_scale))
        object.__setattr__(self, "text_scale", nearest)


class Notifier(QObject):
    changed = Signal(object)  # the Appearance now applied


_notifier: Notifier | None = None
_current = Appearance()
_base: QFont | None = None


def notifier() -> Notifier:
    """The one object whose ``changed`` says the appearance changed (connect a widget's
    method: the connection ends with the widget)."""
    global _notifier
    if _notifier is None:
        _notifier = Notifier()
    return _notifier


def current() -> Appearance:
    return _current


def set_base_font(font: QFont) -> None:
    """The font a text size of 100% means."""
    global _base
    _base = QFont(font)


def base_font(app: QApplication) -> QFont:
    if _base is None:
        set_base_font(app.font())
    assert _base is not None
    return QFont(_base)


def apply(app: QApplication, appearance: Appearance) -> None:
    """Make ``appearance`` the application's: every open window follows at once."""
    global _current
    _current = appearance
    font = base_font(app)
    font.setPointSizeF(font.pointSizeF() * appearance.text_scale)
    app.setFont(font)
    # The style sheet's sizes follow the text: the reader's size, on a larger system font's.
    theme.apply(app, theme.pick(appearance.theme), appearance.text_scale * grow(base_font(app)))
    # Qt's own animated effects (menus and tooltips that slide or fade, a combo box that
    # unrolls): all off when motion is reduced.
    QApplication.setEffectEnabled(Qt.UIEffect.UI_General, not appearance.reduce_motion)
    notifier().changed.emit(appearance)


def grow(font: QFont) -> float:
    """How much bigger than the design's body text ``font`` is (never less than 1): what a
    painted part multiplies its pixel sizes by, so a gap or an icon keeps pace with text."""
    return max(1.0, QFontInfo(font).pointSizeF() / DESIGN_POINTS)


def px(font: QFont, pixels: float, most: float = 0.0) -> int:
    """``pixels`` of the design, grown with ``font`` (but at most ``most`` times, if given)."""
    return round(pixels * (min(grow(font), most) if most else grow(font)))
