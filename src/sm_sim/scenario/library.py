"""The scenario library the start screen offers: the built-in scenarios plus any extra
files or folders given on the command line, each loaded with its diagnostics."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import Loaded, builtin_scenarios_dir, load_scenario, scenario_files
from .course import Course, load_course
from .guidance import GuidanceLibrary, load_guidance
from .load import COURSE_FILE, guidance_for


@dataclass(frozen=True)
class Entry:
    path: Path
    loaded: Loaded

    @property
    def ok(self) -> bool:
        return self.loaded.ok and self.loaded.guidance is not None

    @property
    def title(self) -> str:
        scenario = self.loaded.scenario
        return scenario.title if scenario else self.path.stem.replace("_", " ").title()

    def problem(self) -> str:
        """The first error, as a trainer would fix it."""
        errors = [d for d in self.loaded.diagnostics if d.is_error]
        return errors[0].format() if errors else ""


def load_library(extra_paths: list[Path] | None = None, language: str = "en") -> list[Entry]:
    """Every scenario offered, each with its diagnostics, in ``language`` where it has a
    complete translation (else in English); a folder's guidance library is read once for all
    the scenarios beside it."""
    paths = [builtin_scenarios_dir(), *(extra_paths or [])]
    seen: set[Path] = set()
    libraries: dict[Path, GuidanceLibrary | None] = {}
    entries = []
    for path in scenario_files(paths):
        key = path.resolve()
        if key in seen or not path.exists():
            continue
        seen.add(key)
        where = guidance_for(path).resolve()
        if where not in libraries:
            libraries[where] = load_guidance(where, language)[0]
        # a guidance file with errors: load on its own, so its diagnostics are reported
        entries.append(Entry(path, load_scenario(path, libraries[where], language)))
    return entries


def entry_for(entries: list[Entry], scenario_id: str) -> Entry | None:
    """The playable scenario with this id (the first, as the start screen lists them)."""
    return next((e for e in entries if e.ok and e.loaded.scenario is not None
                 and e.loaded.scenario.id == scenario_id), None)


def course_of(entries: list[Entry], folder: Path | None = None,
              language: str = "en") -> Course | None:
    """The training day in ``folder`` (the built-in one by default), checked against the
    scenarios already loaded, in ``language`` where translated; None when there is none or it
    has errors."""
    path = (folder or builtin_scenarios_dir()) / COURSE_FILE
    if not path.is_file():
        return None
    known = {e.loaded.scenario.id: e.path for e in entries
             if e.loaded.scenario is not None and e.path.parent.resolve() == path.parent.resolve()}
    return load_course(path, known, language).course


@dataclass(frozen=True)
class Names:
    """Titles for ids, from the scenarios this app has loaded: attempts fetched back from an
    LRS carry only the scenario's and the competencies' ids."""

    scenarios: dict[str, str]
    competencies: dict[str, str]

    def competency(self, competency_id: str) -> str:
        # the same fallback as the guidance library's, for a competency no scenario here scores
        return (self.competencies.get(competency_id)
                or competency_id.replace("_", " ").capitalize())


def names_of(entries: list[Entry]) -> Names:
    scenarios: dict[str, str] = {}
    competencies: dict[str, str] = {}
    for entry in entries:
        scenario, guidance = entry.loaded.scenario, entry.loaded.guidance
        if scenario is not None:
            scenarios[scenario.id] = scenario.title
        if guidance is not None:
            competencies.update({k: c.title for k, c in guidance.competencies.items()})
    return Names(scenarios, competencies)
