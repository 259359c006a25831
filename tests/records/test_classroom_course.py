"""A session that plays a course's day: each laptop plays the session's scenarios in order,
and the room counts every scenario apart (its own answers, endings and debrief), so a
recruit between two scenarios, a retake and a second scenario each land where they belong."""

from __future__ import annotations

from pathlib import Path

import pytest

from sm_sim.engine.play import automatic
from sm_sim.records import Outbox, read_attempt, trainee_for
from sm_sim.records.classdebrief import class_debrief
from sm_sim.records.classroom import SessionChannel, SessionDoc, SessionError, new_code
from sm_sim.records.recruit import Recruit
from sm_sim.records.room import Room, RoomFeed
from sm_sim.scenario.guidance import GuidanceLibrary
from sm_sim.scenario.library import entry_for, load_library
from sm_sim.scenario.model import Scenario

from .lrs_loopback import LoopbackSchoolLrs

DAY = ("cordon_questions", "log_off")


@pytest.fixture(scope="module")
def library() -> dict[str, tuple[Scenario, GuidanceLibrary]]:
    entries = load_library()
    found = {}
    for sid in DAY:
        entry = entry_for(entries, sid)
        assert entry is not None and entry.loaded.scenario and entry.loaded.guidance
        found[sid] = (entry.loaded.scenario, entry.loaded.guidance)
    return found


def test_the_document_keeps_the_order_and_reads_a_one_scenario_session_of_format_1() -> None:
    doc = SessionDoc("K7M2QX", DAY)
    again = SessionDoc.from_dict(doc.to_dict())
    assert again.scenarios == DAY and again.place(DAY[0]) == (1, 2)  # a course's day
    assert (doc.next_after(set()), doc.next_after({"cordon_questions"}),
            doc.next_after(set(DAY))) == ("cordon_questions", "log_off", None)
    assert (doc.place("log_off"), SessionDoc("K7M2QX", DAY[:1]).place("cordon_questions")) == (
        (2, 2), None)
    old = {"format": "sm-sim-classroom-session", "format_version": 1, "code": "K7M2QX",
           "scenario": "log_off"}  # as an older console wrote it
    assert SessionDoc.from_dict(old).scenarios == ("log_off",)
    assert doc.to_dict()["scenario"] == "cordon_questions"  # what an older laptop reads


def test_a_session_refuses_a_scenario_listed_twice(school_lrs: LoopbackSchoolLrs) -> None:
    with pytest.raises(SessionError, match="log_off is listed more than once"):
        SessionChannel(school_lrs.client()).create(SessionDoc(new_code(), (*DAY, "log_off")))


def test_each_laptop_plays_the_day_in_order_and_the_room_counts_each_scenario(
        school_lrs: LoopbackSchoolLrs, library: dict[str, tuple[Scenario, GuidanceLibrary]],
        tmp_path: Path) -> None:
    trainer = SessionChannel(school_lrs.client())
    code = trainer.create(SessionDoc(new_code(), DAY, trainer="Sgt Rowe")).code
    recruits = [Recruit(school_lrs.client(), code, trainee_for(f"PC {n}"),
                        Outbox(tmp_path / f"outbox-{n}"), root=tmp_path / f"data-{n}",
                        poll_every=0.02) for n in range(3)]
    played = {}
    for n, recruit in enumerate(recruits[:2]):  # the whole day, one best, one worst
        recruit.join()
        played[n] = recruit.play_all(library.get, lambda run, n=n: automatic(
            ("best", "worst")[n], run.seed), seed=n)
    late = recruits[2]  # has finished the morning's first scenario only
    late.join()
    late.play(late.begin(*library["cordon_questions"], seed=9), automatic("best", 9))

    assert [[j.run.scenario.id for j in journals] for journals in played.values()] == [list(DAY)] * 2
    for journals in played.values():  # one attempt each, under the session's code
        assert {read_attempt(j.path).header.session for j in journals} == {code}
    room = Room(code)
    room.add(RoomFeed(school_lrs.client(), code).poll())
    room.follow(trainer.read(code).scenarios)
    seats = [room.seats[r.trainee.account] for r in recruits]
    assert [list(s.played) for s in seats] == [list(DAY), list(DAY), ["cordon_questions"]]
    assert [s.status(_now()) for s in seats] == ["finished", "finished", "between"]
    assert seats[2].scenario == "cordon_questions" and seats[0].scenario == "log_off"

    cordon, log_off = (library[sid][0] for sid in DAY)
    morning = class_debrief(room, cordon)
    assert (morning.joined, morning.finished) == (3, 3)
    assert {t.decision for t in morning.decisions} <= {d.id for d in cordon.decisions()}
    later = class_debrief(room, log_off)
    assert (later.joined, later.finished) == (3, 2)
    assert {t.decision for t in later.decisions} <= {d.id for d in log_off.decisions()}
    assert sum(b.count for b in later.endings) == 2
    assert {b.key for b in later.endings} <= set(log_off.endings)

    # a retake of the first scenario replaces that one only
    before = dict(seats[0].played["log_off"].answers)
    retake = recruits[0].begin(*library["cordon_questions"], seed=5)
    recruits[0].play(retake, automatic("worst", 5))
    room.add(RoomFeed(school_lrs.client(), code).poll())
    assert seats[0].played["cordon_questions"].attempt == recruits[0].journal.header.attempt_id  # type: ignore[union-attr]
    assert seats[0].played["log_off"].answers == before
    assert class_debrief(room, cordon).finished == 3  # still one attempt per recruit


def test_a_laptop_without_a_scenario_of_the_day_says_which(
        school_lrs: LoopbackSchoolLrs, library: dict[str, tuple[Scenario, GuidanceLibrary]],
        tmp_path: Path) -> None:
    code = SessionChannel(school_lrs.client()).create(SessionDoc(new_code(), DAY)).code
    recruit = Recruit(school_lrs.client(), code, trainee_for("PC 4"), Outbox(tmp_path / "o"),
                      root=tmp_path / "d")
    recruit.join()
    only_morning = {"cordon_questions": library["cordon_questions"]}
    with pytest.raises(SessionError, match="'log_off', which is not installed"):
        recruit.play_all(only_morning.get, lambda run: automatic("best", run.seed))
    assert recruit.journal is not None and recruit.journal.run.scenario.id == "cordon_questions"


def _now() -> str:
    from sm_sim.records.times import iso, utc_now
    return iso(utc_now())
