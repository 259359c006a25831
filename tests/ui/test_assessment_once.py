"""An assessment is taken once per trainee and scenario; practice is always open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sm_sim.scenario.library import Entry
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.attempt import Mode

from .helpers import play_through


def test_a_finished_assessment_cannot_be_taken_again(qtbot, window: MainWindow,
                                                     example: Entry) -> None:
    window.start_attempt(example, Mode.ASSESSMENT, "PC Amir Shah")
    play_through(window)
    window.show_start()
    screen = window.start_screen
    scenario_id = example.loaded.scenario.id
    screen.choose(scenario_id, Mode.ASSESSMENT, "PC Amir Shah")
    assert not screen.start_button.isEnabled()
    assert "took this assessment" in screen.why_not.text()
    screen.choose(scenario_id, Mode.PRACTICE, "PC Amir Shah")
    assert screen.start_button.isEnabled() and screen.why_not.text() == ""
    screen.choose(scenario_id, Mode.ASSESSMENT, "PC Beth Ward")
    assert screen.start_button.isEnabled()


def test_an_assessment_on_record_is_found_when_the_app_starts(
        qtbot, window: MainWindow, example: Entry, journalled: Callable[..., Path]) -> None:
    journalled("PCSO Megan Lloyd", mode="assessment")
    window.show_start()
    screen = window.start_screen
    qtbot.waitUntil(lambda: screen.rows is not None and len(screen.rows) == 1)
    screen.choose(example.loaded.scenario.id, Mode.ASSESSMENT, "pcso megan  lloyd")
    assert not screen.start_button.isEnabled()
