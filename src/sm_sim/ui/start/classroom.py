"""JoinBox: on the start screen, the way into a trainer's classroom session — a join code
and a Join button; once in, what the session plays and whether the trainer has started it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...records.classroom import CODE_LENGTH, SessionDoc, SessionError, normal_code
from ...records.times import iso, utc_now

HELP = "In a classroom? Type the join code your trainer shows, then Join."


def spaced(code: str) -> str:
    """``K7M2QX`` as it is easiest to read out: ``K7M 2QX``."""
    return f"{code[:3]} {code[3:]}"


class JoinBox(QFrame):
    join_requested = Signal(str)  # the code, in its one written form
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="modeCard")
        self.setAccessibleName("Classroom session")
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        title = QLabel("Classroom &join code", self, objectName="sectionTitle")
        self.code = QLineEdit(self, objectName="joinCode")
        self.code.setPlaceholderText("e.g. K7M 2QX")
        self.code.setMaxLength(CODE_LENGTH + 3)
        self.code.setAccessibleName("Classroom join code")
        self.code.setAccessibleDescription(HELP)
        self.code.returnPressed.connect(self._on_join_clicked)
        title.setBuddy(self.code)  # Alt+J
        self.join_button = QPushButton("Join", self, objectName="secondaryButton")
        self.join_button.setAccessibleName("Join the classroom session")
        self.join_button.clicked.connect(self._on_join_clicked)
        self.leave_button = QPushButton("Leave the session", self, objectName="secondaryButton")
        self.leave_button.clicked.connect(self.leave_requested)
        self.leave_button.hide()
        # wide enough for "K7M 2QX" at any text size, not the whole row
        self.code.setMinimumWidth(self.code.fontMetrics().horizontalAdvance("W" * 9) + 24)
        row.addWidget(title)
        row.addWidget(self.code)
        row.addWidget(self.join_button)
        row.addWidget(self.leave_button)
        row.addStretch(1)
        column.addLayout(row)
        self.status = QLabel(HELP, self, objectName="muted", wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # the trainer's titles are text
        column.addWidget(self.status)

    def controls(self) -> list[QWidget]:
        """In reading order, for the screen's Tab chain."""
        return [self.code, self.join_button, self.leave_button]

    def _on_join_clicked(self) -> None:
        try:
            code = normal_code(self.code.text())
        except SessionError as err:
            self.say(f"{err}.", False)
            return
        self.join_button.setEnabled(False)
        self.say(f"Looking for session {spaced(code)}…")
        self.join_requested.emit(code)

    def say(self, text: str, ok: bool = True) -> None:
        self.status.setObjectName("muted" if ok else "warnText")
        self.status.style().polish(self.status)
        self.status.setText(text)

    def failed(self, why: str) -> None:
        self.join_button.setEnabled(True)
        self.say(f"Could not join: {why}", False)

    def show_session(self, doc: SessionDoc, title: str) -> None:
        """In the session: what it plays and whether it has started."""
        self.code.setText(spaced(doc.code))
        self.code.setReadOnly(True)
        self.join_button.hide()
        self.leave_button.show()
        waiting = doc.waiting(iso(utc_now()))
        who = f" with {doc.trainer}" if doc.trainer else ""
        self.say(f"You are in session {spaced(doc.code)}{who}: {title}, {doc.mode}. "
                 + (waiting or "It has started."))

    def clear(self) -> None:
        self.code.clear()
        self.code.setReadOnly(False)
        self.join_button.setEnabled(True)
        self.join_button.show()
        self.leave_button.hide()
        self.say(HELP)
