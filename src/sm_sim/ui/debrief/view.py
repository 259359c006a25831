"""The debrief: the outcome, score and pass/fail, the competency chart and the decision
timeline, and a "Keep a record" card. Its buttons appear only for what someone has
connected (no dead buttons): ``enable_exports`` with ``export_requested``, ``enable_send``
with ``send_requested``; ``show_records_status`` says how the last one went."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...engine.events import clock_text
from ...engine.timing import AS_WRITTEN, TimeLimits
from ...scoring.debrief import Debrief
from ..kit.appearance import notifier
from ..kit.brand import brand
from ..kit.flow import FlowLayout
from ..kit.language import QT_TRANSLATE_NOOP, say, translate
from ..kit.layouts import show_centred
from ..kit.spoken import limits_words
from ..kit.theme import PLAIN, current
from .charts import CompetencyChart, ScoreRing
from .decision_card import DecisionCard, ReactionCard

EXPORT_LABELS = {"pdf": QT_TRANSLATE_NOOP("DebriefView", "PDF debrief"), "csv": "CSV",
                 "json": QT_TRANSLATE_NOOP("DebriefView", "JSON transcript"),
                 "xapi": QT_TRANSLATE_NOOP("DebriefView", "xAPI statements")}
MODES = {"Practice": QT_TRANSLATE_NOOP("DebriefView", "Practice"),
         "Assessment": QT_TRANSLATE_NOOP("DebriefView", "Assessment")}


def said(text: str) -> str:
    """One of the debrief's fixed words in the language installed (else as it is)."""
    return translate("DebriefView", text)


def _export_order(name: str) -> int:
    order = list(EXPORT_LABELS)
    return order.index(name) if name in order else len(order)


CERTAINTY_NOTE = QT_TRANSLATE_NOOP(
    "DebriefView",
    "Certainty counts in this scenario: each answer you rated earned 3, 2 or 1 if "
    "right (sure, fairly sure, not sure) and cost 6, 2 or nothing if wrong, as a "
    "share of being sure and right every time.")


def limits_note(limits: TimeLimits) -> str:
    """What the debrief says of adjusted time limits."""
    words = limits_words(limits)
    if limits.off:
        return translate("DebriefView", "Time limits were {words} for this attempt, so no decision "
                                        "ran out of time. Your score is worked out exactly as it is "
                                        "without this.").format(words=words)
    return translate("DebriefView", "Time limits were {words} for this attempt. Your score is worked "
                                    "out exactly as it is without this.").format(words=words)


def below_pass_mark(data: Debrief) -> list[str]:
    """``Debrief.below_pass_mark`` in the language installed: a sentence for each competency
    under the pass mark, naming the decisions that cost it points (what was done unprompted
    is named in the engine's English)."""
    said = []
    for name, value in data.competencies.items():
        if value >= data.pass_mark:
            continue
        lost = [str(n) for n, d in enumerate(data.decisions, 1) if d.points.get(name, 0) <= 0
                and name in d.points]
        if lost:
            where = (translate("DebriefView", "decision {numbers}") if len(lost) == 1
                     else translate("DebriefView", "decisions {numbers}")).format(numbers=", ".join(lost))
        else:
            where = translate("DebriefView", "the decisions where it could have earned points")
        unprompted = [f"{clock_text(r.at)} {say(r.did)}" for r in data.reactions
                      if r.points.get(name, 0) < 0]
        if unprompted:
            where = translate("DebriefView", "{where}, and what you did unprompted ({actions})").format(
                where=where, actions="; ".join(unprompted))
        said.append(translate("DebriefView", "{competency} is {value}, under the pass mark of {mark}: "
                                             "look again at {where}.").format(
            competency=say(data.competency_titles.get(name, name)), value=value, mark=data.pass_mark,
            where=where))
    return said


