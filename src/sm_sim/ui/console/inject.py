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
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.theme import PLAIN

CONTEXT = "InjectDialog"  # for the texts marked by QT_TRANSLATE_NOOP (lupdate reads only literals)
SENDER_LIMIT, SUBJECT_LIMIT = 60, 120
# What stops an inject going, per field: (left empty, too long), whole sentences for Welsh.
MISSING = {
    "sender": (QT_TRANSLATE_NOOP("InjectDialog", "Write who it is from."),
               QT_TRANSLATE_NOOP("InjectDialog",
                                 "Shorten who it is from: {count} characters, at most {limit}.")),
    "subject": (QT_TRANSLATE_NOOP("InjectDialog", "Write a subject."),
                QT_TRANSLATE_NOOP("InjectDialog", "Shorten a subject: {count} characters, at most {limit}.")),
    "text": (QT_TRANSLATE_NOOP("InjectDialog", "Write a message."),
             QT_TRANSLATE_NOOP("InjectDialog", "Shorten a message: {count} characters, at most {limit}.")),
}


@dataclass(frozen=True)
class InjectDraft:
    sender: str
    subject: str
    text: str

    def problem(self) -> str:
        """What stops it going ("" when nothing does)."""
        for what, value, limit in (("sender", self.sender, SENDER_LIMIT),
                                   ("subject", self.subject, SUBJECT_LIMIT),
                                   ("text", self.text, MAX_TEXT)):
            empty, long = MISSING[what]
            if not value.strip():
                return translate(CONTEXT, empty)
            if len(value) > limit:
                return translate(CONTEXT, long).format(count=len(value), limit=limit)
        return ""

    def inject(self, sent: str) -> Inject:
        return Inject(f"trainer-{uuid.uuid4().hex[:12]}", sent, self.sender.strip(),
                      self.subject.strip(), self.text.strip())


class InjectDialog(QDialog):
    def __init__(self, sender: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("InjectDialog", "Send an inject to everyone"))
        self.setMinimumWidth(520)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(translate("InjectDialog", "It arrives in every recruit's work inbox at once "
                                                          "(a laptop off the network gets it when it is "
                                                          "back), and stays in each attempt's record."),
                                self, objectName="muted", wordWrap=True))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.from_field = QLineEdit(sender or translate("InjectDialog", "Control room"), self)
        self.subject_field = QLineEdit(self, placeholderText=translate("InjectDialog",
                                                                       "e.g. The Echo is calling"))
        self.message_field = QPlainTextEdit(self)
        self.message_field.setPlaceholderText(translate("InjectDialog", "What the message says"))
        self.message_field.setTabChangesFocus(True)
        self.message_field.setMinimumHeight(120)
        form.addRow(translate("InjectDialog", "From"), self.from_field)
        form.addRow(translate("InjectDialog", "Subject"), self.subject_field)
        form.addRow(translate("InjectDialog", "Message"), self.message_field)
        column.addLayout(form)
        self.problem = QLabel("", self, objectName="warnText", wordWrap=True, textFormat=PLAIN)
        column.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("InjectDialog", "Cancel"))  # Qt has no Welsh of its own
        # named before it joins the box: a button's style is fixed when the box takes it
        self.send = QPushButton(translate("InjectDialog", "Send to everyone"), self,
                                objectName="primaryButton")
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
