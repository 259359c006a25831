"""JoinBox: on the start screen, the way into a trainer's classroom session — a join code
and a Join button; once in, what the session plays and whether the trainer has started it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...records.classroom import CODE_LENGTH, SessionDoc, SessionError, normal_code
from ...records.times import iso, parse_iso, utc_now
from ..kit.language import QT_TRANSLATE_NOOP, translate

HELP = QT_TRANSLATE_NOOP("JoinBox", "In a classroom? Type the join code your trainer shows, then Join.")


def spaced(code: str) -> str:
    """``K7M2QX`` as it is easiest to read out: ``K7M 2QX``."""
    return f"{code[:3]} {code[3:]}"


def waiting_text(doc: SessionDoc) -> str:
    """Why the recruit may not start yet, in the language spoken; "" once they may."""
    if doc.waiting(iso(utc_now())) is None:
        return ""
    if doc.hold and not doc.released:
        return translate("JoinBox", "The trainer will start the session when everyone has joined.")
    assert doc.start_at is not None
    when = QLocale().toString(parse_iso(doc.start_at).astimezone().time(), QLocale.FormatType.ShortFormat)
    return translate("JoinBox", "The session starts at {time}.").format(time=when)


class JoinBox(QFrame):
    join_requested = Signal(str)  # the code, in its one written form
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="modeCard")
        self.setAccessibleName(self.tr("Classroom session"))
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        title = QLabel(self.tr("Classroom &join code"), self, objectName="sectionTitle")
        self.code = QLineEdit(self, objectName="joinCode")
        self.code.setPlaceholderText(self.tr("e.g. K7M 2QX"))
        self.code.setMaxLength(CODE_LENGTH + 3)
        self.code.setAccessibleName(self.tr("Classroom join code"))
        self.code.setAccessibleDescription(self.tr(HELP))
        self.code.returnPressed.connect(self._on_join_clicked)
        title.setBuddy(self.code)  # Alt+J
        self.join_button = QPushButton(self.tr("Join"), self, objectName="secondaryButton")
        self.join_button.setAccessibleName(self.tr("Join the classroom session"))
        self.join_button.clicked.connect(self._on_join_clicked)
        self.leave_button = QPushButton(self.tr("Leave the session"), self, objectName="secondaryButton")
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
        self.status = QLabel(self.tr(HELP), self, objectName="muted", wordWrap=True)
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
        self.say(self.tr("Looking for session {code}…").format(code=spaced(code)))
        self.join_requested.emit(code)

    def say(self, text: str, ok: bool = True) -> None:
        self.status.setObjectName("muted" if ok else "warnText")
        self.status.style().polish(self.status)
        self.status.setText(text)

    def failed(self, why: str) -> None:
        self.join_button.setEnabled(True)
        self.say(self.tr("Could not join: {why}").format(why=why), False)

    def show_session(self, doc: SessionDoc, title: str) -> None:
        """In the session: what it plays and whether it has started."""
        self.code.setText(spaced(doc.code))
        self.code.setReadOnly(True)
        self.join_button.hide()
        self.leave_button.show()
        waiting = waiting_text(doc)
        mode = self.tr("assessment") if doc.mode == "assessment" else self.tr("practice")
        said = (self.tr("You are in session {code} with {trainer}: {title}, {mode}.")
                if doc.trainer else self.tr("You are in session {code}: {title}, {mode}."))
        self.say(said.format(code=spaced(doc.code), trainer=doc.trainer, title=title, mode=mode)
                 + " " + (waiting or self.tr("It has started.")))

    def clear(self) -> None:
        self.code.clear()
        self.code.setReadOnly(False)
        self.join_button.setEnabled(True)
        self.join_button.show()
        self.leave_button.hide()
        self.say(self.tr(HELP))
