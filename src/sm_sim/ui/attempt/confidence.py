"""ConfidencePicker: "How sure are you?" — low, medium or high, or not said."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from ...scoring.score import CBM_MARKS
from ..kit.language import QT_TRANSLATE_NOOP, translate

LEVELS = ("low", "medium", "high")
LEVEL_TITLES = {"low": QT_TRANSLATE_NOOP("ConfidencePicker", "Low"),
                "medium": QT_TRANSLATE_NOOP("ConfidencePicker", "Medium"),
                "high": QT_TRANSLATE_NOOP("ConfidencePicker", "High")}
LEVEL_NAMES = {"low": QT_TRANSLATE_NOOP("ConfidencePicker", "Confidence low"),
               "medium": QT_TRANSLATE_NOOP("ConfidencePicker", "Confidence medium"),
               "high": QT_TRANSLATE_NOOP("ConfidencePicker", "Confidence high")}
MARKING = QT_TRANSLATE_NOOP(
    "ConfidencePicker",
    "This scenario uses certainty-based marking: an answer you were sure of and got right "
    "earns most, one you were sure of and got wrong costs most, and saying you are not "
    "sure never costs you anything.")


class ConfidencePicker(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confidence")
        self.setAccessibleName(self.tr("How sure are you?"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(4)
        self.question = QLabel(self.tr("How sure are you?"), self, objectName="muted", wordWrap=True)
        row.addWidget(self.question, 1)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QPushButton] = {}
        for level in LEVELS:
            button = QPushButton(translate("ConfidencePicker", LEVEL_TITLES[level]), self,
                                 objectName="segment")
            button.setCheckable(True)
            button.setAccessibleName(translate("ConfidencePicker", LEVEL_NAMES[level]))
            self._group.addButton(button)
            self._buttons[level] = button
            row.addWidget(button)

    def set_marking(self, counts: bool) -> None:
        """Say so when the scenario uses certainty-based marking, with what each level risks."""
        self.question.setText(self.tr("How sure are you? (it counts)") if counts
                              else self.tr("How sure are you?"))
        explain = translate("ConfidencePicker", MARKING) if counts else ""
        self.setToolTip(explain)
        for level, button in self._buttons.items():
            right, wrong = CBM_MARKS[level]
            button.setToolTip(self.tr("If right: {right}; if wrong: {wrong}").format(
                right=f"{right:+d}", wrong=f"{wrong:+d}") if counts else "")

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
