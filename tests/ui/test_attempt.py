"""A whole attempt on the example scenario through the real widgets, in simulated time."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.attempt import Mode

GOOD_REPLY = ("Hi Mary, I understand the worry. Officers are at the scene and we'll post "
              "updates here when we can. If you have information please call 101.")


def _crowd_posts(window: MainWindow, kind: str) -> int:
    model = window.attempt.home.feed
    return sum(1 for row in range(model.rowCount())
               if (item := model.item_at(row)) and item.published.author_id == "crowd"
               and item.published.kind == kind)


def test_whole_attempt_reaches_a_debrief(qtbot, window: MainWindow) -> None:
    start = window.start_screen
    start.choose("cordon_questions", Mode.PRACTICE, "PC Test Trainee")
    assert start.start_button.isEnabled()
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    session, attempt = window.session, window.attempt
    assert session is not None and attempt is not None and session.running
    clock = session.clock

    # The first decision opens 25 s in, after the force's appeal and Mary's question.
    assert clock.run_until(lambda: attempt.compose.decision is not None)
    handles = [attempt.home.feed.item_at(r).published.handle for r in range(attempt.home.feed.rowCount())]
    assert "@MaryOnMillRd" in handles and "@EastbridgePolice" in handles
    assert attempt.compose.countdown.text().endswith("left")
    assert attempt.compose.hint.isVisible()  # Practice shows hints

    # Choose "Write your own reply" with its number key, type, rate confidence, Ctrl+Enter.
    attempt.activateWindow()
    attempt.compose.setFocus()
    qtbot.keyClick(attempt.compose, Qt.Key.Key_3)
    assert attempt.compose.selected().id == "own_words"
    assert attempt.compose.editor.isVisible()
    qtbot.keyClicks(attempt.compose.editor, GOOD_REPLY)
    assert attempt.compose.counter.text() == f"{len(GOOD_REPLY)} / 280"
    attempt.compose.confidence.set_value("medium")
    qtbot.keyClick(attempt.compose.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert attempt.compose.decision is None
    own = attempt.profile.posts
    assert own.rowCount() == 1 and own.item_at(0).published.text == GOOD_REPLY

    # The thread turns: a troll's quote-post draws a crowd of replies while decision 2 opens.
    assert clock.run_until(lambda: attempt.compose.decision is not None)
    assert attempt.compose.decision.id == "pressure"
    assert _crowd_posts(window, "reply") > 0
    assert attempt.messages.messages.rowCount() == 1  # the reporter's DM
    assert attempt.nav.buttons["messages"].count == 1

    # Liking the "banter" reply brings the pile-on.
    assert attempt.compose.select_id("like_banter")
    attempt.compose.confidence.set_value("high")
    assert attempt.compose.submit()
    assert clock.run_until(lambda: session.run.ended, step=2.0)
    published = [p for p in session.run.state.posts.values()
                 if p.published.author_id == "crowd" and p.published.kind == "quote"]
    assert len(published) > 50
    assert _crowd_posts(window, "quote") == len(published)  # every pile-on post reached the feed
    assert attempt.inbox.model.unread >= 1  # corporate comms wrote

    # The debrief shows the outcome, the score and the guidance behind each decision.
    assert window.stack.currentWidget() is window.debrief
    report = session.debrief()
    assert report is not None
    shown = window.debrief
    assert shown.ending_title.text() == "Public backlash"
    assert f"Score {report.score} / 100" in shown.score_label.text()
    assert ("Passed" if report.passed else "Not passed") in shown.score_label.text()
    texts = " ".join(label.text() for label in shown.findChildren(type(shown.ending_title)))
    citation = report.decisions[1].guidance[0].citation
    assert citation in texts
    assert report.decisions[1].exemplar in texts  # a better response


def test_assessment_has_no_pause_hints_or_gauges(qtbot, window: MainWindow,
                                                 example) -> None:
    window.start_attempt(example, Mode.ASSESSMENT, "PC Test")
    attempt = window.attempt
    assert not attempt.bar.pause.isVisibleTo(attempt)
    assert attempt.bar.gauges == {}
    assert window.session.clock.run_until(lambda: attempt.compose.decision is not None)
    assert not attempt.compose.hint.isVisibleTo(attempt)


def test_time_limit_runs_out_and_the_timeout_option_is_taken(qtbot, window: MainWindow,
                                                             example) -> None:
    session = window.start_attempt(example, Mode.PRACTICE, "PC Test")
    compose = window.attempt.compose
    assert session.clock.run_until(lambda: compose.decision is not None)
    session.clock.run_until(lambda: compose.decision is None or compose.decision.id != "incident",
                            step=5.0)
    taken = [r.action for r in session.run.state.decisions if r.action]
    assert taken and taken[0].timed_out and taken[0].option == "leave_mary"
