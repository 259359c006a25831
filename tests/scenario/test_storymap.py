"""The workbench's map of a scenario file, read from its data so a broken file has one too."""

from __future__ import annotations

from pathlib import Path

from sm_sim.scenario import load_scenario
from sm_sim.scenario.storymap import layout, story_map
from sm_sim.scenario.template import new_scenario, scenario_id

from ..conftest import EXAMPLE

MINIMAL = (Path(__file__).parent / "minimal.yaml").read_text()


def test_the_example_maps_every_state_and_ending_and_lays_them_out_left_to_right():
    loaded = load_scenario(EXAMPLE)
    story = story_map(loaded.source)
    scenario = loaded.scenario
    assert {n.id for n in story.nodes} == {*scenario.states, *scenario.endings}
    assert all(n.reachable and not n.trap for n in story.nodes)
    assert {n.outcome for n in story.nodes if n.kind == "ending"} >= {"good", "public", "internal"}
    places = layout(story, {})
    start_x = places[scenario.start][0]
    assert all(places[e][0] > start_x for e in scenario.endings)  # endings to the right
    assert len({places[n.id] for n in story.nodes}) == len(story.nodes)  # no two boxes at one place


def test_a_broken_file_still_has_a_map_that_shows_what_is_wrong(tmp_path):
    text = MINIMAL.replace("          goto: bad_end\n", "          goto: nowhere\n")
    text = text.replace("endings:\n", "  island:\n    title: Never reached\n    decision:\n"
                        "      prompt: Stuck?\n      options:\n        - id: loop\n"
                        "          label: Loop\n          action: ignore\n          goto: island\n"
                        "endings:\n")
    path = tmp_path / "broken.yaml"
    path.write_text(text)
    loaded = load_scenario(path)
    assert not loaded.ok
    story = story_map(loaded.source)
    by_id = {n.id: n for n in story.nodes}
    assert by_id["nowhere"].kind == "missing"
    assert not by_id["island"].reachable and not by_id["bad_end"].reachable
    assert by_id["island"].line == text.splitlines().index("  island:") + 1


def test_a_half_written_file_has_no_map_rather_than_an_error(tmp_path):
    path = tmp_path / "half.yaml"
    path.write_text("id: half\nstates:\n  a: {title: [unclosed\n")
    assert story_map(load_scenario(path).source) is None


def test_sm_sim_new_writes_a_valid_commented_scenario_and_will_not_overwrite(tmp_path, capsys):
    from sm_sim.cli import main
    assert main(["new", "Night shift: a question", "--folder", str(tmp_path)]) == 0
    path = tmp_path / "night_shift_a_question.yaml"
    assert path.read_text().startswith("# yaml-language-server")
    assert main(["validate", str(path)]) == 0
    assert f"{path}: ok" in capsys.readouterr().out
    assert main(["new", "Night shift: a question", "--folder", str(tmp_path)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert scenario_id("  2nd -- go! ") == "scenario_2nd_go"
    assert new_scenario("Another", tmp_path).name == "another.yaml"


def test_sm_sim_new_makes_the_folder_it_is_asked_to_write_in(tmp_path, capsys):
    from sm_sim.cli import main
    folder = tmp_path / "my scenarios" / "week 1"
    assert main(["new", "First shift", "--folder", str(folder)]) == 0
    assert (folder / "first_shift.yaml").is_file()
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    assert main(["new", "First shift", "--folder", str(blocked / "below")]) == 2
    assert "cannot write in" in capsys.readouterr().err
