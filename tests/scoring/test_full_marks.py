"""A competency that only options the best play never takes can score caps the best play
below full marks: validate names the competency, the decision and the options (SC059)."""

from __future__ import annotations

from pathlib import Path

from sm_sim.cli import main
from sm_sim.scenario import load_scenario
from sm_sim.scenario.load import scenario_files
from sm_sim.scoring.full_marks import check_full_marks, short_of_full
from sm_sim.scoring.reachable import reachable_scores

SCENARIO = Path(__file__).resolve().parents[1] / "scenario"
CAPPED = SCENARIO / "bad" / "SC059_full_marks_unreachable.yaml"


def _found(path: Path) -> list[str]:
    loaded = load_scenario(path)
    assert loaded.scenario is not None and loaded.source is not None
    return [d.format() for d in check_full_marks(loaded.scenario, loaded.source)]


def test_a_competency_only_a_poor_option_scores_is_named_with_its_decision():
    [line] = _found(CAPPED)
    assert "warning SC059 full marks cannot be reached: the best play scores at most 50, with " \
        "'officer_safety' at 0, because at decision 'ask' option 2 ('ignore_it') earns 4 of it, " \
        "while the best play's option 1 ('answer') earns 0" in line
    assert "give option 1 ('answer') at 'ask', which the best play takes, points in officer_safety" \
        in line
    number = int(line.split(":")[1])
    assert "officer_safety: 4" in CAPPED.read_text().splitlines()[number - 1]


def test_a_scenario_whose_best_play_reaches_full_marks_is_quiet():
    assert _found(SCENARIO / "minimal.yaml") == []


def test_the_figures_are_reachable_scores_own():
    loaded = load_scenario(CAPPED)
    assert loaded.scenario is not None
    found = reachable_scores(loaded.scenario)
    assert found.best is not None and found.best.total == found.total[1] == 50
    [short] = short_of_full(loaded.scenario, found)["officer_safety"]
    assert (short.decision, short.taken, short.better) == ("ask", 0, ((1, 4),))


def test_validate_reports_it(capsys):
    assert main(["validate", str(CAPPED)]) == 0
    assert " SC059 " in capsys.readouterr().err


def test_the_shipped_library_reaches_full_marks():
    for path in scenario_files([SCENARIO.parents[1] / "scenarios"]):
        assert _found(path) == [], path


def test_a_long_chain_of_states_is_walked_without_deep_recursion():
    from sm_sim.scenario.build import build_scenario

    from ..engine.test_machine import _chain
    found = reachable_scores(build_scenario(_chain(5000)))
    assert found.paths == 1 and found.best is not None and found.best.ending == "done"
