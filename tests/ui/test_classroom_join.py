"""A recruit's laptop in a classroom session, through the window and a real LRS: join with the
code, wait while the trainer holds the start, start when released, held while the trainer
pauses, the trainer's inject in the work inbox, and the finished attempt in the trainer's room."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from sm_sim.engine import events as ev
from sm_sim.records.classroom import Inject, SessionChannel, SessionDoc, new_code
from sm_sim.records.room import Room, RoomFeed
from sm_sim.ui.kit.settings import LrsConfig
from sm_sim.ui.main_window import MainWindow

from ..records.lrs_loopback import LoopbackSchoolLrs
from .helpers import play_through

WAIT = 15_000


def _poll(qtbot, window: MainWindow, check) -> None:  # type: ignore[no-untyped-def]
    """Ask the LRS now (the laptop would within three seconds) until ``check()`` holds."""
    def asked() -> bool:
        link = window.seat.link
        assert link is not None
        if not check():
            link.poll()
        return bool(check())
    qtbot.waitUntil(asked, timeout=WAIT)


def test_a_recruit_joins_waits_is_held_hears_the_trainer_and_is_seen_finished(
        qtbot, window: MainWindow, school_lrs: LoopbackSchoolLrs) -> None:
    window.settings.lrs = LrsConfig(school_lrs.endpoint, school_lrs.gate.user,
                                    school_lrs.gate.password)
    trainer = SessionChannel(school_lrs.client())
    code = trainer.create(SessionDoc(new_code(), ("cordon_questions",), hold=True,
                                     trainer="Sgt Rowe")).code
    screen = window.start_screen
    screen.name.setText("PC Amy Noor")
    screen.join_box.code.setText(f"{code[:3].lower()}-{code[3:]}")
    qtbot.mouseClick(screen.join_box.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "You are in session" in screen.join_box.status.text(), timeout=WAIT)
    assert "Sgt Rowe" in screen.join_box.status.text()
    assert "will start the session" in screen.join_box.status.text() and window.session is None
    assert not screen.start_button.isEnabled()  # no starting before the trainer does
    assert "will start the session" in screen.why_not.text()

    trainer.change(code, lambda d: replace(d, released=True))
    _poll(qtbot, window, lambda: window.session is not None)
    session = window.session
    assert session is not None and session.scenario.id == "cordon_questions"
    assert session.journal is not None and session.journal.header.session == code

    trainer.change(code, lambda d: replace(d, paused=True, injects=(
        Inject("press", "", "Press Office", "The Echo is calling", "Say nothing yet."),)))
    _poll(qtbot, window, lambda: session.clock.paused)
    attempt = window.attempt
    assert attempt is not None and attempt.held_note.isVisibleTo(attempt)
    assert not attempt.body.isEnabled() and attempt.body.graphicsEffect().isEnabled()  # faded
    assert [m.subject for m in session.run.state.inbox if ev.from_trainer(m)] == [
        "The Echo is calling"]
    before = session.now
    for _ in range(6):
        session.clock.step(5.0)
    assert session.now == before  # held: the trainer's pause stops the clock

    trainer.change(code, lambda d: replace(d, paused=False))
    _poll(qtbot, window, lambda: not session.clock.paused)
    assert not attempt.held_note.isVisibleTo(attempt) and attempt.body.isEnabled()
    assert not attempt.body.graphicsEffect().isEnabled()
    play_through(window)

    room = Room(code)
    feed = RoomFeed(school_lrs.client(), code)

    def seen_finished() -> bool:
        room.add(feed.poll())
        seat = next(iter(room.seats.values()), None)
        return seat is not None and seat.finished
    _poll(qtbot, window, seen_finished)
    seat = next(iter(room.seats.values()))
    assert seat.name == "PC Amy Noor" and seat.score == session.debrief().score  # type: ignore[union-attr]
    assert len(room.seats) == 1


def test_joining_says_what_is_wrong_in_words(qtbot, window: MainWindow,
                                             school_lrs: LoopbackSchoolLrs) -> None:
    box = window.start_screen.join_box
    window.start_screen.name.setText("PC Amy Noor")
    box.code.setText("K7M2Q0")
    qtbot.mouseClick(box.join_button, Qt.MouseButton.LeftButton)
    assert "0 is O" in box.status.text()
    box.code.setText("ABCDEF")
    qtbot.mouseClick(box.join_button, Qt.MouseButton.LeftButton)
    assert "no Learning Record Store" in box.status.text()
    window.settings.lrs = LrsConfig(school_lrs.endpoint, school_lrs.gate.user,
                                    school_lrs.gate.password)
    qtbot.mouseClick(box.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no classroom session ABCDEF" in box.status.text(), timeout=WAIT)
    assert box.join_button.isEnabled() and window.seat.link is None


def test_a_course_session_offers_each_next_scenario_and_a_rejoin_starts_where_they_were(
        qtbot, window: MainWindow, school_lrs: LoopbackSchoolLrs) -> None:
    window.settings.lrs = LrsConfig(school_lrs.endpoint, school_lrs.gate.user,
                                    school_lrs.gate.password)
    trainer = SessionChannel(school_lrs.client())
    code = trainer.create(SessionDoc(new_code(), ("cordon_questions", "log_off"))).code
    screen = window.start_screen
    screen.name.setText("PC Amy Noor")
    screen.join_box.code.setText(code)
    qtbot.mouseClick(screen.join_box.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=WAIT)  # not held: at once
    assert window.session.scenario.id == "cordon_questions"  # type: ignore[union-attr]
    play_through(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.debrief, timeout=WAIT)
    following = window.debrief.next_button
    assert following is not None and following.isVisibleTo(window.debrief)
    log_off = next(e for e in window.entries or [] if e.loaded.scenario
                   and e.loaded.scenario.id == "log_off")
    assert following.text() == f"Next: {log_off.title} (2 of 2)"

    qtbot.mouseClick(following, Qt.MouseButton.LeftButton)
    second = window.session
    assert second is not None and second.scenario.id == "log_off"
    assert second.journal is not None and second.journal.header.session == code
    play_through(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.debrief, timeout=WAIT)
    assert window.debrief.next_button is None  # the end of the day

    room = Room(code)
    feed = RoomFeed(school_lrs.client(), code)

    def both_seen() -> bool:
        room.add(feed.poll())
        seat = next(iter(room.seats.values()), None)
        return seat is not None and [p.scenario for p in seat.done] == ["cordon_questions", "log_off"]
    _poll(qtbot, window, both_seen)

    # rejoining (the laptop restarted, say): nothing is played twice
    window.seat.leave()
    window.start_screen.join_box.code.setText(code)
    qtbot.mouseClick(window.start_screen.join_box.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "finished every scenario" in window.statusBar().currentMessage(),
                    timeout=WAIT)
    assert window.session is second


def test_a_resumed_attempt_goes_back_into_its_session_and_the_room_sees_it_finish(
        qtbot, window: MainWindow, library, school_lrs: LoopbackSchoolLrs,  # type: ignore[no-untyped-def]
        monkeypatch) -> None:
    from sm_sim.records import read_attempt
    from sm_sim.ui.dialogs import questions
    from sm_sim.ui.dialogs.resume import ResumeChoice
    from sm_sim.ui.kit.settings import Settings
    from sm_sim.ui.session.clock import SimulatedClockDriver

    window.settings.lrs = LrsConfig(school_lrs.endpoint, school_lrs.gate.user,
                                    school_lrs.gate.password)
    trainer = SessionChannel(school_lrs.client())
    code = trainer.create(SessionDoc(new_code(), ("cordon_questions",))).code
    window.start_screen.name.setText("PC Back Again")
    window.start_screen.join_box.code.setText(code)
    qtbot.mouseClick(window.start_screen.join_box.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=WAIT)
    first = window.session
    assert first is not None and first.journal is not None
    play_through(window, {"incident": "reassure"},
                 until=lambda: window.attempt.compose.decision is not None
                 and window.attempt.compose.decision.id == "pressure")
    room, feed = Room(code), RoomFeed(school_lrs.client(), code)

    def at(decision: str) -> bool:
        room.add(feed.poll())
        seat = next(iter(room.seats.values()), None)
        return seat is not None and seat.decision == decision
    _poll(qtbot, window, lambda: at("pressure"))
    window.close()  # the conftest answers "Keep it for later": as a crash leaves it
    path = first.journal.path
    assert read_attempt(path).status == "unfinished"

    monkeypatch.setattr(questions, "ask_resume", lambda parent, found: ResumeChoice(found[0], True))
    again = MainWindow(library, Settings(), SimulatedClockDriver)
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.session_created, timeout=5000):
        again.offer_resume()
    link = again.seat.link
    assert link is not None and link.code == code and link.session is again.session
    qtbot.waitUntil(lambda: link.doc is not None, timeout=WAIT)  # in the session again
    assert again.session is not None and again.session.resumed  # and no new attempt began
    play_through(again)

    def finished() -> bool:
        room.add(feed.poll())
        return next(iter(room.seats.values())).finished
    _poll(qtbot, again, finished)
    seat = next(iter(room.seats.values()))
    assert seat.name == "PC Back Again" and seat.score == again.session.debrief().score  # type: ignore[union-attr]
    assert {"incident", "pressure"} <= set(seat.answers) and len(room.seats) == 1
    held = school_lrs.statements(activity=f"https://sm-sim.invalid/xapi/sessions/{code}",
                                 related_activities="true")
    ids = [st["id"] for st in held]
    assert len(ids) == len(set(ids))  # the resumed attempt said nothing twice
