"""Shell: the preview window the workbench's "Play from here" opens — a recruit's screen
on a practice run that starts at the state the trainer chose. It is never recorded as an
attempt: no journal, no results, no LRS. Posts that earlier states would have published are
not in its feed; the window says so. (It lives at the shell because it puts one screen, the
attempt, inside another's tool: the workbench is handed it, as ``preview=``.)"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from ..scenario import GuidanceLibrary
from ..scenario.model import Scenario
from .attempt.view import AttemptView
from .kit.language import say
from .session.attempt import AttemptSession, AttemptSpec, ClockFactory, Mode
from .session.clock import TimerClockDriver


class PreviewWindow(QMainWindow):
    """A recruit's screen on a preview run; closing it stops the run and keeps nothing."""

    ended = Signal(str)  # what the status line says when the preview ends

    def __init__(self, scenario: Scenario, guidance: GuidanceLibrary, state: str,
                 clock: ClockFactory = TimerClockDriver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewWindow")
        title = scenario.states[scenario.start].title or scenario.start
        self.setWindowTitle(self.tr("Preview from “{title}” — not recorded").format(title=title))
        trainee = self.tr("Preview")  # the name the run's screen gives its trainee
        self.session = AttemptSession(AttemptSpec(scenario, guidance, Mode.PRACTICE, trainee),
                                      clock, self)
        self.view = AttemptView(self.session, self)
        self.setCentralWidget(self.view)
        self.view.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.session.finished.connect(self._on_session_finished)
        self.statusBar().showMessage(self.tr("Preview from {state}: posts from earlier states are "
                                             "not in this feed, and nothing is recorded.").format(
                                                 state=state))
        self.resize(1280, 800)

    def start(self) -> None:
        self.session.start()

    def _on_session_finished(self, session: AttemptSession) -> None:
        report = session.debrief()
        said = self.tr("Preview ended: {ending}, score {score}/100 ({verdict}). Close this window "
                       "to go back to the map.").format(
            ending=report.ending.title, score=report.score, verdict=say(report.verdict)) if report \
            else self.tr("Preview ended.")
        self.statusBar().showMessage(said)
        self.ended.emit(said)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.abandon()
        super().closeEvent(event)
