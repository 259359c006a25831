"""A trainer reviews written answers from the Results view: sees each flag with the words
that raised it, confirms, overturns or adds one with a reason, and the score follows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from sm_sim.engine import Choice, automatic
from sm_sim.records import read_attempt, verify_attempt
from sm_sim.ui.kit.settings import Settings
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.results.review import AnswerCard, ReviewDialog

RUDE = ("Hi Mary, I understand the worry. Officers are at the scene and we will update here. "
        "Please call 101 if you saw anything, you absolute muppet.")


def _writing(run, decision):  # type: ignore[no-untyped-def]
    if decision.id == "incident":
        return Choice("own_words", RUDE, "medium")
    return automatic("best", run.seed)(run, decision)


def _open_review(qtbot, window: MainWindow, path: Path) -> ReviewDialog:
    with qtbot.waitSignal(window.results.loaded, timeout=10_000):
        qtbot.mouseClick(window.start_screen.results_button, Qt.MouseButton.LeftButton)
    view = window.results
    view.table.selectRow(0)
    button = view.buttons["review"]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in view.findChildren(ReviewDialog) if d.isVisible()]
    return dialog


def _card(dialog: ReviewDialog, decision: str) -> AnswerCard:
    return next(card for _, card in dialog.cards if card.answer.decision == decision)


def test_a_trainer_overturns_a_flag_and_adds_one_and_the_score_follows(
        qtbot, window: MainWindow, journalled: Callable[..., Path]) -> None:
    qtbot.waitUntil(lambda: window.results.results is not None)
    path = journalled("PC Jo Bloggs", chooser=_writing)
    before = read_attempt(path).debrief
    dialog = _open_review(qtbot, window, path)
    card = _card(dialog, "incident")
    assert "absolute muppet" in " ".join(label.text() for label in card.findChildren(type(dialog.problem)))
    assert [row.flag for row in card.rows] == ["abusive", "signposting"]
    abusive = card.rows[0]
    abusive.choice.setCurrentText("Overturn")
    qtbot.keyClicks(abusive.reason, "banter about a neighbour, not aimed at Mary")
    card.rows[1].choice.setCurrentText("Confirm")
    card.add.setCurrentIndex(card.add.findData("operational_detail"))
    qtbot.keyClicks(card.add_reason, "says where officers are")
    qtbot.keyClicks(dialog.reviewer, "Sgt Ayo Bello")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert saved.args == [1] and not dialog.isVisible()
    after = read_attempt(path)
    assert after.debrief.decisions[0].flags == ("operational_detail", "signposting")
    assert after.debrief.score != before.score
    assert [r.reviewer for r in after.reviews] == ["Sgt Ayo Bello"]
    assert verify_attempt(after).ok
    qtbot.waitUntil(lambda: any(r.record.score == after.debrief.score for r in window.results.shown))
    assert "Rulings saved on 1 attempt" in window.results.status.text()
    # the next review offers the answers as reviewed, and remembers who reviews
    second = _open_review(qtbot, window, path)
    assert second.reviewer.text() == "Sgt Ayo Bello" and Settings().reviewer == "Sgt Ayo Bello"
    assert [row.flag for row in _card(second, "incident").rows] == ["operational_detail", "signposting"]
    second.close()


def test_a_ruling_without_a_reason_is_refused_and_what_was_typed_stays(
        qtbot, window: MainWindow, journalled: Callable[..., Path]) -> None:
    qtbot.waitUntil(lambda: window.results.results is not None)
    path = journalled("PC Jo Bloggs", chooser=_writing)
    size = path.stat().st_size
    dialog = _open_review(qtbot, window, path)
    card = _card(dialog, "incident")
    card.rows[0].choice.setCurrentText("Overturn")
    qtbot.keyClicks(dialog.reviewer, "Sgt Ayo Bello")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "say why 'abusive' is overturned" in dialog.problem.text()
    assert card.rows[0].choice.currentText() == "Overturn" and dialog.reviewer.text() == "Sgt Ayo Bello"
    assert path.stat().st_size == size
    dialog.close()


WELSH = "Helo Mary, mae swyddogion yno. Ffoniwch 101 os gwelsoch chi rywbeth."


def test_a_reply_in_welsh_is_shown_as_waiting_and_scores_once_the_trainer_has_read_it(
        qtbot, window: MainWindow, journalled: Callable[..., Path]) -> None:
    from sm_sim.ui.debrief.decision_card import DecisionCard

    def in_welsh(run, decision):  # type: ignore[no-untyped-def]
        if decision.id == "incident":
            return Choice("own_words", WELSH, "medium")
        return automatic("best", run.seed)(run, decision)

    qtbot.waitUntil(lambda: window.results.results is not None)
    path = journalled("PC Cymraeg", chooser=in_welsh)
    before = read_attempt(path).debrief
    assert before.decisions[0].awaiting_review
    card = DecisionCard(1, before.decisions[0], before.competency_titles)  # the recruit's debrief
    qtbot.addWidget(card)
    said = " ".join(label.text() for label in card.findChildren(QLabel))
    assert "Not judged yet: your reply is in Welsh" in said and "waiting for your trainer" in said

    dialog = _open_review(qtbot, window, path)
    answer = _card(dialog, "incident")
    assert answer.read is not None and answer.rows == []
    qtbot.keyClicks(dialog.reviewer, "Sgt Ayo Bello")
    answer.read.setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    after = read_attempt(path)
    assert not after.debrief.decisions[0].awaiting_review and after.debrief.score > before.score
    assert verify_attempt(after).ok
    again = _open_review(qtbot, window, path)
    assert _card(again, "incident").read is None  # read once: a normal answer from now on
    again.close()
