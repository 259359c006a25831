"""One choice of an open decision: an icon for its action, its number key and its label."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ...scenario.model import Action, Option
from ..kit import icons
from ..kit.appearance import px
from ..kit.language import QT_TRANSLATE_NOOP, translate

VERBS: dict[Action, str] = {  # shown with ``verb``
    "reply": QT_TRANSLATE_NOOP("OptionButton", "Reply"),
    "quote": QT_TRANSLATE_NOOP("OptionButton", "Quote"),
    "post": QT_TRANSLATE_NOOP("OptionButton", "Post"),
    "like": QT_TRANSLATE_NOOP("OptionButton", "Like"),
    "repost": QT_TRANSLATE_NOOP("OptionButton", "Repost"),
    "delete": QT_TRANSLATE_NOOP("OptionButton", "Delete"),
    "report": QT_TRANSLATE_NOOP("OptionButton", "Report"),
    "dm": QT_TRANSLATE_NOOP("OptionButton", "Send message"),
    "escalate": QT_TRANSLATE_NOOP("OptionButton", "Escalate"),
    "ignore": QT_TRANSLATE_NOOP("OptionButton", "Leave it"),
}


def verb(action: str) -> str:
    """What an option does, in a word or two, in the language installed."""
    english = VERBS.get(action)
    return translate("OptionButton", english) if english else action.title()


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
        does = verb(option.action)
        self.setAccessibleName(self.tr("Option {number}: {label}").format(number=number,
                                                                          label=option.label))
        self.setAccessibleDescription(self.tr("{verb}. Press {number} to choose it.").format(
            verb=does, number=number))
        self.setToolTip(self.tr("{verb} — press {number}").format(verb=does, number=number))
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
