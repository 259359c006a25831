"""A new classroom session, as a trainer asks for it: which scenario (or the course's whole
day, its scenarios in order), which mode, whether the start waits for them, and their name
(on every inject they send). ``ask_new_session`` is the
seam tests replace, so no modal loop runs in a test."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...records.names import LAUNCH_MODES
from ...scenario.course import Course
from ...scenario.library import Entry, course_of
from ..kit.language import spoken, translate
from .words import mode_text

# Its words are catalogued under "NewSessionDialog": translate("NewSessionDialog", ...).


@dataclass(frozen=True)
class NewSession:
    scenarios: tuple[str, ...]  # their ids, in the order played
    title: str
    mode: str
    hold: bool
    trainer: str


def playable(entries: list[Entry]) -> list[Entry]:
    """The scenarios a class can play (the first of each id, as the start screen has them)."""
    seen: set[str] = set()
    found = []
    for entry in entries:
        scenario = entry.loaded.scenario
        if entry.ok and scenario is not None and scenario.id not in seen:
            seen.add(scenario.id)
            found.append(entry)
    return found


class NewSessionDialog(QDialog):
    def __init__(self, entries: list[Entry], trainer: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewSessionDialog", "New classroom session"))
        self.setMinimumWidth(560)
        self.entries = playable(entries)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(translate(
            "NewSessionDialog", "Everyone in the room plays the same scenario on their own laptop (or "
                                "the whole day, one scenario after another). You get a join code to "
                                "put on the board and a console to watch the room from; the session "
                                "is kept in your Learning Record Store."), self, wordWrap=True))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.scenario = QComboBox(self)
        self.scenario.setAccessibleName(translate("NewSessionDialog", "Scenario"))
        self.course = _playable_course(entries, self.entries)
        if self.course is not None:
            count = len(self.course.scenario_ids())
            day = translate("NewSessionDialog", "The whole day: {title} ({count} scenarios, in order)")
            self.scenario.addItem(day.format(title=self.course.title, count=count),
                                  self.course.scenario_ids())
            self.scenario.insertSeparator(1)
        for entry in self.entries:
            assert entry.loaded.scenario is not None
            self.scenario.addItem(entry.title, (entry.loaded.scenario.id,))
        self.scenario.setCurrentIndex(2 if self.course is not None else 0)  # one scenario
        self.mode = QComboBox(self)
        for mode in LAUNCH_MODES:
            self.mode.addItem(mode_text(mode), mode)
        self.trainer = QLineEdit(trainer, self,
                                 placeholderText=translate("NewSessionDialog", "e.g. Sgt Rowe"))
        form.addRow(translate("NewSessionDialog", "Scenario"), self.scenario)
        form.addRow(translate("NewSessionDialog", "Mode"), self.mode)
        form.addRow(translate("NewSessionDialog", "Your name"), self.trainer)
        column.addLayout(form)
        self.hold = QCheckBox(translate("NewSessionDialog", "Hold the start until I press Start now"), self)
        self.hold.setChecked(True)
        column.addWidget(self.hold)
        column.addWidget(QLabel(translate("NewSessionDialog", "Recruits who join wait until you press it; a "
                                                              "session that is not held starts for each "
                                                              "recruit as they join."), self,
                                objectName="muted", wordWrap=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("NewSessionDialog", "Cancel"))  # Qt has no Welsh of its own
        # named before it joins the box: a button's style is fixed when the box takes it
        self.create_button = QPushButton(translate("NewSessionDialog", "Create session"), self,
                                         objectName="primaryButton")
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setEnabled(bool(self.entries))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def choice(self) -> NewSession:
        ids = tuple(self.scenario.currentData())
        title = (self.course.title if self.course is not None and len(ids) > 1
                 else self.scenario.currentText())
        return NewSession(ids, title, str(self.mode.currentData()), self.hold.isChecked(),
                          self.trainer.text().strip())


def _playable_course(entries: list[Entry], playable_entries: list[Entry]) -> Course | None:
    """The built-in course, if every scenario of it can be played here."""
    course = course_of(entries, language=spoken())
    have = {e.loaded.scenario.id for e in playable_entries if e.loaded.scenario is not None}
    return course if course is not None and set(course.scenario_ids()) <= have else None


def ask_new_session(parent: QWidget | None, entries: list[Entry], trainer: str) -> NewSession | None:
    dialog = NewSessionDialog(entries, trainer, parent)
    return dialog.choice() if dialog.exec() else None
