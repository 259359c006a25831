"""The best and worst score per competency over every way through a scenario are the
figures the scoring module gives the plays that take those ways."""

from __future__ import annotations

import itertools
from pathlib import Path

from sm_sim.engine import play, scripted
from sm_sim.scenario import load_scenario
from sm_sim.scoring.reachable import reachable_scores
from sm_sim.scoring.score import score

from ..conftest import ROOT

SECOND = """
  follow_up:
    title: The follow-up
    decision:
      prompt: They ask again.
      options:
        - id: explain
          label: Explain
          action: reply
          target: question
          text: Call 101, please.
          goto: good_end
          points: {public_engagement: 4, confidentiality: 5}
        - id: speculate
          label: Speculate
          action: reply
          target: question
          text: It was probably a fight.
          goto: bad_end
          points: {public_engagement: 6, confidentiality: -5}
        - id: leave
          label: Leave it
          action: ignore
          goto: good_end
endings:"""


def _two_decisions(tmp_path: Path) -> Path:
    text = (ROOT / "tests" / "scenario" / "minimal.yaml").read_text()
    text = text.replace("goto: good_end\n          points: {public_engagement: 10}",
                        "goto: follow_up\n          points: {public_engagement: 10}", 1)
    path = tmp_path / "two.yaml"
    path.write_text(text.replace("\nendings:", SECOND, 1))
    return path


def test_each_competencys_best_and_worst_are_what_some_play_scores(tmp_path) -> None:
    loaded = load_scenario(_two_decisions(tmp_path))
    scenario = loaded.scenario
    assert loaded.ok and scenario is not None, [d.format() for d in loaded.diagnostics]
    played: dict[str, list[int]] = {}
    totals = []
    for answers in itertools.product(*[[o.id for o in d.options] for d in scenario.decisions()]):
        run = play(scenario, scripted(list(answers)[: 1 if answers[0] == "ignore_it" else 2]))
        taken = [(r.closed.decision, r.closed.points) for r in run.state.decisions if r.closed]
        scored = score(scenario, taken, run.state.ended.ending)
        totals.append(scored.total)
        for name, value in scored.competencies.items():
            played.setdefault(name, []).append(value)
    found = reachable_scores(scenario)
    assert found.complete and found.paths == 4  # ignore; answer then each of three
    assert found.competencies == {n: (min(v), max(v)) for n, v in played.items()}
    assert found.total == (min(totals), max(totals))
    assert found.points["public_engagement"] == (-5, 16)


def test_a_scenario_with_more_ways_than_asked_says_its_figures_are_partial(example) -> None:
    found = reachable_scores(example.scenario, most=3)
    assert found.paths == 3 and not found.complete
    whole = reachable_scores(example.scenario)
    assert whole.complete and set(whole.competencies) >= set(found.competencies)
