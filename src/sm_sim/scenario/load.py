"""Load scenarios: read safely, check the shape, check the meaning, build the model.

``load_scenario`` never raises for anything in a file; it returns the scenario (or
``None``) and every diagnostic found.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..data import GUIDANCE_FILE
from ..data import data_root as data_root  # the package offers it (__init__.pyi)
from .build import build_scenario
from .checks import check_scores, check_semantics
from .diagnostics import Diagnostic, has_errors
from .fonts import shipped_fonts
from .guidance import GuidanceLibrary, load_guidance
from .model import Scenario
from .schema import SCENARIO_SCHEMA
from .shape import read_and_check
from .translation import is_translation, translated
from .yamlsrc import Source

COURSE_FILE = "course.yaml"  # the training day (course.py), not a scenario


def builtin_scenarios_dir() -> Path:
    return data_root() / "scenarios"


def guidance_for(path: Path) -> Path:
    """The guidance library beside a scenario, else the built-in one."""
    beside = path.parent / GUIDANCE_FILE
    return beside if beside.is_file() else builtin_scenarios_dir() / GUIDANCE_FILE


@dataclass
class Loaded:
    scenario: Scenario | None
    diagnostics: list[Diagnostic]
    guidance: GuidanceLibrary | None
    source: Source | None = None
    # asked for another language: what is wrong with its translation (then it is in English)
    translation_problems: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.scenario is not None and not has_errors(self.diagnostics)


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Reading a big file makes millions of objects and no cycles; Python's cycle collector
    would walk all of them again and again (a 50,000-state file took 3× as long, growing
    faster than the file). Paused while a file is read; whoever paused it first resumes it."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def load_scenario(path: Path | str, guidance: GuidanceLibrary | None = None,
                  language: str = "en") -> Loaded:
    """The scenario at ``path``, checked; in ``language`` where a translation beside it has
    every text (scenario/translation.py), else in English with the translation's problems
    in ``translation_problems`` (``validate`` reports them as errors)."""
    with no_cycle_collection():
        return _load_scenario(Path(path), guidance, language)


def _load_scenario(path: Path, guidance: GuidanceLibrary | None, language: str) -> Loaded:
    diagnostics: list[Diagnostic] = []
    if guidance is None:
        guidance, diagnostics = load_guidance(guidance_for(path), language)
    source, found = read_and_check(path, SCENARIO_SCHEMA)
    if source.complete:  # checked even where the shape is wrong: its well-formed parts
        roots = [path.parent.parent, path.parent, data_root()]
        found += check_semantics(source, guidance, list(dict.fromkeys(r.resolve() for r in roots)),
                                 shipped_fonts(data_root()))
    diagnostics += sorted(found, key=lambda d: (d.line, d.col))
    if has_errors(diagnostics):
        return Loaded(None, diagnostics, guidance, source)
    into = translated(source, language)
    scenario = build_scenario(into.data, str(path), into.digest, into.language)
    diagnostics += check_scores(scenario, source)
    return Loaded(scenario, diagnostics, guidance, source, into.diagnostics)


def scenario_files(paths: list[Path]) -> list[Path]:
    """Expand folders to the scenario files in them (guidance.yaml, course.yaml and the
    translations beside them, ``name.cy.yaml``, are not scenarios)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in sorted(path.glob("*.yaml"))
                         if p.name not in (GUIDANCE_FILE, COURSE_FILE) and not is_translation(p))
        else:
            found.append(path)
    return found
