"""The app launched by an LMS (cmi5): the attempt opens on the launched scenario as the LMS's
learner, the LMS hears initialized at once, the result when the debrief appears, terminated
when the app closes; a retry from the same window stays on this computer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sm_sim.records import read_attempt
from sm_sim.records.cmi5 import au_url
from sm_sim.records.cmi5_session import Cmi5Session, LaunchedAttempt
from sm_sim.records.names import XapiSettings
from sm_sim.ui import launch as launch_module
from sm_sim.ui.dialogs import questions
from sm_sim.ui.main_window import MainWindow

from ..records.test_cmi5_launch import PUBLISHER, _held, assert_cmi5
from .helpers import play_through


def test_the_launched_attempt_is_reported_and_a_retry_is_not(qtbot, window: MainWindow, lms, lrs):
    made = lms.launch(au_url("cordon_questions"), PUBLISHER)
    request, _entries, entry = launch_module.prepare(made.url, [])
    run, journal = launch_module.begin(request, entry)
    session = Cmi5Session.open(request, XapiSettings())
    launch = launch_module.show(window, LaunchedAttempt(session, journal), entry, run)
    assert window.session is launch.session and window.attempt is not None
    assert window.statusBar().currentMessage() == "The LMS knows you have started."
    assert launch.session.spec.trainee == "PC Sam Okafor"
    play_through(window)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Your result has gone to the LMS.",
                    timeout=15_000)
    window.retry()
    assert window.statusBar().currentMessage() == launch_module.NOT_SENT
    window.session.abandon()  # type: ignore[union-attr]
    report = launch.end()
    assert report.error is None and report.sent == 1
    verbs = assert_cmi5(_held(lrs, made.registration), made)
    assert verbs[0] == "initialized" and verbs[-3:] in (["passed", "completed", "terminated"],
                                                        ["failed", "completed", "terminated"])
    recorded = read_attempt(journal.path)
    assert recorded.status == "finished" and recorded.header.trainee_id == "learner-4471"


def test_a_launch_that_cannot_start_says_why_in_a_dialog(lms, monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path):
    said: list[str] = []
    monkeypatch.setattr(questions, "show_launch_problem", lambda parent, text: said.append(text))
    monkeypatch.setattr(launch_module, "start_logging", lambda: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_launch installs its own
    assert launch_module.run_launch("sm-sim://launch/cordon_questions", [], XapiSettings(), 5) == 1
    assert "has no 'endpoint'" in said[-1]
    made = lms.launch(au_url("cordon_questions"), PUBLISHER)
    made.fetched = 1  # the token was handed out already: the LMS refuses a second one
    assert launch_module.run_launch(made.url, [], XapiSettings(), 5) == 1
    assert "already handed out" in said[-1]


def test_a_launched_attempt_is_played_with_the_time_limits_it_is_given(
        qtbot, window: MainWindow, lms, lrs):
    from sm_sim.engine import TimeLimits
    made = lms.launch(au_url("cordon_questions"), PUBLISHER)
    request, _entries, entry = launch_module.prepare(made.url, [])
    run, journal = launch_module.begin(request, entry, TimeLimits(3.0))
    session = Cmi5Session.open(request, XapiSettings())
    launch = launch_module.show(window, LaunchedAttempt(session, journal), entry, run)
    assert launch.session.run.time_limits == TimeLimits(3.0)
    assert journal.header.time_limits == "3"
    compose = window.attempt.compose
    assert launch.session.clock.run_until(lambda: compose.decision is not None)
    assert compose.countdown.text() == "4:30 left" and compose.limits_note.text() == "3× time"
    window.retry()  # kept on this computer, with the same time limits
    assert window.session.run.time_limits == TimeLimits(3.0)
    window.session.abandon()  # type: ignore[union-attr]
    launch.end()
