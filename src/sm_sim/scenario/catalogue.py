"""docs/scenarios.md, rendered from the scenario files and the course so it cannot drift.

A trainer's catalogue: the day's order, then for each scenario its length, themes,
the guidance its choices cite and its trainer sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .course import Course, load_course
from .diagnostics import Diagnostic
from .guidance import GuidanceLibrary
from .load import COURSE_FILE, load_scenario, scenario_files
from .model import Scenario


class LibraryError(ValueError):
    """A scenario or the course has errors, so the catalogue cannot be rendered."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(d.format() for d in diagnostics))
        self.diagnostics = diagnostics


@dataclass(frozen=True)
class Library:
    scenarios: tuple[Scenario, ...]
    course: Course
    guidance: GuidanceLibrary


def load_catalogue(folder: Path) -> Library:
    """Every scenario in ``folder`` and its course; raises ``LibraryError`` with the
    diagnostics if any has errors."""
    scenarios, guidance, problems = [], None, []
    for path in scenario_files([folder]):
        loaded = load_scenario(path)
        if loaded.ok and loaded.scenario is not None:
            scenarios.append(loaded.scenario)
            guidance = loaded.guidance
        else:
            problems += [d for d in loaded.diagnostics if d.is_error]
    course = load_course(folder / COURSE_FILE)
    problems += [d for d in course.diagnostics if d.is_error]
    if problems or course.course is None or guidance is None:
        raise LibraryError(problems)
    return Library(tuple(scenarios), course.course, guidance)


def library_markdown(folder: Path) -> str:
    library = load_catalogue(folder)
    by_id = {s.id: s for s in library.scenarios}
    lines = ["# The scenario library", "",
             "Generated from `scenarios/` by `sm_sim.scenario.library`; do not edit by hand.", "",
             f"## {library.course.title}", "", library.course.summary.strip(), ""]
    for block in library.course.blocks:
        minutes = sum(by_id[sid].minutes for sid in block.scenarios)
        lines += [f"**{block.id.capitalize()}: {block.title}** (about {minutes} minutes of play)", ""]
        lines += [f"{n}. [{by_id[sid].title}](#{sid}) ({by_id[sid].minutes} min)"
                  for n, sid in enumerate(block.scenarios, 1)]
        lines.append("")
    for scenario in sorted(library.scenarios, key=lambda s: s.title):
        lines += _scenario_section(scenario, library.guidance)
    return "\n".join(lines).rstrip("\n") + "\n"


def _scenario_section(scenario: Scenario, guidance: GuidanceLibrary) -> list[str]:
    lines = [f'<a id="{scenario.id}"></a>', f"## {scenario.title}", "",
             f"`scenarios/{Path(scenario.path).name}` · {scenario.minutes} minutes · "
             f"{scenario.difficulty} · pass mark {scenario.pass_mark}", "",
             " ".join(scenario.summary.split()), "",
             f"**Themes:** {', '.join(scenario.themes)}", "", "**Guidance covered:**", ""]
    for gid in scenario.cited_guidance():
        entry = guidance.entries[gid]
        lines.append(f"- {entry.title} ({entry.citation})")
    sheet = scenario.trainer_sheet
    if sheet is not None:
        for heading, items in (("Learning outcomes", sheet.learning_outcomes),
                               ("Watch for in the room", sheet.watch_for),
                               ("Debrief questions", sheet.debrief_questions)):
            lines += ["", f"**{heading}:**", "", *(f"- {item}" for item in items)]
    return [*lines, ""]
