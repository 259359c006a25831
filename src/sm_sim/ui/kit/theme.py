"""Colours of the Chirrup look (light, dark and high contrast) and the style sheet filled
with them.

The style sheet in ``assets/style/chirrup.qss`` names colours as ``@token``; the
painted parts (feed delegate, charts, gauges) read the same tokens from ``Theme``
so a widget and the posts painted beside it never disagree. Which token may be drawn on
which is fixed here (``SURFACES``, ``TEXT``, ``ON_FILL``, ``MARKS``) and the contrast
each theme promises is checked against those pairs in the tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from html import escape
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen

from ...data import data_root

APP_NAME = "Chirrup"
# For every label that shows a scenario's or a trainee's words: never guessed to be markup.
PLAIN = Qt.TextFormat.PlainText


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: Qt guesses whether a tooltip is markup, so the
    text is escaped inside a paragraph that keeps its line breaks."""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


# Backgrounds anything may be drawn on; colours text is drawn in (on any surface); text
# on a filled colour; and the marks that must stand out from every surface (a text
# field's edge, the focus ring). In high contrast every border is such a mark too.
SURFACES = ("window", "surface", "card", "hover", "own")
TEXT = ("text", "muted", "accent", "like", "repost", "good", "warn", "bad")
ON_FILL = {"accent_text": "accent", "on_bad": "bad"}
MARKS = ("edge", "focus")


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    surface: str
    card: str
    border: str  # dividers and card outlines (decoration, except in high contrast)
    edge: str  # the boundary that shows where a control is: a text field, a radio button
    text: str
    muted: str
    accent: str
    accent_text: str
    focus: str  # the focus ring (never the accent, which marks what is chosen)
    like: str
    repost: str
    good: str
    warn: str
    bad: str
    on_bad: str  # text on a bad-filled chip (an assessment, a countdown running out)
    hover: str
    own: str

    def color(self, token: str) -> QColor:
        return QColor(getattr(self, token))

    @property
    def high_contrast(self) -> bool:
        return self.name == "contrast"

    @property
    def ring(self) -> int:
        """The focus ring's width in pixels."""
        return 3 if self.high_contrast else 2

    @property
    def text_contrast(self) -> float:
        """The least contrast text has on its background: WCAG AA, or AAA in high contrast."""
        return 7.0 if self.high_contrast else 4.5

    def marks(self) -> tuple[str, ...]:
        """The tokens that must stand out 3:1 from every surface."""
        return (*MARKS, "border") if self.high_contrast else MARKS


LIGHT = Theme(
    name="light", window="#ffffff", surface="#f4f6f8", card="#ffffff", border="#e3e7eb",
    edge="#7b8794", text="#0f1419", muted="#5b6671", accent="#5b4ddb", accent_text="#ffffff",
    focus="#0f1419", like="#c8174f", repost="#047857", good="#15803d",
    warn="#c2410c", bad="#b91c1c", on_bad="#ffffff", hover="#f1f3f6", own="#f5f3ff",
)
DARK = Theme(
    name="dark", window="#0e1116", surface="#161b22", card="#0e1116", border="#2b333d",
    edge="#6b7785", text="#e7e9ea", muted="#8b98a5", accent="#8b7ff5", accent_text="#0e1116",
    focus="#e7e9ea", like="#f4509a", repost="#2fc28c", good="#4ade80",
    warn="#fb923c", bad="#f87171", on_bad="#0e1116", hover="#1a2029", own="#1b1830",
)
# Black, white and light tints, every text at least 7:1, a yellow focus ring.
CONTRAST = Theme(
    name="contrast", window="#000000", surface="#141414", card="#000000", border="#c8c8c8",
    edge="#ffffff", text="#ffffff", muted="#e6e6e6", accent="#8fd3ff", accent_text="#000000",
    focus="#ffd400", like="#ff9ec4", repost="#7ee2b8", good="#7ee787",
    warn="#ffc46b", bad="#ff9b9b", on_bad="#000000", hover="#262626", own="#1a1a40",
)
THEMES = {"light": LIGHT, "dark": DARK, "contrast": CONTRAST}
_current = LIGHT

# An extra scenario's avatar colours: a small fixed palette that reads on both themes.
AVATAR_COLOURS = ("#e0533d", "#d97706", "#16a34a", "#0891b2", "#2563eb", "#7c3aed", "#db2777",
                  "#4b5563", "#0d9488", "#9333ea")


def current() -> Theme:
    return _current


def pick(setting: str) -> Theme:
    """``light``, ``dark``, ``contrast`` or ``auto``: high contrast if the system asks for
    it, else the system's colour scheme, else the palette's."""
    if setting in THEMES:
        return THEMES[setting]
    if system_wants_contrast():
        return CONTRAST
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return DARK
    if scheme == Qt.ColorScheme.Light:
        return LIGHT
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT


def system_wants_contrast() -> bool:
    """The desktop's high-contrast setting, where Qt can read it (Windows, macOS, GNOME)."""
    styles = QGuiApplication.styleHints()  # held: PySide drops a child of a dropped wrapper
    preference = styles.accessibility().contrastPreference()
    return bool(preference == Qt.ContrastPreference.HighContrast)


def style_dir() -> Path:
    return data_root() / "assets" / "style"


def style_sheet(theme: Theme, text_scale: float = 1.0) -> str:
    """The style sheet in ``theme``'s colours, its point sizes (``pt``) and text-sized pixels
    (``sp``, which Qt does not know) times ``text_scale``."""
    template = (style_dir() / "chirrup.qss").read_text(encoding="utf-8")
    tokens = {f.name: getattr(theme, f.name) for f in fields(theme)}
    tokens["ring"] = f"{theme.ring}px"
    sheet = re.sub(r"@([a-z_]+)", lambda m: tokens.get(m.group(1), m.group(0)), template)
    sheet = re.sub(r"(\d+(?:\.\d+)?)sp\b", lambda m: f"{round(float(m.group(1)) * text_scale)}px",
                   sheet)
    return re.sub(r"(\d+(?:\.\d+)?)pt\b", lambda m: f"{float(m.group(1)) * text_scale:g}pt", sheet)


def palette(theme: Theme) -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window, QPalette.ColorRole.Base: theme.card,
        QPalette.ColorRole.AlternateBase: theme.surface, QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.WindowText: theme.text, QPalette.ColorRole.Button: theme.surface,
        QPalette.ColorRole.ButtonText: theme.text, QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.accent_text,
        QPalette.ColorRole.PlaceholderText: theme.muted, QPalette.ColorRole.ToolTipBase: theme.card,
        QPalette.ColorRole.ToolTipText: theme.text, QPalette.ColorRole.Link: theme.accent,
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    return pal


def apply(app: QGuiApplication, theme: Theme, text_scale: float = 1.0) -> None:
    """Make ``theme`` the current one for palette, style sheet and painted parts."""
    global _current
    _current = theme
    app.setPalette(palette(theme))
    set_sheet = getattr(app, "setStyleSheet", None)
    if set_sheet is not None:
        set_sheet(style_sheet(theme, text_scale))


def paint_focus(painter: QPainter, rect: QRect) -> None:
    """The focus ring on a painted row (a post, a message): as the style sheet draws it
    round a control, just inside ``rect``."""
    theme = current()
    half = theme.ring / 2
    painter.save()
    painter.setPen(QPen(theme.color("focus"), theme.ring))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(rect).adjusted(half, half, -half, -half))
    painter.restore()
