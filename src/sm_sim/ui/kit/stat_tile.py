"""StatTile: one figure of the Results view (attempts, pass rate, mean score) with a caption
above it and a detail below."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class StatTile(QFrame):
    """A number with a caption: attempts, pass rate, mean score."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="card")
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 10, 18, 10)
        column.setSpacing(2)
        column.addWidget(QLabel(caption, self, objectName="muted"))
        self.value = QLabel("–", self, objectName="endingTitle")
        self.detail = QLabel("", self, objectName="muted", wordWrap=True)
        column.addWidget(self.value)
        column.addWidget(self.detail)

    def show_value(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{value} {detail}")
