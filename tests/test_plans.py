"""Golden plans: every shipped scenario is played headless along routes its plan names."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sm_sim.engine import automatic, play
from sm_sim.engine import events as ev
from sm_sim.engine.play import chooser_for
from sm_sim.engine.result import result
from sm_sim.scenario import load_scenario, scenario_files

ROOT = Path(__file__).resolve().parents[1]
PLANS = Path(__file__).parent / "plans"
SCENARIOS = scenario_files([ROOT / "scenarios"])


def _plays():
    for path in SCENARIOS:
        plan = PLANS / path.name
        if plan.is_file():
            for play_ in yaml.safe_load(plan.read_text())["plays"]:
                yield pytest.param(path, play_, id=f"{path.stem}: {play_['name']}")


def test_every_scenario_has_a_plan():
    missing = [p.name for p in SCENARIOS if not (PLANS / p.name).is_file()]
    assert missing == []


@pytest.mark.parametrize(("path", "plan"), list(_plays()))
def test_plan(path, plan):
    loaded = load_scenario(path)
    assert loaded.ok
    scenario = loaded.scenario
    if "choose" in plan:  # answers, and free actions on the feed at their times ("@01:30 like:p")
        chooser, free = chooser_for(plan["choose"], plan.get("auto"), scenario.seed)
    else:
        chooser, free = automatic(plan["auto"], scenario.seed), []
    run = play(scenario, chooser, free=free)
    outcome = result(run, loaded.guidance)
    expect = plan["expect"]
    if "ending" in expect:
        assert outcome["ending"] == expect["ending"]
    if "passed" in expect:
        assert outcome["passed"] is expect["passed"], outcome["score"]
    if "score" in expect:
        low, high = expect["score"]
        assert low <= outcome["score"] <= high
    if "states" in expect:
        visited = {e.state for e in run.events if isinstance(e, ev.StateEntered)}
        assert set(expect["states"]) <= visited
    if "flags" in expect:
        flags = {f for e in run.events if isinstance(e, ev.ReplyJudged) for f in e.flags}
        assert set(expect["flags"]) <= flags
    if "timed_out" in expect:
        assert sum(e.timed_out for e in run.events if isinstance(e, ev.ActionTaken)) == expect["timed_out"]
    if "backlash" in expect:
        assert bool(run.state.ended.backlash) is expect["backlash"]
    if "reactions" in expect:  # the reactions the free actions set off, in order
        assert [e.reaction for e in run.events if isinstance(e, ev.ReactionFired)] == expect["reactions"]
