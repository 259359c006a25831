"""Every choice that moves a score cites the guidance it teaches (SC061), named as --choose
numbers options."""

from __future__ import annotations

from pathlib import Path

from sm_sim.scenario import load_scenario

from .edited import MINIMAL, minimal_with

CITED = "          guidance: [conversation]\n"


def _warnings(tmp_path: Path, *edits: tuple[str, str]) -> list[str]:
    path = minimal_with(tmp_path, *edits)
    return [d.message for d in load_scenario(path).diagnostics if d.code == "SC061"]


def test_a_file_whose_scored_choices_all_cite_guidance_is_quiet(tmp_path):
    assert _warnings(tmp_path) == []


def test_removing_every_guidance_is_warned_about_option_by_option(tmp_path):
    assert _warnings(tmp_path, (CITED, "")) == [
        "option 1 ('answer') of decision 'ask' moves the score (public_engagement +10) but cites "
        "no guidance",
        "option 2 ('ignore_it') of decision 'ask' moves the score (public_engagement -5) but cites "
        "no guidance"]


def test_an_option_that_scores_nothing_needs_no_guidance(tmp_path):
    assert _warnings(tmp_path, ("          points: {public_engagement: -5}\n" + CITED, "")) == []


def test_a_scored_branch_needs_its_own_guidance(tmp_path):
    branch = ("          branches:\n            - when: {vars: {public_trust: '< 20'}}\n"
              "              goto: bad_end\n              points: {public_engagement: -8}\n")
    found = _warnings(tmp_path, ("points: {public_engagement: -5}\n" + CITED,
                                 "points: {public_engagement: -5}\n" + CITED + branch))
    assert found == ["branch 1 of option 2 ('ignore_it') of decision 'ask' moves the score "
                     "(public_engagement -8) but cites no guidance"]


def test_a_scored_reaction_needs_guidance(tmp_path):
    reaction = "reactions:\n  - id: liked_it\n    action: like\n    points: {public_engagement: -3}\n"
    assert _warnings(tmp_path, ("start: ask\n", "start: ask\n" + reaction)) == [
        "reaction 'liked_it' moves the score (public_engagement -3) but cites no guidance"]


def test_the_hint_names_guidance_that_feeds_the_competency(tmp_path):
    text = MINIMAL.read_text().replace(CITED, "", 1)
    path = tmp_path / "hint.yaml"
    path.write_text(text)
    [found] = [d for d in load_scenario(path).diagnostics if d.code == "SC061"]
    assert "guidance that feeds public_engagement: conversation" in found.hint
    assert found.hint.endswith("more")
