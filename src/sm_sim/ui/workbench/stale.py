"""The line a workbench panel shows while the file cannot be read as a scenario: what is on
the panel is the last version that could be, so a trainer does not take it for what they
have just written."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.theme import PLAIN

SAID = QT_TRANSLATE_NOOP("Workbench", "The file has errors, so this is worked out from the last "
                         "version that could be read; fix the problems and it follows again.")


class StaleNote(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Workbench", SAID), parent, objectName="warnText", wordWrap=True,
                         textFormat=PLAIN)
        self.hide()

    def follow(self, readable: bool, shown_before: bool) -> None:
        """The file was read again: ``readable`` as a scenario or not, with something on the
        panel from before or not."""
        self.setVisible(not readable and shown_before)
