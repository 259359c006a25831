"""What people expect of a desktop app: keys, quitting safely, remembering, calm errors."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sm_sim.engine import events as ev
from sm_sim.scenario.library import Entry
from sm_sim.scoring.debrief import Debrief, EndingSummary
from sm_sim.ui import errors
from sm_sim.ui.dialogs import questions
from sm_sim.ui.kit.settings import Settings
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.attempt import Mode

from .helpers import start_and_answer


def _to_second_decision(window: MainWindow, example: Entry) -> None:
    session = start_and_answer(window, example, "leave_mary")
    assert session.clock.run_until(lambda: window.attempt.compose.decision is not None)


def test_keyboard_moves_through_posts_and_likes_the_focused_one(
        qtbot, window: MainWindow, example: Entry) -> None:
    _to_second_decision(window, example)
    attempt = window.attempt
    attempt.activateWindow()
    attempt.home.setFocus()
    feed = attempt.home.feed
    banter = feed.row_of("banter_joke")
    assert banter >= 0
    for _ in range(banter + 1):
        qtbot.keyClick(attempt.home, Qt.Key.Key_J)
    assert attempt.home.current_item().post_id == "banter_joke"
    qtbot.keyClick(attempt.home, Qt.Key.Key_K)
    qtbot.keyClick(attempt.home, Qt.Key.Key_J)
    qtbot.keyClick(attempt.home, Qt.Key.Key_L)
    assert attempt.compose.selected().id == "like_banter"
    assert "Liking @ThinBlueBanter" in attempt.compose.draft_label.text()


def test_clicking_a_posts_heart_picks_the_matching_option(
        qtbot, window: MainWindow, example: Entry) -> None:
    _to_second_decision(window, example)
    attempt = window.attempt
    assert attempt.act_on_post("banter_joke", "like")
    assert attempt.compose.selected().id == "like_banter"
    assert not attempt.store.get("banter_joke").liked  # chosen in the panel, not yet done


def test_quitting_a_running_attempt_asks_first(
        qtbot, window: MainWindow, example: Entry, monkeypatch: pytest.MonkeyPatch) -> None:
    window.start_attempt(example, Mode.ASSESSMENT, "PC Quit")
    asked: list[bool] = []
    monkeypatch.setattr(questions, "ask_leave",
                        lambda parent: asked.append(True) or questions.Leave.STAY)
    window.close()
    assert asked and window.isVisible() and window.session.running
    monkeypatch.setattr(questions, "ask_leave", lambda parent: questions.Leave.KEEP)
    window.close()
    assert not window.isVisible()
    assert Settings().geometry() is not None  # the window's place is remembered


def test_trainee_name_is_remembered(qtbot, window: MainWindow) -> None:
    window.start_screen.choose("cordon_questions", Mode.ASSESSMENT, "  PC Memory ")
    window.start_screen.start()
    assert Settings().trainee == "PC Memory"
    assert Settings().mode == "assessment"
    assert window.session.mode is Mode.ASSESSMENT


def test_work_inbox_counts_unread_messages(qtbot, window: MainWindow, example: Entry) -> None:
    window.start_attempt(example, Mode.PRACTICE, "PC Inbox")
    inbox = window.attempt.inbox
    for n, urgency in enumerate(("normal", "urgent")):
        inbox.add(ev.InternalMessageReceived(float(n), f"w{n}", "sergeant", "Sgt Ayo Bello",
                                             "supervisor", f"Subject {n}", "Call me.", urgency))
    assert inbox.model.unread == 2
    assert window.attempt.side_tabs.tabText(0) == "Work inbox (2)"
    inbox.list.setCurrentIndex(inbox.model.index(0))
    assert inbox.model.unread == 1
    assert "Subject 1" in inbox.reader.toPlainText()


def test_exports_show_only_when_connected(qtbot, window: MainWindow) -> None:
    data = Debrief("t", "T", "1", EndingSummary("end", "End", "S", good=True), score=80, passed=True,
                   pass_mark=60, competencies={"a": 80}, competency_titles={"a": "A"})
    window.debrief.enable_exports(("pdf",))
    window.debrief.show_debrief(data, "PC", "Practice")
    with qtbot.waitSignal(window.debrief.export_requested) as asked:
        qtbot.mouseClick(window.debrief.export_buttons["pdf"], Qt.MouseButton.LeftButton)
    assert asked.args == ["pdf"]


def test_unexpected_errors_go_to_the_log_and_a_calm_dialog(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(questions, "show_error", lambda parent, summary, path: shown.append(summary))
    log_file = tmp_path / "sm-sim.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    errors.log.addHandler(handler)
    try:
        raise ValueError("boom")
    except ValueError as error:
        errors.ErrorHandler(log_file)(ValueError, error, error.__traceback__)
    finally:
        errors.log.removeHandler(handler)
        handler.close()
    assert shown and "Traceback" not in shown[0]
    assert "ValueError: boom" in log_file.read_text(encoding="utf-8")


def test_the_real_clock_drives_the_feed_and_stops_with_the_window(
        qtbot, library: list[Entry], example: Entry) -> None:
    from sm_sim.ui.session.clock import TimerClockDriver

    main = MainWindow(library, Settings())  # the app's own QTimer clock
    qtbot.addWidget(main)
    main.show()
    session = main.start_attempt(example, Mode.PRACTICE, "PC Clock")
    assert isinstance(session.clock, TimerClockDriver) and session.clock.active
    with qtbot.waitSignal(session.clock.ticked, timeout=2000):
        pass
    qtbot.waitUntil(lambda: main.attempt.home.feed.rowCount() > 0, timeout=2000)
    session.clock.set_paused(True)
    paused_at = session.run.now
    with qtbot.waitSignal(session.clock.ticked, timeout=2000):
        pass
    assert session.run.now == paused_at
    main.close()
    assert not session.clock.active


def test_every_scenario_action_has_a_button_verb_and_an_icon() -> None:
    from sm_sim.scenario.model import ACTIONS
    from sm_sim.ui.attempt.options import VERBS
    from sm_sim.ui.kit.icons import ACTION_ICONS
    assert set(VERBS) == set(ACTIONS) == set(ACTION_ICONS)


def test_the_confidence_buttons_say_when_certainty_counts(qtbot) -> None:
    from sm_sim.ui.attempt.confidence import ConfidencePicker
    picker = ConfidencePicker()
    qtbot.addWidget(picker)
    assert picker.question.text() == "How sure are you?" and not picker.toolTip()
    picker.set_marking(True)
    assert "(it counts)" in picker.question.text() and "certainty-based" in picker.toolTip()
    assert [b.toolTip() for b in picker.buttons()] == [
        "If right: +1; if wrong: +0", "If right: +2; if wrong: -2", "If right: +3; if wrong: -6"]
