"""Play from here: the trainer starts a preview of the scenario at any state, with the
variables set as they choose, in Practice mode (pause and speeds as a recruit has them).
A preview is never recorded as an attempt: no journal, no results, no LRS. Posts that
earlier states would have published are not in its feed; the window says so."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from ...scenario import GuidanceLibrary
from ...scenario.model import Scenario
from ..attempt.view import AttemptView
from ..kit.theme import PLAIN
from ..session.attempt import AttemptSession, AttemptSpec, ClockFactory, Mode
from ..session.clock import TimerClockDriver


def from_state(scenario: Scenario, state: str, variables: dict[str, float]) -> Scenario:
    """The scenario as if it began at ``state`` with ``variables`` (the rest as written)."""
    return replace(scenario, start=state, variables={**scenario.variables, **variables})


class StartValues(QDialog):
    """Where the preview starts and the variables it starts with."""

    def __init__(self, scenario: Scenario, state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Play from “{scenario.states[state].title or state}”")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("A practice preview from this state. It is not recorded as an "
                                "attempt. Set the variables it starts with:", self, wordWrap=True,
                                textFormat=PLAIN))
        form = QFormLayout()
        self.values: dict[str, QDoubleSpinBox] = {}
        for name, value in scenario.variables.items():
            box = QDoubleSpinBox(self, objectName=f"var_{name}")
            box.setRange(-1_000_000, 1_000_000)
            box.setDecimals(0 if float(value).is_integer() else 2)
            box.setValue(float(value))
            box.setAccessibleName(f"Start value of {name}")
            form.addRow(name, box)
            self.values[name] = box
        if not self.values:
            form.addRow(QLabel("This scenario has no variables.", self, objectName="muted"))
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.play = buttons.addButton("Play", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def variables(self) -> dict[str, float]:
        return {name: box.value() for name, box in self.values.items()}


class PreviewWindow(QMainWindow):
    """A recruit's screen on a preview run; closing it stops the run and keeps nothing."""

    ended = Signal(str)  # what the status line says when the preview ends

    def __init__(self, scenario: Scenario, guidance: GuidanceLibrary, state: str,
                 clock: ClockFactory = TimerClockDriver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewWindow")
        title = scenario.states[scenario.start].title or scenario.start
        self.setWindowTitle(f"Preview from “{title}” — not recorded")
        self.session = AttemptSession(AttemptSpec(scenario, guidance, Mode.PRACTICE, "Preview"),
                                      clock, self)
        self.view = AttemptView(self.session, self)
        self.setCentralWidget(self.view)
        self.view.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.session.finished.connect(self._on_session_finished)
        self.statusBar().showMessage(f"Preview from {state}: posts from earlier states are not in "
                                     "this feed, and nothing is recorded.")
        self.resize(1280, 800)

    def start(self) -> None:
        self.session.start()

    def _on_session_finished(self, session: AttemptSession) -> None:
        report = session.debrief()
        said = (f"Preview ended: {report.ending.title}, score {report.score}/100 "
                f"({report.verdict}). Close this window to go back to the map.") if report else \
            "Preview ended."
        self.statusBar().showMessage(said)
        self.ended.emit(said)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.abandon()
        super().closeEvent(event)
