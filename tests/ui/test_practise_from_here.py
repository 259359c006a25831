"""From the debrief, a recruit practises again from any decision: the earlier answers are
kept, the feed plays on from just before that decision, and the new attempt is a real,
verifiable practice attempt of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sm_sim.engine import events as ev
from sm_sim.records import read_attempt, verify_attempt
from sm_sim.scenario.library import Entry
from sm_sim.ui.debrief.decision_card import DecisionCard
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.attempt import Mode

from .helpers import play_through


def test_practise_again_from_the_second_decision(qtbot, window: MainWindow, example: Entry) -> None:
    first = window.start_attempt(example, Mode.ASSESSMENT, "PC Again")
    play_through(window, {"incident": "reassure", "pressure": "like_banter"})
    assert first.run.ended and window.stack.currentWidget() is window.debrief
    cards = window.debrief.findChildren(DecisionCard)
    assert len(cards) >= 2
    qtbot.mouseClick(cards[1].again, Qt.MouseButton.LeftButton)
    again = window.session
    assert again is not first and again.mode is Mode.PRACTICE and again.run.seed == first.run.seed
    # the first answer is kept; the second decision is open again, live, with the feed as it was
    answered = [e.option for e in again.run.events if isinstance(e, ev.ActionTaken)]
    assert answered == ["reassure"]
    compose = window.attempt.compose
    assert again.clock.run_until(lambda: compose.decision is not None)
    assert compose.decision.id == "pressure"
    assert window.attempt.home.feed.row_of("banter_joke") >= 0
    assert "from decision 2" in window.statusBar().currentMessage()
    play_through(window, {"pressure": "report_and_escalate"})
    report = again.debrief()
    assert [d.option for d in report.decisions][:2] == ["reassure", "report_and_escalate"]
    attempt = read_attempt(again.journal.path)
    assert attempt.header.mode == "practice" and attempt.status == "finished"
    assert verify_attempt(attempt).ok
