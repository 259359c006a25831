"""Play from here: the trainer starts a preview of the scenario at any state, with the
variables set as they choose, in Practice mode. This module asks for the start values and
makes the scenario that starts there; the preview window itself is the shell's
(``ui/preview.py``), handed to the workbench as a factory so one screen never imports
another."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...scenario import GuidanceLibrary
from ...scenario.model import Scenario
from ..kit.language import translate
from ..kit.theme import PLAIN
from ..session.attempt import AttemptSession, ClockFactory


class Preview(Protocol):
    session: AttemptSession  # its run's events come through ``session.bridge``

    def show(self) -> None: ...
    def start(self) -> None: ...
    def close(self) -> bool: ...


# (scenario starting at the state, guidance, the state, clock, parent) -> a preview window
PreviewFactory = Callable[[Scenario, GuidanceLibrary, str, ClockFactory, QWidget], Preview]


def from_state(scenario: Scenario, state: str, variables: dict[str, float]) -> Scenario:
    """The scenario as if it began at ``state`` with ``variables`` (the rest as written)."""
    return replace(scenario, start=state, variables={**scenario.variables, **variables})


class StartValues(QDialog):
    """Where the preview starts and the variables it starts with."""

    def __init__(self, scenario: Scenario, state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Workbench", "Play from “{title}”").format(
            title=scenario.states[state].title or state))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Workbench", "A practice preview from this state. It is not "
                                          "recorded as an attempt. Set the variables it starts with:"),
                                self, wordWrap=True, textFormat=PLAIN))
        form = QFormLayout()
        self.values: dict[str, QDoubleSpinBox] = {}
        for name, value in scenario.variables.items():
            box = QDoubleSpinBox(self, objectName=f"var_{name}")
            box.setRange(-1_000_000, 1_000_000)
            box.setDecimals(0 if float(value).is_integer() else 2)
            box.setValue(float(value))
            box.setAccessibleName(translate("Workbench", "Start value of {name}").format(name=name))
            form.addRow(name, box)
            self.values[name] = box
        if not self.values:
            form.addRow(QLabel(translate("Workbench", "This scenario has no variables."), self,
                               objectName="muted"))
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Workbench", "Cancel"))
        self.play = buttons.addButton(translate("Workbench", "Play"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def variables(self) -> dict[str, float]:
        return {name: box.value() for name, box in self.values.items()}


