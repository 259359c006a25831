"""Messages name options as --choose numbers them (from 1), list items from 1, and say how
many names a cut list of suggestions leaves out."""

from __future__ import annotations

from pathlib import Path

from sm_sim.scenario import load_scenario
from sm_sim.scenario.diagnostics import listed, suggest
from sm_sim.scenario.shape import dotted

BAD = Path(__file__).parent / "bad"


def _messages(path: Path, code: str) -> list[str]:
    return [d.message for d in load_scenario(path).diagnostics if d.code == code]


def test_an_option_is_named_by_its_number_from_one_and_its_id():
    assert _messages(BAD / "SC045_option_misfit.yaml", "SC045") == [
        "option 1 ('answer') of decision 'ask': 'reply' needs a 'target' post id"]
    assert _messages(BAD / "SC036_duplicate_option.yaml", "SC036") == [
        "option 2 ('answer') of decision 'ask' has the id of option 1"]


def test_list_items_in_places_are_counted_from_one():
    assert dotted(("states", "ask", "decision", "options", 0, "points")) == \
        "states.ask.decision.options #1.points"
    assert dotted(()) == "the file"


def test_a_cut_list_of_names_says_how_many_more():
    names = [f"name_{i:02d}" for i in range(11)]
    assert listed(names) == ", ".join(names[:8]) + " and 3 more"
    assert listed(names[:3]) == "name_00, name_01 and name_02"
    assert listed(names[:1]) == "name_00" and listed([]) == ""
    assert suggest("zzz", set(names)).endswith("and 3 more")
    assert suggest("name_1", set(names)) == "did you mean 'name_10'?"


def test_a_shape_problem_in_an_option_says_which_option(tmp_path):
    text = (BAD.parent / "minimal.yaml").read_text().replace(
        "points: {public_engagement: -5}", "points: {public_engagement: -90}")
    path = tmp_path / "far.yaml"
    path.write_text(text)
    assert "states.ask.decision.options #2.points.public_engagement is -90; it must be at least -50" \
        in _messages(path, "SC024")
