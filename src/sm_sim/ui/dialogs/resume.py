"""The question at start-up when attempts were left unfinished (a crash, a power cut, or
"keep it for later"): resume one where it stopped, give it up, or decide later."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...records import Unfinished
from ...records.times import local_time


@dataclass(frozen=True)
class ResumeChoice:
    attempt: Unfinished
    resume: bool  # False: give it up (marked abandoned, not scored)


def describe(item: Unfinished) -> str:
    minutes, seconds = divmod(int(item.sim_seconds), 60)
    taken = f"{item.decisions_taken} decision{'s' * (item.decisions_taken != 1)} taken"
    limits = f" · time limits {item.limits.words}" if item.limits.adjusted else ""
    return (f"{item.title or item.scenario} · {item.trainee} · {item.mode.title()}{limits}\n"
            f"started {local_time(item.started)} · stopped {minutes}:{seconds:02d} in · {taken}")


class ResumeDialog(QDialog):
    def __init__(self, unfinished: list[Unfinished], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Carry on where you stopped?")
        self.choice: ResumeChoice | None = None
        many = len(unfinished) > 1
        column = QVBoxLayout(self)
        column.addWidget(QLabel(
            "These attempts were not finished. Resume one and it carries on where it "
            "stopped, with the posts you had already seen." if many else
            "This attempt was not finished. Resume it and it carries on where it stopped, "
            "with the posts you had already seen.", self, wordWrap=True))
        self.list = QListWidget(self)
        self.list.setAccessibleName("Unfinished attempts")
        for item in unfinished:
            row = QListWidgetItem(describe(item), self.list)
            row.setData(Qt.ItemDataRole.UserRole, item)
        self.list.setCurrentRow(0)
        self.list.setMinimumWidth(520)
        rows = sum(self.list.sizeHintForRow(n) for n in range(min(5, self.list.count())))
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 4)
        column.addWidget(self.list)
        buttons = QHBoxLayout()
        self.give_up = QPushButton("Give it up", self, objectName="secondaryButton")
        self.give_up.setToolTip("Mark the attempt as abandoned: it is kept but never scored")
        later = QPushButton("Not now", self, objectName="secondaryButton")
        self.resume = QPushButton("Resume", self, objectName="primaryButton")
        self.resume.setDefault(True)
        self.give_up.clicked.connect(lambda: self._choose(False))
        self.resume.clicked.connect(lambda: self._choose(True))
        later.clicked.connect(self.reject)
        buttons.addWidget(self.give_up)
        buttons.addStretch(1)
        buttons.addWidget(later)
        buttons.addWidget(self.resume)
        column.addLayout(buttons)

    def _choose(self, resume: bool) -> None:
        row = self.list.currentItem()
        if row is not None:
            self.choice = ResumeChoice(row.data(Qt.ItemDataRole.UserRole), resume)
            self.accept()
