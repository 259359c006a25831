"""The class debrief folded from a room: counts per option (with the scenario's labels and
order, zeros included; ids when the scenario is not known), flags per decision, endings, and
stand-in names that keep their letter as more recruits join."""

from __future__ import annotations

from sm_sim.records.classdebrief import alias, class_debrief, letters, stand_ins
from sm_sim.records.room import Played, Reply, Room, Seat
from sm_sim.scenario import Loaded

SCENARIO = "cordon_questions"  # the example's id


def _room() -> Room:
    room = Room("K7M2QX")
    for n, (answer, ending) in enumerate([("reassure", "ending_trust"), ("give_details", "ending_public"),
                                          ("reassure", "ending_trust")]):
        seat = room.seat(f"acct-{n}")
        seat.name, seat.scenario = f"PC {n}", SCENARIO
        seat.played[SCENARIO] = Played(SCENARIO, f"reg-{n}", "2025-01-01T09:00:00Z",
                                       {"incident": answer}, finished=True, ending=ending,
                                       passed=answer == "reassure")
    room.seats["acct-1"].played[SCENARIO].replies.append(
        Reply("acct-1", "incident", "07712 345678", ("personal_data",), (), "2025-01-01T10:00:00Z"))
    room.seats["acct-2"].played[SCENARIO].replies.append(
        Reply("acct-2", "feed:reply", "Stay safe", (), (), "2025-01-01T10:01:00Z"))
    return room


def test_the_counts_use_the_scenarios_labels_and_order(example: Loaded) -> None:
    debrief = class_debrief(_room(), example.scenario)
    incident = debrief.decisions[0]
    assert incident.prompt.startswith("Mary is frightened")
    assert [(b.key, b.count) for b in incident.options] == [
        ("reassure", 2), ("give_details", 1), ("own_words", 0), ("leave_mary", 0)]
    assert incident.options[0].label == "Reply with what can be said at the cordon"
    assert [(b.label, b.count) for b in incident.flags] == [("Personal data", 1)]
    feed = debrief.decisions[1]  # a reply written on the feed, with no decision asking
    assert feed.options == () and feed.prompt.startswith("Written on the feed")
    assert [(b.key, b.count) for b in debrief.endings] == [("ending_trust", 2), ("ending_public", 1)]
    assert (debrief.joined, debrief.finished, debrief.passed) == (3, 3, 2)
    assert debrief.title == example.scenario.title


def test_without_the_scenario_the_ids_stand_in() -> None:
    incident = class_debrief(_room()).decisions[0]
    assert [(b.label, b.count) for b in incident.options] == [("reassure", 2), ("give_details", 1)]
    assert incident.prompt == "incident"


def test_stand_in_names_are_letters_that_do_not_move() -> None:
    assert [letters(n) for n in (0, 1, 25, 26, 27, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "ZZ", "AAA"]
    assert alias(27) == "Recruit AB"
    room = _room()
    before = stand_ins(room)
    room.seats["late"] = Seat("late")
    assert stand_ins(room) == {**before, "late": "D"}
