"""The countdown on an open decision: the time left, shown in a pill, named with the time in
words, and announced as it runs low — a screen reader hears it wherever the focus is."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ..kit.announce import announce
from ..kit.spoken import duration

WARNINGS = (60, 30, 10)  # seconds left at which a screen reader is told
URGENT = 20  # seconds left from which the pill turns red
INTERRUPT = 10  # seconds left from which the warning interrupts what is being read


class Countdown(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdown")
        self.setAccessibleName(self.tr("Time left to decide"))
        self.left: int | None = None  # whole seconds shown, None when nothing counts down

    def stop(self) -> None:
        """No decision open, or one without a time limit: no empty pill."""
        if self.left is not None or self.text():
            self.left = None
            self.clear()
            self.setAccessibleName(self.tr("Time left to decide"))
        self.hide()

    def show_left(self, deadline: float, now: float) -> None:
        left = max(0, int(deadline - now + 0.999))
        if left == self.left:
            return
        before, self.left = self.left, left
        self.setText(self.tr("{time} left").format(time=f"{left // 60}:{left % 60:02d}"))
        self.setAccessibleName(self.tr("Time left to decide: {time}").format(time=duration(left)))
        self.show()
        urgent = left <= URGENT
        if self.property("urgent") != urgent:
            self.setProperty("urgent", urgent)
            self.style().unpolish(self)
            self.style().polish(self)
        if before is not None and left > 0 and any(before > w >= left for w in WARNINGS):
            announce(self, self.tr("{time} left to decide").format(time=duration(left)),
                     urgent=left <= INTERRUPT)
