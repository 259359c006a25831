"""A recruit's first hour, as they meet the app: a second start on the same computer, going
back to the scenarios after a run, and what the screen says while they play."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sm_sim.scenario.library import Entry
from sm_sim.ui.kit.settings import Settings
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.clock import SimulatedClockDriver


def _open(qtbot, entries: list[Entry]) -> MainWindow:
    window = MainWindow(entries, Settings(), SimulatedClockDriver)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _play_to_the_end(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.start_screen.start_button, Qt.MouseButton.LeftButton)
    session = window.session
    assert session is not None
    compose = window.attempt.compose
    while not session.run.ended:
        assert session.clock.run_until(lambda: compose.decision is not None or session.run.ended)
        if compose.decision is not None:
            compose.select(1)
            if compose.editor.isVisible():
                compose.editor.setPlainText("Thanks for asking. Please call 101 about this.")
            assert compose.submit()
    assert window.stack.currentWidget() is window.debrief


def test_a_second_start_on_the_same_computer_remembers_the_trainee_without_an_error(
        qtbot, example: Entry) -> None:
    """The first run leaves its name in the settings and an attempt in the data folder; the
    second start (one scenario, so its card is chosen for the trainee) opens cleanly."""
    first = _open(qtbot, [example])
    first.start_screen.choose(example.loaded.scenario.id, first.start_screen.selected_mode(),
                              "PC Ada Byron")
    _play_to_the_end(qtbot, first)
    first.close()
    again = _open(qtbot, [example])
    start = again.start_screen
    assert start.name.text() == "PC Ada Byron"
    assert start.selected_entry() is example and start.start_button.isEnabled()


def test_back_to_the_scenarios_after_a_finished_run_opens_a_working_start_screen(
        qtbot, example: Entry) -> None:
    window = _open(qtbot, [example])
    window.start_screen.choose(example.loaded.scenario.id, window.start_screen.selected_mode(),
                               "PC Back Again")
    _play_to_the_end(qtbot, window)
    window.debrief.back_requested.emit()
    assert window.stack.currentWidget() is window.start_screen
    assert window.start_screen.name.text() == "PC Back Again"
    assert window.start_screen.start_button.isEnabled()
