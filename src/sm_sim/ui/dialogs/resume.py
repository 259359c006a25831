"""The question at start-up when attempts were left unfinished (a crash, a power cut, or
"keep it for later"): resume one where it stopped, give it up, or decide later."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
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
from ...records.times import local_time, parse_iso
from ..kit import language
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.spoken import limits_words

# The dialog's words are catalogued under "ResumeDialog" (written out: lupdate reads only a
# literal context); the scenario's title and the trainee's name stay as they are.
MODES = {"practice": QT_TRANSLATE_NOOP("ResumeDialog", "Practice"),
         "assessment": QT_TRANSLATE_NOOP("ResumeDialog", "Assessment")}


@dataclass(frozen=True)
class ResumeChoice:
    attempt: Unfinished
    resume: bool  # False: give it up (marked abandoned, not scored)


def _when(text: str) -> str:
    """When it started: ``21 Nov 2024 12:44`` (the month in Welsh when Welsh is spoken)."""
    if language.spoken() != "cy":
        return local_time(text)
    try:
        moment = parse_iso(text).astimezone()
    except ValueError:
        return text
    day = QDate(moment.year, moment.month, moment.day)
    return f"{language.WELSH.toString(day, 'dd MMM yyyy')} {moment:%H:%M}"


def describe(item: Unfinished) -> str:
    minutes, seconds = divmod(int(item.sim_seconds), 60)
    count = item.decisions_taken
    taken = (translate("ResumeDialog", "{count} decision taken") if count == 1 else
             translate("ResumeDialog", "{count} decisions taken")).format(count=count)
    mode = translate("ResumeDialog", MODES[item.mode]) if item.mode in MODES else item.mode.title()
    facts = [item.title or item.scenario, item.trainee, mode]
    if item.limits.adjusted:
        facts.append(translate("ResumeDialog", "time limits {words}").format(
            words=limits_words(item.limits)))
    stopped = translate("ResumeDialog", "started {time} · stopped {elapsed} in · {taken}").format(
        time=_when(item.started), elapsed=f"{minutes}:{seconds:02d}", taken=taken)
    return f"{' · '.join(facts)}\n{stopped}"


class ResumeDialog(QDialog):
    def __init__(self, unfinished: list[Unfinished], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ResumeDialog", "Carry on where you stopped?"))
        self.choice: ResumeChoice | None = None
        many = len(unfinished) > 1
        column = QVBoxLayout(self)
        column.addWidget(QLabel(
            translate("ResumeDialog", "These attempts were not finished. Resume one and it "
                                      "carries on where it stopped, with the posts you had "
                                      "already seen.") if many else
            translate("ResumeDialog", "This attempt was not finished. Resume it and it carries "
                                      "on where it stopped, with the posts you had already "
                                      "seen."), self, wordWrap=True))
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("ResumeDialog", "Unfinished attempts"))
        for item in unfinished:
            row = QListWidgetItem(describe(item), self.list)
            row.setData(Qt.ItemDataRole.UserRole, item)
        self.list.setCurrentRow(0)
        self.list.setMinimumWidth(520)
        rows = sum(self.list.sizeHintForRow(n) for n in range(min(5, self.list.count())))
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 4)
        column.addWidget(self.list)
        buttons = QHBoxLayout()
        self.give_up = QPushButton(translate("ResumeDialog", "Give it up"), self,
                                   objectName="secondaryButton")
        self.give_up.setToolTip(translate("ResumeDialog", "Mark the attempt as abandoned: it is "
                                                          "kept but never scored"))
        later = QPushButton(translate("ResumeDialog", "Not now"), self, objectName="secondaryButton")
        self.resume = QPushButton(translate("ResumeDialog", "Resume"), self, objectName="primaryButton")
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
