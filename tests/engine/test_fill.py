"""Names in braces in a scenario's text are filled in as the run shows it: the trainee's
account, the followers and a variable as they are at that moment, a persona's name and handle;
doubled braces are braces; and the validator names what cannot be filled (SC062)."""

from __future__ import annotations

import shutil
from pathlib import Path

from sm_sim.engine import ScenarioRun, automatic, play
from sm_sim.engine import events as ev
from sm_sim.scenario import load_scenario

from ..conftest import EXAMPLE, SCENARIOS

MARY = "Nobody is telling us anything."


def _example_saying(tmp_path: Path, said: str) -> Path:
    shutil.copy(SCENARIOS / "guidance.yaml", tmp_path / "guidance.yaml")
    path = tmp_path / "example.yaml"
    text = EXAMPLE.read_text()
    assert MARY in text
    path.write_text(text.replace(MARY, said, 1))
    return path


def test_the_names_are_what_they_are_when_the_post_lands(tmp_path: Path) -> None:
    said = ("{force} ({force.handle}): ask {trainee_name} at {trainee_handle}, "
            "{followers} followers, trust {public_trust}. {{not a name}}")
    loaded = load_scenario(_example_saying(tmp_path, said))
    assert loaded.ok, [d.format() for d in loaded.diagnostics]
    assert loaded.scenario is not None
    run = play(loaded.scenario, automatic("best", 0), seed=1)
    posted = next(e.text for e in run.events if isinstance(e, ev.PostPublished)
                  and e.author_id == "mary")
    account, force = loaded.scenario.account, loaded.scenario.personas["force"]
    followers = f"{ScenarioRun(loaded.scenario).state.followers:,}"  # none gained yet at 0:17
    assert posted.endswith(f"{force.name} ({force.handle}): ask {account.name} at "
                           f"{account.handle}, {followers} followers, trust 50. {{not a name}}")


def test_a_name_the_scenario_does_not_know_is_said_with_its_line(tmp_path: Path) -> None:
    loaded = load_scenario(_example_saying(tmp_path, "Ask {marry} or {trainee_nmae}."))
    found = [d for d in loaded.diagnostics if d.code == "SC062"]
    assert [(d.message, d.hint) for d in found] == [
        ("'{marry}' is not a name this scenario knows", "did you mean 'mary'?"),
        ("'{trainee_nmae}' is not a name this scenario knows", "did you mean 'trainee_name'?")]
    line = next(n for n, text in enumerate(EXAMPLE.read_text().splitlines(), 1) if MARY in text)
    assert len({d.line for d in found}) == 1 and line - 3 <= found[0].line <= line  # its text
