"""Every shipped scenario, played to its debrief in the real window with the keyboard alone:
number keys choose, a free-text option takes typed words, Ctrl+Enter sends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sm_sim.scenario.library import Entry
from sm_sim.ui.kit.settings import Settings
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.attempt import Mode
from sm_sim.ui.session.clock import SimulatedClockDriver

from ..conftest import SCENARIOS
from ..test_library import FILES

REPLY = "Thanks for getting in touch. I can't discuss that here, but please call 101."


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_a_scenario_plays_to_its_debrief_with_the_keyboard_alone(qtbot, library: list[Entry],
                                                                 path) -> None:
    entry = next(e for e in library if e.path.resolve() == path.resolve())
    assert entry.ok and path.parent == SCENARIOS
    window = MainWindow([entry], Settings(), SimulatedClockDriver)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is not None)
    session = window.start_attempt(entry, Mode.PRACTICE, "PC Keys Only")
    compose = window.attempt.compose
    sent = 0
    while not session.run.ended:
        assert session.clock.run_until(lambda: compose.decision is not None or session.run.ended,
                                       step=2.0)
        if session.run.ended:
            break
        focused = QApplication.focusWidget()
        assert focused is not None and window.attempt.isAncestorOf(focused)
        qtbot.keyClick(focused, Qt.Key.Key_1)
        option = compose.selected()
        assert option is compose.options[0]
        if option.free_text:
            assert QApplication.focusWidget() is compose.editor
            qtbot.keyClicks(compose.editor, REPLY)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
        sent += 1
    assert sent >= 3  # option 1 every time: some routes end sooner than the longest
    assert window.stack.currentWidget() is window.debrief
    assert window.debrief.data is not None and len(window.debrief.data.decisions) == sent
