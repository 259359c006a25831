"""ConfidencePicker: "How sure are you?" — low, medium or high, or not said."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

LEVELS = ("low", "medium", "high")


class ConfidencePicker(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confidence")
        self.setAccessibleName("How sure are you?")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(4)
        row.addWidget(QLabel("How sure are you?", self, objectName="muted", wordWrap=True), 1)
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
