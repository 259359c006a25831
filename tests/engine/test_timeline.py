"""The master timeline of a path: each state's injects, crowds and decision at the times the
scenario file gives them (counted from when the path enters the state), what overlaps, the
path to a chosen state, and the `sm-sim timeline` verb."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sm_sim.cli import main
from sm_sim.engine.play import LAST
from sm_sim.engine.timeline import PathError, Row, Timeline, clock, timeline
from sm_sim.scenario.model import Scenario, State

from ..conftest import EXAMPLE


def _entries(found: Timeline) -> list[Row]:
    return [r for r in found.rows if r.kind == "state"]


def _at(found: Timeline, state: str, at: float) -> list[Row]:
    return [r for r in found.rows if r.state == state and r.at == at and r.kind != "state"]


@pytest.mark.parametrize("think", [LAST, 0.0, 12.0])
def test_every_inject_crowd_and_decision_lands_when_the_file_says(example, think) -> None:
    scenario: Scenario = example.scenario
    found = timeline(scenario, "best", think)
    entries = _entries(found)
    assert entries[0].state == scenario.start and entries[0].at == 0
    for entry in entries:
        state = scenario.states[entry.state]
        for inject in state.injects:
            here = _at(found, state.id, entry.at + inject.at)
            text = " ".join(str(inject.get("text", "")).split())[:60]
            assert any(text in r.text or inject.type == "metric" for r in here), (state.id, inject)
        for crowd in state.crowds:
            [burst] = [r for r in _at(found, state.id, entry.at + crowd.at) if r.kind == "crowd burst"]
            assert burst.text.startswith(f"{crowd.count} ")
            assert burst.until <= entry.at + crowd.at + crowd.over
        decision = state.decision
        if decision is None:
            continue
        [opened] = [r for r in _at(found, state.id, entry.at + decision.at) if r.kind == "decision"]
        limit = decision.time_limit
        if limit:
            assert f"times out at {clock(opened.at + limit)}" in opened.text
        waited = min(think, limit - 1) if limit else (0.0 if think == LAST else think)
        assert opened.until == opened.at + waited
        [answer] = [r for r in found.rows if r.kind == "answer" and r.state == state.id]
        assert answer.at == opened.until
        goto = answer.text.rsplit("→ ", 1)[1]
        after = [r for r in found.rows if r.at == answer.at and r.state == goto]
        assert after and after[0].kind in ("state", "ending")
    assert found.rows[-1].kind == "ending" and found.rows[-1].at == found.length


def test_spans_that_run_at_once_name_each_other(example) -> None:
    found = timeline(example.scenario, "best")
    spans = [r for r in found.rows if r.until is not None and r.until > r.at and r.lands]
    crossing = [(a, b) for a in spans for b in spans if a is not b and a.at < b.until and b.at < a.until]
    assert any({a.kind, b.kind} == {"crowd burst", "decision"} for a, b in crossing)
    for a, b in crossing:
        assert f"{b.kind} of {b.state} {clock(b.at)}–{clock(b.until)}" in a.during
    for row in found.rows:
        if row.until is None and row.lands:
            inside = [s for s in spans if s.at <= row.at < s.until]
            assert len(row.during) == len(inside)


def test_a_path_to_a_state_goes_through_it_and_a_bad_one_says_why(example) -> None:
    scenario: Scenario = example.scenario
    best = {r.state for r in timeline(scenario, "best").rows}
    target = next(s for s in scenario.states if s not in best)
    found = timeline(scenario, target)
    assert found.reached and target in {r.state for r in _entries(found)}
    with pytest.raises(PathError, match="not a state or ending"):
        timeline(scenario, "no_such_state")
    island = replace(scenario, states={**scenario.states, "island": State("island", "Island")})
    with pytest.raises(PathError, match="cannot be reached"):
        timeline(island, "island")


def test_the_verb_prints_the_table_and_refuses_a_bad_state_or_file(capsys, tmp_path, example) -> None:
    assert main(["timeline", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    start = example.scenario.states[example.scenario.start]
    assert example.scenario.title in out and "time" in out.splitlines()[2]
    assert " ".join(start.decision.prompt.split())[:50] in " ".join(out.split())
    assert "meanwhile: crowd burst of" in out
    assert main(["timeline", str(EXAMPLE), "--path", "worst", "--think", "5"]) == 0
    assert "answered after 5s" in capsys.readouterr().out
    assert main(["timeline", str(EXAMPLE), "--path", "nowhere"]) == 2
    assert "'nowhere' is not a state or ending" in capsys.readouterr().err
    broken = tmp_path / "broken.yaml"
    broken.write_text("states: [half written")
    assert main(["timeline", str(broken)]) == 2
    assert "has errors (above)" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        main(["timeline", str(EXAMPLE), "--think", "soon"])
    assert stopped.value.code == 2 and "not a number of seconds" in capsys.readouterr().err


def test_an_inject_due_as_the_run_ends_lands_as_it_does_in_the_run() -> None:
    """The question arrives at 0 and the answer, given at once, ends the run at 0: the run
    publishes the question first, so the timeline must not call it 'never lands'."""
    from sm_sim.engine import automatic, play
    from sm_sim.engine import events as ev
    from sm_sim.scenario import load_scenario

    from ..conftest import ROOT
    scenario = load_scenario(ROOT / "tests" / "scenario" / "minimal.yaml").scenario
    assert scenario is not None
    run = play(scenario, automatic("best", scenario.seed), think=0.0)
    published = [e for e in run.events if isinstance(e, ev.PostPublished) and e.post_id == "question"]
    assert published and published[0].t == run.state.ended.t == 0
    found = timeline(scenario, "best", 0.0)
    [question] = [r for r in found.rows if r.text == "What is going on at the park?"]
    assert question.at == found.length and question.lands
