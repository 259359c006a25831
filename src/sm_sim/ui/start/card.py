"""A scenario in the library: title, minutes, difficulty, themes, best result so far.
A checkable button, so it is reached with Tab and chosen with Space like any control."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ...scenario.library import Entry
from ..kit.language import QT_TRANSLATE_NOOP, spoken, translate

SUMMARY_CHARS = 190  # about three lines on a card
DIFFICULTY = {"beginner": QT_TRANSLATE_NOOP("ScenarioCard", "Beginner"),
              "intermediate": QT_TRANSLATE_NOOP("ScenarioCard", "Intermediate"),
              "advanced": QT_TRANSLATE_NOOP("ScenarioCard", "Advanced")}


class ScenarioCard(QPushButton):
    def __init__(self, entry: Entry, best: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("scenarioCard")
        self.setCheckable(True)
        self.setEnabled(entry.ok)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        column = self._column = QVBoxLayout(self)
        column.setContentsMargins(18, 14, 18, 14)
        column.setSpacing(6)
        scenario = entry.loaded.scenario
        labels = [QLabel(entry.title, self, objectName="cardTitle", wordWrap=True)]
        labels[0].setTextFormat(Qt.TextFormat.PlainText)
        self.facts = QLabel("", self, objectName="cardFacts", wordWrap=True)
        self._best: int | None = None
        self._known = False
        self._next = False
        if scenario is not None and entry.ok:
            labels.append(self.facts)
            summary = QLabel(_short(scenario.summary), self, objectName="cardSummary", wordWrap=True)
            summary.setTextFormat(Qt.TextFormat.PlainText)
            summary.setToolTip(scenario.summary)
            labels.append(summary)
            labels.append(QLabel("  ".join(f"#{t.replace(' ', '')}" for t in scenario.themes),
                                 self, objectName="cardThemes", wordWrap=True))
            self.setAccessibleDescription(scenario.summary)
            self.set_best(best, known=False)
        else:
            labels.append(QLabel(self.tr("This scenario has a problem and cannot be played:")
                                 + "\n" + entry.problem(), self, objectName="warnText",
                                 wordWrap=True))
            self.setAccessibleName(self.tr("{title}, cannot be played").format(title=entry.title))
        for label in labels:
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            column.addWidget(label)
        column.addStretch(1)

    def set_best(self, best: int | None, known: bool = True) -> None:
        """Show the best result so far (from the attempt records); ``known=False`` while they
        are still being read."""
        self._best, self._known = best, known
        scenario = self.entry.loaded.scenario
        if scenario is None or not self.entry.ok:
            return
        parts = [self.tr("{minutes} min").format(minutes=scenario.minutes),
                 translate("ScenarioCard", DIFFICULTY.get(scenario.difficulty, scenario.difficulty))]
        if scenario.confidence_marking:
            parts.append(self.tr("how sure you are counts"))
        if scenario.language != spoken():  # no translation in the app's language (yet)
            parts.append(self.tr("in English"))
        if best is not None:
            parts.append(self.tr("best {score}/100").format(score=best))
        elif known:
            parts.append(self.tr("not tried yet"))
        if self._next:
            parts.append(self.tr("next in the course"))
        facts = " · ".join(parts)
        self.facts.setText(facts)
        self.setAccessibleName(f"{self.entry.title}, {facts}")

    def set_next(self, is_next: bool) -> None:
        """Mark the course's next scenario for this trainee."""
        if is_next != self._next:
            self._next = is_next
            self.set_best(self._best, self._known)

    def sizeHint(self) -> QSize:
        return self._column.sizeHint().expandedTo(QSize(320, 150))

    def minimumSizeHint(self) -> QSize:
        """As narrow as its wrapped words allow (a push button's own is its full size hint)."""
        return self._column.minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(150, self._column.totalHeightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A grid lays a card out by its size hint; grow to what its width wraps to, so no
        line is cut off at the bottom."""
        super().resizeEvent(event)
        needed = self.heightForWidth(event.size().width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def _short(text: str, limit: int = SUMMARY_CHARS) -> str:
    """The start of a summary, ended at a word with an ellipsis (the whole is its tooltip)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:.") + "…"
