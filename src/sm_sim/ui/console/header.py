"""The top of the console: the join code, large enough to read from the back of the room, the
scenario and mode, the session's state and the count line; and the trainer's controls, each
enabled only when it can do something (Start now only while the start is held)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from ...records.classroom import SessionDoc
from ...records.times import local_time
from ..kit.flow import FlowLayout
from ..kit.icons import Tint
from ..kit.language import translate
from ..kit.theme import PLAIN
from .words import mode_text, session_state, shown_code


class SessionHeader(QFrame):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="card")
        grid = QGridLayout(self)
        grid.setContentsMargins(20, 12, 20, 12)
        grid.setHorizontalSpacing(28)
        grid.addWidget(QLabel(translate("Console", "Join code"), self, objectName="muted"), 0, 0)
        self.code = QLabel(shown_code(code), self, objectName="joinCode", textFormat=PLAIN)
        self.code.setAccessibleName(translate("Console", "Join code {code}").format(code=" ".join(code)))
        grid.addWidget(self.code, 1, 0, 3, 1)
        self.title = QLabel("", self, objectName="headline", wordWrap=True, textFormat=PLAIN)
        self.state = QLabel(session_state(None), self, wordWrap=True, textFormat=PLAIN)
        self.counts = QLabel("", self, objectName="countLine", wordWrap=True, textFormat=PLAIN)
        self.injects = QLabel("", self, objectName="muted", wordWrap=True, textFormat=PLAIN)
        for row, label in enumerate((self.title, self.state, self.counts, self.injects)):
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)

    def show_doc(self, doc: SessionDoc | None, title: str) -> None:
        mode = mode_text(doc.mode) if doc else ""
        self.title.setText(" · ".join(filter(None, (title, mode))))
        self.state.setText(session_state(doc))
        sent = doc.injects if doc else ()
        last = sent[-1] if sent else None
        self.injects.setText(
            translate("Console", "Injects sent: {count}; the last, “{subject}”, at {time}").format(
                count=len(sent), subject=last.subject, time=local_time(last.sent)[-5:])
            if last else translate("Console", "No injects sent yet."))

    def show_counts(self, line: str) -> None:
        self.counts.setText(line)
        self.counts.setAccessibleName(line)


class ControlBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        flow = FlowLayout(self, 10)
        self.start_now = self._button(translate("Console", "Start now"), "primaryButton",
                                      translate("Console", "Let everyone who has joined begin (the "
                                                           "start is held until you do)"))
        self.pause = self._button(translate("Console", "Pause everyone"), "secondaryButton",
                                  translate("Console", "Every laptop stops where it is until you resume"))
        self.pause_icon = Tint(self.pause, "pause", "text")
        self.inject = self._button(translate("Console", "Send inject…"), "secondaryButton",
                                   translate("Console", "A message to every recruit's work inbox"))
        self.debrief = self._button(translate("Console", "Class debrief"), "secondaryButton",
                                    translate("Console", "How the class answered, for the projector"))
        for button in (self.start_now, self.pause, self.inject, self.debrief):
            flow.add(button)
        self.show_doc(None)

    def _button(self, text: str, style: str, tip: str) -> QPushButton:
        button: QPushButton = QPushButton(text, self, objectName=style)
        button.setToolTip(tip)
        return button

    def show_doc(self, doc: SessionDoc | None) -> None:
        self.start_now.setEnabled(doc is not None and doc.hold and not doc.released)
        for button in (self.pause, self.inject):
            button.setEnabled(doc is not None)
        paused = doc is not None and doc.paused
        self.pause.setText(translate("Console", "Resume everyone") if paused
                           else translate("Console", "Pause everyone"))
        self.pause.setToolTip(translate("Console", "Every laptop goes on from where it stopped") if paused
                              else translate("Console", "Every laptop stops where it is until you resume"))
        self.pause_icon.show("play" if paused else "pause")
