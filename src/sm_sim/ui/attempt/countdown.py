"""The countdown on an open decision: the time left, shown in a pill, named with the time in
words, and announced as it runs low — a screen reader hears it wherever the focus is."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ...engine.events import spoken_duration
from ..kit.announce import announce

NAME = "Time left to decide"
WARNINGS = (60, 30, 10)  # seconds left at which a screen reader is told
URGENT = 20  # seconds left from which the pill turns red
INTERRUPT = 10  # seconds left from which the warning interrupts what is being read


class Countdown(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdown")
        self.setAccessibleName(NAME)
        self.left: int | None = None  # whole seconds shown, None when nothing counts down

    def stop(self) -> None:
        """No decision open, or one without a time limit: no empty pill."""
        if self.left is not None or self.text():
            self.left = None
            self.clear()
            self.setAccessibleName(NAME)
        self.hide()

    def show_left(self, deadline: float, now: float) -> None:
        left = max(0, int(deadline - now + 0.999))
        if left == self.left:
            return
        before, self.left = self.left, left
        self.setText(f"{left // 60}:{left % 60:02d} left")
        self.setAccessibleName(f"{NAME}: {spoken_duration(left)}")
        self.show()
        urgent = left <= URGENT
        if self.property("urgent") != urgent:
            self.setProperty("urgent", urgent)
            self.style().unpolish(self)
            self.style().polish(self)
        if before is not None and left > 0 and any(before > w >= left for w in WARNINGS):
            announce(self, f"{spoken_duration(left)} left to decide", urgent=left <= INTERRUPT)
