"""Time limits a trainee can adjust (WCAG 2.2.1), in the app: the start screen's menu, used with
the keyboard, remembered by the next start; the attempt counts down the adjusted time (nothing
when they are off); the debrief and the record say so."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sm_sim.engine import TimeLimits
from sm_sim.engine.timing import AS_WRITTEN, OFF
from sm_sim.records import read_attempt
from sm_sim.scenario.library import Entry
from sm_sim.ui.dialogs import questions
from sm_sim.ui.dialogs.resume import ResumeChoice, describe
from sm_sim.ui.kit.settings import Settings
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.attempt import Mode
from sm_sim.ui.session.clock import SimulatedClockDriver

from .helpers import play_through

FIRST_AT, FIRST_LIMIT = 25.0, 90.0  # the example's first decision and its time limit


def _open(qtbot, entries: list[Entry]) -> MainWindow:
    window = MainWindow(entries, Settings(), SimulatedClockDriver)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _focused():  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


def _choose_by_keyboard(qtbot, window: MainWindow, steps: int) -> None:
    """Alt+T to the menu (its title's mnemonic), then Down ``steps`` times."""
    start = window.start_screen
    with qtbot.waitActive(window):  # a mnemonic works in the active window
        window.activateWindow()
    start.name.setFocus()
    qtbot.keyClick(start.name, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _focused() is start.time_limits)
    for _ in range(steps):
        qtbot.keyClick(start.time_limits, Qt.Key.Key_Down)


def test_the_menu_offers_the_adjustments_with_an_accessible_name(qtbot, example: Entry) -> None:
    start = _open(qtbot, [example]).start_screen
    combo = start.time_limits
    assert combo.accessibleName() == "Time limits"
    assert "does not change the score" in combo.accessibleDescription()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "As written", "1.5× as long", "2× as long", "3× as long", "Off: no decision runs out of time"]
    assert start.selected_time_limits() == AS_WRITTEN  # a first start: as the scenario writes them
    assert combo.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_tab_reaches_the_menu_after_the_modes(qtbot, example: Entry) -> None:
    start = _open(qtbot, [example]).start_screen
    radio = start.mode_buttons[Mode.ASSESSMENT]
    radio.setFocus()
    qtbot.waitUntil(lambda: _focused() is radio)
    qtbot.keyClick(radio, Qt.Key.Key_Tab)
    assert _focused() is start.time_limits


def test_doubled_by_keyboard_counts_down_the_doubled_time_and_is_remembered(
        qtbot, example: Entry) -> None:
    window = _open(qtbot, [example])
    start = window.start_screen
    start.name.setText("PC Ada Byron")
    _choose_by_keyboard(qtbot, window, 2)
    assert start.time_limits.currentText() == "2× as long"
    assert start.selected_time_limits() == TimeLimits(2.0)
    qtbot.keyClick(start.name, Qt.Key.Key_Return)  # Enter in the name starts, as before
    session = window.session
    assert session is not None and session.run.time_limits == TimeLimits(2.0)
    attempt = window.attempt
    compose = attempt.compose
    assert session.clock.run_until(lambda: compose.decision is not None)
    assert compose.countdown.isVisible() and compose.countdown.text() == "3:00 left"
    assert compose.limits_note.isVisible() and compose.limits_note.text() == "2× time"
    assert compose.limits_note.accessibleName() == "Time limits doubled for this attempt"
    session.clock.step(FIRST_LIMIT + 1)  # past the time limit as written: still open
    assert compose.decision is not None and compose.countdown.text() == "1:29 left"
    window.close()

    again = _open(qtbot, [example])
    assert again.start_screen.selected_time_limits() == TimeLimits(2.0)
    assert again.start_screen.time_limits.currentText() == "2× as long"


