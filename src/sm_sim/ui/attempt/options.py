"""One choice of an open decision: an icon for its action, its number key and its label."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ...scenario.model import Action, Option
from ..kit import icons
from ..kit.appearance import px

VERBS: dict[Action, str] = {
    "reply": "Reply", "quote": "Quote", "post": "Post", "like": "Like", "repost": "Repost",
    "delete": "Delete", "report": "Report", "dm": "Send message", "escalate": "Escalate",
    "ignore": "Leave it",
}


class KeyCap(QLabel):
    """An option's number key, a square that fits its digit at any text size."""

    def sizeHint(self) -> QSize:
        side = max(px(self.font(), 22), super().sizeHint().height())
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class OptionButton(QPushButton):
    """A checkable, full-width button whose label wraps (QPushButton's own text cannot)."""

    def __init__(self, number: int, option: Option, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.option = option
        self.setObjectName("optionButton")
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        verb = VERBS.get(option.action, option.action.title())
        self.setAccessibleName(f"Option {number}: {option.label}")
        self.setAccessibleDescription(f"{verb}. Press {number} to choose it.")
        self.setToolTip(f"{verb} — press {number}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        row = self._row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 8)
        row.setSpacing(10)
        key = KeyCap(str(number), self)
        key.setObjectName("optionKey")
        key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        key.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        glyph = QLabel(self)
        icons.Tint(glyph, icons.ACTION_ICONS.get(option.action, "post"), "accent")
        text = QLabel(option.label, self)
        text.setObjectName("optionLabel")
        text.setTextFormat(Qt.TextFormat.PlainText)  # a scenario's words, never markup
        text.setWordWrap(True)
        for child in (key, glyph, text):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(key)
        row.addWidget(glyph)
        row.addWidget(text, 1)
        self._text = text

    def sizeHint(self) -> QSize:
        return self._row.sizeHint().expandedTo(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wrapped label allows (a push button's own is its full size hint)."""
        return self._row.minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._row.totalHeightForWidth(width)
