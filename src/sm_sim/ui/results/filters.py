"""ResultsFilters: the Results view's row of filters (scenario, trainee, mode), offering the
values found in the attempts read; a choice is kept across reads while it still exists."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ..filing.work import Row, filter_choices
from ..kit.flow import FlowLayout
from ..kit.language import QT_TRANSLATE_NOOP, translate

# The filters' words are catalogued under "ResultsFilters" (written out: lupdate reads only a
# literal context); the values offered are the attempts' own (the modes are said by filing).
ALL = ""
EVERYONE = {"scenario": QT_TRANSLATE_NOOP("ResultsFilters", "All scenarios"),
            "trainee": QT_TRANSLATE_NOOP("ResultsFilters", "All trainees"),
            "mode": QT_TRANSLATE_NOOP("ResultsFilters", "All modes")}
TITLES = {"scenario": QT_TRANSLATE_NOOP("ResultsFilters", "Scenario"),
          "trainee": QT_TRANSLATE_NOOP("ResultsFilters", "Trainee"),
          "mode": QT_TRANSLATE_NOOP("ResultsFilters", "Mode")}
NAMES = {"scenario": QT_TRANSLATE_NOOP("ResultsFilters", "Scenario filter"),
         "trainee": QT_TRANSLATE_NOOP("ResultsFilters", "Trainee filter"),
         "mode": QT_TRANSLATE_NOOP("ResultsFilters", "Mode filter")}


class ResultsFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = FlowLayout(self, 12)  # each filter with its title; more rows with large text
        self.combos: dict[str, QComboBox] = {}
        for key in EVERYONE:
            pair = QWidget(self)
            inner = QHBoxLayout(pair)
            inner.setContentsMargins(0, 0, 0, 0)
            combo = self.combos[key] = QComboBox(pair)
            combo.setAccessibleName(translate("ResultsFilters", NAMES[key]))
            combo.setMinimumWidth(200)
            combo.currentIndexChanged.connect(self.changed)
            title = QLabel(translate("ResultsFilters", TITLES[key]), pair)
            title.setBuddy(combo)
            inner.addWidget(title)
            inner.addWidget(combo)
            row.add(pair)

    def offer(self, rows: list[Row]) -> None:
        """Offer the values ``rows`` hold (quietly: the caller shows the rows next)."""
        choices = filter_choices(rows)
        for key, combo in self.combos.items():
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("ResultsFilters", EVERYONE[key]), ALL)
            for text, value in choices[key]:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(kept)))
            combo.blockSignals(False)

    def choose(self, key: str, value: str) -> bool:
        """Choose a value as a trainer would; "" for all. False if it is not offered."""
        combo = self.combos[key]
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    def chosen(self) -> tuple[str | None, str | None, str | None]:
        """Scenario, trainee and mode, None for all."""
        scenario, trainee, mode = (self.combos[k].currentData() or None for k in EVERYONE)
        return scenario, trainee, mode
