"""The debrief timeline's cards: one per decision (what was asked, what you did, what it
caused, the guidance it touches and a better response) and one per thing done unprompted
that the world answered."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...engine.events import clock_text
from ...scoring.debrief import DecisionReport, GuidanceRef, ReactionReport
from ..kit.flags import finding_text, written_in
from ..kit.language import QT_TRANSLATE_NOOP, say, translate
from ..kit.spoken import duration
from ..kit.theme import current


def _quality_token(quality: float) -> str:
    return "good" if quality >= 0.75 else ("warn" if quality >= 0.4 else "bad")


# What a card's coloured dot means, said in words beside it (never by colour alone).
DECISION_WORDS = {"good": QT_TRANSLATE_NOOP("Card", "a strong choice"),
                  "warn": QT_TRANSLATE_NOOP("Card", "partly right"),
                  "bad": QT_TRANSLATE_NOOP("Card", "a poor choice"),
                  "muted": QT_TRANSLATE_NOOP("Card", "waiting for your trainer")}
REACTION_WORDS = {"good": QT_TRANSLATE_NOOP("Card", "it helped"),
                  "warn": QT_TRANSLATE_NOOP("Card", "it did not change your score"),
                  "bad": QT_TRANSLATE_NOOP("Card", "it cost you points")}
# The confidence levels (the scoring's notes on them are said through its own catalogue)
CONFIDENCE = {"low": QT_TRANSLATE_NOOP("Card", "low"), "medium": QT_TRANSLATE_NOOP("Card", "medium"),
              "high": QT_TRANSLATE_NOOP("Card", "high")}

# Cards say things with translate("Card", ...), not self.tr: PySide looks a self.tr up by the
# subclass's name, and the base class's words are catalogued under Card.


def _points_text(points: dict[str, int], titles: dict[str, str]) -> str:
    said = ", ".join(f"{say(titles.get(k, k))} {v:+d}" for k, v in points.items())
    return said or translate("Card", "no points")


def _listed(heading: str, lines: tuple[str, ...] | list[str]) -> str:
    return heading + "\n" + "\n".join(f"• {line}" for line in lines)


def _headed(heading: str, text: str) -> str:
    """Rich text: ``heading`` in bold, then ``text`` (both escaped)."""
    return f"<b>{escape(heading)}</b> {escape(text)}"


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
        said = translate("Card", "{title}, {time} in: {verdict}")  # not "black circle"
        label.setAccessibleName(said.format(title=title, time=duration(at), verdict=verdict))

    def words(self, text: str | None, findings: tuple[str, ...]) -> None:
        if text:
            self.add(f"“{text}”", "quoteText")
        if findings:
            self.add(_listed(translate("Card", "Flagged in your words:"),
                             [finding_text(f) for f in findings]), "warnText")

    def followed(self, lines: tuple[str, ...]) -> None:
        if lines:
            self.add(_listed(translate("Card", "What followed:"), [say(line) for line in lines]),
                     "consequences")

    def points(self, points: dict[str, int], titles: dict[str, str]) -> None:
        self.add(_headed(translate("Card", "Points:"), _points_text(points, titles)), "muted",
                 rich=True)

    def guidance(self, guides: tuple[GuidanceRef, ...]) -> None:
        for guide in guides:
            self.add(f"<b>{escape(guide.title)}</b><br>{escape(guide.summary)}<br>"
                     f"<i>{escape(guide.citation)}</i>", "guidance", rich=True)


class DecisionCard(Card):
    def __init__(self, number: int, entry: DecisionReport, titles: dict[str, str],
                 parent: QWidget | None = None, reviewed: list[str] | None = None,
                 again: Callable[[], object] | None = None) -> None:
        # a reply the detectors could not read is neither good nor poor until it is read
        quality = "muted" if entry.awaiting_review else _quality_token(entry.quality)
        super().__init__(quality, parent)
        add = self.add
        self.meta(quality, translate("Card", "Decision {number}").format(number=number), entry.at,
                  translate("Card", DECISION_WORDS[quality]))
        add(entry.prompt, "cardPrompt")
        did = translate("Card", "Time ran out:") if entry.timed_out else translate("Card", "You chose:")
        add(f"<b>{escape(did)}</b> {escape(entry.label)}", rich=True)
        checks = [c for c in entry.rubric if not c.ok]
        missed = [say(c.label) for c in checks if c.kind != "avoid"]
        included = [say(c.label) for c in checks if c.kind == "avoid"]
        did_well = [say(c.label) for c in entry.rubric if c.ok and c.kind != "avoid"]
        self.words(entry.text, ())
        if did_well:
            add(translate("Card", "Your reply did well: {checks}").format(checks="; ".join(did_well)),
                "goodText")
        if missed:
            add(translate("Card", "Your reply missed: {checks}").format(checks="; ".join(missed)),
                "muted")
        if included:
            add(translate("Card", "Your reply included: {checks}").format(checks="; ".join(included)),
                "warnText")
        self.words(None, entry.findings)
        if entry.awaiting_review:
            add(translate("Card", "Not judged yet: your reply is {language}, which the checks "
                                  "do not read. It earns no points until your trainer has read "
                                  "it.").format(language=written_in(entry.language)), "reviewText")
        if reviewed:
            add(_listed(translate("Card", "Reviewed by your trainer:"), [say(r) for r in reviewed]),
                "reviewText")
        if entry.strengths:
            add(_listed(translate("Card", "Good practice in your words:"),
                        [finding_text(f) for f in entry.strengths]), "goodText")
        if entry.consequence:
            add(_headed(translate("Card", "What it caused:"), entry.consequence), rich=True)
        self.followed(entry.consequences)
        self.points(entry.points, titles)
        if entry.calibration_note:
            level = translate("Card", CONFIDENCE.get(entry.confidence or "", entry.confidence or ""))
            note = say(entry.calibration_note)
            add(translate("Card", "Confidence: {level}. {note}").format(level=level, note=note), "muted")
        self.guidance(entry.guidance)
        if entry.exemplar:
            add(_headed(translate("Card", "A better response:"), entry.exemplar), "exemplar", rich=True)
        if again is not None:
            self.again = QPushButton(translate("Card", "Practise again from here"), self,
                                     objectName="secondaryButton")
            self.again.setToolTip(translate("Card", "A new practice attempt: your earlier answers are "
                                                    "kept, and the feed plays on from just before "
                                                    "this decision"))
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
        self.meta(quality, translate("Card", "On your own initiative"), entry.at,
                  translate("Card", REACTION_WORDS[quality]))
        did = say(entry.did)
        self.add(did[:1].upper() + did[1:] + ".", "cardPrompt")
        self.words(entry.text, entry.findings)
        if entry.feedback:
            caused = translate("Card", "What it caused ({time}):").format(time=clock_text(entry.fired_at))
            self.add(f"<b>{escape(caused)}</b> "
                     f"{escape(entry.feedback)}", rich=True)
        self.followed(entry.consequences)
        self.points(entry.points, titles)
        self.guidance(entry.guidance)
