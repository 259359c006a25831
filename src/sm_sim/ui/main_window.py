"""MainWindow: start screen → attempt → debrief, window state remembered, and a question
before a running attempt is abandoned.

``session_created`` is emitted before each attempt starts, so the records layer can add
its hooks (``session.on_event`` / ``on_finished``) before the first event happens.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from . import dialogs
from .attempt_view import AttemptView
from .clock import TimerClockDriver
from .debrief_view import DebriefView
from .library import Entry
from .session import AttemptSession, AttemptSpec, ClockFactory, Mode
from .settings import Settings
from .start_screen import StartScreen
from .theme import APP_NAME


class MainWindow(QMainWindow):
    session_created = Signal(object)  # AttemptSession, not yet started
    attempt_finished = Signal(object)  # AttemptSession, debrief on screen

    def __init__(self, entries: list[Entry], settings: Settings,
                 clock: ClockFactory = TimerClockDriver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = entries
        self.settings = settings
        self.clock_factory = clock
        self.session: AttemptSession | None = None
        self.attempt: AttemptView | None = None
        self._last: tuple[Entry, Mode, str] | None = None
        self.setWindowTitle(f"{APP_NAME} — sm-sim training")
        self.setMinimumSize(980, 640)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.start_screen = self._new_start_screen()
        self.debrief = DebriefView(self)
        self.debrief.back_requested.connect(self.show_start)
        self.debrief.retry_requested.connect(self.retry)
        self.stack.addWidget(self.start_screen)
        self.stack.addWidget(self.debrief)
        help_key = QShortcut(QKeySequence("F1"), self)
        help_key.activated.connect(lambda: dialogs.show_shortcuts(self))
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1400, 900)

    def _new_start_screen(self) -> StartScreen:
        screen = StartScreen(self.entries, self.settings, self)
        screen.start_requested.connect(self.start_attempt)
        return screen

    # -- moving between screens -------------------------------------------------------------
    def show_start(self) -> None:
        old = self.start_screen
        self.start_screen = self._new_start_screen()  # fresh cards show the best scores
        self.stack.insertWidget(0, self.start_screen)
        self.stack.setCurrentWidget(self.start_screen)
        self.stack.removeWidget(old)
        old.deleteLater()

    def start_attempt(self, entry: Entry, mode: Mode, trainee: str) -> AttemptSession:
        scenario, guidance = entry.loaded.scenario, entry.loaded.guidance
        assert scenario is not None and guidance is not None, "only playable cards can start"
        self._close_attempt()
        self._last = (entry, mode, trainee)
        session = AttemptSession(AttemptSpec(scenario, guidance, mode, trainee),
                                 self.clock_factory, self)
        session.finished.connect(self._on_session_finished)
        self.session = session
        self.attempt = AttemptView(session, self)
        self.attempt.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.stack.addWidget(self.attempt)
        self.stack.setCurrentWidget(self.attempt)
        self.session_created.emit(session)
        session.start()
        self.attempt.home.setFocus()
        return session

    def retry(self) -> None:
        if self._last is not None:
            self.start_attempt(*self._last)

    def _close_attempt(self) -> None:
        if self.session is not None:
            self.session.abandon()
        if self.attempt is not None:
            self.stack.removeWidget(self.attempt)
            self.attempt.deleteLater()
        self.session = self.attempt = None

    def _on_session_finished(self, session: AttemptSession) -> None:
        report = session.debrief()
        if report is None:
            return
        self.settings.record_score(session.scenario.id, report.score)
        self.debrief.show_debrief(report.to_dict(), session.spec.trainee, session.mode.title)
        self.stack.setCurrentWidget(self.debrief)
        self.attempt_finished.emit(session)

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None and self.session.running and not dialogs.confirm_quit(self):
            event.ignore()
            return
        self.settings.save_geometry(self.saveGeometry())
        self._close_attempt()
        event.accept()
