"""One decision in the debrief timeline: what was asked, what you did, what it caused,
the guidance it touches and a better response."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ...engine.events import clock_text
from ...scoring.debrief import DecisionReport
from ..kit.theme import current


def _quality_token(quality: float) -> str:
    return "good" if quality >= 0.75 else ("warn" if quality >= 0.4 else "bad")


def _points_text(points: dict[str, int], titles: dict[str, str]) -> str:
    return ", ".join(f"{titles.get(k, k)} {v:+d}" for k, v in points.items()) or "no points"


class DecisionCard(QFrame):
    def __init__(self, number: int, entry: DecisionReport, titles: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionCard")
        theme = current()
        quality = entry.quality
        self.setProperty("quality", _quality_token(quality))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)

        def add(text: str, name: str = "", rich: bool = False) -> QLabel:
            label = QLabel(text, self, wordWrap=True)
            label.setObjectName(name)
            label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
            return label

        colour = theme.color(_quality_token(quality)).name()
        add(f"<span style='color:{colour}'>●</span> <b>Decision {number}</b> · "
            f"{clock_text(entry.at)}", "cardMeta", rich=True)
        add(entry.prompt, "cardPrompt")
        did = "Time ran out: " if entry.timed_out else "You chose: "
        add(f"<b>{did}</b>{escape(entry.label)}", rich=True)
        if entry.text:
            add(f"“{entry.text}”", "quoteText")
        checks = [c for c in entry.rubric if not c.ok]
        missed = [c.label for c in checks if c.kind != "avoid"]
        included = [c.label for c in checks if c.kind == "avoid"]
        did_well = [c.label for c in entry.rubric if c.ok and c.kind != "avoid"]
        if did_well:
            add("Your reply did well: " + "; ".join(did_well), "goodText")
        if missed:
            add("Your reply missed: " + "; ".join(missed), "muted")
        if included:
            add("Your reply included: " + "; ".join(included), "warnText")
        if entry.findings:
            add("Flagged in your words:\n" + "\n".join(f"• {f}" for f in entry.findings),
                "warnText")
        if entry.strengths:
            add("Good practice in your words:\n" + "\n".join(f"• {f}" for f in entry.strengths),
                "goodText")
        if entry.consequence:
            add(f"<b>What it caused:</b> {escape(entry.consequence)}", rich=True)
        if entry.consequences:
            add("What followed:\n" + "\n".join(f"• {line}" for line in entry.consequences),
                "consequences")
        add(f"<b>Points:</b> {escape(_points_text(entry.points, titles))}",
            "muted", rich=True)
        if entry.calibration_note:
            add(f"Confidence: {entry.confidence}. {entry.calibration_note}", "muted")
        for guide in entry.guidance:
            add(f"<b>{escape(guide.title)}</b><br>{escape(guide.summary)}<br>"
                f"<i>{escape(guide.citation)}</i>", "guidance", rich=True)
        if entry.exemplar:
            add(f"<b>A better response:</b> {escape(entry.exemplar)}", "exemplar",
                rich=True)
