"""The trainer's console on a real LRS on loopback (Learning Locker's statements and documents
services behind one address), with headless recruits on threads: it sees them join and play,
and its controls reach their laptops through the session document. Polls are driven by a
manual heartbeat (one more whenever the last has been answered), so no test waits on a timer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sm_sim.engine import events as ev
from sm_sim.records.classroom import SessionChannel, SessionDoc, new_code
from sm_sim.scenario.library import Entry
from sm_sim.ui.console.inject import InjectDialog, InjectDraft
from sm_sim.ui.console.model import LEFT, NAME, RESULT, STATUS_COLUMN, WHERE
from sm_sim.ui.console.window import ConsoleWindow
from sm_sim.ui.kit.settings import LrsConfig
from sm_sim.ui.session import clock
from sm_sim.ui.session.clock import ManualHeartbeat, TimerHeartbeat

from ..records.lrs_loopback import Cable, LoopbackSchoolLrs
from .classroom import Laptops, config_for

CLASS = ["PC Aisha Rahman", "PC Tom Whitfield", "PCSO Megan Lloyd"]


def open_console(qtbot, school, code: str, library: list[Entry]) -> ConsoleWindow:  # type: ignore[no-untyped-def]
    console = ConsoleWindow(code, config_for(school), entries=library, heartbeat=ManualHeartbeat)
    qtbot.addWidget(console)
    console.show()
    return console


def look(qtbot, console: ConsoleWindow, check: Callable[[], bool], timeout: int = 60_000) -> None:  # type: ignore[no-untyped-def]
    """Poll the LRS (again as soon as the last poll is answered) until ``check`` holds."""
    def polled() -> bool:
        console.watch.heartbeat.beat.emit()
        return check()
    qtbot.waitUntil(polled, timeout=timeout)


def column(console: ConsoleWindow, number: int) -> list[str]:
    model = console.model
    return [model.index(row, number).data() for row in range(model.rowCount())]


def session(school: LoopbackSchoolLrs, entry: Entry, hold: bool = True) -> tuple[SessionChannel, str]:
    assert entry.loaded.scenario is not None
    channel = SessionChannel(school.client())
    doc = channel.create(SessionDoc(new_code(), (entry.loaded.scenario.id,), hold=hold,
                                    trainer="Sgt Rowe"))
    return channel, doc.code


def test_the_console_follows_the_room_and_its_controls_reach_every_laptop(
        qtbot, school_lrs: LoopbackSchoolLrs, example: Entry, library: list[Entry],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    channel, code = session(school_lrs, example)
    console = open_console(qtbot, school_lrs, code, library)
    assert console.header.code.text() == f"{code[:3]} {code[3:]}"
    laptops = Laptops(school_lrs, code, example, tmp_path, CLASS, hold_first=True)
    with laptops.running():
        look(qtbot, console, lambda: column(console, STATUS_COLUMN) == ["Waiting"] * 3)
        assert sorted(column(console, NAME)) == sorted(CLASS)
        assert console.header.counts.text() == "3 joined · 3 waiting"
        assert console.controls.start_now.isEnabled()
        qtbot.mouseClick(console.controls.start_now, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: channel.read(code).released, timeout=20_000)
        qtbot.waitUntil(lambda: not console.controls.start_now.isEnabled())
        # everyone at the first decision: where they are, what is asked, the time left
        look(qtbot, console, lambda: all(" — Mary is frightened" in where
                                          for where in column(console, WHERE)))
        assert set(column(console, STATUS_COLUMN)) == {"Playing"}
        assert all(":" in left for left in column(console, LEFT))  # e.g. 1:28
        assert console.header.counts.text() == "3 joined · 3 playing"
        qtbot.mouseClick(console.controls.pause, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: channel.read(code).paused, timeout=20_000)
        qtbot.waitUntil(lambda: console.controls.pause.text() == "Resume everyone")
        laptops.go_on.set()  # they answer, and stop at the next step: the room is paused
        look(qtbot, console, lambda: column(console, STATUS_COLUMN) == ["Paused"] * 3)
        assert all(r.paused for r in laptops.recruits)  # the headless laptops have stopped
        assert column(console, LEFT) == [""] * 3  # their clocks have stopped: no countdown
        monkeypatch.setattr(InjectDialog, "ask", staticmethod(lambda parent, sender: InjectDraft(
            "Press Office", "The Echo is calling", "Say nothing yet.")))
        qtbot.mouseClick(console.controls.inject, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: [i.subject for i in channel.read(code).injects]
                        == ["The Echo is calling"], timeout=20_000)
        qtbot.mouseClick(console.controls.pause, Qt.MouseButton.LeftButton)  # Resume everyone
        qtbot.waitUntil(lambda: not channel.read(code).paused, timeout=20_000)
        runs = laptops.runs()
    look(qtbot, console, lambda: column(console, STATUS_COLUMN) == ["Finished"] * 3)
    assert all("Passed" in result for result in column(console, RESULT))  # each played its best
    assert console.header.counts.text() == "3 joined · 3 finished"
    for run in runs:  # the inject reached every laptop, once
        assert [e.subject for e in run.events if ev.from_trainer(e)] == ["The Echo is calling"]


def test_a_lost_network_is_one_calm_line_and_the_console_catches_up(
        qtbot, school_lrs: LoopbackSchoolLrs, example: Entry, library: list[Entry],
        tmp_path: Path) -> None:
    _, code = session(school_lrs, example, hold=False)
    cable = Cable(school_lrs)
    try:
        cable.connected = False
        through = LrsConfig(cable.endpoint, school_lrs.gate.user, school_lrs.gate.password)
        console = ConsoleWindow(code, through, entries=library, heartbeat=ManualHeartbeat)
        qtbot.addWidget(console)
        console.show()
        look(qtbot, console, lambda: console.watch.failures >= 2)  # it keeps trying
        assert "trying again every few seconds" in console.status.text()
        assert console.status.objectName() == "warnText"
        with Laptops(school_lrs, code, example, tmp_path, CLASS[:1]).running() as laptops:
            laptops.runs()
        cable.connected = True
        look(qtbot, console, lambda: column(console, STATUS_COLUMN) == ["Finished"])
        assert console.status.text().startswith("Up to date")
    finally:
        cable.stop()


def test_the_heartbeat_polls_every_few_seconds_and_stops_with_the_window(
        qtbot, school_lrs: LoopbackSchoolLrs, example: Entry, library: list[Entry]) -> None:
    _, code = session(school_lrs, example)
    beating = clock.TimerHeartbeat.running
    console = ConsoleWindow(code, config_for(school_lrs), entries=library,
                            heartbeat=lambda seconds, parent: TimerHeartbeat(0.05, parent))
    qtbot.addWidget(console)
    assert clock.TimerHeartbeat.running == beating + 1
    qtbot.waitUntil(lambda: console.watch.polls >= 3, timeout=30_000)  # the first, then beats
    console.close()
    assert clock.TimerHeartbeat.running == beating


def test_an_inject_is_checked_as_it_is_typed(qtbot) -> None:
    dialog = InjectDialog("Sgt Rowe")
    qtbot.addWidget(dialog)
    assert dialog.from_field.text() == "Sgt Rowe" and not dialog.send.isEnabled()
    dialog.subject_field.setText("<b>Call the press office</b>")
    assert not dialog.send.isEnabled() and dialog.problem.text() == "Write a message."
    dialog.message_field.setPlainText("<img src=x> now")
    assert dialog.send.isEnabled() and dialog.problem.text() == ""
    dialog.subject_field.setText("x" * 121)
    assert not dialog.send.isEnabled() and "at most 120" in dialog.problem.text()
    dialog.subject_field.setText("<b>Call</b>")
    inject = dialog.draft().inject("2025-03-04T10:00:00.000Z")
    assert (inject.sender, inject.subject, inject.text) == ("Sgt Rowe", "<b>Call</b>", "<img src=x> now")
