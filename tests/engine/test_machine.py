"""The state machine is built without N x N auto transitions, so large scenarios stay cheap."""

from __future__ import annotations

from sm_sim.engine import ScenarioRun, automatic, play
from sm_sim.scenario.build import build_scenario


def _chain(n: int) -> dict:
    states = {}
    for i in range(n):
        nxt = f"s{i + 1}" if i + 1 < n else "done"
        states[f"s{i}"] = {"next": {"after": 1, "goto": nxt}}
    return {
        "id": "chain", "title": "Chain", "summary": "s", "version": "1", "author": "t",
        "minutes": 120, "difficulty": "beginner", "themes": ["x"], "pass_mark": 0,
        "account": {"kind": "personal", "handle": "@me", "name": "Me", "followers": 1},
        "personas": {"p": {"handle": "@p", "name": "P", "role": "public"}},
        "start": "s0", "states": states,
        "endings": {"done": {"title": "Done", "summary": "d", "backlash": []}},
    }


def test_only_scenario_edges_become_transitions():
    scenario = build_scenario(_chain(3000))
    run = ScenarioRun(scenario)
    machine = run._machine
    assert machine.get_triggers("s5") == ["go_s6"]
    total = sum(len(event.transitions) for event in machine.events.values())
    assert total == 3000 + 1  # one edge per state, plus "begin"


def test_long_chain_plays_to_the_end():
    scenario = build_scenario(_chain(3000))
    run = play(scenario, automatic("best", 0))
    assert run.state.ended.ending == "done"
    assert run.now == 3000
