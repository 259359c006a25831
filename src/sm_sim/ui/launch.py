"""``run_launch``: the app on the scenario an LMS launched (cmi5). The launch itself — the
token, the launch data, the statements — is the records layer's ``Cmi5Session``; this file only
starts the attempt in the window, tells the LMS when it ends, and terminates at exit.

Only the attempt the LMS launched is reported to it: a retry or another scenario started from
the same window stays on this computer (a cmi5 session has one verdict), and says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from ..engine import ScenarioRun
from ..engine.timing import AS_WRITTEN, TimeLimits
from ..records import JournalError, SendReport
from ..records.cmi5_launch import LaunchError, LaunchRequest, parse_launch
from ..records.cmi5_session import Cmi5Session, LaunchedAttempt, trainee_of
from ..records.journal import AttemptJournal
from ..records.names import XapiSettings
from ..scenario.library import Entry, course_of, entry_for, load_library
from .app import make_application, style_application
from .dialogs import questions
from .errors import ErrorHandler, start_logging
from .kit.background import explain, run_in_background, wait_for_background
from .kit.language import QT_TRANSLATE_NOOP, say, spoken, translate
from .kit.settings import Settings
from .main_window import MainWindow
from .session.attempt import AttemptSession, AttemptSpec, Mode

NOT_SENT = QT_TRANSLATE_NOOP("LmsLaunch", "This attempt stays on this computer: the LMS is told "
                                         "only about the attempt it launched.")


class LmsLaunch(QObject):
    """The launched attempt in the window, and what the LMS is told about it."""

    def __init__(self, window: MainWindow, launched: LaunchedAttempt) -> None:
        super().__init__(window)
        self.window, self.launched = window, launched
        self.session: AttemptSession | None = None
        window.session_created.connect(self._on_window_session_created)
        window.attempt_finished.connect(self._on_window_attempt_finished)

    def start(self, spec: AttemptSpec, run: ScenarioRun) -> AttemptSession:
        self.session = self.window.start_recorded(spec, run, self.launched.journal)
        self._say(self.launched.reports[-1], translate("LmsLaunch", "The LMS knows you have started."))
        return self.session

    def end(self) -> SendReport:
        """``terminated`` (after anything the LMS has not heard yet), when the window has gone."""
        if self.session is not None and self.session.running:
            self.session.abandon()
        return self.launched.end()

    def _on_window_session_created(self, session: AttemptSession) -> None:
        if self.session is not None and session is not self.session:
            self.window.say(translate("LmsLaunch", NOT_SENT))

    def _on_window_attempt_finished(self, session: AttemptSession) -> None:
        if session is not self.session:
            return
        run_in_background(self.launched.finish,
                          lambda report: self._say(report, translate("LmsLaunch",
                                                                     "Your result has gone to the LMS.")),
                          lambda err: self.window.say(translate(
                              "LmsLaunch", "Your result could not be sent to the LMS: {problem}").format(
                                  problem=explain(err)), False),
                          context=self)

    def _say(self, report: SendReport, done: str) -> None:
        if report.error is None and not report.rejected:
            self.window.say(done)
        else:
            self.window.say(translate("LmsLaunch", "The LMS has not heard everything yet: {why}").format(
                why=say(report.describe(self.launched.session.outbox.folder))), False)


def prepare(url: str, extra_paths: list[Path]) -> tuple[LaunchRequest, list[Entry], Entry]:
    """The launch read and its scenario found, before the LMS hands out its one token."""
    request = parse_launch(url)
    entries = load_library(extra_paths, spoken())
    entry = entry_for(entries, request.scenario_id)
    if entry is None:
        raise LaunchError(translate("LmsLaunch", "no playable scenario '{scenario}' is installed on "
                                                 "this computer").format(scenario=request.scenario_id))
    return request, entries, entry


def begin(request: LaunchRequest, entry: Entry,
          time_limits: TimeLimits = AS_WRITTEN) -> tuple[ScenarioRun, AttemptJournal]:
    """The run, and its journal as the LMS's learner (before the token is fetched); with the
    time limits this computer's trainee last started with (there is no start screen)."""
    scenario, guidance = entry.loaded.scenario, entry.loaded.guidance
    assert scenario is not None and guidance is not None, "entry_for finds playable ones"
    run = ScenarioRun(scenario, time_limits=time_limits)
    return run, AttemptJournal.begin(run, guidance, trainee_of(request), mode=request.mode)


def show(window: MainWindow, launched: LaunchedAttempt, entry: Entry, run: ScenarioRun) -> LmsLaunch:
    """Send ``initialized`` and start the attempt on screen."""
    assert entry.loaded.scenario is not None and entry.loaded.guidance is not None
    launched.start()
    launch = LmsLaunch(window, launched)
    request = launched.session.request
    mode = Mode.ASSESSMENT if request.mode == Mode.ASSESSMENT.value else Mode.PRACTICE
    spec = AttemptSpec(entry.loaded.scenario, entry.loaded.guidance, mode,
                       launched.journal.header.trainee, run.seed, time_limits=run.time_limits)
    launch.start(spec, run)
    return launch


def run_launch(url: str, extra_paths: list[Path], xapi: XapiSettings, timeout: float,
               time_limits: TimeLimits | None = None) -> int:
    """The app on the launched scenario; the exit code (1 when the launch cannot be followed).
    ``xapi`` left at its placeholders gives way to the IRIs set in the app's LRS settings, and
    ``time_limits`` not given to those the trainee last started with in the app."""
    ErrorHandler(start_logging()).install()
    app = make_application()
    settings = Settings()
    style_application(app, settings)
    if xapi == XapiSettings():  # no --xapi-base or --homepage: the school's, as set in the app
        xapi = settings.lrs.xapi()
    try:
        request, entries, entry = prepare(url, extra_paths)
        run, journal = begin(request, entry,
                             settings.time_limits if time_limits is None else time_limits)
    except LaunchError as err:
        questions.show_launch_problem(None, say(str(err)))
        return 1
    except (JournalError, OSError) as err:
        questions.show_launch_problem(None, translate("LmsLaunch", "the attempt cannot be saved "
                                                                   "({problem})").format(problem=explain(err)))
        return 1
    try:
        session = Cmi5Session.open(request, xapi, timeout=timeout)
    except LaunchError as err:
        journal.abandon(f"the LMS's launch could not be followed: {err}")  # the record's words
        questions.show_launch_problem(None, say(str(err)))
        return 1
    window = MainWindow(entries, settings, course=course_of(entries, language=spoken()))
    launch = show(window, LaunchedAttempt(session, journal), entry, run)
    window.show()
    code = int(app.exec())
    wait_for_background()  # the result, if it is still on its way
    launch.end()
    return code
