"""Keyboard use of an attempt: the keys the shortcuts sheet (F1) lists, and ``install``,
which binds them. Single keys give way to a text box that has the focus (Qt offers the key
to the focused editor first), so typing a reply never triggers them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ..dialogs.appearance import APPEARANCE_KEYS
from ..kit.language import QT_TRANSLATE_NOOP, translate

HELP = (  # shown with ``help_text``, in the language installed
    ("1 – 9", QT_TRANSLATE_NOOP("Shortcuts", "choose an option")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("Shortcuts", "send")),
    ("J / K", QT_TRANSLATE_NOOP("Shortcuts", "next / previous post")),
    ("L", QT_TRANSLATE_NOOP("Shortcuts", "like the focused post")),
    ("R", QT_TRANSLATE_NOOP("Shortcuts", "reply to the focused post")),
    ("T", QT_TRANSLATE_NOOP("Shortcuts", "repost or quote the focused post")),
    ("Q", QT_TRANSLATE_NOOP("Shortcuts", "quote the focused post")),
    ("B", QT_TRANSLATE_NOOP("Shortcuts", "bookmark the focused post")),
    ("Shift+F10", QT_TRANSLATE_NOOP("Shortcuts", "more: report, mute, block, delete, message")),
    ("N", QT_TRANSLATE_NOOP("Shortcuts", "write a new post")),
    (".", QT_TRANSLATE_NOOP("Shortcuts", "back to the newest posts")),
    ("P", QT_TRANSLATE_NOOP("Shortcuts", "pause (Practice)")),
    ("Alt+1 – 4", QT_TRANSLATE_NOOP("Shortcuts", "Home, Notifications, Messages, Profile")),
    ("Ctrl+I", QT_TRANSLATE_NOOP("Shortcuts", "work inbox")),
    (APPEARANCE_KEYS, QT_TRANSLATE_NOOP("Shortcuts", "appearance: theme, text size, reduced motion")),
)


def help_text() -> str:
    return "\n".join(f"{keys}: {translate('Shortcuts', what)}" for keys, what in HELP)


def install(widget: QWidget, bindings: list[tuple[str, Callable[[], object]]]) -> list[QShortcut]:
    """Bind each key sequence to its action; they work wherever the focus is inside ``widget``."""
    made = []
    for keys, action in bindings:
        shortcut = QShortcut(QKeySequence(keys), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(action)
        made.append(shortcut)
    return made
