"""A training day: ``course.yaml`` beside the scenarios says which run in the morning and
which in the afternoon, in order.

``load_course`` never raises for anything in a file: like ``load_scenario`` it returns
the course (or ``None``) and every diagnostic found, each with its file, line and column.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..i18n import N_
from .diagnostics import Diagnostic, has_errors, make, suggest
from .load import scenario_files
from .schema import COURSE_SCHEMA
from .shape import read_and_check
from .translation import translated
from .yamlsrc import Source, read_yaml

BLOCKS = ("morning", "afternoon")


@dataclass(frozen=True)
class Block:
    id: str  # morning | afternoon
    title: str
    scenarios: tuple[str, ...]  # scenario ids, in the order they are run


@dataclass(frozen=True)
class Course:
    title: str
    summary: str
    blocks: tuple[Block, ...]
    path: str = ""

    def scenario_ids(self) -> tuple[str, ...]:
        return tuple(sid for block in self.blocks for sid in block.scenarios)


@dataclass
class LoadedCourse:
    course: Course | None
    diagnostics: list[Diagnostic]

    @property
    def ok(self) -> bool:
        return self.course is not None and not has_errors(self.diagnostics)


def scenario_ids(files: list[Path]) -> dict[str, Path]:
    """The ``id:`` each scenario file declares (files that cannot be read are left out;
    validating them is the scenario loader's job)."""
    found: dict[str, Path] = {}
    for path in files:
        source, _ = read_yaml(path)
        if isinstance(source.data, dict) and isinstance(source.data.get("id"), str):
            found.setdefault(source.data["id"], path)
    return found


def load_course(path: Path | str, known: dict[str, Path] | None = None,
                language: str = "en") -> LoadedCourse:
    """Read and check a course file against the scenarios in its own folder (``known``: their
    ids and files, when the caller has loaded them already, so none is read twice); its titles
    in ``language`` where its translation beside it is complete."""
    path = Path(path)
    source, diagnostics = read_and_check(path, COURSE_SCHEMA)
    if has_errors(diagnostics):
        return LoadedCourse(None, diagnostics)
    if known is None:
        known = scenario_ids(scenario_files([path.parent]))
    diagnostics += _check_ids(source, known)
    if has_errors(diagnostics):
        return LoadedCourse(None, diagnostics)
    data = translated(source, language).data
    blocks = tuple(Block(key, data[key]["title"], tuple(data[key]["scenarios"])) for key in BLOCKS)
    return LoadedCourse(Course(data["title"], data["summary"], blocks, str(path)), diagnostics)


def _check_ids(source: Source, known: dict[str, Path]) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    placed: dict[str, str] = {}

    def report(at: tuple[str | int, ...], code: str, message: str, hint: str = "") -> None:
        line, col = source.where(at)
        found.append(make(source.path, line, col, code, message, hint))

    for block in BLOCKS:
        for i, sid in enumerate(source.data[block]["scenarios"]):
            at = (block, "scenarios", i)
            if sid not in known:
                report(at, "SC070", N_("no scenario has id '{name}'").format(name=sid),
                       suggest(sid, set(known)))
            elif sid in placed:
                said = N_("'{name}' is already in the morning") if placed[sid] == "morning" \
                    else N_("'{name}' is already in the afternoon")
                report(at, "SC071", said.format(name=sid))
            placed.setdefault(sid, block)
    for sid, scenario_path in sorted(known.items()):
        if sid not in placed:
            report(("afternoon", "scenarios"), "SC072",
                   N_("scenario '{name}' ({file}) is in neither block").format(
                       name=sid, file=scenario_path.name))
    return found
