"""ConfidencePicker: "How sure are you?" — low, medium or high, or not said."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from ...scoring.score import CBM_MARKS

LEVELS = ("low", "medium", "high")
MARKING = ("This scenario uses certainty-based marking: an answer you were sure of and got right "
           "earns most, one you were sure of and got wrong costs most, and saying you are not "
           "sure never costs you anything.")


class ConfidencePicker(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confidence")
        self.setAccessibleName("How sure are you?")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(4)
        self.question = QLabel("How sure are you?", self, objectName="muted", wordWrap=True)
        row.addWidget(self.question, 1)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QPushButton] = {}
        for level in LEVELS:
            button = QPushButton(level.title(), self, objectName="segment")
            button.setCheckable(True)
            button.setAccessibleName(f"Confidence {level}")
            self._group.addButton(button)
            self._buttons[level] = button
            row.addWidget(button)

    def set_marking(self, counts: bool) -> None:
        """Say so when the scenario uses certainty-based marking, with what each level risks."""
        self.question.setText("How sure are you? (it counts)" if counts else "How sure are you?")
        explain = MARKING if counts else ""
        self.setToolTip(explain)
        for level, button in self._buttons.items():
            right, wrong = CBM_MARKS[level]
            button.setToolTip(f"If right: {right:+d}; if wrong: {wrong:+d}" if counts else "")

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons.values())

    def value(self) -> str | None:
        return next((level for level, b in self._buttons.items() if b.isChecked()), None)

    def set_value(self, level: str | None) -> None:
        if level is None:
            self.clear()
        else:
            self._buttons[level].setChecked(True)

    def clear(self) -> None:
        self._group.setExclusive(False)
        for button in self._buttons.values():
            button.setChecked(False)
        self._group.setExclusive(True)
