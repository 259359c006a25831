"""The tutorial in docs/authoring.md and its files in docs/tutorial/ agree: every step is free
of problems, each deliberate mistake gives exactly the problems the text quotes, every YAML
excerpt the text shows is in the file it names, the final file validates and plays to
different endings with --auto best and --auto worst, the previews from the middle state end
as the text says, and every screenshot the tutorial shows exists."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from sm_sim.cli import main
from sm_sim.engine import play
from sm_sim.engine.lint import check_playable
from sm_sim.engine.play import Choice
from sm_sim.engine.result import result
from sm_sim.scenario import load_guidance, load_scenario
from sm_sim.scenario.diagnostics import Diagnostic
from sm_sim.scenario.template import new_scenario

from ..conftest import ROOT

TUTORIAL = ROOT / "docs" / "tutorial"
GUIDE = ROOT / "docs" / "authoring.md"
FILE = "before_you_go_on_leave.yaml"  # the trainer's file, as `sm-sim new` names it
STEPS = ("step1.yaml", "step2.yaml", "step3.yaml", "step4.yaml", "final.yaml")
MISTAKES = {"step2_mistake.yaml": "SC030", "step4_mistake.yaml": "SC037"}


def _tutorial() -> str:
    """The tutorial's section of the guide."""
    text = GUIDE.read_text(encoding="utf-8")
    start = text.index("## Your first scenario in the workbench, step by step")
    return text[start:text.index("\n## ", start + 1)]


def _as_trainer(step: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[Diagnostic]:
    """Every problem the workbench (and `validate`) finds in ``step``, saved as the trainer's
    file and named as they would see it."""
    shutil.copy(TUTORIAL / step, folder / FILE)
    monkeypatch.chdir(folder)
    loaded = load_scenario(Path(FILE))
    found = list(loaded.diagnostics)
    if loaded.ok and loaded.scenario is not None and loaded.source is not None:
        found += check_playable(loaded.scenario, loaded.source)
    return found


@pytest.mark.parametrize("step", STEPS)
def test_every_step_has_no_problems(step, tmp_path, monkeypatch) -> None:
    assert [d.format() for d in _as_trainer(step, tmp_path, monkeypatch)] == []


@pytest.mark.parametrize(("step", "code"), sorted(MISTAKES.items()))
def test_each_mistake_gives_the_problems_the_tutorial_quotes(step, code, tmp_path,
                                                              monkeypatch) -> None:
    found = _as_trainer(step, tmp_path, monkeypatch)
    assert found and {d.code for d in found} == {code} and all(d.is_error for d in found)
    text = _tutorial()
    for diagnostic in found:
        said = diagnostic.format()  # as `validate` prints it; the panel says the line in words
        place = f"{FILE}:{diagnostic.line}:{diagnostic.col}: "
        panel = f"line {diagnostic.line}, column {diagnostic.col}: {said.removeprefix(place)}"
        head = said.split(" — ")[0]  # where, the code and what is wrong
        assert head in text or panel.split(" — ")[0] in text, said


def test_every_excerpt_is_in_the_file_it_names() -> None:
    excerpts = re.findall(r"<!-- from docs/tutorial/([\w.]+) -->\n```yaml\n(.*?)```",
                          _tutorial(), re.DOTALL)
    assert len(excerpts) >= 14
    for name, excerpt in excerpts:
        assert excerpt in (TUTORIAL / name).read_text(encoding="utf-8"), (name, excerpt[:80])


def test_step_one_starts_from_what_sm_sim_new_writes(tmp_path) -> None:
    written = new_scenario("Before you go on leave", tmp_path)
    assert written.name == FILE
    starter = written.read_text(encoding="utf-8").splitlines()
    step1 = (TUTORIAL / "step1.yaml").read_text(encoding="utf-8").splitlines()
    assert step1[:6] == starter[:6]  # the comments, the schema version, the id and the title
    assert step1[10:30] == starter[9:29]  # version to the trainer sheet, left until step 5


def test_the_final_file_validates_clean(tmp_path, monkeypatch, capsys) -> None:
    shutil.copy(TUTORIAL / "final.yaml", tmp_path / FILE)
    monkeypatch.chdir(tmp_path)
    assert main(["validate", FILE]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == f"{FILE}: ok" and err == ""
    assert f"{FILE}: ok" in _tutorial()


def test_the_best_and_worst_automatic_plays_reach_different_endings(capsys) -> None:
    endings = {}
    for how in ("best", "worst"):
        assert main(["play", str(TUTORIAL / "final.yaml"), "--auto", how, "--json"]) == 0
        outcome = json.loads(capsys.readouterr().out)
        endings[how] = (outcome["debrief"]["ending"]["title"], outcome["score"],
                        outcome["passed"])
    assert endings == {"best": ("Covered while you were away", 100, True),
                       "worst": ("A row on the team account", 0, False)}
    text = _tutorial()
    assert "Ending: Covered while you were away  score 100/100  Passed" in text
    assert "Ending: A row on the team account  score 0/100  Not passed" in text


def test_sending_the_password_fails_even_when_the_rest_is_right(capsys) -> None:
    assert main(["play", str(TUTORIAL / "final.yaml"), "--choose", "2,1,1", "--json"]) == 0
    outcome = json.loads(capsys.readouterr().out)
    assert outcome["debrief"]["ending"]["title"] == "Covered while you were away"
    assert outcome["score"] == 47 and not outcome["passed"]
    assert outcome["competencies"]["officer_safety"] == 0
    assert "(`--choose 2,1,1`) reaches the good ending and still fails, with 47" in _tutorial()


@pytest.mark.parametrize(("cover", "ending", "score"), [
    (1, "Covered while you were away", 34), (0, "Nobody read the message", 0)])
def test_a_preview_from_the_middle_ends_as_the_tutorial_says(cover, ending, score) -> None:
    """Leave the message, then (if asked) answer Gary calmly, from the middle state."""
    loaded = load_scenario(TUTORIAL / "final.yaml")
    assert loaded.scenario is not None and loaded.guidance is not None
    scenario = loaded.scenario
    middle = replace(scenario, start="late_message",  # as "Play from here" makes it
                     variables={**scenario.variables, "cover": cover})
    answers = {"late_message": "leave_it", "criticism": "calm_reply"}
    run = play(middle, lambda run, decision: Choice(answers[decision.id], None))
    outcome = result(run, loaded.guidance)
    assert (outcome["debrief"]["ending"]["title"], outcome["score"]) == (ending, score)
    assert f"{ending}, score {score}/100 (Not" in " ".join(_tutorial().split())


def test_every_screenshot_the_tutorial_shows_exists() -> None:
    shown = re.findall(r"!\[[^\]]+\]\((screenshots/tutorial/[\w.]+\.png)\)", _tutorial())
    assert len(shown) >= 12
    for name in shown:
        assert (GUIDE.parent / name).is_file(), name


def test_the_guidance_cited_is_in_the_library_and_named_in_the_text() -> None:
    guidance, problems = load_guidance(ROOT / "scenarios" / "guidance.yaml")
    assert guidance is not None and not problems
    named = set(re.findall(r"`([a-z_]+)`", _tutorial()))
    loaded = load_scenario(TUTORIAL / "final.yaml")
    assert loaded.scenario is not None
    cited = {g for state in loaded.scenario.states.values() if state.decision
             for option in state.decision.options for outcome in option.outcomes
             for g in outcome.guidance}
    assert len(cited) == 6 and cited <= set(guidance.entries) and cited <= named
