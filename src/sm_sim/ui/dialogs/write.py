"""WriteDialog: the trainee writes a post, a reply, a quote or a message of their own, with
no decision asking for it. It is not modal: the feed keeps moving while they write, as it
would on the real thing. ``submit`` gets the text when they post it and says whether it went
out; a refused post keeps the dialog open with the words still in it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..kit.theme import PLAIN

POST_LIMIT, MESSAGE_LIMIT = 280, 2000


class WriteDialog(QDialog):
    def __init__(self, title: str, submit: Callable[[str], bool], context: str = "",
                 send: str = "", limit: int = POST_LIMIT, parent: QWidget | None = None,
                 posting: bool | None = None) -> None:
        """``send`` is the send button's words (Post); ``posting``: a post of their own or a
        quote ("What do you want to say?"), not an answer to someone (as when ``send`` is
        the default)."""
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(title)
        self.setObjectName("writeDialog")
        self.limit = limit
        layout = QVBoxLayout(self)
        self.context = QLabel(context, self, objectName="writeContext", wordWrap=True, textFormat=PLAIN)
        self.context.setVisible(bool(context))
        layout.addWidget(self.context)
        self.editor = QPlainTextEdit(self, objectName="writeEditor")
        if posting is None:
            posting = not send
        self.editor.setPlaceholderText(self.tr("What do you want to say?") if posting
                                       else self.tr("Write a message"))
        self.editor.setAccessibleName(title)
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(110)
        layout.addWidget(self.editor, 1)
        self.counter = QLabel(self, objectName="charCount")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.counter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        # Qt's own words for it have no Welsh catalogue
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.send = buttons.addButton(send or self.tr("Post"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send.setObjectName("sendButton")
        self.send.setToolTip("Ctrl+Enter")
        buttons.accepted.connect(self._on_send)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.editor.installEventFilter(self)  # Ctrl+Enter sends, as in the decision panel
        self.editor.textChanged.connect(self._on_text_changed)
        self._on_text_changed()
        self.resize(460, 260)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.editor and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self._on_send()
            return True
        return super().eventFilter(watched, event)

    def text(self) -> str:
        return str(self.editor.toPlainText())

    def _on_text_changed(self) -> None:
        length = len(self.text())
        self.counter.setText(f"{length} / {self.limit}")
        self.counter.setProperty("over", length > self.limit)
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)
        self.send.setEnabled(bool(self.text().strip()) and length <= self.limit)

    def _on_send(self) -> None:
        if not self.send.isEnabled():
            return
        if self.submit(self.text()):
            self.accept()
