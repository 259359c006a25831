"""Every attempt the app plays is journalled as it happens; an unfinished one is offered at
start-up and resumed with its feed as it was; leaving keeps it or gives it up."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sm_sim.records import FORMATS, find_unfinished, read_attempt
from sm_sim.scenario.library import Entry
from sm_sim.ui.dialogs import questions
from sm_sim.ui.dialogs.resume import ResumeChoice, ResumeDialog
from sm_sim.ui.kit.settings import LrsConfig, Settings
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.attempt import Mode
from sm_sim.ui.session.clock import SimulatedClockDriver

from .helpers import play_through


def _feed_ids(window: MainWindow) -> list[str]:
    feed = window.attempt.home.feed
    return [feed.item_at(row).post_id for row in range(feed.rowCount())]


def test_a_whole_attempt_writes_a_journal_whose_debrief_matches_the_screen(
        qtbot, window: MainWindow) -> None:
    Settings().lrs = LrsConfig(session="intake-7")
    window.start_screen.choose("cordon_questions", Mode.PRACTICE, "PC Journal")
    qtbot.mouseClick(window.start_screen.start_button, Qt.MouseButton.LeftButton)
    session = window.session
    journal = session.journal
    assert journal is not None and journal.path.is_file()
    play_through(window, {"incident": "reassure"})

    attempt = read_attempt(journal.path)
    assert attempt.status == "finished" and journal.error is None
    h = attempt.header
    assert (h.trainee, h.scenario, h.mode, h.session) == ("PC Journal", "cordon_questions",
                                                         "practice", "intake-7")
    assert attempt.events == session.run.events  # every event, in order
    assert attempt.debrief == window.debrief.data  # the debrief on screen is the one kept
    assert attempt.score is not None and f"Score {attempt.score} / 100" in \
        window.debrief.score_label.text()
    assert set(window.debrief.export_buttons) == set(FORMATS)
    assert window.debrief.send_button is not None
    assert not window.save_problem.isVisible()


def test_an_assessment_is_journalled_too(qtbot, window: MainWindow, example: Entry) -> None:
    session = window.start_attempt(example, Mode.ASSESSMENT, "PC Assessed")
    play_through(window)
    attempt = read_attempt(session.journal.path)
    assert attempt.header.mode == "assessment" and attempt.status == "finished"


def test_quitting_keeps_the_attempt_and_the_next_start_resumes_it_where_it_stopped(
        qtbot, window: MainWindow, library: list[Entry], example: Entry,
        monkeypatch: pytest.MonkeyPatch) -> None:
    session = window.start_attempt(example, Mode.PRACTICE, "PC Resume")
    play_through(window, {"incident": "reassure"},
                 until=lambda: window.attempt.compose.decision is not None
                 and window.attempt.compose.decision.id == "pressure")
    seen, stopped_at, path = _feed_ids(window), session.run.now, session.journal.path
    window.close()  # the conftest answers "Keep it for later"
    assert read_attempt(path).status == "unfinished"

    offered: list[list] = []

    def resume_first(parent, unfinished):  # type: ignore[no-untyped-def]
        offered.append(unfinished)
        return ResumeChoice(unfinished[0], resume=True)

    monkeypatch.setattr(questions, "ask_resume", resume_first)
    again = MainWindow(library, Settings(), SimulatedClockDriver)
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.session_created, timeout=5000):
        again.offer_resume()
    assert [u.path for u in offered[0]] == [path]
    resumed = again.session
    assert resumed.resumed and resumed.run.now == pytest.approx(stopped_at)
    assert resumed.spec.trainee == "PC Resume" and resumed.mode is Mode.PRACTICE
    assert set(seen) <= set(_feed_ids(again))  # the posts already seen are in the feed
    assert again.attempt.compose.decision.id == "pressure"  # the open question is open again
    assert again.attempt.messages.messages.rowCount() == 1  # so is the reporter's DM

    play_through(again)
    attempt = read_attempt(path)
    assert attempt.status == "finished" and len(attempt.resumed) == 1
    assert again.stack.currentWidget() is again.debrief
    assert attempt.debrief == again.debrief.data
    assert find_unfinished() == []


def test_giving_up_when_leaving_abandons_the_attempt(
        qtbot, window: MainWindow, library: list[Entry], example: Entry,
        monkeypatch: pytest.MonkeyPatch) -> None:
    session = window.start_attempt(example, Mode.ASSESSMENT, "PC Give Up")
    assert session.clock.run_until(lambda: window.attempt.compose.decision is not None)
    monkeypatch.setattr(questions, "ask_leave", lambda parent: questions.Leave.GIVE_UP)
    window.close()
    assert read_attempt(session.journal.path).status == "abandoned"

    asked: list[bool] = []
    monkeypatch.setattr(questions, "ask_resume", lambda parent, found: asked.append(True))
    again = MainWindow(library, Settings(), SimulatedClockDriver)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.recorder.unfinished_found) as found:
        again.offer_resume()
    assert found.args == [[]] and not asked  # nothing to offer, so no question


def test_an_offered_attempt_can_be_given_up(
        qtbot, window: MainWindow, journalled: Callable[..., Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = journalled("PC Crash", finish=False)
    monkeypatch.setattr(questions, "ask_resume",
                        lambda parent, found: ResumeChoice(found[0], resume=False))
    with qtbot.waitSignal(window.recorder.said, timeout=5000) as said:
        window.offer_resume()
    assert said.args[1] is True and "given up" in said.args[0]
    assert read_attempt(path).status == "abandoned" and window.session is None


def test_the_resume_dialog_lists_what_was_left_and_says_which_was_chosen(
        qtbot, journalled: Callable[..., Path]) -> None:
    journalled("PC One", finish=False)
    dialog = ResumeDialog(find_unfinished())
    qtbot.addWidget(dialog)
    text = dialog.list.item(0).text()
    assert "PC One" in text and "1 decision taken" in text and "Practice" in text
    dialog.give_up.click()
    assert dialog.choice is not None and not dialog.choice.resume


class FullDisk:
    """A journal file on a disk that has just filled up."""

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None: ...

    def fileno(self) -> int:
        return -1

    def close(self) -> None: ...


def test_a_save_error_is_shown_calmly_and_the_attempt_carries_on(
        qtbot, window: MainWindow, example: Entry, monkeypatch: pytest.MonkeyPatch) -> None:
    session = window.start_attempt(example, Mode.PRACTICE, "PC Full Disk")
    real = session.journal._handle
    monkeypatch.setattr(session.journal, "_handle", FullDisk())
    real.close()
    play_through(window)
    assert session.journal.error is not None
    banner = window.save_problem
    assert banner.isVisible() and "No space left on device" in banner.text()
    assert "not being saved" in banner.text() and "Traceback" not in banner.text()
    assert window.stack.currentWidget() is window.debrief  # the debrief is still shown
    assert window.debrief.export_buttons == {}  # nothing half-saved to export


def test_a_data_folder_that_cannot_be_written_is_reported_not_raised(
        qtbot, window: MainWindow, example: Entry, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    monkeypatch.setenv("SM_SIM_DATA_DIR", str(blocked))
    session = window.start_attempt(example, Mode.PRACTICE, "PC Blocked")
    assert session.journal is None and session.running
    assert window.save_problem.isVisible() and "not being saved" in window.save_problem.text()
