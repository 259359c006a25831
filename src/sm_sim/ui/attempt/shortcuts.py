"""Keyboard use of an attempt: the keys the shortcuts sheet (F1) lists, and ``install``,
which binds them. Single keys give way to a text box that has the focus (Qt offers the key
to the focused editor first), so typing a reply never triggers them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ..dialogs.appearance import APPEARANCE_KEYS

HELP = (
    ("1 – 9", "choose an option"), ("Ctrl+Enter", "send"), ("J / K", "next / previous post"),
    ("L", "like the focused post"), ("R", "reply to the focused post"),
    ("T", "repost or quote the focused post"), ("Q", "quote the focused post"),
    ("B", "bookmark the focused post"), ("Shift+F10", "more: report, mute, block, delete, message"),
    ("N", "write a new post"), (".", "back to the newest posts"), ("P", "pause (Practice)"),
    ("Alt+1 – 4", "Home, Notifications, Messages, Profile"), ("Ctrl+I", "work inbox"),
    (APPEARANCE_KEYS, "appearance: theme, text size, reduced motion"),
)


def help_text() -> str:
    return "\n".join(f"{keys}: {what}" for keys, what in HELP)


def install(widget: QWidget, bindings: list[tuple[str, Callable[[], object]]]) -> list[QShortcut]:
    """Bind each key sequence to its action; they work wherever the focus is inside ``widget``."""
    made = []
    for keys, action in bindings:
        shortcut = QShortcut(QKeySequence(keys), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(action)
        made.append(shortcut)
    return made
