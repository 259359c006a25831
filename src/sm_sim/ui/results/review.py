"""ReviewDialog: a trainer goes through the written answers of the attempts chosen in the
Results view, sees each flag the detectors raised with the words that raised it, confirms
or overturns it with a reason, and adds one they missed. "Save rulings" records them in
each attempt (``records.review``): the score follows, and the attempt still verifies.

Nothing typed is lost: a ruling that cannot stand says why and the dialog stays open.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...records import read_attempt
from ...records.attempt import Attempt, AttemptError
from ...records.review import Answer, ReviewError, answers, review_attempt
from ...scenario.model import FLAGS
from ...scoring.debrief import FlagRuling, Ruling
from ..kit.background import explain
from ..kit.flags import finding_text, flag_title, written_in
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.theme import PLAIN

# The dialog's words are catalogued under "ReviewDialog" (written out: lupdate reads only a
# literal context); the answers, the prompts, the detectors' findings and the records' own
# error text stay as they are.
NO_RULING = QT_TRANSLATE_NOOP("ReviewDialog", "No ruling")
CHOICES: dict[str, Ruling] = {QT_TRANSLATE_NOOP("ReviewDialog", "Confirm"): "confirmed",
                              QT_TRANSLATE_NOOP("ReviewDialog", "Overturn"): "overturned"}
def _label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label: QLabel = QLabel(text, parent, objectName=name, wordWrap=True, textFormat=PLAIN)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


@dataclass
class _FlagRow:
    flag: str
    choice: QComboBox
    reason: QLineEdit


class AnswerCard(QFrame):
    """One written answer: its words, what the detectors said and why, and the rulings."""

    def __init__(self, attempt: Attempt, answer: Answer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionCard")
        self.answer = answer
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        h = attempt.header
        column.addWidget(_label(f"{h.trainee} · {h.scenario_title or h.scenario} · {answer.decision}",
                                self, "cardMeta"))
        column.addWidget(_label(answer.prompt, self, "cardPrompt"))
        column.addWidget(_label(f"“{answer.text}”", self, "quoteText"))
        evidence = [f for f in answer.findings if not f.startswith("signposting")] or list(answer.findings)
        if evidence:
            why = [translate("ReviewDialog", "Why the detectors flagged it:"),
                   *(f"• {finding_text(f)}" for f in evidence)]
            column.addWidget(_label("\n".join(why), self, "muted"))
        grid = QGridLayout()
        self.rows: list[_FlagRow] = []
        for row, flag in enumerate(answer.flags):
            title = flag_title(flag)
            choice = QComboBox(self, objectName=f"ruling_{flag}")
            choice.addItem(translate("ReviewDialog", NO_RULING), "")
            for text, ruling in CHOICES.items():
                choice.addItem(translate("ReviewDialog", text), ruling)
            choice.setAccessibleName(translate("ReviewDialog", "Ruling on {flag}").format(flag=title))
            reason = QLineEdit(self, objectName=f"reason_{flag}",
                               placeholderText=translate("ReviewDialog", "Reason (needed to overturn)"))
            reason.setAccessibleName(translate("ReviewDialog", "Reason for the ruling on {flag}").format(
                flag=title))
            grid.addWidget(_label(title, self), row, 0)
            grid.addWidget(choice, row, 1)
            grid.addWidget(reason, row, 2)
            self.rows.append(_FlagRow(flag, choice, reason))
        self.read: QCheckBox | None = None
        if answer.awaiting_review:  # in a language the detectors do not read
            said = translate("ReviewDialog", "Written {in_language}: the detectors did not read it, so "
                                             "it has earned nothing yet. Read it, add any flag it "
                                             "deserves, and tick that you have read it.")
            grid.addWidget(_label(said.format(in_language=written_in(answer.language)), self,
                                  "warnText"), 0, 0, 1, 3)
            self.read = QCheckBox(translate("ReviewDialog", "I have read it: score it with the flags I give"),
                                  self, objectName="readIt")
            grid.addWidget(self.read, 1, 0, 1, 3)
        elif not answer.flags:
            grid.addWidget(_label(translate("ReviewDialog", "No flags were raised."), self, "muted"),
                           0, 0, 1, 3)
        missing = [f for f in FLAGS if f not in answer.flags]
        self.add = QComboBox(self, objectName="addFlag")
        self.add.addItem(translate("ReviewDialog", "Add a flag it missed…"), "")
        for flag in missing:
            self.add.addItem(flag_title(flag), flag)
        self.add.setAccessibleName(translate("ReviewDialog", "Add a flag the detectors missed"))
        self.add_reason = QLineEdit(self, objectName="addReason",
                                    placeholderText=translate("ReviewDialog", "Why it applies"))
        self.add_reason.setAccessibleName(translate("ReviewDialog", "Reason for the added flag"))
        at = grid.rowCount()
        grid.addWidget(self.add, at, 0, 1, 2)
        grid.addWidget(self.add_reason, at, 2)
        grid.setColumnStretch(2, 1)
        column.addLayout(grid)

    def rulings(self) -> list[FlagRuling]:
        decision = self.answer.decision
        found = [FlagRuling(decision, row.flag, row.choice.currentData(), row.reason.text().strip())
                 for row in self.rows if row.choice.currentData()]
        if self.add.currentData():
            found.append(FlagRuling(decision, str(self.add.currentData()), "added",
                                    self.add_reason.text().strip()))
        if self.read is not None and (self.read.isChecked() or found):
            found.append(FlagRuling(decision, "", "read"))  # adding a flag is reading it too
        return found


class ReviewDialog(QDialog):
    saved = Signal(int)  # how many attempts were reviewed

    def __init__(self, paths: list[Path], reviewer: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReviewDialog", "Review written answers"))
        self.setObjectName("reviewDialog")
        self.cards: list[tuple[Path, AnswerCard]] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.reviewer = QLineEdit(reviewer, self, objectName="reviewer")
        self.reviewer.setPlaceholderText(translate("ReviewDialog", "Your name, as it goes on the record"))
        form.addRow(translate("ReviewDialog", "Reviewer"), self.reviewer)
        layout.addLayout(form)
        page = QWidget(self)
        column = QVBoxLayout(page)
        skipped = []
        for path in paths:
            try:
                attempt = read_attempt(path)
            except AttemptError as err:
                skipped.append(explain(err))
                continue
            for answer in answers(attempt) if attempt.status == "finished" else []:
                card = AnswerCard(attempt, answer, page)
                column.addWidget(card)
                self.cards.append((path, card))
        if not self.cards:
            column.addWidget(_label(translate("ReviewDialog", "The attempts chosen have no finished "
                                                              "written answers to review."), page, "muted"))
        column.addStretch(1)
        scroll = QScrollArea(self, widgetResizable=True)
        scroll.setWidget(page)
        layout.addWidget(scroll, 1)
        self.problem = _label("\n".join(skipped), self, "warnText")
        self.problem.setVisible(bool(skipped))
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        # Qt's own words for it have no Welsh catalogue
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("ReviewDialog", "Close"))
        self.save = buttons.addButton(translate("ReviewDialog", "Save rulings"),
                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("sendButton")
        self.save.setEnabled(bool(self.cards))
        buttons.accepted.connect(self.save_rulings)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 640)

    def save_rulings(self) -> bool:
        """Record every ruling made, attempt by attempt; on a problem, say it and keep all
        that was typed (rulings already saved for earlier attempts stay saved)."""
        by_path: dict[Path, list[FlagRuling]] = {}
        for path, card in self.cards:
            by_path.setdefault(path, []).extend(card.rulings())
        wanted = {p: r for p, r in by_path.items() if r}
        if not wanted:
            return self._say(translate("ReviewDialog", "Choose Confirm or Overturn for a flag, or add "
                                                       "one, first."))
        done = 0
        for path, rulings in wanted.items():
            try:
                review_attempt(path, self.reviewer.text(), rulings)
            except (ReviewError, AttemptError) as err:
                if done:
                    self.saved.emit(done)
                return self._say(explain(err))
            done += 1
        self.saved.emit(done)
        self.accept()
        return True

    def _say(self, text: str) -> bool:
        self.problem.setText(text)
        self.problem.setVisible(True)
        return False
