"""The trainer's inject: a message sent to every recruit's work inbox mid-session (who it is
from, its subject, what it says). Plain text, checked as it is typed; ``InjectDialog.ask`` is
the seam tests replace, so no modal loop runs in a test."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...records.classroom import MAX_TEXT, Inject
from ..kit.theme import PLAIN

SENDER_LIMIT, SUBJECT_LIMIT = 60, 120


@dataclass(frozen=True)
class InjectDraft:
    sender: str
    subject: str
    text: str

    def problem(self) -> str:
        """What stops it going ("" when nothing does)."""
        for what, value, limit in (("who it is from", self.sender, SENDER_LIMIT),
                                   ("a subject", self.subject, SUBJECT_LIMIT),
                                   ("a message", self.text, MAX_TEXT)):
            if not value.strip():
                return f"Write {what}."
            if len(value) > limit:
                return f"Shorten {what}: {len(value)} characters, at most {limit}."
        return ""

    def inject(self, sent: str) -> Inject:
        return Inject(f"trainer-{uuid.uuid4().hex[:12]}", sent, self.sender.strip(),
                      self.subject.strip(), self.text.strip())


class InjectDialog(QDialog):
    def __init__(self, sender: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Send an inject to everyone")
        self.setMinimumWidth(520)
        column = QVBoxLayout(self)
        column.addWidget(QLabel("It arrives in every recruit's work inbox at once (a laptop off "
                                "the network gets it when it is back), and stays in each "
                                "attempt's record.", self, objectName="muted", wordWrap=True))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.from_field = QLineEdit(sender or "Control room", self)
        self.subject_field = QLineEdit(self, placeholderText="e.g. The Echo is calling")
        self.message_field = QPlainTextEdit(self)
        self.message_field.setPlaceholderText("What the message says")
        self.message_field.setTabChangesFocus(True)
        self.message_field.setMinimumHeight(120)
        form.addRow("From", self.from_field)
        form.addRow("Subject", self.subject_field)
        form.addRow("Message", self.message_field)
        column.addLayout(form)
        self.problem = QLabel("", self, objectName="warnText", wordWrap=True, textFormat=PLAIN)
        column.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        # named before it joins the box: a button's style is fixed when the box takes it
        self.send = QPushButton("Send to everyone", self, objectName="primaryButton")
        self.buttons.addButton(self.send, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        for field in (self.from_field, self.subject_field):
            field.textChanged.connect(self._check)
        self.message_field.textChanged.connect(self._check)
        self._check()

    def draft(self) -> InjectDraft:
        return InjectDraft(self.from_field.text(), self.subject_field.text(),
                           self.message_field.toPlainText())

    def _check(self) -> None:
        problem = self.draft().problem()
        typed = bool(self.subject_field.text() or self.message_field.toPlainText())
        self.problem.setText(problem if typed else "")
        self.send.setEnabled(not problem)

    @staticmethod
    def ask(parent: QWidget | None, sender: str = "") -> InjectDraft | None:
        dialog = InjectDialog(sender, parent)
        return dialog.draft() if dialog.exec() else None
