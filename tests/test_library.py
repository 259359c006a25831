"""The shipped scenario library: enough scenarios, every theme and guidance entry covered,
and every scenario playable end to end the way a trainer expects.

Two tests count across the whole library and may only pass once every branch of the
library has been merged: ``test_library_has_at_least_twelve_scenarios`` and
``test_every_guidance_entry_is_cited_by_a_scenario``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from sm_sim.engine import automatic, play
from sm_sim.engine.crowd import generate, stream
from sm_sim.engine.lint import check_playable
from sm_sim.engine.result import result
from sm_sim.scenario import Loaded, load_scenario, scenario_files
from sm_sim.scenario.catalogue import library_markdown
from sm_sim.scenario.course import load_course
from sm_sim.scenario.load import COURSE_FILE
from sm_sim.scenario.model import Decision, Scenario

from .library_walk import choices, routes

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ROOT / "scenarios"
FILES = scenario_files([SCENARIOS])

# The library's themes, and which scenarios are written for each (checked against the
# scenarios' own `themes:`). A scenario may list extra themes from EXTRA_THEMES.
THEME_SCENARIOS: dict[str, list[str]] = {
    "personal accounts": ["human_side", "the_video", "behind_the_avatar"],
    "conversation": ["ask_the_team", "cordon_questions"],
    "cordon": ["cordon_questions"],
    "tone": ["read_the_post"],
    "criticism": ["credit_where_due", "ask_the_team"],
    "internal complaints": ["from_inside", "group_chat_gallows"],
    "political neutrality": ["cuts_and_campaigns", "credit_where_due", "from_inside"],
    "anonymity": ["behind_the_avatar", "from_inside", "the_video"],
    "dark humour": ["group_chat_gallows", "cordon_questions"],
    "abuse of position": ["the_private_tour", "cordon_questions"],
    "credentials": ["password_please", "human_side"],
    "taking a break": ["log_off", "human_side"],
}
EXTRA_THEMES = {"viral video", "press", "impersonation", "off duty", "chief officer"}


@cache
def _loaded(path: Path) -> Loaded:
    return load_scenario(path)


def _scenario(path: Path) -> Scenario:
    loaded = _loaded(path)
    assert loaded.ok and loaded.scenario is not None, [d.format() for d in loaded.diagnostics]
    return loaded.scenario


def _all() -> dict[str, Scenario]:
    return {s.id: s for s in map(_scenario, FILES)}


each = pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)


# -- across the library (the first two need every branch of the library merged) -------------
def test_library_has_at_least_twelve_scenarios():
    assert len(FILES) >= 12, [p.name for p in FILES]


def test_every_guidance_entry_is_cited_by_a_scenario():
    library = _loaded(FILES[0]).guidance
    assert library is not None
    cited = {g for s in _all().values() for g in s.cited_guidance()}
    assert set(library.entries) - cited == set()


def test_every_theme_is_covered_by_the_scenarios_written_for_it():
    scenarios = _all()
    for theme, ids in THEME_SCENARIOS.items():
        assert ids, theme
        for sid in ids:
            assert sid in scenarios, f"{theme}: no scenario '{sid}'"
            assert theme in scenarios[sid].themes, f"'{sid}' does not list the theme '{theme}'"


@each
def test_themes_come_from_the_library_list(path):
    unknown = set(_scenario(path).themes) - set(THEME_SCENARIOS) - EXTRA_THEMES
    assert unknown == set()


def test_the_course_runs_every_scenario_once_with_no_problems():
    loaded = load_course(SCENARIOS / COURSE_FILE)
    assert loaded.ok and loaded.diagnostics == [], [d.format() for d in loaded.diagnostics]
    assert loaded.course is not None
    assert sorted(loaded.course.scenario_ids()) == sorted(_all())


def test_the_scenario_catalogue_is_current():
    assert (ROOT / "docs" / "scenarios.md").read_text(encoding="utf-8") == library_markdown(SCENARIOS)


# -- each scenario ---------------------------------------------------------------------------
@each
def test_validates_with_no_warnings(path):
    loaded = _loaded(path)
    assert loaded.ok and loaded.scenario is not None and loaded.source is not None
    found = loaded.diagnostics + check_playable(loaded.scenario, loaded.source)
    assert [d.format() for d in found] == []
    assert loaded.scenario.trainer_sheet is not None


@each
def test_shape_of_a_training_scenario(path):
    scenario = _scenario(path)
    decisions = scenario.decisions()
    assert 10 <= scenario.minutes <= 25
    assert len(decisions) >= 4
    assert sum(any(o.free_text and o.rubric for o in d.options) for d in decisions) >= 2
    assert sum(d.time_limit is not None for d in decisions) >= 2
    backlash = {b for e in scenario.endings.values() for b in e.backlash}
    assert len(scenario.endings) >= 3 and backlash >= {"public", "internal"}
    assert any(e.good for e in scenario.endings.values())
    assert max(c.count for s in scenario.states.values() for c in s.crowds) >= 50


@each
def test_every_scored_choice_cites_guidance_and_every_decision_has_an_exemplar(path):
    for decision in _scenario(path).decisions():
        assert any(o.exemplar for o in decision.options), decision.id
        for option in decision.options:
            for outcome in option.outcomes:
                if outcome.points:
                    assert outcome.guidance, f"{decision.id}.{option.id} -> {outcome.goto}"


@each
@pytest.mark.parametrize(("mode", "good", "low", "high"), [("best", True, 85, 100),
                                                          ("worst", False, 0, 40)])
def test_automatic_play(path, mode, good, low, high):
    scenario = _scenario(path)
    run = play(scenario, automatic(mode, scenario.seed))
    outcome = result(run, _loaded(path).guidance)  # type: ignore[arg-type]
    ending = scenario.endings[outcome["ending"]]
    assert ending.good is good, ending.id
    if not good:
        assert ending.backlash
    assert low <= outcome["score"] <= high


@each
def test_every_ending_can_be_reached_by_playing(path):
    scenario = _scenario(path)
    missing = set(scenario.endings)
    for route in routes(scenario):
        missing.discard(route.ending)
        if not missing:
            break
    assert missing == set()


def _time_runs_out(decision: Decision) -> list:
    """At a timed decision, only letting the time run out; elsewhere, any choice."""
    found = choices(decision)
    return [c for c in found if c.option is None] or found


@each
def test_letting_every_timer_run_out_never_ends_well(path):
    scenario = _scenario(path)
    good = [(r.ending, [c.option or "wait" for c in r.choices])
            for r in routes(scenario, _time_runs_out) if scenario.endings[r.ending].good]
    assert good == []


@each
def test_no_crowd_burst_repeats_a_line(path):
    scenario = _scenario(path)
    context = {"target_handle": "@someone", "trainee_handle": scenario.account.handle,
               "trainee_name": scenario.account.name}
    for state in scenario.states.values():
        for index, crowd in enumerate(state.crowds):
            texts = [p.text for p in generate(crowd, stream(scenario.seed, state.id, index), context)]
            repeated = sorted({t for t in texts if texts.count(t) > 1})
            assert repeated == [], f"{state.id} crowd {index}"
