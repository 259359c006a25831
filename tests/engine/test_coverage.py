"""Coverage of a scenario by automatic plays: what the plays went through is visited, the
rest is not, and a changed file keeps only what it still has."""

from __future__ import annotations

from dataclasses import replace

from sm_sim.engine import events as ev
from sm_sim.engine.coverage import Coverage, all_options, all_places, automatic_plays


def test_the_best_play_visits_its_own_states_and_options_only(example) -> None:
    scenario = example.scenario
    [best, worst] = automatic_plays(scenario, 0)
    coverage = Coverage()
    coverage.record_run(best)
    entered = {e.state for e in best if isinstance(e, ev.StateEntered)}
    entered |= {e.ending for e in best if isinstance(e, ev.RunEnded)}
    taken = {(e.decision, e.option) for e in best if isinstance(e, ev.ActionTaken)}
    assert coverage.places == entered and coverage.options == taken
    assert set(coverage.unvisited_places(scenario)) == set(all_places(scenario)) - entered
    assert set(coverage.unvisited_options(scenario)) == set(all_options(scenario)) - taken
    assert coverage.summary(scenario) == (f"states {len(entered)}/{len(all_places(scenario))}, "
                                          f"options {len(taken)}/{len(all_options(scenario))}")
    coverage.record_run(worst)
    assert coverage.plays == 2 and len(coverage.places) > len(entered)


def test_random_plays_differ_and_a_renamed_state_is_forgotten(example) -> None:
    scenario = example.scenario
    runs = automatic_plays(scenario, 4)
    assert len(runs) == 6
    coverage = Coverage()
    for events in runs:
        coverage.record_run(events)
    assert len({tuple(e.option for e in r if isinstance(e, ev.ActionTaken)) for r in runs}) > 2
    renamed = next(s for s in coverage.places if s in scenario.states and s != scenario.start)
    states = {("moved" if k == renamed else k): v for k, v in scenario.states.items()}
    before = set(coverage.places)
    coverage.keep_known(replace(scenario, states=states))
    assert coverage.places == before - {renamed}
    assert all(state != renamed for state, _ in coverage.options)