def test_switched_off_there_is_no_countdown_and_the_decision_waits(qtbot, example: Entry) -> None:
    window = _open(qtbot, [example])
    window.start_screen.choose(example.loaded.scenario.id, Mode.ASSESSMENT, "PC No Rush", OFF)
    window.start_screen.start()
    session, compose = window.session, window.attempt.compose
    assert session is not None and session.run.time_limits == OFF
    assert session.clock.run_until(lambda: compose.decision is not None)
    assert not compose.countdown.isVisible()
    assert compose.limits_note.isVisible() and compose.limits_note.text() == "No time limit"
    session.clock.step(10 * FIRST_LIMIT)
    assert compose.decision is not None and not compose.countdown.isVisible()
    assert Settings().time_limits == OFF


def test_the_debrief_and_the_record_say_so(qtbot, example: Entry) -> None:
    window = _open(qtbot, [example])
    window.start_screen.choose(example.loaded.scenario.id, Mode.PRACTICE, "PC Steady",
                               TimeLimits(1.5))
    window.start_screen.start()
    play_through(window)
    assert window.stack.currentWidget() is window.debrief
    note = window.debrief.time_limits_note
    assert note is not None and note.isVisible()
    assert note.text() == ("Time limits were one and a half times as long for this attempt. "
                           "Your score is worked out exactly as it is without this.")
    journal = window.session.journal
    assert journal is not None and journal.finished
    assert read_attempt(journal.path).header.limits == TimeLimits(1.5)
    window.retry()  # Try again: the same time limits
    assert window.session.run.time_limits == TimeLimits(1.5)


def _header(window: MainWindow) -> dict:
    journal = window.session.journal
    assert journal is not None
    return json.loads(journal.path.read_text(encoding="utf-8").splitlines()[0])


def test_as_written_the_attempt_and_debrief_are_as_before(qtbot, example: Entry) -> None:
    window = _open(qtbot, [example])
    window.start_screen.choose(example.loaded.scenario.id, Mode.PRACTICE, "PC Usual")
    window.start_screen.start()
    session, compose = window.session, window.attempt.compose
    assert session.clock.run_until(lambda: compose.decision is not None)
    assert compose.countdown.text() == "1:30 left" and not compose.limits_note.isVisible()
    play_through(window)
    assert window.debrief.time_limits_note is None
    assert "time_limits" not in _header(window)


def test_a_resumed_attempt_keeps_its_time_limits(qtbot, example: Entry, monkeypatch) -> None:
    window = _open(qtbot, [example])
    session = window.start_attempt(example, Mode.PRACTICE, "PC Resume", TimeLimits(3.0))
    compose = window.attempt.compose
    assert session.clock.run_until(lambda: compose.decision is not None)
    path = session.journal.path
    window.close()  # the conftest answers "Keep it for later"
    offered: list[str] = []

    def resume_first(parent, unfinished):  # type: ignore[no-untyped-def]
        offered.append(describe(unfinished[0]))
        return ResumeChoice(unfinished[0], resume=True)

    monkeypatch.setattr(questions, "ask_resume", resume_first)
    again = _open(qtbot, [example])
    assert again.start_screen.selected_time_limits() == AS_WRITTEN  # not started from the menu
    with qtbot.waitSignal(again.session_created, timeout=5000):
        again.offer_resume()
    assert "time limits tripled" in offered[0]
    resumed = again.session
    assert resumed is not None and resumed.resumed and resumed.run.time_limits == TimeLimits(3.0)
    assert resumed.journal.path == path
    assert again.attempt.compose.limits_note.text() == "3× time"
    assert again.attempt.compose.countdown.text() == "4:30 left"


def test_a_decision_the_scenario_does_not_time_says_nothing_of_time_limits(
        qtbot, example: Entry) -> None:
    window = _open(qtbot, [example])
    session = window.start_attempt(example, Mode.PRACTICE, "PC Untimed", TimeLimits(2.0))
    compose = window.attempt.compose
    play_through(window, until=lambda: compose.decision is not None
                 and compose.decision.time_limit is None)
    assert session.run.open_decision is not None
    assert not compose.limits_note.isVisible() and not compose.countdown.isVisible()
