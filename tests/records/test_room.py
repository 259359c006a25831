"""The room as the console folds it from statements: where a recruit is, how long the open
decision has left (standing still while the trainer has the room paused), and statements that
arrive twice, late or out of order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sm_sim.records import XapiSettings
from sm_sim.records.room import Room
from sm_sim.records.xapi import VERBS

S = XapiSettings()
T0 = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def at(seconds: float) -> str:
    return (T0 + timedelta(seconds=seconds)).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def said(n: int, verb: str, when: float, registration: str = "r1", **ext: Any) -> dict[str, Any]:
    return {"id": f"s{n}", "verb": {"id": VERBS[verb]}, "timestamp": at(when),
            "actor": {"name": "PC Amy Noor", "account": {"name": "amy"}},
            "object": {"id": f"{S.base}/scenarios/cordon_questions"},
            "context": {"registration": registration},
            "result": {"extensions": {S.extension(k.replace("_", "-")): v for k, v in ext.items()}}}


def test_the_decision_clock_stands_still_while_the_room_is_paused() -> None:
    room = Room("K7M2QX")
    room.add([said(1, "progressed", 0, state="incident", state_title="At the cordon"),
              said(2, "progressed", 0, decision="incident", prompt="Reply?", time_left=60)])
    seat = room.seats["amy"]
    assert (seat.state_title, seat.prompt, seat.left(at(10))) == ("At the cordon", "Reply?", 50)
    room.add([said(3, "suspended", 10)])
    assert seat.status(at(50)) == "paused" and seat.left(at(50)) == 50  # held at 50
    room.add([said(4, "resumed", 110)])
    assert seat.status(at(120)) == "playing" and seat.left(at(120)) == 40
    assert seat.status(at(110 + 60 + 61)) == "stuck"  # a minute past its time, pauses aside


def test_repeats_late_arrivals_and_another_attempt_are_folded_once() -> None:
    room = Room("K7M2QX")
    first = [said(1, "progressed", 0, decision="incident", time_left=60),
             said(2, "progressed", 30, state="pressure")]
    assert room.add(first) == 2 and room.add(first) == 0  # seen already
    seat = room.seats["amy"]
    room.add([said(3, "progressed", 5, decision="old")])  # older than the position: ignored
    assert (seat.state, seat.decision) == ("pressure", "")
    room.add([said(4, "progressed", 40, registration="r2", state="incident")])  # a retry
    room.add([said(5, "progressed", 35, registration="r1", state="late_shift")])  # r1, late
    assert (seat.attempt, seat.state) == ("r2", "incident")


def test_a_reply_the_detectors_could_not_read_keeps_its_language_in_the_room() -> None:
    room = Room("K7M2QX")
    room.add([said(n, "responded", n, decision="incident", flags=[], **extra)
              for n, extra in ((1, {"language": "cy"}), (2, {}))])
    assert [r.language for r in room.seats["amy"].replies] == ["cy", "en"]
