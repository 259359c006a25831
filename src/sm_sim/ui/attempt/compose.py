"""ComposePanel: the open decision — prompt, choices, the words that will go out, send.

Choosing is two steps, like a real app: pick an option (click, or its number key),
read or write what will be posted, say how sure you are, then send (Ctrl+Enter).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import pairwise

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.timing import AS_WRITTEN
from ...scenario.model import Decision, Option
from ..kit import icons
from ..kit.announce import announce
from ..kit.appearance import notifier
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.spoken import duration, limits_words
from ..kit.theme import PLAIN
from .confidence import ConfidencePicker
from .countdown import Countdown
from .options import OptionButton, verb

LIMIT = 280
EDITOR_LINES = 4
IDLE = QT_TRANSLATE_NOOP("ComposePanel", "Nothing needs you right now. Keep an eye on the feed, "
                         "your messages and the work inbox.")


class ComposePanel(QFrame):
    act_requested = Signal(str, object, object)  # option id, text | None, confidence | None
    content_changed = Signal()  # the panel grew or shrank (a decision opened, an option shown)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composePanel")
        self.decision: Decision | None = None
        self.deadline: float | None = None
        self.target_text: Callable[[Option], str] = default_target_text
        self.focus_after: QWidget = self  # the decision's controls come next in the Tab order
        self._buttons: list[OptionButton] = []
        layout = self.body = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.title = QLabel(self.tr("Your move"), self, objectName="panelTitle")
        self.countdown = Countdown(self)
        # Adjusted time limits, beside the countdown (which counts the adjusted time) or in
        # its place when they are off; only for a decision the scenario gives a time limit.
        self.time_limits = AS_WRITTEN
        self.limits_note = QLabel(self, objectName="limitsNote")
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.limits_note)
        top.addWidget(self.countdown)
        layout.addLayout(top)
        self.prompt = QLabel(self.tr(IDLE), self, objectName="prompt", wordWrap=True, textFormat=PLAIN)
        self.hint = QLabel(self, objectName="hint", wordWrap=True, textFormat=PLAIN)
        self.options_box = QVBoxLayout()
        self.options_box.setSpacing(6)
        self.draft_label = QLabel(self, objectName="draftTarget", wordWrap=True, textFormat=PLAIN)
        self.draft = QLabel(self, objectName="draft", wordWrap=True, textFormat=PLAIN)
        self.draft.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editor = QPlainTextEdit(self, objectName="composeEditor")
        self.editor.setAccessibleName(self.tr("Your reply"))
        self.editor.setTabChangesFocus(True)
        self._fit_editor()
        notifier().changed.connect(self._fit_editor)
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.counter = QLabel(self, objectName="counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.confidence = ConfidencePicker(self)
        self.send = QPushButton(self.tr("Send"), self, objectName="sendButton")
        self.send.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.send.clicked.connect(self.submit)
        icons.Tint(self.send, "send", "accent_text", 16)
        for widget in (self.prompt, self.hint):
            layout.addWidget(widget)
        layout.addLayout(self.options_box)
        for widget in (self.draft_label, self.draft, self.editor, self.counter, self.confidence):
            layout.addWidget(widget)
        layout.addWidget(self.send, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.close_decision()

    def _fit_editor(self, _appearance: object = None) -> None:
        """Four lines of the reply box, at any text size."""
        lines = self.editor.fontMetrics().lineSpacing() * EDITOR_LINES
        self.editor.setFixedHeight(max(96, lines + 2 * self.editor.frameWidth() + 16))

    # -- opening and closing ----------------------------------------------------------------
    def open_decision(self, decision: Decision, deadline: float | None, hints: bool,
                      now: float | None = None) -> None:
        """Show ``decision`` (its time running out at ``deadline``) and say it has opened:
        the focus stays where the trainee is reading."""
        self.close_decision()
        self.decision, self.deadline = decision, deadline
        self._note_limits(decision)
        self.prompt.setText(decision.prompt)
        self.hint.setText(self.tr("Hint: {hint}").format(hint=decision.hint)
                          if hints and decision.hint else "")
        self.hint.setVisible(bool(self.hint.text()))
        for number, option in enumerate(decision.options, start=1):
            button = OptionButton(number, option, self)
            # No QButtonGroup: Tab would then reach only one button of it (arrows for the
            # rest). ``select`` keeps one option chosen. Toggled, not clicked: a screen
            # reader's Toggle action checks the button without a click.
            button.toggled.connect(partial(self._on_option_toggled, number))
            self.options_box.addWidget(button)
            button.show()  # now, not when the layout gets round to it: the panel is measured next
            self._buttons.append(button)
        # New buttons join the end of the window's focus chain: put them in reading order,
        # after the panel's own place in it.
        chain = [self.focus_after, *self._buttons, self.editor, *self.confidence.buttons(), self.send]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.title.setText(self.tr("Your move"))
        self.setProperty("active", True)
        self._restyle()
        self.content_changed.emit()
        if now is not None:
            self.set_now(now)
            said = self.tr("Your move: {prompt}").format(prompt=decision.prompt)
            if deadline is not None:
                said += " " + self.tr("{time} to decide.").format(time=duration(deadline - now))
            announce(self, said)

    def close_decision(self, note: str = "") -> None:
        """Back to watching the feed; ``note`` says what just happened (a time-out) until the
        next decision opens."""
        for button in self._buttons:
            button.deleteLater()
        self._buttons.clear()
        self.decision = self.deadline = None
        self.title.setText(self.tr("Time ran out") if note else self.tr("Watching the feed"))
        self.prompt.setText(f"{note}\n\n{self.tr(IDLE)}" if note else self.tr(IDLE))
        self.countdown.stop()
        self.limits_note.hide()
        self.editor.clear()
        self.confidence.clear()
        for widget in (self.hint, self.draft_label, self.draft, self.editor, self.counter,
                       self.confidence, self.send):
            widget.hide()
        self.setProperty("active", False)
        self._restyle()
        self.content_changed.emit()

    def _note_limits(self, decision: Decision) -> None:
        limits = self.time_limits
        shown = limits.adjusted and decision.time_limit is not None
        self.limits_note.setVisible(shown)
        if not shown:
            return
        self.limits_note.setText(self.tr("No time limit") if limits.off
                                 else self.tr("{factor} time").format(factor=limits.label))
        said = self.tr("Time limits {words} for this attempt").format(words=limits_words(limits))
        self.limits_note.setAccessibleName(said)
        self.limits_note.setToolTip(self.tr("{said}: your score is worked out as usual").format(
            said=said))

    def _restyle(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)

    # -- choosing ---------------------------------------------------------------------------
    @property
    def options(self) -> tuple[Option, ...]:
        return self.decision.options if self.decision else ()

    def selected(self) -> Option | None:
        return next((b.option for b in self._buttons if b.isChecked()), None)

    def select(self, number: int) -> bool:
        """Choose option ``number`` (1-based), as its number key does."""
        if not 1 <= number <= len(self._buttons):
            return False
        for index, button in enumerate(self._buttons, start=1):
            with QSignalBlocker(button):
                button.setChecked(index == number)
        self._show_option(self._buttons[number - 1].option)
        return True

    def _on_option_toggled(self, number: int, checked: bool) -> None:
        """A click, Space or a Toggle action: that option is the choice. A chosen option is
        not unchosen by toggling it again, only by choosing another."""
        if checked or self.selected() is None:
            self.select(number)

    def select_id(self, option_id: str) -> bool:
        ids = [o.id for o in self.options]
        return option_id in ids and self.select(ids.index(option_id) + 1)

    def _show_option(self, option: Option) -> None:
        does = verb(option.action)
        self.draft_label.setText(self.target_text(option))
        self.draft_label.setVisible(bool(self.draft_label.text()))
        self.draft.setText(option.text or "")
        self.draft.setVisible(bool(option.text) and not option.free_text)
        self.editor.setVisible(option.free_text)
        self.counter.setVisible(option.free_text)
        self.editor.setPlaceholderText(option.placeholder or self.tr("Write your reply…"))
        self.confidence.show()
        self.send.setText(does)
        # the words on it first
        self.send.setAccessibleName(self.tr("{verb}: send your choice").format(verb=does))
        self.send.show()
        if option.free_text:
            self.editor.setFocus()
        self._update_send()
        self.content_changed.emit()

    # -- writing ----------------------------------------------------------------------------
    def _on_editor_text_changed(self) -> None:
        length = len(self.editor.toPlainText())
        self.counter.setText(f"{length} / {LIMIT}")
        self.counter.setProperty("over", length > LIMIT)
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)
        self._update_send()

    def _update_send(self) -> None:
        option = self.selected()
        text = self.editor.toPlainText().strip()
        ready = option is not None and (not option.free_text or 0 < len(text) <= LIMIT)
        self.send.setEnabled(ready)

    def submit(self) -> bool:
        """Send the chosen option (Ctrl+Enter); False when nothing is ready to send."""
        option = self.selected()
        if option is None or not self.send.isEnabled():
            return False
        text = self.editor.toPlainText().strip() if option.free_text else None
        self.act_requested.emit(option.id, text, self.confidence.value())
        return True

    def type_text(self, text: str) -> None:
        self.editor.setPlainText(text)

    # -- time -------------------------------------------------------------------------------
    def set_now(self, now: float) -> None:
        if self.deadline is None:
            self.countdown.stop()
        else:
            self.countdown.show_left(self.deadline, now)


def default_target_text(option: Option) -> str:
    if option.action == "dm" and option.to:
        return translate("ComposePanel", "Direct message")
    if option.action in ("reply", "quote") and option.target:
        return (translate("ComposePanel", "Your reply") if option.action == "reply"
                else translate("ComposePanel", "Your quote-post"))
    if option.action == "post":
        return translate("ComposePanel", "Your post")
    return ""
