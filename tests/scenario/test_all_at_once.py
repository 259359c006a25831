"""Shape problems and reference, graph or timing problems are reported in the same run, so a
trainer fixes a file once: the later checks run on the parts that are well formed."""

from __future__ import annotations

from pathlib import Path

from sm_sim.scenario import load_scenario

MINIMAL = Path(__file__).parent / "minimal.yaml"
SECOND_STATE = """\
  follow_up:
    injects:
      - at: 0
        type: post
        id: second_question
        from: resident
        text: Any news?
    decision:
      prompt: Answer again?
      options:
        - id: again
          label: Answer again
          action: reply
          target: second_question
          text: Nothing new yet; please call 101 if you saw anything.
          goto: good_end
          points: {public_engagement: 5}
          guidance: [conversation]
        - id: leave_it
          label: Leave it
          action: ignore
          goto: bad_end
"""


def _file(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = MINIMAL.read_text().replace("          goto: good_end\n          points",
                                       "          goto: follow_up\n          points")
    text = text.replace("endings:\n", SECOND_STATE + "endings:\n")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "scenario.yaml"
    path.write_text(text)
    return path


def _codes(path: Path) -> list[tuple[str, str]]:
    return [(d.code, d.message) for d in load_scenario(path).diagnostics]


def test_the_two_state_file_is_clean(tmp_path):
    assert _codes(_file(tmp_path)) == []


def test_a_schema_error_in_one_state_and_a_dangling_goto_in_another_in_one_run(tmp_path):
    path = _file(tmp_path, ("type: post\n        id: question", "type: postt\n        id: question"),
                 ("          goto: good_end\n", "          goto: good_ending\n"))
    found = load_scenario(path).diagnostics
    codes = {d.code for d in found}
    assert {"SC023", "SC030"} <= codes, [d.format() for d in found]
    dangling = next(d for d in found if d.code == "SC030")
    assert "good_ending" in dangling.message and "did you mean 'good_end'" in dangling.format()
    assert path.read_text().splitlines()[dangling.line - 1].strip() == "goto: good_ending"


def test_a_malformed_state_is_still_a_place_to_go(tmp_path):
    """A goto to a state with a shape problem is not unknown, and the states it leads to are
    not unreachable: only the shape problem is reported."""
    path = _file(tmp_path, ("prompt: Answer again?", "prompt: 12"))
    found = load_scenario(path).diagnostics
    assert [d.code for d in found] == ["SC022"], [d.format() for d in found]


def test_a_dangling_goto_inside_a_malformed_state_is_reported_too(tmp_path):
    path = _file(tmp_path, ("prompt: Answer again?", "prompt: 12"),
                 ("          goto: good_end\n", "          goto: nowhere\n"))
    found = load_scenario(path).diagnostics
    assert sorted(d.code for d in found) == ["SC022", "SC030", "SC040"], [d.format() for d in found]


def test_a_post_id_given_in_a_malformed_state_still_exists(tmp_path):
    path = _file(tmp_path, ("        id: second_question\n", "        id: second_question\n"
                            "        colour: red\n"))
    path.write_text(path.read_text().replace("  follow_up:\n", "  extra:\n    next:\n      after: 1\n"
                                             "      goto: good_end\n    crowds:\n      - at: 0\n"
                                             "        kind: reply\n        target: second_question\n"
                                             "        count: 2\n        over: 10\n"
                                             "        tones: {calm: 1}\n"
                                             "        templates: {calm: [ok]}\n  follow_up:\n"))
    found = load_scenario(path).diagnostics
    assert "SC035" not in {d.code for d in found}, [d.format() for d in found]
    assert "SC021" in {d.code for d in found}


def test_a_broken_persona_list_does_not_make_every_sender_unknown(tmp_path):
    path = _file(tmp_path, ("personas:\n  resident:", "personas:\n  - resident:"))
    found = load_scenario(path).diagnostics
    assert [d.code for d in found] == ["SC022"], [d.format() for d in found]


def test_a_persona_with_a_shape_problem_can_still_post(tmp_path):
    path = _file(tmp_path, ("    role: public", "    role: resident"))
    found = load_scenario(path).diagnostics
    assert [d.code for d in found] == ["SC023"], [d.format() for d in found]


def test_a_missing_minutes_turns_off_only_the_timing_checks(tmp_path):
    path = _file(tmp_path, ("minutes: 5\n", ""), ("goto: follow_up", "goto: follow_upp"))
    found = load_scenario(path).diagnostics
    # follow_upp is unknown, so follow_up and the good ending cannot be reached
    assert sorted(d.code for d in found) == ["SC020", "SC030", "SC040", "SC040"], \
        [d.format() for d in found]


def test_a_broken_reaction_keeps_the_others_in_their_places(tmp_path):
    reactions = ("reactions:\n  - id: first\n    action: lick\n  - id: second\n    action: like\n"
                 "    post: no_such_post\n")
    path = _file(tmp_path, ("start: ask\n", "start: ask\n" + reactions))
    found = load_scenario(path).diagnostics
    assert sorted(d.code for d in found) == ["SC022", "SC035"], [d.format() for d in found]
    unknown = next(d for d in found if d.code == "SC035")
    assert "no_such_post" in path.read_text().splitlines()[unknown.line - 1]


def test_two_problems_in_one_state_are_both_reported(tmp_path):
    path = _file(tmp_path, ("prompt: Answer again?", "prompt: 12"), ("label: Leave it", "label: 7"))
    found = load_scenario(path).diagnostics
    assert [d.code for d in found] == ["SC022", "SC022"], [d.format() for d in found]
