"""A classroom session through a real LRS: the session document in the Activity Profile API
(or, on an LRS without it, as statements), twenty headless recruits playing at once, one of
them off the network for part of the run, and the console's view of the room."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from sm_sim.engine import events as ev
from sm_sim.engine.play import Choice, automatic
from sm_sim.engine.run import ScenarioRun
from sm_sim.records import Outbox, read_attempt, statements, trainee_for
from sm_sim.records.classroom import Inject, SessionChannel, SessionDoc, SessionError, new_code, normal_code
from sm_sim.records.recruit import Recruit
from sm_sim.records.room import Room, RoomFeed
from sm_sim.records.verify import verify_attempt
from sm_sim.scenario import Loaded
from sm_sim.scenario.model import Decision

from .lrs_loopback import Cable, LoopbackLrs, LoopbackSchoolLrs

ROOM = 20


def eventually(check: Callable[[], bool], what: str, limit: float = 60.0) -> None:
    """Wait (polling, never asserting a duration) until ``check`` holds; fail saying what."""
    deadline = time.monotonic() + limit
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"never happened: {what}")
        time.sleep(0.05)  # polling other threads and the LRS


# -- join codes -------------------------------------------------------------------------------
def test_codes_read_as_typed_and_refuse_what_cannot_be_one() -> None:
    code = new_code()
    assert normal_code(code.lower()) == code
    assert normal_code(" k7m-2qx ") == "K7M2QX"
    with pytest.raises(SessionError, match="6 letters"):
        normal_code("K7M2")
    with pytest.raises(SessionError, match="0 is O"):
        normal_code("K7M2Q0")


# -- the session document -----------------------------------------------------------------------
def test_the_session_lives_in_the_activity_profile_and_changes_are_not_lost(
        school_lrs: LoopbackSchoolLrs) -> None:
    trainer = SessionChannel(school_lrs.client())
    made = trainer.create(SessionDoc(new_code(), ("cordon_questions",), hold=True, trainer="Sgt Rowe"))
    assert trainer.documents is True
    seen = SessionChannel(school_lrs.client()).read(made.code)
    assert (seen.scenarios, seen.hold, seen.released, seen.trainer) == (("cordon_questions",), True,
                                                                        False, "Sgt Rowe")
    # two consoles adding injects at once: If-Match makes the loser read again, so both stay
    def add(n: int) -> None:
        SessionChannel(school_lrs.client()).change(made.code, lambda d: replace(
            d, injects=(*d.injects, Inject(f"i{n}", "", "Press office", f"call {n}", "..."))))
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(add, range(8)))
    assert sorted(i.id for i in trainer.read(made.code).injects) == [f"i{n}" for n in range(8)]
    with pytest.raises(SessionError, match="already exists"):
        trainer.create(SessionDoc(made.code, ("cordon_questions",)))


def test_an_lrs_without_documents_keeps_the_session_as_statements(lrs: LoopbackLrs) -> None:
    trainer = SessionChannel(lrs.client())
    code = trainer.create(SessionDoc(new_code(), ("cordon_questions",), hold=True)).code
    assert trainer.documents is False
    trainer.change(code, lambda d: replace(d, released=True, paused=True))
    seen = SessionChannel(lrs.client()).read(code)
    assert (seen.released, seen.paused) == (True, True)


def test_a_code_nobody_created_is_said_plainly(school_lrs: LoopbackSchoolLrs) -> None:
    with pytest.raises(SessionError, match="no classroom session ABCDEF"):
        SessionChannel(school_lrs.client()).read("ABCDEF")


# -- the classroom ------------------------------------------------------------------------------
def test_twenty_recruits_one_offline_the_console_sees_all_and_nothing_is_lost_or_twice(
        school_lrs: LoopbackSchoolLrs, example: Loaded, tmp_path: Path) -> None:
    assert example.scenario is not None and example.guidance is not None
    scenario, guidance = example.scenario, example.guidance
    trainer = SessionChannel(school_lrs.client())
    code = trainer.create(SessionDoc(new_code(), (scenario.id,), hold=True, trainer="Sgt Rowe")).code
    room, feed = Room(code), RoomFeed(school_lrs.client(), code)

    def look() -> Room:
        room.add(feed.poll())
        return room

    cable = Cable(school_lrs)
    offline = 7
    at_first_decision = threading.Barrier(ROOM)
    go_on, back_online = threading.Event(), threading.Event()
    recruits = [Recruit(cable.client(school_lrs) if n == offline else school_lrs.client(), code,
                        trainee_for(f"Recruit {n:02d}"), Outbox(tmp_path / f"outbox-{n}"),
                        root=tmp_path / f"data-{n}", poll_every=0.02)
                for n in range(ROOM)]

    def chooser_for(n: int) -> Callable[[ScenarioRun, Decision], Choice]:
        best = automatic("best", 1)
        answered = 0

        def choose(run: ScenarioRun, decision: Decision) -> Choice:
            nonlocal answered
            answered += 1
            if answered == 1:  # everyone meets the first decision before the trainer acts
                at_first_decision.wait(60)
                go_on.wait(60)
            if n == offline and answered == 2:  # cut off from here until the test says
                back_online.wait(60)
            return best(run, decision)
        return choose

    def laptop(n: int) -> ScenarioRun:
        recruit = recruits[n]
        recruit.join()
        recruit.wait_for_start(give_up=60)
        run = recruit.begin(scenario, guidance, seed=n)
        return recruit.play(run, chooser_for(n))

    with ThreadPoolExecutor(ROOM) as pool:
        runs = [pool.submit(laptop, n) for n in range(ROOM)]
        eventually(lambda: len(look().seats) == ROOM, "all twenty joined")
        assert {s.status(_now()) for s in room.seats.values()} == {"waiting"}
        trainer.change(code, lambda d: replace(d, released=True))
        eventually(lambda: sum(bool(s.decision) for s in look().seats.values()) == ROOM,
                   "everyone at the first decision")
        first = next(iter(room.seats.values()))
        assert first.left(_now()) is not None and first.state  # where they are, time left
        cable.connected = False  # recruit 7's network goes
        trainer.change(code, lambda d: replace(d, paused=True, injects=(
            Inject("press", "", "Press Office", "The Echo is calling", "Say nothing yet."),)))
        go_on.set()
        eventually(lambda: sum(s.status(_now()) == "paused" for s in look().seats.values())
                   == ROOM - 1, "the nineteen on the network paused")
        assert room.seats[recruits[offline].trainee.account].status(_now()) != "paused"
        trainer.change(code, lambda d: replace(d, paused=False))
        cable.connected = True
        back_online.set()
        finished = [f.result(120) for f in runs]

    for recruit in recruits:  # anything still waiting goes now (the app retries on its own)
        assert recruit.send().error is None and not recruit.outbox.pending()
    look()
    assert all(s.finished and s.score is not None for s in room.seats.values())
    assert len(room.seats) == ROOM
    for run in finished:  # the inject reached every laptop, once
        assert [e.subject for e in run.events if ev.from_trainer(e)] == ["The Echo is calling"]
    # nothing lost: every statement an export of each attempt would send is in the LRS, once
    # one page (the tests' LRS pages by a cursor that can skip a statement at a page's edge
    # when twenty laptops post at once)
    held = [st for st in school_lrs.statements(activity=f"https://sm-sim.invalid/xapi/sessions/{code}",
                                               related_activities="true", limit="5000")]
    ids = [st["id"] for st in held]
    assert len(ids) == len(set(ids))
    for recruit in recruits:
        assert recruit.journal is not None
        attempt = read_attempt(recruit.journal.path)
        assert {st["id"] for st in statements(attempt)} <= set(ids)
        assert verify_attempt(attempt).ok  # a replay delivers the inject again
    # the nineteen said they paused and resumed; the one cut off never paused
    paused = {st["actor"]["account"]["name"] for st in held if st["verb"]["id"].endswith("suspended")}
    assert paused == {r.trainee.account for n, r in enumerate(recruits) if n != offline}


def _now() -> str:
    from sm_sim.records.times import iso, utc_now
    return iso(utc_now())
