"""The training day (course.yaml): loaded Qt-free into a frozen dataclass, checked with
file:line:col diagnostics, and never mistaken for a scenario."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from sm_sim.cli import main
from sm_sim.scenario import scenario_files
from sm_sim.scenario.catalogue import LibraryError, library_markdown
from sm_sim.scenario.course import load_course

from ..conftest import SCENARIOS

MINIMAL = Path(__file__).parent / "minimal.yaml"
COURSE = """\
schema_version: 1
title: A short day
summary: Two runs of the same kind.
morning:
  title: Early
  scenarios: [minimal]
afternoon:
  title: Late
  scenarios: [{later}]
"""


@pytest.fixture
def folder(tmp_path):
    shutil.copy(MINIMAL, tmp_path / "minimal.yaml")
    text = MINIMAL.read_text().replace("id: minimal\n", "id: second\n")
    (tmp_path / "second.yaml").write_text(text)
    return tmp_path


def _write(folder: Path, later: str = "second") -> Path:
    path = folder / "course.yaml"
    path.write_text(COURSE.format(later=later))
    return path


def test_the_shipped_course_loads_as_a_frozen_day():
    loaded = load_course(SCENARIOS / "course.yaml")
    assert loaded.ok and loaded.course is not None
    course = loaded.course
    assert [b.id for b in course.blocks] == ["morning", "afternoon"]
    assert course.blocks[1].scenarios[-1] == "log_off"  # the day ends with knowing when to log off
    with pytest.raises(dataclasses.FrozenInstanceError):
        course.title = "changed"  # type: ignore[misc]


def test_a_course_of_two_scenarios(folder):
    loaded = load_course(_write(folder))
    assert loaded.ok and loaded.diagnostics == []
    assert loaded.course is not None and loaded.course.scenario_ids() == ("minimal", "second")


def test_an_unknown_scenario_is_located_with_a_suggestion(folder):
    path = _write(folder, later="secnod")
    loaded = load_course(path)
    assert not loaded.ok and loaded.course is None
    problem = next(d for d in loaded.diagnostics if d.code == "SC070")
    assert "did you mean 'second'?" in problem.format()
    line = path.read_text().splitlines()[problem.line - 1]
    assert line.index("secnod") + 1 == problem.col
    assert problem.format().startswith(f"{path}:{problem.line}:{problem.col}: error SC070 ")


def test_a_scenario_run_twice_is_an_error(folder):
    loaded = load_course(_write(folder, later="minimal"))
    codes = [d.code for d in loaded.diagnostics]
    assert "SC071" in codes and not loaded.ok


def test_a_scenario_left_out_is_a_warning(folder):
    (folder / "third.yaml").write_text(MINIMAL.read_text().replace("id: minimal\n", "id: third\n"))
    loaded = load_course(_write(folder))
    assert loaded.ok
    assert [(d.code, "third" in d.message) for d in loaded.diagnostics] == [("SC072", True)]


def test_shape_problems_name_the_line(folder):
    path = folder / "course.yaml"
    path.write_text(COURSE.format(later="second").split("afternoon:")[0] + "evening: []\n")
    loaded = load_course(path)
    codes = {d.code for d in loaded.diagnostics}
    assert {"SC020", "SC021"} <= codes and loaded.course is None
    unknown = next(d for d in loaded.diagnostics if d.code == "SC021")
    assert path.read_text().splitlines()[unknown.line - 1].startswith("evening")


def test_the_course_file_is_not_a_scenario(folder, capsys):
    _write(folder)
    assert [p.name for p in scenario_files([folder])] == ["minimal.yaml", "second.yaml"]
    assert "course.yaml" not in {p.name for p in scenario_files([SCENARIOS])}
    assert main(["validate", str(folder)]) == 0
    assert "course" not in capsys.readouterr().err


def test_the_catalogue_is_rendered_from_the_files(folder):
    _write(folder)
    text = library_markdown(folder)
    assert "## A short day" in text and "1. [Minimal](#minimal) (5 min)" in text
    assert "- Answer a resident's question politely" in text  # the trainer sheet
    assert "Social media is a conversation" in text  # guidance the choices cite


def test_the_catalogue_refuses_a_broken_course_and_says_where(folder):
    path = _write(folder, later="nowhere")
    with pytest.raises(LibraryError) as raised:
        library_markdown(folder)
    assert f"{path}:9:15:" in str(raised.value) and "SC070" in str(raised.value)


def test_the_app_checks_the_course_against_the_scenarios_it_has_already_loaded():
    from sm_sim.scenario.library import course_of, load_library
    from sm_sim.scenario.load import builtin_scenarios_dir
    entries = load_library([])  # the built-in library: the repo's folder, or the wheel's copy
    assert course_of(entries) == load_course(builtin_scenarios_dir() / "course.yaml").course
    assert course_of([e for e in entries if e.loaded.scenario.id != "log_off"]) is None  # unknown id
