"""A scenario in Welsh from the translation beside it: `sm-sim translate` writes the file of
texts (and keeps what is translated when the scenario changes), a complete translation is
what the scenario shows and plays in, an incomplete or wrong one is reported at its line and
leaves the scenario in English, and an attempt played in Welsh verifies in Welsh."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from sm_sim.cli import main
from sm_sim.engine import automatic, play
from sm_sim.records import AttemptJournal, read_attempt, trainee_for, verify_attempt
from sm_sim.scenario import load_scenario
from sm_sim.scenario.load import scenario_files
from sm_sim.scenario.translation import sibling, texts

BAD = Path(__file__).parent / "bad"
MINIMAL = BAD / "SC070_course_unknown_scenario" / "scenario.yaml"  # a small valid scenario
WELSH = yaml.safe_load((BAD / "SC093_translation_of_another" / "scenario.cy.yaml").read_text())["texts"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(MINIMAL, tmp_path / "minimal.yaml")
    return tmp_path


def _translate(folder: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["translate", str(folder / "minimal.yaml"), "--to", "cy"]) == 0
    assert "0 of 11 texts translated; 11 to write" in capsys.readouterr().out
    return sibling(folder / "minimal.yaml", "cy")


def _fill(path: Path, values: dict[str, str]) -> None:
    data = yaml.safe_load(path.read_text())
    data["texts"].update(values)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


def test_the_template_lists_every_text_with_its_english_and_keeps_what_is_written(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _translate(folder, capsys)
    written = path.read_text()
    assert "translates: minimal" in written and "language: cy" in written
    assert "  # How do you answer?\n  states.ask.decision.prompt: ''" in written
    assert scenario_files([folder]) == [folder / "minimal.yaml"]  # not a scenario itself
    _fill(path, {"title": "Lleiaf", "states.ask.decision.prompt": "Sut ydych chi'n ateb?"})
    original = folder / "minimal.yaml"
    original.write_text(original.read_text().replace("title: Minimal", "title: Smallest"))
    assert main(["translate", str(original), "--to", "cy"]) == 0  # the scenario changed
    assert "2 of 11 texts translated; 9 to write" in capsys.readouterr().out
    again = yaml.safe_load(path.read_text())["texts"]
    assert again["states.ask.decision.prompt"] == "Sut ydych chi'n ateb?"
    assert "# Smallest" in path.read_text()  # the English it now translates


def test_a_complete_translation_is_what_the_scenario_shows_and_its_hash_says_so(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _translate(folder, capsys)
    _fill(path, WELSH)
    english = load_scenario(folder / "minimal.yaml")
    welsh = load_scenario(folder / "minimal.yaml", language="cy")
    assert welsh.ok and welsh.translation_problems == []
    s = welsh.scenario
    assert s is not None and english.scenario is not None
    assert (s.language, s.title, s.states["ask"].decision.prompt) == (  # type: ignore[union-attr]
        "cy", "Lleiaf", "Sut ydych chi'n ateb?")
    assert set(s.states) == set(english.scenario.states) and s.id == english.scenario.id
    assert s.content_hash != english.scenario.content_hash
    assert main(["validate", str(folder / "minimal.yaml")]) == 0


def test_an_incomplete_translation_is_reported_and_the_scenario_stays_english(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _translate(folder, capsys)
    _fill(path, {**WELSH, "endings.bad_end.summary": ""})
    loaded = load_scenario(folder / "minimal.yaml", language="cy")
    assert loaded.ok and loaded.scenario is not None and loaded.scenario.language == "en"
    assert loaded.scenario.title == "Minimal"
    assert [d.code for d in loaded.translation_problems] == ["SC090"]
    assert main(["validate", str(folder)]) == 2
    said = capsys.readouterr()
    err = said.out + said.err
    assert "minimal.cy.yaml" in err and "SC090 1 text not translated: endings.bad_end.summary" in err


@pytest.mark.parametrize("folder_name", ["SC090_translation_missing", "SC091_translation_unknown_text",
                                         "SC092_translation_braces", "SC093_translation_of_another"])
def test_each_wrong_translation_is_reported_where_it_is(folder_name: str) -> None:
    from sm_sim.cli.checking import check_file
    code = folder_name[:5]
    found = [d for d in check_file(BAD / folder_name / "scenario.yaml") if d.code == code]
    assert len(found) == 1 and found[0].path.endswith("scenario.cy.yaml") and found[0].line > 1
    assert [d.code for d in check_file(BAD / folder_name / "scenario.cy.yaml")] == [code]


def test_an_attempt_played_in_welsh_records_it_and_verifies_in_welsh(
        folder: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _fill(_translate(folder, capsys), WELSH)
    loaded = load_scenario(folder / "minimal.yaml", language="cy")
    assert loaded.scenario is not None and loaded.guidance is not None
    from sm_sim.engine.run import ScenarioRun
    run = ScenarioRun(loaded.scenario, 3)
    journal = AttemptJournal.begin(run, loaded.guidance, trainee_for("PC Cymraeg"),
                                   root=tmp_path / "data")
    play(loaded.scenario, automatic("best", 3), run=run)
    attempt = read_attempt(journal.path)
    assert attempt.header.language == "cy" and attempt.header.scenario_title == "Lleiaf"
    assert any(getattr(e, "text", "") == WELSH["states.ask.injects.question.text"]
               for e in attempt.events)
    assert verify_attempt(attempt).ok
    from sm_sim.records import statements
    said = statements(attempt)
    launched = said[0]
    assert launched["object"]["definition"]["name"] == {"cy-GB": "Lleiaf"}  # the scenario's words
    assert launched["verb"]["display"] == {"en-GB": "launched"}  # sm-sim's own
    assert {st["context"]["language"] for st in said} == {"cy-GB"}
    # the translation changed since: the attempt no longer matches what is on disk
    _fill(sibling(folder / "minimal.yaml", "cy"), {"title": "Lleiaf un"})
    assert not verify_attempt(read_attempt(journal.path)).ok


def test_every_text_key_is_unique_and_found_where_it_says(folder: Path) -> None:
    data = yaml.safe_load((folder / "minimal.yaml").read_text())
    for key, (where, english) in texts(data).items():
        node = data
        for step in where:
            node = node[step]
        assert node == english and key.endswith(str(where[-1]))


def test_the_command_line_plays_in_welsh_or_says_why_it_cannot(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _translate(folder, capsys)
    scenario = str(folder / "minimal.yaml")
    assert main(["play", scenario, "--auto", "best", "--language", "cy", "--no-record"]) == 0
    said = capsys.readouterr()
    assert "has no complete translation into cy; playing it in English" in said.err
    assert "SC090 11 texts not translated" in said.err and "What is going on at the park?" in said.out
    _fill(path, WELSH)
    assert main(["play", scenario, "--auto", "best", "--language", "cy", "--no-record"]) == 0
    said = capsys.readouterr()
    assert said.err == "" and WELSH["states.ask.injects.question.text"] in said.out


def test_the_command_offers_every_language_a_translation_may_be_in() -> None:
    from sm_sim.cli.translate import TO
    from sm_sim.scenario.translation import LANGUAGES
    assert set(TO) == set(LANGUAGES) - {"en"}
