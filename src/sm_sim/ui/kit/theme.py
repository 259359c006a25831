"""Colours of the Chirrup look, light and dark, and the style sheet filled with them.

The style sheet in ``assets/style/chirrup.qss`` names colours as ``@token``; the
painted parts (feed delegate, charts, gauges) read the same tokens from ``Theme``
so a widget and the posts painted beside it never disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from ...scenario import data_root

APP_NAME = "Chirrup"
# For every label that shows a scenario's or a trainee's words: never guessed to be markup.
PLAIN = Qt.TextFormat.PlainText


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: Qt guesses whether a tooltip is markup, so the
    text is escaped inside a paragraph that keeps its line breaks."""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    surface: str
    card: str
    border: str
    text: str
    muted: str
    accent: str
    accent_text: str
    like: str
    repost: str
    good: str
    warn: str
    bad: str
    hover: str
    own: str

    def color(self, token: str) -> QColor:
        return QColor(getattr(self, token))

    @property
    def dark(self) -> bool:
        return self.name == "dark"


LIGHT = Theme(
    name="light", window="#ffffff", surface="#f4f6f8", card="#ffffff", border="#e3e7eb",
    text="#0f1419", muted="#5b6671", accent="#5b4ddb", accent_text="#ffffff", like="#e0245e",
    repost="#00966b", good="#15803d", warn="#c2410c", bad="#b91c1c", hover="#f1f3f6",
    own="#f5f3ff",
)
DARK = Theme(
    name="dark", window="#0e1116", surface="#161b22", card="#0e1116", border="#2b333d",
    text="#e7e9ea", muted="#8b98a5", accent="#8b7ff5", accent_text="#0e1116", like="#f4509a",
    repost="#2fc28c", good="#4ade80", warn="#fb923c", bad="#f87171", hover="#1a2029",
    own="#1b1830",
)
_current = LIGHT

# An extra scenario's avatar colours: a small fixed palette that reads on both themes.
AVATAR_COLOURS = ("#e0533d", "#d97706", "#16a34a", "#0891b2", "#2563eb", "#7c3aed", "#db2777",
                  "#4b5563", "#0d9488", "#9333ea")


def current() -> Theme:
    return _current


def pick(setting: str) -> Theme:
    """``light``, ``dark`` or ``auto`` (the system's colour scheme, else the palette)."""
    if setting == "dark":
        return DARK
    if setting == "light":
        return LIGHT
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return DARK
    if scheme == Qt.ColorScheme.Light:
        return LIGHT
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT


def style_dir() -> Path:
    return data_root() / "assets" / "style"


def style_sheet(theme: Theme) -> str:
    template = (style_dir() / "chirrup.qss").read_text(encoding="utf-8")
    tokens = {f.name: getattr(theme, f.name) for f in fields(theme)}
    return re.sub(r"@([a-z_]+)", lambda m: tokens.get(m.group(1), m.group(0)), template)


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


def apply(app: QGuiApplication, theme: Theme) -> None:
    """Make ``theme`` the current one for palette, style sheet and painted parts."""
    global _current
    _current = theme
    app.setPalette(palette(theme))
    set_sheet = getattr(app, "setStyleSheet", None)
    if set_sheet is not None:
        set_sheet(style_sheet(theme))
