"""Announcements: what a screen reader should say when something changes away from the focus
(the countdown running low, a gauge moving, a message arriving), without moving the focus
there. Qt's announcement event becomes AT-SPI's ``Announcement`` signal on Linux and the
platform's own on Windows and macOS; nothing is built when no assistive technology listens.

``announcer().said`` repeats each one, for tests and anything else that wants to hear."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


class Announcer(QObject):
    said = Signal(str, bool)  # the words, and whether they interrupt (assertive)


_announcer: Announcer | None = None


def announcer() -> Announcer:
    global _announcer
    if _announcer is None:
        _announcer = Announcer()
    return _announcer


def announce(source: QObject, text: str, urgent: bool = False) -> None:
    """Have ``text`` said for ``source`` (the widget that changed): politely, after whatever
    is being read, or at once when ``urgent``."""
    announcer().said.emit(text, urgent)
    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if urgent
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
