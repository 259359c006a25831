"""A trainer's message to the room (a classroom inject) is an input: it lands in the work
inbox at the moment it is delivered, once, and a replay of the inputs delivers it again in the
same place among the scenario's own events."""

from __future__ import annotations

from sm_sim.engine import ScenarioRun, automatic, play
from sm_sim.engine import events as ev
from sm_sim.engine.play import retake


def test_a_delivered_message_is_in_the_inbox_once_and_replays_in_place(example):
    best = automatic("best", 0)
    delivered: list[float] = []

    def between(run: ScenarioRun) -> None:
        if run.open_decision is not None and not delivered:
            assert run.deliver("press", "Press Office", "The Echo is calling", "Say nothing.")
            assert not run.deliver("press", "Press Office", "again", "twice?")  # once only
            delivered.append(run.now)

    run = ScenarioRun(example.scenario, 3)
    play(example.scenario, best, run=run, between=between)
    mine = [e for e in run.state.inbox if ev.from_trainer(e)]
    assert [(m.t, m.name, m.role, m.subject) for m in mine] == [
        (delivered[0], "Press Office", "Trainer", "The Echo is calling")]
    assert not run.deliver("late", "Press Office", "after the end", "...")

    again = ScenarioRun(example.scenario, 3)
    again.start()
    retake(again, ev.inputs(run.events))
    again.advance(run.events[-1].t)
    assert [e.to_dict() for e in again.events] == [e.to_dict() for e in run.events]


def test_a_message_does_not_shift_the_scenario_s_own_ids(example):
    """The scenario's own messages keep the ids they have without an inject."""
    plain = play(example.scenario, automatic("best", 0), seed=3)

    def between(run: ScenarioRun) -> None:
        if run.open_decision is not None:
            run.deliver("x", "Trainer", "Note", "Keep going.")

    with_inject = play(example.scenario, automatic("best", 0), seed=3, between=between)
    own = [e.message_id for e in with_inject.state.inbox if not ev.from_trainer(e)]
    assert own == [e.message_id for e in plain.state.inbox]
