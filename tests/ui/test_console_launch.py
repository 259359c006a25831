"""Where a console comes from: "New classroom session…" on the start screen's Scenarios menu
(the session made in the LRS, then watched), or ``sm-sim console CODE`` (the code checked, and
the session read from the LRS in the app's settings, before any window opens); each reason it
cannot open is one sentence."""

from __future__ import annotations

import pytest

from sm_sim.cli import main
from sm_sim.records.classroom import SessionChannel, SessionError
from sm_sim.scenario.library import course_of
from sm_sim.ui.console import newsession
from sm_sim.ui.console.launch import NO_LRS, find_session
from sm_sim.ui.console.newsession import NewSession, NewSessionDialog
from sm_sim.ui.kit.settings import LrsConfig
from sm_sim.ui.main_window import MainWindow

from ..records.lrs_loopback import LoopbackSchoolLrs
from .classroom import config_for
from .test_console import session


def test_a_trainer_starts_a_session_from_the_scenarios_menu(
        qtbot, window: MainWindow, school_lrs: LoopbackSchoolLrs,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.settings.lrs = config_for(school_lrs)
    asked: list[str] = []

    def ask(parent: object, entries: list[object], trainer: str) -> NewSession:
        asked.append(trainer)
        return NewSession(("cordon_questions",), "Cordon questions", "assessment", True, "Sgt Rowe")

    monkeypatch.setattr(newsession, "ask_new_session", ask)
    with qtbot.waitSignal(window.consoles.opened, timeout=20_000) as opened:
        window.start_screen.session_action.trigger()
    console = opened.args[0]
    try:
        doc = SessionChannel(school_lrs.client()).read(console.code)
        assert (doc.scenarios, doc.mode, doc.hold, doc.released, doc.trainer) == (
            ("cordon_questions",), "assessment", True, False, "Sgt Rowe")
        assert asked == [""] and window.settings.reviewer == "Sgt Rowe"  # remembered for next time
        assert console.header.title.text() == "Cordon questions · Assessment"
        assert console.controls.start_now.isEnabled()
        assert console.code in window.statusBar().currentMessage()
    finally:
        console.close()


def test_without_an_lrs_the_menu_says_where_to_set_one(qtbot, window: MainWindow) -> None:
    window.start_screen.session_action.trigger()
    assert "set it under Learning Record Store" in window.statusBar().currentMessage()
    assert window.consoles.consoles == []


def test_the_new_session_dialog_offers_the_playable_scenarios(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    dialog = NewSessionDialog(library, "Sgt Rowe")
    qtbot.addWidget(dialog)
    ids = [dialog.scenario.itemData(i) for i in range(dialog.scenario.count())]
    course = course_of(library)
    assert course is not None  # first the whole day, in the course's order; then each one
    assert ids[0] == course.scenario_ids() and ids[1] is None  # a separator
    singles = ids[2:]
    assert ("cordon_questions",) in singles and len(singles) == len(set(singles))
    assert {sid for (sid,) in singles} == set(course.scenario_ids())
    assert dialog.hold.isChecked() and dialog.create_button.isEnabled()
    dialog.mode.setCurrentIndex(1)
    chosen = dialog.choice()  # one scenario unless the trainer picks the day
    assert len(chosen.scenarios) == 1 and chosen.title == dialog.scenario.currentText()
    assert (chosen.mode, chosen.trainer, chosen.hold) == ("assessment", "Sgt Rowe", True)
    dialog.scenario.setCurrentIndex(0)
    day = dialog.choice()
    assert (day.scenarios, day.title) == (course.scenario_ids(), course.title)


def test_the_command_line_console_says_plainly_what_is_wrong(
        school_lrs: LoopbackSchoolLrs, example, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    assert main(["console", "K7M2Q0"]) == 2
    assert "0 is O" in capsys.readouterr().err
    with pytest.raises(SessionError, match="no Learning Record Store is set"):
        find_session(LrsConfig(), "K7M2QX")
    assert NO_LRS.startswith("no Learning Record Store")
    with pytest.raises(SessionError, match=f"no classroom session ABCDEF on the LRS at "
                                           f"{school_lrs.endpoint}: check the code"):
        find_session(config_for(school_lrs), "ABCDEF")
    with pytest.raises(SessionError, match="cannot reach the LRS"):
        find_session(LrsConfig("http://127.0.0.1:9/xapi/"), "ABCDEF")
    _, code = session(school_lrs, example)
    assert find_session(config_for(school_lrs), code).code == code