class DebriefView(QScrollArea):
    back_requested = Signal()
    retry_requested = Signal()
    retry_from = Signal(int)  # practise again from this decision (1-based)
    export_requested = Signal(str)  # a format name, e.g. "pdf"
    send_requested = Signal()  # to the Learning Record Store
    next_requested = Signal()  # the classroom session's next scenario

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debrief")
        self.setAccessibleName(self.tr("Debrief"))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.data: Debrief | None = None
        self.export_formats: tuple[str, ...] = ()
        self.export_buttons: dict[str, QPushButton] = {}
        self.send_enabled = False
        self.send_button: QPushButton | None = None
        self.next_text = ""  # "Next: … (2 of 3)" in a course session, on the next debrief
        self.next_button: QPushButton | None = None
        self.records_status: QLabel | None = None  # on the debrief's "Keep a record" card
        self._shown: tuple[Debrief, str, str, TimeLimits] | None = None
        self._theme = current()
        notifier().changed.connect(self._on_appearance_changed)

    def enable_exports(self, formats: tuple[str, ...]) -> None:
        """Show a button per format on the next debrief (e.g. ``("pdf", "csv")``)."""
        self.export_formats = formats

    def enable_send(self, enabled: bool) -> None:
        """Show "Send to LRS" on the next debrief."""
        self.send_enabled = enabled

    def offer_next(self, title: str, number: int = 0, total: int = 0) -> None:
        """Offer the session's next scenario (its title, and its place: ``number`` of
        ``total``) on the next debrief; an empty title offers none."""
        self.next_text = self.tr("Next: {title} ({number} of {total})").format(
            title=title, number=number, total=total) if title else ""

    def show_records_status(self, text: str, ok: bool = True) -> None:
        label = self.records_status
        if label is None:
            return
        label.setObjectName("muted" if ok else "warnText")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)
        label.setVisible(bool(text))

    def _on_appearance_changed(self, _appearance: object) -> None:
        """A new theme: the debrief drawn again in its colours (its cards' marks are coloured
        words). A new text size needs nothing: the page reflows and keeps its place."""
        if self._shown is not None and self._theme is not current():
            self.show_debrief(*self._shown)

    def show_debrief(self, data: Debrief, trainee: str, mode: str,
                     time_limits: TimeLimits = AS_WRITTEN) -> None:
        self.data = data
        self._shown = (data, trainee, mode, time_limits)
        self.setAccessibleDescription(  # what a screen reader says as the debrief takes the focus
            self.tr("{outcome}: {ending}. Score {score} out of 100, pass mark {mark}, {verdict}.").format(
                outcome=say(data.ending.outcome), ending=data.ending.title, score=data.score,
                mark=data.pass_mark, verdict=say(data.verdict).lower()))
        self._theme = current()
        page = QWidget(self, objectName="debriefPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(32, 20, 32, 32)
        column.setSpacing(16)
        column.addWidget(brand(page))
        column.addWidget(self._summary(page, data, trainee, mode, time_limits))
        column.addWidget(QLabel(self.tr("Competencies"), page, objectName="sectionTitle"))
        chart_card = QFrame(page, objectName="card")
        chart_layout = QVBoxLayout(chart_card)
        chart_layout.setContentsMargins(20, 16, 20, 16)
        chart_layout.addWidget(CompetencyChart(
            [(say(title), value) for title, value in data.competency_rows()], data.pass_mark, chart_card))
        if data.confidence_marking:
            chart_layout.addWidget(QLabel(self.tr(CERTAINTY_NOTE), chart_card, objectName="muted",
                                          wordWrap=True, textFormat=PLAIN))
        for sentence in below_pass_mark(data):
            chart_layout.addWidget(QLabel(sentence, chart_card, objectName="warnText",
                                          wordWrap=True, textFormat=PLAIN))
        column.addWidget(chart_card)
        column.addWidget(QLabel(self.tr("What you did, and what it caused"), page,
                                objectName="sectionTitle"))
        titles = data.competency_titles
        cards: list[tuple[float, QWidget]] = [
            (entry.at, DecisionCard(number, entry, titles, page, data.review_notes(entry.decision),
                                    partial(self.retry_from.emit, number)))
            for number, entry in enumerate(data.decisions, start=1)]
        cards += [(entry.at, ReactionCard(entry, titles, page)) for entry in data.reactions]
        for _, card in sorted(cards, key=lambda pair: pair[0]):  # as it happened
            column.addWidget(card)
        if not cards:
            column.addWidget(QLabel(self.tr("No decisions were taken."), page, objectName="muted"))
        if self.export_formats or self.send_enabled:  # a recruit reads first; a trainer files last
            column.addWidget(self._records_card(page))
        column.addLayout(self._buttons(page))
        column.addStretch(1)
        show_centred(self, page, 980, 6)

    def _summary(self, parent: QWidget, data: Debrief, trainee: str, mode: str,
                 time_limits: TimeLimits) -> QFrame:
        ending = data.ending
        card = QFrame(parent, objectName="outcomeCard")
        card.setProperty("good", ending.good)
        grid = QGridLayout(card)
        grid.setContentsMargins(24, 20, 24, 20)
        grid.setHorizontalSpacing(24)
        grid.addWidget(ScoreRing(data.score, data.pass_mark, data.passed,
                                 card), 0, 0, 5, 1)
        grid.addWidget(QLabel(f"{data.title} · {said(MODES.get(mode, mode))} · {trainee}", card,
                              objectName="muted", textFormat=PLAIN, wordWrap=True), 0, 1)
        # The outcome in words, as the card's green or red edge says it.
        self.outcome = QLabel(f"{'✓' if ending.good else '⚠'} {say(ending.outcome)}", card,
                              objectName="goodText" if ending.good else "verdict", textFormat=PLAIN)
        grid.addWidget(self.outcome, 1, 1)
        self.ending_title = QLabel(ending.title, card, objectName="endingTitle", wordWrap=True,
                                   textFormat=PLAIN)
        grid.addWidget(self.ending_title, 2, 1)
        grid.addWidget(QLabel(ending.summary, card, wordWrap=True, textFormat=PLAIN), 3, 1)
        self.score_label = QLabel(self.tr("Score {score} / 100 · pass mark {mark} · {verdict}").format(
            score=data.score, mark=data.pass_mark, verdict=say(data.verdict)), card,
            objectName="verdict", wordWrap=True)
        self.score_label.setProperty("passed", data.passed)
        grid.addWidget(self.score_label, 4, 1)
        self.time_limits_note: QLabel | None = None
        if time_limits.adjusted:
            self.time_limits_note = QLabel(limits_note(time_limits), card, objectName="muted",
                                           wordWrap=True, textFormat=PLAIN)
            grid.addWidget(self.time_limits_note, 5, 1)
        grid.setColumnStretch(1, 1)
        return card

    def _buttons(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        back = QPushButton(self.tr("Back to scenarios"), parent, objectName="secondaryButton")
        back.clicked.connect(self.back_requested)
        retry = QPushButton(self.tr("Try again"), parent,
                            objectName="secondaryButton" if self.next_text else "primaryButton")
        retry.clicked.connect(self.retry_requested)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(retry)
        self.next_button = None
        if self.next_text:  # the way on through the trainer's session comes first
            self.next_button = QPushButton(self.next_text, parent, objectName="primaryButton")
            self.next_button.clicked.connect(self.next_requested)
            row.addWidget(self.next_button)
        return row

    def _records_card(self, parent: QWidget) -> QFrame:
        card = QFrame(parent, objectName="card")
        column = QVBoxLayout(card)
        column.setContentsMargins(20, 14, 20, 14)
        column.setSpacing(8)
        column.addWidget(QLabel(self.tr("Keep a record"), card, objectName="cardTitle"))
        column.addWidget(QLabel(self.tr("This attempt is already saved on this computer. Save a "
                                        "copy to file, or send it to your training school's "
                                        "Learning Record Store."), card, objectName="muted", wordWrap=True))
        row = FlowLayout(None, 8)  # wraps onto more rows with large text
        self.export_buttons = {}
        for name in sorted(self.export_formats, key=_export_order):
            label = self.tr(EXPORT_LABELS.get(name, name.upper()))
            button = QPushButton(label, card, objectName="secondaryButton")
            button.setAccessibleName(self.tr("Export the {format}").format(format=label))
            button.clicked.connect(lambda _=False, n=name: self.export_requested.emit(n))
            self.export_buttons[name] = button
            row.add(button)
        self.send_button = None
        if self.send_enabled:
            self.send_button = QPushButton(self.tr("Send to LRS"), card, objectName="secondaryButton")
            self.send_button.setAccessibleName(self.tr("Send this attempt to the Learning Record Store"))
            self.send_button.clicked.connect(self.send_requested)
            row.add(self.send_button)
        column.addLayout(row)
        self.records_status = QLabel("", card, objectName="muted", wordWrap=True)
        self.records_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.records_status.hide()
        column.addWidget(self.records_status)
        return card
