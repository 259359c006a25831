"""The debrief timeline's cards: one per decision (what was asked, what you did, what it
caused, the guidance it touches and a better response) and one per thing done unprompted
that the world answered."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...engine.events import clock_text, spoken_duration
from ...scoring.debrief import DecisionReport, GuidanceRef, ReactionReport
from ..kit.theme import current


def _quality_token(quality: float) -> str:
    return "good" if quality >= 0.75 else ("warn" if quality >= 0.4 else "bad")


# What a card's coloured dot means, said in words beside it (never by colour alone).
DECISION_WORDS = {"good": "a strong choice", "warn": "partly right", "bad": "a poor choice"}
REACTION_WORDS = {"good": "it helped", "warn": "it did not change your score",
                  "bad": "it cost you points"}


def _points_text(points: dict[str, int], titles: dict[str, str]) -> str:
    return ", ".join(f"{titles.get(k, k)} {v:+d}" for k, v in points.items()) or "no points"


class Card(QFrame):
    """A timeline card: a column of selectable labels, plain text unless said otherwise."""

    def __init__(self, quality: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionCard")
        self.setProperty("quality", quality)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(18, 14, 18, 14)
        self.column.setSpacing(6)

    def add(self, text: str, name: str = "", rich: bool = False) -> QLabel:
        label = QLabel(text, self, wordWrap=True)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(label)
        return label

    def meta(self, quality: str, title: str, at: float, verdict: str) -> None:
        colour = current().color(quality).name()
        label = self.add(f"<span style='color:{colour}'>●</span> <b>{escape(title)}</b> · "
                         f"{clock_text(at)} · <span style='color:{colour}'>{escape(verdict)}</span>",
                         "cardMeta", rich=True)
        label.setAccessibleName(f"{title}, {spoken_duration(at)} in: {verdict}")  # not "black circle"

    def words(self, text: str | None, findings: tuple[str, ...]) -> None:
        if text:
            self.add(f"“{text}”", "quoteText")
        if findings:
            self.add("Flagged in your words:\n" + "\n".join(f"• {f}" for f in findings), "warnText")

    def followed(self, lines: tuple[str, ...]) -> None:
        if lines:
            self.add("What followed:\n" + "\n".join(f"• {line}" for line in lines), "consequences")

    def points(self, points: dict[str, int], titles: dict[str, str]) -> None:
        self.add(f"<b>Points:</b> {escape(_points_text(points, titles))}", "muted", rich=True)

    def guidance(self, guides: tuple[GuidanceRef, ...]) -> None:
        for guide in guides:
            self.add(f"<b>{escape(guide.title)}</b><br>{escape(guide.summary)}<br>"
                     f"<i>{escape(guide.citation)}</i>", "guidance", rich=True)


class DecisionCard(Card):
    def __init__(self, number: int, entry: DecisionReport, titles: dict[str, str],
                 parent: QWidget | None = None, reviewed: list[str] | None = None,
                 again: Callable[[], object] | None = None) -> None:
        quality = _quality_token(entry.quality)
        super().__init__(quality, parent)
        add = self.add
        self.meta(quality, f"Decision {number}", entry.at, DECISION_WORDS[quality])
        add(entry.prompt, "cardPrompt")
        did = "Time ran out: " if entry.timed_out else "You chose: "
        add(f"<b>{did}</b>{escape(entry.label)}", rich=True)
        checks = [c for c in entry.rubric if not c.ok]
        missed = [c.label for c in checks if c.kind != "avoid"]
        included = [c.label for c in checks if c.kind == "avoid"]
        did_well = [c.label for c in entry.rubric if c.ok and c.kind != "avoid"]
        self.words(entry.text, ())
        if did_well:
            add("Your reply did well: " + "; ".join(did_well), "goodText")
        if missed:
            add("Your reply missed: " + "; ".join(missed), "muted")
        if included:
            add("Your reply included: " + "; ".join(included), "warnText")
        self.words(None, entry.findings)
        if reviewed:
            add("Reviewed by your trainer:\n" + "\n".join(f"• {line}" for line in reviewed), "reviewText")
        if entry.strengths:
            add("Good practice in your words:\n" + "\n".join(f"• {f}" for f in entry.strengths),
                "goodText")
        if entry.consequence:
            add(f"<b>What it caused:</b> {escape(entry.consequence)}", rich=True)
        self.followed(entry.consequences)
        self.points(entry.points, titles)
        if entry.calibration_note:
            add(f"Confidence: {entry.confidence}. {entry.calibration_note}", "muted")
        self.guidance(entry.guidance)
        if entry.exemplar:
            add(f"<b>A better response:</b> {escape(entry.exemplar)}", "exemplar", rich=True)
        if again is not None:
            self.again = QPushButton("Practise again from here", self, objectName="secondaryButton")
            self.again.setToolTip("A new practice attempt: your earlier answers are kept, and the "
                                  "feed plays on from just before this decision")
            self.again.clicked.connect(again)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.again)
            self.column.addLayout(row)


class ReactionCard(Card):
    """Something the trainee did with no decision asking, and what the world did about it."""

    def __init__(self, entry: ReactionReport, titles: dict[str, str],
                 parent: QWidget | None = None) -> None:
        total = sum(entry.points.values())
        quality = "good" if total > 0 else "bad" if total < 0 else "warn"
        super().__init__(quality, parent)
        self.meta(quality, "On your own initiative", entry.at, REACTION_WORDS[quality])
        did = entry.did
        self.add(did[:1].upper() + did[1:] + ".", "cardPrompt")
        self.words(entry.text, entry.findings)
        if entry.feedback:
            self.add(f"<b>What it caused ({escape(clock_text(entry.fired_at))}):</b> "
                     f"{escape(entry.feedback)}", rich=True)
        self.followed(entry.consequences)
        self.points(entry.points, titles)
        self.guidance(entry.guidance)
