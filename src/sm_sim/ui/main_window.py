"""MainWindow: start screen → attempt → debrief, the Results view, window state remembered,
and a question before a running attempt is left.

``session_created`` is emitted before each attempt starts, so the attempt's journal
subscribes to the run before the first event happens: the window's own ``AttemptRecorder``
begins it there.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from ..engine import ScenarioRun
from ..engine import events as ev
from ..engine.timing import AS_WRITTEN, TimeLimits
from ..records import FORMATS, AttemptJournal, Unfinished
from ..scenario.course import Course
from ..scenario.library import Entry, course_of, load_library, names_of
from .attempt.shortcuts import help_text
from .console.launch import ConsoleLauncher
from .debrief.view import DebriefView
from .dialogs import questions
from .dialogs.appearance import APPEARANCE_KEYS, AppearanceDialog, open_appearance
from .dialogs.questions import Leave
from .filing.actions import RecordActions
from .filing.work import Results, Row, row_for
from .joining import ClassroomSeat
from .kit.background import explain, log_unexpected, run_in_background
from .kit.language import spoken
from .kit.settings import Settings
from .kit.theme import APP_NAME
from .results.view import ResultsView
from .session.attempt import AttemptSession, AttemptSpec, ClockFactory, Mode
from .session.clock import TimerClockDriver
from .session.recorder import AttemptRecorder
from .start.screen import StartScreen

if TYPE_CHECKING:  # each is imported when first opened: the start screen shows sooner
    from .attempt.view import AttemptView
    from .workbench.window import WorkbenchWindow

STATUS_MS = 8000


class MainWindow(QMainWindow):
    session_created = Signal(object)  # AttemptSession, not yet started
    attempt_finished = Signal(object)  # AttemptSession, debrief on screen
    library_ready = Signal()  # the scenarios are on the start screen

    def __init__(self, entries: list[Entry] | None, settings: Settings,
                 clock: ClockFactory = TimerClockDriver, parent: QWidget | None = None,
                 course: Course | None = None) -> None:
        """``entries`` None: the window shows at once and ``read_library`` fills it in."""
        super().__init__(parent)
        self.entries = entries
        self.course = course
        self.settings = settings
        self.clock_factory = clock
        self.session: AttemptSession | None = None
        self.attempt: AttemptView | None = None
        self.debrief_row: Row | None = None  # the attempt on the debrief, as recorded
        self._last: AttemptSpec | None = None
        self._rows: list[Row] | None = None
        self.workbenches: list[WorkbenchWindow] = []  # open trainer's workbenches
        self.consoles = ConsoleLauncher(settings, self)  # classroom sessions' consoles
        self.consoles.said.connect(self.say)
        # Ending with the app's display name, which the platform adds to a title without it
        # (else a screen reader reads the name twice).
        self.setWindowTitle(self.tr("sm-sim training — {app}").format(app=APP_NAME))
        self.setMinimumSize(900, 560)
        self.recorder = AttemptRecorder(settings, self)
        self.session_created.connect(self.recorder.attach)
        self.recorder.save_failed.connect(self.show_save_problem)
        self.recorder.unfinished_found.connect(self._on_recorder_unfinished_found)
        self.recorder.rebuilt.connect(self.resume_attempt)
        self.recorder.said.connect(self.say)
        self.save_problem = QLabel("", self, objectName="warnText")
        self.save_problem.hide()
        self.statusBar().addPermanentWidget(self.save_problem, 1)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.seat = ClassroomSeat(self, self)
        self.session_created.connect(self.seat.attach)  # after the recorder: its journal
        self.start_screen = self._new_start_screen()
        self.debrief = self._new_debrief()
        self.results = ResultsView(settings, self, names_of(entries or []))
        self.results.back_requested.connect(self.show_start)
        self.results.lrs_requested.connect(self.edit_lrs)
        self.results.loaded.connect(self._on_results_loaded)
        for screen in (self.start_screen, self.debrief, self.results):
            self.stack.addWidget(screen)
        help_key = QShortcut(QKeySequence("F1"), self)
        help_key.activated.connect(lambda: questions.show_shortcuts(self, help_text()))
        self.appearance_dialog: AppearanceDialog | None = None
        QShortcut(QKeySequence(APPEARANCE_KEYS), self).activated.connect(self.edit_appearance)
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1400, 900)
        self.results.refresh()  # the cards' best results come from the records

    # -- the scenario library ---------------------------------------------------------------
    def read_library(self, extra_paths: list[Path]) -> None:
        """Read the built-in scenarios and ``extra_paths`` off the GUI thread (checking them
        takes longer than showing the window), then offer them on the start screen."""
        run_in_background(lambda: load_library(extra_paths, spoken()), self.set_library,
                          self._library_failed, self)

    def set_library(self, entries: list[Entry]) -> None:
        self.entries, self.course = entries, course_of(entries, language=spoken())
        self.results.set_names(names_of(entries))
        self.start_screen.set_library(entries, self.course)
        self.library_ready.emit()

    def _library_failed(self, err: BaseException) -> None:
        self.say(self.tr("The scenario library could not be read: {problem}").format(
            problem=explain(err)), False)
        self.set_library([])

    def _new_start_screen(self) -> StartScreen:
        screen = StartScreen(self.entries, self.settings, self, self.course)
        screen.start_requested.connect(self.start_attempt)
        screen.results_requested.connect(self.show_results)
        screen.lrs_requested.connect(self.edit_lrs)
        screen.open_requested.connect(self.open_workbench)
        screen.new_requested.connect(self.new_scenario)
        screen.session_requested.connect(lambda: self.consoles.new_session(self.entries or []))
        screen.appearance_requested.connect(self.edit_appearance)
        if self._rows is not None:
            screen.set_results(self._rows)
        self.seat.bind(screen.join_box)
        return screen

    def _new_debrief(self) -> DebriefView:
        debrief = DebriefView(self)
        debrief.back_requested.connect(self.show_start)
        debrief.retry_requested.connect(self.retry)
        debrief.retry_from.connect(self.retry_from)
        debrief.next_requested.connect(self.seat.play_next)
        actions = self.debrief_actions = RecordActions(self.settings, debrief)
        debrief.export_requested.connect(
            lambda fmt: self.debrief_row is not None and actions.export([self.debrief_row], fmt))
        debrief.send_requested.connect(
            lambda: self.debrief_row is not None and actions.send([self.debrief_row]))
        actions.working.connect(debrief.show_records_status)
        actions.reported.connect(debrief.show_records_status)
        actions.reported.connect(self.say)
        return debrief

    # -- moving between screens -------------------------------------------------------------
    def show_start(self) -> None:
        self.save_problem.hide()  # it was about the attempt just left
        old = self.start_screen
        self.start_screen = self._new_start_screen()
        self.stack.insertWidget(0, self.start_screen)
        self.stack.setCurrentWidget(self.start_screen)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.results.refresh()  # an attempt may have finished: fresh best results

    # -- the trainer's workbench ------------------------------------------------------------
    def open_workbench(self, path: Path | None = None) -> WorkbenchWindow | None:
        path = path or questions.ask_open_scenario(self)
        if path is None:
            return None
        from .preview import PreviewWindow
        from .workbench.window import WorkbenchWindow
        window = WorkbenchWindow(path, preview=PreviewWindow)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _=None, w=window: self.workbenches.remove(w))
        self.workbenches.append(window)
        self.settings.remember_scenario(path)
        window.show()
        return window

    def new_scenario(self) -> WorkbenchWindow | None:
        target = questions.ask_new_scenario(self)
        if target is None:
            return None
        from ..scenario.template import new_scenario
        try:
            path = new_scenario(target.stem, target.parent)
        except OSError as err:
            self.say(self.tr("The scenario could not be written: {problem}").format(
                problem=explain(err)), False)
            return None
        return self.open_workbench(path)

    def show_results(self) -> None:
        self.stack.setCurrentWidget(self.results)
        self.results.refresh()

    def _on_results_loaded(self, results: Results) -> None:
        self._rows = results.rows
        self.start_screen.set_results(results.rows)

    def start_attempt(self, entry: Entry, mode: Mode, trainee: str,
                      time_limits: TimeLimits = AS_WRITTEN) -> AttemptSession:
        scenario, guidance = entry.loaded.scenario, entry.loaded.guidance
        assert scenario is not None and guidance is not None, "only playable cards can start"
        return self._launch(AttemptSpec(scenario, guidance, mode, trainee, time_limits=time_limits))

    def start_recorded(self, spec: AttemptSpec, run: ScenarioRun,
                       journal: AttemptJournal) -> AttemptSession:
        """Start an attempt whose journal the caller began (an LMS launch: its trainee is the
        LMS's learner)."""
        return self._launch(spec, run, journal)

    def resume_attempt(self, run: ScenarioRun, journal: AttemptJournal) -> AttemptSession | None:
        """Carry on an attempt rebuilt from its journal, its feed as it was when it stopped."""
        if self.session is not None and self.session.running:
            journal.close()  # another attempt began meanwhile: this one stays resumable
            return None
        header = journal.header
        mode = Mode.ASSESSMENT if header.mode == Mode.ASSESSMENT.value else Mode.PRACTICE
        spec = AttemptSpec(run.scenario, journal.library, mode, header.trainee, run.seed,
                           time_limits=run.time_limits)
        session = self._launch(spec, run, journal)
        self.say(self.tr("Resumed where you stopped, {time} in.").format(
            time=f"{int(run.now) // 60}:{int(run.now) % 60:02d}"))
        self.seat.rejoin(session)  # an attempt of a classroom session: back in the room
        return session

    def _launch(self, spec: AttemptSpec, run: ScenarioRun | None = None,
                journal: AttemptJournal | None = None) -> AttemptSession:
        from ..scoring.detectors import warm_up
        from .attempt.view import AttemptView
        self._close_attempt()
        self._last = spec
        self.save_problem.hide()
        session = AttemptSession(spec, self.clock_factory, self, run, journal)
        session.finished.connect(self._on_session_finished)
        self.session = session
        self.attempt = AttemptView(session, self)
        self.attempt.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.stack.addWidget(self.attempt)
        self.stack.setCurrentWidget(self.attempt)
        self.attempt.home.setFocus()  # reading order starts at the feed, not the inbox
        self.session_created.emit(session)
        session.start()
        # any reply the trainee writes is judged: the first at once, not after a 0.1 s stall
        run_in_background(warm_up, lambda _: None, log_unexpected, self)
        if session.resumed:
            self.attempt.catch_up()
        self.attempt.home.setFocus()
        return session

    def retry(self) -> None:
        if self._last is not None:
            spec = self._last
            self._launch(AttemptSpec(spec.scenario, spec.guidance, spec.mode, spec.trainee,
                                     time_limits=spec.time_limits))

    def retry_from(self, number: int) -> AttemptSession | None:
        """Practise again from the finished attempt's decision ``number`` (1-based): a new
        practice attempt on the same seed that re-takes the earlier answers at once, then
        plays on live from just before that decision."""
        finished, spec = self.session, self._last
        if finished is None or spec is None or not finished.run.ended:
            return None
        actions = [e for e in finished.run.events if isinstance(e, ev.ActionTaken | ev.FreeAction)]
        answers = [i for i, a in enumerate(actions) if isinstance(a, ev.ActionTaken)]
        if not 1 <= number <= len(answers):
            return None
        session = self._launch(AttemptSpec(spec.scenario, spec.guidance, Mode.PRACTICE, spec.trainee,
                                           finished.run.seed, tuple(actions[:answers[number - 1]]),
                                           finished.run.time_limits))
        self.say(self.tr("Practising again from decision {number}: your earlier answers are "
                         "kept.").format(number=number))
        return session

    def _close_attempt(self, keep: bool = True) -> None:
        """Leave the attempt on screen; a running one is kept resumable unless ``keep`` is False."""
        if self.session is not None:
            self.session.abandon()
            self.recorder.leave(self.session, keep)
        if self.attempt is not None:
            self.stack.removeWidget(self.attempt)
            self.attempt.deleteLater()
        self.session = self.attempt = None

    def _on_session_finished(self, session: AttemptSession) -> None:
        report = session.debrief()
        if report is None:
            return
        journal = session.journal
        saved = journal is not None and journal.finished and journal.error is None
        self.debrief_row = row_for(journal) if saved and journal else None
        if self.debrief_row is not None:  # on record at once, before the next full read
            self._rows = [*(self._rows or []), self.debrief_row]
        self.debrief.enable_exports(FORMATS if saved else ())
        self.debrief.enable_send(saved)
        self.debrief.offer_next(*(self.seat.next_up(session) or ("",)))
        self.debrief.show_debrief(report, session.spec.trainee, session.mode.title,
                                  session.time_limits)
        # The debrief takes the focus, to be read from the top (the outcome, the score): given
        # before it shows, or the stack would hand the attempt's focus to a card's button.
        self.debrief.setFocus()
        self.stack.setCurrentWidget(self.debrief)
        self.attempt_finished.emit(session)

    def finished_here(self, code: str, account: str) -> set[str]:
        """The scenarios ``account`` has finished on this computer in classroom session
        ``code`` (from the attempts on record, as far as they have been read)."""
        return {row.header.scenario for row in self._rows or ()
                if row.header is not None and row.header.session == code
                and row.header.trainee_id == account and row.record.finished}

    # -- records: unfinished attempts, save problems, the LRS -------------------------------
    def offer_resume(self) -> None:
        """At start-up: look for unfinished attempts (in the background) and offer them."""
        self.recorder.look_for_unfinished()

    def _on_recorder_unfinished_found(self, unfinished: list[Unfinished]) -> None:
        if not unfinished or (self.session is not None and self.session.running):
            return
        choice = questions.ask_resume(self, unfinished)
        if choice is None:
            return
        if choice.resume:
            self.recorder.resume(choice.attempt.path)
        else:
            self.recorder.give_up(choice.attempt.path)

    def show_save_problem(self, text: str) -> None:
        self.save_problem.setText(text)
        self.save_problem.setToolTip(text)
        self.save_problem.show()

    def say(self, text: str, ok: bool = True) -> None:
        self.statusBar().showMessage(text, STATUS_MS if ok else 3 * STATUS_MS)

    def edit_lrs(self) -> None:
        edited = questions.edit_lrs(self, self.settings.lrs, self.settings.file_name())
        if edited is not None:
            self.settings.lrs = edited
            self.results.lrs_settings_changed()
            self.say(self.tr("Learning Record Store settings saved.") if edited.ready else
                     self.tr("No Learning Record Store: records stay on this computer."))

    def edit_appearance(self) -> AppearanceDialog:
        """The Appearance dialog (the one already open, brought forward)."""
        if self.appearance_dialog is None:
            self.appearance_dialog = open_appearance(self, self.settings)
            self.appearance_dialog.destroyed.connect(self._on_appearance_closed)
        self.appearance_dialog.raise_()
        self.appearance_dialog.activateWindow()
        return self.appearance_dialog

    def _on_appearance_closed(self) -> None:
        self.appearance_dialog = None

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None and self.session.running:
            choice = questions.ask_leave(self)
            if choice is Leave.STAY:
                event.ignore()
                return
            self._close_attempt(keep=choice is Leave.KEEP)
        self.settings.save_geometry(self.saveGeometry())
        self._close_attempt()
        self.seat.leave()  # what the classroom has not heard yet waits in the outbox
        event.accept()
